"""Whole-array functions and ufunc objects: cumsum/cumprod, outer, clip,
where, count_nonzero, allclose/isclose/array_equal, tolist/item/fill,
order=, swapaxes/squeeze/expand_dims, vstack/hstack, ufunc methods and
out=, fmax/fmin, bitwise and logical ufuncs, float tests."""

import numpy as np
import pytest
from ulp import assert_ulp_close


def test_cumsum_cumprod():
    a = np.arange(1, 7).reshape(2, 3)
    assert np.cumsum(a).tolist() == [1, 3, 6, 10, 15, 21]
    assert np.cumsum(a, axis=0).tolist() == [[1, 2, 3], [5, 7, 9]]
    assert a.cumsum(axis=1).tolist() == [[1, 3, 6], [4, 9, 15]]
    assert np.cumprod(a, axis=1).tolist() == [[1, 2, 6], [4, 20, 120]]
    assert a.cumprod().tolist() == [1, 2, 6, 24, 120, 720]
    assert np.cumsum(np.array([True, True])).dtype == np.int64
    assert np.cumsum([0.5, 0.25]).tolist() == [0.5, 0.75]


def test_outer_clip():
    assert np.outer([1, 2], [3, 4]).tolist() == [[3, 4], [6, 8]]
    a = np.arange(6)
    assert np.clip(a, 1, 4).tolist() == [1, 1, 2, 3, 4, 4]
    assert a.clip(2, 3).tolist() == [2, 2, 2, 3, 3, 3]
    out = np.zeros(6, dtype=np.int64)
    np.clip(a, 1, 2, out=out)
    assert out.tolist() == [1, 1, 2, 2, 2, 2]


def test_where():
    a = np.arange(6).reshape(2, 3)
    r = np.where(a > 2)
    assert isinstance(r, tuple) and len(r) == 2
    assert r[0].tolist() == [1, 1, 1] and r[1].tolist() == [0, 1, 2]
    assert np.where(a > 2, a, -1).tolist() == [[-1, -1, -1], [3, 4, 5]]
    assert np.where([True, False], 1.0, 2).tolist() == [1.0, 2.0]
    assert np.where(np.arange(4) % 2)[0].tolist() == [1, 3]


def test_count_nonzero():
    a = np.array([[0, 1, 2], [3, 0, 0]])
    assert np.count_nonzero(a) == 3
    assert np.count_nonzero(a, axis=0).tolist() == [1, 1, 1]
    assert np.count_nonzero(a, axis=1).tolist() == [2, 1]
    assert np.count_nonzero(np.zeros(0)) == 0


def test_close_and_equal():
    f = np.array([1.0, 2.0, np.nan])
    assert not np.allclose(f, f)
    assert np.allclose(f, f, equal_nan=True)
    assert np.isclose(f, f + 1e-9).tolist() == [True, True, False]
    assert np.array_equal([1, 2], [1, 2])
    assert not np.array_equal([1, 2], [1, 2, 3])
    assert np.array_equal(f, f, equal_nan=True)


def test_tolist_item_fill():
    a = np.arange(6).reshape(2, 3)
    assert a.tolist() == [[0, 1, 2], [3, 4, 5]]
    assert type(a.tolist()[0][0]) is int
    assert type(np.ones(2).tolist()[0]) is float
    assert np.array(3.0).tolist() == 3.0
    assert a.item(3) == 3 and type(a.item(3)) is int
    assert a.item(1, 2) == 5
    b = np.zeros((2, 2))
    b.fill(7)
    assert b.tolist() == [[7.0, 7.0], [7.0, 7.0]]
    b[0].fill(1)
    assert b.tolist() == [[1.0, 1.0], [7.0, 7.0]]


def test_order_F():
    a = np.arange(6).reshape(2, 3)
    assert np.zeros((2, 3), order='F').strides == (8, 16)
    assert np.ones((2, 3), order='F').flags.f_contiguous
    assert np.empty((2, 2), order='F').flags.f_contiguous
    f = np.array(a, order='F')
    assert f.strides == (8, 16)
    assert f.tolist() == a.tolist()
    assert a.copy(order='F').strides == (8, 16)
    assert a.reshape(3, 2, order='F').tolist() == [[0, 4], [3, 2], [1, 5]]
    assert a.ravel(order='F').tolist() == [0, 3, 1, 4, 2, 5]
    assert a.flatten('F').tolist() == [0, 3, 1, 4, 2, 5]
    assert np.ravel(a, order='F').tolist() == [0, 3, 1, 4, 2, 5]
    assert np.reshape(a, (3, 2), order='F').tolist() == [[0, 4], [3, 2],
                                                          [1, 5]]
    assert np.ones(3, order='C').tolist() == [1.0, 1.0, 1.0]
    assert np.zeros((2, 3), order='C').strides == (24, 8)
    assert (f + 1).tolist() == [[1, 2, 3], [4, 5, 6]]
    with pytest.raises(ValueError):
        np.zeros(3, order='X')


def test_shape_helpers():
    a = np.arange(6).reshape(2, 3)
    assert np.swapaxes(a, 0, 1).tolist() == [[0, 3], [1, 4], [2, 5]]
    assert a.swapaxes(0, 1).shape == (3, 2)
    assert np.squeeze(np.zeros((1, 3, 1))).shape == (3,)
    assert np.zeros((1, 3, 1)).squeeze(axis=0).shape == (3, 1)
    assert np.expand_dims(np.arange(3), 0).shape == (1, 3)
    assert np.expand_dims(np.arange(3), -1).shape == (3, 1)
    f = np.array([1.5, -2.0])
    assert np.vstack([f, f]).tolist() == [[1.5, -2.0], [1.5, -2.0]]
    assert np.hstack([f, f]).tolist() == [1.5, -2.0, 1.5, -2.0]
    assert np.vstack([a, a]).shape == (4, 3)
    assert np.hstack([a, a]).shape == (2, 6)


def test_ufunc_objects():
    a = np.arange(6).reshape(2, 3)
    assert np.add.reduce(a).tolist() == [3, 5, 7]
    assert np.add.reduce(a, axis=1).tolist() == [3, 12]
    assert np.add.reduce(a, axis=None) == 15
    assert np.multiply.reduce(np.array([1.5, -2.0, 3.0])) == -9.0
    assert np.maximum.reduce(np.array([1.5, -2.0, 3.0])) == 3.0
    assert np.minimum.reduce([4, 2, 8]) == 2
    assert np.add.accumulate([1, 2, 3]).tolist() == [1, 3, 6]
    assert np.multiply.accumulate([1, 2, 3]).tolist() == [1, 2, 6]
    assert np.logical_and.reduce([True, False]) == False
    assert np.logical_or.reduce([True, False]) == True
    assert np.add.nin == 2 and np.sqrt.nin == 1 and np.add.nout == 1
    assert np.add.identity == 0 and np.multiply.identity == 1
    assert np.add.__name__ == 'add'
    assert repr(np.add) == "<ufunc 'add'>"
    assert isinstance(np.add, np.ufunc)


def test_ufunc_out():
    a = np.arange(6).reshape(2, 3)
    out = np.zeros((2, 3))
    r = np.add(a, 1, out=out)
    assert r is out
    assert out.tolist() == [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
    r = np.add(a, a, out=a)
    assert r is a
    assert a.tolist() == [[0, 2, 4], [6, 8, 10]]
    b = np.ones(3)
    np.sqrt(np.array([4.0, 9.0, 16.0]), out=b)
    assert b.tolist() == [2.0, 3.0, 4.0]
    np.multiply(b, 2, b)
    assert b.tolist() == [4.0, 6.0, 8.0]
    with pytest.raises(TypeError):
        np.add(np.ones(2), 1, out=np.zeros(2, dtype=np.int64))


def test_fmax_fmin_maximum_nan():
    f = np.array([1.5, np.nan, 3.0])
    g = np.array([np.nan, 2.0, 1.0])
    assert np.fmax(f, g).tolist() == [1.5, 2.0, 3.0]
    assert np.fmin(f, g).tolist() == [1.5, 2.0, 1.0]
    m = np.maximum(f, g).tolist()
    assert m[2] == 3.0 and m[0] != m[0] and m[1] != m[1]


def test_bitwise_and_logical():
    a = np.arange(6)
    assert (a & 3).tolist() == [0, 1, 2, 3, 0, 1]
    assert (a | 8).tolist() == [8, 9, 10, 11, 12, 13]
    assert (a ^ 1).tolist() == [1, 0, 3, 2, 5, 4]
    assert (~a).tolist() == [-1, -2, -3, -4, -5, -6]
    assert (a << 2).tolist() == [0, 4, 8, 12, 16, 20]
    assert (a >> 1).tolist() == [0, 0, 1, 1, 2, 2]
    assert np.bitwise_and(a, 3).tolist() == [0, 1, 2, 3, 0, 1]
    assert np.bitwise_or(a, 1).tolist() == [1, 1, 3, 3, 5, 5]
    assert np.bitwise_xor(a, a).tolist() == [0] * 6
    assert np.invert(np.array([True, False])).tolist() == [False, True]
    assert np.logical_and(a, a > 2).tolist() == [False] * 3 + [True] * 3
    assert np.logical_or(a, 0).tolist() == [False] + [True] * 5
    assert np.logical_xor(a, 1).tolist() == [True] + [False] * 5
    assert np.logical_not(a).tolist() == [True] + [False] * 5
    with pytest.raises(TypeError):
        np.ones(2) & 1


def test_float_tests_and_rounding():
    f = np.array([1.5, -2.5, np.inf, -np.inf, np.nan, 0.0])
    assert np.isnan(f).tolist() == [False] * 4 + [True, False]
    assert np.isinf(f).tolist() == [False, False, True, True, False, False]
    assert np.isfinite(f).tolist() == [True, True, False, False, False, True]
    g = np.array([1.5, -2.5, 2.5, -0.4, 3.7])
    assert np.rint(g).tolist() == [2.0, -2.0, 2.0, -0.0, 4.0]
    assert np.sign(g).tolist() == [1.0, -1.0, 1.0, -1.0, 1.0]
    assert np.trunc(g).tolist() == [1.0, -2.0, 2.0, -0.0, 3.0]
    assert np.sign(np.array([-3, 0, 5])).tolist() == [-1, 0, 1]
    assert_ulp_close(np.arctan2(np.array([1.0, -1.0]), 1.0).tolist(), [
        0.7853981633974483, -0.7853981633974483], 'arctan2')
    assert np.isnan(np.arange(3)).tolist() == [False] * 3


def test_round_and_around():
    f = np.array([1.25, -2.5, 3.14159, 0.5])
    assert np.round(f).tolist() == [1.0, -2.0, 3.0, 0.0]
    assert np.around(f, 1).tolist() == [1.2, -2.5, 3.1, 0.5]
    assert f.round(2).tolist() == [1.25, -2.5, 3.14, 0.5]
    assert np.round(np.array([1234.5, -55.0]), -2).tolist() == [1200.0,
                                                                 -100.0]
    a = np.array([15, 251, -37])
    assert a.round().tolist() == [15, 251, -37]
    assert np.round(a, -1).tolist() == [20, 250, -40]
    assert np.round(a, -1).dtype == np.int64


def test_ascontiguousarray_divmod_int_float():
    a = np.arange(6).reshape(2, 3)
    c = np.ascontiguousarray(a.T)
    assert c.flags.c_contiguous and c.tolist() == a.T.tolist()
    assert np.ascontiguousarray(a) is a
    q, r = np.divmod(np.array([7, -7]), 2)
    assert q.tolist() == [3, -4] and r.tolist() == [1, 1]
    with pytest.raises(TypeError):
        int(np.array([5]))
    assert int(np.array(5.7)) == 5
    assert float(np.array(2)) == 2.0
    assert [10, 20, 30][np.array(1)] == 20
    with pytest.raises(TypeError):
        int(np.arange(3))


def test_transcendental_ufuncs():
    # finite results within the ulps of support/ulp.py (they depend on the
    # CPU NumPy runs on); nan, inf and zeros exactly
    inf = float("inf")
    nan = float("nan")
    x = np.array([3.0, 10.0, 1e-300, 7.5, 0.1, 1e300, 0.7])
    assert_ulp_close(np.log2(x).tolist(), [
        1.584962500721156, 3.321928094887362, -996.5784284662087,
        2.9068905956085187, -3.321928094887362, 996.5784284662087,
        -0.5145731728297583], 'log2')
    # not log(x) / log(2): exact at powers of two, where that is not
    # (2.0 ** 29 would give 29.000000000000004)
    powers = [-1066, -59, -29, 29, 31, 59, 1023]
    assert np.log2(np.array([2.0 ** k for k in powers])).tolist() == [
        float(k) for k in powers]
    with np.errstate(all="ignore"):
        special = np.array([0.0, -1.0, np.inf, -np.inf, np.nan, 710.0])
        assert_ulp_close(np.exp(special).tolist(), [
            1.0, 0.36787944117144233, inf, 0.0, nan, inf], 'exp')
        assert_ulp_close(np.log(special).tolist(), [
            -inf, nan, inf, nan, nan, 6.565264970035361], 'log')
        assert_ulp_close(np.log10(special).tolist(), [
            -inf, nan, inf, nan, nan, 2.8512583487190755], 'log10')
        assert_ulp_close(np.sin(special[:5]).tolist(), [
            0.0, -0.8414709848078965, nan, nan, nan], 'sin')
        assert np.arcsin(np.array([2.0]))[0] != np.arcsin(np.array([2.0]))[0]
        assert np.cosh(np.array([1000.0])).tolist() == [inf]
    y = np.linspace(-3.0, 3.0, 7)
    assert_ulp_close(np.tanh(y).tolist(), [
        -0.9950547536867305, -0.9640275800758169, -0.7615941559557649,
        0.0, 0.7615941559557649, 0.9640275800758169, 0.9950547536867305],
        'tanh')
    assert_ulp_close(np.arctan(y).tolist(), [
        -1.2490457723982544, -1.1071487177940904, -0.7853981633974483,
        0.0, 0.7853981633974483, 1.1071487177940904, 1.2490457723982544],
        'arctan')
