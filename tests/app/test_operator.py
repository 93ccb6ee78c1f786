"""The operator module."""

import operator
import pytest


def test_arithmetic():
    assert operator.add(2, 3) == 5
    assert operator.add("a", "b") == "ab"
    assert operator.sub(2, 3) == -1
    assert operator.mul(4, 2.5) == 10.0
    assert operator.truediv(7, 2) == 3.5
    assert operator.floordiv(7, 2) == 3
    assert operator.mod(7, 3) == 1
    assert operator.pow(2, 10) == 1024
    assert operator.neg(5) == -5
    assert operator.pos(-5) == -5
    assert operator.abs(-3) == 3
    assert operator.invert(5) == -6
    assert operator.inv(0) == -1
    assert operator.lshift(1, 4) == 16
    assert operator.rshift(16, 2) == 4
    assert operator.and_(12, 10) == 8
    assert operator.or_(12, 10) == 14
    assert operator.xor(12, 10) == 6
    assert operator.__add__(1, 1) == 2
    with pytest.raises(ZeroDivisionError):
        operator.truediv(1, 0)
    with pytest.raises(TypeError):
        operator.add(1, "a")


def test_matmul():
    class M:
        def __matmul__(self, other):
            return ("matmul", other)
    assert operator.matmul(M(), 3) == ("matmul", 3)


def test_comparisons_and_truth():
    assert operator.lt(1, 2) is True
    assert operator.le(2, 2) is True
    assert operator.eq(2, 2) is True
    assert operator.ne(2, 2) is False
    assert operator.gt(1, 2) is False
    assert operator.ge(3, 2) is True
    assert operator.not_(0) is True
    assert operator.not_([1]) is False
    assert operator.truth([]) is False
    assert operator.truth(5) is True
    assert operator.is_(None, None) is True
    assert operator.is_not(None, 1) is True


def test_sequences():
    lst = [1, 2, 3]
    assert operator.getitem(lst, 1) == 2
    operator.setitem(lst, 1, 20)
    assert lst == [1, 20, 3]
    operator.delitem(lst, 0)
    assert lst == [20, 3]
    assert operator.contains(lst, 3) is True
    assert operator.contains("abc", "z") is False
    assert operator.concat([1], [2]) == [1, 2]
    assert operator.concat("a", "b") == "ab"
    assert operator.countOf([1, 2, 1], 1) == 2
    assert operator.indexOf([1, 2, 3], 3) == 2
    assert operator.getitem({"k": 1}, "k") == 1
    assert operator.getitem("hello", slice(1, 3)) == "el"
    with pytest.raises(TypeError):
        operator.concat(1, 2)


def test_index():
    assert operator.index(7) == 7

    class I:
        def __index__(self):
            return 3
    assert operator.index(I()) == 3
    with pytest.raises(TypeError):
        operator.index(1.5)


def test_inplace():
    a = [1]
    b = operator.iadd(a, [2])
    assert b is a and a == [1, 2]
    assert operator.iadd(1, 2) == 3
    assert operator.isub(5, 2) == 3
    assert operator.imul(3, 3) == 9
    assert operator.itruediv(1, 2) == 0.5
    assert operator.ifloordiv(7, 2) == 3
    assert operator.imod(7, 2) == 1
    assert operator.ipow(2, 3) == 8
    assert operator.iand(6, 3) == 2
    assert operator.ior(4, 1) == 5
    assert operator.ixor(3, 1) == 2
    assert operator.ilshift(1, 3) == 8
    assert operator.irshift(8, 3) == 1


def test_itemgetter():
    g = operator.itemgetter(1)
    assert g([10, 20, 30]) == 20
    assert g("abc") == "b"
    g2 = operator.itemgetter(0, 2)
    assert g2("abc") == ("a", "c")
    assert operator.itemgetter("k")({"k": 5}) == 5
    pairs = [(1, "b"), (2, "a"), (0, "c")]
    assert sorted(pairs, key=operator.itemgetter(1)) == \
        [(2, "a"), (1, "b"), (0, "c")]
    assert repr(operator.itemgetter(1, "x")) == "operator.itemgetter(1, 'x')"
    with pytest.raises(IndexError):
        g([])


def test_attrgetter():
    class P:
        pass
    p = P()
    p.x = 1
    p.child = P()
    p.child.name = "kid"
    assert operator.attrgetter("x")(p) == 1
    assert operator.attrgetter("child.name")(p) == "kid"
    assert operator.attrgetter("x", "child.name")(p) == (1, "kid")
    with pytest.raises(AttributeError):
        operator.attrgetter("missing")(p)


def test_methodcaller():
    assert operator.methodcaller("upper")("abc") == "ABC"
    assert operator.methodcaller("split", ",")("a,b") == ["a", "b"]

    class K:
        def m(self, a, b=0):
            return a + b
    assert operator.methodcaller("m", 1, b=2)(K()) == 3
    words = ["b", "A", "c"]
    assert sorted(words, key=operator.methodcaller("lower")) == \
        ["A", "b", "c"]


def test_with_map_and_reduce():
    assert list(map(operator.mul, [1, 2, 3], [4, 5, 6])) == [4, 10, 18]
    import functools
    assert functools.reduce(operator.add, range(5)) == 10


def test_index_gives_an_exact_int():
    class Custom(int):
        pass
    for value in [Custom(3), True, Custom(1 << 80)]:
        result = operator.index(value)
        assert type(result) is int and result == value
    assert hex(Custom(255)) == '0xff'
