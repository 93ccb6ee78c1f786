"""Interp-level tests of atexit: the order of the calls at exit, their
arguments, unregister, and an exception that does not stop the others."""

from pypy.interpreter.arguments import Arguments
from pypy.module.atexit import moduledef
from pypy.objspace.objspace import ObjSpace

space = ObjSpace()


def recorder(calls, label):
    from pypy.interpreter.function import BuiltinFunction

    def record(space, args):
        calls.append((label, [space.int_w(w) for w in args.arguments_w],
                      args.keyword_names))
        return space.w_None
    return BuiltinFunction(label, record)


def test_last_registered_runs_first_with_its_arguments():
    calls = []
    w_first = recorder(calls, 'first')
    w_second = recorder(calls, 'second')
    assert moduledef.atexit_register(space, Arguments(
        [w_first, space.newint(1)], ['y'], [space.newint(2)])) is w_first
    moduledef.atexit_register(space, Arguments([w_second]))
    moduledef.run_exit_functions(space)
    assert calls == [('second', [], []), ('first', [1], ['y'])]
    assert moduledef.exit_functions.calls == []


def test_unregister_removes_every_registration():
    calls = []
    w_func = recorder(calls, 'f')
    moduledef.atexit_register(space, Arguments([w_func]))
    moduledef.atexit_register(space, Arguments([w_func]))
    moduledef.atexit_unregister(space, Arguments([w_func]))
    moduledef.run_exit_functions(space)
    assert calls == []


def test_an_exception_is_reported_and_the_next_function_runs():
    from pypy.interpreter.function import BuiltinFunction
    calls = []

    def fail(space, args):
        raise space.error(space.w_ValueError, "boom")
    moduledef.atexit_register(space, Arguments([recorder(calls, 'after')]))
    moduledef.atexit_register(space, Arguments([BuiltinFunction('fail',
                                                                fail)]))
    moduledef.run_exit_functions(space)
    assert calls == [('after', [], [])]
