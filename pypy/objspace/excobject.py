"""Exception instances and the built-in exception hierarchy."""

from pypy.objspace.root import W_Root
from pypy.objspace.tupleobject import W_TupleObject

# (name, base) in an order where every base comes before its subclasses
HIERARCHY = [
    ('BaseException', None),
    ('SystemExit', 'BaseException'),
    ('KeyboardInterrupt', 'BaseException'),
    ('GeneratorExit', 'BaseException'),
    ('Exception', 'BaseException'),
    ('StopIteration', 'Exception'),
    ('ArithmeticError', 'Exception'),
    ('FloatingPointError', 'ArithmeticError'),
    ('OverflowError', 'ArithmeticError'),
    ('ZeroDivisionError', 'ArithmeticError'),
    ('AssertionError', 'Exception'),
    ('AttributeError', 'Exception'),
    ('BufferError', 'Exception'),
    ('EOFError', 'Exception'),
    ('ImportError', 'Exception'),
    ('ModuleNotFoundError', 'ImportError'),
    ('LookupError', 'Exception'),
    ('IndexError', 'LookupError'),
    ('KeyError', 'LookupError'),
    ('MemoryError', 'Exception'),
    ('NameError', 'Exception'),
    ('UnboundLocalError', 'NameError'),
    ('OSError', 'Exception'),
    ('FileNotFoundError', 'OSError'),
    ('FileExistsError', 'OSError'),
    ('PermissionError', 'OSError'),
    ('IsADirectoryError', 'OSError'),
    ('ReferenceError', 'Exception'),
    ('RuntimeError', 'Exception'),
    ('NotImplementedError', 'RuntimeError'),
    ('RecursionError', 'RuntimeError'),
    ('SyntaxError', 'Exception'),
    ('IndentationError', 'SyntaxError'),
    ('TabError', 'IndentationError'),
    ('SystemError', 'Exception'),
    ('TypeError', 'Exception'),
    ('ValueError', 'Exception'),
    ('UnicodeError', 'ValueError'),
    ('UnicodeDecodeError', 'UnicodeError'),
    ('Warning', 'Exception'),
    ('UserWarning', 'Warning'),
    ('DeprecationWarning', 'Warning'),
    ('RuntimeWarning', 'Warning'),
    ('PendingDeprecationWarning', 'Warning'),
    ('SyntaxWarning', 'Warning'),
    ('FutureWarning', 'Warning'),
    ('ImportWarning', 'Warning'),
    ('UnicodeWarning', 'Warning'),
    ('BytesWarning', 'Warning'),
    ('ResourceWarning', 'Warning'),
    ('EncodingWarning', 'Warning'),
]


class TracebackEntry(object):
    """One frame an exception passed through, innermost last."""
    _immutable_fields_ = ['code', 'lineno', 'next']

    def __init__(self, code, lineno, next):
        self.code = code
        self.lineno = lineno
        self.next = next


class W_BaseException(W_Root):
    _attrs_ = ['w_type', 'args_w', 'w_dict', 'traceback', 'w_cause',
               'w_context', 'suppress_context']

    def __init__(self, space, w_type, args_w):
        self.w_type = w_type
        self.args_w = args_w
        self.w_dict = None
        self.traceback = None       # innermost frame first
        self.w_cause = None
        self.w_context = None
        self.suppress_context = False

    def getclass(self, space):
        return self.w_type

    def getdict(self, space):
        if self.w_dict is None:
            self.w_dict = space.newdict()
        return self.w_dict

    def add_traceback(self, code, lineno):
        self.traceback = TracebackEntry(code, lineno, self.traceback)

    def str(self, space):
        return self.user_or_builtin(space, '__str__')

    def repr(self, space):
        return self.user_or_builtin(space, '__repr__')

    def user_or_builtin(self, space, name):
        from pypy.interpreter.function import BuiltinFunction
        w_descr = self.w_type.lookup(name)
        if isinstance(w_descr, BuiltinFunction):
            if name == '__str__':
                return self.builtin_str(space)
            return self.builtin_repr(space)
        return space.call_function(w_descr.get(space, self, self.w_type))

    def builtin_str(self, space):
        if len(self.args_w) == 0:
            return space.newtext(u'')
        if len(self.args_w) == 1:
            if space.type(self).issubtype(space.w_KeyError):
                return space.repr(self.args_w[0])
            return space.str(self.args_w[0])
        return space.repr(space.newtuple(self.args_w))

    def builtin_repr(self, space):
        name = space.newtext_utf8(space.type_name(self.w_type)).value
        if len(self.args_w) == 1:
            return space.newtext(name + u'(' +
                                 space.repr_u(self.args_w[0]) + u')')
        return space.newtext(name + space.repr_u(space.newtuple(self.args_w)))


class W_OSErrorInstance(W_BaseException):
    """An OSError with errno/strerror/filename, made by a failing system
    call (pypy/module/posix/oserror.py) or by OSError(errno, strerror[,
    filename])."""

    def builtin_str(self, space):
        w_dict = self.getdict(space)
        w_errno = w_dict.getitem_str(space, 'errno')
        w_strerror = w_dict.getitem_str(space, 'strerror')
        w_filename = w_dict.getitem_str(space, 'filename')
        if w_errno is None or w_strerror is None or \
                space.is_none(w_errno) or space.is_none(w_strerror):
            return W_BaseException.builtin_str(self, space)
        msg = u'[Errno ' + space.str_u(w_errno) + u'] ' + \
            space.str_u(w_strerror)
        if w_filename is not None and not space.is_none(w_filename):
            msg += u': ' + space.repr_u(w_filename)
        return space.newtext(msg)


def new_oserror(space, w_type, args_w):
    """OSError(...) called from Python: CPython's attributes, and the
    subclass for the errno (OSError(2, ...) is a FileNotFoundError)."""
    from pypy.objspace.intobject import W_IntObject
    from pypy.module.posix.oserror import exception_type_for_errno
    w_errno = space.w_None
    w_strerror = space.w_None
    w_filename = space.w_None
    n = len(args_w)
    if 2 <= n <= 5:
        w_errno = args_w[0]
        w_strerror = args_w[1]
        if n >= 3:
            w_filename = args_w[2]
            args_w = [args_w[0], args_w[1]]
        if w_type is space.w_OSError and isinstance(w_errno, W_IntObject):
            w_type = exception_type_for_errno(space, w_errno.intval)
    w_exc = W_OSErrorInstance(space, w_type, args_w)
    setitem = w_exc.getdict(space).setitem_str
    setitem(space, 'errno', w_errno)
    setitem(space, 'strerror', w_strerror)
    setitem(space, 'filename', w_filename)
    return w_exc


def new_exception(space, w_type, args):
    from pypy.objspace.typeobject import W_TypeObject
    assert isinstance(w_type, W_TypeObject)
    if w_type.issubtype(space.w_OSError):
        w_exc = new_oserror(space, w_type, args.arguments_w)
    else:
        w_exc = W_BaseException(space, w_type, args.arguments_w)
    for i in range(len(args.keyword_names)):
        space.setattr(w_exc, args.keyword_names[i], args.keyword_values_w[i])
    return w_exc


def self_exc(space, w_obj):
    if not isinstance(w_obj, W_BaseException):
        raise space.error(space.w_TypeError,
                          "descriptor requires a 'BaseException' object")
    return w_obj


def exc_get_args(space, w_obj):
    return space.newtuple(self_exc(space, w_obj).args_w)


def exc_get_cause(space, w_obj):
    return self_exc(space, w_obj).w_cause or space.w_None


def exc_get_context(space, w_obj):
    return self_exc(space, w_obj).w_context or space.w_None


def exc_first_arg(space, w_obj):
    """StopIteration.value and SystemExit.code: the first argument."""
    args_w = self_exc(space, w_obj).args_w
    if not args_w:
        return space.w_None
    return args_w[0]


exc_getset = {'args': exc_get_args, '__cause__': exc_get_cause,
              '__context__': exc_get_context}
