"""Failure behaviour (issue 3): deep recursion raises RecursionError and the
interpreter keeps working; run-time errors raise the right types."""

import pytest


def recurse(n):
    return recurse(n + 1) + 1


def test_deep_recursion_raises_recursion_error():
    with pytest.raises(RecursionError):
        recurse(0)
    # the interpreter keeps working afterwards, again and again
    for i in range(3):
        try:
            recurse(0)
        except RecursionError as e:
            assert 'recursion' in str(e)
    assert sum(range(10)) == 45


def test_recursion_error_is_runtime_error():
    try:
        recurse(0)
    except RuntimeError as e:
        assert type(e) is RecursionError


def test_mutual_and_method_recursion():
    class Node:
        def depth(self):
            return self.depth() + 1
    with pytest.raises(RecursionError):
        Node().depth()

    def a(n):
        return b(n)

    def b(n):
        return a(n)
    with pytest.raises(RecursionError):
        a(0)


def test_recursion_through_repr_and_special_methods():
    class R:
        def __repr__(self):
            return repr(self)
    with pytest.raises(RecursionError):
        repr(R())

    class A:
        def __add__(self, o):
            return self + o
    with pytest.raises(RecursionError):
        A() + 1


def test_reasonable_depth_works():
    def down(n):
        if n == 0:
            return 0
        return down(n - 1) + 1
    assert down(500) == 500


def test_runtime_error_types():
    with pytest.raises(ZeroDivisionError):
        1 / 0
    with pytest.raises(ZeroDivisionError):
        5 % 0
    with pytest.raises(ValueError):
        int('x')
    with pytest.raises(IndexError):
        [][0]
    with pytest.raises(KeyError):
        {}['k']
    with pytest.raises(TypeError):
        None + 1
    with pytest.raises(AttributeError):
        None.foo
    with pytest.raises(NameError):
        not_defined_anywhere


def test_error_in_finally_and_handlers_keep_state():
    log = []
    for i in range(3):
        try:
            try:
                1 / 0
            finally:
                log.append(i)
        except ZeroDivisionError:
            pass
    assert log == [0, 1, 2]


def test_exception_in_generator_propagates():
    def g():
        yield 1
        raise KeyError('g')
    it = g()
    assert next(it) == 1
    with pytest.raises(KeyError):
        next(it)
    with pytest.raises(StopIteration):
        next(it)
