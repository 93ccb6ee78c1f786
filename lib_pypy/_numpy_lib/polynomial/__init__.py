"""numpy.polynomial: power series with their coefficients lowest power
first (the `polynomial` module) and the Polynomial class."""

from . import polynomial
from .polynomial import Polynomial

__all__ = ['polynomial', 'Polynomial']
