"""Element-wise operations: the scalar kernels every ufunc runs per element
(op numbers are JIT constants, so each `if op == ...` chain folds to one
operation), and the app-level ufunc objects (np.add, ...)."""

import math
from rpython.rlib import rfloat
from rpython.rlib.objectmodel import specialize
from rpython.rlib.unroll import unrolling_iterable
from rpython.rtyper.lltypesystem.module.ll_math import sqrt_nonneg
from rpython.rlib.rarithmetic import r_uint, intmask, r_singlefloat, \
    ovfcheck
from rpython.rlib.longlong2float import float2longlong, longlong2float
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy import fpflags
from pypy.module.micronumpy.half import half_nextafter, half_spacing
from pypy.objspace import libm
from pypy.objspace.floatdivmod import divmod_nonzero

# binary ops
ADD, SUB, MUL, TRUEDIV, FLOORDIV, MOD, POW, MAXIMUM, MINIMUM, FMAX, FMIN, \
    ARCTAN2, BIT_AND, BIT_OR, BIT_XOR, LSHIFT, RSHIFT, LOGICAL_AND, \
    LOGICAL_OR, LOGICAL_XOR, EQ, NE, LT, LE, GT, GE, HYPOT, COPYSIGN, \
    LOGADDEXP, LOGADDEXP2, NEXTAFTER, FMOD, GCD, LCM, LDEXP, \
    HEAVISIDE = range(36)
# unary ops
NEG, POS, ABS, SQRT, SQUARE, EXP, LOG, LOG2, LOG10, SIN, COS, TAN, ARCSIN, \
    ARCCOS, ARCTAN, SINH, COSH, TANH, FLOOR, CEIL, TRUNC, RINT, SIGN, ISNAN, \
    ISINF, ISFINITE, LOGICAL_NOT, INVERT, CAST, RECIPROCAL, EXPM1, LOG1P, \
    EXP2, CBRT, ARCSINH, ARCCOSH, ARCTANH, DEG2RAD, RAD2DEG, FABS, \
    CONJ, SIGNBIT, SPACING, FREXP_MANTISSA, FREXP_EXPONENT, MODF_FRACTION, \
    MODF_INTEGRAL = range(47)
# op + F32: the op's float32 kernel, for the ops where NumPy computes in
# float32 with C's float functions (expm1f, ...) where we would compute in
# float64 and round (different bits); see op_for
F32 = 100
F16 = 200       # op + F16: the op's float16 kernel (F16_BINARY, F16_UNARY)
F32_UNARY = [EXPM1, LOG1P, EXP2, CBRT, ARCSINH, ARCCOSH, ARCTANH, DEG2RAD,
             RAD2DEG, SPACING]
# (float16's ldexp is NumPy's too: ldexpf, rounded to float16)
F32_BINARY = [LOGADDEXP, LOGADDEXP2, NEXTAFTER, FLOORDIV, MOD, LDEXP]
F16_BINARY = [NEXTAFTER]      # (float32's step is no float16's)
F16_UNARY = [SPACING]

# (name, op, kind), the first name of an op being NumPy's (the name in
# its error messages; ufuncs_app.make_ufuncs adds the aliases): kind 'arith' keeps the promoted type, 'cmp' and
# 'logic' give bool, 'truediv' gives a float, 'bit' is for integers only,
# 'float' computes integers as floats, 'float64' computes all in float64,
# 'int' takes integers only, 'ldexp' takes a float (or an integer computed
# as one) and an integer exponent
BINARY_UFUNCS = [
    ('add', ADD, 'arith'), ('subtract', SUB, 'arith'),
    ('multiply', MUL, 'arith'), ('divide', TRUEDIV, 'truediv'),
    ('floor_divide', FLOORDIV, 'arith'), ('remainder', MOD, 'arith'),
    ('fmod', FMOD, 'arith'),
    ('power', POW, 'arith'), ('maximum', MAXIMUM, 'arith'),
    ('minimum', MINIMUM, 'arith'), ('fmax', FMAX, 'arith'),
    ('fmin', FMIN, 'arith'), ('arctan2', ARCTAN2, 'float'),
    ('bitwise_and', BIT_AND, 'bit'), ('bitwise_or', BIT_OR, 'bit'),
    ('bitwise_xor', BIT_XOR, 'bit'), ('left_shift', LSHIFT, 'bit'),
    ('right_shift', RSHIFT, 'bit'), ('logical_and', LOGICAL_AND, 'logic'),
    ('logical_or', LOGICAL_OR, 'logic'), ('logical_xor', LOGICAL_XOR, 'logic'),
    ('equal', EQ, 'cmp'), ('not_equal', NE, 'cmp'), ('less', LT, 'cmp'),
    ('less_equal', LE, 'cmp'), ('greater', GT, 'cmp'),
    ('greater_equal', GE, 'cmp'), ('hypot', HYPOT, 'float'),
    ('copysign', COPYSIGN, 'float'), ('logaddexp', LOGADDEXP, 'float'),
    ('logaddexp2', LOGADDEXP2, 'float'), ('nextafter', NEXTAFTER, 'float'),
    ('float_power', POW, 'float64'), ('gcd', GCD, 'int'),
    ('lcm', LCM, 'int'), ('ldexp', LDEXP, 'ldexp'),
    ('heaviside', HEAVISIDE, 'float'),
]

UNARY_UFUNCS = [
    ('negative', NEG, 'arith'), ('positive', POS, 'arith'),
    ('absolute', ABS, 'arith'), ('sqrt', SQRT, 'float'),
    ('square', SQUARE, 'arith'), ('exp', EXP, 'float'),
    ('log', LOG, 'float'), ('log2', LOG2, 'float'),
    ('log10', LOG10, 'float'), ('sin', SIN, 'float'), ('cos', COS, 'float'),
    ('tan', TAN, 'float'), ('arcsin', ARCSIN, 'float'),
    ('arccos', ARCCOS, 'float'), ('arctan', ARCTAN, 'float'),
    ('sinh', SINH, 'float'), ('cosh', COSH, 'float'), ('tanh', TANH, 'float'),
    ('floor', FLOOR, 'float'), ('ceil', CEIL, 'float'),
    ('trunc', TRUNC, 'float'), ('rint', RINT, 'float'),
    ('sign', SIGN, 'arith'), ('isnan', ISNAN, 'test'),
    ('isinf', ISINF, 'test'), ('isfinite', ISFINITE, 'test'),
    ('logical_not', LOGICAL_NOT, 'test'), ('invert', INVERT, 'bit'),
    ('reciprocal', RECIPROCAL, 'arith'), ('expm1', EXPM1, 'float'),
    ('log1p', LOG1P, 'float'), ('exp2', EXP2, 'float'),
    ('cbrt', CBRT, 'float'), ('arcsinh', ARCSINH, 'float'),
    ('arccosh', ARCCOSH, 'float'), ('arctanh', ARCTANH, 'float'),
    ('deg2rad', DEG2RAD, 'float'), ('radians', DEG2RAD, 'float'),
    ('rad2deg', RAD2DEG, 'float'), ('degrees', RAD2DEG, 'float'),
    ('fabs', FABS, 'float'), ('conjugate', CONJ, 'arith'),
    ('signbit', SIGNBIT, 'test'), ('spacing', SPACING, 'float'),
]

# (name, op of the first output, op of the second, kind): ufuncs with
# two outputs, each output computed by its own op
UNARY_TWO_OUTPUT_UFUNCS = [
    ('frexp', FREXP_MANTISSA, FREXP_EXPONENT, 'float'),
    ('modf', MODF_FRACTION, MODF_INTEGRAL, 'float'),
]
BINARY_TWO_OUTPUT_UFUNCS = [('divmod', FLOORDIV, MOD, 'arith')]


def ufunc_name(op, ufuncs):
    """NumPy's name of the ufunc computing op (a kernel op: F32 and F16
    ones too), from BINARY_UFUNCS or UNARY_UFUNCS (a unary op may also be
    an output of UNARY_TWO_OUTPUT_UFUNCS)."""
    op = op % F32
    for name, uop, kind in ufuncs:
        if uop == op:
            return name
    for name, op1, op2, kind in UNARY_TWO_OUTPUT_UFUNCS:
        if ufuncs is UNARY_UFUNCS and (op1 == op or op2 == op):
            return name
    return 'cast'


def binary_result_dtypes(space, name, kind, dtype):
    """(dtype to compute in, result dtype) for a binary ufunc whose inputs
    promote to `dtype`."""
    if kind == 'cmp' or kind == 'logic':
        return dtype, dt.bool_dtype
    if kind == 'float64':
        return dt.float64_dtype, dt.float64_dtype
    if dtype.is_float():
        if kind == 'truediv' or kind == 'float':
            return dtype, dtype
    elif kind == 'truediv':
        return dt.float64_dtype, dt.float64_dtype
    elif kind == 'float':
        return float_for_int(dtype), float_for_int(dtype)
    if kind == 'bit':
        if dtype.kind == dt.KIND_BOOL and name in ('left_shift',
                                                   'right_shift'):
            return dt.int8_dtype, dt.int8_dtype
        if dtype.is_float():
            raise not_supported(space, name)
        return dtype, dtype
    if dtype.kind == dt.KIND_BOOL and name in ('subtract', 'negative'):
        raise space.error(space.w_TypeError,
                          "numpy boolean subtract, the `-` operator, is not "
                          "supported, use the bitwise_xor, the `^` operator, "
                          "or the logical_xor function instead.")
    if dtype.kind == dt.KIND_BOOL and name in ('add', 'multiply', 'maximum',
                                               'minimum', 'fmax', 'fmin'):
        return dtype, dtype
    if dtype.kind == dt.KIND_BOOL:
        return dt.int8_dtype, dt.int8_dtype
    return dtype, dtype


def not_supported(space, name):
    """NumPy's TypeError for a ufunc without a loop for the inputs' type
    (a bitwise one on floats)."""
    return space.error(space.w_TypeError,
                       "ufunc '%s' not supported for the input types, and "
                       "the inputs could not be safely coerced to any "
                       "supported types according to the casting rule "
                       "''safe''" % name)


def no_loop(space, name, operands):
    """NumPy's error for a ufunc without a loop for its operands' DType
    classes (a list of (dtype, weak)), as the integer-only gcd gives for
    floats and bools."""
    return space.error(space.w_UFuncNoLoopError,
                       "ufunc '%s' did not contain a loop with signature "
                       "matching types (%s) -> None" % (name, ', '.join([
                           "<class 'numpy.dtypes.%s'>" % dtype_class_name(
                               dtype, weak) for dtype, weak in operands])))


def dtype_class_name(dtype, weak):
    """The name of a dtype's class in numpy.dtypes (Int8DType...), or of
    the abstract one of a Python int, float or complex."""
    if weak and dtype.kind != dt.KIND_BOOL:
        return ['', '_PyLongDType', '_PyFloatDType',
                '_PyComplexDType'][dt.kind_rank(dtype.kind)]
    name = dtype.name
    if name.startswith('uint'):
        return 'UInt' + name[4:] + 'DType'
    return name[:1].upper() + name[1:] + 'DType'


def float_for_int(dtype):
    """The float type NumPy computes a float-only ufunc (sqrt, sin...) in
    for integer inputs: the smallest that holds every value exactly
    (float16 for 1-byte inputs, float32 for 2-byte ones)."""
    return dt.float_dtype_of_size(min(8, dtype.itemsize * 2))


def unary_result_dtypes(space, name, kind, dtype):
    if kind == 'test':
        return dtype, dt.bool_dtype
    if kind == 'float':
        if dtype.is_float():
            return dtype, dtype
        if name == 'floor' or name == 'ceil' or name == 'trunc':
            return dtype, dtype     # NumPy 2: integers stay integers
        return float_for_int(dtype), float_for_int(dtype)
    if kind == 'bit' and dtype.is_float():
        raise not_supported(space, name)
    if dtype.kind == dt.KIND_BOOL and name == 'negative':
        raise space.error(space.w_TypeError,
                          "The numpy boolean negative, the `-` operator, is "
                          "not supported, use the `~` operator or the "
                          "logical_not function instead.")
    if dtype.kind == dt.KIND_BOOL and name in ('sign', 'positive'):
        raise space.error(space.w_UFuncNoLoopError,
                          "ufunc '%s' did not contain a loop with signature "
                          "matching types <class 'numpy.dtypes.BoolDType'> "
                          "-> None" % name)
    if dtype.kind == dt.KIND_BOOL and name in ('square', 'reciprocal',
                                               'conjugate'):
        return dt.int8_dtype, dt.int8_dtype
    return dtype, dtype


# ____________________________________________________________
# scalar kernels

def float_binop(op, x, y):
    if op == ADD:
        return x + y
    if op == SUB:
        return x - y
    if op == MUL:
        return x * y
    if op == TRUEDIV:
        return float_div(x, y)
    if op == FLOORDIV:
        return float_floordiv(x, y, False)
    if op == MOD:
        return float_mod(x, y, False)
    if op == FLOORDIV + F32:
        return float_floordiv(x, y, True)
    if op == MOD + F32:
        return float_mod(x, y, True)
    if op == FMOD:
        return libm.fmod(x, y)
    if op == POW:
        return float_pow(x, y)
    if op == MAXIMUM:
        if math.isnan(x) or x >= y:
            return x
        return y
    if op == MINIMUM:
        if math.isnan(x) or x <= y:
            return x
        return y
    if op == FMAX:
        if math.isnan(y) or x >= y:
            return x
        return y
    if op == FMIN:
        if math.isnan(y) or x <= y:
            return x
        return y
    if op == ARCTAN2:
        return math.atan2(x, y)
    if op == HYPOT:
        return libm.hypot(x, y)
    if op == COPYSIGN:
        return libm.copysign(x, y)
    if op == LOGADDEXP:
        return logaddexp(x, y, False, False)
    if op == LOGADDEXP2:
        return logaddexp(x, y, True, False)
    if op == NEXTAFTER:
        return libm.nextafter(x, y)
    if op == LOGADDEXP + F32:
        return logaddexp(x, y, False, True)
    if op == LOGADDEXP2 + F32:
        return logaddexp(x, y, True, True)
    if op == NEXTAFTER + F32:
        return libm.nextafterf(x, y)
    if op == NEXTAFTER + F16:
        return half_nextafter(x, y)
    if op == LDEXP:
        return libm.ldexp(x, c_int_exponent(y))
    if op == LDEXP + F32:
        return libm.ldexpf(x, c_int_exponent(y))
    if op == HEAVISIDE:
        if math.isnan(x):
            return rfloat.NAN
        if x == 0.0:
            return y
        return 0.0 if x < 0.0 else 1.0
    assert False, "not a float binop"


C_INT_MAX = 2147483647


def c_int_exponent(y):
    """ldexp's integer exponent y (held as a float) as a C int: NumPy's
    loops for a long exponent clamp it to the int range, where the result
    is an infinity or a zero already."""
    if y > float(C_INT_MAX):
        return C_INT_MAX
    if y < float(-C_INT_MAX - 1):
        return -C_INT_MAX - 1
    return int(y)


def op_for(op, calc_dtype, f32_ops, f16_ops=None):
    """The kernel op computing `op` in calc_dtype (f32_ops, f16_ops: the
    unary or the binary ops with float32 or float16 kernels of their own;
    unary and binary ops share numbers)."""
    if not calc_dtype.is_float():
        return op
    if f16_ops is not None and calc_dtype.itemsize == 2 and op in f16_ops:
        return op + F16
    if calc_dtype.itemsize < 8 and op in f32_ops:     # float32 and float16
        return op + F32
    return op


def round32(x):
    return float(r_singlefloat(x))


# NumPy's npy_logaddexp, npy_logaddexp2 and their float versions (npy_math)
LOGE2 = 0.693147180559945309417232121458176568
LOG2E = 1.442695040888963407359924681001892137
LOGE2_32 = float(r_singlefloat(LOGE2))
LOG2E_32 = float(r_singlefloat(LOG2E))


@specialize.arg(2, 3)
def logaddexp(x, y, base2, f32):
    """log(exp(x) + exp(y)), or in base 2.  Equal inputs (equal infinities
    too) take the first branch, a nan difference is the result.  In
    float32 each step is rounded to float32 (an operation on two float32
    values computed in a double and rounded once gives float32's result:
    53 >= 2*24+2 bits); the caller rounds the last one."""
    if x == y:
        if base2:
            return x + 1.0
        return x + (LOGE2_32 if f32 else LOGE2)
    diff = round32(x - y) if f32 else x - y
    if diff > 0.0:
        return x + log1p_exp(-diff, base2, f32)
    if diff <= 0.0:
        return y + log1p_exp(diff, base2, f32)
    return diff


@specialize.arg(1, 2)
def log1p_exp(d, base2, f32):
    """npy_log1p(npy_exp(d)), or npy_log2_1p(npy_exp2(d)) in base 2"""
    if f32:
        if base2:
            return round32(LOG2E_32 * libm.log1pf(libm.exp2f(d)))
        return libm.log1pf(libm.expf(d))
    if base2:
        return LOG2E * libm.log1p(libm.exp2(d))
    return libm.log1p(libm.exp(d))


# what x86, and so NumPy, computes for 0/0, inf - inf, sqrt(-1): the
# default NaN, whose sign bit is set (rfloat.NAN is positive, as Python's)
INVALID_NAN = -rfloat.NAN


def float_div(x, y):
    # the errors' results are computed, not divided: their flags raised
    if y == 0.0:
        if x == 0.0 or math.isnan(x):
            if x == 0.0:
                fpflags.raise_invalid()
            return INVALID_NAN
        fpflags.raise_divide_by_zero()
        if (x > 0.0) == (math.copysign(1.0, y) > 0.0):
            return rfloat.INFINITY
        return -rfloat.INFINITY
    return x / y


@specialize.arg(2)
def float_mod(x, y, f32):
    """NumPy's npy_remainder: C's fmod (nan) for a zero y."""
    if y == 0.0:
        return libm.fmod(x, y)
    return divmod_nonzero(x, y, f32)[1]


@specialize.arg(2)
def float_floordiv(x, y, f32):
    """NumPy's npy_floor_divide: x / y (inf or nan) for a zero y."""
    if y == 0.0:
        return float_div(x, y)
    return divmod_nonzero(x, y, f32)[0]


def float_pow(x, y):
    if y == 0.0 or x == 1.0:        # C's pow: even for a nan operand
        return 1.0
    if math.isnan(x) or math.isnan(y):
        return INVALID_NAN
    if x < 0.0 and not math.isinf(y) and math.floor(y) != y:
        fpflags.raise_invalid()
        return INVALID_NAN
    if x == 0.0 and y < 0.0:
        fpflags.raise_divide_by_zero()
        if math.copysign(1.0, x) < 0.0 and not math.isinf(y) and \
                abs(libm.fmod(y, 2.0)) == 1.0:      # an odd integer
            return -rfloat.INFINITY
        return rfloat.INFINITY
    try:
        return math.pow(x, y)
    except OverflowError:
        fpflags.raise_overflow()
        if x < 0.0 and libm.fmod(y, 2.0) != 0.0:
            return -rfloat.INFINITY
        return rfloat.INFINITY
    except ValueError:
        fpflags.raise_invalid()
        return INVALID_NAN


@specialize.argtype(1, 2)
def compare(op, x, y):
    """A comparison or logical op on two floats or two signed integers
    (the same code for both: the literal 0 is 0.0 for floats)."""
    if op == EQ:
        return x == y
    if op == NE:
        return x != y
    if op == LT:
        return x < y
    if op == LE:
        return x <= y
    if op == GT:
        return x > y
    if op == GE:
        return x >= y
    if op == LOGICAL_AND:
        return x != 0 and y != 0
    if op == LOGICAL_OR:
        return x != 0 or y != 0
    return (x != 0) != (y != 0)


def int_cmp(op, dtype, x, y):
    """compare() in the integer dtype: uint64's order is unsigned."""
    if dtype.is_unsigned64():
        ux = r_uint(x)
        uy = r_uint(y)
        if op == LT:
            return ux < uy
        if op == LE:
            return ux <= uy
        if op == GT:
            return ux > uy
        if op == GE:
            return ux >= uy
    return compare(op, x, y)


def int_binop(op, dtype, x, y):
    """x op y in the integer dtype; wraps around like C, and division by
    zero gives 0 as in NumPy, raising the divide-by-zero flag as NumPy's
    integer loops do."""
    if op == ADD:
        return intmask(r_uint(x) + r_uint(y))
    if op == SUB:
        return intmask(r_uint(x) - r_uint(y))
    if op == MUL:
        return intmask(r_uint(x) * r_uint(y))
    if op == FLOORDIV or op == MOD or op == FMOD:
        if y == 0:
            fpflags.raise_divide_by_zero()
            return 0
        if op == FLOORDIV:
            if dtype.is_unsigned64():
                return intmask(r_uint(x) // r_uint(y))
            if y == -1:
                return intmask(r_uint(0) - r_uint(x))
            return x // y
        if dtype.is_unsigned64():
            return intmask(r_uint(x) % r_uint(y))
        if y == -1:
            return 0
        mod = x % y
        if op == FMOD and mod != 0 and (mod < 0) != (x < 0):
            mod -= y    # C's %: the remainder takes the sign of x
        return mod
    if op == POW:
        if y < 0 and not dtype.is_unsigned64():
            return 0    # the caller raised ValueError if it could
        return int_pow(x, y)
    if op == MAXIMUM or op == FMAX:
        return x if int_cmp(GE, dtype, x, y) else y
    if op == MINIMUM or op == FMIN:
        return x if int_cmp(LE, dtype, x, y) else y
    if op == BIT_AND:
        return x & y
    if op == BIT_OR:
        return x | y
    if op == BIT_XOR:
        return x ^ y
    if op == LSHIFT:
        if y < 0 or y >= 64:
            return 0
        return intmask(r_uint(x) << y)
    if op == RSHIFT:
        if dtype.is_unsigned64():
            if y < 0 or y >= 64:
                return 0
            return intmask(r_uint(x) >> y)
        if y < 0 or y >= 64:
            return -1 if x < 0 else 0
        return x >> y
    if op == GCD or op == LCM:
        return int_gcd_lcm(op, dtype, x, y)
    assert False, "not an int binop"


def int_gcd_lcm(op, dtype, x, y):
    """NumPy's npy_gcd and npy_lcm: Euclid's algorithm on the absolute
    values as unsigned integers (INT_MIN's absolute value wraps to
    itself, read unsigned), the lcm wrapping around.  Its own function
    for its loop, as int_pow."""
    a = int_magnitude(dtype, x)
    b = int_magnitude(dtype, y)
    gcd = a
    rest = b
    while rest:
        gcd, rest = rest, gcd % rest
    if op == GCD:
        return intmask(gcd)
    if gcd == 0:
        return 0
    return intmask(a // gcd * b)


def int_magnitude(dtype, x):
    if x < 0 and not dtype.is_unsigned64():
        return r_uint(0) - r_uint(x)
    return r_uint(x)


def int_overflows(op, dtype, x, y):
    """Does x op y (+, -, *) leave the integer dtype?  NumPy checks this
    for scalar arithmetic only."""
    if (op != ADD and op != SUB and op != MUL) or \
            dtype.kind == dt.KIND_BOOL:
        return False
    if dtype.is_unsigned64():
        ux = r_uint(x)
        uy = r_uint(y)
        if op == ADD:
            return ux + uy < ux
        if op == SUB:
            return uy > ux
        return ux != 0 and (ux * uy) // ux != uy
    try:
        if op == ADD:
            exact = ovfcheck(x + y)
        elif op == SUB:
            exact = ovfcheck(x - y)
        else:
            exact = ovfcheck(x * y)
    except OverflowError:
        return True
    return dtype.wrap_int(exact) != exact


def int_pow(x, y):
    """x ** y wrapped around.  Its own function: the JIT does not trace
    into functions with loops, and int_binop must stay inlined (a call
    per element otherwise, and no vector loop)."""
    result = r_uint(1)
    base = r_uint(x)
    exp = r_uint(y)
    while exp:
        if exp & 1:
            result *= base
        base *= base
        exp >>= 1
    return intmask(result)


# NumPy's npy_deg2rad and npy_rad2deg multiply by these
RAD_PER_DEG = math.pi / 180.0
DEG_PER_RAD = 180.0 / math.pi
# and npy_deg2radf, npy_rad2degf by these (NPY_PIf / 180.0f ...)
RAD_PER_DEG_32 = float(r_singlefloat(float(r_singlefloat(math.pi)) / 180.0))
DEG_PER_RAD_32 = float(r_singlefloat(180.0 / float(r_singlefloat(math.pi))))


def float_unop(op, x):
    if op == NEG:
        return -x
    if op == POS or op == CONJ:
        return x
    if op == ABS or op == FABS:
        return abs(x)
    if op == SQUARE:
        return x * x
    if op == DEG2RAD:
        return x * RAD_PER_DEG
    if op == RAD2DEG:
        return x * DEG_PER_RAD
    if op == DEG2RAD + F32:
        return x * RAD_PER_DEG_32
    if op == RAD2DEG + F32:
        return x * DEG_PER_RAD_32
    if op == RECIPROCAL:
        return float_div(1.0, x)
    if op == SIGN:
        if math.isnan(x):
            return x
        if x > 0.0:
            return 1.0
        if x < 0.0:
            return -1.0
        return x
    if op == SQRT:
        # the instruction, as NumPy's loop: the default NaN and the invalid
        # flag for x < 0, inf and nan as they are (math.sqrt's tests of
        # them, and of x < 0, cost a guard per element, which does not
        # vectorize)
        return sqrt_nonneg(x)
    if op == FLOOR:
        return math.floor(x)
    if op == CEIL:
        return math.ceil(x)
    if op == TRUNC or op == MODF_INTEGRAL:
        return float_trunc(x)
    if op == MODF_FRACTION:
        if math.isinf(x):
            return math.copysign(0.0, x)
        return math.copysign(x - float_trunc(x), x)
    if op == FREXP_MANTISSA:
        return frexp_parts(x)[0]
    if op == SPACING:
        return float_spacing(x, False)
    if op == SPACING + F32:
        return float_spacing(x, True)
    if op == SPACING + F16:
        return half_spacing(x)
    if op == RINT:
        if math.isinf(x) or math.isnan(x):
            return x
        return rfloat.round_double(x, 0, half_even=True)
    return float_math(op, x)


# the transcendental functions: C's, with their nan/inf results (a table
# unrolled at translation: each op still folds to its one call)
LIBM_UNOPS = unrolling_iterable([
    (EXP, libm.exp), (LOG, libm.log), (LOG2, libm.log2), (LOG10, libm.log10),
    (SIN, libm.sin), (COS, libm.cos), (TAN, libm.tan), (ARCSIN, libm.asin),
    (ARCCOS, libm.acos), (ARCTAN, libm.atan), (SINH, libm.sinh),
    (COSH, libm.cosh), (TANH, libm.tanh), (EXPM1, libm.expm1),
    (LOG1P, libm.log1p), (EXP2, libm.exp2), (CBRT, libm.cbrt),
    (ARCSINH, libm.asinh), (ARCCOSH, libm.acosh), (ARCTANH, libm.atanh),
    (EXPM1 + F32, libm.expm1f), (LOG1P + F32, libm.log1pf),
    (EXP2 + F32, libm.exp2f), (CBRT + F32, libm.cbrtf),
    (ARCSINH + F32, libm.asinhf), (ARCCOSH + F32, libm.acoshf),
    (ARCTANH + F32, libm.atanhf)])


def float_trunc(x):
    if math.isinf(x) or math.isnan(x):
        return x
    return math.copysign(float(int(x)), x) if abs(x) < 1e18 else x


DOUBLE_EXP_MASK = 0x7ff << 52
TWO_TO_54 = 18014398509481984.0


def frexp_parts(x):
    """C's frexp: (m, e) with x == m * 2**e and 0.5 <= abs(m) < 1, or
    (x, 0) for zeros, infinities and nan; read off the bits (math.frexp
    allocates a C int per call)."""
    if x == 0.0 or math.isinf(x) or math.isnan(x):
        return x, 0
    shift = 0
    if abs(x) < rfloat.DBL_MIN:     # subnormal: normalized by 2**54
        x *= TWO_TO_54
        shift = 54
    bits = float2longlong(x)
    exponent = intmask(r_uint(bits) >> 52) & 0x7ff
    mantissa = longlong2float((bits & ~DOUBLE_EXP_MASK) | (1022 << 52))
    return mantissa, exponent - 1022 - shift


FLOAT32_TRUE_MIN = 1.401298464324817e-45


def float_spacing(x, f32):
    """NumPy's npy_spacing: the step from x to the next float away from
    zero (its _next; 0.0 and -0.0 step up to the smallest subnormal), nan
    for an infinity; the step past the largest float is inf, overflowing
    (the C nextafter raises the flag)."""
    if math.isinf(x):
        return rfloat.NAN
    if math.isnan(x):
        return x
    if x == 0.0:
        return FLOAT32_TRUE_MIN if f32 else 5e-324
    away = math.copysign(rfloat.INFINITY, x)
    if f32:
        return libm.nextafterf(x, away) - x
    return libm.nextafter(x, away) - x


def float_math(op, x):
    for libm_op, func in LIBM_UNOPS:
        if op == libm_op:
            return func(x)
    assert False, "not a float unop"


def float_to_int_unop(op, x):
    """An op on a float giving an integer: frexp's exponent, or a test
    (0 or 1)."""
    if op == FREXP_EXPONENT:
        return frexp_parts(x)[1]
    return int(float_test(op, x))


def float_test(op, x):
    if op == SIGNBIT:
        return float2longlong(x) < 0
    if op == ISNAN:
        return math.isnan(x)
    if op == ISINF:
        return math.isinf(x)
    if op == ISFINITE:
        return not (math.isnan(x) or math.isinf(x))
    return x == 0.0     # LOGICAL_NOT


def int_unop(op, dtype, x):
    if op == NEG:
        return intmask(r_uint(0) - r_uint(x))
    if op == POS or op == CONJ:
        return x
    if op == ABS:
        if x < 0 and not dtype.is_unsigned64():
            return intmask(r_uint(0) - r_uint(x))
        return x
    if op == SQUARE:
        return intmask(r_uint(x) * r_uint(x))
    if op == SIGN:
        if x == 0:
            return 0
        if x < 0 and not dtype.is_unsigned64():
            return -1
        return 1
    if op == RECIPROCAL:
        if x == 0:      # NumPy's 1.0 / 0 cast back: INT_MIN for int32/64
            if dtype.kind == dt.KIND_BOOL:
                return 0
            return dtype.int_from_float(rfloat.INFINITY)
        if x == 1 or (x == -1 and dtype.kind == dt.KIND_INT):
            return x
        return 0
    if op == FLOOR or op == CEIL or op == TRUNC:
        return x
    if op == INVERT:
        if dtype.kind == dt.KIND_BOOL:
            return int(x == 0)
        return ~x
    # bool in, bool out: the tests computed in bool
    return int(int_test(op, dtype, x))


def int_test(op, dtype, x):
    if op == SIGNBIT:
        return x < 0 and not dtype.is_unsigned64()
    if op == ISNAN or op == ISINF:
        return False
    if op == ISFINITE:
        return True
    return x == 0       # LOGICAL_NOT
