"""The bool type: a subclass of int with exactly two instances."""

from pypy.interpreter import opcodes as op
from pypy.objspace.intobject import W_IntObject


class W_BoolObject(W_IntObject):
    _attrs_ = []

    def getclass(self, space):
        return space.w_bool

    def binop(self, space, opnum, w_other):
        if isinstance(w_other, W_BoolObject) and (
                opnum == op.BIN_AND or opnum == op.BIN_OR or
                opnum == op.BIN_XOR):
            return bool_bitop(space, opnum, self.intval, w_other.intval)
        return W_IntObject.binop(self, space, opnum, w_other)

    def repr(self, space):
        return space.newtext_ascii('True' if self.intval else 'False')


def bool_bitop(space, opnum, x, y):
    if opnum == op.BIN_AND:
        return space.newbool(bool(x & y))
    if opnum == op.BIN_OR:
        return space.newbool(bool(x | y))
    return space.newbool(bool(x ^ y))
