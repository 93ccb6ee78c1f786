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


def test_repr_enums_keep_the_mixed_in_str_and_format():
    import enum

    class Number(enum.IntEnum):
        three = 3

    class Real(float, enum.ReprEnum):
        x = 6.5

    class Text(enum.StrEnum):
        a = 'third'

    assert (str(Number.three), format(Number.three), '%s' % Number.three,
            f'{Number.three:>3}') == ('3', '3', '3', '  3')
    assert repr(Number.three) == '<Number.three: 3>'
    assert (str(Real.x), format(Real.x)) == ('6.5', '6.5')
    assert (str(Text.a), format(Text.a)) == ('third', 'third')


def test_only_str_defines_its_own_str():
    assert int.__str__ is object.__str__
    assert float.__str__ is object.__str__
    assert str.__str__ is not object.__str__

    class Loud(int):
        def __repr__(self):
            return 'Loud!'
    assert (str(Loud(2)), int.__repr__(Loud(2))) == ('Loud!', '2')
