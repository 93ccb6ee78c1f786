"""np.take / a.take, np.diag, np.diagonal / a.diagonal, np.fill_diagonal."""

import numpy as np
import pytest


def test_take_flat_and_negative():
    a = np.arange(12).reshape(3, 4)
    assert np.take(a, [0, 5, -1]).tolist() == [0, 5, 11]
    assert np.take(a, [[0, 1], [2, 3]]).tolist() == [[0, 1], [2, 3]]
    assert np.take(a, (0, 2)).tolist() == [0, 2]
    assert np.take(a, 5) == 5
    assert a.take([1, 2]).tolist() == [1, 2]


def test_take_axis():
    a = np.arange(12).reshape(3, 4)
    assert np.take(a, [0, 2], axis=0).tolist() == [[0, 1, 2, 3],
                                                   [8, 9, 10, 11]]
    assert np.take(a, [0, -1], axis=1).tolist() == [[0, 3], [4, 7], [8, 11]]
    assert a.take([1, 2], 1).tolist() == [[1, 2], [5, 6], [9, 10]]
    col = np.take(a, 1, axis=1)
    assert col.tolist() == [1, 5, 9]
    assert col.strides == (8,)          # a copy, not a strided view
    col[0] = 100
    assert a[0, 1] == 1


def test_take_out_of_range():
    a = np.arange(12).reshape(3, 4)
    with pytest.raises(IndexError) as info:
        np.take(a, [12])
    assert str(info.value) == "index 12 is out of bounds for axis 0 " \
        "with size 12"
    with pytest.raises(IndexError) as info:
        np.take(a, [-13])
    assert str(info.value) == "index -13 is out of bounds for axis 0 " \
        "with size 12"
    with pytest.raises(IndexError) as info:
        a.take([4], axis=1)
    assert str(info.value) == "index 4 is out of bounds for axis 1 " \
        "with size 4"
    with pytest.raises(IndexError):      # AxisError is one
        np.take(a, [0], axis=2)


def test_take_contiguous_dtypes():
    # a C-contiguous real array and int64 positions: one loop per dtype
    for dtype in [np.float64, np.float32, np.int32, np.uint8, np.bool_]:
        a = (np.arange(10) % 3).astype(dtype)
        r = np.take(a, np.array([[9, -1], [0, 4]]))
        assert r.dtype == a.dtype
        assert r.tolist() == np.array([[0, 0], [0, 1]]).astype(dtype).tolist()
    a = np.arange(6.0).reshape(2, 3)
    assert a.take(np.array([5, -6, 2])).tolist() == [5.0, 0.0, 2.0]
    with pytest.raises(IndexError) as info:
        np.take(np.arange(10.0), np.array([3, 10, 12]))
    assert str(info.value) == "index 10 is out of bounds for axis 0 " \
        "with size 10"
    with pytest.raises(IndexError) as info:
        np.take(np.arange(0.0), [0])
    assert str(info.value) == "cannot do a non-empty take from an empty " \
        "axes."


def test_take_modes_and_index_types():
    assert np.take([1, 2, 3], [5], mode='clip').tolist() == [3]
    assert np.take([1, 2, 3], [5, -4], mode='wrap').tolist() == [3, 3]
    assert np.take([1, 2, 3], [True, False]).tolist() == [2, 1]
    empty = np.take([1, 2, 3], [])
    assert empty.shape == (0,) and empty.dtype == np.int64
    with pytest.raises(ValueError):
        np.take([1, 2, 3], [0], mode='bogus')


def test_diag_from_vector():
    assert np.diag([1, 2, 3]).tolist() == [[1, 0, 0], [0, 2, 0], [0, 0, 3]]
    assert np.diag([1, 2], k=1).tolist() == [[0, 1, 0], [0, 0, 2],
                                             [0, 0, 0]]
    m = np.diag(np.array([1.5, 2.5]), -2)
    assert m.shape == (4, 4) and m.dtype == np.float64
    assert m[2, 0] == 1.5 and m[3, 1] == 2.5 and m.sum() == 4.0


def test_diag_of_matrix():
    a = np.arange(12).reshape(3, 4)
    assert np.diag(a).tolist() == [0, 5, 10]
    assert np.diag(a, 1).tolist() == [1, 6, 11]
    assert np.diag(a, -2).tolist() == [8]
    assert np.diag(a, 5).tolist() == []
    assert np.diag(a).strides == (40,)
    with pytest.raises(ValueError) as info:
        np.diag(np.ones((2, 2, 2)))
    assert str(info.value) == "Input must be 1- or 2-d."


def test_diagonal():
    a = np.arange(12).reshape(3, 4)
    assert np.diagonal(a, 1).tolist() == [1, 6, 11]
    assert a.diagonal(-1).tolist() == [4, 9]
    assert a.diagonal(offset=2).tolist() == [2, 7]
    b = np.arange(24).reshape(2, 3, 4)
    assert b.diagonal().tolist() == [[0, 16], [1, 17], [2, 18], [3, 19]]
    assert b.diagonal(1, 1, 2).tolist() == [[1, 6, 11], [13, 18, 23]]
    assert b.diagonal(0, 2, 0).tolist() == [[0, 13], [4, 17], [8, 21]]
    with pytest.raises(ValueError) as info:
        np.diagonal([1, 2])
    assert str(info.value) == "diag requires an array of at least two " \
        "dimensions"


def test_fill_diagonal():
    b = np.zeros((3, 4))
    assert np.fill_diagonal(b, 5) is None
    assert b.tolist() == [[5, 0, 0, 0], [0, 5, 0, 0], [0, 0, 5, 0]]
    c = np.zeros((5, 3), int)
    np.fill_diagonal(c, [1, 2])
    assert c.tolist() == [[1, 0, 0], [0, 2, 0], [0, 0, 1], [0, 0, 0],
                          [0, 0, 0]]
    d = np.zeros((7, 3), int)
    np.fill_diagonal(d, 9, wrap=True)
    assert d[:, 0].tolist() == [9, 0, 0, 0, 9, 0, 0]
    assert d.sum() == 54
    e = np.zeros((2, 2, 2), int)
    np.fill_diagonal(e, 4)
    assert e.tolist() == [[[4, 0], [0, 0]], [[0, 0], [0, 4]]]


def test_fill_diagonal_errors():
    with pytest.raises(ValueError) as info:
        np.fill_diagonal(np.zeros((2, 3, 2)), 1)
    assert str(info.value) == "All dimensions of input must be of equal " \
        "length"
    with pytest.raises(ValueError) as info:
        np.fill_diagonal(np.zeros(3), 1)
    assert str(info.value) == "array must be at least 2-d"


def test_take_out_and_lazy_input():
    a = np.arange(6) * 2           # a pending expression in our numpy
    out = np.zeros(3, dtype=np.int64)
    assert np.take(a, [5, 0, 1], out=out) is out
    assert out.tolist() == [10, 0, 2]
    assert np.diag(np.arange(4).reshape(2, 2) + 1).tolist() == [1, 4]
    b = np.ones((2, 2))
    c = b * 3                      # must not see the fill below
    np.fill_diagonal(b, 0)
    assert c.tolist() == [[3, 3], [3, 3]]
    assert b.tolist() == [[0, 1], [1, 0]]
