"""int hashes: CPython's (x modulo 2**61 - 1, sign kept, -1 -> -2), with
ints below 61 bits as their own hash without the modulo."""

import sys
from pypy.objspace.intobject import hash_int, HASH_MODULUS


def cpython_hash(x):
    h = abs(x) % HASH_MODULUS
    if x < 0:
        h = -h
    if h == -1:
        h = -2
    return h


def test_hash_int_is_cpythons():
    values = [0, 1, -1, -2, 2, 12345, -12345, HASH_MODULUS - 1,
              HASH_MODULUS, HASH_MODULUS + 1, -HASH_MODULUS + 1,
              -HASH_MODULUS, -HASH_MODULUS - 1, 2 * HASH_MODULUS - 1,
              sys.maxint, -sys.maxint, -sys.maxint - 1]
    for x in values:
        assert hash_int(x) == cpython_hash(x), x
