"""The tuple type, and the sequence helpers it shares with list."""

from rpython.rlib import jit
from rpython.rlib.objectmodel import specialize
from pypy.interpreter import opcodes as op
from pypy.interpreter.arguments import check_args
from pypy.objspace.root import W_Root, W_Iterator
from pypy.objspace.intobject import W_IntObject
from pypy.objspace.sliceobject import W_SliceObject, normalize_index, \
    slice_bounds


class W_TupleObject(W_Root):
    _immutable_fields_ = ['items_w[*]']
    _attrs_ = ['items_w']

    def __init__(self, items_w):
        self.items_w = items_w

    def getclass(self, space):
        return space.w_tuple

    def binop(self, space, opnum, w_other):
        if opnum == op.BIN_ADD and isinstance(w_other, W_TupleObject):
            return space.newtuple(self.items_w + w_other.items_w)
        if opnum == op.BIN_MUL and isinstance(w_other, W_IntObject):
            return space.newtuple(self.items_w * max(0, w_other.intval))
        return None

    def rbinop(self, space, opnum, w_other):
        if opnum == op.BIN_MUL and isinstance(w_other, W_IntObject):
            return space.newtuple(self.items_w * max(0, w_other.intval))
        return None

    def compare(self, space, opnum, w_other):
        if isinstance(w_other, W_TupleObject):
            return sequence_compare(space, opnum, self.items_w,
                                    w_other.items_w)
        return None

    def is_true(self, space):
        return len(self.items_w) > 0

    def hash(self, space):
        # CPython's xxHash-based tuple hash, so hashes agree with CPython.
        from rpython.rlib.rarithmetic import r_uint, intmask
        acc = r_uint(2870177450012600261)
        for w_item in self.items_w:
            lane = r_uint(space.hash_w(w_item))
            acc += lane * r_uint(14029467366897019727)
            acc = (acc << 31) | (acc >> 33)
            acc *= r_uint(11400714785074694791)
        acc += r_uint(len(self.items_w)) ^ (r_uint(2870177450012600261) ^
                                            r_uint(3527539))
        if acc == r_uint(-1):
            return 1546275796
        return intmask(acc)

    def repr(self, space):
        if len(self.items_w) == 1:
            return space.newtext(u'(' + space.repr_u(self.items_w[0]) +
                                 u',)')
        return space.newtext(u'(' + join_reprs(space, self.items_w) + u')')

    def length(self, space):
        return len(self.items_w)

    def getitem(self, space, w_key):
        if isinstance(w_key, W_SliceObject):
            return space.newtuple(slice_items(space, self.items_w, w_key))
        index = space.getindex_w(
            w_key, "tuple indices must be integers or slices",
            w_overflow=space.w_IndexError)
        return self.items_w[normalize_index(space, index, len(self.items_w),
                                            "tuple")]

    def contains(self, space, w_item):
        return space.newbool(sequence_contains(space, self.items_w, w_item))

    def iter(self, space):
        return W_SeqIterator(self.items_w)


class W_IndexIterator(W_Iterator):
    """Base of the iterators of the app-level type 'iterator' (CPython's
    seqiterator), which step self.index over a sequence."""

    def getclass(self, space):
        return space.w_seq_iterator


class W_SeqIterator(W_IndexIterator):
    """Iterator over a fixed list of items (a tuple's, or a snapshot)."""

    def __init__(self, items_w):
        self.items_w = items_w
        self.index = 0

    def next(self, space):
        items_w = self.items_w
        if self.index >= len(items_w):
            return None
        self.index += 1
        return items_w[self.index - 1]

    def reduce(self, space):
        from pypy.module.builtins.iterators import reduce_to_iter_at
        return reduce_to_iter_at(space, space.newtuple(self.items_w[:]),
                                 self.index)

    def setstate(self, space, w_state):
        from pypy.module.builtins.iterators import clamped_index
        self.index = clamped_index(space, w_state, len(self.items_w))


# The helpers below are shared by tuple (never resized) and list storage,
# which RPython must keep apart: one specialized copy per call site.
@specialize.call_location()
def join_reprs(space, items_w):
    parts = [space.repr_u(w_item) for w_item in items_w]
    return u', '.join(parts)


@specialize.call_location()
def slice_items(space, items_w, w_slice):
    start, stop, step, n = w_slice.indices(space, len(items_w))
    return [items_w[start + i * step] for i in range(n)]


@specialize.call_location()
def sequence_contains(space, items_w, w_item):
    for w_x in items_w:
        if w_x is w_item or space.eq_w(w_x, w_item):
            return True
    return False


@specialize.call_location()
@jit.look_inside_iff(lambda space, opnum, a_w, b_w:
                     jit.loop_unrolling_heuristic(a_w, len(a_w)))
def sequence_compare(space, opnum, a_w, b_w):
    """Lexicographic comparison, as CPython's tuple and list."""
    n = min(len(a_w), len(b_w))
    for i in range(n):
        if not (a_w[i] is b_w[i] or space.eq_w(a_w[i], b_w[i])):
            if opnum == op.CMP_EQ:
                return space.w_False
            if opnum == op.CMP_NE:
                return space.w_True
            return space.compare(opnum, a_w[i], b_w[i])
    from pypy.objspace.intobject import cmp_result
    return space.newbool(cmp_result(opnum, len(a_w), len(b_w)))


def tuple_count(space, args):
    check_args(space, args, 'count', 2, 2)
    w_self = args.arguments_w[0]
    assert isinstance(w_self, W_TupleObject)
    n = 0
    for w_x in w_self.items_w:
        if space.eq_w(w_x, args.arguments_w[1]):
            n += 1
    return space.newint(n)


@specialize.call_location()
def sequence_index(space, items_w, args):
    """list.index's and tuple.index's (x[, start[, stop]]): the first
    index of x in items_w[start:stop], or -1."""
    check_args(space, args, 'index', 2, 4)
    start, stop = slice_bounds(space, args, 2, len(items_w))
    i = start
    # (an __eq__ may shorten the list)
    while i < stop and i < len(items_w):
        if space.eq_w(items_w[i], args.arguments_w[1]):
            return i
        i += 1
    return -1


def tuple_index(space, args):
    w_self = args.arguments_w[0]
    assert isinstance(w_self, W_TupleObject)
    index = sequence_index(space, w_self.items_w, args)
    if index < 0:
        raise space.error(space.w_ValueError,
                          "tuple.index(x): x not in tuple")
    return space.newint(index)


def new_tuple(space, w_type, args):
    check_args(space, args, 'tuple', 0, 1)
    if not args.arguments_w:
        return space.newtuple([])
    w_arg = args.arguments_w[0]
    if type(w_arg) is W_TupleObject:
        return w_arg
    return space.newtuple(space.unpackiterable(w_arg))


tuple_methods = {'count': tuple_count, 'index': tuple_index}
