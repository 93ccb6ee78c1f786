"""The scalar kernels of gcd, lcm, ldexp, heaviside, signbit, spacing,
frexp and modf (ufuncs.py, half.py): NumPy's values on the edges, and
the flags NumPy raises."""

import math
from pypy.module.micronumpy import fpflags
from pypy.module.micronumpy import ufuncs as uf
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy.half import half_spacing

INF = float('inf')
NAN = float('nan')
INT64_MIN = -2 ** 63


def flags_of(func, *args):
    fpflags.clear()
    func(*args)
    return fpflags.test()


def same_float(x, y):
    """Equal bits: nan with nan, -0.0 only with -0.0."""
    if math.isnan(x) or math.isnan(y):
        return math.isnan(x) and math.isnan(y)
    return x == y and math.copysign(1.0, x) == math.copysign(1.0, y)


def test_gcd_and_lcm_of_signed_integers():
    for x, y, gcd, lcm in [(12, 18, 6, 36), (-12, 18, 6, 36), (0, 5, 5, 0),
                           (0, 0, 0, 0), (7, -1, 1, 7)]:
        assert uf.int_binop(uf.GCD, dt.int64_dtype, x, y) == gcd
        assert uf.int_binop(uf.LCM, dt.int64_dtype, x, y) == lcm


def test_gcd_and_lcm_of_the_smallest_integer_wrap_as_numpy():
    # |INT64_MIN| wraps to itself, read unsigned: 2**63
    assert uf.int_binop(uf.GCD, dt.int64_dtype, INT64_MIN, 0) == INT64_MIN
    assert uf.int_binop(uf.GCD, dt.int64_dtype, INT64_MIN, 6) == 2
    assert uf.int_binop(uf.LCM, dt.int64_dtype, INT64_MIN, 3) == INT64_MIN
    # int8's -128 is 128 before the result wraps back to int8
    assert dt.int8_dtype.wrap_int(
        uf.int_binop(uf.GCD, dt.int8_dtype, -128, 0)) == -128


def test_gcd_of_uint64_is_unsigned():
    big = -(2 ** 63) + 2            # the bits of 2**63 + 2
    assert uf.int_binop(uf.GCD, dt.uint64_dtype, big, 4) == 2
    assert uf.int_binop(uf.GCD, dt.int64_dtype, big, 4) == 2


def test_ldexp_clamps_the_exponent_to_a_c_int():
    assert uf.float_binop(uf.LDEXP, 1.5, 3.0) == 12.0
    assert uf.float_binop(uf.LDEXP, 1.0, -2.0 ** 40) == 0.0
    assert uf.float_binop(uf.LDEXP, -1.0, 2.0 ** 40) == -INF
    assert uf.float_binop(uf.LDEXP, 0.0, 2.0 ** 40) == 0.0
    assert uf.c_int_exponent(2.0 ** 40) == 2 ** 31 - 1
    assert uf.c_int_exponent(-2.0 ** 40) == -2 ** 31
    assert uf.float_binop(uf.LDEXP + uf.F32, 1.0, 200.0) == INF
    assert uf.float_binop(uf.LDEXP + uf.F32, 1.0, 127.0) == 2.0 ** 127


def test_ldexp_overflow_raises_the_flag():
    assert flags_of(uf.float_binop, uf.LDEXP, 1e300, 100.0) & \
        fpflags.FE_OVERFLOW
    assert flags_of(uf.float_binop, uf.LDEXP + uf.F32, 1.0, 200.0) & \
        fpflags.FE_OVERFLOW
    assert flags_of(uf.float_binop, uf.LDEXP, 1.0, 3.0) == 0


def test_heaviside():
    for x, h0, expected in [(-1.5, 0.5, 0.0), (0.0, 0.5, 0.5),
                            (-0.0, 0.25, 0.25), (2.0, 0.5, 1.0),
                            (NAN, 0.5, NAN), (0.0, NAN, NAN),
                            (-INF, 0.5, 0.0), (INF, 0.5, 1.0)]:
        assert same_float(uf.float_binop(uf.HEAVISIDE, x, h0), expected)


def test_signbit():
    assert uf.float_test(uf.SIGNBIT, -0.0)
    assert not uf.float_test(uf.SIGNBIT, 0.0)
    assert uf.float_test(uf.SIGNBIT, -NAN)
    assert not uf.float_test(uf.SIGNBIT, NAN)
    assert uf.float_test(uf.SIGNBIT, -INF)
    assert uf.int_test(uf.SIGNBIT, dt.int8_dtype, -1)
    assert not uf.int_test(uf.SIGNBIT, dt.int64_dtype, 0)
    # uint64's values past 2**63 are held as negative ints
    assert not uf.int_test(uf.SIGNBIT, dt.uint64_dtype, -1)


def test_spacing_of_doubles_and_float32():
    assert uf.float_unop(uf.SPACING, 1.0) == 2.0 ** -52
    assert uf.float_unop(uf.SPACING, -1.0) == -2.0 ** -52
    assert uf.float_unop(uf.SPACING, 0.0) == 5e-324
    assert uf.float_unop(uf.SPACING, -0.0) == 5e-324
    assert same_float(uf.float_unop(uf.SPACING, INF), NAN)
    assert uf.float_unop(uf.SPACING + uf.F32, 1.0) == 2.0 ** -23
    assert uf.float_unop(uf.SPACING + uf.F32, -0.0) == 2.0 ** -149
    assert uf.float_unop(uf.SPACING, 1.7976931348623157e308) == INF
    assert flags_of(uf.float_unop, uf.SPACING, 1.7976931348623157e308) & \
        fpflags.FE_OVERFLOW
    assert flags_of(uf.float_unop, uf.SPACING, INF) == 0


def test_spacing_of_float16():
    assert half_spacing(1.0) == 2.0 ** -10
    # toward zero from a negative power of two, and always positive
    assert half_spacing(-1.0) == 2.0 ** -11
    assert half_spacing(-65504.0) == 32.0
    assert half_spacing(-0.0) == 2.0 ** -24
    assert half_spacing(2.0 ** -24) == 2.0 ** -24
    # (the host's own arithmetic may leave FE_INEXACT beside them)
    assert flags_of(half_spacing, 65504.0) & fpflags.FE_OVERFLOW
    assert flags_of(half_spacing, INF) & fpflags.FE_INVALID
    assert math.isnan(half_spacing(-NAN))
    assert math.copysign(1.0, half_spacing(-INF)) == 1.0


def test_frexp_parts_are_c_frexp():
    for x in [8.0, 0.5, -3.0, 1e-310, -5e-324, 2.2250738585072014e-308,
              1.7976931348623157e308, 1e-45, 0.1]:
        assert uf.frexp_parts(x) == math.frexp(x)
    for x in [0.0, -0.0, INF, -INF, NAN]:
        mantissa, exponent = uf.frexp_parts(x)
        assert same_float(mantissa, x) and exponent == 0
    assert uf.float_to_int_unop(uf.FREXP_EXPONENT, 1e-310) == -1029
    assert uf.float_unop(uf.FREXP_MANTISSA, -3.0) == -0.75


def test_modf_parts():
    for x in [1.5, -2.5, -3.0, -0.0, 0.0, 1e300, 5e-324, -0.75, INF, -INF,
              NAN, 4503599627370497.0]:
        fraction, integral = math.modf(x)
        assert same_float(uf.float_unop(uf.MODF_FRACTION, x), fraction)
        assert same_float(uf.float_unop(uf.MODF_INTEGRAL, x), integral)


def test_names_of_the_ops():
    assert uf.ufunc_name(uf.FREXP_EXPONENT, uf.UNARY_UFUNCS) == 'frexp'
    assert uf.ufunc_name(uf.MODF_FRACTION, uf.UNARY_UFUNCS) == 'modf'
    assert uf.ufunc_name(uf.SPACING + uf.F16, uf.UNARY_UFUNCS) == 'spacing'
    assert uf.ufunc_name(uf.LDEXP + uf.F32, uf.BINARY_UFUNCS) == 'ldexp'
    assert uf.ufunc_name(uf.NEXTAFTER + uf.F16,
                         uf.BINARY_UFUNCS) == 'nextafter'


def test_dtype_class_names():
    assert uf.dtype_class_name(dt.by_name['uint16'], False) == 'UInt16DType'
    assert uf.dtype_class_name(dt.float64_dtype, False) == 'Float64DType'
    assert uf.dtype_class_name(dt.bool_dtype, True) == 'BoolDType'
    assert uf.dtype_class_name(dt.int64_dtype, True) == '_PyLongDType'
    assert uf.dtype_class_name(dt.float64_dtype, True) == '_PyFloatDType'
    assert uf.dtype_class_name(dt.complex128_dtype,
                               True) == '_PyComplexDType'
