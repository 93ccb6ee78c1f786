"""complex64 and complex128 element kernels: a complex value travels as
(real, imag), two floats.  Each kernel takes the ufunc's op number (a
constant in JIT traces, so a chain of `if op == ...` folds to one
operation) and `fdt`, the float dtype of the parts: complex64's kernels
compute in float32, rounding after each operation (fdt.wrap_float) as
NumPy's loops do; functions of libm are computed in float64 and rounded
once, on the write.  signature.py evaluates expression trees with them,
scalarops.py NumPy's complex scalars."""

import math
from rpython.rlib import rfloat
from rpython.rlib.longlong2float import float2longlong, longlong2float
from rpython.rtyper.lltypesystem.module.ll_math import sqrt_nonneg
from pypy.objspace import libm
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy import ufuncs as uf
from pypy.module.micronumpy import cmathc
from pypy.module.micronumpy.ufuncs import float_div

# the ufuncs with complex loops, by what they give: a complex value
# (computed in the complex dtype), a bool, or a float (absolute)
BINARY_ARITH = [uf.ADD, uf.SUB, uf.MUL, uf.TRUEDIV, uf.POW, uf.MAXIMUM,
                uf.MINIMUM, uf.FMAX, uf.FMIN]
BINARY_CMP = [uf.EQ, uf.NE, uf.LT, uf.LE, uf.GT, uf.GE, uf.LOGICAL_AND,
              uf.LOGICAL_OR, uf.LOGICAL_XOR]
UNARY_COMPLEX = [uf.NEG, uf.POS, uf.CONJ, uf.SQRT, uf.EXP, uf.LOG,
                 uf.SQUARE, uf.RECIPROCAL, uf.EXP2, uf.ARCSIN, uf.ARCCOS,
                 uf.ARCTAN, uf.ARCSINH, uf.ARCCOSH, uf.ARCTANH, uf.SIN,
                 uf.COS, uf.TAN, uf.SINH, uf.COSH, uf.TANH, uf.LOG2,
                 uf.LOG10, uf.LOG1P, uf.EXPM1, uf.RINT, uf.SIGN]
UNARY_REAL = [uf.ABS]
UNARY_BOOL = [uf.ISNAN, uf.ISFINITE, uf.ISINF, uf.LOGICAL_NOT]


def binary_result(op, cdt):
    """The result dtype of binary op computed in the complex dtype cdt,
    or None where NumPy has no complex loop."""
    if op in BINARY_CMP:
        return dt.bool_dtype
    if op in BINARY_ARITH:
        return cdt
    return None


def unary_result(op, cdt):
    if op in UNARY_BOOL:
        return dt.bool_dtype
    if op in UNARY_REAL:
        return dt.real_part(cdt)
    if op in UNARY_COMPLEX:
        return cdt
    return None


# ____________________________________________________________
# arithmetic

def c_div(fdt, ar, ai, br, bi):
    """NumPy's complex division (its loop and npymath's cdiv): Smith's
    algorithm, scaled by the larger part of the divisor (float_div: C's
    division, inf or nan for a zero divisor), each step rounded to fdt."""
    r = fdt.wrap_float
    abs_br = abs(br)
    abs_bi = abs(bi)
    if abs_br >= abs_bi:
        if abs_br == 0.0 and abs_bi == 0.0:
            # a complex inf or nan, as C's division by +0.0 gives
            return (float_div(ar, abs_br), float_div(ai, abs_br))
        rat = r(float_div(bi, br))
        scl = r(float_div(1.0, r(br + r(bi * rat))))
        return (r(r(ar + r(ai * rat)) * scl), r(r(ai - r(ar * rat)) * scl))
    rat = r(float_div(br, bi))
    scl = r(float_div(1.0, r(bi + r(br * rat))))
    return (r(r(r(ar * rat) + ai) * scl), r(r(r(ai * rat) - ar) * scl))


def c_reciprocal(fdt, re, im):
    """NumPy's complex reciprocal loop (nan+nanj for 0j: 0/0 first)."""
    f = fdt.wrap_float
    if abs(im) <= abs(re):
        r = f(float_div(im, re))
        d = f(re + f(im * r))
        return (float_div(1.0, d), float_div(-r, d))
    r = f(float_div(re, im))
    d = f(f(re * r) + im)
    return (float_div(r, d), float_div(-1.0, d))


def c_exp(fdt, re, im):
    """C99's cexp (NumPy calls it; cexpf for float32 parts): inf and nan
    parts give its special values; libm's exp, cos, sin, which give inf or
    nan without raising."""
    if fdt is dt.float32_dtype:
        return cmathc.call(uf.EXP, True, re, im)
    if math.isinf(re) and re > 0.0:
        if im == 0.0:
            return (re, im)
        if rfloat.isfinite(im):
            return (re * libm.cos(im), re * libm.sin(im))
        return (re, im - im)
    if math.isinf(re):
        if rfloat.isfinite(im):
            return (0.0 * libm.cos(im), 0.0 * libm.sin(im))
        return (0.0, 0.0)
    if math.isnan(re):
        if im == 0.0:
            return (re, im)
        return (re, math.copysign(rfloat.NAN, im))
    r = libm.exp(re)
    if im == 0.0:
        return (r, im)
    if rfloat.isfinite(im):
        return (r * libm.cos(im), r * libm.sin(im))
    return (im - im, im - im)


def c_log(fdt, re, im):
    if fdt is dt.float32_dtype:
        return cmathc.call(uf.LOG, True, re, im)
    return (libm.log(libm.hypot(re, im)), math.atan2(im, re))


def c_sqrt(fdt, re, im):
    """C99's csqrt as glibc computes it (in fdt's precision)."""
    if re == 0.0 and im == 0.0:
        return (0.0, im)
    if math.isinf(im):
        return (rfloat.INFINITY, im)
    if math.isinf(re):
        # C99 Annex G: -inf gives +-i*inf, +inf gives inf; a nan part
        # stays where the infinity does not go
        if re < 0.0:
            if math.isnan(im):
                return (im, rfloat.INFINITY)
            return (0.0, math.copysign(rfloat.INFINITY, im))
        if math.isnan(im):
            return (re, im)
        return (re, math.copysign(0.0, im))
    r = fdt.wrap_float
    t = r(math.sqrt(r(r(abs(re) + r(libm.hypot(re, im))) / 2.0)))
    if re >= 0.0:
        return (t, r(im / (2.0 * t)))
    return (r(abs(im) / (2.0 * t)), math.copysign(t, im))


def c_pow(fdt, ar, ai, br, bi):
    """NumPy's npy_cpow: small integer powers by repeated multiplication
    (a**1 is a, a**2 is a*a, so that inf parts give NumPy's inf/nan), the
    rest as exp(b * log(a)) with C99's multiplication."""
    if br == 0.0 and bi == 0.0:
        return (1.0, 0.0)
    if ar == 0.0 and ai == 0.0:
        if br > 0.0:        # NumPy 2's npy_cpow: any exponent with Re > 0
            return (0.0, 0.0)
        return (rfloat.NAN, rfloat.NAN)
    if bi == 0.0 and br == math.floor(br) and abs(br) < 100.0:
        n = int(br)
        if n == 1:
            return (ar, ai)
        if n == 2:
            return c_mul(fdt, ar, ai, ar, ai)
        if n == 3:
            sr, si = c_mul(fdt, ar, ai, ar, ai)
            return c_mul(fdt, ar, ai, sr, si)
        return c_powi(fdt, ar, ai, n)
    lr, li = c_log(fdt, ar, ai)
    er, ei = c_mul_c99(fdt, lr, li, br, bi)
    return c_exp(fdt, er, ei)


def c_powi(fdt, ar, ai, n):
    """a ** n for a small integer n, by squaring, as npy_cpow."""
    k = abs(n)
    rr, ri = 1.0, 0.0
    pr, pi = ar, ai
    while True:
        if k & 1:
            rr, ri = c_mul(fdt, rr, ri, pr, pi)
        k >>= 1
        if k == 0:
            break
        pr, pi = c_mul(fdt, pr, pi, pr, pi)
    if n < 0:
        return c_div(fdt, 1.0, 0.0, rr, ri)
    return (rr, ri)


def c_mul_c99(fdt, a, b, c, d):
    """C99's complex multiplication (Annex G, gcc's __muldc3 and
    __mulsc3, each operation in fdt): where the plain formula gives
    nan + nanj from an infinite operand, the result is recomputed with
    the infinities boxed, so it stays infinite."""
    r = fdt.wrap_float
    ac = r(a * c)
    bd = r(b * d)
    ad = r(a * d)
    bc = r(b * c)
    x = r(ac - bd)
    y = r(ad + bc)
    if not (math.isnan(x) and math.isnan(y)):
        return (x, y)
    recalc = False
    if math.isinf(a) or math.isinf(b):
        a = math.copysign(1.0 if math.isinf(a) else 0.0, a)
        b = math.copysign(1.0 if math.isinf(b) else 0.0, b)
        c = nan_to_zero(c)
        d = nan_to_zero(d)
        recalc = True
    if math.isinf(c) or math.isinf(d):
        c = math.copysign(1.0 if math.isinf(c) else 0.0, c)
        d = math.copysign(1.0 if math.isinf(d) else 0.0, d)
        a = nan_to_zero(a)
        b = nan_to_zero(b)
        recalc = True
    if not recalc and (math.isinf(ac) or math.isinf(bd) or
                       math.isinf(ad) or math.isinf(bc)):
        a = nan_to_zero(a)
        b = nan_to_zero(b)
        c = nan_to_zero(c)
        d = nan_to_zero(d)
        recalc = True
    if recalc:
        x = rfloat.INFINITY * (a * c - b * d)
        y = rfloat.INFINITY * (a * d + b * c)
    return (x, y)


def nan_to_zero(x):
    if math.isnan(x):
        return math.copysign(0.0, x)
    return x


def c_mul(fdt, ar, ai, br, bi):
    """C's complex multiplication formula, each operation in fdt (NumPy's
    scalar arithmetic, npy_cpow, the reductions over a whole array)."""
    r = fdt.wrap_float
    return (r(r(ar * br) - r(ai * bi)), r(r(ar * bi) + r(ai * br)))


def c_mul_fused(fdt, ar, ai, br, bi):
    """NumPy's element-wise complex multiply loops (multiply, square,
    cumprod): for float32 parts they use fused multiply-adds, so the
    first product of each part stays exact and the second is rounded (in
    float64 the plain formula)."""
    r = fdt.wrap_float
    return (r(ar * br - r(ai * bi)), r(ar * bi + r(ai * br)))


# ____________________________________________________________
# order

def c_lt(ar, ai, br, bi):
    """NumPy's CLT: a < b lexicographically, false for a NaN part."""
    return (ar < br and ai == ai and bi == bi) or (ar == br and ai < bi)


def c_ge(ar, ai, br, bi):
    """NumPy's CGE: a >= b lexicographically, false for a NaN part
    (NumPy's complex maximum and fmax pick with it)."""
    return (ar > br and ai == ai and bi == bi) or (ar == br and ai >= bi)


def c_le(ar, ai, br, bi):
    return (ar < br and ai == ai and bi == bi) or (ar == br and ai <= bi)


def c_isnan(re, im):
    return math.isnan(re) or math.isnan(im)


def c_sort_lt(ar, ai, br, bi):
    """NumPy's sort order: lexicographic, with NaNs last in the order
    R+Rj < R+nanj < nan+Rj < nan+nanj (the non-NaN parts break ties)."""
    if ar < br:
        return ai == ai or bi != bi
    if ar > br:
        return bi != bi and ai == ai
    if ar == br or (ar != ar and br != br):
        return ai < bi or (bi != bi and ai == ai)
    return br != br


def c_pick(op, ar, ai, br, bi):
    """maximum/minimum (a NaN in a wins, then b) and fmax/fmin (a NaN in
    b loses, then a), as NumPy's complex loops."""
    if op == uf.MAXIMUM or op == uf.MINIMUM:
        if c_isnan(ar, ai):
            return (ar, ai)
    elif c_isnan(br, bi):
        return (ar, ai)
    if op == uf.MAXIMUM or op == uf.FMAX:
        keep_a = c_ge(ar, ai, br, bi)
    else:
        keep_a = c_le(ar, ai, br, bi)
    return (ar, ai) if keep_a else (br, bi)


# ____________________________________________________________
# the kernels by op

def binop(op, fdt, ar, ai, br, bi, fused):
    """op(a, b) in fdt's precision (BINARY_ARITH); fused: the
    element-wise loop's multiply (c_mul_fused), else the scalars'
    (c_mul)."""
    if op == uf.ADD:
        return (ar + br, ai + bi)
    if op == uf.SUB:
        return (ar - br, ai - bi)
    if op == uf.MUL:
        if fused:
            return c_mul_fused(fdt, ar, ai, br, bi)
        return c_mul(fdt, ar, ai, br, bi)
    if op == uf.POW:
        return c_pow(fdt, ar, ai, br, bi)
    if op == uf.TRUEDIV:
        return c_div(fdt, ar, ai, br, bi)
    return c_pick(op, ar, ai, br, bi)


def compare(op, ar, ai, br, bi):
    """The comparisons and logical ops of NumPy's complex loops
    (BINARY_CMP)."""
    if op == uf.EQ:
        return ar == br and ai == bi
    if op == uf.NE:
        return not (ar == br and ai == bi)
    if op == uf.LT:
        return c_lt(ar, ai, br, bi)
    if op == uf.LE:
        return c_le(ar, ai, br, bi)
    if op == uf.GT:
        return c_lt(br, bi, ar, ai)
    if op == uf.GE:
        return c_ge(ar, ai, br, bi)
    a_true = ar != 0.0 or ai != 0.0
    b_true = br != 0.0 or bi != 0.0
    if op == uf.LOGICAL_AND:
        return a_true and b_true
    if op == uf.LOGICAL_OR:
        return a_true or b_true
    return a_true != b_true     # LOGICAL_XOR


def scalar_compare(op, ar, ai, br, bi):
    """NumPy's comparisons of complex scalars (scalarmath's PyArray_CLT
    and kin): the imaginary parts decide when the real parts are equal,
    else the real parts, without the NaN rule of the array loops."""
    if op == uf.EQ or op == uf.NE or ar == br:
        return compare(op, ar, ai, br, bi)
    if op == uf.LT or op == uf.LE:
        return ar < br
    return ar > br


# NumPy's nc_exp2: cexp of the argument times ln 2; nc_log2, nc_log10:
# clog times log2(e), log10(e)
LOGE2 = 0.693147180559945309417232121458176568
LOG2E = 1.442695040888963407359924681001892137
LOG10E = 0.434294481903251827651128918916605082


def unop(op, fdt, re, im):
    """op(z) in fdt's precision (UNARY_COMPLEX)."""
    if op == uf.NEG:
        return (-re, -im)
    if op == uf.POS:
        return (re, im)
    if op == uf.CONJ:
        return (re, -im)
    if op == uf.SQRT:
        return c_sqrt(fdt, re, im)
    if op == uf.EXP:
        return c_exp(fdt, re, im)
    if op == uf.LOG:
        return c_log(fdt, re, im)
    if op == uf.SQUARE:
        return c_mul_fused(fdt, re, im, re, im)
    if op == uf.RECIPROCAL:
        return c_reciprocal(fdt, re, im)
    r = fdt.wrap_float
    if op == uf.EXP2:
        return c_exp(fdt, r(re * r(LOGE2)), r(im * r(LOGE2)))
    if op == uf.LOG2 or op == uf.LOG10:
        factor = r(LOG2E if op == uf.LOG2 else LOG10E)
        lre, lim = c_log(fdt, re, im)
        return (lre * factor, lim * factor)
    if op == uf.LOG1P:      # NumPy's nc_log1p
        re1 = r(re + 1.0)
        return (libm.log(r(libm.hypot(re1, im))), math.atan2(im, re1))
    if op == uf.EXPM1:      # NumPy's nc_expm1
        half = r(libm.sin(r(im / 2.0)))
        return (r(r(libm.expm1(re)) * r(libm.cos(im))) - r(2.0 * half * half),
                r(libm.exp(re)) * r(libm.sin(im)))
    if op == uf.RINT:
        return (rint(re), rint(im))
    if op == uf.SIGN:
        return c_sign(fdt, re, im)
    # the trigonometric and hyperbolic functions and their inverses:
    # C99's (float versions for float32 parts), as NumPy calls them
    in_float = fdt is dt.float32_dtype
    if cmathc.has_function(op, in_float):
        return cmathc.call(op, in_float, re, im)
    assert False, "not a complex unop"


def rint(x):
    if rfloat.isfinite(x):
        return rfloat.round_double(x, 0, half_even=True)
    return x


def c_sign(fdt, re, im):
    """z / |z|, with C's hypot in fdt."""
    r = fdt.wrap_float
    size = r(libm.hypot(re, im))
    if size == 0.0:
        return (0.0, 0.0)
    if math.isinf(size):    # NumPy 2: the unit toward an infinite part
        if math.isinf(re) and math.isinf(im):
            return (rfloat.NAN, rfloat.NAN)
        if math.isinf(re):
            return (1.0 if re > 0.0 else -1.0, 0.0)
        return (0.0, 1.0 if im > 0.0 else -1.0)
    return (r(re / size), r(im / size))


def c_abs(fdt, re, im):
    """NumPy's complex absolute (its SIMD loop, for both precisions):
    larger * sqrt(ratio * ratio + 1), ratio = smaller / larger, the sum
    under the root one fused multiply-add; an inf part gives inf, then a
    nan part nan.  (C's hypot, which NumPy does not call, differs from it
    in the last bit for a third of all values and costs 20 ns.)"""
    re = abs(re)
    im = abs(im)
    if math.isinf(re) or math.isinf(im):
        return rfloat.INFINITY
    if math.isnan(re) or math.isnan(im):
        return rfloat.NAN
    # (selected by a mask, not a branch: a guard that half of random
    # values fail would send them through a bridge)
    im_larger = -int(im > re)
    larger = select(im_larger, im, re)
    if larger == 0.0:
        return 0.0
    r = fdt.wrap_float
    ratio = r(select(im_larger, re, im) / larger)
    if fdt is dt.float64_dtype:
        under_root = square_plus_one(ratio)
    else:       # float32: the product is exact in a double
        under_root = r(ratio * ratio + 1.0)
    return r(larger * r(sqrt_nonneg(under_root)))


def select(mask, x, y):
    """x where mask is all ones, y where it is zero, by the bits."""
    xbits = float2longlong(x)
    ybits = float2longlong(y)
    return longlong2float(ybits ^ ((xbits ^ ybits) & mask))


# Veltkamp's splitting constant for doubles: 2**27 + 1
SPLIT = 134217729.0


def square_plus_one(x):
    """fma(x, x, 1.0) for 0 <= x <= 1: 1 + x*x rounded once.  x*x is
    split into its rounded value p and exact error e (Dekker's product),
    1 + p into s and its exact error t; s + (t + e) then rounds as the
    exact sum does (t + e is far below half an ulp of s)."""
    p = x * x
    c = SPLIT * x
    high = c - (c - x)
    low = x - high
    e = ((high * high - p) + 2.0 * high * low) + low * low
    s = 1.0 + p
    t = (1.0 - s) + p
    return s + (t + e)


def test(op, re, im):
    """The tests (UNARY_BOOL) of a complex value."""
    if op == uf.ISNAN:
        return math.isnan(re) or math.isnan(im)
    if op == uf.ISINF:
        return math.isinf(re) or math.isinf(im)
    if op == uf.LOGICAL_NOT:
        return re == 0.0 and im == 0.0
    return rfloat.isfinite(re) and rfloat.isfinite(im)
