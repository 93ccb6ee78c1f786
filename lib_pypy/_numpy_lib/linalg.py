"""numpy.linalg's functions composed of array operations: norm (every
ord, axis and keepdims), cond, multi_dot (NumPy's cheapest order of the
products) and NumPy 2's array-API names (matrix_norm, vector_norm,
svdvals, matrix_transpose, matmul, outer, trace, diagonal, tensordot,
cross, vecdot). The numpy.linalg module's __getattr__ takes the names of
__all__ from here; the decompositions themselves are RPython
(pypy/module/micronumpy/numpy_linalg.py). As NumPy's
numpy/linalg/_linalg.py, so that the results round the same."""

import numpy as np

__all__ = ['norm', 'cond', 'multi_dot', 'matrix_norm', 'vector_norm',
           'svdvals', 'matrix_transpose', 'matmul', 'outer', 'trace',
           'diagonal', 'tensordot', 'cross', 'vecdot']

inf = float('inf')


def normalize_axis(axis, ndim):
    if not -ndim <= axis < ndim:
        raise np.exceptions.AxisError(
            'axis %d is out of bounds for array of dimension %d'
            % (axis, ndim))
    return axis % ndim


def last_two_axes_first(x, row_axis, col_axis):
    """x with row_axis and col_axis moved to the end, in that order."""
    rest = [i for i in range(x.ndim) if i not in (row_axis, col_axis)]
    return x.transpose(rest + [row_axis, col_axis])


def multi_svd_norm(x, row_axis, col_axis, op):
    y = last_two_axes_first(x, row_axis, col_axis)
    return op(np.linalg.svd(y, compute_uv=False), axis=-1)


def norm(x, ord=None, axis=None, keepdims=False):
    x = np.asarray(x)
    if x.dtype.kind not in 'fc':
        x = x.astype(float)
    if axis is None:
        ndim = x.ndim
        if ord is None or (ord in ('f', 'fro') and ndim == 2) or \
                (ord == 2 and ndim == 1):
            x = x.ravel()
            if x.dtype.kind == 'c':
                x_real = x.real
                x_imag = x.imag
                sqnorm = x_real.dot(x_real) + x_imag.dot(x_imag)
            else:
                sqnorm = x.dot(x)
            ret = np.sqrt(sqnorm)
            if keepdims:
                ret = ret.reshape(ndim * [1])
            return ret
    nd = x.ndim
    if axis is None:
        axis = tuple(range(nd))
    elif not isinstance(axis, tuple):
        try:
            axis = int(axis)
        except Exception as e:
            raise TypeError("'axis' must be None, an integer or a tuple of "
                            "integers") from e
        axis = (axis,)
    if len(axis) == 1:
        if isinstance(ord, str):
            raise ValueError(f"Invalid norm order '{ord}' for vectors")
        if ord == inf:
            return np.abs(x).max(axis=axis, keepdims=keepdims)
        if ord == -inf:
            return np.abs(x).min(axis=axis, keepdims=keepdims)
        if ord == 0:
            return (x != 0).astype(x.real.dtype).sum(axis=axis,
                                                     keepdims=keepdims)
        if ord == 1:
            return np.add.reduce(np.abs(x), axis=axis, keepdims=keepdims)
        if ord is None or ord == 2:
            s = (x.conj() * x).real
            return np.sqrt(np.add.reduce(s, axis=axis, keepdims=keepdims))
        absx = np.abs(x)
        absx **= ord
        ret = np.add.reduce(absx, axis=axis, keepdims=keepdims)
        ret **= np.asarray(1.0 / ord, dtype=ret.dtype)
        return ret
    if len(axis) == 2:
        row_axis, col_axis = axis
        row_axis = normalize_axis(row_axis, nd)
        col_axis = normalize_axis(col_axis, nd)
        if row_axis == col_axis:
            raise ValueError('Duplicate axes given.')
        if ord == 2:
            ret = multi_svd_norm(x, row_axis, col_axis, np.amax)
        elif ord == -2:
            ret = multi_svd_norm(x, row_axis, col_axis, np.amin)
        elif ord == 1:
            if col_axis > row_axis:
                col_axis -= 1
            ret = np.add.reduce(np.abs(x), axis=row_axis).max(axis=col_axis)
        elif ord == inf:
            if row_axis > col_axis:
                row_axis -= 1
            ret = np.add.reduce(np.abs(x), axis=col_axis).max(axis=row_axis)
        elif ord == -1:
            if col_axis > row_axis:
                col_axis -= 1
            ret = np.add.reduce(np.abs(x), axis=row_axis).min(axis=col_axis)
        elif ord == -inf:
            if row_axis > col_axis:
                row_axis -= 1
            ret = np.add.reduce(np.abs(x), axis=col_axis).min(axis=row_axis)
        elif ord in [None, 'fro', 'f']:
            ret = np.sqrt(np.add.reduce((x.conj() * x).real, axis=axis))
        elif ord == 'nuc':
            ret = multi_svd_norm(x, row_axis, col_axis, np.sum)
        else:
            raise ValueError('Invalid norm order for matrices.')
        if keepdims:
            ret_shape = list(x.shape)
            ret_shape[axis[0]] = 1
            ret_shape[axis[1]] = 1
            ret = ret.reshape(ret_shape)
        return ret
    raise ValueError('Improper number of dimensions to norm.')


def matrix_norm(x, /, *, keepdims=False, ord='fro'):
    return norm(x, axis=(-2, -1), keepdims=keepdims, ord=ord)


def vector_norm(x, /, *, axis=None, keepdims=False, ord=2):
    x = np.asarray(x)
    shape = list(x.shape)
    if axis is None:
        x = x.ravel()
        axis = 0
    elif isinstance(axis, tuple):
        normalized = [normalize_axis(a, x.ndim) for a in axis]
        rest = [i for i in range(x.ndim) if i not in normalized]
        x = x.transpose(normalized + rest).reshape(
            (-1,) + tuple(shape[i] for i in rest))
        axis = 0
    res = norm(x, axis=axis, ord=ord)
    if keepdims:
        _axis = range(len(shape)) if axis is None else axis
        if isinstance(_axis, int):
            _axis = (_axis,)
        for i in _axis:
            shape[i] = 1
        res = res.reshape(tuple(shape))
    return res


def svdvals(x, /):
    return np.linalg.svd(x, compute_uv=False)


def cond(x, p=None):
    x = np.asarray(x)
    if x.ndim >= 2 and x.size == 0:
        raise np.linalg.LinAlgError('cond is not defined on empty arrays')
    if p is None or p == 2 or p == -2:
        s = np.linalg.svd(x, compute_uv=False)
        with np.errstate(all='ignore'):
            if p == -2:
                r = s[..., -1] / s[..., 0]
            else:
                r = s[..., 0] / s[..., -1]
    else:
        if x.ndim < 2:
            raise np.linalg.LinAlgError(
                '%d-dimensional array given. Array must be at least '
                'two-dimensional' % x.ndim)
        if x.shape[-1] != x.shape[-2]:
            raise np.linalg.LinAlgError(
                'Last 2 dimensions of the array must be square')
        if x.ndim > 2:
            return np.array([cond(m, p) for m in x.reshape(
                (-1,) + x.shape[-2:])]).reshape(x.shape[:-2])
        try:
            invx = np.linalg.inv(x)
        except np.linalg.LinAlgError:
            # NumPy's inverse of a singular matrix has infinities here
            return np.float64(inf) if x.dtype != np.float32 \
                else np.float32(inf)
        r = norm(x, p, axis=(-2, -1)) * norm(invx, p, axis=(-2, -1))
    r = np.asarray(r)
    nan_mask = np.isnan(r)
    if nan_mask.any():
        nan_mask &= ~np.isnan(x).any(axis=(-2, -1))
        if r.ndim > 0:
            r[nan_mask] = inf
        elif nan_mask:
            r = np.asarray(inf, dtype=r.dtype)
    if r.ndim == 0:
        r = r[()]
    return r


def multi_dot(arrays, *, out=None):
    n = len(arrays)
    if n < 2:
        raise ValueError('Expecting at least two arrays.')
    if n == 2:
        return with_out(np.dot(arrays[0], arrays[1]), out)
    arrays = [np.asarray(a) for a in arrays]
    ndim_first, ndim_last = arrays[0].ndim, arrays[-1].ndim
    if arrays[0].ndim == 1:
        arrays[0] = arrays[0].reshape(1, -1)
    if arrays[-1].ndim == 1:
        arrays[-1] = arrays[-1].reshape(1, -1).T
    for a in arrays:
        if a.ndim != 2:
            raise np.linalg.LinAlgError(
                '%d-dimensional array given. Array must be two-dimensional'
                % a.ndim)
    if n == 3:
        result = multi_dot_three(arrays[0], arrays[1], arrays[2])
    else:
        order = matrix_chain_order(arrays)
        result = multi_dot_ordered(arrays, order, 0, n - 1)
    if ndim_first == 1 and ndim_last == 1:
        return with_out(result[0, 0], out)
    if ndim_first == 1 or ndim_last == 1:
        return with_out(result.ravel(), out)
    return with_out(result, out)


def with_out(result, out):
    if out is None:
        return result
    out[...] = result
    return out


def multi_dot_three(a, b, c):
    """The cheaper of (ab)c and a(bc), NumPy's choice."""
    a0, a1b0 = a.shape
    b1c0, c1 = c.shape
    cost1 = a0 * b1c0 * (a1b0 + c1)
    cost2 = a1b0 * c1 * (a0 + b1c0)
    if cost1 < cost2:
        return np.dot(np.dot(a, b), c)
    return np.dot(a, np.dot(b, c))


def matrix_chain_order(arrays):
    """The split points of the cheapest order of the products (the
    dynamic programme of Cormen et al., as NumPy's)."""
    n = len(arrays)
    p = [a.shape[0] for a in arrays] + [arrays[-1].shape[1]]
    m = [[0.0] * n for _ in range(n)]
    s = [[0] * n for _ in range(n)]
    for length in range(1, n):
        for i in range(n - length):
            j = i + length
            m[i][j] = inf
            for k in range(i, j):
                q = m[i][k] + m[k + 1][j] + p[i] * p[k + 1] * p[j + 1]
                if q < m[i][j]:
                    m[i][j] = q
                    s[i][j] = k
    return s


def multi_dot_ordered(arrays, order, i, j):
    if i == j:
        return arrays[i]
    return np.dot(multi_dot_ordered(arrays, order, i, order[i][j]),
                  multi_dot_ordered(arrays, order, order[i][j] + 1, j))


def matrix_transpose(x, /):
    x = np.asarray(x)
    if x.ndim < 2:
        raise ValueError('Input array must be at least 2-dimensional, but '
                         'it is %d' % x.ndim)
    return x.swapaxes(-1, -2)


def matmul(x1, x2, /):
    return np.matmul(x1, x2)


def outer(x1, x2, /):
    x1 = np.asarray(x1)
    x2 = np.asarray(x2)
    if x1.ndim != 1 or x2.ndim != 1:
        raise ValueError('Input arrays must be one-dimensional, but they '
                         'are %dD and %dD.' % (x1.ndim, x2.ndim))
    return np.multiply.outer(x1, x2)


def trace(x, /, *, offset=0, dtype=None):
    x = np.asarray(x)
    d = diagonal(x, offset=offset)
    return d.sum(axis=-1, dtype=dtype)


def diagonal(x, /, *, offset=0):
    x = np.asarray(x)
    if x.ndim < 2:
        raise ValueError('diag requires an array of at least two dimensions')
    rows, cols = x.shape[-2], x.shape[-1]
    if offset >= 0:
        n = max(0, min(rows, cols - offset))
        i = np.arange(n)
        j = i + offset
    else:
        n = max(0, min(rows + offset, cols))
        j = np.arange(n)
        i = j - offset
    return x[..., i, j]


def tensordot(x1, x2, /, *, axes=2):
    return np.tensordot(x1, x2, axes=axes)


def cross(x1, x2, /, *, axis=-1):
    x1 = np.asarray(x1)
    x2 = np.asarray(x2)
    if x1.shape[axis] != 3 or x2.shape[axis] != 3:
        raise ValueError(
            'Both input arrays must be (arrays of) 3-dimensional vectors, '
            'but they are %d and %d dimensional instead.'
            % (x1.shape[axis], x2.shape[axis]))
    return np.cross(x1, x2, axis=axis)


def vecdot(x1, x2, /, *, axis=-1):
    x1 = np.asarray(x1)
    x2 = np.asarray(x2)
    return (x1.conj() * x2).sum(axis=axis)
