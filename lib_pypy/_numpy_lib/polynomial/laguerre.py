"""numpy.polynomial.laguerre: series of Laguerre polynomials L_n, as
coefficient arrays lowest degree first, and the Laguerre class.
x L_n = -(n+1) L_(n+1) + (2n+1) L_n - n L_(n-1)."""

import numpy as np
from ._polybase import ABCPolyBase
from ._series import SeriesBasis


def differentiate_once(c):
    """L_n' = -(L_(n-1) + L_(n-2) + ... + L_0)."""
    n = len(c) - 1
    der = [None] * n
    for j in range(n, 1, -1):
        der[j - 1] = -c[j]
        c[j - 1] = c[j - 1] + c[j]
    der[0] = -c[1]
    return der


def integrate_once(c):
    """The integral of L_n is L_n - L_(n+1)."""
    n = len(c)
    integral = [c[0], -c[0]] + [None] * (n - 1)
    for j in range(1, n):
        integral[j] = integral[j] + c[j]
        integral[j + 1] = -c[j]
    return integral


LAGUERRE = SeriesBasis(up=lambda n: -(n + 1), diagonal=lambda n: 2 * n + 1,
                       down=lambda n: -n,
                       differentiate_once=differentiate_once,
                       integrate_once=integrate_once, domain=[0, 1],
                       weight_integral=1.)
globals().update(LAGUERRE.functions('lag',
                                    'numpy.polynomial.laguerre'))


def lagweight(x):
    return np.exp(-x)


class Laguerre(ABCPolyBase):
    """A series of Laguerre polynomials L_n, its argument mapped from
    domain to window first."""
    __module__ = 'numpy.polynomial.laguerre'        # (its name in NumPy)
    series = LAGUERRE
    domain = np.array(LAGUERRE.domain)
    window = np.array(LAGUERRE.domain)
    basis_name = 'L'


__all__ = sorted(name for name in globals()
                 if name.startswith('lag') or name == 'poly2lag') + \
    ['Laguerre']
