"""The itertools module."""

import itertools
from itertools import (count, cycle, repeat, accumulate, chain, islice,
                       product, permutations, combinations,
                       combinations_with_replacement, zip_longest, starmap)
import operator
import pytest


def test_count():
    assert list(islice(count(), 4)) == [0, 1, 2, 3]
    assert list(islice(count(5, 2), 3)) == [5, 7, 9]
    assert list(islice(count(1.5, 0.5), 3)) == [1.5, 2.0, 2.5]
    assert list(islice(count(10, -1), 3)) == [10, 9, 8]
    c = count(3)
    assert next(c) == 3
    assert repr(c) == "count(4)"
    assert list(zip(count(), "ab")) == [(0, "a"), (1, "b")]


def test_cycle_repeat():
    assert list(islice(cycle("ab"), 5)) == ["a", "b", "a", "b", "a"]
    assert list(cycle([])) == []
    assert list(repeat("x", 3)) == ["x", "x", "x"]
    assert list(repeat(1, 0)) == []
    assert list(islice(repeat(7), 2)) == [7, 7]
    assert list(map(pow, range(4), repeat(2))) == [0, 1, 4, 9]


def test_accumulate():
    assert list(accumulate([1, 2, 3, 4])) == [1, 3, 6, 10]
    assert list(accumulate([1, 2, 3, 4], operator.mul)) == [1, 2, 6, 24]
    assert list(accumulate([3, 1, 4, 1, 5], max)) == [3, 3, 4, 4, 5]
    assert list(accumulate([1, 2], initial=100)) == [100, 101, 103]
    assert list(accumulate([])) == []
    assert list(accumulate([], initial=5)) == [5]
    assert list(accumulate(["a", "b"], func=lambda a, b: b + a)) == \
        ["a", "ba"]


def test_chain():
    assert list(chain([1, 2], (3,), "ab")) == [1, 2, 3, "a", "b"]
    assert list(chain()) == []
    assert list(chain.from_iterable([[1], [], [2, 3]])) == [1, 2, 3]
    assert list(chain.from_iterable(["ab", "c"])) == ["a", "b", "c"]
    it = chain([1], [2])
    assert iter(it) is it
    assert next(it) == 1


def test_islice():
    assert list(islice("abcdefg", 2)) == ["a", "b"]
    assert list(islice("abcdefg", 2, 4)) == ["c", "d"]
    assert list(islice("abcdefg", 2, None)) == list("cdefg")
    assert list(islice("abcdefg", 0, None, 2)) == list("aceg")
    assert list(islice(range(10), 1, 8, 3)) == [1, 4, 7]
    assert list(islice("abc", 10)) == ["a", "b", "c"]
    with pytest.raises(ValueError):
        islice("abc", -1)
    with pytest.raises(ValueError):
        islice("abc", 0, 2, 0)


def test_product():
    assert list(product("ab", "xy")) == [("a", "x"), ("a", "y"),
                                         ("b", "x"), ("b", "y")]
    assert list(product([0, 1], repeat=2)) == [(0, 0), (0, 1), (1, 0),
                                               (1, 1)]
    assert list(product()) == [()]
    assert list(product("ab", [])) == []
    assert len(list(product(range(3), repeat=3))) == 27
    assert list(product("a", repeat=0)) == [()]


def test_permutations():
    assert list(permutations([1, 2, 3])) == [
        (1, 2, 3), (1, 3, 2), (2, 1, 3), (2, 3, 1), (3, 1, 2), (3, 2, 1)]
    assert list(permutations("abc", 2)) == [
        ("a", "b"), ("a", "c"), ("b", "a"), ("b", "c"), ("c", "a"),
        ("c", "b")]
    assert list(permutations([1, 2], 3)) == []
    assert list(permutations([], 0)) == [()]
    assert len(list(permutations(range(5)))) == 120
    assert list(permutations("ab", 0)) == [()]


def test_combinations():
    assert list(combinations("abcd", 2)) == [
        ("a", "b"), ("a", "c"), ("a", "d"), ("b", "c"), ("b", "d"),
        ("c", "d")]
    assert list(combinations(range(4), 3)) == [
        (0, 1, 2), (0, 1, 3), (0, 2, 3), (1, 2, 3)]
    assert list(combinations([1, 2], 3)) == []
    assert list(combinations([1, 2], 0)) == [()]
    assert len(list(combinations(range(10), 4))) == 210
    assert list(combinations_with_replacement("abc", 2)) == [
        ("a", "a"), ("a", "b"), ("a", "c"), ("b", "b"), ("b", "c"),
        ("c", "c")]
    assert list(combinations_with_replacement([], 2)) == []
    assert list(combinations_with_replacement([], 0)) == [()]


def test_zip_longest_starmap():
    assert list(zip_longest("ab", "xyz")) == [("a", "x"), ("b", "y"),
                                              (None, "z")]
    assert list(zip_longest("ab", [1], fillvalue=0)) == [("a", 1), ("b", 0)]
    assert list(zip_longest()) == []
    assert list(starmap(pow, [(2, 5), (3, 2)])) == [32, 9]
    assert list(starmap(lambda *a: sum(a), [(), (1, 2, 3)])) == [0, 6]


def test_filtering():
    assert list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])) == \
        [1, 4]
    assert list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])) == \
        [6, 4, 1]
    assert list(itertools.filterfalse(lambda x: x % 2, range(6))) == \
        [0, 2, 4]
    assert list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])) == \
        list("ACEF")


def test_groupby():
    groups = [(k, list(g)) for k, g in itertools.groupby("AAAABBBCCDAABBB")]
    assert [k for k, _ in groups] == list("ABCDAB")
    assert groups[0][1] == ["A"] * 4
    words = ["apple", "avocado", "banana", "blueberry", "cherry"]
    by_letter = [(k, len(list(g)))
                 for k, g in itertools.groupby(words, key=lambda w: w[0])]
    assert by_letter == [("a", 2), ("b", 2), ("c", 1)]
    # a group not consumed before the next one is empty
    it = itertools.groupby("aabb")
    k1, g1 = next(it)
    k2, g2 = next(it)
    assert (k1, k2) == ("a", "b")
    assert list(g1) == []
    assert list(g2) == ["b", "b"]


def test_tee_pairwise():
    a, b = itertools.tee(iter([1, 2, 3]))
    assert list(a) == [1, 2, 3]
    assert list(b) == [1, 2, 3]
    x, y, z = itertools.tee("ab", 3)
    assert next(x) == "a" and list(y) == ["a", "b"] and list(z) == ["a", "b"]
    assert list(itertools.pairwise("abcd")) == [("a", "b"), ("b", "c"),
                                                ("c", "d")]
    assert list(itertools.pairwise("a")) == []


def test_with_generators():
    def gen():
        yield 1
        yield 2
    assert list(chain(gen(), gen())) == [1, 2, 1, 2]
    assert list(product(gen(), "x")) == [(1, "x"), (2, "x")]
    assert sum(islice(count(1), 100)) == 5050


def test_count_requires_numbers_and_repeat_length_hint():
    # count's start and step: CPython's PyNumber_Check (str has __add__ but
    # is no number); operator.length_hint takes a TypeError of
    # __length_hint__ (repeat without times) as no hint
    import itertools
    import operator
    from decimal import Decimal
    from fractions import Fraction
    for args in [('a',), (1, 'a'), ('a', 1)]:
        with pytest.raises(TypeError):
            itertools.count(*args)
    assert list(itertools.islice(itertools.count(Decimal('1.1')), 2)) == \
        [Decimal('1.1'), Decimal('2.1')]
    assert list(itertools.islice(itertools.count(Fraction(2, 3),
                                                 Fraction(1, 7)), 2)) == \
        [Fraction(2, 3), Fraction(17, 21)]
    assert operator.length_hint(itertools.repeat(None, 50)) == 50
    assert operator.length_hint(itertools.repeat(None, 0)) == 0
    assert operator.length_hint(itertools.repeat(None), 12) == 12

    class X:
        def __length_hint__(self):
            raise ValueError

    with pytest.raises(ValueError):
        operator.length_hint(X())
