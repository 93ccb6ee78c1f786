"""Interp-level tests of _bisect: the insertion points, lo and hi, key,
insort through the sequence's insert method, and argument errors."""

import pytest

from pypy.interpreter.arguments import Arguments
from pypy.interpreter.error import OperationError
from pypy.module._bisect import moduledef
from pypy.objspace.objspace import ObjSpace

space = ObjSpace()
FUNCTIONS = dict(moduledef.FUNCTIONS)


def call(name, args_w, **keywords):
    names = list(keywords)
    return FUNCTIONS[name](space, Arguments(
        list(args_w), names, [keywords[n] for n in names]))


def wrap_list(values):
    return space.newlist([space.newint(v) for v in values])


def test_left_and_right_of_equal_items():
    w_a = wrap_list([1, 2, 2, 2, 5])
    two = space.newint(2)
    assert space.int_w(call('bisect_left', [w_a, two])) == 1
    assert space.int_w(call('bisect_right', [w_a, two])) == 4
    assert space.int_w(call('bisect_right', [w_a, space.newint(0)])) == 0
    assert space.int_w(call('bisect_left', [w_a, space.newint(9)])) == 5


def test_lo_hi_by_position_and_keyword():
    w_a = wrap_list([0, 1, 2, 3, 4, 5])
    three = space.newint(3)
    assert space.int_w(call('bisect_left', [w_a, three, space.newint(4)])) == 4
    assert space.int_w(call('bisect_right', [w_a, three],
                            hi=space.newint(2))) == 2
    assert space.int_w(call('bisect_right', [w_a, three],
                            hi=space.w_None)) == 4


def test_key_applies_to_items_and_to_the_inserted_value():
    w_neg = space.builtin_modules['operator'].w_dict.getitem_str(space, 'neg')
    w_a = wrap_list([5, 3, 1])
    assert space.int_w(call('bisect_left', [w_a, space.newint(-3)],
                            key=w_neg)) == 1
    call('insort_right', [w_a, space.newint(3)], key=w_neg)
    assert [space.int_w(w) for w in space.unpackiterable(w_a)] == \
        [5, 3, 3, 1]


def test_insort_keeps_order():
    w_a = wrap_list([])
    for v in [3, 1, 2, 1]:
        call('insort_left', [w_a, space.newint(v)])
    assert [space.int_w(w) for w in space.unpackiterable(w_a)] == \
        [1, 1, 2, 3]


def test_errors():
    w_a = wrap_list([1, 2, 3])
    with pytest.raises(OperationError) as e:
        call('bisect_left', [w_a, space.newint(1), space.newint(-1)])
    assert e.value.match(space, space.w_ValueError)
    with pytest.raises(OperationError) as e:
        call('insort_left', [w_a])
    assert e.value.match(space, space.w_TypeError)
    with pytest.raises(OperationError) as e:
        call('bisect_left', [space.newint(10), space.newint(1)])
    assert e.value.match(space, space.w_TypeError)
    with pytest.raises(OperationError) as e:
        call('bisect_left', [w_a, space.newint(1)], lo=space.newint(0),
             a=w_a)
    assert e.value.match(space, space.w_TypeError)
