"""The bytes type (immutable byte strings)."""

from rpython.rlib import rstring
from rpython.rlib.rstring import StringBuilder, UnicodeBuilder
from rpython.rlib.runicode import str_decode_utf_8
from rpython.tool.sourcetools import func_with_new_name
from pypy.interpreter import opcodes as op
from pypy.interpreter.arguments import (Arguments, check_args,
    check_keywords, check_positional, keyword_value)
from pypy.interpreter.error import OperationError
from pypy.objspace.root import W_Root
from pypy.objspace.sliceobject import W_SliceObject
from pypy.objspace.intobject import cmp_result, W_IntObject
from pypy.objspace.strobject import hex_digits


class W_BytesObject(W_Root):
    _attrs_ = ['value']     # (user subclasses add theirs)
    _immutable_fields_ = ['value']

    def __init__(self, value):
        self.value = value

    def getclass(self, space):
        return space.w_bytes

    def binop(self, space, opnum, w_other):
        if opnum == op.BIN_ADD and isinstance(w_other, W_BytesObject):
            return W_BytesObject(self.value + w_other.value)
        if opnum == op.BIN_MUL and isinstance(w_other, W_IntObject):
            return W_BytesObject(self.value * max(0, w_other.intval))
        return None

    def rbinop(self, space, opnum, w_other):
        if opnum == op.BIN_MUL and isinstance(w_other, W_IntObject):
            return W_BytesObject(self.value * max(0, w_other.intval))
        return None

    def contains(self, space, w_item):
        if isinstance(w_item, W_BytesObject):
            return space.newbool(self.value.find(w_item.value) >= 0)
        return space.newbool(chr(byte_value(space, w_item)) in self.value)

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
        if isinstance(w_key, W_SliceObject):
            return W_BytesObject(slice_of(space, self.value, w_key))
        index = space.getindex_w(w_key, "byte indices must be integers",
                                 w_overflow=space.w_IndexError)
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


def slice_of(space, s, w_slice):
    start, stop, step, n = w_slice.indices(space, len(s))
    if step == 1:
        stop = start + n
        assert start >= 0 and stop >= 0
        return s[start:stop]
    b = StringBuilder(n)
    for i in range(n):
        b.append(s[start + i * step])
    return b.build()


def byte_value(space, w_item):
    """The int 0..255 that `w_item` stands for as an element of bytes."""
    value = space.getindex_w(w_item, "'%s' object cannot be interpreted "
                             "as an integer" %
                             space.type_name(space.type(w_item)))
    if not 0 <= value < 256:
        raise space.error(space.w_ValueError,
                          "byte must be in range(0, 256)")
    return value


def bytes_from_object(space, w_obj, fname):
    """The bytes that bytes(w_obj) / bytearray(w_obj) hold: a count of
    zeros, the bytes of a bytes-like object, or an iterable's ints."""
    from pypy.objspace.strobject import W_StrObject
    from pypy.objspace.intobject import W_AbstractIntObject
    from pypy.objspace.bytearrayobject import bytes_like
    if isinstance(w_obj, W_BytesObject):
        return w_obj.value
    if isinstance(w_obj, W_StrObject):
        raise space.error(space.w_TypeError,
                          "string argument without an encoding")
    s = bytes_like(w_obj)       # bytearray, array.array: their bytes
    if s is not None:
        return s
    if isinstance(w_obj, W_AbstractIntObject):
        count = space.getindex_w(w_obj)
        if count < 0:
            raise space.error(space.w_ValueError, "negative count")
        return '\x00' * count
    try:
        w_iter = space.iter(w_obj)
    except OperationError as e:
        if not e.match(space, space.w_TypeError):
            raise
        raise space.error(space.w_TypeError,
                          "cannot convert '%s' object to %s" %
                          (space.type_name(space.type(w_obj)), fname))
    b = StringBuilder()
    while True:
        w_item = space.next_or_none(w_iter)
        if w_item is None:
            return b.build()
        b.append(chr(byte_value(space, w_item)))


def encoding_args(space, args, fname, first):
    """(encoding, errors) from arguments `first` and `first` + 1 or the
    keywords of those names; None where not given."""
    check_keywords(space, args, fname, ['encoding', 'errors'])
    w_encoding = keyword_value(args, 'encoding')
    w_errors = keyword_value(args, 'errors')
    args_w = args.arguments_w
    if len(args_w) > first:
        w_encoding = args_w[first]
    if len(args_w) > first + 1:
        w_errors = args_w[first + 1]
    encoding = None
    if w_encoding is not None:
        encoding = space.text_utf8(w_encoding)
    errors = None
    if w_errors is not None:
        errors = space.text_utf8(w_errors)
    return encoding, errors


def decode_error_handler(errors, encoding, msg, s, startpos, endpos):
    """runicode's decoders' error handler: 'replace', 'ignore' and
    'surrogateescape' (each undecodable byte b >= 128 becomes U+DC00 + b, as
    os.fsdecode turns file names that are no UTF-8 into str); any other is
    'strict'."""
    if errors == 'replace':
        return u'\ufffd', endpos
    if errors == 'ignore':
        return u'', endpos
    if errors == 'surrogateescape':
        b = UnicodeBuilder(endpos - startpos)
        for i in range(startpos, endpos):
            code = ord(s[i])
            if code < 128:
                break
            b.append(unichr(0xdc00 + code))
        else:
            return b.build(), endpos
    raise UnicodeDecodeError(encoding, s, startpos, endpos, msg)


def decode_bytes(space, s, encoding, errors):
    """The str of bytes `s` in `encoding`: utf-8, ascii and latin-1 here,
    the others by the codec registry."""
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'strict'
    name = rstring.replace(encoding.lower(), '_', '-')
    if name == 'utf-8' or name == 'utf8':
        try:
            u, _ = str_decode_utf_8(s, len(s), errors, final=True,
                                    errorhandler=decode_error_handler)
        except UnicodeDecodeError:
            raise space.error(space.w_UnicodeDecodeError,
                              "'utf-8' codec can't decode bytes: "
                              "invalid utf-8")
        return u
    if name == 'ascii' or name == 'latin-1' or name == 'latin1' or \
            name == 'iso-8859-1':
        limit = 128 if name == 'ascii' else 256
        b = UnicodeBuilder(len(s))
        for i in range(len(s)):
            code = ord(s[i])
            if code >= limit:
                if errors == 'ignore':
                    continue
                if errors == 'replace':
                    b.append(u'\ufffd')
                    continue
                if errors == 'surrogateescape':
                    b.append(unichr(0xdc00 + code))
                    continue
                raise space.error(space.w_UnicodeDecodeError,
                                  "'ascii' codec can't decode byte 0x%s in "
                                  "position %d: ordinal not in range(128)" %
                                  (hex_digits(code, 2), i))
            b.append(unichr(code))
        return b.build()
    from pypy.module._codecs.moduledef import decode_with_codec
    return decode_with_codec(space, s, encoding, errors)


def hex_of(s, sep='', bytes_per_sep=1):
    """The hex digits of s, with sep between groups of bytes_per_sep bytes
    counted from the right (from the left when negative)."""
    group = abs(bytes_per_sep)
    b = StringBuilder(3 * len(s))
    for i in range(len(s)):
        if sep and i > 0 and group > 0:
            counted = len(s) - i if bytes_per_sep > 0 else i
            if counted % group == 0:
                b.append(sep)
        b.append(hex_digits(ord(s[i]), 2))
    return b.build()


def hex_value(ch):
    """The value of a hex digit, -1 for another character."""
    if '0' <= ch <= '9':
        return ord(ch) - ord('0')
    if 'a' <= ch <= 'f':
        return ord(ch) - ord('a') + 10
    if 'A' <= ch <= 'F':
        return ord(ch) - ord('A') + 10
    return -1


def hex_separator_args(space, args, fname, is_method, returns_bytes):
    """The (sep, bytes_per_sep) arguments of bytes.hex and
    binascii.hexlify, after the bytes (the receiver or the first
    argument), by position or keyword: sep is one ASCII character or
    byte ('' when not given)."""
    from pypy.objspace.intbytes import argument
    from pypy.objspace.strobject import W_StrObject
    check_keywords(space, args, fname, ['sep', 'bytes_per_sep'])
    receivers = 1 if is_method else 0
    if len(args.arguments_w) > 3:
        raise space.error(space.w_TypeError,
                          "%s() takes at most %d arguments (%d given)" %
                          (fname, 3 - receivers,
                           len(args.arguments_w) - receivers))
    first = 1
    w_sep = argument(args, first, 'sep')
    if w_sep is None:
        return '', 1
    if space.len_w(w_sep) != 1:
        raise space.error(space.w_ValueError, "sep must be length 1.")
    if isinstance(w_sep, W_StrObject):
        code = ord(w_sep.value[0])
        if code > 255:
            raise space.error(space.w_ValueError, "sep must be ASCII.")
    elif isinstance(w_sep, W_BytesObject):
        code = ord(w_sep.value[0])
    else:
        raise space.error(space.w_TypeError, "sep must be str or bytes.")
    if code > 127 and not returns_bytes:
        raise space.error(space.w_ValueError, "sep must be ASCII.")
    bytes_per_sep = 1
    w_bytes_per_sep = argument(args, first + 1, 'bytes_per_sep')
    if w_bytes_per_sep is not None:
        bytes_per_sep = space.getindex_w(w_bytes_per_sep)
        if not -2 ** 31 <= bytes_per_sep < 2 ** 31:
            raise space.error(space.w_OverflowError,
                              "Python int too large to convert to C int")
    return chr(code), bytes_per_sep


def bytes_fromhex(space, args):
    """bytes.fromhex(string) (a class method; bytearray's too): pairs of
    hex digits, whitespace allowed before each pair."""
    from pypy.objspace.strobject import W_StrObject
    w_cls = args.arguments_w[0]
    fname = '%s.fromhex' % space.type_name(w_cls)
    if args.has_keywords():
        raise space.error(space.w_TypeError,
                          "%s() takes no keyword arguments" % fname)
    if len(args.arguments_w) != 2:
        raise space.error(space.w_TypeError,
                          "%s() takes exactly one argument (%d given)" %
                          (fname, len(args.arguments_w) - 1))
    w_string = args.arguments_w[1]
    if not isinstance(w_string, W_StrObject):
        raise space.error(space.w_TypeError,
                          "fromhex() argument must be str, not %s" %
                          space.type_name(space.type(w_string)))
    u = w_string.value
    b = StringBuilder(len(u) // 2)
    i = 0
    while i < len(u):
        if u[i] in u' \t\n\r\x0b\x0c':
            i += 1
            continue
        high = hex_value(chr(ord(u[i]))) if ord(u[i]) < 128 else -1
        low = -1
        if high >= 0:
            i += 1
            if i < len(u) and ord(u[i]) < 128:
                low = hex_value(chr(ord(u[i])))
        if low < 0:
            raise space.error(space.w_ValueError, "non-hexadecimal number "
                              "found in fromhex() arg at position %d" % i)
        b.append(chr(high * 16 + low))
        i += 1
    w_bytes = space.newbytes(b.build())
    if space.is_w(w_cls, space.w_bytes):
        return w_bytes
    return space.call_function(w_cls, w_bytes)


def bytes_self(space, args, fname):
    w_self = args.arguments_w[0]
    if not isinstance(w_self, W_BytesObject):
        raise space.error(space.w_TypeError,
                          "descriptor '%s' requires a 'bytes' object" %
                          fname)
    return w_self.value


def bytes_decode(space, args):
    s = bytes_self(space, args, 'decode')
    if len(args.arguments_w) > 3:
        check_args(space, args, 'decode', 1, 3)
    encoding, errors = encoding_args(space, args, 'decode', 1)
    return space.newtext(decode_bytes(space, s, encoding, errors))


def bytes_hex(space, args):
    sep, bytes_per_sep = hex_separator_args(space, args, 'hex', True, False)
    return space.newtext_ascii(hex_of(bytes_self(space, args, 'hex'), sep,
                                      bytes_per_sep))


def new_bytes(space, w_type, args):
    if len(args.arguments_w) > 3:
        check_args(space, args, 'bytes', 0, 3)
    encoding, errors = encoding_args(space, args, 'bytes', 1)
    if not args.arguments_w:
        if encoding is not None or errors is not None:
            raise space.error(space.w_TypeError,
                              "encoding or errors without sequence argument")
        return space.newbytes('')
    w_source = args.arguments_w[0]
    if encoding is not None or errors is not None:
        return space.newbytes(encode_text(space, w_source, encoding, errors))
    return space.newbytes(bytes_from_object(space, w_source, 'bytes'))


def encode_text(space, w_source, encoding, errors):
    """The bytes of str.encode(w_source, encoding, errors)."""
    from pypy.objspace.strobject import W_StrObject, str_encode
    if not isinstance(w_source, W_StrObject):
        raise space.error(space.w_TypeError,
                          "encoding without a string argument")
    args_w = [w_source, space.newtext_utf8(encoding or 'utf-8')]
    if errors is not None:
        args_w.append(space.newtext_utf8(errors))
    w_bytes = str_encode(space, Arguments(args_w))
    assert isinstance(w_bytes, W_BytesObject)
    return w_bytes.value


def translate_bytes(space, s, args, fname):
    """bytes.translate(table[, delete]) of `s` (the receiver's bytes)."""
    from pypy.objspace.bytearrayobject import bytes_like
    check_args(space, args, fname, 2, 3)
    w_table = args.arguments_w[1]
    table = None
    if not space.is_none(w_table):
        table = bytes_like(w_table)
        if table is None:
            raise bytes_like_required(space, w_table)
        if len(table) != 256:
            raise space.error(space.w_ValueError,
                              "translation table must be 256 characters long")
    delete = ''
    if len(args.arguments_w) == 3:
        delete = bytes_like(args.arguments_w[2])
        if delete is None:
            raise bytes_like_required(space, args.arguments_w[2])
    b = StringBuilder(len(s))
    for c in s:
        if c in delete:
            continue
        if table is not None:
            c = table[ord(c)]
        b.append(c)
    return b.build()


def bytes_like_required(space, w_obj):
    return space.error(space.w_TypeError, "a bytes-like object is required, "
                       "not '%s'" % space.type_name(space.type(w_obj)))


def sub_and_bounds(space, s, args, fname):
    """The (sub, start, end) of bytes.find/count(sub[, start[, end]]) in
    `s`: sub is bytes-like or an int, start and end slice bounds."""
    from pypy.objspace.bytearrayobject import bytes_like
    from pypy.objspace.memoryviewobject import W_MemoryView
    from pypy.objspace.sliceobject import slice_bounds
    if args.has_keywords():
        raise space.error(space.w_TypeError,
                          "%s() takes no keyword arguments" % fname)
    n = len(args.arguments_w) - 1
    if n < 1:
        raise space.error(space.w_TypeError, "%s() takes at least 1 "
                          "argument (0 given)" % fname)
    if n > 3:
        raise space.error(space.w_TypeError, "%s() takes at most 3 "
                          "arguments (%d given)" % (fname, n))
    w_sub = args.arguments_w[1]
    if isinstance(w_sub, W_MemoryView):
        sub = w_sub.as_str(space)
    else:
        sub = bytes_like(w_sub)
    if sub is None:
        if not isinstance(w_sub, W_IntObject) and \
                space.lookup(w_sub, '__index__') is None:
            raise space.error(space.w_TypeError, "argument should be integer "
                              "or bytes-like object, not '%s'" %
                              space.type_name(space.type(w_sub)))
        sub = chr(byte_value(space, w_sub))
    start, end = slice_bounds(space, args, 2, len(s))
    return sub, start, end


def find_in_bytes(space, s, args, fname, from_right=False):
    """The first (the last when from_right) index of sub between the
    bounds, -1 when it is not there."""
    sub, start, end = sub_and_bounds(space, s, args, fname)
    if end - start < len(sub):
        return -1
    if from_right:
        return s.rfind(sub, start, end)
    return s.find(sub, start, end)


def count_in_bytes(space, s, args, fname):
    """The non-overlapping occurrences of sub between the bounds."""
    sub, start, end = sub_and_bounds(space, s, args, fname)
    if end - start < len(sub):
        return 0
    if not sub:
        return end - start + 1
    count = 0
    i = s.find(sub, start, end)
    while i >= 0:
        count += 1
        i = s.find(sub, i + len(sub), end)
    return count


def bytes_translate(space, args):
    return space.newbytes(translate_bytes(
        space, bytes_self(space, args, 'translate'), args, 'translate'))


def bytes_maketrans(space, args):
    """bytes.maketrans(frm, to) (a static method): the 256-byte table
    bytes.translate reads, mapping each byte of frm to the one of to."""
    from pypy.objspace.bytearrayobject import bytes_like
    check_args(space, args, 'maketrans', 2, 2)
    frm = bytes_like(args.arguments_w[0])
    to = bytes_like(args.arguments_w[1])
    for w_arg, s in [(args.arguments_w[0], frm), (args.arguments_w[1], to)]:
        if s is None:
            raise bytes_like_required(space, w_arg)
    assert frm is not None and to is not None
    if len(frm) != len(to):
        raise space.error(space.w_ValueError,
                          "maketrans arguments must have same length")
    table = [chr(i) for i in range(256)]
    for i in range(len(frm)):
        table[ord(frm[i])] = to[i]
    return space.newbytes(''.join(table))


def bytes_finder(fname, from_right, raises):
    """bytes.find, rfind, and index and rindex, which raise ValueError
    instead of giving -1."""
    def method(space, args):
        i = find_in_bytes(space, bytes_self(space, args, fname), args, fname,
                          from_right)
        if i < 0 and raises:
            raise space.error(space.w_ValueError, "subsection not found")
        return space.newint(i)
    return func_with_new_name(method, 'bytes_' + fname)


def bytes_replace(space, args):
    """bytes.replace(old, new[, count])."""
    from pypy.objspace.bytearrayobject import bytes_like
    check_args(space, args, 'replace', 3, 4)
    s = bytes_self(space, args, 'replace')
    old_new = []
    for w_arg in args.arguments_w[1:3]:
        part = bytes_like(w_arg)
        if part is None:
            raise bytes_like_required(space, w_arg)
        old_new.append(part)
    count = -1
    if len(args.arguments_w) == 4:
        count = space.getindex_w(args.arguments_w[3])
    return space.newbytes(rstring.replace(s, old_new[0], old_new[1], count))


def bytes_count(space, args):
    return space.newint(count_in_bytes(
        space, bytes_self(space, args, 'count'), args, 'count'))


def bytes_starts_ends(space, args, fname, ends):
    """bytes.startswith/endswith(prefix or tuple of prefixes[, start[,
    end]])."""
    from pypy.objspace.bytearrayobject import bytes_like
    from pypy.objspace.memoryviewobject import W_MemoryView
    from pypy.objspace.sliceobject import slice_bounds
    from pypy.objspace.tupleobject import W_TupleObject
    check_args(space, args, fname, 2, 4)
    s = bytes_self(space, args, fname)
    start, end = slice_bounds(space, args, 2, len(s))
    w_prefix = args.arguments_w[1]
    prefixes_w = [w_prefix]
    if isinstance(w_prefix, W_TupleObject):
        prefixes_w = w_prefix.items_w
    for w_item in prefixes_w:
        prefix = bytes_like(w_item)
        if prefix is None:
            raise space.error(space.w_TypeError,
                              "%s first arg must be bytes or a tuple of "
                              "bytes, not %s" % (
                                  fname, space.type_name(space.type(w_item))))
        if start > len(s) or end - start < len(prefix):
            continue
        assert start >= 0 and end >= start
        if ends:
            if s[start:end].endswith(prefix):
                return space.w_True
        elif s[start:end].startswith(prefix):
            return space.w_True
    return space.w_False


ASCII_WHITESPACE = ' \t\n\r\x0b\x0c'


def strip_bytes(space, args, fname, left, right):
    """bytes.strip/lstrip/rstrip([chars]): chars bytes-like or None (ASCII
    whitespace)."""
    from pypy.objspace.bytearrayobject import bytes_like
    check_args(space, args, fname, 1, 2)
    s = bytes_self(space, args, fname)
    chars = ASCII_WHITESPACE
    if len(args.arguments_w) == 2 and not space.is_none(args.arguments_w[1]):
        chars = bytes_like(args.arguments_w[1])
        if chars is None:
            raise bytes_like_required(space, args.arguments_w[1])
    i = 0
    j = len(s)
    if left:
        while i < j and s[i] in chars:
            i += 1
    if right:
        while j > i and s[j - 1] in chars:
            j -= 1
    assert j >= 0
    return space.newbytes(s[i:j])


def bytes_strip(space, args):
    return strip_bytes(space, args, 'strip', True, True)


def bytes_lstrip(space, args):
    return strip_bytes(space, args, 'lstrip', True, False)


def bytes_rstrip(space, args):
    return strip_bytes(space, args, 'rstrip', False, True)


def ascii_case(s, upper):
    """bytes.upper/lower: only the ASCII letters change."""
    b = StringBuilder(len(s))
    for ch in s:
        if upper and 'a' <= ch <= 'z':
            ch = chr(ord(ch) - 32)
        elif not upper and 'A' <= ch <= 'Z':
            ch = chr(ord(ch) + 32)
        b.append(ch)
    return b.build()


def bytes_upper(space, args):
    check_args(space, args, 'upper', 1, 1)
    return space.newbytes(ascii_case(bytes_self(space, args, 'upper'), True))


def bytes_lower(space, args):
    check_args(space, args, 'lower', 1, 1)
    return space.newbytes(ascii_case(bytes_self(space, args, 'lower'), False))


def justify_bytes(space, args, fname, left):
    """bytes.ljust/rjust(width[, fillbyte]): fillbyte one byte."""
    from pypy.objspace.bytearrayobject import bytes_like
    check_args(space, args, fname, 2, 3)
    s = bytes_self(space, args, fname)
    width = space.getindex_w(args.arguments_w[1])
    fill = ' '
    if len(args.arguments_w) == 3:
        fill = bytes_like(args.arguments_w[2])
        if fill is None or len(fill) != 1:
            raise space.error(space.w_TypeError, "%s() argument 2 must be a "
                              "byte string of length 1, not %s" % (
                                  fname, space.type_name(space.type(
                                      args.arguments_w[2]))))
    if width <= len(s):
        return space.newbytes(s)
    assert fill is not None
    padding = fill * (width - len(s))
    return space.newbytes(s + padding if left else padding + s)


def bytes_ljust(space, args):
    return justify_bytes(space, args, 'ljust', True)


def bytes_rjust(space, args):
    return justify_bytes(space, args, 'rjust', False)


def bytes_startswith(space, args):
    return bytes_starts_ends(space, args, 'startswith', False)


def bytes_endswith(space, args):
    return bytes_starts_ends(space, args, 'endswith', True)


def bytes_join(space, args):
    from pypy.objspace.bytearrayobject import bytes_like
    check_args(space, args, 'join', 2, 2)
    separator = bytes_self(space, args, 'join')
    items_w = space.unpackiterable(args.arguments_w[1])
    parts = []
    for i in range(len(items_w)):
        part = bytes_like(items_w[i])
        if part is None:
            raise space.error(space.w_TypeError, "sequence item %d: expected "
                              "a bytes-like object, %s found" % (
                                  i, space.type_name(space.type(items_w[i]))))
        parts.append(part)
    return space.newbytes(separator.join(parts))


def split_bytes(space, s, args):
    """The parts of bytes.split/bytearray.split(sep=None, maxsplit=-1):
    at runs of ASCII whitespace when sep is None."""
    from pypy.objspace.bytearrayobject import bytes_like
    check_keywords(space, args, 'split', ['sep', 'maxsplit'])
    check_positional(space, args, 'split', 1, 3)
    w_sep = keyword_value(args, 'sep')
    if len(args.arguments_w) >= 2:
        w_sep = args.arguments_w[1]
    w_maxsplit = keyword_value(args, 'maxsplit')
    if len(args.arguments_w) == 3:
        w_maxsplit = args.arguments_w[2]
    maxsplit = -1
    if w_maxsplit is not None:
        maxsplit = space.getindex_w(w_maxsplit)
    if w_sep is None or space.is_none(w_sep):
        return rstring.split(s, None, maxsplit)
    sep = bytes_like(w_sep)
    if sep is None:
        raise bytes_like_required(space, w_sep)
    if not sep:
        raise space.error(space.w_ValueError, "empty separator")
    return rstring.split(s, sep, maxsplit)


def bytes_split(space, args):
    parts = split_bytes(space, bytes_self(space, args, 'split'), args)
    return space.newlist([space.newbytes(part) for part in parts])


def bytes_splitlines(space, args):
    from pypy.objspace.strobject import splitlines_keepends, split_lines
    keepends = splitlines_keepends(space, args)
    s = bytes_self(space, args, 'splitlines')
    return space.newlist([space.newbytes(p) for p in split_lines(s, keepends)])


bytes_methods = {'decode': bytes_decode, 'hex': bytes_hex, 'split': bytes_split,
                 'splitlines': bytes_splitlines,
                 'translate': bytes_translate, 'maketrans': bytes_maketrans,
                 'find': bytes_finder('find', False, False),
                 'rfind': bytes_finder('rfind', True, False),
                 'index': bytes_finder('index', False, True),
                 'rindex': bytes_finder('rindex', True, True),
                 'count': bytes_count, 'replace': bytes_replace,
                 'join': bytes_join, 'startswith': bytes_startswith,
                 'endswith': bytes_endswith, 'strip': bytes_strip,
                 'lstrip': bytes_lstrip, 'rstrip': bytes_rstrip,
                 'upper': bytes_upper, 'lower': bytes_lower,
                 'ljust': bytes_ljust, 'rjust': bytes_rjust}
