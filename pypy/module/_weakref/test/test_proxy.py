"""weakref.proxy objects."""

from pypy.objspace.objspace import ObjSpace
from pypy.interpreter.test.support import app_repr

space = ObjSpace()


def test_a_proxy_s_class_is_its_referent_s():
    assert app_repr(space, "class C:\n"
                           "    pass\n"
                           "c = C()\n"
                           "p = _weakref.proxy(c)\n"
                           "return p.__class__ is C, type(p).__name__",
                    "import _weakref") == "(True, 'ProxyType')"
