"""np.lib functions that build or rearrange arrays (lib_pypy/_numpy_lib):
pad, meshgrid, mgrid, ogrid, indices, flip, rot90, roll, tri/tril/triu, diff,
ediff1d, fromfunction, fromiter, and `from numpy import` of them."""

import numpy as np
import pytest


def test_from_numpy_import_and_unknown_name():
    from numpy import meshgrid, pad
    assert callable(meshgrid) and callable(pad)
    with pytest.raises(AttributeError, match="module 'numpy' has no "
                       "attribute 'no_such_function'"):
        np.no_such_function
    assert not hasattr(np, 'no_such_function')


def test_pad_constant_edge():
    a = np.array([[1, 2], [3, 4]])
    assert np.pad(a, 1).tolist() == [[0, 0, 0, 0], [0, 1, 2, 0],
                                     [0, 3, 4, 0], [0, 0, 0, 0]]
    assert np.pad(a, ((0, 1), (2, 0)), constant_values=9).tolist() == \
        [[9, 9, 1, 2], [9, 9, 3, 4], [9, 9, 9, 9]]
    assert np.pad([1, 2, 3], (2, 1), 'edge').tolist() == [1, 1, 1, 2, 3, 3]
    assert np.pad(a, 1).dtype == a.dtype


def test_pad_reflect_symmetric_wrap():
    assert np.pad([1, 2, 3], 5, 'reflect').tolist() == \
        [2, 1, 2, 3, 2, 1, 2, 3, 2, 1, 2, 3, 2]
    assert np.pad([1, 2, 3], 5, 'symmetric').tolist() == \
        [2, 3, 3, 2, 1, 1, 2, 3, 3, 2, 1, 1, 2]
    assert np.pad([1, 2, 3], (2, 4), 'wrap').tolist() == \
        [2, 3, 1, 2, 3, 1, 2, 3, 1]
    assert np.pad([1, 2, 3], 2, 'reflect', reflect_type='odd').tolist() == \
        [-1, 0, 1, 2, 3, 4, 5]


def test_pad_statistics_and_ramp():
    assert np.pad([1, 2, 6], 2, 'maximum').tolist() == [6, 6, 1, 2, 6, 6, 6]
    assert np.pad([1, 2, 6], 1, 'minimum').tolist() == [1, 1, 2, 6, 1]
    assert np.pad([1., 2., 6.], 1, 'mean').tolist() == [3., 1., 2., 6., 3.]
    assert np.pad([1, 2, 6], 1, 'median').tolist() == [2, 1, 2, 6, 2]
    assert np.pad([1, 2, 6], (1, 1), 'mean', stat_length=2).tolist() == \
        [2, 1, 2, 6, 4]
    assert np.pad([1., 5.], (2, 2), 'linear_ramp',
                  end_values=(5, -3)).tolist() == \
        [5., 3., 1., 5., 1., -3.]


def test_pad_errors():
    with pytest.raises(ValueError, match="mode 'foo' is not supported"):
        np.pad([1], 1, mode='foo')
    with pytest.raises(ValueError, match="unsupported keyword arguments "
                       "for mode 'edge'"):
        np.pad([1], 1, mode='edge', constant_values=3)
    with pytest.raises(ValueError, match="index can't contain negative "
                       "values"):
        np.pad([1], -1)


def test_meshgrid():
    x, y = np.meshgrid([1, 2, 3], [4, 5])
    assert x.tolist() == [[1, 2, 3], [1, 2, 3]]
    assert y.tolist() == [[4, 4, 4], [5, 5, 5]]
    i, j = np.meshgrid([1, 2, 3], [4, 5], indexing='ij')
    assert i.shape == (3, 2) and j.tolist() == [[4, 5], [4, 5], [4, 5]]
    sx, sy = np.meshgrid([1, 2, 3], [4, 5], sparse=True)
    assert sx.shape == (1, 3) and sy.shape == (2, 1)
    with pytest.raises(ValueError, match="Valid values for `indexing`"):
        np.meshgrid([1], indexing='xx')


def test_mgrid_ogrid():
    g = np.mgrid[0:2, 0:3]
    assert g.shape == (2, 2, 3)
    assert g[0].tolist() == [[0, 0, 0], [1, 1, 1]]
    assert g[1].tolist() == [[0, 1, 2], [0, 1, 2]]
    assert np.mgrid[0:1:5j].tolist() == [0.0, 0.25, 0.5, 0.75, 1.0]
    assert np.mgrid[0:4:2].tolist() == [0, 2]
    o = np.ogrid[0:2, 0:3]
    assert o[0].shape == (2, 1) and o[1].shape == (1, 3)
    assert np.mgrid[0:1:0.5, 0:2].dtype == np.float64


def test_flip_rot90():
    a = np.arange(6).reshape(2, 3)
    assert np.flip(a).tolist() == [[5, 4, 3], [2, 1, 0]]
    assert np.flip(a, 0).tolist() == [[3, 4, 5], [0, 1, 2]]
    assert np.fliplr(a).tolist() == [[2, 1, 0], [5, 4, 3]]
    assert np.flipud(a).tolist() == [[3, 4, 5], [0, 1, 2]]
    assert np.rot90(a).tolist() == [[2, 5], [1, 4], [0, 3]]
    assert np.rot90(a, 2).tolist() == [[5, 4, 3], [2, 1, 0]]
    assert np.rot90(a, -1).tolist() == [[3, 0], [4, 1], [5, 2]]
    with pytest.raises(ValueError, match="Input must be >= 2-d."):
        np.fliplr([1, 2])
    with pytest.raises(ValueError, match="Axes must be different."):
        np.rot90(a, axes=(0, 0))


def test_roll():
    assert np.roll(np.arange(5), 2).tolist() == [3, 4, 0, 1, 2]
    assert np.roll(np.arange(5), -1).tolist() == [1, 2, 3, 4, 0]
    a = np.arange(6).reshape(2, 3)
    assert np.roll(a, 1).tolist() == [[5, 0, 1], [2, 3, 4]]
    assert np.roll(a, 1, axis=1).tolist() == [[2, 0, 1], [5, 3, 4]]
    assert np.roll(a, (1, 1), axis=(0, 1)).tolist() == [[5, 3, 4], [2, 0, 1]]


def test_tri_tril_triu():
    assert np.tri(3, 2, dtype=int).tolist() == [[1, 0], [1, 1], [1, 1]]
    assert np.tri(2).dtype == np.float64
    a = np.arange(1, 10).reshape(3, 3)
    assert np.tril(a).tolist() == [[1, 0, 0], [4, 5, 0], [7, 8, 9]]
    assert np.triu(a, 1).tolist() == [[0, 2, 3], [0, 0, 6], [0, 0, 0]]
    assert np.tril(a, -1).tolist() == [[0, 0, 0], [4, 0, 0], [7, 8, 0]]


def test_diff_ediff1d():
    assert np.diff([1, 4, 9, 16]).tolist() == [3, 5, 7]
    assert np.diff([1, 4, 9, 16], n=2).tolist() == [2, 2]
    a = np.array([[1, 3, 6], [0, 5, 9]])
    assert np.diff(a, axis=0).tolist() == [[-1, 2, 3]]
    assert np.diff([1, 2], prepend=0, append=5).tolist() == [1, 1, 3]
    assert np.diff([True, False, False]).tolist() == [True, False]
    assert np.ediff1d([1, 2, 4], to_begin=-9, to_end=[7, 8]).tolist() == \
        [-9, 1, 2, 7, 8]
    with pytest.raises(ValueError, match="order must be non-negative"):
        np.diff([1, 2], n=-1)
    with pytest.raises(ValueError, match="at least one dimensional"):
        np.diff(np.array(3))


def test_indices():
    grid = np.indices((2, 3))
    assert grid.dtype == np.int64
    assert repr(grid) == ('array([[[0, 0, 0],\n        [1, 1, 1]],\n\n'
                          '       [[0, 1, 2],\n        [0, 1, 2]]])')
    rows, columns = np.indices((2, 3), sparse=True)
    assert rows.tolist() == [[0], [1]] and columns.tolist() == [[0, 1, 2]]
    assert repr(np.indices((2,), dtype=float)) == 'array([[0., 1.]])'
    assert repr(np.indices(())) == 'array([], dtype=int64)'
    assert np.indices([0, 2]).shape == (2, 0, 2)
    a = np.arange(6).reshape(2, 3)
    assert (a[tuple(np.indices(a.shape))] == a).all()


def test_fromfunction_fromiter():
    a = np.fromfunction(lambda i, j: i * 10 + j, (2, 3), dtype=int)
    assert a.tolist() == [[0, 1, 2], [10, 11, 12]]
    assert np.fromfunction(lambda i: i, (3,)).dtype == np.float64
    assert np.fromiter((x * x for x in range(4)), dtype=int).tolist() == \
        [0, 1, 4, 9]
    assert np.fromiter(iter(range(10)), float, count=3).tolist() == \
        [0., 1., 2.]
    with pytest.raises(ValueError, match="iterator too short"):
        np.fromiter(iter([1, 2]), int, count=5)
