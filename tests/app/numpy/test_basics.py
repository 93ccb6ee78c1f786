"""Views and corner cases of indexing: negative strides, views of views,
zero-size arrays, 0-d arrays, empty slices; plus fixed-seed random basic
indices checked against the same indexing done on nested Python lists."""

import numpy as np


def test_views_share_memory():
    a = np.arange(10)
    v = a[2:8:2]
    v[0] = 100
    assert a.tolist() == [0, 1, 100, 3, 4, 5, 6, 7, 8, 9]
    w = v[::-1]
    w[0] = -6
    assert a[6] == -6
    assert w.tolist() == [-6, 4, 100]
    assert a.tolist() == [0, 1, 100, 3, 4, 5, -6, 7, 8, 9]
    b = np.arange(12).reshape(3, 4)
    row = b[1]
    row[:] = 0
    assert b.tolist() == [[0, 1, 2, 3], [0, 0, 0, 0], [8, 9, 10, 11]]
    col = b[:, -1]
    col[...] = [7, 7, 7]
    assert b[:, 3].tolist() == [7, 7, 7]


def test_negative_strides():
    a = np.arange(12).reshape(3, 4)
    r = a[::-1, ::-1]
    assert r.tolist() == [[11, 10, 9, 8], [7, 6, 5, 4], [3, 2, 1, 0]]
    assert r[0, 0] == 11
    assert r[-1, -1] == 0
    assert r[1:, ::-1].tolist() == [[4, 5, 6, 7], [0, 1, 2, 3]]
    assert r[[0, 2], [1, 3]].tolist() == [10, 0]
    assert r[r > 8].tolist() == [11, 10, 9]
    r[0] = [1, 2, 3, 4]
    assert a[2].tolist() == [4, 3, 2, 1]
    r[r < 3] = 50
    assert a.tolist() == [[50, 50, 50, 3], [4, 5, 6, 7], [4, 3, 50, 50]]
    assert a[::-2].tolist() == [[4, 3, 50, 50], [50, 50, 50, 3]]


def test_views_of_views():
    a = np.arange(60).reshape(3, 4, 5)
    v = a[1:, ::2][:, :, 1::2][::-1]
    assert v.shape == (2, 2, 2)
    assert v.tolist() == [[[41, 43], [51, 53]], [[21, 23], [31, 33]]]
    assert v[0, 1, 1] == 53
    assert v[..., -1].tolist() == [[43, 53], [23, 33]]
    v[1] = 0
    assert a[1].tolist()[0] == [20, 0, 22, 0, 24]


def test_zero_size():
    e = np.zeros((0, 3))
    assert e[:, 1].shape == (0,)
    assert e[:, 1:].shape == (0, 2)
    assert e[e > 0].shape == (0,)
    assert e[[]].shape == (0, 3)
    e[...] = 5
    e[e > 0] = 1
    assert e.tolist() == []
    a = np.arange(5)
    assert a[3:3].tolist() == []
    assert a[4:1].shape == (0,)
    assert a[10:].tolist() == []
    assert a[::-1][5:].tolist() == []
    assert a[2:2][:0].shape == (0,)
    a[3:3] = 7
    a[[]] = 7
    assert a.tolist() == [0, 1, 2, 3, 4]
    z = np.zeros((2, 0, 3), dtype=np.int8)
    assert z[1].shape == (0, 3)
    assert z[:, :, 2].shape == (2, 0)
    assert repr(z[1]) == 'array([], shape=(0, 3), dtype=int8)'


def test_zero_d():
    z = np.array(3.5)
    assert z[()] == 3.5
    assert z[...].shape == ()
    assert z[None].tolist() == [3.5]
    z[()] = 1.25
    assert z[()] == 1.25
    z[...] = 2
    assert z.tolist() == 2.0
    assert z[True].tolist() == [2.0]
    assert z[False].shape == (0,)
    a = np.arange(6).reshape(2, 3)
    assert a[1, 2] == 5
    assert a[1][2] == 5
    assert a[1, 2, ...].shape == ()
    assert a[1, 2, ...].tolist() == 5


def test_scalar_element_types():
    a = np.arange(4, dtype=np.int8)
    assert type(a[1]) is np.int8
    f = np.arange(4, dtype=np.float32)
    assert type(f[1]) is np.float32
    d = np.arange(4.0).reshape(2, 2)
    assert type(d[1, 1]) is np.float64
    assert d[1, 1] == 3.0
    b = np.array([True, False])
    assert b[0] == True
    assert b[1] == False


def test_loop_reads_and_writes():
    a = np.arange(100) * 1.0
    s = 0.0
    for i in range(100):
        s += a[i]
    assert s == 4950.0
    b = np.zeros(10, dtype=np.int32)
    for i in range(10):
        b[i] = i * i
    assert b.tolist() == [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
    m = np.zeros((3, 3))
    for i in range(3):
        for j in range(3):
            m[i, j] = i * 3 + j
    assert m.tolist() == [[0.0, 1.0, 2.0], [3.0, 4.0, 5.0], [6.0, 7.0, 8.0]]


# ____________________________________________________________
# random basic indices, compared with nested lists

class Rand:
    """A small fixed-seed LCG (no `random` module needed)."""

    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        return (self.state >> 33) % n

    def between(self, lo, hi):
        return lo + self.below(hi - lo + 1)


def nested(flat, shape, start):
    if not shape:
        return flat[start]
    inner = 1
    for n in shape[1:]:
        inner *= n
    return [nested(flat, shape[1:], start + k * inner) for k in range(shape[0])]


def apply_index(lst, items):
    if not items:
        return lst
    item = items[0]
    if isinstance(item, slice):
        return [apply_index(x, items[1:]) for x in lst[item]]
    if isinstance(item, list):
        return [apply_index(lst[i], items[1:]) for i in item]
    return apply_index(lst[item], items[1:])


def random_item(r, n):
    kind = r.below(4)
    if kind == 0 and n > 0:
        return r.between(-n, n - 1)
    if kind == 1:
        step = r.between(1, 3) * (1 if r.below(2) else -1)
        start = r.between(-n - 1, n + 1) if r.below(3) else None
        stop = r.between(-n - 1, n + 1) if r.below(3) else None
        return slice(start, stop, step)
    return slice(None, None, None)


def test_random_basic_indexing():
    r = Rand(12345)
    for case in range(300):
        ndim = r.between(1, 4)
        shape = [r.between(0, 4) for _ in range(ndim)]
        size = 1
        for n in shape:
            size *= n
        flat = [r.between(-50, 50) for _ in range(size)]
        a = np.array(flat, dtype=np.int64).reshape(tuple(shape))
        expected = nested(flat, shape, 0)
        if r.below(2):
            a = a[::-1]
            expected = expected[::-1]
        nitems = r.between(1, ndim)
        items = [random_item(r, shape[k]) for k in range(nitems)]
        if r.below(3) == 0 and shape[0] > 0:
            items[0] = [r.between(-shape[0], shape[0] - 1) for _ in range(r.between(0, 4))]
        want = apply_index(expected, items)
        got = a[tuple(items)]
        if isinstance(want, list):
            assert got.tolist() == want, (shape, items)
        else:
            assert got == want, (shape, items)


def test_random_basic_assignment():
    r = Rand(777)
    for case in range(200):
        ndim = r.between(1, 3)
        shape = [r.between(1, 4) for _ in range(ndim)]
        size = 1
        for n in shape:
            size *= n
        a = np.arange(size).reshape(tuple(shape))
        items = tuple(random_item(r, shape[k]) for k in range(r.between(1, ndim)))
        before = a[items]
        count = before.size if hasattr(before, 'size') else 1
        a[items] = -1
        after = a[items]
        if isinstance(after, np.ndarray):
            assert after.tolist() == (np.zeros(after.shape, dtype=np.int64) - 1).tolist()
        else:
            assert after == -1
        # basic indices select distinct elements: exactly those changed
        assert int((a == -1).sum()) == count
        assert int((a > -1).sum()) == size - count


def test_abs_divmod_of_arrays():
    a = np.array([7, -3, 4])
    assert abs(a).tolist() == [7, 3, 4]
    assert abs(np.array([-1.5])).dtype == np.float64
    q, r = divmod(a, 3)
    assert q.tolist() == [2, -1, 1] and r.tolist() == [1, 0, 1]
    q, r = divmod(10, a)
    assert q.tolist() == [1, -4, 2] and r.tolist() == [3, -2, 2]


def test_item_with_tuple_and_ndmin():
    m = np.arange(12).reshape(3, 4)
    assert m.item((1, 2)) == 6
    assert m.item(1, 2) == 6
    assert m.item(5) == 5
    x = np.array([1, 2], ndmin=3)
    assert x.shape == (1, 1, 2)
    assert np.array(5, ndmin=1).tolist() == [5]
    assert np.array([[1]], ndmin=1).shape == (1, 1)


def test_array_of_empty_arrays_keeps_their_dtype():
    u8 = np.zeros(0, np.uint8)
    assert np.array(np.divmod(u8, u8)).dtype == np.uint8
    assert np.array([u8, u8]).shape == (2, 0)
    assert np.array([np.zeros((2, 0), np.int8)]).dtype == np.int8
    assert np.array([np.zeros(0, np.int16), []]).dtype == np.int16
    assert np.array([[], []]).dtype == np.float64
    assert np.array([np.zeros(0, np.int8), np.zeros(0, np.float32)]).dtype \
        == np.float32
