"""The order of the additions in float sums of non-contiguous arrays.

NumPy's reduction walks the elements in memory order (axes sorted by
|stride|, negative strides kept, axes merged where one stride steps over
another's axis).  A single merged axis is summed pairwise in place; with
several, the iterator copies as many whole inner rows as fit in its buffer
(8192 elements; a longer row alone) and adds the pairwise sum of each
buffer to the total, in order.  The expected values are written with sums
of contiguous copies (pairwise over one range), and each test checks that
a one-by-one sum of its data differs, so that the order is really pinned.
"""
import numpy as np

BUFSIZE = 8192


def data(n):
    """n float64 values of mixed magnitudes: the rounding depends on the
    order of the additions."""
    i = np.arange(n)
    return ((i * 7919) % 10007 - 5003) * 0.37 * 10.0 ** ((i * 31) % 17)


def sequential(a):
    total = 0.0
    for v in a.ravel().tolist():
        total += v
    return total


def buffered(flat, chunk, dtype=None):
    """0.0 + the pairwise sums of consecutive chunks of `flat`, in order."""
    total = 0.0
    for k in range(0, len(flat), chunk):
        total += float(np.ascontiguousarray(flat[k:k + chunk]).sum(dtype=dtype))
    return total


def test_1d_strided_is_pairwise_over_the_whole_view():
    x = data(200001)
    for v in [x[::2], x[::3], x[1::7]]:
        assert v.sum() == v.copy().sum()
        assert v.sum() != sequential(v)


def test_1d_reversed_is_summed_in_view_order():
    x = data(100001)
    for v in [x[::-1], x[::-3]]:
        assert v.sum() == v.copy().sum()
        assert v.sum() != v[::-1].copy().sum()


def test_transposed_sums_in_memory_order():
    m = data(300 * 400).reshape(300, 400)
    assert m.T.sum() == m.sum()
    assert m.T.sum() != m.T.copy().sum()
    assert m[::-1, ::-1].T.sum() == m[::-1, ::-1].copy().sum()


def test_sliced_rows_that_merge_into_one_axis():
    m = data(300 * 400).reshape(300, 400)
    s = m[:, ::2]            # row stride 3200 = 200 * 16: one axis
    assert s.sum() == s.copy().sum()
    assert s.sum() != sequential(s)


def test_sliced_columns_are_summed_per_buffer_of_rows():
    m = data(300 * 400).reshape(300, 400)
    s = m[:, 1:-1]
    expected = buffered(s.copy().ravel(), BUFSIZE // 398 * 398)
    assert s.sum() == expected
    assert expected != s.copy().sum()
    assert s.T.sum() == expected
    assert m[:, ::-1][:, 1:].sum() == buffered(
        m[:, ::-1][:, 1:].copy().ravel(), BUFSIZE // 399 * 399)


def test_long_rows_are_summed_one_by_one():
    m = data(5 * 20001).reshape(5, 20001)
    s = m[:, 1:]
    expected = buffered(s.copy().ravel(), 20000)
    assert s.sum() == expected
    assert expected != s.copy().sum()


def test_column():
    m = data(40000 * 3).reshape(40000, 3)
    c = m[:, 1]
    assert c.sum() == c.copy().sum()
    assert c.sum() != sequential(c)


def test_mean():
    x = data(200001)
    v = x[::2]
    assert v.mean() == v.copy().sum() / v.size
    m = data(300 * 400).reshape(300, 400)
    s = m[:, 1:-1]
    assert s.mean() == buffered(s.copy().ravel(), BUFSIZE // 398 * 398) / s.size


def test_cast_goes_through_buffers():
    f = data(100001).astype(np.float32)
    v = f[::2]
    expected = buffered(v.copy(), BUFSIZE, np.float64)
    assert v.sum(dtype=np.float64) == expected
    assert expected != float(v.copy().astype(np.float64).sum())
    i = np.arange(100001) * 1000003 % 999983
    w = i[::-2]
    assert w.mean() == buffered(w.copy(), BUFSIZE, np.float64) / w.size


def test_axis_sums():
    m = data(300 * 400).reshape(300, 400)
    rows = np.array([m[j].copy().sum() for j in range(300)])
    columns = np.array([m[:, j].copy().sum() for j in range(400)])
    adds = m[0] + 0.0
    for j in range(1, 300):
        adds = adds + m[j]
    assert (rows != np.array([sequential(r) for r in m])).any()
    assert (columns != adds).any()
    # pairwise along the axis NumPy walks innermost, else one by one
    assert (m.sum(axis=1) == rows).all()
    assert (m.sum(axis=0) == adds).all()
    assert (m.T.sum(axis=0) == rows).all()
    assert (m.T.sum(axis=1) == adds).all()
    f = m.T.copy().T
    assert (f.sum(axis=0) == columns).all()
    assert (f.mean(axis=0) == columns / 300).all()
    s = m[:, ::2]
    assert (s.sum(axis=1) == np.array([r.copy().sum() for r in s])).all()


def pairwise32(values):
    """NumPy's pairwise sum with float32 accumulators, written out."""
    def r(v):
        return float(np.float32(v))
    n = len(values)
    if n < 8:
        total = 0.0
        for v in values:
            total = r(total + v)
        return total
    if n <= 128:
        acc = list(values[:8])
        i = 8
        while i < n - n % 8:
            for k in range(8):
                acc[k] = r(acc[k] + values[i + k])
            i += 8
        total = r(r(r(acc[0] + acc[1]) + r(acc[2] + acc[3])) +
                  r(r(acc[4] + acc[5]) + r(acc[6] + acc[7])))
        for v in values[i:]:
            total = r(total + v)
        return total
    half = n // 2
    half -= half % 8
    return r(pairwise32(values[:half]) + pairwise32(values[half:]))


def test_float32_sums_add_in_float32():
    f = data(20001).astype(np.float32)
    assert f.sum() != np.float32(f.sum(dtype=np.float64))
    for v in [f, f[::2], f[::-3]]:
        assert v.sum() == pairwise32(v.tolist())
    s = f[:19200].reshape(60, 320)[:, 1:-1]
    flat = s.copy().ravel().tolist()
    chunk = BUFSIZE // 318 * 318
    total = 0.0
    for k in range(0, len(flat), chunk):
        total = float(np.float32(total + pairwise32(flat[k:k + chunk])))
    assert s.sum() == total
    assert s.mean() == np.float32(total / s.size)


def test_first_axis_sums_of_c_arrays_add_row_by_row():
    # one row after another into the result, for any number of axes
    c = data(9 * 4 * 5).reshape(9, 4, 5)
    adds = c[0] + 0.0
    for j in range(1, 9):
        adds = adds + c[j]
    assert (c.sum(axis=0) == adds).all()
    assert (c.sum(axis=0, keepdims=True) == adds[np.newaxis]).all()
    assert (c.mean(axis=0) == adds / 9).all()
    assert c.sum(axis=0).shape == (4, 5)
    # the result starts from 0.0 as NumPy's: -0.0 + -0.0 ... gives 0.0
    z = np.array([[-0.0, 1.0]] * 9)
    assert [str(v) for v in z.sum(axis=0).tolist()] == ['0.0', '9.0']
    assert np.ones((0, 3)).sum(axis=0).tolist() == [0.0, 0.0, 0.0]
    assert np.ones((9, 0)).sum(axis=0).shape == (0,)


def test_first_axis_max_and_min_of_c_arrays():
    c = data(9 * 4 * 5).reshape(9, 4, 5)
    c[3, 1, 2] = np.nan
    columns = [c[:, j, k].tolist() for j in range(4) for k in range(5)]
    big = c.max(axis=0).ravel().tolist()
    small = c.min(axis=0).ravel().tolist()
    for m in range(20):
        if any(v != v for v in columns[m]):
            assert big[m] != big[m] and small[m] != small[m]
        else:
            assert big[m] == max(columns[m]) and small[m] == min(columns[m])
    assert c.max(axis=0, keepdims=True).shape == (1, 4, 5)
