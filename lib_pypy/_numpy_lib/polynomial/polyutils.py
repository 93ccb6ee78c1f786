"""numpy.polynomial.polyutils: the helpers every series module shares,
the public ones (as_series, trimseq, trimcoef, getdomain, mapparms,
mapdomain, format_float) and the generic operations that a series module
binds to its own multiplication (_div, _pow, _fromroots), its Vandermonde
matrix (_fit, _vander_nd) or its evaluation (_valnd, _gridnd)."""

import functools
import operator
import numpy as np

__all__ = ['as_series', 'trimseq', 'trimcoef', 'getdomain', 'mapdomain',
           'mapparms', 'format_float']


try:
    RankWarning = np.exceptions.RankWarning
except AttributeError:          # micronumpy's numpy.exceptions lacks it
    class RankWarning(RuntimeWarning):
        """A least-squares fit whose matrix is rank deficient."""
        __module__ = 'numpy.exceptions'


def trimseq(seq):
    """seq without its trailing zeros (one element kept)."""
    end = len(seq)
    while end > 1 and seq[end - 1] == 0:
        end -= 1
    return seq[:end]


def as_series(alist, trim=True):
    """The arrays of alist as 1-d copies of one inexact type (integers and
    bools become float64), each trimmed of its trailing zeros if trim."""
    arrays = [np.array(a, ndmin=1) for a in alist]
    for a in arrays:
        if a.size == 0:
            raise ValueError("Coefficient array is empty")
    for a in arrays:
        if a.ndim != 1:
            raise ValueError("Coefficient array is not 1-d")
    if trim:
        arrays = [trimseq(a) for a in arrays]
    # np.common_type's rule: integers and bools count as float64
    dtype = np.result_type(*[a.dtype if a.dtype.kind in 'fc'
                             else np.dtype(np.float64) for a in arrays])
    if dtype.kind not in 'fc':
        raise ValueError("Coefficient arrays have no common type")
    return [a.astype(dtype) for a in arrays]


def trimcoef(c, tol=0):
    """c without its trailing coefficients of absolute value <= tol."""
    if tol < 0:
        raise ValueError("tol must be non-negative")
    [c] = as_series([c])
    kept = np.nonzero(np.abs(c) > tol)[0]
    if len(kept) == 0:
        return c[:1] * 0
    return c[:int(kept[-1]) + 1].copy()


def getdomain(x):
    """The smallest interval holding the points x (a rectangle's corners
    for complex points)."""
    [x] = as_series([x], trim=False)
    if x.dtype.kind == 'c':
        low = complex(x.real.min(), x.imag.min())
        high = complex(x.real.max(), x.imag.max())
        return np.array((low, high))
    return np.array((x.min(), x.max()))


def mapparms(old, new):
    """(off, scl) of the linear map off + scl*x taking the interval old
    to new."""
    old_length = old[1] - old[0]
    new_length = new[1] - new[0]
    off = (old[1] * new[0] - old[0] * new[1]) / old_length
    scl = new_length / old_length
    return off, scl


def mapdomain(x, old, new):
    """x mapped linearly from the interval old to new."""
    if type(x) not in (int, float, complex) and \
            not isinstance(x, np.generic):
        x = np.asarray(x)
    off, scl = mapparms(old, new)
    return off + scl * x


def _as_int(value, what):
    """An integer order, degree or axis as NumPy takes it."""
    try:
        return operator.index(value)
    except TypeError as e:
        raise TypeError("%s must be an integer, received %s" % (
            what, value)) from e


def normalize_axis(axis, ndim):
    if not -ndim <= axis < ndim:
        raise np.exceptions.AxisError(
            "axis %d is out of bounds for array of dimension %d" % (
                axis, ndim))
    return axis % ndim


def as_float_coefficients(c):
    """A copy of c, at least 1-d (the coefficients along its first axis),
    integers and bools as float64."""
    c = np.array(c, ndmin=1)
    if c.dtype.kind in 'biu':
        return c.astype(np.float64)
    return c


def _add(c1, c2):
    [c1, c2] = as_series([c1, c2])
    if len(c1) < len(c2):
        c1, c2 = c2, c1
    c1[:len(c2)] += c2
    return trimseq(c1)


def _sub(c1, c2):
    [c1, c2] = as_series([c1, c2])
    if len(c1) >= len(c2):
        c1[:len(c2)] -= c2
        return trimseq(c1)
    difference = -c2
    difference[:len(c1)] += c1
    return trimseq(difference)


def _div(long_division, c1, c2):
    """(quotient, remainder) of c1 by c2: long_division(c1, c2) where c2
    is not longer than c1 and not a constant."""
    [c1, c2] = as_series([c1, c2])
    if c2[-1] == 0:
        raise ZeroDivisionError
    if len(c1) < len(c2):
        return c1[:1] * 0, c1
    if len(c2) == 1:
        return c1 / c2[-1], c1[:1] * 0
    return long_division(c1, c2)


def _pow(mul_f, c, pow, maxpower):
    """c to the integer power pow, by repeated multiplication mul_f."""
    [c] = as_series([c])
    power = int(pow)
    if power != pow or power < 0:
        raise ValueError("Power must be a non-negative integer.")
    if maxpower is not None and power > maxpower:
        raise ValueError("Power is too large")
    if power == 0:
        return np.array([1], dtype=c.dtype)
    product = c
    for i in range(1, power):
        product = mul_f(product, c)
    return product


def _fromroots(line_f, mul_f, roots):
    """The series with the given roots and leading factor 1 in the power
    basis: the factors line_f(-r, 1), the roots sorted, multiplied
    pairwise (which keeps the products' degrees balanced)."""
    if len(roots) == 0:
        return np.ones(1)
    [roots] = as_series([roots], trim=False)
    roots = np.sort(roots)
    factors = [line_f(-r, 1) for r in roots]
    n = len(factors)
    while n > 1:
        half, odd = divmod(n, 2)
        products = [mul_f(factors[i], factors[i + half])
                    for i in range(half)]
        if odd:
            products[0] = mul_f(products[0], factors[-1])
        factors = products
        n = half
    return factors[0]


def check_fit_points(x, y):
    """NumPy's TypeErrors for the points of a least-squares fit (polyfit's
    and the series' fit): x a non-empty vector, y one or more columns of
    as many values."""
    if x.ndim != 1:
        raise TypeError("expected 1D vector for x")
    if x.size == 0:
        raise TypeError("expected non-empty vector for x")
    if y.ndim < 1 or y.ndim > 2:
        raise TypeError("expected 1D or 2D array for y")
    if len(x) != len(y):
        raise TypeError("expected x and y to have same length")


def _fit(vander_f, x, y, deg, rcond=None, full=False, w=None):
    """The least-squares fit of the series whose Vandermonde matrix is
    vander_f: of degree deg, or with only the degrees listed in deg; its
    columns scaled to unit length before the solve."""
    x = np.asarray(x) + 0.0
    y = np.asarray(y) + 0.0
    deg = np.asarray(deg)
    if deg.ndim > 1 or deg.dtype.kind not in 'iu' or deg.size == 0:
        raise TypeError("deg must be an int or non-empty 1-D array of int")
    if deg.min() < 0:
        raise ValueError("expected deg >= 0")
    check_fit_points(x, y)
    if deg.ndim == 0:
        highest = int(deg)
        order = highest + 1
        van = vander_f(x, highest)
    else:
        deg = np.sort(deg)
        highest = int(deg[-1])
        order = len(deg)
        van = vander_f(x, highest)[:, deg]
    lhs = van.T
    rhs = y.T
    if w is not None:
        w = np.asarray(w) + 0.0
        if w.ndim != 1:
            raise TypeError("expected 1D vector for w")
        if len(x) != len(w):
            raise TypeError("expected x and w to have same length")
        lhs = lhs * w
        rhs = rhs * w
    if rcond is None:
        rcond = len(x) * np.finfo(x.dtype).eps
    if lhs.dtype.kind == 'c':
        scl = np.sqrt((np.square(lhs.real) + np.square(lhs.imag)).sum(1))
    else:
        scl = np.sqrt(np.square(lhs).sum(1))
    scl[scl == 0] = 1
    c, resids, rank, s = np.linalg.lstsq(lhs.T / scl, rhs.T, rcond)
    c = (c.T / scl).T
    if deg.ndim > 0:
        spread = np.zeros((highest + 1,) + c.shape[1:], dtype=c.dtype)
        spread[deg] = c
        c = spread
    if rank != order and not full:
        # (imported here: np.polyfit's module imports this one with
        # numpy's first np.lib name, and warnings needs re and enum)
        import warnings
        warnings.warn("The fit may be poorly conditioned", RankWarning,
                      stacklevel=2)
    if full:
        return c, [resids, rank, s, rcond]
    return c


def _nth_slice(i, ndim):
    index = [np.newaxis] * ndim
    index[i] = slice(None)
    return tuple(index)


def _vander_nd(vander_fs, points, degrees):
    """The product of the one-dimensional Vandermonde matrices, each
    along its own axis: shape points' + (deg_1 + 1, deg_2 + 1, ...)."""
    n_dims = len(vander_fs)
    if n_dims != len(points):
        raise ValueError("Expected %d dimensions of sample points, got %d"
                         % (n_dims, len(points)))
    if n_dims != len(degrees):
        raise ValueError("Expected %d dimensions of degrees, got %d"
                         % (n_dims, len(degrees)))
    if n_dims == 0:
        raise ValueError("Unable to guess a dtype or shape when no points "
                         "are given")
    points = tuple(np.asarray(tuple(points)) + 0.0)
    matrices = [vander_fs[i](points[i], degrees[i])[
                    (Ellipsis,) + _nth_slice(i, n_dims)]
                for i in range(n_dims)]
    return functools.reduce(operator.mul, matrices)


def _vander_nd_flat(vander_fs, points, degrees):
    """_vander_nd with its degree axes flattened into one."""
    v = _vander_nd(vander_fs, points, degrees)
    return v.reshape(v.shape[:-len(degrees)] + (-1,))


def _valnd(val_f, c, *args):
    """The series c of len(args) variables at the points args (of one
    shape)."""
    args = [np.asarray(a) for a in args]
    shape0 = args[0].shape
    if not all(a.shape == shape0 for a in args[1:]):
        if len(args) == 3:
            raise ValueError('x, y, z are incompatible')
        if len(args) == 2:
            raise ValueError('x, y are incompatible')
        raise ValueError('ordinates are incompatible')
    c = val_f(args[0], c)
    for xi in args[1:]:
        c = val_f(xi, c, tensor=False)
    return c


def _gridnd(val_f, c, *args):
    """The series c of len(args) variables on the grid args spans."""
    for xi in args:
        c = val_f(xi, c)
    return c


SUPERSCRIPTS = str.maketrans('0123456789', '\u2070\u00b9\u00b2\u00b3'
                             '\u2074\u2075\u2076\u2077\u2078\u2079')
SUBSCRIPTS = str.maketrans('0123456789', '\u2080\u2081\u2082\u2083'
                           '\u2084\u2085\u2086\u2087\u2088\u2089')


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
