"""ndarray(shape, dtype=float, buffer=None, offset=0): the type's
constructor, and the __new__ of its Python subclasses
(np.ndarray.__new__(cls, shape, ...) in a class's own __new__)."""

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
from pypy.module.micronumpy.funcargs import arg, int_arg
from pypy.module.micronumpy.subclass import as_subclass
from pypy.module.micronumpy.methods import buffer_bytes


def new_ndarray(space, w_type, args):
    check_keywords(space, args, 'ndarray', ['shape', 'dtype', 'buffer',
                                            'offset'])
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
    if w_buffer is None or space.is_none(w_buffer):
        w_result = new_array(space, shape, dtype)
    else:
        w_result = in_buffer(space, w_buffer, shape, dtype, offset)
    if w_type is space.w_ndarray:
        return w_result
    return as_subclass(space, w_type, w_result, None)


def in_buffer(space, w_buffer, shape, dtype, offset):
    """The array of `shape` and `dtype` at `offset` bytes into w_buffer:
    an ndarray's memory itself, or a copy of a bytes-like object's bytes
    (NumPy's read-only view of them reads the same)."""
    if isinstance(w_buffer, W_NDArray):
        w_conc = concrete_of(space, w_buffer)
        if not w_conc.is_c_contiguous():
            raise space.error(space.w_ValueError,
                              "ndarray is not contiguous")
        length = w_conc.get_size() * w_conc.dtype.itemsize
    else:
        data = buffer_bytes(space, w_buffer)
        length = len(data)
        w_conc = new_array(space, [length], dt.int8_dtype, zero=False)
        copy_string_to_raw(llstr(data), rffi.cast(rffi.CCHARP,
                                                  w_conc.storage),
                           0, length)
    if offset < 0 or offset > length:
        raise space.error(space.w_ValueError,
                          "offset must be non-negative and no greater than "
                          "buffer length (%d)" % length)
    nbytes = strides_mod.checked_nbytes(space, shape, dtype.itemsize)
    if nbytes > length - offset:
        raise space.error(space.w_TypeError,
                          "buffer is too small for requested array")
    w_base = w_conc.w_base if w_conc.w_base is not None else w_conc
    return W_ConcreteArray(shape, dtype, w_conc.buffer,
                           w_conc.start + offset,
                           strides_mod.calc_strides(shape, dtype.itemsize),
                           w_base)
