"""Interp-level tests of the charmap codec: decoding through a table str
or a mapping, encoding through a mapping, charmap_build, and the error
handlers for undefined bytes and characters."""

import pytest
from pypy.interpreter.arguments import Arguments
from pypy.interpreter.error import OperationError
from pypy.module._codecs import charmap
from pypy.objspace.objspace import ObjSpace

space = ObjSpace()

# bytes 0-2 of a made-up code page: b'\x02' is undefined
TABLE = u'a\xe9\ufffe'


def decode(data, errors, w_mapping):
    return charmap.charmap_decode_bytes(space, data, errors, w_mapping)


def encode(text, errors, w_mapping):
    return charmap.charmap_encode_text(space, text, errors, w_mapping)


def error_message(func, *args):
    with pytest.raises(OperationError) as info:
        func(*args)
    return space.text_w(space.str(info.value.w_value))


def int_dict(pairs):
    w_dict = space.newdict()
    for key, w_value in pairs:
        space.setitem(w_dict, space.newint(key), w_value)
    return w_dict


def test_decode_through_a_table():
    w_table = space.newtext(TABLE)
    assert decode('\x01\x00', 'strict', w_table) == u'\xe9a'
    # past the table's end is undefined too
    assert decode('\x00\x02\x07', 'replace', w_table) == u'a\ufffd\ufffd'
    assert decode('\x02\x00', 'ignore', w_table) == u'a'
    assert decode('\x02', 'backslashreplace', w_table) == u'\\x02'
    assert error_message(decode, '\x00\x02', 'strict', w_table) == \
        u"'charmap' codec can't decode byte 0x02 in position 1: " \
        u"character maps to <undefined>"


def test_decode_through_a_mapping():
    w_mapping = int_dict([(0, space.newint(0x263a)),
                          (1, space.newtext(u'xy')), (2, space.w_None)])
    assert decode('\x00\x01', 'strict', w_mapping) == u'\u263axy'
    assert decode('\x02\x05', 'replace', w_mapping) == u'\ufffd\ufffd'
    w_bad = int_dict([(0, space.newint(0x110000))])
    assert error_message(decode, '\x00', 'strict', w_bad) == \
        u'character mapping must be in range(0x110000)'


def test_decode_without_mapping_is_latin1():
    assert decode('a\xff', 'strict', None) == u'a\xff'


def test_encode_through_a_mapping():
    w_mapping = int_dict([(ord(u'a'), space.newint(0x61)),
                          (0xe9, space.newbytes('\x82')),
                          (ord(u'?'), space.newint(0x3f)),
                          (ord(u'b'), space.w_None)])
    assert encode(u'a\xe9', 'strict', w_mapping) == 'a\x82'
    assert encode(u'b\u20ac', 'replace', w_mapping) == '??'
    assert encode(u'ba', 'ignore', w_mapping) == 'a'
    assert error_message(encode, u'a\u20ac', 'strict', w_mapping) == \
        u"'charmap' codec can't encode character '\\u20ac' in position 1: " \
        u"character maps to <undefined>"
    # the replacement is encoded too: there is no backslash here
    assert error_message(encode, u'b', 'backslashreplace', w_mapping) == \
        u"'charmap' codec can't encode character '\\x62' in position 0: " \
        u"character maps to <undefined>"
    assert error_message(encode, u'b', 'surrogateescape', w_mapping) == \
        u"unknown error handler name 'surrogateescape'"


def test_encode_without_mapping_is_latin1():
    assert encode(u'a\xff', 'strict', None) == 'a\xff'
    assert encode(u'a\u0100', 'backslashreplace', None) == 'a\\u0100'


def test_charmap_build_inverts_the_table():
    w_map = charmap.charmap_build(space, Arguments([space.newtext(TABLE)]))
    assert encode(u'\xe9a', 'strict', w_map) == '\x01\x00'
    # '\ufffe' marks an undefined byte, not a character of byte 2
    assert encode(u'\ufffe', 'ignore', w_map) == ''
    assert error_message(encode, u'\ufffe', 'strict', w_map).startswith(
        u"'charmap' codec can't encode character '\\ufffe'")


def test_module_functions_give_result_and_length():
    w_result = charmap.charmap_decode(space, Arguments(
        [space.newbytes('\x01\x00'), space.w_None, space.newtext(TABLE)]))
    assert space.text_w(space.repr(w_result)) == u"('\xe9a', 2)"
    w_result = charmap.charmap_encode(space, Arguments(
        [space.newtext(u'\xe9'), space.newtext(u'strict')]))
    assert space.text_w(space.repr(w_result)) == u"(b'\\xe9', 1)"
