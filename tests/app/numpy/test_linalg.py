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


def test_lstsq_tall_full_rank():
    a = sample(6, 4)
    x, residuals, rank, s = np.linalg.lstsq(a, sample(6, 2, seed=3))
    assert_close(x, [[-0.3199999999999993, 1.2000000000000004],
                     [0.6666666666666665, -2.000000000000001],
                     [0.3999999999999998, -1.0000000000000002],
                     [0.8533333333333328, -3.200000000000003]])
    assert_close(residuals, [2.0166666666666666, 6.532754371361504e-31])
    assert type(rank) is np.int32 and rank == 4
    assert_close(s, [3.1769922339377583, 2.0477135977864025,
                     0.9901114331880215, 0.28419837580500795])
    line = np.array([[1., 0.], [1., 1.], [1., 2.]])
    x, residuals, rank, s = np.linalg.lstsq(line, np.array([1., 2., 2.]))
    assert x.shape == (2,) and residuals.shape == (1,)
    assert_close(x, [7 / 6, 0.5])
    assert_close(residuals, [1 / 6])
    x, residuals, rank, s = np.linalg.lstsq(line, np.zeros((3, 0)))
    assert x.shape == (2, 0) and residuals.shape == (0,)


def test_lstsq_rank_deficient_wide_and_float32():
    x, residuals, rank, s = np.linalg.lstsq(np.ones((3, 2)), [1., 2., 2.])
    assert_close(x, [5 / 6, 5 / 6])
    assert repr(residuals) == 'array([], dtype=float64)' and rank == 1
    assert_close(s, [6 ** 0.5, 0.0])
    # underdetermined: the solution of least norm
    x, residuals, rank, s = np.linalg.lstsq(
        np.array([[1., 1., 3.], [1., 2., 1.]]), np.array([1., 2.]))
    assert_close(x, [1 / 3, 13 / 15, -1 / 15])
    assert residuals.shape == (0,) and rank == 2
    # singular values at most rcond times the largest count as zero
    x, residuals, rank, s = np.linalg.lstsq(sample(6, 4), np.ones(6),
                                            rcond=0.5)
    assert rank == 2 and residuals.shape == (0,)
    f4 = np.array([[1, 2], [3, 4]], dtype=np.float32)
    x, residuals, rank, s = np.linalg.lstsq(f4, f4[0])
    assert x.dtype == s.dtype == residuals.dtype == np.float32
    assert_close(x, [0.0, 0.5], rtol=1e-6, atol=1e-6)
    assert np.linalg.lstsq(f4, [1., 2.])[0].dtype == np.float64
    assert np.linalg.lstsq([[1, 2], [3, 4]], [1, 2])[0].dtype == np.float64


def test_lstsq_errors():
    with pytest.raises(np.linalg.LinAlgError, match="^Incompatible "
                       "dimensions$"):
        np.linalg.lstsq(np.ones((3, 2)), np.ones(2))
    with pytest.raises(np.linalg.LinAlgError, match="^1-dimensional array "
                       "given. Array must be two-dimensional$"):
        np.linalg.lstsq(np.ones(3), np.ones(3))
    with pytest.raises(np.linalg.LinAlgError, match="^3-dimensional array "
                       "given. Array must be two-dimensional$"):
        np.linalg.lstsq(np.ones((3, 2)), np.ones((3, 2, 1)))


def test_qr_reduced_and_complete():
    a = sample(6, 4)
    result = np.linalg.qr(a)
    q, r = result
    assert result.Q is q and result.R is r
    assert type(result).__name__ == 'QRResult' and isinstance(result, tuple)
    assert_close(q, [
        [-0.497935297442911, 0.11492550031380772, 0.24346375933881573,
         -0.6425817458969751],
        [0.28827833009852755, -0.057342786169102405, -0.7927482953143733,
         -0.5340014508839132],
        [-0.3668996928526714, 0.4064379906713789, -0.04291778518480733,
         -0.17800048362797127],
        [0.41931393468876726, 0.23416970418846855, 0.42690573380887875,
         -0.4325411752159699],
        [-0.2358640882624316, 0.69795048102895, -0.3292993297084305,
         0.2865807786410334],
        [0.5503495392790071, 0.5256821945460396, 0.14052418928525556,
         0.03204008705303507]])
    assert_close(r, [
        [1.9078784028338913, -1.276286788708935, -0.6407641064462726,
         1.8685677214568186],
        [0.0, 1.4312903384593334, -0.6482254080852405, -0.4804557711448854],
        [0.0, 0.0, -1.8259860843398652, 0.08851793194366536],
        [0.0, 0.0, 0.0, 0.36712599748268987]])
    assert_close(np.linalg.qr(a, mode='r'), r)
    q6, r6 = np.linalg.qr(a, mode='complete')
    assert q6.shape == (6, 6) and r6.shape == (6, 4)
    assert_close(q6[:, :4], q)
    assert_close(q6[:, 4:], [
        [0.2826432469795747, 0.432179894955226],
        [1.3183898417423734e-16, 1.8041124150158794e-16],
        [-0.7717604426562831, -0.2665567215765615],
        [0.2064739486971342, -0.5978030683338895],
        [0.4891171956767086, -0.1656231733786642],
        [-0.2064739486971341, 0.5978030683338897]])
    assert r6[4:].tolist() == [[0.0] * 4] * 2
    q, r = np.linalg.qr(a.T, mode='complete')      # wide: as reduced
    assert q.shape == (4, 4) and r.shape == (4, 6)
    assert_close(q @ r, a.T, atol=1e-14)


def test_qr_repr_float32_raw_and_errors():
    assert repr(np.linalg.qr(np.array([[3., 0.], [4., 5.]]))) == (
        'QRResult(Q=array([[-0.6, -0.8],\n       [-0.8,  0.6]]), '
        'R=array([[-5., -4.],\n       [ 0.,  3.]]))')
    q, r = np.linalg.qr(np.array([[1, 2], [3, 4]], dtype=np.float32))
    assert q.dtype == r.dtype == np.float32
    assert_close(r, [[-3.1622777, -4.427189], [0.0, -0.6324555]],
                 rtol=1e-6, atol=1e-6)
    h, tau = np.linalg.qr(np.array([[1., 2.], [3., 4.], [5., 6.]]),
                          mode='raw')
    assert h.shape == (2, 3) and tau.shape == (2,)
    assert_close(h, [[-5.916079783099616, 0.4337717455676132,
                      0.7229529092793553],
                     [-7.437357441610946, 0.828078671210825,
                      0.8926238280228976]])
    assert_close(tau, [1.1690308509457032, 1.1131040011646904])
    with pytest.raises(ValueError, match="^Unrecognized mode 'x'$"):
        np.linalg.qr(np.eye(2), mode='x')
    with pytest.raises(np.linalg.LinAlgError, match="^1-dimensional array "
                       "given. Array must be at least two-dimensional$"):
        np.linalg.qr(np.ones(2))


def stack_of(count, n, seed=1):
    return np.array([sample(n, n, seed + k) + n * np.eye(n)
                     for k in range(count)])


def test_named_results():
    a = well_conditioned(3)
    sym = a + a.T
    for result, name, fields in [
            (np.linalg.svd(a), 'SVDResult', ['U', 'S', 'Vh']),
            (np.linalg.eig(a), 'EigResult', ['eigenvalues', 'eigenvectors']),
            (np.linalg.eigh(sym), 'EighResult',
             ['eigenvalues', 'eigenvectors']),
            (np.linalg.slogdet(a), 'SlogdetResult', ['sign', 'logabsdet'])]:
        assert type(result).__name__ == name and isinstance(result, tuple)
        assert len(result) == len(fields)
        for i, field in enumerate(fields):
            assert getattr(result, field) is result[i]
        assert repr(result).startswith(name + '(' + fields[0] + '=')
    u, s, vh = np.linalg.svd(a)
    assert_close((u * s) @ vh, a, atol=1e-12)
    w, v = np.linalg.eigh(sym)
    assert_close(sym @ v, v * w, atol=1e-12)
    assert repr(np.linalg.slogdet(np.eye(2))) == \
        'SlogdetResult(sign=np.float64(1.0), logabsdet=np.float64(0.0))'


def test_slogdet():
    a = well_conditioned(4)
    sign, logdet = np.linalg.slogdet(a)
    assert_close(sign * np.exp(logdet), np.linalg.det(a), rtol=1e-12)
    sign, logdet = np.linalg.slogdet(-a[:3, :3] @ np.eye(3))
    assert sign == np.sign(np.linalg.det(-a[:3, :3]))
    assert tuple(np.linalg.slogdet(np.zeros((2, 2)))) == (0.0, -np.inf)
    # no overflow where det overflows
    sign, logdet = np.linalg.slogdet(np.eye(400) * 10.0)
    assert sign == 1.0 and abs(logdet - 400 * np.log(10.0)) < 1e-9
    r = np.linalg.slogdet(np.eye(2, dtype=np.float32))
    assert r.sign.dtype == r.logabsdet.dtype == np.float32
    r = np.linalg.slogdet(stack_of(3, 3))
    assert r.sign.shape == r.logabsdet.shape == (3,)
    assert_close(r.sign * np.exp(r.logabsdet),
                 np.linalg.det(stack_of(3, 3)))
    with pytest.raises(np.linalg.LinAlgError):
        np.linalg.slogdet(np.ones((2, 3)))


def test_stacked_inv_det_solve():
    a = stack_of(3, 4)
    inv = np.linalg.inv(a)
    assert inv.shape == (3, 4, 4)
    for k in range(3):
        assert_close(inv[k], np.linalg.inv(a[k]))
        assert_close(a[k] @ inv[k], np.eye(4), atol=1e-12)
    det = np.linalg.det(a)
    assert det.shape == (3,)
    assert_close(det, [np.linalg.det(a[k]) for k in range(3)])
    assert_close(np.linalg.det(a.reshape(1, 3, 4, 4)), [det])
    # b a vector: the same right-hand side for each matrix
    x = np.linalg.solve(a, np.arange(4.))
    assert x.shape == (3, 4)
    assert_close(x[1], np.linalg.solve(a[1], np.arange(4.)))
    # b a stack of matrices, leading axes broadcast
    b = np.arange(24.).reshape(3, 4, 2)
    x = np.linalg.solve(a, b)
    assert x.shape == (3, 4, 2)
    for k in range(3):
        assert_close(a[k] @ x[k], b[k], atol=1e-11)
    x = np.linalg.solve(a[0], b)
    assert x.shape == (3, 4, 2)
    assert_close(x[2], np.linalg.solve(a[0], b[2]))
    x = np.linalg.solve(a[:1], b)
    assert x.shape == (3, 4, 2)
    # a transposed (strided) stack
    at = a.transpose(0, 2, 1)
    assert_close(np.linalg.inv(at)[1], np.linalg.inv(a[1].T))
    # empty stacks
    assert np.linalg.inv(np.ones((0, 3, 3))).shape == (0, 3, 3)
    assert np.linalg.det(np.ones((2, 0, 3, 3))).shape == (2, 0)
    assert np.linalg.solve(np.ones((0, 3, 3)), np.ones((3, 2))).shape == \
        (0, 3, 2)
    assert np.linalg.det(np.ones((2, 0, 0))).tolist() == [1.0, 1.0]
    with pytest.raises(np.linalg.LinAlgError,
                       match='^Singular matrix$'):
        np.linalg.inv(np.array([np.eye(2), np.zeros((2, 2))]))
    with pytest.raises(np.linalg.LinAlgError,
                       match='^Last 2 dimensions of the array must be '
                       'square$'):
        np.linalg.det(np.ones((2, 2, 3)))
    with pytest.raises(ValueError):
        np.linalg.solve(a, np.ones((2, 4, 1)))
    with pytest.raises(ValueError, match='^solve: Input operand 1 has a '
                       'mismatch in its core dimension 0'):
        np.linalg.solve(a, np.ones((3, 3, 1)))


def test_stacked_decompositions():
    a = stack_of(2, 3)
    w, v = np.linalg.eig(a)
    assert w.shape == (2, 3) and v.shape == (2, 3, 3)
    for k in range(2):
        assert_close(a[k] @ v[k], v[k] * w[k], atol=1e-11)
    assert_close(np.sort(np.linalg.eigvals(a)[1]),
                 np.sort(np.linalg.eigvals(a[1])))
    # one matrix with complex eigenvalues makes the whole result complex
    rot = np.array([[[2., 0.], [0., 1.]], [[0., -1.], [1., 0.]]])
    w, v = np.linalg.eig(rot)
    assert w.dtype == v.dtype == np.complex128
    assert sorted(w[0].real.tolist()) == [1.0, 2.0]
    sym = a + a.transpose(0, 2, 1)
    w, v = np.linalg.eigh(sym)
    assert w.shape == (2, 3) and v.shape == (2, 3, 3)
    assert_close(sym[1] @ v[1], v[1] * w[1], atol=1e-11)
    assert_close(np.linalg.eigvalsh(sym), w)
    u, s, vh = np.linalg.svd(np.ones((4, 2, 3)) + np.arange(6.).reshape(2, 3))
    assert u.shape == (4, 2, 2) and s.shape == (4, 2) and vh.shape == (4, 3, 3)
    assert_close((u[3] * s[3]) @ vh[3][:2], np.ones((2, 3)) +
                 np.arange(6.).reshape(2, 3), atol=1e-12)
    assert np.linalg.svd(np.ones((5, 2, 3)), compute_uv=False).shape == \
        (5, 2)
    assert np.linalg.svd(np.ones((5, 4, 3)), full_matrices=False).U.shape \
        == (5, 4, 3)
    spd = np.array([[[4., 2.], [2., 3.]], [[9., 3.], [3., 5.]]])
    low = np.linalg.cholesky(spd)
    for k in range(2):
        assert_close(low[k] @ low[k].T, spd[k], atol=1e-12)
    p = np.linalg.pinv(np.ones((2, 2, 3)))
    assert p.shape == (2, 3, 2)
    assert_close(p[0], np.linalg.pinv(np.ones((2, 3))))
    ranks = np.linalg.matrix_rank(np.array([np.eye(3), np.ones((3, 3))]))
    assert ranks.tolist() == [3, 1]


def test_stacked_matmul_and_matrix_power():
    a = np.arange(24.).reshape(2, 3, 4)
    b = np.arange(20.).reshape(4, 5)
    c = a @ b
    assert c.shape == (2, 3, 5)
    assert c[1].tolist() == (a[1] @ b).tolist()
    assert np.matmul(a, np.arange(4.)).tolist() == \
        [(a[k] @ np.arange(4.)).tolist() for k in range(2)]
    assert (np.arange(3.) @ a).tolist() == \
        [(np.arange(3.) @ a[k]).tolist() for k in range(2)]
    assert (np.ones((3, 1, 2, 4)) @ np.ones((2, 4, 1))).shape == (3, 2, 2, 1)
    assert (np.ones((0, 2, 3)) @ np.ones((3, 4))).shape == (0, 2, 4)
    assert (np.arange(6).reshape(1, 2, 3) @ np.arange(3)).dtype == np.int64
    with pytest.raises(ValueError, match='^matmul: Input operand 1 has a '
                       'mismatch in its core dimension 0'):
        a @ np.ones((3, 2))
    with pytest.raises(ValueError):
        np.ones((2, 2, 3)) @ np.ones((3, 3, 2))
    s = np.array([[[1., 1.], [0., 1.]], [[2., 0.], [0., 3.]]])
    assert np.linalg.matrix_power(s, 3).tolist() == \
        [[[1., 3.], [0., 1.]], [[8., 0.], [0., 27.]]]
    assert np.linalg.matrix_power(s, 0).tolist() == [np.eye(2).tolist()] * 2
    assert_close(np.linalg.matrix_power(s, -2)[1], [[0.25, 0.], [0., 1 / 9]])


def test_keyword_arguments():
    a = np.array([[4., 2., 1.], [7., 5., 3.], [9., 8., 6.]])
    low = np.tril(a) + np.tril(a, -1).T
    up = np.triu(a) + np.triu(a, 1).T
    assert_close(np.linalg.eigvalsh(a), np.linalg.eigvalsh(low))
    assert_close(np.linalg.eigvalsh(a, UPLO='U'), np.linalg.eigvalsh(up))
    w, v = np.linalg.eigh(a, 'U')
    assert_close(up @ v, v * w, atol=1e-12)
    with pytest.raises(ValueError, match="^UPLO argument must be 'L' or "
                       "'U'$"):
        np.linalg.eigh(a, UPLO='X')
    spd = np.array([[4., 2.], [2., 3.]])
    u = np.linalg.cholesky(spd, upper=True)
    assert u[1, 0] == 0.0
    assert_close(u.T @ u, spd, atol=1e-12)
    assert_close(u, np.linalg.cholesky(spd).T)
    stack = np.array([spd, 2 * spd])
    assert_close(np.linalg.cholesky(stack, upper=True)[1],
                 np.linalg.cholesky(2 * spd).T)
    d = np.diag([1., 1e-3, 1e-9])
    assert_close(np.linalg.pinv(d), np.diag([1., 1e3, 1e9]), rtol=1e-9)
    assert_close(np.linalg.pinv(d, rcond=1e-6), np.diag([1., 1e3, 0.]))
    assert_close(np.linalg.pinv(d, rtol=1e-2), np.diag([1., 0., 0.]))
    assert_close(np.linalg.pinv(d, hermitian=True), np.linalg.pinv(d),
                 rtol=1e-9)
    with pytest.raises(ValueError, match="^`rtol` and `rcond` can't be both "
                       "set.$"):
        np.linalg.pinv(d, rcond=1e-3, rtol=1e-3)
    assert np.linalg.matrix_rank(d) == 3
    assert np.linalg.matrix_rank(d, tol=1e-6) == 2
    assert np.linalg.matrix_rank(d, 1e-2) == 1
    assert np.linalg.matrix_rank(d, rtol=1e-6) == 2
    assert np.linalg.matrix_rank(np.array([d, np.eye(3)]),
                                 tol=1e-6).tolist() == [2, 3]
