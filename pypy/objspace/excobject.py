"""Exception instances and the built-in exception hierarchy."""

from pypy.objspace.root import W_Root
from pypy.objspace.tupleobject import W_TupleObject

# (name, base or tuple of bases) in an order where every base comes before
# its subclasses
HIERARCHY = [
    ('BaseException', None),
    ('SystemExit', 'BaseException'),
    ('KeyboardInterrupt', 'BaseException'),
    ('GeneratorExit', 'BaseException'),
    ('BaseExceptionGroup', 'BaseException'),
    ('Exception', 'BaseException'),
    ('ExceptionGroup', ('BaseExceptionGroup', 'Exception')),
    ('StopIteration', 'Exception'),
    ('StopAsyncIteration', 'Exception'),
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
    ('NotADirectoryError', 'OSError'),
    ('ChildProcessError', 'OSError'),
    ('ProcessLookupError', 'OSError'),
    ('InterruptedError', 'OSError'),
    ('BlockingIOError', 'OSError'),
    ('TimeoutError', 'OSError'),
    ('ConnectionError', 'OSError'),
    ('BrokenPipeError', 'ConnectionError'),
    ('ConnectionAbortedError', 'ConnectionError'),
    ('ConnectionRefusedError', 'ConnectionError'),
    ('ConnectionResetError', 'ConnectionError'),
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
    ('UnicodeEncodeError', 'UnicodeError'),
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

# builtins names that are other names of an exception class of HIERARCHY
ALIASES = [('EnvironmentError', 'OSError'), ('IOError', 'OSError')]


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


class W_ExceptionGroup(W_BaseException):
    """A BaseExceptionGroup: a message and the (non-empty) exceptions it
    groups, validated when made (new_exception_group)."""
    _attrs_ = ['w_message', 'excs_w']

    def __init__(self, space, w_type, args_w, w_message, excs_w):
        W_BaseException.__init__(self, space, w_type, args_w)
        self.w_message = w_message
        self.excs_w = excs_w

    def builtin_str(self, space):
        n = len(self.excs_w)
        return space.newtext_utf8(space.str_utf8(self.w_message) +
                                  ' (%d sub-exception%s)' %
                                  (n, '' if n == 1 else 's'))

    def builtin_repr(self, space):
        name = space.newtext_utf8(space.type_name(self.w_type)).value
        return space.newtext(name + u'(' + space.repr_u(self.w_message) +
                             u', ' + space.repr_u(self.args_w[1]) + u')')


def new_exception_group(space, w_type, args_w):
    """BaseExceptionGroup(message, exceptions) with CPython's checks; a
    BaseExceptionGroup of Exceptions only is an ExceptionGroup."""
    from pypy.objspace.listobject import W_ListObject
    from pypy.objspace.strobject import W_StrObject
    if len(args_w) != 2:
        raise space.error(space.w_TypeError, "BaseExceptionGroup.__new__() "
                          "takes exactly 2 arguments (%d given)" % len(args_w))
    w_message = args_w[0]
    w_excs = args_w[1]
    if not isinstance(w_message, W_StrObject):
        raise space.error(space.w_TypeError, "argument 1 must be str, not %s"
                          % space.type_name(space.type(w_message)))
    if isinstance(w_excs, W_ListObject) or isinstance(w_excs, W_TupleObject):
        excs_w = space.unpackiterable(w_excs)
    else:
        raise space.error(space.w_TypeError, "second argument (exceptions) "
                          "must be a sequence")
    if not excs_w:
        raise space.error(space.w_ValueError, "second argument (exceptions) "
                          "must be a non-empty sequence")
    all_exceptions = True
    for i in range(len(excs_w)):
        w_item = excs_w[i]
        if not isinstance(w_item, W_BaseException):
            raise space.error(space.w_ValueError, "Item %d of second argument "
                              "(exceptions) is not an exception" % i)
        if not space.type(w_item).issubtype(space.w_Exception):
            all_exceptions = False
    if w_type is space.w_BaseExceptionGroup:
        if all_exceptions:
            w_type = space.w_ExceptionGroup
    elif w_type.issubtype(space.w_Exception) and not all_exceptions:
        if w_type is space.w_ExceptionGroup:
            raise space.error(space.w_TypeError, "Cannot nest BaseExceptions "
                              "in an ExceptionGroup")
        raise space.error(space.w_TypeError, "Cannot nest BaseExceptions in "
                          "'%s'" % space.type_name(w_type))
    return W_ExceptionGroup(space, w_type, args_w, w_message, excs_w)


def as_group(space, w_obj):
    if not isinstance(w_obj, W_ExceptionGroup):
        raise space.error(space.w_TypeError, "descriptor requires a "
                          "'BaseExceptionGroup' object")
    return w_obj


def group_get_message(space, w_obj):
    return as_group(space, w_obj).w_message


def group_get_exceptions(space, w_obj):
    return space.newtuple(as_group(space, w_obj).excs_w)


def group_derive(space, args):
    from pypy.interpreter.arguments import Arguments, check_args
    check_args(space, args, 'derive', 2, 2)
    w_group = as_group(space, args.arguments_w[0])
    return new_exception(space, space.w_BaseExceptionGroup, Arguments(
        [w_group.w_message, args.arguments_w[1]]))


def group_matcher(space, w_condition):
    """The test of split()/subgroup(): an exception type, a tuple of them,
    or a predicate (returns a function of space, w_exc -> bool)."""
    from pypy.objspace.typeobject import W_TypeObject
    if isinstance(w_condition, W_TypeObject) and \
            w_condition.issubtype(space.w_BaseException):
        return ExceptionMatcher([w_condition], None)
    if isinstance(w_condition, W_TupleObject):
        all_types = True
        for w_item in w_condition.items_w:
            if not (isinstance(w_item, W_TypeObject) and
                    w_item.issubtype(space.w_BaseException)):
                all_types = False
        if all_types:
            return ExceptionMatcher(w_condition.items_w[:], None)
    if w_condition.is_callable(space):
        return ExceptionMatcher([], w_condition)
    raise space.error(space.w_TypeError, "expected a function, exception "
                      "type or tuple of exception types")


class ExceptionMatcher(object):
    def __init__(self, types_w, w_predicate):
        self.types_w = types_w
        self.w_predicate = w_predicate

    def matches(self, space, w_exc):
        if self.w_predicate is not None:
            return space.is_true(space.call_function(self.w_predicate, w_exc))
        for w_type in self.types_w:
            if space.isinstance_w(w_exc, w_type):
                return True
        return False


def split_group(space, w_group, matcher):
    """(the part of the group that matches or None, the rest or None),
    nested groups split alike, each part made by the group's derive()
    with its __cause__, __context__ and __notes__."""
    if matcher.matches(space, w_group):
        return w_group, None
    matched_w = []
    rest_w = []
    for w_exc in w_group.excs_w:
        if isinstance(w_exc, W_ExceptionGroup):
            w_match, w_rest = split_group(space, w_exc, matcher)
            if w_match is not None:
                matched_w.append(w_match)
            if w_rest is not None:
                rest_w.append(w_rest)
        elif matcher.matches(space, w_exc):
            matched_w.append(w_exc)
        else:
            rest_w.append(w_exc)
    return (derived_part(space, w_group, matched_w),
            derived_part(space, w_group, rest_w))


def derived_part(space, w_group, excs_w):
    if not excs_w:
        return None
    w_part = space.call_method(w_group, 'derive', space.newlist(excs_w))
    if not isinstance(w_part, W_ExceptionGroup):
        raise space.error(space.w_TypeError, "derive must return an instance "
                          "of BaseExceptionGroup")
    w_part.w_cause = w_group.w_cause
    w_part.w_context = w_group.w_context
    w_part.suppress_context = w_group.suppress_context
    w_part.traceback = w_group.traceback
    w_notes = w_group.getdict(space).getitem_str(space, '__notes__')
    if w_notes is not None:
        w_part.getdict(space).setitem_str(space, '__notes__', w_notes)
    return w_part


def group_split(space, args):
    from pypy.interpreter.arguments import check_args
    check_args(space, args, 'split', 2, 2)
    w_group = as_group(space, args.arguments_w[0])
    w_match, w_rest = split_group(space, w_group,
                                  group_matcher(space, args.arguments_w[1]))
    return space.newtuple([w_match or space.w_None, w_rest or space.w_None])


def group_subgroup(space, args):
    from pypy.interpreter.arguments import check_args
    check_args(space, args, 'subgroup', 2, 2)
    w_group = as_group(space, args.arguments_w[0])
    w_match, _ = split_group(space, w_group,
                             group_matcher(space, args.arguments_w[1]))
    return w_match or space.w_None


group_methods = {'derive': group_derive, 'split': group_split,
                 'subgroup': group_subgroup}
group_getset = {'message': group_get_message,
                'exceptions': group_get_exceptions}


def new_exception(space, w_type, args):
    from pypy.objspace.typeobject import W_TypeObject
    assert isinstance(w_type, W_TypeObject)
    if w_type.issubtype(space.w_BaseExceptionGroup):
        w_exc = new_exception_group(space, w_type, args.arguments_w)
    elif w_type.issubtype(space.w_OSError):
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


def import_error_attribute(name):
    """The getter and setter of ImportError's `name`, `path` and `msg`:
    kept in the instance dict (ImportError(msg, name=..., path=...) sets
    them), None until set; `msg` is the argument of a one-argument
    ImportError."""
    def getter(space, w_obj):
        w_exc = self_exc(space, w_obj)
        w_value = w_exc.getdict(space).getitem_str(space, name)
        if w_value is not None:
            return w_value
        if name == 'msg' and len(w_exc.args_w) == 1:
            return w_exc.args_w[0]
        return space.w_None

    def setter(space, w_obj, w_value):
        self_exc(space, w_obj).getdict(space).setitem_str(space, name,
                                                          w_value)
    getter.func_name = 'import_error_get_' + name
    setter.func_name = 'import_error_set_' + name
    return getter, setter


IMPORT_ERROR_ATTRIBUTES = [(name,) + import_error_attribute(name)
                           for name in ['msg', 'name', 'path']]


exc_getset = {'args': exc_get_args, '__cause__': exc_get_cause,
              '__context__': exc_get_context}
