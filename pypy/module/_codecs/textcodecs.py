"""The codec functions of the encodings package's utf_8, latin_1, ascii,
utf_16*, utf_32* and raw_unicode_escape modules (codecs.utf_8_encode,
...): each returns (result, number of input items consumed).  pickle's
protocol 0 writes and reads str with raw-unicode-escape, its protocols
below 3 bytes with latin-1 (codecs.encode)."""

from rpython.rlib import runicode
from rpython.rlib.runicode import (str_decode_utf_8,
    str_decode_raw_unicode_escape, unicode_encode_raw_unicode_escape)
from rpython.tool.sourcetools import func_with_new_name
from pypy.interpreter.arguments import Arguments, check_args
from pypy.objspace.bytesobject import decode_error_handler, hex_digits, \
    decode_bytes
from pypy.objspace.bytearrayobject import bytes_like
from pypy.objspace.strobject import W_StrObject, str_encode, encode_error


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


def single_byte_codec(fname, encoding):
    """fname_encode and fname_decode of latin-1 or ascii: str.encode's and
    bytes.decode's."""
    def encode(space, args):
        check_args(space, args, fname + '_encode', 1, 2)
        w_text = str_arg(space, args, fname + '_encode')
        w_data = str_encode(space, Arguments([
            w_text, space.newtext_utf8(encoding),
            space.newtext_utf8(errors_arg(space, args, 1))]))
        return space.newtuple([w_data, space.newint(len(w_text.value))])

    def decode(space, args):
        check_args(space, args, fname + '_decode', 1, 2)
        data = data_arg(space, args, fname + '_decode')
        return decoded(space, decode_bytes(space, data, encoding,
                                           errors_arg(space, args, 1)),
                       len(data))
    return [(fname + '_encode', func_with_new_name(encode, fname + '_encode')),
            (fname + '_decode', func_with_new_name(decode, fname + '_decode'))]


class EncodeFailure(Exception):
    """An unencodable lone surrogate at `pos` (what utf-16 and utf-32
    refuse unless the handler is 'surrogatepass')."""

    def __init__(self, pos, reason):
        self.pos = pos
        self.reason = reason


def encode_handler(errors, encoding, msg, s, startpos, endpos):
    """'replace' and 'ignore'; any other is 'strict'."""
    if errors == 'replace':
        return u'?', None, endpos
    if errors == 'ignore':
        return u'', None, endpos
    raise EncodeFailure(startpos, msg)


def utf_16_32_codec(fname, encoding, encoder, decoder):
    """fname_encode(str, errors) and fname_decode(data, errors, final) of
    one of the utf-16 and utf-32 codecs (rpython's runicode functions)."""
    def encode(space, args):
        check_args(space, args, fname + '_encode', 1, 3)
        text = str_arg(space, args, fname + '_encode').value
        errors = errors_arg(space, args, 1)
        try:
            data = encoder(text, len(text), errors,
                           errorhandler=encode_handler,
                           allow_surrogates=errors == 'surrogatepass')
        except EncodeFailure as e:
            raise encode_error(space, encoding, text, e.pos, e.reason)
        return space.newtuple([space.newbytes(data), space.newint(len(text))])

    def decode(space, args):
        check_args(space, args, fname + '_decode', 1, 3)
        data = data_arg(space, args, fname + '_decode')
        final = len(args.arguments_w) == 3 and \
            space.is_true(args.arguments_w[2])
        try:
            text, consumed = decoder(data, len(data), errors_arg(space, args, 1),
                                     final=final,
                                     errorhandler=strict_or_bytes_handler)
        except DecodeFailure as e:
            raise space.error(space.w_UnicodeDecodeError,
                              "'%s' codec can't decode bytes in position "
                              "%d-%d: %s" % (encoding, e.start, e.end - 1,
                                             e.reason))
        return decoded(space, text, consumed)
    return [(fname + '_encode', func_with_new_name(encode, fname + '_encode')),
            (fname + '_decode', func_with_new_name(decode, fname + '_decode'))]


FUNCTIONS = [('utf_8_encode', codecs_utf_8_encode),
             ('utf_8_decode', codecs_utf_8_decode),
             ('raw_unicode_escape_encode', codecs_raw_unicode_escape_encode),
             ('raw_unicode_escape_decode', codecs_raw_unicode_escape_decode)
             ] + single_byte_codec('latin_1', 'latin-1') + \
    single_byte_codec('ascii', 'ascii')
for _fname, _encoding, _encoder, _decoder in [
        ('utf_16', 'utf-16', runicode.py3k_unicode_encode_utf_16,
         runicode.py3k_str_decode_utf_16),
        ('utf_16_le', 'utf-16-le', runicode.py3k_unicode_encode_utf_16_le,
         runicode.py3k_str_decode_utf_16_le),
        ('utf_16_be', 'utf-16-be', runicode.py3k_unicode_encode_utf_16_be,
         runicode.py3k_str_decode_utf_16_be),
        ('utf_32', 'utf-32', runicode.py3k_unicode_encode_utf_32,
         runicode.py3k_str_decode_utf_32),
        ('utf_32_le', 'utf-32-le', runicode.py3k_unicode_encode_utf_32_le,
         runicode.py3k_str_decode_utf_32_le),
        ('utf_32_be', 'utf-32-be', runicode.py3k_unicode_encode_utf_32_be,
         runicode.py3k_str_decode_utf_32_be)]:
    FUNCTIONS += utf_16_32_codec(_fname, _encoding, _encoder, _decoder)
