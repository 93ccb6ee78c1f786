"""OSError instances made by the interpreter for failed system calls:
args (errno, strerror), attributes errno/strerror/filename, and CPython's
message `[Errno 2] No such file or directory: 'x'`."""

import errno as errno_mod
import os
from pypy.interpreter.error import OperationError
from pypy.objspace.excobject import W_OSErrorInstance
from rpython.rlib.unroll import unrolling_iterable


# CPython's OSError subclasses by errno (PEP 3151), those this interpreter has
ERRNO_EXCEPTIONS = [(errno_mod.ENOENT, 'w_FileNotFoundError'),
                    (errno_mod.EEXIST, 'w_FileExistsError'),
                    (errno_mod.EACCES, 'w_PermissionError'),
                    (errno_mod.EPERM, 'w_PermissionError'),
                    (errno_mod.EISDIR, 'w_IsADirectoryError'),
                    (errno_mod.ENOTDIR, 'w_NotADirectoryError'),
                    (errno_mod.ECHILD, 'w_ChildProcessError'),
                    (errno_mod.ESRCH, 'w_ProcessLookupError'),
                    (errno_mod.EINTR, 'w_InterruptedError'),
                    (errno_mod.EAGAIN, 'w_BlockingIOError'),
                    (errno_mod.EALREADY, 'w_BlockingIOError'),
                    (errno_mod.EINPROGRESS, 'w_BlockingIOError'),
                    (errno_mod.ETIMEDOUT, 'w_TimeoutError'),
                    (errno_mod.EPIPE, 'w_BrokenPipeError'),
                    (errno_mod.ESHUTDOWN, 'w_BrokenPipeError'),
                    (errno_mod.ECONNABORTED, 'w_ConnectionAbortedError'),
                    (errno_mod.ECONNREFUSED, 'w_ConnectionRefusedError'),
                    (errno_mod.ECONNRESET, 'w_ConnectionResetError')]
unrolling_errno_exceptions = unrolling_iterable(ERRNO_EXCEPTIONS)


def exception_type_for_errno(space, errno):
    for code, attrname in unrolling_errno_exceptions:
        if errno == code:
            return getattr(space, attrname)
    return space.w_OSError


def oserror(space, errno, w_filename=None):
    """The OperationError for a failed system call (errno) on w_filename
    (an app-level str, or None)."""
    w_type = exception_type_for_errno(space, errno)
    w_errno = space.newint(errno)
    w_strerror = space.newtext_utf8(os.strerror(errno))
    w_exc = W_OSErrorInstance(space, w_type, [w_errno, w_strerror])
    setitem = w_exc.getdict(space).setitem_str
    setitem(space, 'errno', w_errno)
    setitem(space, 'strerror', w_strerror)
    if w_filename is None:
        w_filename = space.w_None
    setitem(space, 'filename', w_filename)
    return OperationError(w_exc)


def wrap_oserror(space, e, w_filename=None):
    """From an interp-level OSError (or IOError) `e`."""
    errno = e.errno
    if not errno:
        errno = errno_mod.EIO
    return oserror(space, errno, w_filename)
