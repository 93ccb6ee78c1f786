"""Python subclasses of the module type (pygments' _automodule, whose
__getattr__ imports on first use): instances are modules of the subclass,
whose attributes live in the module's dict."""

from pypy.objspace.objspace import ObjSpace
from pypy.interpreter.test.support import app_repr

space = ObjSpace()


def test_module_subclass_with_getattr():
    assert app_repr(space, """
class Auto(type(sys)):
    def __getattr__(self, name):
        if name == 'lazy':
            setattr(self, name, 42)
            return 42
        raise AttributeError(name)
m = Auto('pkg.auto')
m.__dict__.update({'x': 1})
sys.modules['pkg_auto'] = m
import pkg_auto
return (type(m).__name__, isinstance(m, type(sys)), m.__name__, m.x,
        m.lazy, 'lazy' in m.__dict__, pkg_auto is m)
""", prelude='import sys') == "('Auto', True, 'pkg.auto', 1, 42, True, True)"


def test_module_subclass_with_init():
    assert app_repr(space, """
class WithInit(type(sys)):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra
m = WithInit('m', 5)
return m.__name__, m.extra, m.__dict__['extra']
""", prelude='import sys') == "('m', 5, 5)"
