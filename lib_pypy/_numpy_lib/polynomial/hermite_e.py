"""numpy.polynomial.hermite_e: series of the probabilists' Hermite
polynomials He_n, as coefficient arrays lowest degree first, and the
HermiteE class. x He_n = He_(n+1) + n He_(n-1); He_n' = n He_(n-1), the
power basis' rule, and so its integral."""

import numpy as np
from ._polybase import ABCPolyBase
from ._series import SeriesBasis
from . import polynomial

HERMITE_E = SeriesBasis(up=lambda n: 1, diagonal=lambda n: 0,
                        down=lambda n: n,
                        differentiate_once=polynomial.differentiate_once,
                        integrate_once=polynomial.integrate_once,
                        domain=[-1, 1], weight_integral=np.sqrt(2 * np.pi))
globals().update(HERMITE_E.functions('herme',
                                     'numpy.polynomial.hermite_e'))


def hermeweight(x):
    return np.exp(-.5 * x ** 2)


class HermiteE(ABCPolyBase):
    """A series of Hermite polynomials He_n, its argument mapped from
    domain to window first."""
    __module__ = 'numpy.polynomial.hermite_e'       # (its name in NumPy)
    series = HERMITE_E
    domain = np.array(HERMITE_E.domain)
    window = np.array(HERMITE_E.domain)
    basis_name = 'He'


__all__ = sorted(name for name in globals()
                 if name.startswith('herme') or name == 'poly2herme') + \
    ['HermiteE']
