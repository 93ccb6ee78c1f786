"""np.random (the legacy global-state API): shapes, dtypes, ranges,
determinism under seed, rough statistics."""

import numpy as np
import pytest
from ulp import assert_ulp_close


def test_random_scalar_and_shapes():
    x = np.random.random()
    assert isinstance(x, float)
    assert 0.0 <= x < 1.0
    a = np.random.random(5)
    assert a.shape == (5,)
    assert a.dtype == np.float64
    assert np.random.random((2, 3)).shape == (2, 3)
    assert np.random.random(size=(4,)).shape == (4,)
    assert np.random.random_sample((3, 1)).shape == (3, 1)
    assert np.random.random(0).shape == (0,)


def test_rand_randn():
    assert isinstance(np.random.rand(), float)
    assert isinstance(np.random.randn(), float)
    assert np.random.rand(3).shape == (3,)
    assert np.random.rand(2, 3).shape == (2, 3)
    assert np.random.randn(4, 2).shape == (4, 2)
    assert np.random.randn(4, 2).dtype == np.float64
    assert np.random.standard_normal((2, 2)).shape == (2, 2)
    a = np.random.rand(1000)
    assert a.min() >= 0.0
    assert a.max() < 1.0


def test_seed_determinism():
    np.random.seed(42)
    a = np.random.random(5).tolist()
    b = np.random.randn(3).tolist()
    c = np.random.randint(0, 100, size=4).tolist()
    np.random.seed(42)
    assert np.random.random(5).tolist() == a
    assert np.random.randn(3).tolist() == b
    assert np.random.randint(0, 100, size=4).tolist() == c
    np.random.seed(43)
    assert np.random.random(5).tolist() != a
    np.random.seed(np.int64(7))
    x = np.random.random()
    np.random.seed(7)
    assert np.random.random() == x


def test_seed_matches_numpy_doubles():
    # the legacy Mersenne Twister seeding and 53-bit doubles
    np.random.seed(0)
    assert np.random.random() == 0.5488135039273248
    assert np.random.random(2).tolist() == [0.7151893663724195,
                                            0.6027633760716439]


def test_seed_matches_numpy_doubles_across_state_refills():
    # 1000 doubles take 2000 words: the state's 624 words are regenerated
    # three times; after three 32-bit integers, double 310 takes the last
    # word of one state and the first of the next
    np.random.seed(7)
    np.random.randint(0, 10, 3)
    a = np.random.rand(1000)
    assert a[310:313].tolist() == [0.8690583863056699, 0.8719049073459855,
                                   0.7176364354133487]
    assert a[-2:].tolist() == [0.08378587007198324, 0.526152908756173]
    np.random.seed(7)
    b = np.random.random_sample((40, 25))
    np.random.seed(7)
    assert b.ravel().tolist() == [np.random.random() for k in range(1000)]


def test_seed_matches_numpy_streams():
    # polar-method normals and masked-rejection integers, as NumPy's
    # legacy RandomState; a normal is x * sqrt(-2 * log(r2) / r2), its one
    # transcendental function the C library's log: within log's ulps
    np.random.seed(0)
    assert_ulp_close(np.random.randn(3).tolist(), [
        1.764052345967664, 0.4001572083672233, 0.9787379841057392], 'log')
    assert np.random.randint(0, 100, size=4).tolist() == [9, 83, 21, 36]
    assert_ulp_close(np.random.normal(5, 2), 9.481786398402916, 'log')
    assert np.random.choice(10, size=3, replace=False).tolist() == [8, 3, 5]


def test_seed_errors():
    with pytest.raises(ValueError, match="Seed must be between 0 and 2"):
        np.random.seed(-1)
    with pytest.raises(ValueError, match="Seed must be between 0 and 2"):
        np.random.seed(2**32)
    np.random.seed(2**32 - 1)
    np.random.seed(None)
    np.random.seed()


def test_randint():
    np.random.seed(1)
    x = np.random.randint(5)
    assert type(x) is int
    assert 0 <= x < 5
    a = np.random.randint(5, size=1000)
    assert a.dtype == np.int64
    assert a.shape == (1000,)
    assert a.min() == 0
    assert a.max() == 4
    b = np.random.randint(-3, 3, size=(10, 10))
    assert b.shape == (10, 10)
    assert b.min() >= -3
    assert b.max() <= 2
    c = np.random.randint(0, 2**40, size=100)
    assert c.min() >= 0
    assert c.max() > 2**32
    assert np.random.randint(7, 8) == 7
    assert np.random.randint(3, size=0).shape == (0,)


def test_randint_dtypes():
    a = np.random.randint(0, 200, size=50, dtype=np.uint8)
    assert a.dtype == np.uint8
    assert a.max() < 200
    b = np.random.randint(-5, 5, size=3, dtype=np.int32)
    assert b.dtype == np.int32
    x = np.random.randint(5, dtype=np.int32)
    assert isinstance(x, np.int32)
    assert np.random.randint(0, 2, size=10, dtype=bool).dtype == np.bool_
    y = np.random.randint(0, 10, dtype=np.int64)
    assert isinstance(y, np.int64)


def test_randint_errors():
    with pytest.raises(ValueError, match="low >= high"):
        np.random.randint(5, 5)
    with pytest.raises(ValueError, match="high <= 0"):
        np.random.randint(0)
    with pytest.raises(ValueError, match="high is out of bounds for uint8"):
        np.random.randint(0, 300, dtype=np.uint8)
    with pytest.raises(ValueError, match="low is out of bounds for uint8"):
        np.random.randint(-1, 5, dtype=np.uint8)
    with pytest.raises(ValueError, match="negative dimensions are not "
                                         "allowed"):
        np.random.randint(5, size=-1)


def test_uniform():
    x = np.random.uniform()
    assert isinstance(x, float)
    assert 0.0 <= x < 1.0
    a = np.random.uniform(-2.0, 3.0, size=10000)
    assert a.shape == (10000,)
    assert a.dtype == np.float64
    assert a.min() >= -2.0
    assert a.max() < 3.0
    assert abs(a.mean() - 0.5) < 0.1
    b = np.random.uniform(low=5, high=6, size=(2, 2))
    assert b.shape == (2, 2)
    assert b.min() >= 5.0
    assert np.random.uniform(1.0, 1.0) == 1.0


def test_normal_statistics():
    np.random.seed(123)
    a = np.random.normal(size=10000)
    assert a.shape == (10000,)
    assert abs(a.mean()) < 0.05
    assert abs(a.std() - 1.0) < 0.05
    b = np.random.normal(10.0, 2.0, size=10000)
    assert abs(b.mean() - 10.0) < 0.1
    assert abs(b.std() - 2.0) < 0.1
    c = np.random.randn(10000)
    assert abs(c.mean()) < 0.05
    assert abs(c.var() - 1.0) < 0.06
    assert isinstance(np.random.normal(), float)
    assert np.random.normal(loc=1.0, scale=0.0) == 1.0
    with pytest.raises(ValueError, match="scale < 0"):
        np.random.normal(0.0, -1.0)


def test_random_statistics():
    np.random.seed(5)
    a = np.random.random(10000)
    assert abs(a.mean() - 0.5) < 0.02
    assert abs(a.var() - 1.0 / 12) < 0.01
    counts = np.bincount(np.random.randint(0, 4, size=10000))
    assert counts.shape == (4,)
    assert all(abs(c - 2500) < 250 for c in counts.tolist())


def test_choice():
    np.random.seed(3)
    x = np.random.choice(5)
    assert type(x) is int
    assert 0 <= x < 5
    a = np.random.choice(5, size=100)
    assert a.shape == (100,)
    assert a.dtype == np.int64
    assert a.min() >= 0 and a.max() <= 4
    pool = np.array([1.5, 2.5, 3.5])
    y = np.random.choice(pool)
    assert y in (1.5, 2.5, 3.5)
    b = np.random.choice(pool, size=(2, 3))
    assert b.shape == (2, 3)
    assert b.dtype == np.float64
    c = np.random.choice(10, size=10, replace=False)
    assert sorted(c.tolist()) == list(range(10))
    d = np.random.choice(4, size=1000, p=[0.0, 0.5, 0.0, 0.5])
    assert set(d.tolist()) == {1, 3}
    e = np.random.choice(5, size=2, replace=False, p=[0.1, 0.2, 0.3, 0.4,
                                                      0.0])
    assert len(set(e.tolist())) == 2
    assert 4 not in e.tolist()


def test_choice_errors():
    with pytest.raises(ValueError, match="a must be greater than 0 unless no "
                                         "samples are taken"):
        np.random.choice(0)
    with pytest.raises(ValueError, match="Cannot take a larger sample than "
                                         "population when 'replace=False'"):
        np.random.choice(3, size=5, replace=False)
    with pytest.raises(ValueError, match="probabilities do not sum to 1"):
        np.random.choice([1, 2], p=[0.5, 0.6])
    with pytest.raises(ValueError, match="'a' and 'p' must have same size"):
        np.random.choice([1, 2], p=[1.0])
    with pytest.raises(ValueError, match="probabilities are not "
                                         "non-negative"):
        np.random.choice([1, 2], p=[1.5, -0.5])


def test_shuffle_and_permutation():
    np.random.seed(9)
    a = np.arange(20)
    assert np.random.shuffle(a) is None
    assert sorted(a.tolist()) == list(range(20))
    assert a.tolist() != list(range(20))
    m = np.arange(12).reshape(4, 3)
    np.random.shuffle(m)
    rows = sorted(m.tolist())
    assert rows == [[0, 1, 2], [3, 4, 5], [6, 7, 8], [9, 10, 11]]
    p = np.random.permutation(10)
    assert p.dtype == np.int64
    assert sorted(p.tolist()) == list(range(10))
    src = np.array([1.5, 2.5, 3.5])
    q = np.random.permutation(src)
    assert sorted(q.tolist()) == [1.5, 2.5, 3.5]
    assert src.tolist() == [1.5, 2.5, 3.5]


def test_shuffle_and_choice_keep_complex_values():
    x = np.array([1 + 1j, 2 + 2j, 3 + 3j, 4 - 4j])
    np.random.seed(3)
    np.random.shuffle(x)
    assert sorted(x.tolist(), key=lambda z: z.real) == [
        1 + 1j, 2 + 2j, 3 + 3j, 4 - 4j]
    np.random.seed(3)
    picked = np.random.choice(x, 6)
    assert picked.dtype == np.complex128
    assert all(z in x.tolist() for z in picked.tolist())
