"""NumPy picks the first loop both inputs cast to safely: float-only
binary ufuncs of two integer arrays compute in the smallest float both
fit (int16 and uint16: float32, not the float64 of their int32
promotion).  A reduction over no axis (axis=()) still goes through the
ufunc's loop: its result dtype, or its TypeError; a reduction over
several axes (axis=None of an n-d array) of a ufunc that is not
reorderable is refused."""

import numpy as np
import pytest

CODES = ['?', 'i1', 'u1', 'i2', 'u2', 'i4', 'u4', 'i8', 'u8', 'f2']
# (first, second) -> result dtype char, as NumPy 2.4 resolves copysign,
# hypot, arctan2, logaddexp, logaddexp2 and nextafter
EXPECTED = {
    ('i1', 'u1'): 'e', ('i2', 'u2'): 'f', ('i2', 'u1'): 'f',
    ('u2', 'i4'): 'd', ('i1', 'f2'): 'e', ('u1', 'f2'): 'e',
    ('i2', 'f2'): 'f', ('?', 'u1'): 'e', ('i8', 'u8'): 'd',
    ('?', '?'): 'e', ('u4', 'i1'): 'd',
}


def test_float_loops_of_two_integer_arrays():
    for name in ['copysign', 'hypot', 'arctan2', 'logaddexp', 'logaddexp2',
                 'nextafter']:
        ufunc = getattr(np, name)
        for (x, y), char in EXPECTED.items():
            a, b = np.ones(2, x), np.ones(2, y)
            assert ufunc(a, b).dtype.char == char, (name, x, y)
            assert ufunc(b, a).dtype.char == char, (name, y, x)
            assert ufunc(a, np.ones((), y)).dtype.char == char, (name, x, y)
            scalar = ufunc(np.dtype(x).type(1), np.dtype(y).type(1))
            assert scalar.dtype.char == char, (name, x, y)


def test_true_divide_of_integers_stays_float64():
    assert (np.ones(2, 'i1') / np.ones(2, 'u1')).dtype == np.float64
    assert np.float_power(np.ones(2, 'i1'), np.ones(2, 'u1')).dtype == \
        np.float64


def test_reduce_over_no_axis_uses_the_loop():
    for shape in [(3,), (2, 2), (0,), ()]:
        a = np.ones(shape)
        with pytest.raises(TypeError) as e:
            np.bitwise_xor.reduce(a, axis=())
        assert str(e.value).startswith("ufunc 'bitwise_xor' not supported "
                                       "for the input types")
        r = np.logical_xor.reduce(a, axis=())
        assert r.dtype == np.bool_ and np.shape(r) == shape
        r = np.add.reduce(a, axis=())
        assert r.dtype == np.float64 and np.shape(r) == shape
    r = np.bitwise_or.reduce(np.array([1, 2], np.int8), axis=())
    assert r.dtype == np.int8 and r.tolist() == [1, 2]


def test_reduce_of_all_axes_needs_a_reorderable_ufunc():
    with pytest.raises(ValueError) as e:
        np.floor_divide.reduce(np.ones((2, 2)), axis=None)
    assert str(e.value) == ("reduction operation 'floor_divide' is not "
                            "reorderable, so at most one axis may be "
                            "specified")
    assert np.floor_divide.reduce(np.array([8.0, 2.0]), axis=None) == 4.0
    assert np.add.reduce(np.ones((2, 2)), axis=None) == 4.0
