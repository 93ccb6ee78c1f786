"""Reductions (sum, prod, min, max, mean, std, var, argmin, argmax, all,
any), over the whole array or along axes.  They consume a pending
expression directly: (a * b + c).sum() runs one loop and allocates no
temporary."""

from rpython.rlib.objectmodel import keepalive_until_here
from rpython.rtyper.lltypesystem import rffi
from pypy.interpreter.arguments import keyword_value, check_keywords
from pypy.objspace.tupleobject import W_TupleObject
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy import ufuncs as uf
from pypy.module.micronumpy import boxes, loop, errstate, fpflags
from pypy.module.micronumpy.concrete import W_ConcreteArray, new_array, \
    c_memcpy
from pypy.module.micronumpy.ndarray import W_NDArray
from pypy.module.micronumpy.strides import index_offset, shape_repr
from pypy.module.micronumpy.funcargs import check_axis
from pypy.module.micronumpy.complexops import abs2
from pypy.module.micronumpy.operands import array_from_w, convert_operand, \
    assign
from pypy.module.micronumpy.flatreductions import reduce_flat, innermost_axis
from pypy.module.micronumpy.elements import write_flat, read_flat
from pypy.module.micronumpy.ufuncs_app import call_binary_by_name, \
    call_unary_by_name, call_where, broadcastable, operand_shape
from pypy.module.micronumpy.ufunc_keywords import where_keyword
from pypy.module.micronumpy.subclass import reduction_result, out_given


def parse_axes(space, w_axis, ndim):
    """The list of axes named by axis= (int or tuple)."""
    if isinstance(w_axis, W_TupleObject):
        items_w = w_axis.items_w
    else:
        if ndim == 0:
            # NumPy lets a 0-d array's reductions take axis 0 (or -1)
            axis = space.getindex_w(w_axis)
            if axis == 0 or axis == -1:
                return []
        items_w = [w_axis]
    # every axis is checked against ndim before any duplicate is
    axes = [check_axis(space, space.getindex_w(w_item), ndim)
            for w_item in items_w]
    for i in range(len(axes)):
        if axes[i] in axes[:i]:
            raise space.error(space.w_ValueError, "duplicate value in 'axis'")
    return axes


def reduce(space, name, w_arr, w_axis, dtype, keepdims):
    w_arr = array_from_w(space, w_arr, None)
    ndim = len(w_arr.shape)
    if w_axis is None or space.is_none(w_axis):
        axes = range(ndim)
    else:
        axes = parse_axes(space, w_axis, ndim)
    if len(axes) == ndim and not keepdims:
        return reduce_flat(space, name, w_arr, dtype)
    if len(axes) == 1 and ndim >= 2 and dtype is None and \
            w_arr.dtype is dt.float64_dtype and name in SLICEWISE_UFUNCS:
        m = w_arr.shape[axes[0]]
        if 0 < m < 8 or 0 < m and axes[0] != innermost_axis(w_arr):
            return reduce_slicewise(space, name, w_arr, axes[0], keepdims)
    pairwise = len(axes) != 1 or axes[0] == innermost_axis(w_arr)
    w_conc = w_arr.get_concrete(space)
    assert isinstance(w_conc, W_ConcreteArray)
    # view with the kept axes first and the reduced ones last
    kept = [k for k in range(ndim) if k not in axes]
    out_shape = [w_conc.shape[k] for k in kept]
    out_strides = [w_conc.strides[k] for k in kept]
    red_shape = [w_conc.shape[k] for k in axes]
    red_strides = [w_conc.strides[k] for k in axes]
    red_size = 1
    for n in red_shape:
        red_size *= n
    out_size = 1
    for n in out_shape:
        out_size *= n
    if red_size == 0 and out_size == 0:
        # no lane to reduce, but an empty one would be an error (max of
        # nothing): NumPy reports it all the same
        reduce_flat(space, name, w_conc.view([0], [0], 0), dtype)
    results_w = []
    for j in range(out_size):
        offset = w_conc.start + index_offset(j, out_shape, out_strides,
                                             len(kept))
        w_slice = w_conc.view(red_shape, red_strides, offset)
        results_w.append(reduce_flat(space, name, w_slice, dtype, pairwise))
    if name == 'argmax' or name == 'argmin':
        res_dtype = dt.int64_dtype
    elif not results_w:
        w_probe = reduce_flat(space, name, w_conc.view([0], [0], 0), dtype) \
            if name in ('sum', 'prod', 'mean', 'all', 'any') else None
        res_dtype = result_dtype_of(w_probe, w_conc.dtype)
    else:
        res_dtype = result_dtype_of(results_w[0], w_conc.dtype)
    if keepdims:
        out_shape = [1 if k in axes else w_conc.shape[k] for k in range(ndim)]
    w_result = new_array(space, out_shape, res_dtype)
    for j in range(len(results_w)):
        write_flat(space, w_result, j, results_w[j])
    if not out_shape:
        return results_w[0]
    return w_result


SLICEWISE_UFUNCS = {'sum': 'add', 'mean': 'add', 'max': 'maximum',
                    'min': 'minimum'}


def reduce_slicewise(space, name, w_arr, axis, keepdims):
    """The reduction along `axis` as one fused expression over the slices
    across it: ((0.0 + a[0]) + a[1]) + ..., NumPy's order when the axis
    is not the contiguous one or is shorter than a pairwise block.  Small
    arrays (n-body) then cost one kernel, not one loop per output."""
    w_conc = w_arr.get_concrete(space)
    assert isinstance(w_conc, W_ConcreteArray)
    shape = [w_conc.shape[k] for k in range(len(w_conc.shape)) if k != axis]
    strides = [w_conc.strides[k] for k in range(len(w_conc.shape))
               if k != axis]
    ufunc = SLICEWISE_UFUNCS[name]
    m = w_conc.shape[axis]
    step = w_conc.strides[axis]
    if axis == 0 and w_conc.is_c_contiguous():
        w_acc = reduce_rows(space, w_conc, shape, ufunc)
    else:
        w_acc = w_conc.view(shape, strides, w_conc.start)
        if ufunc == 'add':
            w_acc = call_binary_by_name(space, 'add', space.newfloat(0.0),
                                        w_acc)
        for k in range(1, m):
            w_slice = w_conc.view(shape, strides, w_conc.start + k * step)
            w_acc = call_binary_by_name(space, ufunc, w_acc, w_slice)
    if name == 'mean':
        # NumPy divides by the count as an intp (a float32 or complex64
        # sum by it computes in float64) and casts back to the sum's dtype
        assert isinstance(w_acc, W_NDArray)
        w_mean = call_binary_by_name(space, 'true_divide', w_acc,
                                     boxes.box_int(space, dt.int64_dtype, m))
        w_acc = array_from_w(space, w_mean, w_acc.dtype)
    if not keepdims:
        return w_acc
    assert isinstance(w_acc, W_NDArray)
    w_result = w_acc.get_concrete(space)
    assert isinstance(w_result, W_ConcreteArray)
    kept_shape = [1 if k == axis else w_conc.shape[k]
                  for k in range(len(w_conc.shape))]
    kept_strides = [0 if k == axis else w_result.strides[k - int(k > axis)]
                    for k in range(len(w_conc.shape))]
    return w_result.view(kept_shape, kept_strides, w_result.start)


ROW_OPS = {'add': uf.ADD, 'maximum': uf.MAXIMUM, 'minimum': uf.MINIMUM}


def reduce_rows(space, w_conc, shape, ufunc):
    """The float64 reduction (sum, max, min) over the first axis of the
    C-contiguous w_conc, in NumPy's order: 0.0 + a[0] + a[1] + ... for
    sums, a[0] op a[1] op ... otherwise, each row combined into the result
    in one loop nest (loop.combine_rows), not one lazy operand per row."""
    w_result = new_array(space, shape, w_conc.dtype, zero=(ufunc == 'add'))
    row_bytes = w_result.get_size() * w_conc.dtype.itemsize
    src = rffi.ptradd(w_conc.storage, w_conc.start)
    first = 0
    if ufunc != 'add':
        c_memcpy(w_result.storage, src, rffi.cast(rffi.SIZE_T, row_bytes))
        first = 1
    loop.combine_rows(ROW_OPS[ufunc], w_result.storage,
                      rffi.ptradd(src, first * row_bytes),
                      w_conc.shape[0] - first, row_bytes)
    keepalive_until_here(w_conc)
    return w_result


def result_dtype_of(w_box, default):
    if w_box is None:
        return default
    dtype = boxes.scalar_dtype(w_box)
    if dtype is None:
        return dt.uint64_dtype
    return dtype


def variance(space, w_arr, w_axis, ddof, keepdims):
    """NumPy's var: mean, deviations squared, summed, divided by n - ddof."""
    w_mean = reduce(space, 'mean', w_arr, w_axis, None, True)
    w_dev = call_binary_by_name(space, 'subtract', w_arr, w_mean)
    if w_arr.dtype.is_complex():
        # (of a 0-d array, the deviation is a scalar)
        w_sq = abs2(space, array_from_w(space, w_dev, None))
    else:
        w_sq = call_binary_by_name(space, 'multiply', w_dev, w_dev)
    w_sum = reduce(space, 'sum', w_sq, w_axis, None, keepdims)
    n = w_arr.get_size()
    if not (w_axis is None or space.is_none(w_axis)):
        n = 1
        for axis in parse_axes(space, w_axis, len(w_arr.shape)):
            n *= w_arr.shape[axis]
    return call_binary_by_name(space, 'true_divide', w_sum,
                               space.newfloat(float(max(n - ddof, 0))))


def reduction_args(space, args, fname, first_positional):
    """(array, axis, dtype, keepdims, ddof) from a reduction's arguments;
    positional arguments after the array: axis, dtype, out."""
    allowed = ['axis', 'dtype', 'out', 'keepdims', 'ddof']
    if fname in MASKED_REDUCTIONS:
        allowed = allowed + ['initial', 'where']
    check_keywords(space, args, fname, allowed)
    args_w = args.arguments_w
    w_arr = args_w[0]
    w_axis = keyword_value(args, 'axis')
    if w_axis is None and len(args_w) > first_positional:
        w_axis = args_w[first_positional]
    w_dtype = keyword_value(args, 'dtype')
    if w_dtype is None and len(args_w) > first_positional + 1:
        w_dtype = args_w[first_positional + 1]
    dtype = None
    if w_dtype is not None and not space.is_none(w_dtype):
        dtype = dt.dtype_from_w(space, w_dtype)
    w_keep = keyword_value(args, 'keepdims')
    keepdims = w_keep is not None and space.is_true(w_keep)
    w_ddof = keyword_value(args, 'ddof')
    ddof = 0 if w_ddof is None else space.int_w(w_ddof)
    return w_arr, w_axis, dtype, keepdims, ddof


# the reductions whose floating-point errors NumPy reports ("overflow
# encountered in reduce"); max and min compare, quietly
ARITHMETIC_REDUCTIONS = ['sum', 'prod', 'mean']


def make_reduction(name):
    compute = make_plain_reduction(name)
    # argmax/argmin give a scalar index, not a value of the array
    gives_scalar = name == 'argmax' or name == 'argmin'

    def method(space, args):
        w_result = compute(space, args)
        w_arr = args.arguments_w[0]
        if not isinstance(w_arr, W_NDArray) or \
                not w_arr.is_subclass_instance or \
                (gives_scalar and not isinstance(w_result, W_NDArray)) or \
                len(args.arguments_w) > 3 or out_given(space, args):
            return w_result         # (out= is returned as it is)
        return reduction_result(space, w_arr, w_result)
    method.func_name = 'reduce_' + name
    return method


def make_plain_reduction(name):
    """The reduction as on a plain ndarray."""
    def method(space, args):
        w_arr, w_axis, dtype, keepdims, ddof = reduction_args(space, args,
                                                              name, 1)
        w_arr = array_from_w(space, w_arr, None)
        if name == 'argmax' or name == 'argmin':
            w_arr, w_axis = arg_operands(space, w_arr, w_axis)
        if name == 'mean' or name == 'var' or name == 'std':
            check_0d_axis(space, w_arr, w_axis)
        if name == 'var' or name == 'std':
            w_var = variance(space, w_arr, w_axis, ddof, keepdims)
            if name == 'var':
                return w_var
            return call_unary_by_name(space, 'sqrt', w_var)
        if name in MASKED_REDUCTIONS:
            w_initial = keyword_value(args, 'initial')
            w_where = where_keyword(space, args)
            if w_initial is not None or w_where is not None:
                return reduce_masked(space, name, MASKED_REDUCTIONS[name],
                                     w_arr, w_axis, dtype, keepdims,
                                     w_initial, w_where)
        if name not in ARITHMETIC_REDUCTIONS:
            return reduce(space, name, w_arr, w_axis, dtype, keepdims)
        # (the operations of a pending operand fused into the loop
        # report theirs as the reduction's)
        fpflags.clear()
        w_result = reduce(space, name, w_arr, w_axis, dtype, keepdims)
        errstate.report_raised(space, 'reduce')
        return w_result
    method.func_name = 'plain_reduce_' + name
    return method


# the reductions that take initial= and where=, by the ufunc they fold
# with; the identities of those that have one (the value of the items
# where= leaves out, where initial= is not given)
MASKED_REDUCTIONS = {'sum': 'add', 'prod': 'multiply', 'max': 'maximum',
                     'min': 'minimum'}
REDUCTION_IDENTITIES = {'sum': 0, 'prod': 1}


def reduce_masked(space, name, ufunc_name, w_arr, w_axis, dtype, keepdims,
                  w_initial, w_where):
    """reduce(), with initial= (None: not given), folded in with the
    ufunc as if a first item, and where= (None: every item), the items
    where the mask does not hold taken as initial= (else the identity)."""
    if w_where is not None:
        w_fill = w_initial
        if w_fill is None:
            if name not in REDUCTION_IDENTITIES:
                raise space.error(space.w_ValueError,
                                  "reduction operation '%s' does not have "
                                  "an identity, so to use a where mask one "
                                  "has to specify 'initial'" % ufunc_name)
            w_fill = space.newint(REDUCTION_IDENTITIES[name])
        w_arr = masked_items(space, w_arr, w_where, w_fill)
    if w_initial is not None and w_arr.get_size() == 0:
        return initial_only(space, w_arr, w_axis, dtype, keepdims,
                            w_initial)
    w_result = reduce(space, name, w_arr, w_axis, dtype, keepdims)
    if w_initial is None:
        return w_result
    if isinstance(w_result, W_NDArray):
        res_dtype = w_result.dtype
    else:
        res_dtype = result_dtype_of(w_result, w_arr.dtype)
    return call_binary_by_name(space, ufunc_name, w_result,
                               array_from_w(space, w_initial, res_dtype))


def initial_only(space, w_arr, w_axis, dtype, keepdims, w_initial):
    """The reduction with initial= of an empty array (max and min too,
    which have no identity): initial= in every item of the result."""
    ndim = len(w_arr.shape)
    if w_axis is None or space.is_none(w_axis):
        axes = range(ndim)
    else:
        axes = parse_axes(space, w_axis, ndim)
    if keepdims:
        shape = [1 if k in axes else w_arr.shape[k] for k in range(ndim)]
    else:
        shape = [w_arr.shape[k] for k in range(ndim) if k not in axes]
    w_result = new_array(space, shape, dtype if dtype is not None
                         else w_arr.dtype)
    assign(space, w_result, w_initial)
    if not shape:
        return read_flat(space, w_result, 0)
    return w_result


def masked_items(space, w_arr, w_where, w_fill):
    """w_arr's items where the mask w_where holds, else w_fill; the mask
    broadcasts to w_arr's shape."""
    mask = convert_operand(space, w_where)
    mask_shape = operand_shape(mask) if mask is not None else []
    if len(mask_shape) > len(w_arr.shape):
        raise space.error(space.w_ValueError,
                          "input operand has more dimensions than allowed "
                          "by the axis remapping")
    if not broadcastable([w_arr.shape, mask_shape]):
        raise space.error(space.w_ValueError,
                          "operands could not be broadcast together with "
                          "remapped shapes [original->remapped]: %s %s " % (
                              shape_repr(w_arr.shape),
                              shape_repr(mask_shape)))
    w_masked = call_where(space, w_where, w_arr, w_fill)
    assert w_masked is not None
    return w_masked


def check_0d_axis(space, w_arr, w_axis):
    """mean, var and std (NumPy's Python-level _methods) give a 0-d array
    no axis 0, unlike the ufunc reductions."""
    if w_arr.shape or w_axis is None or space.is_none(w_axis) or \
            isinstance(w_axis, W_TupleObject):
        return
    raise space.error(space.w_AxisError,
                      "axis %d is out of bounds for array of dimension 0" %
                      space.getindex_w(w_axis))


def arg_operands(space, w_arr, w_axis):
    """argmax/argmin take one axis (an int, not a tuple) and see a 0-d
    array as 1-d, as NumPy does."""
    if w_axis is not None and not space.is_none(w_axis):
        w_axis = space.newint(space.getindex_w(w_axis))
    if w_arr.shape:
        return w_arr, w_axis
    w_conc = w_arr.get_concrete(space)
    assert isinstance(w_conc, W_ConcreteArray)
    return w_conc.view([1], [w_conc.dtype.itemsize], w_conc.start), w_axis


REDUCTIONS = ['sum', 'prod', 'min', 'max', 'mean', 'std', 'var', 'argmin',
              'argmax', 'all', 'any']
reduction_functions = {}
for _name in REDUCTIONS:
    reduction_functions[_name] = make_reduction(_name)
del _name
