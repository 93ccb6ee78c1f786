"""Interp-level tests of _json: scanstring's values, end positions and
errors, and the two encoders' escapes (tests/app/test_stdlib_json_speedups.py
compares them with CPython's _json)."""

import pytest

from pypy.interpreter.arguments import Arguments
from pypy.interpreter.error import OperationError
from pypy.module._json import moduledef
from pypy.objspace.objspace import ObjSpace

space = ObjSpace()
FUNCTIONS = dict(moduledef.FUNCTIONS)


def call(name, *args_w):
    return FUNCTIONS[name](space, Arguments(list(args_w), [], []))


def scan(s, end):
    value, end = moduledef.scan(space, space.newtext(s), s, end, True)
    return value, end


def test_scan_values_and_ends():
    assert scan(u'"abc" x', 1) == (u'abc', 5)
    assert scan(u'""', 1) == (u'', 2)
    assert scan(u'"a\\"b\\\\c\\/\\n"', 1) == (u'a"b\\c/\n', 13)
    assert scan(u'"\\u00e9\\u20AC"', 1) == (u'\xe9\u20ac', 14)
    assert scan(u'"\\ud83d\\ude00"', 1) == (u'\U0001f600', 14)
    assert scan(u'"\\ud83d\\u0041"', 1) == (u'\ud83d\u0041', 14)


def test_scanstring_returns_a_tuple():
    w_result = call('scanstring', space.newtext(u'"x\\ty"'), space.newint(1))
    items_w = space.unpackiterable(w_result)
    assert space.text_w(items_w[0]) == u'x\ty'
    assert space.int_w(items_w[1]) == 6


def test_end_out_of_bounds_is_a_value_error():
    with pytest.raises(OperationError) as info:
        scan(u'"ab"', 5)
    assert info.value.match(space, space.w_ValueError)


def test_encoders():
    s = space.newtext(u'a"\\\n\x01\x7f\xe9\U0001f600')
    assert space.text_w(call('encode_basestring_ascii', s)) == \
        u'"a\\"\\\\\\n\\u0001\\u007f\\u00e9\\ud83d\\ude00"'
    assert space.text_w(call('encode_basestring', s)) == \
        u'"a\\"\\\\\\n\\u0001\x7f\xe9\U0001f600"'


def test_non_string_is_a_type_error():
    with pytest.raises(OperationError) as info:
        call('encode_basestring', space.newbytes('x'))
    assert info.value.match(space, space.w_TypeError)
