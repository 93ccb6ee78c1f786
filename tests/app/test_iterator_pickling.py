"""copy.copy, copy.deepcopy and pickle (every protocol) of the itertools
and built-in iterators, fresh and part-consumed: the copy is of the
same type and gives the items the original would have given (CPython
3.11's __reduce__ and __setstate__)."""

import copy
import itertools
import operator
import pickle
from itertools import islice

import pytest

# items compared: the infinite iterators are cut there
LIMIT = 12
CONSUMED = [0, 1, 3]


def second(a, b):
    return b


# (description, a function making a fresh iterator)
CASES = [
    ("count()", lambda: itertools.count()),
    ("count(3, 2)", lambda: itertools.count(3, 2)),
    ("count(1.5)", lambda: itertools.count(1.5)),
    ("count(2**70, -1)", lambda: itertools.count(2 ** 70, -1)),
    ("cycle", lambda: itertools.cycle("abc")),
    ("cycle of an iterator", lambda: itertools.cycle(iter("abcde"))),
    ("repeat", lambda: itertools.repeat("x", 5)),
    ("repeat forever", lambda: itertools.repeat(7)),
    ("accumulate", lambda: itertools.accumulate(range(8))),
    ("accumulate mul", lambda: itertools.accumulate([1, 2, 3, 4],
                                                    operator.mul)),
    ("accumulate initial", lambda: itertools.accumulate([1, 2], initial=9)),
    ("accumulate of None", lambda: itertools.accumulate(
        [None, None, 1, None], second)),
    ("chain", lambda: itertools.chain("ab", [], "cde")),
    ("chain.from_iterable", lambda: itertools.chain.from_iterable(
        ["ab", "c", "de"])),
    ("compress", lambda: itertools.compress("abcdef", [1, 0, 1, 1, 0, 1])),
    ("dropwhile", lambda: itertools.dropwhile(bool, [1, 1, 0, 2, 0])),
    ("takewhile", lambda: itertools.takewhile(bool, [1, 2, 0, 3])),
    ("filterfalse", lambda: itertools.filterfalse(bool, [0, 1, 0, 2, 0])),
    ("starmap", lambda: itertools.starmap(pow, [(2, 3), (3, 2), (4, 1)])),
    ("islice", lambda: itertools.islice("abcdefghij", 1, 9, 2)),
    ("islice stop", lambda: itertools.islice(itertools.count(), 5)),
    ("zip_longest", lambda: itertools.zip_longest("ab", "wxyz",
                                                  fillvalue="-")),
    ("groupby keys", lambda: (k for k, g in itertools.groupby("aabccc"))),
    ("product", lambda: itertools.product("ab", range(3))),
    ("product repeat", lambda: itertools.product([0, 1], repeat=3)),
    ("permutations", lambda: itertools.permutations("abcd", 2)),
    ("combinations", lambda: itertools.combinations(range(5), 3)),
    ("combinations_with_replacement",
     lambda: itertools.combinations_with_replacement("abc", 2)),
    ("list iterator", lambda: iter([1, 2, 3, 4, 5])),
    ("tuple iterator", lambda: iter((1, 2, 3, 4, 5))),
    ("str iterator", lambda: iter("hello")),
    ("range iterator", lambda: iter(range(3, 30, 4))),
    ("dict iterator", lambda: iter({"a": 1, "b": 2, "c": 3, "d": 4})),
    ("dict items iterator", lambda: iter({"a": 1, "b": 2}.items())),
    ("enumerate", lambda: enumerate("abcde", 10)),
    ("zip", lambda: zip("abcd", range(4))),
    ("map", lambda: map(operator.add, [1, 2, 3, 4], [10, 20, 30, 40])),
    ("filter", lambda: filter(None, [0, 1, 0, 2, 3])),
    ("filter by function", lambda: filter(operator.not_, [0, 1, 0, 2])),
    ("reversed", lambda: reversed([1, 2, 3, 4])),
    ("reversed str", lambda: reversed("abcd")),
]

# generators do not pickle: the groupby case is only for iteration
NOT_PICKLED = {"groupby keys"}
# an accumulate whose total is None copies as islice(accumulate(chain(
# (None,), rest)), 1, None) (a total of None would read as none yet)
COPIED_AS_ISLICE = {"accumulate of None"}
# a dict's iterators copy as an iterator over a list of the items left
COPIED_AS_LIST_ITERATOR = {"dict iterator", "dict items iterator"}


def consumed(make, n):
    it = make()
    for i in range(n):
        next(it, None)
    return it


def copiers():
    """(name, function) of each way to copy an iterator independently of
    the original (copy.copy shares the original's source iterators)."""
    result = [("deepcopy", copy.deepcopy)]
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        result.append(("pickle protocol %d" % proto,
                       lambda it, proto=proto:
                       pickle.loads(pickle.dumps(it, proto))))
    return result


def test_copies_go_on_where_the_original_was():
    for name, make in CASES:
        if name in NOT_PICKLED:
            continue
        for n in CONSUMED:
            expected = list(islice(consumed(make, n), LIMIT))
            for how, copier in copiers():
                it = consumed(make, n)
                it_copy = copier(it)
                if name in COPIED_AS_ISLICE and n == 1:     # total None
                    assert type(it_copy) is itertools.islice, (name, n, how)
                elif name in COPIED_AS_LIST_ITERATOR:
                    assert type(it_copy) is type(iter([])), (name, n, how)
                else:
                    assert type(it_copy) is type(it), (name, n, how)
                assert list(islice(it_copy, LIMIT)) == expected, \
                    (name, n, how)
                assert list(islice(it, LIMIT)) == expected, (name, n, how)


def test_exhausted_iterators_copy_as_exhausted():
    for name, make in CASES:
        if name in NOT_PICKLED:
            continue
        it = make()
        items = list(islice(it, 100))
        if len(items) == 100:
            continue        # infinite
        for how, copier in copiers():
            assert list(islice(copier(it), LIMIT)) == [], (name, how)


def test_a_shallow_copy_shares_the_source():
    source = iter("abcdef")
    it = itertools.islice(source, 0, None)
    next(it)
    it_copy = copy.copy(it)
    assert next(it_copy) == "b"
    assert next(it) == "c"


def test_tee_copies():
    a, b = itertools.tee("abcdef")
    next(a)
    assert list(copy.copy(a)) == list("bcdef")
    assert list(copy.copy(b)) == list("abcdef")
    for how, copier in copiers():
        assert list(copier(a)) == list("bcdef"), how
        assert list(copier(b)) == list("abcdef"), how
    assert list(a) == list("bcdef")


def test_groupby_and_its_current_group():
    for how, copier in copiers():
        groups = itertools.groupby("aabbbc")
        key, group = next(groups)
        assert list(copier(group)) == ["a", "a"], how
        rest = copier(groups)
        assert [(k, list(g)) for k, g in rest] == \
            [(k, list(g)) for k, g in groups], how


def test_cycle_unpickles_the_state_cpython_pickled():
    # cycle([1, 2, 3]) after one item, pickled by CPython 3.11 at
    # protocol 4
    data = (b"\x80\x04\x95=\x00\x00\x00\x00\x00\x00\x00\x8c\titertools"
            b"\x8c\x05cycle\x93\x8c\x08builtins\x8c\x04iter\x93](K\x01K"
            b"\x02K\x03e\x85RK\x01b\x85R]K\x01aK\x00\x86b.")
    it = pickle.loads(data)
    assert list(islice(it, 7)) == [2, 3, 1, 2, 3, 1, 2]


def test_setstate_where_cpython_has_it():
    with_setstate = {
        "cycle", "accumulate", "chain", "dropwhile", "takewhile", "islice",
        "zip_longest", "groupby", "product", "permutations", "combinations",
        "combinations_with_replacement", "zip", "reversed"}
    for name in ["count", "cycle", "repeat", "accumulate", "chain",
                 "compress", "dropwhile", "takewhile", "filterfalse",
                 "starmap", "islice", "zip_longest", "groupby", "product",
                 "permutations", "combinations",
                 "combinations_with_replacement"]:
        cls = getattr(itertools, name)
        assert hasattr(cls, "__setstate__") == (name in with_setstate), name
    for cls in [enumerate, zip, map, filter, reversed]:
        assert hasattr(cls, "__setstate__") == \
            (cls.__name__ in with_setstate), cls


def test_setstate_checks_its_argument():
    bad = [
        (lambda: itertools.cycle("ab"), [[], 0], TypeError),
        (lambda: itertools.cycle("ab"), ((), 0), TypeError),
        (lambda: itertools.chain(), (["ab"],), TypeError),
        (lambda: itertools.product("ab"), (0, 0), ValueError),
        (lambda: itertools.combinations("abc", 2), (0,), ValueError),
        (lambda: itertools.permutations("abc"), ((0, 1, 2),), TypeError),
        (lambda: itertools.groupby("ab"), (1, 2), TypeError),
    ]
    for make, state, exc in bad:
        with pytest.raises(exc):
            make().__setstate__(state)


def test_pairwise_does_not_pickle():
    with pytest.raises(TypeError):
        pickle.dumps(itertools.pairwise("abc"))
