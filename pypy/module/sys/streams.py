"""sys.stdout / sys.stderr: buffered text streams over a file descriptor.

stdout is block-buffered unless it is a terminal (as CPython), so that
print() in a loop costs a memcpy, not a system call."""

import os
from rpython.rlib.runicode import unicode_encode_utf_8
from pypy.interpreter.arguments import check_args
from pypy.objspace.root import W_Root


class W_TextStream(W_Root):
    def __init__(self, fd, name, line_buffered):
        self.fd = fd
        self.name = name
        self.line_buffered = line_buffered
        self.buffer = []
        self.buffered = 0
        self.closed = False

    def getclass(self, space):
        return space.w_TextIOWrapper

    def repr(self, space):
        return space.newtext_utf8("<_io.TextIOWrapper name='%s' mode='w' "
                                  "encoding='utf-8'>" % self.name)

    def write_utf8(self, s):
        self.buffer.append(s)
        self.buffered += len(s)
        if self.buffered > 8192 or (self.line_buffered and '\n' in s):
            self.flush()

    def flush(self):
        data = ''.join(self.buffer)
        self.buffer = []
        self.buffered = 0
        while data:
            try:
                written = os.write(self.fd, data)
            except OSError:
                return
            data = data[written:]


def self_stream(args):
    w_self = args.arguments_w[0]
    assert isinstance(w_self, W_TextStream)
    return w_self


def open_stream(space, args):
    w_self = self_stream(args)
    if w_self.closed:
        raise space.error(space.w_ValueError, "I/O operation on closed file.")
    return w_self


def stream_write(space, args):
    check_args(space, args, 'write', 2, 2)
    u = space.text_w(args.arguments_w[1])
    open_stream(space, args).write_utf8(
        unicode_encode_utf_8(u, len(u), 'replace'))
    return space.newint(len(u))


def stream_flush(space, args):
    check_args(space, args, 'flush', 1, 1)
    open_stream(space, args).flush()
    return space.w_None


def close_stream(w_self):
    """`with sys.stdout:` (json.tool's output file) closes it, as on
    CPython; the descriptor stays open for the interpreter's own
    messages."""
    w_self.flush()
    w_self.closed = True


def stream_close(space, args):
    check_args(space, args, 'close', 1, 1)
    close_stream(self_stream(args))
    return space.w_None


def stream_exit(space, args):
    check_args(space, args, '__exit__', 4, 4)
    close_stream(self_stream(args))
    return space.w_None


def stream_enter(space, args):
    check_args(space, args, '__enter__', 1, 1)
    return open_stream(space, args)


def stream_isatty(space, args):
    """Whether the descriptor is a terminal (pytest's terminal reporter
    colours its output then)."""
    check_args(space, args, 'isatty', 1, 1)
    return space.newbool(os.isatty(open_stream(space, args).fd))


def stream_fileno(space, args):
    check_args(space, args, 'fileno', 1, 1)
    return space.newint(open_stream(space, args).fd)


def stream_writable(space, args):
    check_args(space, args, 'writable', 1, 1)
    open_stream(space, args)
    return space.w_True


def stream_readable(space, args):
    check_args(space, args, 'readable', 1, 1)
    open_stream(space, args)
    return space.w_False


stream_methods = {'write': stream_write, 'flush': stream_flush,
                  'close': stream_close, '__exit__': stream_exit,
                  '__enter__': stream_enter, 'isatty': stream_isatty,
                  'fileno': stream_fileno, 'writable': stream_writable,
                  'readable': stream_readable}


def stream_get_encoding(space, w_stream):
    """What the streams write: UTF-8 (doctest reads sys.stdout.encoding)."""
    return space.newtext(u'utf-8')


def stream_get_closed(space, w_stream):
    assert isinstance(w_stream, W_TextStream)
    return space.newbool(w_stream.closed)


stream_getset = {'encoding': stream_get_encoding,
                 'closed': stream_get_closed}
