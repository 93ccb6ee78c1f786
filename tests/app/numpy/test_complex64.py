"""complex64: two float32 parts; its names, NumPy's promotion table
(complex64 with float16/float32 and 1- and 2-byte integers, complex128
with float64 and wider integers, NEP 50 for Python scalars), arithmetic
and ufuncs computed in float32 as NumPy's loops compute them, float32
.real/.imag/abs, reductions, casts both ways, repr with float32's
shortest digits, finfo."""

import numpy as np
import pytest


C64 = np.complex64


def parts(a):
    """The float32 parts of a complex64 array, bit for bit."""
    a = np.asarray(a)
    assert a.dtype == C64
    return a.real.tobytes() + a.imag.tobytes()


def test_names_and_size():
    for name in ['complex64', 'c8', 'F', np.csingle, C64]:
        assert np.dtype(name) == C64
    assert np.dtype(C64).itemsize == 8
    assert np.dtype('F').char == 'F' and np.dtype('F').kind == 'c'
    assert str(np.dtype(np.csingle)) == 'complex64'
    a = np.zeros(3, C64)
    assert a.itemsize == 8 and a.nbytes == 24
    assert type(C64(1)).__name__ == 'complex64'
    assert not isinstance(C64(1), complex)


def test_creation():
    assert repr(np.ones(2, 'F')) == \
        'array([1.+0.j, 1.+0.j], dtype=complex64)'
    assert repr(np.array([1, 2.5], dtype='c8')) == \
        'array([1. +0.j, 2.5+0.j], dtype=complex64)'
    assert repr(C64('1+2j')) == 'np.complex64(1+2j)'
    assert repr(C64(np.float32(0.1))) == 'np.complex64(0.1+0j)'
    assert repr(C64()) == 'np.complex64(0j)'
    assert np.array([C64(1 + 1j)]).dtype == C64
    assert np.array([C64(1 + 1j), 1.0]).dtype == np.complex128


PROMOTIONS = [
    (np.float16, C64), (np.float32, C64), (np.int8, C64), (np.uint8, C64),
    (np.int16, C64), (np.uint16, C64), (np.bool_, C64), (C64, C64),
    (np.float64, np.complex128), (np.int32, np.complex128),
    (np.uint32, np.complex128), (np.int64, np.complex128),
    (np.uint64, np.complex128), (np.complex128, np.complex128),
]


def test_promotion_table():
    for other, result in PROMOTIONS:
        assert np.promote_types(C64, other) == result
        assert np.promote_types(other, C64) == result
        assert np.result_type(C64, other) == result
        assert (np.ones(2, C64) + np.ones(2, other)).dtype == result


def test_python_scalars_are_weak():
    assert (np.ones(2, np.float32) + 1j).dtype == C64
    assert (np.ones(2, np.float16) + 1j).dtype == C64
    assert (np.ones(2, np.float64) + 1j).dtype == np.complex128
    assert (np.ones(2, np.int8) + 1j).dtype == np.complex128
    assert (np.ones(2, C64) + 1.0).dtype == C64
    assert (np.ones(2, C64) + 1j).dtype == C64
    assert np.result_type(C64, 1j) == C64
    assert np.result_type(np.float32, 1j) == C64
    assert np.result_type(C64, 1.0) == C64
    assert np.result_type(np.int8, 1) == np.int8
    assert np.result_type(1, 2.0) == np.float64
    with pytest.raises(ValueError, match='at least one array or dtype'):
        np.result_type()


def test_arithmetic_in_float32():
    x = np.array([1 + 2j, 3 - 1j, -0.5 + 0.25j, 0.1 + 0.2j], C64)
    y = np.array([2 - 1j, 0.5j, 3, 1e-3 + 7j], C64)
    assert repr(x * y) == repr(np.multiply(x, y))
    assert repr(x + 0.1) == \
        'array([ 1.1+2.j  ,  3.1-1.j  , -0.4+0.25j,  0.2+0.2j ], ' \
        'dtype=complex64)'
    assert repr(x / y) == \
        'array([ 0.        +1.j        , -2.        -6.j        ,\n' \
        '       -0.16666667+0.08333334j,  0.02857347-0.01428163j], ' \
        'dtype=complex64)'
    assert repr(x * 3) == \
        'array([ 3. +6.j  ,  9. -3.j  , -1.5+0.75j,  0.3+0.6j ], ' \
        'dtype=complex64)'
    assert repr(x[:2] * x[:2]) == \
        'array([-3.+4.j,  8.-6.j], dtype=complex64)'
    assert repr(x[:2] / x[1]) == \
        'array([0.1+0.7j, 1. +0.j ], dtype=complex64)'


def test_multiply_rounds_as_numpy_loops():
    # NumPy's element-wise complex64 multiply keeps the first product of
    # each part exact (a fused multiply-add) and rounds the second; its
    # scalar arithmetic, power and whole-array prod round every product
    a = np.array([0.346 + 0.321j], C64)
    b = np.array([-0.651 + 0.833j], C64)
    assert repr(a * b) == \
        'array([-0.49263903+0.07924698j], dtype=complex64)'
    assert repr(np.multiply(a[0], b[0])) == \
        'np.complex64(-0.49263903+0.07924698j)'
    assert repr(a[0] * b[0]) == 'np.complex64(-0.492639+0.07924698j)'
    ab = np.array([a[0], b[0]])
    assert repr(ab.prod()) == 'np.complex64(-0.492639+0.07924698j)'
    assert repr(ab.cumprod()[1]) == 'np.complex64(-0.49263903+0.07924698j)'
    assert repr(np.square(a)) == \
        'array([0.01667498+0.222132j], dtype=complex64)'


def test_scalar_arithmetic():
    s = C64(1 / 3)
    assert repr(s) == 'np.complex64(0.33333334+0j)'
    assert repr(s * s) == 'np.complex64(0.11111112+0j)'
    assert repr(s / 3) == 'np.complex64(0.11111112+0j)'
    assert repr(s + 1) == 'np.complex64(1.3333334+0j)'
    assert repr(-s) == 'np.complex64(-0.33333334-0j)'
    assert repr(s ** 2) == 'np.complex64(0.11111112+0j)'
    assert repr(C64(1 + 2j) * C64(3 - 1j)) == 'np.complex64(5+5j)'
    assert type(C64(1) * 2) is C64
    assert type(C64(1) * 2.0) is C64
    assert type(C64(1) * 1j) is C64
    assert type(C64(1) + np.int8(1)) is C64
    assert type(np.float32(1) * C64(1)) is C64
    assert type(C64(1) * np.float64(2)) is np.complex128
    assert repr(np.float32(2) * C64(1.5j)) == 'np.complex64(3j)'


def test_comparisons():
    x = np.array([0.1 + 0.2j, 1, 2j], C64)
    assert (x == 0.1 + 0.2j).tolist() == [True, False, False]
    assert (x == x[0]).tolist() == [True, False, False]
    assert (x != 1).tolist() == [True, False, True]
    assert (x < 1).tolist() == [True, False, True]
    assert C64(1 / 3) == 1 / 3          # 1/3 is cast to complex64 first
    assert C64(2) > 1
    assert bool(C64(1 + 2j)) and not bool(C64(0))


def test_real_imag_abs_are_float32():
    z = C64(1 + 2j)
    assert z.dtype == C64 and z.itemsize == 8
    assert type(z.real) is np.float32 and repr(z.imag) == 'np.float32(2.0)'
    assert repr(abs(z)) == 'np.float32(2.236068)'
    x = np.array([1 + 2j, 3 - 1j, 0.1 + 0.2j], C64)
    assert repr(x.real) == 'array([1. , 3. , 0.1], dtype=float32)'
    assert repr(x.imag) == 'array([ 2. , -1. ,  0.2], dtype=float32)'
    # the array loop's abs: larger * sqrt(1 + ratio**2); the scalar's
    # abs is C's hypotf
    assert repr(np.abs(x)) == \
        'array([2.236068  , 3.1622777 , 0.22360681], dtype=float32)'
    assert repr(abs(C64(0.1 + 0.2j))) == 'np.float32(0.2236068)'
    m = np.array([[1 + 2j, 3 - 1j]], C64)
    m.real[0, 0] = 5
    m.imag[0, 1] = 0.5
    assert repr(m) == 'array([[5.+2.j , 3.+0.5j]], dtype=complex64)'


def test_unary_ufuncs():
    x = np.array([1 + 2j, 3 - 1j], C64)
    assert repr(np.exp(x)) == \
        'array([-1.1312044 +2.4717267j, 10.852262 -16.901396j ], ' \
        'dtype=complex64)'
    assert repr(np.sqrt(x)) == \
        'array([1.2720196+0.7861514j , 1.7553173-0.28484878j], ' \
        'dtype=complex64)'
    assert repr(np.log(x)) == \
        'array([0.804719 +1.1071488j , 1.1512926-0.32175055j], ' \
        'dtype=complex64)'
    assert repr(np.sin(x)) == \
        'array([3.1657786 +1.9596009j, 0.21775953+1.1634403j], ' \
        'dtype=complex64)'
    assert repr(np.arctanh(x)) == \
        'array([0.1732868 +1.1780972j, 0.30594388-1.4614619j], ' \
        'dtype=complex64)'
    assert repr(np.square(x)) == \
        'array([-3.+4.j,  8.-6.j], dtype=complex64)'
    assert repr(np.reciprocal(x)) == \
        'array([0.2-0.4j       , 0.3+0.10000001j], dtype=complex64)'
    assert repr(np.sign(np.array([0.1 + 0.2j], C64))) == \
        'array([0.44721362+0.89442724j], dtype=complex64)'
    assert np.conj(x).tolist() == [(1 - 2j), (3 + 1j)]
    assert np.isfinite(x).dtype == np.bool_


def test_power():
    a = np.array([1 + 1j, 2], C64)
    assert repr(a ** 2) == 'array([0.+2.j, 4.+0.j], dtype=complex64)'
    # ** 0.5 and ** -1 of a Python number are sqrt and reciprocal
    assert repr(a ** 0.5) == \
        'array([1.0986842+0.45508984j, 1.4142135+0.j        ], ' \
        'dtype=complex64)'
    assert repr(a ** -1) == 'array([0.5-0.5j, 0.5-0.j ], dtype=complex64)'
    assert repr(a ** np.float32(0.5)) == \
        'array([1.0986841+0.45508987j, 1.4142135+0.j        ], ' \
        'dtype=complex64)'
    assert repr(np.power(a, C64(2 - 1j))) == \
        'array([1.4900141+4.125745j, 3.0769556-2.555845j], ' \
        'dtype=complex64)'


def test_reductions():
    m = np.array([[1 + 2j, 3 - 1j], [0.1 + 0.2j, 1 / 3]], C64)
    assert repr(m.sum()) == 'np.complex64(4.4333334+1.2j)'
    assert repr(m.sum(axis=0)) == \
        'array([1.1      +2.2j, 3.3333333-1.j ], dtype=complex64)'
    assert repr(m.prod()) == 'np.complex64(-0.16666667+0.5j)'
    assert repr(m.mean()) == 'np.complex64(1.1083333+0.3j)'
    assert repr(m.cumsum()) == \
        'array([1.       +2.j , 4.       +1.j , 4.1      +1.2j, ' \
        '4.4333334+1.2j],\n      dtype=complex64)'
    assert repr(m.var()) == 'np.float32(2.4718752)'
    x = np.array([0.1 + 0.1j] * 10, C64)
    assert repr(x.sum()) == 'np.complex64(1+1j)'
    assert repr(x.mean()) == 'np.complex64(0.1+0.1j)'


def test_where_keeps_complex64():
    c = np.array([True, False])
    assert repr(np.where(c, np.array([1 + 2j, 3 - 1j], C64), 0)) == \
        'array([1.+2.j, 0.+0.j], dtype=complex64)'
    assert np.where(c, 1j, np.ones(2, np.float32)).dtype == C64
    assert np.where(c, np.ones(2, np.complex128), 0).dtype == np.complex128


def test_casts():
    x = np.array([1 + 2j, 3.5 - 1j], C64)
    assert repr(x.astype(np.complex128)) == 'array([1. +2.j, 3.5-1.j])'
    assert repr(x.astype(np.float32)) == \
        'array([1. , 3.5], dtype=float32)'
    assert repr(x.astype(np.int32)) == 'array([1, 3], dtype=int32)'
    assert repr(np.array([0.1], np.float16).astype(C64)) == \
        'array([0.09997559+0.j], dtype=complex64)'
    assert repr(np.arange(3).astype(C64)) == \
        'array([0.+0.j, 1.+0.j, 2.+0.j], dtype=complex64)'
    assert repr(np.array([1 / 3 + 0.1j]).astype(C64)) == \
        'array([0.33333334+0.1j], dtype=complex64)'
    assert repr(np.array([True, False]).astype(C64)) == \
        'array([1.+0.j, 0.+0.j], dtype=complex64)'
    assert C64(1 / 3).real == np.float32(1 / 3)


def test_repr_shortest_float32_digits():
    assert repr(C64(1 / 3)) == 'np.complex64(0.33333334+0j)'
    assert str(C64(1 / 3)) == '(0.33333334+0j)'
    assert repr(C64(1e20)) == 'np.complex64(1e+20+0j)'
    assert repr(C64(123456789 + 0.1j)) == \
        'np.complex64(1.2345679e+08+0.1j)'
    assert repr(C64(1e-4j)) == 'np.complex64(1e-04j)'
    assert repr(C64(-0.0)) == 'np.complex64(-0+0j)'
    assert repr(C64(complex(np.nan, np.inf))) == 'np.complex64(nan+infj)'
    assert repr(np.array([1 / 3], C64)) == \
        'array([0.33333334+0.j], dtype=complex64)'
    assert repr(np.array([1 / 3, 1e20, 2j], C64)) == \
        'array([3.3333334e-01+0.j, 1.0000000e+20+0.j, ' \
        '0.0000000e+00+2.j],\n      dtype=complex64)'
    assert str(np.array([1 / 3, 2j], C64)) == '[0.33333334+0.j 0.        +2.j]'


def test_finfo_is_float32s():
    info = np.finfo(C64)
    assert info.dtype == np.float32
    assert info.eps == np.finfo(np.float32).eps
    assert info.bits == 32
    assert np.finfo(np.csingle).max == np.finfo(np.float32).max
