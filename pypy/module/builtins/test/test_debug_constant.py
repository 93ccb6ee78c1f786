"""__debug__: True, as in CPython run without -O (pytest's assertion
rewriter names its cache files from it)."""

from pypy.objspace.objspace import ObjSpace
from pypy.interpreter.test.support import app_repr

space = ObjSpace()


def test_debug_is_true():
    assert app_repr(space, "return __debug__, ('c' if __debug__ else 'o')"
                    ) == "(True, 'c')"
