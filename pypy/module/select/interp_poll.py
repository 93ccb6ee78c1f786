"""select.poll(): a poll object keeps {fd: event mask} (register, modify,
unregister) and poll(timeout) waits in poll(2) for those events, timeout
in milliseconds (None or negative: for ever), as CPython's."""

import errno
import math
import time
from rpython.rlib import rpoll
from pypy.interpreter.arguments import check_args, self_of
from pypy.module.posix.oserror import oserror
from pypy.module.select.fdarg import fd_of
from pypy.module.signal.interp_signal import check_signals
from pypy.objspace.root import W_Root

DEFAULT_EVENTS = rpoll.POLLIN | rpoll.POLLPRI | rpoll.POLLOUT


class W_Poll(W_Root):
    _attrs_ = ['events']

    def __init__(self):
        self.events = {}

    def getclass(self, space):
        return space.w_select_poll


def poll_self(space, args, fname, min_args, max_args):
    check_args(space, args, fname, min_args, max_args)
    return self_of(space, args, fname, W_Poll, "'select.poll' object")


def event_mask(space, w_mask):
    """An unsigned short, as CPython's."""
    mask = space.int_w(w_mask)
    if mask < 0:
        raise space.error(space.w_ValueError, "value must be positive")
    if mask > 0xffff:
        raise space.error(space.w_OverflowError,
                          "Python int too large for C unsigned short")
    return mask


def poll_register(space, args):
    w_poll = poll_self(space, args, 'register', 2, 3)
    fd = fd_of(space, args.arguments_w[1])
    mask = DEFAULT_EVENTS
    if len(args.arguments_w) == 3:
        mask = event_mask(space, args.arguments_w[2])
    w_poll.events[fd] = mask
    return space.w_None


def poll_modify(space, args):
    w_poll = poll_self(space, args, 'modify', 3, 3)
    fd = fd_of(space, args.arguments_w[1])
    mask = event_mask(space, args.arguments_w[2])
    if fd not in w_poll.events:
        raise oserror(space, errno.ENOENT)
    w_poll.events[fd] = mask
    return space.w_None


def poll_unregister(space, args):
    w_poll = poll_self(space, args, 'unregister', 2, 2)
    w_fd = args.arguments_w[1]
    fd = fd_of(space, w_fd)
    if fd not in w_poll.events:
        raise space.raise_exception(space.new_exception_args(
            space.w_KeyError, [space.newint(fd)]))
    del w_poll.events[fd]
    return space.w_None


def timeout_milliseconds(space, w_timeout):
    """-1 (for ever) for None; a float is rounded up, as CPython's
    _PyTime_ROUND_TIMEOUT."""
    if space.is_none(w_timeout):
        return -1
    if space.isinstance_w(w_timeout, space.w_float):
        timeout = space.float_w(w_timeout)
        if timeout != timeout:
            raise space.error(space.w_ValueError,
                              "Invalid value NaN (not a number)")
        timeout = math.ceil(timeout)
        if not -2147483648.0 <= timeout <= 2147483647.0:
            raise space.error(space.w_OverflowError, "timeout is too large")
        return int(timeout)
    if not space.isinstance_w(w_timeout, space.w_int):
        raise space.error(space.w_TypeError,
                          "timeout must be an integer or None")
    ms = space.int_w(w_timeout)
    if not -2147483648 <= ms <= 2147483647:
        raise space.error(space.w_OverflowError, "timeout is too large")
    return ms


def poll_poll(space, args):
    w_poll = poll_self(space, args, 'poll', 1, 2)
    ms = -1
    if len(args.arguments_w) == 2:
        ms = timeout_milliseconds(space, args.arguments_w[1])
    deadline = time.time() + ms / 1000.0
    while True:
        try:
            ready = rpoll.poll(w_poll.events, ms)
            break
        except rpoll.PollError as e:
            if e.errno != errno.EINTR:
                raise oserror(space, e.errno)
        check_signals(space)
        if ms >= 0:
            ms = max(int(math.ceil((deadline - time.time()) * 1000.0)), 0)
    return space.newlist([space.newtuple([space.newint(fd),
                                          space.newint(revents)])
                          for fd, revents in ready])


def select_poll(space, args):
    check_args(space, args, 'poll', 0, 0)
    return W_Poll()


POLL_METHODS = {'register': poll_register, 'modify': poll_modify,
                'unregister': poll_unregister, 'poll': poll_poll}
