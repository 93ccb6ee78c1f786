"""np.random: the legacy global RandomState API (seed, random/rand,
random_sample, randn, standard_normal, randint, uniform, normal, choice,
shuffle, permutation).

A Mersenne Twister seeded as NumPy's legacy seeding (init_genrand for an
int seed) with NumPy's legacy algorithms: 53-bit doubles, the polar
method for normals (one cached value), masked rejection sampling for
bounded integers.  So seed(s) followed by random(), randn(), uniform() or
normal() give NumPy's numbers."""

import math
from rpython.rlib import rtime
from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rlib.rrandom import Random
from pypy.interpreter.arguments import check_keywords
from pypy.interpreter.error import OperationError
from pypy.module.applevel_names import module_getattr
from pypy.objspace.intobject import W_IntObject
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy import boxes, mt19937
from pypy.module.micronumpy.lazy import prepare_write
from pypy.module.micronumpy.concrete import W_ConcreteArray, new_array, \
    allocation_error_message
from pypy.module.micronumpy.ndarray import W_NDArray
from pypy.module.micronumpy.ctors import shape_from_w
from pypy.module.micronumpy.operands import array_from_w, assign
from pypy.module.micronumpy.loop import copy_element, random_doubles
from pypy.module.micronumpy.shapes import flattened, copy_of
from pypy.module.micronumpy.funcargs import arg, first_arg
from pypy.module.micronumpy.strides import checked_nbytes, shape_size
from pypy.module.micronumpy.elements import read_flat, read_at

MASK32 = r_uint(0xffffffff)


class RandomState(object):
    def __init__(self):
        self.rng = Random(r_uint(0))
        self.seeded = False
        self.has_gauss = False
        self.gauss = 0.0

    def ensure_seeded(self):
        if not self.seeded:
            self.seed_from_time()

    def seed_from_time(self):
        t = rtime.time()
        micro = r_uint(int(t * 1000000.0) & 0x7fffffffffffffff)
        self.rng.init_by_array([micro & MASK32, micro >> 32])
        self.seeded = True
        self.has_gauss = False

    def seed_int(self, seed):
        # a new generator, not the prebuilt one reseeded: a field that only
        # ever holds the prebuilt instance is a constant to the annotator,
        # and loop.random_doubles' JitDriver cannot take a constant red
        self.rng = Random(r_uint(seed))
        self.seeded = True
        self.has_gauss = False

    def seed_array(self, key):
        self.rng.init_by_array(key)
        self.seeded = True
        self.has_gauss = False

    def next_double(self):
        self.ensure_seeded()
        return mt19937.next_double(self.rng)

    def next_uint32(self):
        self.ensure_seeded()
        return mt19937.next_word(self.rng)

    def next_uint64(self):
        self.ensure_seeded()
        high = mt19937.next_word(self.rng)
        low = mt19937.next_word(self.rng)
        return (high << 32) | low

    def next_gauss(self):
        """NumPy's legacy_gauss: the polar method, caching the second
        value."""
        if self.has_gauss:
            self.has_gauss = False
            result = self.gauss
            self.gauss = 0.0
            return result
        while True:
            x1 = 2.0 * self.next_double() - 1.0
            x2 = 2.0 * self.next_double() - 1.0
            r2 = x1 * x1 + x2 * x2
            if r2 < 1.0 and r2 != 0.0:
                break
        f = math.sqrt(-2.0 * math.log(r2) / r2)
        self.gauss = f * x1
        self.has_gauss = True
        return f * x2

    def bounded(self, rng):
        """A uniform integer in [0, rng] (rng as an unsigned word), by
        masked rejection sampling."""
        if rng == r_uint(0):
            return r_uint(0)
        mask = rng
        mask |= mask >> 1
        mask |= mask >> 2
        mask |= mask >> 4
        mask |= mask >> 8
        mask |= mask >> 16
        mask |= mask >> 32
        if rng <= MASK32:
            if rng == MASK32:
                return self.next_uint32()
            while True:
                value = self.next_uint32() & mask
                if value <= rng:
                    return value
        if rng == ~r_uint(0):
            return self.next_uint64()
        while True:
            value = self.next_uint64() & mask
            if value <= rng:
                return value


STATE = RandomState()


# ____________________________________________________________
# helpers

def size_shape(space, w_size):
    """The shape named by size=, or None for a scalar result."""
    if w_size is None or space.is_none(w_size):
        return None
    return shape_from_w(space, w_size)


def float_result(space, shape, fill):
    """A Python float (shape None) or a float64 array filled by
    fill(STATE)."""
    if shape is None:
        return space.newfloat(fill.next_value())
    w_result = new_array(space, shape, dt.float64_dtype, zero=False)
    fill.fill(w_result.storage, w_result.get_size())
    return w_result


class Fill(object):
    def next_value(self):
        raise NotImplementedError

    def fill(self, storage, n):
        """n values into the doubles at storage."""
        for i in range(n):
            dt.float64_dtype.write_float(storage, i * 8, self.next_value())


class UniformFill(Fill):
    def __init__(self, low, high):
        self.low = low
        self.scale = high - low

    def next_value(self):
        return self.low + self.scale * STATE.next_double()


class NormalFill(Fill):
    def __init__(self, loc, scale):
        self.loc = loc
        self.scale = scale

    def next_value(self):
        return self.loc + self.scale * STATE.next_gauss()


class UnitFill(Fill):
    def next_value(self):
        return STATE.next_double()

    def fill(self, storage, n):
        STATE.ensure_seeded()
        random_doubles(STATE.rng, storage, n)


class GaussFill(Fill):
    def next_value(self):
        return STATE.next_gauss()


def dims_shape(space, args, fname):
    """rand(d0, d1, ...) dimensions: None when there are none."""
    check_keywords(space, args, fname, [])
    if not args.arguments_w:
        return None
    shape = [space.getindex_w(w_n) for w_n in args.arguments_w]
    for n in shape:
        if n < 0:
            raise space.error(space.w_ValueError,
                              "negative dimensions are not allowed")
    return shape


def float_arg(space, args, position, name, default):
    w_value = arg(space, args, position, name)
    if w_value is None:
        return default
    if isinstance(w_value, W_NDArray):
        if w_value.shape:
            raise space.error(space.w_NotImplementedError,
                              "%s: array arguments are not supported" % name)
        w_value = read_flat(space, w_value.get_concrete(space), 0)
    return space.float_w(w_value)


# ____________________________________________________________
# the functions

def rnd_seed(space, args):
    check_keywords(space, args, 'seed', ['seed'])
    w_seed = arg(space, args, 0, 'seed')
    if w_seed is None or space.is_none(w_seed):
        STATE.seed_from_time()
        return space.w_None
    if isinstance(w_seed, W_NDArray) or space.isinstance_w(
            w_seed, space.w_list) or space.isinstance_w(w_seed,
                                                        space.w_tuple):
        w_arr = copy_of(space, flattened(space, array_from_w(
            space, w_seed, None)), dt.int64_dtype)
        n = w_arr.get_size()
        if n == 0:
            raise space.error(space.w_ValueError, "Seed must be non-empty")
        key = [r_uint(0)] * n
        for i in range(n):
            value = dt.int64_dtype.read_int(w_arr.storage, i * 8)
            if value < 0 or value > 0xffffffff:
                raise space.error(space.w_ValueError,
                                  "Seed must be between 0 and 2**32 - 1")
            key[i] = r_uint(value)
        STATE.seed_array(key)
        return space.w_None
    try:
        seed = space.getindex_w(w_seed)
    except OperationError as e:
        if e.match(space, space.w_OverflowError):
            raise space.error(space.w_ValueError,
                              "Seed must be between 0 and 2**32 - 1")
        raise
    if seed < 0 or seed > 0xffffffff:
        raise space.error(space.w_ValueError,
                          "Seed must be between 0 and 2**32 - 1")
    STATE.seed_int(seed)
    return space.w_None


def rnd_random(space, args):
    check_keywords(space, args, 'random', ['size'])
    return float_result(space, size_shape(space, arg(space, args, 0,
                                                     'size')), UnitFill())


def rnd_rand(space, args):
    return float_result(space, dims_shape(space, args, 'rand'), UnitFill())


def rnd_randn(space, args):
    return float_result(space, dims_shape(space, args, 'randn'),
                        GaussFill())


def rnd_standard_normal(space, args):
    check_keywords(space, args, 'standard_normal', ['size'])
    return float_result(space, size_shape(space, arg(space, args, 0,
                                                     'size')), GaussFill())


def rnd_uniform(space, args):
    check_keywords(space, args, 'uniform', ['low', 'high', 'size'])
    low = float_arg(space, args, 0, 'low', 0.0)
    high = float_arg(space, args, 1, 'high', 1.0)
    shape = size_shape(space, arg(space, args, 2, 'size'))
    if high - low - (high - low) != 0.0:
        raise space.error(space.w_OverflowError,
                          "Range exceeds valid bounds")
    return float_result(space, shape, UniformFill(low, high))


def rnd_normal(space, args):
    check_keywords(space, args, 'normal', ['loc', 'scale', 'size'])
    loc = float_arg(space, args, 0, 'loc', 0.0)
    scale = float_arg(space, args, 1, 'scale', 1.0)
    shape = size_shape(space, arg(space, args, 2, 'size'))
    if scale < 0.0:
        raise space.error(space.w_ValueError, "scale < 0")
    return float_result(space, shape, NormalFill(loc, scale))


def int_bounds(dtype):
    """(min, max) of an integer dtype; for uint64 the max is capped to
    the largest signed word (bounds travel as signed ints)."""
    if dtype.kind == dt.KIND_BOOL:
        return 0, 1
    bits = dtype.itemsize * 8
    if dtype.kind == dt.KIND_UINT:
        if bits == 64:
            return 0, intmask(~r_uint(0) >> 1)
        return 0, (1 << bits) - 1
    if bits == 64:
        return -intmask(~r_uint(0) >> 1) - 1, intmask(~r_uint(0) >> 1)
    return -(1 << (bits - 1)), (1 << (bits - 1)) - 1


def random_ints(space, low, high, shape, dtype):
    """Integers in [low, high) as an array of dtype (shape [] for one)."""
    w_result = new_array(space, shape, dtype, zero=False)
    rng = r_uint(high) - r_uint(low) - r_uint(1)
    for i in range(w_result.get_size()):
        value = intmask(r_uint(low) + STATE.bounded(rng))
        dtype.write_int(w_result.storage, i * dtype.itemsize,
                        dtype.wrap_int(value))
    return w_result


def rnd_randint(space, args):
    check_keywords(space, args, 'randint', ['low', 'high', 'size', 'dtype'])
    w_low = first_arg(space, args, 'randint', 'low')
    w_high = arg(space, args, 1, 'high')
    shape = size_shape(space, arg(space, args, 2, 'size'))
    w_dtype = arg(space, args, 3, 'dtype')
    dtype = dt.int64_dtype
    python_result = 0      # 1: a Python int, 2: a Python bool
    if w_dtype is None or w_dtype is space.w_int:
        python_result = 1
    elif w_dtype is space.w_bool:
        python_result = 2
        dtype = dt.bool_dtype
    else:
        dtype = dt.dtype_from_w(space, w_dtype)
        if dtype.is_inexact():
            raise space.error(space.w_TypeError,
                              "Unsupported dtype dtype('%s') for randint" %
                              dtype.name)
    low = int_value(space, w_low)
    w_high_given = not (w_high is None or space.is_none(w_high))
    if not w_high_given:
        high = low
        low = 0
    else:
        high = int_value(space, w_high)
    lo_bound, hi_bound = int_bounds(dtype)
    if low < lo_bound:
        raise space.error(space.w_ValueError,
                          "low is out of bounds for %s" % dtype.name)
    if high - 1 > hi_bound:
        raise space.error(space.w_ValueError,
                          "high is out of bounds for %s" % dtype.name)
    if low >= high:
        raise space.error(space.w_ValueError, "low >= high" if w_high_given
                          else "high <= 0")
    if shape is None:
        w_one = random_ints(space, low, high, [], dtype)
        value = dtype.read_int(w_one.storage, 0)
        if python_result == 1:
            return space.newint(value)
        if python_result == 2:
            return space.newbool(value != 0)
        return boxes.box_int(space, dtype, value)
    return random_ints(space, low, high, shape, dtype)


def int_value(space, w_obj):
    if isinstance(w_obj, W_NDArray):
        if w_obj.shape:
            raise space.error(space.w_NotImplementedError,
                              "randint: array bounds are not supported")
        w_obj = read_flat(space, w_obj.get_concrete(space), 0)
    if space.isinstance_w(w_obj, space.w_float):
        return intmask(int(space.float_w(w_obj)))
    return space.getindex_w(w_obj)


def random_interval(max_value):
    """NumPy's random_interval: uniform in [0, max_value]."""
    return intmask(STATE.bounded(r_uint(max_value)))


def shuffle_array(space, w_arr):
    """Shuffle the concrete w_arr in place along its first axis."""
    n = w_arr.shape[0]
    if n <= 1:
        return
    prepare_write(space, w_arr)
    dtype = w_arr.dtype
    stride = w_arr.strides[0]
    one_d = len(w_arr.shape) == 1
    # a row, or the element being swapped
    w_tmp = new_array(space, w_arr.shape[1:], dtype, zero=False)
    i = n - 1
    while i >= 1:
        j = random_interval(i)
        if j != i:
            off_i = w_arr.start + i * stride
            off_j = w_arr.start + j * stride
            if one_d:
                assert w_tmp is not None
                copy_element(dtype, w_arr.storage, off_i, w_tmp.storage, 0)
                copy_element(dtype, w_arr.storage, off_j, w_arr.storage,
                             off_i)
                copy_element(dtype, w_tmp.storage, 0, w_arr.storage, off_j)
            else:
                assert w_tmp is not None
                row_shape = w_arr.shape[1:]
                row_strides = w_arr.strides[1:]
                w_row_i = w_arr.view(row_shape, row_strides, off_i)
                w_row_j = w_arr.view(row_shape, row_strides, off_j)
                assign(space, w_tmp, w_row_i)
                assign(space, w_row_i, w_row_j)
                assign(space, w_row_j, w_tmp)
        i -= 1


def rnd_shuffle(space, args):
    check_keywords(space, args, 'shuffle', ['x'])
    w_x = arg(space, args, 0, 'x')
    if not isinstance(w_x, W_NDArray):
        raise space.error(space.w_TypeError,
                          "shuffle() supports only numpy arrays")
    w_conc = w_x.get_concrete(space)
    assert isinstance(w_conc, W_ConcreteArray)
    if not w_conc.shape:
        raise space.error(space.w_TypeError, "len() of unsized object")
    shuffle_array(space, w_conc)
    return space.w_None


def permutation(space, n):
    w_result = new_array(space, [n], dt.int64_dtype, zero=False)
    for i in range(n):
        dt.int64_dtype.write_int(w_result.storage, i * 8, i)
    shuffle_array(space, w_result)
    return w_result


def rnd_permutation(space, args):
    check_keywords(space, args, 'permutation', ['x'])
    w_x = arg(space, args, 0, 'x')
    if w_x is None:
        raise space.error(space.w_TypeError,
                          "permutation() missing required argument 'x'")
    if isinstance(w_x, W_IntObject):
        return permutation(space, space.getindex_w(w_x))
    w_arr = array_from_w(space, w_x, None)
    if not w_arr.shape:
        raise space.error(space.w_IndexError,
                          "x must be an integer or at least 1-dimensional")
    w_copy = copy_of(space, w_arr, w_arr.dtype)
    shuffle_array(space, w_copy)
    return w_copy


def rnd_choice(space, args):
    check_keywords(space, args, 'choice', ['a', 'size', 'replace', 'p'])
    w_a = first_arg(space, args, 'choice', 'a')
    shape = size_shape(space, arg(space, args, 1, 'size'))
    w_replace = arg(space, args, 2, 'replace')
    replace = w_replace is None or space.is_true(w_replace)
    w_p = arg(space, args, 3, 'p')
    size = 1
    if shape is not None:
        # the sample is drawn as an int64 index array first, as NumPy's
        checked_nbytes(space, shape, dt.int64_dtype.itemsize)
        size = shape_size(shape)
    a_is_int = isinstance(w_a, W_IntObject)
    w_pool = None
    if a_is_int:
        pop_size = space.getindex_w(w_a)
        if pop_size <= 0 and size != 0:
            raise space.error(space.w_ValueError,
                              "a must be greater than 0 unless no samples "
                              "are taken")
    else:
        w_pool = array_from_w(space, w_a, None)
        if len(w_pool.shape) != 1:
            raise space.error(space.w_ValueError,
                              "a must be 1-dimensional")
        pop_size = w_pool.shape[0]
        if pop_size == 0 and size != 0:
            raise space.error(space.w_ValueError,
                              "'a' cannot be empty unless no samples are "
                              "taken")
    probs = None
    if w_p is not None and not space.is_none(w_p):
        probs = probabilities(space, w_p, pop_size)
    if replace:
        try:
            indices = [0] * size
        except MemoryError:
            raise space.error(space.w_MemoryError, allocation_error_message(
                shape if shape is not None else [], dt.int64_dtype))
        if probs is not None:
            cdf = cumulative(probs)
            for k in range(size):
                indices[k] = search_right(cdf, STATE.next_double())
        else:
            for k in range(size):
                indices[k] = random_interval(pop_size - 1)
    else:
        if size > pop_size:
            raise space.error(space.w_ValueError,
                              "Cannot take a larger sample than population "
                              "when 'replace=False'")
        if probs is not None:
            nonzero = 0
            for x in probs:
                if x > 0.0:
                    nonzero += 1
            if nonzero < size:
                raise space.error(space.w_ValueError,
                                  "Fewer non-zero entries in p than size")
            indices = choice_without_replacement(probs, size)
        else:
            w_perm = permutation(space, pop_size)
            indices = [dt.int64_dtype.read_int(w_perm.storage, k * 8)
                       for k in range(size)]
    w_idx = new_array(space, shape if shape is not None else [1],
                      dt.int64_dtype, zero=False)
    for k in range(size):
        dt.int64_dtype.write_int(w_idx.storage, k * 8, indices[k])
    if a_is_int:
        if shape is None:
            return space.newint(indices[0])
        return w_idx
    assert w_pool is not None
    w_conc = w_pool.get_concrete(space)
    assert isinstance(w_conc, W_ConcreteArray)
    if shape is None:
        return read_at(space, w_conc, w_conc.start +
                       indices[0] * w_conc.strides[0])
    w_result = new_array(space, shape, w_conc.dtype, zero=False)
    dtype = w_conc.dtype
    for k in range(size):
        copy_element(dtype, w_conc.storage,
                     w_conc.start + indices[k] * w_conc.strides[0],
                     w_result.storage, k * dtype.itemsize)
    return w_result


def probabilities(space, w_p, pop_size):
    w_parr = array_from_w(space, w_p, None)
    if len(w_parr.shape) != 1:
        raise space.error(space.w_ValueError, "'p' must be 1-dimensional")
    if w_parr.shape[0] != pop_size:
        raise space.error(space.w_ValueError,
                          "'a' and 'p' must have same size")
    w_pf = copy_of(space, w_parr, dt.float64_dtype)
    probs = [dt.float64_dtype.read_float(w_pf.storage, k * 8)
             for k in range(pop_size)]
    total = 0.0
    for x in probs:
        if not (x >= 0.0):
            raise space.error(space.w_ValueError,
                              "probabilities are not non-negative")
        total += x
    if abs(total - 1.0) > 1e-8:
        raise space.error(space.w_ValueError,
                          "probabilities do not sum to 1")
    return probs


def cumulative(probs):
    cdf = [0.0] * len(probs)
    acc = 0.0
    for k in range(len(probs)):
        acc += probs[k]
        cdf[k] = acc
    last = cdf[len(cdf) - 1] if cdf else 1.0
    for k in range(len(cdf)):
        cdf[k] = cdf[k] / last
    return cdf


def search_right(cdf, x):
    lo = 0
    hi = len(cdf)
    while lo < hi:
        mid = (lo + hi) >> 1
        if x < cdf[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def choice_without_replacement(probs, size):
    """NumPy's legacy algorithm: draw, drop repeats, zero the chosen
    probabilities, repeat."""
    p = probs[:]
    found = []
    while len(found) < size:
        for k in found:
            p[k] = 0.0
        cdf = cumulative(p)
        new = []
        for k in range(size - len(found)):
            idx = search_right(cdf, STATE.next_double())
            if idx not in new:
                new.append(idx)
        for idx in new:
            found.append(idx)
    return found



FUNCTIONS = [
    ('seed', rnd_seed), ('random', rnd_random), ('random_sample', rnd_random),
    ('ranf', rnd_random), ('sample', rnd_random), ('rand', rnd_rand),
    ('randn', rnd_randn), ('standard_normal', rnd_standard_normal),
    ('randint', rnd_randint), ('uniform', rnd_uniform),
    ('normal', rnd_normal), ('choice', rnd_choice),
    ('shuffle', rnd_shuffle), ('permutation', rnd_permutation),
]


def make_module(space):
    w_mod = space.newmodule('numpy.random')
    from pypy.interpreter.function import BuiltinFunction
    for name, func in FUNCTIONS:
        w_mod.w_dict.setitem_str(space, name, BuiltinFunction(name, func))
    # default_rng, Generator, PCG64, SeedSequence: app-level
    w_mod.w_dict.setitem_str(space, '__getattr__', module_getattr(
        'numpy.random', '_numpy_lib.generator'))
    return w_mod
