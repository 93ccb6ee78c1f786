"""numpy.polynomial.polynomial: power series as coefficient arrays c,
lowest power first (c[i] multiplies x**i), as NumPy's functions compute
them (one-dimensional coefficients), and the Polynomial class, whose
argument is mapped from its domain to its window first."""

import numbers
import operator
import numpy as np
from .. import polynomial_impl

__all__ = ['polyval', 'polyfit', 'polyder', 'polyint', 'polyroots',
           'polycompanion', 'polyadd', 'polysub', 'polymul', 'polydiv',
           'polyfromroots', 'polyvander', 'polyline', 'polyzero',
           'polyone', 'polyx', 'polydomain', 'polytrim', 'Polynomial']

polyzero = np.array([0])
polyone = np.array([1])
polyx = np.array([0, 1])
polydomain = np.array([-1., 1.])


def as_float_series(c, trim=False):
    """c as a 1-d array of at least float64's kind (NumPy's as_series:
    integers and bools become float64), trailing zeros dropped if trim."""
    c = np.asarray(c)
    if c.ndim == 0:
        c = c.reshape(1)
    if c.ndim != 1:
        raise ValueError("Coefficient array is not 1-d")
    if c.size == 0:
        raise ValueError("Coefficient array is empty")
    if c.dtype.kind not in 'fc':
        c = c.astype(np.float64)
    else:
        c = c.copy()
    return trimseq(c) if trim else c


def trimseq(c):
    """c without its trailing zeros (one element kept)."""
    end = len(c)
    while end > 1 and c[end - 1] == 0:
        end -= 1
    return c[:end]


def polytrim(c, tol=0):
    """c without its trailing coefficients of absolute value <= tol."""
    if tol < 0:
        raise ValueError("tol must be non-negative")
    c = as_float_series(c)
    kept = np.nonzero(np.abs(c) > tol)[0]
    if len(kept) == 0:
        return c[:1] * 0
    return c[:int(kept[-1]) + 1].copy()


def common_series(c1, c2):
    """Both series, trimmed, in their common type."""
    c1 = as_float_series(c1, trim=True)
    c2 = as_float_series(c2, trim=True)
    dtype = np.result_type(c1, c2)
    return c1.astype(dtype), c2.astype(dtype)


def polyline(off, scl):
    if scl != 0:
        return np.array([off, scl])
    return np.array([off])


def polyval(x, c, tensor=True):
    """c's polynomial at x, by Horner's scheme."""
    c = np.asarray(c)
    if c.ndim == 0:
        c = c.reshape(1)
    if c.dtype.kind in 'biu':
        c = c + 0.0
    if isinstance(x, (tuple, list)):
        x = np.asarray(x)
    if isinstance(x, np.ndarray) and tensor:
        c = c.reshape(c.shape + (1,) * x.ndim)
    c0 = c[-1] + x * 0
    for i in range(2, len(c) + 1):
        c0 = c[-i] + c0 * x
    return c0


def polyvander(x, deg):
    """x's powers 0 to deg, along a last axis."""
    degree = order_of(deg, "deg")
    if degree < 0:
        raise ValueError("deg must be non-negative")
    x = np.asarray(x) + 0.0
    if x.ndim == 0:
        x = x.reshape(1)
    powers = np.empty((degree + 1,) + x.shape, dtype=x.dtype)
    powers[0] = x * 0 + 1
    if degree > 0:
        powers[1] = x
        for i in range(2, degree + 1):
            powers[i] = powers[i - 1] * x
    return np.moveaxis(powers, 0, -1)


def order_of(value, what):
    """An int order (of derivation, of integration) as NumPy takes it."""
    try:
        return operator.index(value)
    except TypeError as e:
        raise TypeError("%s must be an integer, received %s" % (
            what, value)) from e


def float_coefficients(c):
    """A copy of c, at least 1-d (the coefficients along its first axis),
    integers and bools as float64."""
    c = np.asarray(c)
    if c.ndim == 0:
        c = c.reshape(1)
    if c.dtype.kind in 'biu':
        return c + 0.0
    return c.copy()


def polyder(c, m=1, scl=1, axis=0):
    """The m-th derivative of c, each one multiplied by scl."""
    c = float_coefficients(c)
    count = order_of(m, "the order of derivation")
    if count < 0:
        raise ValueError("The order of derivation must be non-negative")
    if axis != 0:
        raise NotImplementedError("polyder: axis other than 0")
    if count == 0:
        return c
    n = len(c)
    if count >= n:
        return c[:1] * 0
    for i in range(count):
        n -= 1
        c = c * scl
        c = c[1:n + 1] * np.arange(1, n + 1)
    return c


def polyint(c, m=1, k=[], lbnd=0, scl=1, axis=0):
    """The m-th integral of c, the i-th one's value at lbnd being k[i]
    (0 where k is short), each multiplied by scl."""
    c = float_coefficients(c)
    if not np.iterable(k):
        k = [k]
    count = order_of(m, "the order of integration")
    if count < 0:
        raise ValueError("The order of integration must be non-negative")
    if len(k) > count:
        raise ValueError("Too many integration constants")
    if np.ndim(lbnd) != 0:
        raise ValueError("lbnd must be a scalar.")
    if np.ndim(scl) != 0:
        raise ValueError("scl must be a scalar.")
    if axis != 0:
        raise NotImplementedError("polyint: axis other than 0")
    k = list(k) + [0] * (count - len(k))
    for i in range(count):
        n = len(c)
        c = c * scl
        if n == 1 and np.all(c[0] == 0):
            c[0] += k[i]
        else:
            integral = np.empty(n + 1, c.dtype)
            integral[0] = c[0] * 0
            integral[1:] = c / np.arange(1, n + 1)
            integral[0] += k[i] - polyval(lbnd, integral)
            c = integral
    return c


def polyadd(c1, c2):
    c1, c2 = common_series(c1, c2)
    if len(c1) < len(c2):
        c1, c2 = c2, c1
    result = c1.copy()
    result[:len(c2)] += c2
    return trimseq(result)


def polysub(c1, c2):
    c1, c2 = common_series(c1, c2)
    if len(c1) >= len(c2):
        result = c1.copy()
        result[:len(c2)] -= c2
    else:
        result = -c2
        result[:len(c1)] += c1
    return trimseq(result)


def polymul(c1, c2):
    c1, c2 = common_series(c1, c2)
    return trimseq(np.convolve(c1, c2))


def polydiv(c1, c2):
    """(quotient, remainder) of the series c1 by c2, by long division
    from the highest power."""
    c1, c2 = common_series(c1, c2)
    if c2[-1] == 0:
        raise ZeroDivisionError
    if len(c1) < len(c2):
        return c1[:1] * 0, c1
    if len(c2) == 1:
        return c1 / c2[-1], c1[:1] * 0
    scl = c2[-1]
    divisor = c2[:-1] / scl
    i = len(c1) - len(c2)
    j = len(c1) - 1
    while i >= 0:
        c1[i:j] -= divisor * c1[j]
        i -= 1
        j -= 1
    return c1[j + 1:] / scl, trimseq(c1[:j + 1])


def polyfromroots(roots):
    """The monic series whose roots are the given ones: the factors
    (x - r), the roots sorted, multiplied pairwise as NumPy does."""
    roots = as_float_series(roots) if len(roots) else roots
    if len(roots) == 0:
        return np.ones(1)
    roots = np.sort(roots)
    factors = [polyline(-r, 1) for r in roots]
    n = len(factors)
    while n > 1:
        half, odd = divmod(n, 2)
        products = [polymul(factors[i], factors[i + half])
                    for i in range(half)]
        if odd:
            products[0] = polymul(products[0], factors[-1])
        factors = products
        n = half
    return factors[0]


def polycompanion(c):
    """The companion matrix of c: ones below the diagonal, the last
    column -c[:-1] / c[-1]."""
    c = as_float_series(c, trim=True)
    if len(c) < 2:
        raise ValueError("Series must have maximum degree of at least 1.")
    if len(c) == 2:
        return np.array([[-c[0] / c[1]]])
    n = len(c) - 1
    matrix = np.zeros((n, n), dtype=c.dtype)
    matrix[np.arange(1, n), np.arange(n - 1)] = 1
    matrix[:, -1] -= c[:-1] / c[-1]
    return matrix


def polyroots(c):
    """The roots of c, sorted: the eigenvalues of its companion matrix,
    rotated as NumPy's (which reduces the error)."""
    c = as_float_series(c, trim=True)
    if len(c) < 2:
        return np.array([], dtype=c.dtype)
    if len(c) == 2:
        return np.array([-c[0] / c[1]])
    return np.sort(np.linalg.eigvals(polycompanion(c)[::-1, ::-1]))


def polyfit(x, y, deg, rcond=None, full=False, w=None):
    """The least-squares fit of degree deg (an int) to the points."""
    if full:
        raise NotImplementedError("polyfit: full=True")
    if np.ndim(deg) != 0:
        raise NotImplementedError("polyfit: a list of degrees")
    deg = int(deg)
    if deg < 0:
        raise ValueError("deg must be non-negative")
    result = polynomial_impl.polyfit(x, y, deg, rcond=rcond, w=w)
    return result[::-1].copy()


def mapparms(old, new):
    """(off, scl) of the linear map off + scl*x taking the interval old
    to new."""
    old_length = old[1] - old[0]
    new_length = new[1] - new[0]
    off = (old[1] * new[0] - old[0] * new[1]) / old_length
    scl = new_length / old_length
    return off, scl


def mapdomain(x, old, new):
    if type(x) not in (int, float, complex) and \
            not isinstance(x, np.generic):
        x = np.asarray(x)
    off, scl = mapparms(old, new)
    return off + scl * x


SUPERSCRIPTS = str.maketrans('0123456789', '\u2070\u00b9\u00b2\u00b3'
                             '\u2074\u2075\u2076\u2077\u2078\u2079')


def shortest_digits(x, style):
    """The shortest '%e' or '%f' style digits of the float x that read
    back as x (the unique digits of NumPy's dragon4), as (text,
    number of significant digits past the first)."""
    for digits in range(17):
        text = '%.*e' % (digits, x)
        if float(text) == x:
            break
    if style == 'e':
        return text, digits
    text = repr(x)      # positional in format_float's range
    return text, len(text.split('.')[1])


def trim_zeros(mantissa):
    """Trailing zeros dropped, one digit kept past the point (added
    where there is no point)."""
    whole, _, fraction = mantissa.partition('.')
    return whole + '.' + (fraction.rstrip('0') or '0')


def format_float(x, parens=False):
    """A coefficient as NumPy's polynomial printing shows it: the unique
    digits of a float, at most `precision` of them past the point,
    scientific outside [10**-((precision - 1) // 2), 1e8)."""
    if not np.issubdtype(type(x), np.floating):
        return str(x)
    options = np.get_printoptions()
    if np.isnan(x):
        return options['nanstr']
    if np.isinf(x):
        return options['infstr']
    precision = options['precision']
    value = float(x)
    exp_format = value != 0 and (
        abs(value) >= 1.e8 or
        abs(value) < 10 ** min(0, -(precision - 1) // 2))
    if exp_format:
        text, digits = shortest_digits(value, 'e')
        if digits > precision:
            text = '%.*e' % (precision, value)
        mantissa, exponent = text.split('e')
        text = trim_zeros(mantissa) + 'e' + exponent
        return '(' + text + ')' if parens else text
    text, digits = shortest_digits(value, 'f')
    if digits > precision:
        text = '%.*f' % (precision, value)
    return trim_zeros(text)


def as_interval(value):
    value = np.asarray(value)
    if value.shape != (2,):
        raise ValueError("Domain has wrong number of elements.")
    return value + 0.0


class Polynomial:
    """A power series with its coefficients, its argument mapped from
    domain to window first."""
    __module__ = 'numpy.polynomial.polynomial'      # (its name in NumPy)
    domain = polydomain
    window = polydomain
    basis_name = None
    maxpower = 100

    def __init__(self, coef, domain=None, window=None, symbol='x'):
        self.coef = as_float_series(coef)
        if domain is not None:
            self.domain = as_interval(domain)
        if window is not None:
            self.window = as_interval(window)
        if not isinstance(symbol, str) or not symbol.isidentifier():
            raise ValueError("Symbol string must be a valid Python "
                             "identifier")
        self._symbol = symbol

    @property
    def symbol(self):
        return self._symbol

    def __repr__(self):
        coef = repr(self.coef)[6:-1]
        domain = repr(self.domain)[6:-1]
        window = repr(self.window)[6:-1]
        return "%s(%s, domain=%s, window=%s, symbol='%s')" % (
            type(self).__name__, coef, domain, window, self.symbol)

    def __str__(self):
        """The series in powers of the argument mapped to the window,
        wrapped at the print options' linewidth as NumPy's."""
        linewidth = max(np.get_printoptions().get('linewidth', 75), 1)
        out = format_float(self.coef[0])
        off, scale = self.mapparms()
        symbol = self.mapped_symbol(off, scale)
        terms = self.coef[1:]
        for i, coef in enumerate(terms):
            out += " "
            if coef >= 0:
                term = "+ " + format_float(coef, parens=True)
            else:
                term = "- " + format_float(-coef, parens=True)
            power = str(i + 1)
            term += "\u00b7" + symbol
            if power != '1':
                term += power.translate(SUPERSCRIPTS)
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
            term = "%s + %s" % (format_float(off), self.symbol)
        elif off == 0:
            term = "%s%s" % (format_float(scale), self.symbol)
        else:
            term = "%s + %s%s" % (format_float(off), format_float(scale),
                                  self.symbol)
        return '(' + term + ')'

    def __len__(self):
        return len(self.coef)

    def __call__(self, arg):
        if isinstance(arg, Polynomial):
            return self.composed_with(arg)
        return polyval(mapdomain(arg, self.domain, self.window), self.coef)

    def composed_with(self, inner):
        """self(inner) as a series in inner's argument: Horner's scheme on
        inner mapped to self's window."""
        off, scl = self.mapparms()
        mapped = inner * scl + off
        result = inner.new_like(self.coef[-1:])
        for coefficient in self.coef[-2::-1]:
            result = result * mapped + coefficient
        return result

    def convert(self, domain=None, kind=None, window=None):
        """The same function as a series of kind (this class) with the
        given domain and window (kind's by default)."""
        if kind is None:
            kind = self.__class__
        if domain is None:
            domain = kind.domain
        if window is None:
            window = kind.window
        return self(kind.identity(domain, window=window, symbol=self.symbol))

    def linspace(self, n=100, domain=None):
        """(x, self(x)) at n points evenly spaced over domain (self's)."""
        if domain is None:
            domain = self.domain
        x = np.linspace(domain[0], domain[1], n)
        return x, self(x)

    def mapparms(self):
        return mapparms(self.domain, self.window)

    def degree(self):
        return len(self) - 1

    def has_samecoef(self, other):
        return len(self.coef) == len(other.coef) and \
            bool(np.all(self.coef == other.coef))

    def has_samedomain(self, other):
        return bool(np.all(self.domain == other.domain))

    def has_samewindow(self, other):
        return bool(np.all(self.window == other.window))

    def copy(self):
        return self.__class__(self.coef, self.domain, self.window,
                              self.symbol)

    def new_like(self, coef):
        return self.__class__(coef, self.domain, self.window, self.symbol)

    def deriv(self, m=1):
        off, scl = self.mapparms()
        return self.new_like(polyder(self.coef, m, scl))

    def integ(self, m=1, k=[], lbnd=None):
        off, scl = self.mapparms()
        lbnd = 0 if lbnd is None else off + scl * lbnd
        return self.new_like(polyint(self.coef, m, k, lbnd, 1. / scl))

    def roots(self):
        return mapdomain(polyroots(self.coef), self.window, self.domain)

    def trim(self, tol=0):
        return self.new_like(polytrim(self.coef, tol))

    def cutdeg(self, deg):
        return self.truncate(deg + 1)

    def truncate(self, size):
        size = int(size)
        if size < 1:
            raise ValueError("size must be a positive integer")
        return self.new_like(self.coef[:size])

    @classmethod
    def fit(cls, x, y, deg, domain=None, rcond=None, full=False, w=None,
            window=None, symbol='x'):
        """The least-squares fit, computed in the window: domain defaults
        to the interval x spans."""
        if domain is None:
            x_array = np.asarray(x)
            domain = np.array([x_array.min(), x_array.max()]) + 0.0
        elif type(domain) is list and len(domain) == 0:
            domain = cls.domain
        if window is None:
            window = cls.window
        xnew = mapdomain(x, domain, window)
        coef = polyfit(xnew, y, deg, rcond=rcond, full=full, w=w)
        return cls(coef, domain=domain, window=window, symbol=symbol)

    @classmethod
    def fromroots(cls, roots, domain=[], window=None, symbol='x'):
        roots = as_float_series(roots) if len(roots) else np.array([])
        if domain is None:
            domain = np.array([roots.min(), roots.max()])
        elif type(domain) is list and len(domain) == 0:
            domain = cls.domain
        if window is None:
            window = cls.window
        off, scl = mapparms(domain, window)
        rnew = off + scl * roots
        coef = polyfromroots(rnew) / scl ** len(roots)
        return cls(coef, domain=domain, window=window, symbol=symbol)

    @classmethod
    def identity(cls, domain=None, window=None, symbol='x'):
        if domain is None:
            domain = cls.domain
        if window is None:
            window = cls.window
        off, scl = mapparms(window, domain)
        return cls(polyline(off, scl), domain, window, symbol)

    @classmethod
    def basis(cls, deg, domain=None, window=None, symbol='x'):
        deg = int(deg)
        if deg < 0:
            raise ValueError("deg must be non-negative")
        return cls([0] * deg + [1], domain, window, symbol)

    def other_coef(self, other):
        """other's coefficients for arithmetic with self: a Polynomial's
        (the same domain, window and symbol), or a number as a series."""
        if isinstance(other, Polynomial):
            if not isinstance(other, type(self)):
                raise TypeError("Polynomial types differ")
            if not self.has_samedomain(other):
                raise TypeError("Domains differ")
            if not self.has_samewindow(other):
                raise TypeError("Windows differ")
            if self.symbol != other.symbol:
                raise ValueError("Polynomial symbols differ")
            return other.coef
        return other

    def __add__(self, other):
        return self.new_like(polyadd(self.coef, self.other_coef(other)))

    def __sub__(self, other):
        return self.new_like(polysub(self.coef, self.other_coef(other)))

    def __mul__(self, other):
        return self.new_like(polymul(self.coef, self.other_coef(other)))

    def __radd__(self, other):
        return self.new_like(polyadd(other, self.coef))

    def __rsub__(self, other):
        return self.new_like(polysub(other, self.coef))

    def __rmul__(self, other):
        return self.new_like(polymul(other, self.coef))

    def __divmod__(self, other):
        quotient, remainder = polydiv(self.coef, self.other_coef(other))
        return self.new_like(quotient), self.new_like(remainder)

    def __rdivmod__(self, other):
        quotient, remainder = polydiv(other, self.coef)
        return self.new_like(quotient), self.new_like(remainder)

    def __floordiv__(self, other):
        return self.__divmod__(other)[0]

    def __mod__(self, other):
        return self.__divmod__(other)[1]

    def __rfloordiv__(self, other):
        return self.__rdivmod__(other)[0]

    def __rmod__(self, other):
        return self.__rdivmod__(other)[1]

    def __truediv__(self, other):
        # only a number divides a series into a series
        if not isinstance(other, numbers.Number) or isinstance(other, bool):
            raise TypeError("unsupported types for true division: '%s', "
                            "'%s'" % (type(self), type(other)))
        return self.__floordiv__(other)

    def __neg__(self):
        return self.new_like(-self.coef)

    def __pos__(self):
        return self

    def __pow__(self, power):
        power = int(power)
        if power < 0:
            raise ValueError("Power must be a non-negative integer.")
        if power > self.maxpower:
            raise ValueError("Power is too large")
        result = np.array([1.0])
        for i in range(power):
            result = polymul(result, self.coef)
        return self.new_like(result)

    def __eq__(self, other):
        return (isinstance(other, self.__class__) and
                self.has_samedomain(other) and
                self.has_samewindow(other) and
                self.coef.shape == other.coef.shape and
                bool(np.all(self.coef == other.coef)) and
                self.symbol == other.symbol)

    def __ne__(self, other):
        return not self.__eq__(other)

    __hash__ = None
