"""np.iinfo and np.finfo: limits of the integer and floating dtypes."""

import numpy as np
import pytest

INT_LIMITS = [
    (np.int8, -128, 127, 8, 'i'),
    (np.uint8, 0, 255, 8, 'u'),
    (np.int16, -32768, 32767, 16, 'i'),
    (np.uint16, 0, 65535, 16, 'u'),
    (np.int32, -2**31, 2**31 - 1, 32, 'i'),
    (np.uint32, 0, 2**32 - 1, 32, 'u'),
    (np.int64, -2**63, 2**63 - 1, 64, 'i'),
    (np.uint64, 0, 2**64 - 1, 64, 'u'),
]


def test_iinfo_limits():
    for t, lo, hi, bits, kind in INT_LIMITS:
        info = np.iinfo(t)
        assert info.min == lo and type(info.min) is int
        assert info.max == hi and type(info.max) is int
        assert info.bits == bits
        assert info.kind == kind
        assert info.dtype == np.dtype(t)
        assert isinstance(info.dtype, np.dtype)


def test_iinfo_accepts_names_dtypes_and_instances():
    assert np.iinfo('int32').max == 2**31 - 1
    assert np.iinfo(np.dtype('uint8')).max == 255
    assert np.iinfo(np.zeros(3, np.int16).dtype).min == -32768
    assert np.iinfo(np.int16(3)).dtype == np.dtype('int16')
    assert np.iinfo(int).max == 2**63 - 1
    assert np.iinfo(7).bits == 64


def test_iinfo_repr_and_str():
    assert repr(np.iinfo(np.int8)) == 'iinfo(min=-128, max=127, dtype=int8)'
    assert repr(np.iinfo(np.uint64)) == \
        'iinfo(min=0, max=18446744073709551615, dtype=uint64)'
    rule = '-' * 63
    assert str(np.iinfo(np.uint8)) == (
        'Machine parameters for uint8\n' + rule + '\nmin = 0\nmax = 255\n'
        + rule + '\n')


def test_iinfo_rejects_non_integers():
    for t, kind in [
            (np.float64, 'f'), (float, 'f'), ('f4', 'f'),
            (np.complex128, 'c'), (np.bool_, 'b'), (bool, 'b'), (None, 'f'),
            ('no such type', 'U'), (np.zeros(2, np.int32), 'O'), ([1], 'O')]:
        with pytest.raises(ValueError) as e:
            np.iinfo(t)
        assert str(e.value) == "Invalid integer data type '%s'." % kind


def test_finfo_float64():
    f = np.finfo(np.float64)
    assert f.dtype == np.dtype('float64')
    assert f.bits == 64 and f.precision == 15
    assert f.eps == 2.0 ** -52 and f.epsneg == 2.0 ** -53
    assert f.max == 1.7976931348623157e308 and f.min == -f.max
    assert f.tiny == f.smallest_normal == 2.0 ** -1022
    assert f.smallest_subnormal == 5e-324
    assert f.resolution == 1e-15
    assert (f.nmant, f.machep, f.negep) == (52, -52, -53)
    assert (f.maxexp, f.minexp, f.nexp, f.iexp) == (1024, -1022, 11, 11)
    for name in ['eps', 'epsneg', 'max', 'min', 'tiny', 'smallest_normal',
                 'smallest_subnormal', 'resolution']:
        assert type(getattr(f, name)) is np.float64, name
    for name in ['bits', 'precision', 'nmant', 'machep', 'maxexp']:
        assert type(getattr(f, name)) is int, name


def test_finfo_float32_gives_float32_scalars():
    f = np.finfo(np.float32)
    assert f.dtype == np.dtype('float32')
    assert f.bits == 32 and f.precision == 6
    assert f.eps == np.float32(2.0 ** -23)
    assert f.epsneg == np.float32(2.0 ** -24)
    assert f.max == np.float32(3.4028234663852886e38) and f.min == -f.max
    assert f.tiny == f.smallest_normal == np.float32(2.0 ** -126)
    assert f.smallest_subnormal == np.float32(2.0 ** -149)
    assert f.resolution == np.float32(1e-6)
    assert (f.nmant, f.maxexp, f.minexp, f.nexp) == (23, 128, -126, 8)
    for name in ['eps', 'epsneg', 'max', 'min', 'tiny', 'resolution']:
        assert type(getattr(f, name)) is np.float32, name
    assert repr(f.eps) == 'np.float32(1.1920929e-07)'


def test_finfo_same_object_for_the_same_float_type():
    assert np.finfo(float) is np.finfo(np.float64)
    assert np.finfo(np.complex128) is np.finfo(np.float64)
    assert np.finfo('f4') is np.finfo(np.float32)
    assert np.finfo(np.float32(1.5)) is np.finfo(np.float32)
    assert np.finfo(1.5) is np.finfo(np.float64)
    assert np.finfo(np.dtype('float64')).bits == 64


def test_finfo_repr_and_str():
    assert repr(np.finfo(np.float64)) == (
        'finfo(resolution=1e-15, min=-1.7976931348623157e+308, '
        'max=1.7976931348623157e+308, dtype=float64)')
    assert repr(np.finfo(np.float32)) == (
        'finfo(resolution=1e-06, min=-3.4028235e+38, max=3.4028235e+38, '
        'dtype=float32)')
    rule = '-' * 63
    assert str(np.finfo(np.float32)) == '\n'.join([
        'Machine parameters for float32', rule,
        'precision = 6   resolution = 1e-06',
        'machep = -23   eps =        1.1920929e-07',
        'negep =  -24   epsneg =     5.9604645e-08',
        'minexp = -126   tiny =       1.1754944e-38',
        'maxexp = 128   max =        3.4028235e+38',
        'nexp =   8   min =        -max',
        'smallest_normal = 1.1754944e-38   smallest_subnormal = 1e-45',
        rule, ''])


def test_finfo_float64_str():
    rule = '-' * 63
    assert str(np.finfo(np.float64)) == '\n'.join([
        'Machine parameters for float64', rule,
        'precision = 15   resolution = 1e-15',
        'machep = -52   eps =        2.220446049250313e-16',
        'negep =  -53   epsneg =     1.1102230246251565e-16',
        'minexp = -1022   tiny =       2.2250738585072014e-308',
        'maxexp = 1024   max =        1.7976931348623157e+308',
        'nexp =   11   min =        -max',
        'smallest_normal = 2.2250738585072014e-308   '
        'smallest_subnormal = 5e-324',
        rule, ''])


def test_finfo_rejects_non_floats():
    for t, name in [
            (np.int64, 'int64'), (int, 'int64'), ('i4', 'int32'),
            (3, 'int64'), (np.uint8, 'uint8'), (np.bool_, 'bool'),
            ('no such type', 'str_'), (np.zeros(2), 'object_')]:
        with pytest.raises(ValueError) as e:
            np.finfo(t)
        assert str(e.value) == \
            "data type <class 'numpy.%s'> not inexact" % name
