"""The Mersenne Twister of mt19937.py gives the words and doubles of
rpython.rlib.rrandom.Random (NumPy's legacy streams) across refills."""

from rpython.rlib.rarithmetic import r_uint
from rpython.rlib.rrandom import Random
from pypy.module.micronumpy import mt19937


def test_words_and_doubles_as_rrandom():
    ours = Random(r_uint(12345))
    theirs = Random(r_uint(12345))
    for i in range(1500):       # more than two refills of 624 words
        assert mt19937.next_word(ours) == theirs.genrand32()
    for i in range(700):
        assert mt19937.next_double(ours) == theirs.random()
    assert ours.state == theirs.state and ours.index == theirs.index
