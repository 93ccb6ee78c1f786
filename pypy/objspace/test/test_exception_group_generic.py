"""BaseExceptionGroup and ExceptionGroup subscriptable, as CPython's
(pytest's RaisesGroup derives from AbstractRaises[BaseExceptionGroup[E]])."""

from pypy.module.sys.moduledef import set_argv_and_path
from pypy.objspace.objspace import ObjSpace
from pypy.interpreter.test.support import app_repr

space = ObjSpace()
set_argv_and_path(space, ['test'], '')    # types.GenericAlias is lib_pypy's


def test_subscripted_exception_groups_are_generic_aliases():
    assert app_repr(space, """
a = BaseExceptionGroup[ValueError]
b = ExceptionGroup[int]
return a.__origin__ is BaseExceptionGroup, a.__args__, b.__origin__ is ExceptionGroup
""") == "(True, (<class 'ValueError'>,), True)"
