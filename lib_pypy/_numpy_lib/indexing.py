"""Flat and multi-dimensional indices, and writing through them:
unravel_index, ravel_multi_index, ndindex, ndenumerate, put, place,
partition, argpartition."""

import itertools
import numpy as np
from ._axes import normalize_axis


def index_strides(shape, order):
    """The flat-index step of each axis of shape in C or F order."""
    if order not in ('C', 'F'):
        raise ValueError("only 'C' or 'F' order is permitted")
    strides = []
    step = 1
    axes = range(len(shape) - 1, -1, -1) if order == 'C' else range(
        len(shape))
    for axis in axes:
        strides.append((axis, step))
        step *= shape[axis]
    return [s for _, s in sorted(strides)], step


def unravel_index(indices, shape, order='C'):
    shape = (shape,) if np.ndim(shape) == 0 else tuple(int(n) for n in shape)
    indices = np.asarray(indices)
    if indices.dtype.kind not in 'biu':
        raise TypeError("only int indices permitted")
    strides, size = index_strides(shape, order)
    if indices.size:
        bad = indices[(indices < 0) | (indices >= size)]
        if bad.size:
            raise ValueError("index %d is out of bounds for array with "
                             "size %d" % (bad.ravel()[0], size))
    indices = indices.astype(np.int64)
    result = tuple((indices // stride) % n
                   for stride, n in zip(strides, shape))
    return tuple(r[()] if r.ndim == 0 else r for r in result)


def ravel_multi_index(multi_index, dims, mode='raise', order='C'):
    dims = tuple(int(n) for n in dims)
    if len(multi_index) != len(dims):
        raise ValueError("parameter multi_index must be a sequence of "
                         "length %d" % len(dims))
    modes = [mode] * len(dims) if isinstance(mode, str) else list(mode)
    strides, _ = index_strides(dims, order)
    total = None
    for index, n, stride, axis_mode in zip(multi_index, dims, strides,
                                           modes):
        index = np.asarray(index)
        if index.dtype.kind not in 'biu':
            raise TypeError("only int indices permitted")
        index = index.astype(np.int64)
        if axis_mode == 'wrap':
            index = index % n
        elif axis_mode == 'clip':
            index = np.clip(index, 0, n - 1)
        elif axis_mode != 'raise':
            raise ValueError("clipmode must be one of 'clip', 'raise', or "
                             "'wrap'")
        elif index.size and ((index < 0) | (index >= n)).any():
            raise ValueError("invalid entry in coordinates array")
        total = index * stride if total is None else total + index * stride
    return total[()] if total.ndim == 0 else total


class ndindex:
    """The index tuples of an array of this shape, in C order."""

    def __init__(self, *shape):
        if len(shape) == 1 and isinstance(shape[0], tuple):
            shape = shape[0]
        self.shape = tuple(int(n) for n in shape)
        self.indices = itertools.product(*[range(n) for n in self.shape])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.indices)


class ndenumerate:
    """(index tuple, element) pairs of an array, in C order."""

    def __init__(self, arr):
        self.array = np.asarray(arr)
        self.indices = ndindex(self.array.shape)

    def __iter__(self):
        return self

    def __next__(self):
        index = next(self.indices)
        return index, self.array[index]


def write_flat(a, flat_indices, values):
    """a.flat[flat_indices] = values, through a flat copy (micronumpy's
    flat iterator takes only integer indices)."""
    flat = a.ravel().copy()
    flat[flat_indices] = values.astype(a.dtype)
    a[...] = flat.reshape(a.shape)


def put(a, ind, v, mode='raise'):
    if not isinstance(a, np.ndarray):
        raise TypeError("argument 1 must be numpy.ndarray, not %s"
                        % type(a))
    ind = np.asarray(ind).ravel().astype(np.int64)
    values = np.asarray(v).ravel()
    if ind.size == 0:
        return None
    if values.size == 0:
        raise ValueError("cannot replace elements of an empty array" if
                         a.size == 0 else "put: values is empty")
    n = a.size
    if mode == 'wrap':
        ind = ind % n
    elif mode == 'clip':
        ind = np.clip(ind, 0, n - 1)
    else:
        bad = ind[(ind < -n) | (ind >= n)]
        if bad.size:
            raise IndexError("index %d is out of bounds for axis 0 with "
                             "size %d" % (bad[0], n))
        ind = ind % n
    # values repeat to cover the indices; a later index wins
    values = values[np.arange(ind.size) % values.size]
    write_flat(a, ind, values)
    return None


def place(arr, mask, vals):
    if not isinstance(arr, np.ndarray):
        raise TypeError("place() argument 1 must be numpy.ndarray, not %s"
                        % type(arr).__name__)
    mask = np.asarray(mask, dtype=bool).ravel()
    vals = np.asarray(vals).ravel()
    count = int(np.count_nonzero(mask))
    if count and vals.size == 0:
        raise ValueError("Cannot insert from an empty array!")
    if count:
        # values repeat cyclically over the True positions
        write_flat(arr, np.nonzero(mask)[0],
                   vals[np.arange(count) % vals.size])
    return None


def check_kth(a, kth, axis):
    n = a.shape[axis]
    for k in np.atleast_1d(kth).tolist():
        if not -n <= k < n:
            # NumPy reports a negative kth after adding n
            raise ValueError("kth(=%d) out of bounds (%d)"
                             % (k + n if k < 0 else k, n))


def partition(a, kth, axis=-1, kind='introselect', order=None):
    """A sorted copy: sorting is one valid partition (NumPy leaves the
    order on either side of kth unspecified)."""
    a = np.asarray(a)
    if axis is None:
        a, axis = a.ravel(), 0
    axis = normalize_axis(axis, a.ndim)
    check_kth(a, kth, axis)
    return np.sort(a, axis=axis)


def argpartition(a, kth, axis=-1, kind='introselect', order=None):
    a = np.asarray(a)
    if axis is None:
        a, axis = a.ravel(), 0
    axis = normalize_axis(axis, a.ndim)
    check_kth(a, kth, axis)
    return np.argsort(a, axis=axis)
