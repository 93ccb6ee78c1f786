"""The list type."""

from rpython.rlib.listsort import make_timsort_class
from pypy.interpreter import opcodes as op
from pypy.interpreter.arguments import check_args, keyword_value, \
    check_keywords
from pypy.objspace.root import W_Root
from pypy.objspace.intobject import W_IntObject
from pypy.objspace.sliceobject import W_SliceObject, normalize_index
from pypy.objspace.tupleobject import (W_IndexIterator, join_reprs,
    slice_items, sequence_contains, sequence_compare, sequence_index)


class W_ListObject(W_Root):
    _attrs_ = ['items_w']

    def __init__(self, items_w):
        self.items_w = items_w

    def getclass(self, space):
        return space.w_list

    def binop(self, space, opnum, w_other):
        if opnum == op.BIN_ADD and isinstance(w_other, W_ListObject):
            return space.newlist(self.items_w + w_other.items_w)
        if opnum == op.BIN_MUL and isinstance(w_other, W_IntObject):
            return space.newlist(self.items_w * max(0, w_other.intval))
        return None

    def rbinop(self, space, opnum, w_other):
        if opnum == op.BIN_MUL and isinstance(w_other, W_IntObject):
            return space.newlist(self.items_w * max(0, w_other.intval))
        return None

    def inplace_binop(self, space, opnum, w_other):
        if opnum == op.BIN_ADD:
            self.items_w.extend(space.unpackiterable(w_other))
            return self
        if opnum == op.BIN_MUL and isinstance(w_other, W_IntObject):
            self.items_w = self.items_w * max(0, w_other.intval)
            return self
        return None

    def compare(self, space, opnum, w_other):
        if isinstance(w_other, W_ListObject):
            return sequence_compare(space, opnum, self.items_w,
                                    w_other.items_w)
        return None

    def is_true(self, space):
        return len(self.items_w) > 0

    def hash(self, space):
        raise space.error(space.w_TypeError, "unhashable type: 'list'")

    def repr(self, space):
        if not space.ec.enter_repr(self):
            return space.newtext(u'[...]')
        try:
            return space.newtext(u'[' + join_reprs(space, self.items_w) +
                                 u']')
        finally:
            space.ec.leave_repr(self)

    def length(self, space):
        return len(self.items_w)

    def getitem(self, space, w_key):
        if isinstance(w_key, W_SliceObject):
            return space.newlist(slice_items(space, self.items_w, w_key))
        index = space.getindex_w(
            w_key, "list indices must be integers or slices",
            w_overflow=space.w_IndexError)
        return self.items_w[normalize_index(space, index, len(self.items_w),
                                            "list")]

    def setitem(self, space, w_key, w_value):
        if isinstance(w_key, W_SliceObject):
            self.setslice(space, w_key, space.unpackiterable(w_value))
            return True
        index = space.getindex_w(
            w_key, "list indices must be integers or slices",
            w_overflow=space.w_IndexError)
        self.items_w[normalize_index(space, index, len(self.items_w),
                                     "list assignment")] = w_value
        return True

    def setslice(self, space, w_slice, new_w):
        start, stop, step, n = w_slice.indices(space, len(self.items_w))
        if step == 1:
            if stop < start:
                stop = start
            assert start >= 0 and stop >= 0
            self.items_w = self.items_w[:start] + new_w + \
                self.items_w[stop:]
            return
        if len(new_w) != n:
            raise space.error(
                space.w_ValueError,
                "attempt to assign sequence of size %d to extended slice "
                "of size %d" % (len(new_w), n))
        for i in range(n):
            self.items_w[start + i * step] = new_w[i]

    def delitem(self, space, w_key):
        if isinstance(w_key, W_SliceObject):
            start, stop, step, n = w_key.indices(space, len(self.items_w))
            doomed = [start + i * step for i in range(n)]
            self.items_w = [self.items_w[i] for i in range(len(self.items_w))
                            if i not in doomed]
            return True
        index = space.getindex_w(
            w_key, "list indices must be integers or slices",
            w_overflow=space.w_IndexError)
        del self.items_w[normalize_index(space, index, len(self.items_w),
                                         "list assignment")]
        return True

    def contains(self, space, w_item):
        return space.newbool(sequence_contains(space, self.items_w, w_item))

    def iter(self, space):
        return W_ListIterator(self)


class W_ListIterator(W_IndexIterator):
    """Reads the list's current storage at each step, so items appended
    during a for loop are seen, as in CPython."""

    def __init__(self, w_list):
        self.w_list = w_list
        self.index = 0

    def next(self, space):
        items_w = self.w_list.items_w
        if self.index >= len(items_w):
            return None
        self.index += 1
        return items_w[self.index - 1]

    def reduce(self, space):
        from pypy.module.builtins.iterators import reduce_to_iter_at
        return reduce_to_iter_at(space, self.w_list, self.index)

    def setstate(self, space, w_state):
        from pypy.module.builtins.iterators import clamped_index
        self.index = clamped_index(space, w_state, len(self.w_list.items_w))


def self_list(args):
    w_self = args.arguments_w[0]
    assert isinstance(w_self, W_ListObject)
    return w_self


def list_append(space, args):
    check_args(space, args, 'append', 2, 2)
    self_list(args).items_w.append(args.arguments_w[1])
    return space.w_None


def list_extend(space, args):
    check_args(space, args, 'extend', 2, 2)
    self_list(args).items_w.extend(space.unpackiterable(args.arguments_w[1]))
    return space.w_None


def list_insert(space, args):
    check_args(space, args, 'insert', 3, 3)
    w_list = self_list(args)
    index = space.getindex_w(args.arguments_w[1])
    n = len(w_list.items_w)
    if index < 0:
        index = max(0, index + n)
    w_list.items_w.insert(min(index, n), args.arguments_w[2])
    return space.w_None


def list_pop(space, args):
    check_args(space, args, 'pop', 1, 2)
    w_list = self_list(args)
    if not w_list.items_w:
        raise space.error(space.w_IndexError, "pop from empty list")
    index = -1
    if len(args.arguments_w) == 2:
        index = space.getindex_w(args.arguments_w[1])
    index = normalize_index(space, index, len(w_list.items_w), "pop")
    return w_list.items_w.pop(index)


def list_remove(space, args):
    check_args(space, args, 'remove', 2, 2)
    w_list = self_list(args)
    for i in range(len(w_list.items_w)):
        if space.eq_w(w_list.items_w[i], args.arguments_w[1]):
            del w_list.items_w[i]
            return space.w_None
    raise space.error(space.w_ValueError, "list.remove(x): x not in list")


def list_index(space, args):
    index = sequence_index(space, self_list(args).items_w, args)
    if index < 0:
        raise space.error(space.w_ValueError,
                          "%s is not in list" % space.repr_utf8(
                              args.arguments_w[1]))
    return space.newint(index)


def list_count(space, args):
    check_args(space, args, 'count', 2, 2)
    n = 0
    for w_x in self_list(args).items_w:
        if space.eq_w(w_x, args.arguments_w[1]):
            n += 1
    return space.newint(n)


def list_reverse(space, args):
    check_args(space, args, 'reverse', 1, 1)
    self_list(args).items_w.reverse()
    return space.w_None


def list_copy(space, args):
    check_args(space, args, 'copy', 1, 1)
    return space.newlist(self_list(args).items_w[:])


def list_clear(space, args):
    check_args(space, args, 'clear', 1, 1)
    self_list(args).items_w = []
    return space.w_None


class SortItem(object):
    def __init__(self, w_key, w_value):
        self.w_key = w_key
        self.w_value = w_value


class ItemSort(make_timsort_class()):
    """Timsort over SortItems comparing their keys with `<`."""

    def __init__(self, space, items):
        self.space = space
        ItemSort.__base__.__init__(self, items)

    def lt(self, a, b):
        return self.space.is_true(self.space.lt(a.w_key, b.w_key))


def sort_items(space, items_w, w_key, reverse):
    """Stable sort of items_w by key, in place, as list.sort()."""
    items = []
    for w_item in items_w:
        w_k = w_item if w_key is None else space.call_function(w_key, w_item)
        items.append(SortItem(w_k, w_item))
    if reverse:
        items.reverse()
    ItemSort(space, items).sort()
    if reverse:
        items.reverse()
    for i in range(len(items)):
        items_w[i] = items[i].w_value


def list_sort(space, args):
    check_keywords(space, args, 'sort', ['key', 'reverse'])
    if len(args.arguments_w) != 1:
        raise space.error(space.w_TypeError,
                          "sort() takes no positional arguments")
    w_key = keyword_value(args, 'key')
    if w_key is not None and space.is_none(w_key):
        w_key = None
    w_reverse = keyword_value(args, 'reverse')
    reverse = w_reverse is not None and space.is_true(w_reverse)
    w_list = self_list(args)
    items_w = w_list.items_w
    w_list.items_w = []     # as CPython: the list looks empty while sorting
    try:
        sort_items(space, items_w, w_key, reverse)
    finally:
        mutated = len(w_list.items_w) > 0
        w_list.items_w = items_w
    if mutated:
        raise space.error(space.w_ValueError, "list modified during sort")
    return space.w_None


def new_list(space, w_type, args):
    check_args(space, args, 'list', 0, 1)
    if not args.arguments_w:
        return space.newlist([])
    return space.newlist(space.unpackiterable(args.arguments_w[0])[:])


list_methods = {
    'append': list_append, 'extend': list_extend, 'insert': list_insert,
    'pop': list_pop, 'remove': list_remove, 'index': list_index,
    'count': list_count, 'reverse': list_reverse, 'copy': list_copy,
    'clear': list_clear, 'sort': list_sort,
}
