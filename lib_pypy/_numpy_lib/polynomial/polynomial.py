"""numpy.polynomial.polynomial: power series as coefficient arrays c,
lowest power first (c[i] multiplies x**i), and the Polynomial class.
The power basis is the recurrence x * x**n = x**(n+1); its product,
quotient and companion matrix are the direct ones."""

import numpy as np
from . import polyutils as pu
from ._polybase import ABCPolyBase
from ._series import SeriesBasis, named


def differentiate_once(c):
    """(x**j)' = j x**(j-1)."""
    return [j * c[j] for j in range(1, len(c))]


def integrate_once(c):
    """The integral of x**j is x**(j+1) / (j+1)."""
    return [c[0] * 0] + [c[j] / (j + 1) for j in range(len(c))]


class PowerBasis(SeriesBasis):

    def mul(self, c1, c2):
        [c1, c2] = pu.as_series([c1, c2])
        return pu.trimseq(np.convolve(c1, c2))

    def pow(self, c, pow, maxpower=None):
        return pu._pow(self.mul, c, pow, maxpower)

    def long_division(self, c1, c2):
        """From the highest power, in place."""
        scl = c2[-1]
        divisor = c2[:-1] / scl
        i = len(c1) - len(c2)
        j = len(c1) - 1
        while i >= 0:
            c1[i:j] -= divisor * c1[j]
            i -= 1
            j -= 1
        return c1[j + 1:] / scl, pu.trimseq(c1[:j + 1])

    def companion_matrix(self, c):
        """Ones below the diagonal, the last column -c[:-1] / c[-1]."""
        if len(c) == 2:
            return np.array([[-c[0] / c[1]]])
        n = len(c) - 1
        matrix = np.zeros((n, n), dtype=c.dtype)
        matrix[np.arange(1, n), np.arange(n - 1)] = 1
        matrix[:, -1] -= c[:-1] / c[-1]
        return matrix

    def val(self, x, c, tensor=True):
        """Horner's form c0 + x*(c1 + x*(...)), NumPy's polyval: one
        multiply and one add of arrays per coefficient."""
        x, c = self.val_operands(x, c, tensor)
        value = c[-1] + x * 0
        for i in range(2, len(c) + 1):
            value = c[-i] + value * x
        return value

    def valfromroots(self, x, r, tensor=True):
        """The product of (x - r_i) over the roots r (r's first axis)."""
        r = np.array(r, ndmin=1)
        if r.dtype.kind in 'biu':
            r = r.astype(np.float64)
        if isinstance(x, (tuple, list)):
            x = np.asarray(x)
        if isinstance(x, np.ndarray):
            if tensor:
                r = r.reshape(r.shape + (1,) * x.ndim)
            elif x.ndim >= r.ndim:
                raise ValueError("x.ndim must be < r.ndim when tensor == "
                                 "False")
        return np.prod(x - r, axis=0)


POWER = PowerBasis(up=lambda n: 1, diagonal=lambda n: 0, down=lambda n: 0,
                   differentiate_once=differentiate_once,
                   integrate_once=integrate_once, domain=[-1, 1])
globals().update(POWER.functions('poly',
                                 'numpy.polynomial.polynomial'))
polyvalfromroots = named(POWER.valfromroots, 'polyvalfromroots',
                         'numpy.polynomial.polynomial')


class Polynomial(ABCPolyBase):
    """A power series, its argument mapped from domain to window first."""
    __module__ = 'numpy.polynomial.polynomial'      # (its name in NumPy)
    series = POWER
    domain = np.array(POWER.domain)
    window = np.array(POWER.domain)
    basis_name = None

    @classmethod
    def unicode_term(cls, power, arg):
        if power == '1':
            return "\u00b7%s" % arg
        return "\u00b7%s%s" % (arg, power.translate(pu.SUPERSCRIPTS))

    @classmethod
    def ascii_term(cls, power, arg):
        if power == '1':
            return " %s" % arg
        return " %s**%s" % (arg, power)


__all__ = sorted(name for name in globals() if name.startswith('poly')) + \
    ['Polynomial']
