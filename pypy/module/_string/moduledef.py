"""The _string module: the format-string parsing behind string.Formatter
(formatter_parser, formatter_field_name_split)."""

from pypy.interpreter.arguments import check_args
from pypy.interpreter.function import BuiltinFunction
from pypy.objspace.formatting import closing_brace, split_replacement_field
from pypy.objspace.strobject import W_StrObject
from pypy.objspace.tupleobject import W_SeqIterator


def text_arg(space, args, fname):
    check_args(space, args, fname, 1, 1)
    w_s = args.arguments_w[0]
    if not isinstance(w_s, W_StrObject):
        raise space.error(space.w_TypeError, "%s() argument must be str, "
                          "not %s" % (fname,
                                      space.type_name(space.type(w_s))))
    return w_s.value


def field_tuple(space, literal, field):
    """(literal, field_name, format_spec, conversion) of `field`, the text
    between a '{' and its '}'."""
    name, conversion, spec = split_replacement_field(space, field)
    w_conversion = space.w_None
    if conversion != u'\x00':
        w_conversion = space.newtext(conversion)
    return space.newtuple([space.newtext(literal), space.newtext(name),
                           space.newtext(spec), w_conversion])


def formatter_parser(space, args):
    s = text_arg(space, args, 'formatter_parser')
    items_w = []
    end = len(s)
    i = 0
    literal_start = 0
    while i < end:
        c = s[i]
        if c != u'{' and c != u'}':
            i += 1
            continue
        assert literal_start >= 0 and i >= literal_start
        if i + 1 < end and s[i + 1] == c:       # '{{' or '}}'
            items_w.append(space.newtuple([
                space.newtext(s[literal_start:i + 1]), space.w_None,
                space.w_None, space.w_None]))
            i += 2
            literal_start = i
            continue
        if c == u'}':
            raise space.error(space.w_ValueError,
                              "Single '}' encountered in format string")
        j = closing_brace(space, s, i)
        assert j > i
        items_w.append(field_tuple(space, s[literal_start:i], s[i + 1:j]))
        i = j + 1
        literal_start = i
    assert literal_start >= 0
    if literal_start < end:
        items_w.append(space.newtuple([space.newtext(s[literal_start:]),
                                       space.w_None, space.w_None,
                                       space.w_None]))
    return W_SeqIterator(items_w[:])     # (its list is never resized)


def name_part(space, s):
    """A field name's first part or an index: an int when all digits."""
    if not s or len(s) > 18:
        return space.newtext(s)
    value = 0
    for c in s:
        if not u'0' <= c <= u'9':
            return space.newtext(s)
        value = value * 10 + (ord(c) - ord('0'))
    return space.newint(value)


def formatter_field_name_split(space, args):
    s = text_arg(space, args, 'formatter_field_name_split')
    end = len(s)
    i = 0
    while i < end and s[i] != u'.' and s[i] != u'[':
        i += 1
    assert i >= 0
    w_first = name_part(space, s[:i])
    rest_w = []
    while i < end:
        if s[i] == u'.':
            j = i + 1
            while j < end and s[j] != u'.' and s[j] != u'[':
                j += 1
            if j == i + 1:
                raise space.error(space.w_ValueError,
                                  "Empty attribute in format string")
            assert i >= 0
            rest_w.append(space.newtuple([space.w_True,
                                          space.newtext(s[i + 1:j])]))
            i = j
        else:
            j = i + 1
            while j < end and s[j] != u']':
                j += 1
            if j >= end:
                raise space.error(space.w_ValueError,
                                  "Missing ']' in format string")
            if j == i + 1:
                raise space.error(space.w_ValueError,
                                  "Empty attribute in format string")
            assert i >= 0
            rest_w.append(space.newtuple([space.w_False,
                                          name_part(space, s[i + 1:j])]))
            i = j + 1
            if i < end and s[i] != u'.' and s[i] != u'[':
                raise space.error(space.w_ValueError, "Only '.' or '[' may "
                                  "follow ']' in format field specifier")
    return space.newtuple([w_first, W_SeqIterator(rest_w[:])])


FUNCTIONS = [('formatter_parser', formatter_parser),
             ('formatter_field_name_split', formatter_field_name_split)]


def make_module(space):
    w_mod = space.newmodule('_string')
    for name, func in FUNCTIONS:
        w_mod.w_dict.setitem_str(space, name, BuiltinFunction(name, func))
    return w_mod
