"""Differences of neighbours: diff, ediff1d."""

import numpy as np
from ._axes import normalize_axis
from ._dtypes import same_kind


def edge_values(value, a, axis):
    """prepend/append as an array to concatenate to a along axis (a
    scalar stands for one slice of that value)."""
    value = np.asarray(value)
    if value.ndim == 0:
        shape = list(a.shape)
        shape[axis] = 1
        value = np.broadcast_to(value, shape)
    return value


def diff(a, n=1, axis=-1, prepend=None, append=None):
    if n == 0:
        return a
    if n < 0:
        raise ValueError("order must be non-negative but got " + repr(n))
    a = np.asarray(a)
    if a.ndim == 0:
        raise ValueError("diff requires input that is at least one "
                         "dimensional")
    axis = normalize_axis(axis, a.ndim)
    parts = [a]
    if prepend is not None:
        parts.insert(0, edge_values(prepend, a, axis))
    if append is not None:
        parts.append(edge_values(append, a, axis))
    if len(parts) > 1:
        a = np.concatenate(parts, axis=axis)
    later = [slice(None)] * a.ndim
    earlier = [slice(None)] * a.ndim
    later[axis] = slice(1, None)
    earlier[axis] = slice(None, -1)
    later, earlier = tuple(later), tuple(earlier)
    for _ in range(n):
        if a.dtype == np.bool_:
            a = a[later] != a[earlier]
        else:
            a = a[later] - a[earlier]
    return a


def ediff1d(ary, to_end=None, to_begin=None):
    ary = np.asarray(ary).ravel()
    parts = [ary[1:] - ary[:-1]]
    for value, name, where in ((to_begin, 'to_begin', 0),
                               (to_end, 'to_end', 1)):
        if value is None:
            continue
        value = np.asarray(value)
        if not same_kind(value.dtype, ary.dtype):
            raise TypeError("dtype of `{}` must be compatible with input "
                            "`ary` under the `same_kind` rule.".format(name))
        value = value.ravel().astype(ary.dtype)
        parts.insert(len(parts) if where else 0, value)
    if len(parts) == 1:
        return parts[0]
    return np.concatenate(parts)
