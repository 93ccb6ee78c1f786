"""Every hot loop of micronumpy, each under its own JitDriver, but
ufunc.at's (ufunc_methods.py), whose element step is a ufunc call.

The greens are always a signature (signature.py), so each distinct
expression shape gets its own compiled loop, reused wherever the same
shape is forced again.  Reds carry the element index i and off8 = i * 8,
the byte offset that 8-byte leaves and results are addressed with: an
offset stepped by addition is what the vectorizer needs (an index
multiplied inside the loop becomes a shift and defeats it)."""

from rpython.rlib import jit
from rpython.rlib.objectmodel import keepalive_until_here
from rpython.rlib.rarithmetic import intmask
from rpython.rlib.unroll import unrolling_iterable
from rpython.rlib.rawstorage import raw_storage_getitem, raw_storage_setitem
from rpython.rtyper.lltypesystem import lltype, rffi
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy import signature as sg
from pypy.module.micronumpy import errstate, fpflags, mt19937
from pypy.module.micronumpy.concrete import W_ConcreteArray, new_array, \
    c_memcpy
from pypy.module.micronumpy.lazy import ArrayLeaf, W_LazyArray, operand, \
    prepare_write, reads_buffer, f_ordered, rebuilt, reversed_list, \
    Transposition, ComplexParts, reads_nan, Call1, Call2, Where, make_call1, \
    make_call2, make_where, ScalarLeaf, reads_shifted
from pypy.module.micronumpy.strides import index_offset, broadcast_shapes, \
    same_shape, shape_repr, is_f_contiguous

PW_BLOCKSIZE = 128      # NumPy's pairwise-summation block


def printable_sig(sig):
    return sig.key()


# vectorize: flat float trees of plain arithmetic become SSE loops
vector_driver = jit.JitDriver(
    name='numpy_vector', greens=['sig'],
    reds=['i', 'off8', 'size', 'base', 'node'],
    get_printable_location=printable_sig, vectorize=True)


def store_element(sig, dest, i, off8, step, node):
    """Element i of the current row into dest + i * step."""
    dtype = sig.dtype
    if step == 8:
        offset = off8
    else:
        offset = i * step
    if dtype.is_complex():
        re, im = sig.eval_complex(node, i, off8)
        dtype.write_complex(dest, offset, re, im)
    elif dtype.is_float():
        dtype.write_float(dest, offset, sig.eval_float(node, i, off8))
    else:
        dtype.write_int(dest, offset, sig.eval_int(node, i, off8))


def eval_vector(sig, node, base, size):
    sig.start_row(node, 0)
    i = 0
    off8 = 0
    while i < size:
        vector_driver.jit_merge_point(sig=sig, i=i, off8=off8, size=size,
                                      base=base, node=node)
        store_element(sig, base, i, off8, sig.dtype.itemsize, node)
        i += 1
        off8 += 8


# Everything else goes row by row (the last axis; one row when the tree is
# flat).  The row loop runs in bridges around the compiled element loop,
# so moving to the next row stays in machine code.
rows_driver = jit.JitDriver(
    name='numpy_rows', greens=['sig'],
    reds=['i', 'off8', 'row_size', 'step', 'row', 'rows', 'dest_row',
          'node', 'w_dest'],
    get_printable_location=printable_sig)


def eval_rows(sig, node, w_dest):
    size = w_dest.get_size()
    ndim = len(w_dest.shape)
    if size == 0:
        return
    if sig.flat and w_dest.is_c_contiguous() or ndim == 0:
        row_size = size
        step = w_dest.dtype.itemsize
    else:
        row_size = w_dest.shape[ndim - 1]
        step = w_dest.strides[ndim - 1]
    rows = size // row_size
    row = 0
    while row < rows:
        sig.start_row(node, row)
        dest_row = rffi.ptradd(w_dest.storage, row_offset(w_dest, row))
        i = 0
        if step == 1 and sig.dtype.kind == dt.KIND_BOOL:
            i = eval_bool_words(sig, node, dest_row, row_size // 8)
        off8 = i * 8
        while i < row_size:
            rows_driver.jit_merge_point(
                sig=sig, i=i, off8=off8, row_size=row_size, step=step,
                row=row, rows=rows, dest_row=dest_row, node=node,
                w_dest=w_dest)
            store_element(sig, dest_row, i, off8, step, node)
            i += 1
            off8 += 8
        row += 1


# Bool results (comparisons, masks) eight elements a step, stored as one
# 64-bit word (element j in byte j: little-endian x86-64): a byte store per
# element made the loop half stores and index updates.
bool_word_driver = jit.JitDriver(
    name='numpy_bool_words', greens=['sig'],
    reds=['i', 'off8', 'end', 'dest', 'node'],
    get_printable_location=printable_sig)

BYTES_OF_WORD = unrolling_iterable(range(8))


def eval_bool_words(sig, node, dest, words):
    """Elements 0 .. 8 * words - 1 of the current row into dest (one byte
    each); returns the index of the next element."""
    i = 0
    off8 = 0
    end = words * 8
    while i < end:
        bool_word_driver.jit_merge_point(sig=sig, i=i, off8=off8, end=end,
                                         dest=dest, node=node)
        word = 0
        for j in BYTES_OF_WORD:     # (no branch: a guard per element)
            word |= int(sig.eval_int(node, i + j, off8 + 8 * j) != 0) << (
                8 * j)
        raw_storage_setitem(dest, i, word)
        i += 8
        off8 += 64
    return i


def row_offset(w_arr, row):
    """Byte offset of row `row` (an index over all axes but the last)."""
    return w_arr.start + index_offset(row, w_arr.shape, w_arr.strides,
                                      len(w_arr.shape) - 1)


def eval_into(sig, node, w_dest):
    """Evaluate the tree (node, sig), of w_dest's shape, into w_dest.
    Vector loops of any trip count stay in bounds only with
    patches/rpython/0001 (test_vector_bounds.py, test_lazy.py)."""
    if sig.vectorizable() and w_dest.is_c_contiguous():
        base = rffi.ptradd(w_dest.storage, w_dest.start)
        eval_vector(sig, node, base, w_dest.get_size())
    else:
        eval_rows(sig, node, w_dest)


def eval_reporting(space, sig, node, w_dest):
    """eval_into, bracketed by the reading of the CPU's floating-point
    flags: the operation's errors are then reported as np.errstate says
    (once per operation, not per element)."""
    fpflags.clear()
    eval_into(sig, node, w_dest)
    report_raised(space, sig, node)


def report_raised(space, sig, node):
    """Report the errors the CPU's flags hold for the tree (sig, node)
    just evaluated."""
    flags = fpflags.test()
    if flags:
        report_flags(space, flags, sig, node)


@jit.dont_look_inside
def report_flags(space, flags, sig, node):
    if isinstance(node, W_LazyArray):
        actions = node.fp_actions
    else:
        actions = errstate.settings.actions
    if not errstate.reported(flags, actions):
        return
    if isinstance(node, W_LazyArray) and node.nodes > 1:
        # which operations of a fused tree raised which flags is known
        # by computing them again one by one (this time only)
        compute_by_operation(space, node, sig)
        return
    if flags & fpflags.FE_INVALID and reads_nan(space, node):
        # an ordered comparison (x < y) with a NaN raises the flag in C
        # (not in JIT-compiled loops): NumPy's comparisons are quiet,
        # so the flag is not trusted when a NaN was read
        flags &= ~fpflags.FE_INVALID
    errstate.report(space, flags, sig.ufunc_name(), actions)


def compute_by_operation(space, node, sig):
    """(leaf, signature) of the tree's value computed one operation at a
    time, in NumPy's order (operands first, left to right), each
    reporting its own errors under its own name."""
    if isinstance(node, Call1):
        s1 = sig
        assert isinstance(s1, sg.Call1Sig)
        child, csig = compute_by_operation(space, node.child, s1.child)
        w_op = make_call1(space, s1.op, s1.calc_dtype, node.dtype,
                          node.shape, child, csig, 0)
    elif isinstance(node, Call2):
        s2 = sig
        assert isinstance(s2, sg.Call2Sig)
        left, lsig = compute_by_operation(space, node.left, s2.left)
        right, rsig = compute_by_operation(space, node.right, s2.right)
        w_op = make_call2(space, s2.op, s2.calc_dtype, node.dtype,
                          node.shape, left, lsig, 0, right, rsig, 0)
    elif isinstance(node, Where):
        s3 = sig
        assert isinstance(s3, sg.WhereSig)
        cond, csig = compute_by_operation(space, node.cond, s3.cond)
        x, xsig = compute_by_operation(space, node.x, s3.x)
        y, ysig = compute_by_operation(space, node.y, s3.y)
        w_op = make_where(space, node.dtype, node.shape, cond, csig, 0, x,
                          xsig, 0, y, ysig, 0, s3.masked)
    else:
        return node, sig        # a leaf
    w_op.fp_actions = node.fp_actions
    leaf, leaf_sig, _ = operand(space, w_op.get_concrete(space), node.shape)
    return leaf, leaf_sig


def compute(space, w_tree, w_owner):
    """Compute the pending expression w_owner, as the tree w_tree (itself
    or its relinked copy, lazy.current_tree), into a new array: its result
    from then on, also when the report of its errors raises (a
    FloatingPointError, a warning filtered into an error), which is thus
    raised once, not again by each later read.

    Over operands in F order (x.T + 1) the result is in F order too, as
    NumPy's: computed as the transposed tree into the transposed result,
    one flat (vectorizable) loop instead of one across memory.  Complex
    additions and subtractions of contiguous arrays are those of their
    float parts: computed so, in a flat float loop, which vectorizes."""
    if w_tree.sig.complex_parts:
        w_tree, w_result, w_dest = complex_parts_problem(space, w_tree)
    elif f_ordered(w_tree):
        w_tree, w_result, w_dest = transposed_problem(space, w_tree)
    else:
        w_result = w_dest = new_array(space, w_tree.shape, w_tree.dtype,
                                      zero=False)
    fpflags.clear()
    eval_into(w_tree.sig, w_tree, w_dest)
    w_owner.set_result(w_result)
    report_raised(space, w_tree.sig, w_tree)


@jit.dont_look_inside      # (a recursive walk; the loop it feeds is apart)
def transposed_problem(space, w_tree):
    """(the transposed tree, a new F-ordered result of w_tree's shape,
    the same result as the C-ordered array of the reversed shape)."""
    w_new, _ = rebuilt(space, w_tree, w_tree.sig, Transposition())
    assert isinstance(w_new, W_LazyArray)
    w_dest = new_array(space, w_new.shape, w_tree.dtype, zero=False)
    w_result = W_ConcreteArray(w_tree.shape, w_tree.dtype, w_dest.buffer, 0,
                               reversed_list(w_dest.strides))
    return w_new, w_result, w_dest


@jit.dont_look_inside      # (a recursive walk; the loop it feeds is apart)
def complex_parts_problem(space, w_tree):
    """(the tree over float parts, a new result of w_tree's shape, the
    same result as the float array of its parts)."""
    rewrite = ComplexParts(w_tree.get_size())
    w_new, _ = rebuilt(space, w_tree, w_tree.sig, rewrite)
    assert isinstance(w_new, W_LazyArray)
    w_result = new_array(space, w_tree.shape, w_tree.dtype, zero=False)
    w_dest = W_ConcreteArray(rewrite.parts_shape, w_new.dtype,
                             w_result.buffer, 0, [8])
    return w_new, w_result, w_dest


def assign_array(space, w_dest, w_source):
    """w_dest[...] = w_source (an array), broadcasting w_source to
    w_dest's shape (operands.assign takes any value).  The source is
    computed first when it reads w_dest's memory, so that overlapping
    views (a[1:] = a[:-1]) behave as NumPy's."""
    prepare_write(space, w_dest)
    check_broadcast_to(space, w_source.shape, w_dest.shape)
    if isinstance(w_source, W_ConcreteArray) and \
            same_contiguous_layout(w_source, w_dest) and \
            w_source.buffer is not w_dest.buffer:
        c_memcpy(rffi.ptradd(w_dest.storage, w_dest.start),
                 rffi.ptradd(w_source.storage, w_source.start),
                 rffi.cast(rffi.SIZE_T,
                           w_dest.get_size() * w_dest.dtype.itemsize))
        keepalive_until_here(w_source)
        keepalive_until_here(w_dest)
        return
    node, sig, _ = operand(space, w_source, w_dest.shape)
    if isinstance(node, ArrayLeaf) and node.w_array.buffer is w_dest.buffer:
        w_copy = new_array(space, node.w_array.shape, node.w_array.dtype,
                           zero=False)
        assign_array(space, w_copy, node.w_array)
        node, sig, _ = operand(space, w_copy, w_dest.shape)
    elif not isinstance(node, ArrayLeaf) and \
            not isinstance(node, ScalarLeaf) and \
            reads_buffer(node, w_dest.buffer):
        w_value = w_source.get_concrete(space)
        node, sig, _ = operand(space, w_value, w_dest.shape)
    assign_node(space, w_dest, node, sig)


def assign_result(space, w_dest, w_result):
    """w_dest[...] = w_result, where w_result was just built by a ufunc
    writing into w_dest (`a += b`, out=), so nothing else holds it.  When
    its leaves read w_dest's memory only at the element being written,
    the tree is evaluated straight into w_dest: no snapshot of w_dest
    (lazy.force_readers_slow) for an in-place operation."""
    if not same_shape(broadcast_shapes(space, w_result.shape, w_dest.shape),
                      w_dest.shape):
        raise space.error(space.w_ValueError,
                          "non-broadcastable output operand with shape %s "
                          "doesn't match the broadcast shape %s" % (
                              shape_repr(w_dest.shape),
                              shape_repr(w_result.shape)))
    if isinstance(w_result, W_LazyArray) and w_result.w_forced is None and \
            same_shape(w_result.shape, w_dest.shape) and \
            not reads_shifted(w_result, w_dest):
        # computed by the loop below: no longer a pending reader of the
        # buffers it reads, w_dest's included
        w_result.w_forced = w_dest
        prepare_write(space, w_dest)
        assign_node(space, w_dest, w_result, w_result.sig)
        return
    assign_array(space, w_dest, w_result)


def same_contiguous_layout(w_source, w_dest):
    """Both arrays hold the same elements in the same bytes of one
    contiguous block (same dtype, shape and strides, C or F order): a
    copy between them is a memcpy."""
    if w_source.dtype is not w_dest.dtype or \
            not same_shape(w_source.shape, w_dest.shape):
        return False
    for k in range(len(w_dest.shape)):
        if w_source.strides[k] != w_dest.strides[k]:
            return False
    return w_dest.is_c_contiguous() or is_f_contiguous(
        w_dest.shape, w_dest.strides, w_dest.dtype.itemsize)


def check_broadcast_to(space, shape, target):
    if not same_shape(broadcast_shapes(space, shape, target), target):
        raise space.error(space.w_ValueError,
                          "could not broadcast input array from shape %s "
                          "into shape %s" % (shape_repr(shape),
                                             shape_repr(target)))


def assign_node(space, w_dest, node, sig):
    if sig.dtype is not w_dest.dtype:
        errstate.warn_cast(space, sig.dtype, w_dest.dtype)
        from pypy.module.micronumpy import ufuncs as uf
        w_cast = make_call1(None, uf.CAST, sig.dtype, w_dest.dtype,
                            w_dest.shape, node, sig, 0)
        # computed by the loop below: not a pending reader of w_dest's
        # buffer for its next write to force
        w_cast.w_forced = w_dest
        node = w_cast
        sig = w_cast.sig
    eval_reporting(space, sig, node, w_dest)


# ____________________________________________________________
# reductions

# The whole pairwise sum is one loop over the blocks of NumPy's recursion,
# in order: the block loop is compiled, and what happens between two blocks
# (adding the sums of left halves whose right half just ended, starting
# the next block) is a short bridge, the same for every block that ends
# the same number of halves.
pairwise_driver = jit.JitDriver(
    name='numpy_pairwise_sum', greens=['sig'],
    reds=['i', 'off8', 'stop', 'end', 'block', 'depth', 'node', 'schedule',
          'partials', 'r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7'],
    get_printable_location=printable_sig)

PW_MAX_DEPTH = 64       # halving from 2**63 elements stops at a block


def acc_round(sig, x):
    """x in the precision NumPy accumulates sig's dtype in: float32 and
    float16 sums and products add in float32, the others in float64.
    (sig is green and its dtype immutable: the test folds away in
    compiled loops.)"""
    if sg.dt.accumulates_in_float32(sig.dtype):
        return sg.dt.float32_dtype.wrap_float(x)
    return x


class PairwiseSchedule(object):
    """NumPy's pairwise summation of n >= 8 elements as a sequence: the
    sizes of its blocks (the leaves of its recursion: ranges of at most
    128, larger ones split in two with a multiple of 8 on the left), in
    order, and after each block how many halves end with it (each adds
    its left half's sum to its right one's)."""

    def __init__(self, n):
        self.sizes = []
        self.halves_ending = []
        self.split(n)

    def split(self, n):
        if n <= PW_BLOCKSIZE:
            self.sizes.append(n)
            self.halves_ending.append(0)
            return
        half = n // 2
        half -= half % 8
        self.split(half)
        self.split(n - half)
        self.halves_ending[-1] += 1


class PairwiseSchedules(object):
    """The schedules of the sizes summed lately (a loop sums the same
    sizes again and again)."""
    KEPT = 64

    def __init__(self):
        self.by_size = {}


pairwise_schedules = PairwiseSchedules()


@jit.dont_look_inside
def pairwise_schedule(n):
    schedule = pairwise_schedules.by_size.get(n, None)
    if schedule is None:
        if len(pairwise_schedules.by_size) >= PairwiseSchedules.KEPT:
            pairwise_schedules.by_size.clear()
        schedule = PairwiseSchedule(n)
        pairwise_schedules.by_size[n] = schedule
    return schedule


def pairwise_sum(sig, node, first, n):
    """Sum of elements first..first+n-1 in NumPy's order: blocks of at
    most 128 summed with eight accumulators, larger ranges split in two
    (a multiple of 8 on the left) and summed recursively."""
    sig.start_row(node, 0)
    if n < 8:
        result = 0.0
        for i in range(first, first + n):
            result = acc_round(sig, result + sig.eval_as_float(node, i, i * 8))
        return result
    schedule = pairwise_schedule(n)
    # partials[:depth]: the sums of left halves whose right half is being
    # summed, outermost first
    partials = [0.0] * PW_MAX_DEPTH
    depth = 0
    block = 0
    end = first
    while True:
        i = end
        end = i + schedule.sizes[block]
        stop = end - (end - i) % 8
        r0 = sig.eval_as_float(node, i, i * 8)
        r1 = sig.eval_as_float(node, i + 1, (i + 1) * 8)
        r2 = sig.eval_as_float(node, i + 2, (i + 2) * 8)
        r3 = sig.eval_as_float(node, i + 3, (i + 3) * 8)
        r4 = sig.eval_as_float(node, i + 4, (i + 4) * 8)
        r5 = sig.eval_as_float(node, i + 5, (i + 5) * 8)
        r6 = sig.eval_as_float(node, i + 6, (i + 6) * 8)
        r7 = sig.eval_as_float(node, i + 7, (i + 7) * 8)
        i += 8
        off8 = i * 8
        while i < stop:
            pairwise_driver.jit_merge_point(
                sig=sig, i=i, off8=off8, stop=stop, end=end, block=block,
                depth=depth, node=node, schedule=schedule, partials=partials,
                r0=r0, r1=r1, r2=r2, r3=r3, r4=r4, r5=r5, r6=r6, r7=r7)
            r0 = acc_round(sig, r0 + sig.eval_as_float(node, i, off8))
            r1 = acc_round(sig, r1 + sig.eval_as_float(node, i + 1, off8 + 8))
            r2 = acc_round(sig, r2 + sig.eval_as_float(node, i + 2, off8 + 16))
            r3 = acc_round(sig, r3 + sig.eval_as_float(node, i + 3, off8 + 24))
            r4 = acc_round(sig, r4 + sig.eval_as_float(node, i + 4, off8 + 32))
            r5 = acc_round(sig, r5 + sig.eval_as_float(node, i + 5, off8 + 40))
            r6 = acc_round(sig, r6 + sig.eval_as_float(node, i + 6, off8 + 48))
            r7 = acc_round(sig, r7 + sig.eval_as_float(node, i + 7, off8 + 56))
            i += 8
            off8 += 64
        total = acc_round(sig, acc_round(sig, acc_round(sig, r0 + r1) +
                                         acc_round(sig, r2 + r3)) +
                          acc_round(sig, acc_round(sig, r4 + r5) +
                                    acc_round(sig, r6 + r7)))
        while i < end:
            total = acc_round(sig, total + sig.eval_as_float(node, i, i * 8))
            i += 1
        halves = schedule.halves_ending[block]
        while halves > 0:
            depth -= 1
            total = acc_round(sig, partials[depth] + total)
            halves -= 1
        block += 1
        if block == len(schedule.sizes):
            return total
        partials[depth] = total
        depth += 1


float_reduce_driver = jit.JitDriver(
    name='numpy_float_reduce', greens=['op', 'sig'],
    reds=['i', 'size', 'node', 'acc'],
    get_printable_location=lambda op, sig: sig.key())


def float_reduce(op, sig, node, size, acc):
    """acc op x0 op x1 ... sequentially (min, max, prod)."""
    sig.start_row(node, 0)
    from pypy.module.micronumpy import ufuncs as uf
    i = 0
    while i < size:
        float_reduce_driver.jit_merge_point(op=op, sig=sig, i=i, size=size,
                                            node=node, acc=acc)
        acc = acc_round(sig, uf.float_binop(op, acc,
                                            sig.eval_as_float(node, i, i * 8)))
        i += 1
    return acc


# max and min: a block of eight elements none of which is better than the
# best so far (nor a NaN, which wins) costs eight compares and one guard;
# a compare and a guard per element made the loop a chain of branches.
best_driver = jit.JitDriver(
    name='numpy_float_best', greens=['is_max', 'sig'],
    reds=['i', 'off8', 'end', 'size', 'node', 'best'],
    get_printable_location=lambda is_max, sig: sig.key())

EIGHT = unrolling_iterable(range(8))


def float_best(is_max, sig, node, size):
    """The max (or min) of the elements, as NumPy's maximum.reduce: the
    first NaN met is the result."""
    sig.start_row(node, 0)
    best = sig.eval_as_float(node, 0, 0)
    i = 0
    off8 = 0
    end = size - size % 8
    while i < end and best == best:
        best_driver.jit_merge_point(is_max=is_max, sig=sig, i=i, off8=off8,
                                    end=end, size=size, node=node, best=best)
        no_better = 1
        for j in EIGHT:         # (no branch: `not <=` is true for NaN too)
            x = sig.eval_as_float(node, i + j, off8 + 8 * j)
            no_better &= int(x <= best if is_max else x >= best)
        if not no_better:
            best = better_of(is_max, sig, node, i, i + 8, best)
        i += 8
        off8 += 64
    return better_of(is_max, sig, node, i, size, best)


def better_of(is_max, sig, node, first, stop, best):
    """best against elements first .. stop - 1, one by one."""
    i = first
    while i < stop and best == best:
        x = sig.eval_as_float(node, i, i * 8)
        if (x > best if is_max else x < best) or x != x:
            best = x
        i += 1
    return best


int_reduce_driver = jit.JitDriver(
    name='numpy_int_reduce', greens=['op', 'sig'],
    reds=['i', 'size', 'acc', 'node'],
    get_printable_location=lambda op, sig: sig.key())


def int_reduce(op, sig, node, size, acc):
    """acc op x0 op x1 ... in the tree's integer dtype (sum, prod, min,
    max)."""
    sig.start_row(node, 0)
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
    sig.start_row(node, 0)
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
    sig.start_row(node, 0)
    best = sig.eval_as_int(node, 0, 0)
    best_i = 0
    for i in range(1, size):
        x = sig.eval_as_int(node, i, i * 8)
        if uf.int_cmp(uf.GT if is_max else uf.LT, sig.dtype, x, best):
            best = x
            best_i = i
    return best_i


# ____________________________________________________________
# inner products (dot, matmul): one loop per pair of operand dtypes

# strides are reds: one compiled loop serves rows, columns and any layout
dot_driver = jit.JitDriver(
    name='numpy_dot', greens=['a_dtype', 'b_dtype'],
    reds=['k', 'n', 'a_off', 'a_step', 'b_off', 'b_step', 'a_storage',
          'b_storage', 'acc0', 'acc1'],
    get_printable_location=lambda a_dtype, b_dtype: '%s.%s' % (
        a_dtype.name, b_dtype.name))


def float_dot(a_dtype, a_storage, a_off, a_step, b_dtype, b_storage, b_off,
              b_step, n):
    """sum(a[k] * b[k] for k < n) in float64, two accumulators
    alternating so consecutive adds do not wait for each other."""
    acc0 = 0.0
    acc1 = 0.0
    k = 0
    while k < n - 1:
        dot_driver.jit_merge_point(
            a_dtype=a_dtype, b_dtype=b_dtype, k=k, n=n, a_off=a_off,
            a_step=a_step, b_off=b_off, b_step=b_step, a_storage=a_storage,
            b_storage=b_storage, acc0=acc0, acc1=acc1)
        acc0 += a_dtype.read_as_float(a_storage, a_off) * \
            b_dtype.read_as_float(b_storage, b_off)
        acc1 += a_dtype.read_as_float(a_storage, a_off + a_step) * \
            b_dtype.read_as_float(b_storage, b_off + b_step)
        a_off += 2 * a_step
        b_off += 2 * b_step
        k += 2
    if k < n:
        acc0 += a_dtype.read_as_float(a_storage, a_off) * \
            b_dtype.read_as_float(b_storage, b_off)
    return acc0 + acc1


# ____________________________________________________________
# reductions over the outer axis: whole rows combined into an output row

# vectorize: acc[j] = acc[j] op row[j] over contiguous float64 rows is
# elementwise (the reduction runs across rows, in the outer loop)
combine_rows_driver = jit.JitDriver(
    name='numpy_combine_rows', greens=['op'],
    reds=['off8', 'row_bytes', 'k', 'rows', 'acc', 'row', 'src'],
    get_printable_location=lambda op: 'op %d' % op, vectorize=True)


def combine_rows(op, acc, src, rows, row_bytes):
    """acc[j] = acc[j] op src[k, j] for k < rows, row after row: NumPy's
    order for a float64 reduction over the first axis of a C-contiguous
    array, as one loop nest in memory order."""
    k = 0
    while k < rows:
        row = rffi.ptradd(src, k * row_bytes)
        off8 = 0
        while off8 < row_bytes:
            combine_rows_driver.jit_merge_point(
                op=op, off8=off8, row_bytes=row_bytes, k=k, rows=rows,
                acc=acc, row=row, src=src)
            raw_storage_setitem(acc, off8, combine(
                op, raw_storage_getitem(lltype.Float, acc, off8),
                raw_storage_getitem(lltype.Float, row, off8)))
            off8 += 8
        k += 1


def combine(op, x, y):
    """x op y for the row reductions' ops, as ufuncs.float_binop computes
    them (a NaN on either side wins max and min).  Only these three: the
    loop must not see float_binop's other, specialized kernels."""
    from pypy.module.micronumpy import ufuncs as uf
    if op == uf.ADD:
        return x + y
    if op == uf.MAXIMUM:
        return x if x != x or x >= y else y
    return x if x != x or x <= y else y


# ____________________________________________________________
# arange: start + i * step into a fresh array, one loop per dtype (green,
# so its store is a constant, not an indirect call per element)

arange_float_driver = jit.JitDriver(
    name='numpy_arange_float', greens=['dtype'],
    reds=['i', 'n', 'storage', 'start', 'step'],
    get_printable_location=lambda dtype: dtype.name)


def arange_floats(dtype, storage, n, start, step):
    i = 0
    while i < n:
        arange_float_driver.jit_merge_point(dtype=dtype, i=i, n=n,
                                            storage=storage, start=start,
                                            step=step)
        dtype.write_float(storage, i * dtype.itemsize, start + i * step)
        i += 1


# four elements a step, each the running value plus a multiple of step:
# the index update and the bound check are paid once per four stores
arange_int_driver = jit.JitDriver(
    name='numpy_arange_int', greens=['dtype'],
    reds=['i', 'n', 'value', 'step', 'storage'],
    get_printable_location=lambda dtype: dtype.name)

FOUR = unrolling_iterable(range(4))


def arange_ints(dtype, storage, n, start, step):
    """start + i * step into elements 0 .. n - 1 (wrapped to the dtype)."""
    i = 0
    value = start
    while i + 4 <= n:
        arange_int_driver.jit_merge_point(dtype=dtype, i=i, n=n, value=value,
                                          step=step, storage=storage)
        for j in FOUR:
            dtype.write_int(storage, (i + j) * dtype.itemsize,
                            dtype.wrap_int(value + j * step))
        value += 4 * step
        i += 4
    while i < n:        # the last three at most
        dtype.write_int(storage, i * dtype.itemsize, dtype.wrap_int(value))
        value += step
        i += 1


# ____________________________________________________________
# cumsum and cumprod of a real lane, in place: one loop per (dtype, is_prod),
# so the loads, the rounding to the dtype and the stores are direct (no
# dtype method call per element)

accumulate_driver = jit.JitDriver(
    name='numpy_accumulate', greens=['is_prod', 'dtype'],
    reds=['i', 'n', 'pos', 'stride', 'iacc', 'storage', 'acc'],
    get_printable_location=lambda is_prod, dtype: '%s %s' % (
        'cumprod' if is_prod else 'cumsum', dtype.name))


def accumulate_real_lane(dtype, is_prod, storage, offset, stride, n):
    """Each of the n elements at offset, offset + stride, ... replaced by
    the sum (product) of it and those before it, rounded to dtype at each
    step as NumPy's loop does."""
    acc = 1.0 if is_prod else 0.0      # float dtypes
    iacc = 1 if is_prod else 0         # integer dtypes
    i = 0
    pos = offset
    while i < n:
        accumulate_driver.jit_merge_point(is_prod=is_prod, dtype=dtype, i=i,
                                          n=n, pos=pos, stride=stride,
                                          storage=storage, acc=acc,
                                          iacc=iacc)
        if dtype.is_float():
            x = dtype.read_float(storage, pos)
            acc = dtype.wrap_float(acc * x if is_prod else acc + x)
            dtype.write_float(storage, pos, acc)
        else:
            y = dtype.read_int(storage, pos)
            iacc = dtype.wrap_int(intmask(iacc * y if is_prod else iacc + y))
            dtype.write_int(storage, pos, iacc)
        i += 1
        pos += stride


# ____________________________________________________________
# casts: a contiguous array into a fresh one of another real dtype, one
# loop per (source, target) pair; each element converted once (a float64
# to float32 cast is one rounding, no round trip through float64)

# vectorize: float64<->float32 and int widenings/narrowings have vector
# conversions (CVTPD2PS, CVTPS2PD, sign extensions)
cast_driver = jit.JitDriver(
    name='numpy_cast', greens=['src_dtype', 'dst_dtype'],
    reds=['i', 'n', 'src_off', 'dst_off', 'src', 'dst'],
    get_printable_location=lambda src_dtype, dst_dtype: '%s->%s' % (
        src_dtype.name, dst_dtype.name), vectorize=True)


def cast_contiguous(src_dtype, dst_dtype, src, dst, n):
    """The n elements at src, as the lazy CAST converts them (signature.
    Call1Sig), into dst."""
    i = 0
    src_off = 0
    dst_off = 0
    while i < n:
        cast_driver.jit_merge_point(src_dtype=src_dtype, dst_dtype=dst_dtype,
                                    i=i, n=n, src_off=src_off,
                                    dst_off=dst_off, src=src, dst=dst)
        if dst_dtype.is_float():
            dst_dtype.write_float(dst, dst_off,
                                  src_dtype.read_as_float(src, src_off))
        elif dst_dtype.kind == sg.dt.KIND_BOOL:
            if src_dtype.is_float():
                nonzero = src_dtype.read_float(src, src_off) != 0.0
            else:
                nonzero = src_dtype.read_int(src, src_off) != 0
            dst_dtype.write_int(dst, dst_off, int(nonzero))
        elif src_dtype.is_float():
            dst_dtype.write_int(dst, dst_off, dst_dtype.int_from_float(
                src_dtype.read_float(src, src_off)))
        else:
            dst_dtype.write_int(dst, dst_off, dst_dtype.wrap_int(
                src_dtype.read_int(src, src_off)))
        i += 1
        src_off += src_dtype.itemsize
        dst_off += dst_dtype.itemsize


# ____________________________________________________________
# boolean masks and integer indices over contiguous arrays (indexing.py):
# one loop per element dtype (green, so its loads and stores are direct),
# offsets stepped by addition, no list of offsets built first

def copy_element(dtype, src, src_off, dst, dst_off):
    """One element, bit for bit (a float32 or float16 widened to float64
    and back is exact)."""
    if dtype.is_complex():
        dtype.write_complex(dst, dst_off, dtype.read_float(src, src_off),
                            dtype.read_imag(src, src_off))
    elif dtype.is_float():
        dtype.write_float(dst, dst_off, dtype.read_float(src, src_off))
    else:
        dtype.write_int(dst, dst_off, dtype.read_int(src, src_off))


count_true_driver = jit.JitDriver(
    name='numpy_count_true', greens=[], reds=['i', 'n', 'count', 'mask'])


def count_true(mask, n):
    """How many of the n bools at mask are True (the size of a[mask])."""
    count = 0
    i = 0
    while i < n:
        count_true_driver.jit_merge_point(i=i, n=n, count=count, mask=mask)
        # no branch: a mask of random values would make one per element
        count += int(sg.dt.bool_dtype.read_int(mask, i) != 0)
        i += 1
    return count


mask_select_driver = jit.JitDriver(
    name='numpy_mask_select', greens=['dtype'],
    reds=['i', 'n', 'src_off', 'dst_off', 'mask', 'src', 'dst'],
    get_printable_location=lambda dtype: dtype.name)


def mask_select(dtype, mask, src, dst, n):
    """dst gets, in order, the elements among the n at src whose mask
    byte is True (a[mask]; dst holds count_true(mask, n) elements)."""
    i = 0
    src_off = 0
    dst_off = 0
    while i < n:
        mask_select_driver.jit_merge_point(dtype=dtype, i=i, n=n,
                                           src_off=src_off, dst_off=dst_off,
                                           mask=mask, src=src, dst=dst)
        if sg.dt.bool_dtype.read_int(mask, i):
            copy_element(dtype, src, src_off, dst, dst_off)
            dst_off += dtype.itemsize
        i += 1
        src_off += dtype.itemsize


mask_assign_driver = jit.JitDriver(
    name='numpy_mask_assign', greens=['dtype'],
    reds=['i', 'n', 'src_off', 'src_step', 'dst_off', 'mask', 'src', 'dst'],
    get_printable_location=lambda dtype: dtype.name)


def mask_assign(dtype, mask, src, src_step, dst, n):
    """a[mask] = values: of the n elements at dst, each whose mask byte is
    True gets the next value at src (src_step 0: one value for all)."""
    i = 0
    src_off = 0
    dst_off = 0
    while i < n:
        mask_assign_driver.jit_merge_point(dtype=dtype, i=i, n=n,
                                           src_off=src_off,
                                           src_step=src_step,
                                           dst_off=dst_off, mask=mask,
                                           src=src, dst=dst)
        if sg.dt.bool_dtype.read_int(mask, i):
            copy_element(dtype, src, src_off, dst, dst_off)
            src_off += src_step
        i += 1
        dst_off += dtype.itemsize


take_driver = jit.JitDriver(
    name='numpy_take', greens=['dtype'],
    reds=['k', 'n', 'size', 'dst_off', 'idx', 'src', 'dst'],
    get_printable_location=lambda dtype: dtype.name)


def take_contiguous(dtype, src, size, idx, dst, n):
    """dst[k] = src[idx[k]] for the n int64 positions at idx into the
    size elements at src, negative positions counting from the end.
    Returns -1, or the k of the first position out of bounds (the caller
    raises NumPy's IndexError for it)."""
    k = 0
    dst_off = 0
    while k < n:
        take_driver.jit_merge_point(dtype=dtype, k=k, n=n, size=size,
                                    dst_off=dst_off, idx=idx, src=src,
                                    dst=dst)
        j = raw_storage_getitem(lltype.Signed, idx, k * 8)
        if j < 0:
            j += size
        if j < 0 or j >= size:
            return k
        copy_element(dtype, src, j * dtype.itemsize, dst, dst_off)
        k += 1
        dst_off += dtype.itemsize
    return -1


# ____________________________________________________________
# np.random: uniform doubles in [0, 1) straight into a buffer

random_driver = jit.JitDriver(
    name='numpy_random_doubles', greens=[],
    reds=['off8', 'nbytes', 'dst', 'rng'])


def random_doubles(rng, dst, n):
    """n doubles of the Mersenne Twister rng (rpython.rlib.rrandom), the
    numbers rng.random() gives: each from two 32-bit words, 53 bits."""
    off8 = 0
    nbytes = n * 8
    while off8 < nbytes:
        random_driver.jit_merge_point(off8=off8, nbytes=nbytes, rng=rng,
                                      dst=dst)
        k = rng.index
        if k > mt19937.N - 2:
            x = random_refilling(rng)
        else:
            # the two words rng.genrand32 would give: no refill is due
            a = intmask(mt19937.tempered(rng.state[k]) >> 5)
            b = intmask(mt19937.tempered(rng.state[k + 1]) >> 6)
            rng.index = k + 2
            x = (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
        raw_storage_setitem(dst, off8, x)
        off8 += 8


@jit.dont_look_inside
def random_refilling(rng):
    """rng.random() when the state's 624 words run out within it: the
    refill is a loop of its own, not part of the element loop's trace."""
    return mt19937.next_double(rng)
