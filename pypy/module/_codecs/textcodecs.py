"""The codec functions of the encodings package's utf_8 and
raw_unicode_escape modules (codecs.utf_8_encode, ...): each returns
(result, number of input items consumed).  pickle's protocol 0 writes and
reads str with raw-unicode-escape."""

from rpython.rlib.runicode import (str_decode_utf_8,
    str_decode_raw_unicode_escape, unicode_encode_raw_unicode_escape)
from pypy.interpreter.arguments import Arguments, check_args
from pypy.objspace.bytesobject import decode_error_handler, hex_digits
from pypy.objspace.bytearrayobject import bytes_like
from pypy.objspace.strobject import W_StrObject, str_encode


class DecodeFailure(Exception):
    """An undecodable input[start:end] under the 'strict' handler."""

    def __init__(self, start, end, reason):
        self.start = start
        self.end = end
        self.reason = reason


def strict_or_bytes_handler(errors, encoding, msg, s, startpos, endpos):
    """bytes.decode's handlers ('replace', 'ignore', 'surrogateescape');
    any other is 'strict'."""
    if errors == 'replace' or errors == 'ignore' or \
            errors == 'surrogateescape':
        text, resume = decode_error_handler(errors, encoding, msg, s,
                                            startpos, endpos)
        # (runicode's decoders slice from where decoding resumes)
        assert resume >= 0
        return text, resume
    raise DecodeFailure(startpos, endpos, msg)


def errors_arg(space, args, index):
    """The error handler name given at `index`: 'strict' when absent or
    None."""
    if len(args.arguments_w) > index:
        w_errors = args.arguments_w[index]
        if not space.is_none(w_errors):
            return space.text_utf8(w_errors)
    return 'strict'


def str_arg(space, args, fname):
    w_text = args.arguments_w[0]
    if not isinstance(w_text, W_StrObject):
        raise space.error(space.w_TypeError,
                          "%s() argument 1 must be str, not %s" % (
                              fname, space.type_name(space.type(w_text))))
    return w_text


def data_arg(space, args, fname):
    w_data = args.arguments_w[0]
    data = bytes_like(w_data)
    if data is None:
        raise space.error(space.w_TypeError,
                          "a bytes-like object is required, not '%s'" %
                          space.type_name(space.type(w_data)))
    return data


def decoded(space, text, consumed):
    return space.newtuple([space.newtext(text), space.newint(consumed)])


def codecs_utf_8_encode(space, args):
    check_args(space, args, 'utf_8_encode', 1, 2)
    w_text = str_arg(space, args, 'utf_8_encode')
    w_data = str_encode(space, Arguments([
        w_text, space.newtext(u'utf-8'),
        space.newtext_utf8(errors_arg(space, args, 1))]))
    return space.newtuple([w_data, space.newint(len(w_text.value))])


def codecs_utf_8_decode(space, args):
    """(text, bytes consumed): without `final`, an incomplete sequence at
    the end is left for the next call (the incremental decoder's)."""
    check_args(space, args, 'utf_8_decode', 1, 3)
    data = data_arg(space, args, 'utf_8_decode')
    final = len(args.arguments_w) == 3 and space.is_true(args.arguments_w[2])
    try:
        text, consumed = str_decode_utf_8(
            data, len(data), errors_arg(space, args, 1), final=final,
            errorhandler=strict_or_bytes_handler)
    except DecodeFailure as e:
        raise space.error(space.w_UnicodeDecodeError,
                          "'utf-8' codec can't decode byte 0x%s in position "
                          "%d: %s" % (hex_digits(ord(data[e.start]), 2), e.start,
                                      e.reason))
    return decoded(space, text, consumed)


def codecs_raw_unicode_escape_encode(space, args):
    """Latin-1 characters as their byte, the others as \\uXXXX or
    \\UXXXXXXXX."""
    check_args(space, args, 'raw_unicode_escape_encode', 1, 2)
    text = str_arg(space, args, 'raw_unicode_escape_encode').value
    data = unicode_encode_raw_unicode_escape(text, len(text), 'strict')
    return space.newtuple([space.newbytes(data), space.newint(len(text))])


def codecs_raw_unicode_escape_decode(space, args):
    check_args(space, args, 'raw_unicode_escape_decode', 1, 3)
    data = data_arg(space, args, 'raw_unicode_escape_decode')
    try:
        text, consumed = str_decode_raw_unicode_escape(
            data, len(data), errors_arg(space, args, 1), final=True,
            errorhandler=strict_or_bytes_handler)
    except DecodeFailure as e:
        raise space.error(space.w_UnicodeDecodeError,
                          "'rawunicodeescape' codec can't decode bytes in "
                          "position %d-%d: %s" % (e.start, e.end - 1,
                                                  e.reason))
    return decoded(space, text, consumed)


FUNCTIONS = [('utf_8_encode', codecs_utf_8_encode),
             ('utf_8_decode', codecs_utf_8_decode),
             ('raw_unicode_escape_encode', codecs_raw_unicode_escape_encode),
             ('raw_unicode_escape_decode', codecs_raw_unicode_escape_decode)]
