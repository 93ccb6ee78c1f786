"""Diagonals: np.diagonal / a.diagonal() (a strided view, as NumPy's),
np.diag (1-d -> square matrix with it on diagonal k; 2-d -> its
diagonal k) and np.fill_diagonal (in place)."""

from rpython.rlib.rarithmetic import ovfcheck
from pypy.interpreter.arguments import check_keywords
from pypy.module.micronumpy.lazy import prepare_write
from pypy.module.micronumpy.concrete import new_array
from pypy.module.micronumpy.operands import array_from_w
from pypy.module.micronumpy.elements import read_flat, write_flat
from pypy.module.micronumpy.shapes import as_concrete
from pypy.module.micronumpy.funcargs import arg, check_axis, method_of, int_arg


def diagonal(space, w_arr, offset, axis1, axis2):
    """The view of diagonal `offset` of the (axis1, axis2) planes: the
    other axes first, then the diagonal as the last axis."""
    ndim = len(w_arr.shape)
    if ndim < 2:
        raise space.error(space.w_ValueError,
                          "diag requires an array of at least two "
                          "dimensions")
    axis1 = check_axis(space, axis1, ndim, 'axis1: ')
    axis2 = check_axis(space, axis2, ndim, 'axis2: ')
    if axis1 == axis2:
        raise space.error(space.w_ValueError,
                          "axis1 and axis2 cannot be the same")
    n1 = w_arr.shape[axis1]
    n2 = w_arr.shape[axis2]
    start = w_arr.start
    if offset >= 0:
        n = min(n1, n2 - offset)
        if n > 0:
            start += offset * w_arr.strides[axis2]
    else:
        n = min(n1 + offset, n2)
        if n > 0:
            start -= offset * w_arr.strides[axis1]
    if n < 0:
        n = 0
    shape = []
    strides = []
    for k in range(ndim):
        if k != axis1 and k != axis2:
            shape.append(w_arr.shape[k])
            strides.append(w_arr.strides[k])
    shape.append(n)
    strides.append(w_arr.strides[axis1] + w_arr.strides[axis2])
    return w_arr.view(shape, strides, start)


def np_diagonal(space, args):
    check_keywords(space, args, 'diagonal', ['a', 'offset', 'axis1',
                                             'axis2'])
    return diagonal(space, as_concrete(space, arg(space, args, 0, 'a')),
                    int_arg(space, args, 1, 'offset', 0),
                    int_arg(space, args, 2, 'axis1', 0),
                    int_arg(space, args, 3, 'axis2', 1))


def np_diag(space, args):
    check_keywords(space, args, 'diag', ['v', 'k'])
    w_v = as_concrete(space, arg(space, args, 0, 'v'))
    k = int_arg(space, args, 1, 'k', 0)
    if len(w_v.shape) == 2:
        return diagonal(space, w_v, k, 0, 1)
    if len(w_v.shape) != 1:
        raise space.error(space.w_ValueError, "Input must be 1- or 2-d.")
    count = w_v.shape[0]
    try:
        n = ovfcheck(count + k) if k >= 0 else ovfcheck(count - k)
    except OverflowError:
        raise space.error(space.w_ValueError,
                          "Maximum allowed dimension exceeded")
    w_result = new_array(space, [n, n], w_v.dtype)
    row = 0 if k >= 0 else -k
    col = k if k >= 0 else 0
    for i in range(count):
        write_flat(space, w_result, (row + i) * n + col + i,
                   read_flat(space, w_v, i))
    return w_result


def np_fill_diagonal(space, args):
    """NumPy's rule: write a.flat[0:end:step] cyclically from val, with
    step = 1 + the sum of the C strides (in items) of all but the last
    axis, and for 2-d without wrap end = ncols * ncols (so a tall matrix
    gets only its top square's diagonal)."""
    check_keywords(space, args, 'fill_diagonal', ['a', 'val', 'wrap'])
    w_a = as_concrete(space, arg(space, args, 0, 'a'))
    w_vals = as_concrete(space, arg(space, args, 1, 'val'))
    w_wrap = arg(space, args, 2, 'wrap')
    wrap = w_wrap is not None and space.is_true(w_wrap)
    ndim = len(w_a.shape)
    if ndim < 2:
        raise space.error(space.w_ValueError, "array must be at least 2-d")
    size = w_a.get_size()
    end = size
    if ndim == 2:
        step = w_a.shape[1] + 1
        if not wrap:
            end = min(size, w_a.shape[1] * w_a.shape[1])
    else:
        for k in range(1, ndim):
            if w_a.shape[k] != w_a.shape[0]:
                raise space.error(space.w_ValueError,
                                  "All dimensions of input must be of equal "
                                  "length")
        step = 1
        stride = 1
        for k in range(ndim - 1):
            stride *= w_a.shape[ndim - 1 - k]
            step += stride
    count = w_vals.get_size()
    if count == 0:
        return space.w_None
    prepare_write(space, w_a)
    i = 0
    index = 0
    while index < end:
        write_flat(space, w_a, index, read_flat(space, w_vals, i % count))
        i += 1
        index += step
    return space.w_None


FUNCTIONS = [('diagonal', np_diagonal), ('diag', np_diag),
             ('fill_diagonal', np_fill_diagonal)]
array_methods = {'diagonal': method_of(np_diagonal, 'diagonal')}
