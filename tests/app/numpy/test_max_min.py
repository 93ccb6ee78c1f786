"""a.max() and a.min() of whole arrays (a vector search for a NaN, then the
best in the lanes of vectors on pypy-c): every size around the vector
widths, a NaN or an infinity anywhere, signed zeros, float32 items,
expressions and strided views."""
import math

import numpy as np


def values(n, seed):
    i = np.arange(n)
    return ((i * 7919 + seed) % 23 - 11) * 0.5


def best(items, larger):
    for v in items:
        if v != v:
            return v
    return max(items) if larger else min(items)


def same(x, y):
    return x == y or (math.isnan(x) and math.isnan(y))


def test_every_size_with_a_nan_anywhere():
    for n in list(range(1, 41)) + [127, 128, 129, 1000, 10001]:
        a = values(n, n)
        assert a.max() == best(a.tolist(), True)
        assert a.min() == best(a.tolist(), False)
        for at in sorted({0, 1, n // 2, n - 2, n - 1} & set(range(n))):
            b = a.copy()
            b[at] = np.nan
            assert math.isnan(b.max()) and math.isnan(b.min())
            assert math.isnan(np.max(b)) and math.isnan(np.amin(b))


def test_infinities_and_signed_zeros():
    a = values(100, 3)
    a[17] = np.inf
    a[60] = -np.inf
    assert a.max() == np.inf and a.min() == -np.inf
    z = np.array([-0.0] * 10)
    assert str(z.max()) == '-0.0' and str(z.min()) == '-0.0'
    assert np.array([-0.0, 0.0, -0.0]).max() == 0.0


def test_float32_expressions_and_views():
    a = values(1001, 5)
    f = a.astype(np.float32)
    assert f.max() == np.float32(best(f.tolist(), True))
    assert type(f.min()) is np.float32
    assert same((a * 2.0 - 1.0).max(), best((a * 2.0 - 1.0).tolist(), True))
    assert (a[::3]).min() == best(a[::3].tolist(), False)
    x = a[:1000].reshape(40, 25)
    assert x.T.max() == best(a[:1000].tolist(), True)
    assert x[:, 3:9].min() == best(x[:, 3:9].ravel().tolist(), False)


def test_integer_arrays_and_errors():
    i = np.arange(1000) % 37 - 18
    assert i.max() == 18 and i.min() == -18
    try:
        np.array([]).max()
    except ValueError as e:
        assert str(e) == ("zero-size array to reduction operation maximum "
                          "which has no identity")
    else:
        raise AssertionError("no ValueError")
