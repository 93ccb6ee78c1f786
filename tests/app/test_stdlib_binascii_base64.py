"""binascii (built in) and base64 over it: hex, base64 with its padding
rules and errors, the checksums, and base64's b64/urlsafe/b32/b16/b85."""

import pytest


def test_hex():
    import binascii
    assert binascii.hexlify(b'\x01\xffab') == b'01ff6162'
    assert binascii.b2a_hex(bytearray(b'\x00')) == b'00'
    assert binascii.unhexlify('01ff6162') == b'\x01\xffab'
    assert binascii.a2b_hex(b'AbCd') == b'\xab\xcd'
    with pytest.raises(binascii.Error, match='Odd-length string'):
        binascii.unhexlify('abc')
    with pytest.raises(binascii.Error, match='Non-hexadecimal digit found'):
        binascii.unhexlify(b'zz')
    with pytest.raises(ValueError, match='string argument should contain only ASCII characters'):
        binascii.unhexlify('\xe90')
    with pytest.raises(TypeError, match="argument should be bytes, buffer or ASCII string, not 'int'"):
        binascii.unhexlify(3)


def test_base64():
    import binascii
    assert binascii.b2a_base64(b'hello world') == b'aGVsbG8gd29ybGQ=\n'
    assert binascii.b2a_base64(b'ab', newline=False) == b'YWI='
    assert binascii.a2b_base64('aGVs\nbG8gd29ybGQ=\n') == b'hello world'
    assert binascii.a2b_base64(b'ab=c==') == b'i\xb7'
    with pytest.raises(binascii.Error, match='cannot be 1 more than a multiple of 4'):
        binascii.a2b_base64(b'abcde')
    with pytest.raises(binascii.Error, match='Incorrect padding'):
        binascii.a2b_base64(b'abc')
    with pytest.raises(binascii.Error, match='Discontinuous padding not allowed'):
        binascii.a2b_base64(b'ab=c', strict_mode=True)
    assert issubclass(binascii.Error, ValueError)
    assert binascii.Error.__module__ == 'binascii'
    assert issubclass(binascii.Incomplete, Exception)


def test_checksums():
    import binascii
    assert binascii.crc32(b'hello') == 907060870
    assert binascii.crc32(b'world', binascii.crc32(b'hello ')) == binascii.crc32(b'hello world')
    assert binascii.crc32(b'a', -1) == 3310005809
    assert binascii.crc_hqx(b'hello', 0) == 50018
    assert binascii.crc_hqx(b'x', 0x1234) == 63980


def test_base64_module():
    import base64
    assert base64.b64encode(b'\x00\xff\xfe data') == b'AP/+IGRhdGE='
    assert base64.b64decode('AP/+IGRhdGE=') == b'\x00\xff\xfe data'
    assert base64.urlsafe_b64encode(b'\xfb\xff') == b'-_8='
    assert base64.urlsafe_b64decode(b'-_8=') == b'\xfb\xff'
    assert base64.b32encode(b'hello') == b'NBSWY3DP'
    assert base64.b32decode(b'nbswy3dp', casefold=True) == b'hello'
    assert base64.b16encode(b'\xab\x01') == b'AB01'
    assert base64.b16decode(b'AB01') == b'\xab\x01'
    assert base64.b85decode(base64.b85encode(b'hello')) == b'hello'
    assert base64.a85encode(b'hello') == b'BOu!rDZ'
    assert base64.encodebytes(b'xy' * 30) == b'eHl4eXh5' * 9 + b'eHl4\neXh5\n'
    with pytest.raises(ValueError, match='Only base64 data is allowed'):
        base64.b64decode(b'a$bc', validate=True)
