"""The C library's math functions, called directly.  NumPy's float64
ufuncs and CPython's float and complex arithmetic call these same
functions (NumPy has SIMD versions only for AVX-512 machines), so results
agree bit for bit, and C's inf and nan results need no checking:
RPython's math module wraps every call in errno handling that raises
(ValueError, OverflowError: fatal if nothing catches them), which also
costs a call and a guard per element in a fused loop."""

from rpython.rlib.rarithmetic import r_singlefloat
from rpython.rtyper.lltypesystem import rffi
from rpython.translator.tool.cbuild import ExternalCompilationInfo

eci = ExternalCompilationInfo(includes=['math.h'], libraries=['m'])


def declare(name, args, result):
    return rffi.llexternal(name, args, result, compilation_info=eci,
                           _nowrapper=True, elidable_function=True,
                           sandboxsafe=True, releasegil=False)


def unary(name):
    return declare(name, [rffi.DOUBLE], rffi.DOUBLE)


def binary(name):
    return declare(name, [rffi.DOUBLE, rffi.DOUBLE], rffi.DOUBLE)


# the float versions take and give float32 values held as doubles
def unary_f32(name):
    func = declare(name, [rffi.FLOAT], rffi.FLOAT)

    def call(x):
        return float(func(r_singlefloat(x)))
    call.__name__ = name
    return call


def binary_f32(name):
    func = declare(name, [rffi.FLOAT, rffi.FLOAT], rffi.FLOAT)

    def call(x, y):
        return float(func(r_singlefloat(x), r_singlefloat(y)))
    call.__name__ = name
    return call


exp = unary('exp')
log = unary('log')
log2 = unary('log2')
log10 = unary('log10')
sin = unary('sin')
cos = unary('cos')
tan = unary('tan')
asin = unary('asin')
acos = unary('acos')
atan = unary('atan')
sinh = unary('sinh')
cosh = unary('cosh')
tanh = unary('tanh')
expm1 = unary('expm1')
log1p = unary('log1p')
exp2 = unary('exp2')
cbrt = unary('cbrt')
asinh = unary('asinh')
acosh = unary('acosh')
atanh = unary('atanh')
hypot = binary('hypot')
fmod = binary('fmod')
pow = binary('pow')
atan2 = binary('atan2')
copysign = binary('copysign')
nextafter = binary('nextafter')
# float32: NumPy calls the float versions (no SIMD ones for these)
expf = unary_f32('expf')
expm1f = unary_f32('expm1f')
log1pf = unary_f32('log1pf')
exp2f = unary_f32('exp2f')
cbrtf = unary_f32('cbrtf')
asinhf = unary_f32('asinhf')
acoshf = unary_f32('acoshf')
atanhf = unary_f32('atanhf')
nextafterf = binary_f32('nextafterf')

# ldexp's exponent is a C int: the callers clamp it to the int range
_ldexp = declare('ldexp', [rffi.DOUBLE, rffi.INT], rffi.DOUBLE)
_ldexpf = declare('ldexpf', [rffi.FLOAT, rffi.INT], rffi.FLOAT)


def ldexp(x, exponent):
    return _ldexp(x, rffi.cast(rffi.INT, exponent))


def ldexpf(x, exponent):
    return float(_ldexpf(r_singlefloat(x), rffi.cast(rffi.INT, exponent)))
