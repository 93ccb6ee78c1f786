"""The math module, as CPython 3.11's: math domain errors are ValueError,
math range errors OverflowError."""

import math
from rpython.rlib import rfloat
from rpython.rlib.rbigint import rbigint
from rpython.rlib.longlong2float import float2longlong, longlong2float
from pypy.interpreter.arguments import check_args, keyword_value, \
    check_keywords
from pypy.interpreter.error import OperationError
from pypy.interpreter.function import BuiltinFunction
from rpython.rtyper.lltypesystem import rffi
from rpython.translator.tool.cbuild import ExternalCompilationInfo

libm_eci = ExternalCompilationInfo(includes=['math.h'], libraries=['m'])
INF = rfloat.INFINITY
NAN = rfloat.NAN


def domain_error(space):
    return space.error(space.w_ValueError, "math domain error")


def range_error(space):
    return space.error(space.w_OverflowError, "math range error")


def float_arg(space, w_x):
    from pypy.objspace.floatobject import W_FloatObject
    from pypy.objspace.intobject import W_AbstractIntObject
    if isinstance(w_x, W_FloatObject):
        return w_x.floatval
    if isinstance(w_x, W_AbstractIntObject):
        return w_x.float_w(space)
    w_float = space.call_special(w_x, '__float__')
    if w_float is None:
        w_float = space.call_special(w_x, '__index__')
    if w_float is None:
        raise space.error(space.w_TypeError,
                          "must be real number, not %s" %
                          space.type_name(space.type(w_x)))
    return space.float_w(w_float)


def int_arg(space, w_x):
    """w_x as an rbigint (through __index__)."""
    from pypy.objspace.intobject import W_AbstractIntObject
    if isinstance(w_x, W_AbstractIntObject):
        return w_x.asbigint()
    w_index = space.call_special(w_x, '__index__')
    if w_index is None or not isinstance(w_index, W_AbstractIntObject):
        raise space.error(space.w_TypeError,
                          "'%s' object cannot be interpreted as an integer"
                          % space.type_name(space.type(w_x)))
    return w_index.asbigint()


def make_unary(name, func):
    def math_unary(space, args):
        check_args(space, args, name, 1, 1)
        x = float_arg(space, args.arguments_w[0])
        try:
            r = func(x)
        except ValueError:
            raise domain_error(space)
        except OverflowError:
            raise range_error(space)
        return space.newfloat(r)
    math_unary.func_name = 'math_' + name
    return math_unary


def make_binary(name, func):
    def math_binary(space, args):
        check_args(space, args, name, 2, 2)
        x = float_arg(space, args.arguments_w[0])
        y = float_arg(space, args.arguments_w[1])
        try:
            r = func(x, y)
        except ValueError:
            raise domain_error(space)
        except OverflowError:
            raise range_error(space)
        return space.newfloat(r)
    math_binary.func_name = 'math_' + name
    return math_binary


def _sqrt(x):
    if x < 0.0:
        raise ValueError
    return math.sqrt(x)


def _exp(x):
    r = math.exp(x)
    if rfloat.isinf(r) and not rfloat.isinf(x):
        raise OverflowError
    return r


def _sin(x):
    if rfloat.isinf(x):
        raise ValueError
    return math.sin(x)


def _cos(x):
    if rfloat.isinf(x):
        raise ValueError
    return math.cos(x)


def _tan(x):
    if rfloat.isinf(x):
        raise ValueError
    return math.tan(x)


def _asin(x):
    if x < -1.0 or x > 1.0:
        raise ValueError
    return math.asin(x)


def _acos(x):
    if x < -1.0 or x > 1.0:
        raise ValueError
    return math.acos(x)


def _acosh(x):
    if x < 1.0:
        raise ValueError
    return math.acosh(x)


def _atanh(x):
    if x <= -1.0 or x >= 1.0:
        raise ValueError
    return math.atanh(x)


def _fabs(x):
    return math.fabs(x)


def _atan(x):
    return math.atan(x)


def _sinh(x):
    return math.sinh(x)


def _cosh(x):
    return math.cosh(x)


def _tanh(x):
    return math.tanh(x)


def _asinh(x):
    return math.asinh(x)


def _expm1(x):
    return math.expm1(x)


def _log1p(x):
    if x <= -1.0:
        raise ValueError
    return math.log1p(x)


c_erf = rffi.llexternal('erf', [rffi.DOUBLE], rffi.DOUBLE,
                        compilation_info=libm_eci, sandboxsafe=True,
                        elidable_function=True)
c_erfc = rffi.llexternal('erfc', [rffi.DOUBLE], rffi.DOUBLE,
                         compilation_info=libm_eci, sandboxsafe=True,
                         elidable_function=True)


def _erf(x):
    if rfloat.isnan(x):
        return x
    return c_erf(x)


def _erfc(x):
    if rfloat.isnan(x):
        return x
    return c_erfc(x)


def _gamma(x):
    return rfloat.gamma(x)


def _lgamma(x):
    return rfloat.lgamma(x)


def _degrees(x):
    return x * (180.0 / math.pi)


def _radians(x):
    return x * (math.pi / 180.0)


c_exp2 = rffi.llexternal('exp2', [rffi.DOUBLE], rffi.DOUBLE,
                         compilation_info=libm_eci, sandboxsafe=True,
                         elidable_function=True)
c_cbrt = rffi.llexternal('cbrt', [rffi.DOUBLE], rffi.DOUBLE,
                         compilation_info=libm_eci, sandboxsafe=True,
                         elidable_function=True)


def _exp2(x):
    if rfloat.isnan(x) or rfloat.isinf(x):
        if x < 0.0:
            return 0.0
        return x
    r = c_exp2(x)
    if rfloat.isinf(r):
        raise OverflowError
    return r


def _cbrt(x):
    if rfloat.isnan(x) or rfloat.isinf(x) or x == 0.0:
        return x
    return c_cbrt(x)


def _atan2(y, x):
    return math.atan2(y, x)


def _copysign(x, y):
    return math.copysign(x, y)


def _fmod(x, y):
    if rfloat.isinf(y) and rfloat.isfinite(x):
        return x
    if y == 0.0 or rfloat.isinf(x):
        if rfloat.isnan(x) or rfloat.isnan(y):
            return NAN
        raise ValueError
    return math.fmod(x, y)


def _pow(x, y):
    return math.pow(x, y)


def _nextafter(x, y):
    if rfloat.isnan(x):
        return x
    if rfloat.isnan(y):
        return y
    if x == y:
        return y
    if x == 0.0:
        return math.copysign(5e-324, y)
    bits = float2longlong(x)
    if (y > x) == (x > 0.0):
        bits += 1
    else:
        bits -= 1
    return longlong2float(bits)


def _ulp(x):
    if rfloat.isnan(x):
        return x
    x = abs(x)
    if rfloat.isinf(x):
        return x
    x2 = _nextafter(x, INF)
    if rfloat.isinf(x2):
        x2 = _nextafter(x, -INF)
        return x - x2
    return x2 - x


def int_log(space, w_x, base10, base2):
    """log of an int argument that may be too large for a float."""
    from pypy.objspace.intobject import W_AbstractIntObject
    assert isinstance(w_x, W_AbstractIntObject)
    num = w_x.asbigint()
    if num.sign <= 0:
        raise domain_error(space)
    try:
        x = num.tofloat()
        e = 0
    except OverflowError:
        shift = num.bit_length() - 60
        m, e2 = math.frexp(num.rshift(shift).tofloat())
        x = m
        e = shift + e2
    if base2:
        return rfloat.log2(x) + e
    if base10:
        return math.log10(x) + e * math.log10(2.0)
    return math.log(x) + e * math.log(2.0)


def log_of(space, w_x, base10, base2):
    from pypy.objspace.intobject import W_AbstractIntObject
    if isinstance(w_x, W_AbstractIntObject):
        return int_log(space, w_x, base10, base2)
    x = float_arg(space, w_x)
    if rfloat.isnan(x) or (rfloat.isinf(x) and x > 0.0):
        return x
    if x <= 0.0:
        raise domain_error(space)
    try:
        if base2:
            return rfloat.log2(x)
        if base10:
            return math.log10(x)
        return math.log(x)
    except ValueError:
        raise domain_error(space)
    except OverflowError:
        raise range_error(space)


def math_log(space, args):
    check_args(space, args, 'log', 1, 2)
    num = log_of(space, args.arguments_w[0], False, False)
    if len(args.arguments_w) == 1:
        return space.newfloat(num)
    den = log_of(space, args.arguments_w[1], False, False)
    if den == 0.0:
        raise space.error(space.w_ZeroDivisionError, "float division by zero")
    return space.newfloat(num / den)


def math_log2(space, args):
    check_args(space, args, 'log2', 1, 1)
    return space.newfloat(log_of(space, args.arguments_w[0], False, True))


def math_log10(space, args):
    check_args(space, args, 'log10', 1, 1)
    return space.newfloat(log_of(space, args.arguments_w[0], True, False))


def rounding(space, args, fname, special, kind):
    from pypy.objspace.floatobject import W_FloatObject
    from pypy.objspace.intobject import W_AbstractIntObject
    check_args(space, args, fname, 1, 1)
    w_x = args.arguments_w[0]
    if isinstance(w_x, W_AbstractIntObject):
        return space.newbigint(w_x.asbigint())
    if not isinstance(w_x, W_FloatObject):
        w_meth = space.lookup(w_x, special)
        if w_meth is not None:
            return space.call_function(w_meth.get(space, w_x,
                                                  space.type(w_x)))
        if kind == 2:
            raise space.error(space.w_TypeError,
                              "type %s doesn't define %s method" % (
                                  space.type_name(space.type(w_x)), special))
    x = float_arg(space, w_x)
    if kind == 0:
        x = math.floor(x)
    elif kind == 1:
        x = -math.floor(-x)
    return space.int_from_float(x)


def math_floor(space, args):
    return rounding(space, args, 'floor', '__floor__', 0)


def math_ceil(space, args):
    return rounding(space, args, 'ceil', '__ceil__', 1)


def math_trunc(space, args):
    return rounding(space, args, 'trunc', '__trunc__', 2)


def math_isfinite(space, args):
    check_args(space, args, 'isfinite', 1, 1)
    return space.newbool(rfloat.isfinite(float_arg(space,
                                                   args.arguments_w[0])))


def math_isinf(space, args):
    check_args(space, args, 'isinf', 1, 1)
    return space.newbool(rfloat.isinf(float_arg(space, args.arguments_w[0])))


def math_isnan(space, args):
    check_args(space, args, 'isnan', 1, 1)
    return space.newbool(rfloat.isnan(float_arg(space, args.arguments_w[0])))


def math_isclose(space, args):
    check_keywords(space, args, 'isclose', ['rel_tol', 'abs_tol'])
    if len(args.arguments_w) != 2:
        raise space.error(space.w_TypeError,
                          "isclose() takes exactly 2 positional arguments "
                          "(%d given)" % len(args.arguments_w))
    a = float_arg(space, args.arguments_w[0])
    b = float_arg(space, args.arguments_w[1])
    rel_tol = 1e-09
    abs_tol = 0.0
    w_rel = keyword_value(args, 'rel_tol')
    w_abs = keyword_value(args, 'abs_tol')
    if w_rel is not None:
        rel_tol = float_arg(space, w_rel)
    if w_abs is not None:
        abs_tol = float_arg(space, w_abs)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise space.error(space.w_ValueError,
                          "tolerances must be non-negative")
    if a == b:
        return space.w_True
    if rfloat.isinf(a) or rfloat.isinf(b):
        return space.w_False
    diff = abs(b - a)
    return space.newbool(diff <= abs(rel_tol * b) or
                         diff <= abs(rel_tol * a) or diff <= abs_tol)


def math_hypot(space, args):
    check_args(space, args, 'hypot', 0, 1 << 30)
    coords = [float_arg(space, w_x) for w_x in args.arguments_w]
    return space.newfloat(vector_norm(coords))


def vector_norm(coords):
    found_nan = False
    maxval = 0.0
    for x in coords:
        x = abs(x)
        if rfloat.isnan(x):
            found_nan = True
        elif x > maxval:
            maxval = x
    if rfloat.isinf(maxval):
        return maxval
    if found_nan:
        return NAN
    if maxval == 0.0 or len(coords) <= 1:
        return maxval
    if len(coords) == 2:
        return math.hypot(coords[0], coords[1])
    # scaled, compensated sum of squares
    total = 0.0
    comp = 0.0
    for x in coords:
        y = x / maxval
        sq = y * y
        t = total + sq
        if abs(total) >= abs(sq):
            comp += (total - t) + sq
        else:
            comp += (sq - t) + total
        total = t
    return math.sqrt(total + comp) * maxval


def math_dist(space, args):
    check_args(space, args, 'dist', 2, 2)
    p = space.unpackiterable(args.arguments_w[0])
    q = space.unpackiterable(args.arguments_w[1])
    if len(p) != len(q):
        raise space.error(space.w_ValueError,
                          "both points must have the same number of "
                          "dimensions")
    diffs = []
    for i in range(len(p)):
        diffs.append(float_arg(space, p[i]) - float_arg(space, q[i]))
    return space.newfloat(vector_norm(diffs))


def math_modf(space, args):
    check_args(space, args, 'modf', 1, 1)
    x = float_arg(space, args.arguments_w[0])
    if rfloat.isinf(x):
        return space.newtuple([space.newfloat(math.copysign(0.0, x)),
                               space.newfloat(x)])
    if rfloat.isnan(x):
        return space.newtuple([space.newfloat(x), space.newfloat(x)])
    frac, integer = math.modf(x)
    return space.newtuple([space.newfloat(frac), space.newfloat(integer)])


def math_frexp(space, args):
    check_args(space, args, 'frexp', 1, 1)
    x = float_arg(space, args.arguments_w[0])
    if rfloat.isnan(x) or rfloat.isinf(x) or x == 0.0:
        return space.newtuple([space.newfloat(x), space.newint(0)])
    m, e = math.frexp(x)
    return space.newtuple([space.newfloat(m), space.newint(e)])


def math_ldexp(space, args):
    check_args(space, args, 'ldexp', 2, 2)
    x = float_arg(space, args.arguments_w[0])
    from pypy.objspace.intobject import W_AbstractIntObject
    w_i = args.arguments_w[1]
    if not isinstance(w_i, W_AbstractIntObject):
        raise space.error(space.w_TypeError,
                          "Expected an int as second argument to ldexp.")
    num = w_i.asbigint()
    try:
        e = num.toint()
    except OverflowError:
        e = 1 << 30 if num.sign > 0 else -(1 << 30)
    if e > (1 << 30):
        e = 1 << 30
    elif e < -(1 << 30):
        e = -(1 << 30)
    if x == 0.0 or rfloat.isinf(x) or rfloat.isnan(x):
        return space.newfloat(x)
    try:
        r = math.ldexp(x, e)
    except OverflowError:
        raise range_error(space)
    if rfloat.isinf(r):
        raise range_error(space)
    return space.newfloat(r)


def math_fsum(space, args):
    check_args(space, args, 'fsum', 1, 1)
    partials = []
    special_sum = 0.0
    inf_sum = 0.0
    w_iter = space.iter(args.arguments_w[0])
    while True:
        w_item = space.next_or_none(w_iter)
        if w_item is None:
            break
        x = float_arg(space, w_item)
        xsave = x
        i = 0
        for j in range(len(partials)):
            y = partials[j]
            if abs(x) < abs(y):
                x, y = y, x
            hi = x + y
            yr = hi - x
            lo = y - yr
            if lo != 0.0:
                partials[i] = lo
                i += 1
            x = hi
        while len(partials) > i:
            partials.pop()
        if x != 0.0:
            if not rfloat.isfinite(x):
                if rfloat.isfinite(xsave):
                    raise space.error(space.w_OverflowError,
                                      "intermediate overflow in fsum")
                if rfloat.isinf(xsave):
                    inf_sum += xsave
                special_sum += xsave
                while len(partials) > 0:
                    partials.pop()
            else:
                partials.append(x)
    if special_sum != 0.0:
        if rfloat.isnan(inf_sum):
            raise space.error(space.w_ValueError, "-inf + inf in fsum")
        return space.newfloat(special_sum)
    hi = 0.0
    n = len(partials)
    if n > 0:
        n -= 1
        hi = partials[n]
        lo = 0.0
        while n > 0:
            x = hi
            n -= 1
            y = partials[n]
            hi = x + y
            yr = hi - x
            lo = y - yr
            if lo != 0.0:
                break
        if n > 0 and ((lo < 0.0 and partials[n - 1] < 0.0) or
                      (lo > 0.0 and partials[n - 1] > 0.0)):
            y = lo * 2.0
            x = hi + y
            yr = x - hi
            if y == yr:
                hi = x
    return space.newfloat(hi)


# ____________________________________________________________
# integer functions

def bigint_product(lo, hi):
    """The product of the integers lo..hi (machine ints, lo <= hi + 1)."""
    if hi < lo:
        return rbigint.fromint(1)
    if hi - lo < 8:
        result = rbigint.fromint(lo)
        for k in range(lo + 1, hi + 1):
            result = result.int_mul(k)
        return result
    mid = (lo + hi) // 2
    return bigint_product(lo, mid).mul(bigint_product(mid + 1, hi))


def small_int(space, num, what):
    try:
        return num.toint()
    except OverflowError:
        raise space.error(space.w_OverflowError,
                          "%s must not exceed %d" % (what, 2147483647))


def math_factorial(space, args):
    from pypy.objspace.intobject import W_AbstractIntObject
    check_args(space, args, 'factorial', 1, 1)
    w_x = args.arguments_w[0]
    if not isinstance(w_x, W_AbstractIntObject):
        num = int_arg(space, w_x)
    else:
        num = w_x.asbigint()
    if num.sign < 0:
        raise space.error(space.w_ValueError,
                          "factorial() not defined for negative values")
    try:
        n = num.toint()
    except OverflowError:
        raise space.error(space.w_OverflowError,
                          "factorial() argument should not exceed %d" %
                          2147483647)
    return space.newbigint(bigint_product(1, n))


def bigint_gcd(a, b):
    a = a.abs()
    b = b.abs()
    while b.tobool():
        a, b = b, a.mod(b)
    return a


def math_gcd(space, args):
    check_args(space, args, 'gcd', 0, 1 << 30)
    result = rbigint.fromint(0)
    for w_x in args.arguments_w:
        result = bigint_gcd(result, int_arg(space, w_x))
    return space.newbigint(result)


def math_lcm(space, args):
    check_args(space, args, 'lcm', 0, 1 << 30)
    result = rbigint.fromint(1)
    for w_x in args.arguments_w:
        num = int_arg(space, w_x).abs()
        if not num.tobool() or not result.tobool():
            result = rbigint.fromint(0)
            continue
        g = bigint_gcd(result, num)
        result = result.floordiv(g).mul(num)
    return space.newbigint(result)


def comb_perm_args(space, args, fname):
    n = int_arg(space, args.arguments_w[0])
    k = int_arg(space, args.arguments_w[1])
    if n.sign < 0:
        raise space.error(space.w_ValueError,
                          "n must be a non-negative integer")
    if k.sign < 0:
        raise space.error(space.w_ValueError,
                          "k must be a non-negative integer")
    return n, k


def math_comb(space, args):
    check_args(space, args, 'comb', 2, 2)
    n, k = comb_perm_args(space, args, 'comb')
    if k.gt(n):
        return space.newint(0)
    nk = n.sub(k)
    if nk.lt(k):
        k = nk
    kk = small_int(space, k, "min(n - k, k)")
    result = rbigint.fromint(1)
    for i in range(1, kk + 1):
        # result = result * (n - kk + i) // i
        factor = n.sub(rbigint.fromint(kk - i))
        result = result.mul(factor).floordiv(rbigint.fromint(i))
    return space.newbigint(result)


def math_perm(space, args):
    check_args(space, args, 'perm', 1, 2)
    if len(args.arguments_w) == 1 or space.is_none(args.arguments_w[1]):
        n = int_arg(space, args.arguments_w[0])
        if n.sign < 0:
            raise space.error(space.w_ValueError,
                              "n must be a non-negative integer")
        nn = small_int(space, n, "n")
        return space.newbigint(bigint_product(1, nn))
    n, k = comb_perm_args(space, args, 'perm')
    if k.gt(n):
        return space.newint(0)
    kk = small_int(space, k, "k")
    result = rbigint.fromint(1)
    for i in range(kk):
        result = result.mul(n.sub(rbigint.fromint(i)))
    return space.newbigint(result)


def math_isqrt(space, args):
    check_args(space, args, 'isqrt', 1, 1)
    n = int_arg(space, args.arguments_w[0])
    if n.sign < 0:
        raise space.error(space.w_ValueError,
                          "isqrt() argument must be nonnegative")
    if not n.tobool():
        return space.newint(0)
    bits = n.bit_length()
    x = rbigint.fromint(1).lshift((bits + 1) // 2)
    while True:
        y = x.add(n.floordiv(x)).rshift(1)
        if y.ge(x):
            break
        x = y
    return space.newbigint(x)


def math_prod(space, args):
    check_keywords(space, args, 'prod', ['start'])
    check_args_count = len(args.arguments_w)
    if check_args_count != 1:
        raise space.error(space.w_TypeError,
                          "prod() takes exactly 1 positional argument (%d "
                          "given)" % check_args_count)
    w_result = keyword_value(args, 'start')
    if w_result is None:
        w_result = space.newint(1)
    w_iter = space.iter(args.arguments_w[0])
    while True:
        w_item = space.next_or_none(w_iter)
        if w_item is None:
            return w_result
        w_result = space.mul(w_result, w_item)


FUNCTIONS = [
    ('sqrt', make_unary('sqrt', _sqrt)),
    ('exp', make_unary('exp', _exp)),
    ('exp2', make_unary('exp2', _exp2)),
    ('expm1', make_unary('expm1', _expm1)),
    ('log1p', make_unary('log1p', _log1p)),
    ('sin', make_unary('sin', _sin)),
    ('cos', make_unary('cos', _cos)),
    ('tan', make_unary('tan', _tan)),
    ('asin', make_unary('asin', _asin)),
    ('acos', make_unary('acos', _acos)),
    ('atan', make_unary('atan', _atan)),
    ('sinh', make_unary('sinh', _sinh)),
    ('cosh', make_unary('cosh', _cosh)),
    ('tanh', make_unary('tanh', _tanh)),
    ('asinh', make_unary('asinh', _asinh)),
    ('acosh', make_unary('acosh', _acosh)),
    ('atanh', make_unary('atanh', _atanh)),
    ('fabs', make_unary('fabs', _fabs)),
    ('erf', make_unary('erf', _erf)),
    ('erfc', make_unary('erfc', _erfc)),
    ('gamma', make_unary('gamma', _gamma)),
    ('lgamma', make_unary('lgamma', _lgamma)),
    ('degrees', make_unary('degrees', _degrees)),
    ('radians', make_unary('radians', _radians)),
    ('cbrt', make_unary('cbrt', _cbrt)),
    ('ulp', make_unary('ulp', _ulp)),
    ('atan2', make_binary('atan2', _atan2)),
    ('copysign', make_binary('copysign', _copysign)),
    ('fmod', make_binary('fmod', _fmod)),
    ('pow', make_binary('pow', _pow)),
    ('nextafter', make_binary('nextafter', _nextafter)),
    ('log', math_log), ('log2', math_log2), ('log10', math_log10),
    ('floor', math_floor), ('ceil', math_ceil), ('trunc', math_trunc),
    ('isfinite', math_isfinite), ('isinf', math_isinf),
    ('isnan', math_isnan), ('isclose', math_isclose),
    ('hypot', math_hypot), ('dist', math_dist), ('modf', math_modf),
    ('frexp', math_frexp), ('ldexp', math_ldexp), ('fsum', math_fsum),
    ('factorial', math_factorial), ('gcd', math_gcd), ('lcm', math_lcm),
    ('comb', math_comb), ('perm', math_perm), ('isqrt', math_isqrt),
    ('prod', math_prod),
]


def make_module(space):
    w_mod = space.newmodule('math')
    setitem = w_mod.w_dict.setitem_str
    for name, func in FUNCTIONS:
        setitem(space, name, BuiltinFunction(name, func))
    setitem(space, 'pi', space.newfloat(math.pi))
    setitem(space, 'e', space.newfloat(math.e))
    setitem(space, 'tau', space.newfloat(2.0 * math.pi))
    setitem(space, 'inf', space.newfloat(INF))
    setitem(space, 'nan', space.newfloat(NAN))
    return w_mod
