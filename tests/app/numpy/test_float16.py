"""float16: storage as binary16 halves with round-to-nearest-even,
promotion (int8 -> float16, int16 -> float32), float ufuncs of 1-byte
integers, float32 accumulation in sums, repr with float16's shortest
digits and its own cutoffs, finfo."""

import struct

import numpy as np
import pytest


def bits(x):
    return struct.unpack('<H', np.array([x], np.float16).tobytes())[0]


def test_conversion_rounds_to_nearest_even():
    assert bits(1.0) == 0x3c00
    assert bits(1.0 + 2.0 ** -11) == 0x3c00            # tie: to even
    assert bits(1.0 + 3 * 2.0 ** -11) == 0x3c02        # tie: to even
    assert bits(1.0 + 2.0 ** -11 + 2.0 ** -30) == 0x3c01
    assert bits(65504.0) == 0x7bff
    assert bits(65519.0) == 0x7bff
    assert bits(-0.0) == 0x8000
    assert bits(2.0 ** -24) == 0x0001                  # smallest subnormal
    assert bits(2.0 ** -25) == 0x0000                  # tie: to even (0)
    assert bits(1.5 * 2.0 ** -25) == 0x0001
    assert bits(2.0 ** -14 - 2.0 ** -26) == 0x0400     # rounds up to normal
    assert np.array([1e-30, -1e-30], np.float16).tolist() == [0.0, -0.0]


def test_overflow_and_specials():
    with np.errstate(over='ignore'):
        a = np.array([65520.0, -1e6, 1e300]).astype(np.float16)
    assert a.tolist() == [np.inf, -np.inf, np.inf]
    b = np.array([np.nan, np.inf, -np.inf], np.float16)
    assert np.isnan(b[0]) and b[1] == np.inf and b[2] == -np.inf


def test_halves_round_trip_through_float64():
    values = np.arange(0, 65536, 7, dtype=np.uint16)
    halves = np.frombuffer(values.tobytes(), np.float16)
    again = halves.astype(np.float64).astype(np.float16)
    assert again.tobytes() == halves.tobytes()
    assert np.frombuffer(np.float16(-2.5).tobytes(), np.float16)[0] == -2.5


def test_dtype_names():
    assert np.dtype('e') == np.float16
    assert np.dtype('float16') == np.dtype(np.half)
    assert np.dtype('f2').itemsize == 2
    a = np.zeros(3, np.float16)
    assert a.itemsize == 2 and a.nbytes == 6
    assert str(a.dtype) == 'float16'


def test_promotion():
    h = np.ones(3, np.float16)
    assert (h + np.ones(3, np.int8)).dtype == np.float16
    assert (h + np.ones(3, np.uint8)).dtype == np.float16
    assert (h + np.ones(3, np.int16)).dtype == np.float32
    assert (h + np.ones(3, np.int32)).dtype == np.float64
    assert (h + np.ones(3, np.float32)).dtype == np.float32
    assert (h + 1).dtype == np.float16
    assert (h * 2.5).dtype == np.float16
    assert np.promote_types(np.float16, np.uint16) == np.float32


def test_float_ufuncs_of_small_ints():
    assert np.sqrt(np.array([1, 2], np.int8)).dtype == np.float16
    assert np.sqrt(np.array([1, 2], np.uint8)).dtype == np.float16
    assert np.exp(np.array([True, False])).dtype == np.float16
    assert np.sin(np.array([1, 2], np.int16)).dtype == np.float32
    assert np.sqrt(np.array([4, 9], np.uint8)).tolist() == [2.0, 3.0]
    assert (np.array([1, 2], np.int8) / np.array([4, 8], np.int8)).dtype \
        == np.float64


def test_arithmetic_rounds_each_result():
    a = np.array([0.1, 0.2, 0.3], np.float16)
    assert (a * a).tolist() == [0.0099945068359375, 0.03997802734375,
                                0.09002685546875]
    assert (a + 1.5).tolist() == [1.599609375, 1.7001953125, 1.7998046875]
    assert (np.float16(1) / 3).item() == 0.333251953125
    assert type(np.float16(3) + 1) is np.float16


def test_sum_accumulates_in_float32():
    a = np.full(1000, 0.1, np.float16)
    assert a.sum().dtype == np.float16
    assert a.sum() == np.float16(100.0)
    assert a.mean() == np.float16(0.1)
    assert np.cumsum(np.full(4, 0.5, np.float16)).tolist() == [0.5, 1, 1.5, 2]


def test_repr():
    h = np.float16
    assert repr(np.array([0.1, 0.2, 0.3], h)) == \
        'array([0.1, 0.2, 0.3], dtype=float16)'
    assert repr(np.array([1000.0], h)) == 'array([1.e+03], dtype=float16)'
    assert repr(np.array([999.0, 0.5], h)) == \
        'array([9.99e+02, 5.00e-01], dtype=float16)'
    assert repr(np.array([3.14159, 2.71828], h)) == \
        'array([3.14 , 2.719], dtype=float16)'
    assert repr(np.arange(3, dtype=h)) == 'array([0., 1., 2.], dtype=float16)'
    assert repr(h(2048.0)) == 'np.float16(2.048e+03)'
    assert repr(h(999.0)) == 'np.float16(999.0)'
    assert str(h(65504)) == '6.55e+04'
    assert repr(h(1e-5)) == 'np.float16(1e-05)'
    assert repr(h(0.1)) == 'np.float16(0.1)'
    assert str(h(1 / 3)) == '0.3333'
    assert str(np.array([np.nan, np.inf, -0.0, 1.5], h)) == \
        '[ nan  inf -0.   1.5]'


def test_finfo():
    f = np.finfo(np.float16)
    assert f.eps == 2.0 ** -10
    assert f.max == 65504.0
    assert f.tiny == 2.0 ** -14
    assert f.smallest_subnormal == 2.0 ** -24
    assert f.precision == 3 and f.bits == 16
    assert repr(f) == ('finfo(resolution=0.001, min=-6.55040e+04, '
                       'max=6.55040e+04, dtype=float16)')


def test_casts():
    a = np.array([1.7, -2.5, 300.0], np.float16)
    assert a.astype(np.int32).tolist() == [1, -2, 300]
    assert a.astype(np.float32).dtype == np.float32
    assert np.array([1, 2048, 2049], np.int32).astype(np.float16).tolist() \
        == [1.0, 2048.0, 2048.0]
    assert a.astype(np.float64).astype(np.float16).tolist() == a.tolist()


def test_nextafter_steps_by_a_float16():
    a = np.array([0, 1, 2, -0.0, 65504, -65504, 6e-08, 1e-4, np.inf, np.nan],
                 np.float16)
    up = np.nextafter(a, np.float16(np.inf))
    assert up.dtype == np.float16
    assert up[1:3].tolist() == [1.0009765625, 2.001953125]
    assert up[0] == up[3] == 2 ** -24 and up[4] == np.inf
    down = np.nextafter(a, np.float16(-300))
    assert down[1:3].tolist() == [0.99951171875, 1.9990234375]
    zero = np.nextafter(a, np.float16(0))
    assert str(zero[3]) == '-0.0' and zero[1] == 0.99951171875
    assert np.isnan(np.nextafter(a, np.float16(np.nan))).all()
    assert np.nextafter(np.arange(3, dtype=np.uint8), 300).tolist() == [
        2 ** -24, 1.0009765625, 2.001953125]


def test_float_kernels_of_int8_inputs():
    # float16 results of int8 inputs; expm1 shares its op number with
    # nextafter's, whose float16 kernel it once took (a fatal error)
    v = np.array([[-10, -11], [-14, 8]], dtype=np.int8)
    with np.errstate(all='ignore'):
        for name in ['expm1', 'log1p', 'exp2', 'cbrt', 'arcsinh',
                     'deg2rad', 'rad2deg', 'exp', 'sin']:
            r = getattr(np, name)(v)
            assert r.dtype == np.float16
            wide = getattr(np, name)(v.astype(np.float64))
            assert np.allclose(r.astype(np.float64), wide, rtol=2e-3,
                               equal_nan=True), name
