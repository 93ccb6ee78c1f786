"""complex() from strings; list/tuple subclasses overriding __iter__."""

import math
import pytest


def test_complex_from_string_forms():
    assert complex('1+2j') == 1 + 2j
    assert complex(' -1.5e3-2j ') == -1500 - 2j
    assert complex('j') == 1j
    assert complex('-j') == -1j
    assert complex('+J') == 1j
    assert complex('3') == 3 + 0j
    assert complex('2.5j') == 2.5j
    assert complex('1+j') == 1 + 1j
    assert complex('1-j') == 1 - 1j
    assert complex('(1+2j)') == 1 + 2j
    assert complex(' ( 1+2j ) ') == 1 + 2j
    assert complex('1e+2j') == 100j
    assert complex('.5-.25j') == 0.5 - 0.25j
    assert complex('1_0+2_0j') == 10 + 20j
    assert type(complex('1')) is complex


def test_complex_from_string_special_values():
    z = complex('inf+nanj')
    assert z.real == math.inf and math.isnan(z.imag)
    z = complex('-Infinity-infj')
    assert z.real == -math.inf and z.imag == -math.inf
    assert math.isnan(complex('nan').real)
    assert complex('-0j').imag == 0.0
    assert math.copysign(1.0, complex('-0j').imag) == -1.0


MALFORMED = ['1+', '1 + 2j', '', ' ', '()', '(1+2j', '1+2j)', 'jj', '1j+2',
             '1e', '1+2', 'x', '+', 'in', '1+2jj', '.j', '1..2']


def test_complex_malformed_string():
    for s in MALFORMED:
        with pytest.raises(ValueError) as e:
            complex(s)
        assert str(e.value) == 'complex() arg is a malformed string', s


def test_complex_misplaced_underscore():
    for s in ['1_', '1__0', '_1', '1_.5j']:
        with pytest.raises(ValueError) as e:
            complex(s)
        assert str(e.value) == 'could not convert string to complex: %r' % s


def test_complex_string_with_second_arg():
    with pytest.raises(TypeError):
        complex('1', 2)
    with pytest.raises(TypeError):
        complex(1, '2')


class L(list):
    def __iter__(self):
        return iter([9, 8])


class T(tuple):
    def __iter__(self):
        return iter([7])


class D(dict):
    def __iter__(self):
        return iter(['z'])


def check_uses_iter(x, expected):
    assert list(x) == expected
    assert tuple(x) == tuple(expected)
    assert [y for y in x] == expected
    assert sorted(x) == sorted(expected)
    assert [*x] == expected
    assert (*x,) == tuple(expected)
    assert set(x) == set(expected)
    assert frozenset(x) == frozenset(expected)
    result = []
    result.extend(x)
    assert result == expected
    assert (lambda *args: args)(*x) == tuple(expected)


def test_list_subclass_iter_override():
    check_uses_iter(L([1, 2, 3]), [9, 8])
    a, b = L([1, 2, 3])
    assert (a, b) == (9, 8)


def test_tuple_subclass_iter_override():
    check_uses_iter(T((1, 2)), [7])
    (a,) = T((1, 2))
    assert a == 7


def test_dict_subclass_iter_override():
    check_uses_iter(D(a=1), ['z'])


def test_subclass_without_override_is_copied_to_exact_type():
    class T2(tuple):
        pass
    t = T2((1, 2))
    assert type(tuple(t)) is tuple and tuple(t) == (1, 2)
    assert list(t) == [1, 2]

    class F(frozenset):
        pass
    assert type(frozenset(F([1]))) is frozenset
