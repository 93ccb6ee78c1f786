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
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy import fpflags
from pypy.module.micronumpy.half import half_nextafter
from pypy.objspace import libm
from pypy.objspace.floatdivmod import divmod_nonzero

# binary ops
ADD, SUB, MUL, TRUEDIV, FLOORDIV, MOD, POW, MAXIMUM, MINIMUM, FMAX, FMIN, \
    ARCTAN2, BIT_AND, BIT_OR, BIT_XOR, LSHIFT, RSHIFT, LOGICAL_AND, \
    LOGICAL_OR, LOGICAL_XOR, EQ, NE, LT, LE, GT, GE, HYPOT, COPYSIGN, \
    LOGADDEXP, LOGADDEXP2, NEXTAFTER, FMOD = range(32)
# unary ops
NEG, POS, ABS, SQRT, SQUARE, EXP, LOG, LOG2, LOG10, SIN, COS, TAN, ARCSIN, \
    ARCCOS, ARCTAN, SINH, COSH, TANH, FLOOR, CEIL, TRUNC, RINT, SIGN, ISNAN, \
    ISINF, ISFINITE, LOGICAL_NOT, INVERT, CAST, RECIPROCAL, EXPM1, LOG1P, \
    EXP2, CBRT, ARCSINH, ARCCOSH, ARCTANH, DEG2RAD, RAD2DEG, FABS, \
    CONJ = range(41)
# op + F32: the op's float32 kernel, for the ops where NumPy computes in
# float32 with C's float functions (expm1f, ...) where we would compute in
# float64 and round (different bits); see op_for
F32 = 100
F16 = 200       # op + F16: the op's float16 kernel (F16_BINARY)
F32_UNARY = [EXPM1, LOG1P, EXP2, CBRT, ARCSINH, ARCCOSH, ARCTANH, DEG2RAD,
             RAD2DEG]
F32_BINARY = [LOGADDEXP, LOGADDEXP2, NEXTAFTER, FLOORDIV, MOD]
F16_BINARY = [NEXTAFTER]      # (float32's step is no float16's)

# (name, op, kind), the first name of an op being NumPy's (the name in
# its error messages; ufuncs_app.make_ufuncs adds the aliases): kind 'arith' keeps the promoted type, 'cmp' and
# 'logic' give bool, 'truediv' gives a float, 'bit' is for integers only,
# 'float' computes integers as floats, 'float64' computes all in float64
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
    ('float_power', POW, 'float64'),
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
]


def ufunc_name(op, ufuncs):
    """NumPy's name of the ufunc computing op (a kernel op: F32 ones
    too), from BINARY_UFUNCS or UNARY_UFUNCS."""
    if op >= F32:
        op -= F32
    for name, uop, kind in ufuncs:
        if uop == op:
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
    assert False, "not a float binop"


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
    assert False, "not an int binop"


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
        if x < 0.0:
            fpflags.raise_invalid()
            return INVALID_NAN
        # (the instruction: math.sqrt's own tests of inf and nan cost a
        # guard per element, and the instruction gives inf and nan anyway)
        return sqrt_nonneg(x)
    if op == FLOOR:
        return math.floor(x)
    if op == CEIL:
        return math.ceil(x)
    if op == TRUNC:
        if math.isinf(x) or math.isnan(x):
            return x
        return math.copysign(float(int(x)), x) if abs(x) < 1e18 \
            else x
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


def float_math(op, x):
    for libm_op, func in LIBM_UNOPS:
        if op == libm_op:
            return func(x)
    assert False, "not a float unop"


def float_test(op, x):
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
    return int(int_test(op, x))


def int_test(op, x):
    if op == ISNAN or op == ISINF:
        return False
    if op == ISFINITE:
        return True
    return x == 0       # LOGICAL_NOT
