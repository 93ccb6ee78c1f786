"""The match statement (PEP 634): every kind of pattern, guards, what a
successful case binds, failing cases falling through to the next, the
run-time errors of class patterns, the compile-time errors, and match /
case / _ staying ordinary names elsewhere."""

import collections
import collections.abc

import pytest


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Color:
    RED = "red"
    BLUE = "blue"


def describe(value):
    match value:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -1 + 2j:
            return "complex"
        case None:
            return "none"
        case True:
            return "true"
        case "a" "b":
            return "ab"
        case b"raw":
            return "bytes"
        case Color.RED:
            return "red"
        case _:
            return "other"


def test_literal_and_value_patterns():
    assert describe(0) == "zero"
    assert describe(0.0) == "zero"          # literals compare with ==
    assert describe(-1) == "minus one"
    assert describe(1.5) == "one and a half"
    assert describe(complex(-1, 2)) == "complex"
    assert describe(None) == "none"
    assert describe(True) == "true"
    assert describe(1) == "other"           # True is matched by identity
    assert describe("ab") == "ab"
    assert describe(b"raw") == "bytes"
    assert describe("red") == "red"
    assert describe(Color.BLUE) == "other"
    assert describe([]) == "other"


def sequence(value):
    match value:
        case []:
            return "empty"
        case [x]:
            return ("one", x)
        case [1, *rest]:
            return ("starts with 1", rest)
        case (first, *_, last) if first == last:
            return ("same ends", first)
        case [_, [inner, *_], *_]:
            return ("nested", inner)
        case [*head, "end"]:
            return ("ends", head)
        case _:
            return "other"


def test_sequence_patterns():
    assert sequence([]) == "empty"
    assert sequence(()) == "empty"
    assert sequence([7]) == ("one", 7)
    assert sequence((1, 2, 3)) == ("starts with 1", [2, 3])
    assert sequence([1]) == ("one", 1)
    assert sequence([5, 6, 5]) == ("same ends", 5)
    assert sequence([5, [8, 9], 6]) == ("nested", 8)
    assert sequence(["a", "b", "end"]) == ("ends", ["a", "b"])
    assert sequence(range(2, 4)) == "other"
    assert sequence(range(1, 4)) == ("starts with 1", [2, 3])
    assert sequence(collections.deque([4])) == ("one", 4)
    # str, bytes, bytearray, dicts and iterators are no sequences here
    assert sequence("x") == "other"
    assert sequence(b"x") == "other"
    assert sequence(bytearray(b"x")) == "other"
    assert sequence({1: 2}) == "other"
    assert sequence(iter([1])) == "other"


def test_sequence_abc():
    class Seq(collections.abc.Sequence):
        def __getitem__(self, i):
            return [10, 20][i]

        def __len__(self):
            return 2

    class Registered:
        def __init__(self):
            self.items = [3]

        def __len__(self):
            return 1

        def __getitem__(self, i):
            return self.items[i]
    collections.abc.Sequence.register(Registered)
    assert sequence(Seq()) == "other"
    match Seq():
        case [a, b]:
            assert (a, b) == (10, 20)
        case _:
            assert False
    assert sequence(Registered()) == ("one", 3)


def mapping(value):
    match value:
        case {"kind": "point", "x": x, "y": y}:
            return ("point", x, y)
        case {"kind": "rest", **others}:
            return ("rest", others)
        case {Color.RED: v}:
            return ("red key", v)
        case {}:
            return "any mapping"
        case _:
            return "other"


def test_mapping_patterns():
    assert mapping({"kind": "point", "x": 1, "y": 2, "z": 3}) == \
        ("point", 1, 2)
    assert mapping({"kind": "rest", "a": 1, "b": 2}) == \
        ("rest", {"a": 1, "b": 2})
    assert mapping({"red": 5}) == ("red key", 5)
    assert mapping({"kind": "point", "x": 1}) == "any mapping"
    assert mapping({}) == "any mapping"
    assert mapping(collections.OrderedDict(kind="rest")) == ("rest", {})
    assert mapping([("kind", "point")]) == "other"

    class Lookup(collections.abc.Mapping):
        def __getitem__(self, key):
            return {"kind": "rest", "n": 1}[key]

        def __iter__(self):
            return iter(["kind", "n"])

        def __len__(self):
            return 2
    assert mapping(Lookup()) == ("rest", {"n": 1})


def shape(value):
    match value:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return ("on the y axis", y)
        case Point(x, y) if x == y:
            return ("diagonal", x)
        case Point():
            return "point"
        case int(n) | float(n):
            return ("number", n)
        case str() as s:
            return ("text", s)
        case _:
            return "other"


def test_class_patterns():
    assert shape(Point(0, 0)) == "origin"
    assert shape(Point(0, 4)) == ("on the y axis", 4)
    assert shape(Point(3, 3)) == ("diagonal", 3)
    assert shape(Point(1, 2)) == "point"
    assert shape(5) == ("number", 5)
    assert shape(2.5) == ("number", 2.5)
    assert shape(True) == ("number", True)
    assert shape("s") == ("text", "s")
    assert shape([]) == "other"

    class Missing:
        __match_args__ = ("nope",)
    match Missing():
        case Missing(_):
            assert False
        case Missing():
            pass


def test_class_pattern_errors():
    class NoArgs:
        pass

    with pytest.raises(TypeError) as info:
        match NoArgs():
            case NoArgs(1):
                pass
    assert str(info.value) == "NoArgs() accepts 0 positional sub-patterns (1 given)"
    with pytest.raises(TypeError) as info:
        match 5:
            case int(1, 2):
                pass
    assert str(info.value) == "int() accepts 1 positional sub-pattern (2 given)"

    class ListArgs:
        __match_args__ = ["a"]
    with pytest.raises(TypeError) as info:
        match ListArgs():
            case ListArgs(1):
                pass
    assert str(info.value) == "ListArgs.__match_args__ must be a tuple (got list)"

    class Twice:
        __match_args__ = ("a",)
        a = 1
    with pytest.raises(TypeError) as info:
        match Twice():
            case Twice(1, a=1):
                pass
    assert str(info.value) == "Twice() got multiple sub-patterns for attribute 'a'"
    not_a_class = len
    with pytest.raises(TypeError) as info:
        match 1:
            case not_a_class():
                pass
    assert str(info.value) == "called match pattern must be a type"
    # a subject that is no instance never looks at __match_args__
    match 1:
        case NoArgs(1):
            assert False
        case _:
            pass


def test_or_as_and_group_patterns():
    def f(value):
        match value:
            case (1 | 2 | 3) as small:
                return ("small", small)
            case [("a" | "b") as letter, _] | [_, ("a" | "b") as letter]:
                return ("letter", letter)
            case (Point(x=0) | Point(y=0)) as p:
                return ("on an axis", p.x, p.y)
            case (other):
                return ("other", other)
    assert f(2) == ("small", 2)
    assert f(["b", 9]) == ("letter", "b")
    assert f([9, "a"]) == ("letter", "a")
    assert f(Point(5, 0)) == ("on an axis", 5, 0)
    assert f(7) == ("other", 7)


def test_guards_bindings_and_fall_through():
    seen = []

    def guard(name, result):
        seen.append(name)
        return result

    def f(value):
        match value:
            case [x, y] if guard("first", x > y):
                return ("desc", x, y)
            case [x, y] if guard("second", x < y):
                return ("asc", x, y)
            case [x, _]:
                return ("equal", x)
        return "no case"
    assert f([2, 1]) == ("desc", 2, 1)
    assert f([1, 2]) == ("asc", 1, 2)
    assert f([1, 1]) == ("equal", 1)
    assert f("no") == "no case"
    assert seen == ["first", "first", "second", "first", "second"]

    # names bound by the matching case are ordinary variables afterwards
    match {"k": [1, 2]}:
        case {"k": [a, *b]}:
            pass
    assert a == 1 and b == [2]
    # a subject expression is evaluated once
    calls = []

    def subject():
        calls.append(1)
        return 3
    match subject():
        case 1:
            pass
        case 2:
            pass
        case n:
            assert n == 3
    assert calls == [1]


def test_tuple_subject_and_loops():
    total = 0
    for item in [(1, "add"), (5, "skip"), (2, "add"), (0, "stop"), (9, "add")]:
        match item[1], item[0]:
            case "add", n:
                total += n
            case "skip", _:
                continue
            case "stop", _:
                break
    assert total == 3


def test_compile_errors():
    def error(source):
        with pytest.raises(SyntaxError) as info:
            compile(source, "<match>", "exec")
        return info.value.msg, info.value.lineno, info.value.offset
    assert error("match x:\n case _: pass\n case 1: pass\n") == \
        ("wildcard makes remaining patterns unreachable", 2, 7)
    assert error("match x:\n case y: pass\n case 1: pass\n") == \
        ("name capture 'y' makes remaining patterns unreachable", 2, 7)
    assert error("match x:\n case y | 1: pass\n") == \
        ("name capture 'y' makes remaining patterns unreachable", 2, 7)
    assert error("match x:\n case [a, a]: pass\n") == \
        ("multiple assignments to name 'a' in pattern", 2, 11)
    assert error("match x:\n case [a] | b: pass\n") == \
        ("alternative patterns bind different names", 2, 13)
    assert error("match x:\n case {'a': 1, 'a': 2}: pass\n") == \
        ("mapping pattern checks duplicate key ('a')", 2, 7)
    assert error("match x:\n case [*a, *b]: pass\n") == \
        ("multiple starred names in sequence pattern", 2, 7)
    assert error("match x:\n case C(a=1, 2): pass\n") == \
        ("positional patterns follow keyword patterns", 2, 14)
    assert error("match x:\n case 1 + 1: pass\n") == \
        ("imaginary number required in complex literal", 2, 11)
    assert error("match x:\n case 1 as _: pass\n") == \
        ("cannot use '_' as a target", 2, 12)
    compile("match x:\n case _ if x: pass\n case 1: pass\n", "<m>", "exec")


def test_soft_keywords_are_names():
    match = 3
    case = match + 1
    _ = case * 2
    assert (match, case, _) == (3, 4, 8)

    def match(*args):
        return args
    assert match(1) == (1,)
    assert match(*[2, 3]) == (2, 3)
    match = {"k": [5]}
    assert match["k"][0] == 5
    match ["k"]:
        case ["k"]:
            matched = True
    assert matched
