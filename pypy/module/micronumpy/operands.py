"""What numpy takes where it takes an array: arrays, NumPy and Python
scalars and nested sequences, converted to an operand of an expression
(convert_operand, leaf_for), to an array (array_from_w), or stored into
an array (assign)."""

from rpython.rlib import jit
from rpython.rlib.rarithmetic import intmask
from rpython.rlib.objectmodel import keepalive_until_here
from rpython.rtyper.lltypesystem import rffi
from pypy.objspace.boolobject import W_BoolObject
from pypy.objspace.intobject import W_IntObject, W_LongObject
from pypy.objspace.floatobject import W_FloatObject
from pypy.objspace.complexobject import W_ComplexObject
from pypy.objspace.instanceobject import W_InstanceObject
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy import boxes, errstate, fpflags, lazy
from pypy.module.micronumpy.boxes import scalar_to_float, scalar_to_int
from pypy.module.micronumpy.ndarray import W_NDArray, is_python_sequence
from pypy.module.micronumpy.concrete import W_ConcreteArray, new_array
from pypy.module.micronumpy.elements import read_flat, write_flat
from pypy.module.micronumpy.lazy import astype, prepare_write
from pypy.module.micronumpy.loop import assign_array, assign_node, \
    cast_contiguous
from pypy.module.micronumpy.array_interface import interface_of, \
    array_from_interface


class Operand(object):
    """A converted ufunc argument: an array, or a scalar that is 'weak'
    (a Python bool/int/float: only its kind counts) or strong (a NumPy
    scalar: its dtype counts)."""

    def __init__(self, w_array, dtype, weak, intval, floatval):
        self.w_array = w_array
        self.dtype = dtype
        self.weak = weak
        self.intval = intval
        self.floatval = floatval
        self.imagval = 0.0


def convert_operand(space, w_obj):
    """An Operand, or None when w_obj can't take part in a ufunc."""
    if isinstance(w_obj, W_NDArray):
        # (a constant of the trace: the promotion rules and the node's
        # signature then fold away)
        return Operand(w_obj, jit.promote(w_obj.dtype), False, 0, 0.0)
    from pypy.objspace.complexobject import W_ComplexObject
    if isinstance(w_obj, W_ComplexObject):
        if isinstance(w_obj, boxes.W_ComplexBox):
            result = Operand(None, w_obj.dtype, False, 0, w_obj.real)
        else:
            result = Operand(None, dt.complex128_dtype, True, 0, w_obj.real)
        result.imagval = w_obj.imag
        return result
    dtype = boxes.scalar_dtype(w_obj)
    if dtype is not None:
        return Operand(None, dtype, False, scalar_to_int(space, w_obj, dtype)
                       if dtype.is_int_like() else 0,
                       scalar_to_float(space, w_obj))
    if isinstance(w_obj, W_BoolObject):
        return Operand(None, dt.bool_dtype, True, w_obj.intval,
                       float(w_obj.intval))
    if isinstance(w_obj, W_IntObject):
        return Operand(None, dt.int64_dtype, True, w_obj.intval,
                       float(w_obj.intval))
    if isinstance(w_obj, W_LongObject):
        # past int64: uint64 (its bits as intval) while it fits one
        from rpython.rlib.rarithmetic import intmask
        fits_uint64 = w_obj.num.sign >= 0 and w_obj.num.bit_length() <= 64
        return Operand(None, dt.uint64_dtype if fits_uint64
                       else dt.int64_dtype, True,
                       intmask(w_obj.num.ulonglongmask()),
                       w_obj.float_w(space))
    if isinstance(w_obj, W_FloatObject):
        return Operand(None, dt.float64_dtype, True, 0, w_obj.floatval)
    if is_python_sequence(w_obj):
        w_arr = array_from_w(space, w_obj, None)
        return Operand(w_arr, w_arr.dtype, False, 0, 0.0)
    w_arr = array_of_interface(space, w_obj)
    if w_arr is not None:
        return Operand(w_arr, w_arr.dtype, False, 0, 0.0)
    return None


def array_of_interface(space, w_obj):
    """A copy of the items of an object of a Python class that has an
    __array_interface__, or None."""
    if not isinstance(w_obj, W_InstanceObject):
        return None
    w_interface = interface_of(space, w_obj)
    if w_interface is None:
        return None
    return array_from_interface(space, w_interface)


def leaf_for(space, operand, calc_dtype, shape):
    if operand.w_array is not None:
        return lazy.operand(space, operand.w_array, shape)
    if calc_dtype.is_complex():
        # (a Python 0.1 with complex64 is float32's 0.1)
        return lazy.scalar_operand(
            calc_dtype, 0, calc_dtype.wrap_float(operand.floatval),
            calc_dtype.wrap_float(operand.imagval))
    if calc_dtype.is_float():
        # a scalar operand's floatval is its exact value (Python ints
        # past 64 bits included)
        return lazy.scalar_operand(calc_dtype, 0,
                                   calc_dtype.wrap_float(operand.floatval))
    if operand.dtype.is_int_like():
        value = calc_dtype.wrap_int(operand.intval)
    else:
        value = calc_dtype.int_from_float(operand.floatval)
    return lazy.scalar_operand(calc_dtype, value, 0.0)


def discover(space, w_obj, depth, shape, items_w, array_dtypes,
             leaf_depth):
    """Walk nested sequences: fill `shape` (at the first visit of each
    depth), check it is rectangular, collect the scalars in C order and
    the dtypes of the arrays met (which count even when empty).
    leaf_depth[0] is the number of dimensions once a scalar or an array
    has fixed it (-1 before): no sequence may go deeper then."""
    if isinstance(w_obj, W_NDArray):
        w_conc = w_obj.get_concrete(space)
        assert isinstance(w_conc, W_ConcreteArray)
        sub_shape = w_conc.shape
        for k in range(len(sub_shape)):
            if depth + k == len(shape):
                add_dimension(space, shape, sub_shape[k], leaf_depth)
            elif shape[depth + k] != sub_shape[k]:
                raise inhomogeneous(space, shape, depth + k)
        end_depth = depth + len(sub_shape)
        if end_depth < len(shape):
            raise inhomogeneous(space, shape, end_depth)
        leaf_depth[0] = end_depth
        array_dtypes.append(w_conc.dtype)
        for k in range(w_conc.get_size()):
            items_w.append(read_flat(space, w_conc, k))
        return
    if not is_python_sequence(w_obj):
        if depth < len(shape):
            raise inhomogeneous(space, shape, depth)
        leaf_depth[0] = depth
        items_w.append(w_obj)
        return
    elems_w = space.unpackiterable(w_obj)
    if depth == len(shape):
        add_dimension(space, shape, len(elems_w), leaf_depth)
    elif depth > len(shape) or shape[depth] != len(elems_w):
        raise inhomogeneous(space, shape, depth)
    for w_elem in elems_w:
        discover(space, w_elem, depth + 1, shape, items_w, array_dtypes,
                 leaf_depth)


def add_dimension(space, shape, n, leaf_depth):
    if leaf_depth[0] >= 0:
        raise inhomogeneous(space, shape, leaf_depth[0])
    shape.append(n)


def inhomogeneous(space, shape, depth):
    detected = [str(shape[k]) for k in range(depth)]
    # a Python tuple's repr, as NumPy's message prints it
    detected_repr = '(' + ', '.join(detected) + \
        (',)' if depth == 1 else ')')
    return space.error(space.w_ValueError,
                       "setting an array element with a sequence. The "
                       "requested array has an inhomogeneous shape after %d "
                       "dimensions. The detected shape was %s + "
                       "inhomogeneous part." % (depth, detected_repr))


def dtype_of_scalar(space, w_item):
    dtype = boxes.scalar_dtype(w_item)
    if dtype is not None:
        return dtype
    if isinstance(w_item, W_BoolObject):
        return dt.bool_dtype
    if isinstance(w_item, W_IntObject) or isinstance(w_item, W_LongObject):
        return dt.int64_dtype
    if isinstance(w_item, W_FloatObject):
        return dt.float64_dtype
    from pypy.objspace.complexobject import W_ComplexObject
    if isinstance(w_item, W_ComplexObject):
        return dt.complex128_dtype
    raise space.error(space.w_TypeError,
                      "unsupported element type for an array: %s" %
                      space.type_name(space.type(w_item)))


def array_from_w(space, w_obj, dtype, copy=False):
    """np.array(w_obj, dtype): returns w_obj itself when it is an array of
    that dtype and no copy is asked for."""
    if isinstance(w_obj, W_NDArray):
        if dtype is None or dtype is w_obj.dtype:
            if not copy:
                return w_obj
            dtype = w_obj.dtype
        w_result = new_array(space, w_obj.shape, dtype)
        assign(space, w_result, astype(space, w_obj, dtype)
               if dtype is not w_obj.dtype else w_obj)
        return w_result
    w_copy = array_of_interface(space, w_obj)
    if w_copy is not None:
        return array_from_w(space, w_copy, dtype)
    shape = []
    items_w = []
    array_dtypes = []
    discover(space, w_obj, 0, shape, items_w, array_dtypes, [-1])
    if dtype is None:
        if not items_w and not array_dtypes:
            dtype = dt.float64_dtype
        else:
            dtype = dt.bool_dtype
            for array_dtype in array_dtypes:
                dtype = dt.promote_types(dtype, array_dtype)
            for w_item in items_w:
                dtype = dt.promote_types(dtype,
                                         dtype_of_scalar(space, w_item))
    w_result = new_array(space, shape, dtype)
    for k in range(len(items_w)):
        write_flat(space, w_result, k, items_w[k])
    return w_result


def cast_copy(space, w_arr, dtype):
    """A copy of w_arr as dtype (astype): a C-contiguous array of another
    real dtype goes through the cast loop, the rest (pending expressions,
    which fuse the cast, strided views, complex) through assign."""
    if not isinstance(w_arr, W_ConcreteArray) or dtype is w_arr.dtype or \
            dtype.is_complex() or w_arr.dtype.is_complex() or \
            not w_arr.is_c_contiguous():
        return array_from_w(space, w_arr, dtype, copy=True)
    w_result = new_array(space, w_arr.shape[:], dtype, zero=False)
    fpflags.clear()
    cast_contiguous(w_arr.dtype, dtype,
                    rffi.ptradd(w_arr.storage, w_arr.start),
                    w_result.storage, w_arr.get_size())
    keepalive_until_here(w_arr)
    errstate.report_raised(space, 'cast')
    return w_result


def assign(space, w_dest, w_value):
    """w_dest[...] = w_value: an array, a scalar or a nested sequence,
    broadcast to w_dest's shape."""
    if isinstance(w_value, W_NDArray):
        assign_array(space, w_dest, w_value)
        return
    prepare_write(space, w_dest)
    source = convert_operand(space, w_value)
    if source is None:
        assign_array(space, w_dest, array_from_w(space, w_value,
                                                 w_dest.dtype))
    elif source.w_array is None:
        node, sig, _ = leaf_for(space, source, w_dest.dtype, w_dest.shape)
        assign_node(space, w_dest, node, sig)
    else:
        assign_array(space, w_dest, source.w_array)
