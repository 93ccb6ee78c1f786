"""Joining and reshaping arrays: concatenate, stack, vstack, hstack,
broadcast_to, tile, expand_dims, atleast_Nd, squeeze, swapaxes; and a few
whole-array helpers: outer, clip, cumsum, cumprod, isclose, allclose,
array_equal."""

from rpython.rlib.rarithmetic import ovfcheck
from pypy.interpreter.error import OperationError
from pypy.interpreter.arguments import keyword_value, \
    check_keywords
from pypy.objspace.tupleobject import W_TupleObject
from pypy.objspace.listobject import W_ListObject
from pypy.objspace import libm
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy import strides as strides_mod
from pypy.module.micronumpy import boxes
from pypy.module.micronumpy.concrete import W_ConcreteArray, new_array
from pypy.module.micronumpy.ndarray import W_NDArray, is_python_sequence
from pypy.module.micronumpy.operands import array_from_w, assign
from pypy.module.micronumpy.funcargs import check_axis, arg, first_arg, \
    second_arg, method_of, is_axis_none, shape_from_w_any
from pypy.module.micronumpy.complexops import accumulate_lane
from pypy.module.micronumpy.elements import read_flat
from pypy.module.micronumpy.loop import accumulate_real_lane
from pypy.module.micronumpy.reductions import parse_axes
from pypy.module.micronumpy.ufuncs_app import call_binary_by_name, \
    bound_beyond_range


# ____________________________________________________________
# helpers shared with sorting.py

def as_concrete(space, w_obj):
    """w_obj as an array in memory (no copy when it already is one)."""
    w_arr = array_from_w(space, w_obj, None)
    w_conc = w_arr.get_concrete(space)
    assert isinstance(w_conc, W_ConcreteArray)
    return w_conc


def flattened(space, w_arr):
    """A 1-d C-contiguous array with w_arr's values (may share memory)."""
    w_conc = w_arr.get_concrete(space)
    assert isinstance(w_conc, W_ConcreteArray)
    if not w_conc.is_c_contiguous():
        w_copy = new_array(space, w_conc.shape[:], w_conc.dtype,
                           zero=w_conc.dtype.is_complex())
        assign(space, w_copy, w_conc)
        w_conc = w_copy
    n = w_conc.get_size()
    return w_conc.view([n], [w_conc.dtype.itemsize], w_conc.start)


def copy_of(space, w_arr, dtype):
    """A fresh C-contiguous array with w_arr's values cast to dtype."""
    # assign writes every element (only the real part of a complex one)
    w_result = new_array(space, w_arr.shape[:], dtype,
                         zero=dtype.is_complex())
    assign(space, w_result, w_arr)
    return w_result


def lane_offsets(w_arr, axis):
    """The start offsets of the 1-d lanes of w_arr along `axis`, in C
    order of the other axes."""
    ndim = len(w_arr.shape)
    others = [k for k in range(ndim) if k != axis]
    shape = [w_arr.shape[k] for k in others]
    strides = [w_arr.strides[k] for k in others]
    count = 1
    for n in shape:
        count *= n
    result = [0] * count
    for j in range(count):
        result[j] = w_arr.start + strides_mod.index_offset(j, shape, strides,
                                                          len(shape))
    return result


def unpack_arrays(space, w_seq):
    return [array_from_w(space, w_item, None)
            for w_item in space.unpackiterable(w_seq)]


def with_dims(w_arr, shape, strides):
    """A view of the concrete w_arr with another shape/strides."""
    return w_arr.view(shape, strides, w_arr.start)


# ____________________________________________________________
# joining

def concatenate_arrays(space, arrays_w, axis_is_none, axis, dtype):
    if not arrays_w:
        raise space.error(space.w_ValueError,
                          "need at least one array to concatenate")
    if axis_is_none:
        total = 0
        for w_arr in arrays_w:
            try:
                total = ovfcheck(total + w_arr.get_size())
            except OverflowError:
                raise space.error(space.w_ValueError,
                                  "total number of elements too large to "
                                  "concatenate")
    concs = []
    for w_arr in arrays_w:
        w_conc = w_arr.get_concrete(space)
        assert isinstance(w_conc, W_ConcreteArray)
        if axis_is_none:
            w_conc = flattened(space, w_conc)
        concs.append(w_conc)
    if axis_is_none:
        axis = 0
    ndim = len(concs[0].shape)
    if ndim == 0:
        raise space.error(space.w_ValueError,
                          "zero-dimensional arrays cannot be concatenated")
    axis = check_axis(space, axis, ndim)
    for i in range(1, len(concs)):
        if len(concs[i].shape) != ndim:
            raise space.error(
                space.w_ValueError,
                "all the input arrays must have same number of dimensions, "
                "but the array at index 0 has %d dimension(s) and the array "
                "at index %d has %d dimension(s)" % (ndim, i,
                                                     len(concs[i].shape)))
    shape = concs[0].shape[:]
    for i in range(1, len(concs)):
        for k in range(ndim):
            if k == axis:
                continue
            if concs[i].shape[k] != shape[k]:
                raise space.error(
                    space.w_ValueError,
                    "all the input array dimensions except for the "
                    "concatenation axis must match exactly, but along "
                    "dimension %d, the array at index 0 has size %d and the "
                    "array at index %d has size %d" % (
                        k, shape[k], i, concs[i].shape[k]))
        try:
            shape[axis] = ovfcheck(shape[axis] + concs[i].shape[axis])
        except OverflowError:   # NumPy's sum wraps around to < 0
            raise space.error(space.w_ValueError,
                              "negative dimensions are not allowed")
    if dtype is None:
        dtype = concs[0].dtype
        for i in range(1, len(concs)):
            dtype = dt.promote_types(dtype, concs[i].dtype)
    # the parts cover every element (each part of a contiguous result and
    # dtype a memcpy); complex ones may be written one part at a time
    w_result = new_array(space, shape, dtype, zero=dtype.is_complex())
    position = 0
    for w_conc in concs:
        n = w_conc.shape[axis]
        if n > 0:
            part_shape = shape[:]
            part_shape[axis] = n
            w_part = w_result.view(part_shape, w_result.strides,
                                   position * w_result.strides[axis])
            assign(space, w_part, w_conc)
        position += n
    return w_result


def np_concatenate(space, args):
    check_keywords(space, args, 'concatenate', ['axis', 'out', 'dtype',
                                                'casting'])
    w_seq = first_arg(space, args, 'concatenate', 'arrays')
    w_axis = arg(space, args, 1, 'axis')
    axis = 0
    axis_is_none = w_axis is not None and space.is_none(w_axis)
    if w_axis is not None and not axis_is_none:
        axis = space.getindex_w(w_axis)
    dtype = None
    w_dtype = keyword_value(args, 'dtype')
    if w_dtype is not None and not space.is_none(w_dtype):
        dtype = dt.dtype_from_w(space, w_dtype)
    w_result = concatenate_arrays(space, unpack_arrays(space, w_seq),
                                  axis_is_none, axis, dtype)
    return store_out(space, args, w_result)


def store_out(space, args, w_result):
    w_out = keyword_value(args, 'out')
    if w_out is None or space.is_none(w_out):
        return w_result
    if not isinstance(w_out, W_NDArray):
        raise space.error(space.w_TypeError,
                          "return arrays must be of ArrayType")
    w_dest = w_out.get_concrete(space)
    assert isinstance(w_dest, W_ConcreteArray)
    if not strides_mod.same_shape(w_dest.shape, w_result.shape):
        raise space.error(space.w_ValueError,
                          "Output array is the wrong shape")
    assign(space, w_dest, w_result.get_concrete(space))
    return w_out


def np_stack(space, args):
    check_keywords(space, args, 'stack', ['axis', 'out', 'dtype',
                                          'casting'])
    arrays_w = unpack_arrays(space, first_arg(space, args, 'stack',
                                              'arrays'))
    if not arrays_w:
        raise space.error(space.w_ValueError,
                          "need at least one array to stack")
    shape = arrays_w[0].shape
    for w_arr in arrays_w:
        if not strides_mod.same_shape(w_arr.shape, shape):
            raise space.error(space.w_ValueError,
                              "all input arrays must have the same shape")
    w_axis = arg(space, args, 1, 'axis')
    axis = 0 if w_axis is None else space.getindex_w(w_axis)
    axis = check_axis(space, axis, len(shape) + 1)
    expanded = []
    for w_arr in arrays_w:
        expanded.append(insert_axes(space, w_arr, [axis]))
    dtype = None
    w_dtype = keyword_value(args, 'dtype')
    if w_dtype is not None and not space.is_none(w_dtype):
        dtype = dt.dtype_from_w(space, w_dtype)
    w_result = concatenate_arrays(space, expanded, False, axis, dtype)
    return store_out(space, args, w_result)


def np_vstack(space, args):
    check_keywords(space, args, 'vstack', ['dtype', 'casting'])
    arrays_w = [atleast(space, w_arr, 2) for w_arr in unpack_arrays(
        space, first_arg(space, args, 'vstack', 'tup'))]
    return concatenate_arrays(space, arrays_w, False, 0,
                              optional_dtype(space, args))


def np_hstack(space, args):
    check_keywords(space, args, 'hstack', ['dtype', 'casting'])
    arrays_w = [atleast(space, w_arr, 1) for w_arr in unpack_arrays(
        space, first_arg(space, args, 'hstack', 'tup'))]
    axis = 0
    if arrays_w and len(arrays_w[0].shape) != 1:
        axis = 1
    return concatenate_arrays(space, arrays_w, False, axis,
                              optional_dtype(space, args))


def optional_dtype(space, args):
    w_dtype = keyword_value(args, 'dtype')
    if w_dtype is None or space.is_none(w_dtype):
        return None
    return dt.dtype_from_w(space, w_dtype)


# ____________________________________________________________
# views with other dimensions

def insert_axes(space, w_arr, axes):
    """View of w_arr with length-1 axes at positions `axes` (normalized,
    distinct, in the result's numbering)."""
    w_conc = w_arr.get_concrete(space)
    assert isinstance(w_conc, W_ConcreteArray)
    out_ndim = len(w_conc.shape) + len(axes)
    shape = [0] * out_ndim
    strides = [0] * out_ndim
    j = 0
    for k in range(out_ndim):
        if k in axes:
            shape[k] = 1
            strides[k] = 0
        else:
            shape[k] = w_conc.shape[j]
            strides[k] = w_conc.strides[j]
            j += 1
    return with_dims(w_conc, shape, strides)


def atleast(space, w_arr, n):
    """np.atleast_1d/2d/3d of one array."""
    ndim = len(w_arr.shape)
    if ndim >= n:
        return w_arr
    if ndim == 0:
        return insert_axes(space, w_arr, range(n))
    if n == 2 or ndim == 2:      # (N,) -> (1, N); (M, N) -> (M, N, 1)
        axes = [0] if ndim == 1 and n == 2 else [2]
        return insert_axes(space, w_arr, axes)
    return insert_axes(space, w_arr, [0, 2])      # (N,) -> (1, N, 1)


def make_atleast(n):
    def np_atleast(space, args):
        check_keywords(space, args, 'atleast_%dd' % n, [])
        results_w = []
        for w_obj in args.arguments_w:
            results_w.append(atleast(space, array_from_w(space, w_obj, None),
                                     n))
        if len(results_w) == 1:
            return results_w[0]
        return space.newtuple(results_w)
    np_atleast.func_name = 'np_atleast_%dd' % n
    return np_atleast


def np_expand_dims(space, args):
    check_keywords(space, args, 'expand_dims', ['a', 'axis'])
    w_arr = array_from_w(space, first_arg(space, args, 'expand_dims', 'a'),
                         None)
    w_axis = second_arg(space, args, 'expand_dims', 'axis')
    if isinstance(w_axis, W_TupleObject) or isinstance(w_axis, W_ListObject):
        items_w = space.unpackiterable(w_axis)
    else:
        items_w = [w_axis]
    out_ndim = len(w_arr.shape) + len(items_w)
    axes = []
    for w_item in items_w:
        axis = check_axis(space, space.getindex_w(w_item), out_ndim)
        if axis in axes:
            raise space.error(space.w_ValueError, "repeated axis")
        axes.append(axis)
    return insert_axes(space, w_arr, axes)


def squeeze(space, w_arr, w_axis):
    w_conc = w_arr.get_concrete(space)
    assert isinstance(w_conc, W_ConcreteArray)
    ndim = len(w_conc.shape)
    if is_axis_none(space, w_axis):
        axes = [k for k in range(ndim) if w_conc.shape[k] == 1]
    else:
        axes = parse_axes(space, w_axis, ndim)
        for k in axes:
            if w_conc.shape[k] != 1:
                raise space.error(space.w_ValueError,
                                  "cannot select an axis to squeeze out "
                                  "which has size not equal to one")
    shape = []
    strides = []
    for k in range(ndim):
        if k not in axes:
            shape.append(w_conc.shape[k])
            strides.append(w_conc.strides[k])
    return with_dims(w_conc, shape, strides)


def np_squeeze(space, args):
    check_keywords(space, args, 'squeeze', ['a', 'axis'])
    w_arr = array_from_w(space, first_arg(space, args, 'squeeze', 'a'), None)
    return squeeze(space, w_arr, arg(space, args, 1, 'axis'))


def swapaxes(space, w_arr, a1, a2):
    w_conc = w_arr.get_concrete(space)
    assert isinstance(w_conc, W_ConcreteArray)
    ndim = len(w_conc.shape)
    a1 = check_axis(space, a1, ndim, 'axis1: ')
    a2 = check_axis(space, a2, ndim, 'axis2: ')
    shape = w_conc.shape[:]
    strides = w_conc.strides[:]
    shape[a1] = w_conc.shape[a2]
    shape[a2] = w_conc.shape[a1]
    strides[a1] = w_conc.strides[a2]
    strides[a2] = w_conc.strides[a1]
    return with_dims(w_conc, shape, strides)


def np_swapaxes(space, args):
    check_keywords(space, args, 'swapaxes', ['a', 'axis1', 'axis2'])
    w_arr = array_from_w(space, first_arg(space, args, 'swapaxes', 'a'),
                         None)
    w_a1 = arg(space, args, 1, 'axis1')
    w_a2 = arg(space, args, 2, 'axis2')
    if w_a1 is None or w_a2 is None:
        raise space.error(space.w_TypeError,
                          "swapaxes() missing required argument 'axis1' or "
                          "'axis2'")
    return swapaxes(space, w_arr, space.getindex_w(w_a1),
                    space.getindex_w(w_a2))


def broadcast_view(space, w_arr, shape):
    """np.broadcast_to: a view of w_arr with `shape` (0 strides)."""
    for n in shape:
        if n < 0:
            raise space.error(space.w_ValueError,
                              "all elements of broadcast shape must be "
                              "non-negative")
    strides_mod.check_element_count(space, shape)
    w_conc = w_arr.get_concrete(space)
    assert isinstance(w_conc, W_ConcreteArray)
    # a view, but NumPy checks its byte size as for a new array
    strides_mod.checked_nbytes(space, shape, w_conc.dtype.itemsize)
    ndim = len(shape)
    if len(w_conc.shape) > ndim:
        raise space.error(space.w_ValueError,
                          "input operand has more dimensions than allowed "
                          "by the axis remapping")
    offset = ndim - len(w_conc.shape)
    strides = [0] * ndim
    for k in range(len(w_conc.shape)):
        n = w_conc.shape[k]
        if n == shape[offset + k]:
            strides[offset + k] = w_conc.strides[k] if n != 1 else 0
        elif n != 1:
            raise space.error(
                space.w_ValueError,
                "operands could not be broadcast together with remapped "
                "shapes [original->remapped]: %s  and requested shape %s" % (
                    strides_mod.shape_repr(w_conc.shape),
                    strides_mod.shape_repr(shape)))
    return w_conc.view(shape[:], strides, w_conc.start)


def np_broadcast_to(space, args):
    check_keywords(space, args, 'broadcast_to', ['array', 'shape', 'subok'])
    w_arr = array_from_w(space, first_arg(space, args, 'broadcast_to',
                                          'array'), None)
    w_shape = second_arg(space, args, 'broadcast_to', 'shape')
    return broadcast_view(space, w_arr, shape_from_w_any(space, w_shape))


def np_tile(space, args):
    check_keywords(space, args, 'tile', ['A', 'reps'])
    w_arr = array_from_w(space, first_arg(space, args, 'tile', 'A'), None)
    w_reps = second_arg(space, args, 'tile', 'reps')
    reps = shape_from_w_any(space, w_reps)
    for n in reps:
        if n < 0:
            raise space.error(space.w_ValueError,
                              "negative dimensions are not allowed")
    w_conc = w_arr.get_concrete(space)
    assert isinstance(w_conc, W_ConcreteArray)
    ndim = max(len(reps), len(w_conc.shape))
    in_shape = [1] * (ndim - len(w_conc.shape)) + w_conc.shape
    in_strides = [0] * (ndim - len(w_conc.shape)) + w_conc.strides
    reps = [1] * (ndim - len(reps)) + reps
    out_shape = [strides_mod.checked_mul(space, in_shape[k], reps[k])
                 for k in range(ndim)]
    w_result = new_array(space, out_shape, w_conc.dtype,
                         zero=w_conc.dtype.is_complex())
    if w_result.get_size() == 0:
        return w_result
    # the result seen as (reps0, n0, reps1, n1, ...), the source as
    # (1, n0, 1, n1, ...) broadcast over the reps axes
    dst_shape = [0] * (2 * ndim)
    dst_strides = [0] * (2 * ndim)
    src_shape = [0] * (2 * ndim)
    src_strides = [0] * (2 * ndim)
    for k in range(ndim):
        dst_shape[2 * k] = reps[k]
        dst_shape[2 * k + 1] = in_shape[k]
        dst_strides[2 * k] = in_shape[k] * w_result.strides[k]
        dst_strides[2 * k + 1] = w_result.strides[k]
        src_shape[2 * k] = 1
        src_shape[2 * k + 1] = in_shape[k]
        src_strides[2 * k + 1] = in_strides[k]
    assign(space, w_result.view(dst_shape, dst_strides, 0),
           w_conc.view(src_shape, src_strides, w_conc.start))
    return w_result


# ____________________________________________________________
# elementwise helpers

def np_outer(space, args):
    check_keywords(space, args, 'outer', ['a', 'b', 'out'])
    w_a = flattened(space, array_from_w(space, first_arg(space, args,
                                                         'outer', 'a'),
                                        None))
    w_b_obj = second_arg(space, args, 'outer', 'b')
    w_b = flattened(space, array_from_w(space, w_b_obj, None))
    n = w_a.shape[0]
    m = w_b.shape[0]
    w_col = w_a.view([n, 1], [w_a.strides[0], 0], w_a.start)
    w_row = w_b.view([1, m], [0, w_b.strides[0]], w_b.start)
    w_result = call_binary_by_name(space, 'multiply', w_col, w_row)
    assert isinstance(w_result, W_NDArray)
    return store_out(space, args, w_result)


def clip(space, w_arr, w_min, w_max, w_out):
    w_result = w_arr
    if w_min is not None and not space.is_none(w_min) and \
            not bound_beyond_range(space, w_arr, w_min, -1):
        w_result = call_binary_by_name(space, 'maximum', w_result, w_min)
    if w_max is not None and not space.is_none(w_max) and \
            not bound_beyond_range(space, w_arr, w_max, 1):
        w_result = call_binary_by_name(space, 'minimum', w_result, w_max)
    if w_result is w_arr:
        if w_out is None and isinstance(w_arr, W_NDArray) and w_arr.shape:
            return array_from_w(space, w_arr, None, copy=True)
        w_result = call_binary_by_name(space, 'maximum', w_arr, w_arr)
    if w_out is not None and not space.is_none(w_out):
        if not isinstance(w_out, W_NDArray):
            raise space.error(space.w_TypeError,
                              "return arrays must be of ArrayType")
        w_dest = w_out.get_concrete(space)
        assert isinstance(w_dest, W_ConcreteArray)
        if isinstance(w_result, W_NDArray):
            # computed before w_out's buffer is written to
            w_result = w_result.get_concrete(space)
        assign(space, w_dest, w_result)
        return w_out
    return w_result


def clip_bounds(space, args, first):
    w_min = keyword_value(args, 'a_min')
    if w_min is None:
        w_min = keyword_value(args, 'min')
    if w_min is None and len(args.arguments_w) > first:
        w_min = args.arguments_w[first]
    w_max = keyword_value(args, 'a_max')
    if w_max is None:
        w_max = keyword_value(args, 'max')
    if w_max is None and len(args.arguments_w) > first + 1:
        w_max = args.arguments_w[first + 1]
    return w_min, w_max


def np_clip(space, args):
    check_keywords(space, args, 'clip', ['a', 'a_min', 'a_max', 'out',
                                         'min', 'max'])
    w_arr = first_arg(space, args, 'clip', 'a')
    if is_python_sequence(w_arr):
        w_arr = array_from_w(space, w_arr, None)
    w_min, w_max = clip_bounds(space, args, 1)
    return clip(space, w_arr, w_min, w_max, keyword_value(args, 'out'))


# --- cumsum, cumprod ---

def accumulate_dtype(dtype):
    """The result dtype of cumsum/cumprod (as for sum: small ints and bools
    accumulate in the platform integer)."""
    if dtype.kind == dt.KIND_BOOL:
        return dt.int64_dtype
    if dtype.is_int_like() and dtype.itemsize < 8:
        if dtype.kind == dt.KIND_UINT:
            return dt.uint64_dtype
        return dt.int64_dtype
    return dtype


def accumulate(space, w_arr, w_axis, dtype, is_prod):
    w_conc = w_arr.get_concrete(space)
    assert isinstance(w_conc, W_ConcreteArray)
    if dtype is None:
        dtype = accumulate_dtype(w_conc.dtype)
    # the result's size is checked before w_arr is flattened
    strides_mod.checked_nbytes(space, w_conc.shape, dtype.itemsize)
    if is_axis_none(space, w_axis) or not w_conc.shape:
        w_conc = flattened(space, w_conc)   # a 0-d array counts as 1-d
    if is_axis_none(space, w_axis):
        axis = 0
    else:
        axis = check_axis(space, space.getindex_w(w_axis),
                          len(w_conc.shape))
    w_result = copy_of(space, w_conc, dtype)
    n = w_result.shape[axis]
    stride = w_result.strides[axis]
    storage = w_result.storage
    for offset in lane_offsets(w_result, axis):
        if dtype.is_complex():
            accumulate_lane(dtype, storage, offset, stride, n, is_prod)
        else:
            accumulate_real_lane(dtype, is_prod, storage, offset, stride, n)
    return w_result


def make_accumulate(name, is_prod):
    def np_accumulate(space, args):
        check_keywords(space, args, name, ['a', 'axis', 'dtype', 'out'])
        w_arr = array_from_w(space, first_arg(space, args, name, 'a'), None)
        w_axis = arg(space, args, 1, 'axis')
        w_dtype = arg(space, args, 2, 'dtype')
        dtype = None
        if w_dtype is not None and not space.is_none(w_dtype):
            dtype = dt.dtype_from_w(space, w_dtype)
        w_result = accumulate(space, w_arr, w_axis, dtype, is_prod)
        return store_out(space, args, w_result)
    np_accumulate.func_name = 'np_' + name
    return np_accumulate


# --- isclose, allclose, array_equal ---

def inexact_pair(space, w_a, w_b):
    """w_a and w_b broadcast together, as C-contiguous arrays of float64,
    or of complex128 if either is complex."""
    w_x = array_from_w(space, w_a, None)
    w_y = array_from_w(space, w_b, None)
    shape = strides_mod.broadcast_shapes(space, w_x.shape, w_y.shape)
    dtype = dt.float64_dtype
    if w_x.dtype.is_complex() or w_y.dtype.is_complex():
        dtype = dt.complex128_dtype
    w_fx = new_array(space, shape, dtype)
    assign(space, w_fx, w_x)
    w_fy = new_array(space, shape, dtype)
    assign(space, w_fy, w_y)
    return w_fx, w_fy


def isclose_values(x, y, rtol, atol, equal_nan):
    if x == y:
        return True
    if x != x or y != y:
        return equal_nan and x != x and y != y
    if y - y != 0.0:        # y infinite (and x != y)
        return False
    return abs(x - y) <= atol + rtol * abs(y)


def isclose_complex(xr, xi, yr, yi, rtol, atol, equal_nan):
    """isclose_values for complex numbers, as NumPy's isclose computes
    them: |x - y| and |y| are complex absolute values, a number with a
    nan part is a nan, one with an infinite part is not finite."""
    if xr == yr and xi == yi:
        return True
    x_nan = xr != xr or xi != xi
    y_nan = yr != yr or yi != yi
    if x_nan or y_nan:
        return equal_nan and x_nan and y_nan
    if yr - yr != 0.0 or yi - yi != 0.0:
        return False
    return libm.hypot(xr - yr, xi - yi) <= atol + rtol * libm.hypot(yr, yi)


def close_args(space, args, fname):
    check_keywords(space, args, fname, ['a', 'b', 'rtol', 'atol',
                                        'equal_nan'])
    w_a = first_arg(space, args, fname, 'a')
    w_b = second_arg(space, args, fname, 'b')
    w_rtol = arg(space, args, 2, 'rtol')
    w_atol = arg(space, args, 3, 'atol')
    w_eqnan = arg(space, args, 4, 'equal_nan')
    rtol = 1e-05 if w_rtol is None else space.float_w(w_rtol)
    atol = 1e-08 if w_atol is None else space.float_w(w_atol)
    equal_nan = w_eqnan is not None and space.is_true(w_eqnan)
    return w_a, w_b, rtol, atol, equal_nan


def isclose(space, w_a, w_b, rtol, atol, equal_nan):
    w_x, w_y = inexact_pair(space, w_a, w_b)
    w_result = new_array(space, w_x.shape[:], dt.bool_dtype)
    dtype = w_x.dtype
    step = dtype.itemsize
    for i in range(w_x.get_size()):
        x = dtype.read_float(w_x.storage, i * step)
        y = dtype.read_float(w_y.storage, i * step)
        if dtype.is_complex():
            ok = isclose_complex(x, dtype.read_imag(w_x.storage, i * step),
                                 y, dtype.read_imag(w_y.storage, i * step),
                                 rtol, atol, equal_nan)
        else:
            ok = isclose_values(x, y, rtol, atol, equal_nan)
        dt.bool_dtype.write_int(w_result.storage, i, 1 if ok else 0)
    return w_result


def np_isclose(space, args):
    w_a, w_b, rtol, atol, equal_nan = close_args(space, args, 'isclose')
    w_result = isclose(space, w_a, w_b, rtol, atol, equal_nan)
    if not w_result.shape:
        return read_flat(space, w_result, 0)
    return w_result


def np_allclose(space, args):
    w_a, w_b, rtol, atol, equal_nan = close_args(space, args, 'allclose')
    w_result = isclose(space, w_a, w_b, rtol, atol, equal_nan)
    for i in range(w_result.get_size()):
        if dt.bool_dtype.read_int(w_result.storage, i) == 0:
            return space.w_False
    return space.w_True


def np_array_equal(space, args):
    check_keywords(space, args, 'array_equal', ['a1', 'a2', 'equal_nan'])
    w_a1 = first_arg(space, args, 'array_equal', 'a1')
    w_a2 = second_arg(space, args, 'array_equal', 'a2')
    w_eqnan = arg(space, args, 2, 'equal_nan')
    equal_nan = w_eqnan is not None and space.is_true(w_eqnan)
    try:
        w_x = array_from_w(space, w_a1, None)
        w_y = array_from_w(space, w_a2, None)
    except OperationError as e:
        if e.match(space, space.w_ValueError):
            return space.w_False
        raise
    if not strides_mod.same_shape(w_x.shape, w_y.shape):
        return space.w_False
    w_eq = call_binary_by_name(space, 'equal', w_x, w_y)
    if not isinstance(w_eq, W_NDArray):
        ok = space.is_true(w_eq)
        if not ok and equal_nan:
            ok = both_nan(space, w_x, w_y)
        return space.newbool(ok)
    w_eq = w_eq.get_concrete(space)
    assert isinstance(w_eq, W_ConcreteArray)
    w_cx = None
    w_cy = None
    for i in range(w_eq.get_size()):
        if not space.is_true(read_flat(space, w_eq, i)):
            if not equal_nan:
                return space.w_False
            if w_cx is None:
                w_cx = copy_of(space, w_x, dt.float64_dtype)
                w_cy = copy_of(space, w_y, dt.float64_dtype)
            assert w_cx is not None and w_cy is not None
            x = dt.float64_dtype.read_float(w_cx.storage, i * 8)
            y = dt.float64_dtype.read_float(w_cy.storage, i * 8)
            if not (x != x and y != y):
                return space.w_False
    return space.w_True


def both_nan(space, w_x, w_y):
    w_cx = w_x.get_concrete(space)
    w_cy = w_y.get_concrete(space)
    assert isinstance(w_cx, W_ConcreteArray)
    assert isinstance(w_cy, W_ConcreteArray)
    x = space.float_w(read_flat(space, w_cx, 0))
    y = space.float_w(read_flat(space, w_cy, 0))
    return x != x and y != y


np_cumsum = make_accumulate('cumsum', False)
np_cumprod = make_accumulate('cumprod', True)

FUNCTIONS = [
    ('concatenate', np_concatenate), ('stack', np_stack),
    ('vstack', np_vstack), ('hstack', np_hstack),
    ('broadcast_to', np_broadcast_to), ('tile', np_tile),
    ('expand_dims', np_expand_dims), ('atleast_1d', make_atleast(1)),
    ('atleast_2d', make_atleast(2)), ('atleast_3d', make_atleast(3)),
    ('squeeze', np_squeeze), ('swapaxes', np_swapaxes),
    ('outer', np_outer), ('clip', np_clip),
    ('cumsum', np_cumsum), ('cumprod', np_cumprod),
    ('isclose', np_isclose), ('allclose', np_allclose),
    ('array_equal', np_array_equal),
]

# ndarray methods (methods.array_methods takes them in)
array_methods = {
    'clip': method_of(np_clip, 'clip', ['a', 'a_min', 'a_max']),
    'squeeze': method_of(np_squeeze, 'squeeze'),
    'swapaxes': method_of(np_swapaxes, 'swapaxes',
                          ['a', 'axis1', 'axis2']),
    'cumsum': method_of(np_cumsum, 'cumsum'),
    'cumprod': method_of(np_cumprod, 'cumprod'),
}
