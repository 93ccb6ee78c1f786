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


NAN = float('nan')
# NumPy's complex sort order puts NaNs last: R+Rj < R+nanj < nan+Rj < nan+nanj
UNSORTED = [3 + 1j, 1 + 2j, complex(NAN, 0), 1 + 1j, complex(0, NAN),
            complex(NAN, NAN), 1 - 1j, complex(1, NAN), 1 + 1j]


def same(xs, ys):
    """Element lists equal, NaN parts matching NaN parts."""
    def key(z):
        z = complex(z)
        return (repr(z.real), repr(z.imag))
    return [key(x) for x in xs] == [key(y) for y in ys]


def test_complex_sort_and_argsort():
    a = np.array(UNSORTED)
    assert np.argsort(a, kind='stable').tolist() == [6, 3, 8, 1, 0, 4, 7,
                                                      2, 5]
    assert same(np.sort(a).tolist(),
                [1 - 1j, 1 + 1j, 1 + 1j, 1 + 2j, 3 + 1j, complex(0, NAN),
                 complex(1, NAN), complex(NAN, 0), complex(NAN, NAN)])
    assert a.argsort(kind='stable').tolist() == [6, 3, 8, 1, 0, 4, 7, 2, 5]
    b = np.array([[2 + 1j, 1 + 5j, 2 - 1j], [0j, -1j, 1j]])
    assert np.sort(b).tolist() == [[1 + 5j, 2 - 1j, 2 + 1j],
                                   [-1j, 0j, 1j]]
    assert np.sort(b, axis=0).tolist() == [[0j, -1j, 1j],
                                           [2 + 1j, 1 + 5j, 2 - 1j]]
    assert np.sort(b, axis=None).tolist() == [-1j, 0j, 1j, 1 + 5j, 2 - 1j,
                                              2 + 1j]
    assert np.argsort(b, axis=0).tolist() == [[1, 1, 1], [0, 0, 0]]
    c = b.copy()
    c.sort(axis=0)
    assert c.tolist() == np.sort(b, axis=0).tolist()
    v = b[:, ::2]
    v.sort()
    assert b.tolist() == [[2 - 1j, 1 + 5j, 2 + 1j], [0j, -1j, 1j]]
    assert np.sort(b).dtype == np.complex128


def test_complex_min_max():
    a = np.array([1 + 2j, 3 - 1j, 3 - 2j, 1 + 2j])
    assert a.max() == 3 - 1j and a.min() == 1 + 2j
    assert repr(np.amax(a)) == 'np.complex128(3-1j)'
    assert np.amin(a) == 1 + 2j
    assert a.argmax() == 1 and a.argmin() == 0
    assert np.argmax(a) == 1 and np.argmin(a) == 0
    m = np.array([[1 + 1j, 1 - 1j], [0j, 2j]])
    assert m.max(axis=0).tolist() == [1 + 1j, 1 - 1j]
    assert m.min(axis=1).tolist() == [1 - 1j, 0j]
    assert m.max(axis=1, keepdims=True).tolist() == [[1 + 1j], [2j]]
    assert m.argmax(axis=0).tolist() == [0, 0]
    assert m.argmin(axis=1).tolist() == [1, 0]
    assert m.max(keepdims=True).tolist() == [[1 + 1j]]
    assert m.max(axis=0).dtype == np.complex128


def test_complex_min_max_nan():
    a = np.array(UNSORTED)
    # the first NaN (in either part) propagates
    assert same([a.max(), a.min()], [complex(NAN, 0), complex(NAN, 0)])
    assert a.argmax() == 2 and a.argmin() == 2
    b = np.array([1j, 2 + 0j, complex(0, NAN), complex(NAN, 1)])
    assert same([b.max()], [complex(0, NAN)])
    assert b.argmin() == 2
    with pytest.raises(ValueError):
        np.array([], complex).max()
    with pytest.raises(ValueError):
        np.array([], complex).argmin()


def test_complex_var_std():
    a = np.array([1 + 2j, 3 - 1j, 3 - 2j])
    assert repr(a.var()) == 'np.float64(3.7777777777777786)'
    assert repr(a.std()) == 'np.float64(1.9436506316151003)'
    assert repr(np.var(a, ddof=1)) == 'np.float64(5.666666666666668)'
    m = np.array([[1 + 1j, 1 - 1j], [0j, 2j]])
    assert m.var(axis=0).tolist() == [0.5, 2.5]
    assert m.var(axis=1, keepdims=True).tolist() == [[1.0], [1.0]]
    assert m.std(axis=1).tolist() == [1.0, 1.0]
    assert m.var(axis=0).dtype == np.float64
    assert np.std(m, ddof=1) == np.sqrt(m.var() * 4 / 3)


def test_complex_cumsum_cumprod():
    a = np.array([1 + 2j, 3 - 1j, 3 - 2j])
    assert np.cumsum(a).tolist() == [1 + 2j, 4 + 1j, 7 - 1j]
    assert np.cumprod(a).tolist() == [1 + 2j, 5 + 5j, 25 + 5j]
    assert a.cumsum().dtype == np.complex128
    m = np.array([[1 + 1j, 1 - 1j], [0j, 2j]])
    assert m.cumsum(axis=0).tolist() == [[1 + 1j, 1 - 1j], [1 + 1j, 1 + 1j]]
    assert m.cumprod(axis=1).tolist() == [[1 + 1j, 2 + 0j], [0j, 0j]]
    assert m.cumsum().tolist() == [1 + 1j, 2 + 0j, 2 + 0j, 2 + 2j]
    z = -(0j)
    assert repr(np.cumsum(np.array([z]))) == 'array([-0.-0.j])'
    assert repr(np.cumprod(np.array([z, 1]))) == 'array([-0.-0.j,  0.-0.j])'


def test_complex_prod_along_axis():
    m = np.array([[1 + 1j, 1 - 1j], [0.5j, 2]])
    assert m.prod(axis=0).tolist() == [-0.5 + 0.5j, 2 - 2j]
    assert np.prod(m, axis=1).tolist() == [2 + 0j, 1j]


def test_complex_dot():
    a = np.array([1 + 2j, 3 - 1j, 3 - 2j])
    assert repr(np.dot(a, a)) == 'np.complex128(10-14j)'
    assert a @ a == 10 - 14j
    assert a.dot(np.array([1.0, 2.0, 0.5])) == 8.5 - 1j
    assert np.dot(np.array([1, 2, 3]), a) == 16 - 6j
    m = np.array([[1 + 1j, 2], [0j, 1j]])
    assert (m @ m).tolist() == [[2j, 2 + 4j], [0j, -1 + 0j]]
    assert np.dot(m, np.array([1, 2])).tolist() == [5 + 1j, 2j]
    assert (np.array([[1.0, 2.0]]) @ m).tolist() == [[1 + 1j, 2 + 2j]]
    assert np.matmul(m.T, a[:2]).dtype == np.complex128
    assert np.matmul(m.T, a[:2]).tolist() == [-1 + 3j, 3 + 7j]
    assert np.outer(a[:2], [1, 2]).tolist() == [[1 + 2j, 2 + 4j],
                                                [3 - 1j, 6 - 2j]]


def test_complex_contains_and_equality():
    b = np.array([1 + 2j, 3 - 1j])
    assert (1 + 2j) in b
    assert 1j not in b
    assert 1 in np.array([1 + 0j])
    assert 1 not in np.array([1 + 1j])
    assert 2 not in np.array([1 + 2j])
    assert 0j in np.array([0.0, 1.0])
    assert 1j not in np.array([0.0, 1.0])
    assert 1j in np.array([[1j, 2]])
    assert type(1j in b) is bool and type(2.0 in np.arange(3.0)) is bool
    assert (b == 1j).tolist() == [False, False]
    assert (np.array([1 + 2j]) == (1 + 2j)).tolist() == [True]
    assert (np.array([1.0, 2.0]) == 1j).tolist() == [False, False]
    assert (np.array([1, 2]) == 1 + 0j).tolist() == [True, False]


def test_complex_unique_and_searchsorted():
    a = np.array([1 + 1j, 1 - 1j, 1 + 1j, 2 + 0j, 1 - 1j, 1j])
    assert np.unique(a).tolist() == [1j, 1 - 1j, 1 + 1j, 2 + 0j]
    values, index, counts = np.unique(a, return_index=True,
                                      return_counts=True)
    assert index.tolist() == [5, 1, 0, 3]
    assert counts.tolist() == [1, 2, 2, 1]
    b = np.array([1 + 1j, complex(NAN, 1), complex(1, NAN)])
    assert len(np.unique(b, equal_nan=False)) == 3
    assert np.unique(b, return_counts=True)[1].tolist() == [1, 2]
    s = np.array([1 - 1j, 1 + 1j, 2 + 0j, complex(1, NAN)])
    assert np.searchsorted(s, [1 + 0j, 1 + 1j, 3 + 0j,
                               complex(NAN, 0)]).tolist() == [1, 1, 3, 4]
    assert np.searchsorted(s, 1 + 1j, side='right') == 2
    assert np.searchsorted(np.array([1.0, 2.0]), 1.5 + 1j) == 1
    assert np.searchsorted(np.array([1.0, NAN]), [NAN, 3.0]).tolist() == \
        [1, 1]


def test_complex_nonzero():
    a = np.array([0j, 1j, 2 + 0j, 0j])
    assert np.nonzero(a)[0].tolist() == [1, 2]
    assert np.count_nonzero(a) == 2
    assert np.argwhere(a[::-1]).tolist() == [[1], [2]]
    assert a.nonzero()[0].tolist() == [1, 2]


def test_complex_ordering_with_nan_parts():
    # NumPy's CLT/CLE: a NaN part makes a real-part comparison false
    a = np.array([6 + 1e-30j, complex(-0.25, float('nan')), 1 - 3.25j,
                  complex(float('nan'), 1.0), 1 + 2j])
    b = np.array([1 + 0j, 1 + 0j, 1 - 3.25j, 1 + 0j, 1 + 3j])
    assert (a < b).tolist() == [False, False, False, False, True]
    assert (a <= b).tolist() == [False, False, True, False, True]
    assert (a > b).tolist() == [True, False, False, False, False]
    assert (a >= b).tolist() == [True, False, True, False, False]
    assert (b > a).tolist() == (a < b).tolist()


def test_complex_where_names_every_operand_shape():
    cond = np.array([], np.uint32) < 2
    z = np.array([[1 + 2j, 3, 4]])
    for y, shapes in [(-1.0, '(0,) (1,3) () '), (z, '(0,) (1,3) (1,3) ')]:
        with pytest.raises(ValueError) as info:
            np.where(cond, z, y)
        assert str(info.value) == ('operands could not be broadcast '
                                   'together with shapes ' + shapes)


def test_complex_of_a_0d_array():
    assert complex(np.array(8.25 - 7.75j)) == 8.25 - 7.75j
    assert complex(np.array(3.5)) == 3.5 + 0j
    assert complex(np.array(2, np.int8)) == 2 + 0j
    with pytest.raises(TypeError, match='only 0-dimensional arrays'):
        complex(np.array([1 + 1j]))


def test_all_any_see_the_imaginary_part():
    z = np.array([[-0.0 - 9.75j, 0j], [1 + 0j, 0 + 1j]])
    assert z.all(axis=1).tolist() == [False, True]
    assert np.all(z[:, :1]) and not np.all(z)
    assert np.any(np.array([[-0.0 - 9.75j]]), axis=1).tolist() == [True]
    assert np.all(np.array([[[-0.0 - 9.75j, 1 + 0j]]]), axis=1).tolist() == \
        [[True, True]]
    assert np.count_nonzero(z) == 3


def test_var_std_of_0d_complex_arrays():
    # the deviation of a 0-d array is a scalar (once a fatal error)
    for dtype in [np.complex128, np.complex64]:
        z = np.array(1 + 2j, dtype)
        assert np.var(z) == 0 and np.std(z) == 0
        assert np.var(z).dtype == np.zeros(1, dtype).real.dtype
