"""builtins' other names of OSError (py's error module derives from
EnvironmentError)."""

from pypy.objspace.objspace import ObjSpace
from pypy.interpreter.test.support import app_repr

space = ObjSpace()


def test_environment_error_and_io_error_are_os_error():
    assert app_repr(space, "return EnvironmentError is OSError, "
                           "IOError is OSError, "
                           "isinstance(IOError(2, 'x'), FileNotFoundError)"
                    ) == '(True, True, True)'
