"""Reductions that skip NaNs: nansum, nanmean, nanvar, nanstd, nanmax,
nanmin, nanargmax, nanargmin. NaNs are replaced by a neutral value and
the plain reduction runs; integer arrays have no NaN."""

import numpy as np


def replace_nan(a, value):
    """(a with NaNs replaced by value, the NaN mask or None)."""
    a = np.asarray(a)
    if a.dtype.kind not in 'fc':
        return a, None
    mask = np.isnan(a)
    return np.where(mask, value, a).astype(a.dtype), mask


def nansum(a, axis=None, dtype=None, out=None, keepdims=False, initial=None,
           where=None):
    a, _ = replace_nan(a, 0)
    if dtype is not None:
        a = a.astype(dtype)
    return np.sum(a, axis=axis, keepdims=keepdims)


def valid_count(a, mask, axis, keepdims):
    if mask is None:
        return np.sum(np.ones(a.shape, dtype=np.int64), axis=axis,
                      keepdims=keepdims)
    return np.sum(~mask, axis=axis, keepdims=keepdims)


def nanmean(a, axis=None, dtype=None, out=None, keepdims=False, *,
            where=None):
    arr, mask = replace_nan(a, 0)
    if mask is None:
        return np.mean(arr, axis=axis, keepdims=keepdims)
    if dtype is not None:
        arr = arr.astype(dtype)
    count = valid_count(arr, mask, axis, keepdims)
    return np.sum(arr, axis=axis, keepdims=keepdims) / count


def nanvar(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *,
           where=None, mean=None, correction=None):
    arr, mask = replace_nan(a, 0)
    if mask is None:
        return np.var(arr, axis=axis, ddof=ddof, keepdims=keepdims)
    if dtype is not None:
        arr = arr.astype(dtype)
    count = valid_count(arr, mask, axis, True)
    avg = np.sum(arr, axis=axis, keepdims=True) / count
    deviation = np.where(mask, 0, arr - avg)
    if deviation.dtype.kind == 'c':
        squares = (deviation * deviation.conj()).real
    else:
        squares = deviation * deviation
    degrees = count - ddof
    var = np.sum(squares, axis=axis, keepdims=True) / np.where(
        degrees > 0, degrees, 0)
    var = np.where(degrees > 0, var, np.nan)
    if not keepdims:
        var = var.reshape(np.sum(squares, axis=axis).shape)
    return var[()] if var.ndim == 0 else var


def nanstd(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *,
           where=None, mean=None, correction=None):
    return np.sqrt(nanvar(a, axis=axis, dtype=dtype, ddof=ddof,
                          keepdims=keepdims))


def nan_extreme(reduce, fill, a, axis, keepdims):
    arr, mask = replace_nan(a, fill)
    result = reduce(arr, axis=axis, keepdims=keepdims)
    if mask is None:
        return result
    all_nan = np.all(mask, axis=axis, keepdims=keepdims)
    if np.any(all_nan):
        result = np.where(all_nan, np.nan, result)
        return result[()] if result.ndim == 0 else result
    return result


def nanmax(a, axis=None, out=None, keepdims=False, initial=None,
           where=None):
    return nan_extreme(np.max, -np.inf, a, axis, keepdims)


def nanmin(a, axis=None, out=None, keepdims=False, initial=None,
           where=None):
    return nan_extreme(np.min, np.inf, a, axis, keepdims)


def nan_arg_extreme(arg, fill, a, axis, keepdims):
    arr, mask = replace_nan(a, fill)
    if mask is not None and np.any(np.all(mask, axis=axis)):
        raise ValueError("All-NaN slice encountered")
    return arg(arr, axis=axis, keepdims=keepdims)


def nanargmax(a, axis=None, out=None, *, keepdims=False):
    return nan_arg_extreme(np.argmax, -np.inf, a, axis, keepdims)


def nanargmin(a, axis=None, out=None, *, keepdims=False):
    return nan_arg_extreme(np.argmin, np.inf, a, axis, keepdims)
