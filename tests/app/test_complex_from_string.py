"""complex() from strings: the accepted forms, special values and errors."""

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
