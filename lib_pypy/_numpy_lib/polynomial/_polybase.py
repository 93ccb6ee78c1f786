"""ABCPolyBase: what the series classes (Polynomial, Chebyshev, Legendre,
Hermite, HermiteE, Laguerre) share, as NumPy's: coefficients in a basis
of functions of the argument mapped from the domain to the window, the
series' functions taken from the class's SeriesBasis."""

import numbers
import numpy as np
from . import polyutils as pu


def as_interval(value, what):
    [value] = pu.as_series([value], trim=False)
    if len(value) != 2:
        raise ValueError("%s has wrong number of elements." % what)
    return value


def rebuild_series(cls, dtype, coef, domain, window, symbol):
    """A pickled series, its arrays sent as lists."""
    return cls(np.array(coef, dtype=dtype), domain, window, symbol)


class ABCPolyBase:
    """A series with its coefficients coef, its argument mapped from the
    interval domain to window first. Subclasses set series (a
    SeriesBasis), domain, window and basis_name."""
    __hash__ = None
    __array_ufunc__ = None      # an ndarray operand defers to the series
    maxpower = 100
    use_unicode = True      # numpy.polynomial.set_default_printstyle's
    series = None
    domain = None
    window = None
    basis_name = None

    def __init__(self, coef, domain=None, window=None, symbol='x'):
        [self.coef] = pu.as_series([coef], trim=False)
        if domain is not None:
            self.domain = as_interval(domain, "Domain")
        if window is not None:
            self.window = as_interval(window, "Window")
        try:
            if not symbol.isidentifier():
                raise ValueError("Symbol string must be a valid Python "
                                 "identifier")
        except AttributeError:
            raise TypeError("Symbol must be a non-empty string") from None
        self._symbol = symbol

    @property
    def symbol(self):
        return self._symbol

    def __reduce__(self):
        # micronumpy's ndarrays neither pickle nor deep-copy: the series'
        # arrays travel as lists, the coefficients with their dtype
        return (rebuild_series, (self.__class__, self.coef.dtype.str,
                                 self.coef.tolist(), self.domain.tolist(),
                                 self.window.tolist(), self.symbol))

    # -- printing -------------------------------------------------------

    def __repr__(self):
        coef = repr(self.coef)[6:-1]
        domain = repr(self.domain)[6:-1]
        window = repr(self.window)[6:-1]
        return "%s(%s, domain=%s, window=%s, symbol='%s')" % (
            type(self).__name__, coef, domain, window, self.symbol)

    def __str__(self):
        if self.use_unicode:
            return self.terms_text(self.unicode_term)
        return self.terms_text(self.ascii_term)

    def __format__(self, fmt_str):
        if fmt_str == '':
            return self.__str__()
        if fmt_str not in ('ascii', 'unicode'):
            raise ValueError("Unsupported format string '%s' passed to %s."
                             "__format__. Valid options are 'ascii' and "
                             "'unicode'" % (fmt_str, self.__class__))
        if fmt_str == 'ascii':
            return self.terms_text(self.ascii_term)
        return self.terms_text(self.unicode_term)

    @classmethod
    def unicode_term(cls, power, arg):
        return "\u00b7%s%s(%s)" % (cls.basis_name,
                                   power.translate(pu.SUBSCRIPTS), arg)

    @classmethod
    def ascii_term(cls, power, arg):
        return " %s_%s(%s)" % (cls.basis_name, power, arg)

    def terms_text(self, term_text):
        """The series term by term, wrapped at the print options'
        linewidth as NumPy's."""
        linewidth = max(np.get_printoptions().get('linewidth', 75), 1)
        out = pu.format_float(self.coef[0])
        off, scale = self.mapparms()
        symbol = self.mapped_symbol(off, scale)
        terms = self.coef[1:]
        for i, coef in enumerate(terms):
            out += " "
            try:
                if coef >= 0:
                    term = "+ " + pu.format_float(coef, parens=True)
                else:
                    term = "- " + pu.format_float(-coef, parens=True)
            except TypeError:       # complex coefficients do not compare
                term = "+ %s" % (coef,)
            term += term_text(str(i + 1), symbol)
            line_length = len(out.split('\n')[-1]) + len(term)
            if i < len(terms) - 1:
                line_length += 2        # the sign of the next term
            if line_length >= linewidth:
                term = term.replace(" ", "\n", 1)
            out += term
        return out

    def mapped_symbol(self, off, scale):
        """The symbol mapped from the domain to the window, off + scale*x
        (in parentheses unless it is the symbol alone)."""
        if off == 0 and scale == 1:
            return self.symbol
        if scale == 1:
            term = "%s + %s" % (pu.format_float(off), self.symbol)
        elif off == 0:
            term = "%s%s" % (pu.format_float(scale), self.symbol)
        else:
            term = "%s + %s%s" % (pu.format_float(off),
                                  pu.format_float(scale), self.symbol)
        return '(' + term + ')'

    # -- the series as a function -----------------------------------------

    def __len__(self):
        return len(self.coef)

    def __iter__(self):
        return iter(self.coef)

    def __call__(self, arg):
        """The series at arg; at a series, the composition (a series in
        arg's argument)."""
        if isinstance(arg, ABCPolyBase):
            off, scl = self.mapparms()
            return self.series.val(arg * scl + off, self.coef)
        return self.series.val(pu.mapdomain(arg, self.domain, self.window),
                               self.coef)

    def mapparms(self):
        return pu.mapparms(self.domain, self.window)

    def degree(self):
        return len(self) - 1

    def has_samecoef(self, other):
        return len(self.coef) == len(other.coef) and \
            np.all(self.coef == other.coef)

    def has_samedomain(self, other):
        return np.all(self.domain == other.domain)

    def has_samewindow(self, other):
        return np.all(self.window == other.window)

    def has_sametype(self, other):
        return isinstance(other, self.__class__)

    def copy(self):
        return self.new_like(self.coef)

    def new_like(self, coef):
        """A series of this class, domain, window and symbol."""
        return self.__class__(coef, self.domain, self.window, self.symbol)

    def deriv(self, m=1):
        off, scl = self.mapparms()
        return self.new_like(self.series.der(self.coef, m, scl))

    def integ(self, m=1, k=[], lbnd=None):
        off, scl = self.mapparms()
        lbnd = 0 if lbnd is None else off + scl * lbnd
        return self.new_like(self.series.int(self.coef, m, k, lbnd,
                                             1. / scl))

    def roots(self):
        return pu.mapdomain(self.series.roots(self.coef), self.window,
                            self.domain)

    def linspace(self, n=100, domain=None):
        """(x, self(x)) at n points evenly spaced over domain (self's)."""
        if domain is None:
            domain = self.domain
        x = np.linspace(domain[0], domain[1], n)
        return x, self(x)

    def trim(self, tol=0):
        return self.new_like(pu.trimcoef(self.coef, tol))

    def cutdeg(self, deg):
        return self.truncate(deg + 1)

    def truncate(self, size):
        whole = int(size)
        if whole != size or whole < 1:
            raise ValueError("size must be a positive integer")
        return self.new_like(self.coef[:whole])

    def convert(self, domain=None, kind=None, window=None):
        """The same function as a series of kind (this class) with the
        given domain and window (kind's by default)."""
        if kind is None:
            kind = self.__class__
        domain, window = kind.domain_and_window(domain, window)
        return self(kind.identity(domain, window=window, symbol=self.symbol))

    # -- constructors -----------------------------------------------------

    @classmethod
    def domain_and_window(cls, domain, window):
        """domain and window, the class's where None."""
        return (cls.domain if domain is None else domain,
                cls.window if window is None else window)

    @classmethod
    def fit(cls, x, y, deg, domain=None, rcond=None, full=False, w=None,
            window=None, symbol='x'):
        """The least-squares fit, computed in the window: domain defaults
        to the interval x spans (widened by 1 each side if a point)."""
        if domain is None:
            domain = pu.getdomain(x)
            if domain[0] == domain[1]:
                domain[0] -= 1
                domain[1] += 1
        elif type(domain) is list and len(domain) == 0:
            domain = None       # the class's
        domain, window = cls.domain_and_window(domain, window)
        xnew = pu.mapdomain(x, domain, window)
        result = cls.series.fit(xnew, y, deg, w=w, rcond=rcond, full=full)
        if full:
            coef, status = result
            return cls(coef, domain=domain, window=window,
                       symbol=symbol), status
        return cls(result, domain=domain, window=window, symbol=symbol)

    @classmethod
    def fromroots(cls, roots, domain=[], window=None, symbol='x'):
        [roots] = pu.as_series([roots], trim=False)
        if domain is None:
            domain = pu.getdomain(roots)
        elif type(domain) is list and len(domain) == 0:
            domain = None       # the class's
        domain, window = cls.domain_and_window(domain, window)
        off, scl = pu.mapparms(domain, window)
        coef = cls.series.fromroots(off + scl * roots) / scl ** len(roots)
        return cls(coef, domain=domain, window=window, symbol=symbol)

    @classmethod
    def identity(cls, domain=None, window=None, symbol='x'):
        domain, window = cls.domain_and_window(domain, window)
        off, scl = pu.mapparms(window, domain)
        return cls(cls.series.line(off, scl), domain, window, symbol)

    @classmethod
    def basis(cls, deg, domain=None, window=None, symbol='x'):
        domain, window = cls.domain_and_window(domain, window)
        degree = int(deg)
        if degree != deg or degree < 0:
            raise ValueError("deg must be non-negative integer")
        return cls([0] * degree + [1], domain, window, symbol)

    @classmethod
    def cast(cls, series, domain=None, window=None):
        domain, window = cls.domain_and_window(domain, window)
        return series.convert(domain, cls, window)

    # -- arithmetic -------------------------------------------------------

    def other_coef(self, other):
        """other's coefficients for arithmetic with self: a series' (of
        the same class, domain, window and symbol), or other itself."""
        if isinstance(other, ABCPolyBase):
            if not isinstance(other, self.__class__):
                raise TypeError("Polynomial types differ")
            if not self.has_samedomain(other):
                raise TypeError("Domains differ")
            if not self.has_samewindow(other):
                raise TypeError("Windows differ")
            if self.symbol != other.symbol:
                raise ValueError("Polynomial symbols differ")
            return other.coef
        return other

    def combined(self, operation, first, second):
        """operation's series from the two coefficient operands, or
        NotImplemented where they are not series coefficients."""
        try:
            coef = operation(first, second)
        except Exception:
            return NotImplemented
        return self.new_like(coef)

    def __add__(self, other):
        return self.combined(self.series.add, self.coef,
                             self.other_coef(other))

    def __sub__(self, other):
        return self.combined(self.series.sub, self.coef,
                             self.other_coef(other))

    def __mul__(self, other):
        return self.combined(self.series.mul, self.coef,
                             self.other_coef(other))

    def __radd__(self, other):
        return self.combined(self.series.add, other, self.coef)

    def __rsub__(self, other):
        return self.combined(self.series.sub, other, self.coef)

    def __rmul__(self, other):
        return self.combined(self.series.mul, other, self.coef)

    def divided(self, dividend, divisor):
        try:
            quotient, remainder = self.series.div(dividend, divisor)
        except ZeroDivisionError:
            raise
        except Exception:
            return NotImplemented
        return self.new_like(quotient), self.new_like(remainder)

    def __divmod__(self, other):
        return self.divided(self.coef, self.other_coef(other))

    def __rdivmod__(self, other):
        return self.divided(other, self.coef)

    def __floordiv__(self, other):
        result = self.__divmod__(other)
        return result if result is NotImplemented else result[0]

    def __mod__(self, other):
        result = self.__divmod__(other)
        return result if result is NotImplemented else result[1]

    def __rfloordiv__(self, other):
        result = self.__rdivmod__(other)
        return result if result is NotImplemented else result[0]

    def __rmod__(self, other):
        result = self.__rdivmod__(other)
        return result if result is NotImplemented else result[1]

    def __truediv__(self, other):
        # only a number divides a series into a series
        if not isinstance(other, numbers.Number) or isinstance(other, bool):
            raise TypeError("unsupported types for true division: '%s', "
                            "'%s'" % (type(self), type(other)))
        return self.__floordiv__(other)

    def __rtruediv__(self, other):
        return NotImplemented

    def __neg__(self):
        return self.new_like(-self.coef)

    def __pos__(self):
        return self

    def __pow__(self, power):
        return self.new_like(self.series.pow(self.coef, power,
                                             maxpower=self.maxpower))

    def __eq__(self, other):
        return (isinstance(other, self.__class__) and
                self.has_samedomain(other) and
                self.has_samewindow(other) and
                self.coef.shape == other.coef.shape and
                np.all(self.coef == other.coef) and
                self.symbol == other.symbol)

    def __ne__(self, other):
        return not self.__eq__(other)
