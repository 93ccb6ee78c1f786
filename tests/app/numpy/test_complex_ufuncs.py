"""Complex loops: the trigonometric and hyperbolic functions and their
inverses (C99's, as NumPy calls them), exp2, log2, log10, log1p, expm1,
rint, sign, maximum/minimum/fmax/fmin (lexicographic,
with NumPy's NaN rules) and the logical ufuncs."""

import numpy as np
import pytest
from ulp import assert_ulp_close

Z = [2 + 0j, 0.5 - 0.25j, -3 + 1j, 1 + 0j, 1e-3 + 2j, -0.5 - 4j]
NAN = complex(float('nan'), 0)


def check(func):
    with np.errstate(all='ignore'):
        got = func(np.array(Z))
    assert got.dtype == np.complex128
    for z, value in zip(Z, got.tolist()):
        with np.errstate(all='ignore'):
            expected = complex(func(np.complex128(z)))
        name = func.__name__
        assert_ulp_close(value.real, expected.real, name)
        assert_ulp_close(value.imag, expected.imag, name)


def test_inverse_functions():
    for func in [np.arcsin, np.arccos, np.arctan, np.arcsinh, np.arccosh,
                 np.arctanh]:
        check(func)


def test_known_values():
    r = np.arcsin(np.array([2 + 0j]))[0]
    assert abs(r.real - 1.5707963267948966) < 1e-15
    assert abs(r.imag - 1.3169578969248166) < 1e-15
    with np.errstate(all='ignore'):
        r = np.arctanh(np.array([1 + 0j]))[0]
    assert r.real == np.inf and r.imag == 0.0
    r = np.exp2(np.array([3 + 0j]))[0]
    assert abs(r.real - 8.0) < 1e-14 and r.imag == 0.0


def test_exp2():
    check(np.exp2)


def test_trigonometric_hyperbolic():
    for func in [np.sin, np.cos, np.tan, np.sinh, np.cosh, np.tanh]:
        check(func)


def test_logs_and_rounding():
    for func in [np.log2, np.log10, np.log1p, np.expm1]:
        check(func)
    assert np.rint(np.array([2.5 + 1.5j, -0.5 - 2.7j])).tolist() == [
        2 + 2j, -0.0 - 3j]
    r = np.sign(np.array([3 + 4j, 0j]))
    assert r.tolist() == [0.6 + 0.8j, 0j]


def test_maximum_minimum():
    a = np.array([1j, 1 + 0j, NAN, 2 + 0j, 1 + 2j, 1 + 1j])
    b = np.array([0j, 1 + 1j, 1 + 0j, NAN, 1 + 2j, 1 - 1j])

    def same(x, y):
        return all((p == q) or (p != p and q != q)
                   for p, q in zip(x.tolist(), y.tolist()))
    assert same(np.maximum(a, b), np.array([1j, 1 + 1j, NAN, NAN, 1 + 2j,
                                            1 + 1j]))
    assert same(np.minimum(a, b), np.array([0j, 1 + 0j, NAN, NAN, 1 + 2j,
                                            1 - 1j]))
    assert same(np.fmax(a, b), np.array([1j, 1 + 1j, 1 + 0j, 2 + 0j, 1 + 2j,
                                         1 + 1j]))
    assert same(np.fmin(a, b), np.array([0j, 1 + 0j, 1 + 0j, 2 + 0j, 1 + 2j,
                                         1 - 1j]))
    assert np.maximum(np.array([1j]), 0).tolist() == [1j]


def test_logical():
    a = np.array([1j, 0j, 2 + 0j, 0j])
    b = np.array([0j, 0j, 1j, 3 + 0j])
    assert np.logical_and(a, b).tolist() == [False, False, True, False]
    assert np.logical_or(a, b).tolist() == [True, False, True, True]
    assert np.logical_xor(a, b).tolist() == [True, False, False, True]
    assert np.logical_not(a).tolist() == [False, True, False, True]
    assert np.logical_and(np.array([1j]), True).tolist() == [True]


def test_power_of_complex_zero():
    # NumPy 2's npy_cpow: 0 ** b is 0 when Re(b) > 0, 1 for b == 0, else nan
    exponents = [0.5 + 1j, -0.5 + 1j, 1j, 2 + 0j, -1 + 0j, 0j, 3 + 0j,
                 0.5 - 1j]
    with np.errstate(all='ignore'):
        got = (np.zeros(len(exponents), complex) ** np.array(exponents))
    assert [str(z) for z in got.tolist()] == [
        '0j', '(nan+nanj)', '(nan+nanj)', '0j', '(nan+nanj)', '(1+0j)', '0j',
        '0j']


def test_divmod_of_complex_is_refused_by_name():
    with pytest.raises(TypeError, match="ufunc 'divmod' not supported"):
        np.divmod(np.ones(2), np.ones(2, complex))


def test_sign_of_infinite_complex_values():
    inf, nan = float('inf'), float('nan')
    z = np.array([complex(inf, 0), complex(-inf, 3), complex(2, inf),
                  complex(0, -inf), complex(inf, inf), complex(nan, 1),
                  complex(inf, nan), 0j, 3 - 4j])
    with np.errstate(all='ignore'):
        got = [str(x) for x in np.sign(z).tolist()]
    assert got == ['(1+0j)', '(-1+0j)', '1j', '-1j', '(nan+nanj)',
                   '(nan+nanj)', '(1+0j)', '0j', '(0.6-0.8j)']
