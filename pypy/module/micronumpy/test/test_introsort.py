"""introsort.py against Python's sorted(): every input pattern that
exercises a different path (insertion sort, partitions, the heapsort
fallback), NaNs last, ties in input order when indices are carried."""

import random
from rpython.rlib.rarithmetic import intmask
from pypy.module.micronumpy.introsort import sort_floats, sort_ints, \
    sort_uints

NAN = float('nan')


def patterns():
    rng = random.Random(42)
    for n in [0, 1, 2, 3, 16, 17, 100, 1000]:
        yield [rng.randint(-5, 5) for _ in range(n)]
        yield range(n)
        yield range(n, 0, -1)
        yield [7] * n
        yield [i % 2 for i in range(n)]
        # median-of-three killer shape: organ pipe
        yield range(n // 2) + range(n // 2, 0, -1)


def test_ints_stable_indices():
    for keys in patterns():
        keys = list(keys)
        indices = range(len(keys))
        sorted_keys = list(keys)
        sort_ints(sorted_keys, indices)
        assert sorted_keys == sorted(keys)
        assert indices == sorted(range(len(keys)), key=lambda i: keys[i])


def test_ints_without_indices():
    for keys in patterns():
        keys = list(keys)
        result = list(keys)
        sort_ints(result, None)
        assert result == sorted(keys)


def test_uints_order_above_2_63():
    keys = [intmask(2 ** 63 + 5), 3, -1, 0, intmask(2 ** 63)]
    sort_uints(keys, None)
    assert keys == [0, 3, intmask(2 ** 63), intmask(2 ** 63 + 5), -1]


def test_floats_nan_last_and_zero_ties():
    rng = random.Random(1)
    keys = [rng.choice([NAN, 0.0, -0.0, 1.5, -2.0, float('inf')])
            for _ in range(500)]
    indices = range(len(keys))
    result = list(keys)
    sort_floats(result, indices)
    finite = [x for x in keys if x == x]
    assert result[:len(finite)] == sorted(finite)
    assert all(x != x for x in result[len(finite):])
    # ties (equal values, both signs of zero, all NaNs) in input order
    for k in range(1, len(keys)):
        a, b = result[k - 1], result[k]
        if a == b or (a != a and b != b):
            assert indices[k - 1] < indices[k]
    assert [keys[i] for i in indices][:len(finite)] == result[:len(finite)]
