"""exp and log computed inline (inline_math.py): within one ulp of the C
library's (itself within one of the correctly rounded result) on random
arguments over their whole ranges, and the C library's results for the
arguments each leaves to it."""

import math
import random
import struct

import pytest

from pypy.module.micronumpy import inline_math
from pypy.objspace import libm

INF = float('inf')
NAN = float('nan')


def ulps(a, b):
    """The distance of two floats of the same sign in representable
    steps."""
    bits_a = struct.unpack('<q', struct.pack('<d', a))[0]
    bits_b = struct.unpack('<q', struct.pack('<d', b))[0]
    return abs(bits_a - bits_b)


def uniform(lo, hi):
    return lambda rng: rng.uniform(lo, hi)


def log_uniform(lo_exp, hi_exp, sign=1):
    return lambda rng: sign * 10.0 ** rng.uniform(lo_exp, hi_exp)


# (a few thousand points: each call of the untranslated functions is slow)
@pytest.mark.parametrize('name, arguments', [
    ('exp', uniform(-708.0, 709.0)),
    ('exp', uniform(-1.0, 1.0)),
    ('exp', log_uniform(-18, 0)),
    ('exp', log_uniform(-18, 0, -1)),
    ('log', uniform(0.0, 1.0)),
    ('log', uniform(0.7, 1.4)),
    ('log', log_uniform(-307, 308)),
])
def test_within_one_ulp_of_the_c_library(name, arguments):
    ours = getattr(inline_math, name)
    theirs = getattr(libm, name)
    rng = random.Random(name + str(arguments(random.Random(0))))
    worst = 0
    for i in range(400):
        x = arguments(rng)
        worst = max(worst, ulps(ours(x), theirs(x)))
    assert worst <= 1


@pytest.mark.parametrize('x', [0.0, -0.0, 1.0, -1.0, 2.0, 0.5, INF, -INF,
                               NAN, 709.78, 710.0, -745.0, -746.0, 5e-324,
                               1e-310, 1e-300, 2.0 ** -60, -2.0 ** -60])
def test_edge_arguments_as_the_c_library(x):
    for name in ('exp', 'log'):
        ours = getattr(inline_math, name)(x)
        theirs = getattr(libm, name)(x)
        assert repr(ours) == repr(theirs) or ulps(ours, theirs) <= 1, \
            (name, x, ours, theirs)
