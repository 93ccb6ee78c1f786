"""Helpers shared by the JIT tests that run Python source on the real
interpreter."""

from pypy.interpreter.compiler import compile_source
from pypy.interpreter.main import run_module_code


def function_from_source(space, source, name):
    """The function `name` defined by running `source` as a new module."""
    w_module = space.newmodule('m')
    run_module_code(space, compile_source(space, source, '<test>', 'exec'),
                    w_module)
    return w_module.w_dict.getitem_str(space, name)
