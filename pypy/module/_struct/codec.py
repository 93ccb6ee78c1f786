"""Packing application-level values into bytes and unpacking them, item
by item of a parsed Format, with CPython's range checks and messages
(StructError carries the message of struct.error)."""

from rpython.rlib.rarithmetic import r_ulonglong, intmask
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rfloat import copysign, INFINITY
from rpython.rlib.rstring import StringBuilder
from rpython.rlib.rstruct import ieee
from rpython.rlib.rstruct.error import StructError
from pypy.objspace.intobject import W_IntObject, W_LongObject
from pypy.objspace.floatobject import W_FloatObject
from pypy.objspace.bytesobject import W_BytesObject
from pypy.objspace.bytearrayobject import bytes_like

MAX_UINT64 = r_ulonglong(-1)


class IntValue(object):
    """An integer argument: its low 64 bits and whether it fits in a C
    long / a C unsigned long."""

    def __init__(self, bits, fits_signed, fits_unsigned):
        self.bits = bits
        self.fits_signed = fits_signed
        self.fits_unsigned = fits_unsigned


def int_value(space, w_obj):
    if isinstance(w_obj, W_IntObject):
        return IntValue(r_ulonglong(w_obj.intval), True, w_obj.intval >= 0)
    if isinstance(w_obj, W_LongObject):
        num = w_obj.num
        try:
            return IntValue(num.toulonglong(), False, True)
        except (ValueError, OverflowError):
            pass
        try:
            return IntValue(r_ulonglong(num.tolonglong()), True, False)
        except OverflowError:
            return IntValue(r_ulonglong(0), False, False)
    if not isinstance(w_obj, W_FloatObject):
        w_index = space.call_special(w_obj, '__index__')
        if isinstance(w_index, W_IntObject) or \
                isinstance(w_index, W_LongObject):
            return int_value(space, w_index)
    raise StructError("required argument is not an integer")


def float_value(space, w_obj):
    if isinstance(w_obj, W_FloatObject):
        return w_obj.floatval
    if isinstance(w_obj, W_IntObject):
        return float(w_obj.intval)
    if isinstance(w_obj, W_LongObject):
        try:
            return w_obj.num.tofloat()
        except OverflowError:
            raise StructError("required argument is not a float")
    w_float = space.call_special(w_obj, '__float__')
    if w_float is None:
        w_float = space.call_special(w_obj, '__index__')
    if w_float is None:
        raise StructError("required argument is not a float")
    return float_value(space, w_float)


def range_error(fmt, code, size, signed):
    """CPython's message for an int that fits a C long but not the item."""
    standard_big = fmt.bigendian and not fmt.native
    if code == 'b':
        return StructError("byte format requires -128 <= number <= 127")
    if code == 'B':
        return StructError("ubyte format requires 0 <= number <= 255")
    if code == 'h' and not standard_big:
        return StructError("short format requires -32768 <= number <= "
                           "32767")
    if code == 'H' and not standard_big:
        return StructError("ushort format requires 0 <= number <= 65535")
    bits = size * 8
    if signed:
        return StructError("'%s' format requires %d <= number <= %d" % (
            code, -(1 << (bits - 1)), (1 << (bits - 1)) - 1))
    return StructError("'%s' format requires 0 <= number <= %d" % (
        code, (1 << bits) - 1))


def out_of_range(fmt, size):
    if size == 8 and fmt.bigendian and not fmt.native:
        return StructError("int too large to convert")
    return StructError("argument out of range")


def int_bits(space, fmt, code, size, w_obj):
    """The bits of w_obj packed as integer code `code`."""
    value = int_value(space, w_obj)
    if code == 'P':
        if not (value.fits_signed or value.fits_unsigned):
            raise out_of_range(fmt, size)
        return value.bits
    # 'B' (and 'H' but for '>') are read as a C long, then range-checked
    signed_read = code in 'bhilqn' or code == 'B' or (
        code == 'H' and not (fmt.bigendian and not fmt.native))
    if signed_read:
        if not value.fits_signed:
            raise out_of_range(fmt, size)
        v = intmask(value.bits)
        if size < 8:
            if code in 'bhil':
                lo = -(1 << (size * 8 - 1))
                hi = (1 << (size * 8 - 1)) - 1
            else:
                lo = 0
                hi = (1 << (size * 8)) - 1
            if not lo <= v <= hi:
                raise range_error(fmt, code, size, code in 'bhil')
        return value.bits
    if not value.fits_unsigned:
        raise out_of_range(fmt, size)
    if size < 8 and value.bits > (r_ulonglong(1) << (size * 8)) - 1:
        raise range_error(fmt, code, size, False)
    return value.bits


def append_bits(b, bits, size, bigendian):
    if bigendian:
        shift = (size - 1) * 8
        while shift >= 0:
            b.append(chr(intmask((bits >> shift) & 0xFF)))
            shift -= 8
    else:
        for i in range(size):
            b.append(chr(intmask((bits >> (i * 8)) & 0xFF)))


def float_bits(space, fmt, code, size, w_obj):
    x = float_value(space, w_obj)
    try:
        return ieee.float_pack(x, size)
    except OverflowError:
        if code == 'f' and fmt.native:     # a C cast: +-inf
            return ieee.float_pack(copysign(INFINITY, x), size)
        raise space.error(space.w_OverflowError,
                          "float too large to pack with %s format" % code)


def bytes_arg(w_obj, message):
    s = bytes_like(w_obj)
    if s is None:
        raise StructError(message)
    return s


def pack_value(space, fmt, b, code, size, w_obj):
    if code == 'c':
        s = bytes_arg(w_obj, "char format requires a bytes object of "
                      "length 1")
        if len(s) != 1:
            raise StructError("char format requires a bytes object of "
                              "length 1")
        b.append(s)
    elif code == '?':
        b.append('\x01' if space.is_true(w_obj) else '\x00')
    elif code == 's' or code == 'p':
        s = bytes_arg(w_obj, "argument for '%s' must be a bytes object" %
                      code)
        room = size
        if code == 'p' and size > 0:
            room = size - 1
            b.append(chr(min(min(len(s), room), 255)))
        n = min(len(s), room)
        b.append_slice(s, 0, n)
        b.append_multiple_char('\x00', room - n)
    elif code == 'e' or code == 'f' or code == 'd':
        append_bits(b, float_bits(space, fmt, code, size, w_obj), size,
                    fmt.bigendian)
    else:
        append_bits(b, int_bits(space, fmt, code, size, w_obj), size,
                    fmt.bigendian)


def pack(space, fmt, args_w):
    """The bytes of the values args_w packed with Format `fmt`."""
    if len(args_w) != fmt.nvalues:
        raise StructError("pack expected %d items for packing (got %d)" %
                          (fmt.nvalues, len(args_w)))
    b = StringBuilder(fmt.size)
    pos = 0
    i = 0
    for item in fmt.items:
        if item.offset > pos:
            b.append_multiple_char('\x00', item.offset - pos)
        for k in range(item.count):
            pack_value(space, fmt, b, item.code, item.size, args_w[i])
            i += 1
        pos = item.offset + item.size * item.count
    if fmt.size > pos:
        b.append_multiple_char('\x00', fmt.size - pos)
    return b.build()


def read_bits(s, pos, size, bigendian):
    bits = r_ulonglong(0)
    for i in range(size):
        if bigendian:
            byte = s[pos + i]
        else:
            byte = s[pos + size - 1 - i]
        bits = (bits << 8) | r_ulonglong(ord(byte))
    return bits


def unpack_value(space, fmt, code, size, s, pos):
    assert pos >= 0 and size >= 0
    if code == 'c':
        return space.newbytes(s[pos])
    if code == '?':
        return space.newbool(s[pos] != '\x00')
    if code == 's':
        return space.newbytes(s[pos:pos + size])
    if code == 'p':
        n = 0
        if size > 0:
            n = min(ord(s[pos]), size - 1)
        assert n >= 0
        return space.newbytes(s[pos + 1:pos + 1 + n])
    bits = read_bits(s, pos, size, fmt.bigendian)
    if code == 'e' or code == 'f' or code == 'd':
        return space.newfloat(ieee.float_unpack(bits, size))
    if code in 'bhilqn':
        if size < 8 and bits >> (size * 8 - 1):
            bits |= MAX_UINT64 << (size * 8)      # sign extension
        return space.newint(intmask(bits))
    if bits > r_ulonglong(0x7FFFFFFFFFFFFFFF):
        return space.newbigint(rbigint.fromrarith_int(bits))
    return space.newint(intmask(bits))


def unpack(space, fmt, s, start):
    """The values unpacked with Format `fmt` from s[start:start + size]
    (the caller checked the length)."""
    values_w = []
    for item in fmt.items:
        for k in range(item.count):
            values_w.append(unpack_value(space, fmt, item.code, item.size, s,
                                         start + item.offset +
                                         k * item.size))
    return space.newtuple(values_w)


def readable_bytes(space, w_obj):
    """The bytes of a bytes-like object to unpack from."""
    from pypy.objspace.memoryviewobject import W_MemoryView
    if isinstance(w_obj, W_MemoryView):
        return w_obj.as_str(space)
    s = bytes_like(w_obj)
    if s is None:
        raise space.error(space.w_TypeError,
                          "a bytes-like object is required, not '%s'" %
                          space.type_name(space.type(w_obj)))
    return s
