"""The methods of ufuncs beyond the call: outer, reduceat, at, accumulate."""

import warnings

import numpy as np
import pytest


def raises_message(exc, func, message):
    with pytest.raises(exc) as info:
        func()
    assert str(info.value) == message


def test_outer_shapes_and_values():
    r = np.add.outer([1, 2], [[10, 20, 30]])
    assert r.shape == (2, 1, 3)
    assert r.tolist() == [[[11, 21, 31]], [[12, 22, 32]]]
    m = np.multiply.outer(np.arange(3), np.arange(4))
    assert m.tolist() == [[i * j for j in range(4)] for i in range(3)]
    assert np.subtract.outer([5, 6], [1]).tolist() == [[4], [5]]
    assert np.add.outer(1, 2) == 3


def test_outer_dtypes():
    assert np.add.outer(np.array([1], np.int8), [300]).dtype == np.int64
    assert np.add.outer(np.array([1], np.int8),
                        np.array([1], np.int8)).dtype == np.int8
    assert np.add.outer(np.array([1.5], np.float32),
                        np.array([2], np.float32)).dtype == np.float32
    r = np.less.outer([1, 2], [2])
    assert r.dtype == np.bool_ and r.tolist() == [[True], [False]]
    assert np.true_divide.outer([1, 2], [2]).tolist() == [[0.5], [1.0]]


def test_outer_out():
    out = np.zeros((2, 2))
    assert np.add.outer([1, 2], [10, 20], out=out) is out
    assert out.tolist() == [[11.0, 21.0], [12.0, 22.0]]


def test_outer_errors():
    raises_message(ValueError, lambda: np.sqrt.outer([1], [2]),
                   "outer product only supported for binary functions")
    raises_message(TypeError, lambda: np.add.outer([1]),
                   "exactly two arguments expected")
    raises_message(TypeError, lambda: np.add.outer([1], [2], [3]),
                   "exactly two arguments expected")


def test_reduceat_index_rules():
    a = np.arange(8)
    # i >= j gives a[i]; the last index reduces to the end
    assert np.add.reduceat(a, [0, 4, 1, 5, 7]).tolist() == [6, 4, 10, 11, 7]
    assert np.maximum.reduceat(np.arange(8.0), [0, 4, 4]).tolist() == \
        [3.0, 4.0, 7.0]
    assert np.subtract.reduceat([1, 2, 3, 4], [0, 2]).tolist() == [-1, -1]
    assert np.logical_and.reduceat([1, 0, 2], [0, 2]).tolist() == \
        [False, True]
    r = np.add.reduceat(a, [])
    assert r.shape == (0,) and r.dtype == np.int64


def test_reduceat_dtypes():
    a = np.arange(8, dtype=np.int8)
    r = np.add.reduceat(a, [0, 4])
    assert r.dtype == np.int64 and r.tolist() == [6, 22]
    r = np.multiply.reduceat(a, [0, 4])
    assert r.dtype == np.int64 and r.tolist() == [0, 840]
    r = np.add.reduceat(np.arange(4), [0, 2], dtype=float)
    assert r.dtype == np.float64 and r.tolist() == [1.0, 5.0]
    assert np.add.reduceat(np.arange(8), [0.5]).tolist() == [28]


def test_reduceat_axis():
    a = np.arange(12).reshape(3, 4)
    assert np.add.reduceat(a, [0, 2], axis=1).tolist() == \
        [[1, 5], [9, 13], [17, 21]]
    assert np.add.reduceat(a, [0, 2]).tolist() == \
        [[4, 6, 8, 10], [8, 9, 10, 11]]
    assert np.add.reduceat(a, [2, 0], axis=-1).tolist() == \
        [[2, 6], [6, 22], [10, 38]]


def test_reduceat_errors():
    a = np.arange(8)
    raises_message(IndexError, lambda: np.add.reduceat(a, [0, 8]),
                   "index 8 out-of-bounds in add.reduceat [0, 8)")
    raises_message(IndexError, lambda: np.multiply.reduceat(a, [-1]),
                   "index -1 out-of-bounds in multiply.reduceat [0, 8)")
    raises_message(IndexError, lambda: np.add.reduceat(np.zeros(0), [0]),
                   "index 0 out-of-bounds in add.reduceat [0, 0)")
    raises_message(TypeError, lambda: np.add.reduceat(5, [0]),
                   "cannot reduceat on a scalar")
    raises_message(ValueError, lambda: np.sqrt.reduceat([1], [0]),
                   "reduceat only supported for binary functions")
    b = np.arange(12).reshape(3, 4)
    raises_message(ValueError, lambda: np.add.reduceat(b, [0], axis=None),
                   "reduceat does not allow multiple axes")
    with pytest.raises(np.exceptions.AxisError if hasattr(np, 'exceptions')
                       else np.AxisError):
        np.add.reduceat(b, [0], axis=2)
    with pytest.raises(ValueError):
        np.add.reduceat(a, [[0]])
    raises_message(TypeError, lambda: np.add.reduceat([1]),
                   "reduceat() missing required argument 'indices' (pos 1)")


def test_at_repeated_indices_accumulate():
    a = np.array([1, 2, 3])
    np.add.at(a, [0, 0], 1)
    assert a.tolist() == [3, 2, 3]
    b = np.array([1.0, 2, 3])
    np.add.at(b, [0, 2, 0], [1, 2, 3])
    assert b.tolist() == [5.0, 2.0, 5.0]
    c = np.arange(3)
    np.minimum.at(c, [0, 0, 2], [-1, -5, 0])
    assert c.tolist() == [-5, 1, 0]
    d = np.ones(3)
    np.subtract.at(d, [1, 1, 1], 1)
    assert d.tolist() == [1.0, -2.0, 1.0]


def test_at_index_kinds():
    a = np.arange(6).reshape(2, 3)
    np.add.at(a, (0, [1, 1]), 10)
    assert a.tolist() == [[0, 21, 2], [3, 4, 5]]
    a = np.arange(6).reshape(2, 3)
    np.multiply.at(a, [1], 2)
    assert a.tolist() == [[0, 1, 2], [6, 8, 10]]
    a = np.arange(6)
    np.add.at(a, slice(None, None, 2), 1)
    assert a.tolist() == [1, 1, 3, 3, 5, 5]
    a = np.arange(3)
    np.add.at(a, 0, 1)
    assert a.tolist() == [1, 1, 2]
    a = np.arange(3.0)
    np.add.at(a, np.array([True, False, True]), 1)
    assert a.tolist() == [1.0, 1.0, 3.0]
    a = np.arange(6.0).reshape(2, 3)
    np.add.at(a, [[0, 0], [1, 1]], 1)
    assert a.tolist() == [[2.0, 3.0, 4.0], [5.0, 6.0, 7.0]]
    a = np.arange(6).reshape(2, 3)[:, ::2]
    np.add.at(a, (slice(None), 1), 100)
    assert a.tolist() == [[0, 102], [3, 105]]


def test_at_unary_and_casts():
    a = np.arange(6).reshape(2, 3)
    np.negative.at(a, [1])
    assert a.tolist() == [[0, 1, 2], [-3, -4, -5]]
    a = np.arange(3)
    np.add.at(a, [0], 1.5)        # computed in float64, cast back unsafely
    assert a.tolist() == [1, 1, 2] and a.dtype == np.int64
    a = np.arange(3, dtype=np.int8)
    np.add.at(a, [0], np.array([300]))
    assert a.tolist() == [44, 1, 2]
    a = np.arange(3.0)
    np.less.at(a, [0], 1)
    assert a.tolist() == [1.0, 1.0, 2.0]


def test_at_errors():
    raises_message(IndexError, lambda: np.add.at(np.arange(3), [3], 1),
                   "index 3 is out of bounds for axis 0 with size 3")
    raises_message(TypeError, lambda: np.add.at([1, 2], [0], 1),
                   "first operand must be array")
    raises_message(ValueError, lambda: np.add.at(np.arange(3), [0]),
                   "second operand needed for ufunc")
    raises_message(ValueError, lambda: np.negative.at(np.arange(3), [0], 1),
                   "second operand provided when ufunc is unary")
    raises_message(ValueError,
                   lambda: np.add.at(np.arange(3), [0, 1], [1, 2, 3]),
                   "array is not broadcastable to correct shape")
    raises_message(TypeError, lambda: np.add.at(np.arange(3)),
                   "at() takes at least 2 arguments (1 given)")
    raises_message(TypeError, lambda: np.add.at(np.arange(3), [0], 1, 2),
                   "at() takes at most 3 arguments (4 given)")
    raises_message(TypeError, lambda: np.add.at(np.arange(3), [0], b=1),
                   "ufunc.at() takes no keyword arguments")


def test_accumulate_every_binary_ufunc():
    a = np.array([3, 1, 4, 1, 5])
    assert np.add.accumulate(a).tolist() == [3, 4, 8, 9, 14]
    assert np.maximum.accumulate(a).tolist() == [3, 3, 4, 4, 5]
    assert np.minimum.accumulate(a).tolist() == [3, 1, 1, 1, 1]
    assert np.subtract.accumulate(a).tolist() == [3, 2, -2, -3, -8]
    assert np.bitwise_or.accumulate(a).tolist() == [3, 3, 7, 7, 7]
    m = np.arange(6).reshape(2, 3)
    assert np.subtract.accumulate(m, axis=1).tolist() == \
        [[0, -1, -3], [3, -1, -6]]
    raises_message(ValueError, lambda: np.sqrt.accumulate([1.0]),
                   "accumulate only supported for binary functions")
    raises_message(TypeError, lambda: np.add.accumulate(5),
                   "cannot accumulate on a scalar")


def test_at_complex_and_pending_readers():
    a = np.zeros(3, dtype=complex)
    np.add.at(a, [1, 1], 1 + 2j)
    assert a.tolist() == [0j, 2 + 4j, 0j]
    b = np.arange(3.0)
    with warnings.catch_warnings():   # NumPy's ComplexWarning
        warnings.simplefilter('ignore')
        np.multiply.at(b, [2], 1j)    # the imaginary part is dropped
    assert b.tolist() == [0.0, 1.0, 0.0]
    c = np.arange(4.0)
    doubled = c * 2                   # may still be pending: sees c before
    np.add.at(c, [0, 3], 10)
    assert doubled.tolist() == [0.0, 2.0, 4.0, 6.0]
    assert c.tolist() == [10.0, 1.0, 2.0, 13.0]
    u = np.zeros(2, dtype=np.uint8)
    np.subtract.at(u, [0], 1)
    assert u.tolist() == [255, 0]
    f = np.ones(2, dtype=np.float32)
    np.true_divide.at(f, [0, 0], 4)
    assert f.tolist() == [0.0625, 1.0] and f.dtype == np.float32
