"""numpy.linalg's functions composed of array operations
(lib_pypy/_numpy_lib/linalg.py): norm with every ord, axis and keepdims,
cond, multi_dot and NumPy 2's array-API names."""

import numpy as np
import pytest


def close(got, want, rtol=1e-12, atol=1e-13):
    got = np.asarray(got, dtype=float)
    want = np.asarray(want, dtype=float)
    assert got.shape == want.shape, (got.shape, want.shape)
    for g, w in zip(got.ravel().tolist(), want.ravel().tolist()):
        if w != w:
            assert g != g
        elif w in (np.inf, -np.inf):
            assert g == w
        else:
            assert abs(g - w) <= atol + rtol * abs(w), (g, w)
    return True


M = np.array([[1., -2., 3.], [4., 5., -6.], [-7., 8., 10.]])


def test_vector_norms():
    v = np.array([3., -4., 0., 1.])
    assert close(np.linalg.norm(v), np.sqrt(26.))
    assert type(np.linalg.norm(v)) is np.float64
    assert close(np.linalg.norm(v, 1), 8.)
    assert close(np.linalg.norm(v, 2), np.sqrt(26.))
    assert close(np.linalg.norm(v, np.inf), 4.)
    assert close(np.linalg.norm(v, -np.inf), 0.)
    assert close(np.linalg.norm(v, 0), 3.)
    assert close(np.linalg.norm(v, 3), 92. ** (1 / 3))
    assert close(np.linalg.norm(v[:2], ord=-1), 12 / 7)
    assert close(np.linalg.norm([1, 2, 2]), 3.)          # ints: as float
    assert close(np.linalg.norm([3j, 4]), 5.)
    assert np.linalg.norm(np.ones(3, dtype=np.float32)).dtype == np.float32
    assert np.linalg.norm(v, keepdims=True).shape == (1,)
    with pytest.raises(ValueError, match="^Invalid norm order 'fro' for "
                       "vectors$"):
        np.linalg.norm(v, 'fro')


def test_matrix_norms():
    assert close(np.linalg.norm(M), np.sqrt((M * M).sum()))
    assert close(np.linalg.norm(M, 'fro'), np.sqrt((M * M).sum()))
    assert close(np.linalg.norm(M, 1), 19.)
    assert close(np.linalg.norm(M, -1), 12.)
    assert close(np.linalg.norm(M, np.inf), 25.)
    assert close(np.linalg.norm(M, -np.inf), 6.)
    s = np.linalg.svd(M, compute_uv=False)
    assert close(np.linalg.norm(M, 2), s[0])
    assert close(np.linalg.norm(M, -2), s[-1])
    assert close(np.linalg.norm(M, 'nuc'), s.sum())
    assert np.linalg.norm(M, keepdims=True).shape == (1, 1)
    with pytest.raises(ValueError, match='^Invalid norm order for '
                       'matrices.$'):
        np.linalg.norm(M, 3)
    with pytest.raises(ValueError, match='^Improper number of dimensions '
                       'to norm.$'):
        np.linalg.norm(np.ones((2, 2, 2)), 2)
    assert close(np.linalg.norm(np.ones((2, 2, 2))), np.sqrt(8.))


def test_norm_axes():
    a = np.arange(24.).reshape(2, 3, 4) - 10
    assert close(np.linalg.norm(a, axis=1),
                 np.sqrt((a * a).sum(axis=1)))
    assert close(np.linalg.norm(a, axis=-1, keepdims=True),
                 np.sqrt((a * a).sum(axis=-1, keepdims=True)))
    assert np.linalg.norm(a, axis=-1, keepdims=True).shape == (2, 3, 1)
    assert close(np.linalg.norm(a, 1, axis=0), np.abs(a).sum(axis=0))
    assert close(np.linalg.norm(a, np.inf, axis=(1, 2)),
                 [np.abs(a[k]).sum(axis=1).max() for k in range(2)])
    assert close(np.linalg.norm(a, 1, axis=(2, 1)),
                 [np.abs(a[k]).sum(axis=1).max() for k in range(2)])
    assert close(np.linalg.norm(a, 2, axis=(1, 2)),
                 [np.linalg.svd(a[k], compute_uv=False)[0]
                  for k in range(2)])
    assert close(np.linalg.norm(a, 'nuc', axis=(0, 2)),
                 [np.linalg.svd(a[:, k, :], compute_uv=False).sum()
                  for k in range(3)])
    assert np.linalg.norm(a, axis=(1, 2), keepdims=True).shape == (2, 1, 1)
    with pytest.raises(ValueError, match='^Duplicate axes given.$'):
        np.linalg.norm(a, axis=(1, 1))
    with pytest.raises(TypeError):
        np.linalg.norm(a, axis='x')


def test_array_api_norms():
    a = np.arange(24.).reshape(2, 3, 4) - 10
    assert close(np.linalg.vector_norm(a), np.linalg.norm(a.ravel()))
    assert close(np.linalg.vector_norm(a, axis=(0, 2)),
                 np.sqrt((a * a).sum(axis=(0, 2))))
    assert np.linalg.vector_norm(a, axis=1, keepdims=True).shape == \
        (2, 1, 4)
    assert close(np.linalg.vector_norm(a, ord=1), np.abs(a).sum())
    assert close(np.linalg.matrix_norm(a),
                 [np.linalg.norm(a[0]), np.linalg.norm(a[1])])
    assert close(np.linalg.matrix_norm(a, ord=np.inf),
                 [np.linalg.norm(a[0], np.inf), np.linalg.norm(a[1], np.inf)])
    assert close(np.linalg.svdvals(M), np.linalg.svd(M, compute_uv=False))


def test_cond():
    s = np.linalg.svd(M, compute_uv=False)
    assert close(np.linalg.cond(M), s[0] / s[-1])
    assert close(np.linalg.cond(M, -2), s[-1] / s[0])
    inv = np.linalg.inv(M)
    for p in [1, -1, np.inf, -np.inf, 'fro']:
        assert close(np.linalg.cond(M, p),
                     np.linalg.norm(M, p) * np.linalg.norm(inv, p),
                     rtol=1e-10)
    assert np.linalg.cond(np.array([[1., 1.], [1., 1.]]), 1) == np.inf
    stack = np.array([M, 2 * np.eye(3)])
    assert close(np.linalg.cond(stack), [s[0] / s[-1], 1.])
    assert close(np.linalg.cond(np.eye(2)), 1.)
    with pytest.raises(np.linalg.LinAlgError, match='^cond is not defined '
                       'on empty arrays$'):
        np.linalg.cond(np.ones((0, 0)))


def test_multi_dot():
    a = np.arange(6.).reshape(2, 3)
    b = np.arange(12.).reshape(3, 4) / 3
    c = np.arange(8.).reshape(4, 2) - 3
    d = np.arange(10.).reshape(2, 5)
    assert close(np.linalg.multi_dot([a, b]), a @ b)
    assert close(np.linalg.multi_dot([a, b, c]), a @ b @ c)
    assert close(np.linalg.multi_dot([a, b, c, d]), a @ b @ c @ d)
    assert close(np.linalg.multi_dot([np.arange(2.), a, b, c]),
                 np.arange(2.) @ a @ b @ c)
    r = np.linalg.multi_dot([np.arange(2.), a, b, np.arange(4.)])
    assert r.shape == () and close(r, np.arange(2.) @ a @ b @ np.arange(4.))
    with pytest.raises(ValueError, match='^Expecting at least two '
                       'arrays.$'):
        np.linalg.multi_dot([a])
    with pytest.raises(np.linalg.LinAlgError):
        np.linalg.multi_dot([a, b, np.ones((4, 2, 2))])


def test_array_api_products():
    a = np.arange(24.).reshape(2, 3, 4)
    assert np.linalg.matrix_transpose(a).shape == (2, 4, 3)
    assert np.linalg.matrix_transpose(a)[1].tolist() == a[1].T.tolist()
    assert np.linalg.outer([1, 2], [3, 4, 5]).tolist() == \
        [[3, 4, 5], [6, 8, 10]]
    with pytest.raises(ValueError):
        np.linalg.outer(np.ones((2, 2)), [1])
    assert np.linalg.trace(a.reshape(2, 4, 3)).tolist() == [12., 48.]
    assert np.linalg.trace(M) == 16.
    assert np.linalg.trace(M, offset=1) == -8.
    assert np.linalg.diagonal(M).tolist() == [1., 5., 10.]
    assert np.linalg.diagonal(M, offset=-1).tolist() == [4., 8.]
    assert np.linalg.diagonal(a).tolist() == [[0., 5., 10.],
                                              [12., 17., 22.]]
    assert np.linalg.vecdot(a, np.ones(4)).tolist() == \
        a.sum(axis=-1).tolist()
    assert np.linalg.matmul(a, np.ones(4)).tolist() == \
        a.sum(axis=-1).tolist()
    assert np.linalg.cross([1., 0., 0.], [0., 1., 0.]).tolist() == \
        [0., 0., 1.]
    assert np.linalg.tensordot(a, np.ones((3, 4))).tolist() == \
        a.sum(axis=(1, 2)).tolist()
