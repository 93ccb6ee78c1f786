"""numpy.polynomial.legendre: series of Legendre polynomials P_n, as
coefficient arrays lowest degree first, and the Legendre class.
x P_n = ((n+1) P_(n+1) + n P_(n-1)) / (2n+1)."""

import numpy as np
from ._polybase import ABCPolyBase
from ._series import SeriesBasis


def differentiate_once(c):
    """P_n' = (2n-1) P_(n-1) + (2n-5) P_(n-3) + ..."""
    n = len(c) - 1
    der = [None] * n
    for j in range(n, 2, -1):
        der[j - 1] = (2 * j - 1) * c[j]
        c[j - 2] = c[j - 2] + c[j]
    if n > 1:
        der[1] = 3 * c[2]
    der[0] = c[1]
    return der


def integrate_once(c):
    """The integral of P_n is (P_(n+1) - P_(n-1)) / (2n+1)."""
    n = len(c)
    integral = [c[0] * 0, c[0]] + [None] * (n - 1)
    if n > 1:
        integral[2] = c[1] / 3
    for j in range(2, n):
        term = c[j] / (2 * j + 1)
        integral[j + 1] = term
        integral[j - 1] = integral[j - 1] - term
    return integral


LEGENDRE = SeriesBasis(up=lambda n: (n + 1) / (2 * n + 1),
                       diagonal=lambda n: 0,
                       down=lambda n: n / (2 * n + 1),
                       differentiate_once=differentiate_once,
                       integrate_once=integrate_once, domain=[-1, 1],
                       weight_integral=2.)
globals().update(LEGENDRE.functions('leg',
                                    'numpy.polynomial.legendre'))


def legweight(x):
    return x * 0.0 + 1.0


class Legendre(ABCPolyBase):
    """A series of Legendre polynomials P_n, its argument mapped from
    domain to window first."""
    __module__ = 'numpy.polynomial.legendre'        # (its name in NumPy)
    series = LEGENDRE
    domain = np.array(LEGENDRE.domain)
    window = np.array(LEGENDRE.domain)
    basis_name = 'P'


__all__ = sorted(name for name in globals()
                 if name.startswith('leg') or name == 'poly2leg') + \
    ['Legendre']
