"""A Python class named as its built-in base (socket.py's class socket
deriving from _socket.socket) is a Python class: calling it runs its
__init__ and its repr names its module."""

from pypy.interpreter.test.support import app_repr
from pypy.objspace.objspace import ObjSpace

space = ObjSpace()


def test_a_subclass_with_its_base_s_name_runs_its_init():
    assert app_repr(space, "x = list([1])\n"
                           "return x.tag, x, repr(type(x))",
                    "class list(list):\n"
                    "    def __init__(self, items):\n"
                    "        super().__init__(items)\n"
                    "        self.tag = 'init ran'\n") == \
        "('init ran', [1], \"<class 'm.list'>\")"


def test_built_in_types_are_built_in():
    assert space.w_list.is_builtin() and space.w_object.is_builtin()
