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
