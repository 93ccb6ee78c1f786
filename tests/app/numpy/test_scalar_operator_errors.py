"""Operators on NumPy scalars that have no loop fail as NumPy's do: the
ufunc's TypeError (bitwise and shift operators on complex or float), or
Python's 'unsupported operand' when NumPy's complex scalar leaves // and
% to Python; mixed Python complex and NumPy scalars give np.complex128;
int() and float() of a complex scalar take the real part with a
ComplexWarning, of a 0-d complex array they are refused."""

import warnings
import numpy as np
import pytest
from numpy.exceptions import ComplexWarning

VALUES = ['np.True_', 'np.int8(3)', 'np.uint64(5)', 'np.float32(1.5)',
          'np.float16(2)', 'np.complex64(1-2j)', 'np.complex128(2+1j)',
          'complex(1, -2)', '2.5', '3', 'True']
OPERATORS = ['+', '*', '/', '//', '%', '**', '&', '|', '^', '<<', '>>']


def outcome(src):
    try:
        with np.errstate(all='ignore'):
            r = eval(src)
    except TypeError as e:
        text = str(e)
        if text.startswith('ufunc'):
            return 'ufunc: ' + text.split(' not supported')[0]
        return 'python: ' + text
    return type(r).__name__


def test_no_loop_errors_and_result_types():
    # what NumPy 2.4 prints for each pair (one line per left operand)
    lines = []
    for x in VALUES:
        for y in VALUES:
            if 'complex' not in x + y:
                continue
            for o in OPERATORS:
                lines.append('%s %s %s: %s' % (x, o, y,
                                               outcome('%s %s %s' % (x, o, y))))
    text = '\n'.join(lines)
    assert "np.int8(3) // np.complex64(1-2j): python: unsupported operand " \
        "type(s) for //: 'numpy.int8' and 'numpy.complex64'" in text
    assert "np.True_ // np.complex64(1-2j): ufunc: ufunc 'floor_divide'" \
        in text
    assert "np.uint64(5) % np.complex64(1-2j): ufunc: ufunc 'remainder'" \
        in text
    assert "np.float32(1.5) // complex(1, -2): ufunc: ufunc 'floor_divide'" \
        in text
    assert "np.complex64(1-2j) // 2.5: python: unsupported operand " \
        "type(s) for //: 'numpy.complex64' and 'float'" in text
    assert "np.complex128(2+1j) & 3: ufunc: ufunc 'bitwise_and'" in text
    assert "np.complex128(2+1j) >> complex(1, -2): ufunc: ufunc " \
        "'right_shift'" in text
    assert "complex(1, -2) << np.True_: ufunc: ufunc 'left_shift'" in text
    assert "complex(1, -2) + np.int8(3): complex128" in text
    assert "complex(1, -2) * np.float32(1.5): complex64" in text
    assert "np.uint64(5) ** complex(1, -2): complex128" in text


def test_int_and_float_of_complex():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        assert int(np.complex128(3.7 + 2j)) == 3
        assert float(np.complex64(1.5 - 1j)) == 1.5
    assert [w.category for w in caught] == [ComplexWarning, ComplexWarning]
    assert str(caught[0].message) == ('Casting complex values to real '
                                      'discards the imaginary part')
    assert issubclass(ComplexWarning, RuntimeWarning)
    z = np.zeros((), np.complex128)
    with pytest.raises(TypeError) as e:
        int(z)
    assert str(e.value) == ("int() argument must be a string, a bytes-like "
                            "object or a real number, not 'complex'")
    with pytest.raises(TypeError) as e:
        float(z)
    assert str(e.value) == ("float() argument must be a string or a real "
                            "number, not 'complex'")
    assert complex(z) == 0j


def test_python_complex_division_signs():
    # CPython's Smith division keeps the sign of a zero part
    assert repr((1 - 2j) / (1 - 2j)) == '(1-0j)'
    assert repr((-0.0 - 1j) / (3 + 0j)) == '(-0-0.3333333333333333j)'
    with pytest.raises(ZeroDivisionError):
        (1 + 1j) / 0j


def test_float_power_of_complex64_is_complex128():
    assert np.float_power(np.ones(2, np.complex64), 2).dtype == np.complex128
    assert type(np.float_power(np.complex64(1 + 1j), 2)) is np.complex128


def test_bit_operators_of_float64_scalars():
    x = np.float64(1.5)
    for src in ['x >> x', 'x << 2', '2 & x', 'x | True', 'np.int8(1) ^ x']:
        with pytest.raises(TypeError) as e:
            eval(src)
        assert str(e.value).startswith('ufunc '), src
