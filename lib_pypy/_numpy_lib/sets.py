"""Set operations on 1-D arrays, by sorting: intersect1d, union1d,
setdiff1d, setxor1d, isin."""

import numpy as np


def unique_sorted(ar):
    """The distinct values of ar, sorted, and the index of each one's
    first occurrence (a stable sort keeps equal values in input order)."""
    ar = np.asarray(ar).ravel()
    order = np.argsort(ar, kind='stable')
    values = ar[order]
    first = np.ones(values.shape, dtype=bool)
    first[1:] = values[1:] != values[:-1]
    return values[first], order[first]


def intersect1d(ar1, ar2, assume_unique=False, return_indices=False):
    if assume_unique:
        ar1, ar2 = np.asarray(ar1).ravel(), np.asarray(ar2).ravel()
        ind1, ind2 = np.arange(ar1.size), np.arange(ar2.size)
    else:
        ar1, ind1 = unique_sorted(ar1)
        ar2, ind2 = unique_sorted(ar2)
    both = np.concatenate((ar1, ar2))
    order = np.argsort(both, kind='stable')
    both = both[order]
    common = both[1:] == both[:-1]
    values = both[:-1][common]
    if not return_indices:
        return values
    # a common value's first copy comes from ar1, the second from ar2
    in1 = order[:-1][common]
    in2 = order[1:][common] - ar1.size
    return values, ind1[in1], ind2[in2]


def union1d(ar1, ar2):
    return unique_sorted(np.concatenate((np.asarray(ar1).ravel(),
                                         np.asarray(ar2).ravel())))[0]


def setdiff1d(ar1, ar2, assume_unique=False):
    if assume_unique:
        ar1 = np.asarray(ar1).ravel()
    else:
        ar1 = unique_sorted(ar1)[0]
        ar2 = unique_sorted(ar2)[0]
    return ar1[isin(ar1, ar2, assume_unique=True, invert=True)]


def setxor1d(ar1, ar2, assume_unique=False):
    if not assume_unique:
        ar1 = unique_sorted(ar1)[0]
        ar2 = unique_sorted(ar2)[0]
    both = np.sort(np.concatenate((np.asarray(ar1).ravel(),
                                   np.asarray(ar2).ravel())))
    if both.size == 0:
        return both
    differs = np.ones(both.size + 1, dtype=bool)
    differs[1:-1] = both[1:] != both[:-1]
    # kept: the values that differ from both neighbours
    return both[differs[1:] & differs[:-1]]


def isin(element, test_elements, assume_unique=False, invert=False, *,
         kind=None):
    if kind not in (None, 'sort', 'table'):
        raise ValueError("Invalid kind: '{}'. Please use None, 'sort' or "
                         "'table'.".format(kind))
    element = np.asarray(element)
    values = np.sort(np.asarray(test_elements).ravel())
    flat = element.ravel()
    if values.size == 0:
        found = np.zeros(flat.shape, dtype=bool)
    else:
        at = np.minimum(np.searchsorted(values, flat), values.size - 1)
        found = values[at] == flat
    if invert:
        found = ~found
    return found.reshape(element.shape)


def lexsort(keys, axis=-1):
    """The stable order sorting by the last key, then the one before...
    (each key's stable argsort, from the least significant key)."""
    if isinstance(keys, tuple) or isinstance(keys, list):
        keys = [np.asarray(k) for k in keys]
    else:
        keys = list(np.asarray(keys))
    if not keys:
        raise TypeError('need sequence of keys with len > 0 in lexsort')
    shape = keys[0].shape
    for k in keys:
        if k.shape != shape:
            raise ValueError('all keys need to be the same shape')
    if len(shape) == 0:
        return np.intp(0)
    if len(shape) > 1:
        moved = [np.moveaxis(k, axis, -1) for k in keys]
        flat = [k.reshape(-1, k.shape[-1]) for k in moved]
        rows = [lexsort([f[i] for f in flat])
                for i in range(flat[0].shape[0])]
        result = np.array(rows, dtype=np.intp).reshape(moved[0].shape)
        return np.moveaxis(result, -1, axis)
    order = np.arange(shape[0])
    for k in keys:
        order = order[np.argsort(k[order], kind='stable')]
    return order


def unique_axis(ar, return_index, return_inverse, return_counts, axis):
    """np.unique(ar, axis=axis): the distinct slices along axis in
    lexicographic order of their values (NumPy compares them as records:
    NaNs stay distinct)."""
    ar = np.asarray(ar)
    ndim = ar.ndim
    if not -ndim <= axis < ndim:
        raise np.exceptions.AxisError(
            'axis %d is out of bounds for array of dimension %d'
            % (axis, ndim))
    axis %= ndim
    moved = np.moveaxis(ar, axis, 0)
    n = moved.shape[0]
    width = 1
    for dim in moved.shape[1:]:
        width *= dim
    rows = moved.reshape(n, width)
    if n:
        order = lexsort([rows[:, j] for j in range(rows.shape[1] - 1, -1, -1)]
                        ) if rows.shape[1] else np.arange(n)
        ordered = rows[order]
        first = np.ones(n, dtype=bool)
        if rows.shape[1]:
            first[1:] = (ordered[1:] != ordered[:-1]).any(axis=1)
        else:
            first[1:] = False
    else:
        order = np.arange(0)
        ordered = rows
        first = np.ones(0, dtype=bool)
    unique = ordered[first].reshape((-1,) + moved.shape[1:])
    result = [np.moveaxis(unique, 0, axis)]
    if return_index:
        result.append(order[first])
    if return_inverse:
        inverse = np.empty(n, dtype=np.intp)
        inverse[order] = np.cumsum(first) - 1
        result.append(inverse)
    if return_counts:
        starts = np.nonzero(first)[0]
        result.append(np.diff(np.concatenate((starts, [n]))))
    if len(result) == 1:
        return result[0]
    return tuple(result)
