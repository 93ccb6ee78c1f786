"""format(), the format-spec mini-language, str.format() and printf-style
`str % args`."""

import pytest


def test_format_int_basic():
    assert format(42) == '42'
    assert format(42, '') == '42'
    assert format(42, 'd') == '42'
    assert format(-42, 'd') == '-42'
    assert format(42, '5') == '   42'
    assert format(42, '<5') == '42   '
    assert format(42, '^6') == '  42  '
    assert format(42, '*^7') == '**42***'
    assert format(-42, '=6') == '-   42'
    assert format(42, '+') == '+42'
    assert format(42, ' ') == ' 42'
    assert format(-42, ' ') == '-42'
    assert format(42, '-') == '42'
    assert format(42, '05') == '00042'
    assert format(-42, '05') == '-0042'
    assert format(42, 'n') == '42'


def test_format_int_bases():
    assert format(255, 'x') == 'ff'
    assert format(255, 'X') == 'FF'
    assert format(255, '#x') == '0xff'
    assert format(255, '#X') == '0XFF'
    assert format(-255, '#x') == '-0xff'
    assert format(8, 'o') == '10'
    assert format(8, '#o') == '0o10'
    assert format(5, 'b') == '101'
    assert format(5, '#b') == '0b101'
    assert format(5, '#010b') == '0b00000101'
    assert format(65, 'c') == 'A'
    assert format(65, '3c') == '  A'
    assert format(0x1F600, 'c') == '\U0001F600'


def test_format_int_grouping():
    assert format(1234567, ',') == '1,234,567'
    assert format(1234567, '_') == '1_234_567'
    assert format(-1234567, ',d') == '-1,234,567'
    assert format(123, ',') == '123'
    assert format(0xdeadbeef, '_x') == 'dead_beef'
    assert format(5, '_b') == '101'
    assert format(1234, '08,') == '0,001,234'
    assert format(-1234, '08,') == '-001,234'
    assert format(1234, '010,') == '00,001,234'
    assert format(1234, '012_') == '0_000_001_234'
    assert format(1234, '>10,') == '     1,234'


def test_format_bigint():
    big = 2 ** 100
    assert format(big) == '1267650600228229401496703205376'
    assert format(big, ',') == '1,267,650,600,228,229,401,496,703,205,376'
    assert format(big, 'x') == '10000000000000000000000000'
    assert format(-big, '#x') == '-0x10000000000000000000000000'
    assert format(big, '>35') == '    1267650600228229401496703205376'


def test_format_int_as_float():
    assert format(3, 'f') == '3.000000'
    assert format(3, '.2e') == '3.00e+00'
    assert format(1, '%') == '100.000000%'
    assert format(12345, 'g') == '12345'


def test_format_int_errors():
    with pytest.raises(ValueError):
        format(5, '.2d')
    with pytest.raises(ValueError):
        format(5, 'q')
    with pytest.raises(ValueError):
        format(5, ',x')
    with pytest.raises(ValueError):
        format(5, ',n')
    with pytest.raises(ValueError):
        format(5, 'abc')
    with pytest.raises(ValueError):
        format(5, '+c')
    with pytest.raises(OverflowError):
        format(-1, 'c')
    with pytest.raises(ValueError):
        format(5, ',_')


def test_format_bool():
    assert format(True) == 'True'
    assert format(False, '') == 'False'
    assert format(True, 'd') == '1'
    assert format(True, '>5') == '    1'
    assert format(False, '#x') == '0x0'


def test_format_float_default():
    assert format(1.0) == '1.0'
    assert format(1.5, '') == '1.5'
    assert format(1e16, '') == '1e+16'
    assert format(0.1) == '0.1'
    assert format(1.0, '.3') == '1.0'
    assert format(123456.0, '.3') == '1.23e+05'
    assert format(3.14159, '10') == '   3.14159'
    assert format(-0.0) == '-0.0'
    assert format(2.5, '<6') == '2.5   '


def test_format_float_fixed():
    assert format(3.14159, 'f') == '3.141590'
    assert format(3.14159, '.2f') == '3.14'
    assert format(3.14159, '8.3f') == '   3.142'
    assert format(-3.14159, '08.3f') == '-003.142'
    assert format(2.5, '.0f') == '2'
    assert format(3.5, '.0f') == '4'
    assert format(2.5, '#.0f') == '2.'
    assert format(1234567.891, ',.2f') == '1,234,567.89'
    assert format(1234.5, '010,.1f') == '0,001,234.5'
    assert format(1.0, 'F') == '1.000000'
    assert format(0.125, '+.2f') == '+0.12'


def test_format_float_exp_general():
    assert format(12345.678, 'e') == '1.234568e+04'
    assert format(12345.678, '.2E') == '1.23E+04'
    assert format(0.00001234, 'g') == '1.234e-05'
    assert format(1e20, 'g') == '1e+20'
    assert format(123.0, 'g') == '123'
    assert format(123.0, '#g') == '123.000'
    assert format(1e-5, 'G') == '1E-05'
    assert format(0.5, '%') == '50.000000%'
    assert format(0.125, '.1%') == '12.5%'
    assert format(1.5, 'n') == '1.5'


def test_format_float_special():
    inf = float('inf')
    nan = float('nan')
    assert format(inf) == 'inf'
    assert format(-inf, 'f') == '-inf'
    assert format(inf, 'F') == 'INF'
    assert format(nan, 'e') == 'nan'
    assert format(nan, 'E') == 'NAN'
    assert format(inf, '+') == '+inf'
    assert format(inf, '010') == '0000000inf'
    assert format(inf, '%') == 'inf%'


def test_format_float_z():
    assert format(-0.0, 'z.1f') == '0.0'
    assert format(-0.01, 'z.1f') == '0.0'
    assert format(-0.06, 'z.1f') == '-0.1'
    assert format(-0.0, '.1f') == '-0.0'


def test_format_float_errors():
    with pytest.raises(ValueError):
        format(1.5, 'd')
    with pytest.raises(ValueError):
        format(1.5, 'x')
    with pytest.raises(ValueError):
        format(1.5, 'c')


def test_format_str():
    assert format('abc') == 'abc'
    assert format('abc', '5') == 'abc  '
    assert format('abc', '>5') == '  abc'
    assert format('abc', '^7') == '  abc  '
    assert format('abc', '-^7') == '--abc--'
    assert format('abc', '.2') == 'ab'
    assert format('abc', '>5.1') == '    a'
    assert format('abc', 's') == 'abc'
    assert format('ab', '05') == 'ab000'
    with pytest.raises(ValueError):
        format('abc', 'd')
    with pytest.raises(ValueError):
        format('abc', '=5')
    with pytest.raises(ValueError):
        format('abc', '+')
    with pytest.raises(ValueError):
        format('abc', ',')


class Money:
    def __init__(self, amount):
        self.amount = amount

    def __format__(self, spec):
        if spec == 'short':
            return '$%d' % self.amount
        return 'Money(' + format(self.amount, spec) + ')'


class Plain:
    def __str__(self):
        return 'plain!'


def test_format_user_class():
    m = Money(5)
    assert format(m, 'short') == '$5'
    assert format(m, '>4') == 'Money(   5)'
    assert format(m) == 'Money(5)'
    assert '{:short}'.format(m) == '$5'
    assert f'{m:short}' == '$5'
    assert format(Plain()) == 'plain!'
    assert '{}'.format(Plain()) == 'plain!'
    with pytest.raises(TypeError):
        format(Plain(), 'x')
    with pytest.raises(TypeError):
        format([1], '5')


def test_fstrings():
    x = 3.14159
    n = 42
    assert f'{x:.2f}' == '3.14'
    assert f'{n:>5}' == '   42'
    assert f'{n:#x}' == '0x2a'
    assert f'{"s"!r}' == "'s'"
    w = 8
    assert f'{n:>{w}}' == '      42'


def test_str_format_positional():
    assert '{} {}'.format(1, 2) == '1 2'
    assert '{0} {1} {0}'.format('a', 'b') == 'a b a'
    assert '{1}{0}'.format('x', 'y') == 'yx'
    assert 'no fields'.format(1, 2) == 'no fields'
    assert '{{}} {}'.format(5) == '{} 5'
    assert '{{{}}}'.format(5) == '{5}'


def test_str_format_keywords():
    assert '{name} is {age}'.format(name='Bob', age=30) == 'Bob is 30'
    assert '{0} {x}'.format(1, x=2) == '1 2'
    assert '{x:>4}'.format(x='a') == '   a'


def test_str_format_access():
    class P:
        pass
    p = P()
    p.x = 3
    p.y = [10, 20]
    assert '{0.x}'.format(p) == '3'
    assert '{0.y[1]}'.format(p) == '20'
    assert '{0[1]}'.format([5, 6]) == '6'
    assert '{d[key]}'.format(d={'key': 'v'}) == 'v'
    assert '{0[0][1]}'.format([[1, 2]]) == '2'


def test_str_format_conversions_and_nested():
    assert '{!r}'.format('a') == "'a'"
    assert '{!s}'.format('a') == 'a'
    assert '{0!r:>5}'.format('a') == "  'a'"
    assert '{:{}}'.format('a', 3) == 'a  '
    assert '{:{w}.{p}f}'.format(3.14159, w=8, p=2) == '    3.14'
    assert '{0:{1}{2}}'.format(5, '>', 4) == '   5'
    assert '{!a}'.format('é') == "'\\xe9'"


def test_str_format_errors():
    with pytest.raises(IndexError):
        '{} {}'.format(1)
    with pytest.raises(KeyError):
        '{x}'.format(y=1)
    with pytest.raises(ValueError):
        '{0} {}'.format(1, 2)
    with pytest.raises(ValueError):
        '{} {0}'.format(1, 2)
    with pytest.raises(ValueError):
        '}'.format()
    with pytest.raises(ValueError):
        '{'.format()
    with pytest.raises(ValueError):
        '{!x}'.format(1)


def test_format_map():
    assert '{a}-{b}'.format_map({'a': 1, 'b': 2}) == '1-2'


def test_percent_basic():
    assert 'x=%d' % 5 == 'x=5'
    assert '%s and %s' % ('a', 'b') == 'a and b'
    assert '%r' % 'a' == "'a'"
    assert '%r' % (1,) == '1'
    assert '%%' % () == '%'
    assert '100%%' % () == '100%'
    assert '%s' % [1, 2] == '[1, 2]'
    assert '%s' % (None,) == 'None'
    assert '%i' % 7 == '7'
    assert '%a' % 'é' == "'\\xe9'"


def test_percent_numbers():
    assert '%5d|%-5d|%05d' % (3, 3, -42) == '    3|3    |-0042'
    assert '%+d %+d' % (5, -5) == '+5 -5'
    assert '% d' % 5 == ' 5'
    assert '%.3d' % 5 == '005'
    assert '%d' % 3.99 == '3'
    assert '%d' % True == '1'
    assert '%x %X %o' % (255, 255, 8) == 'ff FF 10'
    assert '%#x %#o' % (255, 8) == '0xff 0o10'
    assert '%d' % 2 ** 70 == '1180591620717411303424'
    assert '%f' % 1.5 == '1.500000'
    assert '%.2f' % 3.14159 == '3.14'
    assert '%8.3f|' % 3.14159 == '   3.142|'
    assert '%-8.2f|' % 3.14159 == '3.14    |'
    assert '%e' % 12345.678 == '1.234568e+04'
    assert '%.1E' % 12345.678 == '1.2E+04'
    assert '%g' % 1e-5 == '1e-05'
    assert '%g' % 100.0 == '100'
    assert '%G' % 1e20 == '1E+20'
    assert '%f' % 3 == '3.000000'
    assert '%c%c' % (72, 'i') == 'Hi'


def test_percent_strings():
    assert '%5s|' % 'ab' == '   ab|'
    assert '%-5s|' % 'ab' == 'ab   |'
    assert '%.1s' % 'abc' == 'a'
    assert '%*d' % (5, 42) == '   42'
    assert '%-*d|' % (4, 7) == '7   |'
    assert '%.*f' % (2, 3.14159) == '3.14'


def test_percent_mapping():
    assert '%(a)s-%(b)d' % {'a': 'x', 'b': 5} == 'x-5'
    assert '%(v)05.1f' % {'v': 2.25} == '002.2'
    assert '%(a)s %(a)s' % {'a': 1} == '1 1'


def test_percent_errors():
    with pytest.raises(TypeError):
        '%d %d' % (1,)
    with pytest.raises(TypeError):
        '%d' % (1, 2)
    with pytest.raises(TypeError):
        '%d' % 'a'
    with pytest.raises(TypeError):
        '%x' % 1.5
    with pytest.raises(ValueError):
        '%y' % 1
    with pytest.raises(ValueError):
        '%' % ()
    with pytest.raises(KeyError):
        '%(a)s' % {'b': 1}
    with pytest.raises(TypeError):
        '%c' % 'ab'


class MyError(Exception):
    def __format__(self, spec):
        return 'E' + spec


def test_format_exception_subclass():
    assert format(MyError(), 'x') == 'Ex'
    assert '{:y}'.format(MyError()) == 'Ey'


def test_format_of_subclasses_overriding_format():
    # IntEnum, StrEnum and float-mixin members with their own __format__
    class I(int):
        def __str__(self):
            return "str"

        def __format__(self, spec):
            return "I" + spec

    class S(str):
        def __format__(self, spec):
            return "S" + super().__format__(spec)

    class F(float):
        def __format__(self, spec):
            return "F" + float.__format__(self, spec)

    assert format(I(1)) == "I"
    assert format(I(1), "x") == "Ix"
    assert f"{I(1):>3}" == "I>3"
    assert "{:d}".format(I(2)) == "Id"
    assert format(S("ab"), ">4") == "S  ab"
    assert format(F(1.5), ".2f") == "F1.50"


def test_int_float_str_format_methods_on_subclasses():
    class Q(int):
        pass

    assert format(Q(5), "x") == "5"
    assert Q(5).__format__(">3") == "  5"
    assert int.__format__(Q(3), ">4") == "   3"
    assert int.__format__(True, "") == "True"
    assert float.__format__(2.0, "") == "2.0"
    assert str.__format__("ab", "^4") == " ab "


def test_format_of_none_binds_its_methods():
    # None's __format__ is object.__format__ bound to None (format_map of a
    # re.Match whose group did not match, string.Formatter)
    assert format(None, '') == 'None'
    assert '{}|{!s:>6}|{x}'.format(None, None, x=None) == 'None|  None|None'
    assert f'{None}' == 'None'

    class C:
        def m(self):
            return 1

    assert C.__dict__['m'].__get__(None, C) is C.__dict__['m']
    assert C().m() == 1
