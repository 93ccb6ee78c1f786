"""The _io module behind io: open() is the built-in one (files are
pypy.module.builtins.fileobject's W_File, whose two types are
TextIOWrapper and BufferedReader), StringIO and BytesIO are memoryio's,
and the abstract bases _IOBase, _RawIOBase, _BufferedIOBase and
_TextIOBase are plain classes with IOBase's default methods, which io.py
subclasses with abc.ABCMeta.  FileIO, BufferedWriter, BufferedRandom,
BufferedRWPair and IncrementalNewlineDecoder exist as names (io.py
registers them with its ABCs) but cannot be instantiated yet."""

from pypy.interpreter.arguments import Arguments, check_args
from pypy.interpreter.function import BuiltinFunction, GetSetProperty
from pypy.objspace.typeobject import TypeDef, python_class
from pypy.module.builtins.fileobject import builtin_open
from pypy.module._io.memoryio import (W_StringIO, W_BytesIO, new_stringio,
    new_bytesio, memory_methods)

DEFAULT_BUFFER_SIZE = 8192


def io_open_code(space, args):
    check_args(space, args, 'open_code', 1, 1)
    return builtin_open(space, Arguments([args.arguments_w[0],
                                          space.newtext(u'rb')]))


def io_text_encoding(space, args):
    """The encoding open() uses when given None: pypy-c's locale encoding
    is UTF-8 (as CPython's UTF-8 mode)."""
    check_args(space, args, 'text_encoding', 1, 2)
    w_encoding = args.arguments_w[0]
    if space.is_none(w_encoding):
        return space.newtext(u'utf-8')
    return w_encoding


# ____________________________________________________________
# IOBase's default methods, for instances of Python subclasses

def iobase_self(space, args, fname, nmin, nmax):
    check_args(space, args, fname, nmin + 1, nmax + 1)
    return args.arguments_w[0]


def iobase_is_closed(space, w_self):
    w_flag = space.findattr(w_self, '__IOBase_closed')
    return w_flag is not None and space.is_true(w_flag)


def iobase_check_open(space, w_self):
    if iobase_is_closed(space, w_self):
        raise space.error(space.w_ValueError,
                          "I/O operation on closed file.")


def iobase_enter(space, args):
    w_self = iobase_self(space, args, '__enter__', 0, 0)
    iobase_check_open(space, w_self)
    return w_self


def iobase_exit(space, args):
    return space.call_method(iobase_self(space, args, '__exit__', 0, 3),
                             'close')


def iobase_close(space, args):
    w_self = iobase_self(space, args, 'close', 0, 0)
    if not iobase_is_closed(space, w_self):
        try:
            space.call_method(w_self, 'flush')
        finally:
            space.setattr(w_self, '__IOBase_closed', space.w_True)
    return space.w_None


def iobase_flush(space, args):
    iobase_check_open(space, iobase_self(space, args, 'flush', 0, 0))
    return space.w_None


def iobase_false(space, args):
    iobase_self(space, args, 'readable', 0, 0)
    return space.w_False


def iobase_next(space, args):
    w_self = iobase_self(space, args, '__next__', 0, 0)
    w_line = space.call_method(w_self, 'readline')
    if space.len_w(w_line) == 0:
        raise space.error(space.w_StopIteration, None)
    return w_line


def iobase_readlines(space, args):
    w_self = iobase_self(space, args, 'readlines', 0, 1)
    lines_w = []
    while True:
        w_line = space.call_method(w_self, 'readline')
        if space.len_w(w_line) == 0:
            return space.newlist(lines_w)
        lines_w.append(w_line)


def iobase_writelines(space, args):
    w_self = iobase_self(space, args, 'writelines', 1, 1)
    iobase_check_open(space, w_self)
    for w_line in space.unpackiterable(args.arguments_w[1]):
        space.call_method(w_self, 'write', w_line)
    return space.w_None


def iobase_fileno(space, args):
    iobase_self(space, args, 'fileno', 0, 0)
    raise space.error(space.w_io_UnsupportedOperation, "fileno")


def iobase_seek(space, args):
    iobase_self(space, args, 'seek', 1, 2)
    raise space.error(space.w_io_UnsupportedOperation, "seek")


def iobase_tell(space, args):
    # gzip's GzipFile.tell is this one, over its seek
    w_self = iobase_self(space, args, 'tell', 0, 0)
    return space.call_method(w_self, 'seek', space.newint(0),
                             space.newint(1))


def iobase_get_closed(space, w_self):
    return space.newbool(iobase_is_closed(space, w_self))


IOBASE_METHODS = {
    '__enter__': iobase_enter, '__exit__': iobase_exit,
    'close': iobase_close, 'flush': iobase_flush,
    'readable': iobase_false, 'writable': iobase_false,
    'seekable': iobase_false, 'isatty': iobase_false,
    '__iter__': iobase_enter, '__next__': iobase_next,
    'readlines': iobase_readlines, 'writelines': iobase_writelines,
    'fileno': iobase_fileno, 'seek': iobase_seek, 'tell': iobase_tell,
}


def make_module(space):
    w_mod = space.newmodule('_io')
    setitem = w_mod.w_dict.setitem_str
    setitem(space, 'DEFAULT_BUFFER_SIZE', space.newint(DEFAULT_BUFFER_SIZE))
    setitem(space, 'open', space.builtin_modules['builtins'].w_dict.
            getitem_str(space, 'open'))
    for name, func in [('open_code', io_open_code),
                       ('text_encoding', io_text_encoding)]:
        setitem(space, name, BuiltinFunction(name, func))
    space.w_io_UnsupportedOperation = python_class(
        space, 'UnsupportedOperation', [space.w_OSError, space.w_ValueError],
        {}, '_io')
    setitem(space, 'UnsupportedOperation', space.w_io_UnsupportedOperation)
    setitem(space, 'BlockingIOError', python_class(
        space, 'BlockingIOError', [space.w_OSError], {}, 'builtins'))
    w_iobase = python_class(space, '_IOBase', [space.w_object],
                            IOBASE_METHODS, '_io')
    w_iobase.dict_w['closed'] = GetSetProperty(iobase_get_closed)
    setitem(space, '_IOBase', w_iobase)
    for name in ['_RawIOBase', '_BufferedIOBase', '_TextIOBase']:
        setitem(space, name, python_class(space, name, [w_iobase], {},
                                          '_io'))
    for attrname, W_Class, name, new in [
            ('w_io_StringIO', W_StringIO, 'StringIO', new_stringio),
            ('w_io_BytesIO', W_BytesIO, 'BytesIO', new_bytesio)]:
        methods, getset = memory_methods(W_Class, name)
        w_type = space.make_builtin_type(attrname, TypeDef(
            name, methods=methods, getset=getset, new=new), [space.w_object])
        w_type.set_module_name(space, '_io')
        setitem(space, name, w_type)
    setitem(space, 'TextIOWrapper', space.w_TextIOWrapperFile)
    setitem(space, 'BufferedReader', space.w_BufferedFile)
    for name in ['FileIO', 'BufferedWriter', 'BufferedRandom',
                 'BufferedRWPair', 'IncrementalNewlineDecoder']:
        w_type = space.make_builtin_type('w_io_' + name, TypeDef(
            name, acceptable_as_base=False), [space.w_object])
        w_type.set_module_name(space, '_io')
        setitem(space, name, w_type)
    return w_mod
