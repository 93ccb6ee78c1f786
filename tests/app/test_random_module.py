"""The random module.  Seeded with an int, our generator is CPython's
Mersenne Twister, so several values are checked exactly."""

import random
import pytest


def test_seeded_stream_matches_cpython():
    random.seed(42)
    assert random.random() == 0.6394267984578837
    assert random.random() == 0.025010755222666936
    random.seed(42)
    assert random.randint(1, 100) == 82
    random.seed(12345)
    assert random.getrandbits(32) == 1789368711
    random.seed(2 ** 100)
    assert random.random() == 0.7586581712996778


def test_reproducible():
    random.seed(7)
    a = [random.random() for i in range(5)]
    random.seed(7)
    b = [random.random() for i in range(5)]
    assert a == b
    random.seed()
    c = random.random()
    assert 0.0 <= c < 1.0


def test_ranges():
    random.seed(1)
    for i in range(200):
        x = random.random()
        assert 0.0 <= x < 1.0
        n = random.randint(3, 5)
        assert 3 <= n <= 5
        u = random.uniform(2.0, 4.0)
        assert 2.0 <= u <= 4.0
        r = random.randrange(10)
        assert 0 <= r < 10
        r = random.randrange(5, 50, 5)
        assert 5 <= r < 50 and r % 5 == 0
    seen = set(random.randint(0, 3) for i in range(200))
    assert seen == {0, 1, 2, 3}


def test_gauss():
    random.seed(3)
    values = [random.gauss(10.0, 2.0) for i in range(4000)]
    mean = sum(values) / len(values)
    var = sum((v - mean) ** 2 for v in values) / len(values)
    assert abs(mean - 10.0) < 0.2
    assert abs(var ** 0.5 - 2.0) < 0.2
    random.seed(5)
    first = random.gauss()
    random.seed(5)
    assert random.gauss(0, 1) == first
    values = [random.normalvariate(0, 1) for i in range(2000)]
    assert abs(sum(values) / len(values)) < 0.15


def test_choice_shuffle_sample():
    random.seed(0)
    seq = ["a", "b", "c"]
    for i in range(50):
        assert random.choice(seq) in seq
    with pytest.raises(IndexError):
        random.choice([])
    lst = list(range(20))
    random.shuffle(lst)
    assert sorted(lst) == list(range(20))
    assert lst != list(range(20))
    s = random.sample(range(100), 10)
    assert len(s) == 10 and len(set(s)) == 10
    assert all(0 <= x < 100 for x in s)
    with pytest.raises(ValueError):
        random.sample([1, 2], 3)
    c = random.choices("ab", k=5)
    assert len(c) == 5 and set(c) <= {"a", "b"}
    assert random.choices("ab", weights=[0, 1], k=3) == ["b", "b", "b"]


def test_errors():
    with pytest.raises(ValueError):
        random.randrange(0)
    with pytest.raises(ValueError):
        random.randint(5, 1)
    with pytest.raises(ValueError):
        random.randrange(0, 10, 0)


def test_random_instances():
    r1 = random.Random(99)
    r2 = random.Random(99)
    assert [r1.random() for i in range(3)] == [r2.random() for i in range(3)]
    assert r1.randint(0, 1000) == r2.randint(0, 1000)
    r1.seed(5)
    random.seed(5)
    assert r1.random() == random.random()
    state = r1.getstate()
    x = r1.random()
    r1.setstate(state)
    assert r1.random() == x
    assert isinstance(r1, random.Random)
