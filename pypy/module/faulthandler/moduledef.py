"""The faulthandler module: enable/disable/is_enabled and dump_traceback,
which writes the Python stack to a file descriptor (stackdump.py), as
CPython's; pytest's faulthandler plugin enables it on a duplicate of
stderr.

enable() records the file and installs no signal handler: a fatal signal
(SIGSEGV, SIGFPE, SIGABRT, SIGBUS, SIGILL) ends pypy-c without a Python
stack dump.  dump_traceback_later needs a watchdog thread, which pypy-c
has not: it raises NotImplementedError, and cancel_dump_traceback_later,
with nothing ever scheduled, does nothing."""

import os
from pypy.interpreter.arguments import argument, check_args, \
    check_keywords
from pypy.interpreter.error import OperationError
from pypy.interpreter.function import BuiltinFunction
from pypy.module._thread.moduledef import MAIN_THREAD_IDENT
from pypy.module.faulthandler.stackdump import stack_text


class FatalErrorHandler(object):
    """What enable() recorded (one per process, as CPython's): the file
    object is kept so that its descriptor stays open."""

    def __init__(self):
        self.enabled = False
        self.fd = -1
        self.all_threads = True
        self.w_file = None


handler = FatalErrorHandler()


def check_arguments(space, args, fname, names):
    check_keywords(space, args, fname, names)
    n = len(args.arguments_w)
    if n > len(names):
        raise space.error(space.w_TypeError,
                          "%s() takes at most %d arguments (%d given)" % (
                              fname, len(names), n))


def file_descriptor(space, w_file):
    """(fd, file object to keep or None) of the file argument, as
    CPython's faulthandler_get_fileno: sys.stderr by default, an int
    descriptor, or an object's fileno() (the object is flushed)."""
    if w_file is None or space.is_none(w_file):
        w_file = space.builtin_modules['sys'].w_dict.getitem_str(space,
                                                                 'stderr')
        if w_file is None:
            raise space.error(space.w_RuntimeError,
                              "unable to get sys.stderr")
        if space.is_none(w_file):
            raise space.error(space.w_RuntimeError, "sys.stderr is None")
    elif space.isinstance_w(w_file, space.w_int):
        fd = space.int_w(w_file)
        if fd < 0:
            # (CPython 3.11's spelling)
            raise space.error(space.w_ValueError,
                              "file is not a valid file descripter")
        return fd, None
    w_fd = space.call_method(w_file, 'fileno')
    fd = -1
    if space.isinstance_w(w_fd, space.w_int):
        fd = space.int_w(w_fd)
    if fd < 0:
        raise space.error(space.w_RuntimeError,
                          "file.fileno() is not a valid file descriptor")
    try:
        space.call_method(w_file, 'flush')
    except OperationError:
        pass        # as CPython, a failing flush() does not stop the dump
    return fd, w_file


def all_threads_flag(space, args, position):
    w_all = argument(args, position, 'all_threads')
    return w_all is None or space.is_true(w_all)


def write_all(fd, text):
    """Writes text to fd, as much as the descriptor takes (CPython's
    dump ignores write errors)."""
    while text:
        try:
            written = os.write(fd, text)
        except OSError:
            return
        if written <= 0:
            return
        text = text[written:]


def faulthandler_enable(space, args):
    check_arguments(space, args, 'enable', ['file', 'all_threads'])
    fd, w_file = file_descriptor(space, argument(args, 0, 'file'))
    handler.enabled = True
    handler.fd = fd
    handler.all_threads = all_threads_flag(space, args, 1)
    handler.w_file = w_file
    return space.w_None


def faulthandler_disable(space, args):
    """True when it was enabled."""
    check_args(space, args, 'faulthandler.disable', 0, 0)
    was_enabled = handler.enabled
    handler.enabled = False
    handler.fd = -1
    handler.w_file = None
    return space.newbool(was_enabled)


def faulthandler_is_enabled(space, args):
    check_args(space, args, 'faulthandler.is_enabled', 0, 0)
    return space.newbool(handler.enabled)


def faulthandler_dump_traceback(space, args):
    check_arguments(space, args, 'dump_traceback', ['file', 'all_threads'])
    fd, _ = file_descriptor(space, argument(args, 0, 'file'))
    write_all(fd, stack_text(space.ec.topframe,
                             all_threads_flag(space, args, 1),
                             MAIN_THREAD_IDENT))
    return space.w_None


def faulthandler_dump_traceback_later(space, args):
    raise space.error(space.w_NotImplementedError,
                      "faulthandler.dump_traceback_later: pypy-c has no "
                      "watchdog thread")


def faulthandler_cancel_dump_traceback_later(space, args):
    check_args(space, args, 'faulthandler.cancel_dump_traceback_later', 0,
               0)
    return space.w_None


FUNCTIONS = [('enable', faulthandler_enable),
             ('disable', faulthandler_disable),
             ('is_enabled', faulthandler_is_enabled),
             ('dump_traceback', faulthandler_dump_traceback),
             ('dump_traceback_later', faulthandler_dump_traceback_later),
             ('cancel_dump_traceback_later',
              faulthandler_cancel_dump_traceback_later)]


def make_module(space):
    w_mod = space.newmodule('faulthandler')
    for name, func in FUNCTIONS:
        w_mod.w_dict.setitem_str(space, name, BuiltinFunction(name, func))
    return w_mod
