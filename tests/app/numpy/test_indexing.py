"""Indexing for reading and for assignment: ints, slices, `...`, None,
boolean masks and integer arrays (expected values from CPython + NumPy)."""

import numpy as np
import pytest


def test_integers():
    """integer indices, negative ones too"""
    a = np.arange(10) * 2
    b = np.arange(12).reshape(3, 4)
    assert a[0] == 0
    assert a[9] == 18
    assert a[-1] == 18
    assert a[-10] == 0
    r = b[1]
    assert r.shape == (4,)
    assert r.tolist() == [4, 5, 6, 7]
    r = b[-1]
    assert r.shape == (4,)
    assert r.tolist() == [8, 9, 10, 11]
    assert b[1, 2] == 6
    assert b[-1, -4] == 8
    assert b[2][3] == 11
    r = b[np.int64(1)]
    assert r.shape == (4,)
    assert r.tolist() == [4, 5, 6, 7]
    r = b[np.array(2)]
    assert r.shape == (4,)
    assert r.tolist() == [8, 9, 10, 11]


def test_slices():
    """slices with steps are views"""
    a = np.arange(10)
    b = np.arange(24).reshape(4, 6)
    r = a[2:5]
    assert r.shape == (3,)
    assert r.tolist() == [2, 3, 4]
    r = a[::2]
    assert r.shape == (5,)
    assert r.tolist() == [0, 2, 4, 6, 8]
    r = a[::-1]
    assert r.shape == (10,)
    assert r.tolist() == [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
    r = a[-3:]
    assert r.shape == (3,)
    assert r.tolist() == [7, 8, 9]
    r = a[8:2:-2]
    assert r.shape == (3,)
    assert r.tolist() == [8, 6, 4]
    r = a[5:2]
    assert r.shape == (0,)
    assert r.tolist() == []
    r = a[100:]
    assert r.shape == (0,)
    assert r.tolist() == []
    r = a[-100:3]
    assert r.shape == (3,)
    assert r.tolist() == [0, 1, 2]
    r = a[::-3]
    assert r.shape == (4,)
    assert r.tolist() == [9, 6, 3, 0]
    r = b[1:3]
    assert r.shape == (2, 6)
    assert r.tolist() == [[6, 7, 8, 9, 10, 11], [12, 13, 14, 15, 16, 17]]
    r = b[:, 1:4]
    assert r.shape == (4, 3)
    assert r.tolist() == [[1, 2, 3], [7, 8, 9], [13, 14, 15], [19, 20, 21]]
    r = b[::2, ::-2]
    assert r.shape == (2, 3)
    assert r.tolist() == [[5, 3, 1], [17, 15, 13]]
    r = b[1:, ::3][::-1]
    assert r.shape == (3, 2)
    assert r.tolist() == [[18, 21], [12, 15], [6, 9]]
    r = b[-1, 1::2]
    assert r.shape == (3,)
    assert r.tolist() == [19, 21, 23]
    r = b[:0]
    assert r.shape == (0, 6)
    assert r.tolist() == []
    r = b[:, 6:]
    assert r.shape == (4, 0)
    assert r.tolist() == [[], [], [], []]


def test_ellipsis_newaxis():
    """`...` and None"""
    a = np.arange(24).reshape(2, 3, 4)
    r = a[...]
    assert r.shape == (2, 3, 4)
    assert r.tolist() == [[[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]], [[12, 13, 14, 15], [16, 17, 18, 19], [20, 21, 22, 23]]]
    r = a[..., 1]
    assert r.shape == (2, 3)
    assert r.tolist() == [[1, 5, 9], [13, 17, 21]]
    r = a[0, ...]
    assert r.shape == (3, 4)
    assert r.tolist() == [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]]
    r = a[..., 1, 2]
    assert r.shape == (2,)
    assert r.tolist() == [6, 18]
    r = a[1, ..., 3]
    assert r.shape == (3,)
    assert r.tolist() == [15, 19, 23]
    r = a[None]
    assert r.shape == (1, 2, 3, 4)
    assert r.tolist() == [[[[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]], [[12, 13, 14, 15], [16, 17, 18, 19], [20, 21, 22, 23]]]]
    r = a[:, None]
    assert r.shape == (2, 1, 3, 4)
    assert r.tolist() == [[[[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]]], [[[12, 13, 14, 15], [16, 17, 18, 19], [20, 21, 22, 23]]]]
    r = a[..., None]
    assert r.shape == (2, 3, 4, 1)
    assert r.tolist() == [[[[0], [1], [2], [3]], [[4], [5], [6], [7]], [[8], [9], [10], [11]]], [[[12], [13], [14], [15]], [[16], [17], [18], [19]], [[20], [21], [22], [23]]]]
    r = a[None, 0, None, 1]
    assert r.shape == (1, 1, 4)
    assert r.tolist() == [[[4, 5, 6, 7]]]
    r = a[0, None, :, None, 2]
    assert r.shape == (1, 3, 1)
    assert r.tolist() == [[[2], [6], [10]]]
    r = a[np.newaxis, ..., np.newaxis]
    assert r.shape == (1, 2, 3, 4, 1)
    assert r.tolist() == [[[[[0], [1], [2], [3]], [[4], [5], [6], [7]], [[8], [9], [10], [11]]], [[[12], [13], [14], [15]], [[16], [17], [18], [19]], [[20], [21], [22], [23]]]]]


def test_zero_d():
    """0-d arrays"""
    z = np.array(7.5)
    assert z[()] == 7.5
    r = z[...]
    assert r.shape == ()
    assert r.tolist() == 7.5
    r = z[None]
    assert r.shape == (1,)
    assert r.tolist() == [7.5]
    r = z[..., None]
    assert r.shape == (1,)
    assert r.tolist() == [7.5]


def test_boolean_masks():
    """boolean masks of any ndim, also over the leading dims"""
    a = np.arange(24).reshape(2, 3, 4)
    v = np.arange(6) * 10
    r = v[v > 20]
    assert r.shape == (3,)
    assert r.tolist() == [30, 40, 50]
    r = v[np.array([True, False, True, False, False, True])]
    assert r.shape == (3,)
    assert r.tolist() == [0, 20, 50]
    r = v[[True, False, True, False, False, True]]
    assert r.shape == (3,)
    assert r.tolist() == [0, 20, 50]
    r = a[a % 5 == 0]
    assert r.shape == (5,)
    assert r.tolist() == [0, 5, 10, 15, 20]
    r = a[np.array([False, True])]
    assert r.shape == (1, 3, 4)
    assert r.tolist() == [[[12, 13, 14, 15], [16, 17, 18, 19], [20, 21, 22, 23]]]
    r = a[a[:, :, 0] > 4]
    assert r.shape == (4, 4)
    assert r.tolist() == [[8, 9, 10, 11], [12, 13, 14, 15], [16, 17, 18, 19], [20, 21, 22, 23]]
    r = a[:, np.array([True, False, True])]
    assert r.shape == (2, 2, 4)
    assert r.tolist() == [[[0, 1, 2, 3], [8, 9, 10, 11]], [[12, 13, 14, 15], [20, 21, 22, 23]]]
    r = a[0, np.array([True, False, True]), 1]
    assert r.shape == (2,)
    assert r.tolist() == [1, 9]
    r = a[..., np.array([True, False, False, True])]
    assert r.shape == (2, 3, 2)
    assert r.tolist() == [[[0, 3], [4, 7], [8, 11]], [[12, 15], [16, 19], [20, 23]]]
    r = a[1, :, np.array([False, True, True, False])]
    assert r.shape == (2, 3)
    assert r.tolist() == [[13, 17, 21], [14, 18, 22]]
    r = v[v > 100]
    assert r.shape == (0,)
    assert r.tolist() == []
    r = a[True]
    assert r.shape == (1, 2, 3, 4)
    assert r.tolist() == [[[[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]], [[12, 13, 14, 15], [16, 17, 18, 19], [20, 21, 22, 23]]]]
    r = a[False]
    assert r.shape == (0, 2, 3, 4)
    assert r.tolist() == []
    r = v[np.array(True)]
    assert r.shape == (1, 6)
    assert r.tolist() == [[0, 10, 20, 30, 40, 50]]
    r = a[0, True]
    assert r.shape == (1, 3, 4)
    assert r.tolist() == [[[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]]]
    r = a[np.zeros((2, 3), dtype=bool)]
    assert r.shape == (0, 4)
    assert r.tolist() == []


def test_integer_arrays():
    """fancy indexing along any axis, broadcast index arrays"""
    a = np.arange(24).reshape(2, 3, 4)
    v = np.arange(6) * 10
    r = v[[0, 2, 4]]
    assert r.shape == (3,)
    assert r.tolist() == [0, 20, 40]
    r = v[[-1, -2]]
    assert r.shape == (2,)
    assert r.tolist() == [50, 40]
    r = v[np.array([[0, 1], [2, 3]])]
    assert r.shape == (2, 2)
    assert r.tolist() == [[0, 10], [20, 30]]
    r = v[[]]
    assert r.shape == (0,)
    assert r.tolist() == []
    r = v[[3, 3, 3]]
    assert r.shape == (3,)
    assert r.tolist() == [30, 30, 30]
    r = a[[1, 0]]
    assert r.shape == (2, 3, 4)
    assert r.tolist() == [[[12, 13, 14, 15], [16, 17, 18, 19], [20, 21, 22, 23]], [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]]]
    r = a[:, [2, 0]]
    assert r.shape == (2, 2, 4)
    assert r.tolist() == [[[8, 9, 10, 11], [0, 1, 2, 3]], [[20, 21, 22, 23], [12, 13, 14, 15]]]
    r = a[..., [3, 0, 1]]
    assert r.shape == (2, 3, 3)
    assert r.tolist() == [[[3, 0, 1], [7, 4, 5], [11, 8, 9]], [[15, 12, 13], [19, 16, 17], [23, 20, 21]]]
    r = a[[0, 1], [1, 2]]
    assert r.shape == (2, 4)
    assert r.tolist() == [[4, 5, 6, 7], [20, 21, 22, 23]]
    r = a[[0, 1], [1, 2], [2, 3]]
    assert r.shape == (2,)
    assert r.tolist() == [6, 23]
    r = a[[[0], [1]], [0, 2]]
    assert r.shape == (2, 2, 4)
    assert r.tolist() == [[[0, 1, 2, 3], [8, 9, 10, 11]], [[12, 13, 14, 15], [20, 21, 22, 23]]]
    r = a[0, [0, 1], [1, 2]]
    assert r.shape == (2,)
    assert r.tolist() == [1, 6]
    r = a[[[0]], 0, [1, 2]]
    assert r.shape == (1, 2)
    assert r.tolist() == [[1, 2]]
    r = a[0, :, [0, 1]]
    assert r.shape == (2, 3)
    assert r.tolist() == [[0, 4, 8], [1, 5, 9]]
    r = a[:, [0, 2], 1:3]
    assert r.shape == (2, 2, 2)
    assert r.tolist() == [[[1, 2], [9, 10]], [[13, 14], [21, 22]]]
    r = a[[1], :, [3]]
    assert r.shape == (1, 3)
    assert r.tolist() == [[15, 19, 23]]
    r = a[[0], ..., [0]]
    assert r.shape == (1, 3)
    assert r.tolist() == [[0, 4, 8]]
    r = a[:, [0], ..., [0]]
    assert r.shape == (1, 2)
    assert r.tolist() == [[0, 12]]
    r = a[None, [0], :, [1]]
    assert r.shape == (1, 1, 3)
    assert r.tolist() == [[[1, 5, 9]]]
    r = a[1, [], :]
    assert r.shape == (0, 4)
    assert r.tolist() == []
    r = a[[]]
    assert r.shape == (0, 3, 4)
    assert r.tolist() == []
    r = a[np.array([1, 0], dtype=np.int8)]
    assert r.shape == (2, 3, 4)
    assert r.tolist() == [[[12, 13, 14, 15], [16, 17, 18, 19], [20, 21, 22, 23]], [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]]]
    r = a[np.array([1, 0], dtype=np.uint32), 2]
    assert r.shape == (2, 4)
    assert r.tolist() == [[20, 21, 22, 23], [8, 9, 10, 11]]
    r = a[np.array([False, True]), [1, 2]]
    assert r.shape == (2, 4)
    assert r.tolist() == [[16, 17, 18, 19], [20, 21, 22, 23]]
    r = a[::-1, [2, 0]]
    assert r.shape == (2, 2, 4)
    assert r.tolist() == [[[20, 21, 22, 23], [12, 13, 14, 15]], [[8, 9, 10, 11], [0, 1, 2, 3]]]
    r = a[:, ::-1][[1], [0]]
    assert r.shape == (1, 4)
    assert r.tolist() == [[20, 21, 22, 23]]
    r = v[np.array([4, 0])][::-1]
    assert r.shape == (2,)
    assert r.tolist() == [0, 40]


def test_dtypes_kept():
    """indexing keeps the dtype"""
    f = np.arange(5, dtype=np.float32) / 2
    i = np.arange(5, dtype=np.int8)
    assert f[[1, 3]].dtype.name == 'float32'
    assert i[i > 2].dtype.name == 'int8'
    assert f[1:3].dtype.name == 'float32'
    r = i[[0, 0]]
    assert r.shape == (2,)
    assert r.tolist() == [0, 0]
    r = f[f > 1]
    assert r.shape == (2,)
    assert r.tolist() == [1.5, 2.0]


def test_assign_basic():
    """a[i] = scalar, slices, views, broadcasting"""
    a = np.arange(5)
    a[2] = 9
    assert a.tolist() == [0, 1, 9, 3, 4]
    a = np.arange(5)
    a[-1] = 7.9
    assert a.tolist() == [0, 1, 2, 3, 7]
    a = np.arange(5.0)
    a[1] = 3
    assert a.tolist() == [0.0, 3.0, 2.0, 3.0, 4.0]
    a = np.arange(6)
    a[1:4] = 0
    assert a.tolist() == [0, 0, 0, 0, 4, 5]
    a = np.arange(6)
    a[::2] = [10, 20, 30]
    assert a.tolist() == [10, 1, 20, 3, 30, 5]
    a = np.arange(6)
    a[::-1] = np.arange(6)
    assert a.tolist() == [5, 4, 3, 2, 1, 0]
    a = np.arange(6)
    a[1:] = a[:-1]
    assert a.tolist() == [0, 0, 1, 2, 3, 4]
    a = np.arange(6)
    a[:-1] = a[1:]
    assert a.tolist() == [1, 2, 3, 4, 5, 5]
    a = np.arange(12).reshape(3, 4)
    a[1] = 0
    assert a.tolist() == [[0, 1, 2, 3], [0, 0, 0, 0], [8, 9, 10, 11]]
    a = np.arange(12).reshape(3, 4)
    a[:, 1] = [7, 8, 9]
    assert a.tolist() == [[0, 7, 2, 3], [4, 8, 6, 7], [8, 9, 10, 11]]
    a = np.arange(12).reshape(3, 4)
    a[1:, ::2] = [[1, 2], [3, 4]]
    assert a.tolist() == [[0, 1, 2, 3], [1, 5, 2, 7], [3, 9, 4, 11]]
    a = np.arange(12).reshape(3, 4)
    a[...] = [1, 2, 3, 4]
    assert a.tolist() == [[1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4]]
    a = np.arange(12).reshape(3, 4)
    a[:] = 5
    assert a.tolist() == [[5, 5, 5, 5], [5, 5, 5, 5], [5, 5, 5, 5]]
    a = np.arange(12).reshape(3, 4)
    a[1, 2] = -1
    assert a.tolist() == [[0, 1, 2, 3], [4, 5, -1, 7], [8, 9, 10, 11]]
    a = np.arange(12).reshape(3, 4)
    a[-1, -1] = 100
    assert a.tolist() == [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 100]]
    a = np.arange(12).reshape(3, 4)
    a[None, 1] = 3
    assert a.tolist() == [[0, 1, 2, 3], [3, 3, 3, 3], [8, 9, 10, 11]]
    a = np.arange(12).reshape(3, 4)
    a[..., 0] = 9
    assert a.tolist() == [[9, 1, 2, 3], [9, 5, 6, 7], [9, 9, 10, 11]]
    a = np.zeros((2, 3, 4), dtype=np.int16)
    a[1, ..., 2] = [1, 2, 3]
    assert a.tolist() == [[[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]], [[0, 0, 1, 0], [0, 0, 2, 0], [0, 0, 3, 0]]]
    a = np.zeros(4, dtype=np.uint8)
    a[1:3] = np.array([256, 257])
    assert a.tolist() == [0, 0, 1, 0]
    a = np.zeros(3)
    a[0] = np.float64(1.5)
    assert a.tolist() == [1.5, 0.0, 0.0]
    a = np.zeros(3, dtype=bool)
    a[1] = 5
    assert a.tolist() == [False, True, False]
    a = np.arange(5)
    a[True] = 1
    assert a.tolist() == [1, 1, 1, 1, 1]


def test_assign_advanced():
    """assignment through masks and integer arrays"""
    a = np.arange(6)
    a[a > 2] = 0
    assert a.tolist() == [0, 1, 2, 0, 0, 0]
    a = np.arange(6)
    a[a > 2] = [7, 8, 9]
    assert a.tolist() == [0, 1, 2, 7, 8, 9]
    a = np.arange(6)
    a[a % 2 == 0] = a[a % 2 == 1]
    assert a.tolist() == [1, 1, 3, 3, 5, 5]
    a = np.arange(6.0)
    a[[0, 2]] = 1.5
    assert a.tolist() == [1.5, 1.0, 1.5, 3.0, 4.0, 5.0]
    a = np.arange(6)
    a[[0, 2]] = [10, 20]
    assert a.tolist() == [10, 1, 20, 3, 4, 5]
    a = np.arange(6)
    a[[1, 1, 1]] = [1, 2, 3]
    assert a.tolist() == [0, 3, 2, 3, 4, 5]
    a = np.arange(6)
    a[[-1, 0]] = a[[0, -1]]
    assert a.tolist() == [5, 1, 2, 3, 4, 0]
    a = np.arange(6)
    a[np.array([[0, 1], [2, 3]])] = 9
    assert a.tolist() == [9, 9, 9, 9, 4, 5]
    a = np.arange(12).reshape(3, 4)
    a[a > 5] = -1
    assert a.tolist() == [[0, 1, 2, 3], [4, 5, -1, -1], [-1, -1, -1, -1]]
    a = np.arange(12).reshape(3, 4)
    a[[0, 2]] = 0
    assert a.tolist() == [[0, 0, 0, 0], [4, 5, 6, 7], [0, 0, 0, 0]]
    a = np.arange(12).reshape(3, 4)
    a[[0, 2]] = [1, 2, 3, 4]
    assert a.tolist() == [[1, 2, 3, 4], [4, 5, 6, 7], [1, 2, 3, 4]]
    a = np.arange(12).reshape(3, 4)
    a[:, [1, 3]] = [[1, 2], [3, 4], [5, 6]]
    assert a.tolist() == [[0, 1, 2, 2], [4, 3, 6, 4], [8, 5, 10, 6]]
    a = np.arange(12).reshape(3, 4)
    a[[0, 1, 2], [3, 2, 1]] = 0
    assert a.tolist() == [[0, 1, 2, 0], [4, 5, 0, 7], [8, 0, 10, 11]]
    a = np.arange(12).reshape(3, 4)
    a[np.array([True, False, True])] = [1, 2, 3, 4]
    assert a.tolist() == [[1, 2, 3, 4], [4, 5, 6, 7], [1, 2, 3, 4]]
    a = np.arange(12).reshape(3, 4)
    a[np.array([True, False, True]), 1:] = 7
    assert a.tolist() == [[0, 7, 7, 7], [4, 5, 6, 7], [8, 7, 7, 7]]
    a = np.arange(12).reshape(3, 4)
    a[1, [0, 3]] = [8, 9]
    assert a.tolist() == [[0, 1, 2, 3], [8, 5, 6, 9], [8, 9, 10, 11]]
    a = np.arange(24).reshape(2, 3, 4)
    a[0, :, [0, 1]] = [[1, 2, 3], [4, 5, 6]]
    assert a.tolist() == [[[1, 4, 2, 3], [2, 5, 6, 7], [3, 6, 10, 11]], [[12, 13, 14, 15], [16, 17, 18, 19], [20, 21, 22, 23]]]
    a = np.arange(24).reshape(2, 3, 4)
    a[a[:, :, 0] > 4] = 0
    assert a.tolist() == [[[0, 1, 2, 3], [4, 5, 6, 7], [0, 0, 0, 0]], [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]]
    a = np.arange(12).reshape(3, 4)[:, ::-1]
    a[[0, 2], [0, 1]] = 100
    assert a.tolist() == [[100, 2, 1, 0], [7, 6, 5, 4], [11, 100, 9, 8]]
    a = np.arange(6)
    a[[]] = 5
    assert a.tolist() == [0, 1, 2, 3, 4, 5]
    a = np.arange(6)
    a[a > 10] = [1]
    assert a.tolist() == [0, 1, 2, 3, 4, 5]
    a = np.zeros(4, dtype=np.int32)
    a[[1, 2]] = [1.7, -2.7]
    assert a.tolist() == [0, 1, -2, 0]
    a = np.arange(5)
    a[False] = 1
    assert a.tolist() == [0, 1, 2, 3, 4]


def test_mask_select_contiguous_dtypes():
    """a[mask] with a mask of the array's shape: the elements where it is
    True, in C order, as a 1-D copy of the array's dtype"""
    for dtype in [np.float64, np.float32, np.int64, np.int32, np.int8,
                  np.uint16]:
        a = (np.arange(12) % 5).astype(dtype).reshape(3, 4)
        r = a[a > 2]
        assert r.dtype == a.dtype
        assert r.tolist() == np.array([3, 4, 3, 4]).astype(dtype).tolist()
    b = np.arange(5) % 2 == 1
    assert b[b].tolist() == [True, True]
    a = np.arange(6.0)
    r = a[a > 10]
    assert r.shape == (0,) and r.dtype == np.float64
    assert a[np.ones(6, dtype=bool)].tolist() == a.tolist()
    r = a[a > 2]
    r[0] = -1.0     # a copy
    assert a[3] == 3.0
    assert np.arange(0.0)[np.zeros(0, dtype=bool)].shape == (0,)
    # a strided view and a strided mask
    b = np.arange(10.0)[::2]
    assert b[b > 3].tolist() == [4.0, 6.0, 8.0]
    m = np.array([True, False] * 5)
    assert np.arange(5.0)[m[::2]].tolist() == [0.0, 1.0, 2.0, 3.0, 4.0]


def test_mask_assign_contiguous():
    """a[mask] = scalar, = one value per True, = one value"""
    a = np.arange(8.0)
    a[a > 4] = -1
    assert a.tolist() == [0.0, 1.0, 2.0, 3.0, 4.0, -1.0, -1.0, -1.0]
    a = np.arange(8)
    a[a % 2 == 0] = np.array([10.7, 20.2, 30.0, 40.0])   # cast to int64
    assert a.tolist() == [10, 1, 20, 3, 30, 5, 40, 7]
    a = np.arange(6, dtype=np.float32).reshape(2, 3)
    a[a > 1] = [9]
    assert a.tolist() == [[0.0, 1.0, 9.0], [9.0, 9.0, 9.0]]
    a = np.arange(4.0)
    a[a > 1] = np.array(5.5)
    assert a.tolist() == [0.0, 1.0, 5.5, 5.5]
    # values that view the array being written: read before any write
    a = np.arange(5.0)
    a[np.array([False, True, True, True, True])] = a[:4]
    assert a.tolist() == [0.0, 0.0, 1.0, 2.0, 3.0]
    a = np.arange(4)
    a[np.zeros(4, dtype=bool)] = []
    assert a.tolist() == [0, 1, 2, 3]


def test_mask_assign_errors():
    a = np.arange(5.0)
    with pytest.raises(ValueError) as e:
        a[a > 1] = [1.0, 2.0]
    assert str(e.value) == ("NumPy boolean array indexing assignment cannot "
                            "assign 2 input values to the 3 output values "
                            "where the mask is true")
    with pytest.raises(TypeError) as e:
        a[a > 1] = np.ones((3, 1))
    assert str(e.value) == ("NumPy boolean array indexing assignment "
                            "requires a 0 or 1-dimensional input, input has "
                            "2 dimensions")
    i = np.arange(3, dtype=np.int8)
    with pytest.raises(OverflowError) as e:
        i[i > 0] = 300
    assert str(e.value) == "Python integer 300 out of bounds for int8"
    assert a.tolist() == [0.0, 1.0, 2.0, 3.0, 4.0]


def test_integer_array_index_contiguous():
    """a[idx] on a 1-D array: idx's shape, negative positions from the
    end, NumPy's IndexError for the first position out of bounds"""
    a = np.arange(10.0) * 1.5
    assert a[np.array([1, -1, 3, 3])].tolist() == [1.5, 13.5, 4.5, 4.5]
    r = a[np.array([[0, 9], [-10, 2]])]
    assert r.shape == (2, 2)
    assert r.tolist() == [[0.0, 13.5], [0.0, 3.0]]
    assert a[np.array([], dtype=np.int64)].shape == (0,)
    assert a[np.zeros((2, 0), dtype=np.int64)].shape == (2, 0)
    f = np.arange(5, dtype=np.float32) + 0.25
    assert f[np.array([4, 0])].tolist() == [4.25, 0.25]
    assert f[np.array([4, 0])].dtype == np.float32
    u = np.arange(5, dtype=np.uint8)
    assert u[[4, 4, -5]].tolist() == [4, 4, 0]
    for bad, message in [
            ([1, 12, 40], "index 12 is out of bounds for axis 0 with size 10"),
            ([-11, 0], "index -11 is out of bounds for axis 0 with size 10"),
            ([10], "index 10 is out of bounds for axis 0 with size 10")]:
        with pytest.raises(IndexError) as e:
            a[np.array(bad)]
        assert str(e.value) == message
    with pytest.raises(IndexError) as e:
        np.arange(0.0)[np.array([0])]
    assert str(e.value) == "index 0 is out of bounds for axis 0 with size 0"


def assignment_error(target, index, value):
    try:
        target[index] = value
    except Exception as e:
        return type(e).__name__, str(e)
    return None


def test_assignment_checks_the_value_before_the_indices():
    # NumPy reports a value of the wrong shape, or out of the dtype's
    # range, before an index out of bounds
    ones = np.ones
    assert assignment_error(np.zeros(1), [-1, 0, -2, -2], ones(2)) == (
        'ValueError', 'shape mismatch: value array of shape (2,) could not '
        'be broadcast to indexing result of shape (4,)')
    assert assignment_error(np.zeros(0), np.array([0]), ones(0)) == (
        'ValueError', 'shape mismatch: value array of shape (0,) could not '
        'be broadcast to indexing result of shape (1,)')
    assert assignment_error(np.zeros(3), [5], ones(2)) == (
        'ValueError', 'shape mismatch: value array of shape (2,) could not '
        'be broadcast to indexing result of shape (1,)')
    assert assignment_error(np.zeros(2, np.int32), [-2, -2, 2],
                            1099511627776) == (
        'OverflowError', 'Python integer 1099511627776 out of bounds for '
        'int32')
    assert assignment_error(np.zeros(3), [5], ones(1)) == (
        'IndexError', 'index 5 is out of bounds for axis 0 with size 3')


def test_mask_assignment_to_0d_arrays():
    message = ('NumPy boolean array indexing assignment cannot assign 2 '
               'input values to the %d output values where the mask is true')
    for mask, count in [(np.array(False), 0), (np.array(True), 1),
                        (False, 0), (True, 1)]:
        assert assignment_error(np.array(-19), mask, np.ones(2)) == (
            'ValueError', message % count)
    a = np.array(-19)
    a[np.array(True)] = np.ones(1)
    a[False] = 5
    assert a == 1
