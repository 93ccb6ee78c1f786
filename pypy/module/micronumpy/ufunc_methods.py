"""The methods of ufunc objects: reduce and accumulate (attributes.py),
outer, reduceat and at, built on the ufunc call and on reduce."""

from rpython.rlib import jit
from pypy.interpreter.arguments import check_keywords, keyword_value
from pypy.objspace.tupleobject import W_TupleObject
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy.attributes import ufunc_of, binary_ufunc_of, \
    ufunc_reduce, ufunc_accumulate, reduce_by, axis_moved
from pypy.module.micronumpy.concrete import concrete_of, new_array
from pypy.module.micronumpy.operands import array_from_w
from pypy.module.micronumpy.ndarray import W_NDArray
from pypy.module.micronumpy.shapes import insert_axes, concatenate_arrays, \
    store_out, broadcast_view
from pypy.module.micronumpy.funcargs import arg, check_axis
from pypy.module.micronumpy.indexing import item_along_first_axis, \
    broadcasts_to
from pypy.module.micronumpy.elements import read_flat, flat_offset, read_at, \
    write_cast
from pypy.module.micronumpy.loop import arange_ints
from pypy.module.micronumpy.ufuncs_app import call_binary_checked, \
    call_unary, call_two_outputs
from pypy.module.micronumpy.scalarops import scalar_binop
from pypy.module.micronumpy.lazy import prepare_write


def ufunc_outer(space, args):
    """ufunc(a[..., newaxis, ...], b): every element of a with every
    element of b, the result of shape a.shape + b.shape."""
    check_keywords(space, args, 'outer', ['out'])
    w_ufunc = binary_ufunc_of(space, args.arguments_w[0], 'outer product',
                              single_output=False)
    if len(args.arguments_w) != 3:
        raise space.error(space.w_TypeError, "exactly two arguments expected")
    w_a = concrete_of(space, array_from_w(space, args.arguments_w[1], None))
    w_b = array_from_w(space, args.arguments_w[2], None)
    nb = len(w_b.shape)
    w_col = w_a.view(w_a.shape + [1] * nb, w_a.strides + [0] * nb,
                     w_a.start)
    outs = w_ufunc.output_arrays(space, [w_col, w_b],
                                 keyword_value(args, 'out'))
    if w_ufunc.nout == 2:
        return call_two_outputs(space, w_ufunc, [w_col, w_b], outs)
    return call_binary_checked(space, w_ufunc, w_col, w_b, outs[0])


def ufunc_reduceat(space, args):
    """NumPy's rules: for each i = indices[k], the reduction of
    a[i:indices[k + 1]] along the axis (a[i:] for the last), or a[i]
    itself when indices[k + 1] <= i."""
    check_keywords(space, args, 'reduceat', ['array', 'indices', 'axis',
                                             'dtype', 'out'])
    w_ufunc = binary_ufunc_of(space, args.arguments_w[0], 'reduceat')
    w_array = required_arg(space, args, 1, 'array')
    w_indices = required_arg(space, args, 2, 'indices')
    w_arr = concrete_of(space, array_from_w(space, w_array, None))
    if not w_arr.shape:
        raise space.error(space.w_TypeError, "cannot reduceat on a scalar")
    w_axis = arg(space, args, 3, 'axis')
    axis = 0
    if w_axis is not None:
        if space.is_none(w_axis) or isinstance(w_axis, W_TupleObject):
            raise space.error(space.w_ValueError,
                              "reduceat does not allow multiple axes")
        axis = check_axis(space, space.getindex_w(w_axis),
                          len(w_arr.shape))
    w_dtype = arg(space, args, 4, 'dtype')
    dtype = None
    if w_dtype is not None and not space.is_none(w_dtype):
        dtype = dt.dtype_from_w(space, w_dtype)
    indices = reduceat_indices(space, w_ufunc.name, w_indices,
                               w_arr.shape[axis])
    w_moved = axis_moved(w_arr, axis, True)
    n = w_moved.shape[0]
    step = w_moved.strides[0]
    if n > 0 and dtype is None:
        # the dtype of a reduction, also of the a[i] taken as they are
        w_probe = array_from_w(space, reduce_by(
            space, w_ufunc, w_moved.view([1] + w_moved.shape[1:],
                                         w_moved.strides[:], w_moved.start),
            space.newint(0), None, False), None)
        dtype = w_probe.dtype
    if dtype is None:
        dtype = w_arr.dtype
    parts_w = []
    for k in range(len(indices)):
        i = indices[k]
        j = indices[k + 1] if k + 1 < len(indices) else n
        if i < j:
            w_segment = w_moved.view([j - i] + w_moved.shape[1:],
                                     w_moved.strides[:],
                                     w_moved.start + i * step)
            w_part = reduce_by(space, w_ufunc, w_segment, space.newint(0),
                               dtype, False)
        else:
            w_part = item_along_first_axis(space, w_moved, i)
        parts_w.append(insert_axes(space, array_from_w(space, w_part, dtype),
                                   [0]))
    if parts_w:
        w_res = concrete_of(space, concatenate_arrays(space, parts_w, False,
                                                      0, dtype))
    else:
        w_res = new_array(space, [0] + w_moved.shape[1:], dtype)
    return store_out(space, args, axis_moved(w_res, axis, False))


def required_arg(space, args, position, name):
    """The method's argument at `position` (after the ufunc) or `name`."""
    w_value = arg(space, args, position, name)
    if w_value is None:
        raise space.error(space.w_TypeError,
                          "reduceat() missing required argument '%s' (pos "
                          "%d)" % (name, position - 1))
    return w_value


def reduceat_indices(space, name, w_indices, n):
    """The indices as ints, each checked to lie in [0, n)."""
    w_idx = array_from_w(space, w_indices, dt.int64_dtype)
    if len(w_idx.shape) > 1:
        raise space.error(space.w_ValueError,
                          "setting an array element with a sequence. The "
                          "requested array would exceed the maximum number "
                          "of dimension of 1.")
    w_conc = concrete_of(space, w_idx)
    result = []
    for k in range(w_conc.get_size()):
        i = space.int_w(read_flat(space, w_conc, k))
        if i < 0 or i >= n:
            raise space.error(space.w_IndexError,
                              "index %d out-of-bounds in %s.reduceat "
                              "[0, %d)" % (i, name, n))
        result.append(i)
    return result


def ufunc_at(space, args):
    """a[indices] = ufunc(a[indices], b), unbuffered: an element indexed
    several times takes the ufunc once per time.  The results are cast
    to a's dtype unsafely, as NumPy's at does."""
    if args.keyword_names:
        raise space.error(space.w_TypeError,
                          "ufunc.at() takes no keyword arguments")
    w_ufunc = ufunc_of(space, args.arguments_w[0])
    if w_ufunc.nout != 1:
        raise space.error(space.w_ValueError,
                          "Only single output ufuncs supported at this time")
    args_w = args.arguments_w
    if len(args_w) < 3:
        raise space.error(space.w_TypeError,
                          "at() takes at least 2 arguments (%d given)" % (
                              len(args_w) - 1))
    if len(args_w) > 4:
        raise space.error(space.w_TypeError,
                          "at() takes at most 3 arguments (%d given)" % (
                              len(args_w) - 1))
    if not isinstance(args_w[1], W_NDArray):
        raise space.error(space.w_TypeError, "first operand must be array")
    if w_ufunc.nin == 2 and len(args_w) == 3:
        raise space.error(space.w_ValueError,
                          "second operand needed for ufunc")
    if w_ufunc.nin == 1 and len(args_w) == 4:
        raise space.error(space.w_ValueError,
                          "second operand provided when ufunc is unary")
    w_arr = concrete_of(space, args_w[1])
    w_positions = concrete_of(space, array_from_w(
        space, space.getitem(flat_positions(space, w_arr), args_w[2]),
        None))
    w_values = None
    if len(args_w) == 4:
        w_b = array_from_w(space, args_w[3], None)
        if not broadcasts_to(w_b.shape, w_positions.shape) or \
                len(w_b.shape) > len(w_positions.shape):
            raise space.error(space.w_ValueError,
                              "array is not broadcastable to correct shape")
        w_values = broadcast_view(space, w_b, w_positions.shape)
    ufunc_at_positions(space, w_ufunc, w_arr, w_positions, w_values)
    return space.w_None


def flat_positions(space, w_arr):
    """An int64 array of w_arr's shape holding 0, 1, 2, ...: indexed like
    w_arr, it gives the flat positions of the elements an index picks."""
    w_positions = new_array(space, w_arr.shape[:], dt.int64_dtype,
                            zero=False)
    arange_ints(dt.int64_dtype, w_positions.storage,
                w_positions.get_size(), 0, 1)
    return w_positions


UFUNC_METHODS = {'reduce': ufunc_reduce, 'accumulate': ufunc_accumulate,
                 'outer': ufunc_outer, 'reduceat': ufunc_reduceat,
                 'at': ufunc_at}


# ____________________________________________________________
# ufunc.at: one element after the other, so repeated positions accumulate

# greens: the ufunc, so each ufunc's element step is traced on its own
ufunc_at_driver = jit.JitDriver(
    name='numpy_ufunc_at', greens=['ufunc'],
    reds=['k', 'n', 'space', 'w_arr', 'w_positions', 'w_values'],
    get_printable_location=lambda ufunc: ufunc.name)


def ufunc_at_positions(space, ufunc, w_arr, w_positions, w_values):
    """w_arr.flat[p] = ufunc(w_arr.flat[p], w_values.flat[k]) for each
    p = w_positions.flat[k] in turn (w_values None: a unary ufunc), the
    result cast to w_arr's dtype unsafely."""
    prepare_write(space, w_arr)
    k = 0
    n = w_positions.get_size()
    while k < n:
        ufunc_at_driver.jit_merge_point(ufunc=ufunc, k=k, n=n, space=space,
                                        w_arr=w_arr, w_positions=w_positions,
                                        w_values=w_values)
        offset = flat_offset(w_arr, space.int_w(read_flat(space, w_positions,
                                                          k)))
        w_x = read_at(space, w_arr, offset)
        if w_values is None:
            w_result = call_unary(space, ufunc, w_x)
        else:
            w_y = read_flat(space, w_values, k)
            # NumPy scalars: the scalar kernels, without arrays
            w_result = scalar_binop(space, ufunc.name, w_x, w_y)
            if w_result is None:    # (complex128: computed as an array)
                w_result = call_binary_checked(space, ufunc, w_x, w_y)
        write_cast(space, w_arr, offset, w_result)
        k += 1
