"""The generator gives CPython's streams for int seeds."""

from pypy.module.random import moduledef as m
from pypy.objspace.objspace import ObjSpace

space = ObjSpace()


def test_cpython_stream():
    w_r = m.W_Random()
    m.seed_random(space, w_r, space.newint(42))
    assert w_r.random() == 0.6394267984578837
    m.seed_random(space, w_r, space.newint(42))
    assert w_r.randbelow(100) + 1 == 82
    m.seed_random(space, w_r, space.newint(12345))
    assert w_r.getrandbits_int(32) == 1789368711


def test_bit_length():
    assert m.bit_length(0) == 0
    assert m.bit_length(1) == 1
    assert m.bit_length(255) == 8
    assert m.bit_length(256) == 9
