"""complex128 arrays."""

import numpy as np
import pytest


def test_complex_dtype_and_creation():
    assert np.dtype('complex128').itemsize == 16
    assert np.dtype(complex) == np.complex128
    a = np.array([1 + 2j, 3 - 1j])
    assert a.dtype == np.complex128
    assert repr(a) == 'array([1.+2.j, 3.-1.j])'
    assert np.zeros(2, dtype=complex).tolist() == [0j, 0j]
    assert np.array([1, 2.5, 1j]).dtype == np.complex128


def test_complex_arithmetic():
    a = np.array([1 + 2j, 3 - 1j])
    b = np.array([2j, 1 + 1j])
    assert (a + b).tolist() == [1 + 4j, 4 + 0j]
    assert (a - b).tolist() == [1 + 0j, 2 - 2j]
    assert (a * b).tolist() == [-4 + 2j, 4 + 2j]
    assert (a / 2).tolist() == [0.5 + 1j, 1.5 - 0.5j]
    assert (a ** 2).tolist() == [-3 + 4j, 8 - 6j]
    assert np.abs(np.array([3 + 4j])).tolist() == [5.0]
    assert (a == np.array([1 + 2j, 3 + 1j])).tolist() == [True, False]


def test_complex_parts():
    a = np.array([1 + 2j, 3 - 1j])
    assert a.real.tolist() == [1.0, 3.0]
    assert a.imag.tolist() == [2.0, -1.0]
    assert a.conj().tolist() == [1 - 2j, 3 + 1j]
    assert np.conj(a).tolist() == [1 - 2j, 3 + 1j]
    a.imag[0] = 5
    assert a[0] == 1 + 5j


def test_complex_reductions():
    a = np.array([1 + 2j, 3 - 1j])
    assert a.sum() == 4 + 1j
    assert a.prod() == 5 + 5j
    assert a.mean() == 2 + 0.5j
    assert repr(a.sum()) == 'np.complex128(4+1j)'


def test_complex_dtype_names():
    assert np.dtype('c16') == np.complex128
    assert np.dtype(complex).kind == 'c'
    assert np.cdouble is np.complex128
    assert np.dtype(np.complex128).name == 'complex128'


def test_complex_scalar_box():
    a = np.array([1 + 2j, 3 - 1j])
    assert isinstance(a[0], complex)
    assert type(a[0]) is np.complex128
    assert str(a[0]) == '(1+2j)'
    assert repr(a[0]) == 'np.complex128(1+2j)'
    assert repr(np.complex128(3)) == 'np.complex128(3+0j)'
    assert repr(a[0] == 1 + 2j) == 'np.True_'


def test_complex_repr_alignment():
    assert repr(np.array([0j, 0j])) == 'array([0.+0.j, 0.+0.j])'
    assert repr(np.array([1.5 + 2j, -3 - 0.25j])) == \
        'array([ 1.5+2.j  , -3. -0.25j])'
    assert repr(np.array([1e10 + 1j, 1j])) == \
        'array([1.e+10+1.j, 0.e+00+1.j])'
    assert repr(np.array([-1.5 - 2.5j, 10 + 100j])) == \
        'array([-1.5  -2.5j, 10. +100.j ])'
    assert str(np.array([1 + 2j, 3 - 1j])) == '[1.+2.j 3.-1.j]'
    assert str(np.array(1 + 2j)) == '(1+2j)'
    assert repr(np.array(1 + 2j)) == 'array(1.+2.j)'


def test_complex_assignment_and_casts():
    c = np.zeros(3, dtype=complex)
    c[0] = 1 + 2j
    c[1:] = np.array([3, 4])
    c[2] = 7
    assert c.tolist() == [1 + 2j, 3 + 0j, 7 + 0j]
    assert np.array([1, 2]).astype(complex).tolist() == [1 + 0j, 2 + 0j]
    assert np.array([1.5]).astype(complex).tolist() == [1.5 + 0j]


def test_complex_mixed_operands():
    a = np.array([1 + 2j, 3 - 1j])
    assert (a * 1j).tolist() == [-2 + 1j, 1 + 3j]
    assert (2 * a).tolist() == [2 + 4j, 6 - 2j]
    assert (a + np.float32(1)).tolist() == [2 + 2j, 4 - 1j]
    assert (np.array([1.5, 2.5]) + 1j).tolist() == [1.5 + 1j, 2.5 + 1j]
    assert (np.arange(3) * (1 + 1j)).tolist() == [0j, 1 + 1j, 2 + 2j]
    assert (-a).tolist() == [-1 - 2j, -3 + 1j]


def test_complex_unary_ufuncs():
    a = np.array([1 + 2j, 3 - 1j])
    assert np.sqrt(np.array([-4 + 0j])).tolist() == [2j]
    assert np.exp(np.array([0j])).tolist() == [1 + 0j]
    assert np.isnan(a).tolist() == [False, False]
    assert np.isfinite(a).tolist() == [True, True]


def test_complex_indexing():
    a = np.array([1 + 2j, 3 - 1j])
    assert a[[1, 0]].tolist() == [3 - 1j, 1 + 2j]
    assert a[a.real > 2].tolist() == [3 - 1j]
    assert a[::-1].tolist() == [3 - 1j, 1 + 2j]
    b = np.zeros((2, 2), dtype=complex)
    b[1, 0] = 1j
    assert b.T[0, 1] == 1j


def test_complex_reductions_along_axes():
    a = np.array([[1 + 2j, 3 - 1j], [0.5j, 2]])
    assert a.sum() == 6 + 1.5j
    assert a.prod() == -5 + 5j
    assert np.sum(a, axis=0).tolist() == [1 + 2.5j, 5 - 1j]
    assert a.mean(axis=1).tolist() == [2 + 0.5j, 1 + 0.25j]
    assert a.sum(keepdims=True).tolist() == [[6 + 1.5j]]
    assert repr(a.sum(axis=1)) == 'array([4.+1.j , 2.+0.5j])'


def test_complex_abs_and_inplace():
    a = np.array([1 + 2j, 3 - 1j])
    assert repr(abs(np.complex128(3 + 4j))) == 'np.float64(5.0)'
    a += 1
    a *= 1j
    assert a.tolist() == [-2 + 2j, 1 + 4j]
    assert np.add(a, 1, out=np.zeros(2, complex)).tolist() == [-1 + 2j, 2 + 4j]
