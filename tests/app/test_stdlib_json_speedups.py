"""json's C accelerators, _json.scanstring, encode_basestring and
encode_basestring_ascii: the values, end positions, escapes and errors
that CPython's _json gives (json.decoder and json.encoder use them when
_json has them)."""

import json
import json.decoder
import json.encoder

import _json
import pytest

STRINGS = ['', 'plain', 'quote " and \\ backslash', 'tab\there\nnewline\r\x08\x0c',
           'control \x00\x01\x1f\x7f', 'caf\u00e9 \u20ac \u2028', 'astral \U0001f600 \U00010000',
           'lone surrogate \ud800 and \udfff', '/slash/']


@pytest.mark.parametrize('s', STRINGS)
def test_encoders_escape_as_json_does(s):
    assert _json.encode_basestring_ascii(s) == json.encoder.py_encode_basestring_ascii(s)
    assert _json.encode_basestring(s) == json.encoder.py_encode_basestring(s)
    assert json.loads(_json.encode_basestring_ascii(s)) == s


def test_json_uses_them():
    assert json.decoder.scanstring is _json.scanstring
    assert json.encoder.encode_basestring_ascii is _json.encode_basestring_ascii
    assert json.encoder.encode_basestring is _json.encode_basestring


@pytest.mark.parametrize('literal, value', [
    ('"abc"', 'abc'), ('""', ''), ('"a\\"b"', 'a"b'), ('"\\\\\\/\\b\\f\\n\\r\\t"', '\\/\b\f\n\r\t'),
    ('"\\u00e9\\u20AC"', '\u00e9\u20ac'), ('"\\ud83d\\ude00"', '\U0001f600'),
    ('"\\ud83d\\u0041"', '\ud83d\u0041'), ('"\\ud83d"', '\ud83d'), ('"\\ude00x"', '\ude00x'),
    ('"caf\u00e9 \U0001f600"', 'caf\u00e9 \U0001f600')])
def test_scanstring_values_and_end(literal, value):
    text = ' ' + literal + ', 1'
    assert _json.scanstring(text, 2) == (value, 1 + len(literal))
    assert _json.scanstring(text, 2, True) == json.decoder.py_scanstring(text, 2, True)


@pytest.mark.parametrize('text, end', [
    ('"abc', 1), ('"abc\\', 1), ('"a\x01b"', 1), ('"a\\qb"', 1), ('"\\u12"', 1),
    ('"\\u12x4"', 1), ('"\\u1234', 1), ('"\\ud800\\u12x4"', 1), ('"\\ud800\\udc0', 1),
    ('"ab"', 7), ('"ab"', -1)])
def test_scanstring_errors(text, end):
    # the oracle: CPython's own _json (json.decoder.c_scanstring)
    expected = reference_error(text, end)
    with pytest.raises(type(expected)) as info:
        _json.scanstring(text, end)
    assert str(info.value) == str(expected)
    if isinstance(expected, json.JSONDecodeError):
        assert (info.value.msg, info.value.pos) == (expected.msg, expected.pos)


def reference_error(text, end):
    scan = json.decoder.c_scanstring or json.decoder.py_scanstring
    try:
        scan(text, end)
    except (ValueError, IndexError) as e:
        return e
    raise AssertionError('no error')


def test_control_characters_pass_unless_strict():
    assert _json.scanstring('"a\x01b"', 1, False) == ('a\x01b', 5)
    assert json.loads('["a\x01b"]', strict=False) == ['a\x01b']


def test_argument_errors():
    with pytest.raises(TypeError) as info:
        _json.encode_basestring_ascii(b'x')
    assert str(info.value) == 'first argument must be a string, not bytes'
    with pytest.raises(TypeError):
        _json.scanstring(b'"x"', 1)
    with pytest.raises(TypeError):
        _json.scanstring('"x"', end=1)
    with pytest.raises(TypeError):
        _json.encode_basestring()


def test_round_trip_of_a_document():
    document = {'name': 'caf\u00e9 "x"\n', 'items': [1, 2.5, None, True, '\U0001f600'],
                'nested': {'k\u20ac': ['\\', '/', '\x00']}}
    for ensure_ascii in (True, False):
        for indent in (None, 1):
            text = json.dumps(document, ensure_ascii=ensure_ascii, indent=indent)
            assert json.loads(text) == document
