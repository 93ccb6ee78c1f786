"""io.StringIO and io.BytesIO: in-memory files over a str / bytes value.

Writes at the end (the common case: building a text) are appended to a
list of pieces that is joined only when the content is read or written
in the middle, so a loop of writes costs no quadratic copying."""

from rpython.rlib import rstring
from rpython.rlib.objectmodel import import_from_mixin
from pypy.interpreter.arguments import (Arguments, check_args,
    check_keywords, keyword_value)
from pypy.objspace.root import W_Root
from pypy.objspace.strobject import W_StrObject
from pypy.objspace.bytesobject import W_BytesObject
from pypy.objspace.bytearrayobject import bytes_like
from pypy.objspace.memoryviewobject import W_MemoryView
from pypy.objspace.usersubclass import make_user_class


# the fields of MemoryFileMixin (the classes' _attrs_: user subclasses
# add theirs)
MEMORY_FILE_ATTRS = ['value', 'pieces', 'content_length', 'pos', 'closed']


class MemoryFileMixin(object):
    """The content, position and state; EMPTY and ZERO are the class's
    empty string and '\\0' (unicode for StringIO, str for BytesIO)."""

    def init_content(self, value):
        self.value = value
        self.pieces = []
        self.content_length = len(value)
        self.pos = 0
        self.closed = False

    def check_open(self, space):
        if self.closed:
            raise space.error(space.w_ValueError, self.CLOSED_MESSAGE)

    def materialize(self):
        if self.pieces:
            self.value = self.value + self.EMPTY.join(self.pieces)
            self.pieces = []

    def getvalue(self):
        self.materialize()
        return self.value

    def read(self, size):
        self.materialize()
        start = self.pos
        end = self.content_length
        if size >= 0 and start + size < end:
            end = start + size
        if start >= end:
            return self.EMPTY
        self.pos = end
        assert start >= 0
        return self.value[start:end]

    def readline(self, size):
        self.materialize()
        start = self.pos
        limit = self.content_length
        if size >= 0 and start + size < limit:
            limit = start + size
        if start >= limit:
            return self.EMPTY
        end = self.line_end(start, limit)
        self.pos = end
        assert start >= 0
        return self.value[start:end]

    def write(self, s):
        if self.pos > self.content_length:      # after a seek past the end
            self.materialize()
            self.value = self.value + self.ZERO * (self.pos - self.content_length)
            self.content_length = self.pos
        if self.pos == self.content_length:
            self.pieces.append(s)
        else:
            self.materialize()
            start = self.pos
            stop = start + len(s)
            assert start >= 0
            if stop >= self.content_length:
                self.value = self.value[:start] + s
            else:
                self.value = self.value[:start] + s + self.value[stop:]
        self.pos += len(s)
        if self.pos > self.content_length:
            self.content_length = self.pos

    def truncate(self, size):
        if size < self.content_length:
            self.materialize()
            assert size >= 0
            self.value = self.value[:size]
            self.content_length = size
        return size

    def iter(self, space):
        self.check_open(space)
        return self

    def is_iterator(self):
        return True

    def next(self, space):
        self.check_open(space)
        line = self.readline(-1)
        if not line:
            return None
        return self.wrap(space, line)


class W_StringIO(W_Root):
    _attrs_ = MEMORY_FILE_ATTRS + ['newline', 'translate']
    import_from_mixin(MemoryFileMixin)
    EMPTY = u''
    ZERO = u'\x00'
    CLOSED_MESSAGE = "I/O operation on closed file"

    def __init__(self, newline, translate):
        self.init_content(u'')
        self.newline = newline          # u'' : lines end at \r, \n, \r\n
        self.translate = translate      # newline=None: \r\n, \r -> \n

    def getclass(self, space):
        return space.w_io_StringIO

    def wrap(self, space, u):
        return space.newtext(u)

    def unwrap_data(self, space, w_data):
        if not isinstance(w_data, W_StrObject):
            raise space.error(space.w_TypeError,
                              "string argument expected, got '%s'" %
                              space.type_name(space.type(w_data)))
        u = w_data.value
        if self.translate:
            u = rstring.replace(rstring.replace(u, u'\r\n', u'\n'), u'\r',
                                u'\n')
        elif self.newline == u'\r' or self.newline == u'\r\n':
            u = rstring.replace(u, u'\n', self.newline)
        return u

    def line_end(self, start, limit):
        value = self.value
        if self.newline == u'':
            i = start
            while i < limit:
                c = value[i]
                if c == u'\n':
                    return i + 1
                if c == u'\r':
                    if i + 1 < limit and value[i + 1] == u'\n':
                        return i + 2
                    return i + 1
                i += 1
            return limit
        newline = u'\n' if self.translate else self.newline
        found = value.find(newline, start, limit)
        if found < 0:
            return limit
        return min(found + len(newline), limit)


class W_BytesIO(W_Root):
    _attrs_ = MEMORY_FILE_ATTRS
    import_from_mixin(MemoryFileMixin)
    EMPTY = ''
    ZERO = '\x00'
    CLOSED_MESSAGE = "I/O operation on closed file."

    def __init__(self):
        self.init_content('')

    def getclass(self, space):
        return space.w_io_BytesIO

    def wrap(self, space, s):
        return space.newbytes(s)

    def unwrap_data(self, space, w_data):
        if isinstance(w_data, W_MemoryView):
            return w_data.as_str(space)
        s = bytes_like(w_data)
        if s is None:
            raise space.error(space.w_TypeError,
                              "a bytes-like object is required, not '%s'" %
                              space.type_name(space.type(w_data)))
        return s

    def line_end(self, start, limit):
        found = self.value.find('\n', start, limit)
        if found < 0:
            return limit
        return found + 1


# instances of Python subclasses (doctest's _SpoofOut(StringIO))
W_StringIOUser = make_user_class(W_StringIO)
W_BytesIOUser = make_user_class(W_BytesIO)


def new_stringio(space, w_type, args):
    check_keywords(space, args, 'StringIO', ['initial_value', 'newline'])
    check_args(space, Arguments(args.arguments_w), 'StringIO', 0, 2)
    w_initial = keyword_value(args, 'initial_value')
    w_newline = keyword_value(args, 'newline')
    if len(args.arguments_w) > 0:
        w_initial = args.arguments_w[0]
    if len(args.arguments_w) > 1:
        w_newline = args.arguments_w[1]
    newline = u'\n'
    translate = False
    if w_newline is not None:
        if space.is_none(w_newline):
            translate = True
        elif not isinstance(w_newline, W_StrObject):
            raise space.error(space.w_TypeError,
                              "newline must be str or None, not %s" %
                              space.type_name(space.type(w_newline)))
        else:
            newline = w_newline.value
            if not (newline == u'\n' or newline == u'' or newline == u'\r'
                    or newline == u'\r\n'):
                raise space.error(space.w_ValueError,
                                  "illegal newline value: %s" %
                                  space.text_utf8(w_newline))
    if w_type is space.w_io_StringIO:
        w_self = W_StringIO(newline, translate)
    else:
        w_self = W_StringIOUser(newline, translate).init_user(w_type)
    if w_initial is not None and not space.is_none(w_initial):
        if not isinstance(w_initial, W_StrObject):
            raise space.error(space.w_TypeError,
                              "initial_value must be str or None, not %s" %
                              space.type_name(space.type(w_initial)))
        w_self.init_content(w_self.unwrap_data(space, w_initial))
    return w_self


def new_bytesio(space, w_type, args):
    check_keywords(space, args, 'BytesIO', ['initial_bytes'])
    check_args(space, Arguments(args.arguments_w), 'BytesIO', 0, 1)
    w_initial = keyword_value(args, 'initial_bytes')
    if args.arguments_w:
        w_initial = args.arguments_w[0]
    if w_type is space.w_io_BytesIO:
        w_self = W_BytesIO()
    else:
        w_self = W_BytesIOUser().init_user(w_type)
    if w_initial is not None and not space.is_none(w_initial):
        w_self.init_content(w_self.unwrap_data(space, w_initial))
    return w_self


def optional_size(space, args, i):
    """An optional size argument: None or absent is -1."""
    if i < len(args.arguments_w) and not space.is_none(args.arguments_w[i]):
        return space.getindex_w(args.arguments_w[i])
    return -1


def memory_methods(W_Class, typename):
    """The methods of StringIO or BytesIO (one copy each, for the
    annotator)."""

    def self_of(space, args, fname, nmin, nmax):
        check_args(space, args, fname, nmin + 1, nmax + 1)
        w_self = args.arguments_w[0]
        if not isinstance(w_self, W_Class):
            raise space.error(space.w_TypeError, "descriptor '%s' requires "
                              "a '_io.%s' object" % (fname, typename))
        return w_self

    def open_self(space, args, fname, nmin, nmax):
        w_self = self_of(space, args, fname, nmin, nmax)
        w_self.check_open(space)
        return w_self

    def m_getvalue(space, args):
        w_self = open_self(space, args, 'getvalue', 0, 0)
        return w_self.wrap(space, w_self.getvalue())

    def m_read(space, args):
        w_self = open_self(space, args, 'read', 0, 1)
        return w_self.wrap(space, w_self.read(optional_size(space, args, 1)))

    def m_readline(space, args):
        w_self = open_self(space, args, 'readline', 0, 1)
        return w_self.wrap(space, w_self.readline(
            optional_size(space, args, 1)))

    def m_readlines(space, args):
        w_self = open_self(space, args, 'readlines', 0, 1)
        hint = optional_size(space, args, 1)
        lines_w = []
        total = 0
        while True:
            line = w_self.readline(-1)
            if not line:
                break
            lines_w.append(w_self.wrap(space, line))
            total += len(line)
            if 0 < hint <= total:
                break
        return space.newlist(lines_w)

    def m_write(space, args):
        w_self = open_self(space, args, 'write', 1, 1)
        data = w_self.unwrap_data(space, args.arguments_w[1])
        w_self.write(data)
        return space.newint(space.len_w(args.arguments_w[1]))

    def m_writelines(space, args):
        w_self = open_self(space, args, 'writelines', 1, 1)
        for w_line in space.unpackiterable(args.arguments_w[1]):
            w_self.write(w_self.unwrap_data(space, w_line))
        return space.w_None

    def m_seek(space, args):
        w_self = open_self(space, args, 'seek', 1, 2)
        offset = space.getindex_w(args.arguments_w[1])
        whence = 0
        if len(args.arguments_w) > 2:
            whence = space.getindex_w(args.arguments_w[2])
        if whence < 0 or whence > 2:
            raise space.error(space.w_ValueError, "Invalid whence (%d, "
                              "should be 0, 1 or 2)" % whence)
        if whence == 0:
            if offset < 0:
                raise space.error(space.w_ValueError,
                                  "Negative seek position %d" % offset
                                  if W_Class is W_StringIO else
                                  "negative seek value %d" % offset)
            w_self.pos = offset
        elif W_Class is W_StringIO and offset != 0:
            raise space.error(space.w_OSError, "Can't do nonzero %s-relative "
                              "seeks" % ('cur' if whence == 1 else 'end'))
        else:
            base = w_self.pos if whence == 1 else w_self.content_length
            w_self.pos = max(0, base + offset)
        return space.newint(w_self.pos)

    def m_tell(space, args):
        return space.newint(open_self(space, args, 'tell', 0, 0).pos)

    def m_truncate(space, args):
        w_self = open_self(space, args, 'truncate', 0, 1)
        size = optional_size(space, args, 1)
        if len(args.arguments_w) < 2 or space.is_none(args.arguments_w[1]):
            size = w_self.pos
        if size < 0:
            raise space.error(space.w_ValueError,
                              "Negative size value %d" % size)
        return space.newint(w_self.truncate(size))

    def m_close(space, args):
        self_of(space, args, 'close', 0, 0).closed = True
        return space.w_None

    def m_exit(space, args):
        self_of(space, args, '__exit__', 0, 3).closed = True
        return space.w_None

    def m_enter(space, args):
        return open_self(space, args, '__enter__', 0, 0)

    def m_next(space, args):
        return space.next(open_self(space, args, '__next__', 0, 0))

    def m_true(space, args):
        open_self(space, args, 'readable', 0, 0)
        return space.w_True

    def m_false(space, args):
        open_self(space, args, 'isatty', 0, 0)
        return space.w_False

    def m_flush(space, args):
        open_self(space, args, 'flush', 0, 0)
        return space.w_None

    def get_closed(space, w_self):
        assert isinstance(w_self, W_Class)
        return space.newbool(w_self.closed)

    methods = {
        'getvalue': m_getvalue, 'read': m_read, 'readline': m_readline,
        'readlines': m_readlines, 'write': m_write,
        'writelines': m_writelines, 'seek': m_seek, 'tell': m_tell,
        'truncate': m_truncate, 'close': m_close, '__enter__': m_enter,
        '__exit__': m_exit, '__iter__': m_enter, '__next__': m_next,
        'readable': m_true, 'writable': m_true, 'seekable': m_true,
        'isatty': m_false, 'flush': m_flush,
    }
    if W_Class is W_BytesIO:
        def m_getbuffer(space, args):
            # a snapshot of the content: our memoryview is a read-only view
            # of a bytes object (enough for pickle's framing, which copies)
            w_self = open_self(space, args, 'getbuffer', 0, 0)
            return W_MemoryView(W_BytesObject(w_self.getvalue()))
        methods['read1'] = m_read
        methods['getbuffer'] = m_getbuffer
    return methods, {'closed': get_closed}
