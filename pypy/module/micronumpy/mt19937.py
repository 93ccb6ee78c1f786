"""The Mersenne Twister's words and doubles, from the state of an
rpython.rlib.rrandom.Random (its seeding and layout: NumPy's legacy
streams), with a refill of the state that has no branch per word:
rrandom's picks MATRIX_A with an `if` on a random bit, a mispredicted
branch for half the words (most of np.random.rand's time)."""

from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rlib.rrandom import N, M, MATRIX_A, UPPER_MASK, LOWER_MASK, \
    TEMPERING_MASK_A, TEMPERING_MASK_B


def twisted(upper, lower, far):
    y = (upper & UPPER_MASK) | (lower & LOWER_MASK)
    return far ^ (y >> 1) ^ (MATRIX_A & (r_uint(0) - (y & r_uint(1))))


def refill(mt):
    """The next N words of the state, as rrandom.Random.genrand32 makes
    them."""
    for kk in range(N - M):
        mt[kk] = twisted(mt[kk], mt[kk + 1], mt[kk + M])
    for kk in range(N - M, N - 1):
        mt[kk] = twisted(mt[kk], mt[kk + 1], mt[kk + (M - N)])
    mt[N - 1] = twisted(mt[N - 1], mt[0], mt[M - 1])


def tempered(y):
    """The output of one state word."""
    y ^= y >> 11
    y ^= (y << 7) & TEMPERING_MASK_A
    y ^= (y << 15) & TEMPERING_MASK_B
    y ^= y >> 18
    return y


def next_word(rng):
    """rng.genrand32()."""
    if rng.index >= N:
        refill(rng.state)
        rng.index = 0
    y = rng.state[rng.index]
    rng.index += 1
    return tempered(y)


def next_double(rng):
    """rng.random(): a double in [0, 1) of two words' 53 bits."""
    a = intmask(next_word(rng) >> 5)
    b = intmask(next_word(rng) >> 6)
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
