"""np.pad. Each axis is padded in turn (so the corners of later axes see
the padding of earlier ones, as in NumPy); the index-based modes (edge,
wrap, reflect, symmetric) take the padded axis as one np.take of an index
array, which also covers pads wider than the array."""

import numpy as np
from .stats import median

# mode -> the keyword arguments it accepts (NumPy's table)
ALLOWED_KWARGS = {
    'empty': [], 'edge': [], 'wrap': [],
    'constant': ['constant_values'],
    'linear_ramp': ['end_values'],
    'maximum': ['stat_length'], 'mean': ['stat_length'],
    'median': ['stat_length'], 'minimum': ['stat_length'],
    'reflect': ['reflect_type'], 'symmetric': ['reflect_type'],
}

STATISTICS = {'maximum': np.max, 'minimum': np.min, 'mean': np.mean,
              'median': median}


def as_pairs(x, ndim, as_index=False):
    """x broadcast to one (before, after) pair per axis."""
    if x is None:
        return [(None, None)] * ndim
    x = np.array(x)
    if as_index:
        x = np.round(x).astype(np.int64)
        if x.size and x.min() < 0:
            raise ValueError("index can't contain negative values")
    pairs = np.broadcast_to(x, (ndim, 2))
    return [(pairs[i, 0].item(), pairs[i, 1].item()) for i in range(ndim)]


def take_indices(mode, n, before, after):
    """Where each position of the padded axis reads from the axis."""
    i = np.arange(-before, n + after)
    if mode == 'edge' or n == 1:
        return np.clip(i, 0, n - 1)
    if mode == 'wrap':
        return i % n
    if mode == 'reflect':
        m = i % (2 * n - 2)
        return np.where(m < n, m, 2 * n - 2 - m)
    m = i % (2 * n)                          # symmetric
    return np.where(m < n, m, 2 * n - 1 - m)


def axis_slice(ndim, axis, sl):
    index = [slice(None)] * ndim
    index[axis] = sl
    return tuple(index)


def pad_by_index(a, axis, mode, before, after, reflect_type):
    n = a.shape[axis]
    padded = np.take(a, take_indices(mode, n, before, after), axis=axis)
    if reflect_type == 'odd' and mode in ('reflect', 'symmetric'):
        # odd reflection: 2 * edge - mirrored value (exact for pads up to
        # the axis' length; NumPy keeps reflecting the reflection beyond)
        positions = np.arange(-before, n + after)
        edges = np.take(a, np.where(positions < 0, 0, n - 1), axis=axis)
        shape = [1] * a.ndim
        shape[axis] = positions.size
        inside = ((positions >= 0) & (positions < n)).reshape(shape)
        padded = np.where(inside, padded, 2 * edges - padded)
    return padded


def stat_part(a, axis, mode, length, from_end):
    n = a.shape[axis]
    length = n if length is None else max(1, min(int(length), n))
    sl = slice(n - length, n) if from_end else slice(0, length)
    part = a[axis_slice(a.ndim, axis, sl)]
    value = STATISTICS[mode](part, axis=axis, keepdims=True)
    if a.dtype.kind in 'iub' and mode in ('mean', 'median'):
        value = np.round(value)
    return value.astype(a.dtype)


def ramp(edge, end, width, axis, dtype):
    """width values from end towards edge (edge excluded), along axis."""
    shape = [1] * edge.ndim
    shape[axis] = width
    t = (np.arange(width) / width).reshape(shape)
    values = end + (edge - end) * t
    if dtype.kind in 'iub':
        values = np.floor(values)
    return values.astype(dtype)


def pad_axis(a, axis, mode, before, after, kwargs):
    if mode in ('edge', 'wrap', 'reflect', 'symmetric'):
        return pad_by_index(a, axis, mode, before, after,
                            kwargs.get('reflect_type', 'even'))
    n = a.shape[axis]
    shape_before = list(a.shape)
    shape_before[axis] = before
    shape_after = list(a.shape)
    shape_after[axis] = after
    if mode in ('constant', 'empty'):
        value_before, value_after = kwargs['values'][axis]
        part_before = np.full(shape_before, value_before, dtype=a.dtype)
        part_after = np.full(shape_after, value_after, dtype=a.dtype)
    elif mode == 'linear_ramp':
        end_before, end_after = kwargs['values'][axis]
        first = a[axis_slice(a.ndim, axis, slice(0, 1))]
        last = a[axis_slice(a.ndim, axis, slice(n - 1, n))]
        part_before = ramp(first, end_before, before, axis, a.dtype)
        part_after = np.flip(ramp(last, end_after, after, axis, a.dtype),
                             axis)
    else:
        length_before, length_after = kwargs['values'][axis]
        part_before = np.broadcast_to(
            stat_part(a, axis, mode, length_before, False), shape_before)
        part_after = np.broadcast_to(
            stat_part(a, axis, mode, length_after, True), shape_after)
    return np.concatenate((part_before, a, part_after), axis=axis)


def pad(array, pad_width, mode='constant', **kwargs):
    array = np.asarray(array)
    if callable(mode):
        raise NotImplementedError("np.pad with a function as mode")
    try:
        unsupported = set(kwargs) - set(ALLOWED_KWARGS[mode])
    except KeyError:
        raise ValueError("mode '{}' is not supported".format(mode)) from None
    if unsupported:
        raise ValueError("unsupported keyword arguments for mode '{}': {}"
                         .format(mode, unsupported))
    widths = as_pairs(pad_width, array.ndim, as_index=True)
    if mode in ('constant', 'empty'):
        kwargs['values'] = as_pairs(kwargs.get('constant_values', 0),
                                    array.ndim)
    elif mode == 'linear_ramp':
        kwargs['values'] = as_pairs(kwargs.get('end_values', 0), array.ndim)
    elif mode in STATISTICS:
        kwargs['values'] = as_pairs(kwargs.get('stat_length'), array.ndim,
                                    as_index=True)
    if mode not in ('constant', 'empty'):
        for axis, (before, after) in enumerate(widths):
            if array.shape[axis] == 0 and (before or after):
                raise ValueError(
                    "can't extend empty axis {} using modes other than "
                    "'constant' or 'empty'".format(axis))
    padded = array
    for axis, (before, after) in enumerate(widths):
        if before or after:
            padded = pad_axis(padded, axis, mode, before, after, kwargs)
    return padded
