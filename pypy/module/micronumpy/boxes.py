"""NumPy scalars: what indexing an array returns.  np.float64 is a
subclass of Python float and the integer scalars behave as Python ints,
so scalar code keeps working; each box remembers its dtype so that it
promotes as NumPy says when mixed with arrays."""

from rpython.rlib import rfloat
from pypy.interpreter import opcodes as op
from pypy.objspace.floatobject import W_FloatObject, float_repr
from pypy.objspace.intobject import W_IntObject, W_LongObject
from pypy.objspace.boolobject import W_BoolObject
from pypy.objspace.complexobject import W_ComplexObject
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy.complexmath import c_pow, c_div
from pypy.module.micronumpy.printing import complex_scalar_str, scalar_float_str
from pypy.module.micronumpy.ndarray import W_NDArray


class ScalarIndexing(object):
    """NumPy scalars can be indexed as 0-d arrays (s[()], s[...])."""
    _mixin_ = True

    def getitem(self, space, w_key):
        from pypy.module.micronumpy.attributes import scalar_getitem
        return scalar_getitem(space, self, w_key)


class W_FloatBox(ScalarIndexing, W_FloatObject):
    prefers_reflected = True
    _immutable_fields_ = ['dtype']
    _attrs_ = ['dtype']

    def __init__(self, floatval, dtype):
        W_FloatObject.__init__(self, floatval)
        self.dtype = dtype

    def getclass(self, space):
        return self.dtype.w_scalar_type

    def binop(self, space, opnum, w_other):
        if self.numpy_computes(opnum):
            w_res = numpy_binop(space, opnum, self, w_other)
            if w_res is not None:
                return w_res
        return self.rebox(W_FloatObject.binop(self, space, opnum, w_other),
                          w_other)

    def numpy_computes(self, opnum):
        """float64 arithmetic is Python float's, except where NumPy gives
        inf or nan (division by zero, inf % y, (-8.0) ** 0.5) and Python
        raises, and the bit operators (NumPy's TypeError names the ufunc)."""
        return self.dtype is not dt.float64_dtype or \
            opnum == op.BIN_TRUEDIV or opnum == op.BIN_FLOORDIV or \
            opnum == op.BIN_MOD or opnum == op.BIN_POW or \
            opnum >= op.BIN_LSHIFT

    def rbinop(self, space, opnum, w_other):
        if self.numpy_computes(opnum):
            w_res = numpy_binop(space, opnum, w_other, self)
            if w_res is not None:
                return w_res
        return self.rebox(W_FloatObject.rbinop(self, space, opnum, w_other),
                          w_other)

    def rebox(self, w_result, w_other):
        """float64 op Python number stays a float64, as in NumPy."""
        if isinstance(w_result, W_FloatObject) and \
                self.dtype is dt.float64_dtype:
            return W_FloatBox(w_result.floatval, self.dtype)
        return w_result

    def compare(self, space, opnum, w_other):
        w_res = numpy_compare(space, opnum, self, w_other)
        if w_res is not None:
            return w_res
        return W_FloatObject.compare(self, space, opnum, w_other)

    def unaryop(self, space, opnum):
        if opnum == op.UN_NEG:
            return W_FloatBox(-self.floatval, self.dtype)
        return W_FloatObject.unaryop(self, space, opnum)

    def repr(self, space):
        return space.newtext_utf8('np.%s(%s)' % (
            self.dtype.name, scalar_float_str(self.floatval, self.dtype)))

    def str(self, space):
        return space.newtext_utf8(scalar_float_str(self.floatval,
                                                     self.dtype))


UNARY_NAMES = ['negative', 'positive', 'invert', '']


def numpy_binop(space, opnum, w_a, w_b):
    from pypy.module.micronumpy.scalarops import scalar_binop, BINOP_NAMES
    return scalar_binop(space, BINOP_NAMES[opnum], w_a, w_b)


def numpy_compare(space, opnum, w_a, w_b):
    from pypy.module.micronumpy.scalarops import scalar_binop, CMP_NAMES
    if opnum < 0 or opnum >= len(CMP_NAMES):
        return None
    return scalar_binop(space, CMP_NAMES[opnum], w_a, w_b)


class W_IntBox(ScalarIndexing, W_IntObject):
    prefers_reflected = True
    _immutable_fields_ = ['dtype']
    _attrs_ = ['dtype']

    def __init__(self, intval, dtype):
        W_IntObject.__init__(self, intval)
        self.dtype = dtype

    def getclass(self, space):
        return self.dtype.w_scalar_type

    def binop(self, space, opnum, w_other):
        w_res = numpy_binop(space, opnum, self, w_other)
        if w_res is not None:
            return w_res
        return W_IntObject.binop(self, space, opnum, w_other)

    def rbinop(self, space, opnum, w_other):
        w_res = numpy_binop(space, opnum, w_other, self)
        if w_res is not None:
            return w_res
        return W_IntObject.rbinop(self, space, opnum, w_other)

    def compare(self, space, opnum, w_other):
        w_res = numpy_compare(space, opnum, self, w_other)
        if w_res is not None:
            return w_res
        return W_IntObject.compare(self, space, opnum, w_other)

    def unaryop(self, space, opnum):
        from pypy.module.micronumpy.scalarops import scalar_unop
        if opnum == op.UN_NEG or opnum == op.UN_POS or \
                opnum == op.UN_INVERT:
            w_res = scalar_unop(space, UNARY_NAMES[opnum], self, self.dtype,
                                self.intval, 0.0)
            if w_res is not None:
                return w_res
        return W_IntObject.unaryop(self, space, opnum)

    def repr(self, space):
        return space.newtext_utf8('np.%s(%d)' % (self.dtype.name,
                                                 self.intval))

    def str(self, space):
        return space.newtext_utf8('%d' % self.intval)


class W_BoolBox(ScalarIndexing, W_BoolObject):
    prefers_reflected = True
    _attrs_ = []

    def getclass(self, space):
        return dt.bool_dtype.w_scalar_type

    def binop(self, space, opnum, w_other):
        w_res = numpy_binop(space, opnum, self, w_other)
        if w_res is not None:
            return w_res
        return W_BoolObject.binop(self, space, opnum, w_other)

    def rbinop(self, space, opnum, w_other):
        w_res = numpy_binop(space, opnum, w_other, self)
        if w_res is not None:
            return w_res
        return W_BoolObject.rbinop(self, space, opnum, w_other)

    def compare(self, space, opnum, w_other):
        w_res = numpy_compare(space, opnum, self, w_other)
        if w_res is not None:
            return w_res
        return W_BoolObject.compare(self, space, opnum, w_other)

    def unaryop(self, space, opnum):
        # NumPy's bool loops: ~ is a logical not, - has none.  + keeps
        # the scalar: builtins.abs of an int subclass computes with it
        # (NumPy's +np.True_ has no loop, its abs(np.True_) is np.True_)
        if opnum == op.UN_NEG or opnum == op.UN_INVERT:
            from pypy.module.micronumpy.ufuncs_app import call_unary_by_name
            return call_unary_by_name(space, UNARY_NAMES[opnum], self)
        if opnum == op.UN_POS:
            return self
        return W_BoolObject.unaryop(self, space, opnum)

    def repr(self, space):
        return space.newtext_ascii('np.True_' if self.intval else
                                   'np.False_')

    def str(self, space):
        return space.newtext_ascii('True' if self.intval else 'False')


TRUE_BOX = W_BoolBox(1)
FALSE_BOX = W_BoolBox(0)


def box_float(dtype, value):
    return W_FloatBox(value, dtype)


def box_int(space, dtype, value):
    if dtype.kind == dt.KIND_BOOL:
        return TRUE_BOX if value else FALSE_BOX
    if dtype.is_unsigned64() and value < 0:
        return W_UInt64Box(value)
    return W_IntBox(value, dtype)


class W_UInt64Box(ScalarIndexing, W_LongObject):
    """np.uint64 at or above 2**63, where the value no longer fits a
    machine int: a Python int (rbigint) for Python's view of it, `bits`
    (the uint64's two's-complement bits) for NumPy's."""
    prefers_reflected = True
    _immutable_fields_ = ['bits']
    _attrs_ = ['bits']

    def __init__(self, bits):
        from rpython.rlib.rarithmetic import r_uint
        from rpython.rlib.rbigint import rbigint
        W_LongObject.__init__(self, rbigint.fromrarith_int(r_uint(bits)))
        self.bits = bits

    def getclass(self, space):
        return dt.uint64_dtype.w_scalar_type

    def binop(self, space, opnum, w_other):
        w_res = numpy_binop(space, opnum, self, w_other)
        if w_res is not None:
            return w_res
        return W_LongObject.binop(self, space, opnum, w_other)

    def rbinop(self, space, opnum, w_other):
        w_res = numpy_binop(space, opnum, w_other, self)
        if w_res is not None:
            return w_res
        return W_LongObject.rbinop(self, space, opnum, w_other)

    def compare(self, space, opnum, w_other):
        w_res = numpy_compare(space, opnum, self, w_other)
        if w_res is not None:
            return w_res
        return W_LongObject.compare(self, space, opnum, w_other)

    def unaryop(self, space, opnum):
        from pypy.module.micronumpy.scalarops import scalar_unop
        if opnum == op.UN_NEG or opnum == op.UN_POS or \
                opnum == op.UN_INVERT:
            w_res = scalar_unop(space, UNARY_NAMES[opnum], self,
                                dt.uint64_dtype, self.bits, 0.0)
            if w_res is not None:
                return w_res
        return W_LongObject.unaryop(self, space, opnum)

    def repr(self, space):
        return space.newtext_utf8('np.uint64(%s)' % self.num.str())

    def str(self, space):
        return space.newtext_utf8(self.num.str())


class W_ComplexBox(ScalarIndexing, W_ComplexObject):
    """np.complex128 (a Python complex that remembers it is NumPy's) and
    np.complex64 (not a Python complex in NumPy: its arithmetic goes
    through the ufuncs, which compute in float32 parts)."""
    prefers_reflected = True
    _immutable_fields_ = ['dtype']

    def __init__(self, real, imag, dtype):
        W_ComplexObject.__init__(self, real, imag)
        self.dtype = dtype

    def getclass(self, space):
        return self.dtype.w_scalar_type

    def rebox(self, w_result):
        """A result of Python's complex arithmetic: an np.complex128."""
        if isinstance(w_result, W_ComplexObject):
            return W_ComplexBox(w_result.real, w_result.imag,
                                dt.complex128_dtype)
        return w_result

    def binop(self, space, opnum, w_other):
        w_res = numpy_binop(space, opnum, self, w_other)
        if w_res is not None:
            return w_res
        if opnum == op.BIN_POW or opnum == op.BIN_TRUEDIV:
            return numpy_complex_binop(space, opnum, self, w_other)
        return self.rebox(W_ComplexObject.binop(self, space, opnum, w_other))

    def rbinop(self, space, opnum, w_other):
        w_res = numpy_binop(space, opnum, w_other, self)
        if w_res is not None:
            return w_res
        if opnum == op.BIN_POW or opnum == op.BIN_TRUEDIV:
            return numpy_complex_binop(space, opnum, w_other, self)
        return self.rebox(W_ComplexObject.rbinop(self, space, opnum,
                                                 w_other))

    def unaryop(self, space, opnum):
        if opnum == op.UN_NEG or opnum == op.UN_POS:
            return W_ComplexBox(-self.real if opnum == op.UN_NEG
                                else self.real,
                                -self.imag if opnum == op.UN_NEG
                                else self.imag, self.dtype)
        return W_ComplexObject.unaryop(self, space, opnum)

    def compare(self, space, opnum, w_other):
        w_res = numpy_compare(space, opnum, self, w_other)
        if w_res is not None:
            return w_res
        return W_ComplexObject.compare(self, space, opnum, w_other)

    def repr(self, space):
        text = complex_scalar_str(self.real, self.imag,
                                  dt.real_part(self.dtype))
        if text.startswith('('):
            stop = len(text) - 1
            assert stop >= 1
            text = text[1:stop]
        return space.newtext_utf8('np.%s(%s)' % (self.dtype.name, text))

    def str(self, space):
        return space.newtext_utf8(complex_scalar_str(self.real, self.imag,
                                                     dt.real_part(self.dtype)))


def numpy_complex_binop(space, opnum, w_a, w_b):
    """np.complex128 ** x and / x with NumPy's npy_cpow and complex
    division (inf and nan parts, zero divisors and signed zeros give
    NumPy's results where Python's complex raises or differs); None when
    x is not a number."""
    from pypy.objspace.complexobject import as_complex
    w_ca = as_complex(space, w_a)
    w_cb = as_complex(space, w_b)
    if w_ca is None or w_cb is None:
        return None
    fdt = dt.float64_dtype
    if opnum == op.BIN_POW:
        re, im = c_pow(fdt, w_ca.real, w_ca.imag, w_cb.real, w_cb.imag)
    else:
        re, im = c_div(fdt, w_ca.real, w_ca.imag, w_cb.real, w_cb.imag)
    return W_ComplexBox(re, im, dt.complex128_dtype)


def scalar_dtype(w_obj):
    """The dtype of a NumPy scalar, or None for other objects."""
    if isinstance(w_obj, W_FloatBox):
        return w_obj.dtype
    if isinstance(w_obj, W_IntBox):
        return w_obj.dtype
    if isinstance(w_obj, W_BoolBox):
        return dt.bool_dtype
    if isinstance(w_obj, W_UInt64Box):
        return dt.uint64_dtype
    if isinstance(w_obj, W_ComplexBox):
        return w_obj.dtype
    return None


def new_scalar(space, dtype, w_value):
    """np.float64(x), np.int8(x), np.complex128(x) for a number or a
    string (not an array: the constructor makes arrays of those)."""
    if dtype.kind == dt.KIND_BOOL:
        return box_int(space, dtype, int(space.is_true(w_value)))
    if space.isinstance_w(w_value, space.w_str):
        # NumPy parses text as complex(), float() or int() would, with
        # their errors: np.int64('1.5') is a ValueError, not 1
        w_value = space.call_function(python_type_of(space, dtype), w_value)
    if dtype.is_complex():
        from pypy.objspace.complexobject import as_complex
        w_c = as_complex(space, w_value)
        if w_c is None:
            raise space.error(space.w_TypeError,
                              "complex() argument must be a string or "
                              "a number")
        return W_ComplexBox(dtype.wrap_float(w_c.real),
                            dtype.wrap_float(w_c.imag), dtype)
    if isinstance(w_value, W_ComplexBox):
        # NumPy casts its complex scalars to real types: the real part
        w_value = box_float(dt.float64_dtype, w_value.real)
    if scalar_dtype(w_value) is None:
        # a Python number converts as float() or int() does (their
        # errors for complex, nan, inf), and an int must fit (NEP 50)
        w_value = space.call_function(python_type_of(space, dtype), w_value)
        if dtype.is_float():
            return box_float(dtype, dtype.wrap_float(space.float_w(w_value)))
        check_python_int(space, w_value, dtype)
        return box_int(space, dtype, dtype.wrap_int(
            scalar_to_int(space, w_value, dtype)))
    # NumPy scalars are cast (wrapping; floats as NumPy's casts convert)
    if dtype.is_float():
        return box_float(dtype, dtype.wrap_float(
            scalar_to_float(space, w_value)))
    if isinstance(w_value, W_FloatBox):
        return box_int(space, dtype, dtype.int_from_float(w_value.floatval))
    return box_int(space, dtype, dtype.wrap_int(
        scalar_to_int(space, w_value, dtype)))


def check_python_scalar_storable(space, w_value, dtype):
    """Storing a Python complex into a real array, or a Python float nan
    or inf into an integer one, raises what float() or int() of it raises,
    as in NumPy (NumPy's own scalars are cast instead)."""
    if dtype.is_complex() or dtype.kind == dt.KIND_BOOL:
        return
    if isinstance(w_value, W_ComplexObject):
        if not isinstance(w_value, W_ComplexBox):
            space.call_function(python_type_of(space, dtype), w_value)
    elif dtype.is_int_like() and isinstance(w_value, W_FloatObject) and \
            not isinstance(w_value, W_FloatBox):
        if not rfloat.isfinite(w_value.floatval):
            space.call_function(space.w_int, w_value)


def python_type_of(space, dtype):
    if dtype.is_complex():
        return space.w_complex
    if dtype.is_float():
        return space.w_float
    return space.w_int


def scalar_to_float(space, w_obj):
    if isinstance(w_obj, W_FloatObject):
        return w_obj.floatval
    if isinstance(w_obj, W_NDArray):
        return space.float_w(w_obj.get_concrete(space).getitem(
            space, space.newtuple([])))
    return space.float_w(w_obj)


def scalar_to_int(space, w_obj, dtype):
    """An integer value for storing into `dtype` (C-like conversion of
    floats, wrap-around of big Python ints)."""
    if isinstance(w_obj, W_FloatObject):
        return dtype.int_from_float(w_obj.floatval)
    if isinstance(w_obj, W_IntObject):
        return w_obj.intval
    if isinstance(w_obj, W_LongObject):
        from rpython.rlib.rarithmetic import intmask
        return intmask(w_obj.num.ulonglongmask())
    if isinstance(w_obj, W_NDArray):
        return scalar_to_int(space, w_obj.get_concrete(space).getitem(
            space, space.newtuple([])), dtype)
    return space.int_w(w_obj)


def python_int_value(w_obj, dtype):
    """w_obj's value as an rbigint when it is a Python int (not a bool)
    used with an integer dtype (not bool), else None."""
    from rpython.rlib.rbigint import rbigint
    if not dtype.is_int_like() or dtype.kind == dt.KIND_BOOL:
        return None
    if isinstance(w_obj, W_BoolObject):
        return None
    if isinstance(w_obj, W_IntObject):
        return rbigint.fromint(w_obj.intval)
    if isinstance(w_obj, W_LongObject):
        return w_obj.num
    return None


def python_int_side(space, w_obj, dtype):
    """-1 or 1 when w_obj is a Python int below or above the range of the
    integer dtype, else 0."""
    from rpython.rlib.rbigint import rbigint
    num = python_int_value(w_obj, dtype)
    if num is None:
        return 0
    bits = dtype.itemsize * 8
    if dtype.kind == dt.KIND_UINT:
        low = rbigint.fromint(0)
        high = rbigint.fromint(1).lshift(bits).sub(rbigint.fromint(1))
    else:
        low = rbigint.fromint(-1).lshift(bits - 1)
        high = rbigint.fromint(1).lshift(bits - 1).sub(rbigint.fromint(1))
    if num.lt(low):
        return -1
    if num.gt(high):
        return 1
    return 0


def check_c_long(space, w_obj, dtype):
    """NumPy converts a Python int through a C long first (uint64's upper
    half excepted) where it needs its value (not for comparisons)."""
    from rpython.rlib.rbigint import rbigint
    num = python_int_value(w_obj, dtype)
    if num is None:
        return
    if num.bit_length() > 64 or (num.bit_length() == 64 and not (
            dtype.is_unsigned64() and num.sign > 0)):
        # int64 min is the one 64-bit value that passes it
        if not num.eq(rbigint.fromint(-9223372036854775807 - 1)):
            raise space.error(space.w_OverflowError,
                              "Python int too large to convert to C long")


def check_python_int(space, w_obj, dtype):
    """NEP 50: a Python int must fit the integer dtype it is used with."""
    check_c_long(space, w_obj, dtype)
    if python_int_side(space, w_obj, dtype) != 0:
        raise space.error(space.w_OverflowError,
                          "Python integer %s out of bounds for %s" % (
                              space.str_utf8(w_obj), dtype.name))


def python_scalar(space, w_box, dtype):
    from pypy.objspace.complexobject import W_ComplexObject
    if isinstance(w_box, W_ComplexObject):
        return space.newcomplex(w_box.real, w_box.imag)
    if dtype.is_float():
        return space.newfloat(space.float_w(w_box))
    if dtype.kind == dt.KIND_BOOL:
        return space.newbool(space.is_true(w_box))
    from pypy.objspace.intobject import W_IntObject
    if isinstance(w_box, W_IntObject):
        return space.newint(w_box.intval)
    from pypy.objspace.intobject import W_LongObject
    if isinstance(w_box, W_LongObject):     # np.uint64 past 2**63
        return W_LongObject(w_box.num)
    return w_box
