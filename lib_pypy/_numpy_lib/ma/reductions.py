"""numpy.ma's reductions, which leave the masked elements out: sum and
prod reduce the data with the masked elements replaced by the operation's
identity, min and max (and argmin, argmax) by the dtype's extreme on the
other side, mean divides by the count of unmasked elements. A lane with
every element masked gives a masked result (`masked` for a scalar)."""

import numpy as np

from .core import MaskedArray, nomask, masked, asanyarray, \
    default_fill_value, mask_or
from .operations import binary_functions, unary_functions


def extreme_fill_value(dtype, largest):
    """The dtype's largest (or smallest) value: what min (or max) puts
    under the mask so that masked elements never win."""
    if dtype.kind == 'b':
        return largest
    if dtype.kind in 'fc':
        return np.inf if largest else -np.inf
    info = np.iinfo(dtype)
    return info.max if largest else info.min


def reduced_mask(mask, axis, keepdims=False):
    """The mask of a reduction along `axis`: lanes entirely masked."""
    if mask is nomask:
        return nomask
    return mask.all(axis=axis, keepdims=keepdims)


def with_reduced_mask(result, mask):
    """A reduction's data `result` with its mask: a scalar is `masked` or
    itself, an array a masked array."""
    if np.ndim(result) == 0:
        if mask is not nomask and mask:
            return masked
        return result
    return MaskedArray.from_parts(np.asarray(result), mask)


def filled_reduction(method, identity):
    """The masked reduction running ndarray's `method` over the data with
    `identity` under the mask."""
    def reduce(a, axis=None, dtype=None, out=None, keepdims=False):
        a = asanyarray(a)
        # all() and any() take no dtype
        dtype_argument = {} if dtype is None else {'dtype': dtype}
        result = getattr(a.filled(identity), method)(
            axis=axis, keepdims=keepdims, **dtype_argument)
        return with_reduced_mask(result, reduced_mask(a._mask, axis,
                                                      keepdims))
    reduce.__name__ = method
    return reduce


sum = filled_reduction('sum', 0)
prod = filled_reduction('prod', 1)
product = prod
all = filled_reduction('all', True)
any = filled_reduction('any', False)


def extremum(method, largest_fill):
    """min or max: the masked elements filled with the extreme they cannot
    beat; the data of a lane entirely masked is the dtype's fill value."""
    def reduce(a, axis=None, out=None, fill_value=None, keepdims=False):
        a = asanyarray(a)
        if fill_value is None:
            fill_value = extreme_fill_value(a.dtype, largest_fill)
        result = getattr(a.filled(fill_value), method)(axis=axis,
                                                       keepdims=keepdims)
        mask = reduced_mask(a._mask, axis, keepdims)
        if np.ndim(result) and mask is not nomask:
            np.copyto(result, default_fill_value(result.dtype), where=mask)
        return with_reduced_mask(result, mask)
    reduce.__name__ = method
    return reduce


min = extremum('min', True)
max = extremum('max', False)


def position_of_extremum(method, largest_fill):
    """argmin or argmax over the data, masked elements filled so that they
    are never chosen."""
    def reduce(a, axis=None, fill_value=None, out=None, keepdims=False):
        a = asanyarray(a)
        if fill_value is None:
            fill_value = extreme_fill_value(a.dtype, largest_fill)
        return getattr(a.filled(fill_value), method)(axis=axis)
    reduce.__name__ = method
    return reduce


argmin = position_of_extremum('argmin', True)
argmax = position_of_extremum('argmax', False)


def mean(a, axis=None, dtype=None, out=None, keepdims=False):
    """The mean of the unmasked elements."""
    a = asanyarray(a)
    if a._mask is nomask:
        return a._data.mean(axis=axis, dtype=dtype, keepdims=keepdims)[()]
    total = sum(a, axis=axis, dtype=dtype, keepdims=keepdims)
    count = a.count(axis=axis, keepdims=keepdims)
    if np.ndim(count) == 0 and count == 0:
        return masked
    return binary_functions['true_divide'](
        binary_functions['multiply'](total, 1.), count)


def var(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False):
    """The variance of the unmasked elements."""
    a = asanyarray(a)
    if a._mask is nomask:
        return a._data.var(axis=axis, dtype=dtype, ddof=ddof,
                           keepdims=keepdims)[()]
    count = a.count(axis=axis, keepdims=keepdims) - ddof
    anomalies = a - mean(a, axis=axis, dtype=dtype, keepdims=True)
    if a.dtype.kind == 'c':
        anomalies = unary_functions['absolute'](anomalies) ** 2
    else:
        anomalies = anomalies * anomalies
    variance = binary_functions['true_divide'](
        sum(anomalies, axis=axis, keepdims=keepdims), count)
    if isinstance(variance, MaskedArray) and variance.ndim:
        variance._mask = mask_or(a._mask.all(axis=axis, keepdims=keepdims),
                                 count <= 0)
        variance._fill_value = a._fill_value
    return variance


def std(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False):
    """The standard deviation of the unmasked elements."""
    variance = var(a, axis=axis, dtype=dtype, ddof=ddof, keepdims=keepdims)
    if variance is masked:
        return masked
    return unary_functions['sqrt'](variance)


REDUCTIONS = [sum, prod, all, any, min, max, argmin, argmax, mean, var, std]

for reduction in REDUCTIONS:
    setattr(MaskedArray, reduction.__name__, reduction)
MaskedArray.product = prod
