"""complex64 and complex128 arithmetic, computed eagerly: the lazy
expression code (lazy.py, signature.py, loop.py) handles only integers and
floats, so any ufunc with a complex operand or result comes here and runs
as a plain loop over the elements, reading each complex element as its two
float halves.  The kernels take `fdt`, the float dtype of the result's
parts: complex64's loops compute in float32, so its arithmetic rounds
there after each operation (fdt.wrap_float) as NumPy's does; functions of
libm are computed in float64 and rounded once, on the write."""

import math
from rpython.rlib import rfloat
from pypy.objspace import libm
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy import cmathc
from pypy.module.micronumpy import ufuncs as uf
from pypy.module.micronumpy.concrete import W_ConcreteArray, new_array
from pypy.module.micronumpy.ndarray import W_NDArray
from pypy.module.micronumpy.strides import broadcast_strides, \
    odometer_offsets, shape_size


def read_c(dtype, storage, offset):
    """Element at offset of any dtype as (real, imag)."""
    if dtype.is_complex():
        return (dtype.read_float(storage, offset),
                dtype.read_imag(storage, offset))
    if dtype.is_float():
        return (dtype.read_float(storage, offset), 0.0)
    return (dtype.int_to_float(dtype.read_int(storage, offset)), 0.0)


def write_c(dtype, storage, offset, re, im):
    """Store (re, im) into an element of any dtype (the real part for
    real dtypes, as NumPy's cast with a ComplexWarning)."""
    if dtype.is_complex():
        dtype.write_float(storage, offset, re)
        dtype.write_imag(storage, offset, im)
    elif dtype.is_float():
        dtype.write_float(storage, offset, dtype.wrap_float(re))
    elif dtype.kind == dt.KIND_BOOL:
        dtype.write_int(storage, offset, int(re != 0.0 or im != 0.0))
    else:
        dtype.write_int(storage, offset, dtype.int_from_float(re))


def concrete(space, w_arr):
    w_conc = w_arr.get_concrete(space)
    assert isinstance(w_conc, W_ConcreteArray)
    return w_conc


def broadcast_offsets(w_arr, shape):
    """Offsets of w_arr's elements, broadcast to shape, in C order."""
    strides = broadcast_strides(w_arr.shape, w_arr.strides, shape)
    return odometer_offsets(shape, strides, w_arr.start)


class Values(object):
    """An operand's values as two float lists (or one constant)."""

    def __init__(self, res, ims, const_re, const_im, is_const):
        self.res = res
        self.ims = ims
        self.const_re = const_re
        self.const_im = const_im
        self.is_const = is_const

    def get(self, k):
        if self.is_const:
            return (self.const_re, self.const_im)
        return (self.res[k], self.ims[k])


def values_of_array(space, w_arr, shape):
    w_conc = concrete(space, w_arr)
    offsets = broadcast_offsets(w_conc, shape)
    n = len(offsets)
    res = [0.0] * n
    ims = [0.0] * n
    dtype = w_conc.dtype
    for k in range(n):
        re, im = read_c(dtype, w_conc.storage, offsets[k])
        res[k] = re
        ims[k] = im
    return Values(res, ims, 0.0, 0.0, False)


def values_of_operand(space, operand, shape, fdt):
    """The operand's values; a scalar is first cast to parts of the float
    dtype fdt (a Python 0.1 with complex64 is float32's 0.1)."""
    if operand.w_array is not None:
        return values_of_array(space, operand.w_array, shape)
    if operand.dtype.is_float():
        re = operand.floatval
    else:
        re = operand.dtype.int_to_float(operand.intval)
    return Values(None, None, fdt.wrap_float(re),
                  fdt.wrap_float(operand.imagval), True)


# ____________________________________________________________
# scalar kernels

def c_div(fdt, ar, ai, br, bi):
    """NumPy's complex division (its loop and npymath's cdiv): Smith's
    algorithm, scaled by the larger part of the divisor (float_div: C's
    division, inf or nan for a zero divisor), each step rounded to fdt."""
    from pypy.module.micronumpy.ufuncs import float_div
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
    from pypy.module.micronumpy.ufuncs import float_div
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
        return cmathc.call('exp', True, re, im)
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
        return cmathc.call('log', True, re, im)
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


def c_lt(ar, ai, br, bi):
    """NumPy's CLT: a < b lexicographically, false for a NaN part."""
    return (ar < br and ai == ai and bi == bi) or (ar == br and ai < bi)


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


BINARY_ARITH = ['add', 'subtract', 'multiply', 'true_divide', 'divide',
                'power', 'maximum', 'minimum', 'fmax', 'fmin']
BINARY_CMP = ['equal', 'not_equal', 'less', 'less_equal', 'greater',
              'greater_equal', 'logical_and', 'logical_or', 'logical_xor']


def c_ge(ar, ai, br, bi):
    """NumPy's CGE: a >= b lexicographically, false for a NaN part
    (NumPy's complex maximum and fmax pick with it)."""
    return (ar > br and ai == ai and bi == bi) or (ar == br and ai >= bi)


def c_le(ar, ai, br, bi):
    return (ar < br and ai == ai and bi == bi) or (ar == br and ai <= bi)


def c_pick(name, ar, ai, br, bi):
    """maximum/minimum (a NaN in a wins, then b) and fmax/fmin (a NaN in
    b loses, then a), as NumPy's complex loops."""
    if name == 'maximum' or name == 'minimum':
        if c_isnan(ar, ai):
            return (ar, ai)
        if name == 'maximum':
            keep_a = c_ge(ar, ai, br, bi)
        else:
            keep_a = c_le(ar, ai, br, bi)
        return (ar, ai) if keep_a else (br, bi)
    if c_isnan(br, bi):
        return (ar, ai)
    if name == 'fmax':
        keep_a = c_ge(ar, ai, br, bi)
    else:
        keep_a = c_le(ar, ai, br, bi)
    return (ar, ai) if keep_a else (br, bi)


def binary_kernel(fdt, name, ar, ai, br, bi, fused):
    """name(a, b) in fdt's precision; fused: the element-wise loop's
    multiply (c_mul_fused), else the scalars' (c_mul)."""
    if name == 'add':
        return (ar + br, ai + bi)
    if name == 'subtract':
        return (ar - br, ai - bi)
    if name == 'multiply':
        if fused:
            return c_mul_fused(fdt, ar, ai, br, bi)
        return c_mul(fdt, ar, ai, br, bi)
    if name == 'power':
        return c_pow(fdt, ar, ai, br, bi)
    if name == 'true_divide' or name == 'divide':
        return c_div(fdt, ar, ai, br, bi)
    return c_pick(name, ar, ai, br, bi)


def scalar_cmp(name, ar, ai, br, bi):
    """NumPy's comparisons of complex scalars (scalarmath's PyArray_CLT
    and kin): the imaginary parts decide when the real parts are equal,
    else the real parts, without the NaN rule of the array loops."""
    if name == 'equal' or name == 'not_equal' or ar == br:
        return cmp_kernel(name, ar, ai, br, bi)
    if name == 'less' or name == 'less_equal':
        return ar < br
    return ar > br


def cmp_kernel(name, ar, ai, br, bi):
    if name == 'equal':
        return ar == br and ai == bi
    if name == 'not_equal':
        return not (ar == br and ai == bi)
    if name == 'less':
        return c_lt(ar, ai, br, bi)
    if name == 'less_equal':
        return c_le(ar, ai, br, bi)
    if name == 'greater':
        return c_lt(br, bi, ar, ai)
    if name == 'greater_equal':
        return c_ge(ar, ai, br, bi)
    a_true = ar != 0.0 or ai != 0.0
    b_true = br != 0.0 or bi != 0.0
    if name == 'logical_and':
        return a_true and b_true
    if name == 'logical_or':
        return a_true or b_true
    return a_true != b_true     # logical_xor


def binary(space, name, cdt, a, b, shape):
    """name(a, b) for two Operands that promote to the complex dtype cdt:
    a new array."""
    is_cmp = name in BINARY_CMP
    if not is_cmp and name not in BINARY_ARITH:
        raise uf.not_supported(space, name)
    fdt = dt.real_part(cdt)
    va = values_of_operand(space, a, shape, fdt)
    vb = values_of_operand(space, b, shape, fdt)
    size = shape_size(shape)
    if is_cmp:
        w_res = new_array(space, shape, dt.bool_dtype)
        for k in range(size):
            ar, ai = va.get(k)
            br, bi = vb.get(k)
            dt.bool_dtype.write_int(w_res.storage, k,
                                    int(cmp_kernel(name, ar, ai, br, bi)))
        return w_res
    w_res = new_array(space, shape, cdt)
    for k in range(size):
        ar, ai = va.get(k)
        br, bi = vb.get(k)
        re, im = binary_kernel(fdt, name, ar, ai, br, bi, True)
        write_c(cdt, w_res.storage, k * cdt.itemsize, re, im)
    return w_res


def scalar_binary(space, name, cdt, a, b):
    """name(a, b) of two scalar Operands that promote to the complex dtype
    cdt, as NumPy's scalar arithmetic computes it: a NumPy scalar."""
    from pypy.module.micronumpy import boxes
    fdt = dt.real_part(cdt)
    ar, ai = values_of_operand(space, a, [], fdt).get(0)
    br, bi = values_of_operand(space, b, [], fdt).get(0)
    if name in BINARY_CMP:
        return boxes.box_int(space, dt.bool_dtype,
                             int(cmp_kernel(name, ar, ai, br, bi)))
    if name not in BINARY_ARITH:
        raise uf.not_supported(space, name)
    re, im = binary_kernel(fdt, name, ar, ai, br, bi, False)
    return boxes.W_ComplexBox(fdt.wrap_float(re), fdt.wrap_float(im), cdt)


UNARY_COMPLEX = ['negative', 'positive', 'conjugate', 'sqrt', 'exp', 'log',
                 'square', 'reciprocal', 'exp2', 'arcsin', 'arccos',
                 'arctan', 'arcsinh', 'arccosh', 'arctanh', 'sin', 'cos',
                 'tan', 'sinh', 'cosh', 'tanh', 'log2', 'log10', 'log1p',
                 'expm1', 'rint', 'sign']
UNARY_REAL = ['absolute']
UNARY_BOOL = ['isnan', 'isfinite', 'isinf', 'logical_not']
# NumPy's nc_exp2: cexp of the argument times ln 2; nc_log2, nc_log10:
# clog times log2(e), log10(e)
LOGE2 = 0.693147180559945309417232121458176568
LOG2E = 1.442695040888963407359924681001892137
LOG10E = 0.434294481903251827651128918916605082


def unary_kernel(fdt, name, re, im):
    if name == 'negative':
        return (-re, -im)
    if name == 'conjugate':
        return (re, -im)
    if name == 'sqrt':
        return c_sqrt(fdt, re, im)
    if name == 'exp':
        return c_exp(fdt, re, im)
    if name == 'log':
        return c_log(fdt, re, im)
    if name == 'square':
        return c_mul_fused(fdt, re, im, re, im)
    if name == 'reciprocal':
        return c_reciprocal(fdt, re, im)
    r = fdt.wrap_float
    if name == 'exp2':
        return c_exp(fdt, r(re * r(LOGE2)), r(im * r(LOGE2)))
    if name == 'log2' or name == 'log10':
        factor = r(LOG2E if name == 'log2' else LOG10E)
        lre, lim = c_log(fdt, re, im)
        return (lre * factor, lim * factor)
    if name == 'log1p':     # NumPy's nc_log1p
        re1 = r(re + 1.0)
        return (libm.log(r(libm.hypot(re1, im))), math.atan2(im, re1))
    if name == 'expm1':     # NumPy's nc_expm1
        half = r(libm.sin(r(im / 2.0)))
        return (r(r(libm.expm1(re)) * r(libm.cos(im))) - r(2.0 * half * half),
                r(libm.exp(re)) * r(libm.sin(im)))
    if name == 'rint':
        return (rfloat.round_double(re, 0, half_even=True) if
                rfloat.isfinite(re) else re,
                rfloat.round_double(im, 0, half_even=True) if
                rfloat.isfinite(im) else im)
    if name == 'sign':      # z / |z|, with C's hypot in fdt
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
    return c_library(fdt, name, re, im)


def c_library(fdt, name, re, im):
    """The trigonometric and hyperbolic functions and their inverses:
    C99's (float versions for float32 parts), as NumPy calls them; other
    names are the identity (positive)."""
    in_float = fdt is dt.float32_dtype
    if cmathc.has_function(name, in_float):
        return cmathc.call(name, in_float, re, im)
    return (re, im)


def c_abs(fdt, re, im):
    """NumPy's complex absolute: C's hypot for complex128; for complex64
    its SIMD loop's larger * sqrt(ratio * ratio + 1) (a fused multiply-add
    under the root), ratio = smaller / larger, an inf part giving inf and
    then a nan part nan."""
    if fdt is dt.float64_dtype:
        return libm.hypot(re, im)
    re = abs(re)
    im = abs(im)
    if math.isinf(re) or math.isinf(im):
        return rfloat.INFINITY
    if math.isnan(re) or math.isnan(im):
        return rfloat.NAN
    larger = max(re, im)
    if larger == 0.0:
        return 0.0
    ratio = fdt.wrap_float(min(re, im) / larger)
    return fdt.wrap_float(larger * fdt.wrap_float(math.sqrt(
        fdt.wrap_float(ratio * ratio + 1.0))))


def bool_kernel(name, re, im):
    if name == 'isnan':
        return math.isnan(re) or math.isnan(im)
    if name == 'isinf':
        return math.isinf(re) or math.isinf(im)
    if name == 'logical_not':
        return re == 0.0 and im == 0.0
    return rfloat.isfinite(re) and rfloat.isfinite(im)


def unary(space, name, cdt, a):
    """name(a) for an Operand of the complex dtype cdt: a new array."""
    shape = a.w_array.shape if a.w_array is not None else []
    fdt = dt.real_part(cdt)
    va = values_of_operand(space, a, shape, fdt)
    size = shape_size(shape)
    if name in UNARY_BOOL:
        w_res = new_array(space, shape, dt.bool_dtype)
        for k in range(size):
            re, im = va.get(k)
            dt.bool_dtype.write_int(w_res.storage, k,
                                    int(bool_kernel(name, re, im)))
        return w_res
    if name in UNARY_REAL:
        w_res = new_array(space, shape, fdt)
        for k in range(size):
            re, im = va.get(k)
            fdt.write_float(w_res.storage, k * fdt.itemsize,
                            c_abs(fdt, re, im))
        return w_res
    if name not in UNARY_COMPLEX:
        raise uf.not_supported(space, name)
    w_res = new_array(space, shape, cdt)
    for k in range(size):
        re, im = va.get(k)
        re, im = unary_kernel(fdt, name, re, im)
        write_c(cdt, w_res.storage, k * cdt.itemsize, re, im)
    return w_res


# ____________________________________________________________
# assignment

def needs_complex_assign(w_dest, w_source):
    from pypy.objspace.complexobject import W_ComplexObject
    if w_dest.dtype.is_complex():
        return True
    if isinstance(w_source, W_NDArray):
        return w_source.dtype.is_complex()
    return isinstance(w_source, W_ComplexObject)


def assign(space, w_dest, w_source):
    """w_dest[...] = w_source when either side is complex."""
    from pypy.module.micronumpy.ufuncs_app import convert_operand
    from pypy.module.micronumpy.loop import check_broadcast_to
    operand = convert_operand(space, w_source)
    if operand is None:
        from pypy.module.micronumpy.ctors import array_from_w
        operand = convert_operand(space, array_from_w(space, w_source, None))
        assert operand is not None
    if operand.w_array is not None:
        check_broadcast_to(space, operand.w_array.shape, w_dest.shape)
    shape = w_dest.shape
    values = values_of_operand(space, operand, shape, dt.float64_dtype)
    offsets = broadcast_offsets(w_dest, shape)
    dtype = w_dest.dtype
    for k in range(len(offsets)):
        re, im = values.get(k)
        write_c(dtype, w_dest.storage, offsets[k], re, im)


# ____________________________________________________________
# reductions, cumulative sums, dot

def reduce_complex(space, name, w_arr):
    """The reduction `name` of all elements of a complex array, as a
    NumPy scalar (the sequential loops NumPy runs for complex)."""
    from pypy.module.micronumpy import boxes
    w_conc = concrete(space, w_arr)
    values = values_of_array(space, w_conc, w_conc.shape)
    n = len(values.res)
    if n == 0 and name not in ('sum', 'prod', 'mean'):
        # no identity: the float path raises NumPy's error for the name
        from pypy.module.micronumpy.reductions import reduce_flat
        return reduce_flat(space, name, real_view(space, w_conc, False),
                           None)
    if name == 'argmax' or name == 'argmin':
        return boxes.box_int(space, dt.int64_dtype,
                             best_index(values, name == 'argmax'))
    cdt = w_conc.dtype
    fdt = dt.real_part(cdt)
    if name == 'max' or name == 'min':
        k = best_index(values, name == 'max')
        return boxes.W_ComplexBox(values.res[k], values.ims[k], cdt)
    if name == 'prod':
        rr, ri = 1.0, 0.0
        if n > 0:
            rr, ri = values.res[0], values.ims[0]
        for k in range(1, n):
            rr, ri = c_mul(fdt, rr, ri, values.res[k], values.ims[k])
    else:
        rr, ri = 0.0, 0.0
        for k in range(n):
            rr = fdt.wrap_float(rr + values.res[k])
            ri = fdt.wrap_float(ri + values.ims[k])
        if name == 'mean':
            return complex_mean(cdt, rr, ri, n)
    return boxes.W_ComplexBox(rr, ri, cdt)


def complex_mean(cdt, re, im, n):
    """NumPy's mean from the sum: divided by the count, an intp, with the
    complex division in complex128 (a complex64 sum too), then cast back
    (nan+nanj for no elements)."""
    from pypy.module.micronumpy import boxes
    if n == 0:
        return boxes.W_ComplexBox(rfloat.NAN, rfloat.NAN, cdt)
    fdt = dt.real_part(cdt)
    re, im = c_div(dt.float64_dtype, re, im, float(n), 0.0)
    return boxes.W_ComplexBox(fdt.wrap_float(re), fdt.wrap_float(im), cdt)


def best_index(values, is_max):
    """NumPy's argmax/argmin of complex values (nonempty): lexicographic,
    the first of equal values, and the first NaN (in either part) wins.
    max/min are the values there, as NumPy's maximum/minimum reduce."""
    br, bi = values.res[0], values.ims[0]
    if c_isnan(br, bi):
        return 0
    best = 0
    for k in range(1, len(values.res)):
        xr, xi = values.res[k], values.ims[k]
        if c_isnan(xr, xi):
            return k
        if c_lt(br, bi, xr, xi) if is_max else c_lt(xr, xi, br, bi):
            best = k
            br, bi = xr, xi
    return best


def abs2(space, w_arr):
    """|x|**2 of each element as an array of the parts' dtype, computed as
    NumPy's var does, (x * conj(x)).real."""
    w_conc = concrete(space, w_arr)
    values = values_of_array(space, w_conc, w_conc.shape)
    fdt = dt.real_part(w_conc.dtype)
    w_res = new_array(space, w_conc.shape[:], fdt)
    for k in range(len(values.res)):
        re, im = values.res[k], values.ims[k]
        fdt.write_float(w_res.storage, k * fdt.itemsize,
                        c_mul_fused(fdt, re, im, re, -im)[0])
    return w_res


def accumulate_lane(dtype, storage, offset, stride, n, is_prod):
    """cumsum/cumprod in place along one lane of a complex array (starting
    from the first element, as NumPy does: no 0 + x or 1 * x)."""
    if n == 0:
        return
    rr = dtype.read_float(storage, offset)
    ri = dtype.read_imag(storage, offset)
    for i in range(1, n):
        pos = offset + i * stride
        xr = dtype.read_float(storage, pos)
        xi = dtype.read_imag(storage, pos)
        if is_prod:
            rr, ri = c_mul_fused(dt.real_part(dtype), rr, ri, xr, xi)
        else:
            rr = dtype.wrap_float(rr + xr)
            ri = dtype.wrap_float(ri + xi)
        dtype.write_float(storage, pos, rr)
        dtype.write_imag(storage, pos, ri)


def dot_lane(a_dtype, a_storage, a_pos, a_step, b_dtype, b_storage, b_pos,
             b_step, n):
    """sum(a[k] * b[k]) over two strided lanes of any dtypes, as
    (real, imag): one element of a complex dot product."""
    rr, ri = 0.0, 0.0
    for k in range(n):
        ar, ai = read_c(a_dtype, a_storage, a_pos + k * a_step)
        br, bi = read_c(b_dtype, b_storage, b_pos + k * b_step)
        pr, pi = c_mul(dt.float64_dtype, ar, ai, br, bi)
        rr += pr
        ri += pi
    return (rr, ri)


def real_view(space, w_arr, imag):
    """a.real / a.imag of a complex array: views of its parts' dtype."""
    w_conc = concrete(space, w_arr)
    w_base = w_conc.w_base if w_conc.w_base is not None else w_conc
    fdt = dt.real_part(w_conc.dtype)
    return W_ConcreteArray(w_conc.shape[:], fdt, w_conc.buffer,
                           w_conc.start + (fdt.itemsize if imag else 0),
                           w_conc.strides[:], w_base)

