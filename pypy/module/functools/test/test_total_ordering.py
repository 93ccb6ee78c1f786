"""functools.total_ordering: the comparisons it derives are the functions
functools._gt_from_lt and the like, which pickle saves by name."""

from pypy.objspace.objspace import ObjSpace
from pypy.interpreter.test.support import app_repr

space = ObjSpace()

PRELUDE = '''
import functools

@functools.total_ordering
class Lt:
    def __init__(self, value):
        self.value = value
    def __lt__(self, other):
        return self.value < other.value
    def __eq__(self, other):
        return self.value == other.value
'''


def test_the_derived_comparisons():
    assert app_repr(space, "a, b = Lt(1), Lt(2)\n"
                           "return a > b, b > a, a <= b, a <= a, a >= b",
                    PRELUDE) == "(False, True, True, True, False)"


def test_they_are_the_module_s_functions():
    assert app_repr(space, "return [Lt.__dict__[name] is getattr(functools, "
                           "'_%s_from_lt' % name.strip('_')) for name in "
                           "('__gt__', '__le__', '__ge__')]",
                    PRELUDE) == "[True, True, True]"
    # what pickle saves them by
    assert app_repr(space, "return Lt.__gt__.__module__, "
                           "Lt.__gt__.__qualname__", PRELUDE) == \
        "('functools', '_gt_from_lt')"
