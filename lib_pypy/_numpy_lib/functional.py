"""Calling Python functions over arrays or iterators: vectorize,
frompyfunc, apply_along_axis, fromiter. They call the function once per
element or slice, which is what these functions mean."""

import itertools
import operator
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


def frompyfunc(*args, **kwargs):
    """A ufunc-like object calling args[0] on the elements of its
    broadcast operands (NumPy's builtin argument parsing and messages)."""
    for name in kwargs:
        if name not in ('nin', 'nout', 'identity'):
            raise TypeError("'%s' is an invalid keyword argument for "
                            "frompyfunc()" % name)
    if not args:
        raise TypeError("frompyfunc() takes at least 1 positional argument "
                        "(0 given)")
    if len(args) > 3:
        raise TypeError("frompyfunc() takes at most 3 positional arguments "
                        "(%d given)" % len(args))
    counts = []
    for position, name in ((2, 'nin'), (3, 'nout')):
        if len(args) >= position:
            if name in kwargs:
                raise TypeError("argument for frompyfunc() given by name "
                                "('%s') and position (%d)" % (name, position))
            counts.append(args[position - 1])
        elif name in kwargs:
            counts.append(kwargs[name])
        else:
            raise TypeError("frompyfunc() missing required argument '%s' "
                            "(pos %d)" % (name, position))
    func = args[0]
    if not callable(func):
        raise TypeError("function must be callable")
    return PyFuncUfunc(func, operator.index(counts[0]),
                       operator.index(counts[1]), kwargs.get('identity'))


def ufunc_shape_repr(shape):
    """A shape as NumPy's ufunc messages print it: (2,3), (2,)."""
    if len(shape) == 1:
        return '(%d,)' % shape
    return '(' + ','.join(str(n) for n in shape) + ')'


class PyFuncUfunc:
    """What np.frompyfunc returns. NumPy's results are object arrays;
    without the object dtype they are np.array() of the results (their
    natural dtype); 0-d operands give the function's results themselves,
    as in NumPy."""

    ntypes = 1
    signature = None

    def __init__(self, func, nin, nout, identity):
        self.func = func
        self.nin = nin
        self.nout = nout
        self.nargs = nin + nout
        self.identity = identity
        self.types = ['O' * nin + '->' + 'O' * nout]
        self.__name__ = getattr(func, '__name__', '?') + ' (vectorized)'

    def __repr__(self):
        return "<ufunc '%s'>" % self.__name__

    def __call__(self, *args, out=None):
        if not self.nin <= len(args) <= self.nargs:
            raise TypeError("%s() takes from %d to %d positional arguments "
                            "but %d %s given" % (
                                self.__name__, self.nin, self.nargs,
                                len(args), 'was' if len(args) == 1
                                else 'were'))
        outputs = args[self.nin:]
        if out is not None:
            outputs = out if isinstance(out, tuple) else (out,)
        for output in outputs:
            if output is not None:
                # NumPy's results are objects, which no other dtype takes
                raise TypeError("Cannot cast ufunc '%s' output from "
                                "dtype('O') to dtype('%s') with casting rule "
                                "'same_kind'" % (self.__name__,
                                                 np.asarray(output).dtype))
        operands = [np.asarray(a) for a in args[:self.nin]]
        shape = ()
        for operand in operands:
            try:
                shape = broadcast_shape(shape, operand.shape)
            except ValueError:
                raise ValueError(
                    "operands could not be broadcast together with shapes " +
                    ''.join(ufunc_shape_repr(o.shape) + ' '
                            for o in operands)) from None
        # tolist: the function sees Python scalars, as NumPy's object loop
        columns = [np.broadcast_to(o, shape).ravel().tolist()
                   for o in operands]
        results = [self.func(*values) for values in zip(*columns)]
        if shape == ():
            return results[0]
        if self.nout == 1:
            return np.array(results).reshape(shape)
        return tuple(np.array([r[i] for r in results]).reshape(shape)
                     for i in range(self.nout))


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
