"""sum/mean of complex128 arrays in NumPy's order: pairwise, with the
blocking of its complex loop (loops_utils.h.src), checked bit for bit
against that algorithm written plainly here."""

import numpy as np


def pairwise_complex(values):
    """NumPy's pairwise sum of complex values: the real and imaginary
    parts each with four accumulators, blocks of 64 values, ranges over
    64 split at a multiple of four (half the count, rounded down to a
    multiple of 8 doubles)."""
    m = len(values)
    if m < 4:
        rr, ri = 0.0, 0.0
        for v in values:
            rr += v.real
            ri += v.imag
        return rr, ri
    if m <= 64:
        r = [v.real for v in values[:4]]
        s = [v.imag for v in values[:4]]
        k = 4
        while k < m - m % 4:
            for j in range(4):
                r[j] += values[k + j].real
                s[j] += values[k + j].imag
            k += 4
        rr = (r[0] + r[1]) + (r[2] + r[3])
        ri = (s[0] + s[1]) + (s[2] + s[3])
        while k < m:
            rr += values[k].real
            ri += values[k].imag
            k += 1
        return rr, ri
    half = (m - m % 8) // 2
    r1, i1 = pairwise_complex(values[:half])
    r2, i2 = pairwise_complex(values[half:])
    return r1 + r2, i1 + i2


def awkward_values(m, seed):
    """Values of mixed magnitude and sign (a plain congruential
    generator, so both interpreters see the same numbers)."""
    values = []
    x = seed
    for k in range(2 * m):
        x = (x * 1103515245 + 12345) % 2147483648
        values.append((x / 2147483648.0 - 0.5) * 10.0 ** (x % 17 - 8))
    return [complex(values[2 * k], values[2 * k + 1]) for k in range(m)]


def test_complex_sum_is_numpys_pairwise_sum():
    for m in [0, 1, 3, 4, 7, 9, 17, 64, 65, 129, 1000, 4097]:
        values = awkward_values(m, m + 1)
        a = np.array(values, dtype=np.complex128)
        expect = complex(*pairwise_complex(values))
        assert a.sum() == expect, m
        assert np.sum(a) == expect, m
        if m:
            inv = 1.0 / m
            assert a.mean() == complex(expect.real * inv,
                                       expect.imag * inv), m


def test_complex_sum_of_2d_and_along_last_axis():
    values = awkward_values(1000, 3)
    m = np.array(values).reshape(20, 50)
    assert m.sum() == complex(*pairwise_complex(values))
    rows = m.sum(axis=1)
    for i in range(20):
        assert rows[i] == complex(*pairwise_complex(values[50 * i:
                                                           50 * i + 50]))


def test_complex_sum_along_first_axis_is_elementwise():
    values = awkward_values(600, 4)
    m = np.array(values).reshape(30, 20)
    cols = m.sum(axis=0)
    for j in range(20):
        re, im = 0.0, 0.0
        for i in range(30):
            re += values[20 * i + j].real
            im += values[20 * i + j].imag
        assert cols[j] == complex(re, im)


def test_sum_and_mean_of_reals_in_a_complex_dtype():
    assert np.sum(np.arange(3), dtype=complex) == 3 + 0j
    assert type(np.sum(np.arange(3), dtype=complex)) is np.complex128
    assert np.mean(np.arange(3), dtype=complex) == 1 + 0j
    got = np.arange(4.0).reshape(2, 2).sum(axis=0, dtype=np.complex64)
    assert got.dtype == np.complex64 and got.tolist() == [2, 4]
