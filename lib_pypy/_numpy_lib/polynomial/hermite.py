"""numpy.polynomial.hermite: series of the physicists' Hermite
polynomials H_n, as coefficient arrays lowest degree first, and the
Hermite class. x H_n = H_(n+1) / 2 + n H_(n-1), H_n' = 2n H_(n-1)."""

import numpy as np
from ._polybase import ABCPolyBase
from ._series import SeriesBasis
from . import polynomial


def differentiate_once(c):
    return [2 * row for row in polynomial.differentiate_once(c)]


def integrate_once(c):
    """The integral of H_n is H_(n+1) / (2(n+1))."""
    integral = polynomial.integrate_once(c)
    return integral[:1] + [row / 2 for row in integral[1:]]


HERMITE = SeriesBasis(up=lambda n: 0.5, diagonal=lambda n: 0,
                      down=lambda n: n,
                      differentiate_once=differentiate_once,
                      integrate_once=integrate_once, domain=[-1, 1],
                      weight_integral=np.sqrt(np.pi))
globals().update(HERMITE.functions('herm',
                                   'numpy.polynomial.hermite'))


def hermweight(x):
    return np.exp(-x ** 2)


class Hermite(ABCPolyBase):
    """A series of Hermite polynomials H_n, its argument mapped from
    domain to window first."""
    __module__ = 'numpy.polynomial.hermite'         # (its name in NumPy)
    series = HERMITE
    domain = np.array(HERMITE.domain)
    window = np.array(HERMITE.domain)
    basis_name = 'H'


__all__ = sorted(name for name in globals()
                 if name.startswith('herm') or name == 'poly2herm') + \
    ['Hermite']
