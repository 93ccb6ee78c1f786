"""The C library's math functions, called directly.  NumPy's float64
ufuncs call these same functions (it has SIMD versions only for AVX-512
machines), so results agree bit for bit, and C's inf and nan results need
no checking: RPython's math module wraps every call in errno handling
that raises, which costs a call and a guard per element in a fused loop."""

from rpython.rtyper.lltypesystem import rffi
from rpython.translator.tool.cbuild import ExternalCompilationInfo

eci = ExternalCompilationInfo(includes=['math.h'], libraries=['m'])


def unary(name):
    return rffi.llexternal(name, [rffi.DOUBLE], rffi.DOUBLE,
                           compilation_info=eci, _nowrapper=True,
                           elidable_function=True, sandboxsafe=True,
                           releasegil=False)


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
