"""marshal.dumps: the bytes of an object in the marshal format of the
given version.  No object is flagged for references (as CPython does for
objects with a reference count of 1): the output loads everywhere, with
shared objects written again."""

from rpython.rlib import rfloat
from rpython.rlib.listsort import make_timsort_class
from rpython.rlib.rarithmetic import intmask
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rstring import StringBuilder
from rpython.rlib.rstruct.ieee import float_pack
from pypy.objspace.bytearrayobject import bytes_like
from pypy.objspace.complexobject import W_ComplexObject
from pypy.objspace.dictobject import W_DictObject
from pypy.objspace.floatobject import W_FloatObject
from pypy.objspace.intobject import W_IntObject, W_LongObject
from pypy.objspace.listobject import W_ListObject
from pypy.objspace.memoryviewobject import W_MemoryView
from pypy.objspace.setobject import W_SetObject
from pypy.objspace.strobject import W_StrObject
from pypy.objspace.tupleobject import W_TupleObject
from pypy.module.marshal import format as f

StrSort = make_timsort_class()


class Writer(object):
    def __init__(self, space, version):
        self.space = space
        self.version = version
        self.out = StringBuilder()
        self.depth = 0

    def int32(self, n):
        for i in range(4):
            self.out.append(chr((n >> (8 * i)) & 0xFF))

    def pstring(self, s):
        self.int32(len(s))
        self.out.append(s)

    def binary_float(self, x):
        bits = float_pack(x, 8)
        for i in range(8):
            self.out.append(chr(intmask((bits >> (8 * i)) & 0xFF)))

    def text_float(self, x):
        """Versions 0 and 1: repr-like text with 17 digits."""
        s = rfloat.formatd(x, 'g', 17)
        self.out.append(chr(len(s)))
        self.out.append(s)

    def dump(self, w_obj):
        space = self.space
        self.depth += 1
        if self.depth > f.MAX_DEPTH:
            raise space.error(space.w_ValueError,
                              "object too deeply nested to marshal")
        self.dump_object(w_obj)
        self.depth -= 1

    def dump_object(self, w_obj):
        space = self.space
        w_type = space.type(w_obj)
        if w_obj is space.w_None:
            self.out.append(f.TYPE_NONE)
        elif w_obj is space.w_True:
            self.out.append(f.TYPE_TRUE)
        elif w_obj is space.w_False:
            self.out.append(f.TYPE_FALSE)
        elif w_obj is space.w_Ellipsis:
            self.out.append(f.TYPE_ELLIPSIS)
        elif w_obj is space.w_StopIteration:
            self.out.append(f.TYPE_STOPITER)
        elif w_type is space.w_int and isinstance(w_obj, W_IntObject):
            self.dump_int(w_obj.intval)
        elif w_type is space.w_int and isinstance(w_obj, W_LongObject):
            self.dump_long(w_obj.num)
        elif w_type is space.w_float and isinstance(w_obj, W_FloatObject):
            if self.version > 1:
                self.out.append(f.TYPE_BINARY_FLOAT)
                self.binary_float(w_obj.floatval)
            else:
                self.out.append(f.TYPE_FLOAT)
                self.text_float(w_obj.floatval)
        elif w_type is space.w_complex and isinstance(w_obj,
                                                     W_ComplexObject):
            if self.version > 1:
                self.out.append(f.TYPE_BINARY_COMPLEX)
                self.binary_float(w_obj.real)
                self.binary_float(w_obj.imag)
            else:
                self.out.append(f.TYPE_COMPLEX)
                self.text_float(w_obj.real)
                self.text_float(w_obj.imag)
        elif w_type is space.w_str and isinstance(w_obj, W_StrObject):
            self.dump_str(w_obj)
        elif w_type is space.w_tuple and isinstance(w_obj, W_TupleObject):
            n = len(w_obj.items_w)
            if self.version >= 4 and n < 256:
                self.out.append(f.TYPE_SMALL_TUPLE)
                self.out.append(chr(n))
            else:
                self.out.append(f.TYPE_TUPLE)
                self.int32(n)
            for w_item in w_obj.items_w:
                self.dump(w_item)
        elif w_type is space.w_list and isinstance(w_obj, W_ListObject):
            self.out.append(f.TYPE_LIST)
            self.int32(len(w_obj.items_w))
            for w_item in w_obj.items_w:
                self.dump(w_item)
        elif w_type is space.w_dict and isinstance(w_obj, W_DictObject):
            self.out.append(f.TYPE_DICT)
            for w_key in space.unpackiterable(w_obj):
                self.dump(w_key)
                self.dump(space.getitem(w_obj, w_key))
            self.out.append(f.TYPE_NULL)
        elif ((w_type is space.w_set or w_type is space.w_frozenset) and
              isinstance(w_obj, W_SetObject)):
            self.dump_set(w_obj)
        elif isinstance(w_obj, W_MemoryView):
            self.out.append(f.TYPE_STRING)
            self.pstring(w_obj.as_str(space))
        else:
            s = bytes_like(w_obj)
            if s is None:
                raise space.error(space.w_ValueError, "unmarshallable object")
            self.out.append(f.TYPE_STRING)
            self.pstring(s)

    def dump_int(self, n):
        if -0x80000000 <= n <= 0x7FFFFFFF:
            self.out.append(f.TYPE_INT)
            self.int32(n)
        else:
            self.dump_long(rbigint.fromint(n))

    def dump_long(self, num):
        digits = []
        rest = num.abs()
        while rest.tobool():
            digits.append(rest.int_and_(f.LONG_MASK).toint())
            rest = rest.rshift(f.LONG_SHIFT)
        self.out.append(f.TYPE_LONG)
        self.int32(-len(digits) if num.sign < 0 else len(digits))
        for d in digits:
            self.out.append(chr(d & 0xFF))
            self.out.append(chr(d >> 8))

    def dump_str(self, w_obj):
        u = w_obj.value
        is_ascii = True
        for ch in u:
            if ord(ch) > 127:
                is_ascii = False
                break
        if self.version >= 4 and is_ascii:
            s = u.encode('latin-1')
            if len(s) < 256:
                self.out.append(f.TYPE_SHORT_ASCII)
                self.out.append(chr(len(s)))
                self.out.append(s)
            else:
                self.out.append(f.TYPE_ASCII)
                self.pstring(s)
        else:
            self.out.append(f.TYPE_UNICODE)
            self.pstring(self.space.text_utf8(w_obj))

    def dump_set(self, w_set):
        """Elements sorted by their own marshal bytes, as CPython 3.11
        (bpo-37596: reproducible output whatever the hash order)."""
        space = self.space
        if w_set.frozen:
            self.out.append(f.TYPE_FROZENSET)
        else:
            self.out.append(f.TYPE_SET)
        items = []
        for w_item in w_set.items_w(space):
            item = Writer(space, self.version)
            item.depth = self.depth
            item.dump(w_item)
            items.append(item.out.build())
        StrSort(items).sort()
        self.int32(len(items))
        for s in items:
            self.out.append(s)


def dumps(space, w_obj, version):
    writer = Writer(space, version)
    writer.dump(w_obj)
    return writer.out.build()
