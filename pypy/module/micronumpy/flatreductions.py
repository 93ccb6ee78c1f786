"""Reductions of every element of an array (or of a view, for the axis
reductions of reductions.py) to one NumPy scalar: sum, prod, mean, min,
max, argmin, argmax, all, any.  They consume a pending expression
directly; floats are summed pairwise in NumPy's blocks, complex sums in
NumPy's order."""

from rpython.rlib import rfloat
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy import ufuncs as uf
from pypy.module.micronumpy import boxes, loop
from pypy.module.micronumpy.lazy import W_LazyArray, operand, current_tree, \
    astype, make_call1, scalar_operand, make_where
from pypy.module.micronumpy.concrete import W_ConcreteArray, new_array
from pypy.module.micronumpy.complexops import values_of_array, best_index, \
    real_view, concrete
from pypy.module.micronumpy.complexmath import c_mul, c_div
from pypy.module.micronumpy.operands import array_from_w, assign


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
    shape = [2 * n]
    parts = [0.0, 0.0]
    for part in range(2):
        # np.where(mask, doubles, -0.0)
        w_mask = w_even.view(shape, [1], part)
        cond, csig, cnodes = operand(space, w_mask, shape)
        x, xsig, xnodes = operand(space, w_doubles, shape)
        y, ysig, ynodes = scalar_operand(fdt, 0, -0.0)
        w_part = make_where(space, fdt, shape, cond, csig, cnodes, x, xsig,
                            xnodes, y, ysig, ynodes)
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
