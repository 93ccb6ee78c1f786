"""hashlib over the built-in _md5, _sha1, _sha256, _sha512, _sha3 and
_blake2 (no OpenSSL _hashlib here), and hmac over it: CPython's digests,
copy/update, hashlib.new, the blake2 parameters and the errors."""

import pytest

ABC_DIGESTS = {
    'md5': '900150983cd24fb0d6963f7d28e17f72',
    'sha1': 'a9993e364706816aba3e25717850c26c9cd0d89d',
    'sha224': '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7',
    'sha256': 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    'sha384': 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed'
              '8086072ba1e7cc2358baeca134c825a7',
    'sha512': 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a'
              '2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
    'sha3_256': '3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532',
    'blake2s': '508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982',
}


def test_every_guaranteed_algorithm_is_there():
    # hashlib logs "code for hash ... was not found." at import for the
    # ones it cannot make, and leaves them out of its names
    import hashlib
    for name in hashlib.algorithms_guaranteed:
        assert callable(getattr(hashlib, name))


def test_digests_of_abc():
    import hashlib
    for name, expected in ABC_DIGESTS.items():
        assert hashlib.new(name, b'abc').hexdigest() == expected
        assert getattr(hashlib, name)(b'abc').hexdigest() == expected
        h = hashlib.new(name)
        h.update(b'a')
        h.update(bytearray(b'bc'))
        assert h.digest().hex() == expected
        assert h.name == name and h.digest_size == len(expected) // 2


def test_update_copy_and_sizes():
    import hashlib
    h = hashlib.sha256(b'x' * 100)
    c = h.copy()
    c.update(b'y' * 100)
    assert h.hexdigest() == hashlib.sha256(b'x' * 100).hexdigest()
    assert c.hexdigest() == hashlib.sha256(b'x' * 100 + b'y' * 100).hexdigest()
    assert c.hexdigest() == \
        'a89a3906fa6a07efaf604ff777db6d7fb0bec8483d594bec8cec1daf2e8eefb2'
    assert hashlib.sha512().block_size == 128 and hashlib.md5().block_size == 64
    assert hashlib.sha3_224().block_size == 144
    assert hashlib.md5(b'a', usedforsecurity=False).hexdigest() == \
        '0cc175b9c0f1b6a831c399e269772661'
    assert hashlib.sha1(memoryview(b'ab')).hexdigest() == \
        'da23614e02469a0d7c7bd1bdab5c9c474b1904dc'
    assert hashlib.sha384(b'x' * 1000).hexdigest()[:16] == 'f096805600f4ca46'


def test_shake():
    import hashlib
    h = hashlib.shake_128(b'abc')
    assert h.hexdigest(10) == '5881092dd818bf5cf8a3'
    assert h.digest(length=3) == b'X\x81\t'
    assert len(hashlib.shake_256().digest(300)) == 300
    with pytest.raises(TypeError):
        h.digest()


def test_blake2_parameters():
    import hashlib
    h = hashlib.blake2b(b'data', digest_size=16, key=b'k', salt=b's', person=b'p')
    assert h.hexdigest() == 'b5fa27d17b50cf41545778c2a95980eb'
    assert hashlib.blake2s(last_node=True, node_offset=3).hexdigest() == \
        '07a6e1f9067c1c5819d5804e3eaa1d055298f2748bb1c0ad44e52e100f4dd9dc'
    assert hashlib.blake2b.SALT_SIZE == 16 and hashlib.blake2s.MAX_KEY_SIZE == 32
    with pytest.raises(ValueError, match='digest_size must be between 1 and 64 bytes'):
        hashlib.blake2b(digest_size=0)
    with pytest.raises(ValueError, match='maximum key length is 32 bytes'):
        hashlib.blake2s(key=b'x' * 33)
    with pytest.raises(OverflowError, match='leaf_size is too large'):
        hashlib.blake2b(leaf_size=2 ** 32)


def test_errors():
    import hashlib
    with pytest.raises(TypeError, match='Strings must be encoded before hashing'):
        hashlib.md5('x')
    with pytest.raises(TypeError, match='object supporting the buffer API required'):
        hashlib.sha256().update(3)
    with pytest.raises(ValueError, match='unsupported hash type foo'):
        hashlib.new('foo')


def test_hmac():
    import hashlib, hmac
    assert hmac.new(b'key', b'msg', 'sha256').hexdigest() == \
        '2d93cbc1be167bcb1637a4a23cbff01a7878f0c50ee833954ea5221bb1b8c628'
    assert hmac.new(b'key', b'msg', hashlib.md5).hexdigest() == \
        '18e3548c59ad40dd03907b7aeee71d67'
    assert hmac.digest(b'k' * 200, b'm', 'sha512').hex()[:16] == \
        hmac.new(b'k' * 200, b'm', 'sha512').hexdigest()[:16]
    assert hmac.compare_digest(b'abc', bytearray(b'abc'))
    assert not hmac.compare_digest('a', 'ab')
    with pytest.raises(TypeError, match='comparing strings with non-ASCII characters is not supported'):
        hmac.compare_digest('\xe9', '\xe9')
