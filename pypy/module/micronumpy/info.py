"""np.iinfo and np.finfo: the limits of the integer and floating dtypes.

Like NumPy, both accept a dtype, anything np.dtype() accepts, or an
instance whose type np.dtype() accepts (np.int16(3), 1.5).  An array is
none of these: NumPy then describes `object` and refuses it."""

import math
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rfloat import formatd
from pypy.interpreter.arguments import check_args
from pypy.interpreter.error import OperationError
from pypy.objspace.root import W_Root
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy import boxes

RULE = '-' * 63 + '\n'


def info_dtype(space, args, fname):
    """The argument, and np.dtype(it) or else np.dtype(type(it)); None when
    neither is one of our dtypes (NumPy would find a str or object dtype)."""
    check_args(space, args, fname, 1, 1)
    w_obj = args.arguments_w[0]
    return w_obj, find_dtype(space, w_obj)


def find_dtype(space, w_obj):
    for w_candidate in [w_obj, space.type(w_obj)]:
        try:
            return dt.dtype_from_w(space, w_candidate)
        except OperationError as e:
            if not e.match(space, space.w_TypeError):
                raise
    return None


def is_text(space, w_obj):
    return space.isinstance_w(w_obj, space.w_str) or w_obj is space.w_str


# ____________________________________________________________
# iinfo

class W_IInfo(W_Root):
    _immutable_fields_ = ['dtype']

    def __init__(self, dtype):
        self.dtype = dtype

    def getclass(self, space):
        return space.w_numpy_iinfo

    def limit(self, space, upper):
        """min (upper=False) or max as a Python int; a bigint because
        uint64's max does not fit in a machine int."""
        bits = self.dtype.itemsize * 8
        if self.dtype.kind == dt.KIND_INT:
            bits -= 1
        elif not upper:
            return space.newint(0)
        power = rbigint.fromint(1).lshift(bits)
        if upper:
            return space.newbigint(power.sub(rbigint.fromint(1)))
        return space.newbigint(power.neg())

    def repr(self, space):
        return space.newtext_utf8('iinfo(min=%s, max=%s, dtype=%s)' % (
            space.str_utf8(self.limit(space, False)),
            space.str_utf8(self.limit(space, True)), self.dtype.name))

    def str(self, space):
        return space.newtext_utf8(
            'Machine parameters for %s\n%smin = %s\nmax = %s\n%s' % (
                self.dtype.name, RULE,
                space.str_utf8(self.limit(space, False)),
                space.str_utf8(self.limit(space, True)), RULE))


def iinfo_new(space, w_type, args):
    w_obj, dtype = info_dtype(space, args, 'iinfo')
    if dtype is None:
        kind = 'U' if is_text(space, w_obj) else 'O'
    elif dtype.kind != dt.KIND_INT and dtype.kind != dt.KIND_UINT:
        kind = dt.KIND_CHARS[dtype.kind]
    else:
        return W_IInfo(dtype)
    raise space.error(space.w_ValueError,
                      "Invalid integer data type '%s'." % kind)


def iinfo_of(space, w_info):
    assert isinstance(w_info, W_IInfo)
    return w_info


iinfo_getset = {
    'min': lambda space, w_i: iinfo_of(space, w_i).limit(space, False),
    'max': lambda space, w_i: iinfo_of(space, w_i).limit(space, True),
    'bits': lambda space, w_i: space.newint(
        iinfo_of(space, w_i).dtype.itemsize * 8),
    'dtype': lambda space, w_i: iinfo_of(space, w_i).dtype,
    'kind': lambda space, w_i: space.newtext_ascii(
        dt.KIND_CHARS[iinfo_of(space, w_i).dtype.kind]),
}


# ____________________________________________________________
# finfo

class W_FInfo(W_Root):
    """The IEEE parameters of one float dtype; derived ones are computed
    from these as in IEEE 754 binary formats."""
    _immutable_fields_ = ['dtype', 'nmant', 'maxexp', 'nexp', 'precision',
                          'resolution', 'repr_digits']

    def __init__(self, dtype, nmant, maxexp, nexp, precision, resolution,
                 repr_digits):
        self.dtype = dtype
        self.nmant = nmant              # stored mantissa bits
        self.maxexp = maxexp            # 2**maxexp overflows
        self.nexp = nexp                # exponent bits
        self.precision = precision      # decimal digits
        self.resolution = resolution    # 10**-precision
        self.repr_digits = repr_digits  # NumPy's '%.Ne' for min/max

    def getclass(self, space):
        return space.w_numpy_finfo

    def minexp(self):
        return 2 - self.maxexp

    def int_value(self, name):
        if name == 'bits':
            return self.dtype.itemsize * 8
        if name == 'precision':
            return self.precision
        if name == 'nmant':
            return self.nmant
        if name == 'machep':
            return -self.nmant
        if name == 'negep':
            return -self.nmant - 1
        if name == 'maxexp':
            return self.maxexp
        if name == 'minexp':
            return self.minexp()
        assert name == 'nexp' or name == 'iexp'
        return self.nexp

    def float_value(self, name):
        if name == 'eps':
            return math.ldexp(1.0, -self.nmant)
        if name == 'epsneg':
            return math.ldexp(1.0, -self.nmant - 1)
        if name == 'max' or name == 'min':
            largest = math.ldexp(2.0 - math.ldexp(1.0, -self.nmant),
                                 self.maxexp - 1)
            return largest if name == 'max' else -largest
        if name == 'tiny' or name == 'smallest_normal':
            return math.ldexp(1.0, self.minexp())
        if name == 'smallest_subnormal':
            return math.ldexp(1.0, self.minexp() - self.nmant)
        assert name == 'resolution'
        return self.resolution

    def box(self, space, name):
        """A float value as a scalar of this dtype, as NumPy gives it."""
        return boxes.box_float(self.dtype, self.dtype.wrap_float(
            self.float_value(name)))

    def box_str(self, space, name):
        return space.str_utf8(self.box(space, name))

    def repr(self, space):
        digits = self.repr_digits
        return space.newtext_utf8(
            'finfo(resolution=%s, min=%s, max=%s, dtype=%s)' % (
                self.box_str(space, 'resolution'),
                formatd(self.float_value('min'), 'e', digits),
                formatd(self.float_value('max'), 'e', digits),
                self.dtype.name))

    def str(self, space):
        """NumPy's table: each integer parameter beside a float one."""
        lines = ['Machine parameters for %s\n' % self.dtype.name, RULE]
        for int_name, float_name in FINFO_STR_ROWS:
            if float_name == 'min':
                text = '-max'           # as NumPy prints it
            else:
                text = self.box_str(space, float_name)
            lines.append('%s %d   %s %s\n' % (
                label(int_name, 8), self.int_value(int_name),
                label(float_name, 12), text))
        lines.append('smallest_normal = %s   smallest_subnormal = %s\n' % (
            self.box_str(space, 'smallest_normal'),
            self.box_str(space, 'smallest_subnormal')))
        lines.append(RULE)
        return space.newtext_utf8(''.join(lines))


FINFO_STR_ROWS = [('precision', 'resolution'), ('machep', 'eps'),
                  ('negep', 'epsneg'), ('minexp', 'tiny'), ('maxexp', 'max'),
                  ('nexp', 'min')]


def label(name, width):
    """'name =' padded with spaces to `width` characters."""
    text = name + ' ='
    return text + ' ' * max(0, width - len(text))


# prebuilt, so that finfo(float) is finfo(np.float64) as in NumPy
FINFOS = {
    dt.float64_dtype.num: W_FInfo(dt.float64_dtype, 52, 1024, 11, 15,
                                  1e-15, 16),
    dt.float32_dtype.num: W_FInfo(dt.float32_dtype, 23, 128, 8, 6,
                                  1e-06, 7),
    dt.float16_dtype.num: W_FInfo(dt.float16_dtype, 10, 16, 5, 3,
                                  1e-03, 5),
}


def finfo_new(space, w_type, args):
    w_obj, dtype = info_dtype(space, args, 'finfo')
    if dtype is None:
        name = 'str_' if is_text(space, w_obj) else 'object_'
        raise space.error(space.w_ValueError,
                          "data type <class 'numpy.%s'> not inexact" % name)
    dtype = dt.real_part(dtype)     # a complex dtype's parts
    w_info = FINFOS.get(dtype.num, None)
    if w_info is None:
        raise space.error(space.w_ValueError,
                          "data type %s not inexact" %
                          space.repr_utf8(dtype.w_scalar_type))
    return w_info


def finfo_of(space, w_info):
    assert isinstance(w_info, W_FInfo)
    return w_info


def make_finfo_getter(name, is_float):
    if is_float:
        def get(space, w_info):
            return finfo_of(space, w_info).box(space, name)
    else:
        def get(space, w_info):
            return space.newint(finfo_of(space, w_info).int_value(name))
    get.func_name = 'finfo_' + name
    return get


finfo_getset = {
    'dtype': lambda space, w_f: finfo_of(space, w_f).dtype,
}
for _name in ['eps', 'epsneg', 'max', 'min', 'tiny', 'smallest_normal',
              'smallest_subnormal', 'resolution']:
    finfo_getset[_name] = make_finfo_getter(_name, True)
for _name in ['bits', 'precision', 'nmant', 'machep', 'negep', 'maxexp',
              'minexp', 'nexp', 'iexp']:
    finfo_getset[_name] = make_finfo_getter(_name, False)
del _name
