"""decimal (CPython's pure-Python _pydecimal), fractions and statistics,
and what they need: contextvars, sys.hash_info and sys.float_info,
int.numerator/denominator, as_integer_ratio, object.__init__ accepting the
arguments of a class's own __new__."""

import sys


def test_as_integer_ratio_and_number_attributes():
    assert (1.5).as_integer_ratio() == (3, 2)
    assert (0.1).as_integer_ratio() == (3602879701896397, 36028797018963968)
    assert (-8.0).as_integer_ratio() == (-8, 1)
    assert (2.0 ** 80).as_integer_ratio() == (2 ** 80, 1)
    assert (5).as_integer_ratio() == (5, 1)
    assert (7).numerator == 7 and (7).denominator == 1
    assert sys.hash_info.modulus == 2 ** 61 - 1 and sys.hash_info.inf == 314159
    assert sys.float_info.mant_dig == 53 and sys.float_info.max == 1.7976931348623157e308
    assert sys.float_info.epsilon == 2.0 ** -52


def test_new_with_arguments_and_no_init():
    class Slotted:
        __slots__ = ("value",)

        def __new__(cls, value="0"):
            self = object.__new__(cls)
            self.value = value
            return self
    assert Slotted("x").value == "x"


def test_decimal():
    import decimal
    from decimal import Decimal
    assert str(Decimal("1.1") + Decimal("2.2")) == "3.3"
    assert str(Decimal(1) / Decimal(7)) == "0.1428571428571428571428571429"
    with decimal.localcontext() as ctx:
        ctx.prec = 5
        assert str(Decimal(1) / Decimal(7)) == "0.14286"
        assert str(Decimal(2).sqrt()) == "1.4142"
    assert decimal.getcontext().prec == 28
    assert str(Decimal("1.30").quantize(Decimal("0.1"))) == "1.3"
    assert str(round(Decimal("2.675"), 2)) == "2.68"
    assert hash(Decimal("1.5")) == hash(1.5) and hash(Decimal(7)) == hash(7)
    assert Decimal("0.5") < 1 and Decimal(3) == 3


def test_fractions():
    from decimal import Decimal
    from fractions import Fraction
    assert Fraction(3, 4) + Fraction(1, 6) == Fraction(11, 12)
    assert str(Fraction("0.125")) == "1/8" and Fraction(1.5) == Fraction(3, 2)
    assert Fraction(Decimal("1.1")) == Fraction(11, 10)
    assert Fraction(1, 3) ** 2 == Fraction(1, 9)
    assert float(Fraction(1, 8)) == 0.125
    assert Fraction(22, 7).limit_denominator(5) == Fraction(16, 5)
    assert hash(Fraction(1, 2)) == hash(0.5)


def test_statistics():
    import statistics
    from fractions import Fraction
    assert statistics.mean([1, 2, 3, 4]) == 2.5
    assert statistics.median([3, 1, 2]) == 2
    assert statistics.stdev([1.0, 2.0, 4.0]) == 1.5275252316519468
    assert statistics.mean([Fraction(1, 2), Fraction(1, 3)]) == Fraction(5, 12)
    assert statistics.variance([1, 2, 3, 4]) == 1.6666666666666667
    assert statistics.mode([1, 1, 2]) == 1 and statistics.fmean([1, 2]) == 1.5
    assert statistics.NormalDist(0, 1).cdf(0) == 0.5
