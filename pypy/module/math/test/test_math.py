"""Interp-level tests of the math module's helpers."""

import math
from rpython.rlib.rbigint import rbigint
from pypy.module.math import moduledef as m
from pypy.objspace.objspace import ObjSpace
from pypy.interpreter.arguments import Arguments

space = ObjSpace()


def call(func, *args_w):
    return func(space, Arguments(list(args_w)))


def test_nextafter_ulp():
    assert m._nextafter(1.0, 2.0) == 1.0000000000000002
    assert m._nextafter(0.0, -1.0) == -5e-324
    assert m._ulp(1.0) == 2.220446049250313e-16


def test_fsum():
    w_list = space.newlist([space.newfloat(0.1)] * 10)
    assert space.float_w(call(m.math_fsum, w_list)) == 1.0


def test_bigint_product():
    assert m.bigint_product(1, 20).tolong() == math.factorial(20)
    assert m.bigint_product(1, 0).tolong() == 1


def test_isqrt_gcd():
    w_n = space.newbigint(rbigint.fromlong(10 ** 40 + 5))
    assert call(m.math_isqrt, w_n).asbigint().tolong() == 10 ** 20
    w_g = call(m.math_gcd, space.newint(12), space.newint(18))
    assert space.int_w(w_g) == 6


def test_vector_norm():
    assert m.vector_norm([3.0, 4.0]) == 5.0
    assert m.vector_norm([1.0, 2.0, 2.0]) == 3.0
    assert m.vector_norm([]) == 0.0
