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


def stream_write(space, args):
    check_args(space, args, 'write', 2, 2)
    u = space.text_w(args.arguments_w[1])
    self_stream(args).write_utf8(unicode_encode_utf_8(u, len(u), 'replace'))
    return space.newint(len(u))


def stream_flush(space, args):
    check_args(space, args, 'flush', 1, 1)
    self_stream(args).flush()
    return space.w_None


stream_methods = {'write': stream_write, 'flush': stream_flush}


def stream_get_encoding(space, w_stream):
    """What the streams write: UTF-8 (doctest reads sys.stdout.encoding)."""
    return space.newtext(u'utf-8')


stream_getset = {'encoding': stream_get_encoding}
