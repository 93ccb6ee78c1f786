"""ndarray(shape, dtype=float, buffer=None, offset=0, strides=None,
order=None): the type's constructor, and the __new__ of its Python
subclasses (np.ndarray.__new__(cls, shape, ...) in a class's own
__new__)."""

from rpython.rtyper.annlowlevel import llstr
from rpython.rtyper.lltypesystem import rffi
from rpython.rtyper.lltypesystem.rstr import copy_string_to_raw
from pypy.interpreter.arguments import check_keywords
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy import strides as strides_mod
from pypy.module.micronumpy.ndarray import W_NDArray
from pypy.module.micronumpy.concrete import W_ConcreteArray, new_array, \
    concrete_of
from pypy.module.micronumpy.ctors import shape_from_w
from pypy.module.micronumpy.funcargs import arg, int_arg, shape_from_w_any
from pypy.module.micronumpy.layout import order_letter
from pypy.module.micronumpy.subclass import as_subclass
from pypy.module.micronumpy.views import check_in_buffer
from pypy.module.micronumpy.methods import buffer_bytes


def new_ndarray(space, w_type, args):
    check_keywords(space, args, 'ndarray', ['shape', 'dtype', 'buffer',
                                            'offset', 'strides', 'order'])
    w_shape = arg(space, args, 0, 'shape')
    if w_shape is None:
        raise space.error(space.w_TypeError, "ndarray() missing required "
                          "argument 'shape' (pos 1)")
    shape = shape_from_w(space, w_shape)
    w_dtype = arg(space, args, 1, 'dtype')
    dtype = dt.float64_dtype
    if w_dtype is not None and not space.is_none(w_dtype):
        dtype = dt.dtype_from_w(space, w_dtype)
    w_buffer = arg(space, args, 2, 'buffer')
    offset = int_arg(space, args, 3, 'offset', 0)
    w_strides = arg(space, args, 4, 'strides')
    fortran = order_letter(space, args, 5) == 'F'
    nbytes = strides_mod.checked_nbytes(space, shape, dtype.itemsize)
    if w_buffer is None or space.is_none(w_buffer):
        w_memory = new_array(space, [nbytes], dt.int8_dtype)
        offset = 0
        w_base = None
    else:
        w_memory = buffer_memory(space, w_buffer)
        length = w_memory.shape[0]
        if offset < 0 or offset > length:
            raise space.error(space.w_ValueError,
                              "offset must be non-negative and no greater "
                              "than buffer length (%d)" % length)
        if (w_strides is None or space.is_none(w_strides)) and \
                nbytes > length - offset:
            raise space.error(space.w_TypeError,
                              "buffer is too small for requested array")
        w_base = w_memory.w_base if w_memory.w_base is not None else \
            w_memory
    if w_strides is None or space.is_none(w_strides):
        if nbytes == 0:
            strides = [0] * len(shape)  # as NumPy gives new empty arrays
        else:
            strides = strides_mod.calc_strides(shape, dtype.itemsize,
                                               not fortran)
    else:
        strides = shape_from_w_any(space, w_strides)
        if len(strides) != len(shape):
            raise space.error(space.w_ValueError,
                              "strides, if given, must be the same length "
                              "as shape")
    w_result = W_ConcreteArray(shape, dtype, w_memory.buffer,
                               w_memory.start + offset, strides, w_base)
    check_in_buffer(space, w_result, shape, strides)
    if w_type is space.w_ndarray:
        return w_result
    return as_subclass(space, w_type, w_result, None)


def buffer_memory(space, w_buffer):
    """The bytes of the buffer= object as a 1-d int8 array: an ndarray's
    memory itself, or a copy of a bytes-like object's bytes (NumPy's
    read-only view of them reads the same)."""
    if isinstance(w_buffer, W_NDArray):
        w_conc = concrete_of(space, w_buffer)
        if not w_conc.is_c_contiguous():
            raise space.error(space.w_ValueError,
                              "ndarray is not contiguous")
        length = w_conc.get_size() * w_conc.dtype.itemsize
        w_base = w_conc.w_base if w_conc.w_base is not None else w_conc
        return W_ConcreteArray([length], dt.int8_dtype, w_conc.buffer,
                               w_conc.start, [1], w_base)
    data = buffer_bytes(space, w_buffer)
    w_memory = new_array(space, [len(data)], dt.int8_dtype, zero=False)
    copy_string_to_raw(llstr(data), rffi.cast(rffi.CCHARP, w_memory.storage),
                       0, len(data))
    return w_memory
