"""Set strategies: sets of exact ints and of exact strs keep their items
unboxed, other items move a set to the object strategy, and equality
across int, float and bool holds whichever strategy a set has."""

from pypy.interpreter import opcodes as op
from pypy.objspace.objspace import ObjSpace
from pypy.objspace.setobject import (W_SetObject, int_strategy,
    str_strategy, object_strategy)
from pypy.interpreter.test.support import function_from_source

space = ObjSpace()


def newset(items_w):
    w_set = W_SetObject(space)
    for w_item in items_w:
        w_set.add(space, w_item)
    return w_set


def ints(*values):
    return newset([space.newint(x) for x in values])


def strs(*values):
    return newset([space.newtext(x) for x in values])


def int_values(w_set):
    return sorted([space.int_w(w_x) for w_x in w_set.items_w(space)])


def app(source, *args_w):
    """The result of f(*args_w) for f defined by source."""
    return space.call_function(function_from_source(space, source, 'f'),
                               *args_w)


def test_ints_are_stored_unboxed():
    w_set = ints(3, 1, 2)
    assert w_set.strategy is int_strategy
    assert sorted(int_strategy.unerase(w_set.sstorage).keys()) == [1, 2, 3]
    assert int_values(w_set) == [1, 2, 3]


def test_strs_are_stored_unboxed():
    w_set = strs(u'b', u'a')
    assert w_set.strategy is str_strategy
    assert sorted(str_strategy.unerase(w_set.sstorage).keys()) == [u'a', u'b']


def test_set_of_a_range_is_an_int_set():
    w_set = app("def f(n):\n    return set(range(0, n, 3))\n",
                space.newint(10))
    assert w_set.strategy is int_strategy
    assert int_values(w_set) == [0, 3, 6, 9]
    w_down = app("def f():\n    return frozenset(range(5, 0, -2))\n")
    assert w_down.strategy is int_strategy
    assert int_values(w_down) == [1, 3, 5]


def test_contains_and_add():
    w_set = ints(1, 2)
    assert w_set.has(space, space.newint(2))
    assert not w_set.has(space, space.newint(5))
    w_set.add(space, space.newint(5))
    assert w_set.has(space, space.newint(5))
    assert w_set.strategy is int_strategy
    assert space.len_w(w_set) == 3


def test_discard_and_remove():
    w_set = ints(1, 2, 3)
    assert w_set.discard(space, space.newint(2))
    assert not w_set.discard(space, space.newint(2))
    assert int_values(w_set) == [1, 3]
    assert w_set.strategy is int_strategy
    w_result = app("def f(s):\n"
                   "    s.remove('a')\n"
                   "    try:\n"
                   "        s.remove('a')\n"
                   "    except KeyError:\n"
                   "        return s\n", strs(u'a', u'b'))
    assert w_result.strategy is str_strategy
    assert space.len_w(w_result) == 1


def test_operators_of_two_int_sets_stay_unboxed():
    w_a, w_b = ints(1, 2, 3), ints(2, 3, 4)
    for opnum, expected in [(op.BIN_OR, [1, 2, 3, 4]), (op.BIN_AND, [2, 3]),
                            (op.BIN_SUB, [1]), (op.BIN_XOR, [1, 4])]:
        w_result = w_a.binop(space, opnum, w_b)
        assert w_result.strategy is int_strategy
        assert int_values(w_result) == expected
    assert int_values(w_a) == [1, 2, 3] and int_values(w_b) == [2, 3, 4]


def test_methods_of_two_str_sets_stay_unboxed():
    w_result = app("def f(a, b):\n"
                   "    return a.union(b), a.intersection(b), "
                   "a.difference(b), a.symmetric_difference(b)\n",
                   strs(u'x', u'y'), strs(u'y', u'z'))
    results_w = space.unpackiterable(w_result)
    expected = [[u'x', u'y', u'z'], [u'y'], [u'x'], [u'x', u'z']]
    for w_set, values in zip(results_w, expected):
        assert w_set.strategy is str_strategy
        assert sorted(str_strategy.unerase(w_set.sstorage).keys()) == values


def test_comparisons_and_subsets():
    assert space.is_true(space.eq(ints(1, 2), ints(2, 1)))
    assert space.is_true(space.lt(ints(1), ints(1, 2)))
    assert not space.is_true(space.compare(op.CMP_LE, ints(1, 3), ints(1, 2)))
    assert space.is_true(space.eq(
        ints(1, 2), newset([space.newfloat(1.0), space.newfloat(2.0)])))
    assert not space.is_true(space.eq(ints(1), strs(u'1')))


def test_another_type_falls_back_to_objects():
    w_set = ints(1, 2)
    w_set.add(space, space.newtext(u'x'))
    assert w_set.strategy is object_strategy
    assert space.len_w(w_set) == 3
    assert w_set.has(space, space.newint(1))
    assert w_set.has(space, space.newtext(u'x'))
    w_set = strs(u'a')
    w_set.add(space, space.newfloat(1.5))
    assert w_set.strategy is object_strategy
    assert w_set.has(space, space.newtext(u'a'))


def test_bools_and_floats_are_not_stored_as_ints():
    # {1} | {True} is {1}, {True} | {1} is {True}: the item kept is the
    # first one added, and a bool stays a bool
    w_set = newset([space.w_True])
    assert w_set.strategy is object_strategy
    w_set.add(space, space.newint(1))
    assert space.len_w(w_set) == 1
    assert w_set.items_w(space)[0] is space.w_True
    w_set = ints(1)
    w_set.add(space, space.w_True)
    w_set.add(space, space.newfloat(1.0))
    assert space.len_w(w_set) == 1
    assert space.type(w_set.items_w(space)[0]) is space.w_int


def test_an_empty_set_takes_the_strategy_of_its_first_item():
    w_set = ints()
    w_set.add(space, space.newtext(u'a'))
    assert w_set.strategy is str_strategy
    w_set.discard(space, space.newtext(u'a'))
    w_set.add(space, space.newint(1))
    assert w_set.strategy is int_strategy


def test_an_int_set_finds_equal_floats_and_bools():
    w_set = ints(0, 1, 2)
    assert w_set.has(space, space.newfloat(1.0))
    assert w_set.has(space, space.w_True)
    assert w_set.has(space, space.w_False)
    assert not w_set.has(space, space.newfloat(1.5))
    assert not w_set.has(space, space.newfloat(float('nan')))
    assert not w_set.has(space, space.newfloat(float('inf')))
    assert not w_set.has(space, space.newfloat(1e300))
    assert not w_set.has(space, space.newtext(u'1'))
    assert not w_set.has(space, space.w_None)
    assert w_set.strategy is int_strategy
    assert w_set.discard(space, space.newfloat(2.0))
    assert int_values(w_set) == [0, 1]


def test_a_float_set_finds_equal_ints_and_bools():
    w_set = newset([space.newfloat(1.0)])
    assert w_set.strategy is object_strategy
    assert w_set.has(space, space.newint(1))
    assert w_set.has(space, space.w_True)
    assert space.is_true(app("def f():\n"
                             "    return 1 in {1.0} and True in {1} and "
                             "1.0 in {True} and 1.0 in {1} and "
                             "{1, 2} == {1.0, 2.0} and 'a' not in {1}\n"))


def test_a_str_set_finds_no_number():
    w_set = strs(u'1')
    assert not w_set.has(space, space.newint(1))
    assert not w_set.has(space, space.newfloat(1.0))
    assert w_set.strategy is str_strategy


def test_items_with_their_own_equality_are_asked():
    w_result = app("class Three:\n"
                   "    def __eq__(self, other):\n"
                   "        return other == 3\n"
                   "    def __hash__(self):\n"
                   "        return hash(3)\n"
                   "def f():\n"
                   "    s = {3, 4}\n"
                   "    found = Three() in s and Three() not in {'a'}\n"
                   "    s.discard(Three())\n"
                   "    return found and s == {4}\n")
    assert space.is_true(w_result)


def test_unhashable_lookups_raise_type_error():
    w_result = app("def f():\n"
                   "    n = 0\n"
                   "    for s in [{1}, {'a'}, set()]:\n"
                   "        try:\n"
                   "            [] in s\n"
                   "        except TypeError:\n"
                   "            n += 1\n"
                   "    return n\n")
    assert space.int_w(w_result) == 3


def test_mixed_strategies_combine_by_equality():
    w_result = app("def f():\n"
                   "    a, b = {1, 2, 3}, {2.0, 'x'}\n"
                   "    return (a | b == {1, 2, 3, 'x'}, a & b == {2},\n"
                   "            a - b == {1, 3}, a ^ b == {1, 3, 'x'},\n"
                   "            {2} <= b, b >= {2}, {1}.isdisjoint({'1'}))\n")
    assert [space.is_true(w_x) for w_x in space.unpackiterable(w_result)] \
        == [True] * 7


def test_in_place_operators_and_copies():
    w_result = app("def f():\n"
                   "    s = {1, 2, 3}\n"
                   "    t = s.copy()\n"
                   "    s &= {2, 3, 4}\n"
                   "    s |= {'q'}\n"
                   "    s -= {3}\n"
                   "    t.clear()\n"
                   "    t.add('z')\n"
                   "    return s == {2, 'q'} and t == {'z'} and "
                   "frozenset(range(3)) == {0, 1, 2} and "
                   "hash(frozenset(range(3))) == hash(frozenset([2, 1, 0]))\n")
    assert space.is_true(w_result)
