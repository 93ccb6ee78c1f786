"""The bytes type (immutable byte strings)."""

from pypy.interpreter import opcodes as op
from pypy.objspace.root import W_Root
from pypy.objspace.intobject import cmp_result
from pypy.objspace.strobject import hex_digits


class W_BytesObject(W_Root):
    _immutable_fields_ = ['value']

    def __init__(self, value):
        self.value = value

    def getclass(self, space):
        return space.w_bytes

    def binop(self, space, opnum, w_other):
        if opnum == op.BIN_ADD and isinstance(w_other, W_BytesObject):
            return W_BytesObject(self.value + w_other.value)
        return None

    def compare(self, space, opnum, w_other):
        if isinstance(w_other, W_BytesObject):
            return space.newbool(cmp_result(opnum, self.value,
                                            w_other.value))
        return None

    def is_true(self, space):
        return len(self.value) > 0

    def hash(self, space):
        from rpython.rlib.objectmodel import compute_hash
        return compute_hash(self.value)

    def length(self, space):
        return len(self.value)

    def getitem(self, space, w_key):
        from pypy.objspace.sliceobject import normalize_index
        index = space.getindex_w(w_key, "byte indices must be integers")
        index = normalize_index(space, index, len(self.value), "index")
        return space.newint(ord(self.value[index]))

    def iter(self, space):
        from pypy.objspace.tupleobject import W_SeqIterator
        return W_SeqIterator([space.newint(ord(c)) for c in self.value])

    def repr(self, space):
        quote = "'"
        if "'" in self.value and '"' not in self.value:
            quote = '"'
        parts = ["b", quote]
        for c in self.value:
            if c == quote or c == '\\':
                parts.append('\\' + c)
            elif c == '\n':
                parts.append('\\n')
            elif c == '\r':
                parts.append('\\r')
            elif c == '\t':
                parts.append('\\t')
            elif ord(c) < 0x20 or ord(c) >= 0x7f:
                parts.append('\\x' + hex_digits(ord(c), 2))
            else:
                parts.append(c)
        parts.append(quote)
        return space.newtext_ascii(''.join(parts))
