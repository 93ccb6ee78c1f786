"""C99's complex functions (csin, ccos, ctan, csinh, ccosh, ctanh, casin,
cacos, catan, casinh, cacosh, catanh), which NumPy's complex sin... call,
and their float versions (csinf..., plus cexpf and clogf) for complex64:
calling the same C library gives the same bits.  C passes
complex values in registers that rffi cannot describe, so a small C shim
takes the halves as doubles (floats) and returns one half of the result
per call (the complex function runs twice per element; in a compiled
loop each is a call)."""

from rpython.rlib.unroll import unrolling_iterable
from rpython.rtyper.lltypesystem import rffi
from rpython.translator.tool.cbuild import ExternalCompilationInfo
from pypy.module.micronumpy import ufuncs as uf

# (ufunc op, C function); complexmath computes float64's exp and log
# itself (NumPy's own special values), so only their float versions
FUNCTIONS = [(uf.SIN, 'csin'), (uf.COS, 'ccos'), (uf.TAN, 'ctan'),
             (uf.SINH, 'csinh'), (uf.COSH, 'ccosh'), (uf.TANH, 'ctanh'),
             (uf.ARCSIN, 'casin'), (uf.ARCCOS, 'cacos'),
             (uf.ARCTAN, 'catan'), (uf.ARCSINH, 'casinh'),
             (uf.ARCCOSH, 'cacosh'), (uf.ARCTANH, 'catanh')]
FLOAT_FUNCTIONS = FUNCTIONS + [(uf.EXP, 'cexp'), (uf.LOG, 'clog')]
PARTS = [('re', 'creal'), ('im', 'cimag')]


def shim_source():
    lines = ['#include <complex.h>']
    for _, cname in FUNCTIONS:
        for part, c_part in PARTS:
            lines.append('RPY_EXPORTED double pypy_numpy_%s_%s(double re, '
                         'double im) { return %s(%s(CMPLX(re, im))); }'
                         % (cname, part, c_part, cname))
    for _, cname in FLOAT_FUNCTIONS:
        for part, c_part in PARTS:
            lines.append('RPY_EXPORTED float pypy_numpy_%sf_%s(float re, '
                         'float im) { return %sf(%sf(CMPLXF(re, im))); }'
                         % (cname, part, c_part, cname))
    return '\n'.join(lines) + '\n'


def shim_declarations():
    result = []
    for _, cname in FUNCTIONS:
        for part, _ in PARTS:
            result.append('RPY_EXPORTED double pypy_numpy_%s_%s(double, '
                          'double);' % (cname, part))
    for _, cname in FLOAT_FUNCTIONS:
        for part, _ in PARTS:
            result.append('RPY_EXPORTED float pypy_numpy_%sf_%s(float, '
                          'float);' % (cname, part))
    return result


# complex.h only in the shim: it defines the macros `I` and `complex`,
# which must not reach the translated program's own C files
eci = ExternalCompilationInfo(
    libraries=['m'],
    separate_module_sources=[shim_source()],
    post_include_bits=shim_declarations())


def declare(cname, T, nargs):
    return rffi.llexternal(cname, [T] * nargs, T,
                           compilation_info=eci, _nowrapper=True,
                           elidable_function=True, sandboxsafe=True,
                           releasegil=False)


DOUBLE_CALLS = unrolling_iterable([
    (op, declare('pypy_numpy_%s_re' % cname, rffi.DOUBLE, 2),
     declare('pypy_numpy_%s_im' % cname, rffi.DOUBLE, 2))
    for op, cname in FUNCTIONS])
FLOAT_CALLS = unrolling_iterable([
    (op, declare('pypy_numpy_%sf_re' % cname, rffi.FLOAT, 2),
     declare('pypy_numpy_%sf_im' % cname, rffi.FLOAT, 2))
    for op, cname in FLOAT_FUNCTIONS])


def has_function(op, in_float):
    """Whether the ufunc op is one of these C functions (in_float: of the
    float versions)."""
    if in_float:
        for fop, _, _ in FLOAT_CALLS:
            if fop == op:
                return True
    else:
        for fop, _, _ in DOUBLE_CALLS:
            if fop == op:
                return True
    return False


def call(op, in_float, re, im):
    """(real, imag) of the C function of the ufunc op (has_function) at
    re + im*j, in float (in_float) or double."""
    if in_float:
        fre = rffi.cast(rffi.FLOAT, re)
        fim = rffi.cast(rffi.FLOAT, im)
        for fop, func_re, func_im in FLOAT_CALLS:
            if fop == op:
                return (float(func_re(fre, fim)), float(func_im(fre, fim)))
    else:
        for fop, func_re, func_im in DOUBLE_CALLS:
            if fop == op:
                return (func_re(re, im), func_im(re, im))
    raise ValueError

