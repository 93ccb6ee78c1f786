"""Reductions (sum, prod, min, max, mean, std, var, argmin, argmax, all,
any), over the whole array or along axes.  They consume a pending
expression directly: (a * b + c).sum() runs one loop and allocates no
temporary."""

from rpython.rlib import rfloat
from rpython.rlib.objectmodel import keepalive_until_here
from rpython.rtyper.lltypesystem import rffi
from pypy.interpreter.arguments import keyword_value, check_keywords
from pypy.objspace.tupleobject import W_TupleObject
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy import ufuncs as uf
from pypy.module.micronumpy import boxes, loop, errstate, fpflags
from pypy.module.micronumpy.lazy import W_LazyArray, operand, current_tree, \
    astype
from pypy.module.micronumpy.concrete import W_ConcreteArray, new_array, \
    c_memcpy
from pypy.module.micronumpy.ndarray import W_NDArray
from pypy.module.micronumpy.strides import index_offset
from pypy.module.micronumpy.funcargs import check_axis
from pypy.module.micronumpy.complexops import abs2, values_of_array, \
    best_index, real_view, concrete
from pypy.module.micronumpy.complexmath import c_mul, c_div
from pypy.module.micronumpy.operands import array_from_w, assign
from pypy.module.micronumpy.elements import write_flat
from pypy.module.micronumpy.ufuncs_app import call_where, call_binary_by_name, \
    call_unary_by_name

NUMPY_BUFSIZE = 8192    # NumPy casts in chunks of this many elements


def tree_of(space, w_arr):
    """(node, sig) to evaluate w_arr element by element with flat indices:
    one row (signature.py), so a tree of several rows is computed first."""
    if isinstance(w_arr, W_LazyArray) and w_arr.w_forced is None and \
            (w_arr.sig.flat or len(w_arr.shape) < 2):
        w_tree = current_tree(space, w_arr)
        node, sig = w_tree, w_tree.sig
    else:
        w_conc = w_arr.get_concrete(space)
        assert isinstance(w_conc, W_ConcreteArray)
        if len(w_conc.shape) >= 2 and not w_conc.is_c_contiguous():
            w_copy = new_array(space, w_conc.shape, w_conc.dtype,
                               zero=False)
            assign(space, w_copy, w_conc)
            w_conc = w_copy
        node, sig, _ = operand(space, w_conc, w_conc.shape)
    sig.start_row(node, 0)
    return node, sig


def cast_tree(space, node, sig, dtype, shape):
    """The tree evaluated in `dtype` (the reduction's accumulator type)."""
    if sig.dtype is dtype:
        return node, sig
    from pypy.module.micronumpy.lazy import make_call1
    w_cast = make_call1(space, uf.CAST, sig.dtype, dtype, shape, node, sig, 0)
    return w_cast, w_cast.sig


def float_sum(sig, node, size, inner, cast):
    """NumPy's float sum of `size` elements in iteration order, whose
    innermost axis is `inner` long, added one by one to the identity, 0.0:
    the pairwise sum of each whole inner row when it is at least as long as
    NumPy's buffer, else of each group of as many whole rows as fit in the
    buffer (the buffered iterator copies them there).  When the elements
    need a cast they go through the buffer: long rows in buffer-sized
    pieces.  The additions are in sig's precision (loop.acc_round)."""
    if size == 0:
        return 0.0
    if inner >= NUMPY_BUFSIZE:
        row = inner
        piece = NUMPY_BUFSIZE if cast else inner
    else:
        row = piece = NUMPY_BUFSIZE // inner * inner
    total = 0.0
    first = 0
    while first < size:
        stop = min(first + row, size)
        while first < stop:
            n = min(piece, stop - first)
            total = loop.acc_round(sig, total +
                                   loop.pairwise_sum(sig, node, first, n))
            first += n
    return total


def memory_order(shape, strides):
    """The axes longer than 1, innermost first, in the order NumPy's
    reductions iterate them: by |stride| (a stable insertion sort in which
    a zero stride, a broadcast axis, compares with nothing).  Negative
    strides are walked as they are: reductions do not flip them."""
    order = []
    k = len(shape) - 1
    while k >= 0:
        if shape[k] != 1:
            order.append(k)
        k -= 1
    for i in range(1, len(order)):
        axis = order[i]
        pos = i
        j = i - 1
        while j >= 0:
            other = order[j]
            if strides[axis] != 0 and strides[other] != 0:
                if abs(strides[other]) <= abs(strides[axis]):
                    break
                pos = j
            j -= 1
        del order[i]
        order.insert(pos, axis)
    return order


def innermost_axis(w_arr):
    """The axis a reduction iterates innermost: along it the values are
    summed pairwise, along the other axes one by one."""
    if isinstance(w_arr, W_ConcreteArray):
        order = memory_order(w_arr.shape, w_arr.strides)
        if order:
            return order[0]
    k = len(w_arr.shape) - 1        # a pending expression is C-ordered
    while k > 0 and w_arr.shape[k] == 1:
        k -= 1
    return k


def sum_tree(space, w_arr, dtype):
    """(node, sig) of w_arr read in the sum's precision: float32 sums add
    in float32, the others in float64 (loop.acc_round)."""
    node, sig = tree_of(space, w_arr)
    if sig.dtype is not dtype and (dt.accumulates_in_float32(sig.dtype) or
                                   dt.accumulates_in_float32(dtype)):
        node, sig = cast_tree(space, node, sig, dtype, w_arr.shape)
    return node, sig


def strided_float_sum(space, w_conc, dtype):
    """NumPy's float sum of a non-C-contiguous array: its elements in
    memory order, axes merged where one stride steps over another's axis;
    a single such axis is summed in place, several are copied first (as
    NumPy's iterator does into its buffer)."""
    size = w_conc.get_size()
    if size == 0:
        return 0.0
    shape = []         # innermost first
    strides = []
    for k in memory_order(w_conc.shape, w_conc.strides):
        if shape and strides[-1] * shape[-1] == w_conc.strides[k]:
            shape[-1] *= w_conc.shape[k]
        else:
            shape.append(w_conc.shape[k])
            strides.append(w_conc.strides[k])
    if len(shape) <= 1:
        step = strides[0] if shape else w_conc.dtype.itemsize
        w_flat = w_conc.view([size], [step], w_conc.start)
    else:
        ndim = len(shape)
        w_ordered = w_conc.view([shape[ndim - 1 - k] for k in range(ndim)],
                                [strides[ndim - 1 - k] for k in range(ndim)],
                                w_conc.start)
        w_copy = new_array(space, w_ordered.shape, w_conc.dtype,
                           zero=False)
        assign(space, w_copy, w_ordered)
        w_flat = w_copy.view([size], [w_conc.dtype.itemsize], w_copy.start)
    node, sig = sum_tree(space, w_flat, dtype)
    return float_sum(sig, node, size, shape[0] if shape else 1,
                     w_conc.dtype is not dtype)


def float_total(space, w_arr, pairwise, dtype):
    """The sum in `dtype` of w_arr's elements in NumPy's order; not
    pairwise: an axis slice that NumPy adds element by element."""
    if is_contiguous_1d(w_arr):
        node, sig = sum_tree(space, w_arr, dtype)
        size = w_arr.get_size()
        return float_sum(sig, node, size, size, w_arr.dtype is not dtype)
    assert isinstance(w_arr, W_ConcreteArray)
    if not pairwise:
        node, sig = sum_tree(space, w_arr, dtype)
        return loop.float_reduce(uf.ADD, sig, node, w_arr.get_size(), 0.0)
    return strided_float_sum(space, w_arr, dtype)


def reduce_flat(space, name, w_arr, dtype, pairwise=True):
    """The reduction `name` of all elements of w_arr (a view for axis
    reductions; pairwise=False: a slice along an axis that NumPy does not
    iterate innermost), as a NumPy scalar."""
    if dtype is not None and dtype.is_complex() and \
            not w_arr.dtype.is_complex():
        w_arr = astype(space, w_arr, dtype).get_concrete(space)
    if w_arr.dtype.is_complex() and (name == 'sum' or name == 'mean') and \
            is_contiguous_1d(w_arr):
        return complex_sum(space, name, w_arr)
    if w_arr.dtype.is_complex() and name != 'all' and name != 'any':
        return reduce_complex(space, name, w_arr)
    size = w_arr.get_size()
    if name == 'sum' or name == 'mean':
        if dtype is None:
            dtype = w_arr.dtype
            if name == 'mean' and not dtype.is_float():
                dtype = dt.float64_dtype
            elif dtype.kind == dt.KIND_BOOL or (
                    dtype.is_int_like() and dtype.itemsize < 8):
                dtype = dt.uint64_dtype if dtype.kind == dt.KIND_UINT \
                    else dt.int64_dtype
        if dtype.is_float():
            total = float_total(space, w_arr, pairwise, dtype)
            if name == 'mean':
                if size == 0:
                    return boxes.box_float(dtype, uf.INVALID_NAN)
                total = total / size
            return boxes.box_float(dtype, dtype.wrap_float(total))
        node, sig = tree_of(space, w_arr)
        node, sig = cast_tree(space, node, sig, dtype, w_arr.shape)
        return boxes.box_int(space, dtype, loop.int_reduce(uf.ADD, sig, node,
                                                           size, 0))
    node, sig = tree_of(space, w_arr)
    if name == 'prod':
        if dtype is None:
            dtype = sig.dtype
            if dtype.is_int_like() and dtype.itemsize < 8:
                dtype = dt.uint64_dtype if dtype.kind == dt.KIND_UINT \
                    else dt.int64_dtype
        node, sig = cast_tree(space, node, sig, dtype, w_arr.shape)
        if dtype.is_float():
            return boxes.box_float(dtype, dtype.wrap_float(
                loop.float_reduce(uf.MUL, sig, node, size, 1.0)))
        return boxes.box_int(space, dtype,
                             loop.int_reduce(uf.MUL, sig, node, size, 1))
    if name == 'max' or name == 'min':
        if size == 0:
            raise space.error(space.w_ValueError,
                              "zero-size array to reduction operation %s "
                              "which has no identity" % (
                                  'maximum' if name == 'max' else 'minimum'))
        if sig.dtype.is_float():
            return boxes.box_float(sig.dtype, loop.float_best(
                name == 'max', sig, node, size))
        op = uf.MAXIMUM if name == 'max' else uf.MINIMUM
        first = sig.eval_int(node, 0, 0)
        return boxes.box_int(space, sig.dtype, loop.int_reduce(
            op, sig, node, size, first))
    if name == 'argmax' or name == 'argmin':
        if size == 0:
            raise space.error(space.w_ValueError,
                              "attempt to get %s of an empty sequence" % name)
        if sig.dtype.is_float():
            index = loop.float_argbest(name == 'argmax', sig, node, size)
        else:
            index = loop.int_argbest(name == 'argmax', sig, node, size)
        return boxes.box_int(space, dt.int64_dtype, index)
    if name == 'all' or name == 'any':
        return reduce_all_any(space, w_arr, name == 'all')
    raise space.error(space.w_ValueError, "unknown reduction %s" % name)


def complex_sum(space, name, w_arr):
    """sum/mean of a C-contiguous complex array in NumPy's order.
    NumPy's complex pairwise sum (loops_utils.h.src) reads the array as
    2n interleaved floats of the parts' dtype, real parts at even
    positions, with the float blocking (eight accumulators, blocks of 128
    floats, same splits) and the even accumulators summed into the real
    part, the odd ones into the imaginary part.  So each part is the float
    pairwise sum of those 2n floats with the other part's positions
    replaced by -0.0, the exact identity of +."""
    w_conc = w_arr.get_concrete(space)
    assert isinstance(w_conc, W_ConcreteArray)
    n = w_conc.get_size()
    w_base = w_conc.w_base if w_conc.w_base is not None else w_conc
    fdt = dt.real_part(w_conc.dtype)
    w_doubles = W_ConcreteArray([2 * n], fdt, w_conc.buffer, w_conc.start,
                                [fdt.itemsize], w_base)
    w_even = new_array(space, [2 * n + 1], dt.bool_dtype)
    for k in range(0, 2 * n + 1, 2):
        dt.bool_dtype.write_int(w_even.storage, k, 1)
    parts = [0.0, 0.0]
    for part in range(2):
        w_mask = w_even.view([2 * n], [1], part)
        w_part = call_where(space, w_mask, w_doubles, space.newfloat(-0.0))
        assert w_part is not None
        node, sig = tree_of(space, w_part)
        parts[part] = float_sum(sig, node, 2 * n, 2 * n, False)
    re, im = fdt.wrap_float(parts[0]), fdt.wrap_float(parts[1])
    if name == 'mean':
        return complex_mean(w_conc.dtype, re, im, n)
    return boxes.W_ComplexBox(re, im, w_conc.dtype)


def is_contiguous_1d(w_arr):
    if isinstance(w_arr, W_ConcreteArray):
        return w_arr.is_c_contiguous()
    return True


def reduce_all_any(space, w_arr, is_all):
    w_arr = array_from_w(space, w_arr, None)
    if w_arr.dtype.is_complex():
        # (the lazy cast reads a complex element's real part only)
        w_arr = array_from_w(space, w_arr, dt.bool_dtype, copy=True)
    w_bools = astype(space, w_arr, dt.bool_dtype)
    node, sig = tree_of(space, w_bools)
    size = w_arr.get_size()
    for i in range(size):
        if (sig.eval_int(node, i, i * 8) != 0) != is_all:
            return boxes.TRUE_BOX if not is_all else boxes.FALSE_BOX
    return boxes.TRUE_BOX if is_all else boxes.FALSE_BOX


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
    check_keywords(space, args, fname, ['axis', 'dtype', 'out', 'keepdims',
                                        'ddof'])
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
        if name not in ARITHMETIC_REDUCTIONS:
            return reduce(space, name, w_arr, w_axis, dtype, keepdims)
        # (the operations of a pending operand fused into the loop
        # report theirs as the reduction's)
        fpflags.clear()
        w_result = reduce(space, name, w_arr, w_axis, dtype, keepdims)
        errstate.report_raised(space, 'reduce')
        return w_result
    method.func_name = 'reduce_' + name
    return method

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


def reduce_complex(space, name, w_arr):
    """The reduction `name` of all elements of a complex array, as a
    NumPy scalar (the sequential loops NumPy runs for complex)."""
    w_conc = concrete(space, w_arr)
    values = values_of_array(space, w_conc, w_conc.shape)
    n = len(values.res)
    if n == 0 and name not in ('sum', 'prod', 'mean'):
        # no identity: the float path raises NumPy's error for the name
        return reduce_flat(space, name, real_view(space, w_conc, False),
                           None)
    if name == 'argmax' or name == 'argmin':
        return boxes.box_int(space, dt.int64_dtype,
                             best_index(values, name == 'argmax'))
    cdt = w_conc.dtype
    fdt = dt.real_part(cdt)
    if name == 'max' or name == 'min':
        k = best_index(values, name == 'max')
        return boxes.W_ComplexBox(values.res[k], values.ims[k], cdt)
    if name == 'prod':
        rr, ri = 1.0, 0.0
        if n > 0:
            rr, ri = values.res[0], values.ims[0]
        for k in range(1, n):
            rr, ri = c_mul(fdt, rr, ri, values.res[k], values.ims[k])
    else:
        rr, ri = 0.0, 0.0
        for k in range(n):
            rr = fdt.wrap_float(rr + values.res[k])
            ri = fdt.wrap_float(ri + values.ims[k])
        if name == 'mean':
            return complex_mean(cdt, rr, ri, n)
    return boxes.W_ComplexBox(rr, ri, cdt)


def complex_mean(cdt, re, im, n):
    """NumPy's mean from the sum: divided by the count, an intp, with the
    complex division in complex128 (a complex64 sum too), then cast back
    (nan+nanj for no elements)."""
    if n == 0:
        return boxes.W_ComplexBox(rfloat.NAN, rfloat.NAN, cdt)
    fdt = dt.real_part(cdt)
    re, im = c_div(dt.float64_dtype, re, im, float(n), 0.0)
    return boxes.W_ComplexBox(fdt.wrap_float(re), fdt.wrap_float(im), cdt)
