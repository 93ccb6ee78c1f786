"""dot/matmul of float matrices (through BLAS in pypy-c) and numpy.linalg
(LAPACK): results to 1e-12 relative on well-conditioned inputs, NumPy's
exceptions and messages."""

import numpy as np
import pytest


def assert_close(got, want, rtol=1e-12, atol=1e-13):
    """Within rtol of want, or atol of it near zero (a sum's rounding
    depends on its order, which BLAS kernels choose)."""
    got = np.asarray(got).tolist()
    want = np.asarray(want).tolist()
    if not isinstance(want, list):
        assert abs(got - want) <= atol + rtol * abs(want), (got, want)
        return
    assert len(got) == len(want)
    for g, w in zip(got, want):
        assert_close(g, w, rtol, atol)


def naive_matmul(a, b):
    a = a.tolist()
    b = b.tolist()
    return [[sum(a[i][k] * b[k][j] for k in range(len(b)))
             for j in range(len(b[0]))] for i in range(len(a))]


def sample(rows, cols, seed=1):
    """Values in [-1.2, 1.3]: sums of their products are O(1..10)."""
    return np.array([[((i * cols + j) * 7 + seed) % 11 / 4.0 - 1.2
                      for j in range(cols)] for i in range(rows)])


def well_conditioned(n):
    return sample(n, n) + n * np.eye(n)


def test_dot_and_matmul_of_float64_matrices():
    a = sample(6, 9)
    b = sample(9, 5, 2)
    want = naive_matmul(a, b)
    assert_close(a @ b, want)
    assert_close(np.dot(a, b), want)
    assert_close(np.matmul(a, b), want)


def test_transposed_and_strided_operands():
    a = sample(9, 6)
    b = sample(5, 9, 2)
    assert_close(a.T @ b.T, naive_matmul(a.T.copy(), b.T.copy()))
    c = sample(6, 18)[:, ::2]
    assert_close(c @ a, naive_matmul(c.copy(), a))
    v = sample(1, 9)[0]
    assert_close(v @ a, naive_matmul(v.reshape(1, 9), a)[0])
    assert_close(a.T @ v, [x[0] for x in naive_matmul(a.T.copy(),
                                                      v.reshape(9, 1))])
    w = sample(1, 18, 3)[0][::2]
    assert_close(np.dot(v, w), sum(x * y for x, y in zip(v.tolist(),
                                                          w.tolist())))


def test_float32_and_mixed_precision():
    a = sample(5, 6).astype(np.float32)
    b = sample(6, 4, 2)
    r = a @ a.T
    assert r.dtype == np.float32
    assert_close(r, naive_matmul(a, a.T.copy()), rtol=1e-5, atol=1e-5)
    m = a @ b
    assert m.dtype == np.float64
    assert_close(m, naive_matmul(a.astype(np.float64), b))


def test_inplace_matmul_of_floats():
    a = sample(4, 4)
    b = sample(4, 4, 5)
    want = naive_matmul(a, b)
    alias = a
    a @= b
    assert a is alias
    assert_close(a, want)


def test_integer_matmul_is_exact():
    a = np.arange(12).reshape(3, 4)
    assert (a @ a.T).tolist() == [[14, 38, 62], [38, 126, 214],
                                  [62, 214, 366]]


def test_linalg_error_is_a_value_error():
    assert issubclass(np.linalg.LinAlgError, ValueError)
    assert np.linalg.LinAlgError.__module__ == 'numpy.linalg'


def test_inv():
    assert_close(np.linalg.inv(np.array([[4., 7.], [2., 6.]])),
                 [[0.6, -0.7], [-0.2, 0.4]])
    a = well_conditioned(12)
    assert_close(a @ np.linalg.inv(a), np.eye(12), atol=1e-13)
    assert np.linalg.inv(np.array([[2, 0], [0, 4]])).tolist() == \
        [[0.5, 0.0], [0.0, 0.25]]
    assert np.linalg.inv(np.eye(2, dtype=np.float32)).dtype == np.float32


def test_solve():
    a = well_conditioned(10)
    b = sample(1, 10, 3)[0]
    x = np.linalg.solve(a, b)
    assert x.shape == (10,)
    assert_close(a @ x, b, atol=1e-13)
    bs = sample(10, 3, 4)
    xs = np.linalg.solve(a, bs)
    assert xs.shape == (10, 3)
    assert_close(a @ xs, bs, atol=1e-13)
    assert_close(np.linalg.solve([[2., 1.], [1., 3.]], [3., 5.]),
                 [0.8, 1.4])


def test_det():
    assert_close(np.linalg.det(np.array([[1., 2.], [3., 4.]])), -2.0)
    assert_close(np.linalg.det(np.array([[0., 1.], [1., 0.]])), -1.0)
    assert_close(np.linalg.det(np.diag([2., 3., 4.])), 24.0)
    assert np.linalg.det(np.zeros((3, 3))) == 0.0
    assert np.linalg.det(np.zeros((0, 0))) == 1.0
    assert isinstance(np.linalg.det(np.eye(2)), np.float64)
    a = well_conditioned(6)
    assert_close(np.linalg.det(a) * np.linalg.det(np.linalg.inv(a)), 1.0)


def test_cholesky():
    a = np.array([[4., 2., 2.], [2., 5., 3.], [2., 3., 6.]])
    c = np.linalg.cholesky(a)
    assert_close(c, [[2., 0., 0.], [1., 2., 0.], [1., 1., 2.]])
    assert c[0, 1] == 0.0 and c[0, 2] == 0.0 and c[1, 2] == 0.0
    assert_close(c @ c.T, a)


def test_matrix_power():
    fib = np.array([[1, 1], [1, 0]])
    assert np.linalg.matrix_power(fib, 10).tolist() == [[89, 55], [55, 34]]
    assert np.linalg.matrix_power(fib, 0).tolist() == [[1, 0], [0, 1]]
    assert np.linalg.matrix_power(fib, 1).tolist() == [[1, 1], [1, 0]]
    a = np.array([[2., 1.], [1., 1.]])
    assert_close(np.linalg.matrix_power(a, -3) @ np.linalg.matrix_power(a, 3),
                 np.eye(2), atol=1e-12)


def test_norm():
    assert np.linalg.norm(np.array([3., 4.])) == 5.0
    assert np.linalg.norm([[1, 2], [2, 4]]) == 5.0
    assert_close(np.linalg.norm(np.arange(10.)), 285 ** 0.5)
    assert np.linalg.norm(np.array([3j, 4])) == 5.0


def error_message(exc_type, func, *args):
    with pytest.raises(exc_type) as info:
        func(*args)
    return str(info.value)


def test_errors():
    LinAlgError = np.linalg.LinAlgError
    assert error_message(LinAlgError, np.linalg.inv, np.zeros((2, 2))) == \
        'Singular matrix'
    assert error_message(LinAlgError, np.linalg.solve, np.ones((2, 2)),
                         np.ones(2)) == 'Singular matrix'
    assert error_message(LinAlgError, np.linalg.cholesky,
                         -np.eye(2)) == 'Matrix is not positive definite'
    for func in [np.linalg.inv, np.linalg.det, np.linalg.cholesky]:
        assert error_message(LinAlgError, func, np.ones((2, 3))) == \
            'Last 2 dimensions of the array must be square'
        assert error_message(LinAlgError, func, np.ones(3)) == \
            '1-dimensional array given. Array must be at least ' \
            'two-dimensional'
    assert error_message(ValueError, np.linalg.solve, np.eye(3),
                         np.ones(2)) == \
        'solve1: Input operand 1 has a mismatch in its core dimension 0, ' \
        'with gufunc signature (m,m),(m)->(m) (size 2 is different from 3)'
    assert error_message(ValueError, np.linalg.solve, np.eye(3),
                         np.ones((2, 2))) == \
        'solve: Input operand 1 has a mismatch in its core dimension 0, ' \
        'with gufunc signature (m,m),(m,n)->(m,n) (size 2 is different ' \
        'from 3)'


def test_eigh():
    a = np.array([[4., 1., 2.], [1., 5., 3.], [2., 3., 6.]])
    w, v = np.linalg.eigh(a)
    assert w.tolist() == sorted(w.tolist())
    assert_close(a @ v, v * w, atol=1e-13)
    assert_close(v.T @ v, np.eye(3), atol=1e-14)
    assert_close(w.sum(), 15.0)
    assert_close(np.linalg.eigvalsh(a), w)
    assert_close(np.linalg.eigvalsh(np.diag([3., 1., 2.])), [1., 2., 3.])


def test_svd():
    b = np.array([[1., 2., 3.], [4., 5., 6.5], [7., 8., 10.], [1., 0., 1.]])
    u, s, vh = np.linalg.svd(b)
    assert (u.shape, s.shape, vh.shape) == ((4, 4), (3,), (3, 3))
    assert s.tolist() == sorted(s.tolist(), reverse=True)
    assert_close(u[:, :3] * s @ vh, b, atol=1e-13)
    assert_close(u.T @ u, np.eye(4), atol=1e-14)
    u, s2, vh = np.linalg.svd(b, full_matrices=False)
    assert (u.shape, vh.shape) == ((4, 3), (3, 3))
    assert_close(u * s2 @ vh, b, atol=1e-13)
    assert_close(np.linalg.svd(b, compute_uv=False), s)
    assert_close(np.linalg.svd(b.T, compute_uv=False), s)
    assert_close(np.linalg.svd(np.diag([1., 3., 2.]), compute_uv=False),
                 [3., 2., 1.])


def test_pinv_and_matrix_rank():
    b = np.array([[1., 2., 3.], [4., 5., 6.5], [7., 8., 10.], [1., 0., 1.]])
    p = np.linalg.pinv(b)
    assert p.shape == (3, 4)
    assert_close(p @ b, np.eye(3), atol=1e-13)
    assert_close(np.linalg.pinv(np.array([[2., 0.], [0., 4.]])),
                 [[0.5, 0.], [0., 0.25]])
    assert np.linalg.matrix_rank(b) == 3
    assert np.linalg.matrix_rank(np.ones((3, 3))) == 1
    assert np.linalg.matrix_rank(np.zeros((2, 2))) == 0
    assert np.linalg.matrix_rank(np.ones(3)) == 1
    assert np.linalg.matrix_rank(np.zeros(3)) == 0


def test_eig_real_and_complex():
    a = np.array([[2., 1., 0.], [1., 3., 1.], [0., 1., 4.]])
    w, v = np.linalg.eig(a)
    assert w.dtype == np.float64 and v.dtype == np.float64
    assert_close(a @ v, v * w)
    assert_close(sorted(np.linalg.eigvals(a).tolist()),
                 sorted(np.linalg.eigvalsh(a).tolist()))
    r = np.array([[0., -1., 0.], [1., 0., 0.], [0., 0., 2.]])
    w, v = np.linalg.eig(r)
    assert w.dtype == np.complex128 and v.dtype == np.complex128
    assert w.tolist() == [1j, -1j, 2]
    assert_close(abs(r @ v - v * w).max(), 0.0)
    assert np.linalg.eigvals(r).tolist() == [1j, -1j, 2]
