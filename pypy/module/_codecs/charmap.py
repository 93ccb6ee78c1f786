"""The charmap codec: _codecs.charmap_decode, charmap_encode and
charmap_build, which the single-byte codecs of the encodings package
(cp437, cp1252, koi8_r...) are made of.

A decoding mapping is a str indexed by byte value ('\\ufffe' and bytes past
its end are undefined) or any object indexed by byte value (giving an int
code point, a str or None).  An encoding mapping is indexed by code point
and gives an int byte value, bytes or None: charmap_build's dict or the
codec's own dict.  Undefined bytes and characters go to the error handlers
CPython builds in: strict, ignore, replace and backslashreplace."""

from rpython.rlib.rstring import StringBuilder, UnicodeBuilder
from pypy.interpreter.arguments import check_args
from pypy.interpreter.error import OperationError
from pypy.module._struct.codec import readable_bytes
from pypy.objspace.bytesobject import W_BytesObject
from pypy.objspace.strobject import (W_StrObject, hex_digits,
                                      backslash_escape, encode_error)

UNDEFINED = u'\ufffe'
MAX_CODE_POINT = 0x10ffff


def unknown_error_handler(space, errors):
    return space.error(space.w_LookupError,
                       "unknown error handler name '%s'" % errors)


def codec_arguments(space, args, fname):
    """(the data argument, the error handler name, the mapping or None)."""
    check_args(space, args, fname, 1, 3)
    args_w = args.arguments_w
    errors = 'strict'
    if len(args_w) > 1 and not space.is_none(args_w[1]):
        errors = space.text_utf8(args_w[1])
    w_mapping = None
    if len(args_w) > 2 and not space.is_none(args_w[2]):
        w_mapping = args_w[2]
    return args_w[0], errors, w_mapping


def lookup_or_none(space, w_mapping, code):
    """w_mapping[code], None where the mapping raises LookupError."""
    try:
        return space.getitem(w_mapping, space.newint(code))
    except OperationError as e:
        if not e.match(space, space.w_LookupError):
            raise
        return None


# ____________________________________________________________
# decoding

def decoded_byte(space, w_mapping, code):
    """The text byte `code` decodes to, or None where it is undefined."""
    if w_mapping is None:
        return unichr(code)
    if isinstance(w_mapping, W_StrObject):
        table = w_mapping.value
        if code >= len(table) or table[code] == UNDEFINED:
            return None
        return table[code]
    w_value = lookup_or_none(space, w_mapping, code)
    if w_value is None or space.is_none(w_value):
        return None
    if space.isinstance_w(w_value, space.w_int):
        value = space.int_w(w_value)
        if not 0 <= value <= MAX_CODE_POINT:
            raise space.error(space.w_TypeError, "character mapping must "
                              "be in range(0x110000)")
        if value == ord(UNDEFINED):
            return None
        return unichr(value)
    if isinstance(w_value, W_StrObject):
        if w_value.value == UNDEFINED:
            return None
        return w_value.value
    raise space.error(space.w_TypeError, "character mapping must return "
                      "integer, None or str")


def decoding_replacement(space, errors, data, pos):
    """What stands for the undefined byte data[pos] under `errors`."""
    code = ord(data[pos])
    if errors == 'strict':
        raise space.error(space.w_UnicodeDecodeError,
                          "'charmap' codec can't decode byte 0x%s in "
                          "position %d: character maps to <undefined>" %
                          (hex_digits(code, 2), pos))
    if errors == 'ignore':
        return u''
    if errors == 'replace':
        return u'\ufffd'
    if errors == 'backslashreplace':
        return backslash_escape(code).decode('latin-1')
    raise unknown_error_handler(space, errors)


def charmap_decode_bytes(space, data, errors, w_mapping):
    """The text of `data` through the decoding mapping (latin-1 without)."""
    b = UnicodeBuilder(len(data))
    for pos in range(len(data)):
        text = decoded_byte(space, w_mapping, ord(data[pos]))
        if text is None:
            text = decoding_replacement(space, errors, data, pos)
        b.append(text)
    return b.build()


def charmap_decode(space, args):
    w_data, errors, w_mapping = codec_arguments(space, args,
                                                'charmap_decode')
    data = readable_bytes(space, w_data)
    text = charmap_decode_bytes(space, data, errors, w_mapping)
    return space.newtuple([space.newtext(text), space.newint(len(data))])


# ____________________________________________________________
# encoding

def append_encoded(space, w_mapping, ch, b):
    """Appends the bytes of character `ch` to the StringBuilder b; False
    where `ch` is undefined."""
    code = ord(ch)
    if w_mapping is None:
        if code >= 256:
            return False
        b.append(chr(code))
        return True
    w_value = lookup_or_none(space, w_mapping, code)
    if w_value is None or space.is_none(w_value):
        return False
    if space.isinstance_w(w_value, space.w_int):
        value = space.int_w(w_value)
        if not 0 <= value < 256:
            raise space.error(space.w_TypeError, "character mapping must "
                              "be in range(256)")
        b.append(chr(value))
        return True
    if isinstance(w_value, W_BytesObject):
        b.append(w_value.value)
        return True
    raise space.error(space.w_TypeError, "character mapping must return "
                      "integer, bytes or None, not %s" %
                      space.type_name(space.type(w_value)))


def undefined_character(space, text, pos):
    return encode_error(space, 'charmap', text, pos,
                        'character maps to <undefined>')


def encoding_replacement(space, errors, text, pos):
    """What stands for the undefined character text[pos] under `errors`
    (encoded through the mapping in its turn)."""
    if errors == 'strict':
        raise undefined_character(space, text, pos)
    if errors == 'ignore':
        return u''
    if errors == 'replace':
        return u'?'
    if errors == 'backslashreplace':
        return backslash_escape(ord(text[pos])).decode('latin-1')
    raise unknown_error_handler(space, errors)


def charmap_encode_text(space, text, errors, w_mapping):
    """The bytes of `text` through the encoding mapping (latin-1 without)."""
    b = StringBuilder(len(text))
    for pos in range(len(text)):
        if append_encoded(space, w_mapping, text[pos], b):
            continue
        for ch in encoding_replacement(space, errors, text, pos):
            if not append_encoded(space, w_mapping, ch, b):
                raise undefined_character(space, text, pos)
    return b.build()


def charmap_encode(space, args):
    w_text, errors, w_mapping = codec_arguments(space, args,
                                                'charmap_encode')
    text = space.text_w(w_text)
    data = charmap_encode_text(space, text, errors, w_mapping)
    return space.newtuple([space.newbytes(data), space.newint(len(text))])


def charmap_build(space, args):
    """The encoding mapping of a decoding table: {code point: byte}
    (CPython builds an EncodingMap, which encodes the same)."""
    check_args(space, args, 'charmap_build', 1, 1)
    table = space.text_w(args.arguments_w[0])
    w_map = space.newdict()
    for i in range(len(table)):
        if table[i] != UNDEFINED:
            space.setitem(w_map, space.newint(ord(table[i])),
                          space.newint(i))
    return w_map
