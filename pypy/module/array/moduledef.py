"""The array module: array.array, a mutable sequence of C numbers of one
type (its typecode), stored as the raw bytes of the items in the machine's
byte order (a list of chars), so that tobytes/frombytes/byteswap and the
buffer users (bytes(), memoryview(), struct.unpack/pack_into) read and write
the same memory as CPython's.  Items are converted when read or stored."""

import sys

from rpython.rlib.rarithmetic import r_ulonglong, intmask
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rfloat import copysign, INFINITY
from rpython.rlib.rstruct import ieee
from rpython.rlib.objectmodel import compute_unique_id
from pypy.interpreter import opcodes as op
from pypy.interpreter.arguments import Arguments, check_args
from pypy.interpreter.function import BuiltinFunction
from pypy.objspace.root import W_Root, W_Iterator
from pypy.objspace.typeobject import TypeDef, W_TypeObject
from pypy.objspace.intobject import W_IntObject, W_LongObject
from pypy.objspace.floatobject import W_FloatObject
from pypy.objspace.strobject import W_StrObject
from pypy.objspace.bytesobject import W_BytesObject
from pypy.objspace.bytearrayobject import W_BytearrayObject, bytes_like
from pypy.objspace.listobject import W_ListObject
from pypy.objspace.sliceobject import W_SliceObject, normalize_index
from pypy.objspace.tupleobject import sequence_compare
from pypy.objspace.usersubclass import special_func, make_user_class

LITTLE_ENDIAN = sys.byteorder == 'little'

TYPECODES = 'bBuhHiIlLqQfd'


def itemsize_of(tc):
    if tc == 'b' or tc == 'B':
        return 1
    if tc == 'h' or tc == 'H':
        return 2
    if tc == 'i' or tc == 'I' or tc == 'f' or tc == 'u':
        return 4
    return 8            # l L q Q d


# ____________________________________________________________
# item <-> bits

def read_bits(data, pos, size):
    bits = r_ulonglong(0)
    for k in range(size):
        if LITTLE_ENDIAN:
            c = data[pos + size - 1 - k]
        else:
            c = data[pos + k]
        bits = (bits << 8) | r_ulonglong(ord(c))
    return bits


def write_bits(data, pos, size, bits):
    for k in range(size):
        c = chr(intmask((bits >> (8 * k)) & r_ulonglong(0xFF)))
        if LITTLE_ENDIAN:
            data[pos + k] = c
        else:
            data[pos + size - 1 - k] = c


def wrap_bits(space, tc, size, bits):
    if tc == 'f' or tc == 'd':
        return space.newfloat(ieee.float_unpack(bits, size))
    if tc == 'u':
        code = intmask(bits)
        if code < 0 or code > 0x10ffff:
            raise space.error(space.w_ValueError, "character U+%x is not "
                              "in range [U+0000; U+10ffff]" % code)
        return space.newtext(unichr(code))
    if tc == 'b' or tc == 'h' or tc == 'i' or tc == 'l' or tc == 'q':
        v = intmask(bits)
        if size < 8:
            half = 1 << (size * 8 - 1)
            if v >= half:
                v -= half << 1
        return space.newint(v)
    if size == 8 and bits > r_ulonglong(sys.maxint):
        return space.newbigint(rbigint.fromrarith_int(bits))
    return space.newint(intmask(bits))


SIGNED_NAMES = {'b': 'signed char', 'h': 'signed short integer',
                'i': 'signed integer'}
UNSIGNED_NAMES = {'B': 'unsigned byte integer', 'H': 'unsigned short',
                  'I': 'unsigned int'}


def overflow(space, msg):
    return space.error(space.w_OverflowError, msg)


def too_big(space, tc, negative):
    """The OverflowError of CPython for an int outside the C type."""
    if tc == 'b' or tc == 'h' or tc == 'i':
        name = SIGNED_NAMES[tc]
    elif tc == 'B' or tc == 'H' or (tc == 'I' and not negative):
        name = UNSIGNED_NAMES[tc]
    elif tc == 'l':
        return overflow(space, "Python int too large to convert to C long")
    elif tc == 'q' or (tc == 'Q' and not negative):
        return overflow(space, "int too big to convert")
    elif tc == 'Q':
        return overflow(space, "can't convert negative int to unsigned")
    elif negative:        # I L
        return overflow(space, "can't convert negative value to unsigned "
                        "int")
    else:                 # L
        return overflow(space, "Python int too large to convert to C "
                        "unsigned long")
    if negative:
        return overflow(space, "%s is less than minimum" % name)
    return overflow(space, "%s is greater than maximum" % name)


def int_bits(space, tc, size, w_obj):
    if not isinstance(w_obj, W_IntObject) and \
            not isinstance(w_obj, W_LongObject):
        w_index = None
        if not isinstance(w_obj, W_FloatObject):
            w_index = space.call_special(w_obj, '__index__')
        if not isinstance(w_index, W_IntObject) and \
                not isinstance(w_index, W_LongObject):
            raise space.error(space.w_TypeError, "'%s' object cannot be "
                              "interpreted as an integer" %
                              space.type_name(space.type(w_obj)))
        w_obj = w_index
    if isinstance(w_obj, W_IntObject):
        v = w_obj.intval
        if tc == 'l' or tc == 'q':
            return r_ulonglong(v)
        if tc == 'L' or tc == 'Q':
            if v < 0:
                raise too_big(space, tc, True)
            return r_ulonglong(v)
        if tc == 'b' or tc == 'h' or tc == 'i':
            lo = -(1 << (size * 8 - 1))
            hi = (1 << (size * 8 - 1)) - 1
        else:
            lo = 0
            hi = (1 << (size * 8)) - 1
        if v < lo:
            raise too_big(space, tc, True)
        if v > hi:
            raise too_big(space, tc, False)
        return r_ulonglong(v)
    assert isinstance(w_obj, W_LongObject)
    num = w_obj.num
    negative = num.sign < 0
    if (tc == 'L' or tc == 'Q') and not negative:
        try:
            return num.toulonglong()
        except (ValueError, OverflowError):
            pass
    raise too_big(space, tc, negative)


def float_item(space, w_obj):
    if isinstance(w_obj, W_FloatObject):
        return w_obj.floatval
    if isinstance(w_obj, W_IntObject):
        return float(w_obj.intval)
    if isinstance(w_obj, W_LongObject):
        return space.bigint_to_float(w_obj.num)
    w_float = space.call_special(w_obj, '__float__')
    if w_float is None:
        w_float = space.call_special(w_obj, '__index__')
    if isinstance(w_float, W_FloatObject) or \
            isinstance(w_float, W_IntObject) or \
            isinstance(w_float, W_LongObject):
        return float_item(space, w_float)
    raise space.error(space.w_TypeError, "must be real number, not %s" %
                      space.type_name(space.type(w_obj)))


def unwrap_bits(space, tc, size, w_obj):
    if tc == 'f' or tc == 'd':
        x = float_item(space, w_obj)
        try:
            return ieee.float_pack(x, size)
        except OverflowError:       # a C cast to float: +-inf
            return ieee.float_pack(copysign(INFINITY, x), size)
    if tc == 'u':
        if not isinstance(w_obj, W_StrObject) or len(w_obj.value) != 1:
            raise space.error(space.w_TypeError,
                              "array item must be unicode character")
        return r_ulonglong(ord(w_obj.value[0]))
    return int_bits(space, tc, size, w_obj)


# ____________________________________________________________

class W_ArrayObject(W_Root):
    _attrs_ = ['typecode', 'itemsize', 'data']

    def __init__(self, typecode, data):
        self.typecode = typecode
        self.itemsize = itemsize_of(typecode)
        self.data = data            # list of chars, len % itemsize == 0

    def getclass(self, space):
        return space.w_array_array

    def buffer_bytes(self):
        return ''.join(self.data)

    def writable_chars(self):
        return self.data

    def nitems(self):
        return len(self.data) // self.itemsize

    def item_w(self, space, i):
        size = self.itemsize
        return wrap_bits(space, self.typecode, size,
                         read_bits(self.data, i * size, size))

    def items_w(self, space):
        return [self.item_w(space, i) for i in range(self.nitems())]

    def convert(self, space, w_obj):
        return unwrap_bits(space, self.typecode, self.itemsize, w_obj)

    def set_item(self, space, i, w_obj):
        bits = self.convert(space, w_obj)
        write_bits(self.data, i * self.itemsize, self.itemsize, bits)

    def append(self, space, w_obj):
        bits = self.convert(space, w_obj)
        pos = len(self.data)
        self.data.extend(['\x00'] * self.itemsize)
        write_bits(self.data, pos, self.itemsize, bits)

    def item_chars(self, i):
        size = self.itemsize
        start = i * size
        stop = start + size
        assert start >= 0 and stop >= 0
        return self.data[start:stop]

    # --- the object protocol ---
    def is_true(self, space):
        return len(self.data) > 0

    def hash(self, space):
        raise space.error(space.w_TypeError,
                          "unhashable type: 'array.array'")

    def length(self, space):
        return self.nitems()

    def getitem(self, space, w_key):
        if isinstance(w_key, W_SliceObject):
            start, stop, step, n = w_key.indices(space, self.nitems())
            if step == 1:
                size = self.itemsize
                lo = start * size
                hi = lo + n * size
                assert lo >= 0 and hi >= 0
                return W_ArrayObject(self.typecode, self.data[lo:hi])
            data = []
            for k in range(n):
                data.extend(self.item_chars(start + k * step))
            return W_ArrayObject(self.typecode, data)
        index = array_index(space, w_key)
        return self.item_w(space, normalize_index(space, index,
                                                  self.nitems(), "array"))

    def setitem(self, space, w_key, w_value):
        if isinstance(w_key, W_SliceObject):
            w_value = self.same_kind(space, w_value, 'can only assign array '
                                     '(not "', '") to array slice')
            new = w_value.data[:]
            start, stop, step, n = w_key.indices(space, self.nitems())
            size = self.itemsize
            if step == 1:
                if stop < start:
                    stop = start
                lo = start * size
                hi = stop * size
                assert lo >= 0 and hi >= 0
                self.data = self.data[:lo] + new + self.data[hi:]
                return True
            m = len(new) // size
            if m != n:
                raise space.error(space.w_ValueError, "attempt to assign "
                                  "array of size %d to extended slice of "
                                  "size %d" % (m, n))
            for k in range(n):
                pos = (start + k * step) * size
                for j in range(size):
                    self.data[pos + j] = new[k * size + j]
            return True
        index = array_index(space, w_key)
        index = normalize_index(space, index, self.nitems(),
                                "array assignment")
        self.set_item(space, index, w_value)
        return True

    def delitem(self, space, w_key):
        n_items = self.nitems()
        if isinstance(w_key, W_SliceObject):
            start, stop, step, n = w_key.indices(space, n_items)
            deleted = [False] * n_items
            for k in range(n):
                deleted[start + k * step] = True
            data = []
            for i in range(n_items):
                if not deleted[i]:
                    data.extend(self.item_chars(i))
            self.data = data
            return True
        index = array_index(space, w_key)
        self.delete(normalize_index(space, index, n_items,
                                    "array assignment"))
        return True

    def delete(self, i):
        size = self.itemsize
        lo = i * size
        hi = lo + size
        assert lo >= 0 and hi >= 0
        del self.data[lo:hi]

    def contains(self, space, w_item):
        for i in range(self.nitems()):
            if space.eq_w(self.item_w(space, i), w_item):
                return space.w_True
        return space.w_False

    def iter(self, space):
        return W_ArrayIterator(self)

    def compare(self, space, opnum, w_other):
        if not isinstance(w_other, W_ArrayObject):
            return None
        if opnum == op.CMP_EQ or opnum == op.CMP_NE:
            if self.nitems() != w_other.nitems():
                return space.newbool(opnum == op.CMP_NE)
        return sequence_compare(space, opnum, self.items_w(space),
                                w_other.items_w(space))

    def repeat(self, space, w_times):
        """The count of `array * n` (negative: 0), or CPython's TypeError
        for a non-integer n."""
        if not (isinstance(w_times, W_IntObject) or
                isinstance(w_times, W_LongObject) or
                space.lookup(w_times, '__index__') is not None):
            raise space.error(space.w_TypeError, "can't multiply "
                              "sequence by non-int of type '%s'" %
                              space.type_name(space.type(w_times)))
        return max(0, space.getindex_w(w_times))

    def same_kind(self, space, w_other, before, after):
        """w_other, an array of this typecode (for a non-array the
        TypeError `before + its type's name + after`)."""
        if not isinstance(w_other, W_ArrayObject):
            raise space.error(space.w_TypeError, before + space.type_name(
                space.type(w_other)) + after)
        if w_other.typecode != self.typecode:
            raise bad_argument(space)
        return w_other

    def binop(self, space, opnum, w_other):
        # TypeErrors right away, as CPython's sq_concat and sq_repeat
        if opnum == op.BIN_ADD:
            w_other = self.same_kind(space, w_other, 'can only append array '
                                     '(not "', '") to array')
            return W_ArrayObject(self.typecode, self.data + w_other.data)
        if opnum == op.BIN_MUL:
            return W_ArrayObject(self.typecode,
                                 self.data * self.repeat(space, w_other))
        return None

    def rbinop(self, space, opnum, w_other):
        if opnum == op.BIN_MUL:
            return self.binop(space, opnum, w_other)
        return None

    def inplace_binop(self, space, opnum, w_other):
        if opnum == op.BIN_ADD:
            w_other = self.same_kind(space, w_other, 'can only extend array '
                                     'with array (not "', '")')
            self.data.extend(w_other.data[:])
            return self
        if opnum == op.BIN_MUL:
            self.data = self.data * self.repeat(space, w_other)
            return self
        return None

    def repr(self, space):
        from pypy.objspace.typeobject import W_TypeObject
        tc = self.typecode
        w_class = self.getclass(space)
        assert isinstance(w_class, W_TypeObject)
        name = space.text_w(space.newtext_utf8(w_class.name))
        if not self.data:
            return space.newtext(name + u"('" + unichr(ord(tc)) + u"')")
        if tc == 'u':
            text = space.repr_u(space.newtext(self.tounicode(space)))
        else:
            parts = [space.repr_u(w_item) for w_item in self.items_w(space)]
            text = u'[' + u', '.join(parts) + u']'
        return space.newtext(name + u"('" + unichr(ord(tc)) + u"', " +
                             text + u")")

    def tounicode(self, space):
        chars = [u'\x00'] * self.nitems()
        for i in range(self.nitems()):
            w_ch = self.item_w(space, i)
            assert isinstance(w_ch, W_StrObject)
            chars[i] = w_ch.value[0]
        return u''.join(chars)

    def frombytes(self, space, s):
        if len(s) % self.itemsize != 0:
            raise space.error(space.w_ValueError,
                              "bytes length not a multiple of item size")
        self.data.extend(list(s))

    def extend(self, space, w_iterable):
        if isinstance(w_iterable, W_ArrayObject):
            if w_iterable.typecode != self.typecode:
                raise space.error(space.w_TypeError, "can only extend with "
                                  "array of same kind")
            self.data.extend(w_iterable.data[:])
            return
        w_iter = space.iter(w_iterable)
        while True:
            w_item = space.next_or_none(w_iter)
            if w_item is None:
                break
            self.append(space, w_item)


def bad_argument(space):
    return space.error(space.w_TypeError,
                       "bad argument type for built-in operation")


def array_index(space, w_key):
    if isinstance(w_key, W_IntObject):
        return w_key.intval
    if isinstance(w_key, W_FloatObject) or \
            space.lookup(w_key, '__index__') is None:
        raise space.error(space.w_TypeError, "array indices must be "
                          "integers")
    return space.getindex_w(w_key, w_overflow=space.w_IndexError)


class W_ArrayIterator(W_Iterator):
    def __init__(self, w_array):
        self.w_array = w_array
        self.index = 0

    def getclass(self, space):
        return space.w_array_iterator

    def next(self, space):
        w_array = self.w_array
        if w_array is None:
            return None
        if self.index >= w_array.nitems():
            self.w_array = None
            return None
        self.index += 1
        return w_array.item_w(space, self.index - 1)


# ____________________________________________________________
# the methods

def self_array(space, args, fname, nmin, nmax):
    check_args(space, args, fname, nmin, nmax)
    w_self = args.arguments_w[0]
    if not isinstance(w_self, W_ArrayObject):
        raise space.error(space.w_TypeError, "descriptor '%s' requires a "
                          "'array.array' object but received a '%s'" % (
                              fname, space.type_name(space.type(w_self))))
    return w_self


def array_append(space, args):
    self_array(space, args, 'append', 2, 2).append(space,
                                                   args.arguments_w[1])
    return space.w_None


def array_extend(space, args):
    self_array(space, args, 'extend', 2, 2).extend(space,
                                                   args.arguments_w[1])
    return space.w_None


def array_insert(space, args):
    w_self = self_array(space, args, 'insert', 3, 3)
    i = space.getindex_w(args.arguments_w[1])
    n = w_self.nitems()
    if i < 0:
        i += n
        if i < 0:
            i = 0
    if i > n:
        i = n
    bits = w_self.convert(space, args.arguments_w[2])
    size = w_self.itemsize
    chars = ['\x00'] * size
    write_bits(chars, 0, size, bits)
    pos = i * size
    assert pos >= 0
    w_self.data = w_self.data[:pos] + chars + w_self.data[pos:]
    return space.w_None


def array_pop(space, args):
    w_self = self_array(space, args, 'pop', 1, 2)
    i = -1
    if len(args.arguments_w) == 2:
        i = space.getindex_w(args.arguments_w[1])
    n = w_self.nitems()
    if n == 0:
        raise space.error(space.w_IndexError, "pop from empty array")
    i = normalize_index(space, i, n, "pop")
    w_item = w_self.item_w(space, i)
    w_self.delete(i)
    return w_item


def array_remove(space, args):
    w_self = self_array(space, args, 'remove', 2, 2)
    for i in range(w_self.nitems()):
        if space.eq_w(w_self.item_w(space, i), args.arguments_w[1]):
            w_self.delete(i)
            return space.w_None
    raise space.error(space.w_ValueError, "array.remove(x): x not in array")


def array_index_method(space, args):
    w_self = self_array(space, args, 'index', 2, 4)
    n = w_self.nitems()
    start = 0
    stop = n
    if len(args.arguments_w) > 2:
        start = space.getindex_w(args.arguments_w[2])
        if start < 0:
            start += n
            if start < 0:
                start = 0
    if len(args.arguments_w) > 3:
        stop = space.getindex_w(args.arguments_w[3])
        if stop < 0:
            stop += n
            if stop < 0:
                stop = 0
    if stop > n:
        stop = n
    for i in range(start, stop):
        if space.eq_w(w_self.item_w(space, i), args.arguments_w[1]):
            return space.newint(i)
    raise space.error(space.w_ValueError, "array.index(x): x not in array")


def array_count(space, args):
    w_self = self_array(space, args, 'count', 2, 2)
    count = 0
    for i in range(w_self.nitems()):
        if space.eq_w(w_self.item_w(space, i), args.arguments_w[1]):
            count += 1
    return space.newint(count)


def array_reverse(space, args):
    w_self = self_array(space, args, 'reverse', 1, 1)
    n = w_self.nitems()
    data = []
    for k in range(n):
        data.extend(w_self.item_chars(n - 1 - k))
    w_self.data = data
    return space.w_None


def array_byteswap(space, args):
    w_self = self_array(space, args, 'byteswap', 1, 1)
    size = w_self.itemsize
    data = w_self.data
    for i in range(w_self.nitems()):
        pos = i * size
        for k in range(size // 2):
            c = data[pos + k]
            data[pos + k] = data[pos + size - 1 - k]
            data[pos + size - 1 - k] = c
    return space.w_None


def array_buffer_info(space, args):
    w_self = self_array(space, args, 'buffer_info', 1, 1)
    return space.newtuple([space.newint(compute_unique_id(w_self)),
                           space.newint(w_self.nitems())])


def array_tobytes(space, args):
    w_self = self_array(space, args, 'tobytes', 1, 1)
    return space.newbytes(''.join(w_self.data))


def array_frombytes(space, args):
    w_self = self_array(space, args, 'frombytes', 2, 2)
    w_data = args.arguments_w[1]
    s = readable(space, w_data)
    w_self.frombytes(space, s)
    return space.w_None


def readable(space, w_data):
    from pypy.objspace.memoryviewobject import W_MemoryView
    if isinstance(w_data, W_MemoryView):
        return w_data.as_str(space)
    s = bytes_like(w_data)
    if s is None:
        raise space.error(space.w_TypeError, "a bytes-like object is "
                          "required, not '%s'" %
                          space.type_name(space.type(w_data)))
    return s


def array_tolist(space, args):
    w_self = self_array(space, args, 'tolist', 1, 1)
    return space.newlist(w_self.items_w(space))


def array_fromlist(space, args):
    w_self = self_array(space, args, 'fromlist', 2, 2)
    w_list = args.arguments_w[1]
    if not isinstance(w_list, W_ListObject):
        raise space.error(space.w_TypeError, "arg must be list")
    w_new = W_ArrayObject(w_self.typecode, [])
    for w_item in w_list.items_w[:]:
        w_new.append(space, w_item)         # all or nothing
    w_self.data.extend(w_new.data)
    return space.w_None


def array_tounicode(space, args):
    w_self = self_array(space, args, 'tounicode', 1, 1)
    if w_self.typecode != 'u':
        raise space.error(space.w_ValueError, "tounicode() may only be "
                          "called on unicode type arrays")
    return space.newtext(w_self.tounicode(space))


def array_fromunicode(space, args):
    w_self = self_array(space, args, 'fromunicode', 2, 2)
    w_text = args.arguments_w[1]
    if not isinstance(w_text, W_StrObject):
        raise space.error(space.w_TypeError, "fromunicode() argument must "
                          "be str, not %s" %
                          space.type_name(space.type(w_text)))
    if w_self.typecode != 'u':
        raise space.error(space.w_ValueError, "fromunicode() may only be "
                          "called on unicode type arrays")
    for ch in w_text.value:
        pos = len(w_self.data)
        w_self.data.extend(['\x00'] * 4)
        write_bits(w_self.data, pos, 4, r_ulonglong(ord(ch)))
    return space.w_None


def array_tofile(space, args):
    w_self = self_array(space, args, 'tofile', 2, 2)
    space.call_method(args.arguments_w[1], 'write',
                      space.newbytes(''.join(w_self.data)))
    return space.w_None


def array_fromfile(space, args):
    w_self = self_array(space, args, 'fromfile', 3, 3)
    n = space.getindex_w(args.arguments_w[2])
    if n < 0:
        raise space.error(space.w_ValueError, "negative count")
    size = w_self.itemsize
    w_data = space.call_method(args.arguments_w[1], 'read',
                               space.newint(n * size))
    if not isinstance(w_data, W_BytesObject):
        raise space.error(space.w_TypeError, "read() didn't return bytes")
    s = w_data.value
    whole = len(s) // size * size
    assert whole >= 0
    w_self.frombytes(space, s[:whole])
    if len(s) != n * size:
        raise space.error(space.w_EOFError,
                          "read() didn't return enough bytes")
    return space.w_None


def array_copy(space, args):
    w_self = self_array(space, args, '__copy__', 1, 1)
    return W_ArrayObject(w_self.typecode, w_self.data[:])


def array_deepcopy(space, args):
    w_self = self_array(space, args, '__deepcopy__', 2, 2)
    return W_ArrayObject(w_self.typecode, w_self.data[:])


def array_reduce_ex(space, args):
    w_self = self_array(space, args, '__reduce_ex__', 2, 2)
    space.getindex_w(args.arguments_w[1])
    # (type, (typecode, list), dict) for every protocol: CPython's form
    # for protocol >= 3 (_array_reconstructor) needs builtin functions
    # that pickle by name
    w_dict = w_self.getdict(space)
    if w_dict is None:
        w_dict = space.w_None
    return space.newtuple([
        w_self.getclass(space),
        space.newtuple([space.newtext_ascii(w_self.typecode),
                        space.newlist(w_self.items_w(space))]),
        w_dict])


def array_get_typecode(space, w_self):
    assert isinstance(w_self, W_ArrayObject)
    return space.newtext_ascii(w_self.typecode)


def array_get_itemsize(space, w_self):
    assert isinstance(w_self, W_ArrayObject)
    return space.newint(w_self.itemsize)


# an instance of a Python subclass of array.array
W_ArrayObjectUser = make_user_class(W_ArrayObject)


def new_array(space, w_type, args):
    if args.has_keywords() and w_type is space.w_array_array:
        raise space.error(space.w_TypeError,
                          "array.array() takes no keyword arguments")
    args_w = args.arguments_w
    if len(args_w) < 1:
        raise space.error(space.w_TypeError, "array() takes at least 1 "
                          "argument (0 given)")
    if len(args_w) > 2:
        raise space.error(space.w_TypeError, "array() takes at most 2 "
                          "arguments (%d given)" % len(args_w))
    w_tc = args_w[0]
    if not isinstance(w_tc, W_StrObject) or len(w_tc.value) != 1:
        if isinstance(w_tc, W_StrObject):
            what = "a string of length %d" % len(w_tc.value)
        else:
            what = space.type_name(space.type(w_tc))
        raise space.error(space.w_TypeError, "array() argument 1 must be a "
                          "unicode character, not %s" % what)
    ch = w_tc.value[0]
    tc = '\x00'
    for c in TYPECODES:
        if ord(c) == ord(ch):
            tc = c
    if tc == '\x00':
        raise space.error(space.w_ValueError, "bad typecode (must be b, B, "
                          "u, h, H, i, I, l, L, q, Q, f or d)")
    if w_type is space.w_array_array:
        w_array = W_ArrayObject(tc, [])
    else:
        w_array = W_ArrayObjectUser(tc, []).init_user(w_type)
    if len(args_w) == 2:
        w_init = args_w[1]
        if isinstance(w_init, W_BytesObject) or \
                isinstance(w_init, W_BytearrayObject):
            s = bytes_like(w_init)
            assert s is not None
            w_array.frombytes(space, s)
        elif isinstance(w_init, W_StrObject):
            if tc != 'u':
                raise space.error(space.w_TypeError, "cannot use a str to "
                                  "initialize an array with typecode '%s'" %
                                  tc)
            array_fromunicode(space, Arguments([w_array, w_init]))
        elif isinstance(w_init, W_ArrayObject) and \
                (w_init.typecode == 'u') != (tc == 'u'):
            raise space.error(space.w_TypeError, "cannot use a unicode "
                              "array to initialize an array with typecode "
                              "'%s'" % tc)
        elif isinstance(w_init, W_ArrayObject):
            for i in range(w_init.nitems()):
                w_array.append(space, w_init.item_w(space, i))
        else:
            w_array.extend(space, w_init)
    return w_array


def array_reconstructor(space, args):
    """_array_reconstructor(arraytype, typecode, mformat_code, items): the
    array of `items` stored in the machine format `mformat_code` (the enum
    of CPython's arraymodule: 0/1 unsigned/signed 8-bit, then little- and
    big-endian 16, 32, 64-bit unsigned/signed ints (2-13), IEEE floats and
    doubles (14-17), UTF-16 (18-19) and UTF-32 (20-21))."""
    check_args(space, args, '_array_reconstructor', 4, 4)
    w_type = args.arguments_w[0]
    w_tc = args.arguments_w[1]
    w_code = args.arguments_w[2]
    w_items = args.arguments_w[3]
    if not (isinstance(w_type, W_TypeObject) and
            w_type.issubtype(space.w_array_array)):
        raise space.error(space.w_TypeError, "%s is not a subtype of "
                          "array.array" % space.type_name(w_type)
                          if isinstance(w_type, W_TypeObject) else
                          "first argument must be a type object, not %s" %
                          space.type_name(space.type(w_type)))
    tc = '\x00'
    if isinstance(w_tc, W_StrObject) and len(w_tc.value) == 1:
        for c in TYPECODES:
            if ord(c) == ord(w_tc.value[0]):
                tc = c
    if tc == '\x00':
        raise space.error(space.w_ValueError,
                          "second argument must be a valid type code")
    code = space.getindex_w(w_code)
    if code < 0 or code > 21:
        raise space.error(space.w_ValueError, "third argument must be a "
                          "valid machine format code.")
    if not isinstance(w_items, W_BytesObject):
        raise space.error(space.w_TypeError, "fourth argument should be "
                          "bytes, not %s" %
                          space.type_name(space.type(w_items)))
    s = w_items.value
    if code <= 1:
        size, signed, big = 1, code == 1, False
    elif code <= 13:
        size = 2 << ((code - 2) // 4)
        signed = (code - 2) % 4 >= 2
        big = code % 2 == 1
    elif code <= 17:
        size = 4 if code <= 15 else 8
        signed = False
        big = code % 2 == 1
    else:
        size = 2 if code <= 19 else 4
        signed = False
        big = code % 2 == 1
    if len(s) % size != 0:
        raise space.error(space.w_ValueError,
                          "string length not a multiple of item size")
    # the typecode kept when `code` is its native format, else one of
    # the format's size and kind (as CPython's)
    if code >= 18:
        kind = 'u'
    elif code >= 14:
        kind = 'f'
    else:
        kind = 'i'
    if tc == 'u' or tc == 'f' or tc == 'd':
        tc_kind = 'u' if tc == 'u' else 'f'
        tc_signed = False
    else:
        tc_kind = 'i'
        tc_signed = tc == 'b' or tc == 'h' or tc == 'i' or tc == 'l' or \
            tc == 'q'
    native = (kind == tc_kind and size == itemsize_of(tc) and
              (big != LITTLE_ENDIAN or size == 1) and signed == tc_signed)
    if not native:
        if kind == 'u':
            tc = 'u'
        elif kind == 'f':
            tc = 'f' if size == 4 else 'd'
        else:
            for c in ('bhilq' if signed else 'BHILQ'):
                if itemsize_of(c) == size:
                    tc = c
                    break
    w_array = W_ArrayObject(tc, [])
    data = list(s)
    for i in range(len(s) // size):
        bits = r_ulonglong(0)
        for k in range(size):
            if big:
                c = data[i * size + k]
            else:
                c = data[i * size + size - 1 - k]
            bits = (bits << 8) | r_ulonglong(ord(c))
        if 14 <= code <= 17:
            w_item = space.newfloat(ieee.float_unpack(bits, size))
        elif code >= 18:
            w_item = space.newtext(unichr(intmask(bits)))
        elif signed:
            w_item = wrap_bits(space, 'q', 8, bits)
            if size < 8:
                w_item = wrap_bits(space, 'b' if size == 1 else
                                   'h' if size == 2 else 'i', size, bits)
        else:
            w_item = wrap_bits(space, 'Q', 8, bits)
        w_array.append(space, w_item)
    return w_array


ARRAY_METHODS = {
    'append': array_append, 'extend': array_extend, 'insert': array_insert,
    'pop': array_pop, 'remove': array_remove, 'index': array_index_method,
    'count': array_count, 'reverse': array_reverse,
    'byteswap': array_byteswap, 'buffer_info': array_buffer_info,
    'tobytes': array_tobytes, 'frombytes': array_frombytes,
    'tolist': array_tolist, 'fromlist': array_fromlist,
    'tounicode': array_tounicode, 'fromunicode': array_fromunicode,
    'tofile': array_tofile, 'fromfile': array_fromfile,
    '__copy__': array_copy, '__deepcopy__': array_deepcopy,
    '__reduce_ex__': array_reduce_ex,
}
for _name in ['__len__', '__getitem__', '__setitem__', '__delitem__',
              '__contains__', '__iter__', '__add__', '__mul__', '__rmul__',
              '__iadd__', '__imul__', '__eq__', '__ne__', '__lt__', '__le__',
              '__gt__', '__ge__', '__repr__']:
    ARRAY_METHODS[_name] = special_func(W_ArrayObject, 'array.array', _name)


def make_module(space):
    w_mod = space.newmodule('array')
    setitem = w_mod.w_dict.setitem_str
    w_array = space.make_builtin_type('w_array_array', TypeDef(
        'array', methods=ARRAY_METHODS, new=new_array,
        getset={'typecode': array_get_typecode,
                'itemsize': array_get_itemsize}, hashable=False),
        [space.w_object])
    from pypy.module.builtins.iterators import iterator_methods
    # (__iter__ and __next__ in its dict: collections.abc.Iterator looks
    # there)
    w_iter = space.make_builtin_type('w_array_iterator', TypeDef(
        'arrayiterator', methods=iterator_methods.copy(),
        acceptable_as_base=False), [space.w_object])
    for w_type in [w_array, w_iter]:
        w_type.set_module_name(space, 'array')
    setitem(space, 'array', w_array)
    setitem(space, 'ArrayType', w_array)
    setitem(space, 'typecodes', space.newtext_ascii(TYPECODES))
    setitem(space, '_array_reconstructor', BuiltinFunction(
        '_array_reconstructor', array_reconstructor))
    return w_mod
