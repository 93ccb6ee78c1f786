"""What the walking-skeleton interpreter supports: assignments, arithmetic,
comparisons, if/elif/else, while, for over range, def/return, calls, assert,
True/False/None, int/float/str literals and a few builtins. Runs under
CPython (the oracle) and under ./pypy-c (see tests/app/conftest.py)."""


def test_int_arithmetic():
    assert 1 + 2 == 3
    assert 7 - 10 == -3
    assert 6 * 7 == 42
    assert 7 // 2 == 3
    assert -7 // 2 == -4
    assert 7 % 3 == 1
    assert -7 % 3 == 2
    assert 2 + 3 * 4 == 14
    assert (2 + 3) * 4 == 20
    assert -(5) == -5


def test_float_arithmetic():
    assert 1.5 + 2.25 == 3.75
    assert 7 / 2 == 3.5
    assert 1 / 4 == 0.25
    assert 3.0 * 2 == 6.0
    assert 2 * 0.5 == 1.0
    assert 10.0 - 0.5 == 9.5
    assert abs(-2.5) == 2.5


def test_int_float_mix():
    assert 1 == 1.0
    assert 3 + 0.5 == 3.5
    assert int(3.9) == 3
    assert int(-3.9) == -3
    assert float(2) == 2.0


def test_bigint_power_by_multiplication():
    x = 1
    i = 0
    while i < 100:
        x = x * 2
        i = i + 1
    assert x == 1267650600228229401496703205376
    assert x > 9223372036854775807
    assert x // 1267650600228229401496703205376 == 1
    assert x - x == 0


def test_bigint_literal():
    big = 123456789012345678901234567890
    assert big * 10 == 1234567890123456789012345678900
    assert big + 1 == 123456789012345678901234567891
    assert big - big == 0
    assert -big < 0
    assert str(big) == "123456789012345678901234567890"


def test_int_overflow_into_bigint():
    x = 9223372036854775807
    assert x + 1 == 9223372036854775808
    assert x * x == 85070591730234615847396907784232501249
    assert -x - 2 == -9223372036854775809


def test_comparisons():
    assert 1 < 2
    assert 2 > 1
    assert 2 <= 2
    assert 3 >= 2
    assert 1 != 2
    assert not (1 == 2)
    assert 1 < 2 < 3
    assert not (1 < 3 < 2)
    assert 1.5 < 2
    assert (1 < 2) == True
    assert (1 > 2) == False


def test_booleans_and_none():
    x = None
    assert x is None
    assert True
    assert not False
    assert not None
    assert not 0
    assert 1
    assert True and True
    assert False or True
    assert not (False and True)


def test_if_elif_else():
    def classify(n):
        if n < 0:
            return "negative"
        elif n == 0:
            return "zero"
        else:
            return "positive"
    assert classify(-5) == "negative"
    assert classify(0) == "zero"
    assert classify(7) == "positive"


def test_while_loop():
    i = 0
    total = 0
    while i < 10:
        total = total + i
        i = i + 1
    assert total == 45
    assert i == 10


def test_for_range():
    total = 0
    for i in range(5):
        total = total + i
    assert total == 10
    total = 0
    for i in range(2, 10, 3):
        total = total + i
    assert total == 2 + 5 + 8


def test_sum_range():
    assert sum(range(10)) == 45
    assert sum(range(0)) == 0
    assert len(range(7)) == 7


def test_builtins():
    assert abs(-3) == 3
    assert min(3, 1, 2) == 1
    assert max(3, 1, 2) == 3
    assert len("hello") == 5
    assert int("42") == 42
    assert float("2.5") == 2.5
    assert str(42) == "42"
    assert str(1.5) == "1.5"


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def test_recursion_fib():
    assert fib(0) == 0
    assert fib(1) == 1
    assert fib(10) == 55
    assert fib(20) == 6765


def add(a, b):
    return a + b


def test_calls():
    assert add(2, 3) == 5
    assert add(add(1, 2), add(3, 4)) == 10
    assert add(1.5, 2) == 3.5
    assert add("ab", "cd") == "abcd"


def test_function_without_return_gives_none():
    def nothing():
        x = 1
    assert nothing() is None


def test_str_concat_and_equality():
    s = "hello"
    t = s + ", " + "world"
    assert t == "hello, world"
    assert t != "hello"
    assert "" + "" == ""
    assert len(t) == 12
    assert "abc" < "abd"


def test_loop_float_accumulate():
    i = 0
    s = 0.0
    while i < 1000:
        s = s + i * 0.5
        i = i + 1
    assert s == 249750.0
