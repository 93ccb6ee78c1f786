"""dtypes: what one element of an array is, how it is stored, and NumPy's
type-promotion rules.

Element values travel through the interpreter as RPython ints (bool and
integer kinds; uint64 as its two's-complement bits) or floats (floating
kinds).  Each dtype reads and writes its own C type in raw storage and
rounds values into its own range (wrap-around for ints, float32 rounding)."""

import sys

from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rlib.rawstorage import raw_storage_getitem, raw_storage_setitem
from rpython.rtyper.lltypesystem import lltype, rffi
from pypy.objspace.root import W_Root
from pypy.module.micronumpy.half import half_from_float, float_from_half

KIND_BOOL, KIND_INT, KIND_UINT, KIND_FLOAT, KIND_COMPLEX = range(5)
KIND_CHARS = ['b', 'i', 'u', 'f', 'c']


class W_Dtype(W_Root):
    """One dtype.  Instances are prebuilt constants, so in JIT traces every
    method call on one is a direct call, usually inlined away."""
    _immutable_fields_ = ['num', 'name', 'kind', 'itemsize', 'char',
                          'w_scalar_type?']

    def __init__(self, num, name, kind, itemsize, char):
        self.num = num
        self.name = name
        self.kind = kind
        self.itemsize = itemsize
        self.char = char
        self.w_scalar_type = None   # np.float64 etc., set by the module

    def getclass(self, space):
        return space.w_dtype

    def repr(self, space):
        return space.newtext_utf8("dtype('%s')" % self.name)

    def str(self, space):
        return space.newtext_utf8(self.name)

    def compare(self, space, opnum, w_other):
        from pypy.interpreter import opcodes
        if opnum != opcodes.CMP_EQ and opnum != opcodes.CMP_NE:
            return None
        from pypy.interpreter.error import OperationError
        try:
            w_other_dtype = dtype_from_w(space, w_other)
        except OperationError:
            return None
        same = w_other_dtype is self
        return space.newbool(same == (opnum == opcodes.CMP_EQ))

    def hash(self, space):
        return self.num

    def is_float(self):
        """float16, float32, float64 (not complex)."""
        return self.kind == KIND_FLOAT

    def is_inexact(self):
        """A float or complex dtype (NumPy's np.inexact): its elements
        are read through read_float (a complex one's real part) and
        read_imag (0.0 for a float)."""
        return self.kind == KIND_FLOAT or self.kind == KIND_COMPLEX

    def is_int_like(self):
        return self.kind != KIND_FLOAT and self.kind != KIND_COMPLEX

    def is_complex(self):
        return self.kind == KIND_COMPLEX

    def is_unsigned64(self):
        return self.kind == KIND_UINT and self.itemsize == 8

    # storage access, overridden per C type
    def read_int(self, storage, offset):
        raise NotImplementedError

    def read_float(self, storage, offset):
        raise NotImplementedError

    def write_int(self, storage, offset, value):
        raise NotImplementedError

    def write_float(self, storage, offset, value):
        raise NotImplementedError

    def read_as_float(self, storage, offset):
        """The element at offset as a float, whatever the dtype's kind."""
        if self.is_inexact():
            return self.read_float(storage, offset)
        return self.int_to_float(self.read_int(storage, offset))

    def read_imag(self, storage, offset):
        return 0.0

    def write_imag(self, storage, offset, value):
        pass

    def write_complex(self, storage, offset, re, im):
        """(A complex dtype's; real dtypes never take an imaginary part.)"""
        raise NotImplementedError

    def wrap_int(self, value):
        """value as this integer dtype stores it (wrapped around)."""
        return value

    def wrap_float(self, value):
        return value

    def int_from_float(self, x):
        """x cast to this integer dtype as NumPy casts on x86-64: C's
        conversion, which gives INT_MIN for nan, inf and values out of
        range; types narrower than 32 bits go through int32, uint32
        through int64, uint64 from 2**63 on converts x - 2**63 and sets
        the top bit."""
        if self.kind == KIND_BOOL:
            return int(x != 0.0)
        if self.itemsize < 4 or (self.kind == KIND_INT and
                                 self.itemsize == 4):
            return self.wrap_int(float_to_int32(x))
        if self.is_unsigned64() and x >= TWO_63:
            return float_to_int64(x - TWO_63) ^ INT64_MIN
        return self.wrap_int(float_to_int64(x))

    def int_to_float(self, value):
        """An element value of this (integer) dtype as a float."""
        if self.is_unsigned64():
            return float(r_uint(value))
        return float(value)


INT64_MIN = -9223372036854775807 - 1
TWO_63 = 9223372036854775808.0


def float_to_int64(x):
    """C's (int64_t)x on x86-64 (cvttsd2si): INT64_MIN for nan, inf and
    values out of range."""
    if x != x or x >= TWO_63 or x < -TWO_63:
        return INT64_MIN
    return int(x)


def float_to_int32(x):
    """C's (int32_t)x on x86-64: INT32_MIN for nan, inf and values out of
    range."""
    if x != x or x >= 2147483648.0 or x <= -2147483649.0:
        return -2147483648
    return int(x)


def make_dtype_class(kind, TYPE):
    """The W_Dtype subclass for one C storage type."""

    class DtypeForType(W_Dtype):
        if kind == KIND_FLOAT:
            def read_float(self, storage, offset):
                return float(raw_storage_getitem(TYPE, storage, offset))

            def write_float(self, storage, offset, value):
                raw_storage_setitem(storage, offset, rffi.cast(TYPE, value))

            def wrap_float(self, value):
                return float(rffi.cast(TYPE, value))
        else:
            def read_int(self, storage, offset):
                return rffi.cast(lltype.Signed,
                                 raw_storage_getitem(TYPE, storage, offset))

            def write_int(self, storage, offset, value):
                raw_storage_setitem(storage, offset, rffi.cast(TYPE, value))

            def wrap_int(self, value):
                if kind == KIND_BOOL:
                    return int(value != 0)
                return rffi.cast(lltype.Signed, rffi.cast(TYPE, value))

    DtypeForType.__name__ = 'W_Dtype_%s' % TYPE._name
    return DtypeForType


class W_Float16Dtype(W_Dtype):
    """float16: binary16 halves in storage (half.py converts); values
    travel as floats, rounded to the nearest half on every write."""

    def read_float(self, storage, offset):
        return float_from_half(rffi.cast(lltype.Signed, raw_storage_getitem(
            rffi.USHORT, storage, offset)))

    def write_float(self, storage, offset, value):
        raw_storage_setitem(storage, offset,
                            rffi.cast(rffi.USHORT, half_from_float(value)))

    def wrap_float(self, value):
        return float_from_half(half_from_float(value))


class W_ComplexDtype(W_Dtype):
    """complex64 and complex128: two values of the float dtype `part`,
    real part first.  read_float/write_float see the real part (writing
    it clears the imaginary part); wrap_float rounds to a part."""
    _immutable_fields_ = ['part']

    def __init__(self, num, name, char, part):
        W_Dtype.__init__(self, num, name, KIND_COMPLEX, 2 * part.itemsize,
                         char)
        self.part = part

    def read_float(self, storage, offset):
        return self.part.read_float(storage, offset)

    def write_float(self, storage, offset, value):
        self.write_complex(storage, offset, value, 0.0)

    def read_imag(self, storage, offset):
        return self.part.read_float(storage, offset + self.part.itemsize)

    def write_imag(self, storage, offset, value):
        self.part.write_float(storage, offset + self.part.itemsize, value)

    def write_complex(self, storage, offset, re, im):
        self.part.write_float(storage, offset, re)
        self.part.write_float(storage, offset + self.part.itemsize, im)

    def wrap_float(self, value):
        return self.part.wrap_float(value)


# num, name, kind, C type, type char (the order is NumPy's type numbers)
DTYPES = [
    ('bool', KIND_BOOL, rffi.UCHAR, '?'),
    ('int8', KIND_INT, rffi.SIGNEDCHAR, 'b'),
    ('uint8', KIND_UINT, rffi.UCHAR, 'B'),
    ('int16', KIND_INT, rffi.SHORT, 'h'),
    ('uint16', KIND_UINT, rffi.USHORT, 'H'),
    ('int32', KIND_INT, rffi.INT, 'i'),
    ('uint32', KIND_UINT, rffi.UINT, 'I'),
    ('int64', KIND_INT, rffi.LONG, 'l'),
    ('uint64', KIND_UINT, rffi.ULONG, 'L'),
    ('float32', KIND_FLOAT, rffi.FLOAT, 'f'),
    ('float64', KIND_FLOAT, rffi.DOUBLE, 'd'),
]

all_dtypes = []
for _num, (_name, _kind, _TYPE, _char) in enumerate(DTYPES):
    _cls = make_dtype_class(_kind, _TYPE)
    all_dtypes.append(_cls(_num, _name, _kind, rffi.sizeof(_TYPE), _char))
del _num, _name, _kind, _TYPE, _char, _cls
float32_dtype = all_dtypes[9]
float64_dtype = all_dtypes[10]
float16_dtype = W_Float16Dtype(23, 'float16', KIND_FLOAT, 2, 'e')
complex64_dtype = W_ComplexDtype(14, 'complex64', 'F', float32_dtype)
complex128_dtype = W_ComplexDtype(15, 'complex128', 'D', float64_dtype)
all_dtypes += [float16_dtype, complex64_dtype, complex128_dtype]

by_name = {}
for _dt in all_dtypes:
    by_name[_dt.name] = _dt
    by_name[_dt.char] = _dt
del _dt

bool_dtype = by_name['bool']
int8_dtype = by_name['int8']
int32_dtype = by_name['int32']
int64_dtype = by_name['int64']
uint64_dtype = by_name['uint64']

ALIASES = {'float': 'float64', 'int': 'int64', 'bool_': 'bool',
           'double': 'float64', 'single': 'float32', 'f8': 'float64',
           'f4': 'float32', 'half': 'float16', 'f2': 'float16', 'i8': 'int64', 'i4': 'int32', 'i2': 'int16',
           'i1': 'int8', 'u8': 'uint64', 'u4': 'uint32', 'u2': 'uint16',
           'u1': 'uint8', 'intp': 'int64', 'uintp': 'uint64',
           'long': 'int64', 'ulong': 'uint64', 'byte': 'int8',
           'ubyte': 'uint8', 'short': 'int16', 'ushort': 'uint16',
           'intc': 'int32', 'uintc': 'uint32', 'longlong': 'int64',
           'ulonglong': 'uint64', 'b1': 'bool', 'complex': 'complex128',
           'c16': 'complex128', 'cdouble': 'complex128',
           'complex_': 'complex128', 'c8': 'complex64',
           'csingle': 'complex64'}
for _alias, _target in ALIASES.items():
    by_name[_alias] = by_name[_target]
del _alias, _target


# dtype.str's first letter: '|' when byte order does not apply (one-byte
# types), else the machine's order; only native-order dtypes exist here
NATIVE_ORDER_CHAR = '<' if sys.byteorder == 'little' else '>'
NATIVE_ORDER_CHARS = '=|' + NATIVE_ORDER_CHAR


def typestr(dtype):
    """dtype.str, as .npy headers and __array_interface__ spell it
    ('<f8', '|b1')."""
    order = '|' if dtype.itemsize == 1 else NATIVE_ORDER_CHAR
    return '%s%s%d' % (order, KIND_CHARS[dtype.kind], dtype.itemsize)


def without_native_byteorder(name):
    """A type string without its native byte-order prefix ('<f8' ->
    'f8'); a non-native one ('>f8' here) is kept and so not understood."""
    if len(name) > 1 and NATIVE_ORDER_CHARS.find(name[0]) >= 0:
        return name[1:]
    return name


def dtype_from_w(space, w_obj):
    """The dtype that `dtype=w_obj` names; TypeError for unknown ones."""
    from pypy.objspace.typeobject import W_TypeObject
    from pypy.objspace.strobject import W_StrObject
    if isinstance(w_obj, W_Dtype):
        return w_obj
    if space.is_none(w_obj):
        return float64_dtype
    if isinstance(w_obj, W_StrObject):
        name = space.text_utf8(w_obj)
        dtype = by_name.get(without_native_byteorder(name), None)
        if dtype is None:
            raise space.error(space.w_TypeError,
                              "data type '%s' not understood" % name)
        return dtype
    if isinstance(w_obj, W_TypeObject):
        if w_obj is space.w_float:
            return float64_dtype
        if w_obj is space.w_int:
            return int64_dtype
        if w_obj is space.w_bool:
            return bool_dtype
        if w_obj is space.w_complex:
            return complex128_dtype
        for dtype in all_dtypes:
            if dtype.w_scalar_type is w_obj:
                return dtype
    raise space.error(space.w_TypeError,
                      "Cannot interpret '%s' as a data type" %
                      space.repr_utf8(w_obj))


# ____________________________________________________________
# promotion

def promote_types(dt1, dt2):
    """np.promote_types for the dtypes above."""
    if dt1 is dt2:
        return dt1
    if dt1.kind == KIND_BOOL:
        return dt2
    if dt2.kind == KIND_BOOL:
        return dt1
    if dt1.kind == KIND_COMPLEX or dt2.kind == KIND_COMPLEX:
        return complex_dtype_of(promote_types(real_part(dt1),
                                              real_part(dt2)))
    if dt1.kind == KIND_FLOAT or dt2.kind == KIND_FLOAT:
        if dt1.kind == KIND_FLOAT and dt2.kind == KIND_FLOAT:
            return dt1 if dt1.itemsize >= dt2.itemsize else dt2
        fdt, other = (dt1, dt2) if dt1.kind == KIND_FLOAT else (dt2, dt1)
        # an integer needs a float with more mantissa bits than its own:
        # twice its size (int8 -> float16, int16 -> float32, wider -> 64)
        return float_dtype_of_size(max(fdt.itemsize,
                                       min(8, other.itemsize * 2)))
    if dt1.kind == dt2.kind:
        return dt1 if dt1.itemsize >= dt2.itemsize else dt2
    sdt, udt = (dt1, dt2) if dt1.kind == KIND_INT else (dt2, dt1)
    if sdt.itemsize > udt.itemsize:
        return sdt
    if udt.itemsize == 8:
        return float64_dtype
    return int_dtype_of_size(udt.itemsize * 2)


def accumulates_in_float32(dtype):
    """float16 and float32 sums, products and means add in float32 (NumPy's
    loops for half convert each element to float and round at the end)."""
    return dtype.kind == KIND_FLOAT and dtype.itemsize < 8


def real_part(dtype):
    """The float dtype of a complex dtype's parts; other dtypes as they
    are."""
    if isinstance(dtype, W_ComplexDtype):
        return dtype.part
    return dtype


def complex_dtype_of(fdt):
    """The complex dtype whose parts hold every value of the float dtype
    fdt (complex64 for float16 and float32)."""
    if fdt.itemsize <= 4:
        return complex64_dtype
    return complex128_dtype


def float_dtype_of_size(itemsize):
    if itemsize == 2:
        return float16_dtype
    if itemsize == 4:
        return float32_dtype
    return float64_dtype


def int_dtype_of_size(itemsize):
    for dtype in all_dtypes:
        if dtype.kind == KIND_INT and dtype.itemsize == itemsize:
            return dtype
    return int64_dtype


# NumPy's order of kinds for casting 'same_kind': a cast may go up, never
# down (uint64 -> int8 may, int8 -> uint64 may not)
SAME_KIND_ORDER = [0, 2, 1, 3, 4]     # bool, int, uint, float, complex


def can_cast_same_kind(from_dtype, to_dtype):
    """np.can_cast(from_dtype, to_dtype, 'same_kind')"""
    return SAME_KIND_ORDER[from_dtype.kind] <= SAME_KIND_ORDER[to_dtype.kind]


def kind_rank(kind):
    if kind == KIND_BOOL:
        return 0
    if kind == KIND_FLOAT:
        return 2
    if kind == KIND_COMPLEX:
        return 3
    return 1


def result_with_python_scalar(dtype, scalar_kind):
    """NEP 50: a Python scalar (bool/int/float) is 'weak': it only matters
    when its kind is higher than the array's."""
    if kind_rank(scalar_kind) <= kind_rank(dtype.kind):
        return dtype
    if scalar_kind == KIND_COMPLEX:
        # float16/float32 + 1j is complex64
        if dtype.kind == KIND_FLOAT:
            return complex_dtype_of(dtype)
        return complex128_dtype
    if scalar_kind == KIND_FLOAT:
        return float64_dtype
    return int64_dtype
