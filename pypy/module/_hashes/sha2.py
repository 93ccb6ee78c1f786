"""SHA-224, SHA-256 (32-bit words) and SHA-384, SHA-512 (64-bit words,
r_uint), from FIPS 180-4."""

from rpython.rlib.objectmodel import specialize
from rpython.rlib.rarithmetic import intmask, r_uint
from pypy.module._hashes.state import BlockHash

MASK32 = 0xFFFFFFFF

K256 = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
    0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
    0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
    0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2]

K512 = [r_uint(k) for k in [
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f,
    0xe9b5dba58189dbbc, 0x3956c25bf348b538, 0x59f111f1b605d019,
    0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242,
    0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235,
    0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65, 0x2de92c6f592b0275,
    0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
    0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f,
    0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
    0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc,
    0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
    0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6,
    0x92722c851482353b, 0xa2bfe8a14cf10364, 0xa81a664bbc423001,
    0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218,
    0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99,
    0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc,
    0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915,
    0xc67178f2e372532b, 0xca273eceea26619c, 0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba,
    0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
    0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec, 0x6c44198c4a475817]]

IV224 = [0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31,
         0x68581511, 0x64f98fa7, 0xbefa4fa4]
IV256 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f,
         0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
IV384 = [r_uint(h) for h in [
    0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17,
    0x152fecd8f70e5939, 0x67332667ffc00b31, 0x8eb44a8768581511,
    0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4]]
IV512 = [r_uint(h) for h in [
    0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b,
    0xa54ff53a5f1d36f1, 0x510e527fade682d1, 0x9b05688c2b3e6c1f,
    0x1f83d9abfb41bd6b, 0x5be0cd19137e2179]]


@specialize.argtype(0)
def big_endian(value, nbytes):
    return ''.join([chr(intmask((value >> (8 * (nbytes - 1 - i))) & 0xFF))
                    for i in range(nbytes)])


def rotr32(x, n):
    return ((x >> n) | (x << (32 - n))) & MASK32


def rotr64(x, n):
    return (x >> n) | (x << (64 - n))


class SHA256(BlockHash):
    """SHA-256, and SHA-224 with its own IV and the first 28 bytes."""

    def __init__(self, name, digest_size, iv):
        BlockHash.__init__(self, name, digest_size, 64)
        self.h = iv[:]

    def compress(self, data, start):
        w = [0] * 64
        for t in range(16):
            i = start + 4 * t
            w[t] = ((ord(data[i]) << 24) | (ord(data[i + 1]) << 16) |
                    (ord(data[i + 2]) << 8) | ord(data[i + 3]))
        for t in range(16, 64):
            s0 = rotr32(w[t - 15], 7) ^ rotr32(w[t - 15], 18) ^ \
                (w[t - 15] >> 3)
            s1 = rotr32(w[t - 2], 17) ^ rotr32(w[t - 2], 19) ^ \
                (w[t - 2] >> 10)
            w[t] = (w[t - 16] + s0 + w[t - 7] + s1) & MASK32
        h = self.h
        a, b, c, d, e, f, g, hh = h[0], h[1], h[2], h[3], h[4], h[5], h[6], \
            h[7]
        for t in range(64):
            t1 = (hh + (rotr32(e, 6) ^ rotr32(e, 11) ^ rotr32(e, 25)) +
                  ((e & f) ^ (~e & g & MASK32)) + K256[t] + w[t]) & MASK32
            t2 = ((rotr32(a, 2) ^ rotr32(a, 13) ^ rotr32(a, 22)) +
                  ((a & b) ^ (a & c) ^ (b & c))) & MASK32
            hh = g
            g = f
            f = e
            e = (d + t1) & MASK32
            d = c
            c = b
            b = a
            a = (t1 + t2) & MASK32
        final = [a, b, c, d, e, f, g, hh]
        for i in range(8):
            h[i] = (h[i] + final[i]) & MASK32

    def digest(self, length):
        final = self.copy()
        pad = (55 - self.length) % 64
        final.update('\x80' + '\x00' * pad + big_endian(self.length * 8, 8))
        assert final.pending == ''
        out = ''.join([big_endian(x, 4) for x in final.h])
        assert self.digest_size >= 0
        return out[:self.digest_size]

    def copy(self):
        other = SHA256(self.name, self.digest_size, self.h)
        other.pending = self.pending
        other.length = self.length
        return other


class SHA512(BlockHash):
    """SHA-512, and SHA-384 with its own IV and the first 48 bytes."""

    def __init__(self, name, digest_size, iv):
        BlockHash.__init__(self, name, digest_size, 128)
        self.h = iv[:]

    def compress(self, data, start):
        w = [r_uint(0)] * 80
        for t in range(16):
            x = r_uint(0)
            for i in range(start + 8 * t, start + 8 * t + 8):
                x = (x << 8) | r_uint(ord(data[i]))
            w[t] = x
        for t in range(16, 80):
            s0 = rotr64(w[t - 15], 1) ^ rotr64(w[t - 15], 8) ^ \
                (w[t - 15] >> 7)
            s1 = rotr64(w[t - 2], 19) ^ rotr64(w[t - 2], 61) ^ \
                (w[t - 2] >> 6)
            w[t] = w[t - 16] + s0 + w[t - 7] + s1
        h = self.h
        a, b, c, d, e, f, g, hh = h[0], h[1], h[2], h[3], h[4], h[5], h[6], \
            h[7]
        for t in range(80):
            t1 = (hh + (rotr64(e, 14) ^ rotr64(e, 18) ^ rotr64(e, 41)) +
                  ((e & f) ^ (~e & g)) + K512[t] + w[t])
            t2 = ((rotr64(a, 28) ^ rotr64(a, 34) ^ rotr64(a, 39)) +
                  ((a & b) ^ (a & c) ^ (b & c)))
            hh = g
            g = f
            f = e
            e = d + t1
            d = c
            c = b
            b = a
            a = t1 + t2
        final = [a, b, c, d, e, f, g, hh]
        for i in range(8):
            h[i] = h[i] + final[i]

    def digest(self, length):
        final = self.copy()
        pad = (111 - self.length) % 128
        final.update('\x80' + '\x00' * pad + '\x00' * 8 +
                     big_endian(r_uint(self.length) * 8, 8))
        assert final.pending == ''
        out = ''.join([big_endian(x, 8) for x in final.h])
        assert self.digest_size >= 0
        return out[:self.digest_size]

    def copy(self):
        other = SHA512(self.name, self.digest_size, self.h)
        other.pending = self.pending
        other.length = self.length
        return other


def new_sha224():
    return SHA256('sha224', 28, IV224)


def new_sha256():
    return SHA256('sha256', 32, IV256)


def new_sha384():
    return SHA512('sha384', 48, IV384)


def new_sha512():
    return SHA512('sha512', 64, IV512)
