"""Counting values into bins: bincount, histogram, digitize."""

import numpy as np
from .stats import percentile

builtin_range = range      # (the functions' argument `range` hides it)


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


def peak_to_peak(x):
    return float(x.max().item() - x.min().item())


def width_fd(x):
    """Freedman-Diaconis: twice the interquartile range / cube root of n."""
    upper, lower = percentile(x, [75, 25]).tolist()
    return 2.0 * (upper - lower) * x.size ** (-1.0 / 3.0)


def width_sturges(x):
    return peak_to_peak(x) / (np.log2(x.size) + 1.0)


def width_sqrt(x):
    return peak_to_peak(x) / np.sqrt(x.size)


def width_doane(x):
    if x.size > 2:
        sg1 = np.sqrt(6.0 * (x.size - 2) / ((x.size + 1.0) * (x.size + 3)))
        sigma = np.std(x)
        if sigma > 0.0:
            g1 = np.mean(((x - np.mean(x)) / sigma) ** 3)
            return peak_to_peak(x) / (1.0 + np.log2(x.size) +
                                      np.log2(1.0 + np.absolute(g1) / sg1))
    return 0.0


def width_auto(x):
    # the smaller of Sturges and FD, FD kept from giving too many bins
    return min(max(width_fd(x), width_sqrt(x) / 2), width_sturges(x))


# NumPy's bin width estimators ('stone', which minimizes a cost over bin
# counts, is not here)
BIN_WIDTH_ESTIMATORS = {
    'auto': width_auto, 'doane': width_doane, 'fd': width_fd,
    'rice': lambda x: peak_to_peak(x) / (2.0 * x.size ** (1.0 / 3)),
    'scott': lambda x: (24.0 * np.pi ** 0.5 / x.size) ** (1.0 / 3.0) *
    np.std(x),
    'sqrt': width_sqrt, 'sturges': width_sturges,
}


def outer_edges(a, range):
    """The first and last bin edge: range, or a's extent."""
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
    return first, last


def estimated_bin_count(a, name, range, weights):
    if name not in BIN_WIDTH_ESTIMATORS:
        if name == 'stone':
            raise NotImplementedError("histogram bins='stone'")
        raise ValueError("{!r} is not a valid estimator for `bins`"
                         .format(name))
    if weights is not None:
        raise TypeError("Automated estimation of the number of bins is not "
                        "supported for weighted data")
    first, last = outer_edges(a, range)
    if range is not None:
        a = a[(a >= first) & (a <= last)]
    if a.size == 0:
        return 1
    width = BIN_WIDTH_ESTIMATORS[name](a)
    if not width:
        return 1
    if a.dtype.kind in 'biu' and width < 1:
        width = 1
    return int(np.ceil((last - first) / width))


def histogram_edges(a, bins, range, weights):
    if isinstance(bins, str):
        bins = estimated_bin_count(a, bins, range, weights)
    elif np.ndim(bins) == 1:
        edges = np.asarray(bins)
        if np.any(edges[:-1] > edges[1:]):
            raise ValueError("`bins` must increase monotonically, when an "
                             "array")
        return edges
    elif np.ndim(bins) != 0:
        raise ValueError("`bins` must be 1d, when an array")
    elif int(bins) != bins or bins < 1:
        raise ValueError("`bins` must be positive, when an integer")
    first, last = outer_edges(a, range)
    return np.linspace(first, last, int(bins) + 1)


def histogram(a, bins=10, range=None, density=None, weights=None):
    a = np.asarray(a).ravel()
    edges = histogram_edges(a, bins, range, weights)
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


def histogram_bin_edges(a, bins=10, range=None, weights=None):
    return histogram_edges(np.asarray(a).ravel(), bins, range, weights)


def histogramdd(sample, bins=10, range=None, density=None, weights=None):
    """NumPy's: each dimension's bin by searchsorted (a value on the last
    edge in the last bin), the bins of all dimensions counted at once by
    bincount of their flat index."""
    try:
        n, d = sample.shape
    except (AttributeError, ValueError):
        sample = np.asarray(sample)
        sample = (sample.reshape(1, -1) if sample.ndim < 2 else sample).T
        n, d = sample.shape
    edges = d * [None]
    dedges = d * [None]
    nbin = [0] * d
    if weights is not None:
        weights = np.asarray(weights)
    try:
        m = len(bins)
        if m != d:
            raise ValueError('The dimension of bins must be equal to the '
                             'dimension of the sample x.')
    except TypeError:
        bins = d * [bins]
    if range is None:
        range = (None,) * d
    elif len(range) != d:
        raise ValueError('range argument must have one entry per dimension')
    for i in builtin_range(d):
        if np.ndim(bins[i]) == 0:
            if bins[i] < 1:
                raise ValueError('`bins[{}]` must be positive, when an '
                                 'integer'.format(i))
            smin, smax = outer_edges(sample[:, i], range[i])
            if int(bins[i]) != bins[i]:
                raise TypeError('`bins[{}]` must be an integer, when a '
                                'scalar'.format(i))
            edges[i] = np.linspace(smin, smax, int(bins[i]) + 1)
        elif np.ndim(bins[i]) == 1:
            edges[i] = np.asarray(bins[i])
            if np.any(edges[i][:-1] > edges[i][1:]):
                raise ValueError('`bins[{}]` must be monotonically '
                                 'increasing, when an array'.format(i))
        else:
            raise ValueError('`bins[{}]` must be a scalar or 1d array'
                             .format(i))
        nbin[i] = len(edges[i]) + 1     # an outlier bin at each end
        dedges[i] = np.diff(edges[i])
    counts = []
    for i in builtin_range(d):
        index = np.searchsorted(edges[i], sample[:, i], side='right')
        index[sample[:, i] == edges[i][-1]] -= 1
        counts.append(index)
    flat = np.ravel_multi_index(tuple(counts), tuple(nbin))
    size = 1
    for k in nbin:
        size *= k
    hist = bincount(flat, weights, minlength=size)
    hist = hist.reshape(tuple(nbin)).astype(float)
    hist = hist[d * (slice(1, -1),)]
    if density:
        s = hist.sum()
        for i in builtin_range(d):
            shape = [1] * d
            shape[i] = nbin[i] - 2
            hist = hist / dedges[i].reshape(shape)
        hist /= s
    return hist, edges


def histogram2d(x, y, bins=10, range=None, density=None, weights=None):
    try:
        n = len(bins)
    except TypeError:
        n = 1
    if n != 1 and n != 2:
        xedges = yedges = np.asarray(bins)
        bins = [xedges, yedges]
    hist, edges = histogramdd([x, y], bins, range, density, weights)
    return hist, edges[0], edges[1]
