"""The memoryview type, for now a read-only view of a bytes or bytearray
object as unsigned bytes (format 'B'): length, items, tobytes, tolist,
comparison and release (enough for _collections_abc and simple uses)."""

from pypy.interpreter.arguments import check_args
from pypy.objspace.root import W_Root
from pypy.objspace.bytesobject import W_BytesObject, slice_of
from pypy.objspace.bytearrayobject import bytes_like
from pypy.objspace.sliceobject import W_SliceObject, normalize_index


class W_MemoryView(W_Root):

    def __init__(self, w_obj):
        self.w_obj = w_obj          # a bytes or bytearray object
        self.released = False

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
        return len(self.as_str(space))

    def getitem(self, space, w_key):
        s = self.as_str(space)
        if isinstance(w_key, W_SliceObject):
            return W_MemoryView(W_BytesObject(slice_of(space, s, w_key)))
        index = space.getindex_w(w_key, "memoryview: invalid slice key")
        return space.newint(ord(s[normalize_index(space, index, len(s),
                                                  "")]))

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
        return W_SeqIterator([space.newint(ord(c))
                              for c in self.as_str(space)])


def self_view(space, args, fname):
    w_self = args.arguments_w[0]
    if not isinstance(w_self, W_MemoryView):
        raise space.error(space.w_TypeError,
                          "descriptor '%s' requires a 'memoryview' object" %
                          fname)
    return w_self


def memoryview_tobytes(space, args):
    check_args(space, args, 'tobytes', 1, 1)
    return space.newbytes(self_view(space, args, 'tobytes').as_str(space))


def memoryview_tolist(space, args):
    check_args(space, args, 'tolist', 1, 1)
    s = self_view(space, args, 'tolist').as_str(space)
    return space.newlist([space.newint(ord(c)) for c in s])


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
    '__exit__': memoryview_exit,
}
