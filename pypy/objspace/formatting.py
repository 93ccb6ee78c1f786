"""format(value, spec): the format-specification mini-language, the
printf-style `str % args` and str.format(), as CPython 3.11."""

import math
from rpython.rlib import rfloat
from rpython.rlib.rbigint import rbigint
from rpython.rlib.rstring import UnicodeBuilder, StringBuilder
from pypy.interpreter.error import OperationError


# ____________________________________________________________
# the format-spec mini-language

class Spec(object):
    def __init__(self):
        self.fill = u' '
        self.fill_given = False
        self.align = '\x00'        # '\x00' when not given
        self.sign = '\x00'
        self.no_neg_zero = False
        self.alt = False
        self.width = -1
        self.grouping = '\x00'     # ',' or '_' or '\x00'
        self.precision = -1
        self.type = '\x00'


def _is_align(ch):
    return ch == u'<' or ch == u'>' or ch == u'=' or ch == u'^'


def _isdigit(ch):
    return u'0' <= ch <= u'9'


def _parse_int(space, spec, pos):
    """(value, newpos); value -1 when no digits."""
    end = len(spec)
    if pos >= end or not _isdigit(spec[pos]):
        return -1, pos
    value = 0
    while pos < end and _isdigit(spec[pos]):
        value = value * 10 + (ord(spec[pos]) - ord('0'))
        if value > 2147483647:
            raise space.error(space.w_ValueError,
                              "Too many decimal digits in format string")
        pos += 1
    return value, pos


def parse_spec(space, spec, typename, default_align):
    """Parse the format spec (unicode) the way CPython 3.11 does."""
    p = Spec()
    end = len(spec)
    pos = 0
    align_given = False
    if end - pos >= 2 and _is_align(spec[pos + 1]):
        p.fill = spec[pos]
        p.fill_given = True
        p.align = chr(ord(spec[pos + 1]))
        align_given = True
        pos += 2
    elif end - pos >= 1 and _is_align(spec[pos]):
        p.align = chr(ord(spec[pos]))
        align_given = True
        pos += 1
    if pos < end and (spec[pos] == u'+' or spec[pos] == u'-' or
                      spec[pos] == u' '):
        p.sign = chr(ord(spec[pos]))
        pos += 1
    if pos < end and spec[pos] == u'z':
        p.no_neg_zero = True
        pos += 1
    if pos < end and spec[pos] == u'#':
        p.alt = True
        pos += 1
    if pos < end and spec[pos] == u'0':
        if not p.fill_given:
            p.fill = u'0'
            p.fill_given = True
        if not align_given and default_align == '>':
            p.align = '='
        pos += 1
    p.width, pos = _parse_int(space, spec, pos)
    if pos < end and spec[pos] == u',':
        p.grouping = ','
        pos += 1
    if pos < end and spec[pos] == u'_':
        if p.grouping != '\x00':
            raise space.error(space.w_ValueError,
                              "Cannot specify both ',' and '_'.")
        p.grouping = '_'
        pos += 1
    if pos < end and spec[pos] == u',':
        raise space.error(space.w_ValueError,
                          "Cannot specify both ',' and '_'.")
    if pos < end and spec[pos] == u'.':
        pos += 1
        p.precision, pos = _parse_int(space, spec, pos)
        if p.precision < 0:
            raise space.error(space.w_ValueError,
                              "Format specifier missing precision")
    if end - pos > 1:
        raise space.error(space.w_ValueError,
                          "Invalid format specifier '%s' for object of "
                          "type '%s'" % (_utf8(spec), typename))
    if end - pos == 1:
        ch = spec[pos]
        if ord(ch) < 128:
            p.type = chr(ord(ch))
        else:
            raise space.error(space.w_ValueError,
                              "Unknown format code '\\x%x' for object of "
                              "type '%s'" % (ord(ch), typename))
    if p.grouping != '\x00':
        t = p.type
        if not (t == '\x00' or t == 'd' or t == 'e' or t == 'f' or
                t == 'g' or t == 'E' or t == 'G' or t == '%' or
                t == 'F' or (p.grouping == '_' and (
                    t == 'b' or t == 'o' or t == 'x' or t == 'X'))):
            raise space.error(space.w_ValueError,
                              "Cannot specify '%s' with '%s'." % (
                                  p.grouping, t))
    return p


def _utf8(u):
    from rpython.rlib.runicode import unicode_encode_utf_8
    return unicode_encode_utf_8(u, len(u), 'replace')


def _char_str(ch):
    code = ord(ch)
    if code < 128:
        return chr(code)
    return '\\x%x' % code


def unknown_code(space, t, typename):
    return space.error(space.w_ValueError,
                       "Unknown format code '%s' for object of type '%s'" %
                       (t, typename))


def pad(result, p, default_align):
    """Pads the unicode `result` to p.width with p.fill."""
    n = p.width - len(result)
    if n <= 0:
        return result
    align = p.align
    if align == '\x00':
        align = default_align
    if align == '<':
        return result + p.fill * n
    if align == '^':
        left = n // 2
        return p.fill * left + result + p.fill * (n - left)
    return p.fill * n + result


def format_str(space, s, p):
    if p.type != '\x00' and p.type != 's':
        raise unknown_code(space, p.type, 'str')
    if p.sign != '\x00':
        raise space.error(space.w_ValueError,
                          "Sign not allowed in string format specifier")
    if p.alt:
        raise space.error(space.w_ValueError,
                          "Alternate form (#) not allowed in string format "
                          "specifier")
    if p.no_neg_zero:
        raise space.error(space.w_ValueError,
                          "Negative zero coercion (z) not allowed in format "
                          "specifier")
    if p.align == '=':
        raise space.error(space.w_ValueError,
                          "'=' alignment not allowed in string format "
                          "specifier")
    if p.grouping != '\x00':
        raise space.error(space.w_ValueError,
                          "Cannot specify '%s' with 's'." % p.grouping)
    if p.precision >= 0 and len(s) > p.precision:
        prec = p.precision
        assert prec >= 0
        s = s[:prec]
    return pad(s, p, '<')


def group_digits(digits, sep, groupsize, min_width):
    """CPython's _PyUnicode_InsertThousandsGrouping for the C locale:
    inserts `sep` every `groupsize` digits from the right, padding with
    zeros on the left up to min_width characters."""
    pieces = []
    remaining = len(digits)
    pos = len(digits)
    use_sep = False
    while True:
        l = min(groupsize, max(max(remaining, min_width), 1))
        n_zeros = max(0, l - remaining)
        n_chars = max(0, min(remaining, l))
        if use_sep:
            pieces.append(sep)
        use_sep = True
        start = pos - n_chars
        assert start >= 0
        pieces.append(digits[start:pos])
        if n_zeros > 0:
            pieces.append('0' * n_zeros)
        pos = start
        remaining -= n_chars
        min_width -= groupsize
        if remaining <= 0 and min_width <= 0:
            break
        min_width -= len(sep)
    pieces.reverse()
    return ''.join(pieces)


def layout_number(space, negative, prefix, digits, remainder, p):
    """Sign, prefix, (grouped) digits, remainder, padded as CPython's
    format for numbers.  All but the fill are RPython str."""
    if negative:
        sign = '-'
    elif p.sign == '+':
        sign = '+'
    elif p.sign == ' ':
        sign = ' '
    else:
        sign = ''
    zero_fill = p.fill == u'0' and p.align == '='
    if p.grouping != '\x00':
        groupsize = 3
        t = p.type
        if t == 'b' or t == 'o' or t == 'x' or t == 'X':
            groupsize = 4
        min_width = 0
        if zero_fill:
            min_width = p.width - len(sign) - len(prefix) - len(remainder)
        digits = group_digits(digits, p.grouping, groupsize, min_width)
    body = digits + remainder
    n = p.width - len(sign) - len(prefix) - len(body)
    if n <= 0:
        return (sign + prefix + body).decode('latin-1')
    align = p.align
    if align == '\x00':
        align = '>'
    lead = (sign + prefix).decode('latin-1')
    ubody = body.decode('latin-1')
    if align == '=':
        return lead + p.fill * n + ubody
    return pad(lead + ubody, p, '>')


def format_bigint(space, num, p, typename):
    t = p.type
    if t == 'e' or t == 'E' or t == 'f' or t == 'F' or t == 'g' or \
            t == 'G' or t == '%':
        return format_float(space, space.bigint_to_float(num), p)
    if not (t == '\x00' or t == 'd' or t == 'n' or t == 'b' or t == 'o' or
            t == 'x' or t == 'X' or t == 'c'):
        raise unknown_code(space, t, typename)
    if p.precision >= 0:
        raise space.error(space.w_ValueError,
                          "Precision not allowed in integer format "
                          "specifier")
    if p.no_neg_zero:
        raise space.error(space.w_ValueError,
                          "Negative zero coercion (z) not allowed in integer"
                          " format specifier")
    if t == 'c':
        if p.sign != '\x00':
            raise space.error(space.w_ValueError,
                              "Sign not allowed with integer format "
                              "specifier 'c'")
        if p.alt:
            raise space.error(space.w_ValueError,
                              "Alternate form (#) not allowed with integer "
                              "format specifier 'c'")
        try:
            code = num.toint()
        except OverflowError:
            code = -1
        if code < 0 or code > 0x10ffff:
            raise space.error(space.w_OverflowError,
                              "%c arg not in range(0x110000)")
        return pad(unichr(code), p, '>')
    negative = num.sign < 0
    absnum = num.abs()
    prefix = ''
    if t == 'b':
        digits = absnum.format('01')
        prefix = '0b'
    elif t == 'o':
        digits = absnum.format('01234567')
        prefix = '0o'
    elif t == 'x':
        digits = absnum.format('0123456789abcdef')
        prefix = '0x'
    elif t == 'X':
        digits = absnum.format('0123456789ABCDEF')
        prefix = '0X'
    else:
        digits = absnum.str()
    if not p.alt:
        prefix = ''
    return layout_number(space, negative, prefix, digits, '', p)


def format_float(space, x, p):
    t = p.type
    if not (t == '\x00' or t == 'e' or t == 'E' or t == 'f' or t == 'F' or
            t == 'g' or t == 'G' or t == 'n' or t == '%'):
        raise unknown_code(space, t, 'float')
    flags = 0
    if p.alt:
        flags |= rfloat.DTSF_ALT
    precision = p.precision
    code = t
    suffix = ''
    if t == '\x00':
        flags |= rfloat.DTSF_ADD_DOT_0
        if precision < 0:
            code = 'r'
        else:
            code = 'g'
    elif t == 'n':
        code = 'g'
    elif t == '%':
        code = 'f'
        x = x * 100.0
        suffix = '%'
    if precision < 0 and code != 'r':
        precision = 6
    if code == 'r':
        precision = 0
    s = format_float_digits(x, code, precision, flags)
    negative = False
    if s.startswith('-'):
        negative = True
        s = s[1:]
    if negative and p.no_neg_zero:
        negative = False
        for c in s:
            if '1' <= c <= '9':
                negative = True
                break
    s += suffix
    # split into the integer digits and the rest
    i = 0
    while i < len(s) and '0' <= s[i] <= '9':
        i += 1
    digits = s[:i]
    remainder = s[i:]
    return layout_number(space, negative, '', digits, remainder, p)


def format_float_digits(x, code, precision, flags):
    if math.isinf(x) or math.isnan(x):
        if math.isnan(x):
            s = 'nan'
        elif x > 0:
            s = 'inf'
        else:
            s = '-inf'
        if code == 'E' or code == 'F' or code == 'G':
            s = s.upper()
        return s
    return rfloat.formatd(x, code, precision, flags)


def format_w(space, w_obj, w_spec):
    from pypy.objspace.strobject import W_StrObject
    from pypy.objspace.intobject import W_AbstractIntObject
    from pypy.objspace.floatobject import W_FloatObject
    spec = u'' if w_spec is None else space.text_w(w_spec)
    # an instance of a subclass (an IntEnum member) may override __format__
    if not ((isinstance(w_obj, W_StrObject) or
             isinstance(w_obj, W_AbstractIntObject) or
             isinstance(w_obj, W_FloatObject)) and
            space.type(w_obj).is_builtin()):
        w_meth = space.lookup(w_obj, '__format__')
        if w_meth is not None:
            w_res = space.call_function(
                w_meth.get(space, w_obj, space.type(w_obj)),
                space.newtext(spec))
            if not isinstance(w_res, W_StrObject):
                raise space.error(space.w_TypeError,
                                  "__format__ must return a str, not %s" %
                                  space.type_name(space.type(w_res)))
            return w_res
    return space.newtext(format_unicode(space, w_obj, spec))


def value___format__(space, args):
    """str.__format__, int.__format__ and float.__format__ (super() calls of
    subclasses that override __format__)."""
    from pypy.interpreter.arguments import check_args
    check_args(space, args, '__format__', 2, 2)
    w_obj, w_spec = args.arguments_w
    return space.newtext(format_unicode(space, w_obj, space.text_w(w_spec)))


def format_unicode(space, w_obj, spec):
    from pypy.objspace.strobject import W_StrObject
    from pypy.objspace.intobject import W_AbstractIntObject
    from pypy.objspace.boolobject import W_BoolObject
    from pypy.objspace.floatobject import W_FloatObject
    if not spec:
        return space.str_u(w_obj)
    if isinstance(w_obj, W_StrObject):
        p = parse_spec(space, spec, 'str', '<')
        return format_str(space, w_obj.value, p)
    if isinstance(w_obj, W_AbstractIntObject):
        name = 'bool' if isinstance(w_obj, W_BoolObject) else 'int'
        p = parse_spec(space, spec, name, '>')
        return format_bigint(space, w_obj.asbigint(), p, name)
    if isinstance(w_obj, W_FloatObject):
        p = parse_spec(space, spec, 'float', '>')
        return format_float(space, w_obj.floatval, p)
    raise space.error(space.w_TypeError,
                      "unsupported format string passed to %s.__format__" %
                      space.type_name(space.type(w_obj)))


# ____________________________________________________________
# printf-style formatting: str % args

def _perc_error(space, msg):
    return space.error(space.w_ValueError, msg)


def percent_format(space, fmt, w_args):
    from pypy.objspace.tupleobject import W_TupleObject
    from pypy.objspace.strobject import W_StrObject
    from pypy.objspace.dictobject import W_DictObject
    if isinstance(w_args, W_TupleObject):
        args_w = w_args.items_w
        w_dict = None
    else:
        args_w = [w_args]
        w_dict = None
        if isinstance(w_args, W_DictObject) or (
                not isinstance(w_args, W_StrObject) and
                space.lookup(w_args, '__getitem__') is not None and
                not space.isinstance_w(w_args, space.w_str)):
            w_dict = w_args
    argindex = 0
    used_dict = False
    b = UnicodeBuilder(len(fmt) + 16)
    end = len(fmt)
    i = 0
    while i < end:
        ch = fmt[i]
        if ch != u'%':
            j = i
            while j < end and fmt[j] != u'%':
                j += 1
            assert j >= i
            b.append_slice(fmt, i, j)
            i = j
            continue
        i += 1
        if i >= end:
            raise _perc_error(space, "incomplete format")
        w_value = None
        if fmt[i] == u'(':
            if w_dict is None:
                raise space.error(space.w_TypeError,
                                  "format requires a mapping")
            depth = 1
            j = i + 1
            while j < end and depth > 0:
                if fmt[j] == u'(':
                    depth += 1
                elif fmt[j] == u')':
                    depth -= 1
                j += 1
            if depth > 0:
                raise _perc_error(space, "incomplete format key")
            kstart = i + 1
            kend = j - 1
            assert kstart >= 0 and kend >= kstart
            key = fmt[kstart:kend]
            w_value = space.getitem(w_dict, space.newtext(key))
            used_dict = True
            i = j
        # flags
        left = False
        sign = '\x00'
        alt = False
        zero = False
        while i < end:
            c = fmt[i]
            if c == u'-':
                left = True
            elif c == u'+':
                sign = '+'
            elif c == u' ':
                if sign != '+':
                    sign = ' '
            elif c == u'#':
                alt = True
            elif c == u'0':
                zero = True
            else:
                break
            i += 1
        width = -1
        if i < end and fmt[i] == u'*':
            i += 1
            if argindex >= len(args_w):
                raise space.error(space.w_TypeError,
                                  "not enough arguments for format string")
            width = space.int_w(args_w[argindex])
            argindex += 1
            if width < 0:
                left = True
                width = -width
        else:
            width, i = _parse_int(space, fmt, i)
        precision = -1
        if i < end and fmt[i] == u'.':
            i += 1
            if i < end and fmt[i] == u'*':
                i += 1
                if argindex >= len(args_w):
                    raise space.error(space.w_TypeError,
                                      "not enough arguments for format "
                                      "string")
                precision = max(0, space.int_w(args_w[argindex]))
                argindex += 1
            else:
                precision, i = _parse_int(space, fmt, i)
                if precision < 0:
                    precision = 0
        while i < end and (fmt[i] == u'h' or fmt[i] == u'l' or
                           fmt[i] == u'L'):
            i += 1
        if i >= end:
            raise _perc_error(space, "incomplete format")
        conv = fmt[i]
        convindex = i
        i += 1
        if conv == u'%':
            b.append(u'%')
            continue
        if w_value is None:
            if argindex >= len(args_w):
                raise space.error(space.w_TypeError,
                                  "not enough arguments for format string")
            w_value = args_w[argindex]
            argindex += 1
        p = Spec()
        p.width = width
        p.sign = sign
        p.alt = alt
        if left:
            p.align = '<'
        else:
            p.align = '>'
        b.append(percent_one(space, conv, w_value, p, zero, left,
                             precision, convindex))
    if argindex < len(args_w) and not used_dict and w_dict is None:
        raise space.error(space.w_TypeError,
                          "not all arguments converted during string "
                          "formatting")
    return b.build()


def percent_one(space, conv, w_value, p, zero, left, precision, index):
    from pypy.objspace.intobject import W_AbstractIntObject
    from pypy.objspace.floatobject import W_FloatObject
    from pypy.objspace.strobject import W_StrObject
    if conv == u's' or conv == u'r' or conv == u'a':
        if conv == u's':
            s = space.str_u(w_value)
        elif conv == u'r':
            s = space.repr_u(w_value)
        else:
            s = ascii_of(space, w_value)
        if precision >= 0 and len(s) > precision:
            s = s[:precision]
        return pad(s, p, '<')
    if conv == u'c':
        if isinstance(w_value, W_StrObject):
            if len(w_value.value) != 1:
                raise space.error(space.w_TypeError,
                                  "%c requires int or char")
            return pad(w_value.value, p, '<')
        if not isinstance(w_value, W_AbstractIntObject):
            raise space.error(space.w_TypeError, "%c requires int or char")
        code = space.int_w(w_value)
        if code < 0 or code > 0x10ffff:
            raise space.error(space.w_OverflowError,
                              "%c arg not in range(0x110000)")
        return pad(unichr(code), p, '<')
    if zero and not left:
        p.fill = u'0'
        p.align = '='
    if conv == u'd' or conv == u'i' or conv == u'u' or conv == u'x' or \
            conv == u'X' or conv == u'o':
        t = chr(ord(conv))
        if isinstance(w_value, W_AbstractIntObject):
            num = w_value.asbigint()
        elif isinstance(w_value, W_FloatObject) and (t == 'd' or t == 'i'
                                                     or t == 'u'):
            x = w_value.floatval
            if math.isinf(x):
                raise space.error(space.w_OverflowError,
                                  "cannot convert float infinity to integer")
            if math.isnan(x):
                raise space.error(space.w_ValueError,
                                  "cannot convert float NaN to integer")
            num = rbigint.fromfloat(x)
        else:
            w_index = None
            if t == 'd' or t == 'i' or t == 'u':
                w_index = space.call_special(w_value, '__int__')
            if w_index is None:
                w_index = space.call_special(w_value, '__index__')
            if not isinstance(w_index, W_AbstractIntObject):
                if t == 'd' or t == 'i' or t == 'u':
                    msg = "%%%s format: a real number is required, not %s" \
                        % (t, space.type_name(space.type(w_value)))
                else:
                    msg = "%%%s format: an integer is required, not %s" % (
                        t, space.type_name(space.type(w_value)))
                raise space.error(space.w_TypeError, msg)
            num = w_index.asbigint()
        if t == 'i' or t == 'u':
            t = 'd'
        p.type = t
        if precision >= 0:
            # minimum number of digits
            negative = num.sign < 0
            absnum = num.abs()
            if t == 'x':
                digits = absnum.format('0123456789abcdef')
            elif t == 'X':
                digits = absnum.format('0123456789ABCDEF')
            elif t == 'o':
                digits = absnum.format('01234567')
            else:
                digits = absnum.str()
            if len(digits) < precision:
                digits = '0' * (precision - len(digits)) + digits
            prefix = ''
            if p.alt and t != 'd':
                prefix = '0' + t
            return layout_number(space, negative, prefix, digits, '', p)
        return format_bigint(space, num, p, 'int')
    if conv == u'e' or conv == u'E' or conv == u'f' or conv == u'F' or \
            conv == u'g' or conv == u'G':
        if isinstance(w_value, W_FloatObject):
            x = w_value.floatval
        elif isinstance(w_value, W_AbstractIntObject):
            x = w_value.float_w(space)
        else:
            w_float = space.call_special(w_value, '__float__')
            if w_float is None:
                w_float = space.call_special(w_value, '__index__')
            if w_float is None:
                raise space.error(space.w_TypeError,
                                  "must be real number, not %s" %
                                  space.type_name(space.type(w_value)))
            x = space.float_w(w_float)
        p.type = chr(ord(conv))
        p.precision = precision if precision >= 0 else 6
        return format_float(space, x, p)
    raise _perc_error(space, "unsupported format character '%s' (0x%x) at "
                      "index %d" % (_char_str(conv), ord(conv), index))


def ascii_of(space, w_obj):
    s = space.repr_u(w_obj)
    b = UnicodeBuilder(len(s))
    for ch in s:
        code = ord(ch)
        if code < 128:
            b.append(ch)
        elif code < 0x100:
            b.append(u'\\x')
            b.append(_hex(code, 2))
        elif code < 0x10000:
            b.append(u'\\u')
            b.append(_hex(code, 4))
        else:
            b.append(u'\\U')
            b.append(_hex(code, 8))
    return b.build()


def _hex(value, width):
    digits = u'0123456789abcdef'
    b = UnicodeBuilder(width)
    shift = (width - 1) * 4
    while shift >= 0:
        b.append(digits[(value >> shift) & 0xf])
        shift -= 4
    return b.build()


# ____________________________________________________________
# str.format()

class FormatState(object):
    def __init__(self, args_w, kw_names, kw_values_w, w_mapping):
        self.args_w = args_w
        self.kw_names = kw_names
        self.kw_values_w = kw_values_w
        self.w_mapping = w_mapping
        self.auto = 0           # 0 unknown, 1 automatic, 2 manual
        self.next_index = 0


def str_format(space, template, args_w, kw_names, kw_values_w, w_mapping):
    state = FormatState(args_w, kw_names, kw_values_w, w_mapping)
    return _format_template(space, template, state, 2)


def closing_brace(space, s, i):
    """The index of the '}' that closes the '{' at s[i] (braces nest, as in
    '{x:{w}}')."""
    end = len(s)
    j = i + 1
    nest = 1
    while j < end:
        c = s[j]
        if c == u'{':
            nest += 1
        elif c == u'}':
            nest -= 1
            if nest == 0:
                return j
        j += 1
    raise space.error(space.w_ValueError, "expected '}' before end of string")


def _format_template(space, s, state, depth):
    if depth < 0:
        raise space.error(space.w_ValueError,
                          "Max string recursion exceeded")
    b = UnicodeBuilder(len(s))
    end = len(s)
    i = 0
    while i < end:
        ch = s[i]
        if ch == u'{':
            if i + 1 < end and s[i + 1] == u'{':
                b.append(u'{')
                i += 2
                continue
            j = closing_brace(space, s, i)
            fstart = i + 1
            assert fstart >= 0 and j >= fstart
            b.append(_format_field(space, s[fstart:j], state, depth))
            i = j + 1
        elif ch == u'}':
            if i + 1 < end and s[i + 1] == u'}':
                b.append(u'}')
                i += 2
                continue
            raise space.error(space.w_ValueError,
                              "Single '}' encountered in format string")
        else:
            j = i
            while j < end and s[j] != u'{' and s[j] != u'}':
                j += 1
            b.append_slice(s, i, j)
            i = j
    return b.build()


def split_replacement_field(space, field):
    """(name, conversion, spec) of a replacement field, the text between a
    '{' and its '}'; conversion u'\x00' where there is none (as in CPython,
    where '!\x00' is no conversion either)."""
    end = len(field)
    # the field name ends at '!' or ':' (outside of brackets)
    i = 0
    in_bracket = False
    while i < end:
        c = field[i]
        if c == u'[':
            in_bracket = True
        elif c == u']':
            in_bracket = False
        elif not in_bracket and (c == u'!' or c == u':'):
            break
        i += 1
    name = field[:i]
    conversion = u'\x00'
    spec = u''
    if i < end and field[i] == u'!':
        if i + 1 >= end:
            raise space.error(space.w_ValueError,
                              "end of string while looking for conversion "
                              "specifier")
        conversion = field[i + 1]
        i += 2
        if i < end and field[i] != u':':
            raise space.error(space.w_ValueError,
                              "expected ':' after conversion specifier")
    if i < end and field[i] == u':':
        sstart = i + 1
        assert sstart >= 0
        spec = field[sstart:]
    return name, conversion, spec


def _format_field(space, field, state, depth):
    name, conversion, spec = split_replacement_field(space, field)
    w_obj = _get_field_object(space, name, state)
    if conversion == u'r':
        w_obj = space.repr(w_obj)
    elif conversion == u's':
        w_obj = space.str(w_obj)
    elif conversion == u'a':
        w_obj = space.newtext(ascii_of(space, w_obj))
    elif conversion != u'\x00':
        raise space.error(space.w_ValueError,
                          "Unknown conversion specifier %s" %
                          _char_str(conversion))
    if u'{' in spec:
        spec = _format_template(space, spec, state, depth - 1)
    w_res = format_w(space, w_obj, space.newtext(spec))
    return space.text_w(w_res)


def _get_field_object(space, name, state):
    end = len(name)
    i = 0
    while i < end and name[i] != u'.' and name[i] != u'[':
        i += 1
    first = name[:i]
    if not first:
        if state.auto == 2:
            raise space.error(space.w_ValueError,
                              "cannot switch from manual field specification"
                              " to automatic field numbering")
        state.auto = 1
        index = state.next_index
        state.next_index += 1
        w_obj = _positional(space, state, index)
    elif _all_digits(first):
        if state.auto == 1:
            raise space.error(space.w_ValueError,
                              "cannot switch from automatic field numbering"
                              " to manual field specification")
        state.auto = 2
        index = 0
        for c in first:
            index = index * 10 + (ord(c) - ord('0'))
            if index > 2147483647:
                raise space.error(space.w_ValueError,
                                  "Too many decimal digits in format string")
        w_obj = _positional(space, state, index)
    else:
        w_obj = None
        if state.w_mapping is not None:
            w_obj = space.getitem(state.w_mapping, space.newtext(first))
        else:
            key = _utf8(first)
            for k in range(len(state.kw_names)):
                if state.kw_names[k] == key:
                    w_obj = state.kw_values_w[k]
                    break
            if w_obj is None:
                raise space.key_error(space.newtext(first))
    # attribute and index accessors
    while i < end:
        c = name[i]
        if c == u'.':
            j = i + 1
            while j < end and name[j] != u'.' and name[j] != u'[':
                j += 1
            astart = i + 1
            assert astart >= 0 and j >= astart
            attr = name[astart:j]
            if not attr:
                raise space.error(space.w_ValueError,
                                  "Empty attribute in format string")
            w_obj = space.getattr(w_obj, _utf8(attr))
            i = j
        elif c == u'[':
            j = i + 1
            while j < end and name[j] != u']':
                j += 1
            if j >= end:
                raise space.error(space.w_ValueError,
                                  "Missing ']' in format string")
            kstart = i + 1
            assert kstart >= 0 and j >= kstart
            key = name[kstart:j]
            if not key:
                raise space.error(space.w_ValueError,
                                  "Empty attribute in format string")
            if _all_digits(key):
                index = 0
                for ch in key:
                    index = index * 10 + (ord(ch) - ord('0'))
                w_key = space.newint(index)
            else:
                w_key = space.newtext(key)
            w_obj = space.getitem(w_obj, w_key)
            i = j + 1
            if i < end and name[i] != u'.' and name[i] != u'[':
                raise space.error(space.w_ValueError,
                                  "Only '.' or '[' may follow ']' in format "
                                  "field specifier")
        else:
            raise space.error(space.w_ValueError,
                              "Only '.' or '[' may follow ']' in format "
                              "field specifier")
    return w_obj


def _all_digits(s):
    if not s:
        return False
    for c in s:
        if not (u'0' <= c <= u'9'):
            return False
    return True


def _positional(space, state, index):
    if index >= len(state.args_w):
        raise space.error(space.w_IndexError,
                          "Replacement index %d out of range for positional "
                          "args tuple" % index)
    return state.args_w[index]
