"""json's C accelerators, _json.scanstring, make_scanner,
encode_basestring, encode_basestring_ascii and make_encoder: the values,
end positions, escapes, documents and errors that CPython's _json gives
(json.decoder, json.scanner and json.encoder use them when _json has
them), checked against json's own pure-Python versions."""

import enum
import json
import json.decoder
import json.scanner
import json.encoder

import _json
import pytest

STRINGS = ['', 'plain', 'quote " and \\ backslash', 'tab\there\nnewline\r\x08\x0c',
           'control \x00\x01\x1f\x7f', 'caf\u00e9 \u20ac \u2028', 'astral \U0001f600 \U00010000',
           'lone surrogate \ud800 and \udfff', '/slash/']


def test_encoders_escape_as_json_does():
    for s in STRINGS:
        assert _json.encode_basestring_ascii(s) == json.encoder.py_encode_basestring_ascii(s)
        assert _json.encode_basestring(s) == json.encoder.py_encode_basestring(s)
        assert json.loads(_json.encode_basestring_ascii(s)) == s


def test_json_uses_them():
    assert json.scanner.make_scanner is _json.make_scanner
    assert json.encoder.c_make_encoder is _json.make_encoder
    assert json.decoder.scanstring is _json.scanstring
    assert json.encoder.encode_basestring_ascii is _json.encode_basestring_ascii
    assert json.encoder.encode_basestring is _json.encode_basestring


SCANSTRING_CASES = [
    ('"abc"', 'abc'), ('""', ''), ('"a\\"b"', 'a"b'), ('"\\\\\\/\\b\\f\\n\\r\\t"', '\\/\b\f\n\r\t'),
    ('"\\u00e9\\u20AC"', '\u00e9\u20ac'), ('"\\ud83d\\ude00"', '\U0001f600'),
    ('"\\ud83d\\u0041"', '\ud83d\u0041'), ('"\\ud83d"', '\ud83d'), ('"\\ude00x"', '\ude00x'),
    ('"caf\u00e9 \U0001f600"', 'caf\u00e9 \U0001f600')]


def test_scanstring_values_and_end():
    for literal, value in SCANSTRING_CASES:
        text = ' ' + literal + ', 1'
        assert _json.scanstring(text, 2) == (value, 1 + len(literal))
        assert _json.scanstring(text, 2, True) == json.decoder.py_scanstring(text, 2, True)


SCANSTRING_ERRORS = [
    ('"abc', 1), ('"abc\\', 1), ('"a\x01b"', 1), ('"a\\qb"', 1), ('"\\u12"', 1),
    ('"\\u12x4"', 1), ('"\\u1234', 1), ('"\\ud800\\u12x4"', 1), ('"\\ud800\\udc0', 1),
    ('"ab"', 7), ('"ab"', -1)]


def test_scanstring_errors():
    # the oracle: CPython's own _json (json.decoder.c_scanstring)
    for text, end in SCANSTRING_ERRORS:
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


class Number(int):
    pass


class Color(enum.IntEnum):
    RED = 1


class Pair(tuple):
    pass


class Table(dict):
    pass


DOCUMENTS = [
    {'name': 'caf\u00e9 "x"\n', 'items': [1, 2.5, None, True, False, '\U0001f600'],
     'nested': {'k\u20ac': ['\\', '/', '\x00', [], {}]}},
    [1e300, -0.0, 1.0 / 3, float('inf'), float('-inf'), float('nan'), 2 ** 70, -5],
    {1: 'int key', 2.5: 'float key', True: 't', False: 'f', None: 'n', 2 ** 65: 'big'},
    {Number(3): Color.RED, 'pair': Pair((1, 2)), 'table': Table(a=1)},
    'just a string', 3, None, [],
]


def both_encodings(o, **options):
    """(what make_encoder writes, what json's pure-Python encoder writes)
    for o, under JSONEncoder's options."""
    encoder = json.JSONEncoder(**options)
    return (''.join(encoder.iterencode(o, _one_shot=True)),
            ''.join(encoder.iterencode(o, _one_shot=False)))


def test_make_encoder_writes_what_the_python_encoder_writes():
    for options in [{}, {'ensure_ascii': False}, {'separators': (',', ':')},
                    {'check_circular': False}]:
        for o in DOCUMENTS:
            fast, slow = both_encodings(o, **options)
            assert fast == slow, (o, options)


def test_make_encoder_result_and_sorted_keys():
    encoder = _json.make_encoder(None, None, _json.encode_basestring, None, ':', ',',
                                 True, False, True)
    assert encoder({'b': 1, 'a': [2, {'d': 3, 'c': 4}]}, 0) == \
        ['{"a":[2,{"c":4,"d":3}],"b":1}']
    assert json.dumps({'b': 1, 'a': 2}, sort_keys=True) == '{"a": 2, "b": 1}'


def test_skipkeys_default_and_a_custom_string_encoder():
    assert json.dumps({'a': 1, (1,): 2, 'b': 3}, skipkeys=True) == '{"a": 1, "b": 3}'
    assert json.dumps([1, {2, 3}], default=sorted) == '[1, [2, 3]]'
    encoder = _json.make_encoder(None, None, lambda s: '<%s>' % s, None, ':', ',',
                                 False, False, True)
    assert encoder({'k': ['v']}, 0) == ['{<k>:[<v>]}']


ENCODING_ERRORS = [
    ([float('nan')], {'allow_nan': False}, ValueError,
     'Out of range float values are not JSON compliant'),
    ({(1,): 2}, {}, TypeError, 'keys must be str, int, float, bool or None, not tuple'),
    ([object], {}, TypeError, "Object of type type is not JSON serializable"),
    ({'b': 1, 2: 2}, {'sort_keys': True}, TypeError,
     "'<' not supported between instances of 'int' and 'str'"),
]


def test_encoding_errors():
    for o, options, error, message in ENCODING_ERRORS:
        with pytest.raises(error) as info:
            json.dumps(o, **options)
        assert str(info.value) == message


def test_circles_and_depth():
    a = [1]
    a.append(a)
    d = {}
    d['x'] = [d]
    for o in (a, d):
        with pytest.raises(ValueError) as info:
            json.dumps(o)
        assert str(info.value) == 'Circular reference detected'
    deep = []
    for i in range(100000):
        deep = [deep]
    with pytest.raises(RecursionError):
        json.dumps(deep)
    with pytest.raises(RecursionError):
        json.dumps(a, check_circular=False)


def test_make_encoder_argument_errors():
    with pytest.raises(TypeError) as info:
        _json.make_encoder(None, None, None, None, 5, ',', False, False, True)
    assert str(info.value) == 'make_encoder() argument 5 must be str, not int'
    with pytest.raises(TypeError) as info:
        _json.make_encoder([], None, None, None, ':', ',', False, False, True)
    assert str(info.value) == 'make_encoder() argument 1 must be dict or None, not list'
    with pytest.raises(TypeError):
        _json.make_encoder(None, None)


SCANNED = ['1', '-0', '-12.5e-3', '1E+2', '1.5e3x', '0012', '-', '-x', '1.', '1e', '2.e5',
           '123456789012345678901234567890', '-9223372036854775809', '3.0e400',
           'null', 'nul', 'true', 'false', 'NaN', 'Infinity', '-Infinity', '-Inf',
           '"x\\u00e9"', '[]', '[ ]', '[1, 2', '[1,]', '[1 2]', '[', '{}', '{ }',
           '{"a" 1}', '{"a":1,}', '{"a":1 "b":2}', '{1: 2}', '{', '{"a":',
           ' {"a": [1, {"b": null}], "a": 2} ', '', ' 1', 'x']


def scans(scanner, text, idx):
    """What a scanner gives at idx: (value, end), or the error's message
    and position.  (Where a nested value is missing, CPython's scanner
    raises StopIteration(its position), as for a missing value at idx,
    and the Python scanner raises JSONDecodeError("Expecting value") at
    that position: json.loads turns both into the latter.)"""
    try:
        return scanner(text, idx)
    except StopIteration as e:
        return 'Expecting value', e.value
    except json.JSONDecodeError as e:
        return e.msg, e.pos


def test_make_scanner_reads_what_the_python_scanner_reads():
    for options in [{}, {'strict': False}]:
        decoder = json.JSONDecoder(**options)
        fast = _json.make_scanner(decoder)
        slow = json.scanner.py_make_scanner(decoder)
        for text in SCANNED:
            for idx in range(min(len(text), 3) + 1):
                got, expected = scans(fast, text, idx), scans(slow, text, idx)
                assert repr(got) == repr(expected), (text, idx)


def test_make_scanner_hooks_and_parse_functions():
    calls = []
    decoder = json.JSONDecoder(
        object_hook=lambda d: ('object', sorted(d.items())),
        parse_float=lambda s: ('float', s), parse_int=lambda s: ('int', s),
        parse_constant=lambda s: ('constant', s))
    scanner = _json.make_scanner(decoder)
    assert scanner('[{"a": 1.5, "b": -2}, NaN, 10]', 0) == (
        [('object', [('a', ('float', '1.5')), ('b', ('int', '-2'))]),
         ('constant', 'NaN'), ('int', '10')], 30)
    pairs = json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda p: p)
    assert pairs == [('b', 1), ('a', 2), ('b', 3)]
    assert json.loads('{"b": 1, "a": 2, "b": 3}') == {'b': 3, 'a': 2}


def test_make_scanner_errors():
    scanner = _json.make_scanner(json.JSONDecoder())
    with pytest.raises(TypeError) as info:
        scanner(b'1', 0)
    assert str(info.value) == 'first argument must be a string, not bytes'
    with pytest.raises(ValueError) as info:
        scanner('1', -1)
    assert str(info.value) == 'idx cannot be negative'
    with pytest.raises(TypeError) as info:
        _json.make_scanner()
    assert str(info.value) == "make_scanner() missing required argument 'context' (pos 1)"
    deep = '[' * 100000 + ']' * 100000
    with pytest.raises(RecursionError):
        json.loads(deep)
    with pytest.raises(json.JSONDecodeError) as info:
        json.loads('{"a": [1, 2,, 3]}')
    assert (info.value.msg, info.value.pos) == ('Expecting value', 12)
