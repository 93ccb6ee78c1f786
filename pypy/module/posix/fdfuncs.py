"""os's file-descriptor functions: open, close, read, write, pipe, dup,
dup2, their inheritable and blocking flags, and fspath.  A descriptor
os makes is not inheritable, as CPython's (PEP 446): a child started by
subprocess only gets what it is given.  No function takes dir_fd:
os.supports_dir_fd is empty, so shutil.rmtree and os.fwalk's users take
their path-based ways."""

import os
from rpython.rlib import rposix
from rpython.rlib.rarithmetic import intmask
from pypy.interpreter.arguments import check_args, check_keywords, \
    check_positional, keyword_value
from pypy.module.posix.oserror import wrap_oserror
from pypy.objspace.bytearrayobject import bytes_like
from pypy.objspace.bytesobject import bytes_like_required
from pypy.objspace.memoryviewobject import W_MemoryView


def os_open(space, args):
    """os.open(path, flags, mode=0o777)."""
    from pypy.module.posix.moduledef import path_arg
    check_keywords(space, args, 'open', ['mode'])
    n = len(args.arguments_w)
    if n < 2 or n > 3:
        raise space.error(space.w_TypeError,
                          "open() takes from 2 to 3 positional arguments")
    w_path = args.arguments_w[0]
    flags = space.int_w(args.arguments_w[1])
    w_mode = keyword_value(args, 'mode')
    if n == 3:
        w_mode = args.arguments_w[2]
    mode = 0777
    if w_mode is not None:
        mode = space.int_w(w_mode)
    try:
        fd = os.open(path_arg(space, w_path), flags | rposix.O_CLOEXEC,
                     mode)
    except OSError as e:
        raise wrap_oserror(space, e, w_path)
    return space.newint(fd)


def os_close(space, args):
    check_args(space, args, 'close', 1, 1)
    try:
        os.close(space.int_w(args.arguments_w[0]))
    except OSError as e:
        raise wrap_oserror(space, e)
    return space.w_None


def os_read(space, args):
    check_args(space, args, 'read', 2, 2)
    fd = space.int_w(args.arguments_w[0])
    n = space.int_w(args.arguments_w[1])
    if n < 0:
        raise space.error(space.w_ValueError, "negative length")
    try:
        return space.newbytes(os.read(fd, n))
    except OSError as e:
        raise wrap_oserror(space, e)


def os_write(space, args):
    check_args(space, args, 'write', 2, 2)
    fd = space.int_w(args.arguments_w[0])
    w_data = args.arguments_w[1]
    data = bytes_like(w_data)
    if isinstance(w_data, W_MemoryView):     # (subprocess writes views)
        data = w_data.as_str(space)
    if data is None:
        raise bytes_like_required(space, w_data)
    try:
        return space.newint(intmask(os.write(fd, data)))
    except OSError as e:
        raise wrap_oserror(space, e)


def os_fspath(space, args):
    """str and bytes as they are; else what __fspath__ returns, which must
    be one of them."""
    check_args(space, args, 'fspath', 1, 1)
    w_path = args.arguments_w[0]
    if space.isinstance_w(w_path, space.w_str) or \
            space.isinstance_w(w_path, space.w_bytes):
        return w_path
    w_fspath = space.lookup_special(w_path, '__fspath__')
    if w_fspath is None:
        raise space.error(space.w_TypeError,
                          "expected str, bytes or os.PathLike object, not "
                          "%s" % space.type_name(space.type(w_path)))
    w_result = space.call_function(w_fspath)
    if not (space.isinstance_w(w_result, space.w_str) or
            space.isinstance_w(w_result, space.w_bytes)):
        raise space.error(space.w_TypeError,
                          "expected %s.__fspath__() to return str or bytes, "
                          "not %s" % (space.type_name(space.type(w_path)),
                                      space.type_name(space.type(w_result))))
    return w_result


def os_pipe(space, args):
    check_args(space, args, 'pipe', 0, 0)
    try:
        fdread, fdwrite = rposix.pipe(rposix.O_CLOEXEC)
        # (pipe() without pipe2 ignores the flag)
        rposix.set_inheritable(fdread, False)
        rposix.set_inheritable(fdwrite, False)
    except OSError as e:
        raise wrap_oserror(space, e)
    return space.newtuple([space.newint(fdread), space.newint(fdwrite)])


def os_dup(space, args):
    check_args(space, args, 'dup', 1, 1)
    try:
        return space.newint(rposix.dup(space.int_w(args.arguments_w[0]),
                                       inheritable=False))
    except OSError as e:
        raise wrap_oserror(space, e)


def os_dup2(space, args):
    """os.dup2(fd, fd2, inheritable=True): fd2."""
    check_keywords(space, args, 'dup2', ['inheritable'])
    check_positional(space, args, 'dup2', 2, 3)
    fd = space.int_w(args.arguments_w[0])
    fd2 = space.int_w(args.arguments_w[1])
    w_inheritable = keyword_value(args, 'inheritable')
    if len(args.arguments_w) == 3:
        w_inheritable = args.arguments_w[2]
    inheritable = w_inheritable is None or space.is_true(w_inheritable)
    try:
        rposix.dup2(fd, fd2, inheritable)
    except OSError as e:
        raise wrap_oserror(space, e)
    return space.newint(fd2)


def os_fstat(space, args):
    """os.fstat(fd): the stat_result of an open descriptor (pytest's fd
    capture checks its descriptors with it)."""
    from pypy.module.posix import statresult
    check_args(space, args, 'fstat', 1, 1)
    try:
        st = os.fstat(space.int_w(args.arguments_w[0]))
    except OSError as e:
        raise wrap_oserror(space, e)
    return statresult.stat_result_of(space, st)


def os_isatty(space, args):
    check_args(space, args, 'isatty', 1, 1)
    return space.newbool(os.isatty(space.int_w(args.arguments_w[0])))


def fd_and_flag(space, args, fname):
    check_args(space, args, fname, 2, 2)
    return (space.int_w(args.arguments_w[0]),
            space.is_true(args.arguments_w[1]))


def os_get_inheritable(space, args):
    check_args(space, args, 'get_inheritable', 1, 1)
    try:
        return space.newbool(rposix.get_inheritable(
            space.int_w(args.arguments_w[0])))
    except OSError as e:
        raise wrap_oserror(space, e)


def os_set_inheritable(space, args):
    fd, inheritable = fd_and_flag(space, args, 'set_inheritable')
    try:
        rposix.set_inheritable(fd, inheritable)
    except OSError as e:
        raise wrap_oserror(space, e)
    return space.w_None


def os_get_blocking(space, args):
    check_args(space, args, 'get_blocking', 1, 1)
    try:
        flags = rposix.get_status_flags(space.int_w(args.arguments_w[0]))
    except OSError as e:
        raise wrap_oserror(space, e)
    return space.newbool(not flags & os.O_NONBLOCK)


def os_set_blocking(space, args):
    fd, blocking = fd_and_flag(space, args, 'set_blocking')
    try:
        flags = rposix.get_status_flags(fd)
        if blocking:
            flags &= ~os.O_NONBLOCK
        else:
            flags |= os.O_NONBLOCK
        rposix.set_status_flags(fd, flags)
    except OSError as e:
        raise wrap_oserror(space, e)
    return space.w_None


FUNCTIONS = [('open', os_open), ('close', os_close), ('read', os_read),
             ('write', os_write), ('fspath', os_fspath), ('pipe', os_pipe),
             ('dup', os_dup), ('dup2', os_dup2), ('fstat', os_fstat),
             ('isatty', os_isatty),
             ('get_inheritable', os_get_inheritable),
             ('set_inheritable', os_set_inheritable),
             ('get_blocking', os_get_blocking),
             ('set_blocking', os_set_blocking)]
