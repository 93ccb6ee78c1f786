"""The _struct module behind struct: pack, unpack, pack_into,
unpack_from, iter_unpack, calcsize, the Struct class and struct.error.
Formats are parsed once (formats.py) and kept in a small cache, as
CPython's module-level functions do."""

from rpython.rlib.rbigint import rbigint
from rpython.rlib.rstruct.error import StructError
from pypy.interpreter.arguments import (check_args, check_keywords,
    keyword_value, self_of)
from pypy.interpreter.error import OperationError
from pypy.interpreter.function import BuiltinFunction
from pypy.objspace.root import W_Root, W_Iterator
from pypy.objspace.typeobject import TypeDef
from pypy.objspace.strobject import W_StrObject
from pypy.objspace.bytesobject import W_BytesObject
from pypy.objspace.excobject import new_exception
from pypy.module._struct.formats import parse_format
from pypy.module._struct import codec

CACHE_LIMIT = 100


class FormatCache(object):
    def __init__(self):
        self.formats = {}

FORMAT_CACHE = FormatCache()


def struct_error(space, e):
    return space.error(space.w_struct_error, e.msg)


def format_of(space, w_fmt, fname):
    """The parsed Format of a str or bytes format argument."""
    if isinstance(w_fmt, W_StrObject):
        fmt = space.text_utf8(w_fmt)
    elif isinstance(w_fmt, W_BytesObject):
        fmt = w_fmt.value
    else:
        raise space.error(space.w_TypeError,
                          "%s() argument 1 must be a str or bytes object, "
                          "not %s" % (fname,
                                      space.type_name(space.type(w_fmt))))
    cache = FORMAT_CACHE.formats
    parsed = cache.get(fmt, None)
    if parsed is None:
        try:
            parsed = parse_format(fmt)
        except StructError as e:
            raise struct_error(space, e)
        if len(cache) >= CACHE_LIMIT:
            cache.clear()
        cache[fmt] = parsed
    return parsed


def pack_w(space, fmt, args_w):
    try:
        return codec.pack(space, fmt, args_w)
    except StructError as e:
        raise struct_error(space, e)


def unpack_w(space, fmt, w_buffer):
    s = codec.readable_bytes(space, w_buffer)
    if len(s) != fmt.size:
        raise space.error(space.w_struct_error,
                          "unpack requires a buffer of %d bytes" % fmt.size)
    return codec.unpack(space, fmt, s, 0)


def buffer_offset(space, fmt, length, offset, what):
    """The non-negative start of `fmt`'s bytes at `offset` in a buffer of
    `length` bytes, with CPython's errors (what: 'unpack'/'pack')."""
    if offset < 0:
        if offset + length < 0:
            raise space.error(space.w_struct_error,
                              "offset %d out of range for %d-byte buffer" %
                              (offset, length))
        if offset + fmt.size > 0:       # would run past the end
            if what == 'unpack':
                msg = "not enough data to unpack %d bytes at offset %d" % (
                    fmt.size, offset)
            else:
                msg = "no space to pack %d bytes at offset %d" % (
                    fmt.size, offset)
            raise space.error(space.w_struct_error, msg)
        offset += length
    elif length - offset < fmt.size:
        # the size needed may pass the machine word: CPython's size_t sum
        needed = rbigint.fromint(fmt.size).add(rbigint.fromint(offset)).str()
        if what == 'unpack':
            msg = "unpack_from requires a buffer of at least %s bytes for " \
                  "unpacking %d bytes at offset %d (actual buffer size is " \
                  "%d)" % (needed, fmt.size, offset, length)
        else:
            msg = "pack_into requires a buffer of at least %s bytes for " \
                  "packing %d bytes at offset %d (actual buffer size is " \
                  "%d)" % (needed, fmt.size, offset, length)
        raise space.error(space.w_struct_error, msg)
    return offset


def unpack_from_w(space, fmt, args, first, fname):
    """unpack_from's (buffer, offset=0) from argument index `first`."""
    check_keywords(space, args, fname, ['buffer', 'offset'])
    args_w = args.arguments_w
    if len(args_w) > first + 2:
        raise space.error(space.w_TypeError, "%s() takes at most %d "
                          "arguments (%d given)" % (fname, first + 2,
                                                    len(args_w)))
    w_buffer = keyword_value(args, 'buffer')
    w_offset = keyword_value(args, 'offset')
    if len(args_w) > first:
        w_buffer = args_w[first]
    if len(args_w) > first + 1:
        w_offset = args_w[first + 1]
    if w_buffer is None:
        raise space.error(space.w_TypeError, "%s() missing required "
                          "argument 'buffer' (pos %d)" % (fname, first + 1))
    offset = 0
    if w_offset is not None:
        offset = space.getindex_w(w_offset)
    s = codec.readable_bytes(space, w_buffer)
    start = buffer_offset(space, fmt, len(s), offset, 'unpack')
    return codec.unpack(space, fmt, s, start)


def pack_into_w(space, fmt, args_w, fname):
    """pack_into's (buffer, offset, *values) from args_w."""
    if len(args_w) < 1:
        raise space.error(space.w_TypeError, "%s expected buffer argument"
                          % fname)
    if len(args_w) < 2:
        raise space.error(space.w_TypeError, "%s expected offset argument"
                          % fname)
    w_buffer = args_w[0]
    chars = w_buffer.writable_chars()     # bytearray, array.array
    if chars is None:
        raise space.error(space.w_TypeError, "argument must be read-write "
                          "bytes-like object, not %s" %
                          space.type_name(space.type(w_buffer)))
    offset = space.getindex_w(args_w[1])
    data = pack_w(space, fmt, args_w[2:])
    start = buffer_offset(space, fmt, len(chars), offset, 'pack')
    for i in range(len(data)):
        chars[start + i] = data[i]
    return space.w_None


class W_UnpackIterator(W_Iterator):
    """iter_unpack(): the values of each successive `fmt.size` bytes."""

    def __init__(self, fmt, data):
        self.fmt = fmt
        self.data = data
        self.pos = 0

    def getclass(self, space):
        return space.w_struct_unpack_iterator

    def next(self, space):
        if self.pos + self.fmt.size > len(self.data):
            return None
        w_values = codec.unpack(space, self.fmt, self.data, self.pos)
        self.pos += self.fmt.size
        return w_values


def iter_unpack_w(space, fmt, w_buffer):
    s = codec.readable_bytes(space, w_buffer)
    if fmt.size == 0:
        raise space.error(space.w_struct_error,
                          "cannot iteratively unpack with a struct of "
                          "length 0")
    if len(s) % fmt.size != 0:
        raise space.error(space.w_struct_error,
                          "iterative unpacking requires a buffer of a "
                          "multiple of %d bytes" % fmt.size)
    return W_UnpackIterator(fmt, s)


def unpack_iterator_length_hint(space, args):
    check_args(space, args, '__length_hint__', 1, 1)
    w_self = args.arguments_w[0]
    if not isinstance(w_self, W_UnpackIterator):
        raise space.error(space.w_TypeError, "descriptor '__length_hint__' "
                          "requires a '_struct.unpack_iterator' object")
    return space.newint((len(w_self.data) - w_self.pos) // w_self.fmt.size)


# ____________________________________________________________
# the module's functions: the format first

def missing_format(space, args):
    if not args.arguments_w:
        raise space.error(space.w_TypeError, "missing format argument")


def struct_pack(space, args):
    check_args(space, args, 'pack', 0, 1 << 30)
    missing_format(space, args)
    fmt = format_of(space, args.arguments_w[0], 'Struct')
    return space.newbytes(pack_w(space, fmt, args.arguments_w[1:]))


def struct_unpack(space, args):
    check_args(space, args, 'unpack', 2, 2)
    return unpack_w(space, format_of(space, args.arguments_w[0], 'Struct'),
                    args.arguments_w[1])


def struct_pack_into(space, args):
    check_args(space, args, 'pack_into', 0, 1 << 30)
    missing_format(space, args)
    fmt = format_of(space, args.arguments_w[0], 'Struct')
    return pack_into_w(space, fmt, args.arguments_w[1:], 'pack_into')


def struct_unpack_from(space, args):
    if not args.arguments_w:
        raise space.error(space.w_TypeError, "unpack_from() missing "
                          "required argument 'format' (pos 1)")
    fmt = format_of(space, args.arguments_w[0], 'Struct')
    return unpack_from_w(space, fmt, args, 1, 'unpack_from')


def struct_iter_unpack(space, args):
    check_args(space, args, 'iter_unpack', 2, 2)
    return iter_unpack_w(space, format_of(space, args.arguments_w[0],
                                          'Struct'), args.arguments_w[1])


def struct_calcsize(space, args):
    check_args(space, args, '_struct.calcsize', 1, 1)
    return space.newint(format_of(space, args.arguments_w[0],
                                  'Struct').size)


def struct_clearcache(space, args):
    check_args(space, args, '_clearcache', 0, 0)
    FORMAT_CACHE.formats.clear()
    return space.w_None


# ____________________________________________________________
# the Struct class: the same, its format parsed once

class W_Struct(W_Root):
    def __init__(self, w_format, fmt):
        self.w_format = w_format
        self.fmt = fmt

    def getclass(self, space):
        return space.w_struct_Struct


def self_struct(space, args, fname):
    return self_of(space, args, fname, W_Struct, "'_struct.Struct' object")


def new_struct(space, w_type, args):
    check_keywords(space, args, 'Struct', ['format'])
    w_format = keyword_value(args, 'format')
    if args.arguments_w:
        check_args(space, args, 'Struct', 1, 1)
        w_format = args.arguments_w[0]
    if w_format is None:
        raise space.error(space.w_TypeError, "Struct() missing required "
                          "argument 'format' (pos 1)")
    fmt = format_of(space, w_format, 'Struct')
    return W_Struct(space.newtext_utf8(fmt.fmt), fmt)


def struct_method_pack(space, args):
    w_self = self_struct(space, args, 'pack')
    check_args(space, args, 'pack', 1, 1 << 30)
    return space.newbytes(pack_w(space, w_self.fmt, args.arguments_w[1:]))


def struct_method_unpack(space, args):
    w_self = self_struct(space, args, 'unpack')
    check_args(space, args, 'unpack', 2, 2)
    return unpack_w(space, w_self.fmt, args.arguments_w[1])


def struct_method_pack_into(space, args):
    w_self = self_struct(space, args, 'pack_into')
    check_args(space, args, 'pack_into', 1, 1 << 30)
    return pack_into_w(space, w_self.fmt, args.arguments_w[1:], 'pack_into')


def struct_method_unpack_from(space, args):
    w_self = self_struct(space, args, 'unpack_from')
    return unpack_from_w(space, w_self.fmt, args, 1, 'unpack_from')


def struct_method_iter_unpack(space, args):
    w_self = self_struct(space, args, 'iter_unpack')
    check_args(space, args, 'iter_unpack', 2, 2)
    return iter_unpack_w(space, w_self.fmt, args.arguments_w[1])


def struct_get_format(space, w_self):
    assert isinstance(w_self, W_Struct)
    return w_self.w_format


def struct_get_size(space, w_self):
    assert isinstance(w_self, W_Struct)
    return space.newint(w_self.fmt.size)


STRUCT_METHODS = {
    'pack': struct_method_pack, 'unpack': struct_method_unpack,
    'pack_into': struct_method_pack_into,
    'unpack_from': struct_method_unpack_from,
    'iter_unpack': struct_method_iter_unpack,
}

FUNCTIONS = [('pack', struct_pack), ('unpack', struct_unpack),
             ('pack_into', struct_pack_into),
             ('unpack_from', struct_unpack_from),
             ('iter_unpack', struct_iter_unpack),
             ('calcsize', struct_calcsize), ('_clearcache', struct_clearcache)]


def make_module(space):
    w_mod = space.newmodule('_struct')
    setitem = w_mod.w_dict.setitem_str
    for name, func in FUNCTIONS:
        setitem(space, name, BuiltinFunction(name, func))
    w_error = space.make_builtin_type('w_struct_error', TypeDef(
        'error', new=new_exception), [space.w_Exception])
    w_error.set_module_name(space, 'struct')
    w_struct = space.make_builtin_type('w_struct_Struct', TypeDef(
        'Struct', methods=STRUCT_METHODS, new=new_struct,
        getset={'format': struct_get_format, 'size': struct_get_size},
        acceptable_as_base=False), [space.w_object])
    from pypy.module.builtins.iterators import iterator_methods
    # __iter__ and __next__ in its dict: collections.abc.Iterator looks there
    iterator_methods = iterator_methods.copy()
    iterator_methods['__length_hint__'] = unpack_iterator_length_hint
    w_iterator = space.make_builtin_type(
        'w_struct_unpack_iterator', TypeDef(
            'unpack_iterator', methods=iterator_methods,
            acceptable_as_base=False), [space.w_object])
    for w_type in [w_struct, w_iterator]:
        w_type.set_module_name(space, '_struct')
    setitem(space, 'error', w_error)
    setitem(space, 'Struct', w_struct)
    return w_mod
