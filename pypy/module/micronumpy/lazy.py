"""Pending expressions: array-like nodes (shape, dtype) whose values are
computed only when observed.  Building `a + b * c` allocates three small
nodes and no array; forcing it runs one fused loop (loop.py)."""

import weakref
from rpython.rlib import jit
from rpython.rlib.objectmodel import specialize
from rpython.rtyper.lltypesystem import rffi
from pypy.objspace.root import W_Root
from pypy.module.micronumpy.ndarray import W_NDArray
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy import signature as sg
from pypy.module.micronumpy import ufuncs as uf
from pypy.module.micronumpy import errstate
from pypy.module.micronumpy import strides as strides_mod
from pypy.module.micronumpy.concrete import W_ConcreteArray

# A tree with this many operations is forced while being built, so that
# `a = a + 1` in a loop never grows an unbounded expression.
MAX_NODES = 16


class Sharing(object):
    """A pending expression is inlined into the first tree that uses it; a
    second use computes it (as NumPy would, once) and reads the result.
    `forcings` counts computations of inlined nodes: a tree built before
    the latest one may contain a node computed since, and is evaluated
    through current_tree, which reads that node's result instead of
    computing it again.  (`x = d * 2; y = abs(x) + x * x`: x is computed
    once, not three times.)"""
    def __init__(self):
        self.forcings = 0

SHARING = Sharing()


class ArrayLeaf(W_Root):
    """A concrete array read as an operand of an expression of `shape`
    (the array's own shape, or one it broadcasts to).

    `base` points at the array's first element, `row_base` at the first
    element of the row being computed (signature.py): element addresses
    are then row_base + off8 in flat loops, which the vectorizer can prove
    adjacent (base + start + off8, with start a variable, it can't)."""
    _immutable_fields_ = ['inner_stride']

    def __init__(self, w_array, shape, strides):
        self.w_array = w_array      # keeps the buffer alive
        self.base = rffi.ptradd(w_array.storage, w_array.start)
        self.row_base = self.base
        self.shape = shape
        self.strides = strides
        self.inner_stride = strides[-1] if len(strides) > 0 else 0


class ScalarLeaf(W_Root):
    """A Python or NumPy scalar operand, already converted to the dtype
    (a complex one: floatval + imagval*j)."""
    _immutable_fields_ = ['intval', 'floatval', 'imagval']

    def __init__(self, intval, floatval, imagval):
        self.intval = intval
        self.floatval = floatval
        self.imagval = imagval


class W_LazyArray(W_NDArray):
    """An expression node.  `forced` caches the result once computed."""

    def __init__(self, shape, dtype, sig, nodes):
        W_NDArray.__init__(self, shape, dtype)
        self.sig = sig
        self.nodes = nodes          # operations in the tree
        self.w_forced = None
        self.inlined = False        # into another tree (see Sharing)
        self.epoch = SHARING.forcings
        # np.errstate's actions when built, for the errors of the forcing
        self.fp_actions = errstate.settings.actions

    def is_pending(self):
        return self.w_forced is None

    def is_pending_root(self):
        return self.w_forced is None and not self.inlined

    def get_concrete(self, space):
        # Operands are kept after forcing: a newer tree may have inlined
        # this node and still walks it.
        if self.w_forced is None:
            from pypy.module.micronumpy.loop import compute
            compute(space, current_tree(space, self), self)
        return self.w_forced

    def set_result(self, w_result):
        self.w_forced = w_result
        if self.inlined:
            SHARING.forcings += 1
        unregister(self)


class Call1(W_LazyArray):
    def __init__(self, shape, dtype, sig, nodes, child):
        W_LazyArray.__init__(self, shape, dtype, sig, nodes)
        self.child = child


class Call2(W_LazyArray):
    def __init__(self, shape, dtype, sig, nodes, left, right):
        W_LazyArray.__init__(self, shape, dtype, sig, nodes)
        self.left = left
        self.right = right


class Where(W_LazyArray):
    """np.where(cond, x, y): x where cond is true, else y."""
    def __init__(self, shape, dtype, sig, nodes, cond, x, y):
        W_LazyArray.__init__(self, shape, dtype, sig, nodes)
        self.cond = cond
        self.x = x
        self.y = y


# ____________________________________________________________
# building trees

def operand(space, w_arr, shape):
    """(node, signature, operation count) for an array used in an expression of
    `shape`: lazy arrays of the same shape are inlined into the tree,
    anything else is read from memory."""
    if isinstance(w_arr, W_LazyArray) and w_arr.w_forced is None and \
            w_arr.nodes < MAX_NODES and not w_arr.inlined and \
            strides_mod.same_shape(w_arr.shape, shape):
        w_arr.inlined = True
        return w_arr, w_arr.sig, w_arr.nodes
    w_conc = w_arr.get_concrete(space)
    assert isinstance(w_conc, W_ConcreteArray)
    flat = strides_mod.same_shape(w_conc.shape, shape) and \
        w_conc.is_c_contiguous()
    if flat:
        leaf_strides = w_conc.strides
    else:
        leaf_strides = strides_mod.broadcast_strides(w_conc.shape,
                                                     w_conc.strides, shape)
    leaf = ArrayLeaf(w_conc, shape, leaf_strides)
    # (constants of the trace, so that the signature lookups fold away)
    sig = sg.array_leaf_sig(jit.promote(w_conc.dtype), jit.promote(flat),
                            jit.promote(len(shape)))
    return leaf, sig, 0


def scalar_operand(dtype, intval, floatval, imagval=0.0):
    return ScalarLeaf(intval, floatval, imagval), sg.scalar_sig(dtype), 0


def make_call2(space, op, calc_dtype, dtype, shape, left, lsig, lnodes,
               right, rsig, rnodes):
    sig = sg.call2_sig(op, calc_dtype, dtype, lsig, rsig)
    w_node = Call2(shape, dtype, sig, lnodes + rnodes + 1, left, right)
    return registered(space, w_node)


def make_call1(space, op, calc_dtype, dtype, shape, child, csig, cnodes):
    sig = sg.call1_sig(op, calc_dtype, dtype, csig)
    w_node = Call1(shape, dtype, sig, cnodes + 1, child)
    return registered(space, w_node)


def make_where(space, dtype, shape, cond, csig, cnodes, x, xsig, xnodes, y,
               ysig, ynodes, masked=False):
    sig = sg.where_sig(dtype, csig, xsig, ysig, masked)
    w_node = Where(shape, dtype, sig, cnodes + xnodes + ynodes + 1, cond, x,
                   y)
    return registered(space, w_node)


def registered(space, w_node):
    """The new node w_node, made known to the buffers it reads and to
    errstate's pending expressions (register); computed at once instead
    if np.errstate raises for an error: the FloatingPointError must come
    from the operation's own line, inside the program's `try`, not from a
    later use of the result."""
    if errstate.settings.raises and space is not None:
        w_node.get_concrete(space)
    else:
        register(w_node)
    return w_node


def current_tree(space, w_lazy):
    """w_lazy, or if nodes inlined into its tree were computed since it
    was built, the same expression reading their results (Sharing)."""
    if w_lazy.epoch == SHARING.forcings:
        return w_lazy
    w_tree, _, _ = relink(space, w_lazy, w_lazy.sig)
    assert isinstance(w_tree, W_LazyArray)
    return w_tree


def relink(space, node, sig):
    """(node, signature, operation count) of the tree `node` (of
    signature `sig`) with its computed nodes read as leaves; the nodes
    that need no change are kept."""
    if not isinstance(node, W_LazyArray):
        return node, sig, 0
    shape = node.shape
    if node.w_forced is not None and not result_written(node):
        return operand(space, node, shape)
    if isinstance(node, Call1):
        s1 = node.sig
        assert isinstance(s1, sg.Call1Sig)
        child, csig, cnodes = relink(space, node.child, s1.child)
        if child is node.child:
            return node, s1, node.nodes
        w_new = make_call1(space, s1.op, s1.calc_dtype, node.dtype, shape,
                      child, csig, cnodes)
    elif isinstance(node, Call2):
        s2 = node.sig
        assert isinstance(s2, sg.Call2Sig)
        left, lsig, lnodes = relink(space, node.left, s2.left)
        right, rsig, rnodes = relink(space, node.right, s2.right)
        if left is node.left and right is node.right:
            return node, s2, node.nodes
        w_new = make_call2(space, s2.op, s2.calc_dtype, node.dtype, shape,
                           left, lsig, lnodes, right, rsig, rnodes)
    else:
        assert isinstance(node, Where)
        s3 = node.sig
        assert isinstance(s3, sg.WhereSig)
        cond, csig, cnodes = relink(space, node.cond, s3.cond)
        x, xsig, xnodes = relink(space, node.x, s3.x)
        y, ysig, ynodes = relink(space, node.y, s3.y)
        if cond is node.cond and x is node.x and y is node.y:
            return node, s3, node.nodes
        w_new = make_where(space, node.dtype, shape, cond, csig, cnodes,
                           x, xsig, xnodes, y, ysig, ynodes, s3.masked)
    return w_new, w_new.sig, w_new.nodes


def f_ordered(w_tree):
    """Do the arrays the tree reads lie in F order (their axes reversed:
    C order), as x.T does?  NumPy then gives the result the same layout
    (order K) and computes it in one pass over memory, not across it.
    Broadcast operands (a zero stride) have no say; one in C order, or
    in neither order, makes it C."""
    return len(w_tree.shape) > 1 and not w_tree.sig.flat and \
        leaves_f_ordered(w_tree)


class FOrderedLeaves(object):
    def __init__(self):
        self.count = 0


@jit.dont_look_inside      # (a recursive walk)
def leaves_f_ordered(w_tree):
    f_leaves = FOrderedLeaves()
    vetoed = walk_leaves(w_tree, _count_f_ordered_leaf, f_leaves)
    return not vetoed and f_leaves.count > 0


def _count_f_ordered_leaf(leaf, f_leaves):
    for stride in leaf.strides:
        if stride == 0:
            return False        # broadcast: no say
    itemsize = leaf.w_array.dtype.itemsize
    if strides_mod.is_c_contiguous(leaf.shape, leaf.strides, itemsize) or \
            not strides_mod.is_f_contiguous(leaf.shape, leaf.strides,
                                            itemsize):
        return True
    f_leaves.count += 1
    return False


class Rewrite(object):
    """How rebuilt() changes a tree: the view each leaf's array is read
    through, and the shape and dtype each node gets."""

    def leaf_view(self, leaf):
        raise NotImplementedError

    def shape(self, shape):
        return shape

    def dtype(self, dtype):
        return dtype


class Transposition(Rewrite):
    """Every axis reversed: over an f_ordered tree, a flat one."""

    def leaf_view(self, leaf):
        w_arr = leaf.w_array
        return W_ConcreteArray(reversed_list(leaf.shape), w_arr.dtype,
                               w_arr.buffer, w_arr.start,
                               reversed_list(leaf.strides), w_arr)

    def shape(self, shape):
        return reversed_list(shape)


class ComplexParts(Rewrite):
    """complex128 as its float64 parts, one flat axis of twice the
    elements (a tree whose signature has complex_parts)."""

    def __init__(self, size):
        self.parts_shape = [2 * size]

    def leaf_view(self, leaf):
        w_arr = leaf.w_array
        return W_ConcreteArray(self.parts_shape, dt.float64_dtype,
                               w_arr.buffer, w_arr.start, [8], w_arr)

    def shape(self, shape):
        return self.parts_shape

    def dtype(self, dtype):
        return dt.float64_dtype


def rebuilt(space, node, sig, rewrite):
    """(node, signature) of the tree `node` (of signature `sig`) changed
    as `rewrite` says.  Its nodes are not registered: it is evaluated at
    once."""
    if isinstance(node, ArrayLeaf):
        w_view = rewrite.leaf_view(node)
        leaf, leaf_sig, _ = operand(space, w_view, w_view.shape)
        return leaf, leaf_sig
    if not isinstance(node, W_LazyArray):
        return node, sig        # a scalar
    shape = rewrite.shape(node.shape)
    dtype = rewrite.dtype(node.dtype)
    if isinstance(node, Call1):
        s1 = sig
        assert isinstance(s1, sg.Call1Sig)
        child, csig = rebuilt(space, node.child, s1.child, rewrite)
        new_sig = sg.call1_sig(s1.op, rewrite.dtype(s1.calc_dtype), dtype,
                               csig)
        w_new = Call1(shape, dtype, new_sig, node.nodes, child)
    elif isinstance(node, Call2):
        s2 = sig
        assert isinstance(s2, sg.Call2Sig)
        left, lsig = rebuilt(space, node.left, s2.left, rewrite)
        right, rsig = rebuilt(space, node.right, s2.right, rewrite)
        new_sig = sg.call2_sig(s2.op, rewrite.dtype(s2.calc_dtype), dtype,
                               lsig, rsig)
        w_new = Call2(shape, dtype, new_sig, node.nodes, left, right)
    else:
        assert isinstance(node, Where)
        s3 = sig
        assert isinstance(s3, sg.WhereSig)
        cond, csig = rebuilt(space, node.cond, s3.cond, rewrite)
        x, xsig = rebuilt(space, node.x, s3.x, rewrite)
        y, ysig = rebuilt(space, node.y, s3.y, rewrite)
        new_sig = sg.where_sig(dtype, csig, xsig, ysig, s3.masked)
        w_new = Where(shape, dtype, new_sig, node.nodes, cond, x, y)
    w_new.fp_actions = node.fp_actions
    return w_new, new_sig


def reversed_list(items):
    return [items[k] for k in range(len(items) - 1, -1, -1)]


def result_written(w_node):
    """Was the computed result of w_node written into (`b[2] = 7` with
    b = a + a)?  The trees that inlined w_node must then compute it
    again from its operands, as they were."""
    w_result = w_node.w_forced
    assert isinstance(w_result, W_ConcreteArray)
    return w_result.buffer.written


@specialize.arg(1)
def walk_leaves(node, visit, arg):
    """visit(leaf, arg) for each ArrayLeaf of the tree, left to right,
    until one returns True; True if one did.  The one place that knows
    the node kinds' children: a new kind needs a branch here only."""
    if isinstance(node, ArrayLeaf):
        return visit(node, arg)
    if isinstance(node, Call1):
        return walk_leaves(node.child, visit, arg)
    if isinstance(node, Call2):
        return walk_leaves(node.left, visit, arg) or \
            walk_leaves(node.right, visit, arg)
    if isinstance(node, Where):
        return walk_leaves(node.cond, visit, arg) or \
            walk_leaves(node.x, visit, arg) or \
            walk_leaves(node.y, visit, arg)
    return False


@jit.dont_look_inside
def register(w_node):
    """Let every buffer the new node reads know about it (see
    RawBuffer.readers), and errstate.track: one call and one weak
    reference for all (in a trace a call costs more than the work)."""
    ref = weakref.ref(w_node)
    walk_leaves(w_node, _register_leaf, ref)
    errstate.track(ref)


def _register_leaf(leaf, ref):
    add_reader(leaf.w_array.buffer, ref)
    return False


@jit.dont_look_inside
def unregister(w_node):
    """Drop the weak references to the computed w_node that register made,
    where they are the newest (`c = a + b; c[0]`: all of them).  Kept, they
    would outlive the next minor collection in the lists that hold them,
    and a loop of such lines would leave the old generation two weak
    references per result to free."""
    walk_leaves(w_node, _unregister_leaf, w_node)
    errstate.untrack(w_node)


def _unregister_leaf(leaf, w_node):
    errstate.drop_newest_refs(leaf.w_array.buffer.readers, w_node)
    return False


def reads_buffer(node, buffer):
    """Does a leaf of the tree read `buffer`?"""
    return walk_leaves(node, _leaf_reads, buffer)


def _leaf_reads(leaf, buffer):
    return leaf.w_array.buffer is buffer


def reads_shifted(node, w_dest):
    """Does a leaf of the tree (of w_dest's shape) read w_dest's buffer
    anywhere but at the element being written?  If not, evaluating the
    tree straight into w_dest reads each element before writing it."""
    return walk_leaves(node, _leaf_shifted, w_dest)


def _leaf_shifted(leaf, w_dest):
    w_arr = leaf.w_array
    if w_arr.buffer is not w_dest.buffer:
        return False
    if w_arr.start != w_dest.start or \
            w_arr.dtype.itemsize != w_dest.dtype.itemsize:
        return True
    for k in range(len(leaf.strides)):
        if leaf.strides[k] != w_dest.strides[k]:
            return True
    return False


def add_reader(buffer, ref):
    readers = buffer.readers
    if len(readers) >= buffer.readers_limit:
        # drop the dead and the computed; the limit doubles past what is
        # left, so a long-lived operand (nbody's masses, read by a new
        # node every step) costs amortized O(1) per node until the GC
        # clears the dead ones, not a scan per node
        buffer.readers = readers = [r for r in readers
                                        if errstate.is_pending(r)]
        buffer.readers_limit = max(64, 2 * len(readers))
    readers.append(ref)


def prepare_write(space, w_conc):
    """Called before writing into the buffer of w_conc (a
    concrete.W_ConcreteArray)."""
    w_conc.buffer.written = True
    force_readers(space, w_conc.buffer)


def force_readers(space, buffer):
    """Compute every pending expression reading `buffer` (before it is
    written to).  The test is inline so that stores in JIT traces cost a
    length check, not a call."""
    if buffer.readers:
        force_readers_slow(space, buffer)


@jit.dont_look_inside
def force_readers_slow(space, buffer):
    """Pending readers computing more than the buffer holds (a stencil
    `u[1:-1] = (u[:-2] + u[2:]) / 2` has one per operation) move to a copy
    of the buffer, which costs one copy and leaves unused ones uncomputed;
    a few small readers are computed."""
    readers = buffer.readers
    buffer.readers = []
    pending = []
    nbytes = 0
    for ref in readers:
        w_node = ref()
        if w_node is not None and w_node.w_forced is None:
            pending.append(w_node)
            nbytes += w_node.get_size() * w_node.dtype.itemsize
    if nbytes < buffer.nbytes:
        for w_node in pending:
            w_node.get_concrete(space)
        return
    snapshot = buffer.snapshot()
    for w_node in pending:
        move_reads(w_node, buffer, snapshot)
        add_reader(snapshot, weakref.ref(w_node))


def move_reads(node, buffer, snapshot):
    """Point the leaves of the tree that read `buffer` at `snapshot`."""
    walk_leaves(node, _move_leaf, (buffer, snapshot))


def _move_leaf(leaf, buffers):
    buffer, snapshot = buffers
    w_old = leaf.w_array
    if w_old.buffer is buffer:
        assert isinstance(w_old, W_ConcreteArray)
        leaf.w_array = W_ConcreteArray(w_old.shape, w_old.dtype, snapshot,
                                       w_old.start, w_old.strides)
        leaf.base = rffi.ptradd(snapshot.storage, w_old.start)
        leaf.row_base = leaf.base
    return False


def reads_nan(space, node):
    """Does a leaf of the tree hold a NaN?"""
    return walk_leaves(node, _leaf_has_nan, space)


def _leaf_has_nan(leaf, space):
    w_arr = leaf.w_array
    dtype = w_arr.dtype
    if not dtype.is_inexact():
        return False
    ndim = len(w_arr.shape)
    for i in range(w_arr.get_size()):
        x = dtype.read_float(w_arr.storage, w_arr.start + strides_mod.
                             index_offset(i, w_arr.shape, w_arr.strides,
                                          ndim))
        if x != x:
            return True
    return False


def astype(space, w_arr, dtype):
    """A pending cast of w_arr to dtype."""
    assert isinstance(w_arr, W_NDArray)
    errstate.warn_cast(space, w_arr.dtype, dtype)
    child, csig, cnodes = operand(space, w_arr, w_arr.shape)
    return make_call1(space, uf.CAST, w_arr.dtype, dtype, w_arr.shape,
                      child, csig, cnodes)
