"""np.emath: math functions whose real arguments outside the real domain
give complex results (sqrt(-1) = 1j) instead of NaN."""

import numpy as np


def complex_where(x, outside):
    """x as complex when any element is outside the real domain."""
    x = np.asarray(x)
    if x.dtype.kind != 'c' and np.any(outside(x)):
        return x.astype(np.complex128)
    return x


def negative(x):
    return x < 0


def beyond_one(x):
    return np.abs(x) > 1


def sqrt(x):
    return np.sqrt(complex_where(x, negative))


def log(x):
    return np.log(complex_where(x, negative))


def log10(x):
    return np.log10(complex_where(x, negative))


def log2(x):
    x = complex_where(x, negative)
    return np.log2(x) if x.dtype.kind != 'c' else np.log(x) / np.log(2)


def logn(n, x):
    return log(x) / log(n)


def power(x, p):
    x = complex_where(x, negative)
    if x.dtype.kind != 'c' and np.any(np.asarray(p) < 0) and \
            x.dtype.kind in 'biu':
        x = x.astype(np.float64)
    return np.power(x, p)


def arccos(x):
    return np.arccos(complex_where(x, beyond_one))


def arcsin(x):
    return np.arcsin(complex_where(x, beyond_one))


def arctanh(x):
    return np.arctanh(complex_where(x, beyond_one))
