"""max and min of float arrays: NaN anywhere wins, every length (blocks
of eight and the tail), views and expressions."""
import numpy as np


def same(x, y):
    return (np.isnan(x) and np.isnan(y)) or x == y


def values(n, dtype):
    i = np.arange(n)
    return (((i * 7919) % 101) - 50.5).astype(dtype)


def test_every_length_and_nan_position():
    for dtype in (np.float64, np.float32):
        for n in range(1, 41):
            a = values(n, dtype)
            assert a.max() == max(a.tolist())
            assert a.min() == min(a.tolist())
            for p in range(n):
                b = a.copy()
                b[p] = np.nan
                assert np.isnan(b.max()) and np.isnan(b.min()), (n, p)


def test_largest_anywhere():
    for n in (8, 9, 16, 17, 100):
        for p in range(n):
            a = values(n, np.float64)
            a[p] = 1e300
            assert a.max() == 1e300
            a[p] = -np.inf
            assert a.min() == -np.inf


def test_infinities_and_result_type():
    a = np.array([1.0, np.inf, -np.inf, 3.0] * 5)
    assert a.max() == np.inf and a.min() == -np.inf
    assert type(a.max()) is np.float64
    assert type(a.astype(np.float32).min()) is np.float32


def test_views_and_expressions():
    a = values(1000, np.float64)
    for view in (a[::3], a[::-1], a[5:900], a.reshape(20, 50).T):
        assert same(view.max(), max(view.ravel().tolist()))
        assert same(view.min(), min(view.ravel().tolist()))
    assert (a * 2 - 1).max() == max(a.tolist()) * 2 - 1
    assert np.sqrt(np.abs(a)).min() == min(abs(v) for v in a.tolist()) ** 0.5
    b = a.copy()
    b[999] = np.nan
    assert np.isnan((b + 1).max())


def test_blocks_of_long_arrays():
    # past 1024 elements a block at a time: a better element, a NaN or an
    # infinity in any block, extremes whose difference overflows
    n = 5000
    for dtype in (np.float64, np.float32):
        for p in (0, 1, 1023, 1024, 2047, 3000, n - 1):
            a = values(n, dtype)
            a[p] = 1e30
            assert a.max() == max(a.tolist()) and a.argmax() == p
            a[p] = -1e30
            assert a.min() == min(a.tolist())
            for special in (np.nan, np.inf, -np.inf):
                b = values(n, dtype)
                b[p] = special
                c = b.copy()
                c[(p + 1500) % n] = np.nan
                for x in (b, c):
                    assert same(x.max(), np.max(x.astype(np.float64)))
                    assert same(x.min(), np.min(x.astype(np.float64)))
    a = values(n, np.float64)
    a[10], a[4000] = 1e308, -1e308
    assert a.max() == 1e308 and a.min() == -1e308
    assert (-a).max() == 1e308 and (a * 0.5).min() == -0.5e308
    z = np.zeros(n)
    z[3333] = -0.0
    assert z.max() == 0.0 and z.min() == 0.0
    assert np.full(n, -np.inf).max() == -np.inf
    assert np.full(n, np.inf).min() == np.inf
