"""Values that were silently wrong: uint64 above 2**63, powers with nan,
casts of inf/nan/out-of-range floats, integer and complex reciprocals,
complex division signs."""

import numpy as np
import pytest


def test_uint64_scalar_above_int64():
    x = np.uint64(2**64 - 1)
    assert type(x) is np.uint64
    assert repr(x) == 'np.uint64(18446744073709551615)'
    assert str(x) == '18446744073709551615'
    assert x == 2**64 - 1 and int(x) == 2**64 - 1
    assert type(x.item()) is int and x.item() == 2**64 - 1
    assert hash(x) == hash(2**64 - 1)
    assert repr(x // 2) == 'np.uint64(9223372036854775807)'
    assert repr(~x) == 'np.uint64(0)'
    assert repr(np.uint64(2**63)) == 'np.uint64(9223372036854775808)'
    assert repr(np.uint64(2**63 - 1) + np.uint64(1)) == \
        'np.uint64(9223372036854775808)'
    assert repr(np.invert(np.zeros((), np.uint64))) == \
        'np.uint64(18446744073709551615)'
    assert repr(np.array([2**64 - 1, 5], np.uint64)[0]) == \
        'np.uint64(18446744073709551615)'


def test_uint64_array_from_python_int():
    a = np.full(2, 2**64 - 1, dtype=np.uint64)
    assert a.tolist() == [2**64 - 1, 2**64 - 1]
    assert (np.arange(3, dtype=np.uint64) + 2**63).tolist() == \
        [2**63, 2**63 + 1, 2**63 + 2]


def test_uint64_to_float():
    x = np.uint64(2**64 - 1)
    assert (np.array([3.0]) // x).tolist() == [0.0]
    assert np.arctan2(14.0, x) == 7.589415207398531e-19
    assert x * 1.0 == 1.8446744073709552e+19
    assert (np.array([1.0]) + 2**64).tolist() == [1.8446744073709552e+19]
    assert np.array([2**64 - 1], np.uint64).astype(float).tolist() == \
        [1.8446744073709552e+19]


def test_power_with_nan():
    nan = float('nan')
    assert (np.array([1.0]) ** nan).tolist() == [1.0]
    assert (np.array([nan]) ** 0).tolist() == [1.0]
    assert np.float_power(np.array([1.0]), nan).tolist() == [1.0]
    assert np.power(np.array([1.0, nan], np.float32), nan).tolist()[0] == 1.0
    assert np.float64(1.0) ** nan == 1.0
    assert np.float64(nan) ** 0.0 == 1.0
    assert np.float32(1.0) ** np.float32(nan) == 1.0
    assert type(np.float32(1.0) ** np.float32(nan)) is np.float32
    assert np.isnan(np.float64(2.0) ** nan)


FLOATS = [np.inf, -np.inf, np.nan, 1e20, -1e20, 3e9, -3e9, 5e9, 70000.0,
          -70000.0, -1.0, 300.0, -129.0, 2.0**63, 2.0**64, 1e19,
          -2.0**31 - 1]


def test_casts_of_inf_nan_and_out_of_range_floats():
    # NumPy on x86-64: C's conversion (INT_MIN for what does not fit),
    # through int32 for the narrower types
    a = np.array(FLOATS)
    assert a.astype(np.int8).tolist() == \
        [0, 0, 0, 0, 0, 0, 0, 0, 112, -112, -1, 44, 127, 0, 0, 0, 0]
    assert a.astype(np.uint8).tolist() == \
        [0, 0, 0, 0, 0, 0, 0, 0, 112, 144, 255, 44, 127, 0, 0, 0, 0]
    assert a.astype(np.int16).tolist() == \
        [0, 0, 0, 0, 0, 0, 0, 0, 4464, -4464, -1, 300, -129, 0, 0, 0, 0]
    assert a.astype(np.uint16).tolist() == \
        [0, 0, 0, 0, 0, 0, 0, 0, 4464, 61072, 65535, 300, 65407, 0, 0, 0, 0]
    m32 = -2**31
    assert a.astype(np.int32).tolist() == \
        [m32] * 8 + [70000, -70000, -1, 300, -129] + [m32] * 4
    m64 = -2**63
    assert a.astype(np.int64).tolist() == \
        [m64] * 5 + [3000000000, -3000000000, 5000000000, 70000, -70000,
                     -1, 300, -129, m64, m64, m64, -2147483649]
    assert a.astype(np.uint64).tolist() == \
        [0, 2**63, 2**63, 0, 2**63, 3000000000, 2**64 - 3000000000,
         5000000000, 70000, 2**64 - 70000, 2**64 - 1, 300, 2**64 - 129,
         2**63, 0, 10**19, 2**64 - 2**31 - 1]
    assert a.astype(np.float32).astype(np.int16).tolist() == \
        a.astype(np.int16).tolist()
    assert np.array([np.inf]).astype(np.int32).tolist() == [m32]


def test_integer_reciprocal():
    # NumPy computes 1.0 / x and casts it back: INT_MIN for int32/int64 0
    assert np.reciprocal(np.array([0, 2, 1, -1], np.int64)).tolist() == \
        [-2**63, 0, 1, -1]
    assert np.reciprocal(np.array([0], np.int32)).tolist() == [-2**31]
    assert np.reciprocal(np.array([0, 1, -1], np.int8)).tolist() == [0, 1, -1]
    assert np.reciprocal(np.array([0, 255], np.uint8)).tolist() == [0, 0]
    assert np.reciprocal(np.array([2**64 - 1], np.uint64)).tolist() == [0]


def signs(z):
    return [(str(c.real), str(c.imag)) for c in np.asarray(z).ravel()]


def test_complex_reciprocal_and_division():
    r = np.reciprocal(np.array([0j, 1+0j, 2-4j, complex(np.inf, 0)]))
    assert signs(r) == [('nan', 'nan'), ('1.0', '-0.0'), ('0.1', '0.2'),
                        ('0.0', '-0.0')]
    q = np.array([0j, 1+2j, 3j, 1+1j]) / \
        np.array([-1+0j, 0j, 2+0j, complex(np.nan, 0)])
    assert signs(q) == [('-0.0', '-0.0'), ('inf', 'inf'), ('0.0', '1.5'),
                        ('nan', 'nan')]
    assert signs(np.complex128(0j) / np.complex128(-1+0j)) == \
        [('-0.0', '-0.0')]
    assert signs(np.complex128(1+1j) / 0) == [('inf', 'inf')]
    assert signs(1 / np.complex128(0j)) == [('inf', 'nan')]
    assert np.complex128(1+2j) / (3-1j) == complex(0.1, 0.7000000000000001)
    assert signs(np.multiply.reduce(np.array([1+1j, complex(np.nan, 0),
                                              2j]))) == [('nan', 'nan')]


def test_storing_uint64_above_int64():
    # NumPy casts np.uint64 into unsigned types; signed ones convert it
    # through a C long
    for dtype, expected in [(np.uint8, 255), (np.uint32, 2**32 - 1),
                            (np.uint64, 2**64 - 1), (np.bool_, True)]:
        a = np.zeros(2, dtype)
        a[0] = np.uint64(2**64 - 1)
        a[1:] = np.uint64(2**64 - 1)
        assert a.tolist() == [expected, expected]
    for dtype in [np.int8, np.int32, np.int64]:
        a = np.zeros(2, dtype)
        with pytest.raises(OverflowError) as info:
            a[0] = np.uint64(2**64 - 1)
        assert str(info.value) == 'Python int too large to convert to C long'
