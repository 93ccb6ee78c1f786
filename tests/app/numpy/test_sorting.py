"""Sorting and searching: sort, argsort, unique, nonzero, count_nonzero,
argwhere, searchsorted."""

import numpy as np
import pytest


def test_sort_1d():
    a = np.array([3, 1, 2, 5, 4])
    s = np.sort(a)
    assert s.tolist() == [1, 2, 3, 4, 5]
    assert s.dtype == np.int64
    assert a.tolist() == [3, 1, 2, 5, 4]
    assert np.sort([2.5, -1.0, 0.0]).tolist() == [-1.0, 0.0, 2.5]
    assert np.sort(np.array([], dtype=np.int64)).tolist() == []


def test_sort_axes():
    a = np.array([[3, 1, 2], [0, 5, 4]])
    assert np.sort(a).tolist() == [[1, 2, 3], [0, 4, 5]]
    assert np.sort(a, axis=-1).tolist() == [[1, 2, 3], [0, 4, 5]]
    assert np.sort(a, axis=0).tolist() == [[0, 1, 2], [3, 5, 4]]
    assert np.sort(a, axis=None).tolist() == [0, 1, 2, 3, 4, 5]
    assert np.sort(a.T, axis=1).tolist() == [[0, 3], [1, 5], [2, 4]]
    assert np.sort(a, kind='stable').tolist() == [[1, 2, 3], [0, 4, 5]]
    with pytest.raises(ValueError, match="axis 2 is out of bounds for array "
                                         "of dimension 2"):
        np.sort(a, axis=2)


def test_sort_nan_and_inf():
    a = np.array([3.0, np.nan, 1.0, -np.inf, np.inf, np.nan, -2.0])
    s = np.sort(a).tolist()
    assert s[:5] == [-np.inf, -2.0, 1.0, 3.0, np.inf]
    assert s[5] != s[5] and s[6] != s[6]
    order = np.argsort(a).tolist()
    assert order == [3, 6, 2, 0, 4, 1, 5]


def test_sort_dtypes():
    a = np.array([3, 1, 2], dtype=np.uint8)
    assert np.sort(a).dtype == np.uint8
    assert np.sort(a).tolist() == [1, 2, 3]
    b = np.array([2**63 + 5, 1, 2**63], dtype=np.uint64)
    assert np.sort(b).tolist() == [1, 2**63, 2**63 + 5]
    c = np.array([True, False, True])
    assert np.sort(c).tolist() == [False, True, True]
    d = np.array([-3, 2, -100], dtype=np.int8)
    assert np.sort(d).tolist() == [-100, -3, 2]
    f = np.array([1.5, -0.5], dtype=np.float32)
    assert np.sort(f).dtype == np.float32


def test_method_sort_in_place():
    a = np.array([[3, 1, 2], [9, 8, 7]])
    assert a.sort() is None
    assert a.tolist() == [[1, 2, 3], [7, 8, 9]]
    b = np.array([[3, 1], [0, 5]])
    b.sort(axis=0)
    assert b.tolist() == [[0, 1], [3, 5]]
    c = np.array([5, 4, 3, 2, 1])
    v = c[::2]
    v.sort()
    assert c.tolist() == [1, 4, 3, 2, 5]


def test_argsort():
    a = np.array([3, 1, 2])
    r = np.argsort(a)
    assert r.dtype == np.int64
    assert r.tolist() == [1, 2, 0]
    assert a.argsort().tolist() == [1, 2, 0]
    m = np.array([[3, 1, 2], [0, 5, 4]])
    assert np.argsort(m).tolist() == [[1, 2, 0], [0, 2, 1]]
    assert np.argsort(m, axis=0).tolist() == [[1, 0, 0], [0, 1, 1]]
    assert np.argsort(m, axis=None).tolist() == [3, 1, 2, 0, 5, 4]


def test_argsort_stable():
    a = np.array([2, 1, 2, 1, 0, 2, 1])
    assert np.argsort(a, kind='stable').tolist() == [4, 1, 3, 6, 0, 2, 5]
    big = np.array([i % 3 for i in range(100)])
    order = np.argsort(big, kind='stable').tolist()
    assert order[:4] == [0, 3, 6, 9]
    assert order[-3:] == [92, 95, 98]
    assert np.sort(big).tolist() == sorted(big.tolist())


def test_unique():
    u = np.unique([3, 1, 1, 2, 3, 3])
    assert u.tolist() == [1, 2, 3]
    assert u.dtype == np.int64
    assert np.unique(np.array([[2, 1], [1, 0]])).tolist() == [0, 1, 2]
    assert np.unique(np.array([], dtype=np.int64)).tolist() == []
    assert np.unique([]).dtype == np.float64
    assert np.unique([2.5, 2.5, -1.0]).tolist() == [-1.0, 2.5]
    assert np.unique([True, False, True]).tolist() == [False, True]


def test_unique_nan():
    u = np.unique([np.nan, 1.0, np.nan]).tolist()
    assert len(u) == 2
    assert u[0] == 1.0 and u[1] != u[1]
    u = np.unique([np.nan, 1.0, np.nan], equal_nan=False).tolist()
    assert len(u) == 3


def test_unique_returns():
    values, counts = np.unique([3, 1, 1, 2, 3, 3], return_counts=True)
    assert values.tolist() == [1, 2, 3]
    assert counts.tolist() == [2, 1, 3]
    assert counts.dtype == np.int64
    values, index = np.unique([3, 1, 1, 2, 3, 3], return_index=True)
    assert index.tolist() == [1, 3, 0]
    values, inverse = np.unique([3, 1, 1, 2], return_inverse=True)
    assert inverse.tolist() == [2, 0, 0, 1]
    r = np.unique([5, 5, 4], return_index=True, return_inverse=True,
                  return_counts=True)
    assert len(r) == 4
    assert [x.tolist() for x in r] == [[4, 5], [2, 0], [1, 1, 0], [1, 2]]
    values, inverse = np.unique(np.array([[3, 1], [1, 2]]),
                                return_inverse=True)
    assert inverse.shape == (2, 2)
    assert inverse.tolist() == [[2, 0], [0, 1]]


def test_nonzero():
    r = np.nonzero(np.array([0, 3, 0, 5]))
    assert isinstance(r, tuple)
    assert len(r) == 1
    assert r[0].dtype == np.int64
    assert r[0].tolist() == [1, 3]
    m = np.array([[1, 0, 2], [0, 0, 3]])
    rows, cols = np.nonzero(m)
    assert rows.tolist() == [0, 0, 1]
    assert cols.tolist() == [0, 2, 2]
    rows, cols = m.nonzero()
    assert cols.tolist() == [0, 2, 2]
    assert m[np.nonzero(m)[0]].shape == (3, 3)
    assert np.nonzero([0.0, -0.5, np.nan])[0].tolist() == [1, 2]
    assert np.nonzero(np.array([True, False, True]))[0].tolist() == [0, 2]
    assert np.nonzero(m.T)[0].tolist() == [0, 2, 2]
    assert np.nonzero(m.T)[1].tolist() == [0, 0, 1]
    assert np.nonzero(np.zeros(3))[0].tolist() == []
    with pytest.raises(ValueError, match="Calling nonzero on 0d arrays is not "
                                         "allowed"):
        np.nonzero(np.array(1))


def test_count_nonzero():
    assert np.count_nonzero([1, 0, 2]) == 2
    assert np.count_nonzero(np.eye(4)) == 4
    m = np.array([[1, 0, 2], [0, 0, 3]])
    r = np.count_nonzero(m, axis=0)
    assert r.tolist() == [1, 0, 2]
    assert r.dtype == np.int64
    assert np.count_nonzero(m, axis=1).tolist() == [2, 1]
    assert np.count_nonzero(m, axis=1, keepdims=True).tolist() == [[2], [1]]
    assert np.count_nonzero(np.array([True, False, True])) == 2
    assert np.count_nonzero(m > 1) == 2


def test_argwhere():
    m = np.array([[1, 0, 2], [0, 0, 3]])
    r = np.argwhere(m)
    assert r.shape == (3, 2)
    assert r.dtype == np.int64
    assert r.tolist() == [[0, 0], [0, 2], [1, 2]]
    assert np.argwhere(np.array([0, 5, 5])).tolist() == [[1], [2]]
    assert np.argwhere(np.zeros(3)).shape == (0, 1)
    assert np.argwhere(np.array(1)).shape == (1, 0)
    assert np.argwhere(np.array(0)).shape == (0, 0)
    assert np.argwhere(m.T > 1).tolist() == [[2, 0], [2, 1]]


def test_searchsorted():
    a = np.array([1, 2, 2, 3, 5])
    assert np.searchsorted(a, 2) == 1
    assert np.searchsorted(a, 2, side='right') == 3
    assert np.searchsorted(a, 0) == 0
    assert np.searchsorted(a, 9) == 5
    r = np.searchsorted(a, [0, 2, 4, 6])
    assert r.dtype == np.int64
    assert r.tolist() == [0, 1, 4, 5]
    assert np.searchsorted(a, np.array([[2], [3]]), side='right').tolist() == [
        [3], [4]]
    assert np.searchsorted(a, 2.5) == 3
    assert a.searchsorted(3) == 3
    assert np.searchsorted([3, 1, 2], 2, sorter=[1, 2, 0]) == 1
    f = np.array([1.0, 2.0, np.nan])
    assert np.searchsorted(f, np.nan) == 2
    assert np.searchsorted(f, 5.0) == 2
    with pytest.raises(ValueError, match="search side must be 'left' or "
                                         "'right'"):
        np.searchsorted(a, 1, side='x')


def test_sort_permutes_whole_elements_of_every_dtype():
    # in place on strided views, along either axis; the sign of zero,
    # complex imaginary parts and full uint64/int8 values move with
    # their element
    def key(value):
        return (value.real, value.imag)
    for dtype in [np.int8, np.uint8, np.int32, np.uint64, np.float32,
                  np.float64, np.complex128, np.bool_]:
        base = np.array([[5, 0, 3, 1, 4, 2], [1, 1, 0, 7, 2, 9]],
                        dtype=dtype)
        a = base.copy()
        a[:, ::2].sort(axis=1)
        expect = base.tolist()
        for row in expect:
            row[::2] = sorted(row[::2], key=key)
        assert a.tolist() == expect
        b = base.copy()
        b.sort(axis=0)
        columns = [sorted(col, key=key) for col in zip(*base.tolist())]
        assert b.tolist() == [list(row) for row in zip(*columns)]
    big = np.array([2**63 + 5, 3, 2**64 - 1, 0], dtype=np.uint64)
    assert np.sort(big).tolist() == [0, 3, 2**63 + 5, 2**64 - 1]
    c = np.array([2 + 1j, 1 + 5j, 1 - 2j, complex(np.nan, 0), 0j])
    c.sort()
    assert c[:4].tolist() == [0j, 1 - 2j, 1 + 5j, 2 + 1j]
    assert np.isnan(c[4].real)
    z = np.array([0.0, -0.0, -1.0, -0.0, 0.0], dtype=np.float32)
    z.sort(kind='stable')
    assert [str(x) for x in z.tolist()] == ['-1.0', '0.0', '-0.0', '-0.0',
                                             '0.0']
    f = np.array([np.nan, 1.0, -np.inf, np.nan, np.inf, -2.0])
    f.sort()
    assert f[:4].tolist() == [-np.inf, -2.0, 1.0, np.inf]
    assert np.isnan(f[4:]).tolist() == [True, True]


def lcg(n, seed):
    """n pseudo-random ints in [0, 2**31) (the same on every system)."""
    out = []
    x = seed
    for _ in range(n):
        x = (1103515245 * x + 12345) % 2 ** 31
        out.append(x)
    return out


def sort_inputs(dtype):
    """Lanes long enough for every path of the sort (insertion runs,
    partitions, many ties), sorted, reversed and organ-pipe shaped."""
    n = 120
    yield np.array([x / 2.0 ** 21 - 500 for x in lcg(n, 5)]).astype(dtype)
    yield np.array([x % 7 - 3 for x in lcg(n, 6)]).astype(dtype)
    yield np.arange(n).astype(dtype)
    yield np.arange(n)[::-1].astype(dtype)
    yield np.concatenate((np.arange(n // 2), np.arange(n // 2)[::-1])) \
        .astype(dtype)


def check_sorts_of_long_lanes(dtypes):
    for dtype in dtypes:
        for a in sort_inputs(dtype):
            values = a.tolist()
            assert np.sort(a).tolist() == sorted(values)
            expect = sorted(range(len(a)), key=values.__getitem__)
            order = np.argsort(a)       # default kind: ties in any order
            assert sorted(order.tolist()) == list(range(len(a)))
            assert a[order].tolist() == sorted(values)
            assert np.argsort(a, kind='stable').tolist() == expect
            b = a.copy()
            b.sort(kind='mergesort')
            assert b.tolist() == sorted(values)


def test_sort_and_argsort_of_long_int_lanes():
    check_sorts_of_long_lanes([np.int64, np.int32, np.uint64, np.int8])


def test_sort_and_argsort_of_long_float_lanes():
    check_sorts_of_long_lanes([np.float64, np.float32])
    x = np.array(lcg(600, 3)).reshape(20, 30) / 2.0 ** 31
    assert np.sort(x, axis=0).tolist() == \
        [list(r) for r in zip(*[sorted(c) for c in x.T.tolist()])]
    assert np.sort(x).tolist() == [sorted(r) for r in x.tolist()]


def test_sort_long_lanes_with_nans_and_signed_zeros():
    values = [np.nan, 0.0, -0.0, 1.5, -2.0, np.inf, -np.inf]
    a = np.array([values[x % 7] for x in lcg(500, 9)])
    s = np.sort(a)
    finite = sorted(x for x in a.tolist() if x == x)
    assert s[:len(finite)].tolist() == finite
    assert np.isnan(s[len(finite):]).all()
    order = np.argsort(a, kind='stable').tolist()
    keyed = [(x if x == x else np.inf, x != x, i) for i, x in
             enumerate(a.tolist())]
    assert order == [i for _, _, i in sorted(keyed)]
    z = a.astype(np.float32)
    z.sort(stable=True)
    zeros = [str(x) for x in z.tolist() if x == 0]
    assert zeros == [str(x) for x in a.astype(np.float32).tolist()
                     if x == 0]


def test_sort_stable_keyword():
    assert np.sort(np.array([3, 1, 2]), stable=True).tolist() == [1, 2, 3]
    with pytest.raises(ValueError, match="`kind` and keyword parameters "
                                         "can't be provided at the same "
                                         "time"):
        np.sort(np.array([3, 1, 2]), kind='stable', stable=True)
