"""numpy.polynomial.chebyshev: series of Chebyshev polynomials of the
first kind T_n, as coefficient arrays lowest degree first, and the
Chebyshev class. x T_0 = T_1 and x T_n = (T_(n+1) + T_(n-1)) / 2."""

import numpy as np
from . import polyutils as pu
from ._polybase import ABCPolyBase
from ._series import SeriesBasis, named


def differentiate_once(c):
    """T_n' = 2n (T_(n-1) + T_(n-3) + ...), T_1 counted half."""
    n = len(c) - 1
    der = [None] * n
    for j in range(n, 2, -1):
        der[j - 1] = (2 * j) * c[j]
        c[j - 2] = c[j - 2] + (j * c[j]) / (j - 2)
    if n > 1:
        der[1] = 4 * c[2]
    der[0] = c[1]
    return der


def integrate_once(c):
    """The integral of T_n is T_(n+1) / (2(n+1)) - T_(n-1) / (2(n-1))
    (of T_0, T_1; of T_1, T_2 / 4)."""
    n = len(c)
    integral = [c[0] * 0, c[0]] + [None] * (n - 1)
    if n > 1:
        integral[2] = c[1] / 4
    for j in range(2, n):
        integral[j + 1] = c[j] / (2 * (j + 1))
        integral[j - 1] = integral[j - 1] - c[j] / (2 * (j - 1))
    return integral


CHEBYSHEV = SeriesBasis(up=lambda n: 1 if n == 0 else 0.5,
                        diagonal=lambda n: 0, down=lambda n: 0.5,
                        differentiate_once=differentiate_once,
                        integrate_once=integrate_once, domain=[-1, 1])
globals().update(CHEBYSHEV.functions('cheb',
                                     'numpy.polynomial.chebyshev'))


def point_count(npts, least):
    count = int(npts)
    if count != npts:
        raise ValueError("npts must be integer")
    if count < least:
        raise ValueError("npts must be >= %d" % least)
    return count


def chebpts1(npts):
    """The npts Chebyshev points of the first kind: the zeros of
    T_npts."""
    count = point_count(npts, 1)
    x = 0.5 * np.pi / count * np.arange(-count + 1, count + 1, 2)
    return np.sin(x)


def chebpts2(npts):
    """The npts Chebyshev points of the second kind: the extrema of
    T_(npts-1), -1 and 1 included."""
    count = point_count(npts, 2)
    return np.cos(np.linspace(-np.pi, 0, count))


def chebweight(x):
    return 1. / (np.sqrt(1. + x) * np.sqrt(1. - x))


def chebgauss(deg):
    """The Gauss-Chebyshev quadrature's points and weights."""
    degree = pu._as_int(deg, "deg")
    if degree <= 0:
        raise ValueError("deg must be a positive integer")
    x = np.cos(np.pi * np.arange(1, 2 * degree, 2) / (2.0 * degree))
    w = np.ones(degree) * (np.pi / degree)
    return x, w


def chebinterpolate(func, deg, args=()):
    """The series of degree deg interpolating func(x, *args) at the
    Chebyshev points of the first kind."""
    deg = np.asarray(deg)
    if deg.ndim > 0 or deg.dtype.kind not in 'iu' or deg.size == 0:
        raise TypeError("deg must be an int")
    if deg < 0:
        raise ValueError("expected deg >= 0")
    order = int(deg) + 1
    xcheb = chebpts1(order)
    yfunc = func(xcheb, *args)
    c = np.dot(chebvander(xcheb, int(deg)).T, yfunc)
    c[0] /= order
    c[1:] /= 0.5 * order
    return c


class Chebyshev(ABCPolyBase):
    """A series of Chebyshev polynomials T_n, its argument mapped from
    domain to window first."""
    __module__ = 'numpy.polynomial.chebyshev'       # (its name in NumPy)
    series = CHEBYSHEV
    domain = np.array(CHEBYSHEV.domain)
    window = np.array(CHEBYSHEV.domain)
    basis_name = 'T'

    @classmethod
    def interpolate(cls, func, deg, domain=None, args=()):
        """The series interpolating func(x, *args) over domain."""
        if domain is None:
            domain = cls.domain

        def func_in_window(x):
            return func(pu.mapdomain(x, cls.window, domain), *args)
        return cls(chebinterpolate(func_in_window, deg), domain=domain)


__all__ = sorted(name for name in globals()
                 if name.startswith('cheb') or name == 'poly2cheb') + \
    ['Chebyshev']
