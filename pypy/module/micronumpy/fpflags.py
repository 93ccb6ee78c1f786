"""The CPU's floating-point status flags (C's <fenv.h>), read as NumPy
reads them: cleared before an operation's loop, tested after it.  The
kernels stay as they are (a flag costs nothing per element: the hardware
sets it); the few that compute an error's result without the faulting
instruction (x / 0.0, sqrt(-1), integer division by zero) raise the flag
themselves, in their error branch only.

These are calls with side effects, not elidable: the JIT keeps them, in
order, around the loop they bracket."""

from rpython.rtyper.lltypesystem import lltype, rffi
from rpython.rtyper.tool import rffi_platform as platform
from rpython.translator.tool.cbuild import ExternalCompilationInfo

eci = ExternalCompilationInfo(includes=['fenv.h'], libraries=['m'])


class CConfig:
    _compilation_info_ = eci
    FE_DIVBYZERO = platform.ConstantInteger('FE_DIVBYZERO')
    FE_OVERFLOW = platform.ConstantInteger('FE_OVERFLOW')
    FE_UNDERFLOW = platform.ConstantInteger('FE_UNDERFLOW')
    FE_INVALID = platform.ConstantInteger('FE_INVALID')


_config = platform.configure(CConfig)
FE_DIVBYZERO = _config['FE_DIVBYZERO']
FE_OVERFLOW = _config['FE_OVERFLOW']
FE_UNDERFLOW = _config['FE_UNDERFLOW']
FE_INVALID = _config['FE_INVALID']
FE_NUMPY = FE_DIVBYZERO | FE_OVERFLOW | FE_UNDERFLOW | FE_INVALID
# in NumPy's order of report: divide, over, under, invalid
KIND_FLAGS = [FE_DIVBYZERO, FE_OVERFLOW, FE_UNDERFLOW, FE_INVALID]


def _declare(name):
    return rffi.llexternal(name, [rffi.INT], rffi.INT, compilation_info=eci,
                           _nowrapper=True, sandboxsafe=True,
                           releasegil=False)


c_feclearexcept = _declare('feclearexcept')
c_fetestexcept = _declare('fetestexcept')
c_feraiseexcept = _declare('feraiseexcept')


def clear():
    # feclearexcept rewrites the x87 environment too (about 120 ns here);
    # fetestexcept reads two status words (5 ns), and the flags are
    # seldom set: once per forced loop, at 10^3 elements, that matters
    if test():
        c_feclearexcept(rffi.cast(rffi.INT, FE_NUMPY))


def test():
    """The flags raised since clear(), FE_* bits."""
    return rffi.cast(lltype.Signed, c_fetestexcept(
        rffi.cast(rffi.INT, FE_NUMPY)))


def raise_flags(flags):
    c_feraiseexcept(rffi.cast(rffi.INT, flags))


def raise_divide_by_zero():
    raise_flags(FE_DIVBYZERO)


def raise_invalid():
    raise_flags(FE_INVALID)


def raise_overflow():
    raise_flags(FE_OVERFLOW)
