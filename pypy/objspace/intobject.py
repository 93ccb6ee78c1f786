"""The int type: W_IntObject (machine word) and W_LongObject (rbigint) are
two representations of the one app-level type `int`.  Results that fit a
machine word always come back as W_IntObject (see space.newbigint)."""

import math
from rpython.rlib.objectmodel import specialize
from rpython.rlib.rarithmetic import ovfcheck, r_uint, intmask
from rpython.rlib.rbigint import rbigint
from pypy.interpreter import opcodes as op
from pypy.interpreter.error import OperationError
from pypy.objspace.root import W_Root

HASH_MODULUS = (1 << 61) - 1


class W_AbstractIntObject(W_Root):
    _attrs_ = ()

    def getclass(self, space):
        return space.w_int

    def asbigint(self):
        raise NotImplementedError


class W_IntObject(W_AbstractIntObject):
    _immutable_fields_ = ['intval']
    _attrs_ = ['intval']

    def __init__(self, intval):
        self.intval = intval

    def asbigint(self):
        return rbigint.fromint(self.intval)

    def binop(self, space, opnum, w_other):
        if isinstance(w_other, W_IntObject):
            return int_binop(space, opnum, self.intval, w_other.intval)
        if isinstance(w_other, W_LongObject):
            return long_binop(space, opnum, self.asbigint(), w_other.num)
        return None

    def rbinop(self, space, opnum, w_other):
        if isinstance(w_other, W_AbstractIntObject):
            return long_binop(space, opnum, w_other.asbigint(),
                              self.asbigint())
        return None

    def compare(self, space, opnum, w_other):
        if isinstance(w_other, W_IntObject):
            return space.newbool(cmp_result(opnum, self.intval,
                                            w_other.intval))
        if isinstance(w_other, W_LongObject):
            return space.newbool(long_compare(opnum, self.asbigint(),
                                              w_other.num))
        return None

    def unaryop(self, space, opnum):
        x = self.intval
        if opnum == op.UN_NEG:
            try:
                return space.newint(ovfcheck(-x))
            except OverflowError:
                return space.newbigint(self.asbigint().neg())
        if opnum == op.UN_POS:
            return space.newint(x)
        if opnum == op.UN_INVERT:
            return space.newint(~x)
        return None

    def is_true(self, space):
        return self.intval != 0

    def hash(self, space):
        return hash_int(self.intval)

    def repr(self, space):
        return space.newtext_ascii(str(self.intval))

    def int_w(self, space):
        return self.intval

    def float_w(self, space):
        return float(self.intval)


class W_LongObject(W_AbstractIntObject):
    _immutable_fields_ = ['num']
    _attrs_ = ['num']

    def __init__(self, num):
        self.num = num

    def asbigint(self):
        return self.num

    def binop(self, space, opnum, w_other):
        if isinstance(w_other, W_AbstractIntObject):
            return long_binop(space, opnum, self.num, w_other.asbigint())
        return None

    def rbinop(self, space, opnum, w_other):
        if isinstance(w_other, W_AbstractIntObject):
            return long_binop(space, opnum, w_other.asbigint(), self.num)
        return None

    def compare(self, space, opnum, w_other):
        if isinstance(w_other, W_AbstractIntObject):
            return space.newbool(long_compare(opnum, self.num,
                                              w_other.asbigint()))
        return None

    def unaryop(self, space, opnum):
        if opnum == op.UN_NEG:
            return space.newbigint(self.num.neg())
        if opnum == op.UN_POS:
            return self
        if opnum == op.UN_INVERT:
            return space.newbigint(self.num.invert())
        return None

    def is_true(self, space):
        return self.num.tobool()

    def hash(self, space):
        h = self.num.abs().mod(rbigint.fromint(HASH_MODULUS)).toint()
        if self.num.sign < 0:
            h = -h
        if h == -1:
            h = -2
        return h

    def repr(self, space):
        return space.newtext_ascii(self.num.str())

    def int_w(self, space):
        try:
            return self.num.toint()
        except OverflowError:
            raise OperationError(space.new_exception(
                space.w_OverflowError,
                "Python int too large to convert to C long"))

    def float_w(self, space):
        try:
            return self.num.tofloat()
        except OverflowError:
            raise OperationError(space.new_exception(
                space.w_OverflowError, "int too large to convert to float"))


def hash_int(x):
    # an int of less than 61 bits is its own hash: two compares in a JIT
    # trace, where the unsigned modulo is a call (ll_uint_py_mod) at every
    # hash of an int key of a set or dict
    if -HASH_MODULUS < x < HASH_MODULUS:
        h = x
    elif x >= 0:
        h = intmask(r_uint(x) % r_uint(HASH_MODULUS))
    else:
        h = -intmask((r_uint(0) - r_uint(x)) % r_uint(HASH_MODULUS))
    if h == -1:
        h = -2
    return h


def hash_method_result(space, w_result):
    """hash() of an object whose __hash__ method returned w_result, as
    CPython's slot_tp_hash: the int itself when it fits a machine word (-1
    becoming -2), else int's hash of it."""
    if isinstance(w_result, W_IntObject):
        h = w_result.intval
    elif isinstance(w_result, W_LongObject):
        try:
            h = w_result.num.toint()
        except OverflowError:
            return W_LongObject.hash(w_result, space)
    else:
        raise space.error(space.w_TypeError,
                          "__hash__ method should return an integer")
    if h == -1:
        h = -2
    return h


@specialize.argtype(1)
def cmp_result(opnum, x, y):
    """Evaluate a comparison of two values of one RPython type."""
    if opnum == op.CMP_LT:
        return x < y
    if opnum == op.CMP_LE:
        return x <= y
    if opnum == op.CMP_EQ:
        return x == y
    if opnum == op.CMP_NE:
        return x != y
    if opnum == op.CMP_GT:
        return x > y
    return x >= y


def long_compare(opnum, a, b):
    if opnum == op.CMP_LT:
        return a.lt(b)
    if opnum == op.CMP_LE:
        return a.le(b)
    if opnum == op.CMP_EQ:
        return a.eq(b)
    if opnum == op.CMP_NE:
        return a.ne(b)
    if opnum == op.CMP_GT:
        return a.gt(b)
    return a.ge(b)


def zero_division(space, msg):
    return OperationError(space.new_exception(space.w_ZeroDivisionError,
                                              msg))


def int_binop(space, opnum, x, y):
    """x op y for two machine ints; overflow moves to rbigint."""
    try:
        if opnum == op.BIN_ADD:
            return space.newint(ovfcheck(x + y))
        if opnum == op.BIN_SUB:
            return space.newint(ovfcheck(x - y))
        if opnum == op.BIN_MUL:
            return space.newint(ovfcheck(x * y))
        if opnum == op.BIN_FLOORDIV:
            if y == 0:
                raise zero_division(space,
                                    "integer division or modulo by zero")
            return space.newint(ovfcheck(x // y))
        if opnum == op.BIN_MOD:
            if y == 0:
                raise zero_division(space, "integer modulo by zero")
            return space.newint(ovfcheck(x % y))
        if opnum == op.BIN_TRUEDIV:
            if y == 0:
                raise zero_division(space, "division by zero")
            if -(1 << 53) <= x <= (1 << 53) and -(1 << 53) <= y <= (1 << 53):
                return space.newfloat(float(x) / float(y))
            return long_binop(space, opnum, rbigint.fromint(x),
                              rbigint.fromint(y))
        if opnum == op.BIN_POW:
            return int_pow(space, x, y)
        if opnum == op.BIN_LSHIFT:
            if y < 0:
                raise OperationError(space.new_exception(
                    space.w_ValueError, "negative shift count"))
            if y >= 63:
                if x == 0:
                    return space.newint(0)
                raise OverflowError
            result = intmask(x << y)      # (the host's int would grow)
            if (result >> y) != x:
                raise OverflowError
            return space.newint(result)
        if opnum == op.BIN_RSHIFT:
            if y < 0:
                raise OperationError(space.new_exception(
                    space.w_ValueError, "negative shift count"))
            if y >= 63:
                return space.newint(-1 if x < 0 else 0)
            return space.newint(x >> y)
        if opnum == op.BIN_AND:
            return space.newint(x & y)
        if opnum == op.BIN_OR:
            return space.newint(x | y)
        if opnum == op.BIN_XOR:
            return space.newint(x ^ y)
        return None
    except OverflowError:
        return long_binop(space, opnum, rbigint.fromint(x),
                          rbigint.fromint(y))


def int_pow(space, x, y):
    if y < 0:
        if x == 0:
            raise zero_division(
                space, "0.0 cannot be raised to a negative power")
        return space.newfloat(math.pow(float(x), float(y)))
    result = 1
    base = x
    exp = y
    while exp > 0:
        if exp & 1:
            result = ovfcheck(result * base)
        exp >>= 1
        if exp > 0:
            base = ovfcheck(base * base)
    return space.newint(result)


def long_binop(space, opnum, a, b):
    if opnum == op.BIN_ADD:
        return space.newbigint(a.add(b))
    if opnum == op.BIN_SUB:
        return space.newbigint(a.sub(b))
    if opnum == op.BIN_MUL:
        return space.newbigint(a.mul(b))
    if opnum == op.BIN_FLOORDIV:
        if not b.tobool():
            raise zero_division(space, "integer division or modulo by zero")
        return space.newbigint(a.floordiv(b))
    if opnum == op.BIN_MOD:
        if not b.tobool():
            raise zero_division(space, "integer modulo by zero")
        return space.newbigint(a.mod(b))
    if opnum == op.BIN_TRUEDIV:
        if not b.tobool():
            raise zero_division(space, "division by zero")
        try:
            return space.newfloat(a.truediv(b))
        except OverflowError:
            raise OperationError(space.new_exception(
                space.w_OverflowError,
                "integer division result too large for a float"))
    if opnum == op.BIN_POW:
        if b.sign < 0:
            if not a.tobool():
                raise zero_division(
                    space, "0.0 cannot be raised to a negative power")
            return space.newfloat(math.pow(space.bigint_to_float(a),
                                           space.bigint_to_float(b)))
        return space.newbigint(a.pow(b))
    if opnum == op.BIN_LSHIFT or opnum == op.BIN_RSHIFT:
        if b.sign < 0:
            raise OperationError(space.new_exception(
                space.w_ValueError, "negative shift count"))
        try:
            shift = b.toint()
        except OverflowError:
            if opnum == op.BIN_RSHIFT:
                return space.newint(-1 if a.sign < 0 else 0)
            raise OperationError(space.new_exception(
                space.w_OverflowError, "too many digits in integer"))
        if opnum == op.BIN_LSHIFT:
            return space.newbigint(a.lshift(shift))
        return space.newbigint(a.rshift(shift))
    if opnum == op.BIN_AND:
        return space.newbigint(a.and_(b))
    if opnum == op.BIN_OR:
        return space.newbigint(a.or_(b))
    if opnum == op.BIN_XOR:
        return space.newbigint(a.xor(b))
    return None


def int_from_string(space, s, base, shown):
    """int(s, base) as CPython: surrounding whitespace and single
    underscores between digits are allowed.  s is ASCII text (see
    strobject.number_text); the error message quotes shown, the text as
    given."""
    from rpython.rlib.rstring import ParseStringError, ParseStringOverflowError
    from rpython.rlib.rarithmetic import string_to_int
    digits = s.strip()
    try:
        if '_' in digits:
            if ('__' in digits or digits.startswith('_') or
                    digits.endswith('_') or digits.endswith('l') or
                    digits.endswith('L')):
                raise ParseStringError("bad underscore")
            digits = ''.join(digits.split('_'))
        try:
            return space.newint(string_to_int(digits, base))
        except ParseStringOverflowError:
            return space.newbigint(rbigint.fromstr(digits, base))
    except ParseStringError:
        raise OperationError(space.new_exception(
            space.w_ValueError,
            "invalid literal for int() with base %d: %s" % (
                base, space.quoted_for_error(shown))))
