"""The codec functions of _codecs (utf-8, utf-16, utf-32, latin-1, ascii,
raw-unicode-escape), which the encodings package's modules are made of,
codecs.encode/decode, and pickle's protocols 0 to 2 (they write and read
str with raw-unicode-escape, bytes with latin-1)."""

import codecs
import pickle

import pytest


def test_utf_8_encode_and_decode():
    assert codecs.utf_8_encode("a\u20ac") == (b"a\xe2\x82\xac", 2)
    assert codecs.utf_8_decode(b"a\xe2\x82\xac", None, True) == ("a\u20ac", 4)
    # an incomplete sequence at the end waits for more input unless final
    assert codecs.utf_8_decode(b"ab\xe2\x82") == ("ab", 2)
    assert codecs.utf_8_decode(b"a\xffb", "replace", True) == ("a\ufffdb", 3)
    try:
        codecs.utf_8_decode(b"a\xffb", "strict", True)
    except UnicodeDecodeError as e:
        assert "position 1" in str(e)
    else:
        raise AssertionError("no UnicodeDecodeError")


def test_raw_unicode_escape():
    assert codecs.raw_unicode_escape_encode("a\u20ac\U0001f600\\") == (
        b"a\\u20ac\\U0001f600\\", 4)
    # \u is an escape only after an odd number of backslashes
    assert codecs.raw_unicode_escape_decode(b"\\u20ac\\\\u20ac") == (
        "\u20ac\\\\u20ac", 13)
    assert "\xe9\u20ac".encode("raw-unicode-escape") == b"\xe9\\u20ac"
    assert b"\\u20ac".decode("raw_unicode_escape") == "\u20ac"


def test_pickle_protocol_0_of_str():
    value = {"key\\": ["x\u20ac\U0001f600\n", 1]}
    assert pickle.loads(pickle.dumps(value, 0)) == value


def test_encode_and_decode_with_any_codec():
    assert codecs.encode('aé') == b'a\xc3\xa9'
    assert codecs.encode('aé', 'latin-1') == b'a\xe9'
    assert codecs.encode(b'hi', encoding='hex') == b'6869'
    assert codecs.decode(b'6869', 'hex') == b'hi'
    assert codecs.decode(obj=b'x') == 'x'
    with pytest.raises(UnicodeEncodeError):
        codecs.encode('é', 'ascii')
    with pytest.raises(TypeError, match=r"missing required argument 'obj'"):
        codecs.encode()


def test_utf_16_and_utf_32():
    text = 'a\U0001d120x'
    for encoding in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le',
                     'utf-32-be']:
        data = text.encode(encoding)
        assert data.decode(encoding) == text
        name = encoding.replace('-', '_')
        assert getattr(codecs, name + '_encode')(text) == (data, 3)
        assert getattr(codecs, name + '_decode')(data, 'strict', True) == \
            (text, len(data))
        with pytest.raises(UnicodeEncodeError, match='surrogates not allowed'):
            '\ud800'.encode(encoding)
        assert 'a\ud800'.encode(encoding, 'replace') == 'a?'.encode(encoding)


def test_utf_16_decode_keeps_an_incomplete_unit_unless_final():
    assert codecs.utf_16_decode(b'\xff\xfea\x00b', 'strict', False) == \
        ('a', 4)
    with pytest.raises(UnicodeDecodeError):
        b'\x00\xd8'.decode('utf-16-le')


def test_latin_1_and_ascii_codec_functions():
    assert codecs.latin_1_encode('aé') == (b'a\xe9', 2)
    assert codecs.latin_1_decode(b'a\xe9') == ('aé', 2)
    assert codecs.ascii_encode('ab') == (b'ab', 2)
    assert codecs.ascii_decode(b'ab') == ('ab', 2)
    assert codecs.ascii_encode('é', 'replace') == (b'?', 1)


def test_pickle_of_bytes_below_protocol_3_and_json_of_utf_16():
    import json
    for protocol in range(3):
        assert pickle.loads(pickle.dumps(b'\xffy', protocol)) == b'\xffy'
    assert json.loads('"z\U0001d120x"'.encode('utf-16')) == 'z\U0001d120x'
    assert json.loads('[1]'.encode('utf-32-be')) == [1]
