"""BLAKE2b (64-bit words, 12 rounds) and BLAKE2s (32-bit words, 10
rounds) of RFC 7693, with the parameter block of the BLAKE2 paper (key,
salt, person and the tree-hashing fields).  Words are r_uint, masked to
32 bits for BLAKE2s."""

from rpython.rlib.objectmodel import specialize
from rpython.rlib.rarithmetic import intmask, r_uint
from pypy.module._hashes.state import HashState
from pypy.module._hashes.sha2 import IV256, IV512

SIGMA = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0]]

# the four (a, b, c, d) columns, then the four diagonals, of one round
MIXES = [(0, 4, 8, 12), (1, 5, 9, 13), (2, 6, 10, 14), (3, 7, 11, 15),
         (0, 5, 10, 15), (1, 6, 11, 12), (2, 7, 8, 13), (3, 4, 9, 14)]


class Variant(object):
    """What tells BLAKE2b and BLAKE2s apart, and the limits the Python
    constructor checks."""

    def __init__(self, name, word_bytes, rounds, rotations, iv,
                 node_offset_bytes):
        self.name = name
        self.word_bytes = word_bytes
        self.bits = 8 * word_bytes
        self.mask = r_uint(-1) >> (64 - self.bits)
        self.rounds = rounds
        self.rotations = rotations
        self.iv = [r_uint(x) for x in iv]
        self.block_size = 16 * word_bytes
        self.max_digest_size = 8 * word_bytes
        self.max_key_size = 8 * word_bytes
        self.salt_size = 2 * word_bytes
        self.node_offset_bytes = node_offset_bytes
        self.max_node_offset = r_uint(-1) >> (64 - 8 * node_offset_bytes)


BLAKE2B = Variant('blake2b', 8, 12, [32, 24, 16, 63], IV512, 8)
BLAKE2S = Variant('blake2s', 4, 10, [16, 12, 8, 7], IV256, 6)


@specialize.argtype(0)
def little_endian(value, nbytes):
    return ''.join([chr(intmask((r_uint(value) >> (8 * i)) & 0xFF))
                    for i in range(nbytes)])


def parameter_block(variant, digest_size, key_size, salt, person, fanout,
                    depth, leaf_size, node_offset, node_depth, inner_size):
    """The bytes XORed into the IV (the paper's section 2.5)."""
    reserved = 4 * variant.word_bytes - 10 - variant.node_offset_bytes
    return ''.join([chr(digest_size), chr(key_size), chr(fanout), chr(depth),
                    little_endian(leaf_size, 4),
                    little_endian(node_offset, variant.node_offset_bytes),
                    chr(node_depth), chr(inner_size), '\x00' * reserved,
                    salt + '\x00' * (variant.salt_size - len(salt)),
                    person + '\x00' * (variant.salt_size - len(person))])


def read_word(data, start, nbytes):
    x = r_uint(0)
    for j in range(start + nbytes - 1, start - 1, -1):
        x = (x << 8) | r_uint(ord(data[j]))
    return x


class Blake2(HashState):
    def __init__(self, variant, digest_size, h, last_node):
        HashState.__init__(self, variant.name, digest_size,
                           variant.block_size)
        self.variant = variant
        self.h = h
        self.last_node = last_node
        self.counter = 0        # bytes compressed
        self.pending = ''       # up to one block: the last one waits

    def rotr(self, x, n):
        v = self.variant
        return ((x >> n) | (x << (v.bits - n))) & v.mask

    def compress(self, block, last):
        v = self.variant
        m = [read_word(block, i * v.word_bytes, v.word_bytes)
             for i in range(16)]
        w = self.h + v.iv
        w[12] ^= r_uint(self.counter) & v.mask
        if v.bits == 32:
            w[13] ^= r_uint(self.counter) >> 32
        if last:
            w[14] ^= v.mask
            if self.last_node:
                w[15] ^= v.mask
        r1, r2, r3, r4 = v.rotations[0], v.rotations[1], v.rotations[2], \
            v.rotations[3]
        for r in range(v.rounds):
            s = SIGMA[r % 10]
            for i in range(8):
                a, b, c, d = MIXES[i]
                w[a] = (w[a] + w[b] + m[s[2 * i]]) & v.mask
                w[d] = self.rotr(w[d] ^ w[a], r1)
                w[c] = (w[c] + w[d]) & v.mask
                w[b] = self.rotr(w[b] ^ w[c], r2)
                w[a] = (w[a] + w[b] + m[s[2 * i + 1]]) & v.mask
                w[d] = self.rotr(w[d] ^ w[a], r3)
                w[c] = (w[c] + w[d]) & v.mask
                w[b] = self.rotr(w[b] ^ w[c], r4)
        for i in range(8):
            self.h[i] ^= w[i] ^ w[i + 8]

    def update(self, data):
        data = self.pending + data
        size = self.block_size
        start = 0
        while len(data) - start > size:
            self.counter += size
            assert start >= 0 and size >= 0
            self.compress(data[start:start + size], False)
            start += size
        assert start >= 0
        self.pending = data[start:]

    def digest(self, length):
        final = self.copy()
        final.counter += len(self.pending)
        final.compress(self.pending + '\x00' * (self.block_size -
                                                 len(self.pending)), True)
        out = ''.join([little_endian(x, self.variant.word_bytes)
                       for x in final.h])
        assert self.digest_size >= 0
        return out[:self.digest_size]

    def copy(self):
        other = Blake2(self.variant, self.digest_size, self.h[:],
                       self.last_node)
        other.counter = self.counter
        other.pending = self.pending
        return other


def new_blake2(variant, digest_size, key, salt, person, fanout, depth,
               leaf_size, node_offset, node_depth, inner_size, last_node):
    """The state after the parameter block and the key (its own block);
    the arguments are in the ranges the constructor checked."""
    params = parameter_block(variant, digest_size, len(key), salt, person,
                             fanout, depth, leaf_size, node_offset,
                             node_depth, inner_size)
    h = [variant.iv[i] ^ read_word(params, i * variant.word_bytes,
                                   variant.word_bytes) for i in range(8)]
    state = Blake2(variant, digest_size, h, last_node)
    if key:
        state.update(key + '\x00' * (variant.block_size - len(key)))
    return state
