"""The joining, sorting and random functions used together and with
pending expressions, views and other parts of numpy."""

import numpy as np
import pytest


def test_concatenate_lazy_operands():
    a = np.arange(3)
    b = np.arange(3)
    c = np.concatenate([a + 1, b * 2.0])
    assert c.dtype == np.float64
    assert c.tolist() == [1.0, 2.0, 3.0, 0.0, 2.0, 4.0]


def test_concatenate_result_is_independent():
    a = np.array([1, 2])
    c = np.concatenate([a, a])
    a[0] = 9
    assert c.tolist() == [1, 2, 1, 2]


def test_stack_of_rows_of_a_matrix():
    m = np.arange(6).reshape(2, 3)
    assert np.stack([m[1], m[0]]).tolist() == [[3, 4, 5], [0, 1, 2]]
    assert np.vstack(m).tolist() == m.tolist()
    assert np.hstack(m).tolist() == [0, 1, 2, 3, 4, 5]


def test_broadcast_to_in_expressions():
    b = np.broadcast_to(np.array([1.0, 2.0]), (3, 2))
    assert (b + np.ones((3, 2))).tolist() == [[2.0, 3.0]] * 3
    assert b.sum() == 9.0
    assert b.sum(axis=0).tolist() == [3.0, 6.0]


def test_sort_then_searchsorted():
    np.random.seed(11)
    a = np.sort(np.random.random(100))
    assert (np.diff(a) >= 0).all()
    values = a.tolist()
    for k in range(1, 100):
        assert values[k - 1] <= values[k]
    idx = np.searchsorted(a, a)
    assert idx.tolist() == list(range(100))


def test_argsort_gathers_sorted():
    a = np.array([5.0, -1.0, 3.0, 0.5])
    order = np.argsort(a)
    assert a[order].tolist() == np.sort(a).tolist()


def test_unique_inverse_reconstructs():
    values, inverse = np.unique([3, 1, 1, 2], return_inverse=True)
    assert values[inverse].tolist() == [3, 1, 1, 2]


def test_nonzero_indexes_back():
    a = np.array([0, 7, 0, 9])
    assert a[np.nonzero(a)[0]].tolist() == [7, 9]
    assert a[a > 0].tolist() == [7, 9]
    assert np.count_nonzero(a) == len(np.nonzero(a)[0])


def test_cumsum_of_expression_and_view():
    a = np.arange(6).reshape(2, 3)
    assert np.cumsum(a * 2).tolist() == [0, 2, 6, 12, 20, 30]
    assert np.cumsum(a[:, 1:], axis=1).tolist() == [[1, 3], [4, 9]]
    assert np.cumsum(a)[-1] == a.sum()


def test_clip_of_random():
    np.random.seed(2)
    a = np.random.randn(1000)
    c = np.clip(a, -1.0, 1.0)
    assert c.min() >= -1.0
    assert c.max() <= 1.0
    assert np.allclose(np.clip(a, -10, 10), a)


def test_isclose_of_expressions():
    a = np.linspace(0.0, 1.0, 11)
    assert np.allclose(a * 3.0 / 3.0, a)
    assert np.isclose(a.sum(), 5.5)
    assert np.array_equal(np.sort(a[::-1]), a)


def test_tile_and_outer_agree():
    t = np.tile(np.array([1, 2]), (3, 1))
    o = np.outer(np.ones(3, dtype=np.int64), np.array([1, 2]))
    assert np.array_equal(t, o)


def test_expand_dims_broadcasts():
    a = np.array([1, 2, 3])
    r = np.expand_dims(a, 1) * np.expand_dims(a, 0)
    assert r.tolist() == np.outer(a, a).tolist()


def test_shuffle_keeps_values_of_expression_result():
    np.random.seed(4)
    a = np.arange(10) * 2
    np.random.shuffle(a)
    assert np.sort(a).tolist() == [0, 2, 4, 6, 8, 10, 12, 14, 16, 18]


def test_random_choice_from_unique():
    np.random.seed(8)
    u = np.unique(np.array([4, 4, 2, 9]))
    picks = np.random.choice(u, size=50)
    assert set(picks.tolist()) <= {2, 4, 9}


def test_seterr_geterr_errstate():
    old = np.seterr(all='ignore')
    try:
        assert np.geterr() == {'divide': 'ignore', 'over': 'ignore',
                               'under': 'ignore', 'invalid': 'ignore'}
        with np.errstate(divide='raise', invalid=None):
            assert np.geterr()['divide'] == 'raise'
            assert np.geterr()['invalid'] == 'ignore'
        assert np.geterr()['divide'] == 'ignore'
        with pytest.raises(ValueError):
            np.seterr(divide='bogus')
    finally:
        np.seterr(**old)
    assert np.geterr() == old
