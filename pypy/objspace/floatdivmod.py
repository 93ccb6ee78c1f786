"""Floor division and modulo of floats: CPython's float_divmod and
NumPy's npy_divmod (the same algorithm), with C's fmod (libm.py).  C's
fmod is exact and gives nan for an infinite x or a zero y; rpython's
math.fmod raises ValueError there instead, which nothing above it
expects."""

import math
from rpython.rlib.objectmodel import specialize
from rpython.rlib.rarithmetic import r_singlefloat
from pypy.objspace.libm import fmod


@specialize.arg(1)
def rounded(x, f32):
    """x rounded to float32 when computing in float32: an operation on two
    float32 values done in a double and rounded once gives float32's
    result, so rounding each step reproduces NumPy's npy_divmodf."""
    if f32:
        return float(r_singlefloat(x))
    return x


@specialize.arg(2)
def divmod_nonzero(x, y, f32):
    """(x // y, x % y) for y != 0 (nan included): the remainder takes the
    sign of y, the quotient is snapped to the integer nearest to
    (x - mod) / y."""
    mod = fmod(x, y)
    div = rounded(rounded(x - mod, f32) / y, f32)
    if mod:
        if (y < 0.0) != (mod < 0.0):
            mod = rounded(mod + y, f32)
            div = rounded(div - 1.0, f32)
    else:
        mod = math.copysign(0.0, y)
    if div:
        floordiv = math.floor(div)
        if div - floordiv > 0.5:
            floordiv = rounded(floordiv + 1.0, f32)
    else:
        floordiv = math.copysign(0.0, x / y)
    return floordiv, mod
