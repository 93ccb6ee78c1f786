"""marshal.loads: the object at the start of marshal data, with CPython's
errors for short, unknown or inconsistent data."""

from rpython.rlib import rfloat
from rpython.rlib.rarithmetic import r_ulonglong
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rstring import ParseStringError
from rpython.rlib.rstruct.ieee import float_unpack
from pypy.objspace.bytesobject import decode_bytes
from pypy.objspace.listobject import W_ListObject
from pypy.objspace.setobject import W_SetObject
from pypy.module.marshal import format as f


class Reader(object):
    def __init__(self, space, data):
        self.space = space
        self.data = data
        self.pos = 0
        self.depth = 0
        self.refs_w = []        # None while an object is being read

    def bad_data(self, what):
        space = self.space
        return space.error(space.w_ValueError, "bad marshal data (%s)" %
                           what)

    def read(self, n):
        if n > len(self.data) - self.pos:
            space = self.space
            raise space.error(space.w_EOFError, "marshal data too short")
        start = self.pos
        self.pos += n
        assert start >= 0 and n >= 0
        return self.data[start:start + n]

    def byte(self):
        return ord(self.read(1)[0])

    def int32(self):
        s = self.read(4)
        n = (ord(s[0]) | (ord(s[1]) << 8) | (ord(s[2]) << 16) |
             (ord(s[3]) << 24))
        if n >= 0x80000000:
            n -= 1 << 32
        return n

    def size(self, what):
        n = self.int32()
        if n < 0 or n > f.SIZE32_MAX:
            raise self.bad_data("%s size out of range" % what)
        return n

    def binary_float(self):
        s = self.read(8)
        bits = r_ulonglong(0)
        for i in range(7, -1, -1):
            bits = (bits << 8) | r_ulonglong(ord(s[i]))
        return float_unpack(bits, 8)

    def text_float(self):
        s = self.read(self.byte())
        try:
            return rfloat.string_to_float(s)
        except ParseStringError:
            space = self.space
            raise space.error(space.w_ValueError, "could not convert string "
                              "to float: '%s'" % s)

    def load(self):
        """The next object, or None for TYPE_NULL (a dict's end)."""
        space = self.space
        if self.pos >= len(self.data):
            raise space.error(space.w_EOFError,
                              "EOF read where object expected")
        code = self.byte()
        flag = code & f.FLAG_REF
        ref = -1
        if flag:
            ref = len(self.refs_w)
            self.refs_w.append(None)
        self.depth += 1
        if self.depth > f.MAX_DEPTH:
            raise space.error(space.w_ValueError, "recursion limit exceeded")
        w_obj = self.load_object(chr(code & ~f.FLAG_REF), ref)
        self.depth -= 1
        if flag:
            self.refs_w[ref] = w_obj
        return w_obj

    def load_not_null(self, what):
        w_obj = self.load()
        if w_obj is None:
            space = self.space
            raise space.error(space.w_TypeError, "NULL object in marshal "
                              "data for %s" % what)
        return w_obj

    def load_object(self, code, ref):
        space = self.space
        if code == f.TYPE_NULL:
            return None
        elif code == f.TYPE_NONE:
            return space.w_None
        elif code == f.TYPE_TRUE:
            return space.w_True
        elif code == f.TYPE_FALSE:
            return space.w_False
        elif code == f.TYPE_ELLIPSIS:
            return space.w_Ellipsis
        elif code == f.TYPE_STOPITER:
            return space.w_StopIteration
        elif code == f.TYPE_INT:
            return space.newint(self.int32())
        elif code == f.TYPE_LONG:
            return self.load_long()
        elif code == f.TYPE_BINARY_FLOAT:
            return space.newfloat(self.binary_float())
        elif code == f.TYPE_FLOAT:
            return space.newfloat(self.text_float())
        elif code == f.TYPE_BINARY_COMPLEX:
            real = self.binary_float()
            return space.newcomplex(real, self.binary_float())
        elif code == f.TYPE_COMPLEX:
            real = self.text_float()
            return space.newcomplex(real, self.text_float())
        elif code == f.TYPE_STRING:
            return space.newbytes(self.read(self.size('bytes object')))
        elif code == f.TYPE_UNICODE or code == f.TYPE_INTERNED:
            s = self.read(self.size('string'))
            return space.newtext(decode_bytes(space, s, 'utf-8', 'strict'))
        elif code == f.TYPE_ASCII or code == f.TYPE_ASCII_INTERNED:
            return space.newtext_ascii(self.read(self.size('string')))
        elif code == f.TYPE_SHORT_ASCII or \
                code == f.TYPE_SHORT_ASCII_INTERNED:
            return space.newtext_ascii(self.read(self.byte()))
        elif code == f.TYPE_SMALL_TUPLE:
            return space.newtuple(self.load_items(self.byte(), 'object'))
        elif code == f.TYPE_TUPLE:
            return space.newtuple(self.load_items(self.size('tuple'),
                                                  'object'))
        elif code == f.TYPE_LIST:
            n = self.size('list')
            w_list = W_ListObject([])
            self.keep(ref, w_list)
            w_list.items_w = self.load_items(n, 'object')
            return w_list
        elif code == f.TYPE_DICT:
            w_dict = space.newdict()
            self.keep(ref, w_dict)
            while True:
                w_key = self.load()
                if w_key is None:
                    break
                w_value = self.load()
                if w_value is None:
                    break
                space.setitem(w_dict, w_key, w_value)
            return w_dict
        elif code == f.TYPE_SET or code == f.TYPE_FROZENSET:
            n = self.size('set')
            w_set = W_SetObject(space, code == f.TYPE_FROZENSET)
            if code == f.TYPE_SET:
                self.keep(ref, w_set)
            for w_item in self.load_items(n, 'set'):
                w_set.add(space, w_item)
            return w_set
        elif code == f.TYPE_REF:
            n = self.int32()
            if n < 0 or n >= len(self.refs_w) or self.refs_w[n] is None:
                raise self.bad_data("invalid reference")
            return self.refs_w[n]
        raise self.bad_data("unknown type code")

    def keep(self, ref, w_obj):
        """A mutable container is referable while its items are read."""
        if ref >= 0:
            self.refs_w[ref] = w_obj

    def load_items(self, n, what):
        items_w = []
        for _ in range(n):
            items_w.append(self.load_not_null(what))
        return items_w

    def load_long(self):
        n = self.int32()
        if n < -f.SIZE32_MAX or n > f.SIZE32_MAX:
            raise self.bad_data("long size out of range")
        num = rbigint.fromint(0)
        digit = 0
        for i in range(abs(n)):
            digit = self.byte() | (self.byte() << 8)
            if digit > f.LONG_MASK:
                raise self.bad_data("digit out of range in long")
            num = num.add(rbigint.fromint(digit).lshift(f.LONG_SHIFT * i))
        if n != 0 and digit == 0:
            raise self.bad_data("unnormalized long data")
        if n < 0:
            num = num.neg()
        return self.space.newbigint(num)


def loads(space, data):
    return Reader(space, data).load_not_null('object')
