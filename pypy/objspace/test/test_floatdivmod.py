"""Floor division and modulo of floats with inf, nan and zero operands:
CPython's results (no ValueError from fmod), and float32's rounding."""

import math
from rpython.rlib.rarithmetic import r_singlefloat
from pypy.objspace.floatdivmod import divmod_nonzero
from pypy.objspace.libm import fmod

INF = float('inf')
NAN = float('nan')


def same(a, b):
    if math.isnan(a):
        return math.isnan(b)
    return a == b and math.copysign(1.0, a) == math.copysign(1.0, b)


def test_c_fmod_gives_nan():
    assert math.isnan(fmod(INF, 1.0))
    assert math.isnan(fmod(1.0, 0.0))
    assert fmod(-5.0, INF) == -5.0


def test_cpython_results():
    cases = [
        ((INF, 1.0), (NAN, NAN)),
        ((-INF, 1.0), (NAN, NAN)),
        ((INF, INF), (NAN, NAN)),
        ((1.0, INF), (0.0, 1.0)),
        ((-1.0, INF), (-1.0, INF)),
        ((1.0, -INF), (-1.0, -INF)),
        ((-0.0, 5.0), (-0.0, 0.0)),
        ((0.0, -5.0), (-0.0, -0.0)),
        ((NAN, 1.0), (NAN, NAN)),
        ((1.0, NAN), (NAN, NAN)),
        ((7.0, -2.0), (-4.0, -1.0)),
    ]
    for (x, y), (q, r) in cases:
        got_q, got_r = divmod_nonzero(x, y, False)
        assert same(got_q, q), (x, y, got_q)
        assert same(got_r, r), (x, y, got_r)


def test_finite_agree_with_host_divmod():
    for x in [7.0, -7.0, 0.5, 1e300, -3.25, 1e-300]:
        for y in [2.0, -2.0, 0.1, 1e-308, 3.0]:
            assert divmod_nonzero(x, y, False) == divmod(x, y)


def test_float32_rounds_each_step():
    x = float(r_singlefloat(7.3))
    y = float(r_singlefloat(0.1))
    q, r = divmod_nonzero(x, y, True)
    assert q == 73.0
    assert r == float(r_singlefloat(8.195639e-08))     # NumPy's
