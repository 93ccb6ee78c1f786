"""Splitting, joining and editing arrays, composed of indexing, take and
concatenate as NumPy's numpy/lib/_shape_base_impl.py and
_function_base_impl.py: split, array_split, hsplit, vsplit, dsplit,
column_stack, dstack, moveaxis, rollaxis, append, insert, delete, resize,
repeat, trim_zeros, take_along_axis, put_along_axis, broadcast_arrays,
broadcast_shapes, and the index helpers r_, c_, s_, index_exp."""

import numpy as np


def axis_error(axis, ndim):
    return np.exceptions.AxisError(
        'axis %d is out of bounds for array of dimension %d' % (axis, ndim))


def normalize_axis(axis, ndim):
    axis = int(axis)
    if not -ndim <= axis < ndim:
        raise axis_error(axis, ndim)
    return axis % ndim


def take_slice(a, axis, start, stop):
    index = [slice(None)] * a.ndim
    index[axis] = slice(start, stop)
    return a[tuple(index)]


def array_split(ary, indices_or_sections, axis=0):
    ary = np.asarray(ary)
    axis = normalize_axis(axis, ary.ndim)
    total = ary.shape[axis]
    try:
        len(indices_or_sections)
    except TypeError:
        sections = int(indices_or_sections)
        if sections <= 0:
            raise ValueError('number sections must be larger than 0.') \
                from None
        each, extras = divmod(total, sections)
        sizes = [0] + extras * [each + 1] + (sections - extras) * [each]
        points = [sum(sizes[:i + 1]) for i in range(len(sizes))]
    else:
        points = [0] + [int(i) for i in indices_or_sections] + [total]
    result = []
    for i in range(len(points) - 1):
        result.append(take_slice(ary, axis, points[i], points[i + 1]))
    return result


def split(ary, indices_or_sections, axis=0):
    try:
        len(indices_or_sections)
    except TypeError:
        sections = indices_or_sections
        n = np.asarray(ary).shape[axis]
        if n % sections:
            raise ValueError('array split does not result in an equal '
                             'division') from None
    return array_split(ary, indices_or_sections, axis)


def hsplit(ary, indices_or_sections):
    ary = np.asarray(ary)
    if ary.ndim == 0:
        raise ValueError('hsplit only works on arrays of 1 or more '
                         'dimensions')
    return split(ary, indices_or_sections, 1 if ary.ndim > 1 else 0)


def vsplit(ary, indices_or_sections):
    ary = np.asarray(ary)
    if ary.ndim < 2:
        raise ValueError('vsplit only works on arrays of 2 or more '
                         'dimensions')
    return split(ary, indices_or_sections, 0)


def dsplit(ary, indices_or_sections):
    ary = np.asarray(ary)
    if ary.ndim < 3:
        raise ValueError('dsplit only works on arrays of 3 or more '
                         'dimensions')
    return split(ary, indices_or_sections, 2)


def column_stack(tup):
    arrays = []
    for v in tup:
        arr = np.asarray(v)
        if arr.ndim < 2:
            arr = arr.reshape(-1, 1)
        arrays.append(arr)
    return np.concatenate(arrays, 1)


def dstack(tup):
    arrays = []
    for v in tup:
        arr = np.asarray(v)
        if arr.ndim == 0:
            arr = arr.reshape(1, 1, 1)
        elif arr.ndim == 1:
            arr = arr.reshape(1, -1, 1)
        elif arr.ndim == 2:
            arr = arr.reshape(arr.shape + (1,))
        arrays.append(arr)
    return np.concatenate(arrays, 2)


def moveaxis(a, source, destination):
    a = np.asarray(a)
    if isinstance(source, int):
        source = [source]
    if isinstance(destination, int):
        destination = [destination]
    source = [normalize_axis(s, a.ndim) for s in source]
    destination = [normalize_axis(d, a.ndim) for d in destination]
    if len(set(source)) != len(source):
        raise ValueError('repeated axis in `source` argument')
    if len(set(destination)) != len(destination):
        raise ValueError('repeated axis in `destination` argument')
    if len(source) != len(destination):
        raise ValueError('`source` and `destination` arguments must have '
                         'the same number of elements')
    order = [n for n in range(a.ndim) if n not in source]
    for dest, src in sorted(zip(destination, source)):
        order.insert(dest, src)
    return a.transpose(order)


def rollaxis(a, axis, start=0):
    a = np.asarray(a)
    n = a.ndim
    axis = normalize_axis(axis, n)
    if start < 0:
        start += n
    if not 0 <= start < n + 1:
        raise np.exceptions.AxisError(
            "'start' arg requires %d <= start < %d, but %d was passed in"
            % (-n, n + 1, start))
    if axis < start:
        start -= 1
    if axis == start:
        return a[...]
    axes = list(range(n))
    axes.remove(axis)
    axes.insert(start, axis)
    return a.transpose(axes)


def append(arr, values, axis=None):
    arr = np.asarray(arr)
    if axis is None:
        if arr.ndim != 1:
            arr = arr.ravel()
        values = np.asarray(values).ravel()
        axis = arr.ndim - 1
    return np.concatenate((arr, values), axis=axis)


def delete(arr, obj, axis=None):
    arr = np.asarray(arr)
    if axis is None:
        if arr.ndim != 1:
            arr = arr.ravel()
        axis = -1
    axis = normalize_axis(axis, arr.ndim)
    n = arr.shape[axis]
    if isinstance(obj, slice):
        keep = np.ones(n, dtype=bool)
        keep[obj] = False
    else:
        obj = np.asarray(obj)
        if obj.dtype == bool:
            if obj.shape != (n,):
                raise ValueError('boolean array argument obj to delete must '
                                 'be one dimensional and match the axis '
                                 'length of %d' % n)
            keep = ~obj
        else:
            if obj.size and obj.dtype.kind not in 'iu':
                raise IndexError('arrays used as indices must be of integer '
                                 '(or boolean) type')
            flat = obj.astype(np.intp).ravel()
            for i in flat.tolist():
                if not -n <= i < n:
                    raise IndexError('index %d is out of bounds for axis %d '
                                     'with size %d' % (i, axis, n))
            keep = np.ones(n, dtype=bool)
            keep[flat] = False
    return np.take(arr, np.arange(n)[keep], axis=axis)


def with_ndmin(a, ndmin, dtype=None):
    """np.array(a, ndmin=ndmin, dtype=dtype) without a copy."""
    a = np.asarray(a, dtype=dtype)
    if a.ndim < ndmin:
        a = a.reshape((1,) * (ndmin - a.ndim) + a.shape)
    return a


def insert(arr, obj, values, axis=None):
    arr = np.asarray(arr)
    if axis is None:
        if arr.ndim != 1:
            arr = arr.ravel()
        axis = arr.ndim - 1
    axis = normalize_axis(axis, arr.ndim)
    ndim = arr.ndim
    n = arr.shape[axis]
    newshape = list(arr.shape)
    slobj = [slice(None)] * ndim
    if isinstance(obj, slice):
        indices = np.arange(*obj.indices(n))
    else:
        indices = np.asarray(obj)
        if indices.dtype == bool:
            indices = np.nonzero(indices.ravel())[0]
        elif indices.size == 0 and not isinstance(obj, np.ndarray):
            indices = indices.astype(np.intp)
        elif indices.dtype.kind not in 'iu':
            raise IndexError('index arrays to insert must be of integer '
                             'type')
        if indices.ndim > 1:
            raise ValueError('index array argument obj to insert must be '
                             'one dimensional or scalar')
    if indices.ndim == 0:
        index = int(indices)
        if index < -n or index > n:
            raise IndexError('index %d is out of bounds for axis %d with '
                             'size %d' % (index, axis, n))
        if index < 0:
            index += n
        values = with_ndmin(values, ndim, arr.dtype)
        # as a[:, 0:1, :] = values, not a[:, 0, :] = values
        values = moveaxis(values, 0, axis)
        numnew = values.shape[axis]
        newshape[axis] += numnew
        new = np.empty(newshape, dtype=arr.dtype)
        slobj[axis] = slice(None, index)
        new[tuple(slobj)] = arr[tuple(slobj)]
        slobj[axis] = slice(index, index + numnew)
        new[tuple(slobj)] = values
        slobj[axis] = slice(index + numnew, None)
        slobj2 = [slice(None)] * ndim
        slobj2[axis] = slice(index, None)
        new[tuple(slobj)] = arr[tuple(slobj2)]
        return new
    indices = indices.astype(np.intp)
    for i in indices.tolist():
        if not -n <= i <= n:
            raise IndexError('index %d is out of bounds for axis %d with '
                             'size %d' % (i, axis, n))
    indices = np.where(indices < 0, indices + n, indices)
    numnew = len(indices)
    order = np.argsort(indices, kind='stable')
    indices[order] += np.arange(numnew)
    newshape[axis] += numnew
    old_mask = np.ones(newshape[axis], dtype=bool)
    old_mask[indices] = False
    new = np.empty(newshape, dtype=arr.dtype)
    slobj2 = [slice(None)] * ndim
    slobj[axis] = indices
    slobj2[axis] = old_mask
    new[tuple(slobj)] = values
    new[tuple(slobj2)] = arr
    return new


def resize(a, new_shape):
    a = np.asarray(a)
    if isinstance(new_shape, int):
        new_shape = (new_shape,)
    flat = a.ravel()
    new_size = 1
    for dim in new_shape:
        if dim < 0:
            raise ValueError('all elements of `new_shape` must be '
                             'non-negative')
        new_size *= dim
    if flat.size == 0 or new_size == 0:
        return np.zeros(new_shape, dtype=a.dtype)
    repeats = -(-new_size // flat.size)
    flat = np.concatenate((flat,) * repeats)[:new_size]
    return flat.reshape(new_shape)


def repeat(a, repeats, axis=None):
    a = np.asarray(a)
    if axis is None:
        a = a.ravel()
        axis = 0
    axis = normalize_axis(axis, a.ndim)
    n = a.shape[axis]
    counts = np.broadcast_to(np.asarray(repeats), (n,)) \
        if np.asarray(repeats).ndim == 0 else np.asarray(repeats)
    if counts.shape != (n,):
        raise ValueError('operands could not be broadcast together with '
                         'shape (%d,) (%d,)' % (n, counts.shape[0]))
    if n and counts.min() < 0:
        raise ValueError('repeats may not contain negative values.')
    ends = np.cumsum(counts)
    total = int(ends[-1]) if n else 0
    index = np.searchsorted(ends, np.arange(total), side='right')
    return np.take(a, index, axis=axis)


def trim_zeros(filt, trim='fb'):
    filt = np.asarray(filt)
    trim = trim.lower()
    nonzero = np.nonzero(filt != 0)[0] if filt.ndim == 1 else None
    if nonzero is None:
        raise ValueError('trim_zeros of a 1-d array only')
    if len(nonzero) == 0:
        return filt[:0]
    start = int(nonzero[0]) if 'f' in trim else 0
    stop = int(nonzero[-1]) + 1 if 'b' in trim else len(filt)
    return filt[start:stop]


def take_along_axis(arr, indices, axis=-1):
    arr = np.asarray(arr)
    indices = np.asarray(indices)
    if axis is None:
        if indices.ndim != 1:
            raise ValueError('when axis=None, `indices` must have a single '
                             'dimension.')
        return arr.ravel()[indices]
    axis = normalize_axis(axis, arr.ndim)
    if indices.ndim != arr.ndim:
        raise ValueError('`indices` and `arr` must have the same number of '
                         'dimensions')
    return arr[fancy_index(arr.shape, indices, axis)]


def fancy_index(shape, indices, axis):
    """The index tuple picking indices along axis, the other axes
    broadcast as aranges."""
    index = []
    ndim = len(shape)
    for dim in range(ndim):
        if dim == axis:
            index.append(indices)
        else:
            shape_ones = [1] * ndim
            shape_ones[dim] = shape[dim]
            index.append(np.arange(shape[dim]).reshape(shape_ones))
    return tuple(index)


def put_along_axis(arr, indices, values, axis):
    indices = np.asarray(indices)
    if axis is None:
        if indices.ndim != 1:
            raise ValueError('when axis=None, `indices` must have a single '
                             'dimension.')
        flat = arr.reshape(-1)
        flat[indices] = values
        return
    axis = normalize_axis(axis, arr.ndim)
    if indices.ndim != arr.ndim:
        raise ValueError('`indices` and `arr` must have the same number of '
                         'dimensions')
    arr[fancy_index(arr.shape, indices, axis)] = values


def broadcast_shapes(*args):
    ndim = max([len(s) if not isinstance(s, int) else 1 for s in args],
               default=0)
    result = [1] * ndim
    for s in args:
        s = (s,) if isinstance(s, int) else tuple(s)
        for i, dim in enumerate(s):
            j = ndim - len(s) + i
            if result[j] == 1:
                result[j] = dim
            elif dim != 1 and dim != result[j]:
                raise ValueError(
                    'shape mismatch: objects cannot be broadcast to a single '
                    'shape.  Mismatch is between arg 0 with shape %s and arg '
                    '1 with shape %s.' % (tuple(result), s))
    return tuple(result)


def broadcast_arrays(*args):
    arrays = [np.asarray(a) for a in args]
    shape = broadcast_shapes(*[a.shape for a in arrays])
    return tuple(a if a.shape == shape else np.broadcast_to(a, shape)
                 for a in arrays)


class IndexExpression:
    def __init__(self, maketuple):
        self.maketuple = maketuple

    def __getitem__(self, item):
        if self.maketuple and not isinstance(item, tuple):
            return (item,)
        return item


index_exp = IndexExpression(maketuple=True)
s_ = IndexExpression(maketuple=False)


class AxisConcatenator:
    """np.r_ and np.c_: slices as aranges (a complex step as linspace's
    count), scalars and arrays joined along an axis (the directives 'r',
    'c' and 'axis,ndmin,trans1d' as NumPy's first item)."""

    def __init__(self, axis=0, ndmin=1, trans1d=-1):
        self.axis = axis
        self.ndmin = ndmin
        self.trans1d = trans1d

    def __getitem__(self, key):
        if not isinstance(key, tuple):
            key = (key,)
        axis = self.axis
        ndmin = self.ndmin
        trans1d = self.trans1d
        matrix = None
        objs = []
        scalars = []
        for k, item in enumerate(key):
            if isinstance(item, slice):
                step = item.step
                start = 0 if item.start is None else item.start
                stop = item.stop
                if isinstance(step, complex):
                    newobj = np.linspace(start, stop, num=int(abs(step)))
                else:
                    newobj = np.arange(start, stop,
                                       1 if step is None else step)
                if ndmin > 1:
                    newobj = with_ndmin(newobj, ndmin)
                    if trans1d != -1:
                        newobj = newobj.swapaxes(-1, trans1d)
            elif isinstance(item, str):
                if k != 0:
                    raise ValueError('special directives must be the first '
                                     'entry.')
                if item in ('r', 'c'):
                    matrix = item
                    continue
                parts = item.split(',')
                try:
                    axis = int(parts[0])
                    if len(parts) > 1:
                        ndmin = int(parts[1])
                    if len(parts) > 2:
                        trans1d = int(parts[2])
                except Exception as e:
                    raise ValueError('unknown special directive %r'
                                     % item) from e
                continue
            elif np.ndim(item) == 0:
                newobj = with_ndmin(item, ndmin)
                scalars.append(len(objs))
            else:
                item_ndim = np.ndim(item)
                newobj = with_ndmin(item, ndmin)
                if trans1d != -1 and item_ndim < ndmin:
                    k2 = ndmin - item_ndim
                    k1 = trans1d
                    if k1 < 0:
                        k1 += k2 + 1
                    defaxes = list(range(ndmin))
                    axes = defaxes[:k1] + defaxes[k2:] + defaxes[k1:k2]
                    newobj = newobj.transpose(axes)
            objs.append(newobj)
        if not objs:
            return np.array([])
        arrays = [o for i, o in enumerate(objs) if i not in scalars]
        if arrays:
            dtype = np.result_type(*[o.dtype for o in arrays])
            objs = [o.astype(dtype) if i in scalars else o
                    for i, o in enumerate(objs)]
        result = np.concatenate(tuple(objs), axis=axis)
        if matrix is not None and result.ndim == 1:
            result = result.reshape(-1, 1) if matrix == 'c' \
                else result.reshape(1, -1)
        return result

    def __len__(self):
        return 0


r_ = AxisConcatenator(0)
c_ = AxisConcatenator(-1, ndmin=2, trans1d=0)
