"""Calling Python functions over arrays or iterators: vectorize,
apply_along_axis, fromiter. They call the function once per element or
slice, which is what these functions mean."""

import itertools
import numpy as np
from ._axes import normalize_axis
from .indexing import ndindex


def broadcast_shape(shape1, shape2):
    ndim = max(len(shape1), len(shape2))
    shape1 = (1,) * (ndim - len(shape1)) + tuple(shape1)
    shape2 = (1,) * (ndim - len(shape2)) + tuple(shape2)
    result = []
    for n1, n2 in zip(shape1, shape2):
        if n1 != n2 and 1 not in (n1, n2):
            raise ValueError("shape mismatch: objects cannot be broadcast "
                             "to a single shape")
        result.append(n2 if n1 == 1 else n1)
    return tuple(result)


class vectorize:
    def __init__(self, pyfunc=None, otypes=None, doc=None, excluded=None,
                 cache=False, signature=None):
        if signature is not None:
            raise NotImplementedError("vectorize with a signature")
        self.pyfunc = pyfunc
        self.otypes = otypes
        self.excluded = set(excluded or ())
        self.__doc__ = pyfunc.__doc__ if doc is None else doc
        if isinstance(otypes, str):
            self.otypes = list(otypes)

    def __call__(self, *args, **kwargs):
        fixed_kwargs = {k: v for k, v in kwargs.items()
                        if k in self.excluded}
        varying = [(i, a) for i, a in enumerate(args)
                   if i not in self.excluded] + \
            [(k, v) for k, v in kwargs.items() if k not in self.excluded]
        arrays = [np.asarray(a) for _, a in varying]
        shape = ()
        for arr in arrays:
            shape = broadcast_shape(shape, arr.shape)
        flats = [np.broadcast_to(arr, shape).ravel() for arr in arrays]
        outputs = []
        for k in range(int(np.prod(shape))):
            call_args = list(args)
            call_kwargs = dict(fixed_kwargs)
            for (key, _), flat in zip(varying, flats):
                if isinstance(key, int):
                    call_args[key] = flat[k]
                else:
                    call_kwargs[key] = flat[k]
            outputs.append(self.pyfunc(*call_args, **call_kwargs))
        return self.assemble(outputs, shape)

    def assemble(self, outputs, shape):
        if outputs and isinstance(outputs[0], tuple):
            columns = list(zip(*outputs))
            return tuple(self.to_array(list(c), shape, i)
                         for i, c in enumerate(columns))
        return self.to_array(outputs, shape, 0)

    def to_array(self, values, shape, i):
        if self.otypes:
            dtype = np.dtype(self.otypes[i])
        elif values:
            dtype = np.asarray(values[0]).dtype
        else:
            raise ValueError("cannot call `vectorize` on size 0 inputs "
                             "unless `otypes` is set")
        return np.array(values, dtype=dtype).reshape(shape)


def apply_along_axis(func1d, axis, arr, *args, **kwargs):
    arr = np.asarray(arr)
    axis = normalize_axis(axis, arr.ndim)
    outer = arr.shape[:axis] + arr.shape[axis + 1:]
    if any(n == 0 for n in outer):
        raise ValueError("Cannot apply_along_axis when any iteration "
                         "dimensions are 0")
    moved = arr.transpose([i for i in range(arr.ndim) if i != axis] + [axis])
    results = [np.asarray(func1d(moved[index], *args, **kwargs))
               for index in ndindex(outer)]
    stacked = np.array(results).reshape(outer + results[0].shape)
    # the function's result axes go where the consumed axis was
    ndim_out = results[0].ndim
    order = list(range(axis)) + \
        list(range(len(outer), len(outer) + ndim_out)) + \
        list(range(axis, len(outer)))
    return stacked.transpose(order)


def fromiter(iter, dtype, count=-1, *, like=None):
    if count >= 0:
        values = list(itertools.islice(iter, count))
        if len(values) < count:
            raise ValueError("iterator too short: Expected %d but iterator "
                             "had only %d items." % (count, len(values)))
    else:
        values = list(iter)
    return np.array(values, dtype=dtype).reshape(len(values))
