"""What the forked child of _posixsubprocess.fork_exec does, in the order
of CPython 3.11's child_exec(): set up its standard descriptors from the
pipes, chdir, umask, signals, session, ids, preexec_fn, close the other
descriptors, then exec each candidate of the executable list.  A failure
is written to errpipe_write as CPython's child writes it
("OSError:<hex errno>:" plus "noexec" when exec was never tried), which
subprocess turns into FileNotFoundError, PermissionError... with
CPython's message.  The child never returns into the interpreter."""

import errno
import os
from rpython.rlib import rposix, rsignal
from rpython.rlib.objectmodel import we_are_translated
from pypy.interpreter.error import OperationError


class ChildConfig(object):
    """fork_exec's arguments, converted before the fork."""

    def __init__(self, argv, executables, close_fds, pass_fds, cwd, env,
                 fds, restore_signals, call_setsid, pgid_to_set, gid,
                 extra_groups, uid, child_umask, w_preexec_fn):
        self.argv = argv
        self.executables = executables
        self.close_fds = close_fds
        self.pass_fds = pass_fds
        self.cwd = cwd                  # None: stay
        self.env = env                  # None: inherit (execv)
        # p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
        # errpipe_read, errpipe_write
        self.fds = fds
        self.restore_signals = restore_signals
        self.call_setsid = call_setsid
        self.pgid_to_set = pgid_to_set
        self.gid = gid                  # -1: keep
        self.extra_groups = extra_groups    # None: keep
        self.uid = uid                  # -1: keep
        self.child_umask = child_umask
        self.w_preexec_fn = w_preexec_fn    # None: no call


def close_quietly(fd):
    if fd != -1:
        try:
            os.close(fd)
        except OSError:
            pass


def dup_to(fd, target):
    """fd becomes the child's descriptor `target` (inheritable)."""
    if fd == target:
        rposix.set_inheritable(fd, True)
    elif fd != -1:
        rposix.dup2(fd, target)


def close_open_fds(keep):
    """Closes every descriptor from 3 on that is not in `keep`."""
    try:
        names = os.listdir('/proc/self/fd')
    except OSError:
        names = [str(fd) for fd in range(3, 1024)]
    for name in names:
        fd = int(name)
        if fd >= 3 and fd not in keep:
            close_quietly(fd)


def exec_candidates(config):
    """Tries each executable; the errno to report: the first that is not
    ENOENT/ENOTDIR, else the last."""
    saved_errno = 0
    last_errno = errno.ENOENT
    for executable in config.executables:
        try:
            if config.env is None:
                os.execv(executable, config.argv)
            else:
                os.execve(executable, config.argv, config.env)
        except OSError as e:
            last_errno = e.errno
            if e.errno != errno.ENOENT and e.errno != errno.ENOTDIR and \
                    saved_errno == 0:
                saved_errno = e.errno
    if saved_errno:
        return saved_errno
    return last_errno


def write_quietly(fd, data):
    try:
        os.write(fd, data)
    except OSError:
        pass


def prepare(config):
    """Everything before preexec_fn (an OSError here is reported with
    "noexec")."""
    p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, \
        errpipe_read, errpipe_write = config.fds
    for fd in config.pass_fds:
        # (errpipe_write is kept open, but must close at exec)
        if fd != errpipe_write:
            rposix.set_inheritable(fd, True)
    close_quietly(p2cwrite)
    close_quietly(c2pread)
    close_quietly(errread)
    close_quietly(errpipe_read)
    # a pipe end that is itself 0, 1 or 2 must survive the dup2s below
    if c2pwrite == 0:
        c2pwrite = rposix.dup(c2pwrite)
    while errwrite == 0 or errwrite == 1:
        errwrite = rposix.dup(errwrite)
    dup_to(p2cread, 0)
    dup_to(c2pwrite, 1)
    dup_to(errwrite, 2)
    if config.cwd is not None:
        os.chdir(config.cwd)
    if config.child_umask >= 0:
        os.umask(config.child_umask)
    if config.restore_signals and we_are_translated():
        rsignal.pypysig_default(rsignal.SIGPIPE)
        rsignal.pypysig_default(rsignal.SIGXFSZ)
    if config.call_setsid:
        rposix.setsid()
    if config.pgid_to_set >= 0:
        rposix.setpgid(0, config.pgid_to_set)
    if config.extra_groups is not None:
        rposix.setgroups(config.extra_groups)
    if config.gid != -1:
        rposix.setregid(config.gid, config.gid)
    if config.uid != -1:
        rposix.setreuid(config.uid, config.uid)


def run_child(space, config):
    """In the forked child: exec, or report why not and _exit(255)."""
    errpipe_write = config.fds[7]
    try:
        reached_preexec = False
        try:
            prepare(config)
            reached_preexec = True
            if config.w_preexec_fn is not None:
                try:
                    space.call_function(config.w_preexec_fn)
                except OperationError:
                    write_quietly(errpipe_write, "SubprocessError:0:"
                                  "Exception occurred in preexec_fn.")
                    return
            if config.close_fds:
                close_open_fds(config.pass_fds)
            error = exec_candidates(config)
        except OSError as e:
            error = e.errno
        report = "OSError:%x:" % error
        if not reached_preexec:
            report += "noexec"
        write_quietly(errpipe_write, report)
    finally:
        os._exit(255)
