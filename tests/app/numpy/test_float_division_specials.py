"""Floor division, remainder, fmod and divmod with inf, nan and zero
operands in arrays and scalars (float64 and float32): NumPy's nan/inf
results, never an error; unary tests on bool arrays; complex exp and
power with inf/nan parts; unbound scalar methods."""

import numpy as np
import pytest

INF = np.inf
NAN = np.nan


def same(a, b):
    a = np.asarray(a)
    b = np.asarray(b, dtype=a.dtype)
    assert a.dtype == b.dtype
    return a.shape == b.shape and bool(np.all((a == b) | (np.isnan(a) & np.isnan(b))))


def quiet():
    return np.errstate(all='ignore')


def test_floor_divide_arrays():
    with quiet():
        assert same(np.array([-INF, -1.0]) // 0.0, [-INF, -INF])
        assert same(np.array([INF, 1.0]) // 2.0, [NAN, 0.0])
        assert same(np.array([INF, -INF]) // INF, [NAN, NAN])
        assert same(np.array([5.0, -5.0]) // INF, [0.0, -1.0])
        assert same(np.array([5.0, -5.0]) // -INF, [-1.0, 0.0])
        assert same(np.array([NAN, 1.0]) // INF, [NAN, 0.0])
        assert same(np.floor_divide(np.array([5.0, INF, 0.0]), 0.0),
                    [INF, INF, NAN])


def test_remainder_arrays():
    with quiet():
        assert same(np.array([-INF, -1.0]) % 0.0, [NAN, NAN])
        assert same(np.array([INF, 1.0]) % 2.0, [NAN, 1.0])
        assert same(np.array([5.0, -5.0]) % INF, [5.0, INF])
        assert same(np.remainder(np.array([5.0, INF]), 0.0), [NAN, NAN])


def test_divmod_arrays():
    with quiet():
        q, r = np.divmod(np.array([5.0, INF, -7.0]), 3.0)
    assert same(q, [1.0, NAN, -3.0])
    assert same(r, [2.0, NAN, 2.0])


def test_float32_arrays():
    a = np.array([7.3, -7.3, 1e30], np.float32)
    b = np.float32(0.1)
    expected_q = np.array([73.0, -74.0, 1e31], np.float32)
    q = a // b
    r = a % b
    assert q.dtype == np.float32 and r.dtype == np.float32
    assert same(q, expected_q)
    assert same(r, np.array([8.1956387e-08, 9.9999920e-02, 4.9303807e-02],
                            np.float32))
    with quiet():
        assert same(np.array([INF, 1.0], np.float32) // np.float32(0),
                    np.array([INF, INF], np.float32))


def test_scalars():
    with quiet():
        assert np.isnan(np.float64(INF) % 0.0)
        assert np.isnan(np.float64(INF) % 2.0)
        assert np.isnan(np.float64(INF) // 2.0)
        assert np.float64(5.0) / 0.0 == INF
        assert np.isnan(np.float64(-8.0) ** 0.5)
        r = np.float32(INF) % np.float32(2)
        assert type(r) is np.float32 and np.isnan(r)
    assert np.float64(5.0) % INF == 5.0
    assert np.float64(-5.0) % INF == INF
    assert type(np.float64(-5.0) % INF) is np.float64
    q = np.float32(7.3) // np.float32(0.1)
    assert type(q) is np.float32 and q == 73.0
    assert np.float32(7.3) % np.float32(0.1) == np.float32(8.195639e-08)


def test_fmod():
    with quiet():
        r = np.fmod(np.array([5.0, -5.0, INF, 1.0]),
                    np.array([3.0, 3.0, 1.0, 0.0]))
    assert same(r, [2.0, -2.0, NAN, NAN])
    i = np.fmod(np.array([5, -5, 7, 3]), np.array([3, 3, -2, 0]))
    assert i.dtype == np.int64
    assert i.tolist() == [2, -2, 1, 0]
    u = np.fmod(np.array([5, 7], np.uint8), np.array([3, 0], np.uint8))
    assert u.dtype == np.uint8 and u.tolist() == [2, 0]
    b = np.fmod(np.array([True, False]), np.array([True, True]))
    assert b.dtype == np.int8 and b.tolist() == [0, 0]
    f = np.fmod(np.float32(5.5), np.float32(2))
    assert type(f) is np.float32 and f == 1.5


def test_bool_unary_tests():
    a = np.array([True, False])
    assert np.logical_not(a).tolist() == [False, True]
    assert np.isnan(a).tolist() == [False, False]
    assert np.isinf(a).tolist() == [False, False]
    assert np.isfinite(a).tolist() == [True, True]
    assert np.logical_not(a).dtype == np.bool_
    assert np.logical_not(np.True_) == np.False_
    assert np.isnan(np.True_) == np.False_


def test_complex_power_with_inf_nan():
    with quiet():
        r = np.array([complex(INF, 0), complex(INF, 1), complex(NAN, 0)]) ** 2
        assert np.isinf(r[0].real) and np.isnan(r[0].imag)
        assert r[1] == complex(INF, INF)
        assert np.isnan(r[2].real) and np.isnan(r[2].imag)
        p = np.power(np.array([1 + 1j]), np.array([complex(INF, 0)]))
        assert np.isinf(p[0].real) and np.isnan(p[0].imag)
        p = np.power(np.array([complex(INF, NAN)]), 2.5)
        assert np.isinf(p[0].real) and np.isnan(p[0].imag)
        assert np.complex128(complex(INF, 1)) ** 2 == complex(INF, INF)
    c = np.array([1 + 2j, 2 - 1j]) ** 3
    assert c.tolist() == [(-11 - 2j), (2 - 11j)]


def test_complex_exp_with_inf_nan():
    with quiet():
        e = np.exp(np.array([complex(INF, NAN), complex(INF, 0),
                             complex(-INF, INF), complex(1000, 1),
                             complex(NAN, 0)]))
    assert np.isinf(e[0].real) and np.isnan(e[0].imag)
    assert e[1] == complex(INF, 0)
    assert e[2] == 0
    assert e[3] == complex(INF, INF)
    assert np.isnan(e[4].real) and e[4].imag == 0


def test_unbound_scalar_method():
    assert np.uint32.item(np.uint32(5)) == 5
    with pytest.raises(TypeError, match="needs an argument"):
        np.uint32.item()
    with pytest.raises(TypeError, match="doesn't apply to a 'int' object"):
        np.uint32.item(5)
