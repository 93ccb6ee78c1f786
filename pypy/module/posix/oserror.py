"""OSError instances made by the interpreter for failed system calls:
args (errno, strerror), attributes errno/strerror/filename, and CPython's
message `[Errno 2] No such file or directory: 'x'`."""

import errno as errno_mod
import os
from pypy.interpreter.error import OperationError
from pypy.objspace.excobject import W_OSErrorInstance


def exception_type_for_errno(space, errno):
    if errno == errno_mod.ENOENT:
        return space.w_FileNotFoundError
    if errno == errno_mod.EEXIST:
        return space.w_FileExistsError
    if errno == errno_mod.EACCES or errno == errno_mod.EPERM:
        return space.w_PermissionError
    if errno == errno_mod.EISDIR:
        return space.w_IsADirectoryError
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
