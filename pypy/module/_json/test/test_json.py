"""Interp-level tests of _json: scanstring's values, end positions and
errors, the two string encoders' escapes and make_encoder's documents
(tests/app/test_stdlib_json_speedups.py compares them with CPython's
_json)."""

import pytest

from pypy.interpreter.arguments import Arguments
from pypy.interpreter.error import OperationError
from pypy.module._json import moduledef, strings
from pypy.objspace.objspace import ObjSpace

space = ObjSpace()
FUNCTIONS = dict(moduledef.FUNCTIONS)


def call(name, *args_w):
    return FUNCTIONS[name](space, Arguments(list(args_w), [], []))


def scan(s, end):
    value, end = strings.scan(space, space.newtext(s), s, end, True)
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


def make_encoder(sort_keys=False, check_circular=True):
    w_module = space.builtin_modules['_json']
    w_type = space.getattr(w_module, 'make_encoder')
    return space.call_function(
        w_type, space.newdict() if check_circular else space.w_None,
        space.w_None, space.getattr(w_module, 'encode_basestring_ascii'),
        space.w_None, space.newtext(u': '), space.newtext(u', '),
        space.newbool(sort_keys), space.w_False, space.w_True)


def encode(w_encoder, w_obj):
    w_result = space.call_function(w_encoder, w_obj, space.newint(0))
    return space.text_w(space.unpackiterable(w_result)[0])


def test_encoder_writes_a_document():
    w_dict = space.newdict()
    space.setitem(w_dict, space.newtext(u'b\xe9'), space.newlist(
        [space.newint(1), space.newfloat(2.5), space.w_None, space.w_True,
         space.newtuple([space.newfloat(float('inf'))])]))
    space.setitem(w_dict, space.newint(7), space.newdict())
    space.setitem(w_dict, space.newtext(u'a'), space.newlist([]))
    assert encode(make_encoder(), w_dict) == \
        u'{"b\\u00e9": [1, 2.5, null, true, [Infinity]], "7": {}, "a": []}'


def test_encoder_detects_circles():
    w_list = space.newlist([space.newint(1)])
    space.call_method(w_list, 'append', w_list)
    with pytest.raises(OperationError) as info:
        encode(make_encoder(), w_list)
    assert info.value.match(space, space.w_ValueError)
    limit = space.ec.recursion_limit
    space.ec.recursion_limit = 50       # (below the host's own)
    try:
        with pytest.raises(OperationError) as info:
            encode(make_encoder(check_circular=False), w_list)
    finally:
        space.ec.recursion_limit = limit
    assert info.value.match(space, space.w_RecursionError)


def test_scanner_reads_numbers_and_words():
    from pypy.module._json.scanner import W_Scanner, short_int
    assert short_int(u'x-1234', 1, 6) == -1234
    assert short_int(u'0', 0, 1) == 0
    scanner = W_Scanner.__new__(W_Scanner)
    scanner.w_parse_float = space.w_float
    scanner.w_parse_int = space.w_int
    w_value, end = scanner.scan_number(space, u'-12.5e-1,', 0)
    assert (space.float_w(w_value), end) == (-1.25, 8)
    w_value, end = scanner.scan_number(space, u'1e', 0)
    assert (space.int_w(w_value), end) == (1, 1)
    with pytest.raises(OperationError) as info:
        scanner.scan_number(space, u'-x', 0)
    assert info.value.match(space, space.w_StopIteration)
