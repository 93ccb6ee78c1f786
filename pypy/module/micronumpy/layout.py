"""Layouts: the order= argument (C or Fortran), arrays made or copied in
an order, and the views that reshape and transpose."""

from pypy.interpreter.arguments import keyword_value
from pypy.module.micronumpy import strides as strides_mod
from pypy.module.micronumpy.strides import is_c_contiguous, is_f_contiguous
from pypy.module.micronumpy.ndarray import W_NDArray
from pypy.module.micronumpy.concrete import W_ConcreteArray, new_array, \
    concrete_of
from pypy.module.micronumpy.funcargs import check_axis
from pypy.module.micronumpy.operands import assign


def parse_order(space, w_order, default='C', allowed='CFAK'):
    """The order letter given ('C', 'F', 'A' or 'K'), upper-cased."""
    if w_order is None or space.is_none(w_order):
        return default
    text = space.text_utf8(w_order)
    letter = ''
    for k in range(4):
        if text == 'CFAK'[k] or text == 'cfak'[k]:
            letter = 'CFAK'[k]
    if letter:
        if allowed.find(letter) < 0:
            if allowed == 'CF':
                raise space.error(space.w_ValueError,
                                  "only 'C' or 'F' order is permitted")
            raise space.error(space.w_ValueError,
                              "order '%s' is not permitted for reshaping"
                              % letter)
        return letter
    raise space.error(space.w_ValueError,
                      "order must be one of 'C', 'F', 'A', or 'K' (got '%s')"
                      % text)


def is_fortran_layout(w_arr):
    """What 'A' and 'K' keep: Fortran order for an F-contiguous array
    that is not also C-contiguous (NumPy's 'K' also keeps the axis order
    of other strided layouts; we lay those out in C order)."""
    if not isinstance(w_arr, W_ConcreteArray):
        return False        # pending results are computed in C order
    itemsize = w_arr.dtype.itemsize
    return is_f_contiguous(w_arr.shape, w_arr.strides, itemsize) and not \
        is_c_contiguous(w_arr.shape, w_arr.strides, itemsize)


def wants_fortran(order, w_obj):
    """Whether a result made from w_obj with this order letter is laid
    out in Fortran order."""
    if order == 'F':
        return True
    if order == 'C' or not isinstance(w_obj, W_NDArray):
        return False
    return is_fortran_layout(w_obj)


def new_array_order(space, shape, dtype, fortran, zero=True):
    """A fresh array in C or Fortran order (owning its data), zero-filled
    unless the caller writes every element."""
    w_result = new_array(space, shape, dtype, zero)
    if not fortran or len(shape) < 2:
        return w_result
    return W_ConcreteArray(shape, dtype, w_result.buffer, 0,
                           strides_mod.calc_strides(shape, dtype.itemsize,
                                                    False))


def copy_order(space, w_arr, fortran):
    w_result = new_array_order(space, w_arr.shape[:], w_arr.dtype, fortran,
                               zero=False)
    assign(space, w_result, w_arr)
    return w_result


def in_layout(space, w_conc, fortran):
    """w_conc itself if it is contiguous in that order, else a copy."""
    if fortran:
        if is_f_contiguous(w_conc.shape, w_conc.strides,
                           w_conc.dtype.itemsize):
            return w_conc
    elif w_conc.is_c_contiguous():
        return w_conc
    return copy_order(space, w_conc, fortran)


def reversed_axes(space, w_arr):
    return transpose(space, concrete_of(space, w_arr), None)


def reshape_order(space, w_arr, shape, fortran):
    """a.reshape(shape, order=...)."""
    if not fortran:
        return reshaped(space, w_arr, shape)
    n = len(shape)
    rshape = [shape[n - 1 - k] for k in range(n)]
    return reversed_axes(space, reshaped(space, reversed_axes(space, w_arr),
                                         rshape))


def order_letter(space, args, position, default='C', allowed='CFAK'):
    w_order = keyword_value(args, 'order')
    if w_order is None and len(args.arguments_w) > position:
        w_order = args.arguments_w[position]
    return parse_order(space, w_order, default, allowed)


def order_arg(space, args, position, w_arr=None, default='C',
              allowed='CFAK'):
    """Whether the order= argument asks for Fortran layout (for 'A' and
    'K': whether w_arr is laid out so)."""
    return wants_fortran(order_letter(space, args, position, default,
                                      allowed), w_arr)


def transpose(space, w_arr, axes):
    n = len(w_arr.shape)
    if axes is None:
        axes = [n - 1 - k for k in range(n)]
    if len(axes) != n:
        raise space.error(space.w_ValueError,
                          "axes don't match array")
    axes = [check_axis(space, k, n) for k in axes]
    for k in range(n):
        if axes[k] in axes[k + 1:]:
            raise space.error(space.w_ValueError,
                              "repeated axis in transpose")
    return w_arr.view([w_arr.shape[k] for k in axes],
                      [w_arr.strides[k] for k in axes], w_arr.start)


def reshaped(space, w_arr, shape):
    size = w_arr.get_size()
    unknown = -1
    known = 1
    for k in range(len(shape)):
        if shape[k] == -1:
            if unknown >= 0:
                raise space.error(space.w_ValueError,
                                  "can only specify one unknown dimension")
            unknown = k
        elif shape[k] < 0:
            raise space.error(space.w_ValueError,
                              "negative dimensions not allowed")
        else:
            known *= shape[k]
    if unknown >= 0 and known > 0 and size % known == 0:
        shape[unknown] = size // known
    try:
        new_size = strides_mod.shape_size(shape)
    except OverflowError:
        new_size = -1
    if unknown >= 0 and shape[unknown] == -1 or new_size != size:
        raise space.error(space.w_ValueError,
                          "cannot reshape array of size %d into shape %s" % (
                              size, shape_text(shape)))
    strides_mod.checked_nbytes(space, shape, w_arr.dtype.itemsize)
    w_conc = concrete_of(space, w_arr)
    if not w_conc.is_c_contiguous():
        w_copy = new_array(space, w_conc.shape, w_conc.dtype, zero=False)
        assign(space, w_copy, w_conc)
        w_conc = w_copy
    return w_conc.view(shape, strides_mod.calc_strides(
        shape, w_conc.dtype.itemsize), w_conc.start)


def shape_text(shape):
    # NumPy shows the unresolved -1 as 'newaxis'
    return '(' + ','.join(['newaxis' if n == -1 else str(n)
                           for n in shape]) + \
        (',)' if len(shape) == 1 else ')')
