"""The operations of a series in a basis B_0 = 1, B_1, B_2, ... that a
three-term recurrence defines,

    x * B_n = up(n) * B_(n+1) + diagonal(n) * B_n + down(n) * B_(n-1),

as NumPy's series modules compute them: multiplication by x, evaluation
(Clenshaw's scheme), the Vandermonde matrix, the product of two series,
the companion matrix, conversion from and to the power basis all follow
from the recurrence; derivation and integration take the basis' own one-
step rules. Each series module makes one SeriesBasis and exports its
functions under its prefix (chebval, legval, ...)."""

import numpy as np
from . import polyutils as pu


class SeriesBasis:
    """The series functions of one basis: up, diagonal and down are its
    recurrence's coefficients as functions of n; differentiate_once(c)
    and integrate_once(c) take one derivative (a series one shorter) and
    one integral (a series one longer, its constant term arbitrary) of
    the coefficients c, a list (see by_rows)."""

    def __init__(self, up, diagonal, down, differentiate_once,
                 integrate_once, domain, weight_integral=None):
        self.up = up
        self.diagonal = diagonal
        self.down = down
        self.differentiate_once = differentiate_once
        self.integrate_once = integrate_once
        self.domain = np.array(domain, dtype=np.float64)
        self.weight_integral = weight_integral
        self.tables = ([], [], [])

    # -- the recurrence -----------------------------------------------

    def coefficients(self, n):
        """Lists of up, diagonal and down for 0 .. n-1 at least, kept
        from call to call (the loops below index them)."""
        ups, diagonals, downs = self.tables
        for k in range(len(ups), n):
            ups.append(self.up(k))
            diagonals.append(self.diagonal(k))
            downs.append(self.down(k))
        return self.tables

    def next_value(self, x, current, previous, n):
        """B_(n+1)(x) from B_n(x) and B_(n-1)(x), the terms whose
        coefficient is 0 or 1 left out (so the power basis is exact)."""
        diagonal = self.diagonal(n)
        result = x * current if diagonal == 0 else (x - diagonal) * current
        down = self.down(n)
        if down != 0:
            result = result - down * previous
        up = self.up(n)
        return result if up == 1 else result / up

    def clenshaw(self, c, times_x, start=None):
        """sum c[k] * B_k(X) applied to start (1 if None), X the operator
        times_x, by Clenshaw's backward recurrence b_k = c[k] start +
        (X - diagonal(k)) b_(k+1) / up(k) - down(k+1) / up(k+1) b_(k+2),
        whose b_0 is the sum (B_0 = 1, B_(-1) = 0); terms whose
        coefficient is 0 or 1 are left out as in next_value."""
        ups, diagonals, downs = self.coefficients(len(c))
        b1 = c[-1] if start is None else start * c[-1]
        b2 = None
        for k in range(len(c) - 2, -1, -1):
            step = times_x(b1)
            if diagonals[k] != 0:
                step = step - b1 * diagonals[k]
            if ups[k] != 1:
                step = step / ups[k]
            if downs[k + 1] != 0 and b2 is not None:
                step = step - b2 * (downs[k + 1] / ups[k + 1])
            b1, b2 = step + (c[k] if start is None else start * c[k]), b1
        return b1

    # -- series of one variable ---------------------------------------

    def line(self, off, scl):
        """The series of off + scl*x."""
        if scl == 0:
            return np.array([off])
        diagonal = self.diagonal(0)
        up = self.up(0)
        return np.array([off if diagonal == 0 else off + scl * diagonal,
                         scl if up == 1 else scl * up])

    def mulx(self, c):
        """c multiplied by x."""
        [c] = pu.as_series([c])
        if len(c) == 1 and c[0] == 0:
            return c
        # whole-array steps (see by_rows)
        n = len(c)
        ups, diagonals, downs = self.coefficients(n)
        product = np.zeros(n + 1, dtype=c.dtype)
        product[1:] = c * np.array(ups[:n])
        if any(diagonals[:n]):
            product[:-1] += c * np.array(diagonals[:n])
        if any(downs[1:n]):
            product[:-2] += c[1:] * np.array(downs[1:n])
        return product

    def add(self, c1, c2):
        return pu._add(c1, c2)

    def sub(self, c1, c2):
        return pu._sub(c1, c2)

    def mul(self, c1, c2):
        """The product series: the shorter one's Clenshaw sum with X the
        multiplication by x, applied to the longer one."""
        [c1, c2] = pu.as_series([c1, c2])
        if len(c1) > len(c2):
            c1, c2 = c2, c1
        product = self.clenshaw(
            c1, lambda b: Coefficients(self.mulx(b.coef)), Coefficients(c2))
        return pu.trimseq(product.coef)

    def div(self, c1, c2):
        return pu._div(self.long_division, c1, c2)

    def long_division(self, c1, c2):
        """(quotient, remainder) of c1 by c2 (both trimmed, c2 not longer
        than c1 and longer than 1): c2 times each basis function
        from the highest subtracted in turn."""
        quotient = []
        remainder = c1
        for i in range(len(c1) - len(c2), -1, -1):
            shifted = self.mul([0] * i + [1], c2)
            q = remainder[-1] / shifted[-1]
            remainder = remainder[:-1] - q * shifted[:-1]
            quotient.append(q)
        return (np.array(quotient[::-1], dtype=c1.dtype),
                pu.trimseq(remainder))

    def pow(self, c, pow, maxpower=16):
        return pu._pow(self.mul, c, pow, maxpower)

    def val(self, x, c, tensor=True):
        """c's series at x; with tensor, each coefficient (c's first axis)
        broadcast over all of x."""
        x, c = self.val_operands(x, c, tensor)
        # x * 0 first: the shape of x (a series for a composition)
        return x * 0 + self.clenshaw(c, lambda b: x * b)

    def val_operands(self, x, c, tensor):
        """(x, c) as val takes them: c float coefficients, shaped with
        tensor to broadcast each over all of x."""
        c = pu.as_float_coefficients(c)
        if isinstance(x, (tuple, list)):
            x = np.asarray(x)
        elif type(x) is complex:
            # micronumpy's float64 with a complex gives a complex, not
            # NumPy's complex128
            x = np.complex128(x)
        if isinstance(x, np.ndarray) and tensor:
            c = c.reshape(c.shape + (1,) * x.ndim)
        return x, c

    def der(self, c, m=1, scl=1, axis=0):
        """The m-th derivative of c along axis, each multiplied by scl."""
        c = pu.as_float_coefficients(c)
        count = pu._as_int(m, "the order of derivation")
        axis = pu._as_int(axis, "the axis")
        if count < 0:
            raise ValueError("The order of derivation must be non-negative")
        axis = pu.normalize_axis(axis, c.ndim)
        if count == 0:
            return c
        c = along_first_axis(c, axis)
        if count >= len(c):
            c = c[:1] * 0
        else:
            for i in range(count):
                c = by_rows(self.differentiate_once, c * scl)
        return along_first_axis(c, axis)

    def int(self, c, m=1, k=[], lbnd=0, scl=1, axis=0):
        """The m-th integral of c along axis, the i-th one's value at lbnd
        being k[i] (0 where k is short), each multiplied by scl."""
        c = pu.as_float_coefficients(c)
        if not np.iterable(k):
            k = [k]
        count = pu._as_int(m, "the order of integration")
        axis = pu._as_int(axis, "the axis")
        if count < 0:
            raise ValueError("The order of integration must be non-negative")
        if len(k) > count:
            raise ValueError("Too many integration constants")
        if np.ndim(lbnd) != 0:
            raise ValueError("lbnd must be a scalar.")
        if np.ndim(scl) != 0:
            raise ValueError("scl must be a scalar.")
        axis = pu.normalize_axis(axis, c.ndim)
        if count == 0:
            return c
        c = along_first_axis(c, axis)
        k = list(k) + [0] * (count - len(k))
        for i in range(count):
            c = c * scl
            if len(c) == 1 and np.all(c[0] == 0):
                c[0] += k[i]
            else:
                integral = by_rows(self.integrate_once, c)
                integral[0] += k[i] - self.val(lbnd, integral)
                c = integral
        return along_first_axis(c, axis)

    def fromroots(self, roots):
        return pu._fromroots(self.line, self.mul, roots)

    def vander(self, x, deg):
        """B_0(x) ... B_deg(x) along a last axis."""
        degree = pu._as_int(deg, "deg")
        if degree < 0:
            raise ValueError("deg must be non-negative")
        x = np.array(x, ndmin=1) + 0.0
        v = [x * 0 + 1]         # the rows B_n(x) (see by_rows)
        if degree > 0:
            v.append(self.next_value(x, v[0], 0, 0))
            for n in range(1, degree):
                v.append(self.next_value(x, v[n], v[n - 1], n))
        return np.moveaxis(np.array(v, dtype=x.dtype), 0, -1)

    def fit(self, x, y, deg, rcond=None, full=False, w=None):
        return pu._fit(self.vander, x, y, deg, rcond, full, w)

    def trim(self, c, tol=0):
        return pu.trimcoef(c, tol)

    def companion(self, c):
        """The companion matrix of c, scaled symmetric but for its last
        column (NumPy's, whose eigenvalues come out more accurate)."""
        [c] = pu.as_series([c])
        if len(c) < 2:
            raise ValueError("Series must have maximum degree of at least 1.")
        return self.companion_matrix(c)

    def companion_matrix(self, c):
        """companion's matrix, c trimmed and of degree 1 at least."""
        n = len(c) - 1
        ups, diagonals, downs = self.coefficients(n)
        ups = np.array(ups[:n])
        # scale[k] = d_(n-1) / d_k for the similarity diag(d) that makes
        # the recurrence's matrix symmetric: d_j / d_(j-1) is
        # sqrt(up(j-1) / down(j))
        ratios = np.sqrt(ups[:-1] / np.array(downs[1:n]))
        scale = np.cumprod(np.concatenate(([1.0], ratios[::-1])))[::-1]
        matrix = np.zeros((n, n), dtype=c.dtype)
        i = np.arange(n)
        matrix[i, i] = diagonals[:n]
        symmetric = ups[:-1] * scale[1:] / scale[:-1]
        matrix[i[:-1], i[1:]] = symmetric
        matrix[i[1:], i[:-1]] = symmetric
        matrix[:, -1] -= (c[:-1] / c[-1]) * (scale / scale[-1]) * ups[-1]
        return matrix

    def roots(self, c):
        """The roots of c, sorted: the eigenvalues of its companion matrix,
        rotated as NumPy's (which reduces the error)."""
        [c] = pu.as_series([c])
        if len(c) < 2:
            return np.array([], dtype=c.dtype)
        if len(c) == 2:
            return np.array([self.diagonal(0) - self.up(0) * (c[0] / c[1])])
        return np.sort(np.linalg.eigvals(self.companion(c)[::-1, ::-1]))

    def to_power(self, c):
        """c's coefficients in the power basis."""
        [c] = pu.as_series([c])
        power = self.clenshaw(c, lambda b: Coefficients(power_mulx(b.coef)),
                              Coefficients(c[:1] * 0 + 1))
        return pu.trimseq(power.coef)

    def from_power(self, pol):
        """The power series pol's coefficients in this basis (Horner's
        scheme with this basis' multiplication by x)."""
        [pol] = pu.as_series([pol])
        result = pol[:1] * 0
        for coefficient in pol[::-1]:
            result = self.add(self.mulx(result), [coefficient])
        return result

    def gauss(self, deg):
        """The points and weights of Gauss quadrature with deg points for
        the basis' weight function (whose integral is weight_integral):
        the roots of B_deg, one Newton step refining them; the weights
        symmetrized where the basis is even about 0."""
        degree = pu._as_int(deg, "deg")
        if degree <= 0:
            raise ValueError("deg must be a positive integer")
        c = np.array([0] * degree + [1], dtype=np.float64)
        x = np.linalg.eigvalsh(self.companion(c))
        df = self.val(x, self.der(c))
        x -= self.val(x, c) / df
        # the weights are 1 / (B_(deg-1)(x) B_deg'(x)), normalized below:
        # scaling both factors first keeps them from overflowing
        fm = self.val(x, c[1:])
        fm /= np.abs(fm).max()
        df /= np.abs(df).max()
        w = 1 / (fm * df)
        if self.diagonal(0) == 0:
            w = (w + w[::-1]) / 2
            x = (x - x[::-1]) / 2
        w *= self.weight_integral / w.sum()
        return x, w

    # -- series of several variables ----------------------------------

    def val2d(self, x, y, c):
        return pu._valnd(self.val, c, x, y)

    def val3d(self, x, y, z, c):
        return pu._valnd(self.val, c, x, y, z)

    def grid2d(self, x, y, c):
        return pu._gridnd(self.val, c, x, y)

    def grid3d(self, x, y, z, c):
        return pu._gridnd(self.val, c, x, y, z)

    def vander2d(self, x, y, deg):
        return pu._vander_nd_flat((self.vander, self.vander), (x, y), deg)

    def vander3d(self, x, y, z, deg):
        return pu._vander_nd_flat((self.vander,) * 3, (x, y, z), deg)

    # -- the module's names -------------------------------------------

    OPERATIONS = ('line', 'add', 'sub', 'mulx', 'mul', 'div', 'pow', 'val',
                  'der', 'int', 'fromroots', 'vander', 'fit', 'trim',
                  'roots', 'companion', 'val2d', 'val3d', 'grid2d',
                  'grid3d', 'vander2d', 'vander3d')

    def functions(self, prefix, module):
        """The module's functions and constants, named as NumPy names
        them: prefix + operation (chebval, legder, ...)."""
        names = {}
        for operation in self.OPERATIONS:
            names[prefix + operation] = named(
                getattr(self, operation), prefix + operation, module)
        if prefix != 'poly':
            names[prefix + '2poly'] = named(self.to_power, prefix + '2poly',
                                            module)
            names['poly2' + prefix] = named(self.from_power, 'poly2' + prefix,
                                            module)
        if self.weight_integral is not None:
            names[prefix + 'gauss'] = named(self.gauss, prefix + 'gauss',
                                            module)
        names[prefix + 'zero'] = np.array([0])
        names[prefix + 'one'] = np.array([1])
        names[prefix + 'x'] = self.line(0, 1)
        names[prefix + 'domain'] = self.domain
        return names


def named(method, name, module):
    """method as a module-level function called name."""
    def function(*args, **kwargs):
        return method(*args, **kwargs)
    function.__name__ = function.__qualname__ = name
    function.__module__ = module
    function.__doc__ = method.__doc__
    function.__wrapped__ = method
    return function


def along_first_axis(c, axis):
    """c with its axes 0 and axis swapped (its own inverse)."""
    return c if axis == 0 else np.swapaxes(c, 0, axis)


def by_rows(step, c):
    """step applied to the list of c's rows (its coefficients), the rows
    it returns stacked in c's dtype. The steps' loops index Python lists:
    the same loops storing into an ndarray crash pypy-c's JIT
    (AssertionError in the x86 backend)."""
    return np.array(step(list(c)), dtype=c.dtype)


def power_mulx(c):
    """The power series c multiplied by x."""
    product = np.empty(len(c) + 1, dtype=c.dtype)
    product[0] = c[0] * 0
    product[1:] = c
    return product


class Coefficients:
    """A coefficient array with the operations of a vector space (sums of
    any lengths), for Clenshaw's scheme over series."""

    def __init__(self, coef):
        self.coef = coef

    def __add__(self, other):
        return Coefficients(pu._add(self.coef, other.coef))

    def __sub__(self, other):
        return Coefficients(pu._sub(self.coef, other.coef))

    def __mul__(self, number):
        return Coefficients(self.coef * number)

    def __truediv__(self, number):
        return Coefficients(self.coef / number)
