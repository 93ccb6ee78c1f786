"""Counting values into bins: bincount, histogram, digitize."""

import numpy as np


def bincount(x, weights=None, minlength=0):
    x = np.asarray(x)
    if x.dtype.kind not in 'biu':
        if x.size:
            raise TypeError("Cannot cast array data from dtype('%s') to "
                            "dtype('int64') according to the rule 'safe'"
                            % x.dtype)
        x = x.astype(np.int64)
    if x.ndim != 1:
        raise ValueError("object too deep for desired array" if x.ndim > 1
                         else "object of too small depth for desired array")
    if minlength < 0:
        raise ValueError("'minlength' must not be negative")
    if x.size and x.min() < 0:
        raise ValueError("'list' argument must have no negative elements")
    length = max(int(x.max()) + 1 if x.size else 0, minlength)
    order = np.argsort(x, kind='stable')
    sorted_x = x[order]
    bins = np.arange(length)
    starts = np.searchsorted(sorted_x, bins, side='left')
    ends = np.searchsorted(sorted_x, bins, side='right')
    if weights is None:
        return (ends - starts).astype(np.int64)
    weights = np.asarray(weights, dtype=np.float64)
    if weights.shape != x.shape:
        raise ValueError("The weights and list don't have the same length.")
    # a bin's weights added in input order, as NumPy adds them (not as
    # differences of one cumulative sum, which round differently)
    sorted_weights = weights[order]
    sums = np.zeros(length)
    for b in np.nonzero(ends > starts)[0].tolist():
        sums[b] = np.cumsum(sorted_weights[starts[b]:ends[b]])[-1]
    return sums


def histogram_edges(a, bins, range):
    if isinstance(bins, str):
        raise NotImplementedError("histogram bin estimators ('%s')" % bins)
    if np.ndim(bins) == 1:
        edges = np.asarray(bins)
        if np.any(edges[:-1] > edges[1:]):
            raise ValueError("`bins` must increase monotonically, when an "
                             "array")
        return edges
    if np.ndim(bins) != 0:
        raise ValueError("`bins` must be 1d, when an array")
    if int(bins) != bins or bins < 1:
        raise ValueError("`bins` must be positive, when an integer")
    if range is not None:
        first, last = range
        if first > last:
            raise ValueError("max must be larger than min in range "
                             "parameter.")
        if not (np.isfinite(first) and np.isfinite(last)):
            raise ValueError("supplied range of [{}, {}] is not finite"
                             .format(first, last))
    elif a.size == 0:
        first, last = 0, 1
    else:
        first, last = a.min().item(), a.max().item()
        if not (np.isfinite(first) and np.isfinite(last)):
            raise ValueError("autodetected range of [{}, {}] is not finite"
                             .format(first, last))
    if first == last:
        first, last = first - 0.5, last + 0.5
    return np.linspace(first, last, int(bins) + 1)


def histogram(a, bins=10, range=None, density=None, weights=None):
    a = np.asarray(a).ravel()
    edges = histogram_edges(a, bins, range)
    if weights is not None:
        weights = np.asarray(weights).ravel()
        if weights.shape != a.shape:
            raise ValueError("weights should have the same shape as a.")
    if weights is None:
        sorted_a = np.sort(a)
        # values in [edges[i], edges[i+1]), the last bin closed
        cut = np.concatenate((
            np.searchsorted(sorted_a, edges[:-1], 'left'),
            np.searchsorted(sorted_a, edges[-1:], 'right')))
        counts = (cut[1:] - cut[:-1]).astype(np.int64)
    else:
        nbins = edges.size - 1
        inside = (a >= edges[0]) & (a <= edges[-1])
        index = np.minimum(np.searchsorted(edges, a[inside], 'right') - 1,
                           nbins - 1)
        counts = bincount(index, weights[inside], minlength=nbins)
        counts = counts.astype(weights.dtype)
    if density:
        widths = (edges[1:] - edges[:-1]).astype(np.float64)
        return counts / widths / counts.sum(), edges
    return counts, edges


def digitize(x, bins, right=False):
    x = np.asarray(x)
    bins = np.asarray(bins)
    if x.dtype.kind == 'c' or bins.dtype.kind == 'c':
        raise TypeError("x may not be complex")
    if bins.ndim != 1:
        raise ValueError("object too deep for desired array" if bins.ndim
                         else "object of too small depth for desired array")
    increasing = bool(np.all(bins[1:] >= bins[:-1]))
    if not increasing and not np.all(bins[1:] <= bins[:-1]):
        raise ValueError("bins must be monotonically increasing or "
                         "decreasing")
    side = 'left' if right else 'right'
    if increasing:
        return np.searchsorted(bins, x, side=side).astype(np.int64)
    return (bins.size - np.searchsorted(bins[::-1], x, side=side)) \
        .astype(np.int64)
