"""np.lib set operations and index helpers (lib_pypy/_numpy_lib):
intersect1d, union1d, setdiff1d, setxor1d, isin, unravel_index,
ravel_multi_index, ndindex, ndenumerate, put, place, partition,
argpartition, packbits, unpackbits."""

import numpy as np
import pytest


def test_set_operations():
    assert np.intersect1d([1, 3, 4, 3], [3, 1, 2, 1]).tolist() == [1, 3]
    values, i1, i2 = np.intersect1d([1, 3, 4, 3], [3, 1, 2, 1],
                                    return_indices=True)
    assert values.tolist() == [1, 3]
    assert i1.tolist() == [0, 1] and i2.tolist() == [1, 0]
    assert np.union1d([-1, 0, 1], [-2, 0, 2]).tolist() == [-2, -1, 0, 1, 2]
    assert np.setdiff1d([1, 2, 3, 2, 4, 1], [3, 4, 5, 6]).tolist() == [1, 2]
    assert np.setxor1d([1, 2, 3, 2, 4], [2, 3, 5, 7, 5]).tolist() == \
        [1, 4, 5, 7]
    assert np.union1d([1.5], [0.5]).dtype == np.float64


def test_isin():
    element = np.array([[0, 2], [4, 6]])
    assert np.isin(element, [1, 2, 4, 8]).tolist() == [[False, True],
                                                       [True, False]]
    assert np.isin(element, [1, 2, 4, 8], invert=True).tolist() == \
        [[True, False], [False, True]]
    assert np.isin([1, 2], []).tolist() == [False, False]
    assert np.isin([1.0, np.nan], [np.nan, 1.0]).tolist() == [True, False]
    assert np.isin(3, [1, 3]).shape == ()
    # in1d, isin's deprecated alias in NumPy 2.0-2.3, is gone in 2.4
    with pytest.raises(AttributeError, match="module 'numpy' has no "
                       "attribute 'in1d'"):
        np.in1d


def test_unravel_ravel_multi_index():
    rows, cols = np.unravel_index([22, 41, 37], (7, 6))
    assert rows.tolist() == [3, 6, 6] and cols.tolist() == [4, 5, 1]
    rows, cols = np.unravel_index([31, 41, 13], (7, 6), order='F')
    assert rows.tolist() == [3, 6, 6] and cols.tolist() == [4, 5, 1]
    assert np.unravel_index(1621, (6, 7, 8, 9)) == (3, 1, 4, 1)
    with pytest.raises(ValueError, match="index 10 is out of bounds for "
                       "array with size 6"):
        np.unravel_index(10, (2, 3))
    arr = np.array([[3, 6, 6], [4, 5, 1]])
    assert np.ravel_multi_index(arr, (7, 6)).tolist() == [22, 41, 37]
    assert np.ravel_multi_index(arr, (7, 6), order='F').tolist() == \
        [31, 41, 13]
    assert np.ravel_multi_index(arr, (4, 6), mode='clip').tolist() == \
        [22, 23, 19]
    assert np.ravel_multi_index(arr, (4, 4), mode=('clip', 'wrap')) \
        .tolist() == [12, 13, 13]
    assert np.ravel_multi_index((3, 1, 4, 1), (6, 7, 8, 9)) == 1621
    with pytest.raises(ValueError, match="invalid entry in coordinates "
                       "array"):
        np.ravel_multi_index(([5], [1]), (2, 3))


def test_ndindex_ndenumerate():
    assert list(np.ndindex(2, 2)) == [(0, 0), (0, 1), (1, 0), (1, 1)]
    assert list(np.ndindex((1, 3))) == [(0, 0), (0, 1), (0, 2)]
    pairs = [(i, int(v)) for i, v in np.ndenumerate(np.array([[1, 2],
                                                             [3, 4]]))]
    assert pairs == [((0, 0), 1), ((0, 1), 2), ((1, 0), 3), ((1, 1), 4)]


def test_put_place():
    a = np.arange(5)
    np.put(a, [0, 2], [-44, -55])
    assert a.tolist() == [-44, 1, -55, 3, 4]
    a = np.arange(5)
    np.put(a, 22, -5, mode='clip')
    assert a.tolist() == [0, 1, 2, 3, -5]
    np.put(a, [6, -1], [9, 8], mode='wrap')
    assert a.tolist() == [0, 9, 2, 3, 8]
    with pytest.raises(IndexError, match="index 7 is out of bounds for "
                       "axis 0 with size 5"):
        np.put(a, 7, 1)
    b = np.arange(6).reshape(2, 3)
    np.place(b, b > 2, [44, 55])
    assert b.tolist() == [[0, 1, 2], [44, 55, 44]]
    with pytest.raises(ValueError, match="Cannot insert from an empty "
                       "array!"):
        np.place(b, b > 2, [])


def is_partitioned(values, k):
    return all(v <= values[k] for v in values[:k]) and \
        all(v >= values[k] for v in values[k:])


def test_partition_argpartition():
    a = np.array([7, 1, 7, 7, 1, 5, 7, 2, 3, 2, 6, 2, 3, 0])
    p = np.partition(a, 4)
    assert is_partitioned(p.tolist(), 4) and p[4] == 2
    assert sorted(p.tolist()) == sorted(a.tolist())
    i = np.argpartition(a, 4)
    assert is_partitioned(a[i].tolist(), 4)
    m = np.array([[3, 1, 2], [9, 7, 8]])
    assert np.partition(m, 0, axis=1)[:, 0].tolist() == [1, 7]
    with pytest.raises(ValueError, match=r"kth\(=5\) out of bounds \(2\)"):
        np.partition([1, 2], 5)
    with pytest.raises(ValueError, match=r"kth\(=-1\) out of bounds \(3\)"):
        np.partition([1, 2, 3], -4)


def test_packbits_unpackbits():
    a = np.array([[[1, 0, 1], [0, 1, 0]], [[1, 1, 0], [0, 0, 1]]])
    assert np.packbits(a, axis=-1).tolist() == [[[160], [64]],
                                                [[192], [32]]]
    assert np.packbits([1, 0, 1, 1, 0, 0, 0, 0, 1]).tolist() == [176, 128]
    assert np.packbits([1, 0, 1], bitorder='little').tolist() == [5]
    assert np.packbits([True]).dtype == np.uint8
    b = np.array([[2], [7], [23]], dtype=np.uint8)
    assert np.unpackbits(b, axis=1).tolist() == [
        [0, 0, 0, 0, 0, 0, 1, 0], [0, 0, 0, 0, 0, 1, 1, 1],
        [0, 0, 0, 1, 0, 1, 1, 1]]
    assert np.unpackbits(np.array([7], dtype=np.uint8), count=3).tolist() \
        == [0, 0, 0]
    assert np.unpackbits(np.array([7], dtype=np.uint8),
                         bitorder='little').tolist() == [1, 1, 1, 0, 0, 0,
                                                         0, 0]
    with pytest.raises(TypeError, match="Expected an input array of "
                       "integer or boolean data type"):
        np.packbits([1.0])
    with pytest.raises(TypeError, match="Expected an input array of "
                       "unsigned byte data type"):
        np.unpackbits(np.array([1]))
