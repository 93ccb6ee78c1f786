"""np-level functions composed of array operations, as NumPy's
numpy/lib/_function_base_impl.py, _twodim_base_impl.py, _type_check_impl.py
and _nanfunctions_impl.py compute them: trace, diagflat, vander,
tril_indices, triu_indices, diag_indices, logspace, geomspace, ptp, fix,
nan_to_num, real_if_close, sinc, angle, isscalar, iscomplexobj, isrealobj,
isreal, iscomplex, flatnonzero, gradient, trapezoid, select, piecewise,
extract, compress, choose, array_equiv, cumulative_sum, cumulative_prod,
nanprod, nancumsum, nancumprod, nanmedian, nanquantile, nanpercentile,
iterable, i0."""

import numbers

import numpy as np


def trace(a, offset=0, axis1=0, axis2=1, dtype=None, out=None):
    a = np.asarray(a)
    if a.ndim < 2:
        raise ValueError('diag requires an array of at least two dimensions')
    axis1 %= a.ndim
    axis2 %= a.ndim
    rest = [i for i in range(a.ndim) if i not in (axis1, axis2)]
    m = a.transpose(rest + [axis1, axis2])
    result = np.linalg.diagonal(m, offset=offset).sum(axis=-1, dtype=dtype)
    if out is not None:
        out[...] = result
        return out
    return result


def diagflat(v, k=0):
    v = np.asarray(v).ravel()
    s = len(v)
    n = s + abs(k)
    res = np.zeros((n, n), dtype=v.dtype)
    i = np.arange(s)
    if k >= 0:
        res[i, i + k] = v
    else:
        res[i - k, i] = v
    return res


def vander(x, N=None, increasing=False):
    x = np.asarray(x)
    if x.ndim != 1:
        raise ValueError('x must be a one-dimensional array or sequence.')
    if N is None:
        N = len(x)
    v = np.empty((len(x), N), dtype=np.promote_types(x.dtype, int))
    powers = np.arange(N) if increasing else np.arange(N - 1, -1, -1)
    for col in range(N):
        v[:, col] = x ** int(powers[col]) if len(x) else 0
    return v


def tril_indices(n, k=0, m=None):
    mask = np.tri(n, m, k=k, dtype=bool)
    return np.nonzero(mask)


def triu_indices(n, k=0, m=None):
    mask = ~np.tri(n, m, k=k - 1, dtype=bool)
    return np.nonzero(mask)


def tril_indices_from(arr, k=0):
    if np.ndim(arr) != 2:
        raise ValueError('input array must be 2-d')
    return tril_indices(arr.shape[-2], k=k, m=arr.shape[-1])


def triu_indices_from(arr, k=0):
    if np.ndim(arr) != 2:
        raise ValueError('input array must be 2-d')
    return triu_indices(arr.shape[-2], k=k, m=arr.shape[-1])


def diag_indices(n, ndim=2):
    idx = np.arange(n)
    return (idx,) * ndim


def logspace(start, stop, num=50, endpoint=True, base=10.0, dtype=None,
             axis=0):
    y = np.linspace(start, stop, num=num, endpoint=endpoint)
    result = np.power(base, y)
    if dtype is not None:
        result = result.astype(dtype)
    return result


def geomspace(start, stop, num=50, endpoint=True, dtype=None, axis=0):
    start = float(start)
    stop = float(stop)
    if start == 0 or stop == 0:
        raise ValueError('Geometric sequence cannot include zero')
    sign = 1.0
    if start < 0 and stop < 0:
        sign = -1.0
        start, stop = -start, -stop
    log_start = np.log10(start)
    log_stop = np.log10(stop)
    result = np.logspace(log_start, log_stop, num=num, endpoint=endpoint,
                         base=10.0)
    if num > 0:
        result[0] = start
        if num > 1 and endpoint:
            result[-1] = stop
    result = sign * result
    if dtype is not None:
        result = result.astype(dtype)
    return result


def ptp(a, axis=None, out=None, keepdims=False):
    a = np.asarray(a)
    result = np.subtract(a.max(axis=axis, keepdims=keepdims),
                         a.min(axis=axis, keepdims=keepdims))
    if out is not None:
        out[...] = result
        return out
    return result


def fix(x, out=None):
    x = np.asarray(x)
    result = np.trunc(x) if x.dtype.kind in 'f' else np.floor(x) \
        if x.dtype.kind in 'c' else x.copy()
    if out is not None:
        out[...] = result
        return out
    return result if result.ndim else result[()]


def nan_to_num(x, copy=True, nan=0.0, posinf=None, neginf=None):
    x = np.array(x, copy=copy) if copy else np.asarray(x)
    scalar = x.ndim == 0
    if x.dtype.kind not in 'fc':
        return x[()] if scalar else x
    parts = [x.real, x.imag] if x.dtype.kind == 'c' else [x]
    finfo = np.finfo(x.real.dtype)
    big = finfo.max if posinf is None else posinf
    small = -finfo.max if neginf is None else neginf
    if x.dtype.kind == 'c':
        real = np.where(np.isnan(x.real), nan, x.real)
        real = np.where(real == np.inf, big, real)
        real = np.where(real == -np.inf, small, real)
        imag = np.where(np.isnan(x.imag), nan, x.imag)
        imag = np.where(imag == np.inf, big, imag)
        imag = np.where(imag == -np.inf, small, imag)
        x[...] = real + 1j * imag
    else:
        d = parts[0]
        d[np.isnan(d)] = nan
        d[d == np.inf] = big
        d[d == -np.inf] = small
    return x[()] if scalar else x


def real_if_close(a, tol=100):
    a = np.asarray(a)
    if a.dtype.kind != 'c':
        return a
    if tol > 1:
        tol = np.finfo(a.real.dtype).eps * tol
    if np.all(np.abs(a.imag) < tol):
        a = a.real
    return a


def sinc(x):
    x = np.asanyarray(x) if hasattr(np, 'asanyarray') else np.asarray(x)
    y = np.pi * np.where(x == 0, 1.0e-20, x)
    return np.sin(y) / y


def angle(z, deg=False):
    z = np.asarray(z)
    if z.dtype.kind == 'c':
        zimag = z.imag
        zreal = z.real
    else:
        zimag = 0
        zreal = z
    a = np.arctan2(zimag, zreal)
    if deg:
        a *= 180 / np.pi
    return a


def isscalar(element):
    return isinstance(element, (np.generic, str, bytes, numbers.Number))


def iterable(y):
    """Whether iter(y) works (a 0-d array's does not)."""
    try:
        iter(y)
    except TypeError:
        return False
    return True


def iscomplexobj(x):
    try:
        dtype = x.dtype
    except AttributeError:
        dtype = np.asarray(x).dtype
    return dtype.kind == 'c'


def isrealobj(x):
    return not iscomplexobj(x)


def iscomplex(x):
    ax = np.asarray(x)
    if ax.dtype.kind == 'c':
        return ax.imag != 0
    res = np.zeros(ax.shape, bool)
    return res[()]


def isreal(x):
    ax = np.asarray(x)
    if ax.dtype.kind == 'c':
        return ax.imag == 0
    return np.ones(ax.shape, bool)[()]


def flatnonzero(a):
    return np.nonzero(np.ravel(a))[0]


def gradient(f, *varargs, axis=None, edge_order=1):
    f = np.asarray(f)
    n = f.ndim
    if axis is None:
        axes = list(range(n))
    else:
        axes = [axis] if isinstance(axis, int) else list(axis)
        axes = [a % n for a in axes]
    len_axes = len(axes)
    n_args = len(varargs)
    if n_args == 0:
        dx = [1.0] * len_axes
    elif n_args == 1 and np.ndim(varargs[0]) == 0:
        dx = varargs * len_axes
    elif n_args == len_axes:
        dx = list(varargs)
        for i, distances in enumerate(dx):
            distances = np.asarray(distances)
            if distances.ndim == 0:
                continue
            if distances.ndim != 1:
                raise ValueError('distances must be either scalars or 1d')
            if len(distances) != f.shape[axes[i]]:
                raise ValueError('when 1d, distances must match the length '
                                 'of the corresponding dimension')
            diffx = np.diff(distances)
            if np.all(diffx == diffx[0]):
                diffx = diffx[0]
            dx[i] = diffx
    else:
        raise TypeError('invalid number of arguments')
    if edge_order > 2:
        raise ValueError("'edge_order' greater than 2 not supported")
    otype = f.dtype
    if otype.kind in 'iu':
        f = f.astype(np.float64)
        otype = np.dtype(np.float64)
    outvals = []
    for axis, ax_dx in zip(axes, dx):
        if f.shape[axis] < edge_order + 1:
            raise ValueError(
                'Shape of array too small to calculate a numerical gradient, '
                'at least (edge_order + 1) elements are required.')
        out = np.empty(f.shape, dtype=otype)
        uniform = np.ndim(ax_dx) == 0

        def sl(start, stop):
            index = [slice(None)] * n
            index[axis] = slice(start, stop)
            return tuple(index)

        def shaped(d):
            shape = [1] * n
            shape[axis] = -1
            return np.asarray(d).reshape(shape)

        if uniform:
            out[sl(1, -1)] = (f[sl(2, None)] - f[sl(None, -2)]) / (2. * ax_dx)
        else:
            dx1 = ax_dx[0:-1]
            dx2 = ax_dx[1:]
            a = -(dx2) / (dx1 * (dx1 + dx2))
            b = (dx2 - dx1) / (dx1 * dx2)
            c = dx1 / (dx2 * (dx1 + dx2))
            out[sl(1, -1)] = shaped(a) * f[sl(None, -2)] + \
                shaped(b) * f[sl(1, -1)] + shaped(c) * f[sl(2, None)]
        if edge_order == 1:
            dx_0 = ax_dx if uniform else ax_dx[0]
            out[sl(0, 1)] = (f[sl(1, 2)] - f[sl(0, 1)]) / dx_0
            dx_n = ax_dx if uniform else ax_dx[-1]
            out[sl(-1, None)] = (f[sl(-1, None)] - f[sl(-2, -1)]) / dx_n
        else:
            if uniform:
                a = -1.5 / ax_dx
                b = 2. / ax_dx
                c = -0.5 / ax_dx
            else:
                dx1 = ax_dx[0]
                dx2 = ax_dx[1]
                a = -(2. * dx1 + dx2) / (dx1 * (dx1 + dx2))
                b = (dx1 + dx2) / (dx1 * dx2)
                c = - dx1 / (dx2 * (dx1 + dx2))
            out[sl(0, 1)] = a * f[sl(0, 1)] + b * f[sl(1, 2)] + \
                c * f[sl(2, 3)]
            if uniform:
                a = 0.5 / ax_dx
                b = -2. / ax_dx
                c = 1.5 / ax_dx
            else:
                dx1 = ax_dx[-2]
                dx2 = ax_dx[-1]
                a = (dx2) / (dx1 * (dx1 + dx2))
                b = - (dx2 + dx1) / (dx1 * dx2)
                c = (2. * dx2 + dx1) / (dx2 * (dx1 + dx2))
            out[sl(-1, None)] = a * f[sl(-3, -2)] + b * f[sl(-2, -1)] + \
                c * f[sl(-1, None)]
        outvals.append(out)
    if len_axes == 1:
        return outvals[0]
    return tuple(outvals)


def trapezoid(y, x=None, dx=1.0, axis=-1):
    y = np.asarray(y)
    nd = y.ndim
    axis %= nd

    def sl(start, stop):
        index = [slice(None)] * nd
        index[axis] = slice(start, stop)
        return tuple(index)

    if x is None:
        d = dx
    else:
        x = np.asarray(x)
        if x.ndim == 1:
            d = np.diff(x)
            shape = [1] * nd
            shape[axis] = d.shape[0]
            d = d.reshape(shape)
        else:
            d = np.diff(x, axis=axis)
    return (d * (y[sl(1, None)] + y[sl(None, -1)]) / 2.0).sum(axis)


def select(condlist, choicelist, default=0):
    if len(condlist) != len(choicelist):
        raise ValueError('list of cases must be same length as list of '
                         'conditions')
    if len(condlist) == 0:
        raise ValueError('select with an empty condition list is not '
                         'possible')
    choicelist = [np.asarray(choice) for choice in choicelist]
    default = np.asarray(default)
    dtype = np.result_type(*(choicelist + [default]))
    condlist = [np.asarray(cond) for cond in condlist]
    for i, cond in enumerate(condlist):
        if cond.dtype != bool:
            raise TypeError('invalid entry {} in condlist: should be boolean '
                            'ndarray'.format(i))
    shape = np.broadcast_shapes(*[c.shape for c in condlist + choicelist]
                                + [default.shape]) \
        if hasattr(np, 'broadcast_shapes') else None
    result = np.empty(shape, dtype=dtype)
    result[...] = default
    for cond, choice in zip(condlist[::-1], choicelist[::-1]):
        result[...] = np.where(cond, choice, result)
    return result if result.ndim else result[()]


def piecewise(x, condlist, funclist, *args, **kw):
    x = np.asarray(x)
    n2 = len(funclist)
    if isinstance(condlist, np.ndarray) and condlist.ndim == x.ndim and \
            condlist.dtype == bool or np.ndim(condlist) == 0:
        condlist = [condlist]
    condlist = [np.asarray(c, dtype=bool) for c in condlist]
    n = len(condlist)
    if n == n2 - 1:
        condelse = ~np.any(np.array(condlist), axis=0, keepdims=False) \
            if n else np.ones(x.shape, dtype=bool)
        condlist = condlist + [condelse]
        n += 1
    elif n != n2:
        raise ValueError(
            'with {} condition(s), either {} or {} functions are expected'
            .format(n, n, n + 1))
    y = np.zeros(x.shape, dtype=x.dtype)
    for cond, func in zip(condlist, funclist):
        cond = np.broadcast_to(cond, x.shape)
        if not callable(func):
            y[cond] = func
        else:
            vals = x[cond]
            if vals.size > 0:
                y[cond] = func(vals, *args, **kw)
    return y


def extract(condition, arr):
    return np.take(np.ravel(arr), np.nonzero(np.ravel(condition))[0])


def compress(condition, a, axis=None, out=None):
    a = np.asarray(a)
    condition = np.asarray(condition, dtype=bool)
    if condition.ndim != 1:
        raise ValueError('condition must be a 1-d array')
    if axis is None:
        a = a.ravel()
        axis = 0
    n = a.shape[axis]
    if len(condition) > n:
        raise IndexError('index %d is out of bounds for axis %d with size %d'
                         % (len(condition) - 1, axis, n))
    result = np.take(a, np.nonzero(condition)[0], axis=axis)
    if out is not None:
        out[...] = result
        return out
    return result


def choose(a, choices, out=None, mode='raise'):
    a = np.asarray(a)
    choices = [np.asarray(c) for c in choices]
    n = len(choices)
    if mode == 'raise':
        if a.size and (a.min() < 0 or a.max() >= n):
            raise ValueError('invalid entry in choice array')
    elif mode == 'wrap':
        a = a % n
    elif mode == 'clip':
        a = np.clip(a, 0, n - 1)
    else:
        raise ValueError("clipmode must be one of 'clip', 'raise', or 'wrap'")
    result = np.zeros(np.broadcast_shapes(a.shape,
                                          *[c.shape for c in choices]),
                      dtype=np.result_type(*choices))
    for i, c in enumerate(choices):
        result[...] = np.where(a == i, c, result)
    if out is not None:
        out[...] = result
        return out
    return result


def array_equiv(a1, a2):
    a1 = np.asarray(a1)
    a2 = np.asarray(a2)
    try:
        np.broadcast_shapes(a1.shape, a2.shape)
    except ValueError:
        return False
    return bool((a1 == a2).all())


def cumulative_sum(x, /, *, axis=None, dtype=None, out=None,
                   include_initial=False):
    return cumulative(np.cumsum, 0, x, axis, dtype, out, include_initial)


def cumulative_prod(x, /, *, axis=None, dtype=None, out=None,
                    include_initial=False):
    return cumulative(np.cumprod, 1, x, axis, dtype, out, include_initial)


def cumulative(func, identity, x, axis, dtype, out, include_initial):
    x = np.asarray(x)
    if axis is None:
        if x.ndim > 1:
            raise ValueError('For arrays which have more than one dimension '
                             '``axis`` argument is required.')
        axis = 0
    result = func(x, axis=axis, dtype=dtype)
    if include_initial:
        shape = list(result.shape)
        shape[axis] = 1
        result = np.concatenate((np.full(shape, identity, dtype=result.dtype),
                                 result), axis=axis)
    if out is not None:
        out[...] = result
        return out
    return result


def replace_nan(a, val):
    a = np.asarray(a)
    if a.dtype.kind not in 'fc':
        return a, None
    mask = np.isnan(a)
    a = np.where(mask, val, a)
    return a, mask


def nanprod(a, axis=None, dtype=None, out=None, keepdims=False):
    a, _ = replace_nan(a, 1)
    return np.prod(a, axis=axis, dtype=dtype, keepdims=keepdims) \
        if out is None else with_out(
            np.prod(a, axis=axis, dtype=dtype, keepdims=keepdims), out)


def nancumsum(a, axis=None, dtype=None, out=None):
    a, _ = replace_nan(a, 0)
    return with_out(np.cumsum(a, axis=axis, dtype=dtype), out)


def nancumprod(a, axis=None, dtype=None, out=None):
    a, _ = replace_nan(a, 1)
    return with_out(np.cumprod(a, axis=axis, dtype=dtype), out)


def with_out(result, out):
    if out is None:
        return result
    out[...] = result
    return out


def nan_quantiles(a, q, axis, keepdims, method, func):
    """func (np.quantile/np.median-like) of the non-NaN values along
    axis (all values for None), NaN where a slice has none."""
    a = np.asarray(a)
    if a.dtype.kind not in 'fc':
        return func(a, q, axis, keepdims, method)
    if axis is None:
        flat = a.ravel()
        part = flat[~np.isnan(flat)]
        if part.size == 0:
            import warnings
            warnings.warn('All-NaN slice encountered', RuntimeWarning,
                          stacklevel=4)
            result = func(np.array([np.nan], dtype=a.dtype), q, None, False,
                          method)
        else:
            result = func(part, q, None, False, method)
        if keepdims:
            result = np.asarray(result).reshape(
                np.shape(result) + (1,) * a.ndim)
        return result
    axis = axis % a.ndim
    moved = np.moveaxis(a, axis, -1)
    lead = moved.shape[:-1]
    flat = moved.reshape(-1, moved.shape[-1])
    results = []
    for row in flat:
        part = row[~np.isnan(row)]
        if part.size == 0:
            part = np.array([np.nan], dtype=a.dtype)
        results.append(np.asarray(func(part, q, None, False, method)))
    if results:
        stacked = np.array([r.tolist() for r in results], dtype=a.dtype)
        qshape = results[0].shape
    else:
        qshape = np.shape(q)
        stacked = np.empty((0,) + qshape, dtype=a.dtype)
    # NumPy puts q's axes first
    result = stacked.reshape(lead + qshape)
    result = np.moveaxis(result, list(range(len(lead), len(lead) +
                                             len(qshape))),
                         list(range(len(qshape)))) if qshape else result
    if keepdims:
        result = np.expand_dims(result, len(qshape) + axis)
    return result if np.ndim(result) else result[()]


def nanquantile(a, q, axis=None, out=None, overwrite_input=False,
                method='linear', keepdims=False):
    def func(part, q, axis, keepdims, method):
        return np.quantile(part, q, axis=axis, keepdims=keepdims,
                           method=method)
    return with_out(nan_quantiles(a, q, axis, keepdims, method, func), out)


def nanpercentile(a, q, axis=None, out=None, overwrite_input=False,
                  method='linear', keepdims=False):
    q = np.true_divide(q, 100.0)
    return nanquantile(a, q, axis=axis, out=out, method=method,
                       keepdims=keepdims)


def nanmedian(a, axis=None, out=None, overwrite_input=False,
              keepdims=False):
    def func(part, q, axis, keepdims, method):
        return np.median(part, axis=axis, keepdims=keepdims)
    return with_out(nan_quantiles(a, None, axis, keepdims, 'linear', func),
                    out)


# the Chebyshev coefficients of cephes' i0 (NumPy's _i0A, _i0B): exp(-x)
# i0(x) on [0, 8] in x/2 - 2, and exp(-x) sqrt(x) i0(x) past 8 in 32/x - 2
I0_SMALL = [
    -4.41534164647933937950E-18,
    3.33079451882223809783E-17,
    -2.43127984654795469359E-16,
    1.71539128555513303061E-15,
    -1.16853328779934516808E-14,
    7.67618549860493561688E-14,
    -4.85644678311192946090E-13,
    2.95505266312963983461E-12,
    -1.72682629144155570723E-11,
    9.67580903537323691224E-11,
    -5.18979560163526290666E-10,
    2.65982372468238665035E-9,
    -1.30002500998624804212E-8,
    6.04699502254191894932E-8,
    -2.67079385394061173391E-7,
    1.11738753912010371815E-6,
    -4.41673835845875056359E-6,
    1.64484480707288970893E-5,
    -5.75419501008210370398E-5,
    1.88502885095841655729E-4,
    -5.76375574538582365885E-4,
    1.63947561694133579842E-3,
    -4.32430999505057594430E-3,
    1.05464603945949983183E-2,
    -2.37374148058994688156E-2,
    4.93052842396707084878E-2,
    -9.49010970480476444210E-2,
    1.71620901522208775349E-1,
    -3.04682672343198398683E-1,
    6.76795274409476084995E-1
    ]

I0_LARGE = [
    -7.23318048787475395456E-18,
    -4.83050448594418207126E-18,
    4.46562142029675999901E-17,
    3.46122286769746109310E-17,
    -2.82762398051658348494E-16,
    -3.42548561967721913462E-16,
    1.77256013305652638360E-15,
    3.81168066935262242075E-15,
    -9.55484669882830764870E-15,
    -4.15056934728722208663E-14,
    1.54008621752140982691E-14,
    3.85277838274214270114E-13,
    7.18012445138366623367E-13,
    -1.79417853150680611778E-12,
    -1.32158118404477131188E-11,
    -3.14991652796324136454E-11,
    1.18891471078464383424E-11,
    4.94060238822496958910E-10,
    3.39623202570838634515E-9,
    2.26666899049817806459E-8,
    2.04891858946906374183E-7,
    2.89137052083475648297E-6,
    6.88975834691682398426E-5,
    3.36911647825569408990E-3,
    8.04490411014108831608E-1
    ]


def chebyshev_series(x, coefficients):
    """cephes' chbevl: the Chebyshev series at x, by Clenshaw's
    recurrence."""
    b0 = coefficients[0]
    b1 = 0.0
    b2 = 0.0
    for coefficient in coefficients[1:]:
        b2 = b1
        b1 = b0
        b0 = x * b1 - b2 + coefficient
    return 0.5 * (b0 - b2)


def i0_small(x):
    return np.exp(x) * chebyshev_series(x / 2.0 - 2, I0_SMALL)


def i0_large(x):
    return np.exp(x) * chebyshev_series(32.0 / x - 2.0, I0_LARGE) / \
        np.sqrt(x)


def i0(x):
    """The modified Bessel function of the first kind, order 0."""
    x = np.asanyarray(x)
    if x.dtype.kind == 'c':
        raise TypeError("i0 not supported for complex values")
    if x.dtype.kind != 'f':
        x = x.astype(float)
    x = np.abs(x)
    return piecewise(x, [x <= 8.0], [i0_small, i0_large])
