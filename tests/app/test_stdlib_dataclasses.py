"""dataclasses, pprint, inspect, unittest, signal and what they need:
class annotations, __hash__ = None beside __eq__, descriptors' __get__
(CPython 3.11's standard library on pypy-c; CPython gives the expected
results)."""

import pytest


def test_class_annotations():
    class Point:
        x: int
        y: "float" = 0.5
    assert Point.__annotations__ == {'x': int, 'y': 'float'}
    assert Point.y == 0.5 and not hasattr(Point, 'x')


def test_eq_without_hash_is_unhashable():
    class Key:
        def __eq__(self, other):
            return True
    assert Key.__hash__ is None
    with pytest.raises(TypeError):
        hash(Key())
    class Plain:
        pass
    assert Plain.__hash__ is object.__hash__
    assert hash(Plain()) is not None


def test_function_get():
    class A:
        pass
    def f(self):
        return self
    a = A()
    assert f.__get__(a, A)() is a
    assert hasattr(property(), '__get__') and hasattr(staticmethod(f), '__get__')
    # a built-in function is no descriptor (enum tells members by it)
    assert not hasattr(len, '__get__')


def test_dataclass_basics():
    from dataclasses import dataclass, field, asdict, astuple, replace, fields

    @dataclass(order=True)
    class P:
        x: int
        y: int = 0
        tags: list = field(default_factory=list)
    p = P(1, 2)
    assert repr(p).endswith("P(x=1, y=2, tags=[])")
    assert asdict(p) == {'x': 1, 'y': 2, 'tags': []}
    assert astuple(p) == (1, 2, [])
    assert P(1) < P(2) and P(1, 2) == P(1, 2)
    assert [f.name for f in fields(P)] == ['x', 'y', 'tags']
    assert replace(p, y=5) == P(1, 5)
    assert P(1).tags is not P(1).tags


def test_dataclass_frozen():
    from dataclasses import dataclass, FrozenInstanceError

    @dataclass(frozen=True)
    class F:
        a: int
    with pytest.raises(FrozenInstanceError):
        F(1).a = 2
    assert hash(F(1)) == hash(F(1)) and F(1) == F(1)


def test_pprint_nested():
    import pprint
    data = {'a': list(range(12)), 'b': {'c': [1, 2, (3, 4)], 'd': 'x' * 50}}
    assert pprint.pformat(data, width=60) == (
        "{'a': [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],\n"
        " 'b': {'c': [1, 2, (3, 4)],\n"
        "       'd': 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'}}")
    assert pprint.pformat([1, 2], width=5) == "[1,\n 2]"
    import collections
    assert pprint.pformat(collections.defaultdict(int, {'k': 1})) == \
        "defaultdict(<class 'int'>, {'k': 1})"


def test_inspect_signature():
    import inspect
    def f(a, b=1, *c, d, **e):
        pass
    assert str(inspect.signature(f)) == "(a, b=1, *c, d, **e)"
    assert inspect.isfunction(f) and inspect.isclass(int)


def test_unittest_runner():
    import io
    import unittest

    class T(unittest.TestCase):
        def test_ok(self):
            self.assertEqual(1, 1)

        def test_fail(self):
            self.assertEqual(1, 2)

        def test_raises(self):
            with self.assertRaises(ZeroDivisionError):
                1 / 0

        @unittest.skip("no")
        def test_skip(self):
            pass
    stream = io.StringIO()
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(T)
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
    assert (result.testsRun, len(result.failures), len(result.errors),
            len(result.skipped)) == (4, 1, 0, 1)
    assert "test_raises" in stream.getvalue()


def test_signal_handlers():
    import signal
    # (SIG_IGN when the test process started with SIGINT ignored, as a
    # shell's background job does: CPython then keeps it ignored)
    assert signal.getsignal(signal.SIGINT) in (signal.default_int_handler,
                                                signal.SIG_IGN)
    assert signal.SIGTERM == 15 and isinstance(signal.SIGTERM, signal.Signals)
    def handler(signum, frame):
        pass
    old = signal.signal(signal.SIGUSR1, handler)
    assert old == signal.SIG_DFL
    assert signal.getsignal(signal.SIGUSR1) is handler
    signal.signal(signal.SIGUSR1, signal.SIG_DFL)
    with pytest.raises(TypeError):
        signal.signal(signal.SIGUSR1, 5)


def test_builtin_import():
    mod = __import__('os.path')
    import os
    assert mod is os
    assert __import__('os.path', fromlist=['join']) is os.path


class Outer:
    class Inner:
        pass


def test_class_repr_uses_qualname():
    assert repr(Outer.Inner) == "<class '%s.Outer.Inner'>" % __name__

    def make():
        class Local:
            pass
        return Local
    assert repr(make()).endswith("test_class_repr_uses_qualname.<locals>.make.<locals>.Local'>")
