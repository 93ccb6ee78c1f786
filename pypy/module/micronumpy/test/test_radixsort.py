"""radixsort.py against Python's sorted(): the insertion sort of short
lanes, skipped digits, keys of every sign and magnitude, equal keys in
input order when indices are carried."""

import random
import struct
from rpython.rlib.rarithmetic import r_uint, intmask
from pypy.module.micronumpy.radixsort import Lane, sort_key_of_float, \
    float_of_sort_key, sort_key_of_int, int_of_sort_key, WIDE_DIGITS_MIN


def radix_sorted(keys, indices):
    """(keys, indices) sorted by radixsort's Lane, as lists (indices None
    when not given)."""
    n = len(keys)
    lane = Lane(n, indices is not None)
    for i in range(n):
        lane.keys[i] = keys[i]
        if indices is not None:
            lane.positions[i] = indices[i]
    lane.count = n
    lane.sort()
    keys = [lane.keys[i] for i in range(n)]
    if indices is not None:
        indices = [lane.positions[i] for i in range(n)]
    lane.free()
    return keys, indices


def patterns():
    rng = random.Random(42)
    for n in [0, 1, 2, 3, 24, 25, 100, 1000, WIDE_DIGITS_MIN]:
        yield [rng.randint(-5, 5) for _ in range(n)]
        yield [rng.randint(-2 ** 63, 2 ** 63 - 1) for _ in range(n)]
        yield range(n)
        yield range(n, 0, -1)
        yield [7] * n
        yield [i % 2 for i in range(n)]


def int_keys(values, unsigned=False):
    return [sort_key_of_int(intmask(v), unsigned) for v in values]


def test_ints_with_indices_give_the_stable_order():
    for values in patterns():
        values = list(values)
        keys = int_keys(values)
        keys, indices = radix_sorted(keys, range(len(values)))
        assert [int_of_sort_key(k, False) for k in keys] == sorted(values)
        assert indices == sorted(range(len(values)),
                                 key=lambda i: values[i])


def test_ints_without_indices():
    for values in patterns():
        keys, _ = radix_sorted(int_keys(list(values)), None)
        assert [int_of_sort_key(k, False) for k in keys] == sorted(values)


def test_uints_order_above_2_63():
    values = [intmask(2 ** 63 + 5), 3, -1, 0, intmask(2 ** 63)] * 10
    keys, _ = radix_sorted(int_keys(values, unsigned=True), None)
    assert [int_of_sort_key(k, True) for k in keys] == \
        [0] * 10 + [3] * 10 + [intmask(2 ** 63)] * 10 + \
        [intmask(2 ** 63 + 5)] * 10 + [-1] * 10


def test_float_keys_follow_the_float_order():
    rng = random.Random(1)
    values = [rng.choice([0.0, 1.5, -2.0, float('inf'), -float('inf'),
                          5e-324, -5e-324, 1e308])
              for _ in range(300)] + [rng.uniform(-1e6, 1e6)
                                      for _ in range(WIDE_DIGITS_MIN)]
    keys, indices = radix_sorted([sort_key_of_float(x) for x in values],
                                 range(len(values)))
    result = [float_of_sort_key(k) for k in keys]
    assert result == sorted(values)
    for k in range(1, len(result)):
        if result[k - 1] == result[k]:
            assert indices[k - 1] < indices[k]


def test_float_key_round_trip_keeps_the_bits():
    for x in [0.0, -0.0, 1.0, -1.0, 2.5e-310, float('inf')]:
        back = float_of_sort_key(sort_key_of_float(x))
        assert struct.pack('d', back) == struct.pack('d', x)
    assert sort_key_of_float(-0.0) < sort_key_of_float(0.0)
    assert sort_key_of_float(-1.0) < r_uint(1) << 63
