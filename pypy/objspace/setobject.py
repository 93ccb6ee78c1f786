"""The set type."""

from rpython.rlib.objectmodel import r_dict
from pypy.interpreter.arguments import check_args
from pypy.interpreter import opcodes as op
from pypy.objspace.root import W_Root
from pypy.objspace.tupleobject import W_SeqIterator


class W_SetObject(W_Root):
    _attrs_ = ['data', 'frozen']

    def __init__(self, space, frozen=False):
        self.data = r_dict(space.eq_w, space.hash_w)
        self.frozen = frozen

    def getclass(self, space):
        if self.frozen:
            return space.w_frozenset
        return space.w_set

    def new_like(self, space):
        return W_SetObject(space, self.frozen)

    def add(self, space, w_item):
        self.data[w_item] = None

    def binop(self, space, opnum, w_other):
        if not isinstance(w_other, W_SetObject):
            return None
        w_result = self.new_like(space)
        if opnum == op.BIN_OR:
            w_result.data.update(self.data)
            w_result.data.update(w_other.data)
        elif opnum == op.BIN_AND:
            for w_x in self.data:
                if w_x in w_other.data:
                    w_result.data[w_x] = None
        elif opnum == op.BIN_SUB:
            for w_x in self.data:
                if w_x not in w_other.data:
                    w_result.data[w_x] = None
        elif opnum == op.BIN_XOR:
            for w_x in self.data:
                if w_x not in w_other.data:
                    w_result.data[w_x] = None
            for w_x in w_other.data:
                if w_x not in self.data:
                    w_result.data[w_x] = None
        else:
            return None
        return w_result

    def inplace_binop(self, space, opnum, w_other):
        if self.frozen or not isinstance(w_other, W_SetObject):
            return None
        w_result = self.binop(space, opnum, w_other)
        if w_result is None:
            return None
        assert isinstance(w_result, W_SetObject)
        self.data = w_result.data
        return self

    def compare(self, space, opnum, w_other):
        if not isinstance(w_other, W_SetObject):
            return None
        if opnum == op.CMP_EQ or opnum == op.CMP_NE:
            same = len(self.data) == len(w_other.data) and \
                self.issubset(w_other)
            return space.newbool(same == (opnum == op.CMP_EQ))
        if opnum == op.CMP_LE:
            return space.newbool(self.issubset(w_other))
        if opnum == op.CMP_GE:
            return space.newbool(w_other.issubset(self))
        if opnum == op.CMP_LT:
            return space.newbool(len(self.data) < len(w_other.data) and
                                 self.issubset(w_other))
        return space.newbool(len(self.data) > len(w_other.data) and
                             w_other.issubset(self))

    def issubset(self, w_other):
        for w_x in self.data:
            if w_x not in w_other.data:
                return False
        return True

    def is_true(self, space):
        return len(self.data) > 0

    def hash(self, space):
        if not self.frozen:
            raise space.error(space.w_TypeError, "unhashable type: 'set'")
        h = 1927868237 * (len(self.data) + 1)
        for w_x in self.data:
            hx = space.hash_w(w_x)
            h ^= (hx ^ (hx << 16) ^ 89869747) * 3644798167
        h = h * 69069 + 907133923
        if h == -1:
            h = 590923713
        return h

    def length(self, space):
        return len(self.data)

    def contains(self, space, w_item):
        return space.newbool(w_item in self.data)

    def iter(self, space):
        return W_SeqIterator(self.data.keys())

    def repr(self, space):
        if self.frozen:
            if not self.data:
                return space.newtext(u'frozenset()')
            parts = [space.repr_u(w_x) for w_x in self.data]
            return space.newtext(u'frozenset({' + u', '.join(parts) + u'})')
        if not self.data:
            return space.newtext(u'set()')
        parts = [space.repr_u(w_x) for w_x in self.data]
        return space.newtext(u'{' + u', '.join(parts) + u'}')


def self_set(args):
    w_self = args.arguments_w[0]
    assert isinstance(w_self, W_SetObject)
    return w_self


def set_add(space, args):
    check_args(space, args, 'add', 2, 2)
    self_set(args).add(space, args.arguments_w[1])
    return space.w_None


def set_discard(space, args):
    check_args(space, args, 'discard', 2, 2)
    data = self_set(args).data
    if args.arguments_w[1] in data:
        del data[args.arguments_w[1]]
    return space.w_None


def set_remove(space, args):
    check_args(space, args, 'remove', 2, 2)
    data = self_set(args).data
    if args.arguments_w[1] not in data:
        raise space.key_error(args.arguments_w[1])
    del data[args.arguments_w[1]]
    return space.w_None


def new_set(space, w_type, args):
    check_args(space, args, 'set', 0, 1)
    w_set = W_SetObject(space)
    if args.arguments_w:
        for w_item in space.unpackiterable(args.arguments_w[0]):
            w_set.add(space, w_item)
    return w_set


def new_frozenset(space, w_type, args):
    check_args(space, args, 'frozenset', 0, 1)
    w_set = W_SetObject(space, True)
    if args.arguments_w:
        w_arg = args.arguments_w[0]
        if type(w_arg) is W_SetObject and w_arg.frozen:
            return w_arg
        for w_item in space.unpackiterable(w_arg):
            w_set.add(space, w_item)
    return w_set


def as_set(space, w_obj):
    """Another operand of a set method: a set, or any iterable."""
    if isinstance(w_obj, W_SetObject):
        return w_obj
    w_set = W_SetObject(space)
    for w_item in space.unpackiterable(w_obj):
        w_set.add(space, w_item)
    return w_set


def set_binop_method(name, opnum):
    def method(space, args):
        check_args(space, args, name, 1, 1000)
        w_result = self_set(args)
        for w_other in args.arguments_w[1:]:
            w_result = w_result.binop(space, opnum, as_set(space, w_other))
            assert isinstance(w_result, W_SetObject)
        if w_result is self_set(args):
            w_copy = w_result.new_like(space)
            w_copy.data.update(w_result.data)
            w_result = w_copy
        return w_result
    method.func_name = 'set_' + name
    return method


def set_update_method(name, opnum):
    def method(space, args):
        check_args(space, args, name, 1, 1000)
        w_self = self_set(args)
        for w_other in args.arguments_w[1:]:
            w_result = w_self.binop(space, opnum, as_set(space, w_other))
            assert isinstance(w_result, W_SetObject)
            w_self.data = w_result.data
        return space.w_None
    method.func_name = 'set_' + name
    return method


def set_issubset(space, args):
    check_args(space, args, 'issubset', 2, 2)
    return space.newbool(self_set(args).issubset(
        as_set(space, args.arguments_w[1])))


def set_issuperset(space, args):
    check_args(space, args, 'issuperset', 2, 2)
    return space.newbool(as_set(space, args.arguments_w[1]).issubset(
        self_set(args)))


def set_isdisjoint(space, args):
    check_args(space, args, 'isdisjoint', 2, 2)
    w_self = self_set(args)
    w_other = as_set(space, args.arguments_w[1])
    for w_x in w_self.data:
        if w_x in w_other.data:
            return space.w_False
    return space.w_True


def set_pop(space, args):
    check_args(space, args, 'pop', 1, 1)
    w_self = self_set(args)
    if not w_self.data:
        raise space.error(space.w_KeyError, "pop from an empty set")
    w_key, _ = w_self.data.popitem()
    return w_key


def set_clear(space, args):
    check_args(space, args, 'clear', 1, 1)
    self_set(args).data.clear()
    return space.w_None


def set_copy(space, args):
    check_args(space, args, 'copy', 1, 1)
    w_self = self_set(args)
    if w_self.frozen:
        return w_self
    w_copy = w_self.new_like(space)
    w_copy.data.update(w_self.data)
    return w_copy


frozenset_methods = {
    'union': set_binop_method('union', op.BIN_OR),
    'intersection': set_binop_method('intersection', op.BIN_AND),
    'difference': set_binop_method('difference', op.BIN_SUB),
    'symmetric_difference': set_binop_method('symmetric_difference',
                                             op.BIN_XOR),
    'issubset': set_issubset, 'issuperset': set_issuperset,
    'isdisjoint': set_isdisjoint, 'copy': set_copy,
}

set_methods = {'add': set_add, 'discard': set_discard, 'remove': set_remove,
               'update': set_update_method('update', op.BIN_OR),
               'intersection_update': set_update_method(
                   'intersection_update', op.BIN_AND),
               'difference_update': set_update_method(
                   'difference_update', op.BIN_SUB),
               'symmetric_difference_update': set_update_method(
                   'symmetric_difference_update', op.BIN_XOR),
               'pop': set_pop, 'clear': set_clear}
set_methods.update(frozenset_methods)
