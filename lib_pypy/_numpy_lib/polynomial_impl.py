"""Polynomials as coefficient arrays (highest power first): polyval,
polyfit; and piecewise-linear interpolation, interp."""

import numpy as np

from .polynomial.polyutils import check_fit_points


def polyval(p, x):
    p = np.asarray(coeffs_of(p))
    x = np.asarray(x)
    y = np.zeros_like(x)
    for coefficient in p:        # Horner's scheme
        y = y * x + coefficient
    return y


def vander(x, columns):
    """x's powers columns-1 down to 0, one column each."""
    powers = np.arange(columns - 1, -1, -1)
    return x.reshape(-1, 1) ** powers.reshape(1, -1)


def least_squares(a, b, rcond):
    """The minimum-norm x minimizing |a x - b| through the SVD of a,
    singular values below rcond * the largest dropped (as lstsq does;
    micronumpy has no lstsq)."""
    u, s, vt = np.linalg.svd(a, full_matrices=False)
    kept = s > rcond * s.max()
    inverse = np.where(kept, 1.0 / np.where(kept, s, 1.0), 0.0)
    projected = np.dot(u.T, b)
    if projected.ndim == 1:
        return np.dot(vt.T, inverse * projected)
    return np.dot(vt.T, inverse.reshape(-1, 1) * projected)


def polyfit(x, y, deg, rcond=None, full=False, w=None, cov=False):
    order = int(deg) + 1
    x = np.asarray(x) + 0.0
    y = np.asarray(y) + 0.0
    if deg < 0:
        raise ValueError("expected deg >= 0")
    check_fit_points(x, y)
    if rcond is None:
        rcond = len(x) * np.finfo(x.dtype).eps
    lhs = vander(x, order)
    rhs = y
    if w is not None:
        w = np.asarray(w) + 0.0
        if w.ndim != 1:
            raise TypeError("expected a 1-d array for weights")
        if w.shape[0] != y.shape[0]:
            raise TypeError("expected w and y to have the same length")
        lhs = lhs * w.reshape(-1, 1)
        rhs = rhs * (w if rhs.ndim == 1 else w.reshape(-1, 1))
    # columns scaled to unit norm, for the conditioning of the solve
    scale = np.sqrt((lhs * lhs).sum(axis=0))
    lhs = lhs / scale
    c = least_squares(lhs, rhs, rcond)
    if c.ndim == 1:
        return c / scale
    return c / scale.reshape(-1, 1)


def interp(x, xp, fp, left=None, right=None, period=None):
    x = np.asarray(x, dtype=np.float64)
    xp = np.asarray(xp, dtype=np.float64)
    fp = np.asarray(fp)
    if fp.dtype.kind == 'c':
        return interp(x, xp, fp.real, left, right, period) + 1j * interp(
            x, xp, fp.imag, left, right, period)
    fp = fp.astype(np.float64)
    if xp.ndim != 1 or fp.ndim != 1:
        raise ValueError("object too deep for desired array")
    if xp.size == 0:
        raise ValueError("array of sample points is empty")
    if xp.size != fp.size:
        raise ValueError("fp and xp are not of the same length.")
    if period is not None:
        if period == 0:
            raise ValueError("period must be a non-zero value")
        period = abs(period)
        x = x % period
        xp = xp % period
        order = np.argsort(xp)
        xp, fp = xp[order], fp[order]
        xp = np.concatenate((xp[-1:] - period, xp, xp[0:1] + period))
        fp = np.concatenate((fp[-1:], fp, fp[0:1]))
        left = right = None
    left = fp[0] if left is None else left
    right = fp[-1] if right is None else right
    if xp.size == 1:
        result = np.where(x < xp[0], left, np.where(x > xp[0], right, fp[0]))
        return result[()] if result.ndim == 0 else result
    j = np.clip(np.searchsorted(xp, x, side='right') - 1, 0, xp.size - 2)
    slope = (fp[j + 1] - fp[j]) / (xp[j + 1] - xp[j])
    value = slope * (x - xp[j]) + fp[j]
    # NaN from an infinite slope: from the other end, else the flat value
    value = np.where(np.isnan(value), slope * (x - xp[j + 1]) + fp[j + 1],
                     value)
    value = np.where(np.isnan(value) & (fp[j] == fp[j + 1]), fp[j], value)
    value = np.where(x == xp[j], fp[j], value)
    value = np.where(x == xp[-1], fp[-1], value)
    result = np.where(x < xp[0], left, np.where(x > xp[-1], right, value))
    return result[()] if result.ndim == 0 else result


def coeffs_of(p):
    """A poly1d's coefficients (NumPy's array of it), else p."""
    return p.coeffs if isinstance(p, poly1d) else p


def as_1d(a):
    a = np.asarray(coeffs_of(a))
    return a.reshape(1) if a.ndim == 0 else a


def poly(seq_of_zeros):
    """The coefficients of the polynomial with the given roots (of a
    square matrix: its characteristic polynomial)."""
    seq_of_zeros = as_1d(seq_of_zeros)
    sh = seq_of_zeros.shape
    if len(sh) == 2 and sh[0] == sh[1] and sh[0] != 0:
        seq_of_zeros = np.linalg.eigvals(seq_of_zeros)
    elif len(sh) == 1:
        if seq_of_zeros.dtype.kind != 'c':
            seq_of_zeros = seq_of_zeros.astype(np.float64)
    else:
        raise ValueError('input must be 1d or non-empty square 2d array.')
    if len(seq_of_zeros) == 0:
        return 1.0
    dt = seq_of_zeros.dtype
    a = np.ones((1,), dtype=dt)
    for zero in seq_of_zeros:
        a = np.convolve(a, np.array([1, -zero], dtype=dt), mode='full')
    if a.dtype.kind == 'c':
        roots = np.asarray(seq_of_zeros, complex)
        if np.all(np.sort(roots) == np.sort(roots.conjugate())):
            a = a.real.copy()
    return a


def roots(p):
    """The roots of the polynomial p: the eigenvalues of its companion
    matrix, as NumPy's."""
    p = as_1d(p)
    if p.ndim != 1:
        raise ValueError('Input must be a rank-1 array.')
    non_zero = np.nonzero(p.ravel())[0]
    if len(non_zero) == 0:
        return np.array([])
    trailing_zeros = len(p) - int(non_zero[-1]) - 1
    p = p[int(non_zero[0]):int(non_zero[-1]) + 1]
    if p.dtype.kind not in 'fc':
        p = p.astype(float)
    n = len(p)
    if n > 1:
        a = np.diag(np.ones((n - 2,), p.dtype), -1)
        a[0, :] = -p[1:] / p[0]
        result = np.linalg.eigvals(a)
    else:
        result = np.array([])
    return np.concatenate((result, np.zeros(trailing_zeros, result.dtype)))


def polyder(p, m=1):
    m = int(m)
    if m < 0:
        raise ValueError('Order of derivative must be positive (see polyint)')
    truepoly = isinstance(p, poly1d)
    p = np.asarray(coeffs_of(p))
    n = len(p) - 1
    y = p[:-1] * np.arange(n, 0, -1)
    val = p if m == 0 else polyder(y, m - 1)
    return poly1d(val) if truepoly else val


def polyint(p, m=1, k=None):
    m = int(m)
    if m < 0:
        raise ValueError('Order of integral must be positive (see polyder)')
    if k is None:
        k = np.zeros(m, float)
    k = as_1d(k)
    if len(k) == 1 and m > 1:
        k = k[0] * np.ones(m, float)
    if len(k) < m:
        raise ValueError('k must be a scalar or a rank-1 array of length 1 '
                         'or >m.')
    truepoly = isinstance(p, poly1d)
    p = np.asarray(coeffs_of(p))
    if m == 0:
        return poly1d(p) if truepoly else p
    y = np.concatenate((p / np.arange(len(p), 0, -1), [k[0]]))
    val = polyint(y, m - 1, k=k[1:])
    return poly1d(val) if truepoly else val


def polyadd(a1, a2):
    return poly_sum(a1, a2, 1)


def polysub(a1, a2):
    return poly_sum(a1, a2, -1)


def poly_sum(a1, a2, sign):
    truepoly = isinstance(a1, poly1d) or isinstance(a2, poly1d)
    a1 = as_1d(a1)
    a2 = as_1d(a2)
    diff = len(a2) - len(a1)
    if diff > 0:
        a1 = np.concatenate((np.zeros(diff, a1.dtype), a1))
    elif diff < 0:
        a2 = np.concatenate((np.zeros(-diff, a2.dtype), a2))
    val = a1 + a2 if sign > 0 else a1 - a2
    return poly1d(val) if truepoly else val


def polymul(a1, a2):
    truepoly = isinstance(a1, poly1d) or isinstance(a2, poly1d)
    val = np.convolve(poly1d(a1).coeffs, poly1d(a2).coeffs)
    return poly1d(val) if truepoly else val


def polydiv(u, v):
    truepoly = isinstance(u, poly1d) or isinstance(v, poly1d)
    u = as_1d(u) + 0.0
    v = as_1d(v) + 0.0
    w = u[0] + v[0]
    m = len(u) - 1
    n = len(v) - 1
    scale = 1. / v[0]
    q = np.zeros((max(m - n + 1, 1),), w.dtype)
    r = u.astype(w.dtype)
    for k in range(m - n + 1):
        d = scale * r[k]
        q[k] = d
        r[k:k + n + 1] -= d * v
    while np.allclose(r[0], 0, rtol=1e-14) and (r.shape[-1] > 1):
        r = r[1:]
    if truepoly:
        return poly1d(q), poly1d(r)
    return q, r


def raise_power(astr, wrap=70):
    """The exponents of astr's '**n' moved to a line above, as NumPy's
    poly1d printing."""
    import re
    poly_mat = re.compile(r"\*\*([0-9]*)")
    n = 0
    line1 = ''
    line2 = ''
    output = ' '
    while True:
        mat = poly_mat.search(astr, n)
        if mat is None:
            break
        span = mat.span()
        power = mat.groups()[0]
        partstr = astr[n:span[0]]
        n = span[1]
        toadd2 = partstr + ' ' * (len(power) - 1)
        toadd1 = ' ' * (len(partstr) - 1) + power
        if (len(line2) + len(toadd2) > wrap) or \
                (len(line1) + len(toadd1) > wrap):
            output += line1 + '\n' + line2 + '\n '
            line1 = toadd1
            line2 = toadd2
        else:
            line2 += partstr + ' ' * (len(power) - 1)
            line1 += ' ' * (len(partstr) - 1) + power
    output += line1 + '\n' + line2
    return output + astr[n:]


def is_scalar(x):
    return isinstance(x, (int, float, complex, np.generic))


class poly1d:
    """A one-variable polynomial (coefficients highest power first, or
    its roots with r=True), as NumPy's."""
    __hash__ = None

    def __init__(self, c_or_r, r=False, variable=None):
        if isinstance(c_or_r, poly1d):
            self._variable = c_or_r._variable
            self._coeffs = c_or_r._coeffs
            if variable is not None:
                self._variable = variable
            return
        if r:
            c_or_r = poly(c_or_r)
        c_or_r = as_1d(c_or_r)
        if c_or_r.ndim > 1:
            raise ValueError('Polynomial must be 1d only.')
        nonzero = np.nonzero(c_or_r)[0]
        c_or_r = c_or_r[int(nonzero[0]):] if len(nonzero) else c_or_r[:0]
        if len(c_or_r) == 0:
            c_or_r = np.array([0], dtype=c_or_r.dtype)
        self._coeffs = c_or_r
        self._variable = 'x' if variable is None else variable

    @property
    def coeffs(self):
        return self._coeffs

    c = coef = coefficients = coeffs

    @property
    def variable(self):
        return self._variable

    @property
    def order(self):
        return len(self._coeffs) - 1

    o = order

    @property
    def roots(self):
        return roots(self._coeffs)

    r = roots

    def __array__(self, t=None, copy=None):
        return np.asarray(self.coeffs, dtype=t)

    def __repr__(self):
        vals = repr(self.coeffs)
        vals = vals[6:-1]
        return 'poly1d(%s)' % vals

    def __len__(self):
        return self.order

    def __str__(self):
        thestr = '0'
        var = self.variable
        nonzero = np.nonzero(self.coeffs)[0]
        coeffs = self.coeffs[int(nonzero[0]):] if len(nonzero) \
            else self.coeffs[:0]
        n = len(coeffs) - 1

        def fmt_float(q):
            s = '%.4g' % q
            if s.endswith('.0000'):
                s = s[:-5]
            return s

        for k, coeff in enumerate(coeffs.tolist()):
            if not isinstance(coeff, complex) or coeff.imag == 0:
                coefstr = fmt_float(coeff.real if isinstance(coeff, complex)
                                    else coeff)
            elif coeff.real == 0:
                coefstr = '%sj' % fmt_float(coeff.imag)
            else:
                coefstr = '(%s + %sj)' % (fmt_float(coeff.real),
                                          fmt_float(coeff.imag))
            power = n - k
            if power == 0:
                if coefstr != '0':
                    newstr = '%s' % (coefstr,)
                elif k == 0:
                    newstr = '0'
                else:
                    newstr = ''
            elif power == 1:
                if coefstr == '0':
                    newstr = ''
                elif coefstr == 'b':
                    newstr = var
                else:
                    newstr = '%s %s' % (coefstr, var)
            elif coefstr == '0':
                newstr = ''
            elif coefstr == 'b':
                newstr = '%s**%d' % (var, power)
            else:
                newstr = '%s %s**%d' % (coefstr, var, power)
            if k > 0:
                if newstr != '':
                    if newstr.startswith('-'):
                        thestr = '%s - %s' % (thestr, newstr[1:])
                    else:
                        thestr = '%s + %s' % (thestr, newstr)
            else:
                thestr = newstr
        return raise_power(thestr)

    def __call__(self, val):
        return polyval(self.coeffs, val)

    def __neg__(self):
        return poly1d(-self.coeffs)

    def __pos__(self):
        return self

    def __mul__(self, other):
        if is_scalar(other):
            return poly1d(self.coeffs * other)
        return poly1d(polymul(self.coeffs, poly1d(other).coeffs))

    def __rmul__(self, other):
        if is_scalar(other):
            return poly1d(other * self.coeffs)
        return poly1d(polymul(poly1d(other).coeffs, self.coeffs))

    def __add__(self, other):
        return poly1d(polyadd(self.coeffs, poly1d(other).coeffs))

    def __radd__(self, other):
        return poly1d(polyadd(poly1d(other).coeffs, self.coeffs))

    def __sub__(self, other):
        return poly1d(polysub(self.coeffs, poly1d(other).coeffs))

    def __rsub__(self, other):
        return poly1d(polysub(poly1d(other).coeffs, self.coeffs))

    def __pow__(self, val):
        if not is_scalar(val) or int(val) != val or val < 0:
            raise ValueError('Power to non-negative integers only.')
        res = [1]
        for _ in range(val):
            res = polymul(self.coeffs, res)
        return poly1d(res)

    def __truediv__(self, other):
        if is_scalar(other):
            return poly1d(self.coeffs / other)
        return polydiv(self, poly1d(other))

    def __rtruediv__(self, other):
        if is_scalar(other):
            return poly1d(other / self.coeffs)
        return polydiv(poly1d(other), self)

    def __eq__(self, other):
        if not isinstance(other, poly1d):
            return NotImplemented
        if self.coeffs.shape != other.coeffs.shape:
            return False
        return bool((self.coeffs == other.coeffs).all())

    def __ne__(self, other):
        if not isinstance(other, poly1d):
            return NotImplemented
        return not self.__eq__(other)

    def __getitem__(self, val):
        ind = self.order - val
        if val > self.order or val < 0:
            return self.coeffs.dtype.type(0)
        return self.coeffs[ind]

    def __iter__(self):
        return iter(self.coeffs)

    def integ(self, m=1, k=0):
        return poly1d(polyint(self.coeffs, m=m, k=k))

    def deriv(self, m=1):
        return poly1d(polyder(self.coeffs, m=m))
