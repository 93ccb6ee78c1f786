"""collections.defaultdict and its subclasses."""

from pypy.objspace.objspace import ObjSpace
from pypy.interpreter.test.support import app_repr

space = ObjSpace()


def run(body):
    return app_repr(space, body, "from _collections import defaultdict")


def test_a_subclass_keeps_the_default_factory():
    assert run("class D(defaultdict):\n"
               "    pass\n"
               "d = D(list, a=1)\n"
               "d['x'].append(2)\n"
               "return type(d).__name__, sorted(d.items()), d") == \
        "('D', [('a', 1), ('x', [2])], D(<class 'list'>, {'a': 1, " \
        "'x': [2]}))"


def test_a_subclass_s_own_init_and_missing():
    assert run("class D(defaultdict):\n"
               "    def __init__(self, n):\n"
               "        super().__init__(int)\n"
               "        self.n = n\n"
               "    def __missing__(self, key):\n"
               "        return key * self.n\n"
               "d = D(3)\n"
               "return d['ab'], dict(d), d.default_factory") == \
        "('ababab', {}, <class 'int'>)"


def test_the_mro_of_a_subclass():
    assert run("class D(defaultdict):\n"
               "    pass\n"
               "return [c.__name__ for c in D.__mro__]") == \
        "['D', 'defaultdict', 'dict', 'object']"
