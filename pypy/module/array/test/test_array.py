"""Interp-level tests of the array module: item conversion to and from the
raw bytes, range checks, and the W_ArrayObject operations."""

import sys
import pytest
from rpython.rlib.rarithmetic import r_ulonglong
from pypy.interpreter.arguments import Arguments
from pypy.interpreter.error import OperationError
from pypy.module.array import moduledef as am
from pypy.objspace.objspace import ObjSpace

space = ObjSpace()


def call(func, *args_w):
    return func(space, Arguments(list(args_w)))


def new(tc, *items):
    args_w = [space.newtext_utf8(tc)]
    if items:
        args_w.append(space.newlist([space.newint(int(i)) if isinstance(i, (int, long))
                                     else space.newfloat(i) for i in items]))
    return am.new_array(space, space.w_array_array, Arguments(args_w))


def ints(w_array):
    return [space.int_w(w) for w in w_array.items_w(space)]


def app_error(w_type, func, *args):
    with pytest.raises(OperationError) as e:
        func(*args)
    assert e.value.match(space, w_type)
    return space.str_utf8(e.value.w_value)


def test_bits_round_trip():
    data = ['\x00'] * 8
    am.write_bits(data, 0, 8, r_ulonglong(0x0102030405060708))
    if sys.byteorder == 'little':
        assert ''.join(data) == '\x08\x07\x06\x05\x04\x03\x02\x01'
    assert am.read_bits(data, 0, 8) == r_ulonglong(0x0102030405060708)
    w = am.wrap_bits(space, 'h', 2, r_ulonglong(0xFFFE))
    assert space.int_w(w) == -2
    w = am.wrap_bits(space, 'Q', 8, r_ulonglong(-1))
    assert space.str_utf8(space.repr(w)) == str(2 ** 64 - 1)
    assert space.float_w(am.wrap_bits(space, 'd', 8, am.unwrap_bits(
        space, 'd', 8, space.newfloat(1.5)))) == 1.5


def test_range_messages():
    msg = app_error(space.w_OverflowError, new, 'b', 128)
    assert msg == 'signed char is greater than maximum'
    msg = app_error(space.w_OverflowError, new, 'H', -1)
    assert msg == 'unsigned short is less than minimum'
    msg = app_error(space.w_OverflowError, new, 'I', -1)
    assert msg == "can't convert negative value to unsigned int"
    msg = app_error(space.w_TypeError, new, 'i', 1.5)
    assert msg == "'float' object cannot be interpreted as an integer"
    assert ints(new('L', 2 ** 63 - 1)) == [2 ** 63 - 1]


def test_sequence_operations():
    w_a = new('i', 1, 2, 3)
    assert w_a.length(space) == 3 and len(w_a.data) == 12
    call(am.array_append, w_a, space.newint(4))
    call(am.array_insert, w_a, space.newint(0), space.newint(0))
    assert ints(w_a) == [0, 1, 2, 3, 4]
    assert space.int_w(call(am.array_pop, w_a)) == 4
    w_a.setitem(space, space.newslice(space.newint(1), space.newint(3),
                                      space.w_None), new('i', 9))
    assert ints(w_a) == [0, 9, 3]
    w_a.delitem(space, space.newint(0))
    assert ints(w_a) == [9, 3]
    call(am.array_reverse, w_a)
    assert ints(w_a) == [3, 9]
    assert space.str_utf8(w_a.repr(space)) == "array('i', [3, 9])"
    assert space.str_utf8(new('d').repr(space)) == "array('d')"


def test_byteswap_and_bytes():
    w_a = new('h', 1)
    call(am.array_byteswap, w_a)
    assert ints(w_a) == [256]
    assert am.bytes_like(w_a) == ''.join(w_a.data)
    assert w_a.writable_chars() is w_a.data
