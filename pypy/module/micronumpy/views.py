"""Views that read an array's memory another way: ndarray.view(dtype)
(the bytes as another dtype) and the numpy.lib.stride_tricks module
(as_strided, sliding_window_view: any shape and strides over the same
bytes)."""

from rpython.rlib.rarithmetic import ovfcheck
from pypy.interpreter.arguments import check_keywords
from pypy.interpreter.function import BuiltinFunction
from pypy.objspace.tupleobject import W_TupleObject
from pypy.objspace.typeobject import W_TypeObject
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy.concrete import W_ConcreteArray
from pypy.module.micronumpy.shapes import as_concrete
from pypy.module.micronumpy.subclass import as_subclass
from pypy.module.micronumpy.funcargs import arg, first_arg, second_arg, \
    self_array, check_axis, shape_from_w_any


def with_memory_of(w_conc, dtype, shape, strides, start):
    """A view of w_conc's buffer as `dtype`, `shape`, `strides`."""
    w_base = w_conc.w_base if w_conc.w_base is not None else w_conc
    return W_ConcreteArray(shape, dtype, w_conc.buffer, start, strides,
                           w_base)


def reinterpreted(space, w_conc, dtype):
    """w_conc's bytes as `dtype`: NumPy's rules for another itemsize (the
    last axis contiguous, its byte length rescaled)."""
    old = w_conc.dtype.itemsize
    new = dtype.itemsize
    shape = w_conc.shape[:]
    strides = w_conc.strides[:]
    if new != old:
        ndim = len(shape)
        if ndim == 0:
            raise space.error(space.w_ValueError,
                              "Changing the dtype of a 0d array is only "
                              "supported if the itemsize is unchanged")
        if shape[ndim - 1] > 1 and strides[ndim - 1] != old:
            raise space.error(space.w_ValueError,
                              "To change to a dtype of a different size, "
                              "the last axis must be contiguous")
        nbytes = shape[ndim - 1] * old
        if new > old and nbytes % new != 0:
            raise space.error(space.w_ValueError,
                              "When changing to a larger dtype, its size "
                              "must be a divisor of the total size in bytes "
                              "of the last axis of the array.")
        if new < old and old % new != 0:
            raise space.error(space.w_ValueError,
                              "When changing to a smaller dtype, its size "
                              "must be a divisor of the size of original "
                              "dtype")
        shape[ndim - 1] = nbytes // new
        strides[ndim - 1] = new
    return with_memory_of(w_conc, dtype, shape, strides, w_conc.start)


def array_view(space, args):
    """a.view(), a.view(dtype), a.view(cls), a.view(dtype, cls): the view
    has the class cls (a subclass of ndarray), else a's class."""
    check_keywords(space, args, 'view', ['dtype', 'type'])
    w_arr = self_array(space, args)
    w_dtype = arg(space, args, 1, 'dtype')
    w_type = arg(space, args, 2, 'type')
    if w_dtype is not None and is_array_class(space, w_dtype):
        w_dtype, w_type = None, w_dtype
    if w_type is not None and not is_array_class(space, w_type):
        raise space.error(space.w_ValueError,
                          "Type must be a sub-type of ndarray type")
    w_conc = w_arr.get_concrete(space)
    assert isinstance(w_conc, W_ConcreteArray)
    dtype = w_conc.dtype
    if w_dtype is not None and not space.is_none(w_dtype):
        dtype = dt.dtype_from_w(space, w_dtype)
    w_view = reinterpreted(space, w_conc, dtype)
    if w_type is None:
        return w_arr.derived(space, w_view)
    if w_type is space.w_ndarray:
        return w_view
    return as_subclass(space, w_type, w_view, w_arr)


def is_array_class(space, w_obj):
    return isinstance(w_obj, W_TypeObject) and \
        w_obj.issubtype(space.w_ndarray)


# ____________________________________________________________
# numpy.lib.stride_tricks

def check_in_buffer(space, w_conc, shape, strides):
    """NumPy trusts as_strided's caller; here a view whose elements would
    lie outside the array's buffer is refused, since reading it would
    read other memory."""
    low = high = w_conc.start
    try:
        for k in range(len(shape)):
            if shape[k] == 0:
                return
            reach = ovfcheck((shape[k] - 1) * strides[k])
            if reach < 0:
                low = ovfcheck(low + reach)
            else:
                high = ovfcheck(high + reach)
        high = ovfcheck(high + w_conc.dtype.itemsize)
    except OverflowError:
        low = -1
    if low < 0 or high > w_conc.buffer.nbytes:
        raise space.error(space.w_ValueError,
                          "strides is incompatible with shape of requested "
                          "array and size of buffer")


def strided_view(space, w_conc, shape, strides):
    if len(shape) != len(strides):
        raise space.error(space.w_ValueError,
                          "mismatch in length of strides and shape")
    for n in shape:
        if n < 0:
            raise space.error(space.w_ValueError,
                              "negative dimensions are not allowed")
    check_in_buffer(space, w_conc, shape, strides)
    return with_memory_of(w_conc, w_conc.dtype, shape, strides,
                          w_conc.start)


def np_as_strided(space, args):
    check_keywords(space, args, 'as_strided', ['x', 'shape', 'strides',
                                               'subok', 'writeable'])
    w_conc = as_concrete(space, first_arg(space, args, 'as_strided', 'x'))
    w_shape = arg(space, args, 1, 'shape')
    w_strides = arg(space, args, 2, 'strides')
    shape = w_conc.shape[:]
    if w_shape is not None and not space.is_none(w_shape):
        shape = shape_from_w_any(space, w_shape)
    strides = w_conc.strides[:]
    if w_strides is not None and not space.is_none(w_strides):
        strides = shape_from_w_any(space, w_strides)
    return strided_view(space, w_conc, shape, strides)


def window_axes(space, w_axis, ndim, count):
    """The axes the windows run along (NumPy's checks and messages)."""
    if w_axis is None or space.is_none(w_axis):
        if count != ndim:
            raise space.error(space.w_ValueError,
                              "Since axis is `None`, must provide "
                              "window_shape for all dimensions of `x`; got "
                              "%d window_shape elements and `x.ndim` is %d."
                              % (count, ndim))
        return range(ndim)
    if isinstance(w_axis, W_TupleObject) or \
            not space.isinstance_w(w_axis, space.w_int):
        axes_w = space.unpackiterable(w_axis)
    else:
        axes_w = [w_axis]
    axes = [check_axis(space, space.getindex_w(w_ax), ndim)
            for w_ax in axes_w]
    if count != len(axes):
        raise space.error(space.w_ValueError,
                          "Must provide matching length window_shape and "
                          "axis; got %d window_shape elements and %d axes "
                          "elements." % (count, len(axes)))
    return axes


def np_sliding_window_view(space, args):
    check_keywords(space, args, 'sliding_window_view',
                   ['x', 'window_shape', 'axis', 'subok', 'writeable'])
    w_conc = as_concrete(space, first_arg(space, args,
                                          'sliding_window_view', 'x'))
    w_window = second_arg(space, args, 'sliding_window_view', 'window_shape')
    window = shape_from_w_any(space, w_window)
    for n in window:
        if n < 0:
            raise space.error(space.w_ValueError,
                              "`window_shape` cannot contain negative values")
    axes = window_axes(space, arg(space, args, 2, 'axis'),
                       len(w_conc.shape), len(window))
    shape = w_conc.shape[:]
    strides = w_conc.strides[:]
    for k in range(len(axes)):
        ax = axes[k]
        if shape[ax] < window[k]:
            raise space.error(space.w_ValueError,
                              "window shape cannot be larger than input "
                              "array shape")
        shape[ax] -= window[k] - 1
        strides.append(w_conc.strides[ax])
    return strided_view(space, w_conc, shape + window, strides)


def make_lib_module(space):
    """numpy.lib, holding numpy.lib.stride_tricks."""
    w_tricks = space.newmodule('numpy.lib.stride_tricks')
    for name, func in [('as_strided', np_as_strided),
                       ('sliding_window_view', np_sliding_window_view)]:
        w_tricks.w_dict.setitem_str(space, name, BuiltinFunction(name, func))
    w_lib = space.newmodule('numpy.lib')
    w_lib.w_dict.setitem_str(space, 'stride_tricks', w_tricks)
    return w_lib
