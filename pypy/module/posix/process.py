"""os's process functions: waitpid and the W* macros on its status,
waitstatus_to_exitcode, kill, system and _exit (what subprocess and
os.popen use; the child itself is started by _posixsubprocess)."""

import errno
import os
from rpython.tool.sourcetools import func_with_new_name
from pypy.interpreter.arguments import check_args
from pypy.module.posix.oserror import wrap_oserror
from pypy.module.signal.interp_signal import check_signals


def int_args(space, args, fname, n):
    check_args(space, args, fname, n, n)
    return [space.int_w(w_arg) for w_arg in args.arguments_w]


def os_waitpid(space, args):
    """Waits again when a signal interrupts it, as CPython (PEP 475)."""
    pid, options = int_args(space, args, 'waitpid', 2)
    while True:
        try:
            result, status = os.waitpid(pid, options)
            break
        except OSError as e:
            if e.errno != errno.EINTR:
                raise wrap_oserror(space, e)
        check_signals(space)
    return space.newtuple([space.newint(result), space.newint(status)])


def wait_macro(name, macro, returns_bool):
    def func(space, args):
        status = int_args(space, args, name, 1)[0]
        if returns_bool:
            return space.newbool(macro(status))
        return space.newint(macro(status))
    return name, func_with_new_name(func, 'os_' + name)


WAIT_MACROS = [wait_macro('WIFEXITED', os.WIFEXITED, True),
               wait_macro('WIFSIGNALED', os.WIFSIGNALED, True),
               wait_macro('WIFSTOPPED', os.WIFSTOPPED, True),
               wait_macro('WIFCONTINUED', os.WIFCONTINUED, True),
               wait_macro('WCOREDUMP', os.WCOREDUMP, True),
               wait_macro('WEXITSTATUS', os.WEXITSTATUS, False),
               wait_macro('WTERMSIG', os.WTERMSIG, False),
               wait_macro('WSTOPSIG', os.WSTOPSIG, False)]


def os_waitstatus_to_exitcode(space, args):
    status = int_args(space, args, 'waitstatus_to_exitcode', 1)[0]
    if status >= 0:
        if os.WIFEXITED(status):
            return space.newint(os.WEXITSTATUS(status))
        if os.WIFSIGNALED(status):
            return space.newint(-os.WTERMSIG(status))
        if os.WIFSTOPPED(status):
            raise space.error(space.w_ValueError,
                              "process stopped by delivery of signal %d" %
                              os.WSTOPSIG(status))
    raise space.error(space.w_ValueError,
                      "invalid wait status: %d" % status)


def os_kill(space, args):
    pid, sig = int_args(space, args, 'kill', 2)
    try:
        os.kill(pid, sig)
    except OSError as e:
        raise wrap_oserror(space, e)
    check_signals(space)    # (a signal sent to ourselves)
    return space.w_None


def os_system(space, args):
    from pypy.module.posix.moduledef import path_arg
    check_args(space, args, 'system', 1, 1)
    command = path_arg(space, args.arguments_w[0])
    assert command is not None
    if '\x00' in command:
        raise space.error(space.w_ValueError, "embedded null byte")
    return space.newint(os.system(command))


def os__exit(space, args):
    status = int_args(space, args, '_exit', 1)[0]
    os._exit(status)
    return space.w_None


FUNCTIONS = [('waitpid', os_waitpid),
             ('waitstatus_to_exitcode', os_waitstatus_to_exitcode),
             ('kill', os_kill), ('system', os_system),
             ('_exit', os__exit)] + WAIT_MACROS
