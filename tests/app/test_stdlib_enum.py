"""enum on the standard library: members' values, lookups and int mix-ins;
CPython gives the expected results."""

import pytest


def test_enum_members():
    import enum

    class Color(enum.Enum):
        RED = 1
        GREEN = 2
    assert Color.RED.value == 1 and Color.RED._value_ == 1
    assert Color.RED.name == 'RED' and Color._member_type_ is object
    assert Color(2) is Color.GREEN and Color['GREEN'] is Color.GREEN
    assert list(Color) == [Color.RED, Color.GREEN]
    assert repr(Color.RED) == '<Color.RED: 1>'
    with pytest.raises(ValueError, match="is not a valid"):
        Color(3)


def test_enum_mixins():
    import enum

    class Perm(enum.IntFlag):
        R = 4
        W = 2
    assert int(Perm.W) == 2 and Perm.R + 0 == 4
    assert (Perm.R | Perm.W).value == 6 and Perm(6) == Perm.R | Perm.W

    class Side(str, enum.Enum):
        LEFT = 'l'
    assert Side.LEFT.value == 'l' and Side('l') is Side.LEFT


def test_object_takes_no_arguments():
    with pytest.raises(TypeError, match="takes no arguments"):
        object(1)
    assert int.__new__ is not object.__new__
    assert list(iter((1, 2))) == [1, 2]
