"""NumPy's array interface (version 3): ndarray.__array_interface__, the
dict that tells other libraries where an array's items lie, and the
arrays made from an object that has one (copied)."""

from rpython.rlib.objectmodel import keepalive_until_here
from rpython.rtyper.lltypesystem import lltype, rffi
from pypy.objspace.bytesobject import W_BytesObject
from pypy.objspace.dictobject import W_DictObject
from pypy.objspace.tupleobject import W_TupleObject
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy.concrete import W_ConcreteArray, new_array, \
    c_memcpy
from pypy.module.micronumpy.strides import index_offset, is_c_contiguous

INTERFACE_VERSION = 3


def array_interface(space, w_conc):
    """w_conc.__array_interface__: its keys in NumPy's order."""
    assert isinstance(w_conc, W_ConcreteArray)
    address = rffi.cast(lltype.Signed, rffi.ptradd(w_conc.storage,
                                                   w_conc.start))
    keepalive_until_here(w_conc)
    if is_c_contiguous(w_conc.shape, w_conc.strides, w_conc.dtype.itemsize):
        w_strides = space.w_None
    else:
        w_strides = int_tuple(space, w_conc.strides)
    w_typestr = space.newtext_utf8(dt.typestr(w_conc.dtype))
    w_dict = space.newdict()
    for key, w_value in [
            ('data', space.newtuple([space.newint(address),
                                     space.w_False])),
            ('strides', w_strides),
            ('descr', space.newlist([space.newtuple([
                space.newtext_utf8(''), w_typestr])])),
            ('typestr', w_typestr),
            ('shape', int_tuple(space, w_conc.shape)),
            ('version', space.newint(INTERFACE_VERSION))]:
        w_dict.setitem_str(space, key, w_value)
    return w_dict


def int_tuple(space, values):
    return space.newtuple([space.newint(n) for n in values])


def interface_of(space, w_obj):
    """w_obj.__array_interface__, or None where it has none."""
    w_interface = space.findattr(w_obj, '__array_interface__')
    if w_interface is None:
        return None
    if not isinstance(w_interface, W_DictObject):
        raise space.error(space.w_ValueError,
                          "Invalid __array_interface__ value, must be a "
                          "dict")
    return w_interface


def array_from_interface(space, w_interface):
    """A new array holding a copy of the items an __array_interface__
    dict describes: 'data' an (address, read-only flag) pair or a bytes
    object, 'strides' None (C order) or a tuple of byte strides."""
    shape = [space.getindex_w(w_n) for w_n in space.unpackiterable(
        required_key(space, w_interface, 'shape'))]
    dtype = dt.dtype_from_w(space, required_key(space, w_interface,
                                                'typestr'))
    w_result = new_array(space, shape, dtype)
    w_strides = interface_key(space, w_interface, 'strides')
    if w_strides is None or space.is_none(w_strides):
        strides = w_result.strides
    else:
        strides = [space.getindex_w(w_s) for w_s in
                   space.unpackiterable(w_strides)]
        if len(strides) != len(shape):
            raise space.error(space.w_ValueError,
                              "strides, if given, must be the same length "
                              "as shape")
    w_data = interface_key(space, w_interface, 'data')
    if isinstance(w_data, W_BytesObject):
        data = w_data.value
        assert data is not None
        source = rffi.str2charp(data)
        try:
            copy_items(w_result, source, shape, strides)
        finally:
            rffi.free_charp(source)
    elif isinstance(w_data, W_TupleObject) and len(w_data.items_w) == 2:
        source = rffi.cast(rffi.CCHARP, space.int_w(w_data.items_w[0]))
        copy_items(w_result, source, shape, strides)
    else:
        raise space.error(space.w_TypeError,
                          "__array_interface__ data must be a 2-tuple with "
                          "(data pointer integer, read-only flag)")
    return w_result


def copy_items(w_result, source, shape, strides):
    """Copy into the new C-ordered w_result the items at `source` laid
    out with `strides`."""
    itemsize = w_result.dtype.itemsize
    size = w_result.get_size()
    if is_c_contiguous(shape, strides, itemsize):
        c_memcpy(w_result.storage, source,
                 rffi.cast(rffi.SIZE_T, size * itemsize))
    else:
        for k in range(size):
            c_memcpy(rffi.ptradd(w_result.storage, k * itemsize),
                     rffi.ptradd(source, index_offset(k, shape, strides,
                                                      len(shape))),
                     rffi.cast(rffi.SIZE_T, itemsize))
    keepalive_until_here(w_result)


def interface_key(space, w_interface, key):
    assert isinstance(w_interface, W_DictObject)
    return w_interface.getitem_str(space, key)


def required_key(space, w_interface, key):
    w_value = interface_key(space, w_interface, key)
    if w_value is None:
        raise space.error(space.w_ValueError,
                          "Missing __array_interface__ %s" % key)
    return w_value
