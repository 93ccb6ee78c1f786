"""__reduce__ and __setstate__ of the built-in iterators (CPython 3.11's):
what copy and pickle save of an iterator, part-consumed or not, and the
copy they make from it."""

from pypy.objspace.objspace import ObjSpace
from pypy.interpreter.test.support import app_repr, REBUILT_PRELUDE

space = ObjSpace()


def run(body):
    return app_repr(space, body, REBUILT_PRELUDE)


def test_sequence_iterators_reduce_to_iter_and_their_index():
    assert run("it = iter([5, 6, 7]); next(it)\n"
               "return it.__reduce__()") == \
        "(<built-in function iter>, ([5, 6, 7],), 1)"
    assert run("it = iter((5, 6)); next(it); next(it)\n"
               "return it.__reduce__()") == \
        "(<built-in function iter>, ((5, 6),), 2)"
    assert run("it = iter('abc'); next(it)\n"
               "return it.__reduce__()") == \
        "(<built-in function iter>, ('abc',), 1)"
    assert run("it = iter(range(2, 20, 3)); next(it); next(it)\n"
               "return it.__reduce__()") == \
        "(<built-in function iter>, (range(2, 20, 3),), 2)"


def test_sequence_iterators_rebuilt_go_on_where_they_were():
    assert run("it = iter([5, 6, 7]); next(it)\n"
               "return list(rebuilt(it)), list(it)") == "([6, 7], [6, 7])"
    assert run("it = iter(range(10, 0, -2)); next(it)\n"
               "return list(rebuilt(it))") == "[8, 6, 4, 2]"
    assert run("it = iter({'a': 1, 'b': 2}); next(it)\n"
               "return list(rebuilt(it))") == "['b']"
    assert run("it = iter('xyz'); next(it); next(it)\n"
               "return list(rebuilt(it))") == "['z']"


def test_setstate_clamps_the_index():
    assert run("it = iter([1, 2, 3]); it.__setstate__(-5)\n"
               "return list(it)") == "[1, 2, 3]"
    assert run("it = iter('ab'); it.__setstate__(10)\n"
               "return list(it)") == "[]"
    assert run("it = iter(range(4)); it.__setstate__(3)\n"
               "return list(it)") == "[3]"


def test_range_reduces_to_its_arguments():
    assert run("return range(1, 10, 2).__reduce__()") == \
        "(<class 'range'>, (1, 10, 2))"


def test_builtin_iterator_types():
    assert run("e = enumerate('ab', 5); next(e)\n"
               "return list(rebuilt(e))") == "[(6, 'b')]"
    assert run("z = zip('ab', [1, 2], strict=True)\n"
               "return z.__reduce__()[2], list(rebuilt(z))") == \
        "(True, [('a', 1), ('b', 2)])"
    assert run("m = map(max, [1, 5], [3, 2]); next(m)\n"
               "return list(rebuilt(m))") == "[5]"
    assert run("f = filter(None, [0, 1, 0, 2]); next(f)\n"
               "return f.__reduce__()[1][0], list(rebuilt(f))") == \
        "(None, [2])"


def test_reversed_and_its_state():
    assert run("r = reversed([1, 2, 3]); next(r)\n"
               "return r.__reduce__()[1:], list(rebuilt(r))") == \
        "((([1, 2, 3],), 1), [2, 1])"
    assert run("r = reversed('ab'); list(r)\n"
               "return r.__reduce__()[1]") == "((),)"
    assert run("r = reversed([1, 2, 3]); r.__setstate__(7)\n"
               "return list(r)") == "[3, 2, 1]"


def test_callable_iterator():
    assert run("it = iter([1, 2, 0, 3]).__next__\n"
               "c = iter(it, 0)\n"
               "return list(rebuilt(c))") == "[1, 2]"
    assert run("c = iter(iter([0]).__next__, 0); list(c)\n"
               "return c.__reduce__()[1]") == "((),)"


def test_only_cpython_s_types_have_setstate():
    assert run("return [hasattr(t, '__setstate__') for t in (enumerate, "
               "zip, map, filter, reversed, type(iter([])), "
               "type(iter(range(1))))]") == \
        "[False, True, False, False, True, True, True]"
