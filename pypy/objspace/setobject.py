"""The set type."""

from rpython.rlib.objectmodel import r_dict
from pypy.interpreter.arguments import check_args
from pypy.interpreter import opcodes as op
from pypy.objspace.root import W_Root
from pypy.objspace.tupleobject import W_SeqIterator


class W_SetObject(W_Root):
    def __init__(self, space):
        self.data = r_dict(space.eq_w, space.hash_w)

    def getclass(self, space):
        return space.w_set

    def add(self, space, w_item):
        self.data[w_item] = None

    def binop(self, space, opnum, w_other):
        if not isinstance(w_other, W_SetObject):
            return None
        w_result = W_SetObject(space)
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
        raise space.error(space.w_TypeError, "unhashable type: 'set'")

    def length(self, space):
        return len(self.data)

    def contains(self, space, w_item):
        return space.newbool(w_item in self.data)

    def iter(self, space):
        return W_SeqIterator(self.data.keys())

    def repr(self, space):
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


set_methods = {'add': set_add, 'discard': set_discard, 'remove': set_remove}
