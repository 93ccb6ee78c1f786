"""sys.unraisablehook and sys.__unraisablehook__: where the interpreter
reports an exception it cannot raise (one from an atexit function), as
CPython's: write_unraisable builds the UnraisableHookArgs (exc_type,
exc_value, exc_traceback, err_msg, object) and calls sys.unraisablehook,
which pytest's unraisableexception plugin replaces.  pypy-c has no
traceback objects: exc_traceback is None, and the default hook writes the
traceback the exception itself records."""

from pypy.interpreter.arguments import check_args
from pypy.interpreter.error import OperationError
from pypy.objspace.excobject import W_BaseException
from pypy.objspace.tupleobject import W_TupleObject

FIELDS = ['exc_type', 'exc_value', 'exc_traceback', 'err_msg', 'object']
REPR_NAMES = [name.decode('ascii') for name in FIELDS]


class W_UnraisableHookArgs(W_TupleObject):

    def getclass(self, space):
        return space.w_sys_UnraisableHookArgs

    def repr(self, space):
        fields = [u'%s=%s' % (REPR_NAMES[i], space.repr_u(self.items_w[i]))
                  for i in range(len(REPR_NAMES))]
        return space.newtext(u'UnraisableHookArgs(' + u', '.join(fields) +
                             u')')


def new_unraisable_hook_args(space, w_type, args):
    check_args(space, args, 'UnraisableHookArgs', 1, 1)
    w_seq = args.arguments_w[0]
    if space.findattr(w_seq, '__len__') is None:
        raise space.error(space.w_TypeError, "constructor requires a "
                          "sequence")
    items_w = space.unpackiterable(w_seq)
    if len(items_w) != len(FIELDS):
        raise space.error(space.w_TypeError,
                          "UnraisableHookArgs() takes a 5-sequence "
                          "(%d-sequence given)" % len(items_w))
    # (a tuple's items are a list never resized)
    return W_UnraisableHookArgs([items_w[0], items_w[1], items_w[2],
                                 items_w[3], items_w[4]])


def field_getter(i):
    def getter(space, w_obj):
        assert isinstance(w_obj, W_UnraisableHookArgs)
        return w_obj.items_w[i]
    return getter


GETSET = {}
for _i in range(len(FIELDS)):
    GETSET[FIELDS[_i]] = field_getter(_i)


def type_name(space, w_type):
    """module.qualname of an exception type, without the module for
    builtins and __main__ (CPython's write_unraisable_exc_file)."""
    w_module = space.findattr(w_type, '__module__')
    name = space.str_utf8(space.getattr(w_type, '__qualname__'))
    if w_module is None or not space.isinstance_w(w_module, space.w_str):
        return '<unknown>' + name
    module = space.text_utf8(w_module)
    if module == 'builtins' or module == '__main__':
        return name
    return module + '.' + name


def unraisable_text(space, w_args):
    """What the default hook writes: the err_msg and object line, then the
    exception."""
    from pypy.interpreter.main import format_traceback
    w_type = w_args.items_w[0]
    w_value = w_args.items_w[1]
    w_msg = w_args.items_w[3]
    w_obj = w_args.items_w[4]
    lines = []
    if not space.is_none(w_obj):
        if space.is_none(w_msg):
            lines.append('Exception ignored in')
        else:
            lines.append(space.str_utf8(w_msg))
        try:
            obj_repr = space.repr_utf8(w_obj)
        except OperationError:
            obj_repr = '<object repr() failed>'
        lines.append(': %s\n' % obj_repr)
    elif not space.is_none(w_msg):
        lines.append('%s:\n' % space.str_utf8(w_msg))
    if isinstance(w_value, W_BaseException):
        lines.append(format_traceback(space, w_value))
    elif not space.is_none(w_type):
        lines.append(type_name(space, w_type))
        if not space.is_none(w_value):
            try:
                lines.append(': ' + space.str_utf8(w_value))
            except OperationError:
                lines.append(': <exception str() failed>')
        lines.append('\n')
    return ''.join(lines)


def write_default(space, w_args):
    """The default hook: the text on sys.stderr (nothing when it is None)."""
    w_stderr = space.builtin_modules['sys'].w_dict.getitem_str(space,
                                                               'stderr')
    if w_stderr is None or space.is_none(w_stderr):
        return
    space.call_method(w_stderr, 'write',
                      space.newtext_utf8(unraisable_text(space, w_args)))
    space.call_method(w_stderr, 'flush')


def sys_unraisablehook(space, args):
    check_args(space, args, 'unraisablehook', 1, 1)
    w_args = args.arguments_w[0]
    if not isinstance(w_args, W_UnraisableHookArgs):
        raise space.error(space.w_TypeError, "sys.unraisablehook argument "
                          "type must be UnraisableHookArgs")
    write_default(space, w_args)
    return space.w_None


def hook_args(space, w_exc, err_msg, w_obj):
    return W_UnraisableHookArgs([space.type(w_exc), w_exc, space.w_None,
                                 space.newtext_utf8(err_msg), w_obj])


def write_unraisable(space, w_exc, err_msg, w_obj):
    """Reports the exception w_exc that cannot propagate through
    sys.unraisablehook; when the hook is None or fails, the default hook
    writes it (and the hook's own exception), as CPython's
    _PyErr_WriteUnraisableMsg."""
    w_args = hook_args(space, w_exc, err_msg, w_obj)
    w_hook = space.builtin_modules['sys'].w_dict.getitem_str(
        space, 'unraisablehook')
    try:
        if w_hook is not None and not space.is_none(w_hook):
            try:
                space.call_function(w_hook, w_args)
                return
            except OperationError as e:
                w_args = hook_args(space, e.w_value, 'Exception ignored in '
                                   'sys.unraisablehook', w_hook)
        write_default(space, w_args)
    except OperationError:
        pass        # nowhere left to report it
