"""The utf-8 and raw-unicode-escape codec functions of _codecs, which the
encodings package's modules are made of, and pickle's protocol 0 (it
writes and reads str with raw-unicode-escape)."""

import codecs
import pickle


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
