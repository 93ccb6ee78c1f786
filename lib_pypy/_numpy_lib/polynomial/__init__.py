"""numpy.polynomial: series as coefficient arrays, lowest degree first,
in the power basis (the `polynomial` module) and in the Chebyshev,
Legendre, Hermite, HermiteE and Laguerre bases, each module with its
series class."""

from . import polyutils, _polybase
from . import polynomial, chebyshev, legendre, hermite, hermite_e, laguerre
from .polynomial import Polynomial
from .chebyshev import Chebyshev
from .legendre import Legendre
from .hermite import Hermite
from .hermite_e import HermiteE
from .laguerre import Laguerre


def set_default_printstyle(style):
    """How str() shows a series' terms: 'unicode' (T₂(x), x²) or
    'ascii' (T_2(x), x**2)."""
    if style not in ('unicode', 'ascii'):
        raise ValueError("Unsupported format string '%s'. Valid options "
                         "are 'ascii' and 'unicode'" % (style,))
    _polybase.ABCPolyBase.use_unicode = style == 'unicode'


__all__ = ['set_default_printstyle', 'polynomial', 'Polynomial',
           'chebyshev', 'Chebyshev', 'legendre', 'Legendre', 'hermite',
           'Hermite', 'hermite_e', 'HermiteE', 'laguerre', 'Laguerre']
