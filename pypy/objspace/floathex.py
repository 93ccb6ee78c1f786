"""float.hex() and float.fromhex(): a float as hexadecimal text
('0x1.8000000000000p+1' for 3.0) and back, as CPython's float_hex and
float_fromhex."""

import math

from rpython.rlib.rarithmetic import string_to_int
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rfloat import INFINITY, NAN
from pypy.interpreter.arguments import check_args

HEX_DIGITS = '0123456789abcdef'
FRACTION_DIGITS = 13        # (DBL_MANT_DIG - 1) / 4: 52 bits after the point
DBL_MIN_EXP = -1021


def float_hex_text(x):
    if math.isnan(x):
        return 'nan'
    if math.isinf(x):
        return 'inf' if x > 0 else '-inf'
    sign = '-' if math.copysign(1.0, x) < 0 else ''
    if x == 0.0:
        return sign + '0x0.0p+0'
    m, e = math.frexp(abs(x))       # 0.5 <= m < 1
    # the leading digit is 1, or 0 for a subnormal number
    shift = 1 - max(DBL_MIN_EXP - e, 0)
    m = math.ldexp(m, shift)
    e -= shift
    digit = int(m)
    digits = [HEX_DIGITS[digit], '.']
    m -= digit
    for i in range(FRACTION_DIGITS):
        m *= 16.0
        digit = int(m)
        digits.append(HEX_DIGITS[digit])
        m -= digit
    return '%s0x%sp%s%d' % (sign, ''.join(digits), '+' if e >= 0 else '-',
                            abs(e))


def float_hex(space, args):
    check_args(space, args, 'hex', 1, 1)
    return space.newtext_utf8(float_hex_text(
        space.float_w(args.arguments_w[0])))


def parse_hex_float(space, text):
    """The float that text, '[sign][0x]digits[.digits][p[sign]exponent]'
    or inf/infinity/nan with their sign, stands for; rounded once, as
    CPython, except for subnormal results (rounded to 53 bits first)."""
    s = text.strip().lower()
    sign = 1.0
    if s.startswith('-'):
        sign = -1.0
        s = s[1:]
    elif s.startswith('+'):
        s = s[1:]
    if s == 'inf' or s == 'infinity':
        return sign * INFINITY
    if s == 'nan':
        return NAN
    if s.startswith('0x'):
        s = s[2:]
    mantissa = rbigint.fromint(0)
    exponent = 0        # of 2
    any_digit = False
    seen_point = False
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == '.' and not seen_point:
            seen_point = True
        else:
            value = HEX_DIGITS.find(ch)     # (s is lowercase)
            if value < 0:
                break
            any_digit = True
            mantissa = mantissa.lshift(4).add(rbigint.fromint(value))
            if seen_point:
                exponent -= 4
        i += 1
    if not any_digit:
        raise invalid_hex(space)
    if i < len(s):
        if s[i] != 'p' or i + 1 == len(s):
            raise invalid_hex(space)
        digits = s[i + 1:]
        if digits.startswith('+') or digits.startswith('-'):
            if len(digits) == 1:
                raise invalid_hex(space)
        for ch in digits[1:] if digits[0] in '+-' else digits:
            if not ch.isdigit():
                raise invalid_hex(space)
        if len(digits) > 12:    # far beyond any float: 0 or too large
            return sign * scale(space, mantissa, -(1 << 20)
                                if digits[0] == '-' else 1 << 20)
        exponent += string_to_int(digits)
    return sign * scale(space, mantissa, exponent)


def scale(space, mantissa, exponent):
    """mantissa * 2 ** exponent as a float."""
    if not mantissa.tobool():
        return 0.0
    # keep 64 bits of the mantissa, the ones below sticky in the lowest
    extra = mantissa.bit_length() - 64
    if extra > 0:
        low = mantissa.and_(rbigint.fromint(1).lshift(extra).sub(
            rbigint.fromint(1)))
        mantissa = mantissa.rshift(extra)
        if low.tobool():
            mantissa = mantissa.or_(rbigint.fromint(1))
        exponent += extra
    if exponent + mantissa.bit_length() > 1025:
        raise too_large(space)
    if exponent < -1200:
        return 0.0
    try:
        return math.ldexp(mantissa.tofloat(), exponent)
    except OverflowError:
        raise too_large(space)


def too_large(space):
    return space.error(space.w_OverflowError,
                       "hexadecimal value too large to represent as a float")


def invalid_hex(space):
    return space.error(space.w_ValueError,
                       "invalid hexadecimal floating-point string")


def float_fromhex(space, args):
    """float.fromhex(string) (a class method): a subclass gets cls(x)."""
    check_args(space, args, 'fromhex', 2, 2)
    w_cls, w_text = args.arguments_w
    w_float = space.newfloat(parse_hex_float(space,
                                             space.text_utf8(w_text)))
    if w_cls is space.w_float:
        return w_float
    return space.call_function(w_cls, w_float)
