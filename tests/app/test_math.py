"""The math module."""

import math
import pytest
from ulp import assert_ulp_close


def test_constants():
    assert math.pi == 3.141592653589793
    assert math.e == 2.718281828459045
    assert math.tau == 6.283185307179586
    assert math.inf == float('inf')
    assert math.inf > 1e308
    assert math.nan != math.nan
    assert math.isnan(math.nan)


def test_sqrt_exp_log():
    assert math.sqrt(4) == 2.0
    assert math.sqrt(2) == 1.4142135623730951
    assert math.sqrt(0.0) == 0.0
    assert math.exp(0) == 1.0
    # inexact results within the ulps of support/ulp.py; exact ones (exp(0),
    # log2 of a power of two, ...) bit for bit
    assert_ulp_close(math.exp(1), math.e, 'exp')
    assert_ulp_close(math.expm1(1e-10), 1.00000000005e-10, 'expm1')
    assert_ulp_close(math.log(math.e), 1.0, 'log')
    assert_ulp_close(math.log(8, 2), 3.0, 'log')
    assert_ulp_close(math.log(100, 10), 2.0, 'log')
    assert math.log2(1024) == 10.0
    assert math.log2(2 ** 2000) == 2000.0
    assert math.log10(1000) == 3.0
    assert math.log10(10 ** 500) == 500.0
    assert math.log(10 ** 1000) == pytest.approx(2302.585092994046)
    assert math.log1p(0.0) == 0.0
    assert math.log1p(1e-20) == 1e-20
    assert math.exp2(10) == 1024.0
    assert_ulp_close(math.cbrt(27.0), 3.0, 'cbrt')
    assert_ulp_close(math.cbrt(-8.0), -2.0, 'cbrt')
    assert math.cbrt(0.0) == 0.0
    with pytest.raises(OverflowError):
        math.exp2(5000)
    assert math.exp2(-math.inf) == 0.0


def test_domain_and_range_errors():
    with pytest.raises(ValueError):
        math.sqrt(-1)
    with pytest.raises(ValueError):
        math.log(0)
    with pytest.raises(ValueError):
        math.log(-1)
    with pytest.raises(ValueError):
        math.log2(0)
    with pytest.raises(ValueError):
        math.log10(-5)
    with pytest.raises(ValueError):
        math.log1p(-1)
    with pytest.raises(ValueError):
        math.acos(2)
    with pytest.raises(ValueError):
        math.asin(-2)
    with pytest.raises(ValueError):
        math.sin(math.inf)
    with pytest.raises(ValueError):
        math.acosh(0.5)
    with pytest.raises(ValueError):
        math.atanh(1)
    with pytest.raises(OverflowError):
        math.exp(1000)
    with pytest.raises(OverflowError):
        math.cosh(1000)
    with pytest.raises(OverflowError):
        math.pow(10.0, 400)
    with pytest.raises(ValueError):
        math.pow(0.0, -1)
    with pytest.raises(ValueError):
        math.pow(-1, 0.5)
    with pytest.raises(ValueError):
        math.fmod(1, 0)
    with pytest.raises(ZeroDivisionError):
        math.log(10, 1)
    with pytest.raises(TypeError):
        math.sqrt('x')


def test_error_messages():
    with pytest.raises(ValueError, match='math domain error'):
        math.sqrt(-1)
    with pytest.raises(OverflowError, match='math range error'):
        math.exp(1000)


def test_trig():
    assert math.sin(0) == 0.0
    assert math.cos(0) == 1.0
    assert math.tan(0) == 0.0
    assert_ulp_close(math.sin(math.pi / 2), 1.0, 'sin')
    assert_ulp_close(math.asin(1), math.pi / 2, 'asin')
    assert math.acos(1) == 0.0
    assert_ulp_close(math.atan(1), math.pi / 4, 'atan')
    assert_ulp_close(math.atan2(1, 1), math.pi / 4, 'atan2')
    assert math.atan2(0.0, -1.0) == math.pi
    assert math.atan2(-0.0, -1.0) == -math.pi
    assert math.sinh(0) == 0.0
    assert math.cosh(0) == 1.0
    assert math.tanh(0) == 0.0
    assert math.asinh(0) == 0.0
    assert math.acosh(1) == 0.0
    assert math.atanh(0) == 0.0
    assert math.degrees(math.pi) == 180.0
    assert math.radians(180) == math.pi


def test_floor_ceil_trunc():
    assert math.floor(2.7) == 2
    assert math.floor(-2.5) == -3
    assert type(math.floor(2.5)) is int
    assert math.ceil(2.1) == 3
    assert math.ceil(-2.5) == -2
    assert type(math.ceil(2.5)) is int
    assert math.trunc(2.7) == 2
    assert math.trunc(-2.7) == -2
    assert math.floor(5) == 5
    assert math.floor(1e20) == 100000000000000000000
    assert math.ceil(2 ** 70) == 2 ** 70
    with pytest.raises(OverflowError):
        math.floor(math.inf)
    with pytest.raises(ValueError):
        math.ceil(math.nan)


class Floorable:
    def __floor__(self):
        return 'floor'

    def __ceil__(self):
        return 'ceil'

    def __trunc__(self):
        return 'trunc'


def test_floor_ceil_trunc_special_methods():
    assert math.floor(Floorable()) == 'floor'
    assert math.ceil(Floorable()) == 'ceil'
    assert math.trunc(Floorable()) == 'trunc'


def test_fabs_fmod_copysign():
    assert math.fabs(-3) == 3.0
    assert type(math.fabs(-3)) is float
    assert math.fmod(7, 3) == 1.0
    assert math.fmod(-7, 3) == -1.0
    assert math.fmod(5.0, math.inf) == 5.0
    assert math.copysign(3, -0.0) == -3.0
    assert math.copysign(-3, 1) == 3.0


def test_hypot_dist():
    assert math.hypot(3, 4) == 5.0
    assert math.hypot() == 0.0
    assert math.hypot(-7) == 7.0
    assert math.hypot(1, 2, 2) == 3.0
    assert math.hypot(math.inf, math.nan) == math.inf
    assert math.isnan(math.hypot(1, math.nan))
    assert math.dist((0, 0), (3, 4)) == 5.0
    assert math.dist([1, 1, 1], [2, 3, 3]) == 3.0
    with pytest.raises(ValueError):
        math.dist((1, 2), (1, 2, 3))


def test_pow():
    assert math.pow(2, 10) == 1024.0
    assert math.pow(2, -1) == 0.5
    assert math.pow(1, math.nan) == 1.0
    assert math.pow(math.nan, 0) == 1.0
    assert type(math.pow(2, 2)) is float


def test_classification():
    assert math.isfinite(1.0)
    assert not math.isfinite(math.inf)
    assert not math.isfinite(math.nan)
    assert math.isinf(-math.inf)
    assert not math.isinf(1e308)
    assert math.isnan(float('nan'))
    assert not math.isnan(5)


def test_isclose():
    assert math.isclose(1.0, 1.0 + 1e-10)
    assert not math.isclose(1.0, 1.1)
    assert math.isclose(1.0, 1.1, rel_tol=0.2)
    assert not math.isclose(0.0, 1e-10)
    assert math.isclose(0.0, 1e-10, abs_tol=1e-9)
    assert math.isclose(math.inf, math.inf)
    assert not math.isclose(math.inf, -math.inf)
    assert not math.isclose(math.nan, math.nan)
    with pytest.raises(ValueError):
        math.isclose(1, 1, rel_tol=-1)


def test_factorial():
    assert math.factorial(0) == 1
    assert math.factorial(1) == 1
    assert math.factorial(5) == 120
    assert math.factorial(20) == 2432902008176640000
    assert math.factorial(30) == 265252859812191058636308480000000
    assert len(str(math.factorial(100))) == 158
    with pytest.raises(ValueError):
        math.factorial(-1)
    with pytest.raises(TypeError):
        math.factorial(5.0)


def test_gcd_lcm():
    assert math.gcd(12, 18) == 6
    assert math.gcd(-12, 18) == 6
    assert math.gcd(0, 5) == 5
    assert math.gcd() == 0
    assert math.gcd(12, 18, 8) == 2
    assert math.gcd(2 ** 100, 2 ** 80 * 3) == 2 ** 80
    assert math.lcm(4, 6) == 12
    assert math.lcm() == 1
    assert math.lcm(4, 0) == 0
    assert math.lcm(-4, 6) == 12
    assert math.lcm(2, 3, 4) == 12
    with pytest.raises(TypeError):
        math.gcd(1.5, 2)


def test_comb_perm():
    assert math.comb(5, 2) == 10
    assert math.comb(10, 0) == 1
    assert math.comb(10, 10) == 1
    assert math.comb(3, 5) == 0
    assert math.comb(100, 50) == 100891344545564193334812497256
    assert math.perm(5, 2) == 20
    assert math.perm(5) == 120
    assert math.perm(3, 5) == 0
    assert math.perm(5, 0) == 1
    with pytest.raises(ValueError):
        math.comb(-1, 2)
    with pytest.raises(ValueError):
        math.perm(5, -1)


def test_isqrt():
    assert math.isqrt(0) == 0
    assert math.isqrt(1) == 1
    assert math.isqrt(15) == 3
    assert math.isqrt(16) == 4
    assert math.isqrt(10 ** 20 + 1) == 10 ** 10
    assert math.isqrt(2 ** 200) == 2 ** 100
    with pytest.raises(ValueError):
        math.isqrt(-1)


def test_prod():
    assert math.prod([1, 2, 3, 4]) == 24
    assert math.prod([]) == 1
    assert math.prod([2, 3], start=10) == 60
    assert math.prod([0.5, 4]) == 2.0
    assert math.prod(range(1, 21)) == math.factorial(20)


def test_fsum():
    assert math.fsum([0.1] * 10) == 1.0
    assert sum([0.1] * 10) != 1.0
    assert math.fsum([]) == 0.0
    assert math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]) == 1e-100
    assert math.fsum([1, 2, 3]) == 6.0
    assert math.fsum([math.inf, 1]) == math.inf
    assert math.isnan(math.fsum([math.nan, 1]))
    with pytest.raises(ValueError):
        math.fsum([math.inf, -math.inf])
    with pytest.raises(OverflowError):
        math.fsum([1e308, 1e308])


def test_modf_frexp_ldexp():
    assert math.modf(3.5) == (0.5, 3.0)
    assert math.modf(-3.5) == (-0.5, -3.0)
    assert math.modf(math.inf) == (0.0, math.inf)
    assert math.frexp(8.0) == (0.5, 4)
    assert math.frexp(0.0) == (0.0, 0)
    assert math.frexp(-3.0) == (-0.75, 2)
    assert math.ldexp(0.5, 4) == 8.0
    assert math.ldexp(1.0, -1080) == 0.0
    assert math.ldexp(3, 2) == 12.0
    with pytest.raises(OverflowError):
        math.ldexp(1.0, 2000)
    with pytest.raises(OverflowError):
        math.ldexp(1.0, 10 ** 30)
    with pytest.raises(TypeError):
        math.ldexp(1.0, 2.0)


def test_erf_gamma():
    assert math.erf(0) == 0.0
    assert math.erf(1.0) == pytest.approx(0.8427007929497149, rel=1e-15)
    assert math.erfc(0) == 1.0
    assert math.erf(math.inf) == 1.0
    assert math.gamma(5) == 24.0
    assert math.gamma(0.5) == pytest.approx(math.sqrt(math.pi), rel=1e-15)
    assert math.lgamma(1) == 0.0
    assert math.lgamma(10) == pytest.approx(math.log(362880), rel=1e-14)
    with pytest.raises(ValueError):
        math.gamma(0)
    with pytest.raises(ValueError):
        math.gamma(-1)
    with pytest.raises(ValueError):
        math.lgamma(-2)
    with pytest.raises(OverflowError):
        math.gamma(200)


def test_nextafter_ulp():
    assert math.nextafter(1.0, 2.0) == 1.0000000000000002
    assert math.nextafter(1.0, 0.0) == 0.9999999999999999
    assert math.nextafter(0.0, 1.0) == 5e-324
    assert math.nextafter(0.0, -1.0) == -5e-324
    assert math.nextafter(1.0, 1.0) == 1.0
    assert math.nextafter(-1.0, 0.0) == -0.9999999999999999
    assert math.ulp(1.0) == 2.220446049250313e-16
    assert math.ulp(0.0) == 5e-324
    assert math.ulp(-1.0) == 2.220446049250313e-16
    assert math.ulp(math.inf) == math.inf
    assert math.ulp(1.7976931348623157e308) == 1.99584030953472e+292


def test_int_arguments():
    assert math.sqrt(16) == 4.0
    assert math.sin(0) == 0.0
    assert math.isfinite(10 ** 100) is True
    with pytest.raises(OverflowError):
        math.sqrt(10 ** 400)
