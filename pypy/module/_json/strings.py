"""The string work of _json: reading a JSON string literal (scan) and
writing one (append_literal), with CPython's escapes and errors."""

from rpython.rlib.rstring import UnicodeBuilder
from pypy.module.imp import find_module

# the characters of the two-character escapes, both ways
ESCAPED = u'"\\/bfnrt'
UNESCAPED = u'"\\/\b\f\n\r\t'
HEX_DIGITS = u'0123456789abcdef'


def decode_error(space, msg, w_string, pos):
    """json.decoder.JSONDecodeError(msg, string, pos), as CPython's _json
    raises it."""
    w_decoder = find_module(space, 'json.decoder')
    w_error = space.call_function(space.getattr(w_decoder, 'JSONDecodeError'),
                                  space.newtext_utf8(msg), w_string,
                                  space.newint(pos))
    return space.raise_exception(space.make_exception_instance(w_error))


def hex_value(ch):
    """The value of a hex digit, -1 for another character."""
    code = ord(ch)
    if ord('0') <= code <= ord('9'):
        return code - ord('0')
    if ord('a') <= code <= ord('f'):
        return code - ord('a') + 10
    if ord('A') <= code <= ord('F'):
        return code - ord('A') + 10
    return -1


def hex4(space, w_string, s, start):
    """The value of the 4 hex digits at s[start:start + 4] (in bounds)."""
    value = 0
    for i in range(start, start + 4):
        digit = hex_value(s[i])
        if digit < 0:
            raise decode_error(space, "Invalid \\uXXXX escape", w_string,
                               start - 1)
        value = (value << 4) | digit
    return value


def scan(space, w_string, s, end, strict):
    """(the string literal's value, the index after its closing quote),
    for the literal whose opening quote is at end - 1: CPython's
    scanstring_unicode, with its error messages and positions."""
    n = len(s)
    begin = end - 1
    if end < 0 or end > n:
        raise space.error(space.w_ValueError, "end is out of bounds")
    builder = None
    while True:
        pos = end
        ch = u'\0'
        while pos < n:
            ch = s[pos]
            if ch == u'"' or ch == u'\\':
                break
            if ord(ch) <= 0x1f and strict:
                raise decode_error(space, "Invalid control character at",
                                   w_string, pos)
            pos += 1
        if pos == n or (ch != u'"' and ch != u'\\'):
            raise decode_error(space, "Unterminated string starting at",
                               w_string, begin)
        assert end >= 0
        if ch == u'"' and builder is None:     # no escape: a slice
            return s[end:pos], pos + 1
        if builder is None:
            builder = UnicodeBuilder(pos - end + 16)
        builder.append_slice(s, end, pos)
        pos += 1
        if ch == u'"':
            return builder.build(), pos
        if pos == n:
            raise decode_error(space, "Unterminated string starting at",
                               w_string, begin)
        escape = s[pos]
        if escape != u'u':
            end = pos + 1
            k = ESCAPED.find(escape)
            if k < 0:
                raise decode_error(space, "Invalid \\escape", w_string,
                                   end - 2)
            builder.append(UNESCAPED[k])
            continue
        pos += 1
        end = pos + 4
        if end >= n:
            raise decode_error(space, "Invalid \\uXXXX escape", w_string,
                               pos - 1)
        code = hex4(space, w_string, s, pos)
        if 0xd800 <= code <= 0xdbff and end + 6 < n and \
                s[end] == u'\\' and s[end + 1] == u'u':
            low = hex4(space, w_string, s, end + 2)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        builder.append(unichr(code))


def append_u_escape(builder, code):
    builder.append(u'\\u')
    for shift in [12, 8, 4, 0]:
        builder.append(HEX_DIGITS[(code >> shift) & 0xf])


def append_escape(builder, ch, ascii_only):
    """ch escaped as json.encoder's ESCAPE_DCT does, or as is."""
    code = ord(ch)
    if ch == u'"' or ch == u'\\':
        builder.append(u'\\')
        builder.append(ch)
        return
    if code >= 0x20 and (code < 0x7f or not ascii_only):
        builder.append(ch)
        return
    k = UNESCAPED.find(ch)
    if k >= 0:
        builder.append(u'\\')
        builder.append(ESCAPED[k])
    elif code >= 0x10000:       # a surrogate pair
        code -= 0x10000
        append_u_escape(builder, 0xd800 | ((code >> 10) & 0x3ff))
        append_u_escape(builder, 0xdc00 | (code & 0x3ff))
    else:
        append_u_escape(builder, code)


def append_literal(builder, s, ascii_only):
    """Appends s as a JSON string literal, in quotes."""
    builder.append(u'"')
    for ch in s:
        append_escape(builder, ch, ascii_only)
    builder.append(u'"')
