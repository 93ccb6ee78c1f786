"""A minimal `numpy` for PyPy 7.3.3's built-in `_numpypy` module.

PyPy 2.7 7.3.3 (the bootstrap host) still ships the RPython array module
`_numpypy` (multiarray + umath), but not the pure-Python half of NumPy that
used to sit on top of it. bench/run.py puts this directory on PYTHONPATH for
the "pypy733" system. It only adds the few helpers the benchmark programs
use, each a thin wrapper, so what is timed is _numpypy's own code.
"""
import math as _math

from _numpypy.multiarray import *   # ndarray, array, zeros, empty, arange, dot, where, ...
from _numpypy.umath import *        # the ufuncs: add, exp, sqrt, sin, absolute, ...
from _numpypy.multiarray import dtype, empty, zeros, array

newaxis = None
pi = _math.pi
e = _math.e
inf = float("inf")
nan = float("nan")
abs = absolute
float64 = dtype("float64").type
int64 = dtype("int64").type
bool_ = dtype("bool").type


def full(shape, fill_value, dtype=None):
    a = empty(shape, dtype=dtype)
    a.fill(fill_value)
    return a


def ones(shape, dtype=None):
    return full(shape, 1, dtype)


def zeros_like(a, dtype=None):
    return zeros(a.shape, dtype=dtype or a.dtype)


def ones_like(a, dtype=None):
    return ones(a.shape, dtype=dtype or a.dtype)


def linspace(start, stop, num=50):
    if num == 1:
        return array([float(start)])
    step = (stop - start) / float(num - 1)
    a = arange(num) * step + start
    a[num - 1] = stop
    return a


def eye(n, dtype=None):
    a = zeros((n, n), dtype=dtype)
    for i in range(n):
        a[i, i] = 1
    return a


def asarray(a, dtype=None):
    if isinstance(a, ndarray) and dtype is None:
        return a
    return array(a, dtype=dtype)


def sum(a, axis=None):
    return asarray(a).sum(axis)


def mean(a, axis=None):
    return asarray(a).mean(axis)


def std(a, axis=None):
    return asarray(a).std(axis)


def allclose(a, b, rtol=1e-05, atol=1e-08):
    a, b = asarray(a), asarray(b)
    return bool((absolute(a - b) <= atol + rtol * absolute(b)).all())
