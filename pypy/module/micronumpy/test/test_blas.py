"""dot/matmul of float32 and float64 operands through OpenBLAS
(pypy/module/micronumpy/blas.py), checked against naive sums; the loops
when the library is missing."""

import os
import pytest
from pypy.module.micronumpy import blas, linalg
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy.concrete import new_array
from pypy.module.micronumpy.test.test_zjit import space

f8 = dt.float64_dtype
f4 = dt.float32_dtype
LIB_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                       '..', '..', '..', '..', 'build', 'lib')

needs_lib = pytest.mark.skipif(
    not os.path.exists(os.path.join(LIB_DIR, 'libopenblas.so.0')),
    reason='no build/lib/libopenblas.so.0 (tools/bootstrap.sh)')


def matrix(rows, cols, dtype=f8, seed=1):
    w_a = new_array(space, [rows, cols], dtype)
    for i in range(rows * cols):
        dtype.write_float(w_a.storage, i * dtype.itemsize,
                          dtype.wrap_float(((i * 7 + seed) % 11) / 4.0 - 1.2))
    return w_a


def vector(n, dtype=f8, seed=3):
    w_a = matrix(1, n, dtype, seed)
    return w_a.view([n], [dtype.itemsize], 0)


def transposed(w_a):
    return w_a.view([w_a.shape[1], w_a.shape[0]],
                    [w_a.strides[1], w_a.strides[0]], w_a.start)


def get(w_arr, *idx):
    w_conc = w_arr.get_concrete(space)
    return w_conc.dtype.read_float(w_conc.storage, w_conc.offset_of(list(idx)))


def as_lists(w_arr):
    if len(w_arr.shape) == 1:
        return [get(w_arr, i) for i in range(w_arr.shape[0])]
    return [[get(w_arr, i, j) for j in range(w_arr.shape[1])]
            for i in range(w_arr.shape[0])]


def naive_dot(a, b):
    """a, b: nested lists (1-d or 2-d)."""
    if not isinstance(a[0], list):
        if not isinstance(b[0], list):
            return sum(x * y for x, y in zip(a, b))
        return [sum(a[k] * b[k][j] for k in range(len(a)))
                for j in range(len(b[0]))]
    return [naive_dot(row, b) for row in a]


def assert_close(got, want, rtol):
    if isinstance(want, list):
        assert len(got) == len(want)
        for g, w in zip(got, want):
            assert_close(g, w, rtol)
    else:
        assert abs(got - want) <= rtol * max(abs(want), 1.0)


@pytest.fixture
def lib():
    assert blas.openblas.ready()
    return blas.openblas


def check(lib, w_a, w_b, rtol=1e-12):
    calls = lib.calls
    w_r = linalg.dot(space, w_a, w_b)
    assert lib.calls == calls + 1       # the BLAS path was taken
    want = naive_dot(as_lists(w_a), as_lists(w_b))
    got = space.float_w(w_r) if not isinstance(want, list) else as_lists(w_r)
    assert_close(got, want, rtol)


@needs_lib
@pytest.mark.parametrize('dtype, rtol', [(f8, 1e-12), (f4, 1e-5)])
def test_shapes(lib, dtype, rtol):
    check(lib, vector(37, dtype), vector(37, dtype, 5), rtol)
    check(lib, matrix(5, 37, dtype), vector(37, dtype), rtol)
    check(lib, vector(5, dtype), matrix(5, 9, dtype), rtol)
    check(lib, matrix(6, 5, dtype), matrix(5, 9, dtype, 2), rtol)


@needs_lib
def test_transposed_and_strided_operands(lib):
    a = matrix(5, 6)
    b = matrix(7, 5, seed=4)
    check(lib, transposed(a), transposed(b))            # trans flags
    check(lib, transposed(a), vector(5))
    check(lib, vector(6), transposed(a))
    # every other column: no BLAS layout, copied first
    w_big = matrix(6, 10)
    every_other = w_big.view([6, 5], [80, 16], 0)
    check(lib, every_other, matrix(5, 4))
    check(lib, vector(6), every_other)
    strided = w_big.view([10], [48], 0)
    check(lib, strided, strided)


@needs_lib
def test_matmul_and_mixed_precision(lib):
    calls = lib.calls
    w_r = linalg.matmul(space, matrix(3, 4, f4), matrix(4, 2, f8))
    assert lib.calls == calls + 1
    assert w_r.dtype is f8
    assert_close(as_lists(w_r), naive_dot(as_lists(matrix(3, 4, f4)),
                                          as_lists(matrix(4, 2))), 1e-12)


@needs_lib
def test_ints_and_empty_use_the_loops(lib):
    calls = lib.calls
    w_i = new_array(space, [3, 3], dt.int64_dtype)
    linalg.dot(space, w_i, w_i)
    w_r = linalg.dot(space, matrix(3, 0), matrix(0, 2))
    assert as_lists(w_r) == [[0.0, 0.0]] * 3
    assert lib.calls == calls


def test_missing_library_falls_back_to_the_loops(monkeypatch):
    missing = blas.OpenBlas()
    assert not missing.load('/nonexistent')
    assert not missing.load('')
    assert missing.tried and not missing.available
    monkeypatch.setattr(blas, 'openblas', missing)
    w_r = linalg.dot(space, matrix(6, 5), matrix(5, 9, seed=2))
    assert_close(as_lists(w_r), naive_dot(as_lists(matrix(6, 5)),
                                          as_lists(matrix(5, 9, seed=2))),
                 1e-12)
    assert space.float_w(linalg.dot(space, vector(4), vector(4))) == \
        sum(x * x for x in as_lists(vector(4)))
    assert missing.calls == 0


def test_env_names_the_directory(monkeypatch):
    monkeypatch.setenv(blas.ENV_DIR, '/somewhere')
    assert blas.lib_directory() == '/somewhere'
