"""The random module: CPython's Mersenne Twister (rpython.rlib.rrandom),
seeded and used as CPython 3.11's random.py does, so that for int seeds
random(), getrandbits(), randrange()/randint(), choice(), shuffle(),
sample(), uniform() and gauss() give CPython's streams.  The module-level
functions are the methods of a hidden Random instance, seeded from
/dev/urandom on first use."""

import math
import os
from rpython.rlib import rrandom
from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rlib.rbigint import rbigint
from pypy.interpreter.arguments import Arguments, argument, check_args, \
    keyword_value, check_keywords
from pypy.interpreter.error import OperationError
from pypy.interpreter.function import BuiltinFunction, Method
from pypy.objspace.root import W_Root
from pypy.objspace.typeobject import TypeDef
from pypy.objspace.intobject import W_IntObject, W_LongObject

MASK_32 = r_uint(0xffffffff)
TWOPI = 2.0 * math.pi
NV_MAGICCONST = 4 * math.exp(-0.5) / math.sqrt(2.0)


class W_Random(W_Root):
    def __init__(self):
        self.rng = rrandom.Random()
        self.seeded = False
        self.has_gauss_next = False
        self.gauss_next = 0.0

    def getclass(self, space):
        return space.w_random_Random

    def ensure_seeded(self):
        if not self.seeded:
            self.seed_from_entropy()

    def seed_from_entropy(self):
        key = []
        data = ''
        try:
            fd = os.open('/dev/urandom', os.O_RDONLY, 0)
            try:
                data = os.read(fd, 32)
            finally:
                os.close(fd)
        except OSError:
            pass
        i = 0
        while i + 4 <= len(data):
            key.append(r_uint(ord(data[i]) | (ord(data[i + 1]) << 8) |
                              (ord(data[i + 2]) << 16) |
                              (ord(data[i + 3]) << 24)))
            i += 4
        if not key:
            from rpython.rlib import rtime
            t = rtime.time()
            key.append(r_uint(int(t)) & MASK_32)
            key.append(r_uint(int((t - math.floor(t)) * 1e9)) & MASK_32)
            key.append(r_uint(os.getpid()) & MASK_32)
        self.seed_key(key)

    def seed_key(self, key):
        self.rng.init_by_array(key)
        self.has_gauss_next = False
        self.seeded = True

    def random(self):
        self.ensure_seeded()
        return self.rng.random()

    def genrand32(self):
        self.ensure_seeded()
        return self.rng.genrand32()

    def getrandbits_int(self, k):
        """0 <= k <= 63: a random int of k bits (as CPython's word
        order)."""
        if k == 0:
            return 0
        if k <= 32:
            return intmask(self.genrand32() >> (32 - k))
        low = self.genrand32()
        high = self.genrand32() >> (64 - k)
        return intmask(low | (high << 32))

    def getrandbits_big(self, k):
        result = rbigint.fromint(0)
        shift = 0
        while k > 0:
            r = self.genrand32()
            if k < 32:
                r >>= (32 - k)
            result = result.or_(rbigint.fromrarith_int(r).lshift(shift))
            shift += 32
            k -= 32
        return result

    def randbelow(self, n):
        """0 <= result < n, for n > 0."""
        k = bit_length(n)
        r = self.getrandbits_int(k)
        while r >= n:
            r = self.getrandbits_int(k)
        return r


def bit_length(n):
    k = 0
    while n:
        n >>= 1
        k += 1
    return k


def key_of_int(space, w_n):
    """The init_by_array key for an int seed: its absolute value in 32-bit
    words, least significant first."""
    if isinstance(w_n, W_IntObject):
        num = rbigint.fromint(w_n.intval)
    elif isinstance(w_n, W_LongObject):
        num = w_n.num
    else:
        num = rbigint.fromint(space.int_w(w_n))
    num = num.abs()
    key = []
    while num.tobool():
        key.append(num.uintmask() & MASK_32)
        num = num.rshift(32)
    if not key:
        key.append(r_uint(0))
    return key


def seed_random(space, w_self, w_seed):
    if w_seed is None or space.is_none(w_seed):
        w_self.seed_from_entropy()
        return
    if space.isinstance_w(w_seed, space.w_int):
        key = key_of_int(space, w_seed)
    elif space.isinstance_w(w_seed, space.w_float) or \
            space.isinstance_w(w_seed, space.w_str) or \
            space.isinstance_w(w_seed, space.w_bytes):
        # (CPython hashes str seeds with SHA-512: those streams differ)
        key = key_of_int(space, space.newint(space.hash_w(w_seed)))
    else:
        raise space.error(space.w_TypeError,
                          "The only supported seed types are: None,\n"
                          "int, float, str, bytes, and bytearray.")
    w_self.seed_key(key)


def self_random(space, args, fname, min_args, max_args):
    check_args(space, args, fname, min_args + 1, max_args + 1)
    w_self = args.arguments_w[0]
    if not isinstance(w_self, W_Random):
        raise space.error(space.w_TypeError,
                          "descriptor '%s' requires a 'Random' object" %
                          fname)
    return w_self


def self_random_kw(space, args, fname):
    if not args.arguments_w or not isinstance(args.arguments_w[0],
                                              W_Random):
        raise space.error(space.w_TypeError,
                          "descriptor '%s' requires a 'Random' object" %
                          fname)
    w_self = args.arguments_w[0]
    assert isinstance(w_self, W_Random)
    return w_self


def new_random(space, w_type, args):
    check_args(space, args, 'Random', 0, 1)
    w_self = W_Random()
    w_seed = args.arguments_w[0] if args.arguments_w else None
    seed_random(space, w_self, w_seed)
    return w_self


def random_seed(space, args):
    check_keywords(space, args, 'seed', ['a', 'version'])
    w_self = self_random_kw(space, args, 'seed')
    if len(args.arguments_w) > 3:
        raise space.error(space.w_TypeError,
                          "seed() takes at most 3 arguments")
    seed_random(space, w_self, argument(args, 1, 'a'))
    return space.w_None


def random_random(space, args):
    w_self = self_random(space, args, 'random', 0, 0)
    return space.newfloat(w_self.random())


def random_getrandbits(space, args):
    w_self = self_random(space, args, 'getrandbits', 1, 1)
    k = space.getindex_w(args.arguments_w[1])
    if k < 0:
        raise space.error(space.w_ValueError,
                          "number of bits must be non-negative")
    if k <= 63:
        return space.newint(w_self.getrandbits_int(k))
    return space.newbigint(w_self.getrandbits_big(k))


def index_arg(space, w_obj, argnum):
    """operator.index(w_obj), or int(w_obj) for integral floats."""
    from pypy.objspace.floatobject import W_FloatObject
    if isinstance(w_obj, W_FloatObject):
        value = w_obj.floatval
        if value != math.floor(value):
            raise space.error(space.w_ValueError,
                              "non-integer arg %d for randrange()" % argnum)
        if not (-9.2e18 < value < 9.2e18):
            raise space.error(space.w_OverflowError, "int too large")
        return int(value)
    return space.getindex_w(w_obj)


def randrange(space, w_self, w_start, w_stop, w_step):
    istart = index_arg(space, w_start, 1)
    if w_stop is None or space.is_none(w_stop):
        if w_step is not None:
            raise space.error(space.w_TypeError,
                              "Missing a non-None stop argument")
        if istart > 0:
            return w_self.randbelow(istart)
        raise space.error(space.w_ValueError, "empty range for randrange()")
    istop = index_arg(space, w_stop, 2)
    width = istop - istart
    istep = 1
    if w_step is not None:
        istep = space.getindex_w(w_step)
    if istep == 1:
        if width > 0:
            return istart + w_self.randbelow(width)
        raise space.error(space.w_ValueError,
                          "empty range for randrange() (%d, %d, %d)" % (
                              istart, istop, width))
    if istep > 0:
        n = (width + istep - 1) // istep
    elif istep < 0:
        n = (width + istep + 1) // istep
    else:
        raise space.error(space.w_ValueError, "zero step for randrange()")
    if n <= 0:
        raise space.error(space.w_ValueError, "empty range for randrange()")
    return istart + istep * w_self.randbelow(n)


def random_randrange(space, args):
    check_keywords(space, args, 'randrange', ['start', 'stop', 'step'])
    w_self = self_random_kw(space, args, 'randrange')
    if len(args.arguments_w) > 4:
        raise space.error(space.w_TypeError,
                          "randrange() takes from 2 to 4 positional "
                          "arguments")
    w_start = argument(args, 1, 'start')
    if w_start is None:
        raise space.error(space.w_TypeError,
                          "randrange() missing 1 required positional "
                          "argument: 'start'")
    return space.newint(randrange(space, w_self, w_start,
                                  argument(args, 2, 'stop'),
                                  argument(args, 3, 'step')))


def random_randint(space, args):
    w_self = self_random(space, args, 'randint', 2, 2)
    b = space.getindex_w(args.arguments_w[2])
    return space.newint(randrange(space, w_self, args.arguments_w[1],
                                  space.newint(b + 1), None))


def random_choice(space, args):
    w_self = self_random(space, args, 'choice', 1, 1)
    w_seq = args.arguments_w[1]
    n = space.len_w(w_seq)
    if n == 0:
        raise space.error(space.w_IndexError,
                          "Cannot choose from an empty sequence")
    return space.getitem(w_seq, space.newint(w_self.randbelow(n)))


def random_shuffle(space, args):
    w_self = self_random(space, args, 'shuffle', 1, 1)
    w_x = args.arguments_w[1]
    i = space.len_w(w_x) - 1
    while i >= 1:
        j = w_self.randbelow(i + 1)
        w_i = space.newint(i)
        w_j = space.newint(j)
        w_a = space.getitem(w_x, w_i)
        w_b = space.getitem(w_x, w_j)
        space.setitem(w_x, w_i, w_b)
        space.setitem(w_x, w_j, w_a)
        i -= 1
    return space.w_None


def random_sample(space, args):
    check_keywords(space, args, 'sample', ['counts'])
    w_self = self_random(space, Arguments(args.arguments_w), 'sample', 2, 2)
    w_counts = keyword_value(args, 'counts')
    if w_counts is not None and not space.is_none(w_counts):
        raise space.error(space.w_NotImplementedError,
                          "sample(counts=...) is not supported")
    w_population = args.arguments_w[1]
    if space.isinstance_w(w_population, space.w_set) or \
            space.isinstance_w(w_population, space.w_dict):
        raise space.error(space.w_TypeError,
                          "Population must be a sequence.  For dicts or "
                          "sets, use sorted(d).")
    k = space.getindex_w(args.arguments_w[2])
    n = space.len_w(w_population)
    if not 0 <= k <= n:
        raise space.error(space.w_ValueError,
                          "Sample larger than population or is negative")
    result_w = [None] * k
    setsize = 21
    if k > 5:
        power = 1
        for i in range(int(math.ceil(math.log(k * 3) / math.log(4)))):
            power *= 4
        setsize += power
    if n <= setsize:
        pool_w = space.unpackiterable(w_population)
        for i in range(k):
            j = w_self.randbelow(n - i)
            result_w[i] = pool_w[j]
            pool_w[j] = pool_w[n - i - 1]
    else:
        selected = {}
        for i in range(k):
            j = w_self.randbelow(n)
            while j in selected:
                j = w_self.randbelow(n)
            selected[j] = True
            result_w[i] = space.getitem(w_population, space.newint(j))
    return space.newlist(result_w)


def bisect_right(a, x, lo, hi):
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def random_choices(space, args):
    check_keywords(space, args, 'choices', ['population', 'weights',
                                            'cum_weights', 'k'])
    w_self = self_random_kw(space, args, 'choices')
    if len(args.arguments_w) > 3:
        raise space.error(space.w_TypeError,
                          "choices() takes from 2 to 3 positional arguments")
    w_population = argument(args, 1, 'population')
    if w_population is None:
        raise space.error(space.w_TypeError,
                          "choices() missing 1 required positional "
                          "argument: 'population'")
    w_weights = argument(args, 2, 'weights')
    w_cum = keyword_value(args, 'cum_weights')
    w_k = keyword_value(args, 'k')
    k = 1 if w_k is None else space.getindex_w(w_k)
    n = space.len_w(w_population)
    result_w = []
    if w_cum is None or space.is_none(w_cum):
        if w_weights is None or space.is_none(w_weights):
            for i in range(k):
                index = int(math.floor(w_self.random() * n))
                result_w.append(space.getitem(w_population,
                                              space.newint(index)))
            return space.newlist(result_w)
        cum = []
        total = 0.0
        for w_w in space.unpackiterable(w_weights):
            total += space.float_w(w_w)
            cum.append(total)
    else:
        if w_weights is not None and not space.is_none(w_weights):
            raise space.error(space.w_TypeError,
                              "Cannot specify both weights and cumulative "
                              "weights")
        cum = [space.float_w(w_w) for w_w in space.unpackiterable(w_cum)]
    if len(cum) != n:
        raise space.error(space.w_ValueError,
                          "The number of weights does not match the "
                          "population")
    total = cum[n - 1] + 0.0 if n > 0 else 0.0
    if total <= 0.0:
        raise space.error(space.w_ValueError,
                          "Total of weights must be greater than zero")
    if math.isinf(total) or math.isnan(total):
        raise space.error(space.w_ValueError,
                          "Total of weights must be finite")
    hi = n - 1
    for i in range(k):
        index = bisect_right(cum, w_self.random() * total, 0, hi)
        result_w.append(space.getitem(w_population, space.newint(index)))
    return space.newlist(result_w)


def random_uniform(space, args):
    w_self = self_random(space, args, 'uniform', 2, 2)
    a = space.float_w(args.arguments_w[1])
    b = space.float_w(args.arguments_w[2])
    return space.newfloat(a + (b - a) * w_self.random())


def mu_sigma(space, args, fname):
    check_keywords(space, args, fname, ['mu', 'sigma'])
    if len(args.arguments_w) > 3:
        raise space.error(space.w_TypeError,
                          "%s() takes at most 2 arguments" % fname)
    w_self = self_random_kw(space, args, fname)
    w_mu = argument(args, 1, 'mu')
    w_sigma = argument(args, 2, 'sigma')
    mu = 0.0 if w_mu is None else space.float_w(w_mu)
    sigma = 1.0 if w_sigma is None else space.float_w(w_sigma)
    return w_self, mu, sigma


def random_gauss(space, args):
    w_self, mu, sigma = mu_sigma(space, args, 'gauss')
    if w_self.has_gauss_next:
        z = w_self.gauss_next
        w_self.has_gauss_next = False
    else:
        x2pi = w_self.random() * TWOPI
        g2rad = math.sqrt(-2.0 * math.log(1.0 - w_self.random()))
        z = math.cos(x2pi) * g2rad
        w_self.gauss_next = math.sin(x2pi) * g2rad
        w_self.has_gauss_next = True
    return space.newfloat(mu + z * sigma)


def normalvariate(w_self, mu, sigma):
    while True:
        u1 = w_self.random()
        u2 = 1.0 - w_self.random()
        z = NV_MAGICCONST * (u1 - 0.5) / u2
        zz = z * z / 4.0
        if zz <= -math.log(u2):
            break
    return mu + z * sigma


def random_normalvariate(space, args):
    w_self, mu, sigma = mu_sigma(space, args, 'normalvariate')
    return space.newfloat(normalvariate(w_self, mu, sigma))


def random_lognormvariate(space, args):
    w_self = self_random(space, args, 'lognormvariate', 2, 2)
    mu = space.float_w(args.arguments_w[1])
    sigma = space.float_w(args.arguments_w[2])
    return space.newfloat(math.exp(normalvariate(w_self, mu, sigma)))


def random_expovariate(space, args):
    w_self = self_random(space, args, 'expovariate', 0, 1)
    lambd = 1.0
    if len(args.arguments_w) == 2:
        lambd = space.float_w(args.arguments_w[1])
    if lambd == 0.0:
        raise space.error(space.w_ZeroDivisionError, "float division by zero")
    return space.newfloat(-math.log(1.0 - w_self.random()) / lambd)


def random_triangular(space, args):
    check_keywords(space, args, 'triangular', ['low', 'high', 'mode'])
    w_self = self_random_kw(space, args, 'triangular')
    w_low = argument(args, 1, 'low')
    w_high = argument(args, 2, 'high')
    w_mode = argument(args, 3, 'mode')
    low = 0.0 if w_low is None else space.float_w(w_low)
    high = 1.0 if w_high is None else space.float_w(w_high)
    u = w_self.random()
    if w_mode is None or space.is_none(w_mode):
        c = 0.5
    else:
        if high == low:
            return space.newfloat(low)
        c = (space.float_w(w_mode) - low) / (high - low)
    if u > c:
        u = 1.0 - u
        c = 1.0 - c
        low, high = high, low
    return space.newfloat(low + (high - low) * math.sqrt(u * c))


def random_getstate(space, args):
    w_self = self_random(space, args, 'getstate', 0, 0)
    w_self.ensure_seeded()
    items_w = [space.newint(intmask(x)) for x in w_self.rng.state]
    items_w.append(space.newint(w_self.rng.index))
    w_gauss = space.w_None
    if w_self.has_gauss_next:
        w_gauss = space.newfloat(w_self.gauss_next)
    return space.newtuple([space.newint(3), space.newtuple(items_w),
                           w_gauss])


def random_setstate(space, args):
    w_self = self_random(space, args, 'setstate', 1, 1)
    items_w = space.unpackiterable(args.arguments_w[1])
    if len(items_w) != 3 or space.int_w(items_w[0]) != 3:
        raise space.error(space.w_ValueError, "state with version other "
                          "than 3 is not supported")
    state_w = space.unpackiterable(items_w[1])
    if len(state_w) != rrandom.N + 1:
        raise space.error(space.w_ValueError, "state vector is the wrong "
                          "size")
    for i in range(rrandom.N):
        w_self.rng.state[i] = r_uint(space.int_w(state_w[i])) & MASK_32
    index = space.int_w(state_w[rrandom.N])
    if index < 0 or index > rrandom.N:
        raise space.error(space.w_ValueError, "invalid state")
    w_self.rng.index = index
    w_self.seeded = True
    if space.is_none(items_w[2]):
        w_self.has_gauss_next = False
    else:
        w_self.has_gauss_next = True
        w_self.gauss_next = space.float_w(items_w[2])
    return space.w_None


METHODS = [('seed', random_seed), ('random', random_random),
           ('getrandbits', random_getrandbits),
           ('randrange', random_randrange), ('randint', random_randint),
           ('choice', random_choice), ('shuffle', random_shuffle),
           ('sample', random_sample), ('choices', random_choices),
           ('uniform', random_uniform), ('gauss', random_gauss),
           ('normalvariate', random_normalvariate),
           ('lognormvariate', random_lognormvariate),
           ('expovariate', random_expovariate),
           ('triangular', random_triangular),
           ('getstate', random_getstate), ('setstate', random_setstate)]


def make_module(space):
    w_mod = space.newmodule('random')
    methods = {}
    for name, func in METHODS:
        methods[name] = func
    w_type = space.make_builtin_type('w_random_Random', TypeDef(
        'Random', methods=methods, new=new_random, acceptable_as_base=False),
        [space.w_object])
    w_type.dict_w['__module__'] = space.newtext(u'random')
    setitem = w_mod.w_dict.setitem_str
    setitem(space, 'Random', w_type)
    w_inst = W_Random()         # seeded from /dev/urandom on first use
    for name, func in METHODS:
        setitem(space, name, Method(w_type.dict_w[name], w_inst))
    return w_mod
