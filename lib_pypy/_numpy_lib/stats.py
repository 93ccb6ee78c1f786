"""Order statistics and moments: quantile, percentile, median, average,
cov, corrcoef."""

import numpy as np
from ._axes import normalize_axes
from ._dtypes import float_result

# method -> (alpha, beta) of the continuous quantile estimators (Hyndman
# and Fan), as NumPy names them; 'linear' (1, 1) is computed as (n-1)*q
CONTINUOUS_METHODS = {
    'interpolated_inverted_cdf': (0.0, 1.0), 'hazen': (0.5, 0.5),
    'weibull': (0.0, 0.0), 'median_unbiased': (1.0 / 3, 1.0 / 3),
    'normal_unbiased': (3.0 / 8, 3.0 / 8),
}
ALL_METHODS = ['inverted_cdf', 'averaged_inverted_cdf',
               'closest_observation', 'interpolated_inverted_cdf', 'hazen',
               'weibull', 'linear', 'median_unbiased', 'normal_unbiased',
               'lower', 'higher', 'midpoint', 'nearest']


def reduce_axes_first(a, axis):
    """a with the reduced axes merged into one leading axis, and the shape
    keepdims=True gives."""
    if axis is None:
        return a.reshape(-1), (1,) * a.ndim
    axes = normalize_axes(axis, a.ndim)
    kept = [i for i in range(a.ndim) if i not in axes]
    moved = a.transpose(list(axes) + kept)
    keep_shape = tuple(1 if i in axes else a.shape[i] for i in range(a.ndim))
    return moved.reshape((-1,) + tuple(a.shape[i] for i in kept)), \
        keep_shape


def lerp(a, b, t):
    """a + (b - a) * t, computed from the nearer end (NumPy's _lerp)."""
    diff_b_a = b - a
    return np.where(t >= 0.5, b - diff_b_a * (1 - t), a + diff_b_a * t)


def boundary_index(index, keep_previous):
    """index rounded down where keep_previous(fraction, index), else up
    (NumPy's discrete methods)."""
    previous = np.floor(index)
    chosen = np.where(keep_previous(index - previous, index), previous,
                      previous + 1)
    return np.maximum(chosen, 0).astype(np.int64)


def element_index(n, q, method):
    """The sorted position a method without interpolation takes, or None
    for the interpolating methods."""
    if method == 'lower':
        return np.floor((n - 1) * q).astype(np.int64)
    if method == 'higher':
        return np.ceil((n - 1) * q).astype(np.int64)
    if method == 'nearest':
        return np.round((n - 1) * q).astype(np.int64)   # ties to even
    if method == 'inverted_cdf':
        return boundary_index(n * q - 1, lambda gamma, _: gamma == 0)
    if method == 'closest_observation':
        return boundary_index(
            n * q - 1 - 0.5,
            lambda gamma, index: (gamma == 0) & (np.floor(index) % 2 == 1))
    return None


def interpolation_point(n, q, method):
    """(virtual index, interpolation weight) of an interpolating method."""
    if method == 'linear':
        index = (n - 1) * q
    elif method == 'midpoint':
        index = 0.5 * (np.floor((n - 1) * q) + np.ceil((n - 1) * q))
    elif method == 'averaged_inverted_cdf':
        index = n * q - 1
    else:
        alpha, beta = CONTINUOUS_METHODS[method]
        index = n * q + (alpha + q * (1 - alpha - beta)) - 1
    gamma = index - np.floor(index)
    if method == 'midpoint':
        gamma = np.where(index % 1 == 0, 0.0, 0.5)
    elif method == 'averaged_inverted_cdf':
        gamma = np.where(gamma == 0, 0.5, 1.0)
    return index, gamma


def sorted_quantiles(arr, q, method, result_type):
    """The q-quantiles of arr sorted along axis 0 (q.shape first)."""
    n = arr.shape[0]
    taken = element_index(n, q, method)
    if taken is not None:
        return np.take(arr, taken, axis=0)
    index, gamma = interpolation_point(n, q, method)
    below = np.clip(np.floor(index), 0, n - 1).astype(np.int64)
    above = np.clip(np.floor(index) + 1, 0, n - 1).astype(np.int64)
    gamma = gamma.reshape(q.shape + (1,) * (arr.ndim - 1))
    low = np.take(arr, below, axis=0).astype(result_type)
    high = np.take(arr, above, axis=0).astype(result_type)
    return lerp(low, high, gamma.astype(result_type))


def quantile_of(a, q, axis, method, keepdims, weak_q):
    a = np.asarray(a)
    if method not in ALL_METHODS:
        raise ValueError("'{}' is not a valid method. Use one of: "
                         "dict_keys({})".format(method, ALL_METHODS))
    arr, keep_shape = reduce_axes_first(a, axis)
    if arr.shape[0] == 0:
        raise IndexError("index -1 is out of bounds for axis 0 with size 0")
    arr = np.sort(arr, axis=0)
    q = np.asarray(q, dtype=np.float64)
    # a Python float q keeps float32 data float32; an array q is float64
    result_type = float_result(arr.dtype) if weak_q else \
        float_result(arr.dtype, q.dtype)
    result = sorted_quantiles(arr, q, method, result_type)
    if arr.dtype.kind in 'fc':
        # NaN sorts last: a slice holding one has a NaN quantile
        has_nan = np.isnan(arr[-1])
        if has_nan.any():
            result = np.where(has_nan, np.nan, result)
    if keepdims:
        result = result.reshape(q.shape + keep_shape)
    return result[()] if result.ndim == 0 else result


def quantile(a, q, axis=None, out=None, overwrite_input=False,
             method='linear', keepdims=False, *, weights=None):
    q_arr = np.asarray(q)
    if q_arr.size and (q_arr.min() < 0 or q_arr.max() > 1):
        raise ValueError("Quantiles must be in the range [0, 1]")
    return quantile_of(a, q, axis, method, keepdims,
                       isinstance(q, (int, float)))


def percentile(a, q, axis=None, out=None, overwrite_input=False,
               method='linear', keepdims=False, *, weights=None):
    q_arr = np.true_divide(q, 100)
    if q_arr.size and (q_arr.min() < 0 or q_arr.max() > 1):
        raise ValueError("Percentiles must be in the range [0, 100]")
    return quantile_of(a, q_arr, axis, method, keepdims,
                       isinstance(q, (int, float)))


def median(a, axis=None, out=None, overwrite_input=False, keepdims=False):
    a = np.asarray(a)
    arr, keep_shape = reduce_axes_first(a, axis)
    n = arr.shape[0]
    if n == 0:
        result = np.full(arr.shape[1:], np.nan)
    else:
        arr = np.sort(arr, axis=0)
        # the middle element, or the mean of the middle two
        middle = arr[(n - 1) // 2:n // 2 + 1]
        result = np.mean(middle, axis=0)
        if arr.dtype.kind in 'fc':
            has_nan = np.isnan(arr[-1])
            if has_nan.any():
                result = np.where(has_nan, np.nan, result)
    if keepdims:
        result = np.asarray(result).reshape(keep_shape)
    return result[()] if np.ndim(result) == 0 else result


def average(a, axis=None, weights=None, returned=False, *, keepdims=False):
    a = np.asarray(a)
    if weights is None:
        avg = np.mean(a, axis=axis, keepdims=keepdims)
        scale = np.asarray(avg).dtype.type(a.size / max(np.size(avg), 1))
    else:
        weights = np.asarray(weights)
        result_dtype = float_result(a.dtype, weights.dtype)
        if a.shape != weights.shape:
            if axis is None:
                raise TypeError("Axis must be specified when shapes of a "
                                "and weights differ.")
            axes = normalize_axes(axis, a.ndim)
            if weights.shape != tuple(a.shape[ax] for ax in axes):
                raise ValueError("Shape of weights must be consistent with "
                                 "shape of a along specified axis.")
            weights = weights.transpose(np.argsort(axes)).reshape(
                tuple(s if i in axes else 1 for i, s in enumerate(a.shape)))
            axis = axes
        weights = weights.astype(result_dtype)
        scale = np.sum(np.broadcast_to(weights, a.shape), axis=axis,
                       keepdims=keepdims)
        if np.any(scale == 0.0):
            raise ZeroDivisionError("Weights sum to zero, can't be "
                                    "normalized")
        avg = np.sum(a.astype(result_dtype) * weights, axis=axis,
                     keepdims=keepdims) / scale
    if returned:
        if np.shape(scale) != np.shape(avg):
            scale = np.broadcast_to(scale, np.shape(avg)).copy()
        return avg, scale
    return avg


def cov(m, y=None, rowvar=True, bias=False, ddof=None, fweights=None,
        aweights=None, *, dtype=None):
    if ddof is not None and ddof != int(ddof):
        raise ValueError("ddof must be integer")
    m = np.asarray(m)
    if m.ndim > 2:
        raise ValueError("m has more than 2 dimensions")
    if dtype is None:
        dtype = float_result(m.dtype) if y is None else \
            float_result(m.dtype, np.asarray(y).dtype)
    X = np.array(m, ndmin=2, dtype=dtype)
    if not rowvar and m.ndim != 1 and X.shape[0] != 1:
        X = X.T
    if X.shape[0] == 0:
        return np.array([]).reshape(0, 0)
    if y is not None:
        y = np.array(y, ndmin=2, dtype=dtype)
        if not rowvar and y.shape[0] != 1:
            y = y.T
        X = np.concatenate((X, y), axis=0)
    if ddof is None:
        ddof = 0 if bias else 1
    weights = None
    if fweights is not None:
        weights = np.asarray(fweights, dtype=np.float64)
    if aweights is not None:
        aweights = np.asarray(aweights, dtype=np.float64)
        weights = aweights if weights is None else weights * aweights
    avg, weights_sum = average(X, axis=1, weights=weights, returned=True)
    weights_sum = weights_sum[0]
    if weights is None:
        fact = X.shape[1] - ddof
    elif ddof == 0:
        fact = weights_sum
    elif aweights is None:
        fact = weights_sum - ddof
    else:
        fact = weights_sum - ddof * np.sum(weights * aweights) / weights_sum
    if fact <= 0:
        fact = 0.0
    X = X - avg.reshape(-1, 1)
    X_T = X.T if weights is None else (X * weights).T
    c = np.dot(X, X_T.conj())
    c = c * np.true_divide(1, fact)
    return c.squeeze()


def corrcoef(x, y=None, rowvar=True, *, dtype=None):
    c = cov(x, y, rowvar, dtype=dtype)
    if np.ndim(c) == 0:
        return c / c            # a single variable
    d = np.diag(c)
    stddev = np.sqrt(d.real)
    c = c / stddev.reshape(-1, 1)
    c = c / stddev.reshape(1, -1)
    if c.dtype.kind == 'c':
        return np.clip(c.real, -1, 1) + 1j * np.clip(c.imag, -1, 1)
    return np.clip(c, -1, 1)
