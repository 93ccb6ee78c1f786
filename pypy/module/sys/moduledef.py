"""The sys module."""

import os
import sys
from pypy.interpreter.arguments import check_args
from pypy.interpreter.function import BuiltinFunction
from pypy.objspace.typeobject import TypeDef
from pypy.module.sys.streams import W_TextStream, stream_methods

VERSION = "3.11.7 (micronumpy-pypy)"


def sys_exit(space, args):
    check_args(space, args, 'exit', 0, 1)
    raise space.raise_exception(space.new_exception_args(
        space.w_SystemExit, args.arguments_w))


def sys_getrecursionlimit(space, args):
    check_args(space, args, 'getrecursionlimit', 0, 0)
    return space.newint(space.ec.recursion_limit)


def sys_setrecursionlimit(space, args):
    check_args(space, args, 'setrecursionlimit', 1, 1)
    limit = space.int_w(args.arguments_w[0])
    if limit < 1:
        raise space.error(space.w_ValueError,
                          "recursion limit must be greater or equal than 1")
    space.ec.recursion_limit = limit
    return space.w_None


def sys_exc_info(space, args):
    check_args(space, args, 'exc_info', 0, 0)
    w_exc = space.ec.w_current_exc
    if w_exc is None:
        return space.newtuple([space.w_None, space.w_None, space.w_None])
    return space.newtuple([space.type(w_exc), w_exc, space.w_None])


FUNCTIONS = [('exit', sys_exit),
             ('getrecursionlimit', sys_getrecursionlimit),
             ('setrecursionlimit', sys_setrecursionlimit),
             ('exc_info', sys_exc_info)]


def make_module(space):
    w_mod = space.newmodule('sys')
    space.make_builtin_type('w_TextIOWrapper', TypeDef(
        'TextIOWrapper', methods=stream_methods, acceptable_as_base=False),
        [space.w_object])
    space.w_stdout = W_TextStream(1, '<stdout>', False)
    space.w_stderr = W_TextStream(2, '<stderr>', True)
    for name, func in FUNCTIONS:
        w_mod.w_dict.setitem_str(space, name, BuiltinFunction(name, func))
    setitem = w_mod.w_dict.setitem_str
    setitem(space, 'stdout', space.w_stdout)
    setitem(space, 'stderr', space.w_stderr)
    setitem(space, '__stdout__', space.w_stdout)
    setitem(space, '__stderr__', space.w_stderr)
    setitem(space, 'version', space.newtext_utf8(VERSION))
    setitem(space, 'version_info', space.newtuple([
        space.newint(3), space.newint(11), space.newint(7),
        space.newtext_utf8('final'), space.newint(0)]))
    setitem(space, 'implementation_name', space.newtext_utf8('pypy'))
    setitem(space, 'maxsize', space.newint(sys.maxint))
    setitem(space, 'byteorder', space.newtext_utf8('little'))
    setitem(space, 'platform', space.newtext_utf8('linux'))
    setitem(space, 'modules', space.w_modules)
    setitem(space, 'argv', space.newlist([]))
    setitem(space, 'path', space.newlist([]))
    return w_mod


def set_argv_and_path(space, argv, script_dir):
    """Called at start-up with the script's arguments."""
    w_sys = space.builtin_modules['sys']
    w_sys.w_dict.setitem_str(space, 'argv', space.newlist(
        [space.newtext_utf8(arg) for arg in argv]))
    path = [script_dir]
    pythonpath = os.environ.get('PYTHONPATH')
    if pythonpath:
        for entry in pythonpath.split(':'):
            if entry:
                path.append(entry)
    w_sys.w_dict.setitem_str(space, 'path', space.newlist(
        [space.newtext_utf8(p) for p in path]))
