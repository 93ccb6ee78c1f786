"""Every hot loop of micronumpy, each under its own JitDriver.

The greens are always a signature (signature.py), so each distinct
expression shape gets its own compiled loop, reused wherever the same
shape is forced again.  Reds carry the element index i and off8 = i * 8,
the byte offset that 8-byte leaves and results are addressed with: an
offset stepped by addition is what the vectorizer needs (an index
multiplied inside the loop becomes a shift and defeats it)."""

from rpython.rlib import jit
from rpython.rtyper.lltypesystem import rffi
from pypy.module.micronumpy import signature as sg
from pypy.module.micronumpy.concrete import W_ConcreteArray, new_array
from pypy.module.micronumpy.lazy import ArrayLeaf, operand

PW_BLOCKSIZE = 128      # NumPy's pairwise-summation block


def printable_sig(sig):
    return sig.key()


# vectorize: contiguous float/int kernels become SSE loops
elementwise_driver = jit.JitDriver(
    name='numpy_elementwise', greens=['sig'],
    reds=['i', 'off8', 'size', 'base', 'node'],
    get_printable_location=printable_sig, vectorize=True)


def store_element(sig, base, i, off8, node):
    dtype = sig.dtype
    if dtype.itemsize == 8:
        offset = off8
    else:
        offset = i * dtype.itemsize
    if dtype.is_float():
        dtype.write_float(base, offset, sig.eval_float(node, i, off8))
    else:
        dtype.write_int(base, offset, sig.eval_int(node, i, off8))


def eval_into(sig, node, w_result):
    """Evaluate the tree (node, sig) into the C-contiguous w_result."""
    size = w_result.get_size()
    base = rffi.ptradd(w_result.storage, w_result.start)
    i = 0
    off8 = 0
    while i < size:
        elementwise_driver.jit_merge_point(sig=sig, i=i, off8=off8,
                                           size=size, base=base, node=node)
        store_element(sig, base, i, off8, node)
        i += 1
        off8 += 8


def compute(space, w_lazy):
    """Force a pending expression into a new array."""
    w_result = new_array(space, w_lazy.shape, w_lazy.dtype)
    eval_into(w_lazy.sig, w_lazy, w_result)
    return w_result


# ____________________________________________________________
# copying into strided destinations (setitem, copy, astype)

strided_store_driver = jit.JitDriver(
    name='numpy_strided_store', greens=['ndim', 'sig'],
    reds=['i', 'off8', 'size', 'node', 'w_dest'],
    get_printable_location=lambda ndim, sig: sig.key())


@jit.unroll_safe
def dest_offset(w_dest, ndim, i):
    offset = w_dest.start
    rest = i
    k = ndim - 1
    while k >= 0:
        n = w_dest.shape[k]
        offset += (rest % n) * w_dest.strides[k]
        rest = rest // n
        k -= 1
    return offset


def assign(space, w_dest, w_source):
    """w_dest[...] = w_source, broadcasting w_source to w_dest's shape.
    The source is computed first when it reads w_dest's memory, so that
    overlapping views (a[1:] = a[:-1]) behave as NumPy's."""
    from pypy.module.micronumpy.lazy import ScalarLeaf
    from pypy.module.micronumpy.ndarray import W_NDArray
    w_dest.prepare_write(space)
    if not isinstance(w_source, W_NDArray):
        from pypy.module.micronumpy.ufuncs_app import convert_operand, \
            leaf_for
        from pypy.module.micronumpy.ctors import array_from_w
        source = convert_operand(space, w_source)
        if source is None:
            w_source = array_from_w(space, w_source, w_dest.dtype)
        elif source.w_array is None:
            node, sig, _ = leaf_for(space, source, w_dest.dtype,
                                    w_dest.shape)
            assign_node(w_dest, node, sig)
            return
        else:
            w_source = source.w_array
    check_broadcast_to(space, w_source.shape, w_dest.shape)
    node, sig, _ = operand(space, w_source, w_dest.shape)
    if isinstance(node, ArrayLeaf) and node.w_array.buffer is w_dest.buffer:
        w_copy = new_array(space, node.w_array.shape, node.w_array.dtype)
        assign(space, w_copy, node.w_array)
        node, sig, _ = operand(space, w_copy, w_dest.shape)
    elif not isinstance(node, ArrayLeaf) and \
            not isinstance(node, ScalarLeaf) and \
            reads_buffer(node, w_dest.buffer):
        w_value = w_source.get_concrete(space)
        node, sig, _ = operand(space, w_value, w_dest.shape)
    assign_node(w_dest, node, sig)


def check_broadcast_to(space, shape, target):
    from pypy.module.micronumpy.strides import broadcast_shapes, same_shape, \
        shape_repr
    if not same_shape(broadcast_shapes(space, shape, target), target):
        raise space.error(space.w_ValueError,
                          "could not broadcast input array from shape %s "
                          "into shape %s" % (shape_repr(shape),
                                             shape_repr(target)))


def assign_node(w_dest, node, sig):
    if sig.dtype is not w_dest.dtype:
        from pypy.module.micronumpy.lazy import make_call1
        from pypy.module.micronumpy import ufuncs as uf
        node = make_call1(None, uf.CAST, sig.dtype, w_dest.dtype,
                          w_dest.shape, node, sig, 0)
        sig = node.sig
    if w_dest.is_c_contiguous():
        eval_into(sig, node, w_dest)
        return
    ndim = len(w_dest.shape)
    size = w_dest.get_size()
    i = 0
    off8 = 0
    while i < size:
        strided_store_driver.jit_merge_point(ndim=ndim, sig=sig, i=i,
                                             off8=off8, size=size,
                                             node=node, w_dest=w_dest)
        dtype = sig.dtype
        offset = dest_offset(w_dest, ndim, i)
        if dtype.is_float():
            dtype.write_float(w_dest.storage, offset,
                              sig.eval_float(node, i, off8))
        else:
            dtype.write_int(w_dest.storage, offset,
                            sig.eval_int(node, i, off8))
        i += 1
        off8 += 8


def reads_buffer(node, buffer):
    from pypy.module.micronumpy.lazy import Call1, Call2
    if isinstance(node, ArrayLeaf):
        return node.w_array.buffer is buffer
    if isinstance(node, Call1):
        return reads_buffer(node.child, buffer)
    if isinstance(node, Call2):
        return reads_buffer(node.left, buffer) or \
            reads_buffer(node.right, buffer)
    return False


# ____________________________________________________________
# reductions

pairwise_driver = jit.JitDriver(
    name='numpy_pairwise_sum', greens=['sig'],
    reds=['i', 'off8', 'stop', 'end', 'node', 'r0', 'r1', 'r2', 'r3', 'r4',
          'r5', 'r6', 'r7'],
    get_printable_location=printable_sig)


def pairwise_sum(sig, node, first, n):
    """Sum of elements first..first+n-1 in NumPy's order: blocks of at
    most 128 summed with eight accumulators, larger ranges split in two
    (a multiple of 8 on the left) and summed recursively."""
    if n < 8:
        result = 0.0
        for i in range(first, first + n):
            result += sig.eval_as_float(node, i, i * 8)
        return result
    if n <= PW_BLOCKSIZE:
        return block_sum(sig, node, first, n)
    n2 = n // 2
    n2 -= n2 % 8
    return pairwise_sum(sig, node, first, n2) + \
        pairwise_sum(sig, node, first + n2, n - n2)


def block_sum(sig, node, first, n):
    r0 = sig.eval_as_float(node, first, first * 8)
    r1 = sig.eval_as_float(node, first + 1, (first + 1) * 8)
    r2 = sig.eval_as_float(node, first + 2, (first + 2) * 8)
    r3 = sig.eval_as_float(node, first + 3, (first + 3) * 8)
    r4 = sig.eval_as_float(node, first + 4, (first + 4) * 8)
    r5 = sig.eval_as_float(node, first + 5, (first + 5) * 8)
    r6 = sig.eval_as_float(node, first + 6, (first + 6) * 8)
    r7 = sig.eval_as_float(node, first + 7, (first + 7) * 8)
    i = first + 8
    off8 = i * 8
    end = first + n
    stop = end - n % 8
    while i < stop:
        pairwise_driver.jit_merge_point(sig=sig, i=i, off8=off8, stop=stop,
                                        end=end, node=node, r0=r0, r1=r1,
                                        r2=r2,
                                        r3=r3, r4=r4, r5=r5, r6=r6, r7=r7)
        r0 += sig.eval_as_float(node, i, off8)
        r1 += sig.eval_as_float(node, i + 1, off8 + 8)
        r2 += sig.eval_as_float(node, i + 2, off8 + 16)
        r3 += sig.eval_as_float(node, i + 3, off8 + 24)
        r4 += sig.eval_as_float(node, i + 4, off8 + 32)
        r5 += sig.eval_as_float(node, i + 5, off8 + 40)
        r6 += sig.eval_as_float(node, i + 6, off8 + 48)
        r7 += sig.eval_as_float(node, i + 7, off8 + 56)
        i += 8
        off8 += 64
    result = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
    while i < end:
        result += sig.eval_as_float(node, i, i * 8)
        i += 1
    return result


float_reduce_driver = jit.JitDriver(
    name='numpy_float_reduce', greens=['op', 'sig'],
    reds=['i', 'size', 'node', 'acc'],
    get_printable_location=lambda op, sig: sig.key())


def float_reduce(op, sig, node, size, acc):
    """acc op x0 op x1 ... sequentially (min, max, prod)."""
    from pypy.module.micronumpy import ufuncs as uf
    i = 0
    while i < size:
        float_reduce_driver.jit_merge_point(op=op, sig=sig, i=i, size=size,
                                            node=node, acc=acc)
        acc = uf.float_binop(op, acc, sig.eval_as_float(node, i, i * 8))
        i += 1
    return acc


int_reduce_driver = jit.JitDriver(
    name='numpy_int_reduce', greens=['op', 'sig'],
    reds=['i', 'size', 'acc', 'node'],
    get_printable_location=lambda op, sig: sig.key())


def int_reduce(op, sig, node, size, acc):
    """acc op x0 op x1 ... in the tree's integer dtype (sum, prod, min,
    max)."""
    from pypy.module.micronumpy import ufuncs as uf
    i = 0
    while i < size:
        int_reduce_driver.jit_merge_point(op=op, sig=sig, i=i, size=size,
                                          acc=acc, node=node)
        dtype = sig.dtype
        acc = dtype.wrap_int(uf.int_binop(op, dtype, acc,
                                          sig.eval_int(node, i, i * 8)))
        i += 1
    return acc


arg_reduce_driver = jit.JitDriver(
    name='numpy_argminmax', greens=['is_max', 'sig'],
    reds=['i', 'size', 'best_i', 'node', 'best'],
    get_printable_location=lambda is_max, sig: sig.key())


def float_argbest(is_max, sig, node, size):
    """Index of the first max (or min); a NaN wins, as in NumPy."""
    best = sig.eval_as_float(node, 0, 0)
    best_i = 0
    i = 1
    while i < size and best == best:
        arg_reduce_driver.jit_merge_point(is_max=is_max, sig=sig, i=i,
                                          size=size, best_i=best_i,
                                          node=node, best=best)
        x = sig.eval_as_float(node, i, i * 8)
        if (x > best if is_max else x < best) or x != x:
            best = x
            best_i = i
        i += 1
    return best_i


def int_argbest(is_max, sig, node, size):
    from pypy.module.micronumpy import ufuncs as uf
    best = sig.eval_as_int(node, 0, 0)
    best_i = 0
    for i in range(1, size):
        x = sig.eval_as_int(node, i, i * 8)
        if uf.int_cmp(uf.GT if is_max else uf.LT, sig.dtype, x, best):
            best = x
            best_i = i
    return best_i
