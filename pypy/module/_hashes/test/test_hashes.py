"""Interp-level tests of the hash states: digests of CPython 3.11's
hashlib, block boundaries, copy() and digest() keeping the state."""

import hashlib
import pytest
from pypy.module._hashes import sha2, sha3, state
from pypy.module._hashes.blake2 import BLAKE2B, BLAKE2S, new_blake2

LENGTHS = [0, 3, 55, 56, 64, 111, 112, 128, 200, 1000]


@pytest.mark.parametrize('name, new_state', [
    ('md5', state.new_md5), ('sha1', state.new_sha1),
    ('sha224', sha2.new_sha224), ('sha256', sha2.new_sha256),
    ('sha384', sha2.new_sha384), ('sha512', sha2.new_sha512)])
def test_against_host_hashlib(name, new_state):
    for n in LENGTHS:
        data = ''.join([chr(i % 251) for i in range(n)])
        s = new_state()
        s.update(data[:7])
        s.update(data[7:])
        assert s.digest(s.digest_size) == hashlib.new(name, data).digest()
        c = s.copy()
        c.update('more')
        assert s.digest(s.digest_size) == hashlib.new(name, data).digest()
        assert c.digest(c.digest_size) == \
            hashlib.new(name, data + 'more').digest()


def test_sha3_and_shake():
    s = sha3.new_sha3(256)
    s.update('abc')
    assert s.digest(32).encode('hex') == (
        '3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532')
    s = sha3.new_sha3(224)
    s.update('x' * 200)
    assert s.copy().digest(28).encode('hex') == (
        'abc93b8bf26dd0d48b74004f33f4c184d94322938a5c6b15469b1aac')
    s = sha3.new_shake(128)
    s.update('abc')
    assert s.digest(10).encode('hex') == '5881092dd818bf5cf8a3'
    # more than one block (168 bytes) squeezed
    assert s.digest(300)[:10] == s.digest(10)
    assert len(s.digest(300)) == 300


def test_blake2():
    b = new_blake2(BLAKE2B, 64, '', '', '', 1, 1, 0, 0, 0, 0, False)
    b.update('abc')
    assert b.digest(64).encode('hex') == (
        'ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1'
        '7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923')
    s = new_blake2(BLAKE2S, 32, '', '', '', 1, 1, 0, 0, 0, 0, False)
    s.update('abc')
    assert s.digest(32).encode('hex') == (
        '508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982')
    keyed = new_blake2(BLAKE2B, 16, 'k', 's', 'p', 1, 1, 0, 0, 0, 0, False)
    keyed.update('data')
    assert keyed.digest(16).encode('hex') == \
        'b5fa27d17b50cf41545778c2a95980eb'
    tree = new_blake2(BLAKE2S, 32, '', '', '', 1, 1, 0, 3, 0, 0, True)
    assert tree.digest(32).encode('hex') == (
        '07a6e1f9067c1c5819d5804e3eaa1d055298f2748bb1c0ad44e52e100f4dd9dc')
