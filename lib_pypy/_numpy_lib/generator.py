"""numpy.random's Generator API: default_rng, Generator, PCG64 and
SeedSequence, giving the same streams as NumPy for the same seeds.

The algorithms are NumPy's (numpy/random/bit_generator.pyx, _pcg64.pyx,
_generator.pyx, _bounded_integers.pyx.in, src/distributions): the 128-bit
PCG64 state is a Python int masked after each step, and every distribution
consumes raw outputs in the same order as NumPy's C code. Values are drawn
one by one (each depends on how many raw outputs the previous ones took)
into Python lists, and the arrays are made from those lists at the end."""

import math
import operator
import struct

import numpy as np

from .ziggurat_tables import ZIGGURAT_EXP_R, KE_EXPONENTIAL, \
    WE_EXPONENTIAL, FE_EXPONENTIAL, ZIGGURAT_EXP_R_FLOAT, \
    KE_EXPONENTIAL_FLOAT, WE_EXPONENTIAL_FLOAT, FE_EXPONENTIAL_FLOAT, \
    ZIGGURAT_NOR_R_FLOAT, ZIGGURAT_NOR_INV_R_FLOAT, KI_NORMAL_FLOAT, \
    WI_NORMAL_FLOAT, FI_NORMAL_FLOAT

__all__ = ['default_rng', 'Generator', 'PCG64', 'SeedSequence',
           'BitGenerator']

MASK32 = 0xFFFFFFFF
MASK64 = 0xFFFFFFFFFFFFFFFF
MASK128 = (1 << 128) - 1

# SeedSequence's hash and mix constants
DEFAULT_POOL_SIZE = 4
INIT_A = 0x43b0d7e5
MULT_A = 0x931e8875
INIT_B = 0x8b51f9dd
MULT_B = 0x58f38ded
MIX_MULT_L = 0xca01f9dd
MIX_MULT_R = 0x4973f715
XSHIFT = 16

PCG64_MULTIPLIER = 0x2360ED051FC65DA44385DF649FCCF645
# its 16-bit limbs, least significant first
M0, M1, M2, M3, M4, M5, M6, M7 = [(PCG64_MULTIPLIER >> (16 * k)) & 0xFFFF
                                  for k in range(8)]

# 2**-53 and 2**-24: a uniform double from 53 bits, a float32 from 24
DOUBLE_UNIT = 1.0 / 9007199254740992.0
FLOAT_UNIT = 1.0 / 16777216.0


def _uint32_words(n):
    """n >= 0 as little-endian 32-bit words (one word for 0)."""
    if n < 0:
        raise ValueError("expected non-negative integer")
    words = [n & MASK32]
    n >>= 32
    while n:
        words.append(n & MASK32)
        n >>= 32
    return words


def _coerce_to_uint32_words(x):
    if isinstance(x, np.ndarray) and x.dtype == np.uint32:
        return [int(v) for v in x.ravel().tolist()]
    if isinstance(x, str):
        return _uint32_words(int(x, 0))
    try:
        return _uint32_words(operator.index(x))
    except TypeError:
        pass
    words = []
    for item in x:
        words.extend(_coerce_to_uint32_words(item))
    return words


def _fresh_entropy(bits):
    """A random int of `bits` bits from the system's entropy source
    (read directly: pypy-c's os has no urandom)."""
    with open('/dev/urandom', 'rb') as source:
        return int.from_bytes(source.read(bits // 8), 'little')


class SeedSequence:
    """Entropy hashed into a pool of 32-bit words (O'Neill's seed_seq
    with NumPy's constants), from which states are generated."""

    def __init__(self, entropy=None, *, spawn_key=(),
                 pool_size=DEFAULT_POOL_SIZE, n_children_spawned=0):
        if entropy is None:
            entropy = _fresh_entropy(pool_size * 32)
        elif not isinstance(entropy, (list, tuple, range, np.ndarray)):
            try:
                entropy = operator.index(entropy)
            except TypeError:
                raise TypeError('SeedSequence expects int or sequence of '
                                'ints for entropy not {}'.format(entropy)) \
                    from None
        self.entropy = entropy
        self.spawn_key = tuple(spawn_key)
        self.pool_size = pool_size
        self.n_children_spawned = n_children_spawned
        self.pool = self._mixed_pool(self._assembled_entropy())

    def __repr__(self):
        lines = ['SeedSequence(', '    entropy={!r},'.format(self.entropy)]
        if self.spawn_key:
            lines.append('    spawn_key={!r},'.format(self.spawn_key))
        if self.pool_size != DEFAULT_POOL_SIZE:
            lines.append('    pool_size={!r},'.format(self.pool_size))
        if self.n_children_spawned:
            lines.append('    n_children_spawned={!r},'.format(
                self.n_children_spawned))
        lines.append(')')
        return '\n'.join(lines)

    @property
    def state(self):
        return {'entropy': self.entropy, 'spawn_key': self.spawn_key,
                'pool_size': self.pool_size,
                'n_children_spawned': self.n_children_spawned}

    def _assembled_entropy(self):
        run_entropy = _coerce_to_uint32_words(self.entropy)
        spawn_entropy = _coerce_to_uint32_words(self.spawn_key)
        if spawn_entropy and len(run_entropy) < self.pool_size:
            run_entropy += [0] * (self.pool_size - len(run_entropy))
        return run_entropy + spawn_entropy

    def _mixed_pool(self, entropy):
        hash_const = INIT_A

        def hashmix(value):
            nonlocal hash_const
            value = (value ^ hash_const) & MASK32
            hash_const = (hash_const * MULT_A) & MASK32
            value = (value * hash_const) & MASK32
            return value ^ (value >> XSHIFT)

        def mix(x, y):
            result = (MIX_MULT_L * x - MIX_MULT_R * y) & MASK32
            return result ^ (result >> XSHIFT)

        pool = [hashmix(entropy[i] if i < len(entropy) else 0)
                for i in range(self.pool_size)]
        for i_src in range(self.pool_size):
            for i_dst in range(self.pool_size):
                if i_src != i_dst:
                    pool[i_dst] = mix(pool[i_dst], hashmix(pool[i_src]))
        for i_src in range(self.pool_size, len(entropy)):
            for i_dst in range(self.pool_size):
                pool[i_dst] = mix(pool[i_dst], hashmix(entropy[i_src]))
        return pool

    def _state_words(self, n_words):
        hash_const = INIT_B
        words = []
        for i in range(n_words):
            value = (self.pool[i % self.pool_size] ^ hash_const) & MASK32
            hash_const = (hash_const * MULT_B) & MASK32
            value = (value * hash_const) & MASK32
            words.append(value ^ (value >> XSHIFT))
        return words

    def generate_state(self, n_words, dtype=np.uint32):
        dtype = np.dtype(dtype)
        if dtype == np.uint32:
            return np.array(self._state_words(n_words), dtype=np.uint32)
        if dtype == np.uint64:
            words = self._state_words(2 * n_words)
            return np.array([words[2 * i] | (words[2 * i + 1] << 32)
                             for i in range(n_words)], dtype=np.uint64)
        raise ValueError("only support uint32 or uint64")

    def spawn(self, n_children):
        first = self.n_children_spawned
        self.n_children_spawned += n_children
        return [type(self)(self.entropy, spawn_key=self.spawn_key + (i,),
                           pool_size=self.pool_size)
                for i in range(first, first + n_children)]


class BitGenerator:
    def __init__(self, seed=None):
        if isinstance(seed, SeedSequence):
            self._seed_seq = seed
        else:
            self._seed_seq = SeedSequence(seed)

    @property
    def seed_seq(self):
        return self._seed_seq

    def spawn(self, n_children):
        return [type(self)(seq) for seq in self._seed_seq.spawn(n_children)]

    def random_raw(self, size=None, output=True):
        if size is None:
            value = self.next_uint64()
            return np.uint64(value) if output else None
        count = _count(size)
        values = [self.next_uint64() for _ in range(count)]
        if not output:
            return None
        return np.array(values, dtype=np.uint64).reshape(_shape(size))


class PCG64(BitGenerator):
    """O'Neill's PCG XSL RR 128/64: a 128-bit LCG whose output is the xor
    of its halves rotated by the state's top 6 bits. A 64-bit output is
    split into two 32-bit ones when 32 bits are asked for (the high half
    kept for the next request)."""

    def __init__(self, seed=None):
        BitGenerator.__init__(self, seed)
        # generate_state(4, np.uint64), from its 32-bit halves
        halves = [int(w) for w in self._seed_seq.generate_state(8).tolist()]
        words = [halves[2 * i] | (halves[2 * i + 1] << 32) for i in range(4)]
        self._set_seed((words[0] << 64) | words[1], (words[2] << 64) | words[3])

    def _set_seed(self, initstate, initseq):
        self._inc = ((initseq << 1) | 1) & MASK128
        self._state = 0
        self._step()
        self._state = (self._state + initstate) & MASK128
        self._step()
        self._has_uint32 = 0
        self._uinteger = 0

    # The state and the increment are kept as 32-bit limbs (least
    # significant first) and the multiplier as 16-bit ones, so that every
    # product and sum of a step stays below 2**63: machine integers for
    # pypy's JIT, where 128-bit Python ints would be big integers. A
    # 64-bit output is made as two 32-bit halves, which next_double,
    # next_uint32 and the ziggurats take apart without joining them.

    @property
    def _state(self):
        return self._s0 | (self._s1 << 32) | (self._s2 << 64) | \
            (self._s3 << 96)

    @_state.setter
    def _state(self, value):
        self._s0 = value & MASK32
        self._s1 = (value >> 32) & MASK32
        self._s2 = (value >> 64) & MASK32
        self._s3 = (value >> 96) & MASK32

    @property
    def _inc(self):
        return sum(limb << (16 * k) for k, limb in enumerate(self._inc16))

    @_inc.setter
    def _inc(self, value):
        self._inc16 = tuple((value >> (16 * k)) & 0xFFFF for k in range(8))

    def _step(self):
        a0, a1, a2, a3 = self._s0, self._s1, self._s2, self._s3
        i0, i1, i2, i3, i4, i5, i6, i7 = self._inc16
        # the product's 16-bit columns, carried upwards with the increment
        t = a0 * M0 + i0
        o0 = t & 0xFFFF
        t = (t >> 16) + a0 * M1 + i1
        o1 = t & 0xFFFF
        t = (t >> 16) + a0 * M2 + a1 * M0 + i2
        o2 = t & 0xFFFF
        t = (t >> 16) + a0 * M3 + a1 * M1 + i3
        o3 = t & 0xFFFF
        t = (t >> 16) + a0 * M4 + a1 * M2 + a2 * M0 + i4
        o4 = t & 0xFFFF
        t = (t >> 16) + a0 * M5 + a1 * M3 + a2 * M1 + i5
        o5 = t & 0xFFFF
        t = (t >> 16) + a0 * M6 + a1 * M4 + a2 * M2 + a3 * M0 + i6
        o6 = t & 0xFFFF
        t = (t >> 16) + a0 * M7 + a1 * M5 + a2 * M3 + a3 * M1 + i7
        o7 = t & 0xFFFF
        self._s0 = o0 | (o1 << 16)
        self._s1 = o2 | (o3 << 16)
        self._s2 = o4 | (o5 << 16)
        self._s3 = o6 | (o7 << 16)

    def next_halves(self):
        """The next 64-bit output as its (high, low) 32-bit halves: the
        xor of the state's halves rotated right by its top 6 bits."""
        self._step()
        high = self._s3 ^ self._s1
        low = self._s2 ^ self._s0
        rot = self._s3 >> 26
        if rot >= 32:
            high, low = low, high
            rot -= 32
        if rot:
            high, low = (((high >> rot) | (low << (32 - rot))) & MASK32,
                         ((low >> rot) | (high << (32 - rot))) & MASK32)
        return high, low

    def next_uint64(self):
        high, low = self.next_halves()
        return (high << 32) | low

    def next_uint32(self):
        if self._has_uint32:
            self._has_uint32 = 0
            return self._uinteger
        high, low = self.next_halves()
        self._has_uint32 = 1
        self._uinteger = high
        return low

    def next_double(self):
        high, low = self.next_halves()
        return ((high << 21) | (low >> 11)) * DOUBLE_UNIT

    @property
    def state(self):
        return {'bit_generator': 'PCG64',
                'state': {'state': self._state, 'inc': self._inc},
                'has_uint32': self._has_uint32,
                'uinteger': self._uinteger}

    @state.setter
    def state(self, value):
        if not isinstance(value, dict):
            raise TypeError('state must be a dict')
        if value.get('bit_generator') != 'PCG64':
            raise ValueError('state must be for a PCG64 PRNG')
        self._state = int(value['state']['state']) & MASK128
        self._inc = int(value['state']['inc']) & MASK128
        self._has_uint32 = int(value['has_uint32'])
        self._uinteger = int(value['uinteger'])

    def advance(self, delta):
        """Steps the LCG delta times in O(log delta) (Brown's method)."""
        delta &= MASK128
        acc_mult, acc_plus = 1, 0
        cur_mult, cur_plus = PCG64_MULTIPLIER, self._inc
        while delta:
            if delta & 1:
                acc_mult = (acc_mult * cur_mult) & MASK128
                acc_plus = (acc_plus * cur_mult + cur_plus) & MASK128
            cur_plus = ((cur_mult + 1) * cur_plus) & MASK128
            cur_mult = (cur_mult * cur_mult) & MASK128
            delta >>= 1
        self._state = (acc_mult * self._state + acc_plus) & MASK128
        self._has_uint32 = 0
        self._uinteger = 0
        return self


def _ziggurat_normal_tables():
    """ki, wi, fi of NumPy's 256-level ziggurat for the normal
    distribution (Marsaglia and Tsang's construction, in double
    precision): the box edges x[i] follow from the tail cut r and the box
    area v, from the base up; wi[i] = x[i] / 2**52 scales a 52-bit
    integer to [0, x[i]), ki[i] = round(2**52 x[i-1] / x[i]) is the part
    of box i under the box above, fi[i] = f(x[i]). NumPy's tables were
    computed with an exp one ulp above the correctly rounded result at
    the 218th edge (x near 0.873): that value is reproduced here, or the
    37 edges above it would differ by up to 76 ulps."""
    r = ZIGGURAT_NOR_R
    v = 0.0049286732339746519

    def pdf(x):
        return math.exp(-0.5 * x * x)

    edges = [r]
    for i in range(1, 255):
        last = edges[-1]
        density = pdf(last)
        if i == 218:
            density = math.nextafter(density, 2.0)
        edges.append(math.sqrt(-2.0 * math.log(density + v / last)))
    edges.append(0.0)
    edges.reverse()
    scale = 2.0 ** 52
    ki = [round(r * pdf(r) / v * scale)] + \
        [round(edges[i - 1] / edges[i] * scale) for i in range(1, 256)]
    wi = [v / pdf(r) / scale] + [x / scale for x in edges[1:]]
    fi = [pdf(x) for x in edges]
    return ki, wi, fi


ZIGGURAT_NOR_R = 3.6541528853610087963519472518
ZIGGURAT_NOR_INV_R = 0.27366123732975827203338247596
KI_NORMAL, WI_NORMAL, FI_NORMAL = _ziggurat_normal_tables()


def _standard_normal(bitgen):
    while True:
        high, low = bitgen.next_halves()
        idx = low & 0xff
        r = (high << 24) | (low >> 8)
        sign = r & 1
        rabs = (r >> 1) & 0x000fffffffffffff
        x = rabs * WI_NORMAL[idx]
        if sign:
            x = -x
        if rabs < KI_NORMAL[idx]:
            return x
        if idx == 0:
            while True:
                xx = -ZIGGURAT_NOR_INV_R * math.log1p(-bitgen.next_double())
                yy = -math.log1p(-bitgen.next_double())
                if yy + yy > xx * xx:
                    if (rabs >> 8) & 1:
                        return -(ZIGGURAT_NOR_R + xx)
                    return ZIGGURAT_NOR_R + xx
        elif (FI_NORMAL[idx - 1] - FI_NORMAL[idx]) * bitgen.next_double() \
                + FI_NORMAL[idx] < math.exp(-0.5 * x * x):
            return x


def _standard_exponential(bitgen):
    """NumPy's ziggurat for the exponential: 8 bits of a draw pick the
    level, 53 more the point in its box (the low 3 bits unused)."""
    while True:
        high, low = bitgen.next_halves()
        ri = (high << 29) | (low >> 3)
        idx = ri & 0xff
        ri >>= 8
        x = ri * WE_EXPONENTIAL[idx]
        if ri < KE_EXPONENTIAL[idx]:
            return x
        if idx == 0:
            return ZIGGURAT_EXP_R - math.log1p(-bitgen.next_double())
        if (FE_EXPONENTIAL[idx - 1] - FE_EXPONENTIAL[idx]) * \
                bitgen.next_double() + FE_EXPONENTIAL[idx] < math.exp(-x):
            return x


def _standard_exponential_inverse(bitgen):
    return -math.log1p(-bitgen.next_double())


def _float32(x):
    """x rounded to the nearest float32 (as a double)."""
    return struct.unpack('<f', struct.pack('<f', x))[0]


def _next_float(bitgen):
    return (bitgen.next_uint32() >> 8) * FLOAT_UNIT


def _standard_exponential_float(bitgen):
    """The float32 ziggurat: 8 bits of a 32-bit draw pick the level, 23
    more the point in its box. Every operation rounds to float32, as C's
    float arithmetic does (a double product or difference of float32
    values is exact, so rounding it once is float32's rounding). expf
    and log1pf are the double functions rounded: the C library's float
    functions are not always correctly rounded, so a tail value (past
    r, about 1 draw in 2000) may be an ulp away from NumPy's."""
    while True:
        ri = bitgen.next_uint32() >> 1
        idx = ri & 0xff
        ri >>= 8
        x = _float32(ri * WE_EXPONENTIAL_FLOAT[idx])
        if ri < KE_EXPONENTIAL_FLOAT[idx]:
            return x
        if idx == 0:
            return _float32(ZIGGURAT_EXP_R_FLOAT -
                            _float32(math.log1p(-_next_float(bitgen))))
        width = _float32(FE_EXPONENTIAL_FLOAT[idx - 1] -
                         FE_EXPONENTIAL_FLOAT[idx])
        height = _float32(_float32(width * _next_float(bitgen)) +
                          FE_EXPONENTIAL_FLOAT[idx])
        if height < _float32(math.exp(-x)):
            return x


def _standard_exponential_inverse_float(bitgen):
    return _float32(-math.log1p(-_next_float(bitgen)))


def _standard_gamma(bitgen, shape):
    """NumPy's random_standard_gamma: Marsaglia and Tsang's squeeze for
    shape > 1, a rejection from the exponential (Ahrens and Dieter's GS)
    below 1."""
    if shape == 1.0:
        return _standard_exponential(bitgen)
    if shape == 0.0:
        return 0.0
    if shape < 1.0:
        while True:
            u = bitgen.next_double()
            v = _standard_exponential(bitgen)
            if u <= 1.0 - shape:
                x = math.pow(u, 1.0 / shape)
                if x <= v:
                    return x
            else:
                y = -math.log((1.0 - u) / shape)
                x = math.pow(1.0 - shape + shape * y, 1.0 / shape)
                if x <= v + y:
                    return x
    b = shape - 1.0 / 3.0
    c = 1.0 / math.sqrt(9.0 * b)
    while True:
        while True:
            x = _standard_normal(bitgen)
            v = 1.0 + c * x
            if not v <= 0.0:    # a nan shape goes on, as in C
                break
        v = v * v * v
        u = bitgen.next_double()
        if u < 1.0 - 0.0331 * (x * x) * (x * x):
            return b * v
        # log(0.0) is -inf here, as in C: that u accepts
        log_u = math.log(u) if u > 0.0 else -math.inf
        if log_u < 0.5 * x * x + b * (1.0 - v + math.log(v)):
            return b * v


def _standard_normal_float(bitgen):
    """The float32 ziggurat of the normal, rounding as C's float
    arithmetic does (see _standard_exponential_float)."""
    while True:
        r = bitgen.next_uint32()
        idx = r & 0xff
        sign = (r >> 8) & 1
        rabs = (r >> 9) & 0x7fffff
        x = _float32(rabs * WI_NORMAL_FLOAT[idx])
        if sign:
            x = -x
        if rabs < KI_NORMAL_FLOAT[idx]:
            return x
        if idx == 0:
            while True:
                xx = _float32(-ZIGGURAT_NOR_INV_R_FLOAT *
                              _float32(math.log1p(-_next_float(bitgen))))
                yy = -_float32(math.log1p(-_next_float(bitgen)))
                if yy + yy > _float32(xx * xx):
                    tail = _float32(ZIGGURAT_NOR_R_FLOAT + xx)
                    return -tail if (rabs >> 8) & 1 else tail
        width = _float32(FI_NORMAL_FLOAT[idx - 1] - FI_NORMAL_FLOAT[idx])
        height = _float32(_float32(width * _next_float(bitgen)) +
                          FI_NORMAL_FLOAT[idx])
        # compared with the double exp, as C's float code does
        if height < math.exp(-0.5 * x * x):
            return x


# 1.0f / 3.0f and 0.0331f
THIRD_FLOAT = _float32(1.0 / 3.0)
SQUEEZE_FLOAT = _float32(0.0331)


def _log_float(x):
    """logf: log(0) is -inf."""
    return _float32(math.log(x)) if x > 0.0 else -math.inf


def _standard_gamma_float(bitgen, shape):
    """random_standard_gamma_f: _standard_gamma's algorithms in float32
    arithmetic on float32 draws, powf, logf and sqrtf the double
    functions rounded. The C library's powf and logf are not always
    correctly rounded: below shape 1, about 1 value in 600 is a few ulps
    from NumPy's."""
    if shape == 1.0:
        return _standard_exponential_float(bitgen)
    if shape == 0.0:
        return 0.0
    if shape < 1.0:
        exponent = _float32(1.0 / shape)
        while True:
            u = _next_float(bitgen)
            v = _standard_exponential_float(bitgen)
            if u <= _float32(1.0 - shape):
                x = _float32(_c_pow(u, exponent))
                if x <= v:
                    return x
            else:
                y = -_log_float(_float32((1.0 - u) / shape))
                x = _float32(_c_pow(_float32(_float32(1.0 - shape) +
                                             _float32(shape * y)), exponent))
                if x <= _float32(v + y):
                    return x
    b = _float32(shape - THIRD_FLOAT)
    c = _float32(1.0 / _float32(math.sqrt(_float32(9.0 * b))))
    while True:
        while True:
            x = _standard_normal_float(bitgen)
            v = _float32(1.0 + _float32(c * x))
            if not v <= 0.0:
                break
        v = _float32(_float32(v * v) * v)
        u = _next_float(bitgen)
        x2 = _float32(x * x)
        if u < _float32(1.0 - _float32(_float32(SQUEEZE_FLOAT * x2) * x2)):
            return _float32(b * v)
        bound = _float32(_float32(0.5 * x2) + _float32(
            b * _float32(_float32(1.0 - v) + _log_float(v))))
        if _log_float(u) < bound:
            return _float32(b * v)


def _scaled_exponential(bitgen, scale):
    return scale * _standard_exponential(bitgen)


def _gamma(bitgen, shape, scale):
    return scale * _standard_gamma(bitgen, shape)


def _c_divide(x, y):
    """x / y as C computes it: a zero y gives an infinity (or nan)."""
    if y == 0.0:
        if x == 0.0 or x != x:
            return math.nan
        return math.copysign(math.inf, x) * math.copysign(1.0, y)
    return x / y


# below this both shapes of a beta make its values 0 or 1 but for a
# probability under 1e-100 (NumPy's BETA_TINY_THRESHOLD)
BETA_TINY_THRESHOLD = 3e-103


def _beta(bitgen, a, b):
    """NumPy's random_beta: Johnk's algorithm when both shapes are at most
    1, else the ratio of two gammas."""
    if not (a <= 1.0 and b <= 1.0):     # nan shapes too
        ga = _standard_gamma(bitgen, a)
        gb = _standard_gamma(bitgen, b)
        return ga / (ga + gb)
    if a < BETA_TINY_THRESHOLD and b < BETA_TINY_THRESHOLD:
        return 1.0 if (a + b) * bitgen.next_double() < a else 0.0
    # a shape of 0 (dirichlet's last betas) makes C's 1 / a infinite
    while True:
        u = bitgen.next_double()
        v = bitgen.next_double()
        x = math.pow(u, _c_divide(1.0, a))
        y = math.pow(v, _c_divide(1.0, b))
        x_plus_y = x + y
        if x_plus_y <= 1.0 and u + v > 0.0:
            if x > 0.0 and y > 0.0:
                return x / x_plus_y
            # a power underflowed: the ratio from the logs
            log_x = _c_divide(math.log(u) if u > 0.0 else -math.inf, a)
            log_y = _c_divide(math.log(v) if v > 0.0 else -math.inf, b)
            delta = log_x - log_y
            if delta > 0.0:
                return math.exp(-math.log1p(math.exp(-delta)))
            return math.exp(delta - math.log1p(math.exp(delta)))


def _chisquare(bitgen, df):
    return 2.0 * _standard_gamma(bitgen, df / 2.0)


def _f(bitgen, dfnum, dfden):
    return (_chisquare(bitgen, dfnum) * dfden) / \
        (_chisquare(bitgen, dfden) * dfnum)


def _standard_t(bitgen, df):
    num = _standard_normal(bitgen)
    denom = _standard_gamma(bitgen, df / 2.0)
    return math.sqrt(df / 2.0) * num / math.sqrt(denom)


def _standard_cauchy(bitgen):
    return _standard_normal(bitgen) / _standard_normal(bitgen)


def _c_pow(x, y):
    """C's pow: inf where the result overflows (math.pow raises)."""
    try:
        return math.pow(x, y)
    except OverflowError:
        return math.inf


def _weibull(bitgen, a):
    if a == 0.0:
        return 0.0
    return _c_pow(_standard_exponential(bitgen), 1.0 / a)


def _pareto(bitgen, a):
    try:
        return math.expm1(_standard_exponential(bitgen) / a)
    except OverflowError:   # C's expm1 gives inf
        return math.inf


def _power(bitgen, a):
    return math.pow(-math.expm1(-_standard_exponential(bitgen)), 1.0 / a)


def _laplace(bitgen, loc, scale):
    while True:
        u = bitgen.next_double()
        if u >= 0.5:
            return loc - scale * math.log(2.0 - u - u)
        if u > 0.0:
            return loc + scale * math.log(u + u)


def _gumbel(bitgen, loc, scale):
    while True:
        u = 1.0 - bitgen.next_double()
        if u < 1.0:
            return loc - scale * math.log(-math.log(u))


def _logistic(bitgen, loc, scale):
    while True:
        u = bitgen.next_double()
        if u > 0.0:
            return loc + scale * math.log(u / (1.0 - u))


def _rayleigh(bitgen, scale):
    return scale * math.sqrt(2.0 * _standard_exponential(bitgen))


def _triangular(bitgen, left, mode, right):
    base = right - left
    left_base = mode - left
    ratio = left_base / base
    left_product = left_base * base
    right_product = (right - mode) * base
    u = bitgen.next_double()
    if u <= ratio:
        return left + math.sqrt(u * left_product)
    return right - math.sqrt((1.0 - u) * right_product)


def _vonmises(bitgen, mu, kappa):
    """NumPy's random_vonmises: Best and Fisher's rejection from a wrapped
    Cauchy; uniform for tiny kappa, a wrapped normal for huge kappa."""
    if math.isnan(kappa):
        return math.nan
    if kappa < 1e-8:
        return math.pi * (2.0 * bitgen.next_double() - 1.0)
    if kappa < 1e-5:
        # second-order Taylor expansion around kappa = 0
        s = 1.0 / kappa + kappa
    elif kappa <= 1e6:
        r = 1.0 + math.sqrt(1.0 + 4.0 * kappa * kappa)
        rho = (r - math.sqrt(2.0 * r)) / (2.0 * kappa)
        s = (1.0 + rho * rho) / (2.0 * rho)
    else:
        result = mu + math.sqrt(1.0 / kappa) * _standard_normal(bitgen)
        if result < -math.pi:
            result += 2.0 * math.pi
        if result > math.pi:
            result -= 2.0 * math.pi
        return result
    while True:
        u = bitgen.next_double()
        z = math.cos(math.pi * u)
        w = (1.0 + s * z) / (s + z)
        y = kappa * (s - w)
        v = bitgen.next_double()
        # as C's log: of y / v = inf (v == 0.0) inf, accepting; of
        # y / v <= 0 -inf or nan, rejecting
        if y * (2.0 - y) - v >= 0.0:
            break
        if y > 0.0 and (v == 0.0 or math.log(y / v) + 1.0 - y >= 0.0):
            break
    u = bitgen.next_double()
    result = math.acos(w)
    if u < 0.5:
        result = -result
    result += mu
    if math.isinf(result):
        return math.nan     # C's fmod of an infinity (math.fmod raises)
    negative = result < 0.0
    result = math.fmod(abs(result) + math.pi, 2.0 * math.pi) - math.pi
    return -result if negative else result


def _geometric(bitgen, p):
    """NumPy's random_geometric: a search of the cumulative
    probabilities for p >= 1/3, else inversion of the exponential."""
    if p >= 0.333333333333333333333333:
        count = 1
        total = product = p
        q = 1.0 - p
        u = bitgen.next_double()
        while u > total:
            product *= q
            total += product
            count += 1
        return count
    z = math.ceil(-_standard_exponential(bitgen) / math.log1p(-p))
    # 2**63, the smallest double above the largest int64
    if z >= 9.223372036854776e+18:
        return 2 ** 63 - 1
    return int(z)


def _negative_binomial(bitgen, n, p):
    return _poisson(bitgen, (1.0 - p) / p * _standard_gamma(bitgen, n))


def _noncentral_chisquare(bitgen, df, nonc):
    """NumPy's random_noncentral_chisquare: a chisquare of df - 1 plus a
    shifted normal's square for df > 1, else a chisquare of df plus twice
    a poisson of nonc / 2 degrees."""
    if math.isnan(nonc):
        return math.nan
    if nonc == 0:
        return _chisquare(bitgen, df)
    if 1 < df:
        chi2 = _chisquare(bitgen, df - 1)
        n = _standard_normal(bitgen) + math.sqrt(nonc)
        return chi2 + n * n
    i = _poisson(bitgen, nonc / 2.0)
    return _chisquare(bitgen, df + 2 * i)


def _noncentral_f(bitgen, dfnum, dfden, nonc):
    t = _noncentral_chisquare(bitgen, dfnum, nonc) * dfden
    return t / (_chisquare(bitgen, dfden) * dfnum)


def _wald(bitgen, mean, scale):
    """NumPy's random_wald: Michael, Schucany and Haas's transformation
    of a normal's square, in the form that cancels no digits."""
    y = _standard_normal(bitgen)
    y = mean * y * y
    d = 1.0 + math.sqrt(1.0 + 4.0 * scale / y)
    x = mean * (1.0 - 2.0 / d)
    if bitgen.next_double() <= mean / (mean + x):
        return x
    return mean * mean / x


def _logseries(bitgen, p):
    """NumPy's random_logseries: Kemp's second accelerated generator."""
    r = math.log1p(-p)
    while True:
        v = bitgen.next_double()
        if v >= p:
            return 1
        u = bitgen.next_double()
        q = -math.expm1(r * u)
        if v <= q * q:
            if v == 0.0:
                continue
            result = math.floor(1 + math.log(v) / math.log(q))
            if result < 1:
                continue
            return result
        if v >= q:
            return 1
        return 2


# Stirling-series coefficients of log(gamma(x)) for x >= 7
LOGGAM_COEFFICIENTS = [
    8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04,
    -5.952380952380952e-04, 8.417508417508418e-04, -1.917526917526918e-03,
    6.410256410256410e-03, -2.955065359477124e-02, 1.796443723688307e-01,
    -1.39243221690590e+00]
LOG_2PI = 1.8378770664093453e+00


def _loggam(x):
    """log(gamma(x)) as NumPy's random_loggam computes it: the series
    at x shifted up to 7, then the logs of the shifts subtracted."""
    if x == 1.0 or x == 2.0:
        return 0.0
    shifts = int(7 - x) if x < 7.0 else 0
    x0 = x + shifts
    x2 = (1.0 / x0) * (1.0 / x0)
    series = LOGGAM_COEFFICIENTS[9]
    for k in range(8, -1, -1):
        series = series * x2 + LOGGAM_COEFFICIENTS[k]
    gl = series / x0 + 0.5 * LOG_2PI + (x0 - 0.5) * math.log(x0) - x0
    for _ in range(shifts):
        gl -= math.log(x0 - 1.0)
        x0 -= 1.0
    return gl


def _poisson(bitgen, lam):
    """NumPy's random_poisson: Hormann's PTRS transformed rejection for
    lam >= 10, else the product of uniforms until it drops below
    exp(-lam)."""
    if lam >= 10:
        slam = math.sqrt(lam)
        loglam = math.log(lam)
        b = 0.931 + 2.53 * slam
        a = -0.059 + 0.02483 * b
        invalpha = 1.1239 + 1.1328 / (b - 3.4)
        vr = 0.9277 - 3.6224 / (b - 2)
        while True:
            u = bitgen.next_double() - 0.5
            v = bitgen.next_double()
            us = 0.5 - abs(u)
            k = math.floor((2 * a / us + b) * u + lam + 0.43)
            if us >= 0.07 and v <= vr:
                return k
            if k < 0 or (us < 0.013 and v > us):
                continue
            log_v = math.log(v) if v > 0.0 else -math.inf
            if log_v + math.log(invalpha) - math.log(a / (us * us) + b) <= \
                    -lam + k * loglam - _loggam(k + 1):
                return k
    if lam == 0:
        return 0
    enlam = math.exp(-lam)
    count = 0
    product = 1.0
    while True:
        product *= bitgen.next_double()
        if product <= enlam:
            return count
        count += 1


def _binomial_inversion(bitgen, n, p):
    """Walks the cumulative probabilities from 0 (small n p), restarting
    past a bound far in the tail."""
    q = 1.0 - p
    qn = math.exp(n * math.log(q))
    np_ = n * p
    bound = int(min(n, np_ + 10.0 * math.sqrt(np_ * q + 1)))
    x = 0
    px = qn
    u = bitgen.next_double()
    while u > px:
        x += 1
        if x > bound:
            x = 0
            px = qn
            u = bitgen.next_double()
        else:
            u -= px
            px = ((n - x + 1) * p * px) / (x * q)
    return x


def _stirling_tail(x):
    """The Stirling-series term BTPE's final test adds for each of its
    four factorials."""
    x2 = x * x
    return (13680. - (462. - (132. - (99. - 140. / x2) / x2) / x2) / x2) \
        / x / 166320.


def _binomial_btpe(bitgen, n, p):
    """Kachitvichyanukul and Schmeiser's BTPE (triangle, parallelogram and
    exponential tails), for n p > 30 and p <= 1/2."""
    r = min(p, 1.0 - p)
    q = 1.0 - r
    fm = n * r + r
    m = math.floor(fm)
    p1 = math.floor(2.195 * math.sqrt(n * r * q) - 4.6 * q) + 0.5
    xm = m + 0.5
    xl = xm - p1
    xr = xm + p1
    c = 0.134 + 20.5 / (15.3 + m)
    a = (fm - xl) / (fm - xl * r)
    laml = a * (1.0 + a / 2.0)
    a = (xr - fm) / (xr * q)
    lamr = a * (1.0 + a / 2.0)
    p2 = p1 * (1.0 + 2.0 * c)
    p3 = p2 + c / laml
    p4 = p3 + c / lamr
    nrq = n * r * q
    while True:
        u = bitgen.next_double() * p4
        v = bitgen.next_double()
        if u <= p1:
            return math.floor(xm - p1 * v + u)
        if u <= p2:
            x = xl + (u - p1) / c
            v = v * c + 1.0 - abs(m - x + 0.5) / p1
            if v > 1.0:
                continue
            y = math.floor(x)
        elif u <= p3:
            if v == 0.0:
                continue
            y = math.floor(xl + math.log(v) / laml)
            if y < 0:
                continue
            v = v * (u - p2) * laml
        else:
            if v == 0.0:
                continue
            y = math.floor(xr - math.log(v) / lamr)
            if y > n:
                continue
            v = v * (u - p3) * lamr
        k = abs(y - m)
        if not (k > 20 and k < nrq / 2.0 - 1):
            # the ratio of the probabilities of y and m, as a product
            s = r / q
            a = s * (n + 1)
            f = 1.0
            if m < y:
                for i in range(m + 1, y + 1):
                    f *= (a / i - s)
            elif m > y:
                for i in range(y + 1, m + 1):
                    f /= (a / i - s)
            if v > f:
                continue
            return y
        rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666)
                           / nrq + 0.5)
        t = -k * k / (2 * nrq)
        big_a = math.log(v) if v > 0.0 else -math.inf
        if big_a < t - rho:
            return y
        if big_a > t + rho:
            continue
        x1 = float(y + 1)
        f1 = float(m + 1)
        z = float(n + 1 - m)
        w = float(n - y + 1)
        if big_a > (xm * math.log(f1 / x1) + (n - m + 0.5) * math.log(z / w)
                    + (y - m) * math.log(w * r / (x1 * q))
                    + _stirling_tail(f1) + _stirling_tail(z)
                    + _stirling_tail(x1) + _stirling_tail(w)):
            continue
        return y


def _binomial(bitgen, n, p):
    """NumPy's random_binomial: inversion for n min(p, q) <= 30, else
    BTPE; for p > 1/2 the count of failures with probability q."""
    if n == 0 or p == 0.0:
        return 0
    if p <= 0.5:
        if p * n <= 30.0:
            return _binomial_inversion(bitgen, n, p)
        return _binomial_btpe(bitgen, n, p)
    q = 1.0 - p
    if q * n <= 30.0:
        return n - _binomial_inversion(bitgen, n, q)
    return n - _binomial_btpe(bitgen, n, q)


# the largest lam PTRS's int64 results allow (NumPy's POISSON_LAM_MAX)
POISSON_LAM_MAX = (2 ** 63 - 1) - math.sqrt(2 ** 63 - 1) * 10


def _gen_mask(value):
    """The smallest 2**k - 1 >= value."""
    return (1 << value.bit_length()) - 1


def _random_interval(bitgen, max_value):
    """A value in [0, max_value] by masked rejection (NumPy's shuffles)."""
    if max_value == 0:
        return 0
    mask = _gen_mask(max_value)
    draw = bitgen.next_uint32 if max_value <= MASK32 else bitgen.next_uint64
    while True:
        value = draw() & mask
        if value <= max_value:
            return value


class _Buffered:
    """The 32-bit word that 8-, 16-bit and bool draws take bits from,
    shared by the draws of one call (NumPy's buf and bcnt)."""

    def __init__(self, bitgen):
        self.bitgen = bitgen
        self.buf = 0
        self.count = 0

    def bits(self, width):
        if not self.count:
            self.buf = self.bitgen.next_uint32()
            self.count = 32 // width - 1
        else:
            self.buf >>= width
            self.count -= 1
        return self.buf & ((1 << width) - 1)


def _lemire(draw, rng, bits):
    """A value in [0, rng] from draws of `bits` bits, by Lemire's
    multiply-and-reject."""
    rng_excl = rng + 1
    mask = (1 << bits) - 1
    m = draw() * rng_excl
    leftover = m & mask
    if leftover < rng_excl:
        threshold = (mask - rng) % rng_excl
        while leftover < threshold:
            m = draw() * rng_excl
            leftover = m & mask
    return m >> bits


def _bounded(bitgen, buffered, bits, rng):
    """A value in [0, rng] as NumPy's random_bounded_uint<bits>_fill
    draws it."""
    if rng == 0:
        return 0
    if bits == 1:
        return buffered.bits(1)
    if bits == 64:
        if rng == MASK64:
            return bitgen.next_uint64()
        if rng > MASK32:
            return _lemire(bitgen.next_uint64, rng, 64)
        bits = 32
    if bits == 32:
        if rng == MASK32:
            return bitgen.next_uint32()
        return _lemire(bitgen.next_uint32, rng, 32)
    if rng == (1 << bits) - 1:
        return buffered.bits(bits)
    return _lemire(lambda: buffered.bits(bits), rng, bits)


def _bounded_uint64(bitgen, rng):
    """NumPy's random_bounded_uint64 (choice's draws and shuffles)."""
    return _bounded(bitgen, None, 64, rng)


# dtype name: (bits, smallest value, largest value)
INTEGER_TYPES = {
    'bool': (1, 0, 1),
    'int8': (8, -2 ** 7, 2 ** 7 - 1),
    'int16': (16, -2 ** 15, 2 ** 15 - 1),
    'int32': (32, -2 ** 31, 2 ** 31 - 1),
    'int64': (64, -2 ** 63, 2 ** 63 - 1),
    'uint8': (8, 0, 2 ** 8 - 1),
    'uint16': (16, 0, 2 ** 16 - 1),
    'uint32': (32, 0, 2 ** 32 - 1),
    'uint64': (64, 0, 2 ** 64 - 1),
}


def _shape(size):
    if isinstance(size, (tuple, list)):
        return tuple(operator.index(s) for s in size)
    return (operator.index(size),)


def _count(size):
    count = 1
    for dim in _shape(size):
        count *= dim
    return count


class Generator:
    def __init__(self, bit_generator):
        self._bit_generator = bit_generator

    def __repr__(self):
        return 'Generator({})'.format(type(self._bit_generator).__name__)

    @property
    def bit_generator(self):
        return self._bit_generator

    def spawn(self, n_children):
        return [type(self)(g) for g in self._bit_generator.spawn(n_children)]

    def _fill(self, draw, size, dtype=np.float64):
        """draw() once (a float), or size times into an array."""
        if size is None:
            return draw()
        return np.array([draw() for _ in range(_count(size))],
                        dtype=dtype).reshape(_shape(size))

    def random(self, size=None, dtype=np.float64, out=None):
        dtype = np.dtype(dtype)
        bitgen = self._bit_generator
        if dtype == np.float64:
            def draw():
                return (bitgen.next_uint64() >> 11) * DOUBLE_UNIT
        elif dtype == np.float32:
            def draw():
                return (bitgen.next_uint32() >> 8) * FLOAT_UNIT
        else:
            raise TypeError('Unsupported dtype %r for random' % dtype)
        return _into(self._fill(draw, _out_size(size, out), dtype), out)

    def integers(self, low, high=None, size=None, dtype=np.int64,
                 endpoint=False):
        if high is None:
            high = low
            low = 0
        np_dtype = np.dtype(dtype)
        if np_dtype.name not in INTEGER_TYPES:
            raise TypeError('Unsupported dtype %r for integers' % np_dtype)
        bits, lowest, highest = INTEGER_TYPES[np_dtype.name]
        if size is not None and _count(size) == 0:
            return np.empty(_shape(size), dtype=np_dtype)
        bitgen = self._bit_generator
        buffered = _Buffered(bitgen)
        if _is_scalar(low) and _is_scalar(high):
            low = int(low)
            high = int(high) - (0 if endpoint else 1)
            if low < lowest:
                raise ValueError("low is out of bounds for %s" % np_dtype)
            if high > highest:
                raise ValueError("high is out of bounds for %s" % np_dtype)
            if low > high:
                raise ValueError(_bounds_error(endpoint, low))
            rng = high - low
            values = [low + _bounded(bitgen, buffered, bits, rng)
                      for _ in range(1 if size is None else _count(size))]
            if size is None:
                if dtype is int or dtype is bool:
                    return dtype(values[0])
                return np_dtype.type(values[0])
            return np.array(values, dtype=np_dtype).reshape(_shape(size))
        lows, highs = np.broadcast_arrays(np.asarray(low), np.asarray(high))
        if size is not None:
            lows = np.broadcast_to(lows, _shape(size))
            highs = np.broadcast_to(highs, _shape(size))
        shape = lows.shape
        lows = [int(v) for v in lows.ravel().tolist()]
        highs = [int(v) - (0 if endpoint else 1)
                 for v in highs.ravel().tolist()]
        if lows and min(lows) < lowest:
            raise ValueError("low is out of bounds for %s" % np_dtype)
        if highs and max(highs) > highest:
            raise ValueError("high is out of bounds for %s" % np_dtype)
        if any(lo > hi for lo, hi in zip(lows, highs)):
            raise ValueError("low > high" if endpoint else "low >= high")
        values = [lo + _bounded(bitgen, buffered, bits, hi - lo)
                  for lo, hi in zip(lows, highs)]
        return np.array(values, dtype=np_dtype).reshape(shape)

    def uniform(self, low=0.0, high=1.0, size=None):
        low_arr = np.asarray(low, dtype=np.float64)
        high_arr = np.asarray(high, dtype=np.float64)
        span = high_arr - low_arr
        scalars = low_arr.ndim == 0 and high_arr.ndim == 0
        if not np.all(np.isfinite(span)):
            raise OverflowError('high - low range exceeds valid bounds'
                                if scalars else 'Range exceeds valid bounds')
        if np.any(span < 0):
            raise ValueError('high - low < 0')
        if scalars and size is None:
            return float(low_arr) + float(span) * \
                self._bit_generator.next_double()
        shape = _broadcast_shape(size, low_arr, span)
        draws = self.random(shape)
        return low_arr + span * draws

    def standard_normal(self, size=None, dtype=np.float64, out=None):
        dtype = np.dtype(dtype)
        if dtype == np.float64:
            draw = _standard_normal
        elif dtype == np.float32:
            draw = _standard_normal_float
        else:
            raise TypeError('Unsupported dtype %r for standard_normal'
                            % dtype)
        bitgen = self._bit_generator
        return _into(self._fill(lambda: draw(bitgen), _out_size(size, out),
                                dtype), out)

    def normal(self, loc=0.0, scale=1.0, size=None):
        loc_arr = np.asarray(loc, dtype=np.float64)
        scale_arr = np.asarray(scale, dtype=np.float64)
        if np.any(scale_arr < 0):
            raise ValueError('scale < 0')
        if loc_arr.ndim == 0 and scale_arr.ndim == 0 and size is None:
            return float(loc_arr) + float(scale_arr) * \
                _standard_normal(self._bit_generator)
        shape = _broadcast_shape(size, loc_arr, scale_arr)
        return loc_arr + scale_arr * self.standard_normal(shape)

    def lognormal(self, mean=0.0, sigma=1.0, size=None):
        mean_arr = np.asarray(mean, dtype=np.float64)
        sigma_arr = np.asarray(sigma, dtype=np.float64)
        if np.any(sigma_arr < 0):
            raise ValueError('sigma < 0')
        bitgen = self._bit_generator
        if mean_arr.ndim == 0 and sigma_arr.ndim == 0 and size is None:
            return math.exp(float(mean_arr) + float(sigma_arr) *
                            _standard_normal(bitgen))
        shape = _broadcast_shape(size, mean_arr, sigma_arr)
        means = np.broadcast_to(mean_arr, shape).ravel().tolist()
        sigmas = np.broadcast_to(sigma_arr, shape).ravel().tolist()
        # math.exp: the C library's exp, as NumPy's random_lognormal
        return np.array([math.exp(m + s * _standard_normal(bitgen))
                         for m, s in zip(means, sigmas)]).reshape(shape)

    def _draws(self, draw, size, params, dtype=np.float64):
        """draw(bitgen, *values) for each element of the (name, value,
        constraint) params broadcast against size, as NumPy's cont and
        disc: a Python number for scalar params without size."""
        arrays = []
        for name, value, constraint in params:
            arr = np.asarray(value, dtype=np.float64)
            _check_constraint(arr, name, constraint)
            arrays.append(arr)
        bitgen = self._bit_generator
        if all(arr.ndim == 0 for arr in arrays):
            scalars = [float(arr) for arr in arrays]
            if size is None:
                return draw(bitgen, *scalars)
            shape = _shape(size)
            count = _count(shape)
            # without a * call in the loop for the JIT's sake
            if not scalars:
                values = [draw(bitgen) for _ in range(count)]
            elif len(scalars) == 1:
                a = scalars[0]
                values = [draw(bitgen, a) for _ in range(count)]
            else:
                values = [draw(bitgen, *scalars) for _ in range(count)]
        else:
            shape = _params_shape(size, [arr.shape for arr in arrays])
            columns = [np.broadcast_to(arr, shape).ravel().tolist()
                       for arr in arrays]
            values = [draw(bitgen, *row) for row in zip(*columns)]
        return np.array(values, dtype=dtype).reshape(shape)

    def standard_exponential(self, size=None, dtype=np.float64, method='zig',
                             out=None):
        dtype = np.dtype(dtype)
        # any method but 'zig' is inversion, as in NumPy
        if dtype == np.float64:
            draw = _standard_exponential if method == 'zig' else \
                _standard_exponential_inverse
        elif dtype == np.float32:
            draw = _standard_exponential_float if method == 'zig' else \
                _standard_exponential_inverse_float
        else:
            raise TypeError('Unsupported dtype %r for standard_exponential'
                            % dtype)
        return _into(self._draws(draw, _out_size(size, out), [], dtype),
                     out)

    def exponential(self, scale=1.0, size=None):
        return self._draws(_scaled_exponential, size,
                                [('scale', scale, NON_NEGATIVE)])

    def standard_gamma(self, shape, size=None, dtype=np.float64, out=None):
        dtype = np.dtype(dtype)
        if dtype == np.float64:
            draw = _standard_gamma
        elif dtype == np.float32:
            draw = _standard_gamma_float
            # the shapes as float32, as NumPy's float32 draws take them
            shape = np.asarray(shape, dtype=np.float32)
        else:
            raise TypeError('Unsupported dtype %r for standard_gamma'
                            % dtype)
        return _into(self._draws(draw, _out_size(size, out),
                                 [('shape', shape, NON_NEGATIVE)], dtype),
                     out)

    def gamma(self, shape, scale=1.0, size=None):
        return self._draws(_gamma, size,
                                [('shape', shape, NON_NEGATIVE),
                                 ('scale', scale, NON_NEGATIVE)])

    def beta(self, a, b, size=None):
        return self._draws(_beta, size, [('a', a, POSITIVE),
                                              ('b', b, POSITIVE)])

    def chisquare(self, df, size=None):
        return self._draws(_chisquare, size, [('df', df, POSITIVE)])

    def f(self, dfnum, dfden, size=None):
        return self._draws(_f, size, [('dfnum', dfnum, POSITIVE),
                                           ('dfden', dfden, POSITIVE)])

    def standard_t(self, df, size=None):
        return self._draws(_standard_t, size, [('df', df, POSITIVE)])

    def standard_cauchy(self, size=None):
        return self._draws(_standard_cauchy, size, [])

    def weibull(self, a, size=None):
        return self._draws(_weibull, size, [('a', a, NON_NEGATIVE)])

    def pareto(self, a, size=None):
        return self._draws(_pareto, size, [('a', a, POSITIVE)])

    def power(self, a, size=None):
        return self._draws(_power, size, [('a', a, POSITIVE)])

    def laplace(self, loc=0.0, scale=1.0, size=None):
        return self._draws(_laplace, size,
                                [('loc', loc, None),
                                 ('scale', scale, NON_NEGATIVE)])

    def gumbel(self, loc=0.0, scale=1.0, size=None):
        return self._draws(_gumbel, size,
                                [('loc', loc, None),
                                 ('scale', scale, NON_NEGATIVE)])

    def logistic(self, loc=0.0, scale=1.0, size=None):
        return self._draws(_logistic, size,
                                [('loc', loc, None),
                                 ('scale', scale, NON_NEGATIVE)])

    def rayleigh(self, scale=1.0, size=None):
        return self._draws(_rayleigh, size,
                                [('scale', scale, NON_NEGATIVE)])

    def vonmises(self, mu, kappa, size=None):
        return self._draws(_vonmises, size,
                                [('mu', mu, None),
                                 ('kappa', kappa, NON_NEGATIVE)])

    def triangular(self, left, mode, right, size=None):
        left_arr = np.asarray(left, dtype=np.float64)
        mode_arr = np.asarray(mode, dtype=np.float64)
        right_arr = np.asarray(right, dtype=np.float64)
        if np.any(left_arr > mode_arr):
            raise ValueError("left > mode")
        if np.any(mode_arr > right_arr):
            raise ValueError("mode > right")
        if np.any(left_arr == right_arr):
            raise ValueError("left == right")
        return self._draws(_triangular, size,
                                [('left', left_arr, None),
                                 ('mode', mode_arr, None),
                                 ('right', right_arr, None)])

    def noncentral_chisquare(self, df, nonc, size=None):
        return self._draws(_noncentral_chisquare, size,
                           [('df', df, POSITIVE),
                            ('nonc', nonc, NON_NEGATIVE)])

    def noncentral_f(self, dfnum, dfden, nonc, size=None):
        return self._draws(_noncentral_f, size,
                           [('dfnum', dfnum, POSITIVE),
                            ('dfden', dfden, POSITIVE),
                            ('nonc', nonc, NON_NEGATIVE)])

    def wald(self, mean, scale, size=None):
        return self._draws(_wald, size, [('mean', mean, POSITIVE),
                                         ('scale', scale, POSITIVE)])

    def logseries(self, p, size=None):
        return self._draws(_logseries, size, [('p', p, BOUNDED_LT_0_1)],
                           dtype=np.int64)

    def geometric(self, p, size=None):
        return self._draws(_geometric, size,
                                [('p', p, BOUNDED_GT_0_1)], dtype=np.int64)

    def negative_binomial(self, n, p, size=None):
        n_arr = np.asarray(n, dtype=np.float64)
        p_arr = np.asarray(p, dtype=np.float64)
        _check_constraint(n_arr, 'n', POSITIVE_NOT_NAN)
        _check_constraint(p_arr, 'p', BOUNDED_GT_0_1)
        # the largest lam the poisson draws may be given
        max_lam = (1 - p_arr) / p_arr * (n_arr + 10 * np.sqrt(n_arr))
        if np.any(max_lam > POISSON_LAM_MAX):
            raise ValueError("n too large or p too small, see "
                             "Generator.negative_binomial Notes")
        return self._draws(_negative_binomial, size,
                                [('n', n_arr, None), ('p', p_arr, None)],
                                dtype=np.int64)

    def dirichlet(self, alpha, size=None):
        """Normalised standard gammas, one per component; when every
        alpha is below 0.1 (where all the gammas could be 0), NumPy's
        stick-breaking with betas instead."""
        len(alpha)      # NumPy's TypeError for an alpha without one
        alpha_arr = np.asarray(alpha, dtype=np.float64)
        if alpha_arr.ndim > 1:
            raise ValueError("setting an array element with a sequence. The "
                             "requested array would exceed the maximum "
                             "number of dimension of 1.")
        if np.any(alpha_arr < 0):
            raise ValueError('alpha < 0')
        alphas = alpha_arr.tolist()
        k = len(alphas)
        shape = (k,) if size is None else _shape(size) + (k,)
        bitgen = self._bit_generator
        values = []
        rows = _count(shape) // k if k else 0
        # the array's max: a nan among the alphas is the max
        if k and alpha_arr.max() < 0.1:
            # remaining[j]: the sum of alphas[j:]
            remaining = [0.0] * (k + 1)
            total = 0.0
            for j in range(k - 1, -1, -1):
                total += alphas[j]
                remaining[j] = total
            for _ in range(rows):
                row = [0.0] * k
                left = 1.0
                for j in range(k - 1):
                    v = _beta(bitgen, alphas[j], remaining[j + 1])
                    row[j] = left * v
                    left *= 1.0 - v
                    if remaining[j + 1] == 0:
                        # v is 1: the rest stay 0
                        break
                row[k - 1] = left
                values.extend(row)
        else:
            for _ in range(rows):
                row = [_standard_gamma(bitgen, a) for a in alphas]
                # left to right, as C adds (sum() may compensate)
                total = 0.0
                for g in row:
                    total += g
                scale = 1.0 / total
                values.extend(g * scale for g in row)
        return np.array(values, dtype=np.float64).reshape(shape)

    def multinomial(self, n, pvals, size=None):
        """Counts of n draws over the outcomes of pvals, one binomial
        per outcome on what the previous ones left (scalar n and 1-d
        pvals)."""
        pvals = np.asarray(pvals, dtype=np.float64)
        if pvals.ndim == 0 or pvals.shape[-1] == 0:
            raise ValueError("pvals must have at least 1 dimension and the "
                             "last dimension of pvals must be greater than "
                             "0.")
        if pvals.ndim > 1 or np.ndim(n) != 0:
            raise NotImplementedError("multinomial of an array of n or of "
                                      "2-d pvals")
        if not np.all((pvals >= 0) & (pvals <= 1)):
            raise ValueError("pvals < 0, pvals > 1 or pvals contains NaNs")
        probabilities = pvals.tolist()
        if _kahan_sum(probabilities[:-1]) > 1.0 + 1e-12:
            raise ValueError("sum(pvals[:-1]) > 1.0")
        n = int(n)
        if n < 0:
            raise ValueError("n < 0")
        d = len(probabilities)
        shape = (d,) if size is None else _shape(size) + (d,)
        bitgen = self._bit_generator
        counts = []
        for _ in range(_count(shape) // d):
            row = [0] * d
            remaining_p = 1.0
            left = n
            for j in range(d - 1):
                row[j] = _binomial(bitgen, left,
                                   probabilities[j] / remaining_p)
                left -= row[j]
                if left <= 0:
                    break
                remaining_p -= probabilities[j]
            if left > 0:
                row[d - 1] = left
            counts.extend(row)
        return np.array(counts, dtype=np.int64).reshape(shape)

    def bytes(self, length):
        """length random bytes: little-endian uint32 draws (one even
        for length 0: NumPy's count rounds towards zero, as C does)."""
        count = int((length - 1) / 4) + 1
        words = self.integers(0, 4294967296, size=count,
                              dtype=np.uint32).tolist()
        return b''.join(int(w).to_bytes(4, 'little') for w in words)[:length]

    def poisson(self, lam=1.0, size=None):
        lam_arr = np.asarray(lam, dtype=np.float64)
        if not np.all(lam_arr >= 0):
            raise ValueError('lam < 0 or lam is NaN' if lam_arr.ndim == 0
                             else 'lam < 0 or lam contains NaNs')
        if np.any(lam_arr > POISSON_LAM_MAX):
            raise ValueError('lam value too large')
        bitgen = self._bit_generator
        if lam_arr.ndim == 0:
            value = float(lam_arr)
            if size is None:
                return _poisson(bitgen, value)
            return np.array([_poisson(bitgen, value)
                             for _ in range(_count(size))],
                            dtype=np.int64).reshape(_shape(size))
        lams = np.broadcast_to(lam_arr, _broadcast_shape(size, lam_arr))
        return np.array([_poisson(bitgen, v) for v in lams.ravel().tolist()],
                        dtype=np.int64).reshape(lams.shape)

    def binomial(self, n, p, size=None):
        n_arr = np.asarray(n)
        p_arr = np.asarray(p, dtype=np.float64)
        scalars = n_arr.ndim == 0 and p_arr.ndim == 0
        if not np.all((p_arr >= 0) & (p_arr <= 1)):
            raise ValueError('p < 0, p > 1 or p is NaN' if scalars
                             else 'p < 0, p > 1 or p contains NaNs')
        if np.any(n_arr < 0):
            raise ValueError('n < 0')
        bitgen = self._bit_generator
        if scalars and size is None:
            return _binomial(bitgen, int(n_arr), float(p_arr))
        shape = _broadcast_shape(size, n_arr, p_arr)
        ns = np.broadcast_to(n_arr, shape).ravel().tolist()
        ps = np.broadcast_to(p_arr, shape).ravel().tolist()
        return np.array([_binomial(bitgen, int(k), q)
                         for k, q in zip(ns, ps)],
                        dtype=np.int64).reshape(shape)

    def shuffle(self, x, axis=0):
        bitgen = self._bit_generator
        if isinstance(x, np.ndarray):
            if x.ndim == 0:
                raise TypeError("shuffle only supports 1-d or higher arrays")
            moved = np.moveaxis(x, axis, 0)
            n = moved.shape[0]
            order = list(range(n))
            for i in range(n - 1, 0, -1):
                j = _random_interval(bitgen, i)
                order[i], order[j] = order[j], order[i]
            moved[...] = moved[np.array(order, dtype=np.int64)]
            return None
        if axis != 0:
            raise NotImplementedError("Axis argument is only supported on "
                                      "ndarray objects")
        for i in range(len(x) - 1, 0, -1):
            j = _random_interval(bitgen, i)
            x[i], x[j] = x[j], x[i]
        return None

    def permutation(self, x, axis=0):
        try:
            arr = np.arange(operator.index(x))
        except TypeError:
            arr = None
        if arr is not None:
            self.shuffle(arr)
            return arr
        arr = np.asarray(x)
        if arr.ndim < 1:
            raise IndexError("x must be an integer or at least "
                             "1-dimensional")
        if arr.ndim == 1:
            arr = arr.copy()
            self.shuffle(arr)
            return arr
        order = np.arange(arr.shape[axis], dtype=np.int64)
        self.shuffle(order)
        return np.take(arr, order, axis=axis)

    def choice(self, a, size=None, replace=True, p=None, axis=0,
               shuffle=True):
        try:
            pop_size = operator.index(a)
            a = None
        except TypeError:
            a = np.asarray(a)
            if a.ndim == 0:
                raise ValueError("a must be a sequence or an integer, not %s"
                                 % type(a)) from None
            pop_size = a.shape[axis]
            if pop_size == 0 and (size is None or _count(size) != 0):
                raise ValueError("a cannot be empty unless no samples are "
                                 "taken") from None
        else:
            if pop_size <= 0 and (size is None or _count(size) != 0):
                raise ValueError("a must be a positive integer unless no "
                                 "samples are taken")
        if p is not None:
            p = np.asarray(p, dtype=np.float64)
            if p.ndim != 1:
                raise ValueError("p must be 1-dimensional")
            if p.size != pop_size:
                raise ValueError("a and p must have same size")
            p_sum = _kahan_sum(p.tolist())
            if math.isnan(p_sum):
                raise ValueError("Probabilities contain NaN")
            if np.any(p < 0):
                raise ValueError("Probabilities are not non-negative")
            if abs(p_sum - 1.0) > math.sqrt(2.0 ** -52):
                raise ValueError("Probabilities do not sum to 1. See Notes "
                                 "section of docstring for more "
                                 "information.")
        is_scalar = size is None
        shape = () if is_scalar else _shape(size)
        count = 1 if is_scalar else _count(size)
        if replace:
            if p is not None:
                cdf = np.cumsum(p)
                cdf = cdf / cdf[-1]
                idx = np.searchsorted(cdf, self.random(shape), side='right')
                idx = np.asarray(idx, dtype=np.int64)
            else:
                idx = self.integers(0, pop_size, size=shape, dtype=np.int64)
        else:
            if count > pop_size:
                raise ValueError("Cannot take a larger sample than "
                                 "population when replace is False")
            if count < 0:
                raise ValueError("negative dimensions are not allowed")
            if p is not None:
                idx = self._choice_weighted_unique(p, count, shape)
            else:
                idx = self._choice_unique(pop_size, count, shuffle)
                idx = np.array(idx, dtype=np.int64).reshape(shape)
        if is_scalar and isinstance(idx, np.ndarray):
            idx = int(idx.ravel()[0])
        if a is None:
            return idx
        if not is_scalar and np.ndim(idx) == 0 and a.ndim == 1:
            return np.array(a[idx])
        return np.take(a, idx, axis=axis)

    def _choice_unique(self, pop_size, count, shuffle):
        """count distinct values of range(pop_size), as NumPy draws them:
        a partial Fisher-Yates shuffle of the tail for large samples of
        large populations, else Floyd's algorithm (then shuffled)."""
        bitgen = self._bit_generator
        cutoff = 50 if shuffle else 20
        if pop_size > 10000 and count > pop_size // cutoff:
            values = list(range(pop_size))
            for i in range(pop_size - 1, max(pop_size - count, 1) - 1, -1):
                j = _bounded_uint64(bitgen, i)
                values[i], values[j] = values[j], values[i]
            return values[pop_size - count:]
        # Floyd's algorithm; NumPy's open-addressing set decides nothing
        # that a Python set would not
        chosen = set()
        values = []
        for j in range(pop_size - count, pop_size):
            val = _bounded_uint64(bitgen, j)
            if val in chosen:
                val = j
            chosen.add(val)
            values.append(val)
        if shuffle:
            for i in range(count - 1, 0, -1):
                j = _bounded_uint64(bitgen, i)
                values[i], values[j] = values[j], values[i]
        return values

    def _choice_weighted_unique(self, p, count, shape):
        if np.count_nonzero(p > 0) < count:
            raise ValueError("Fewer non-zero entries in p than size")
        p = p.copy()
        found = []
        while len(found) < count:
            x = self.random((count - len(found),))
            if found:
                p[np.array(found, dtype=np.int64)] = 0
            cdf = np.cumsum(p)
            cdf = cdf / cdf[-1]
            new = np.searchsorted(cdf, x, side='right').tolist()
            first_seen = {}
            for k, v in enumerate(new):
                first_seen.setdefault(v, k)
            found.extend(new[k] for k in sorted(first_seen.values()))
        return np.array(found[:count], dtype=np.int64).reshape(shape)


def _is_scalar(x):
    """x is one number (a Python int of any size included)."""
    try:
        operator.index(x)
    except TypeError:
        return np.ndim(x) == 0
    return True


def _bounds_error(closed, low):
    if closed:
        return "low > high"
    return "high <= 0" if low == 0 else "low >= high"


def _kahan_sum(values):
    if not values:
        return 0.0
    total = values[0]
    compensation = 0.0
    for v in values[1:]:
        y = v - compensation
        t = total + y
        compensation = (t - total) - y
        total = t
    return total


# parameter constraints (NumPy's CONS_*): the values' test, and the
# messages for a scalar and for an array that fails it
NON_NEGATIVE = (lambda v: ~(np.signbit(v) & ~np.isnan(v)),
                '{0} < 0', '{0} < 0')
POSITIVE = (lambda v: ~(v <= 0), '{0} <= 0', '{0} <= 0')
BOUNDED_GT_0_1 = (lambda v: (v > 0) & (v <= 1),
                  '{0} <= 0, {0} > 1 or {0} contains NaNs',
                  '{0} <= 0, {0} > 1 or {0} contains NaNs')
BOUNDED_LT_0_1 = (lambda v: (v >= 0) & (v < 1),
                  '{0} < 0, {0} >= 1 or {0} is NaN',
                  '{0} < 0, {0} >= 1 or {0} contains NaNs')
POSITIVE_NOT_NAN = (lambda v: ~np.isnan(v), '{0} must not be NaN',
                    '{0} must not be NaN')


def _check_constraint(arr, name, constraint):
    """ValueError with NumPy's message where arr breaks the constraint
    (None: any value)."""
    if constraint is None:
        return
    test, scalar_message, array_message = constraint
    if not np.all(test(arr)):
        raise ValueError((scalar_message if arr.ndim == 0
                          else array_message).format(name))
    if constraint is POSITIVE_NOT_NAN:
        _check_constraint(arr, name, POSITIVE)


def _out_size(size, out):
    if out is None:
        return size
    if size is not None and _shape(size) != out.shape:
        raise ValueError("size must match out.shape when used together")
    return out.shape


def _into(result, out):
    if out is None:
        return result
    out[...] = result
    return out


def _broadcast_shape(size, *arrays):
    if size is not None:
        return _shape(size)
    return np.broadcast_arrays(*arrays)[0].shape


def _params_shape(size, shapes):
    """The shape of the draws for parameters of these shapes: their
    broadcast, which must be size when size is given (NumPy's checks and
    messages, size counting as the first argument)."""
    if size is None:
        return _broadcast_shapes(shapes)
    size = _shape(size)
    shape = _broadcast_shapes([size] + shapes)
    if shape != size:
        raise ValueError("Output size %s is not compatible with broadcast "
                         "dimensions of inputs %s." % (size, shape))
    return shape


def _broadcast_shapes(shapes):
    ndim = max(len(shape) for shape in shapes)
    result = []
    for axis in range(ndim):
        length = 1
        first = None
        for i, shape in enumerate(shapes):
            k = axis + len(shape) - ndim
            if k < 0 or shape[k] == 1:
                continue
            if first is None:
                length, first = shape[k], i
            elif shape[k] != length:
                raise ValueError(
                    "shape mismatch: objects cannot be broadcast to a single "
                    "shape.  Mismatch is between arg %d with shape %s and arg "
                    "%d with shape %s." % (first, shapes[first], i, shape))
        result.append(length)
    return tuple(result)


def default_rng(seed=None):
    if isinstance(seed, Generator):
        return seed
    if isinstance(seed, BitGenerator):
        return Generator(seed)
    return Generator(PCG64(seed))
