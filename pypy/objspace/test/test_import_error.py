"""ImportError's msg, name and path (runpy reads the name of the
ImportError of a failed import)."""

from pypy.objspace.objspace import ObjSpace
from pypy.interpreter.test.support import app_repr

space = ObjSpace()


def test_attributes_default_to_none_and_msg_to_the_argument():
    assert app_repr(space, """
e = ImportError('x')
return e.msg, e.name, e.path, ImportError().msg, ImportError('a', 'b').msg
""") == "('x', None, None, None, None)"


def test_keywords_set_name_and_path():
    assert app_repr(space, """
e = ImportError('x', name='n', path='p')
e.path = 'q'
return e.msg, e.name, e.path, e.args, str(e)
""") == "('x', 'n', 'q', ('x',), 'x')"


def test_failed_imports_name_the_module():
    assert app_repr(space, """
try:
    import no_such_module_here
except ImportError as e:
    missing = e.name
try:
    from sys import no_such_name
except ImportError as e:
    source = e.name
return missing, source
""") == "('no_such_module_here', 'sys')"
