"""np.lib arithmetic (lib_pypy/_numpy_lib): polyval, polyfit, interp,
convolve, correlate, tensordot, inner, kron, cross, vectorize,
frompyfunc, apply_along_axis, np.emath, i0, iterable."""

import math
import numpy as np
import pytest


def test_polyval_polyfit():
    assert np.polyval([3, 0, 1], 5) == 76
    assert np.polyval([1, 2], np.array([[1, 2], [3, 4]])).tolist() == \
        [[3, 4], [5, 6]]
    assert np.polyval([0.5, 1], [2]).tolist() == [2.0]
    x = np.array([0.0, 1.0, 2.0, 3.0])
    c = np.polyfit(x, 2 * x * x - 3 * x + 1, 2)
    assert c.shape == (3,)
    assert c.tolist() == pytest.approx([2.0, -3.0, 1.0])
    c2 = np.polyfit(x, np.array([x, 2 * x]).T, 1)
    assert c2.shape == (2, 2)
    assert c2[0].tolist() == pytest.approx([1.0, 2.0])
    with pytest.raises(ValueError, match="expected deg >= 0"):
        np.polyfit(x, x, -1)
    with pytest.raises(TypeError, match="expected x and y to have same "
                       "length"):
        np.polyfit(x, x[:2], 1)


def test_interp():
    xp = [1, 2, 3]
    fp = [3, 2, 0]
    assert np.interp(2.5, xp, fp) == 1.0
    assert np.interp([0, 1, 1.5, 2.72, 3.14], xp, fp).tolist() == \
        pytest.approx([3.0, 3.0, 2.5, 0.56, 0.0])
    assert np.interp(3.14, xp, fp, right=-99.0) == -99.0
    assert np.interp([-180, 190, 0], [-170, 170], [0, 1], period=360) \
        .tolist() == pytest.approx([0.5, 0.0, 0.5])
    with pytest.raises(ValueError, match="fp and xp are not of the same "
                       "length"):
        np.interp(1, [1, 2], [1, 2, 3])
    with pytest.raises(ValueError, match="array of sample points is empty"):
        np.interp(1, [], [])


def test_convolve_correlate():
    assert np.convolve([1, 2, 3], [0, 1, 0.5]).tolist() == \
        [0.0, 1.0, 2.5, 4.0, 1.5]
    assert np.convolve([1, 2, 3], [0, 1, 0.5], 'same').tolist() == \
        [1.0, 2.5, 4.0]
    assert np.convolve([1, 2, 3], [0, 1, 0.5], 'valid').tolist() == [2.5]
    assert np.convolve([1, 2], [1, 2, 3]).tolist() == [1, 4, 7, 6]
    assert np.convolve([1, 2], [1, 2, 3]).dtype == np.int64
    assert np.correlate([1, 2, 3], [0, 1, 0.5]).tolist() == [3.5]
    assert np.correlate([1, 2, 3], [0, 1, 0.5], 'full').tolist() == \
        [0.5, 2.0, 3.5, 3.0, 0.0]
    assert np.correlate([0, 1, 0.5], [1, 2, 3], 'full').tolist() == \
        [0.0, 3.0, 3.5, 2.0, 0.5]
    assert np.correlate([1 + 1j, 2, 3 - 1j], [0, 1, 0.5j]).tolist() == \
        [1.5 - 1.5j]
    with pytest.raises(ValueError, match="Use one of 'valid', 'same', or "
                       "'full' for convolve/correlate mode"):
        np.convolve([1], [2], mode='foo')
    with pytest.raises(ValueError, match="v cannot be empty"):
        np.convolve([1], [])
    with pytest.raises(ValueError, match="first array argument cannot be "
                       "empty"):
        np.correlate([], [1])


def test_tensordot_inner():
    a = np.arange(60.).reshape(3, 4, 5)
    b = np.arange(24.).reshape(4, 3, 2)
    c = np.tensordot(a, b, axes=([1, 0], [0, 1]))
    assert c.shape == (5, 2)
    assert c[0].tolist() == [4400.0, 4730.0]
    assert np.tensordot(np.arange(4).reshape(2, 2), np.arange(4)
                        .reshape(2, 2)) == 14
    assert np.tensordot([1, 2], [3, 4], axes=0).tolist() == [[3, 4], [6, 8]]
    with pytest.raises(ValueError, match="shape-mismatch for sum"):
        np.tensordot(a, b, axes=([0], [0]))
    assert np.inner([1, 2, 3], [0, 1, 0]) == 2
    m = np.arange(6).reshape(2, 3)
    assert np.inner(m, m).tolist() == [[5, 14], [14, 50]]
    assert np.inner(m, 2).tolist() == [[0, 2, 4], [6, 8, 10]]
    with pytest.raises(ValueError, match=r"shapes \(3,\) and \(2,\) not "
                       r"aligned: 3 \(dim 0\) != 2 \(dim 0\)"):
        np.inner([1, 2, 3], [1, 2])
    with pytest.raises(ValueError, match=r"shapes \(2,3,4\) and \(6,5\) "
                       r"not aligned: 4 \(dim 2\) != 6 \(dim 0\)"):
        np.inner(np.ones((2, 3, 4)), np.ones((5, 6)))


def test_kron():
    assert np.kron([1, 10, 100], [5, 6, 7]).tolist() == \
        [5, 6, 7, 50, 60, 70, 500, 600, 700]
    assert np.kron(np.eye(2), np.ones((2, 2))).tolist() == [
        [1., 1., 0., 0.], [1., 1., 0., 0.],
        [0., 0., 1., 1.], [0., 0., 1., 1.]]
    assert np.kron([[1, 2]], [[1], [3]]).tolist() == [[1, 2], [3, 6]]
    assert np.kron(np.ones((2, 3, 4)), np.ones((5, 6))).shape == (2, 15, 24)


def test_cross():
    assert np.cross([1, 2, 3], [4, 5, 6]).tolist() == [-3, 6, -3]
    assert np.cross([1, 2, 0], [4, 5]).tolist() == [0, 0, -3]
    assert np.cross([[1, 2, 3], [4, 5, 6]], [[4, 5, 6], [1, 2, 3]]) \
        .tolist() == [[-3, 6, -3], [3, -6, 3]]
    x = np.array([[1, 2, 3], [4, 5, 6]]).T
    assert np.cross(x, x[::-1], axisa=0, axisb=0).tolist() == \
        [[-4, 8, -4], [-10, 20, -10]]
    assert np.cross(x, x[::-1], axisa=0, axisb=0, axisc=0).tolist() == \
        [[-4, -10], [8, 20], [-4, -10]]
    with pytest.raises(ValueError, match="incompatible dimensions for "
                       "cross product"):
        np.cross([1, 2, 3, 4], [1, 2, 3])


def test_vectorize():
    def clipped(a, b):
        return a - b if a > b else a + b
    f = np.vectorize(clipped)
    assert f([1, 2, 3, 4], 2).tolist() == [3, 4, 1, 2]
    assert f([1, 2, 3, 4], 2).dtype == np.int64
    g = np.vectorize(clipped, otypes=[float])
    assert g([1, 2], [[1], [3]]).tolist() == [[2.0, 1.0], [4.0, 5.0]]
    pair = np.vectorize(lambda x: (x, x * 2))
    first, second = pair([1, 2])
    assert first.tolist() == [1, 2] and second.tolist() == [2, 4]
    assert np.vectorize(lambda x, y: x * y, excluded={'y'})(
        [1, 2], y=3).tolist() == [3, 6]


def test_frompyfunc():
    f = np.frompyfunc(lambda x, y: x * 10 + y, 2, 1)
    assert repr(f) == "<ufunc '<lambda> (vectorized)'>"
    assert (f.nin, f.nout, f.nargs, f.ntypes, f.types, f.identity) == \
        (2, 1, 3, 1, ['OO->O'], None)
    # NumPy's result is an object array, ours int64: compared as lists
    assert f(np.arange(3), [[1], [2]]).tolist() == [[1, 11, 21],
                                                    [2, 12, 22]]
    assert f(2, 3) == 23 and type(f(np.array(2), 3)) is int
    # the function sees Python scalars
    is_float = np.frompyfunc(lambda x: type(x) is float, 1, 1)
    assert is_float(np.arange(2.)).tolist() == [True, True]
    quotients, remainders = np.frompyfunc(divmod, 2, 2)(np.arange(5), 3)
    assert quotients.tolist() == [0, 0, 0, 1, 1]
    assert remainders.tolist() == [0, 1, 2, 0, 1]
    assert np.frompyfunc(divmod, 2, 2)(7, 2) == (3, 1)
    assert np.frompyfunc(abs, nin=1, nout=1, identity=0).identity == 0
    assert np.frompyfunc(abs, 1, 1)(np.zeros((2, 0))).shape == (2, 0)


def test_frompyfunc_errors():
    f = np.frompyfunc(lambda x, y: x + y, 2, 1)
    for args, kwargs, message in [
            ((3, 1, 1), {}, "function must be callable"),
            ((abs, 1), {}, "frompyfunc() missing required argument 'nout' "
             "(pos 3)"),
            ((abs, 1, 1, 1), {}, "frompyfunc() takes at most 3 positional "
             "arguments (4 given)"),
            ((abs, 1, 1), {'foo': 1}, "'foo' is an invalid keyword "
             "argument for frompyfunc()"),
            ((abs, 'a', 1), {}, "'str' object cannot be interpreted as an "
             "integer")]:
        with pytest.raises(TypeError) as info:
            np.frompyfunc(*args, **kwargs)
        assert str(info.value) == message
    with pytest.raises(TypeError) as info:
        f(1)
    assert str(info.value) == ("<lambda> (vectorized)() takes from 2 to 3 "
                               "positional arguments but 1 was given")
    with pytest.raises(ValueError) as info:
        f(np.zeros(2), np.zeros((4, 3)))
    assert str(info.value) == ("operands could not be broadcast together "
                               "with shapes (2,) (4,3) ")
    with pytest.raises(TypeError) as info:
        f(1, 2, out=np.zeros(3))
    assert str(info.value) == ("Cannot cast ufunc '<lambda> (vectorized)' "
                               "output from dtype('O') to dtype('float64') "
                               "with casting rule 'same_kind'")


def test_apply_along_axis():
    b = np.array([[8, 1, 7], [4, 3, 9], [5, 2, 6]])
    assert np.apply_along_axis(lambda v: (v[0] + v[-1]) * 0.5, 0, b) \
        .tolist() == [6.5, 1.5, 6.5]
    assert np.apply_along_axis(sorted, 1, b).tolist() == [
        [1, 7, 8], [3, 4, 9], [2, 5, 6]]
    r = np.apply_along_axis(lambda v: v * 2, 0, np.arange(6).reshape(2, 3))
    assert r.tolist() == [[0, 2, 4], [6, 8, 10]]
    d = np.apply_along_axis(np.diag, -1, np.arange(6).reshape(2, 3))
    assert d.shape == (2, 3, 3) and d[1, 2, 2] == 5


def test_emath():
    assert np.emath.sqrt(-1) == 1j
    assert np.emath.sqrt([-4, 4]).tolist() == [2j, 2 + 0j]
    assert np.emath.sqrt(4.0) == 2.0
    assert np.emath.log(-1) == pytest.approx(np.pi * 1j)
    assert np.emath.log10(100) == 2.0
    assert np.emath.log10(-100).real == pytest.approx(2.0)
    assert np.emath.logn(2, 8) == pytest.approx(3.0)
    assert np.emath.log2(8) == 3.0
    assert np.emath.power(-2, 2).real == pytest.approx(4.0)
    assert np.emath.arcsin(0.5) == pytest.approx(0.5235987755982989)
    assert np.emath.arccos(2).imag != 0


def bessel_i0_series(x):
    """I0(x) = sum over k of (x/2)**(2k) / (k!)**2, summed exactly."""
    terms = [1.0]
    k = 0
    while terms[-1] > 1e-20 * terms[0] or k < 10:
        k += 1
        terms.append(terms[-1] * (x / 2.0) ** 2 / (k * k))
    return math.fsum(terms)


def test_i0():
    xs = [0.0, 0.5, 1.0, 2.0, 3.0, 7.9, 8.0, 8.5, -9.5, 20.0, 100.0]
    result = np.i0(np.array(xs))
    assert result.dtype == np.float64
    for got, x in zip(result.tolist(), xs):
        expected = bessel_i0_series(abs(x))
        assert abs(got - expected) <= 1e-14 * expected, (x, got, expected)
    assert np.i0(np.array([1, 2], np.int8)).dtype == np.float64
    assert np.i0(np.float32(2)).dtype == np.float32
    assert np.i0(0) == 1.0
    with pytest.raises(TypeError) as e:
        np.i0(1j)
    assert str(e.value) == "i0 not supported for complex values"


def test_iterable():
    assert np.iterable([1, 2]) and np.iterable(np.arange(3))
    assert np.iterable('abc') and np.iterable((x for x in []))
    assert not np.iterable(1) and not np.iterable(np.array(1))
    assert not np.iterable(np.float64(1))
