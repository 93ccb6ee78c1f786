"""open() and the file objects it returns: text files (str, UTF-8 or
Latin-1/ASCII, universal newlines when reading) and binary files (bytes),
over a file descriptor with our own read and write buffers.  The same
buffers also serve BufferedReader(raw) and TextIOWrapper(buffer) over
other stream objects (gzip's): these read from, write to and close the
wrapped object, their w_stream, instead of a descriptor.

Unflushed writes are kept in FILES_WITH_PENDING_WRITES until flushed, so
that flush_all_files() (called at exit) loses no data; a file object that
is garbage collected closes its descriptor (a light finalizer)."""

import os
import stat
from rpython.rlib import rgc
from rpython.rlib.objectmodel import we_are_translated
from rpython.rlib.rarithmetic import intmask
from rpython.rlib.runicode import str_decode_utf_8, unicode_encode_utf_8
from rpython.rtyper.lltypesystem import rffi
from rpython.tool.sourcetools import func_with_new_name
from pypy.interpreter.arguments import check_args, keyword_value, \
    check_keywords
from pypy.interpreter.error import OperationError
from pypy.objspace.root import W_Root
from pypy.module.posix.oserror import wrap_oserror, oserror
from pypy.module._struct.codec import readable_bytes
from pypy.objspace.usersubclass import make_user_class

BUFSIZE = 65536

c_close_light = rffi.llexternal('close', [rffi.INT], rffi.INT,
                                _nowrapper=True, releasegil=False)

ENC_UTF8, ENC_LATIN1, ENC_ASCII = range(3)
ENCODING_NAMES = ['UTF-8', 'latin-1', 'ascii']


class PendingFiles(object):
    def __init__(self):
        self.files_w = []

FILES_WITH_PENDING_WRITES = PendingFiles()


def flush_all_files(space):
    files_w = FILES_WITH_PENDING_WRITES.files_w
    FILES_WITH_PENDING_WRITES.files_w = []
    for w_file in files_w:
        try:
            w_file.flush_writes(space)
        except OperationError:
            pass


class W_File(W_Root):
    # declared, as W_FileUser (instances of Python subclasses) adds its own
    _attrs_ = ['fd', 'w_name', 'mode', 'readable', 'writable', 'binary',
               'encoding', 'translate_newlines', 'closefd', 'rbuf', 'rpos',
               'eof', 'pending_cr', 'wbuf', 'wbuf_size', 'registered',
               'w_stream']

    def __init__(self, fd, w_name, mode, readable, writable, binary,
                 encoding, translate_newlines, closefd):
        self.fd = fd
        self.w_name = w_name
        self.mode = mode
        self.readable = readable
        self.writable = writable
        self.binary = binary
        self.encoding = encoding
        self.translate_newlines = translate_newlines
        self.closefd = closefd
        self.rbuf = ''
        self.rpos = 0
        self.eof = False
        self.pending_cr = False
        self.wbuf = []
        self.wbuf_size = 0
        self.registered = False
        self.w_stream = None    # the wrapped stream object, if any

    @rgc.must_be_light_finalizer
    def __del__(self):
        if self.fd >= 0 and self.closefd:
            if we_are_translated():
                c_close_light(rffi.cast(rffi.INT, self.fd))

    def getclass(self, space):
        if self.binary:
            return space.w_BufferedFile
        return space.w_TextIOWrapperFile

    def repr(self, space):
        name = space.repr_u(self.w_name)
        if self.binary:
            kind = u'BufferedWriter' if self.writable and not \
                self.readable else u'BufferedReader'
            if self.readable and self.writable:
                kind = u'BufferedRandom'
            return space.newtext(u'<_io.' + kind + u' name=' + name + u'>')
        return space.newtext(
            u'<_io.TextIOWrapper name=' + name + u' mode=' +
            space.repr_u(space.newtext_utf8(self.mode)) + u' encoding=' +
            space.repr_u(space.newtext_utf8(
                ENCODING_NAMES[self.encoding])) + u'>')

    def iter(self, space):
        self.check_open(space)
        return self

    def is_iterator(self):
        return True

    def next(self, space):
        w_line = self.readline(space, -1)
        if space.len_w(w_line) == 0:
            return None
        return w_line

    # --- state checks ---
    def is_closed(self, space):
        if self.w_stream is not None:
            return space.is_true(space.getattr(self.w_stream, 'closed'))
        return self.fd < 0

    def check_open(self, space):
        if self.is_closed(space):
            raise space.error(space.w_ValueError,
                              "I/O operation on closed file.")

    def check_readable(self, space):
        self.check_open(space)
        if not self.readable:
            raise space.error(space.w_OSError, "not readable")
        if self.wbuf_size > 0:
            self.flush_writes(space)

    def check_writable(self, space):
        self.check_open(space)
        if not self.writable:
            raise space.error(space.w_OSError, "not writable")
        if self.rpos < len(self.rbuf):
            # '+' modes: give back what was read ahead
            unread = len(self.rbuf) - self.rpos
            if self.w_stream is not None:
                self.stream_seek(space, -unread, 1)
            else:
                try:
                    os.lseek(self.fd, -unread, 1)
                except OSError:
                    pass
        self.rbuf = ''
        self.rpos = 0
        self.eof = False

    # --- reading (bytes, after newline translation) ---
    def fill(self, space):
        """Reads more bytes into rbuf (keeping the unread ones); sets eof
        at the end of the file."""
        if self.w_stream is not None:
            data = self.stream_read(space)
        else:
            try:
                data = os.read(self.fd, BUFSIZE)
            except OSError as e:
                raise wrap_oserror(space, e)
        start = self.rpos
        assert start >= 0
        if not data:
            self.eof = True
            if self.pending_cr:
                self.pending_cr = False
                self.rbuf = self.rbuf[start:] + '\n'
                self.rpos = 0
            return
        if self.translate_newlines:
            if self.pending_cr:
                data = '\r' + data
                self.pending_cr = False
            if data.endswith('\r'):
                self.pending_cr = True
                end = len(data) - 1
                assert end >= 0
                data = data[:end]
            if '\r' in data:
                data = translate_newlines(data)
        self.rbuf = self.rbuf[start:] + data
        self.rpos = 0

    def stream_read(self, space):
        # a non-blocking stream's None (no data yet) ends the reading too
        w_data = space.call_method(self.w_stream, 'read',
                                   space.newint(BUFSIZE))
        if space.is_none(w_data):
            return ''
        return readable_bytes(space, w_data)

    def stream_seek(self, space, offset, whence):
        return space.int_w(space.call_method(
            self.w_stream, 'seek', space.newint(offset),
            space.newint(whence)))

    def read_all_bytes(self, space):
        # the chunks are joined once at the end: growing rbuf by each
        # chunk would copy the whole content each time (quadratic)
        start = self.rpos
        assert start >= 0
        chunks = [self.rbuf[start:]]
        self.rbuf = ''
        self.rpos = 0
        while not self.eof:
            self.fill(space)
            chunks.append(self.rbuf)
            self.rbuf = ''
        return ''.join(chunks)

    def take(self, nbytes):
        start = self.rpos
        end = start + nbytes
        assert start >= 0 and end >= start
        data = self.rbuf[start:end]
        self.rpos = end
        return data

    def char_bytes(self, space, nchars):
        """How many bytes from rpos make nchars characters (reading more
        as needed; fewer at the end of the file)."""
        if self.binary or self.encoding != ENC_UTF8:
            while len(self.rbuf) - self.rpos < nchars and not self.eof:
                self.fill(space)
            return min(nchars, len(self.rbuf) - self.rpos)
        off = 0
        chars = 0
        while True:
            while self.rpos + off < len(self.rbuf):
                c = ord(self.rbuf[self.rpos + off])
                if (c & 0xC0) != 0x80:
                    if chars == nchars:
                        return off
                    chars += 1
                off += 1
            if self.eof:
                return off
            self.fill(space)

    def read_line_bytes(self, space):
        off = 0
        while True:
            start = self.rpos + off
            assert start >= 0
            i = self.rbuf.find('\n', start)
            if i >= 0:
                return self.take(i + 1 - self.rpos)
            off = len(self.rbuf) - self.rpos
            if self.eof:
                return self.take(off)
            self.fill(space)

    # --- conversions ---
    def decode(self, space, data):
        if self.binary:
            return space.newbytes(data)
        if self.encoding == ENC_UTF8:
            u, _ = str_decode_utf_8(data, len(data), 'replace', final=True)
            return space.newtext(u)
        if self.encoding == ENC_ASCII:
            for c in data:
                if ord(c) >= 128:
                    raise space.error(space.w_UnicodeError,
                                      "'ascii' codec can't decode byte "
                                      "0x%x" % ord(c))
        return space.newtext(data.decode('latin-1'))

    def encode(self, space, w_data):
        from pypy.objspace.memoryviewobject import buffer_data
        if self.binary:
            data = buffer_data(space, w_data)
            if data is None:
                raise space.error(space.w_TypeError,
                                  "a bytes-like object is required, not "
                                  "'%s'" % space.type_name(
                                      space.type(w_data)))
            return data, len(data)
        if not space.isinstance_w(w_data, space.w_str):
            raise space.error(space.w_TypeError,
                              "write() argument must be str, not %s" %
                              space.type_name(space.type(w_data)))
        u = space.text_w(w_data)
        if self.encoding == ENC_UTF8:
            return unicode_encode_utf_8(u, len(u), 'replace'), len(u)
        limit = 256 if self.encoding == ENC_LATIN1 else 128
        chars = []
        for ch in u:
            if ord(ch) >= limit:
                raise space.error(space.w_UnicodeError,
                                  "'%s' codec can't encode character" %
                                  ENCODING_NAMES[self.encoding])
            chars.append(chr(ord(ch)))
        return ''.join(chars), len(u)

    # --- the operations ---
    def read(self, space, size):
        self.check_readable(space)
        if size < 0:
            return self.decode(space, self.read_all_bytes(space))
        return self.decode(space, self.take(self.char_bytes(space, size)))

    def readline(self, space, size):
        self.check_readable(space)
        if size == 0:
            return self.decode(space, '')
        line = self.read_line_bytes(space)
        if size > 0:
            nbytes = count_bytes_of_chars(line, size, self.binary or
                                          self.encoding != ENC_UTF8)
            if nbytes < len(line):
                self.rpos -= len(line) - nbytes
                assert nbytes >= 0
                line = line[:nbytes]
        return self.decode(space, line)

    def write(self, space, w_data):
        self.check_writable(space)
        data, length = self.encode(space, w_data)
        self.wbuf.append(data)
        self.wbuf_size += len(data)
        if not self.registered:
            FILES_WITH_PENDING_WRITES.files_w.append(self)
            self.registered = True
        if self.wbuf_size >= BUFSIZE:
            self.flush_writes(space)
        return length

    def flush_writes(self, space):
        if self.registered:
            files_w = FILES_WITH_PENDING_WRITES.files_w
            for i in range(len(files_w)):
                if files_w[i] is self:
                    del files_w[i]
                    break
            self.registered = False
        if self.wbuf_size == 0 or self.is_closed(space):
            return
        data = ''.join(self.wbuf)
        self.wbuf = []
        self.wbuf_size = 0
        if self.w_stream is not None:
            space.call_method(self.w_stream, 'write', space.newbytes(data))
            return
        while data:
            try:
                written = os.write(self.fd, data)
            except OSError as e:
                raise wrap_oserror(space, e)
            assert written >= 0
            data = data[written:]

    def close(self, space):
        if self.is_closed(space):
            return
        try:
            self.flush_writes(space)
        finally:
            self.rbuf = ''
            self.rpos = 0
            if self.w_stream is not None:
                space.call_method(self.w_stream, 'close')
            else:
                self.close_fd(space)

    def close_fd(self, space):
        fd = self.fd
        self.fd = -1
        if self.closefd:
            try:
                os.close(fd)
            except OSError as e:
                raise wrap_oserror(space, e)

    def tell(self, space):
        self.check_open(space)
        self.flush_writes(space)
        if self.w_stream is not None:
            pos = space.int_w(space.call_method(self.w_stream, 'tell'))
        else:
            try:
                pos = intmask(os.lseek(self.fd, 0, 1))
            except OSError as e:
                raise wrap_oserror(space, e)
        return pos - (len(self.rbuf) - self.rpos)

    def seek(self, space, offset, whence):
        self.check_open(space)
        self.flush_writes(space)
        if not self.binary and whence != 0 and offset != 0:
            raise space.error(space.w_OSError,
                              "can't do nonzero cur-relative seeks")
        if whence == 1:
            # relative to what was read, not to what was read ahead
            offset -= len(self.rbuf) - self.rpos
        self.rbuf = ''
        self.rpos = 0
        self.eof = False
        self.pending_cr = False
        if self.w_stream is not None:
            return self.stream_seek(space, offset, whence)
        try:
            return intmask(os.lseek(self.fd, offset, whence))
        except OSError as e:
            raise wrap_oserror(space, e)

    def truncate(self, space, size):
        """Cuts the file at `size` bytes (at the position when negative);
        the position stays where it was."""
        self.check_writable(space)
        # the read-ahead could hold bytes that are cut
        pos = self.seek(space, self.tell(space), 0)
        if size < 0:
            size = pos
        if self.w_stream is not None:
            return space.int_w(space.call_method(self.w_stream, 'truncate',
                                                 space.newint(size)))
        try:
            os.ftruncate(self.fd, size)
        except OSError as e:
            raise wrap_oserror(space, e)
        return size


def translate_newlines(data):
    """'\\r\\n' and '\\r' -> '\\n'."""
    result = []
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c == '\r':
            result.append('\n')
            if i + 1 < n and data[i + 1] == '\n':
                i += 1
        else:
            result.append(c)
        i += 1
    return ''.join(result)


def count_bytes_of_chars(data, nchars, one_byte_chars):
    if one_byte_chars:
        return min(nchars, len(data))
    chars = 0
    for i in range(len(data)):
        if (ord(data[i]) & 0xC0) != 0x80:
            if chars == nchars:
                return i
            chars += 1
    return len(data)


# ____________________________________________________________
# open()

def parse_encoding(space, w_encoding):
    if w_encoding is None or space.is_none(w_encoding):
        return ENC_UTF8
    name = space.text_utf8(w_encoding).lower().replace('_', '-')
    if name in ('utf-8', 'utf8', 'u8', 'utf'):
        return ENC_UTF8
    if name in ('latin-1', 'latin1', 'iso-8859-1', 'iso8859-1', 'l1',
                'latin'):
        return ENC_LATIN1
    if name in ('ascii', 'us-ascii', '646'):
        return ENC_ASCII
    raise space.error(space.w_LookupError,
                      "unknown encoding: %s" % space.text_utf8(w_encoding))


def argument_values(space, args, fname, names):
    """The arguments named `names`, given by position or keyword (None
    when absent)."""
    check_keywords(space, args, fname, names)
    if len(args.arguments_w) > len(names):
        raise space.error(space.w_TypeError,
                          "%s() takes at most %d arguments (%d given)" %
                          (fname, len(names), len(args.arguments_w)))
    values_w = [None] * len(names)
    for i in range(len(names)):
        if i < len(args.arguments_w):
            if keyword_value(args, names[i]) is not None:
                raise space.error(space.w_TypeError,
                                  "argument for %s() given by name "
                                  "('%s') and position (%d)" % (
                                      fname, names[i], i + 1))
            values_w[i] = args.arguments_w[i]
        else:
            values_w[i] = keyword_value(args, names[i])
    return values_w


def new_text_wrapper(space, w_type, args):
    """TextIOWrapper(buffer, encoding, errors, newline, ...).  Over a
    binary file: a text file taking over the buffer's descriptor and
    read-ahead (the buffer is then detached); tokenize.open builds one,
    and so linecache for every warning shown.  Over another binary stream
    (gzip.open's 'rt' and 'wt'): a text file reading and writing it."""
    values_w = argument_values(space, args, 'TextIOWrapper', [
        'buffer', 'encoding', 'errors', 'newline', 'line_buffering',
        'write_through'])
    w_buffer = values_w[0]
    w_newline = values_w[3]
    translate = w_newline is None or space.is_none(w_newline)
    encoding = parse_encoding(space, values_w[1])
    if not isinstance(w_buffer, W_File):
        readable = space.is_true(space.call_method(w_buffer, 'readable'))
        writable = space.is_true(space.call_method(w_buffer, 'writable'))
        return new_stream_file(space, w_type, w_buffer, readable, writable,
                               False, encoding, translate)
    if not w_buffer.binary:
        raise space.error(space.w_TypeError,
                          "TextIOWrapper() takes a binary file")
    w_buffer.check_open(space)
    w_buffer.flush_writes(space)
    text_mode = ''.join([c for c in w_buffer.mode if c != 'b'])
    w_text = file_of_type(space, w_type, w_buffer.fd, w_buffer.w_name,
                          text_mode, w_buffer.readable, w_buffer.writable,
                          False, encoding, translate, w_buffer.closefd)
    w_text.rbuf = w_buffer.rbuf
    w_text.rpos = w_buffer.rpos
    w_text.eof = w_buffer.eof
    w_text.w_stream = w_buffer.w_stream
    w_buffer.fd = -1
    w_buffer.w_stream = None
    return w_text


def new_buffered_reader(space, w_type, args):
    """BufferedReader(raw, buffer_size): reads the raw stream (gzip's
    decompressor) through a file's read buffer."""
    values_w = argument_values(space, args, 'BufferedReader',
                               ['raw', 'buffer_size'])
    w_raw = values_w[0]
    if w_raw is None:
        raise space.error(space.w_TypeError, "BufferedReader() missing "
                          "required argument 'raw' (pos 1)")
    return new_stream_file(space, w_type, w_raw, True, False, True,
                           ENC_UTF8, False)


# an instance of a Python subclass of TextIOWrapper or BufferedReader
# (pygments' UnclosingTextIOWrapper)
W_FileUser = make_user_class(W_File)


def file_of_type(space, w_type, fd, w_name, mode, readable, writable, binary,
                 encoding, translate, closefd):
    """A W_File that is an instance of w_type (TextIOWrapper,
    BufferedReader or a Python subclass of one)."""
    if w_type is space.w_TextIOWrapperFile or w_type is space.w_BufferedFile:
        return W_File(fd, w_name, mode, readable, writable, binary,
                      encoding, translate, closefd)
    return W_FileUser(fd, w_name, mode, readable, writable, binary,
                      encoding, translate, closefd).init_user(w_type)


def new_stream_file(space, w_type, w_stream, readable, writable, binary,
                    encoding, translate):
    mode = 'r' if readable else 'w'
    if binary:
        mode += 'b'
    w_file = file_of_type(space, w_type, -1, space.w_None, mode, readable,
                          writable, binary, encoding, translate, True)
    w_file.w_stream = w_stream
    return w_file


def builtin_open(space, args):
    from pypy.objspace.intobject import W_IntObject
    values_w = argument_values(space, args, 'open', [
        'file', 'mode', 'buffering', 'encoding', 'errors', 'newline',
        'closefd', 'opener'])
    w_file = values_w[0]
    if w_file is None:
        raise space.error(space.w_TypeError,
                          "open() missing required argument 'file' (pos 1)")
    mode = 'r'
    if values_w[1] is not None:
        mode = space.text_utf8(values_w[1])
    for i in range(len(mode)):      # known letters, each at most once
        if mode[i] not in 'rwax+bt' or mode[i] in mode[:i]:
            raise space.error(space.w_ValueError, "invalid mode: '%s'" % mode)
    reading = 'r' in mode
    writing = 'w' in mode
    appending = 'a' in mode
    creating = 'x' in mode
    updating = '+' in mode
    binary = 'b' in mode
    text = 't' in mode
    if int(reading) + int(writing) + int(appending) + int(creating) != 1:
        raise space.error(space.w_ValueError,
                          "must have exactly one of create/read/write/append "
                          "mode")
    if binary and text:
        raise space.error(space.w_ValueError,
                          "can't have text and binary mode at once")
    w_encoding = values_w[3]
    if binary and w_encoding is not None and not space.is_none(w_encoding):
        raise space.error(space.w_ValueError,
                          "binary mode doesn't take an encoding argument")
    w_newline = values_w[5]
    translate = not binary
    if w_newline is not None and not space.is_none(w_newline):
        if binary:
            raise space.error(space.w_ValueError,
                              "binary mode doesn't take a newline argument")
        newline = space.text_utf8(w_newline)
        if newline not in ('', '\n', '\r', '\r\n'):
            raise space.error(space.w_ValueError,
                              "illegal newline value: %s" % newline)
        translate = False
    encoding = parse_encoding(space, w_encoding)
    closefd = True
    if values_w[6] is not None:
        closefd = space.is_true(values_w[6])
    if reading:
        flags = os.O_RDONLY
    elif writing:
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    elif appending:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
    else:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    if updating:
        flags = (flags & ~os.O_WRONLY) | os.O_RDWR
    if isinstance(w_file, W_IntObject):
        fd = w_file.intval
    else:
        if not closefd:
            raise space.error(space.w_ValueError,
                              "Cannot use closefd=False with file name")
        w_opener = values_w[7]
        if w_opener is not None and not space.is_none(w_opener):
            # opener(file, flags) gives the descriptor (tempfile's)
            fd = space.int_w(space.call_function(w_opener, w_file,
                                                 space.newint(flags)))
            if fd < 0:
                raise space.error(space.w_ValueError,
                                  "opener returned %d" % fd)
        else:
            from pypy.module.posix.moduledef import path_arg
            try:
                fd = os.open(path_arg(space, w_file), flags, 0666)
            except OSError as e:
                raise wrap_oserror(space, e, w_file)
        try:
            st = os.fstat(fd)
        except OSError as e:
            os.close(fd)
            raise wrap_oserror(space, e, w_file)
        if stat.S_ISDIR(st.st_mode):
            os.close(fd)
            import errno
            raise oserror(space, errno.EISDIR, w_file)
    if appending:
        try:
            os.lseek(fd, 0, 2)
        except OSError:
            pass
    return W_File(fd, w_file, mode, reading or updating,
                  writing or appending or creating or updating, binary,
                  encoding, translate, closefd)


# ____________________________________________________________
# methods

def self_file(space, args, fname, min_args, max_args):
    check_args(space, args, fname, min_args + 1, max_args + 1)
    w_self = args.arguments_w[0]
    if not isinstance(w_self, W_File):
        raise space.error(space.w_TypeError,
                          "descriptor '%s' requires a file object" % fname)
    return w_self


def size_arg(space, args, i):
    if i < len(args.arguments_w):
        w_size = args.arguments_w[i]
        if not space.is_none(w_size):
            return space.getindex_w(w_size)
    return -1


def file_read(space, args):
    w_self = self_file(space, args, 'read', 0, 1)
    return w_self.read(space, size_arg(space, args, 1))


def file_readline(space, args):
    w_self = self_file(space, args, 'readline', 0, 1)
    return w_self.readline(space, size_arg(space, args, 1))


def file_readlines(space, args):
    w_self = self_file(space, args, 'readlines', 0, 1)
    hint = size_arg(space, args, 1)
    lines_w = []
    total = 0
    while True:
        w_line = w_self.readline(space, -1)
        n = space.len_w(w_line)
        if n == 0:
            break
        lines_w.append(w_line)
        total += n
        if hint > 0 and total >= hint:
            break
    return space.newlist(lines_w)


def file_write(space, args):
    w_self = self_file(space, args, 'write', 1, 1)
    return space.newint(w_self.write(space, args.arguments_w[1]))


def file_writelines(space, args):
    w_self = self_file(space, args, 'writelines', 1, 1)
    w_iter = space.iter(args.arguments_w[1])
    while True:
        w_line = space.next_or_none(w_iter)
        if w_line is None:
            return space.w_None
        w_self.write(space, w_line)


def closing_method(fname, max_args):
    """close() and __exit__(*exc_info)."""
    def method(space, args):
        self_file(space, args, fname, 0, max_args).close(space)
        return space.w_None
    return func_with_new_name(method, 'file_' + fname.strip('_'))


def open_file_method(fname, result):
    """The method fname() of an open file: result(space, w_self)."""
    def method(space, args):
        w_self = self_file(space, args, fname, 0, 0)
        w_self.check_open(space)
        return result(space, w_self)
    return func_with_new_name(method, 'file_' + fname.strip('_'))


def flush_result(space, w_self):
    w_self.flush_writes(space)
    if w_self.w_stream is not None:
        space.call_method(w_self.w_stream, 'flush')
    return space.w_None


def fileno_result(space, w_self):
    if w_self.w_stream is not None:
        return space.call_method(w_self.w_stream, 'fileno')
    return space.newint(w_self.fd)


def isatty_result(space, w_self):
    if w_self.w_stream is not None:
        return space.call_method(w_self.w_stream, 'isatty')
    return space.newbool(os.isatty(w_self.fd))


def self_result(space, w_self):
    return w_self


def file_next(space, args):
    w_self = self_file(space, args, '__next__', 0, 0)
    return space.next(w_self)


def file_peek(space, args):
    """The read-ahead bytes, reading more when there are none (gzip's
    peek); at least one byte before the end of the file."""
    w_self = self_file(space, args, 'peek', 0, 1)
    w_self.check_readable(space)
    if w_self.rpos == len(w_self.rbuf) and not w_self.eof:
        w_self.fill(space)
    start = w_self.rpos
    assert start >= 0
    return space.newbytes(w_self.rbuf[start:])


def file_read1(space, args):
    """At most size bytes with at most one read of the file."""
    w_self = self_file(space, args, 'read1', 0, 1)
    size = size_arg(space, args, 1)
    w_self.check_readable(space)
    if w_self.rpos == len(w_self.rbuf) and not w_self.eof:
        w_self.fill(space)
    available = len(w_self.rbuf) - w_self.rpos
    if size < 0 or size > available:
        size = available
    return space.newbytes(w_self.take(size))


def file_tell(space, args):
    w_self = self_file(space, args, 'tell', 0, 0)
    return space.newint(w_self.tell(space))


def file_seek(space, args):
    w_self = self_file(space, args, 'seek', 1, 2)
    offset = space.getindex_w(args.arguments_w[1])
    whence = 0
    if len(args.arguments_w) == 3:
        whence = space.getindex_w(args.arguments_w[2])
    if whence < 0 or whence > 2:
        raise space.error(space.w_ValueError,
                          "invalid whence (%d, should be 0, 1 or 2)" % whence)
    return space.newint(w_self.seek(space, offset, whence))


def file_truncate(space, args):
    w_self = self_file(space, args, 'truncate', 0, 1)
    return space.newint(w_self.truncate(space, size_arg(space, args, 1)))


def getset_self(space, w_obj):
    if not isinstance(w_obj, W_File):
        raise space.error(space.w_TypeError, "expected a file object")
    return w_obj


def file_get_closed(space, w_obj):
    return space.newbool(getset_self(space, w_obj).is_closed(space))


def file_get_name(space, w_obj):
    w_self = getset_self(space, w_obj)
    if w_self.w_stream is not None:
        return space.getattr(w_self.w_stream, 'name')
    return w_self.w_name


def file_set_name(space, w_obj, w_value):
    # (writable as on CPython's FileIO: tempfile names the files it opens
    # by descriptor)
    getset_self(space, w_obj).w_name = w_value


def file_get_mode(space, w_obj):
    return space.newtext_utf8(getset_self(space, w_obj).mode)


def file_set_mode(space, w_obj, w_value):
    getset_self(space, w_obj).mode = space.text_utf8(w_value)


def file_get_encoding(space, w_obj):
    w_self = getset_self(space, w_obj)
    if w_self.binary:
        raise space.error(space.w_AttributeError,
                          "'_io.BufferedReader' object has no attribute "
                          "'encoding'")
    return space.newtext_utf8(ENCODING_NAMES[w_self.encoding])


def file_get_errors(space, w_obj):
    """'strict': the only error handling of the text file's decoding and
    encoding (subprocess's communicate() decodes with it)."""
    w_self = getset_self(space, w_obj)
    if w_self.binary:
        raise space.error(space.w_AttributeError,
                          "'_io.BufferedReader' object has no attribute "
                          "'errors'")
    return space.newtext(u'strict')


file_methods = {
    'read': file_read, 'readline': file_readline,
    'readlines': file_readlines, 'write': file_write,
    'writelines': file_writelines,
    'close': closing_method('close', 0),
    '__exit__': closing_method('__exit__', 3),
    'flush': open_file_method('flush', flush_result),
    '__enter__': open_file_method('__enter__', self_result),
    '__iter__': open_file_method('__iter__', self_result),
    '__next__': file_next, 'tell': file_tell, 'seek': file_seek,
    'truncate': file_truncate,
    'fileno': open_file_method('fileno', fileno_result),
    'readable': open_file_method(
        'readable', lambda space, w_self: space.newbool(w_self.readable)),
    'writable': open_file_method(
        'writable', lambda space, w_self: space.newbool(w_self.writable)),
    'seekable': open_file_method('seekable',
                                 lambda space, w_self: space.w_True),
    'isatty': open_file_method('isatty', isatty_result),
}
buffered_file_methods = {'peek': file_peek, 'read1': file_read1}
buffered_file_methods.update(file_methods)
file_getset = {'closed': file_get_closed, 'name': file_get_name,
               'mode': file_get_mode, 'encoding': file_get_encoding,
               'errors': file_get_errors}


def install(space, w_mod):
    from pypy.interpreter.function import BuiltinFunction, GetSetProperty
    from pypy.objspace.typeobject import TypeDef
    for attrname, name, methods, new in [
            ('w_TextIOWrapperFile', 'TextIOWrapper', file_methods,
             new_text_wrapper),
            ('w_BufferedFile', 'BufferedReader', buffered_file_methods,
             new_buffered_reader)]:
        w_type = space.make_builtin_type(attrname, TypeDef(
            name, methods=methods, getset=file_getset, new=new),
            [space.w_object])
        w_type.dict_w['__module__'] = space.newtext(u'_io')
        # tokenize.open sets mode (linecache, so every warning shown);
        # tempfile sets name
        w_type.dict_w['mode'] = GetSetProperty(file_get_mode, file_set_mode)
        w_type.dict_w['name'] = GetSetProperty(file_get_name, file_set_name)
    w_mod.w_dict.setitem_str(space, 'open',
                             BuiltinFunction('open', builtin_open))
