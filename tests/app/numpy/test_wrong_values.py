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
