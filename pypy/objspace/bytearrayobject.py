"""The bytearray type (mutable byte strings): a resizable list of chars."""

from pypy.interpreter import opcodes as op
from pypy.interpreter.arguments import check_args, self_of
from pypy.objspace.root import W_Root
from pypy.objspace.intobject import cmp_result
from pypy.objspace.sliceobject import W_SliceObject, normalize_index
from pypy.objspace.bytesobject import (W_BytesObject, byte_value,
    split_bytes,
    bytes_from_object, encoding_args, encode_text, decode_bytes, hex_of,
    hex_separator_args, slice_of, translate_bytes, find_in_bytes,
    count_in_bytes)


def bytes_like(w_obj):
    """The content of a bytes or bytearray object, or None."""
    if isinstance(w_obj, W_BytesObject):
        return w_obj.value
    if isinstance(w_obj, W_BytearrayObject):
        return w_obj.as_str()
    return w_obj.buffer_bytes()     # array.array


class W_BytearrayObject(W_Root):

    def __init__(self, data):
        self.data = data        # a list of chars, resized in place

    def getclass(self, space):
        return space.w_bytearray

    def as_str(self):
        return ''.join(self.data)

    def writable_chars(self):
        return self.data

    def binop(self, space, opnum, w_other):
        other = bytes_like(w_other)
        if opnum == op.BIN_ADD and other is not None:
            return W_BytearrayObject(self.data + list(other))
        return None

    def rbinop(self, space, opnum, w_other):
        if opnum == op.BIN_ADD and isinstance(w_other, W_BytesObject):
            return W_BytesObject(w_other.value + self.as_str())
        return None

    def inplace_binop(self, space, opnum, w_other):
        other = bytes_like(w_other)
        if opnum == op.BIN_ADD and other is not None:
            self.data.extend(list(other))
            return self
        return None

    def compare(self, space, opnum, w_other):
        other = bytes_like(w_other)
        if other is None:
            return None
        return space.newbool(cmp_result(opnum, self.as_str(), other))

    def is_true(self, space):
        return len(self.data) > 0

    def hash(self, space):
        raise space.error(space.w_TypeError, "unhashable type: 'bytearray'")

    def length(self, space):
        return len(self.data)

    def getitem(self, space, w_key):
        if isinstance(w_key, W_SliceObject):
            return W_BytearrayObject(list(slice_of(space, self.as_str(),
                                                   w_key)))
        index = space.getindex_w(
            w_key, "bytearray indices must be integers or slices, not %s" %
            space.type_name(space.type(w_key)),
            w_overflow=space.w_IndexError)
        return space.newint(ord(self.data[normalize_index(
            space, index, len(self.data), "bytearray")]))

    def setitem(self, space, w_key, w_value):
        if isinstance(w_key, W_SliceObject):
            new = list(bytes_from_object(space, w_value, 'bytearray'))
            start, stop, step, n = w_key.indices(space, len(self.data))
            if step == 1:
                if stop < start:
                    stop = start
                assert start >= 0 and stop >= 0
                self.data = self.data[:start] + new + self.data[stop:]
                return True
            if len(new) != n:
                raise space.error(
                    space.w_ValueError,
                    "attempt to assign bytes of size %d to extended slice "
                    "of size %d" % (len(new), n))
            for i in range(n):
                self.data[start + i * step] = new[i]
            return True
        index = space.getindex_w(
            w_key, "bytearray indices must be integers or slices, not %s" %
            space.type_name(space.type(w_key)),
            w_overflow=space.w_IndexError)
        index = normalize_index(space, index, len(self.data), "bytearray")
        self.data[index] = chr(byte_value(space, w_value))
        return True

    def delitem(self, space, w_key):
        if isinstance(w_key, W_SliceObject):
            start, stop, step, n = w_key.indices(space, len(self.data))
            deleted = [False] * len(self.data)
            for i in range(n):
                deleted[start + i * step] = True
            kept = [self.data[i] for i in range(len(self.data))
                    if not deleted[i]]
            self.data = kept
            return True
        index = space.getindex_w(
            w_key, "bytearray indices must be integers or slices, not %s" %
            space.type_name(space.type(w_key)),
            w_overflow=space.w_IndexError)
        del self.data[normalize_index(space, index, len(self.data),
                                      "bytearray")]
        return True

    def contains(self, space, w_item):
        other = bytes_like(w_item)
        if other is not None:
            return space.newbool(self.as_str().find(other) >= 0)
        return space.newbool(chr(byte_value(space, w_item)) in self.data)

    def iter(self, space):
        from pypy.objspace.tupleobject import W_SeqIterator
        return W_SeqIterator([space.newint(ord(c)) for c in self.data])

    def repr(self, space):
        w_bytes_repr = W_BytesObject(self.as_str()).repr(space)
        return space.newtext(u'bytearray(' + space.text_w(w_bytes_repr) +
                             u')')


def self_bytearray(space, args, fname):
    return self_of(space, args, fname, W_BytearrayObject, "'bytearray' object")


def bytearray_append(space, args):
    check_args(space, args, 'append', 2, 2)
    w_self = self_bytearray(space, args, 'append')
    w_self.data.append(chr(byte_value(space, args.arguments_w[1])))
    return space.w_None


def bytearray_extend(space, args):
    check_args(space, args, 'extend', 2, 2)
    w_self = self_bytearray(space, args, 'extend')
    w_other = args.arguments_w[1]
    other = bytes_like(w_other)
    if other is None:
        other = bytes_from_object(space, w_other, 'bytearray')
    w_self.data.extend(list(other))
    return space.w_None


def bytearray_pop(space, args):
    check_args(space, args, 'pop', 1, 2)
    w_self = self_bytearray(space, args, 'pop')
    if not w_self.data:
        raise space.error(space.w_IndexError, "pop from empty bytearray")
    index = -1
    if len(args.arguments_w) == 2:
        index = space.getindex_w(args.arguments_w[1])
    index = normalize_index(space, index, len(w_self.data), "pop")
    return space.newint(ord(w_self.data.pop(index)))


def bytearray_clear(space, args):
    check_args(space, args, 'clear', 1, 1)
    self_bytearray(space, args, 'clear').data = []
    return space.w_None


def bytearray_copy(space, args):
    check_args(space, args, 'copy', 1, 1)
    return W_BytearrayObject(self_bytearray(space, args, 'copy').data[:])


def bytearray_decode(space, args):
    w_self = self_bytearray(space, args, 'decode')
    if len(args.arguments_w) > 3:
        check_args(space, args, 'decode', 1, 3)
    encoding, errors = encoding_args(space, args, 'decode', 1)
    return space.newtext(decode_bytes(space, w_self.as_str(), encoding,
                                      errors))


def bytearray_hex(space, args):
    sep, bytes_per_sep = hex_separator_args(space, args, 'hex', True, False)
    return space.newtext_ascii(hex_of(self_bytearray(space, args,
                                                     'hex').as_str(),
                                      sep, bytes_per_sep))


def new_bytearray(space, w_type, args):
    if len(args.arguments_w) > 3:
        check_args(space, args, 'bytearray', 0, 3)
    encoding, errors = encoding_args(space, args, 'bytearray', 1)
    if not args.arguments_w:
        if encoding is not None or errors is not None:
            raise space.error(space.w_TypeError,
                              "encoding or errors without sequence argument")
        return W_BytearrayObject([])
    w_source = args.arguments_w[0]
    if encoding is not None or errors is not None:
        return W_BytearrayObject(list(encode_text(space, w_source, encoding,
                                                  errors)))
    source = bytes_like(w_source)
    if source is None:
        source = bytes_from_object(space, w_source, 'bytearray')
    return W_BytearrayObject(list(source))


def bytearray_translate(space, args):
    w_self = self_bytearray(space, args, 'translate')
    return W_BytearrayObject(list(translate_bytes(space, w_self.as_str(),
                                                  args, 'translate')))


def bytearray_find(space, args):
    w_self = self_bytearray(space, args, 'find')
    return space.newint(find_in_bytes(space, w_self.as_str(), args, 'find'))


def bytearray_split(space, args):
    w_self = self_bytearray(space, args, 'split')
    parts = split_bytes(space, w_self.as_str(), args)
    return space.newlist([W_BytearrayObject(list(part)) for part in parts])


def bytearray_count(space, args):
    w_self = self_bytearray(space, args, 'count')
    return space.newint(count_in_bytes(space, w_self.as_str(), args,
                                       'count'))


bytearray_methods = {
    'split': bytearray_split,
    'translate': bytearray_translate, 'find': bytearray_find,
    'count': bytearray_count,
    'append': bytearray_append, 'extend': bytearray_extend,
    'pop': bytearray_pop, 'clear': bytearray_clear, 'copy': bytearray_copy,
    'decode': bytearray_decode, 'hex': bytearray_hex,
}
