"""The ufuncs that take numbers apart or build them: gcd, lcm (integers
only), frexp, modf and divmod (two outputs), ldexp (a float and an
integer exponent), signbit, spacing and heaviside.  Values are checked against
Python's math module, dtypes and errors against NumPy 2's."""

import math
import numpy as np
import pytest

INF = float('inf')
NAN = float('nan')
SIGNED = ['int8', 'int16', 'int32', 'int64']
UNSIGNED = ['uint8', 'uint16', 'uint32', 'uint64']


def same_float(x, y):
    """Equal values, nan with nan, and zeros of the same sign."""
    x, y = float(x), float(y)
    if math.isnan(x) or math.isnan(y):
        return math.isnan(x) and math.isnan(y)
    return x == y and math.copysign(1.0, x) == math.copysign(1.0, y)


def no_loop_message(name, *classes):
    return ("ufunc '%s' did not contain a loop with signature matching "
            "types (%s) -> None" % (name, ', '.join(
                "<class 'numpy.dtypes.%s'>" % c for c in classes)))


def not_supported_message(name):
    return ("ufunc '%s' not supported for the input types, and the inputs "
            "could not be safely coerced to any supported types according "
            "to the casting rule ''safe''" % name)


def test_ufunc_attributes():
    for name, nin, nout, identity in [
            ('gcd', 2, 1, 0), ('lcm', 2, 1, None), ('ldexp', 2, 1, None),
            ('heaviside', 2, 1, None), ('frexp', 1, 2, None),
            ('modf', 1, 2, None), ('divmod', 2, 2, None),
            ('signbit', 1, 1, None),
            ('spacing', 1, 1, None)]:
        ufunc = getattr(np, name)
        assert isinstance(ufunc, np.ufunc)
        assert repr(ufunc) == "<ufunc '%s'>" % name
        assert ufunc.__name__ == name
        assert (ufunc.nin, ufunc.nout, ufunc.nargs) == \
            (nin, nout, nin + nout)
        assert ufunc.identity == identity


def test_gcd_and_lcm_values():
    pairs = [(12, 18), (-12, 18), (12, -18), (0, 5), (5, 0), (0, 0),
             (7, 1), (100, 75), (-27, -36), (17, 5)]
    a = np.array([x for x, y in pairs])
    b = np.array([y for x, y in pairs])
    assert np.gcd(a, b).tolist() == [math.gcd(x, y) for x, y in pairs]
    assert np.lcm(a, b).tolist() == [abs(math.lcm(x, y)) for x, y in pairs]
    assert np.gcd(12, 18) == 6 and type(np.gcd(12, 18)) is np.int64
    assert np.lcm(4, 6) == 12


def test_gcd_and_lcm_keep_the_integer_type():
    for name in SIGNED + UNSIGNED:
        a = np.array([12, 20, 0], name)
        b = np.array([18, 8, 9], name)
        assert np.gcd(a, b).dtype == np.dtype(name)
        assert np.gcd(a, b).tolist() == [6, 4, 9]
        assert np.lcm(a, b).tolist() == [36, 40, 0]
        assert np.gcd(a, 4).dtype == np.dtype(name)
    assert np.gcd(np.int8(3), np.uint8(6)).dtype == np.int16
    assert np.lcm(np.array([4], np.uint8), np.array([200], np.uint8)) \
        .tolist() == [200]


def test_gcd_and_lcm_of_the_smallest_integers():
    assert np.gcd(np.int8(-128), np.int8(0)) == -128
    assert np.gcd(np.int64(-2 ** 63), 0) == -2 ** 63
    assert np.lcm(np.int64(-2 ** 63), 3) == -2 ** 63
    assert np.gcd(np.uint64(2 ** 63 + 2), np.uint64(4)) == 2


def test_gcd_and_lcm_reduce_and_accumulate():
    assert np.gcd.reduce([12, 18, 24]) == 6
    assert np.lcm.reduce([4, 6, 10]) == 60
    assert np.gcd.accumulate([12, 18, 4]).tolist() == [12, 6, 2]
    assert np.gcd.reduce(np.array([[4, 6], [8, 9]]), axis=1).tolist() == \
        [2, 1]


def test_gcd_and_lcm_refuse_bools_and_floats():
    cases = [
        (lambda f: f(True, False), ('BoolDType', 'BoolDType')),
        (lambda f: f(np.array([True]), np.array([False])),
         ('BoolDType', 'BoolDType')),
        (lambda f: f(1.0, 2), ('_PyFloatDType', '_PyLongDType')),
        (lambda f: f(np.array([1.0]), 2), ('Float64DType', '_PyLongDType')),
        (lambda f: f(np.array([1], np.int8), np.float16(1)),
         ('Int8DType', 'Float16DType')),
        (lambda f: f(np.array([1], np.int8), np.array([1], np.complex64)),
         ('Int8DType', 'Complex64DType')),
        (lambda f: f(1j, 2), ('_PyComplexDType', '_PyLongDType')),
        (lambda f: f(np.array([2], np.int64), np.uint64(6)),
         ('Int64DType', 'UInt64DType')),
    ]
    for name in ['gcd', 'lcm']:
        for call, classes in cases:
            with pytest.raises(TypeError) as e:
                call(getattr(np, name))
            assert type(e.value) is np._core._exceptions._UFuncNoLoopError
            assert str(e.value) == no_loop_message(name, *classes)
    with pytest.raises(OverflowError) as e:
        np.gcd(np.array([1], np.int8), 300)
    assert str(e.value) == "Python integer 300 out of bounds for int8"
    with pytest.raises(TypeError) as e:
        np.gcd(np.array([1]))
    assert str(e.value) == \
        "gcd() takes from 2 to 3 positional arguments but 1 was given"


def test_frexp_values():
    xs = [8.0, 0.5, -3.0, 1e-310, -5e-324, 0.1, 1.7976931348623157e308]
    mantissa, exponent = np.frexp(np.array(xs))
    assert mantissa.dtype == np.float64 and exponent.dtype == np.int32
    assert [(float(m), int(e)) for m, e in zip(mantissa, exponent)] == \
        [math.frexp(x) for x in xs]
    mantissa, exponent = np.frexp(np.array([0.0, -0.0, INF, -INF, NAN]))
    for m, x in zip(mantissa, [0.0, -0.0, INF, -INF, NAN]):
        assert same_float(m, x)
    assert exponent.tolist() == [0, 0, 0, 0, 0]


def test_frexp_dtypes():
    for value, mantissa_dtype in [
            (np.float64(3), np.float64), (np.float32(3), np.float32),
            (np.float16(3), np.float16), (np.int8(3), np.float16),
            (np.int16(3), np.float32), (np.int64(3), np.float64),
            (3, np.float64), (3.0, np.float64), (True, np.float16)]:
        result = np.frexp(value)
        assert type(result) is tuple and len(result) == 2
        mantissa, exponent = result
        assert type(mantissa) is mantissa_dtype
        assert type(exponent) is np.int32
        expected = (0.5, 1) if value is True else (0.75, 2)
        assert (float(mantissa), int(exponent)) == expected
    mantissa, exponent = np.frexp(np.array([1e-45, 65504], np.float32))
    assert exponent.tolist() == [-148, 16]
    mantissa, exponent = np.frexp(np.arange(4.0).reshape(2, 2))
    assert mantissa.shape == exponent.shape == (2, 2)


def test_modf_values():
    xs = [1.5, -2.5, -3.0, -0.0, 0.0, 1e300, 5e-324, -0.75, INF, -INF, NAN,
          4503599627370497.0]
    fraction, integral = np.modf(np.array(xs))
    assert fraction.dtype == integral.dtype == np.float64
    for f, i, x in zip(fraction, integral, xs):
        expected_f, expected_i = math.modf(x)
        assert same_float(f, expected_f) and same_float(i, expected_i)


def test_modf_dtypes():
    for value, dtype in [(3, np.float64), (np.int16(3), np.float32),
                         (np.float16(-2.25), np.float16),
                         (np.float32(2.5), np.float32)]:
        fraction, integral = np.modf(value)
        assert type(fraction) is dtype and type(integral) is dtype
        assert float(fraction) + float(integral) == float(value)
    fraction, integral = np.modf(np.float16(-2.25))
    assert (float(fraction), float(integral)) == (-0.25, -2.0)


def test_two_outputs_take_out_arrays():
    a = np.array([1.5, 2.5, 3.5])
    fraction, integral = np.empty(3), np.empty(3)
    result = np.modf(a, out=(fraction, integral))
    assert result[0] is fraction and result[1] is integral
    assert fraction.tolist() == [0.5, 0.5, 0.5]
    assert integral.tolist() == [1.0, 2.0, 3.0]
    mantissa = np.zeros(3, np.float32)
    result = np.frexp(a, mantissa, None)
    assert result[0] is mantissa and mantissa.tolist() == [0.75, 0.625, 0.875]
    assert result[1].dtype == np.int32 and result[1].tolist() == [1, 2, 2]
    exponent = np.zeros(3)          # int32 to float64: same kind
    np.frexp(a, out=(None, exponent))
    assert exponent.tolist() == [1.0, 2.0, 2.0]
    # the input as an output: both results come from the input's values
    b = np.array([1.5, -2.25])
    np.modf(b, b, None)
    fraction, integral = np.modf(np.array([1.5, -2.25]), None, b)
    assert b.tolist() == [1.0, -2.0]
    b = np.array([1.5, -2.25])
    np.modf(b, out=(None, b))
    assert b.tolist() == [1.0, -2.0]
    c = np.array([1.5, -2.25])
    result = np.modf(c, out=(c, None))
    assert c.tolist() == [0.5, -0.25] and result[1].tolist() == [1.0, -2.0]


def test_two_outputs_errors():
    a = np.ones(3)
    with pytest.raises(TypeError) as e:
        np.frexp(a, out=np.ones(3))
    assert str(e.value) == "'out' must be a tuple of arrays"
    with pytest.raises(ValueError) as e:
        np.frexp(a, out=(None, None, None))
    assert str(e.value) == \
        "The 'out' tuple must have exactly one entry per ufunc output"
    with pytest.raises(TypeError) as e:
        np.frexp(a, 1, 2, 3)
    assert str(e.value) == \
        "frexp() takes from 1 to 3 positional arguments but 4 were given"
    with pytest.raises(TypeError) as e:
        np.frexp(a, np.ones(3), out=(None, None))
    assert str(e.value) == \
        "cannot specify 'out' as both a positional and keyword argument"
    for call, message in [
            (lambda: np.modf(a, out=(np.ones(3, np.int64), None)),
             "Cannot cast ufunc 'modf' output 1 from dtype('float64') to "
             "dtype('int64') with casting rule 'same_kind'"),
            (lambda: np.modf(a, out=(None, np.ones(3, np.int64))),
             "Cannot cast ufunc 'modf' output 2 from dtype('float64') to "
             "dtype('int64') with casting rule 'same_kind'"),
            (lambda: np.frexp(a, np.ones(3, np.int8)),
             "Cannot cast ufunc 'frexp' output 1 from dtype('float64') to "
             "dtype('int8') with casting rule 'same_kind'")]:
        with pytest.raises(TypeError) as e:
            call()
        assert str(e.value) == message
    for name in ['frexp', 'modf', 'spacing', 'signbit']:
        with pytest.raises(TypeError) as e:
            getattr(np, name)(1 + 2j)
        assert str(e.value) == not_supported_message(name)
    with pytest.raises(ValueError) as e:
        np.frexp.reduce([1.0])
    assert str(e.value) == "reduce only supported for binary functions"


def test_ldexp_values():
    pairs = [(1.5, 3), (1.0, -1074), (1.0, -1075), (3.0, 1000), (-2.5, 0),
             (0.1, -5), (5e-324, 1), (1.0, 1023)]
    result = np.ldexp(np.array([x for x, n in pairs]),
                      np.array([n for x, n in pairs]))
    assert result.tolist() == [math.ldexp(x, n) for x, n in pairs]
    for x in [0.0, -0.0, INF, -INF, NAN]:
        assert same_float(np.ldexp(x, 5), x)
    assert np.ldexp(1.0, -2 ** 40) == 0.0
    assert np.ldexp(np.float32(1.5), 2) == 6.0


def test_ldexp_dtypes():
    for x, n, dtype in [
            (2, 3, np.float64), (np.float32(1.5), 2, np.float32),
            (np.array([1.0], np.float32), np.array([2], np.int64),
             np.float32),
            (np.array([1], np.int8), 2, np.float16),
            (np.array([1], np.int16), 2, np.float32),
            (np.array([1], np.int64), 2, np.float64),
            (np.array([1], np.uint64), 2, np.float64),
            (1.0, np.uint32(2), np.float64), (1.0, True, np.float64),
            (True, 2, np.float16), (1.0, np.int8(3), np.float64),
            (np.float16(1), np.array([2], np.uint8), np.float16)]:
        assert np.ldexp(x, n).dtype == dtype, (x, n)


def test_ldexp_errors():
    for x, n in [(1.0, 2.0), (1.0, np.uint64(2)), (1j, 2),
                 (np.ones(2), np.ones(2)), (1.0, np.array([1], np.uint64))]:
        with pytest.raises(TypeError) as e:
            np.ldexp(x, n)
        assert str(e.value) == not_supported_message('ldexp')
    with pytest.raises(OverflowError) as e:
        np.ldexp(1.0, 2 ** 70)
    assert str(e.value) == "Python int too large to convert to C long"


def test_ldexp_overflow_warns():
    for x, n in [(1e300, 100), (np.float32(1), 200), (np.float16(1), 20),
                 (np.array([1.0]), np.array([2 ** 40]))]:
        with np.errstate(over='raise'):
            with pytest.raises(FloatingPointError) as e:
                np.ldexp(x, n)
        assert str(e.value) == "overflow encountered in ldexp"
        with np.errstate(over='ignore'):
            assert np.all(np.isinf(np.ldexp(x, n)))


def test_signbit():
    result = np.signbit(np.array([-0.0, 0.0, -1.0, 1.0, -INF, INF, NAN,
                                  -NAN]))
    assert result.dtype == np.bool_
    assert result.tolist() == [math.copysign(1.0, x) < 0 for x in
                               [-0.0, 0.0, -1.0, 1.0, -INF, INF, NAN, -NAN]]
    assert np.signbit(-3) is np.True_
    assert np.signbit(np.int8(-1)) is np.True_
    assert np.signbit(np.uint64(2 ** 63)) is np.False_
    assert np.signbit(True) is np.False_
    for name in SIGNED + UNSIGNED:
        a = np.array([0, 1, 100], name)
        assert np.signbit(a).tolist() == [False] * 3
    assert np.signbit(np.array([-5, 5], np.int16)).tolist() == [True, False]
    assert np.signbit(np.array([-1.5], np.float16)).tolist() == [True]


def test_spacing_of_doubles():
    xs = [1.0, -1.0, 0.1, -1e300, 5e-324, 1e-310, 123.456]
    result = np.spacing(np.array(xs))
    assert result.dtype == np.float64
    assert result.tolist() == [
        math.nextafter(x, math.copysign(INF, x)) - x for x in xs]
    # zeros step up, infinities give nan, nan stays nan
    assert np.spacing(0.0) == np.spacing(-0.0) == 5e-324
    assert math.isnan(np.spacing(INF)) and math.isnan(np.spacing(-INF))
    assert math.isnan(np.spacing(NAN))
    assert np.spacing(1) == 2.0 ** -52
    with np.errstate(over='raise'):
        with pytest.raises(FloatingPointError) as e:
            np.spacing(np.array([1.7976931348623157e308]))
    assert str(e.value) == "overflow encountered in spacing"


def test_spacing_of_float32_and_float16():
    f32 = np.spacing(np.array([1.0, -1.0, 0.0, -0.0], np.float32))
    assert f32.dtype == np.float32
    assert f32.tolist() == [2.0 ** -23, -2.0 ** -23, 2.0 ** -149, 2.0 ** -149]
    f16 = np.spacing(np.array([1.0, -1.0, 0.0, -0.0, -65504.0, 2.0 ** -24],
                              np.float16))
    assert f16.dtype == np.float16
    # float16's steps are positive, toward zero from a negative power of 2
    assert f16.tolist() == [2.0 ** -10, 2.0 ** -11, 2.0 ** -24, 2.0 ** -24,
                            32.0, 2.0 ** -24]
    assert np.spacing(np.int8(1)) == np.float16(2.0 ** -10)
    assert type(np.spacing(np.int8(1))) is np.float16
    assert type(np.spacing(np.int16(1))) is np.float32
    with np.errstate(invalid='raise'):
        with pytest.raises(FloatingPointError) as e:
            np.spacing(np.array([INF], np.float16))
    assert str(e.value) == "invalid value encountered in spacing"
    with np.errstate(over='raise'):
        with pytest.raises(FloatingPointError) as e:
            np.spacing(np.array([65504], np.float16))
    assert str(e.value) == "overflow encountered in spacing"


def test_heaviside():
    result = np.heaviside(np.array([-1.5, 0.0, -0.0, 2.0, NAN, -INF, INF]),
                          0.5)
    assert result.dtype == np.float64
    for got, expected in zip(result, [0.0, 0.5, 0.5, 1.0, NAN, 0.0, 1.0]):
        assert same_float(got, expected)
    assert math.isnan(np.heaviside(0, NAN))
    assert np.heaviside(np.array([0, 1]), 2).tolist() == [2.0, 1.0]
    ints = np.heaviside(np.array([-1, 0, 1], np.int8), np.int8(1))
    assert ints.dtype == np.float16 and ints.tolist() == [0.0, 1.0, 1.0]
    assert np.heaviside(np.float32(-2), np.float32(0.5)).dtype == np.float32
    assert np.heaviside.reduce(np.array([1.0, 2.0])) == 1.0
    with pytest.raises(TypeError) as e:
        np.heaviside(1j, 1)
    assert str(e.value) == not_supported_message('heaviside')


def test_divmod_is_a_ufunc_with_two_outputs():
    quotient, remainder = np.divmod(np.arange(-3, 4), 2)
    assert quotient.tolist() == [x // 2 for x in range(-3, 4)]
    assert remainder.tolist() == [x % 2 for x in range(-3, 4)]
    assert np.divmod(7, 2) == (3, 1)
    assert type(np.divmod(7, 2)[0]) is np.int64
    assert [type(x) for x in np.divmod(np.float32(7.5), 2)] == \
        [np.float32, np.float32]
    assert [type(x) for x in np.divmod(True, True)] == [np.int8, np.int8]
    assert [r.tolist() for r in divmod(np.arange(3), 2)] == \
        [[0, 0, 1], [0, 1, 0]]
    assert [r.tolist() for r in divmod(5, np.arange(1, 3))] == \
        [[5, 2], [0, 1]]
    quotient, remainder = np.empty(5, np.int64), np.empty(5, np.int64)
    result = np.divmod(np.arange(5), 2, quotient, remainder)
    assert result[0] is quotient and result[1] is remainder
    assert quotient.tolist() == [0, 0, 1, 1, 2]
    assert remainder.tolist() == [0, 1, 0, 1, 0]
    a = np.array([1.5, -2.5])
    np.divmod(a, 1, a, None)        # the remainder from a's old values
    assert a.tolist() == [1.0, -3.0]
    outer = np.divmod.outer([7, 8], [2, 3])
    assert [r.tolist() for r in outer] == [[[3, 2], [4, 2]],
                                           [[1, 1], [0, 2]]]


def test_divmod_errors():
    for method, args in [('reduce', ([1, 2],)),
                         ('accumulate', ([1, 2],)),
                         ('reduceat', ([1, 2], [0]))]:
        with pytest.raises(ValueError) as e:
            getattr(np.divmod, method)(*args)
        assert str(e.value) == ("%s only supported for functions returning "
                                "a single value" % method)
    for ufunc, args in [(np.divmod, (np.ones(2), [0], 1)),
                        (np.frexp, (np.ones(2), [0]))]:
        with pytest.raises(ValueError) as e:
            ufunc.at(*args)
        assert str(e.value) == \
            "Only single output ufuncs supported at this time"
    with pytest.raises(TypeError) as e:
        np.divmod(1j, 2)
    assert str(e.value) == not_supported_message('divmod')
    with pytest.raises(TypeError) as e:
        np.divmod(np.ones(2), 2, out=np.ones(2))
    assert str(e.value) == "'out' must be a tuple of arrays"
