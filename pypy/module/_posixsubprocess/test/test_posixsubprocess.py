"""Interp-level tests of _posixsubprocess.fork_exec: a child that runs,
one whose exec fails (reported through errpipe_write as CPython's
child does), and the argument conversions."""

import os
from pypy.interpreter.arguments import Arguments
from pypy.interpreter.error import OperationError
from pypy.module._posixsubprocess.moduledef import environment, fork_exec
from pypy.objspace.objspace import ObjSpace

space = ObjSpace()


def run(argv, executable):
    """(the child's wait status, what it wrote to errpipe)"""
    errpipe_read, errpipe_write = os.pipe()
    w = space.newint
    args = [space.newlist([space.newbytes(a) for a in argv]),
            space.newtuple([space.newbytes(executable)]), space.w_True,
            space.newtuple([w(errpipe_write)]), space.w_None, space.w_None]
    args += [w(-1)] * 6 + [w(errpipe_read), w(errpipe_write)]
    args += [space.w_True, space.w_False, w(-1), space.w_None,
             space.w_None, space.w_None, w(-1), space.w_None, space.w_True]
    pid = space.int_w(fork_exec(space, Arguments(args)))
    os.close(errpipe_write)
    data = os.read(errpipe_read, 1000)
    os.close(errpipe_read)
    return os.waitpid(pid, 0)[1], data


def test_child_runs():
    status, data = run(['sh', '-c', 'exit 3'], '/bin/sh')
    assert data == ''
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 3


def test_exec_failure_reported():
    status, data = run(['x'], '/no/such/program')
    assert data == 'OSError:2:'
    assert os.WEXITSTATUS(status) == 255


def test_environment():
    env_list = space.newlist([space.newbytes('A=1'), space.newbytes('B=x=y')])
    assert environment(space, env_list) == {'A': '1', 'B': 'x=y'}
    assert environment(space, space.w_None) is None
    try:
        environment(space, space.newlist([space.newbytes('=x')]))
    except OperationError as e:
        assert e.match(space, space.w_ValueError)
    else:
        raise AssertionError("no ValueError")
