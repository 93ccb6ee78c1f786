"""The atexit module: functions called when the program ends
(shutdown_builtin_modules runs them, last registered first)."""

from pypy.interpreter.arguments import Arguments, check_args
from pypy.interpreter.error import OperationError
from pypy.interpreter.function import BuiltinFunction
from pypy.module.sys.unraisable import write_unraisable


class ExitFunctions(object):
    """The registered calls, in registration order (one list per process,
    as CPython's interpreter state)."""

    def __init__(self):
        self.calls = []


class ExitCall(object):
    def __init__(self, w_func, args):
        self.w_func = w_func
        self.args = args


exit_functions = ExitFunctions()


def atexit_register(space, args):
    if not args.arguments_w:
        raise space.error(space.w_TypeError,
                          "register() takes at least 1 argument (0 given)")
    w_func = args.arguments_w[0]
    if not w_func.is_callable(space):
        raise space.error(space.w_TypeError,
                          "the first argument must be callable")
    exit_functions.calls.append(ExitCall(w_func, Arguments(
        args.arguments_w[1:], args.keyword_names, args.keyword_values_w)))
    return w_func


def atexit_unregister(space, args):
    check_args(space, args, 'unregister', 1, 1)
    w_func = args.arguments_w[0]
    exit_functions.calls = [call for call in exit_functions.calls
                            if not space.eq_w(call.w_func, w_func)]
    return space.w_None


def run_exit_functions(space):
    """Calls every registered function, last first, and forgets them; an
    exception is reported on stderr, as CPython does, and the next function
    still runs."""
    calls = exit_functions.calls
    exit_functions.calls = []
    for i in range(len(calls) - 1, -1, -1):
        call = calls[i]
        try:
            space.call_args(call.w_func, call.args)
        except OperationError as e:
            if space.type(e.w_value).issubtype(space.w_SystemExit):
                continue
            write_unraisable(space, e.w_value,
                             "Exception ignored in atexit callback",
                             call.w_func)


def atexit_run_exitfuncs(space, args):
    check_args(space, args, '_run_exitfuncs', 0, 0)
    run_exit_functions(space)
    return space.w_None


def atexit_clear(space, args):
    check_args(space, args, '_clear', 0, 0)
    exit_functions.calls = []
    return space.w_None


def atexit_ncallbacks(space, args):
    check_args(space, args, '_ncallbacks', 0, 0)
    return space.newint(len(exit_functions.calls))


FUNCTIONS = [('register', atexit_register),
             ('unregister', atexit_unregister),
             ('_run_exitfuncs', atexit_run_exitfuncs),
             ('_clear', atexit_clear),
             ('_ncallbacks', atexit_ncallbacks)]


def make_module(space):
    w_mod = space.newmodule('atexit')
    for name, func in FUNCTIONS:
        w_mod.w_dict.setitem_str(space, name, BuiltinFunction(name, func))
    return w_mod
