"""Complex arrays in expressions: fused with real operands and scalars,
broadcast, strided, written in place and through out=, selected by
np.where, cast (with NumPy's ComplexWarning), in complex64 too; each
result checked element by element against Python's complex arithmetic
or NumPy's own values."""

import math
import warnings
import numpy as np
import pytest


def complex_range(n, scale=1.0):
    return np.array([complex(scale * (i + 1), 0.5 * i - 3.0)
                     for i in range(n)])


def test_mixed_expression_matches_elementwise():
    a = complex_range(37)
    x = np.arange(37) * 0.25
    got = (a * x + 2j) / (a - 1.5) - a * a
    for k in range(37):
        z = complex(a[k])
        expected = (z * x[k] + 2j) / (z - 1.5) - z * z
        assert abs(complex(got[k]) - expected) <= 1e-12 * abs(expected)


def test_expression_with_int_array_and_python_complex():
    i = np.arange(10)
    got = i * (1 + 1j) + 3
    assert got.dtype == np.complex128
    assert got.tolist() == [complex(k + 3, k) for k in range(10)]


def test_broadcast_row_and_column():
    col = (np.arange(3) * 1j).reshape(3, 1)
    row = np.arange(4) + 0j
    got = col + row * 2
    assert got.shape == (3, 4)
    assert got.tolist() == [[complex(2 * c, r) for c in range(4)]
                            for r in range(3)]


def test_strided_and_transposed_operands():
    a = complex_range(20).reshape(4, 5)
    got = a[:, ::2] * a[:, 1::2].conj()[:, :1]
    for r in range(4):
        for c in range(3):
            expected = complex(a[r, 2 * c]) * complex(a[r, 1]).conjugate()
            assert complex(got[r, c]) == expected
    t = a.T + 1j
    assert t.shape == (5, 4)
    assert t[3, 2] == a[2, 3] + 1j


def test_inplace_operators():
    a = complex_range(9)
    b = a.copy()
    a += 1j
    a *= b
    a -= 2
    for k in range(9):
        z = complex(b[k])
        assert complex(a[k]) == (z + 1j) * z - 2


def test_inplace_real_operand_into_complex():
    a = np.zeros(5, dtype=complex)
    a += np.arange(5)
    a *= 1j
    assert a.tolist() == [1j * k for k in range(5)]


def test_out_argument_and_casting():
    a = complex_range(6)
    out = np.empty(6, dtype=np.complex64)
    r = np.multiply(a, 2, out=out)
    assert r is out
    assert out.tolist() == [complex(np.complex64(2 * z)) for z in a]
    with pytest.raises(TypeError):
        np.add(a, 1, out=np.empty(6))


def test_where_selects_complex():
    a = complex_range(8)
    got = np.where(a.real > 4, a, -1j)
    for k in range(8):
        assert got[k] == (a[k] if a[k].real > 4 else -1j)
    assert np.where(np.array([0j, 1j, 0j]), 1, 2).tolist() == [2, 1, 2]


def test_comparisons_and_tests_in_expressions():
    a = np.array([1 + 1j, 1 + 2j, 2 + 0j, complex('nan+1j')])
    b = np.array([1 + 2j, 1 + 2j, 1 + 5j, 0j])
    with np.errstate(invalid='ignore'):     # NumPy's `<` with a NaN
        assert (a < b).tolist() == [True, False, False, False]
    assert (a == b).tolist() == [False, True, False, False]
    assert np.isnan(a * 2).tolist() == [False, False, False, True]
    assert np.logical_and(a, b).tolist() == [True, True, True, False]
    assert abs(a[:3] * 2).tolist() == [abs(2 * complex(z)) for z in a[:3]]


def test_cast_to_real_warns_and_takes_real_part():
    a = complex_range(4)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        r = a.astype(np.float64)
        d = np.zeros(4)
        d[:] = a * 2
        b = a.astype(bool)
    kinds = [w.category for w in caught]
    assert kinds == [np.exceptions.ComplexWarning] * 2
    assert r.tolist() == a.real.tolist()
    assert d.tolist() == (2 * a.real).tolist()
    assert b.tolist() == [True] * 4


def test_complex64_expression_rounds_in_float32():
    a = complex_range(12).astype(np.complex64)
    got = a * a + np.complex64(0.1 + 0.2j)
    assert got.dtype == np.complex64
    for k in range(12):
        z = a[k]
        assert got[k] == z * z + np.complex64(0.1 + 0.2j)


def test_division_by_zero_warns_as_numpy():
    a = np.array([1 + 1j, 0j, 2 - 1j])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        r = (a / 0).tolist()
    assert sorted(str(w.message) for w in caught) == sorted(
        ['divide by zero encountered in divide',
         'invalid value encountered in divide'])
    assert r[0].real == np.inf and r[1].real != r[1].real


def test_long_expression_is_forced_in_pieces():
    a = complex_range(7)
    b = a
    for _ in range(40):
        b = b * 1j + 1
    z = [complex(v) for v in a]
    for _ in range(40):
        z = [v * 1j + 1 for v in z]
    assert b.tolist() == z


def fma_square_plus_one(r):
    """1 + r*r rounded once (NumPy's loop computes it with an FMA)."""
    p = r * r
    c = 134217729.0 * r
    high = c - (c - r)
    low = r - high
    e = ((high * high - p) + 2.0 * high * low) + low * low
    s = 1.0 + p
    return s + (((1.0 - s) + p) + e)


def numpy_cabs(z):
    """NumPy's complex128 absolute loop: larger * sqrt(ratio**2 + 1)."""
    re, im = abs(z.real), abs(z.imag)
    if math.isinf(re) or math.isinf(im):
        return math.inf
    if math.isnan(re) or math.isnan(im):
        return math.nan
    larger = max(re, im)
    if larger == 0.0:
        return 0.0
    return larger * math.sqrt(fma_square_plus_one(min(re, im) / larger))


def test_absolute_is_numpys_loop_formula():
    values = [complex((k * 7919 % 1000 + 1) * 10.0 ** (k % 11 - 5),
                      (k * 104729 % 997) * 10.0 ** (k % 7 - 3))
              for k in range(3000)]
    got = np.abs(np.array(values)).tolist()
    expected = [numpy_cabs(z) for z in values]
    exact = sum(g == e for g, e in zip(got, expected))
    assert exact >= 0.99 * len(values)
    assert all(abs(g - e) <= math.ulp(e) for g, e in zip(got, expected))
    specials = np.array([complex(x, y)
                         for x in [0.0, -0.0, 2.0, math.inf, math.nan]
                         for y in [0.0, -3.0, -math.inf, math.nan]])
    got = np.abs(specials).tolist()
    assert [repr(v) for v in got] == [repr(numpy_cabs(z))
                                      for z in specials.tolist()]


def test_sums_and_differences_of_contiguous_arrays():
    # computed as the float parts' sums: same values, dtype, shape, order,
    # specials and overflow warning as NumPy's complex loops
    z = np.arange(12) + 1j * np.arange(12)[::-1]
    y = np.arange(12) * 0.5 - 2j
    m = z.reshape(3, 4)
    for r, want in [(z + y, [complex(a) + complex(b) for a, b in zip(z, y)]),
                    (-(z - y) + z, [b for b in y]),
                    (z[1:] - z[:-1], [complex(1, -1)] * 11)]:
        assert r.dtype == np.complex128
        assert r.tolist() == want
    assert (m + m).shape == (3, 4) and (m + m).flags.c_contiguous
    assert (m - m).tolist() == np.zeros((3, 4), complex).tolist()
    s = np.array([complex(np.inf, np.nan), complex(-0.0, 1e300)])
    t = s + s
    assert math.isinf(t[0].real) and math.isnan(t[0].imag)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        big = np.array([1e308 + 1e308j]) + np.array([1e308 + 1e308j])
        assert math.isinf(big[0].real) and math.isinf(big[0].imag)
    assert [str(w.message) for w in caught] == \
        ['overflow encountered in add']
    assert (np.zeros(0, complex) + np.zeros(0, complex)).shape == (0,)
    # with a scalar, a complex64 operand or a strided view: the complex loop
    assert (z[::2] + z[1::2]).tolist() == \
        [complex(a) + complex(b) for a, b in zip(z[::2], z[1::2])]
    assert (z + 1j).tolist() == [complex(a) + 1j for a in z]
