"""Floor division, modulo and divmod of Python floats with inf, nan and
signed-zero operands: CPython's results and errors."""

import math

import pytest

INF = float('inf')
NAN = float('nan')


def same(a, b):
    if math.isnan(a):
        return math.isnan(b)
    return a == b and math.copysign(1.0, a) == math.copysign(1.0, b)


CASES = [
    # x, y, x // y, x % y
    (INF, 1.0, NAN, NAN),
    (-INF, 1.0, NAN, NAN),
    (INF, INF, NAN, NAN),
    (INF, -2.5, NAN, NAN),
    (1.0, INF, 0.0, 1.0),
    (-1.0, INF, -1.0, INF),
    (1.0, -INF, -1.0, -INF),
    (-1.0, -INF, 0.0, -1.0),
    (-0.0, 5.0, -0.0, 0.0),
    (0.0, -5.0, -0.0, -0.0),
    (NAN, 1.0, NAN, NAN),
    (1.0, NAN, NAN, NAN),
    (7.0, -2.0, -4.0, -1.0),
    (-7.5, 2.0, -4.0, 0.5),
    (1e308, 1e-308, INF, 3.498445546245627e-309),
]


def test_floor_division_and_modulo():
    for x, y, q, r in CASES:
        assert same(x // y, q), (x, y)
        assert same(x % y, r), (x, y)
        dq, dr = divmod(x, y)
        assert same(dq, q) and same(dr, r), (x, y)


def test_int_operand():
    assert same(-0.0 % 5, 0.0)
    assert same(INF // 3, NAN)
    assert same(7 % INF, 7.0)
    assert same(-7 // INF, -1.0)


def test_zero_divisor_raises():
    with pytest.raises(ZeroDivisionError, match="float floor division by zero"):
        INF // 0.0
    with pytest.raises(ZeroDivisionError, match="float modulo"):
        NAN % 0.0
    with pytest.raises(ZeroDivisionError, match="float divmod"):
        divmod(1.0, 0.0)


def test_complex_power_specials():
    with pytest.raises(OverflowError, match="complex exponentiation"):
        complex(INF, 0) ** 0.5
    with pytest.raises(OverflowError, match="complex exponentiation"):
        complex(1e200, 0) ** 2
    r = complex(INF, 1) ** 2
    assert math.isnan(r.real) and math.isnan(r.imag)
    r = complex(1e200, 1e200) ** 2
    assert math.isnan(r.real) and math.isnan(r.imag)
    assert (1 + 2j) ** 2 == (-3 + 4j)
