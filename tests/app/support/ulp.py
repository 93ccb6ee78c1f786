"""Results of transcendental functions compared within a tolerance in ulps.

NumPy's transcendental ufuncs are not bit for bit the same on every CPU:
which code computes them depends on the CPU NumPy finds at run time. On
x86-64 with AVX-512, NumPy 2.x runs SIMD code of its own or Intel's SVML
for exp, log, expm1, log1p, cbrt, exp2, arcsinh, tanh, power ... in float32
and float64, where other CPUs call the C library (or other SIMD code), and
the results differ in the last bit or more: np.expm1(1.0) is
1.7182818284590453 there and 1.718281828459045 with the C library, and
np.cbrt(np.float32(-27.0)) is -2.9999998 instead of -3.0.

So values of these functions written in the tests are compared within
TOLERANCE (below, in ulps: units in the last place of the result's format),
while correctly rounded operations stay exact: + - * /, sqrt, casts, fabs,
copysign, nextafter and deg2rad/rad2deg (one multiplication by a constant).

Imported by the tests both in CPython (tests/app/conftest.py appends this
folder to sys.path) and in pypy-c (this folder is its PYTHONPATH), so it is
plain Python using math.frexp/ldexp only: no struct, no numpy.
"""

import math

# name: (float32 ulps, float64 ulps)
#
# For functions that NumPy checks itself, the tolerance is the largest error
# NumPy's test_umath_accuracy.py accepts (numpy/_core/tests/data/
# umath-validation-set-<name>.csv: the distance from the correctly rounded
# result) plus 1 for the value written in the test: NumPy's result on a CPU
# without AVX-512, mostly the C library's, and within one ulp of the
# correctly rounded result (checked with mpmath; so is a new value to be).
# No validation data exists for the others: arctan2 and power run in SVML
# with AVX-512 like arctan and exp, and get their tolerances; hypot,
# logaddexp and logaddexp2 are C library code on every CPU (one call, two
# calls chained). 0 means bit for bit (nan equal to nan, -0.0 not 0.0).
TOLERANCE = {
    'arccos': (4, 2),
    'arccosh': (3, 2),
    'arcsin': (5, 2),
    'arcsinh': (3, 2),
    'arctan': (4, 2),
    'arctan2': (4, 2),
    'arctanh': (3, 2),
    'cbrt': (3, 3),
    'cos': (3, 2),
    'cosh': (4, 2),
    'exp': (4, 2),
    'exp2': (3, 2),
    'expm1': (4, 2),
    'log': (5, 2),
    'log10': (5, 2),
    'log1p': (3, 2),
    'log2': (4, 2),
    'sin': (3, 2),
    'sinh': (3, 2),
    'tan': (5, 2),
    'tanh': (3, 3),
    'power': (4, 2),
    'float_power': (4, 2),
    'hypot': (1, 1),
    'logaddexp': (2, 2),
    'logaddexp2': (2, 2),
    # correctly rounded: exact
    'copysign': (0, 0),
    'deg2rad': (0, 0),
    'fabs': (0, 0),
    'nextafter': (0, 0),
    'rad2deg': (0, 0),
    'sqrt': (0, 0),
}

# the math module's names of the same functions (the C library's, checked
# with the float64 tolerances)
ALIASES = {
    'acos': 'arccos', 'acosh': 'arccosh', 'asin': 'arcsin',
    'asinh': 'arcsinh', 'atan': 'arctan', 'atan2': 'arctan2',
    'atanh': 'arctanh', 'pow': 'power', 'radians': 'deg2rad',
    'degrees': 'rad2deg',
}

# (bits of precision, frexp exponent of the smallest normal number)
FORMATS = {'float32': (24, -125), 'float64': (53, -1021)}


def format_name(dtype):
    """'float32' or 'float64' for a dtype, scalar type or name."""
    if isinstance(dtype, str):
        name = dtype
    else:
        name = getattr(dtype, 'name', None)
        if not isinstance(name, str):
            name = getattr(dtype, '__name__', '')
    if '32' in name:
        return 'float32'
    if '64' in name or name == 'float':
        return 'float64'
    raise ValueError('not a float32 or float64 dtype: %r' % (dtype,))


def tolerance(func, dtype='float64'):
    """The tolerance of TOLERANCE in ulps of func's results in dtype."""
    func = ALIASES.get(func, func)
    if func not in TOLERANCE:
        raise KeyError('no ulp tolerance for %r: add it to TOLERANCE' % func)
    f32, f64 = TOLERANCE[func]
    if format_name(dtype) == 'float32':
        return f32
    return f64


def _ordinal(x, fmt):
    """Position of finite x >= 0 among the numbers of the format: 0.0 is 0,
    the smallest subnormal 1, and so on (the bit pattern as an integer)."""
    bits, emin = FORMATS[fmt]
    if x == 0.0:
        return 0
    m, e = math.frexp(x)
    if e < emin:                    # subnormal: multiples of 2**(emin-bits)
        return int(math.ldexp(x, bits - emin))
    half = 2 ** (bits - 1)
    return (e - emin + 1) * half + int(math.ldexp(m, bits)) - half


def ulp_distance(a, b, dtype='float64'):
    """How many numbers of the format lie from a to b (finite numbers of the
    format): 0 when equal, 1 for neighbours, across zero too."""
    fmt = format_name(dtype)
    a = float(a)
    b = float(b)
    oa = _ordinal(abs(a), fmt)
    ob = _ordinal(abs(b), fmt)
    if (a < 0.0) != (b < 0.0):
        return oa + ob
    return abs(oa - ob)


def _signbit(x):
    return math.copysign(1.0, x) < 0.0


def mismatch(got, expected, func, dtype='float64'):
    """None if got is expected within func's tolerance, else why not. nan,
    infinities and zeros (with their sign) must be exactly the expected."""
    tol = tolerance(func, dtype)
    got = float(got)
    expected = float(expected)
    if expected != expected:
        if got != got:
            return None
        return 'expected nan'
    if got != got:
        return 'got nan'
    if expected == 0.0 or got == 0.0 or math.isinf(expected) \
            or math.isinf(got) or tol == 0:
        if got == expected and _signbit(got) == _signbit(expected):
            return None
        return 'not bit for bit'
    distance = ulp_distance(got, expected, dtype)
    if distance <= tol:
        return None
    return '%d ulps apart (tolerance %d)' % (distance, tol)


def assert_ulp_close(got, expected, func, dtype='float64'):
    """Assert that got (a number, or a list of numbers) is expected within
    TOLERANCE[func] ulps of dtype (see mismatch)."""
    fmt = format_name(dtype)
    if isinstance(expected, (list, tuple)):
        got = list(got)
        assert len(got) == len(expected), (
            '%s %s: %d results, expected %d: %r' % (
                func, fmt, len(got), len(expected), got))
        i = 0
        while i < len(expected):
            why = mismatch(got[i], expected[i], func, fmt)
            assert why is None, '%s %s [%d]: got %r, expected %r: %s' % (
                func, fmt, i, got[i], expected[i], why)
            i += 1
    else:
        why = mismatch(got, expected, func, fmt)
        assert why is None, '%s %s: got %r, expected %r: %s' % (
            func, fmt, got, expected, why)
