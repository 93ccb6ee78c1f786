"""The running state of one digest, the interface every algorithm of
_md5, _sha1, _sha256, _sha512, _sha3 and _blake2 gives the hash objects:
update() with bytes, digest() without ending the state (it can still be
updated), copy()."""

from rpython.rlib.rmd5 import RMD5
from rpython.rlib.rsha import RSHA


class HashState(object):
    def __init__(self, name, digest_size, block_size):
        self.name = name
        self.digest_size = digest_size
        self.block_size = block_size

    def update(self, data):
        raise NotImplementedError

    def digest(self, length):
        """`length` bytes of digest: only the shake algorithms take it
        (the others are given digest_size)."""
        raise NotImplementedError

    def copy(self):
        raise NotImplementedError


class BlockHash(HashState):
    """The Merkle-Damgard algorithms' buffering: whole blocks are
    compressed as soon as they are complete, the rest waits in
    `pending`."""

    def __init__(self, name, digest_size, block_size):
        HashState.__init__(self, name, digest_size, block_size)
        self.pending = ''
        self.length = 0         # bytes hashed so far

    def update(self, data):
        self.length += len(data)
        data = self.pending + data
        end = len(data) - len(data) % self.block_size
        for start in range(0, end, self.block_size):
            self.compress(data, start)
        assert end >= 0
        self.pending = data[end:]

    def compress(self, data, start):
        raise NotImplementedError


class MD5(HashState):
    def __init__(self, rmd5):
        HashState.__init__(self, 'md5', 16, 64)
        self.rmd5 = rmd5

    def update(self, data):
        self.rmd5.update(data)

    def digest(self, length):
        return self.rmd5.digest()

    def copy(self):
        return MD5(self.rmd5.copy())


class SHA1(HashState):
    def __init__(self, rsha):
        HashState.__init__(self, 'sha1', 20, 64)
        self.rsha = rsha

    def update(self, data):
        self.rsha.update(data)

    def digest(self, length):
        return self.rsha.digest()

    def copy(self):
        return SHA1(self.rsha.copy())


def new_md5():
    return MD5(RMD5())


def new_sha1():
    return SHA1(RSHA())
