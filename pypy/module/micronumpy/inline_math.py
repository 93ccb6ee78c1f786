"""exp and log of float64 written in RPython, for the ufunc loops: a fused
loop computes them inline, where a call to the C library per element
costs more than the function itself (the JIT saves and restores the
vector registers around every call).  Both are within one ulp of the
correctly rounded result, as the C library's are; NumPy's own SIMD
versions (AVX-512) differ from either by an ulp here and there, which is
why the tests compare transcendental results within a tolerance
(tests/app/support/ulp.py).  Arguments outside the range each handles
(nan, inf, zero, subnormals, huge exponents) go to the C library.

exp: x = k ln2 / N + r with |r| <= ln2 / 2N (N = 128), so exp(x) =
2^(k / N) * exp(r): the power of two from a table of its N values (each
with a correction term for the bits a float64 can't hold) and the
exponent's bits, exp(r) - 1 from a degree-5 polynomial (its Taylor
series; the terms it drops are below 2^-60 for such r).

log: x = 2^k (1 + f) with sqrt(2)/2 <= 1 + f < sqrt(2), and
log(1 + f) = 2 atanh(s) with s = f / (2 + f), from the odd series of
atanh in s (the minimax coefficients of the classic fdlibm algorithm)."""

from decimal import Decimal, getcontext

from rpython.rlib.longlong2float import float2longlong, longlong2float
from rpython.rlib.rarithmetic import r_uint, intmask
from pypy.objspace import libm

# ____________________________________________________________
# exp

EXP_TABLE_BITS = 7
EXP_N = 1 << EXP_TABLE_BITS
INV_LN2_N = 1.4426950408889634 * EXP_N      # N / ln2, rounded
# ln2 / N in two parts: the high part has few enough bits that k times it
# is exact for the k of |x| < EXP_LIMIT
LN2_N_HI = float.fromhex('0x1.62e42fefa0000p-8')
LN2_N_LO = float.fromhex('0x1.cf79abc9e3b3ap-47')
ROUND_SHIFT = float.fromhex('0x1.8p52')     # adding it rounds to an integer
EXP_LIMIT = 512.0
EXP_TINY = 2.0 ** -54


def exp_table():
    """For i < N: the bits of 2^(i/N) rounded to a float64, minus i placed
    where k's low bits land in the result's bits; and the relative error of
    that rounding."""
    getcontext().prec = 40
    ln2 = Decimal(2).ln()
    bits = []
    tails = []
    for i in range(EXP_N):
        exact = (ln2 * i / EXP_N).exp()
        rounded = float(exact)
        bits.append(intmask(r_uint(float2longlong(rounded)) -
                            (r_uint(i) << (52 - EXP_TABLE_BITS))))
        tails.append(float((exact - Decimal(rounded)) / Decimal(rounded)))
    return bits, tails

EXP_BITS, EXP_TAILS = exp_table()


def exp(x):
    if not EXP_TINY <= abs(x) < EXP_LIMIT:     # (nan included)
        return libm.exp(x)
    kd = x * INV_LN2_N + ROUND_SHIFT
    ki = float2longlong(kd)     # k in the low bits
    kd -= ROUND_SHIFT
    r = x - kd * LN2_N_HI - kd * LN2_N_LO
    i = ki & (EXP_N - 1)
    scale = longlong2float(intmask(
        r_uint(EXP_BITS[i]) + (r_uint(ki) << (52 - EXP_TABLE_BITS))))
    r2 = r * r
    poly = (EXP_TAILS[i] + r + r2 * (0.5 + r * (1.0 / 6.0)) +
            r2 * r2 * ((1.0 / 24.0) + r * (1.0 / 120.0)))
    return scale + scale * poly


# ____________________________________________________________
# log

LN2_HI = 6.93147180369123816490e-01     # its last 32 bits are zero
LN2_LO = 1.90821492927058770002e-10
LG1 = 6.666666666666735130e-01
LG2 = 3.999999999940941908e-01
LG3 = 2.857142874366239149e-01
LG4 = 2.222219843214978396e-01
LG5 = 1.818357216161805012e-01
LG6 = 1.531383769920937332e-01
LG7 = 1.479819860511658591e-01
HIGH_NORMAL_MIN = 0x00100000    # high words of the smallest normal float
HIGH_INF = 0x7ff00000           # and of inf
LOW_WORD = 0xffffffff


def log(x):
    bits = float2longlong(x)
    high = bits >> 32
    if high < HIGH_NORMAL_MIN or high >= HIGH_INF:
        return libm.log(x)      # negative, zero, subnormal, inf or nan
    k = (high >> 20) - 1023
    high &= 0x000fffff
    # 1 + f: the mantissa scaled into [sqrt(2)/2, sqrt(2))
    i = (high + 0x95f64) & 0x100000
    m = longlong2float(((high | (i ^ 0x3ff00000)) << 32) | (bits & LOW_WORD))
    k += i >> 20
    f = m - 1.0
    if (0x000fffff & (2 + high)) < 3:
        return libm.log(x)      # |f| < 2^-20: another series
    s = f / (2.0 + f)
    dk = float(k)
    z = s * s
    w = z * z
    t1 = w * (LG2 + w * (LG4 + w * LG6))
    t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)))
    r = t2 + t1
    if (high - 0x6147a) | (0x6b851 - high) > 0:
        half_f2 = 0.5 * f * f
        return dk * LN2_HI - ((half_f2 - (s * (half_f2 + r) + dk * LN2_LO)) -
                              f)
    return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f)
