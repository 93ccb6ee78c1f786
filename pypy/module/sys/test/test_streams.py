"""sys.stdout and sys.stderr's file methods: fileno, isatty (pytest's
terminal reporter asks), writable, readable."""

from pypy.objspace.objspace import ObjSpace
from pypy.interpreter.test.support import app_repr

space = ObjSpace()


def test_file_methods_of_the_standard_streams():
    import os
    assert app_repr(space, """
return (sys.stdout.fileno(), sys.stderr.fileno(), sys.stdout.isatty(),
        sys.stdout.writable(), sys.stdout.readable())
""", prelude='import sys') == "(1, 2, %s, True, False)" % os.isatty(1)
