"""The str type: an immutable RPython unicode string."""

from rpython.rlib.objectmodel import compute_hash
from rpython.rlib import rstring
from rpython.rlib.rstring import UnicodeBuilder
from rpython.rlib.unicodedata import unicodedb_8_0_0 as unicodedb
from pypy.interpreter import opcodes as op
from pypy.interpreter.arguments import check_args
from pypy.interpreter.error import OperationError
from pypy.objspace.root import W_Root
from pypy.objspace.intobject import W_IntObject, cmp_result
from pypy.objspace.sliceobject import W_SliceObject, normalize_index


class W_StrObject(W_Root):
    _immutable_fields_ = ['value']
    _attrs_ = ['value']

    def __init__(self, value):
        assert isinstance(value, unicode)
        self.value = value

    def getclass(self, space):
        return space.w_str

    def binop(self, space, opnum, w_other):
        if opnum == op.BIN_ADD and isinstance(w_other, W_StrObject):
            return space.newtext(self.value + w_other.value)
        if opnum == op.BIN_MUL and isinstance(w_other, W_IntObject):
            return space.newtext(self.value * max(0, w_other.intval))
        return None

    def rbinop(self, space, opnum, w_other):
        if opnum == op.BIN_MUL and isinstance(w_other, W_IntObject):
            return space.newtext(self.value * max(0, w_other.intval))
        return None

    def compare(self, space, opnum, w_other):
        if isinstance(w_other, W_StrObject):
            return space.newbool(cmp_result(opnum, self.value,
                                            w_other.value))
        return None

    def is_true(self, space):
        return len(self.value) > 0

    def hash(self, space):
        return compute_hash(self.value)

    def repr(self, space):
        return space.newtext(repr_unicode(self.value))

    def str(self, space):
        return self

    def length(self, space):
        return len(self.value)

    def getitem(self, space, w_key):
        if isinstance(w_key, W_SliceObject):
            start, stop, step, n = w_key.indices(space, len(self.value))
            if step == 1:
                assert start >= 0 and stop >= start
                return space.newtext(self.value[start:stop])
            b = UnicodeBuilder(n)
            for i in range(n):
                b.append(self.value[start + i * step])
            return space.newtext(b.build())
        index = space.getindex_w(w_key, "string indices must be integers")
        index = normalize_index(space, index, len(self.value), "string")
        return space.newtext(self.value[index])

    def contains(self, space, w_item):
        if not isinstance(w_item, W_StrObject):
            raise OperationError(space.new_exception(
                space.w_TypeError,
                "'in <string>' requires string as left operand, not %s" %
                space.type_name(space.type(w_item))))
        return space.newbool(self.value.find(w_item.value) >= 0)

    def iter(self, space):
        return W_StrIterator(self)


class W_StrIterator(W_Root):
    def __init__(self, w_str):
        self.w_str = w_str
        self.index = 0

    def getclass(self, space):
        return space.w_str_iterator

    def iter(self, space):
        return self

    def is_iterator(self):
        return True

    def next(self, space):
        value = self.w_str.value
        if self.index >= len(value):
            return None
        self.index += 1
        return space.newtext(value[self.index - 1])


def repr_unicode(s):
    quote = u"'"
    if u"'" in s and u'"' not in s:
        quote = u'"'
    b = UnicodeBuilder(len(s) + 2)
    b.append(quote)
    for ch in s:
        code = ord(ch)
        if ch == quote or ch == u'\\':
            b.append(u'\\')
            b.append(ch)
        elif ch == u'\n':
            b.append(u'\\n')
        elif ch == u'\r':
            b.append(u'\\r')
        elif ch == u'\t':
            b.append(u'\\t')
        elif code < 0x20 or 0x7f <= code < 0xa0:
            b.append(u'\\x')
            b.append(unicode(hex_digits(code, 2)))
        else:
            b.append(ch)
    b.append(quote)
    return b.build()


def hex_digits(value, width):
    digits = '0123456789abcdef'
    result = ''
    for i in range(width):
        result = digits[value & 0xf] + result
        value >>= 4
    return result


def self_str(space, args, fname):
    w_self = args.arguments_w[0]
    if not isinstance(w_self, W_StrObject):
        raise OperationError(space.new_exception(
            space.w_TypeError,
            "descriptor '%s' requires a 'str' object" % fname))
    return w_self.value


def arg_str(space, w_arg):
    if not isinstance(w_arg, W_StrObject):
        raise OperationError(space.new_exception(
            space.w_TypeError, "must be str, not %s" %
            space.type_name(space.type(w_arg))))
    return w_arg.value


def str_join(space, args):
    check_args(space, args, 'join', 2, 2)
    sep = self_str(space, args, 'join')
    b = UnicodeBuilder()
    first = True
    for w_item in space.unpackiterable(args.arguments_w[1]):
        if not isinstance(w_item, W_StrObject):
            raise OperationError(space.new_exception(
                space.w_TypeError,
                "sequence item: expected str instance, %s found" %
                space.type_name(space.type(w_item))))
        if not first:
            b.append(sep)
        b.append(w_item.value)
        first = False
    return space.newtext(b.build())


def is_space(ch):
    return unicodedb.isspace(ord(ch))


def str_split(space, args):
    check_args(space, args, 'split', 1, 3)
    s = self_str(space, args, 'split')
    maxsplit = -1
    if len(args.arguments_w) == 3:
        maxsplit = space.int_w(args.arguments_w[2])
    parts = []
    if len(args.arguments_w) == 1 or space.is_none(args.arguments_w[1]):
        i = 0
        n = len(s)
        while True:
            while i < n and is_space(s[i]):
                i += 1
            if i >= n:
                break
            if maxsplit >= 0 and len(parts) == maxsplit:
                assert i >= 0
                parts.append(s[i:n])
                break
            j = i
            while j < n and not is_space(s[j]):
                j += 1
            assert i >= 0 and j >= 0
            parts.append(s[i:j])
            i = j
    else:
        sep = arg_str(space, args.arguments_w[1])
        if not sep:
            raise OperationError(space.new_exception(
                space.w_ValueError, "empty separator"))
        start = 0
        while maxsplit < 0 or len(parts) < maxsplit:
            j = s.find(sep, start)
            if j < 0:
                break
            assert start >= 0
            parts.append(s[start:j])
            start = j + len(sep)
        assert start >= 0
        parts.append(s[start:])
    return space.newlist([space.newtext(p) for p in parts])


def strip_chars(space, args, fname, left, right):
    check_args(space, args, fname, 1, 2)
    s = self_str(space, args, fname)
    chars = None
    if len(args.arguments_w) == 2 and not space.is_none(args.arguments_w[1]):
        chars = arg_str(space, args.arguments_w[1])
    i = 0
    j = len(s)
    if left:
        while i < j and (is_space(s[i]) if chars is None else s[i] in chars):
            i += 1
    if right:
        while j > i and (is_space(s[j - 1]) if chars is None
                         else s[j - 1] in chars):
            j -= 1
    assert j >= 0
    return space.newtext(s[i:j])


def str_strip(space, args):
    return strip_chars(space, args, 'strip', True, True)


def str_lstrip(space, args):
    return strip_chars(space, args, 'lstrip', True, False)


def str_rstrip(space, args):
    return strip_chars(space, args, 'rstrip', False, True)


def map_chars(s, upper):
    b = UnicodeBuilder(len(s))
    for ch in s:
        code = ord(ch)
        if upper:
            b.append(unichr(unicodedb.toupper(code)))
        else:
            b.append(unichr(unicodedb.tolower(code)))
    return b.build()


def str_upper(space, args):
    check_args(space, args, 'upper', 1, 1)
    return space.newtext(map_chars(self_str(space, args, 'upper'), True))


def str_lower(space, args):
    check_args(space, args, 'lower', 1, 1)
    return space.newtext(map_chars(self_str(space, args, 'lower'), False))


def str_startswith(space, args):
    check_args(space, args, 'startswith', 2, 2)
    s = self_str(space, args, 'startswith')
    return space.newbool(s.startswith(arg_str(space, args.arguments_w[1])))


def str_endswith(space, args):
    check_args(space, args, 'endswith', 2, 2)
    s = self_str(space, args, 'endswith')
    return space.newbool(s.endswith(arg_str(space, args.arguments_w[1])))


def str_find(space, args):
    check_args(space, args, 'find', 2, 2)
    s = self_str(space, args, 'find')
    return space.newint(s.find(arg_str(space, args.arguments_w[1])))


def str_replace(space, args):
    check_args(space, args, 'replace', 3, 3)
    s = self_str(space, args, 'replace')
    old = arg_str(space, args.arguments_w[1])
    new = arg_str(space, args.arguments_w[2])
    return space.newtext(rstring.replace(s, old, new))


def new_str(space, w_type, args):
    check_args(space, args, 'str', 0, 1)
    if not args.arguments_w:
        return space.newtext(u'')
    return space.str(args.arguments_w[0])


str_methods = {
    'join': str_join, 'split': str_split, 'strip': str_strip,
    'lstrip': str_lstrip, 'rstrip': str_rstrip, 'upper': str_upper,
    'lower': str_lower, 'startswith': str_startswith,
    'endswith': str_endswith, 'find': str_find, 'replace': str_replace,
}
