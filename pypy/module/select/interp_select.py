"""select.select(rlist, wlist, xlist, timeout=None) over rpoll.select: the
lists hold ints or objects with fileno(); the result gives back the
objects themselves.  Interrupted by a signal (EINTR), it runs the
handlers and waits again for what is left of the timeout, as CPython
(PEP 475)."""

import errno
import time
from rpython.rlib import rpoll
from pypy.interpreter.arguments import check_args
from pypy.module.posix.oserror import oserror
from pypy.module.select.fdarg import fd_of
from pypy.module.signal.interp_signal import check_signals


def timeout_seconds(space, w_timeout):
    """The timeout in seconds, -1.0 for None (wait for ever)."""
    if space.is_none(w_timeout):
        return -1.0
    if not (space.isinstance_w(w_timeout, space.w_int) or
            space.isinstance_w(w_timeout, space.w_float)):
        raise space.error(space.w_TypeError,
                          "timeout must be a float or None")
    timeout = space.float_w(w_timeout)
    if timeout != timeout:
        raise space.error(space.w_ValueError,
                          "Invalid value NaN (not a number)")
    if timeout < 0.0:
        raise space.error(space.w_ValueError, "timeout must be non-negative")
    return timeout


def fd_list(space, w_iterable):
    """(the objects, their file descriptors)"""
    objects_w = space.unpackiterable(w_iterable)
    fds = []
    for w_obj in objects_w:
        fd = fd_of(space, w_obj)
        if fd >= rpoll.FD_SETSIZE:
            raise space.error(space.w_ValueError,
                              "filedescriptor out of range in select()")
        fds.append(fd)
    return objects_w, fds


def ready_objects(space, objects_w, fds, ready):
    return space.newlist([objects_w[i] for i in range(len(fds))
                          if fds[i] in ready])


def select_select(space, args):
    check_args(space, args, 'select', 3, 4)
    rlist_w, rfds = fd_list(space, args.arguments_w[0])
    wlist_w, wfds = fd_list(space, args.arguments_w[1])
    xlist_w, xfds = fd_list(space, args.arguments_w[2])
    timeout = -1.0
    if len(args.arguments_w) == 4:
        timeout = timeout_seconds(space, args.arguments_w[3])
    deadline = time.time() + timeout
    while True:
        try:
            rready, wready, xready = rpoll.select(rfds, wfds, xfds, timeout)
            break
        except rpoll.SelectError as e:
            if e.errno != errno.EINTR:
                raise oserror(space, e.errno)
        check_signals(space)
        if timeout >= 0.0:
            timeout = max(deadline - time.time(), 0.0)
    return space.newtuple([ready_objects(space, rlist_w, rfds, rready),
                           ready_objects(space, wlist_w, wfds, wready),
                           ready_objects(space, xlist_w, xfds, xready)])
