"""C99's complex functions (csin, ccos, ctan, csinh, ccosh, ctanh, casin,
cacos, catan, casinh, cacosh, catanh), which NumPy's complex sin... call: calling the same C library gives the
same bits.  C passes complex values in registers that rffi cannot
describe, so a small C shim takes the two halves as doubles and returns
one half of the result per call (the complex function runs twice per
element: these loops run eagerly, not in the JIT's vector code)."""

from rpython.rtyper.lltypesystem import rffi
from rpython.translator.tool.cbuild import ExternalCompilationInfo

FUNCTIONS = ['csin', 'ccos', 'ctan', 'csinh', 'ccosh', 'ctanh', 'casin',
             'cacos', 'catan', 'casinh', 'cacosh', 'catanh']


def shim_source():
    lines = ['#include <complex.h>']
    for name in FUNCTIONS:
        for part, c_part in [('re', 'creal'), ('im', 'cimag')]:
            lines.append('RPY_EXPORTED double pypy_numpy_%s_%s(double re, '
                         'double im) { return %s(%s(CMPLX(re, im))); }'
                         % (name, part, c_part, name))
    return '\n'.join(lines) + '\n'


SHIM_NAMES = ['pypy_numpy_%s_%s' % (name, part) for name in FUNCTIONS
              for part in ['re', 'im']]

# complex.h only in the shim: it defines the macros `I` and `complex`,
# which must not reach the translated program's own C files
eci = ExternalCompilationInfo(
    libraries=['m'],
    separate_module_sources=[shim_source()],
    post_include_bits=['RPY_EXPORTED double %s(double, double);' % shim
                       for shim in SHIM_NAMES])


def declare(name, part):
    return rffi.llexternal('pypy_numpy_%s_%s' % (name, part),
                           [rffi.DOUBLE, rffi.DOUBLE], rffi.DOUBLE,
                           compilation_info=eci, _nowrapper=True,
                           elidable_function=True, sandboxsafe=True,
                           releasegil=False)


csin_re = declare('csin', 're')
csin_im = declare('csin', 'im')
ccos_re = declare('ccos', 're')
ccos_im = declare('ccos', 'im')
ctan_re = declare('ctan', 're')
ctan_im = declare('ctan', 'im')
csinh_re = declare('csinh', 're')
csinh_im = declare('csinh', 'im')
ccosh_re = declare('ccosh', 're')
ccosh_im = declare('ccosh', 'im')
ctanh_re = declare('ctanh', 're')
ctanh_im = declare('ctanh', 'im')
casin_re = declare('casin', 're')
casin_im = declare('casin', 'im')
cacos_re = declare('cacos', 're')
cacos_im = declare('cacos', 'im')
catan_re = declare('catan', 're')
catan_im = declare('catan', 'im')
casinh_re = declare('casinh', 're')
casinh_im = declare('casinh', 'im')
cacosh_re = declare('cacosh', 're')
cacosh_im = declare('cacosh', 'im')
catanh_re = declare('catanh', 're')
catanh_im = declare('catanh', 'im')
