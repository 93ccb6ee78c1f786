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


def test_negative_float_to_fractional_power_is_complex():
    # CPython's float ** gives the complex power (Fraction ** float too)
    from fractions import Fraction
    assert (-8.0) ** (1 / 3) == (1.0000000000000002 + 1.7320508075688772j)
    assert (-8) ** 0.5 == (1.7319121124709868e-16 + 2.8284271247461903j)
    assert pow(-2.0, 0.5) == (8.659560562354934e-17 + 1.4142135623730951j)
    assert Fraction(-8) ** 0.5 == (-8.0) ** 0.5
    x = -4.0
    x **= 0.5
    assert x == (1.2246467991473532e-16 + 2j)
    assert (-2.0) ** 2.0 == 4.0 and (-2.0) ** float('inf') == float('inf')
    assert 1.0 ** float('nan') == 1.0
    nan = (-1.0) ** float('nan')
    assert nan != nan
