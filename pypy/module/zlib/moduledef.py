"""The zlib module over libz (rpython/rlib/rzlib): compress/decompress,
compressobj/decompressobj with flush and unused_data, crc32, adler32,
zlib.error and the constants, with CPython 3.11's messages."""

import sys

from rpython.rlib import rgc, rzlib
from rpython.rlib.objectmodel import we_are_translated
from rpython.rlib.rarithmetic import intmask
from rpython.rtyper.lltypesystem import lltype, rffi
from pypy.interpreter.arguments import (check_args, check_keywords,
    check_positional, self_of)
from pypy.interpreter.function import BuiltinFunction
from pypy.objspace.root import W_Root
from pypy.objspace.excobject import new_exception
from pypy.objspace.typeobject import TypeDef
from pypy.module.micronumpy.funcargs import arg, int_arg
from pypy.module._struct.codec import readable_bytes

DEF_BUF_SIZE = 16384
# what zlib.h defines that rzlib does not read
Z_NO_COMPRESSION = 0
Z_PARTIAL_FLUSH = 1
Z_BLOCK = 5
Z_TREES = 6
Z_RLE = 3
Z_FIXED = 4

CONSTANTS = [
    ('MAX_WBITS', rzlib.MAX_WBITS), ('DEFLATED', rzlib.DEFLATED),
    ('DEF_MEM_LEVEL', rzlib.DEF_MEM_LEVEL), ('DEF_BUF_SIZE', DEF_BUF_SIZE),
    ('Z_NO_COMPRESSION', Z_NO_COMPRESSION),
    ('Z_BEST_SPEED', rzlib.Z_BEST_SPEED),
    ('Z_BEST_COMPRESSION', rzlib.Z_BEST_COMPRESSION),
    ('Z_DEFAULT_COMPRESSION', rzlib.Z_DEFAULT_COMPRESSION),
    ('Z_FILTERED', rzlib.Z_FILTERED), ('Z_HUFFMAN_ONLY', rzlib.Z_HUFFMAN_ONLY),
    ('Z_RLE', Z_RLE), ('Z_FIXED', Z_FIXED),
    ('Z_DEFAULT_STRATEGY', rzlib.Z_DEFAULT_STRATEGY),
    ('Z_NO_FLUSH', rzlib.Z_NO_FLUSH), ('Z_PARTIAL_FLUSH', Z_PARTIAL_FLUSH),
    ('Z_SYNC_FLUSH', rzlib.Z_SYNC_FLUSH), ('Z_FULL_FLUSH', rzlib.Z_FULL_FLUSH),
    ('Z_FINISH', rzlib.Z_FINISH), ('Z_BLOCK', Z_BLOCK), ('Z_TREES', Z_TREES)]


# for the light finalizers: no wrapper, which would not be light
deflate_end_light = rffi.llexternal(
    'deflateEnd', [rzlib.z_stream_p], rffi.INT,
    compilation_info=rzlib.eci, _nowrapper=True, releasegil=False)
inflate_end_light = rffi.llexternal(
    'inflateEnd', [rzlib.z_stream_p], rffi.INT,
    compilation_info=rzlib.eci, _nowrapper=True, releasegil=False)
# zlib's stream copies, which rzlib does not declare
deflate_copy = rffi.llexternal(
    'deflateCopy', [rzlib.z_stream_p, rzlib.z_stream_p], rffi.INT,
    compilation_info=rzlib.eci)
inflate_copy = rffi.llexternal(
    'inflateCopy', [rzlib.z_stream_p, rzlib.z_stream_p], rffi.INT,
    compilation_info=rzlib.eci)


def copy_stream(space, source, c_copy, while_doing):
    """A new stream with the state of `source`.  zlib's copy allocates
    that state itself: the new stream is not initialized first (its own
    state would leak)."""
    stream = lltype.malloc(rzlib.z_stream, flavor='raw', zero=True)
    rgc.add_memory_pressure(rffi.sizeof(rzlib.z_stream))
    err = c_copy(stream, source)
    if err != rzlib.Z_OK:
        lltype.free(stream, flavor='raw')
        raise zlib_error(space, rzlib.RZlibError.fromstream(
            source, err, while_doing).msg)
    return stream


def zlib_error(space, msg):
    return space.error(space.w_zlib_error, msg)


def stream_state_error(space, while_doing):
    """What zlib says of a stream already ended (after flush(Z_FINISH))."""
    return zlib_error(space, "Error -2 %s: inconsistent stream state" %
                      while_doing)


def checksum(space, args, fname, function, default):
    check_args(space, args, fname, 1, 2)
    data = readable_bytes(space, args.arguments_w[0])
    start = default
    if len(args.arguments_w) == 2:
        start = space.getindex_w(args.arguments_w[1]) & 0xFFFFFFFF
    return space.newint(intmask(function(data, start)) & 0xFFFFFFFF)


def zlib_crc32(space, args):
    return checksum(space, args, 'crc32', rzlib.crc32,
                    rzlib.CRC32_DEFAULT_START)


def zlib_adler32(space, args):
    return checksum(space, args, 'adler32', rzlib.adler32,
                    rzlib.ADLER32_DEFAULT_START)


def data_arg(space, args, fname, allowed):
    """The positional-only data, then keywords among `allowed`."""
    check_keywords(space, args, fname, allowed)
    check_positional(space, args, fname, 1, 1 + len(allowed))
    return readable_bytes(space, args.arguments_w[0])


def zlib_compress(space, args):
    data = data_arg(space, args, 'compress', ['level', 'wbits'])
    level = int_arg(space, args, 1, 'level', rzlib.Z_DEFAULT_COMPRESSION)
    wbits = int_arg(space, args, 2, 'wbits', rzlib.MAX_WBITS)
    try:
        stream = rzlib.deflateInit(level, wbits=wbits)
    except ValueError:
        raise zlib_error(space, "Bad compression level")
    except rzlib.RZlibError as e:
        raise zlib_error(space, e.msg)
    try:
        try:
            result = rzlib.compress(stream, data, rzlib.Z_FINISH)
        except rzlib.RZlibError as e:
            raise zlib_error(space, e.msg)
    finally:
        rzlib.deflateEnd(stream)
    return space.newbytes(result)


def zlib_decompress(space, args):
    data = data_arg(space, args, 'decompress', ['wbits', 'bufsize'])
    wbits = int_arg(space, args, 1, 'wbits', rzlib.MAX_WBITS)
    if int_arg(space, args, 2, 'bufsize', DEF_BUF_SIZE) < 0:
        raise space.error(space.w_ValueError,
                          "bufsize must be non-negative")
    try:
        stream = rzlib.inflateInit(wbits)
    except ValueError:
        raise stream_state_error(space, "while preparing to decompress data")
    except rzlib.RZlibError as e:
        raise zlib_error(space, e.msg)
    try:
        try:
            result, _, _ = rzlib.decompress(stream, data, rzlib.Z_FINISH)
        except rzlib.RZlibError as e:
            raise zlib_error(space, e.msg)
    finally:
        rzlib.inflateEnd(stream)
    return space.newbytes(result)


# ____________________________________________________________
# compressobj(): a deflate stream, ended by flush(Z_FINISH)

class W_Compress(W_Root):
    def __init__(self, stream):
        self.stream = stream

    @rgc.must_be_light_finalizer
    def __del__(self):
        # untranslated, the host's collector may run it at any time: the
        # stream is left to the process's end
        if self.stream and we_are_translated():
            deflate_end_light(self.stream)
            lltype.free(self.stream, flavor='raw')

    def getclass(self, space):
        return space.w_zlib_Compress

    def end(self):
        rzlib.deflateEnd(self.stream)
        self.stream = rzlib.null_stream


def self_compress(space, args, fname):
    return self_of(space, args, fname, W_Compress, "'zlib.Compress' object")


def zlib_compressobj(space, args):
    check_keywords(space, args, 'compressobj', ['level', 'method', 'wbits',
                                                'memLevel', 'strategy',
                                                'zdict'])
    check_positional(space, args, 'compressobj', 0, 6)
    level = int_arg(space, args, 0, 'level', rzlib.Z_DEFAULT_COMPRESSION)
    method = int_arg(space, args, 1, 'method', rzlib.DEFLATED)
    wbits = int_arg(space, args, 2, 'wbits', rzlib.MAX_WBITS)
    mem_level = int_arg(space, args, 3, 'memLevel', rzlib.DEF_MEM_LEVEL)
    strategy = int_arg(space, args, 4, 'strategy', rzlib.Z_DEFAULT_STRATEGY)
    w_zdict = arg(space, args, 5, 'zdict')
    zdict = None
    if w_zdict is not None and not space.is_none(w_zdict):
        zdict = readable_bytes(space, w_zdict)
    try:
        stream = rzlib.deflateInit(level, method, wbits, mem_level, strategy,
                                   zdict)
    except ValueError:
        raise space.error(space.w_ValueError, "Invalid initialization option")
    except rzlib.RZlibError as e:
        raise zlib_error(space, e.msg)
    return W_Compress(stream)


def compress_compress(space, args):
    check_args(space, args, 'compress', 2, 2)
    w_self = self_compress(space, args, 'compress')
    data = readable_bytes(space, args.arguments_w[1])
    if not w_self.stream:
        raise stream_state_error(space, "while compressing data")
    try:
        return space.newbytes(rzlib.compress(w_self.stream, data))
    except rzlib.RZlibError as e:
        raise zlib_error(space, e.msg)


def compress_flush(space, args):
    check_args(space, args, 'flush', 1, 2)
    w_self = self_compress(space, args, 'flush')
    mode = rzlib.Z_FINISH
    if len(args.arguments_w) == 2:
        mode = space.getindex_w(args.arguments_w[1])
    if mode == rzlib.Z_NO_FLUSH:
        return space.newbytes('')
    if not w_self.stream:
        raise stream_state_error(space, "while flushing")
    try:
        result = rzlib.compress(w_self.stream, '', mode)
    except rzlib.RZlibError as e:
        raise zlib_error(space, e.msg)
    if mode == rzlib.Z_FINISH:
        w_self.end()
    return space.newbytes(result)


def compress_copy(space, args):
    """copy(), __copy__() and __deepcopy__(memo): a compressor going on
    independently from the same state."""
    check_args(space, args, 'copy', 1, 2)
    w_self = self_compress(space, args, 'copy')
    if not w_self.stream:
        raise space.error(space.w_ValueError, "Inconsistent stream state")
    return W_Compress(copy_stream(space, w_self.stream, deflate_copy,
                                  "while copying compression object"))


# ____________________________________________________________
# decompressobj(): an inflate stream, with what follows its end
# (unused_data) and what max_length left unread (unconsumed_tail)

class W_Decompress(W_Root):
    def __init__(self, stream, zdict):
        self.stream = stream
        self.zdict = zdict
        self.unused_data = ''
        self.unconsumed_tail = ''
        self.eof = False

    @rgc.must_be_light_finalizer
    def __del__(self):
        if self.stream and we_are_translated():
            inflate_end_light(self.stream)
            lltype.free(self.stream, flavor='raw')

    def getclass(self, space):
        return space.w_zlib_Decompress

    def inflate(self, space, data, max_length):
        """Decompresses what it can of `data` and keeps the rest where it
        belongs."""
        if not self.stream:
            raise stream_state_error(space, "while decompressing data")
        try:
            result, finished, unused = rzlib.decompress(
                self.stream, data, rzlib.Z_SYNC_FLUSH, max_length,
                zdict=self.zdict)
        except rzlib.RZlibError as e:
            raise zlib_error(space, e.msg)
        start = len(data) - unused
        assert start >= 0
        if finished:
            self.eof = True
            self.unused_data += data[start:]
            self.unconsumed_tail = ''
        else:
            self.unconsumed_tail = data[start:]
        return result


def self_decompress(space, args, fname):
    return self_of(space, args, fname, W_Decompress,
                   "'zlib.Decompress' object")


def zlib_decompressobj(space, args):
    check_keywords(space, args, 'decompressobj', ['wbits', 'zdict'])
    check_positional(space, args, 'decompressobj', 0, 2)
    wbits = int_arg(space, args, 0, 'wbits', rzlib.MAX_WBITS)
    w_zdict = arg(space, args, 1, 'zdict')
    zdict = None
    if w_zdict is not None:
        zdict = readable_bytes(space, w_zdict)
    try:
        stream = rzlib.inflateInit(wbits, zdict)
    except ValueError:
        raise space.error(space.w_ValueError, "Invalid initialization option")
    except rzlib.RZlibError as e:
        raise zlib_error(space, e.msg)
    return W_Decompress(stream, zdict)


def decompress_decompress(space, args):
    check_keywords(space, args, 'decompress', ['max_length'])
    check_positional(space, args, 'decompress', 2, 3)
    w_self = self_decompress(space, args, 'decompress')
    data = readable_bytes(space, args.arguments_w[1])
    max_length = int_arg(space, args, 2, 'max_length', 0)
    if max_length < 0:
        raise space.error(space.w_ValueError,
                          "max_length must be non-negative")
    if max_length == 0:
        max_length = sys.maxint
    return space.newbytes(w_self.inflate(space, data, max_length))


def decompress_flush(space, args):
    """The rest of the unconsumed tail, without a limit (`length` is only
    a buffer size for CPython)."""
    check_args(space, args, 'flush', 1, 2)
    w_self = self_decompress(space, args, 'flush')
    if len(args.arguments_w) == 2 and \
            space.getindex_w(args.arguments_w[1]) <= 0:
        raise space.error(space.w_ValueError, "length must be greater than "
                          "zero")
    return space.newbytes(w_self.inflate(space, w_self.unconsumed_tail,
                                         sys.maxint))


def decompress_copy(space, args):
    """copy(), __copy__() and __deepcopy__(memo), as compress_copy."""
    check_args(space, args, 'copy', 1, 2)
    w_self = self_decompress(space, args, 'copy')
    if not w_self.stream:
        raise space.error(space.w_ValueError, "Inconsistent stream state")
    w_copy = W_Decompress(copy_stream(space, w_self.stream, inflate_copy,
                                      "while copying decompression object"),
                          w_self.zdict)
    w_copy.unused_data = w_self.unused_data
    w_copy.unconsumed_tail = w_self.unconsumed_tail
    w_copy.eof = w_self.eof
    return w_copy


def decompress_get_unused_data(space, w_self):
    assert isinstance(w_self, W_Decompress)
    return space.newbytes(w_self.unused_data)


def decompress_get_unconsumed_tail(space, w_self):
    assert isinstance(w_self, W_Decompress)
    return space.newbytes(w_self.unconsumed_tail)


def decompress_get_eof(space, w_self):
    assert isinstance(w_self, W_Decompress)
    return space.newbool(w_self.eof)


FUNCTIONS = [('compress', zlib_compress), ('decompress', zlib_decompress),
             ('compressobj', zlib_compressobj),
             ('decompressobj', zlib_decompressobj),
             ('crc32', zlib_crc32), ('adler32', zlib_adler32)]


def make_module(space):
    w_mod = space.newmodule('zlib')
    setitem = w_mod.w_dict.setitem_str
    for name, func in FUNCTIONS:
        setitem(space, name, BuiltinFunction(name, func))
    for name, value in CONSTANTS:
        setitem(space, name, space.newint(value))
    version = space.newtext_ascii(rzlib.ZLIB_VERSION)
    setitem(space, 'ZLIB_VERSION', version)
    setitem(space, 'ZLIB_RUNTIME_VERSION', version)
    w_error = space.make_builtin_type('w_zlib_error', TypeDef(
        'error', new=new_exception), [space.w_Exception])
    w_compress = space.make_builtin_type('w_zlib_Compress', TypeDef(
        'Compress', methods={'compress': compress_compress,
                             'flush': compress_flush, 'copy': compress_copy,
                             '__copy__': compress_copy,
                             '__deepcopy__': compress_copy},
        acceptable_as_base=False), [space.w_object])
    w_decompress = space.make_builtin_type('w_zlib_Decompress', TypeDef(
        'Decompress', methods={'decompress': decompress_decompress,
                               'flush': decompress_flush,
                               'copy': decompress_copy,
                               '__copy__': decompress_copy,
                               '__deepcopy__': decompress_copy},
        getset={'unused_data': decompress_get_unused_data,
                'unconsumed_tail': decompress_get_unconsumed_tail,
                'eof': decompress_get_eof},
        acceptable_as_base=False), [space.w_object])
    for w_type in [w_error, w_compress, w_decompress]:
        w_type.set_module_name(space, 'zlib')
    setitem(space, 'error', w_error)
    return w_mod
