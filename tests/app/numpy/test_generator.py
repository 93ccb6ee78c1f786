"""numpy.random's Generator API (default_rng, Generator, PCG64,
SeedSequence): the same streams as NumPy for the same seeds. The values
written here are NumPy's (the CPython run checks them); the bounded
integers are checked over many (low, high, dtype, endpoint) combinations
through a hash of all the values drawn. Values that go through the C
library's log, exp, pow, cos or acos are compared within LIBM_ULPS, the
others bit for bit."""

import math

import numpy as np
import pytest
from ulp import ulp_distance

try:
    from numpy.random import default_rng, Generator, PCG64, SeedSequence
except ImportError:
    # pypy-c's numpy.random (interp-level) does not list these names: they
    # are app-level, in lib_pypy/_numpy_lib/generator.py
    from _numpy_lib.generator import default_rng, Generator, PCG64, \
        SeedSequence


def test_random_doubles_and_floats():
    g = default_rng(12345)
    assert g.random(4).tolist() == [0.22733602246716966, 0.31675833970975287,
                                    0.7973654573327341, 0.6762546707509746]
    x = g.random()
    assert type(x) is float and x == 0.391109550601909
    a = g.random(3, dtype=np.float32)
    assert a.dtype == np.float32
    assert a.tolist() == [0.8394250273704529, 0.33281391859054565,
                          0.5675032734870911]
    assert g.bit_generator.state == {
        'bit_generator': 'PCG64',
        'state': {'state': 57529584864481096715335935045332150942,
                  'inc': 268209174141567072605526753992732310247},
        'has_uint32': 1, 'uinteger': 2569716529}
    assert g.random((2, 3)).shape == (2, 3)
    assert g.random(()).shape == ()
    assert g.random(0).shape == (0,)


def test_standard_normal_and_normal():
    g = default_rng(42)
    assert g.standard_normal(4).tolist() == [
        0.30471707975443135, -1.0399841062404955, 0.7504511958064572,
        0.9405647163912139]
    x = g.normal(10.0, 2.0)
    assert type(x) is float and x == 6.097929622692327
    assert g.normal([0.0, 100.0], [1.0, 0.5]).tolist() == [
        -1.302179506862318, 100.06392020158364]


def test_standard_normal_statistics_and_tails():
    # 200000 draws reach every ziggurat level, the slow paths and the tail
    g = default_rng(0)
    a = g.standard_normal(200000)
    assert abs(float(a.mean())) < 0.01
    assert abs(float(a.std()) - 1.0) < 0.01
    assert float(abs(a).max()) > 3.6541528853610088
    assert a[-3:].tolist() == [-0.5752154800176318, -0.20626254137097214,
                               -0.26553977625065545]
    # every value, exactly (scaled by a power of two: no rounding)
    assert digest((a * 2.0 ** 50).tolist()) == 1776229339116811671


def test_uniform():
    g = default_rng(7)
    assert g.uniform(-1.0, 3.0, 3).tolist() == [
        1.5003818664186679, 2.588855203878302, 2.102742760980774]
    x = g.uniform()
    assert type(x) is float and x == 0.22520718999059186
    assert g.uniform([0, 10], [[11], [20]]).tolist() == [
        [3.30182913402348, 10.873553445396261],
        [0.10530609131149449, 18.212284183827663]]


def test_integers_values():
    g = default_rng(5)
    assert g.integers(10, size=5).tolist() == [6, 8, 0, 8, 4]
    assert g.integers(-5, 5, size=(2, 3)).tolist() == [[0, 1, -3],
                                                       [4, -5, -3]]
    assert g.integers(1, 7, 4, endpoint=True).tolist() == [3, 4, 3, 1]
    assert g.integers([0, 10, 100], [5, 20, 2 ** 40]).tolist() == [
        0, 10, 1098605756710]
    b = g.integers(0, 2, 8, dtype=bool)
    assert b.dtype == np.bool_
    assert b.tolist() == [True, False, True, False, False, True, False,
                          True]


def test_integers_scalar_types():
    g = default_rng(0)
    assert type(g.integers(5)) is np.int64
    assert type(g.integers(5, dtype=int)) is int
    assert type(g.integers(2, dtype=bool)) is bool
    assert type(g.integers(5, dtype=np.uint8)) is np.uint8
    assert g.integers(3, 3, endpoint=True) == 3
    assert g.integers(0, 5, size=(2, 0)).shape == (2, 0)
    assert g.integers(0, 5, size=3, dtype=np.int16).dtype == np.int16


# dtype: (smallest, largest)
BOUNDS = {
    'int8': (-2 ** 7, 2 ** 7 - 1), 'int16': (-2 ** 15, 2 ** 15 - 1),
    'int32': (-2 ** 31, 2 ** 31 - 1), 'int64': (-2 ** 63, 2 ** 63 - 1),
    'uint8': (0, 2 ** 8 - 1), 'uint16': (0, 2 ** 16 - 1),
    'uint32': (0, 2 ** 32 - 1), 'uint64': (0, 2 ** 64 - 1),
    'bool': (0, 1),
}
EDGES = [0, 1, 2, 3, 5, 7, 100, 255, 256, 1000, 2 ** 15, 2 ** 16 - 1,
         2 ** 16, 2 ** 31 - 1, 2 ** 32 - 1, 2 ** 32, 2 ** 32 + 1,
         2 ** 40 + 3, 2 ** 63 - 1, 2 ** 64 - 1, -3, -100]
# dtype: (number of (low, high, endpoint) cases, digest of NumPy's values)
INTEGER_DIGESTS = {
    'int8': (65, 1842200983617651361),
    'int16': (96, 1265900160223854568),
    'int32': (133, 2276663153532742304),
    'int64': (208, 200085183046052319),
    'uint8': (33, 49469012012294095),
    'uint16': (65, 1178800456053687153),
    'uint32': (96, 1291092825503217068),
    'uint64': (161, 2148813392253346738),
    'bool': (3, 996758584532543689),
}


def bound_cases(dtype):
    """(low, high, endpoint) over the dtype's range: both ends, ranges
    just below and above 8, 16, 32 and 64 bits."""
    lo, hi = BOUNDS[dtype]
    values = sorted(set(v for v in EDGES + [lo, lo + 1, hi, hi - 1]
                        if lo <= v <= hi))
    cases = []
    for low in values[::3]:
        for high in values:
            for endpoint in (False, True):
                if (high if endpoint else high - 1) >= low:
                    cases.append((low, high, endpoint))
    return cases


def digest(values):
    h = 0
    for v in values:
        h = (h * 1000003 + int(v)) % (2 ** 61 - 1)
    return h


def test_integers_over_every_dtype_and_range():
    for dtype, (count, want) in INTEGER_DIGESTS.items():
        g = default_rng(2024)
        values = []
        cases = bound_cases(dtype)
        for low, high, endpoint in cases:
            values.extend(g.integers(low, high, 9, dtype=dtype,
                                     endpoint=endpoint).tolist())
            values.append(g.integers(low, high, dtype=dtype,
                                     endpoint=endpoint))
        assert (len(cases), digest(values)) == (count, want), dtype


def test_integers_errors():
    g = default_rng(0)
    for args, kwargs, message in [
            ((5, 3), {}, 'low >= high'),
            ((0, 0), {}, 'high <= 0'),
            ((0,), {}, 'high <= 0'),
            ((2, 1), {'endpoint': True}, 'low > high'),
            ((-1, 5), {'dtype': np.uint8}, 'low is out of bounds for uint8'),
            ((0, 300), {'dtype': np.uint8},
             'high is out of bounds for uint8'),
            (([0, 5], [3, 4]), {}, 'low >= high')]:
        with pytest.raises(ValueError) as info:
            g.integers(*args, **kwargs)
        assert str(info.value) == message
    with pytest.raises(TypeError) as info:
        g.integers(0, 5, dtype=np.float64)
    assert str(info.value) == "Unsupported dtype dtype('float64') for " \
        "integers"


def test_choice():
    g = default_rng(1)
    assert g.choice(10, 5).tolist() == [4, 5, 7, 9, 0]
    x = g.choice(10)
    assert type(x) is int and x == 1
    assert g.choice(10, 4, replace=False).tolist() == [2, 5, 7, 3]
    assert g.choice(20000, 5, replace=False).tolist() == [
        12875, 5139, 8183, 10991, 16550]
    assert g.choice([0.5, 1.5, 2.5], 4).tolist() == [2.5, 1.5, 2.5, 0.5]
    assert g.choice(4, 6, p=[0.1, 0.2, 0.3, 0.4]).tolist() == [
        3, 2, 2, 1, 2, 1]
    assert g.choice(5, 3, replace=False,
                    p=[0.1, 0.1, 0.1, 0.3, 0.4]).tolist() == [2, 4, 3]
    m = np.arange(12).reshape(4, 3)
    assert g.choice(m, 2).tolist() == [[0, 1, 2], [9, 10, 11]]
    assert g.choice(m, 2, axis=1).tolist() == [[2, 2], [5, 5], [8, 8],
                                               [11, 11]]


def test_choice_errors():
    g = default_rng(0)
    for args, kwargs, message in [
            ((0, 3), {}, 'a must be a positive integer unless no samples '
                         'are taken'),
            (([], 3), {}, 'a cannot be empty unless no samples are taken'),
            ((5, 6), {'replace': False}, 'Cannot take a larger sample than '
                                         'population when replace is False'),
            ((3,), {'p': [0.5, 0.6, 0.1]}, 'Probabilities do not sum to 1. '
             'See Notes section of docstring for more information.'),
            ((3,), {'p': [0.5, 0.5]}, 'a and p must have same size'),
            ((3,), {'p': [1.5, -0.5, 0.0]},
             'Probabilities are not non-negative')]:
        with pytest.raises(ValueError) as info:
            g.choice(*args, **kwargs)
        assert str(info.value) == message


def test_shuffle_and_permutation():
    g = default_rng(3)
    x = list(range(10))
    assert g.shuffle(x) is None
    assert x == [9, 6, 0, 2, 1, 4, 7, 5, 3, 8]
    a = np.arange(12).reshape(4, 3)
    g.shuffle(a)
    assert a.tolist() == [[3, 4, 5], [0, 1, 2], [6, 7, 8], [9, 10, 11]]
    assert g.permutation(8).tolist() == [5, 4, 0, 3, 7, 2, 6, 1]
    b = np.arange(6) * 1.5
    assert g.permutation(b).tolist() == [3.0, 1.5, 7.5, 6.0, 0.0, 4.5]
    assert b.tolist() == [0.0, 1.5, 3.0, 4.5, 6.0, 7.5]
    assert g.permutation(np.arange(6).reshape(2, 3), axis=1).tolist() == \
        [[2, 0, 1], [5, 3, 4]]


def test_seed_sequence_and_pcg64():
    s = SeedSequence(2 ** 100 + 17)
    assert s.entropy == 2 ** 100 + 17
    assert s.generate_state(4).tolist() == [4169797766, 657946250,
                                            3411088093, 1926100589]
    state64 = s.generate_state(2, np.uint64)
    assert state64.dtype == np.uint64
    assert state64.tolist() == [2825857630445637766, 8272539041972425437]
    assert s.spawn(2)[1].generate_state(2).tolist() == [3511560440,
                                                        3694623436]
    assert PCG64(0).random_raw(3).tolist() == [
        11749869230777074271, 4976686463289251617, 755828109848996024]
    p = PCG64(9)
    p.advance(10 ** 20)
    assert p.random_raw(2).tolist() == [16870394578065985625,
                                        3877570446953125386]
    with pytest.raises(ValueError) as info:
        SeedSequence(-1)
    assert str(info.value) == 'expected non-negative integer'
    with pytest.raises(TypeError):
        SeedSequence(1.5)


def test_default_rng_forms():
    g = default_rng(99)
    assert isinstance(g, Generator)
    assert isinstance(g.bit_generator, PCG64)
    assert default_rng(g) is g
    same_seed = [default_rng(PCG64(99)), default_rng(SeedSequence(99)),
                 Generator(PCG64(99))]
    want = g.random(3).tolist()
    for other in same_seed:
        assert other.random(3).tolist() == want
    seeded = default_rng([1, 2, 3])
    assert seeded.integers(100, size=3).tolist() == \
        default_rng([1, 2, 3]).integers(100, size=3).tolist()
    # without a seed: fresh entropy, different streams
    assert default_rng().random(4).tolist() != default_rng().random(4).tolist()


def test_poisson():
    g = default_rng(11)
    assert g.poisson(3.0, 6).tolist() == [2, 0, 2, 3, 3, 6]
    assert g.poisson(40.0, 4).tolist() == [41, 37, 35, 48]
    x = g.poisson(2.5)
    assert type(x) is int and x == 2
    assert g.poisson([0.5, 100.0], size=(2, 2)).tolist() == [[1, 88],
                                                            [0, 115]]
    assert g.poisson(0.0, 2).tolist() == [0, 0]
    # the multiplication method (lam < 10) and PTRS, 5000 draws each
    g = default_rng(0)
    a = g.poisson(7.5, 5000)
    assert a.dtype == np.int64
    assert digest(a.tolist() + g.poisson(123.4, 5000).tolist()) == \
        890188831331095044
    for lam, message in [(-1.0, 'lam < 0 or lam is NaN'),
                         (float('nan'), 'lam < 0 or lam is NaN'),
                         (1e20, 'lam value too large'),
                         ([1.0, -1.0], 'lam < 0 or lam contains NaNs')]:
        with pytest.raises(ValueError) as info:
            g.poisson(lam)
        assert str(info.value) == message


def test_binomial():
    g = default_rng(21)
    assert g.binomial(10, 0.3, 6).tolist() == [4, 3, 4, 1, 3, 6]
    assert g.binomial(1000, 0.4, 4).tolist() == [416, 366, 388, 410]
    x = g.binomial(100, 0.9)
    assert type(x) is int and x == 92
    assert g.binomial([10, 200], [[0.2], [0.6]]).tolist() == [[1, 33],
                                                             [7, 118]]
    # inversion (n p <= 30), BTPE, and both for p > 1/2
    g = default_rng(0)
    values = g.binomial(20, 0.25, 3000).tolist() + \
        g.binomial(5000, 0.45, 3000).tolist() + \
        g.binomial(300, 0.97, 3000).tolist()
    assert digest(values) == 409590919336447354
    for args, message in [((5, 1.5), 'p < 0, p > 1 or p is NaN'),
                          ((-1, 0.5), 'n < 0'),
                          ((5, float('nan')), 'p < 0, p > 1 or p is NaN'),
                          (([5], [2.0]), 'p < 0, p > 1 or p contains NaNs'),
                          (([-5], [0.5]), 'n < 0')]:
        with pytest.raises(ValueError) as info:
            g.binomial(*args)
        assert str(info.value) == message


def test_lognormal_multinomial_bytes():
    g = default_rng(33)
    x = g.lognormal()
    assert type(x) is float and x == 1.4893949553654122
    assert g.lognormal(1.0, 0.5, 3).tolist() == [
        2.0515350776492958, 3.64886978564166, 2.776133275702011]
    counts = g.multinomial(20, [0.2, 0.3, 0.5])
    assert counts.dtype == np.int64
    assert counts.tolist() == [4, 5, 11]
    assert g.multinomial(100, [0.1, 0.4, 0.5], size=2).tolist() == [
        [12, 36, 52], [10, 44, 46]]
    assert g.bytes(6) == b'D\xa0\x84\x0e\xbd8'
    with pytest.raises(ValueError) as info:
        g.lognormal(0.0, -1.0)
    assert str(info.value) == 'sigma < 0'
    with pytest.raises(ValueError) as info:
        g.multinomial(5, [1.5, -0.5])
    assert str(info.value) == 'pvals < 0, pvals > 1 or pvals contains NaNs'
    with pytest.raises(ValueError) as info:
        g.multinomial(-1, [0.5, 0.5])
    assert str(info.value) == 'n < 0'


# how far (in ulps) values computed through the C library's log, exp,
# pow, cos or acos may be from NumPy's
LIBM_ULPS = 4


def assert_libm_close(got, expected, dtype='float64'):
    """Within LIBM_ULPS ulps of dtype."""
    if not isinstance(expected, list):
        got, expected = [got], [expected]
    got = np.asarray(got, dtype=np.float64).ravel().tolist()
    expected = np.asarray(expected, dtype=np.float64).ravel().tolist()
    assert len(got) == len(expected)
    for g, e in zip(got, expected):
        assert ulp_distance(g, e, dtype) <= LIBM_ULPS, (got, expected)


def double_bits(x):
    """x >= 0 as one integer: its 53-bit mantissa and its exponent."""
    mantissa, exponent = math.frexp(x)
    return int(mantissa * 2.0 ** 53) * 4096 + exponent + 2048


def fingerprint(values):
    """Sums of the values and of the values weighted by their positions:
    changed by far more than rounding when the stream differs."""
    return (math.fsum(values),
            math.fsum(i * v for i, v in enumerate(values)))


def assert_raises_value_error(call, message):
    with pytest.raises(ValueError) as info:
        call()
    assert str(info.value) == message


def test_standard_exponential_and_exponential():
    g = default_rng(42)
    # the ziggurat's usual path multiplies two doubles: exact
    assert g.standard_exponential(4).tolist() == [
        2.4042086039659947, 2.3361896558244535, 2.384760999874255,
        0.2797942898515832]
    x = g.standard_exponential()
    assert type(x) is float and x == 0.08643739969837702
    assert_libm_close(g.standard_exponential(3, method='inv'),
                      [3.71408861720054, 1.4318764251095146,
                       1.5420798010654198])
    x = g.exponential(2.5)
    assert type(x) is float and x == 0.19823549295877274
    assert g.exponential([[0.5], [4.0]], (2, 3)).tolist() == [
        [0.5232804232715822, 0.035218153398904106, 0.5445118140119798],
        [6.925309411535232, 1.5475792983596453, 4.926342650646291]]
    out = np.zeros((2, 2))
    assert default_rng(42).standard_exponential(out=out) is out
    assert out.ravel().tolist() == [2.4042086039659947, 2.3361896558244535,
                                    2.384760999874255, 0.2797942898515832]
    assert g.exponential(size=(2, 0)).shape == (2, 0)
    for scale, message in [(-1.0, 'scale < 0'), (-0.0, 'scale < 0'),
                           ([1.0, -2.0], 'scale < 0')]:
        assert_raises_value_error(lambda: g.exponential(scale), message)
    with pytest.raises(TypeError) as info:
        g.standard_exponential(3, dtype=np.int64)
    assert str(info.value) == "Unsupported dtype dtype('int64') for " \
        "standard_exponential"


def test_standard_exponential_every_level_and_tail():
    # 200000 draws reach every ziggurat level and the tail (past r,
    # through log1p) 100 times
    a = default_rng(0).standard_exponential(200000).tolist()
    r = 7.69711747013104972
    below = [v for v in a if v < r]
    tail = [v for v in a if v >= r]
    assert digest([double_bits(v) for v in below]) == 22107174354722215
    assert len(tail) == 100
    assert_libm_close(math.fsum(tail), 866.8856817157573)
    assert_libm_close(max(a), 11.712382294738756)


def test_standard_exponential_float32():
    g = default_rng(4)
    a = g.standard_exponential(4, dtype=np.float32)
    assert a.dtype == np.float32
    assert a.tolist() == [1.6147676706314087, 6.10947322845459,
                          2.9844374656677246, 0.6967535018920898]
    x = g.standard_exponential(dtype=np.float32)
    assert type(x) is float and x == 1.228833556175232
    inv = g.standard_exponential(3, dtype=np.float32, method='inv')
    assert inv.dtype == np.float32
    assert_libm_close(inv, [3.7399065494537354, 3.516141414642334,
                            0.08429071307182312])
    # every level exactly; the tail (past r as a float32) through log1pf
    a = default_rng(0).standard_exponential(100000, dtype=np.float32)
    r = 7.697117328643799
    values = a.tolist()
    below = [v for v in values if v < r]
    tail = [v for v in values if v >= r]
    assert digest([double_bits(v) for v in below]) == 1094556432128820814
    assert len(tail) == 44
    assert math.fsum(tail) == pytest.approx(381.3831648826599, rel=1e-6)


def test_standard_normal_and_standard_gamma_float32():
    g = default_rng(14)
    a = g.standard_normal(4, dtype=np.float32)
    assert a.dtype == np.float32
    assert a.tolist() == [0.16132640838623047, 1.4762122631072998,
                          -0.7209877967834473, 0.35327839851379395]
    x = g.standard_normal(dtype=np.float32)
    assert type(x) is float and x == -0.22435688972473145
    # below 1 through powf and logf, which the C library does not always
    # round correctly
    a = g.standard_gamma(0.5, 3, dtype=np.float32)
    assert a.dtype == np.float32
    assert_libm_close(a, [0.5775988698005676, 1.292557716369629,
                          0.4436693787574768], 'float32')
    assert g.standard_gamma([2.5, 1.0, 0.0], dtype=np.float32).tolist() == [
        7.1044487953186035, 1.207650065422058, 0.0]
    assert g.standard_gamma(7.0, dtype=np.float32) == 6.837075233459473
    # every level of the normal's ziggurat exactly; the tail through
    # log1pf
    values = default_rng(0).standard_normal(100000, dtype=np.float32)
    r = 3.6541528701782227
    below = [double_bits(abs(v)) * 2 + (v < 0) for v in values.tolist()
             if abs(v) < r]
    assert digest(below) == 673590142360808869
    assert len(values) - len(below) == 23
    # above 1, logf only decides between + - * / and sqrtf results
    values = default_rng(0).standard_gamma(4.5, 20000, dtype=np.float32)
    assert digest([double_bits(v) for v in values.tolist()]) == \
        2288572368764448998


def test_standard_gamma_and_gamma():
    g = default_rng(3)
    assert_libm_close(g.standard_gamma(0.5, 4), [
        0.007335779832396503, 0.9241779101520786, 0.008860201290021063,
        0.6669040655831459])
    assert_libm_close(g.standard_gamma(3.5, 3), [
        3.585689656306516, 2.692023022793662, 1.6356767569381179])
    assert g.standard_gamma(0.0, 2).tolist() == [0.0, 0.0]
    x = g.standard_gamma(1.0)
    assert type(x) is float and x == 0.9076697128248189
    assert_libm_close(g.standard_gamma([0.2, 1.0, 9.0]), [
        0.1147381827336354, 0.1777272239602861, 8.738281247613852])
    assert_libm_close(g.gamma([1.0, 2.0], [[1.0], [0.5]]), [
        [0.8944227379855434, 1.095804751295295],
        [0.28730536382963345, 2.810461891077235]])
    # both algorithms, 5000 draws each
    g = default_rng(3)
    for shape, want in [(0.3, (1438.582861510499, 3526330.2850957005)),
                        (2.5, (12586.155635566225, 31218277.860522643))]:
        got = fingerprint(g.standard_gamma(shape, 5000).tolist())
        assert got == pytest.approx(want, rel=1e-12)
    assert_raises_value_error(lambda: g.standard_gamma(-1.0), 'shape < 0')
    assert_raises_value_error(lambda: g.gamma(1.0, [1.0, -1.0]),
                              'scale < 0')


def test_beta_chisquare_f_standard_t():
    g = default_rng(5)
    assert_libm_close(g.beta(0.5, 0.5, 3), [
        0.7647685881299614, 0.019405633850471934, 0.9878635836441648])
    assert_libm_close(g.beta(3.0, 5.0, 3), [
        0.5207285117747622, 0.401580572672219, 0.3492708552391468])
    # both shapes tiny: 0 or 1 from one uniform
    assert g.beta(1e-104, 1e-105, 8).tolist() == [1.0] * 8
    x = g.beta(0.3, 2.0)
    assert type(x) is float
    assert_libm_close(x, 0.1355825599023808)
    assert_libm_close(g.chisquare(4.0, 3), [
        1.234955733981287, 3.948065049744158, 7.360053237926889])
    assert_libm_close(g.f(3.0, [5.0, 50.0]), [
        0.11970022068639348, 0.8603683584445518])
    assert_libm_close(g.standard_t(5.0, 3), [
        1.6484578960154859, -1.3269794873873588, 1.2978021103881747])
    assert_libm_close(g.standard_t(1.2), 0.6082968547017523)
    for call, message in [(lambda: g.beta(0.0, 1.0), 'a <= 0'),
                          (lambda: g.beta([1.0], [0.0]), 'b <= 0'),
                          (lambda: g.chisquare(0.0), 'df <= 0'),
                          (lambda: g.f(1.0, -1.0), 'dfden <= 0'),
                          (lambda: g.standard_t([1.0, 0.0]), 'df <= 0')]:
        assert_raises_value_error(call, message)


def test_cauchy_weibull_pareto_power():
    g = default_rng(6)
    assert_libm_close(g.standard_cauchy(3), [
        0.5928065914108444, 18.50680029383592, 0.7497138170153804])
    assert_libm_close(g.standard_cauchy(), 0.4366980083004835)
    # weibull(0) draws nothing
    assert_libm_close(g.weibull([0.0, 1.5, 3.0]), [
        0.0, 0.27135806593556083, 1.1296382732289831])
    assert_libm_close(g.pareto(2.0, 3), [
        0.0055817016273759104, 2.0661285868832797, 0.8156803256180568])
    assert_libm_close(g.power(0.3, 3), [
        0.0069225663130292785, 1.564900130855645e-05, 0.000363636310263738])
    for call, message in [(lambda: g.weibull(-1.0), 'a < 0'),
                          (lambda: g.pareto(0.0), 'a <= 0'),
                          (lambda: g.power([-1.0]), 'a <= 0')]:
        assert_raises_value_error(call, message)


def test_laplace_gumbel_logistic_rayleigh_triangular():
    g = default_rng(8)
    assert_libm_close(g.laplace(1.0, 2.0, 3), [
        0.15053457571639495, 8.342368812081386, 0.09935226169859579])
    assert_libm_close(g.gumbel(1.0, [2.0, 0.5]), [
        0.11864223481313907, 0.6436660273674661])
    assert_libm_close(g.logistic(size=2), [
        -0.442754569625594, -0.2497628400445351])
    assert_libm_close(g.rayleigh(2.0, 3), [
        0.7526321448838214, 0.4658727228719989, 2.092445350557469])
    x = g.rayleigh()
    assert type(x) is float
    assert_libm_close(x, 0.6922099959980071)
    # a uniform and a square root: exact
    assert g.triangular(0.0, 0.3, 1.0, 3).tolist() == [
        0.2777473214368393, 0.23541339607236558, 0.2411625275022909]
    assert g.triangular([0.0, -1.0], [0.0, 0.5], 2.0).tolist() == [
        1.1370461661363824, 0.37964808797353045]
    for call, message in [(lambda: g.laplace(0.0, -1.0), 'scale < 0'),
                          (lambda: g.gumbel(0.0, [-1.0]), 'scale < 0'),
                          (lambda: g.logistic(0.0, -1.0), 'scale < 0'),
                          (lambda: g.rayleigh(-1.0), 'scale < 0'),
                          (lambda: g.triangular(1.0, 0.0, 2.0),
                           'left > mode'),
                          (lambda: g.triangular(0.0, 3.0, 2.0),
                           'mode > right'),
                          (lambda: g.triangular([0.0, 1.0], 1.0, 1.0),
                           'left == right')]:
        assert_raises_value_error(call, message)


def test_vonmises():
    g = default_rng(9)
    assert_libm_close(g.vonmises(0.5, 4.0, 3), [
        1.1680419967375997, 0.09635821350819995, 0.5044102257397993])
    # kappa below 1e-8: uniform on [-pi, pi); below 1e-5: the Taylor
    # expansion; above 1e6: a wrapped normal
    assert g.vonmises(0.0, 1e-9, 2).tolist() == [1.788256444591527,
                                                 -1.1585974424637075]
    assert_libm_close(g.vonmises(3.0, 1e-6, 2), [
        -1.0673149215670854, -2.4043342667627527])
    assert_libm_close(g.vonmises(3.1, 1e7, 3), [
        3.1007409951413263, 3.099970266422042, 3.0998782163900693])
    assert_libm_close(g.vonmises(-3.0, 0.3), -1.019163572657673)
    # an infinite angle wraps to nan
    assert all(math.isnan(v) for v in g.vonmises(float('inf'), 1.0, 2))
    assert_raises_value_error(lambda: g.vonmises(0.0, -1.0), 'kappa < 0')


def test_geometric_and_negative_binomial():
    g = default_rng(10)
    assert g.geometric(0.5, 6).tolist() == [5, 1, 3, 1, 2, 1]
    assert g.geometric(0.01, 4).tolist() == [131, 23, 76, 59]
    x = g.geometric(0.2)
    assert type(x) is int and x == 3
    assert g.geometric(1e-300, 2).tolist() == [2 ** 63 - 1] * 2
    a = g.negative_binomial(5.0, 0.3, 5)
    assert a.dtype == np.int64 and a.tolist() == [17, 6, 8, 23, 11]
    x = g.negative_binomial(0.5, 0.9)
    assert type(x) is int and x == 0
    assert g.negative_binomial([1.0, 20.0], [[0.5], [0.2]]).tolist() == [
        [3, 14], [3, 99]]
    # the search (p >= 1/3) and the inversion; gammas of both kinds into
    # both poisson algorithms
    g = default_rng(0)
    values = g.geometric(0.4, 3000).tolist() + \
        g.geometric(0.05, 3000).tolist() + \
        g.negative_binomial(3.0, 0.4, 3000).tolist() + \
        g.negative_binomial(100.0, 0.02, 1000).tolist()
    assert digest(values) == 14189897579971718
    nan = float('nan')
    for call, message in [
            (lambda: g.geometric(0.0), 'p <= 0, p > 1 or p contains NaNs'),
            (lambda: g.geometric([0.5, 1.5]),
             'p <= 0, p > 1 or p contains NaNs'),
            (lambda: g.negative_binomial(0.0, 0.5), 'n <= 0'),
            (lambda: g.negative_binomial(nan, 0.5), 'n must not be NaN'),
            (lambda: g.negative_binomial(1.0, nan),
             'p <= 0, p > 1 or p contains NaNs'),
            (lambda: g.negative_binomial(1e20, 1e-10),
             'n too large or p too small, see Generator.negative_binomial '
             'Notes')]:
        assert_raises_value_error(call, message)


def test_dirichlet():
    g = default_rng(12)
    assert_libm_close(g.dirichlet([1.0, 2.0, 3.0]), [
        0.1167110816339999, 0.4050352813425712, 0.47825363702342893])
    assert_libm_close(g.dirichlet([0.5, 0.5], (2,)), [
        [0.8005308115779275, 0.19946918842207245],
        [0.8160340629000394, 0.1839659370999606]])
    # every alpha below 0.1: stick-breaking with betas
    small = g.dirichlet([0.05, 0.02, 0.01], 2)
    assert small[0, 2] == 0.0
    assert_libm_close(small, [
        [0.9999243295443698, 7.567045563017238e-05, 0.0],
        [1.8389257458370703e-09, 0.9949842862966222, 0.0050157118644520325]])
    assert g.dirichlet([0.05, 0.0, 0.01], 2).tolist() == [[1.0, 0.0, 0.0],
                                                         [1.0, 0.0, 0.0]]
    assert g.dirichlet([1.0], (2, 3)).shape == (2, 3, 1)
    assert_raises_value_error(lambda: g.dirichlet([1.0, -1.0]), 'alpha < 0')
    with pytest.raises(TypeError):
        g.dirichlet(1.0)


def test_parameter_shapes_against_size():
    g = default_rng(0)
    assert g.gamma([1.0, 2.0], [[1.0], [2.0], [3.0]], (4, 3, 2)).shape == \
        (4, 3, 2)
    assert g.geometric([0.5, 0.1], (3, 2)).dtype == np.int64
    for args, message in [
            (([1.0, 2.0], [1.0, 2.0, 3.0]),
             'shape mismatch: objects cannot be broadcast to a single '
             'shape.  Mismatch is between arg 0 with shape (2,) and arg 1 '
             'with shape (3,).'),
            (([1.0, 2.0], 1.0, (2, 3)),
             'shape mismatch: objects cannot be broadcast to a single '
             'shape.  Mismatch is between arg 0 with shape (2, 3) and arg 1 '
             'with shape (2,).'),
            (([[1.0], [2.0]], [1.0, 2.0, 3.0], (3,)),
             'Output size (3,) is not compatible with broadcast dimensions '
             'of inputs (2, 3).')]:
        assert_raises_value_error(lambda: g.gamma(*args), message)


def test_noncentral_chisquare_noncentral_f_wald_logseries():
    g = default_rng(13)
    # df > 1: a chisquare and a shifted normal; below: through a poisson
    assert_libm_close(g.noncentral_chisquare(3.0, 2.0, 3), [
        6.190381913512814, 5.410177452350812, 3.5493037800091183])
    assert_libm_close(g.noncentral_chisquare(0.5, 2.0, 2), [
        1.0118474913418907, 0.07379667508044566])
    assert_libm_close(g.noncentral_chisquare(2.0, 0.0), 1.2557738616036318)
    assert_libm_close(g.noncentral_f(3.0, 5.0, 1.5, 2), [
        0.44722165227655014, 1.699651508889947])
    assert_libm_close(g.wald(3.0, 2.0, 3), [
        15.27788458435968, 0.7256366475568569, 4.553762960532723])
    assert_libm_close(g.wald(1.0, 1.0), 0.7999798506925543)
    a = g.logseries(0.5, 6)
    assert a.dtype == np.int64 and a.tolist() == [4, 1, 1, 1, 1, 1]
    assert g.logseries(0.99, 4).tolist() == [16, 4, 6, 1]
    x = g.logseries(0.6)
    assert type(x) is int and x == 2
    assert g.logseries([0.0, 0.8]).tolist() == [1, 4]
    g = default_rng(0)
    assert digest(g.logseries(0.9, 3000).tolist() +
                  g.logseries(0.3, 3000).tolist()) == 1151180344988355810
    for call, message in [
            (lambda: g.noncentral_chisquare(0.0, 1.0), 'df <= 0'),
            (lambda: g.noncentral_chisquare(1.0, -1.0), 'nonc < 0'),
            (lambda: g.noncentral_f(1.0, 1.0, -1.0), 'nonc < 0'),
            (lambda: g.wald(1.0, 0.0), 'scale <= 0'),
            (lambda: g.wald([1.0], [-1.0]), 'scale <= 0'),
            (lambda: g.logseries(1.0), 'p < 0, p >= 1 or p is NaN'),
            (lambda: g.logseries([0.5, 1.0]),
             'p < 0, p >= 1 or p contains NaNs')]:
        assert_raises_value_error(call, message)
