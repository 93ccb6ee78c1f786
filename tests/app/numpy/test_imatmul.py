"""Scalar types built from strings, in-place matrix multiplication (a @= b),
and np.finfo's table and array flags (code shared since)."""

import numpy as np
import pytest


# ____________________________________________________________
# scalar types from strings

def test_complex128_from_string():
    z = np.complex128('1+2j')
    assert type(z) is np.complex128
    assert z == 1 + 2j
    assert np.complex128(' (3-4j) ') == 3 - 4j
    assert np.complex128('j') == 1j
    assert np.complex128(' 1 ') == 1
    assert np.complex128('1_0') == 10


def test_float_scalars_from_string():
    x = np.float64('1.5')
    assert type(x) is np.float64 and x == 1.5
    y = np.float32(' 2.5 ')
    assert type(y) is np.float32 and y == 2.5
    assert np.float32('1.1') == np.float32(1.1)
    assert np.float64('1_5') == 15.0
    assert np.isinf(np.float64('inf'))


def test_int_scalars_from_string():
    n = np.int64('12')
    assert type(n) is np.int64 and n == 12
    assert type(np.int32(' 12 ')) is np.int32
    assert np.int64('-7') == -7
    assert np.int64('1_2') == 12


def test_bool_from_string_is_its_truth():
    assert np.bool_('abc') is np.True_
    assert np.bool_('0') is np.True_
    assert np.bool_('') is np.False_


BAD_STRINGS = [
    (np.complex128, 'abc', 'complex() arg is a malformed string'),
    (np.complex128, '', 'complex() arg is a malformed string'),
    (np.complex128, '(1+2j', 'complex() arg is a malformed string'),
    (np.complex128, '1__0', "could not convert string to complex: '1__0'"),
    (np.float64, 'abc', "could not convert string to float: 'abc'"),
    (np.float32, '', "could not convert string to float: ''"),
    (np.float64, '1+2j', "could not convert string to float: '1+2j'"),
    (np.int64, '1.5', "invalid literal for int() with base 10: '1.5'"),
    (np.int64, '1e3', "invalid literal for int() with base 10: '1e3'"),
    (np.int16, '', "invalid literal for int() with base 10: ''"),
]


def test_bad_strings():
    for make, text, message in BAD_STRINGS:
        with pytest.raises(ValueError) as exc:
            make(text)
        assert str(exc.value) == message


def test_int_string_out_of_range():
    with pytest.raises(OverflowError,
                       match='Python integer 300 out of bounds for int8'):
        np.int8('300')
    with pytest.raises(OverflowError,
                       match='Python integer -1 out of bounds for uint8'):
        np.uint8('-1')
    with pytest.raises(OverflowError):
        np.int64('99999999999999999999')


def test_python_int_must_fit_but_numpy_scalars_wrap():
    with pytest.raises(OverflowError,
                       match='Python integer 3000000000 out of bounds for '
                             'int32'):
        np.int32(3000000000)
    assert np.int8(np.int64(300)) == 44
    assert np.int8(True) == 1


# ____________________________________________________________
# a @= b

def test_imatmul_square_in_place():
    a = np.array([[1., 2.], [3., 4.]])
    b = np.array([[0., 1.], [1., 0.]])
    result = a.__imatmul__(b)
    assert result is a
    assert a.tolist() == [[2., 1.], [4., 3.]]


def test_imatmul_operator_keeps_the_array():
    a = np.array([[1., 2.], [3., 4.]])
    alias = a
    a @= np.eye(2) * 2
    assert a is alias
    assert a.tolist() == [[2., 4.], [6., 8.]]


def test_imatmul_with_itself_and_lists():
    x = np.array([[1., 2.], [3., 4.]])
    x @= x
    assert x.tolist() == [[7., 10.], [15., 22.]]
    y = np.ones((2, 2))
    y @= [[1, 0], [0, 1]]
    assert y.tolist() == [[1., 1.], [1., 1.]]


def test_imatmul_keeping_a_non_square_shape():
    a = np.ones((2, 3))
    a @= np.ones((3, 3))
    assert a.shape == (2, 3) and a.tolist() == [[3.] * 3] * 2
    v = np.ones(3)
    v @= np.ones((3, 3))
    assert v.tolist() == [3., 3., 3.]


def test_imatmul_same_kind_dtypes():
    a = np.ones((2, 2), np.float32)
    a @= np.ones((2, 2))
    assert a.dtype == np.float32 and a.tolist() == [[2., 2.], [2., 2.]]
    i = np.ones((2, 2), np.int8)
    i @= np.ones((2, 2), np.int64)
    assert i.dtype == np.int8 and i.tolist() == [[2, 2], [2, 2]]
    c = np.ones((2, 2), complex)
    c @= np.ones((2, 2))
    assert c.tolist() == [[2 + 0j, 2 + 0j], [2 + 0j, 2 + 0j]]


def test_imatmul_changing_shape_is_an_error():
    a = np.ones((2, 3))
    with pytest.raises(ValueError) as exc:
        a @= np.ones((3, 2))
    assert str(exc.value) == (
        'matmul: Output operand 0 has a mismatch in its core dimension 1, '
        'with gufunc signature (n?,k),(k,m?)->(n?,m?) '
        '(size 3 is different from 2)')
    assert a.tolist() == [[1.] * 3] * 2
    v = np.ones(3)
    with pytest.raises(ValueError) as exc:
        v @= np.ones((3, 4))
    assert str(exc.value) == (
        'matmul: Output operand 0 has a mismatch in its core dimension 0, '
        'with gufunc signature (n?,k),(k,m?)->(n?,m?) '
        '(size 3 is different from 4)')


def test_imatmul_needs_a_2d_second_operand():
    message = ('inplace matrix multiplication requires the first operand '
               'to have at least one and the second at least two '
               'dimensions.')
    for a, b in [(np.ones(3), np.ones(3)), (np.ones((2, 3)), np.ones(3)),
                 (np.ones((2, 2)), np.ones(4))]:
        with pytest.raises(ValueError) as exc:
            a @= b
        assert str(exc.value) == message


def test_imatmul_0d_operands():
    a = np.ones((2, 2))
    with pytest.raises(ValueError,
                       match='matmul: Input operand 1 does not have enough '
                             'dimensions'):
        a @= 2
    z = np.array(1.0)
    with pytest.raises(ValueError,
                       match='matmul: Input operand 0 does not have enough '
                             'dimensions'):
        z @= np.ones((2, 2))


def test_imatmul_errors_on_mismatched_inputs_and_casting():
    a = np.ones((2, 2))
    with pytest.raises(ValueError,
                       match='matmul: Input operand 1 has a mismatch in its '
                             'core dimension 0'):
        a @= np.ones((3, 3))
    i = np.ones((2, 2), int)
    # dtypes are checked before shapes, as in NumPy
    for b in [np.ones((2, 2)), np.ones((3, 3))]:
        with pytest.raises(TypeError) as exc:
            i @= b
        assert str(exc.value) == (
            "Cannot cast ufunc 'matmul' output from dtype('float64') to "
            "dtype('int64') with casting rule 'same_kind'")
    f = np.ones((2, 2))
    with pytest.raises(TypeError) as exc:
        f @= np.ones((2, 2), complex)
    assert "from dtype('complex128') to dtype('float64')" in str(exc.value)
    assert i.tolist() == [[1, 1], [1, 1]]


# ____________________________________________________________
# np.finfo's table and the contiguity flags

FINFO64_STR = (
    'Machine parameters for float64\n' + '-' * 63 + '\n'
    'precision = 15   resolution = 1e-15\n'
    'machep = -52   eps =        2.220446049250313e-16\n'
    'negep =  -53   epsneg =     1.1102230246251565e-16\n'
    'minexp = -1022   tiny =       2.2250738585072014e-308\n'
    'maxexp = 1024   max =        1.7976931348623157e+308\n'
    'nexp =   11   min =        -max\n'
    'smallest_normal = 2.2250738585072014e-308   '
    'smallest_subnormal = 5e-324\n' + '-' * 63 + '\n')

FINFO32_STR = (
    'Machine parameters for float32\n' + '-' * 63 + '\n'
    'precision = 6   resolution = 1e-06\n'
    'machep = -23   eps =        1.1920929e-07\n'
    'negep =  -24   epsneg =     5.9604645e-08\n'
    'minexp = -126   tiny =       1.1754944e-38\n'
    'maxexp = 128   max =        3.4028235e+38\n'
    'nexp =   8   min =        -max\n'
    'smallest_normal = 1.1754944e-38   smallest_subnormal = 1e-45\n'
    + '-' * 63 + '\n')


def test_finfo_str_tables():
    assert str(np.finfo(np.float64)) == FINFO64_STR
    assert str(np.finfo(np.float32)) == FINFO32_STR
    assert repr(np.finfo(np.float32)) == (
        'finfo(resolution=1e-06, min=-3.4028235e+38, max=3.4028235e+38, '
        'dtype=float32)')


FLAG_CASES = [
    (lambda: np.ones((2, 3)), True, False),
    (lambda: np.ones((2, 3)).T, False, True),
    (lambda: np.ones((2, 3), order='F'), False, True),
    (lambda: np.ones((1, 3)), True, True),
    (lambda: np.ones((3, 1))[:, ::2], True, True),
    (lambda: np.ones((4, 3))[::2], False, False),
    (lambda: np.ones((0, 3))[:, ::2], True, True),
    (lambda: np.ones(5)[::2], False, False),
    (lambda: np.array(1.0), True, True),
]


def test_contiguity_flags():
    for make, c, f in FLAG_CASES:
        a = make()
        assert a.flags['C_CONTIGUOUS'] is c
        assert a.flags['F_CONTIGUOUS'] is f
