"""The complex type."""

import math
from rpython.rlib.rfloat import NAN
from pypy.interpreter import opcodes as op
from pypy.interpreter.error import OperationError
from pypy.objspace.root import W_Root
from pypy.objspace import libm
from pypy.objspace.floatobject import W_FloatObject, float_repr
from pypy.objspace.intobject import W_AbstractIntObject, zero_division
from pypy.objspace.strobject import W_StrObject
from pypy.objspace.complexparse import (parse_complex, MalformedComplex,
    BadUnderscores)


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
        if br == 0.0 and bi == 0.0:
            raise zero_division(space, "complex division by zero")
        r, i = c_quot(ar, ai, br, bi)
        return W_ComplexObject(r, i)
    if opnum == op.BIN_POW:
        r, i = complex_pow(space, ar, ai, br, bi)
        return W_ComplexObject(r, i)
    return None


def c_quot(ar, ai, br, bi):
    """CPython's _Py_c_quot (Smith's method)."""
    abs_br = abs(br)
    abs_bi = abs(bi)
    if abs_br >= abs_bi:
        if abs_br == 0.0:
            return 0.0, 0.0     # caller checks division by zero
        ratio = bi / br
        denom = br + bi * ratio
        return (ar + ai * ratio) / denom, (ai - ar * ratio) / denom
    elif abs_bi >= abs_br:
        ratio = br / bi
        denom = br * ratio + bi
        return (ar * ratio + ai) / denom, (ai * ratio - ar) / denom
    return NAN, NAN


def c_powu(xr, xi, n):
    rr = 1.0
    ri = 0.0
    pr = xr
    pi = xi
    mask = 1
    while mask > 0 and n >= mask:
        if n & mask:
            rr, ri = rr * pr - ri * pi, rr * pi + ri * pr
        mask <<= 1
        pr, pi = pr * pr - pi * pi, 2.0 * pr * pi
    return rr, ri


def c_pow(space, ar, ai, br, bi):
    if br == 0.0 and bi == 0.0:
        return 1.0, 0.0
    if ar == 0.0 and ai == 0.0:
        if bi != 0.0 or br < 0.0:
            raise zero_division(space, "0.0 to a negative or complex power")
        return 0.0, 0.0
    # C's functions, as CPython's _Py_c_pow: inf or nan, never an error
    vabs = libm.hypot(ar, ai)
    length = libm.pow(vabs, br)
    at = libm.atan2(ai, ar)
    phase = at * br
    if bi != 0.0:
        length /= libm.exp(at * bi)
        phase += bi * libm.log(vabs)
    return length * libm.cos(phase), length * libm.sin(phase)


def complex_pow(space, ar, ai, br, bi):
    """CPython's complex_pow: repeated squaring for small integer
    exponents, the polar form otherwise; an infinite part of the result
    is a range error (_Py_ADJUST_ERANGE2)."""
    rr, ri = complex_pow_value(space, ar, ai, br, bi)
    if math.isinf(rr) or math.isinf(ri):
        raise OperationError(space.new_exception(space.w_OverflowError,
                                                 "complex exponentiation"))
    return rr, ri


def complex_pow_value(space, ar, ai, br, bi):
    if bi == 0.0 and abs(br) <= 100.0 and br == math.floor(br):
        n = int(br)
        if n >= 0:
            return c_powu(ar, ai, n)
        if ar == 0.0 and ai == 0.0:
            raise zero_division(space, "0.0 to a negative or complex power")
        rr, ri = c_powu(ar, ai, -n)
        return c_quot(1.0, 0.0, rr, ri)
    return c_pow(space, ar, ai, br, bi)


def complex_abs(w_c):
    return libm.hypot(w_c.real, w_c.imag)


def new_complex(space, w_type, args):
    from pypy.interpreter.arguments import check_keywords, keyword_value
    w_real = None
    w_imag = None
    if len(args.arguments_w) > 0:
        w_real = args.arguments_w[0]
    if len(args.arguments_w) > 1:
        w_imag = args.arguments_w[1]
    if len(args.arguments_w) > 2:
        raise space.error(space.w_TypeError,
                          "complex() takes at most 2 arguments (%d given)" %
                          len(args.arguments_w))
    if args.has_keywords():
        check_keywords(space, args, 'complex', ['real', 'imag'])
        w_kw = keyword_value(args, 'real')
        if w_kw is not None:
            if w_real is not None:
                raise space.error(space.w_TypeError, "argument for complex() "
                                  "given by name ('real') and position (1)")
            w_real = w_kw
        w_kw = keyword_value(args, 'imag')
        if w_kw is not None:
            if w_imag is not None:
                raise space.error(space.w_TypeError, "argument for complex() "
                                  "given by name ('imag') and position (2)")
            w_imag = w_kw
    if w_real is None:
        w_real = space.newint(0)
    if isinstance(w_real, W_StrObject):
        if w_imag is not None:
            raise space.error(space.w_TypeError, "complex() can't take "
                              "second arg if first is a string")
        return complex_from_string(space, space.text_utf8(w_real))
    if isinstance(w_imag, W_StrObject):
        raise space.error(space.w_TypeError,
                          "complex() second arg can't be a string")
    if w_imag is None and isinstance(w_real, W_ComplexObject):
        if type(w_real) is W_ComplexObject:
            return w_real
        return W_ComplexObject(w_real.real, w_real.imag)
    real = to_complex(space, w_real, 'first')
    if w_imag is None:
        return real
    imag = to_complex(space, w_imag, 'second')
    # a real argument's part is taken as it is (adding a 0.0 would turn
    # complex(-0.0, -0.0)'s imaginary -0.0 into 0.0)
    re = real.real
    im = imag.real
    if imag.imag != 0.0 or isinstance(w_imag, W_ComplexObject):
        re -= imag.imag
    if real.imag != 0.0 or isinstance(w_real, W_ComplexObject):
        im += real.imag
    return W_ComplexObject(re, im)


def complex_from_string(space, s):
    try:
        real, imag = parse_complex(s)
    except MalformedComplex:
        raise space.error(space.w_ValueError,
                          "complex() arg is a malformed string")
    except BadUnderscores:
        raise space.error(space.w_ValueError,
                          "could not convert string to complex: %s" %
                          space.quoted_for_error(s))
    return W_ComplexObject(real, imag)


def to_complex(space, w_x, which):
    w_c = as_complex(space, w_x)
    if w_c is not None:
        return w_c
    w_res = space.call_special(w_x, '__complex__')
    if w_res is not None and isinstance(w_res, W_ComplexObject):
        return w_res
    w_res = space.call_special(w_x, '__float__')
    if w_res is None:
        w_res = space.call_special(w_x, '__index__')
    if w_res is not None:
        w_c = as_complex(space, w_res)
        if w_c is not None:
            return w_c
    raise space.error(space.w_TypeError,
                      "complex() %s argument must be a string or a number, "
                      "not '%s'" % (which, space.type_name(space.type(w_x))))
