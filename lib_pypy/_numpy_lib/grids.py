"""Coordinate grids: meshgrid, mgrid, ogrid, indices, fromfunction, and
the triangular masks tri, tril, triu."""

import numpy as np


def meshgrid(*xi, copy=True, sparse=False, indexing='xy'):
    if indexing not in ('xy', 'ij'):
        raise ValueError("Valid values for `indexing` are 'xy' and 'ij'.")
    ndim = len(xi)
    ones = (1,) * ndim
    output = [np.asarray(x).reshape(ones[:i] + (-1,) + ones[i + 1:])
              for i, x in enumerate(xi)]
    if indexing == 'xy' and ndim > 1:
        # the first two axes swapped: x varies along columns
        output[0] = output[0].reshape((1, -1) + ones[2:])
        output[1] = output[1].reshape((-1, 1) + ones[2:])
    if not sparse:
        shape = tuple(max(x.shape[i] for x in output) for i in range(ndim))
        output = [np.broadcast_to(x, shape) for x in output]
    if copy or not sparse:
        output = [x.copy() for x in output]
    return tuple(output)


def slice_vector(key):
    """The 1-D coordinates a slice of mgrid/ogrid stands for: a complex
    step is a number of points with the stop included (as linspace)."""
    start = 0 if key.start is None else key.start
    step = 1 if key.step is None else key.step
    if isinstance(step, complex):
        return np.linspace(start, key.stop, int(abs(step)))
    if all(np.asarray(v).dtype.kind in 'biu' for v in (start, key.stop, step)):
        return np.arange(start, key.stop, step)
    return np.arange(start, key.stop, step, dtype=np.float64)


class GridMaker:
    """mgrid (dense) and ogrid (open) index with slices."""

    def __init__(self, sparse):
        self.sparse = sparse

    def __getitem__(self, key):
        if isinstance(key, slice):
            return slice_vector(key)
        vectors = [slice_vector(k) for k in key]
        if any(v.dtype.kind == 'f' for v in vectors):
            vectors = [v.astype(np.float64) for v in vectors]
        grids = meshgrid(*vectors, indexing='ij', sparse=self.sparse)
        if self.sparse:
            return grids
        return np.array(grids)


mgrid = GridMaker(sparse=False)
ogrid = GridMaker(sparse=True)


def indices(dimensions, dtype=int, sparse=False):
    dimensions = tuple(dimensions)
    ones = (1,) * len(dimensions)
    # axis i's coordinates along axis i, of length 1 along the others
    grids = [np.arange(n, dtype=dtype).reshape(ones[:i] + (n,) + ones[i + 1:])
             for i, n in enumerate(dimensions)]
    if sparse:
        return tuple(grids)
    result = np.empty((len(dimensions),) + dimensions, dtype=dtype)
    for i, grid in enumerate(grids):
        result[i] = grid
    return result


def fromfunction(function, shape, *, dtype=float, like=None, **kwargs):
    coordinates = meshgrid(*[np.arange(n, dtype=dtype) for n in shape],
                           indexing='ij')
    return function(*coordinates, **kwargs)


def tri(N, M=None, k=0, dtype=float, *, like=None):
    if M is None:
        M = N
    mask = np.arange(N).reshape(-1, 1) >= np.arange(-k, M - k).reshape(1, -1)
    return mask.astype(dtype)


def tril(m, k=0):
    m = np.asarray(m)
    mask = tri(*m.shape[-2:], k=k, dtype=bool)
    return np.where(mask, m, np.zeros(1, m.dtype))


def triu(m, k=0):
    m = np.asarray(m)
    mask = tri(*m.shape[-2:], k=k - 1, dtype=bool)
    return np.where(mask, np.zeros(1, m.dtype), m)
