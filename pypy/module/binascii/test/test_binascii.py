"""Interp-level tests of binascii's codecs and checksums (the expected
values are CPython 3.11's)."""

import pytest
from pypy.module.binascii import ascii_codecs, checksums
from pypy.module.binascii.ascii_codecs import CodecError
from pypy.objspace.bytesobject import hex_of


def test_hex_round_trip():
    assert hex_of('\x01\xffab') == '01ff6162'
    assert ascii_codecs.a2b_hex('01Ff6162') == '\x01\xffab'


@pytest.mark.parametrize('data, message', [
    ('abc', 'Odd-length string'), ('zz', 'Non-hexadecimal digit found')])
def test_hex_errors(data, message):
    with pytest.raises(CodecError) as info:
        ascii_codecs.a2b_hex(data)
    assert info.value.msg == message


def test_base64_encode():
    assert ascii_codecs.b2a_base64('hello world', True) == \
        'aGVsbG8gd29ybGQ=\n'
    assert ascii_codecs.b2a_base64('ab', False) == 'YWI='
    assert ascii_codecs.b2a_base64('', True) == '\n'


def test_base64_decode_skips_and_stops_at_padding():
    assert ascii_codecs.a2b_base64('aGVs\nbG8=', False) == 'hello'
    assert ascii_codecs.a2b_base64('ab=c==', False) == 'i\xb7'
    assert ascii_codecs.a2b_base64('YWI=YWI=', False) == 'ab'


@pytest.mark.parametrize('data, strict, message', [
    ('abcde', False, 'Invalid base64-encoded string: number of data '
     'characters (5) cannot be 1 more than a multiple of 4'),
    ('abc', False, 'Incorrect padding'),
    ('=abc', True, 'Leading padding not allowed'),
    ('ab==c', True, 'Excess data after padding'),
    ('a$bc', True, 'Only base64 data is allowed'),
    ('ab=c', True, 'Discontinuous padding not allowed')])
def test_base64_errors(data, strict, message):
    with pytest.raises(CodecError) as info:
        ascii_codecs.a2b_base64(data, strict)
    assert info.value.msg == message


def test_checksums():
    assert checksums.crc32('hello', 0) == 907060870
    assert checksums.crc32('world', checksums.crc32('hello ', 0)) == \
        222957957
    assert checksums.crc32('a', 0xFFFFFFFF) == 3310005809
    assert checksums.crc_hqx('hello', 0) == 50018
    assert checksums.crc_hqx('x', 0x1234) == 63980


def test_hex_separators():
    assert hex_of('\x01\x02\x03\x04\x05', ':', 2) == '01:0203:0405'
    assert hex_of('\x01\x02\x03\x04\x05', ':', -2) == '0102:0304:05'
    assert hex_of('\x01\x02', ':', 0) == '0102'
