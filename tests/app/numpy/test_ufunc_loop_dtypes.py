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


def test_accumulate_axis_checks():
    with pytest.raises(np.exceptions.AxisError) as e:
        np.minimum.accumulate(np.float64(1), axis=-2)
    assert str(e.value) == 'axis -2 is out of bounds for array of dimension 0'
    with pytest.raises(TypeError) as e:
        np.minimum.accumulate(np.ones(()))
    assert str(e.value) == 'cannot accumulate on a scalar'
    assert np.minimum.accumulate(np.ones(3), axis=(0,)).tolist() == [1] * 3
    for axis in [(0, 1), (), None]:
        with pytest.raises(ValueError) as e:
            np.add.accumulate(np.ones((2, 2)), axis=axis)
        assert str(e.value) == 'accumulate does not allow multiple axes'


def test_axis_bounds_are_checked_before_duplicates():
    with pytest.raises(np.exceptions.AxisError):
        np.any(np.ones(3), axis=(0, -1, 1))
    with pytest.raises(ValueError) as e:
        np.any(np.ones(3), axis=(0, -1))
    assert str(e.value) == "duplicate value in 'axis'"


def test_out_keyword_tuple():
    out = np.zeros(2)
    assert np.maximum(np.ones(2), 2.0, out=(out,)) is out
    assert out.tolist() == [2.0, 2.0]
    assert np.sqrt(np.ones(2), out=(None,)).tolist() == [1.0, 1.0]
    for bad in [(out, out), ()]:
        with pytest.raises(ValueError) as e:
            np.maximum(np.ones(2), 1.0, out=bad)
        assert str(e.value) == ("The 'out' tuple must have exactly one entry "
                                "per ufunc output")
    with pytest.raises(TypeError) as e:
        np.add(np.ones(2), 1, (out,))
    assert str(e.value) == 'return arrays must be of ArrayType'


def test_complex_sqrt_of_infinities():
    inf, nan = np.inf, np.nan
    z = np.array([complex(inf, -inf), complex(-inf, nan), complex(inf, nan),
                  complex(nan, inf), complex(-inf, 1), complex(inf, -1),
                  complex(1, -inf), complex(nan, 1), complex(-inf, -inf)])
    with np.errstate(all='ignore'):
        got = np.sqrt(z)
    assert repr(got) == repr(np.array(
        [complex(inf, -inf), complex(nan, inf), complex(inf, nan),
         complex(inf, inf), complex(0, inf), complex(inf, -0.0),
         complex(inf, -inf), complex(nan, nan), complex(inf, -inf)]))


def test_mean_divides_by_an_intp_count():
    # a complex64 or float32 sum divided by the intp count computes in
    # 64 bits and rounds once (a / 3.0 of complex64 rounds otherwise)
    a = np.array([[-2 + 1j, 1], [-3 - 0.25j, 0], [0, 0]], np.complex64)
    assert np.mean(a, axis=0)[0].real == np.float32(-5.0 / 3)
    assert np.mean(a[:, 0]).real == np.float32(-5.0 / 3)
    f = np.array([[-2.0], [-3.0], [0.0]], np.float32)
    assert np.mean(f, axis=0)[0] == np.float32(-5.0 / 3)
