"""Interp-level tests of _struct's format parsing and packing."""

import pytest
from rpython.rlib.rstruct.error import StructError
from pypy.module._struct.formats import parse_format
from pypy.module._struct import codec
from pypy.objspace.objspace import ObjSpace

space = ObjSpace()


def test_parse_native_alignment():
    fmt = parse_format('@bhiq')
    assert fmt.size == 16 and fmt.nvalues == 4
    assert [(i.code, i.offset) for i in fmt.items] == [
        ('b', 0), ('h', 2), ('i', 4), ('q', 8)]
    assert parse_format('=bhiq').size == 15
    assert parse_format('@ci0q').size == 8


def test_parse_counts_and_strings():
    fmt = parse_format('<3x 2h 5s')
    assert fmt.size == 3 + 4 + 5 and fmt.nvalues == 3
    assert [(i.code, i.size, i.count) for i in fmt.items] == [
        ('h', 2, 2), ('s', 5, 1)]


@pytest.mark.parametrize('fmt, message', [
    ('3z', 'bad char in struct format'),
    ('<n', 'bad char in struct format'),
    ('12', 'repeat count given without format specifier'),
    ('2\x00i', 'embedded null character'),
    ('\x00', 'embedded null character'),
    ('99999999999999999999999i', 'total struct size too long')])
def test_parse_errors(fmt, message):
    with pytest.raises(StructError) as e:
        parse_format(fmt)
    assert e.value.msg == message


def test_pack_unpack():
    fmt = parse_format('>hQ')
    data = codec.pack(space, fmt, [space.newint(-2), space.newint(5)])
    assert data == '\xff\xfe' + '\x00' * 7 + '\x05'
    w_tuple = codec.unpack(space, fmt, 'x' + data, 1)
    assert [space.int_w(w) for w in w_tuple.items_w] == [-2, 5]


def test_range_error_message():
    with pytest.raises(StructError) as e:
        codec.pack(space, parse_format('<L'), [space.newint(1 << 40)])
    assert e.value.msg == "'L' format requires 0 <= number <= 4294967295"


def test_negative_offset_past_the_end():
    from pypy.module._struct.moduledef import buffer_offset
    fmt = parse_format('i')
    assert buffer_offset(space, fmt, 5, -5, 'unpack') == 0
    with pytest.raises(Exception) as e:
        buffer_offset(space, fmt, 5, -1, 'unpack')
    assert space.str_utf8(e.value.w_value) == \
        'not enough data to unpack 4 bytes at offset -1'


def test_size_needed_past_the_machine_word():
    import sys
    from pypy.module._struct.moduledef import buffer_offset
    with pytest.raises(Exception) as e:
        buffer_offset(space, parse_format('<I'), 10, sys.maxint, 'pack')
    assert space.str_utf8(e.value.w_value) == (
        'pack_into requires a buffer of at least %d bytes for packing 4 '
        'bytes at offset %d (actual buffer size is 10)' % (
            sys.maxint + 4, sys.maxint))
