"""float16 storage: IEEE 754 binary16 halves converted to and from
float64 by bit manipulation (no libm, no branches the JIT cannot see),
with round-to-nearest-even as NumPy's npy_double_to_half does (and its
overflow flag, fpflags.py)."""

from rpython.rlib.longlong2float import longlong2float, float2longlong
from rpython.rlib.rarithmetic import r_uint, intmask
from pypy.module.micronumpy import fpflags

HALF_INF = 0x7c00
DOUBLE_MANT_BITS = 52


def round_shift(value, shift):
    """value >> shift (value >= 0, 1 <= shift <= 63), rounded to the
    nearest integer, ties to even."""
    q = value >> shift
    rem = value & ((1 << shift) - 1)
    half = 1 << (shift - 1)
    if rem > half or (rem == half and q & 1):
        q += 1
    return q


def half_from_float(x):
    """The binary16 bits nearest to the float64 x (overflow gives inf,
    nan stays nan with its sign)."""
    bits = float2longlong(x)
    sign = intmask(r_uint(bits) >> 48) & 0x8000
    exp = intmask(r_uint(bits) >> DOUBLE_MANT_BITS) & 0x7ff
    mant = bits & ((1 << DOUBLE_MANT_BITS) - 1)
    if exp == 0x7ff:
        if mant == 0:
            return sign | HALF_INF
        # nan: keep the payload's top bits (NumPy's npy_double_to_half),
        # and keep it a nan when they are all zero
        payload = intmask(mant >> 42)
        return sign | HALF_INF | (payload if payload else 1)
    e = exp - 1023
    if e > 15:
        fpflags.raise_overflow()
        return sign | HALF_INF
    if e < -25:
        return sign                     # below half the smallest subnormal
    sig = mant | (1 << DOUBLE_MANT_BITS)
    if e < -14:
        # subnormal: units of 2**-24; a carry into 0x400 makes it normal
        return sign | round_shift(sig, 28 - e)
    # normal: the rounding carry may step into the exponent, up to inf
    bits = ((e + 15) << 10) + round_shift(mant, 42)
    if bits == HALF_INF:
        fpflags.raise_overflow()
    return sign | bits


def float_from_half(h):
    """The float64 value of the binary16 bits h (exact)."""
    sign = intmask(r_uint(h & 0x8000) << 48)
    exp = (h >> 10) & 0x1f
    mant = h & 0x3ff
    if exp == 0:
        value = float(mant) * 5.9604644775390625e-08      # 2**-24
        return -value if sign else value
    if exp == 0x1f:
        exp = 0x7ff
    else:
        exp = exp - 15 + 1023
    return longlong2float(sign | (exp << DOUBLE_MANT_BITS) | (mant << 42))


def half_nextafter(x, y):
    """The float16 next to x (a float16 value) in the direction of y, as
    NumPy's npy_nextafter_half."""
    if x != x or y != y:
        return x + y                    # a nan
    if x == y:
        return x                        # (-0.0 toward 0.0 stays -0.0)
    if x == 0.0:                        # the smallest subnormal, y's sign
        return float_from_half(1 | (0x8000 if y < 0.0 else 0))
    h = half_from_float(x)
    if (x < y) == (x > 0.0):            # away from zero
        h += 1
    else:
        h -= 1
    return float_from_half(h)


def half_spacing(x):
    """NumPy's npy_half_spacing for the float16 value x: the step to the
    next float16 away from zero, but toward zero from a negative power of
    two, always positive; nan (invalid) for an infinity or a nan, inf
    (overflow) past the largest float16."""
    h = half_from_float(x)
    h_exp = h & 0x7c00
    h_sig = h & 0x03ff
    if h_exp == 0x7c00:
        fpflags.raise_invalid()
        return float_from_half(0x7e00)
    if h == 0x7bff:
        fpflags.raise_overflow()
        return float_from_half(HALF_INF)
    if h & 0x8000 and h_sig == 0:       # a negative power of two
        if h_exp > 0x2c00:              # a normal step
            return float_from_half(h_exp - 0x2c00)
        if h_exp > 0x0400:              # a subnormal step
            return float_from_half(1 << ((h_exp >> 10) - 2))
        return float_from_half(1)
    if h_exp > 0x2800:
        return float_from_half(h_exp - 0x2800)
    if h_exp > 0x0400:
        return float_from_half(1 << ((h_exp >> 10) - 1))
    return float_from_half(1)
