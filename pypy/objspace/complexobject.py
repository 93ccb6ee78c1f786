"""The complex type."""

import math
from pypy.interpreter import opcodes as op
from pypy.objspace.root import W_Root
from pypy.objspace.floatobject import W_FloatObject, float_repr
from pypy.objspace.intobject import W_AbstractIntObject, zero_division


class W_ComplexObject(W_Root):
    _immutable_fields_ = ['real', 'imag']

    def __init__(self, real, imag):
        self.real = real
        self.imag = imag

    def getclass(self, space):
        return space.w_complex

    def binop(self, space, opnum, w_other):
        other = as_complex(space, w_other)
        if other is None:
            return None
        return complex_binop(space, opnum, self.real, self.imag,
                             other.real, other.imag)

    def rbinop(self, space, opnum, w_other):
        other = as_complex(space, w_other)
        if other is None:
            return None
        return complex_binop(space, opnum, other.real, other.imag,
                             self.real, self.imag)

    def compare(self, space, opnum, w_other):
        other = as_complex(space, w_other)
        if other is None or (opnum != op.CMP_EQ and opnum != op.CMP_NE):
            return None
        same = self.real == other.real and self.imag == other.imag
        return space.newbool(same if opnum == op.CMP_EQ else not same)

    def unaryop(self, space, opnum):
        if opnum == op.UN_NEG:
            return W_ComplexObject(-self.real, -self.imag)
        if opnum == op.UN_POS:
            return self
        return None

    def is_true(self, space):
        return self.real != 0.0 or self.imag != 0.0

    def repr(self, space):
        imag = repr_part(self.imag)
        if self.real == 0.0 and math.copysign(1.0, self.real) > 0.0:
            return space.newtext_ascii(imag + 'j')
        real = repr_part(self.real)
        sign = '' if imag[0] == '-' else '+'
        return space.newtext_ascii('(' + real + sign + imag + 'j)')


def repr_part(x):
    """A component as complex.__repr__ shows it: 1.0 -> '1'."""
    s = float_repr(x)
    if s.endswith('.0'):
        stop = len(s) - 2
        assert stop >= 0
        s = s[:stop]
    return s


def as_complex(space, w_obj):
    if isinstance(w_obj, W_ComplexObject):
        return w_obj
    if isinstance(w_obj, W_FloatObject):
        return W_ComplexObject(w_obj.floatval, 0.0)
    if isinstance(w_obj, W_AbstractIntObject):
        return W_ComplexObject(w_obj.float_w(space), 0.0)
    return None


def complex_binop(space, opnum, ar, ai, br, bi):
    if opnum == op.BIN_ADD:
        return W_ComplexObject(ar + br, ai + bi)
    if opnum == op.BIN_SUB:
        return W_ComplexObject(ar - br, ai - bi)
    if opnum == op.BIN_MUL:
        return W_ComplexObject(ar * br - ai * bi, ar * bi + ai * br)
    if opnum == op.BIN_TRUEDIV:
        d = br * br + bi * bi
        if d == 0.0:
            raise zero_division(space, "complex division by zero")
        return W_ComplexObject((ar * br + ai * bi) / d,
                               (ai * br - ar * bi) / d)
    return None
