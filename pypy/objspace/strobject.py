"""The str type: an immutable RPython unicode string."""

from rpython.rlib.objectmodel import compute_hash, specialize
from rpython.rlib import rstring
from rpython.rlib.rstring import UnicodeBuilder
from rpython.rlib.unicodedata import unicodedb_8_0_0 as unicodedb
from pypy.interpreter import opcodes as op
from pypy.interpreter.arguments import check_args
from pypy.interpreter.error import OperationError
from pypy.objspace.root import W_Root, W_Iterator
from pypy.objspace.intobject import W_IntObject, cmp_result
from pypy.objspace.sliceobject import W_SliceObject, normalize_index, \
    slice_bounds


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
        if opnum == op.BIN_MOD:
            from pypy.objspace.formatting import percent_format
            return space.newtext(percent_format(space, self.value, w_other))
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
            return space.newtext(slice_chars(space, self.value, w_key))
        # no loop on this path: the JIT inlines s[i]
        index = space.getindex_w(w_key, "string indices must be integers",
                                 w_overflow=space.w_IndexError)
        index = normalize_index(space, index, len(self.value), "string")
        return char_w(space, self.value[index])

    def contains(self, space, w_item):
        if not isinstance(w_item, W_StrObject):
            raise OperationError(space.new_exception(
                space.w_TypeError,
                "'in <string>' requires string as left operand, not %s" %
                space.type_name(space.type(w_item))))
        return space.newbool(self.value.find(w_item.value) >= 0)

    def iter(self, space):
        return W_StrIterator(self)


def slice_chars(space, s, w_slice):
    start, stop, step, n = w_slice.indices(space, len(s))
    if step == 1:
        # (n, not stop: a start past the stop, 'f'[2:-2], is empty)
        assert start >= 0 and n >= 0
        return s[start:start + n]
    b = UnicodeBuilder(n)
    for i in range(n):
        b.append(s[start + i * step])
    return b.build()


class W_StrIterator(W_Iterator):
    def __init__(self, w_str):
        self.w_str = w_str
        self.index = 0

    def getclass(self, space):
        return space.w_str_iterator

    def next(self, space):
        value = self.w_str.value
        if self.index >= len(value):
            return None
        self.index += 1
        return char_w(space, value[self.index - 1])

    def reduce(self, space):
        from pypy.module.builtins.iterators import reduce_to_iter_at
        return reduce_to_iter_at(space, self.w_str, self.index)

    def setstate(self, space, w_state):
        from pypy.module.builtins.iterators import clamped_index
        self.index = clamped_index(space, w_state, len(self.w_str.value))


class Latin1Chars(object):
    """The one-character strings of the code points below 256, made once.
    Iterating over a string and indexing it give these, as in CPython: a
    loop over a text's characters allocates nothing, and each character's
    hash is computed once (set(text), a dict of letter counts)."""
    _immutable_fields_ = ['chars_w[*]']

    def __init__(self):
        self.chars_w = [W_StrObject(unichr(code)) for code in range(256)]


latin1_chars = Latin1Chars()


def char_w(space, ch):
    code = ord(ch)
    if code < 256:
        return latin1_chars.chars_w[code]
    return space.newtext(ch)


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


def backslash_escape(code):
    """The backslash escape of a code point, as the codecs' messages and
    their backslashreplace error handler write it."""
    if code < 0x100:
        return '\\x' + hex_digits(code, 2)
    if code < 0x10000:
        return '\\u' + hex_digits(code, 4)
    return '\\U' + hex_digits(code, 8)


def encode_error(space, codec, s, pos, reason):
    return space.error(space.w_UnicodeEncodeError,
                       "'%s' codec can't encode character '%s' in position "
                       "%d: %s" % (codec, backslash_escape(ord(s[pos])), pos,
                                   reason))


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


# ASCII characters, most of any text, skip the Unicode database: its case
# mappings are dict lookups and its *_full functions build a list per char.

def is_space(ch):
    code = ord(ch)
    if code < 128:
        return ascii_is_space(code)
    return unicodedb.isspace(code)


def ascii_is_space(code):
    # ' ', \t \n \v \f \r, and the separators \x1c-\x1f
    return code == 32 or 9 <= code <= 13 or 28 <= code <= 31


def number_text(u):
    """The ASCII text that int() and float() parse for the str u, as
    CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: a Unicode decimal
    digit becomes its ASCII digit ('\u0967' is '1'), Unicode whitespace a
    space, and any other non-ASCII character '?', which no number holds."""
    b = rstring.StringBuilder(len(u))
    for ch in u:
        code = ord(ch)
        if code < 128:
            b.append(chr(code))
        elif unicodedb.isspace(code):
            b.append(' ')
        elif unicodedb.isdecimal(code):
            b.append(chr(ord('0') + unicodedb.decimal(code)))
        else:
            b.append('?')
    return b.build()


def ascii_lower(code):
    if 65 <= code <= 90:
        return code + 32
    return code


def ascii_upper(code):
    if 97 <= code <= 122:
        return code - 32
    return code


def ascii_is_alpha(code):
    return 65 <= code <= 90 or 97 <= code <= 122


def ascii_is_digit(code):
    return 48 <= code <= 57


def split_keywords(space, args, fname):
    """split()/rsplit() called with sep= or maxsplit=: the same call with
    positional arguments only."""
    from pypy.interpreter.arguments import (Arguments, keyword_value,
                                            check_keywords)
    if not args.has_keywords():
        return args
    check_keywords(space, args, fname, ['sep', 'maxsplit'])
    args_w = args.arguments_w
    n = len(args_w)
    if n < 1 or n > 3:
        return Arguments(args_w)        # check_args reports it
    w_sep = keyword_value(args, 'sep')
    w_max = keyword_value(args, 'maxsplit')
    if n >= 2:
        if w_sep is not None:
            raise space.error(space.w_TypeError, "argument for %s() given "
                              "by name ('sep') and position (1)" % fname)
        w_sep = args_w[1]
    if n >= 3:
        if w_max is not None:
            raise space.error(space.w_TypeError, "argument for %s() given "
                              "by name ('maxsplit') and position (2)" % fname)
        w_max = args_w[2]
    if w_sep is None:
        w_sep = space.w_None
    if w_max is None:
        w_max = space.newint(-1)
    return Arguments([args_w[0], w_sep, w_max])


def str_split(space, args):
    args = split_keywords(space, args, 'split')
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
            if code < 128:
                b.append(unichr(ascii_upper(code)))
            else:
                b.append(unichr(unicodedb.toupper(code)))
        else:
            if code < 128:
                b.append(unichr(ascii_lower(code)))
            else:
                b.append(unichr(unicodedb.tolower(code)))
    return b.build()


def str_upper(space, args):
    check_args(space, args, 'upper', 1, 1)
    return space.newtext(map_chars(self_str(space, args, 'upper'), True))


def str_lower(space, args):
    check_args(space, args, 'lower', 1, 1)
    return space.newtext(map_chars(self_str(space, args, 'lower'), False))


def str_replace(space, args):
    check_args(space, args, 'replace', 3, 4)
    s = self_str(space, args, 'replace')
    old = arg_str(space, args.arguments_w[1])
    new = arg_str(space, args.arguments_w[2])
    count = -1
    if len(args.arguments_w) == 4:
        count = space.getindex_w(args.arguments_w[3])
    if count < 0:
        return space.newtext(rstring.replace(s, old, new))
    return space.newtext(replace_count(s, old, new, count))


def replace_count(s, old, new, count):
    parts = []
    pos = 0
    n = 0
    while n < count:
        if not old:
            if pos > len(s):
                break
            parts.append(new)
            if pos < len(s):
                parts.append(s[pos])
            pos += 1
            n += 1
            continue
        i = s.find(old, pos)
        if i < 0:
            break
        assert i >= pos
        parts.append(s[pos:i])
        parts.append(new)
        pos = i + len(old)
        n += 1
    if pos < len(s):
        parts.append(s[pos:])
    return u''.join(parts)


def new_str(space, w_type, args):
    from pypy.objspace.bytesobject import encoding_args, decode_bytes
    from pypy.objspace.bytearrayobject import bytes_like
    if len(args.arguments_w) > 3:
        check_args(space, args, 'str', 0, 3)
    encoding, errors = encoding_args(space, args, 'str', 1)
    if not args.arguments_w:
        return space.newtext(u'')
    w_obj = args.arguments_w[0]
    if encoding is None and errors is None:
        return space.str(w_obj)
    # str(bytes, encoding[, errors]): the bytes decoded
    data = bytes_like(w_obj)
    if data is None:
        if isinstance(w_obj, W_StrObject):
            raise space.error(space.w_TypeError,
                              "decoding str is not supported")
        raise space.error(space.w_TypeError, "decoding to str: need a "
                          "bytes-like object, %s found" %
                          space.type_name(space.type(w_obj)))
    return space.newtext(decode_bytes(space, data, encoding, errors))


def find_impl(space, args, fname, reverse):
    check_args(space, args, fname, 2, 4)
    s = self_str(space, args, fname)
    sub = arg_str(space, args.arguments_w[1])
    start, end = slice_bounds(space, args, 2, len(s))
    if start > len(s) or end - start < len(sub):
        return -1
    if reverse:
        return s.rfind(sub, start, end)
    return s.find(sub, start, end)


def str_find(space, args):
    return space.newint(find_impl(space, args, 'find', False))


def str_rfind(space, args):
    return space.newint(find_impl(space, args, 'rfind', True))


def str_index(space, args):
    i = find_impl(space, args, 'index', False)
    if i < 0:
        raise space.error(space.w_ValueError, "substring not found")
    return space.newint(i)


def str_rindex(space, args):
    i = find_impl(space, args, 'rindex', True)
    if i < 0:
        raise space.error(space.w_ValueError, "substring not found")
    return space.newint(i)


def str_count(space, args):
    check_args(space, args, 'count', 2, 4)
    s = self_str(space, args, 'count')
    sub = arg_str(space, args.arguments_w[1])
    start, end = slice_bounds(space, args, 2, len(s))
    if start > len(s) or end - start < len(sub):
        return space.newint(0)
    if not sub:
        return space.newint(end - start + 1)
    return space.newint(s.count(sub, start, end))


def starts_ends(space, args, fname, ends):
    check_args(space, args, fname, 2, 4)
    s = self_str(space, args, fname)
    start, end = slice_bounds(space, args, 2, len(s))
    w_prefix = args.arguments_w[1]
    from pypy.objspace.tupleobject import W_TupleObject
    if isinstance(w_prefix, W_TupleObject):
        for w_item in w_prefix.items_w:
            if not isinstance(w_item, W_StrObject):
                raise space.error(
                    space.w_TypeError,
                    "tuple for %s must only contain str, not %s" % (
                        fname, space.type_name(space.type(w_item))))
            if match_at(s, w_item.value, start, end, ends):
                return space.w_True
        return space.w_False
    if not isinstance(w_prefix, W_StrObject):
        raise space.error(space.w_TypeError,
                          "%s first arg must be str or a tuple of str, not "
                          "%s" % (fname, space.type_name(space.type(w_prefix))))
    return space.newbool(match_at(s, w_prefix.value, start, end, ends))


def match_at(s, sub, start, end, ends):
    if start > len(s):
        return False
    if end - start < len(sub):
        return False
    if ends:
        pos = end - len(sub)
    else:
        pos = start
    for i in range(len(sub)):
        if s[pos + i] != sub[i]:
            return False
    return True


def str_startswith(space, args):
    return starts_ends(space, args, 'startswith', False)


def str_endswith(space, args):
    return starts_ends(space, args, 'endswith', True)


def char_test(space, args, fname, kind):
    check_args(space, args, fname, 1, 1)
    s = self_str(space, args, fname)
    if not s:
        return space.w_False
    for ch in s:
        code = ord(ch)
        if code < 128:
            ok = ascii_char_test(code, kind)
        elif kind == 0:
            ok = unicodedb.isdigit(code)
        elif kind == 1:
            ok = unicodedb.isalpha(code)
        elif kind == 2:
            ok = unicodedb.isalnum(code)
        elif kind == 3:
            ok = unicodedb.isspace(code)
        elif kind == 4:
            ok = unicodedb.isdecimal(code)
        else:
            ok = unicodedb.isnumeric(code)
        if not ok:
            return space.w_False
    return space.w_True


def ascii_char_test(code, kind):
    """char_test's test of kind on an ASCII character (digit, decimal and
    numeric are the same ten)."""
    if kind == 1:
        return ascii_is_alpha(code)
    if kind == 2:
        return ascii_is_alpha(code) or ascii_is_digit(code)
    if kind == 3:
        return ascii_is_space(code)
    return ascii_is_digit(code)


def str_isdigit(space, args):
    return char_test(space, args, 'isdigit', 0)


def str_isalpha(space, args):
    return char_test(space, args, 'isalpha', 1)


def str_isalnum(space, args):
    return char_test(space, args, 'isalnum', 2)


def str_isspace(space, args):
    return char_test(space, args, 'isspace', 3)


def str_isdecimal(space, args):
    return char_test(space, args, 'isdecimal', 4)


def str_isnumeric(space, args):
    return char_test(space, args, 'isnumeric', 5)


def str_isascii(space, args):
    check_args(space, args, 'isascii', 1, 1)
    for ch in self_str(space, args, 'isascii'):
        if ord(ch) >= 128:
            return space.w_False
    return space.w_True


def case_test(space, args, fname, upper):
    check_args(space, args, fname, 1, 1)
    s = self_str(space, args, fname)
    cased = False
    for ch in s:
        code = ord(ch)
        if upper:
            if unicodedb.islower(code) or unicodedb.istitle(code):
                return space.w_False
            if unicodedb.isupper(code):
                cased = True
        else:
            if unicodedb.isupper(code) or unicodedb.istitle(code):
                return space.w_False
            if unicodedb.islower(code):
                cased = True
    return space.newbool(cased)


def str_isupper(space, args):
    return case_test(space, args, 'isupper', True)


def str_islower(space, args):
    return case_test(space, args, 'islower', False)


def str_istitle(space, args):
    check_args(space, args, 'istitle', 1, 1)
    s = self_str(space, args, 'istitle')
    cased = False
    previous_cased = False
    for ch in s:
        code = ord(ch)
        if unicodedb.isupper(code) or unicodedb.istitle(code):
            if previous_cased:
                return space.w_False
            previous_cased = True
            cased = True
        elif unicodedb.islower(code):
            if not previous_cased:
                return space.w_False
            previous_cased = True
            cased = True
        else:
            previous_cased = False
    return space.newbool(cased)


def str_isidentifier(space, args):
    check_args(space, args, 'isidentifier', 1, 1)
    s = self_str(space, args, 'isidentifier')
    if not s:
        return space.w_False
    first = ord(s[0])
    if not (first == ord('_') or unicodedb.isxidstart(first)):
        return space.w_False
    for i in range(1, len(s)):
        if not unicodedb.isxidcontinue(ord(s[i])):
            return space.w_False
    return space.w_True


def append_full(b, codes):
    for c in codes:
        b.append(unichr(c))


def append_lower(b, code):
    if code < 128:
        b.append(unichr(ascii_lower(code)))
    else:
        append_full(b, unicodedb.tolower_full(code))


def append_title(b, code):
    # an ASCII letter's title case is its upper case
    if code < 128:
        b.append(unichr(ascii_upper(code)))
    else:
        append_full(b, unicodedb.totitle_full(code))


def is_cased(code):
    if code < 128:
        return ascii_is_alpha(code)
    return unicodedb.iscased(code)


def str_title(space, args):
    check_args(space, args, 'title', 1, 1)
    s = self_str(space, args, 'title')
    b = UnicodeBuilder(len(s))
    previous_cased = False
    for ch in s:
        code = ord(ch)
        if previous_cased:
            append_lower(b, code)
        else:
            append_title(b, code)
        previous_cased = is_cased(code)
    return space.newtext(b.build())


def str_capitalize(space, args):
    check_args(space, args, 'capitalize', 1, 1)
    s = self_str(space, args, 'capitalize')
    b = UnicodeBuilder(len(s))
    first = True
    for ch in s:
        if first:
            append_title(b, ord(ch))
            first = False
        else:
            append_lower(b, ord(ch))
    return space.newtext(b.build())


def str_swapcase(space, args):
    check_args(space, args, 'swapcase', 1, 1)
    s = self_str(space, args, 'swapcase')
    b = UnicodeBuilder(len(s))
    for ch in s:
        code = ord(ch)
        if code < 128:
            if 65 <= code <= 90:
                code += 32
            elif 97 <= code <= 122:
                code -= 32
            b.append(unichr(code))
        elif unicodedb.isupper(code):
            append_full(b, unicodedb.tolower_full(code))
        elif unicodedb.islower(code):
            append_full(b, unicodedb.toupper_full(code))
        else:
            b.append(ch)
    return space.newtext(b.build())


def str_casefold(space, args):
    check_args(space, args, 'casefold', 1, 1)
    s = self_str(space, args, 'casefold')
    b = UnicodeBuilder(len(s))
    for ch in s:
        append_lower(b, ord(ch))
    return space.newtext(b.build())


def fill_char(space, args, fname):
    if len(args.arguments_w) < 3:
        return u' '
    w_fill = args.arguments_w[2]
    if not isinstance(w_fill, W_StrObject) or len(w_fill.value) != 1:
        raise space.error(space.w_TypeError,
                          "The fill character must be exactly one "
                          "character long")
    return w_fill.value


def justify(space, args, fname, where):
    check_args(space, args, fname, 2, 3)
    s = self_str(space, args, fname)
    width = space.getindex_w(args.arguments_w[1])
    fill = fill_char(space, args, fname)
    n = width - len(s)
    if n <= 0:
        return space.newtext(s)
    if where == 0:      # ljust
        return space.newtext(s + fill * n)
    if where == 2:      # rjust
        return space.newtext(fill * n + s)
    left = n // 2 + (n & width & 1)
    return space.newtext(fill * left + s + fill * (n - left))


def str_ljust(space, args):
    return justify(space, args, 'ljust', 0)


def str_center(space, args):
    return justify(space, args, 'center', 1)


def str_rjust(space, args):
    return justify(space, args, 'rjust', 2)


def str_zfill(space, args):
    check_args(space, args, 'zfill', 2, 2)
    s = self_str(space, args, 'zfill')
    width = space.getindex_w(args.arguments_w[1])
    n = width - len(s)
    if n <= 0:
        return space.newtext(s)
    if s and (s[0] == u'+' or s[0] == u'-'):
        return space.newtext(s[0:1] + u'0' * n + s[1:])
    return space.newtext(u'0' * n + s)


def is_linebreak(ch):
    code = ord(ch)
    return (code == 10 or code == 13 or code == 11 or code == 12 or
            code == 0x1c or code == 0x1d or code == 0x1e or code == 0x85 or
            code == 0x2028 or code == 0x2029)


def splitlines_keepends(space, args):
    """The keepends argument of str/bytes.splitlines(keepends=False)."""
    from pypy.interpreter.arguments import keyword_value, check_keywords
    check_keywords(space, args, 'splitlines', ['keepends'])
    if len(args.arguments_w) < 1 or len(args.arguments_w) > 2:
        raise space.error(space.w_TypeError,
                          "splitlines() takes at most 1 argument")
    w_keep = keyword_value(args, 'keepends')
    if len(args.arguments_w) == 2:
        w_keep = args.arguments_w[1]
    return w_keep is not None and space.is_true(w_keep)


@specialize.argtype(0)
def line_break_at(s, j):
    """A str breaks lines at each is_linebreak character, bytes only at
    \\n and \\r."""
    if isinstance(s, unicode):
        return is_linebreak(s[j])
    code = ord(s[j])
    return code == 10 or code == 13


@specialize.argtype(0)
def split_lines(s, keepends):
    """The lines of s (a unicode or a str), \\r\\n ending one."""
    parts = []
    i = 0
    n = len(s)
    while i < n:
        j = i
        while j < n and not line_break_at(s, j):
            j += 1
        eol = j
        if j < n:
            if ord(s[j]) == 13 and j + 1 < n and ord(s[j + 1]) == 10:
                j += 2
            else:
                j += 1
            if keepends:
                eol = j
        assert i >= 0 and eol >= i
        parts.append(s[i:eol])
        i = j
    return parts


def str_splitlines(space, args):
    keepends = splitlines_keepends(space, args)
    s = self_str(space, args, 'splitlines')
    return space.newlist([space.newtext(p) for p in split_lines(s, keepends)])


def str_rsplit(space, args):
    args = split_keywords(space, args, 'rsplit')
    check_args(space, args, 'rsplit', 1, 3)
    s = self_str(space, args, 'rsplit')
    maxsplit = -1
    if len(args.arguments_w) == 3:
        maxsplit = space.int_w(args.arguments_w[2])
    parts = []
    if len(args.arguments_w) == 1 or space.is_none(args.arguments_w[1]):
        j = len(s)
        while True:
            while j > 0 and is_space(s[j - 1]):
                j -= 1
            if j <= 0:
                break
            if maxsplit >= 0 and len(parts) == maxsplit:
                assert j >= 0
                parts.append(s[0:j])
                break
            i = j
            while i > 0 and not is_space(s[i - 1]):
                i -= 1
            assert i >= 0 and j >= i
            parts.append(s[i:j])
            j = i
    else:
        sep = arg_str(space, args.arguments_w[1])
        if not sep:
            raise space.error(space.w_ValueError, "empty separator")
        end = len(s)
        while maxsplit < 0 or len(parts) < maxsplit:
            i = s.rfind(sep, 0, end)
            if i < 0:
                break
            start = i + len(sep)
            assert start >= 0 and end >= start
            parts.append(s[start:end])
            end = i
        assert end >= 0
        parts.append(s[0:end])
    parts.reverse()
    return space.newlist([space.newtext(p) for p in parts])


def partition_impl(space, args, fname, reverse):
    check_args(space, args, fname, 2, 2)
    s = self_str(space, args, fname)
    sep = arg_str(space, args.arguments_w[1])
    if not sep:
        raise space.error(space.w_ValueError, "empty separator")
    if reverse:
        i = s.rfind(sep)
    else:
        i = s.find(sep)
    if i < 0:
        if reverse:
            return space.newtuple([space.newtext(u''), space.newtext(u''),
                                   space.newtext(s)])
        return space.newtuple([space.newtext(s), space.newtext(u''),
                               space.newtext(u'')])
    j = i + len(sep)
    assert i >= 0 and j >= 0
    return space.newtuple([space.newtext(s[:i]), space.newtext(sep),
                           space.newtext(s[j:])])


def str_partition(space, args):
    return partition_impl(space, args, 'partition', False)


def str_rpartition(space, args):
    return partition_impl(space, args, 'rpartition', True)


def str_expandtabs(space, args):
    from pypy.interpreter.arguments import keyword_value, check_keywords
    check_keywords(space, args, 'expandtabs', ['tabsize'])
    s = self_str(space, args, 'expandtabs')
    tabsize = 8
    w_size = keyword_value(args, 'tabsize')
    if len(args.arguments_w) >= 2:
        w_size = args.arguments_w[1]
    if w_size is not None:
        tabsize = space.int_w(w_size)
    b = UnicodeBuilder(len(s))
    column = 0
    for ch in s:
        if ch == u'\t':
            if tabsize > 0:
                n = tabsize - column % tabsize
                b.append(u' ' * n)
                column += n
        elif ch == u'\n' or ch == u'\r':
            b.append(ch)
            column = 0
        else:
            b.append(ch)
            column += 1
    return space.newtext(b.build())


def str_encode(space, args):
    from pypy.interpreter.arguments import keyword_value, check_keywords
    from rpython.rlib.runicode import unicode_encode_utf_8
    check_keywords(space, args, 'encode', ['encoding', 'errors'])
    s = self_str(space, args, 'encode')
    w_encoding = keyword_value(args, 'encoding')
    w_errors = keyword_value(args, 'errors')
    if len(args.arguments_w) >= 2:
        w_encoding = args.arguments_w[1]
    if len(args.arguments_w) >= 3:
        w_errors = args.arguments_w[2]
    encoding = 'utf-8'
    if w_encoding is not None:
        encoding = space.text_utf8(w_encoding).lower()
        encoding = rstring.replace(encoding, '_', '-')
    errors = 'strict'
    if w_errors is not None:
        errors = space.text_utf8(w_errors)
    if encoding == 'utf-8' or encoding == 'utf8':
        b = rstring.StringBuilder(len(s))
        start = 0       # s[start:pos] is still to encode
        for pos in range(len(s)):
            code = ord(s[pos])
            if 0xd800 <= code <= 0xdfff:
                if errors == 'surrogateescape' and 0xdc80 <= code <= 0xdcff:
                    # the byte that decoding with surrogateescape took in
                    assert start >= 0
                    piece = s[start:pos]
                    b.append(unicode_encode_utf_8(piece, len(piece), 'strict'))
                    b.append(chr(code - 0xdc00))
                    start = pos + 1
                elif errors == 'strict' or errors == 'surrogateescape':
                    raise encode_error(space, 'utf-8', s, pos,
                                       'surrogates not allowed')
        assert start >= 0
        piece = s[start:]
        b.append(unicode_encode_utf_8(piece, len(piece), 'replace'))
        return space.newbytes(b.build())
    if encoding == 'ascii' or encoding == 'latin-1' or \
            encoding == 'latin1' or encoding == 'iso-8859-1':
        limit = 128 if encoding == 'ascii' else 256
        b = rstring.StringBuilder(len(s))
        for pos in range(len(s)):
            code = ord(s[pos])
            if code >= limit:
                if errors == 'ignore':
                    continue
                if errors == 'replace':
                    b.append('?')
                    continue
                if errors == 'backslashreplace':
                    b.append(backslash_escape(code))
                    continue
                if errors == 'xmlcharrefreplace':
                    b.append('&#%d;' % code)
                    continue
                if errors == 'surrogateescape' and 0xdc80 <= code <= 0xdcff:
                    b.append(chr(code - 0xdc00))
                    continue
                raise encode_error(space, 'ascii' if limit == 128 else
                                   'latin-1', s, pos,
                                   'ordinal not in range(%d)' % limit)
            b.append(chr(code))
        return space.newbytes(b.build())
    from pypy.module._codecs.moduledef import encode_with_codec
    return space.newbytes(encode_with_codec(space, s, encoding, errors))


def str_format(space, args):
    from pypy.objspace.formatting import str_format as do_format
    if len(args.arguments_w) < 1:
        raise space.error(space.w_TypeError,
                          "descriptor 'format' of 'str' object needs an "
                          "argument")
    s = self_str(space, args, 'format')
    return space.newtext(do_format(space, s, args.arguments_w[1:],
                                   args.keyword_names,
                                   args.keyword_values_w, None))


def str_format_map(space, args):
    from pypy.objspace.formatting import str_format as do_format
    check_args(space, args, 'format_map', 2, 2)
    s = self_str(space, args, 'format_map')
    return space.newtext(do_format(space, s, [], [], [],
                                   args.arguments_w[1]))


def str___format__(space, args):
    from pypy.objspace.formatting import value___format__
    self_str(space, args, '__format__')
    return value___format__(space, args)


def str_removeprefix(space, args):
    check_args(space, args, 'removeprefix', 2, 2)
    s = self_str(space, args, 'removeprefix')
    prefix = arg_str(space, args.arguments_w[1])
    if prefix and s.startswith(prefix):
        start = len(prefix)
        assert start >= 0
        return space.newtext(s[start:])
    return space.newtext(s)


def str_removesuffix(space, args):
    check_args(space, args, 'removesuffix', 2, 2)
    s = self_str(space, args, 'removesuffix')
    suffix = arg_str(space, args.arguments_w[1])
    if suffix and s.endswith(suffix):
        end = len(s) - len(suffix)
        assert end >= 0
        return space.newtext(s[:end])
    return space.newtext(s)


def str_maketrans(space, args):
    """str.maketrans(x[, y[, z]]) (a static method): the {code: value}
    table str.translate reads."""
    from pypy.objspace.dictobject import W_DictObject
    check_args(space, args, 'maketrans', 1, 3)
    args_w = args.arguments_w
    w_table = space.newdict()
    if len(args_w) == 1:
        w_map = args_w[0]
        if not isinstance(w_map, W_DictObject):
            raise space.error(space.w_TypeError, "if you give only one "
                              "argument to maketrans it must be a dict")
        for w_key in space.unpackiterable(w_map):
            w_value = space.getitem(w_map, w_key)
            if isinstance(w_key, W_StrObject):
                if len(w_key.value) != 1:
                    raise space.error(space.w_ValueError, "string keys in "
                                      "translate table must be of length 1")
                w_key = space.newint(ord(w_key.value[0]))
            elif not isinstance(w_key, W_IntObject):
                raise space.error(space.w_TypeError, "keys in translate "
                                  "table must be strings or integers")
            space.setitem(w_table, w_key, w_value)
        return w_table
    x = arg_str(space, args_w[0])
    y = arg_str(space, args_w[1])
    if len(x) != len(y):
        raise space.error(space.w_ValueError, "the first two maketrans "
                          "arguments must have equal length")
    for i in range(len(x)):
        space.setitem(w_table, space.newint(ord(x[i])),
                      space.newint(ord(y[i])))
    if len(args_w) == 3:
        for ch in arg_str(space, args_w[2]):
            space.setitem(w_table, space.newint(ord(ch)), space.w_None)
    return w_table


def str_translate(space, args):
    check_args(space, args, 'translate', 2, 2)
    s = self_str(space, args, 'translate')
    w_table = args.arguments_w[1]
    b = UnicodeBuilder(len(s))
    for ch in s:
        try:
            w_value = space.getitem(w_table, space.newint(ord(ch)))
        except OperationError as e:
            if not e.match(space, space.w_LookupError):
                raise
            b.append(ch)
            continue
        if space.is_none(w_value):
            continue
        if isinstance(w_value, W_StrObject):
            b.append(w_value.value)
        elif isinstance(w_value, W_IntObject):
            b.append(unichr(w_value.intval))
        else:
            raise space.error(space.w_TypeError, "character mapping must "
                              "return integer, None or str")
    return space.newtext(b.build())


str_methods = {
    'join': str_join, 'split': str_split, 'strip': str_strip,
    'lstrip': str_lstrip, 'rstrip': str_rstrip, 'upper': str_upper,
    'lower': str_lower, 'startswith': str_startswith,
    'endswith': str_endswith, 'find': str_find, 'replace': str_replace,
    'rfind': str_rfind, 'index': str_index, 'rindex': str_rindex,
    'count': str_count, 'isdigit': str_isdigit, 'isalpha': str_isalpha,
    'isalnum': str_isalnum, 'isspace': str_isspace,
    'isdecimal': str_isdecimal, 'isnumeric': str_isnumeric,
    'isascii': str_isascii, 'isupper': str_isupper,
    'islower': str_islower, 'istitle': str_istitle,
    'isidentifier': str_isidentifier, 'title': str_title,
    'capitalize': str_capitalize, 'swapcase': str_swapcase,
    'casefold': str_casefold, 'center': str_center, 'ljust': str_ljust,
    'rjust': str_rjust, 'zfill': str_zfill, 'splitlines': str_splitlines,
    'rsplit': str_rsplit, 'partition': str_partition,
    'rpartition': str_rpartition, 'expandtabs': str_expandtabs,
    'encode': str_encode, 'format': str_format,
    'format_map': str_format_map, '__format__': str___format__,
    'removeprefix': str_removeprefix, 'removesuffix': str_removesuffix,
    'maketrans': str_maketrans, 'translate': str_translate,
}
