"""The single-byte encodings of the encodings package (cp437, cp1252...)
on _codecs.charmap_decode/charmap_encode/charmap_build, through
bytes.decode, str.encode and codecs.lookup, with CPython's errors."""

import codecs

import pytest


def test_cp437_decodes_every_byte():
    text = bytes(range(256)).decode('cp437')
    assert len(text) == 256
    assert text[:128] == bytes(range(128)).decode('ascii')
    assert text[128:136] == 'Çüéâäàåç'
    assert text[-4:] == 'ⁿ²■\xa0'
    assert text.encode('cp437') == bytes(range(256))


def test_cp1252_errors():
    assert 'a€é'.encode('cp1252') == b'a\x80\xe9'
    with pytest.raises(UnicodeDecodeError, match="'charmap' codec can't "
                       "decode byte 0x81 in position 1: character maps "
                       "to <undefined>"):
        b'a\x81'.decode('cp1252')
    assert b'a\x81b'.decode('cp1252', 'replace') == 'a\ufffdb'
    assert b'a\x81b'.decode('cp1252', 'ignore') == 'ab'
    assert b'a\x81b'.decode('cp1252', 'backslashreplace') == 'a\\x81b'
    with pytest.raises(UnicodeEncodeError, match="'charmap' codec can't "
                       "encode character '\\\\u263a' in position 0"):
        '☺'.encode('cp1252')
    assert '☺x'.encode('cp1252', 'replace') == b'?x'
    assert '☺x'.encode('cp1252', 'backslashreplace') == b'\\u263ax'


def test_charmap_functions():
    assert codecs.charmap_decode(b'\x00\x01', 'strict', 'ab') == ('ab', 2)
    assert codecs.charmap_decode(b'\xe9') == ('é', 1)
    assert codecs.charmap_decode(b'\x00\x01', None, {0: 'xy', 1: 0x263a}) \
        == ('xy☺', 2)
    assert codecs.charmap_encode('ba', 'strict',
                                 codecs.charmap_build('ab')) == (b'\x01\x00', 2)
    assert codecs.charmap_encode('é', 'strict', {0xe9: b'E'}) == (b'E', 1)


def test_lookup_and_unknown_names():
    assert codecs.lookup('CP437').name == 'cp437'
    assert codecs.lookup('Windows-1252').name == 'cp1252'
    with pytest.raises(LookupError, match="unknown encoding: no-such"):
        b'x'.decode('no-such')
    with pytest.raises(LookupError, match="'hex' is not a text encoding"):
        b'ab'.decode('hex')
