"""One element of an array in memory: read as a NumPy scalar, written from
a Python or NumPy scalar (with NumPy 2's checks of what an integer dtype
holds), by byte offset or by flat index in C order."""

from pypy.objspace.intobject import W_IntObject, W_LongObject
from pypy.objspace.boolobject import W_BoolObject
from pypy.objspace.floatobject import W_FloatObject
from pypy.objspace.complexobject import W_ComplexObject
from pypy.module.micronumpy import boxes
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy.boxes import scalar_to_float, scalar_to_int, \
    check_python_int
from pypy.module.micronumpy.strides import index_offset


def write_c(dtype, storage, offset, re, im):
    """Store (re, im) into an element of any dtype (the real part for
    real dtypes, as NumPy's cast with a ComplexWarning)."""
    if dtype.is_complex():
        dtype.write_float(storage, offset, re)
        dtype.write_imag(storage, offset, im)
    elif dtype.is_float():
        dtype.write_float(storage, offset, dtype.wrap_float(re))
    elif dtype.kind == dt.KIND_BOOL:
        dtype.write_int(storage, offset, int(re != 0.0 or im != 0.0))
    else:
        dtype.write_int(storage, offset, dtype.int_from_float(re))


def read_at(space, w_arr, offset):
    dtype = w_arr.dtype
    if dtype.is_complex():
        return boxes.W_ComplexBox(dtype.read_float(w_arr.storage, offset),
                                  dtype.read_imag(w_arr.storage, offset),
                                  dtype)
    if dtype.is_float():
        return boxes.box_float(dtype, dtype.read_float(w_arr.storage, offset))
    return boxes.box_int(space, dtype, dtype.read_int(w_arr.storage, offset))


def write_at(space, w_arr, offset, w_value):
    """Store one Python/NumPy scalar, converted to the array's dtype."""
    dtype = w_arr.dtype
    boxes.check_python_scalar_storable(space, w_value, dtype)
    if dtype.is_complex() or isinstance(w_value, W_ComplexObject):
        if isinstance(w_value, W_ComplexObject):
            write_c(dtype, w_arr.storage, offset, w_value.real, w_value.imag)
        else:
            write_c(dtype, w_arr.storage, offset,
                    scalar_to_float(space, w_value), 0.0)
    elif dtype.is_float():
        dtype.write_float(w_arr.storage, offset,
                          scalar_to_float(space, w_value))
    else:
        check_int_fits(space, w_value, dtype)
        dtype.write_int(w_arr.storage, offset,
                        dtype.wrap_int(scalar_to_int(space, w_value, dtype)))


def write_cast(space, w_arr, offset, w_value):
    """Store a scalar into the array's dtype with an unsafe cast, as a
    ufunc's result is stored (floats truncated, integers wrapped, an
    imaginary part dropped)."""
    dtype = w_arr.dtype
    if dtype.is_complex():
        write_at(space, w_arr, offset, w_value)
    elif isinstance(w_value, W_ComplexObject):
        write_cast(space, w_arr, offset, space.newfloat(w_value.real))
    elif dtype.is_float():
        dtype.write_float(w_arr.storage, offset,
                          scalar_to_float(space, w_value))
    else:
        dtype.write_int(w_arr.storage, offset,
                        dtype.wrap_int(scalar_to_int(space, w_value, dtype)))


def check_int_fits(space, w_value, dtype):
    """Storing a scalar into an integer dtype as NumPy 2 does: a Python
    int or float, or a NumPy int or float scalar stored into a signed
    dtype, goes through Python's int(), and a value the dtype can't hold
    is an OverflowError (NEP 50); NumPy scalars stored into an unsigned
    dtype are cast silently."""
    boxes.check_python_scalar_storable(space, w_value, dtype)
    if dtype.kind == dt.KIND_BOOL or not dtype.is_int_like():
        return
    if isinstance(w_value, W_BoolObject):
        return
    is_numpy = boxes.scalar_dtype(w_value) is not None
    if is_numpy and dtype.kind == dt.KIND_UINT:
        return
    if isinstance(w_value, W_LongObject):
        if is_numpy:
            raise space.error(space.w_OverflowError,
                              "Python int too large to convert to C long")
        check_python_int(space, w_value, dtype)
        return
    if isinstance(w_value, W_FloatObject):
        # Python's int() of it, with its errors for nan and infinities
        w_int = space.int_from_float(w_value.floatval)
        if not isinstance(w_int, W_IntObject):
            raise space.error(space.w_OverflowError,
                              "Python int too large to convert to C long")
        check_int_range(space, w_int.intval, dtype)
    elif isinstance(w_value, W_IntObject):
        check_int_range(space, w_value.intval, dtype)


def check_python_int_fits(space, w_value, dtype):
    """Fancy and mask assignment convert a NumPy scalar as an array (a
    value too big wraps); Python scalars are checked as check_int_fits
    does."""
    if boxes.scalar_dtype(w_value) is None:
        check_int_fits(space, w_value, dtype)


def check_int_range(space, value, dtype):
    if dtype.itemsize >= 8:
        ok = value >= 0 or dtype.kind != dt.KIND_UINT
    else:
        bits = dtype.itemsize * 8
        if dtype.kind == dt.KIND_UINT:
            ok = 0 <= value < (1 << bits)
        else:
            ok = -(1 << (bits - 1)) <= value < (1 << (bits - 1))
    if not ok:
        raise space.error(space.w_OverflowError,
                          "Python integer %d out of bounds for %s" % (
                              value, dtype.name))


def flat_offset(w_arr, index):
    """Byte offset of element `index` in C order (of any concrete array)."""
    return w_arr.start + index_offset(index, w_arr.shape, w_arr.strides,
                                      len(w_arr.shape))


def read_flat(space, w_arr, index):
    return read_at(space, w_arr, flat_offset(w_arr, index))


def write_flat(space, w_arr, index, w_value):
    write_at(space, w_arr, flat_offset(w_arr, index), w_value)
