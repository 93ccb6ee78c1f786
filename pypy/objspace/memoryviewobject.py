"""The memoryview type, for now a read-only view of a bytes or bytearray
object as unsigned bytes (format 'B') or, after cast('I'), native unsigned
32-bit ints: length, items, tobytes, tolist, comparison and release
(enough for _collections_abc, re's compiler and simple uses)."""

import sys

from pypy.interpreter.arguments import check_args, self_of
from pypy.objspace.root import W_Root
from pypy.objspace.bytesobject import W_BytesObject, slice_of
from pypy.objspace.bytearrayobject import bytes_like
from pypy.objspace.sliceobject import W_SliceObject, normalize_index

LITTLE_ENDIAN = sys.byteorder == 'little'     # the machine's int layout


class W_MemoryView(W_Root):

    def __init__(self, w_obj, itemsize=1):
        self.w_obj = w_obj          # a bytes or bytearray object
        self.released = False
        self.itemsize = itemsize    # 1: format 'B', 4: format 'I'

    def getclass(self, space):
        return space.w_memoryview

    def as_str(self, space):
        if self.released:
            raise space.error(space.w_ValueError,
                              "operation forbidden on released memoryview "
                              "object")
        s = bytes_like(self.w_obj)
        assert s is not None
        return s

    def length(self, space):
        return len(self.as_str(space)) // self.itemsize

    def item(self, s, index):
        """The int at item `index` of the viewed bytes `s`."""
        size = self.itemsize
        value = 0
        for k in range(size):
            if LITTLE_ENDIAN:
                byte = s[index * size + size - 1 - k]
            else:
                byte = s[index * size + k]
            value = (value << 8) | ord(byte)
        return value

    def items_w(self, space):
        s = self.as_str(space)
        return [space.newint(self.item(s, i))
                for i in range(len(s) // self.itemsize)]

    def getitem(self, space, w_key):
        s = self.as_str(space)
        if isinstance(w_key, W_SliceObject):
            if self.itemsize != 1:
                raise space.error(space.w_NotImplementedError,
                                  "memoryview: slicing a cast view")
            return W_MemoryView(W_BytesObject(slice_of(space, s, w_key)))
        index = space.getindex_w(w_key, "memoryview: invalid slice key",
                                 w_overflow=space.w_IndexError)
        return space.newint(self.item(s, normalize_index(
            space, index, len(s) // self.itemsize, "")))

    def compare(self, space, opnum, w_other):
        from pypy.interpreter import opcodes as op
        from pypy.objspace.intobject import cmp_result
        if opnum != op.CMP_EQ and opnum != op.CMP_NE:
            return None
        if isinstance(w_other, W_MemoryView):
            other = w_other.as_str(space)
        else:
            other = bytes_like(w_other)
            if other is None:
                return None
        return space.newbool(cmp_result(opnum, self.as_str(space), other))

    def hash(self, space):
        raise space.error(space.w_ValueError,
                          "cannot hash writable memoryview object")

    def iter(self, space):
        from pypy.objspace.tupleobject import W_SeqIterator
        return W_SeqIterator(self.items_w(space)[:])


def self_view(space, args, fname):
    return self_of(space, args, fname, W_MemoryView, "'memoryview' object")


def memoryview_tobytes(space, args):
    check_args(space, args, 'tobytes', 1, 1)
    return space.newbytes(self_view(space, args, 'tobytes').as_str(space))


def memoryview_tolist(space, args):
    check_args(space, args, 'tolist', 1, 1)
    return space.newlist(self_view(space, args, 'tolist').items_w(space))


def memoryview_cast(space, args):
    check_args(space, args, 'cast', 2, 2)
    w_self = self_view(space, args, 'cast')
    fmt = space.text_utf8(args.arguments_w[1])
    if fmt == 'B':
        itemsize = 1
    elif fmt == 'I':
        itemsize = 4
    else:
        raise space.error(space.w_ValueError, "memoryview: destination "
                          "format must be a native single character format "
                          "prefixed with an optional '@'")
    if len(w_self.as_str(space)) % itemsize != 0:
        raise space.error(space.w_TypeError, "memoryview: length is not a "
                          "multiple of itemsize")
    return W_MemoryView(w_self.w_obj, itemsize)


def memoryview_get_itemsize(space, w_self):
    assert isinstance(w_self, W_MemoryView)
    return space.newint(w_self.itemsize)


def memoryview_get_format(space, w_self):
    assert isinstance(w_self, W_MemoryView)
    return space.newtext_ascii('B' if w_self.itemsize == 1 else 'I')


def memoryview_get_ndim(space, w_self):
    """Always 1: views here are flat, over bytes or bytearray."""
    assert isinstance(w_self, W_MemoryView)
    return space.newint(1)


def memoryview_release(space, args):
    check_args(space, args, 'release', 1, 1)
    self_view(space, args, 'release').released = True
    return space.w_None


def memoryview_enter(space, args):
    check_args(space, args, '__enter__', 1, 1)
    return self_view(space, args, '__enter__')


def memoryview_exit(space, args):
    self_view(space, args, '__exit__').released = True
    return space.w_False


def buffer_data(space, w_obj):
    """The bytes of a bytes-like object (bytes, bytearray, array.array or
    a memoryview of one), or None."""
    if isinstance(w_obj, W_MemoryView):
        return w_obj.as_str(space)
    return bytes_like(w_obj)


def new_memoryview(space, w_type, args):
    check_args(space, args, 'memoryview', 1, 1)
    w_obj = args.arguments_w[0]
    if isinstance(w_obj, W_MemoryView):
        w_obj = w_obj.w_obj
    if bytes_like(w_obj) is None:
        raise space.error(space.w_TypeError,
                          "memoryview: a bytes-like object is required, "
                          "not '%s'" % space.type_name(space.type(w_obj)))
    return W_MemoryView(w_obj)


memoryview_methods = {
    'tobytes': memoryview_tobytes, 'tolist': memoryview_tolist,
    'release': memoryview_release, '__enter__': memoryview_enter,
    '__exit__': memoryview_exit, 'cast': memoryview_cast,
}

memoryview_getset = {'itemsize': memoryview_get_itemsize,
                     'format': memoryview_get_format,
                     'ndim': memoryview_get_ndim}
