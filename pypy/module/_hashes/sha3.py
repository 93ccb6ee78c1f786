"""SHA3-224/256/384/512 and SHAKE128/256: the Keccak-f[1600] sponge of
FIPS 202, 25 lanes of 64 bits (r_uint), little-endian."""

from rpython.rlib.rarithmetic import intmask, r_uint
from pypy.module._hashes.state import HashState

ROUND_CONSTANTS = [r_uint(c) for c in [
    0x0000000000000001, 0x0000000000008082, 0x800000000000808A,
    0x8000000080008000, 0x000000000000808B, 0x0000000080000001,
    0x8000000080008081, 0x8000000000008009, 0x000000000000008A,
    0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
    0x000000008000808B, 0x800000000000008B, 0x8000000000008089,
    0x8000000000008003, 0x8000000000008002, 0x8000000000000080,
    0x000000000000800A, 0x800000008000000A, 0x8000000080008081,
    0x8000000000008080, 0x0000000080000001, 0x8000000080008008]]

# the rotation of lane x + 5 * y
ROTATIONS = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45,
             15, 21, 8, 18, 2, 61, 56, 14]

SHA3_PADDING = '\x06'
SHAKE_PADDING = '\x1f'


def rotl64(x, n):
    if n == 0:
        return x
    return (x << n) | (x >> (64 - n))


def keccak_f(lanes):
    for rc in ROUND_CONSTANTS:
        c = [lanes[x] ^ lanes[x + 5] ^ lanes[x + 10] ^ lanes[x + 15] ^
             lanes[x + 20] for x in range(5)]
        for x in range(5):
            d = c[(x + 4) % 5] ^ rotl64(c[(x + 1) % 5], 1)
            for y in range(0, 25, 5):
                lanes[x + y] ^= d
        # rho and pi: lane (x, y) moves to (y, 2x + 3y)
        b = [r_uint(0)] * 25
        for x in range(5):
            for y in range(5):
                b[y + 5 * ((2 * x + 3 * y) % 5)] = rotl64(lanes[x + 5 * y],
                                                          ROTATIONS[x + 5 * y])
        for y in range(0, 25, 5):
            for x in range(5):
                lanes[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] &
                                           b[(x + 2) % 5 + y])
        lanes[0] ^= rc


class Keccak(HashState):
    """A sponge absorbing `block_size` (the rate) bytes at a time;
    digest() pads a copy and squeezes it."""

    def __init__(self, name, digest_size, rate, padding):
        HashState.__init__(self, name, digest_size, rate)
        self.padding = padding
        self.lanes = [r_uint(0)] * 25
        self.pending = ''

    def absorb(self, data, start):
        for i in range(self.block_size // 8):
            x = r_uint(0)
            for j in range(start + 8 * i + 7, start + 8 * i - 1, -1):
                x = (x << 8) | r_uint(ord(data[j]))
            self.lanes[i] ^= x
        keccak_f(self.lanes)

    def update(self, data):
        data = self.pending + data
        end = len(data) - len(data) % self.block_size
        for start in range(0, end, self.block_size):
            self.absorb(data, start)
        assert end >= 0
        self.pending = data[end:]

    def digest(self, length):
        final = self.copy()
        pad = self.block_size - len(self.pending)
        block = [self.padding] + ['\x00'] * (pad - 1)
        block[pad - 1] = chr(ord(block[pad - 1]) | 0x80)
        final.update(''.join(block))
        out = []
        while True:
            for i in range(self.block_size // 8):
                for j in range(8):
                    byte = (final.lanes[i] >> (8 * j)) & 0xFF
                    out.append(chr(intmask(byte)))
            if len(out) >= length:
                assert length >= 0
                return ''.join(out[:length])
            keccak_f(final.lanes)

    def copy(self):
        other = Keccak(self.name, self.digest_size, self.block_size,
                       self.padding)
        other.lanes = self.lanes[:]
        other.pending = self.pending
        return other


def new_sha3(bits):
    return Keccak('sha3_%d' % bits, bits // 8, 200 - bits // 4,
                  SHA3_PADDING)


def new_shake(bits):
    """SHAKE128/256 (digest_size 0: the length is digest()'s argument)."""
    return Keccak('shake_%d' % bits, 0, 200 - bits // 4, SHAKE_PADDING)
