"""The binascii module under base64, zipfile and friends: hexlify and
unhexlify (b2a_hex, a2b_hex), a2b_base64/b2a_base64, crc32, crc_hqx, and
binascii.Error (a ValueError) and binascii.Incomplete."""

from pypy.interpreter.arguments import (check_args, check_keywords,
    keyword_value)
from pypy.interpreter.function import BuiltinFunction
from pypy.objspace.bytearrayobject import bytes_like
from pypy.objspace.bytesobject import hex_of, hex_separator_args
from pypy.objspace.memoryviewobject import W_MemoryView
from pypy.objspace.strobject import W_StrObject
from pypy.objspace.excobject import new_exception
from pypy.objspace.typeobject import TypeDef
from rpython.tool.sourcetools import func_with_new_name
from pypy.module._struct.codec import readable_bytes
from pypy.module.binascii import ascii_codecs, checksums
from pypy.module.binascii.ascii_codecs import CodecError


def ascii_data(space, w_data):
    """The bytes of a bytes-like object or of an ASCII-only str, as
    binascii's a2b_* functions take."""
    if isinstance(w_data, W_StrObject):
        u = w_data.value
        for ch in u:
            if ord(ch) > 127:
                raise space.error(space.w_ValueError, "string argument "
                                  "should contain only ASCII characters")
        return u.encode('latin-1')
    if not isinstance(w_data, W_MemoryView) and bytes_like(w_data) is None:
        raise space.error(space.w_TypeError, "argument should be bytes, "
                          "buffer or ASCII string, not '%s'" %
                          space.type_name(space.type(w_data)))
    return readable_bytes(space, w_data)


def codec_error(space, e):
    return space.error(space.w_binascii_Error, e.msg)


def make_b2a_hex(fname):
    def b2a_hex(space, args):
        sep, bytes_per_sep = hex_separator_args(space, args, fname, False,
                                                True)
        if not args.arguments_w:
            raise space.error(space.w_TypeError, "%s() missing required "
                              "argument 'data' (pos 1)" % fname)
        data = readable_bytes(space, args.arguments_w[0])
        return space.newbytes(hex_of(data, sep, bytes_per_sep))
    return func_with_new_name(b2a_hex, fname)


def make_a2b_hex(fname):
    def a2b_hex(space, args):
        check_args(space, args, fname, 1, 1)
        data = ascii_data(space, args.arguments_w[0])
        try:
            return space.newbytes(ascii_codecs.a2b_hex(data))
        except CodecError as e:
            raise codec_error(space, e)
    return func_with_new_name(a2b_hex, fname)


def data_then_keywords(space, args, fname, keyword):
    """The one positional argument of a function taking a keyword-only
    flag, checked as CPython's argument clinic."""
    check_keywords(space, args, fname, [keyword])
    n = len(args.arguments_w)
    if n != 1:
        raise space.error(space.w_TypeError, "%s() takes exactly 1 "
                          "positional argument (%d given)" % (fname, n))
    return args.arguments_w[0]


def binascii_b2a_base64(space, args):
    data = readable_bytes(space, data_then_keywords(space, args,
                                                    'b2a_base64', 'newline'))
    w_newline = keyword_value(args, 'newline')
    newline = w_newline is None or space.is_true(w_newline)
    return space.newbytes(ascii_codecs.b2a_base64(data, newline))


def binascii_a2b_base64(space, args):
    data = ascii_data(space, data_then_keywords(space, args, 'a2b_base64',
                                                'strict_mode'))
    w_strict = keyword_value(args, 'strict_mode')
    strict_mode = w_strict is not None and space.is_true(w_strict)
    try:
        return space.newbytes(ascii_codecs.a2b_base64(data, strict_mode))
    except CodecError as e:
        raise codec_error(space, e)


def checksum_start(space, args):
    """The running checksum (crc32's `crc`, crc_hqx's `value`): any int,
    masked to 32 bits as CPython's unsigned int converter."""
    w_start = args.arguments_w[1] if len(args.arguments_w) > 1 else None
    if w_start is None:
        return 0
    return space.getindex_w(w_start) & 0xFFFFFFFF


def binascii_crc32(space, args):
    check_args(space, args, 'crc32', 1, 2)
    data = readable_bytes(space, args.arguments_w[0])
    return space.newint(checksums.crc32(data, checksum_start(space, args)))


def binascii_crc_hqx(space, args):
    check_args(space, args, 'crc_hqx', 2, 2)
    data = readable_bytes(space, args.arguments_w[0])
    return space.newint(checksums.crc_hqx(data, checksum_start(space, args)))


FUNCTIONS = [('hexlify', make_b2a_hex('hexlify')),
             ('b2a_hex', make_b2a_hex('b2a_hex')),
             ('unhexlify', make_a2b_hex('unhexlify')),
             ('a2b_hex', make_a2b_hex('a2b_hex')),
             ('b2a_base64', binascii_b2a_base64),
             ('a2b_base64', binascii_a2b_base64),
             ('crc32', binascii_crc32), ('crc_hqx', binascii_crc_hqx)]


def make_module(space):
    w_mod = space.newmodule('binascii')
    setitem = w_mod.w_dict.setitem_str
    for name, func in FUNCTIONS:
        setitem(space, name, BuiltinFunction(name, func))
    w_error = space.make_builtin_type('w_binascii_Error', TypeDef(
        'Error', new=new_exception), [space.w_ValueError])
    w_incomplete = space.make_builtin_type('w_binascii_Incomplete', TypeDef(
        'Incomplete', new=new_exception), [space.w_Exception])
    for w_type in [w_error, w_incomplete]:
        w_type.set_module_name(space, 'binascii')
    setitem(space, 'Error', w_error)
    setitem(space, 'Incomplete', w_incomplete)
    return w_mod
