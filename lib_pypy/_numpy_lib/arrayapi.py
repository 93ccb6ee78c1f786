"""NumPy 2's array-API names (acos, pow, concat, permute_dims, astype,
unstack, unique_values/counts/inverse/all...) and small np-level helpers
composed of array operations: isneginf, isposinf, copyto,
asfortranarray, isfortran, block, unwrap, apply_over_axes, array_repr,
array_str, binary_repr, base_repr."""

import numpy as np

acos = np.arccos
acosh = np.arccosh
asin = np.arcsin
asinh = np.arcsinh
atan = np.arctan
atanh = np.arctanh
atan2 = np.arctan2
pow = np.power
bitwise_left_shift = np.left_shift
bitwise_right_shift = np.right_shift
bitwise_invert = np.invert


def concat(arrays, /, *, axis=0):
    return np.concatenate(arrays, axis=axis)


def permute_dims(a, /, axes=None):
    return np.transpose(a, axes)


def astype(x, dtype, /, *, copy=True, device=None):
    x = np.asarray(x)
    if not copy and x.dtype == np.dtype(dtype):
        return x
    return x.astype(dtype)


def unstack(x, /, *, axis=0):
    x = np.asarray(x)
    if x.ndim == 0:
        raise ValueError('Input array must be at least 1-d.')
    axis %= x.ndim
    order = [axis] + [i for i in range(x.ndim) if i != axis]
    return tuple(x.transpose(order))


def named_result(name, fields):
    """A tuple class with NumPy's named fields and repr."""
    def __new__(cls, *values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        return '%s(%s)' % (name, ', '.join(
            '%s=%r' % (f, v) for f, v in zip(fields, self)))

    namespace = {'__new__': __new__, '__repr__': __repr__,
                 '_fields': tuple(fields), '__slots__': ()}
    for i, f in enumerate(fields):
        namespace[f] = property(lambda self, i=i: tuple.__getitem__(self, i))
    return type(name, (tuple,), namespace)


UniqueAllResult = named_result(
    'UniqueAllResult', ['values', 'indices', 'inverse_indices', 'counts'])
UniqueCountsResult = named_result('UniqueCountsResult', ['values', 'counts'])
UniqueInverseResult = named_result('UniqueInverseResult',
                                   ['values', 'inverse_indices'])


def unique_all(x):
    x = np.asarray(x)
    values, indices, inverse, counts = np.unique(
        x, return_index=True, return_inverse=True, return_counts=True,
        equal_nan=False)
    return UniqueAllResult(values, indices, inverse.reshape(x.shape), counts)


def unique_counts(x):
    values, counts = np.unique(x, return_counts=True, equal_nan=False)
    return UniqueCountsResult(values, counts)


def unique_inverse(x):
    x = np.asarray(x)
    values, inverse = np.unique(x, return_inverse=True, equal_nan=False)
    return UniqueInverseResult(values, inverse.reshape(x.shape))


def unique_values(x):
    return np.unique(x, equal_nan=False)


def isneginf(x, out=None):
    x = np.asarray(x)
    if x.dtype.kind == 'c':
        raise TypeError('This operation is not supported for complex values '
                        'because it would be ambiguous.')
    result = np.isinf(x) & (x < 0)
    return with_out(result, out)


def isposinf(x, out=None):
    x = np.asarray(x)
    if x.dtype.kind == 'c':
        raise TypeError('This operation is not supported for complex values '
                        'because it would be ambiguous.')
    result = np.isinf(x) & (x > 0)
    return with_out(result, out)


def with_out(result, out):
    if out is None:
        return result if result.ndim else result[()]
    out[...] = result
    return out


def copyto(dst, src, casting='same_kind', where=True):
    src = np.asarray(src)
    if where is True:
        dst[...] = src
    else:
        dst[...] = np.where(where, src, dst)


def asfortranarray(a, dtype=None):
    a = np.asarray(a, dtype=dtype)
    if a.ndim <= 1:
        return a
    if a.flags.f_contiguous:
        return a
    return a.T.copy().T


def isfortran(a):
    return bool(a.flags.f_contiguous and not a.flags.c_contiguous)


def block(arrays):
    """NumPy's np.block: nested lists joined along the last axes, the
    innermost lists along the last axis."""
    def depth_of(x, index):
        if isinstance(x, tuple):
            raise TypeError(
                '{} is a tuple. Only lists can be used to arrange blocks, '
                'and np.block does not allow implicit conversion from tuple '
                'to ndarray.'.format(index))
        if isinstance(x, list):
            if len(x) == 0:
                raise ValueError('List at {} cannot be empty'.format(index))
            depths = [depth_of(item, index + '[%d]' % i)
                      for i, item in enumerate(x)]
            first = depths[0]
            if any(d != first for d in depths):
                raise ValueError('List depths are mismatched. (at {})'
                                 .format(index))
            return first + 1
        return 0

    list_ndim = depth_of(arrays, 'arrays')
    leaves = []

    def collect(x):
        if isinstance(x, list):
            for item in x:
                collect(item)
        else:
            leaves.append(np.asarray(x))
    collect(arrays)
    result_ndim = max([list_ndim] + [a.ndim for a in leaves])

    def join(x, depth):
        if depth == list_ndim:
            a = np.asarray(x)
            if a.ndim < result_ndim:
                a = a.reshape((1,) * (result_ndim - a.ndim) + a.shape)
            return a
        parts = [join(item, depth + 1) for item in x]
        return np.concatenate(parts, axis=-(list_ndim - depth))
    return join(arrays, 0)


def unwrap(p, discont=None, axis=-1, *, period=6.283185307179586):
    p = np.asarray(p)
    nd = p.ndim
    axis %= nd
    dd = np.diff(p, axis=axis)
    if discont is None:
        discont = period / 2

    def sl(start, stop):
        index = [slice(None)] * nd
        index[axis] = slice(start, stop)
        return tuple(index)

    dtype = np.result_type(dd, period)
    if dtype.kind in 'iu':
        interval_high, rem = divmod(period, 2)
        boundary_ambiguous = rem == 0
    else:
        interval_high = period / 2
        boundary_ambiguous = True
    interval_low = -interval_high
    ddmod = np.mod(dd - interval_low, period) + interval_low
    if boundary_ambiguous:
        ddmod = np.where((ddmod == interval_low) & (dd > 0), interval_high,
                         ddmod)
    ph_correct = ddmod - dd
    ph_correct = np.where(np.abs(dd) < discont, 0, ph_correct)
    up = np.array(p, copy=True, dtype=dtype)
    up[sl(1, None)] = p[sl(1, None)] + np.cumsum(ph_correct, axis=axis)
    return up


def apply_over_axes(func, a, axes):
    val = np.asarray(a)
    n = val.ndim
    if np.ndim(axes) == 0:
        axes = (axes,)
    for axis in axes:
        if axis < 0:
            axis = n + axis
        res = func(val, axis)
        if np.ndim(res) == val.ndim:
            val = res
        else:
            res = np.expand_dims(res, axis)
            if np.ndim(res) == val.ndim:
                val = res
            else:
                raise ValueError('function is not returning an array of the '
                                 'correct shape')
    return val


def array_repr(arr, max_line_width=None, precision=None,
               suppress_small=None):
    return repr(np.asarray(arr))


def array_str(a, max_line_width=None, precision=None, suppress_small=None):
    return str(np.asarray(a))


def binary_repr(num, width=None):
    num = int(num)
    if num == 0:
        return '0' * (width or 1)
    if num > 0:
        binary = bin(num)[2:]
        binwidth = len(binary)
        outwidth = binwidth if width is None else max(binwidth, width)
        return binary.zfill(outwidth)
    if width is None:
        return '-' + bin(-num)[2:]
    poswidth = len(bin(-num)[2:])
    if 2 ** (poswidth - 1) == -num:
        poswidth -= 1
    twocomp = 2 ** (poswidth + 1) + num
    binary = bin(twocomp)[2:]
    binwidth = len(binary)
    outwidth = max(binwidth, width)
    return '1' * (outwidth - binwidth) + binary


def base_repr(number, base=2, padding=0):
    digits = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
    if base > len(digits):
        raise ValueError('Bases greater than 36 not handled in base_repr.')
    if base < 2:
        raise ValueError('Bases less than 2 not handled in base_repr.')
    num = abs(int(number))
    res = []
    while num:
        res.append(digits[num % base])
        num //= base
    if padding:
        res.append('0' * padding)
    if number < 0:
        res.append('-')
    return ''.join(reversed(res or '0'))
