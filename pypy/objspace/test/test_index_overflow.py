"""An int beyond a machine word where a machine index is needed: IndexError
for a subscript, clipped for a slice bound, OverflowError elsewhere, as
CPython."""

import pytest
from rpython.rlib.rbigint import rbigint

from pypy.interpreter.error import OperationError
from pypy.objspace.objspace import ObjSpace

space = ObjSpace()


def huge(sign=1):
    return space.newbigint(rbigint.fromint(sign).lshift(100))


def raises_w(w_type, func, *args):
    with pytest.raises(OperationError) as exc:
        func(*args)
    assert exc.value.match(space, w_type)
    return space.text_w(space.str(exc.value.w_value))


def test_subscript_raises_index_error():
    w_list = space.newlist([space.newint(1), space.newint(2)])
    msg = raises_w(space.w_IndexError, space.getitem, w_list, huge())
    assert msg == u"cannot fit 'int' into an index-sized integer"
    raises_w(space.w_IndexError, space.getitem, space.newtext(u'ab'),
             huge(-1))


def test_slice_bounds_are_clipped():
    w_list = space.newlist([space.newint(1), space.newint(2)])
    w_slice = space.call_function(space.w_slice, huge(-1), huge())
    assert space.len_w(space.getitem(w_list, w_slice)) == 2
    w_back = space.call_function(space.w_slice, space.w_None, space.w_None,
                                 huge(-1))
    w_items = space.getitem(w_list, w_back)
    assert [space.int_w(w) for w in space.unpackiterable(w_items)] == [2]


def test_other_arguments_raise_overflow_error():
    msg = raises_w(space.w_OverflowError, space.getindex_w, huge())
    assert msg == u"Python int too large to convert to C ssize_t"


def test_sequence_index_start_and_stop():
    items_w = [space.newint(i % 3) for i in range(6)]   # 0 1 2 0 1 2
    for w_seq in [space.newlist(items_w), space.newtuple(items_w)]:
        def index(*args_w):
            return space.int_w(space.call_method(w_seq, 'index', *args_w))
        assert index(space.newint(1)) == 1
        assert index(space.newint(1), space.newint(2)) == 4
        assert index(space.newint(1), space.newint(-2), huge()) == 4
        raises_w(space.w_ValueError, index, space.newint(1), space.newint(2),
                 space.newint(4))
