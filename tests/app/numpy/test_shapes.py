"""Joining and reshaping: concatenate, stack, vstack, hstack, broadcast_to,
tile, expand_dims, atleast_Nd, squeeze, swapaxes; outer, clip, cumsum,
cumprod, isclose, allclose, array_equal."""

import numpy as np
import pytest


def test_concatenate_axis0():
    a = np.array([[1, 2], [3, 4]])
    b = np.array([[5, 6]])
    c = np.concatenate([a, b])
    assert c.shape == (3, 2)
    assert c.dtype == np.int64
    assert c.tolist() == [[1, 2], [3, 4], [5, 6]]
    assert np.concatenate((a, b), axis=0).tolist() == c.tolist()


def test_concatenate_axis1_and_negative():
    a = np.array([[1, 2], [3, 4]])
    b = np.array([[5], [6]])
    assert np.concatenate([a, b], axis=1).tolist() == [[1, 2, 5], [3, 4, 6]]
    assert np.concatenate([a, b], axis=-1).tolist() == [[1, 2, 5], [3, 4, 6]]
    assert np.concatenate([a, b], 1).shape == (2, 3)


def test_concatenate_axis_none():
    a = np.array([[1, 2], [3, 4]])
    b = np.array([5, 6])
    c = np.concatenate([a, b], axis=None)
    assert c.shape == (6,)
    assert c.tolist() == [1, 2, 3, 4, 5, 6]
    assert np.concatenate([a.T, b], axis=None).tolist() == [1, 3, 2, 4, 5, 6]


def test_concatenate_promotes_and_lists():
    c = np.concatenate([np.array([1, 2]), np.array([0.5])])
    assert c.dtype == np.float64
    assert c.tolist() == [1.0, 2.0, 0.5]
    c = np.concatenate([[1, 2], [3]])
    assert c.tolist() == [1, 2, 3]
    c = np.concatenate([np.array([1], dtype=np.int8),
                        np.array([2], dtype=np.int16)])
    assert c.dtype == np.int16
    c = np.concatenate([np.array([1, 2]), np.array([3])], dtype=np.float32)
    assert c.dtype == np.float32


def test_concatenate_views_and_empty_parts():
    a = np.arange(12).reshape(3, 4)
    c = np.concatenate([a[:, ::2], a[:, 1:2]], axis=1)
    assert c.tolist() == [[0, 2, 1], [4, 6, 5], [8, 10, 9]]
    c = np.concatenate([np.zeros((0, 2)), np.ones((2, 2))])
    assert c.shape == (2, 2)
    assert c.tolist() == [[1.0, 1.0], [1.0, 1.0]]


def test_concatenate_out():
    out = np.zeros(4)
    r = np.concatenate([np.array([1, 2]), np.array([3, 4])], out=out)
    assert r is out
    assert out.tolist() == [1.0, 2.0, 3.0, 4.0]


def test_concatenate_errors():
    with pytest.raises(ValueError, match="need at least one array to "
                                         "concatenate"):
        np.concatenate([])
    with pytest.raises(ValueError, match="zero-dimensional arrays cannot be "
                                         "concatenated"):
        np.concatenate([np.array(1), np.array(2)])
    with pytest.raises(ValueError) as excinfo:
        np.concatenate([np.zeros((2, 2)), np.zeros(2)])
    assert str(excinfo.value) == (
        "all the input arrays must have same number of dimensions, but the "
        "array at index 0 has 2 dimension(s) and the array at index 1 has 1 "
        "dimension(s)")
    with pytest.raises(ValueError, match="all the input array dimensions "
                       "except for the concatenation axis must match exactly, "
                       "but along dimension 1, the array at index 0 has size 2"
                       " and the array at index 1 has size 3"):
        np.concatenate([np.zeros((2, 2)), np.zeros((2, 3))])
    with pytest.raises(ValueError, match="axis 2 is out of bounds for array "
                                       "of dimension 2"):
        np.concatenate([np.zeros((2, 2))], axis=2)
    with pytest.raises(ValueError):
        np.concatenate([np.zeros((2, 2))], axis=-3)


def test_stack():
    a = np.array([1, 2, 3])
    b = np.array([4, 5, 6])
    s = np.stack([a, b])
    assert s.shape == (2, 3)
    assert s.tolist() == [[1, 2, 3], [4, 5, 6]]
    s = np.stack([a, b], axis=1)
    assert s.shape == (3, 2)
    assert s.tolist() == [[1, 4], [2, 5], [3, 6]]
    s = np.stack([a, b], axis=-1)
    assert s.shape == (3, 2)
    m = np.arange(6).reshape(2, 3)
    assert np.stack([m, m, m], axis=1).shape == (2, 3, 3)
    assert np.stack([m, m], axis=2).tolist() == [
        [[0, 0], [1, 1], [2, 2]], [[3, 3], [4, 4], [5, 5]]]
    assert np.stack([np.array(1.5), np.array(2.5)]).tolist() == [1.5, 2.5]


def test_stack_errors():
    with pytest.raises(ValueError, match="need at least one array to stack"):
        np.stack([])
    with pytest.raises(ValueError, match="all input arrays must have the "
                                         "same shape"):
        np.stack([np.zeros(2), np.zeros(3)])
    with pytest.raises(ValueError, match="axis 2 is out of bounds for array "
                                       "of dimension 2"):
        np.stack([np.zeros(2)], axis=2)


def test_vstack_hstack():
    a = np.array([1, 2, 3])
    b = np.array([4, 5, 6])
    assert np.vstack([a, b]).tolist() == [[1, 2, 3], [4, 5, 6]]
    assert np.vstack((a, np.array([[7, 8, 9], [1, 1, 1]]))).shape == (3, 3)
    assert np.vstack([np.array(1), np.array(2)]).tolist() == [[1], [2]]
    assert np.hstack([a, b]).tolist() == [1, 2, 3, 4, 5, 6]
    m = np.array([[1], [2]])
    assert np.hstack([m, np.array([[3, 4], [5, 6]])]).tolist() == [
        [1, 3, 4], [2, 5, 6]]
    assert np.hstack([np.array(1), np.array(2.5)]).tolist() == [1.0, 2.5]
    with pytest.raises(ValueError, match="need at least one array"):
        np.vstack([])
    with pytest.raises(ValueError, match="need at least one array"):
        np.hstack([])


def test_broadcast_to():
    a = np.array([1, 2, 3])
    b = np.broadcast_to(a, (2, 3))
    assert b.shape == (2, 3)
    assert b.tolist() == [[1, 2, 3], [1, 2, 3]]
    assert b.strides == (0, 8)
    c = np.broadcast_to(np.array([[1], [2]]), (2, 2, 3))
    assert c.tolist() == [[[1, 1, 1], [2, 2, 2]], [[1, 1, 1], [2, 2, 2]]]
    assert np.broadcast_to(5, (3,)).tolist() == [5, 5, 5]
    assert np.broadcast_to(a, 3).shape == (3,)
    assert (np.broadcast_to(a, (4, 3)) * 2).sum() == 48


def test_broadcast_to_errors():
    with pytest.raises(ValueError) as excinfo:
        np.broadcast_to(np.arange(3), (4,))
    assert str(excinfo.value) == (
        "operands could not be broadcast together with remapped shapes "
        "[original->remapped]: (3,)  and requested shape (4,)")
    with pytest.raises(ValueError, match="all elements of broadcast shape "
                                         "must be non-negative"):
        np.broadcast_to(np.arange(3), (3, -1))
    with pytest.raises(ValueError, match="input operand has more dimensions "
                       "than allowed by the axis remapping"):
        np.broadcast_to(np.zeros((2, 3)), (3,))


def test_tile():
    a = np.array([0, 1, 2])
    assert np.tile(a, 2).tolist() == [0, 1, 2, 0, 1, 2]
    assert np.tile(a, (2, 2)).tolist() == [[0, 1, 2, 0, 1, 2],
                                           [0, 1, 2, 0, 1, 2]]
    assert np.tile(a, (2, 1, 2)).shape == (2, 1, 6)
    b = np.array([[1, 2], [3, 4]])
    assert np.tile(b, 2).tolist() == [[1, 2, 1, 2], [3, 4, 3, 4]]
    assert np.tile(b, (2, 1)).tolist() == [[1, 2], [3, 4], [1, 2], [3, 4]]
    assert np.tile(np.array(5), 3).tolist() == [5, 5, 5]
    assert np.tile(b.T, (1, 2)).tolist() == [[1, 3, 1, 3], [2, 4, 2, 4]]
    assert np.tile(a, 0).shape == (0,)
    assert np.tile(np.array([1.5]), 3).dtype == np.float64
    with pytest.raises(ValueError, match="negative dimensions are not "
                                         "allowed"):
        np.tile([1], -1)


def test_tile_is_a_copy():
    a = np.array([1, 2])
    t = np.tile(a, 1)
    t[0] = 99
    assert a.tolist() == [1, 2]


def test_expand_dims():
    a = np.array([1, 2])
    assert np.expand_dims(a, 0).shape == (1, 2)
    assert np.expand_dims(a, 1).shape == (2, 1)
    assert np.expand_dims(a, -1).shape == (2, 1)
    assert np.expand_dims(a, (0, 2)).shape == (1, 2, 1)
    assert np.expand_dims(a, axis=(0, 1)).shape == (1, 1, 2)
    assert np.expand_dims(a, 1).tolist() == [[1], [2]]
    e = np.expand_dims(a, 0)
    e[0, 0] = 7
    assert a.tolist() == [7, 2]
    with pytest.raises(ValueError, match="axis 3 is out of bounds for array "
                                       "of dimension 2"):
        np.expand_dims(a, 3)
    with pytest.raises(ValueError, match="repeated axis"):
        np.expand_dims(a, (0, 0))


def test_atleast():
    assert np.atleast_1d(1).shape == (1,)
    assert np.atleast_1d(np.array([1, 2])).shape == (2,)
    assert np.atleast_2d(1).shape == (1, 1)
    assert np.atleast_2d([1, 2]).shape == (1, 2)
    assert np.atleast_2d(np.zeros((2, 3))).shape == (2, 3)
    assert np.atleast_3d(1).shape == (1, 1, 1)
    assert np.atleast_3d([1, 2]).shape == (1, 2, 1)
    assert np.atleast_3d(np.zeros((2, 3))).shape == (2, 3, 1)
    r = np.atleast_1d(1, [2, 3])
    assert isinstance(r, tuple)
    assert len(r) == 2
    assert r[0].tolist() == [1]
    assert r[1].tolist() == [2, 3]


def test_squeeze():
    a = np.zeros((1, 3, 1))
    assert np.squeeze(a).shape == (3,)
    assert np.squeeze(a, axis=0).shape == (3, 1)
    assert np.squeeze(a, axis=(0, 2)).shape == (3,)
    assert np.squeeze(a, -1).shape == (1, 3)
    assert np.squeeze(np.array([[5]])).shape == ()
    assert a.squeeze().shape == (3,)
    with pytest.raises(ValueError, match="cannot select an axis to squeeze "
                       "out which has size not equal to one"):
        np.squeeze(a, axis=1)


def test_swapaxes():
    a = np.arange(6).reshape(2, 3)
    s = np.swapaxes(a, 0, 1)
    assert s.shape == (3, 2)
    assert s.tolist() == [[0, 3], [1, 4], [2, 5]]
    assert np.swapaxes(np.zeros((2, 3, 4)), 0, -1).shape == (4, 3, 2)
    with pytest.raises(ValueError, match="axis 1 is out of bounds for array "
                                       "of dimension 1"):
        np.swapaxes(np.zeros(2), 0, 1)


def test_outer():
    r = np.outer([1, 2], [3, 4, 5])
    assert r.shape == (2, 3)
    assert r.dtype == np.int64
    assert r.tolist() == [[3, 4, 5], [6, 8, 10]]
    r = np.outer(np.array([[1, 2], [3, 4]]), np.array([1.0, 0.5]))
    assert r.shape == (4, 2)
    assert r.dtype == np.float64
    assert r.tolist() == [[1.0, 0.5], [2.0, 1.0], [3.0, 1.5], [4.0, 2.0]]


def test_clip():
    a = np.arange(6)
    assert np.clip(a, 1, 4).tolist() == [1, 1, 2, 3, 4, 4]
    assert np.clip(a, 1, 4).dtype == np.int64
    assert np.clip(a, None, 2).tolist() == [0, 1, 2, 2, 2, 2]
    assert np.clip(a, 3, None).tolist() == [3, 3, 3, 3, 4, 5]
    r = np.clip(a, 1.5, 3)
    assert r.dtype == np.float64
    assert r.tolist() == [1.5, 1.5, 2.0, 3.0, 3.0, 3.0]
    assert np.clip(a, [0, 1, 2, 3, 4, 5], 3).tolist() == [0, 1, 2, 3, 3, 3]
    assert a.clip(2, 3).tolist() == [2, 2, 2, 3, 3, 3]
    assert a.clip(max=1).tolist() == [0, 1, 1, 1, 1, 1]
    assert np.clip(a, a_min=1, a_max=2).tolist() == [1, 1, 2, 2, 2, 2]
    assert np.clip(7, 0, 5) == 5
    f = np.array([-1.5, np.nan, 2.5])
    c = np.clip(f, -1, 1).tolist()
    assert c[0] == -1.0 and c[2] == 1.0 and c[1] != c[1]


def test_clip_out():
    a = np.array([1.0, 5.0, 9.0])
    r = np.clip(a, 2, 8, out=a)
    assert r is a
    assert a.tolist() == [2.0, 5.0, 8.0]


def test_cumsum():
    a = np.array([[1, 2, 3], [4, 5, 6]])
    assert np.cumsum(a).tolist() == [1, 3, 6, 10, 15, 21]
    assert np.cumsum(a, axis=0).tolist() == [[1, 2, 3], [5, 7, 9]]
    assert np.cumsum(a, axis=1).tolist() == [[1, 3, 6], [4, 9, 15]]
    assert np.cumsum(a, axis=-1).tolist() == [[1, 3, 6], [4, 9, 15]]
    assert a.cumsum().tolist() == [1, 3, 6, 10, 15, 21]
    assert a.cumsum(axis=0).shape == (2, 3)
    assert np.cumsum([0.5, 0.25, 0.25]).tolist() == [0.5, 0.75, 1.0]
    assert np.cumsum(np.array(5)).tolist() == [5]
    assert np.cumsum(a.T, axis=1).tolist() == [[1, 5], [2, 7], [3, 9]]
    assert np.cumsum(a, dtype=np.float64).dtype == np.float64


def test_cumsum_dtypes():
    assert np.cumsum(np.array([1, 2], dtype=np.int8)).dtype == np.int64
    assert np.cumsum(np.array([1, 2], dtype=np.uint8)).dtype == np.uint64
    assert np.cumsum(np.array([True, True, False])).dtype == np.int64
    assert np.cumsum(np.array([True, True, False])).tolist() == [1, 2, 2]
    assert np.cumsum(np.array([1.5], dtype=np.float32)).dtype == np.float32
    r = np.cumsum(np.array([100, 100], dtype=np.int8), dtype=np.int8)
    assert r.dtype == np.int8
    assert r.tolist() == [100, -56]


def test_cumprod():
    a = np.array([[1, 2, 3], [4, 5, 6]])
    assert np.cumprod(a).tolist() == [1, 2, 6, 24, 120, 720]
    assert np.cumprod(a, axis=0).tolist() == [[1, 2, 3], [4, 10, 18]]
    assert np.cumprod(a, axis=1).tolist() == [[1, 2, 6], [4, 20, 120]]
    assert a.cumprod().tolist() == [1, 2, 6, 24, 120, 720]
    assert np.cumprod([0.5, 4.0]).tolist() == [0.5, 2.0]
    assert np.cumprod(np.array([True, True])).dtype == np.int64
    with pytest.raises(ValueError, match="axis 1 is out of bounds for array "
                                       "of dimension 1"):
        np.cumprod(np.zeros(3), axis=1)


def test_isclose():
    r = np.isclose([1.0, 1.0, 1e10, 0.0], [1.0, 1.00001, 1.00001e10, 1e-7])
    assert r.dtype == np.bool_
    assert r.tolist() == [True, True, True, False]
    assert np.isclose(1.0, 1.0 + 1e-9)
    assert not np.isclose(1.0, 1.1)
    assert np.isclose(1.0, 1.1, rtol=0.2)
    assert np.isclose(0.0, 1e-3, atol=1e-2)
    assert np.isclose([np.inf, -np.inf, np.inf], [np.inf, -np.inf,
                                                   -np.inf]).tolist() == [
        True, True, False]
    assert np.isclose([np.nan, 1.0], [np.nan, np.nan]).tolist() == [
        False, False]
    assert np.isclose([np.nan, 1.0], [np.nan, np.nan],
                      equal_nan=True).tolist() == [True, False]
    assert np.isclose(np.array([[1.0], [2.0]]), np.array([1.0, 2.0])).tolist() \
        == [[True, False], [False, True]]
    assert np.isclose([1, 2], [1, 3]).tolist() == [True, False]


def test_isclose_of_complex_numbers():
    # |x - y| <= atol + rtol * |y| in complex absolute values; a nan part
    # makes a nan, an infinite part a number that is not finite
    inf, nan = np.inf, np.nan
    x = np.array([1j, 1 + 1e-9j, 2j, complex(inf, 0), complex(nan, 1),
                  complex(1, nan), 1 + 0j, complex(inf, 1)])
    y = np.array([2j, 1 + 0j, 2j, complex(inf, 0), complex(nan, 1),
                  complex(nan, 2), 1.00001 + 0j, complex(inf, 2)])
    assert np.isclose(x, y).tolist() == [False, True, True, True, False,
                                         False, True, False]
    assert np.isclose(x, y, equal_nan=True).tolist() == [
        False, True, True, True, True, True, True, False]
    assert np.allclose(1j, 2j) is False
    assert np.allclose([1j], [1j + 1e-9]) is True
    assert not np.isclose(1j, 1)
    assert np.isclose(np.array([1, 2]), np.array([1 + 1e-10j, 2j])) \
        .tolist() == [True, False]


def test_allclose():
    assert np.allclose([1e10, 1e-7], [1.00001e10, 1e-8]) is False
    assert np.allclose([1e10, 1e-8], [1.00001e10, 1e-9]) is True
    assert np.allclose([1.0, np.nan], [1.0, np.nan]) is False
    assert np.allclose([1.0, np.nan], [1.0, np.nan], equal_nan=True) is True
    assert np.allclose(np.arange(3), [0, 1, 2]) is True
    assert np.allclose(np.ones((2, 2)), 1.0)
    assert np.allclose(1.0, 1.5, atol=0.6)


def test_array_equal():
    assert np.array_equal([1, 2], [1, 2]) is True
    assert np.array_equal(np.array([1, 2]), np.array([1.0, 2.0])) is True
    assert np.array_equal([1, 2], [1, 3]) is False
    assert np.array_equal([1, 2], [1, 2, 3]) is False
    assert np.array_equal(np.zeros((2, 1)), np.zeros((1, 2))) is False
    a = np.array([1.0, np.nan])
    assert np.array_equal(a, a) is False
    assert np.array_equal(a, a, equal_nan=True) is True
    assert np.array_equal(3, 3) is True
