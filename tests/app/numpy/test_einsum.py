"""np.einsum: explicit and implicit subscripts, '...', repeated labels
(traces, diagonals), the interleaved operand form, and NumPy's errors for
bad subscripts."""

import numpy as np
import pytest

A = np.arange(6).reshape(2, 3)
B = np.arange(12).reshape(3, 4)
S = np.arange(9).reshape(3, 3)


def raises_message(func, message):
    with pytest.raises(ValueError) as info:
        func()
    assert str(info.value) == message


def test_products_and_sums():
    assert np.einsum('ij,jk', A, B).tolist() == [[20, 23, 26, 29],
                                                 [56, 68, 80, 92]]
    assert np.einsum('ij,jk->ik', A, B).tolist() == np.dot(A, B).tolist()
    total = np.einsum('ij,jk->', A, B)
    assert total == 394 and np.ndim(total) == 0
    assert np.einsum('i,i', [1, 2], [3, 4]) == 11
    assert np.einsum('i,j', [1, 2], [3, 4]).tolist() == [[3, 4], [6, 8]]
    assert np.einsum('ij,ij->ij', A, A, optimize=False).tolist() == \
        (A * A).tolist()
    assert np.einsum('ij,kj->ik', A, A).tolist() == \
        np.dot(A, A.T).tolist()
    assert np.einsum('ij->j', A).tolist() == [3, 5, 7]
    c = np.arange(8).reshape(2, 2, 2)
    assert np.einsum('ijk,ikl->ijl', c, c).tolist() == \
        [np.dot(c[0], c[0]).tolist(), np.dot(c[1], c[1]).tolist()]
    assert np.einsum('ij,jk,kl->il', A, B, np.ones((4, 2))).tolist() == \
        [[98.0, 98.0], [296.0, 296.0]]


def test_implicit_output_is_sorted():
    assert np.einsum('ij', A).tolist() == A.tolist()
    assert np.einsum('ji', A).tolist() == A.T.tolist()
    assert np.einsum('iJ->Ji', A).tolist() == A.T.tolist()
    assert np.einsum('IJ', A).tolist() == A.tolist()
    assert np.einsum('ij->ji', A).tolist() == A.T.tolist()


def test_traces_and_diagonals():
    assert np.einsum('ii', S) == 12
    assert np.einsum('ii->i', S).tolist() == [0, 4, 8]
    c = np.arange(18).reshape(2, 3, 3)
    assert np.einsum('ijj->i', c).tolist() == [12, 39]
    assert np.einsum('bjj->jb', c).tolist() == [[0, 9], [4, 13], [8, 17]]
    assert np.einsum('iii', np.arange(8).reshape(2, 2, 2)) == 7
    assert np.einsum('ii,i->i', S, [1, 2, 3]).tolist() == [0, 8, 24]


def test_ellipsis():
    assert np.einsum('...i,...i', A, A).tolist() == [5, 50]
    assert np.einsum('i...->...', A).tolist() == [3, 5, 7]
    assert np.einsum('ij->...i', A).tolist() == [3, 12]
    assert np.einsum('...,...', 2, A).tolist() == (2 * A).tolist()
    x = np.arange(24).reshape(2, 3, 4)
    y = np.arange(20).reshape(4, 5)
    r = np.einsum('...ij,...jk->...ik', x, y)
    assert r.shape == (2, 3, 5)
    assert r.tolist() == [np.dot(x[0], y).tolist(), np.dot(x[1], y).tolist()]


def test_dtypes_and_keywords():
    small = np.array([[1, 2], [3, 4]], dtype=np.int8)
    assert np.einsum('ij->', small).dtype == np.int8
    r = np.einsum('i,i', np.array([1, 2], dtype=np.float32), np.array([1, 2]))
    assert r == 5.0 and r.dtype == np.float64
    assert np.einsum('ij->j', A, dtype=float).tolist() == [3.0, 5.0, 7.0]
    out = np.zeros(2)
    assert np.einsum('ij->i', A, out=out) is out
    assert out.tolist() == [3.0, 12.0]
    assert np.einsum('', 3) == 3
    assert np.einsum('i->i', np.zeros(0)).shape == (0,)
    assert np.einsum('ab,b', np.ones((2, 1)), np.ones(3)).tolist() == \
        [3.0, 3.0]


def test_interleaved_operands():
    assert np.einsum(A, [0, 1], B, [1, 2]).tolist() == np.dot(A, B).tolist()
    assert np.einsum(A, [0, 1], A, [0, 1], [1]).tolist() == [9, 17, 29]
    assert np.einsum(A, [0, 1], [0]).tolist() == [3, 12]
    raises_message(lambda: np.einsum(A, [0, 55]),
                   "subscript is not within the valid range [0, 52)")


def test_subscript_errors():
    raises_message(lambda: np.einsum('ij,jk', A),
                   "more operands provided to einstein sum function than "
                   "specified in the subscripts string")
    raises_message(lambda: np.einsum('ij', A, B),
                   "fewer operands provided to einstein sum function than "
                   "specified in the subscripts string")
    raises_message(lambda: np.einsum('ij->k', A),
                   "einstein sum subscripts string included output subscript "
                   "'k' which never appeared in an input")
    raises_message(lambda: np.einsum('ij->ii', A),
                   "einstein sum subscripts string includes output subscript "
                   "'i' multiple times")
    raises_message(lambda: np.einsum('i', A),
                   "operand has more dimensions than subscripts given in "
                   "einstein sum, but no '...' ellipsis provided to broadcast "
                   "the extra dimensions.")
    raises_message(lambda: np.einsum('...i->i', A),
                   "output has more dimensions than subscripts given in "
                   "einstein sum, but no '...' ellipsis provided to broadcast "
                   "the extra dimensions.")
    raises_message(lambda: np.einsum('ijk', A),
                   "einstein sum subscripts string contains too many "
                   "subscripts for operand 0")
    raises_message(lambda: np.einsum('i$', A),
                   "invalid subscript '$' in einstein sum subscripts string, "
                   "subscripts must be letters")
    raises_message(lambda: np.einsum('ij-i', A),
                   "einstein sum subscript string does not contain proper "
                   "'->' output specified")
    raises_message(lambda: np.einsum('i.j', A),
                   "einstein sum subscripts string contains a '.' that is "
                   "not part of an ellipsis ('...') in operand 0")
    raises_message(lambda: np.einsum('ii->i', A),
                   "dimensions in single operand for collapsing index 'i' "
                   "don't match (2 != 3)")
    raises_message(lambda: np.einsum('iij,k', np.ones((2, 3, 4)), [1]),
                   "dimensions in operand 0 for collapsing index 'i' "
                   "don't match (2 != 3)")
    raises_message(lambda: np.einsum(),
                   "must specify the einstein sum subscripts string and at "
                   "least one operand, or at least one operand and its "
                   "corresponding subscripts list")
    with pytest.raises(ValueError):
        np.einsum('i,i', [1, 2], [1, 2, 3])


def test_products_beyond_dot():
    assert np.tensordot(np.ones((2, 3)), np.ones((3, 2)), 1).tolist() == \
        [[3.0, 3.0], [3.0, 3.0]]
    assert np.inner([1, 2], [3, 4]) == 11
    assert np.kron([1, 2], [1, 10]).tolist() == [1, 10, 2, 20]
    assert np.cross([1, 0, 0], [0, 1, 0]).tolist() == [0, 0, 1]
