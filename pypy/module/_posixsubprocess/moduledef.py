"""The _posixsubprocess module: fork_exec(), with CPython 3.11's
signature, through which subprocess.Popen starts every child.  The parent
converts the arguments, forks and returns the child's pid; the child's
work is in child.py."""

import os
from rpython.rlib.rstring import assert_str0
from pypy.interpreter.arguments import check_args
from pypy.interpreter.function import BuiltinFunction
from pypy.module._posixsubprocess.child import ChildConfig, run_child
from pypy.module.posix.oserror import wrap_oserror

# args, executable_list, close_fds, pass_fds, cwd, env, p2cread, p2cwrite,
# c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write,
# restore_signals, call_setsid, pgid_to_set, gid, extra_groups, uid,
# child_umask, preexec_fn, allow_vfork
N_ARGS = 23


def fs_bytes(space, w_path):
    """A str, bytes or os.PathLike argument as the bytes given to exec."""
    from pypy.module.posix.moduledef import path_arg
    path = path_arg(space, w_path)
    assert path is not None
    if '\x00' in path:
        raise space.error(space.w_ValueError, "embedded null byte")
    return assert_str0(path)


def bytes_list(space, w_sequence):
    return [fs_bytes(space, w_item)
            for w_item in space.unpackiterable(w_sequence)]


def environment(space, w_env):
    """env_list's b'key=value' items as the dict os.execve takes, or None
    for the parent's environment."""
    if space.is_none(w_env):
        return None
    env = {}
    for item in bytes_list(space, w_env):
        i = item.find('=')
        if i <= 0:
            raise space.error(space.w_ValueError,
                              "illegal environment variable name")
        env[item[:i]] = item[i + 1:]
    return env


def int_or_minus_one(space, w_value):
    if space.is_none(w_value):
        return -1
    return space.int_w(w_value)


def child_config(space, args_w):
    pass_fds = [space.int_w(w_fd) for w_fd in space.unpackiterable(args_w[3])]
    for fd in pass_fds:
        if fd < 0:
            raise space.error(space.w_ValueError, "bad value(s) in fds_to_keep")
    cwd = None
    if not space.is_none(args_w[4]):
        cwd = fs_bytes(space, args_w[4])
    extra_groups = None
    if not space.is_none(args_w[18]):
        extra_groups = [space.int_w(w_gid)
                        for w_gid in space.unpackiterable(args_w[18])]
    w_preexec_fn = args_w[21]
    if space.is_none(w_preexec_fn):
        w_preexec_fn = None
    elif not w_preexec_fn.is_callable(space):
        raise space.error(space.w_TypeError,
                          "preexec_fn must be callable")
    return ChildConfig(
        bytes_list(space, args_w[0]), bytes_list(space, args_w[1]),
        space.is_true(args_w[2]), pass_fds, cwd, environment(space, args_w[5]),
        [space.int_w(w_fd) for w_fd in args_w[6:14]],
        space.is_true(args_w[14]), space.is_true(args_w[15]),
        space.int_w(args_w[16]), int_or_minus_one(space, args_w[17]),
        extra_groups, int_or_minus_one(space, args_w[19]),
        space.int_w(args_w[20]), w_preexec_fn)


def fork_exec(space, args):
    check_args(space, args, 'fork_exec', N_ARGS, N_ARGS)
    config = child_config(space, args.arguments_w)
    try:
        pid = os.fork()
    except OSError as e:
        raise wrap_oserror(space, e)
    if pid == 0:
        run_child(space, config)
    return space.newint(pid)


def make_module(space):
    w_mod = space.newmodule('_posixsubprocess')
    w_mod.w_dict.setitem_str(space, 'fork_exec',
                             BuiltinFunction('fork_exec', fork_exec))
    return w_mod
