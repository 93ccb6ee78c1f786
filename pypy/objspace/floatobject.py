"""The float type."""

import math
from rpython.rlib import rfloat, rstring
from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rlib.rbigint import rbigint
from pypy.interpreter import opcodes as op
from pypy.interpreter.error import OperationError
from pypy.objspace.root import W_Root
from pypy.objspace.floatdivmod import divmod_nonzero
from pypy.objspace.intobject import (W_AbstractIntObject, W_IntObject,
    cmp_result, zero_division, HASH_MODULUS)


class W_FloatObject(W_Root):
    _immutable_fields_ = ['floatval']
    _attrs_ = ['floatval']

    def __init__(self, floatval):
        self.floatval = floatval

    def getclass(self, space):
        return space.w_float

    def binop(self, space, opnum, w_other):
        if isinstance(w_other, W_FloatObject):
            return float_binop(space, opnum, self.floatval, w_other.floatval)
        if isinstance(w_other, W_AbstractIntObject):
            return float_binop(space, opnum, self.floatval,
                               w_other.float_w(space))
        return None

    def rbinop(self, space, opnum, w_other):
        if isinstance(w_other, W_AbstractIntObject):
            return float_binop(space, opnum, w_other.float_w(space),
                               self.floatval)
        if isinstance(w_other, W_FloatObject):     # float op np.float64
            return float_binop(space, opnum, w_other.floatval,
                               self.floatval)
        return None

    def compare(self, space, opnum, w_other):
        if isinstance(w_other, W_FloatObject):
            return space.newbool(cmp_result(opnum, self.floatval,
                                            w_other.floatval))
        if isinstance(w_other, W_IntObject):
            y = w_other.intval
            if -(1 << 53) <= y <= (1 << 53):
                return space.newbool(cmp_result(opnum, self.floatval,
                                                float(y)))
        if isinstance(w_other, W_AbstractIntObject):
            return space.newbool(compare_float_bigint(
                opnum, self.floatval, w_other.asbigint()))
        return None

    def unaryop(self, space, opnum):
        if opnum == op.UN_NEG:
            return space.newfloat(-self.floatval)
        if opnum == op.UN_POS:
            return self
        return None

    def is_true(self, space):
        return self.floatval != 0.0

    def hash(self, space):
        return hash_float(self.floatval)

    def repr(self, space):
        return space.newtext_ascii(float_repr(self.floatval))

    def float_w(self, space):
        return self.floatval


def float_repr(x):
    if math.isinf(x):
        return 'inf' if x > 0 else '-inf'
    if math.isnan(x):
        return 'nan'
    return rfloat.formatd(x, 'r', 0, rfloat.DTSF_ADD_DOT_0)


def compare_float_bigint(opnum, x, b):
    """Exact comparison of float x with integer b, as CPython does."""
    if math.isnan(x):
        return opnum == op.CMP_NE
    if math.isinf(x):
        return cmp_result(opnum, x, 0.0)
    floor_x = math.floor(x)
    a = rbigint.fromfloat(floor_x)
    if a.eq(b):
        # x == b + fraction
        return cmp_result(opnum, x - floor_x, 0.0)
    return cmp_result(opnum, 1 if a.gt(b) else -1, 0)


def hash_float(v):
    """CPython's numeric hash of a float, so that hash(1.0) == hash(1)."""
    if math.isinf(v):
        return 314159 if v > 0 else -314159
    if math.isnan(v):
        return 0
    m, e = math.frexp(v)
    sign = 1
    if m < 0:
        sign = -1
        m = -m
    x = r_uint(0)
    P = r_uint(HASH_MODULUS)
    while m:
        x = ((x << 28) & P) | (x >> (61 - 28))
        m *= 268435456.0
        e -= 28
        y = r_uint(int(m))
        m -= int(m)
        x += y
        if x >= P:
            x -= P
    if e >= 0:
        e = e % 61
    else:
        e = 61 - 1 - ((-1 - e) % 61)
    x = ((x << e) & P) | (x >> (61 - e))
    h = intmask(x) * sign
    if h == -1:
        h = -2
    return h


def float_binop(space, opnum, x, y):
    if opnum == op.BIN_ADD:
        return space.newfloat(x + y)
    if opnum == op.BIN_SUB:
        return space.newfloat(x - y)
    if opnum == op.BIN_MUL:
        return space.newfloat(x * y)
    if opnum == op.BIN_TRUEDIV:
        if y == 0.0:
            raise zero_division(space, "float division by zero")
        return space.newfloat(x / y)
    if opnum == op.BIN_FLOORDIV:
        if y == 0.0:
            raise zero_division(space, "float floor division by zero")
        return space.newfloat(divmod_nonzero(x, y, False)[0])
    if opnum == op.BIN_MOD:
        if y == 0.0:
            raise zero_division(space, "float modulo")
        return space.newfloat(divmod_nonzero(x, y, False)[1])
    if opnum == op.BIN_POW:
        if x < 0.0 and not math.isinf(x) and not math.isinf(y) and \
                not math.isnan(y) and math.floor(y) != y:
            # a negative number to a fractional power: the complex power,
            # as CPython's float_pow (Fraction's ** relies on it)
            from pypy.objspace.complexobject import W_ComplexObject, \
                complex_pow
            r, i = complex_pow(space, x, 0.0, y, 0.0)
            return W_ComplexObject(r, i)
        return space.newfloat(float_pow(space, x, y))
    return None


def float_pow(space, x, y):
    if y == 0.0:
        return 1.0
    if math.isnan(x):
        return x
    if math.isnan(y):
        return 1.0 if x == 1.0 else y
    if x == 0.0 and y < 0.0:
        raise zero_division(space,
                            "0.0 cannot be raised to a negative power")
    if x < 0.0 and not math.isinf(x) and not math.isinf(y) and \
            math.floor(y) != y:
        raise OperationError(space.new_exception(
            space.w_ValueError,
            "negative number cannot be raised to a fractional power"))
    try:
        return math.pow(x, y)
    except OverflowError:
        raise OperationError(space.new_exception(
            space.w_OverflowError, "(34, 'Numerical result out of range')"))
    except ValueError:
        raise OperationError(space.new_exception(
            space.w_ValueError, "math domain error"))


def float_from_string(space, s, shown):
    """float(s) of ASCII text s (see strobject.number_text); the error
    message quotes shown, the text as given."""
    try:
        return rfloat.string_to_float(''.join(s.strip().split('_')))
    except rstring.ParseStringError:
        raise OperationError(space.new_exception(
            space.w_ValueError,
            "could not convert string to float: %s" %
            space.quoted_for_error(shown)))
