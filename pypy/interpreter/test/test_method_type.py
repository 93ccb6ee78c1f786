"""types.MethodType(function, instance) (importlib.metadata's
method_cache binds its wrapper with it)."""

from pypy.objspace.objspace import ObjSpace
from pypy.interpreter.test.support import app_repr

space = ObjSpace()


def test_binds_the_function_to_the_instance():
    assert app_repr(space, """
class C:
    pass
def f(self, x):
    return self, x
c = C()
m = type(c.__init__)(f, c)
return m(1) == (c, 1), m.__self__ is c, m.__func__ is f
""") == "(True, True, True)"


def test_bad_arguments():
    assert app_repr(space, """
MethodType = type(f.__get__(1))
errors = []
for args in [(1, 2), (f, None), (f,)]:
    try:
        MethodType(*args)
    except TypeError as e:
        errors.append(str(e))
return errors
""", prelude="def f(self):\n    pass\n") == (
        "['first argument must be callable', 'instance must not be None', "
        "'method expected 2 arguments, got 1']")
