"""NumPy scalar types: np.True_/np.False_, np.bool_, arithmetic that
keeps the NumPy type, and scalars made from strings."""

import numpy as np
import pytest


def test_bool_scalars():
    assert repr(np.True_) == 'np.True_'
    assert repr(np.False_) == 'np.False_'
    assert str(np.True_) == 'True'
    assert np.bool_(1) is np.True_
    assert np.bool_(0) is np.False_
    assert bool(np.True_) and not np.False_
    assert type(np.True_) is np.bool_
    assert isinstance(np.array([True])[0], np.bool_)
    assert np.array([1, 2]).all() is np.True_
    assert (np.array([1, 2]) > 5).any() is np.False_


def test_float64_scalar_arithmetic():
    x = np.float64(1) + 1
    assert type(x) is np.float64
    assert repr(x) == 'np.float64(2.0)'
    assert isinstance(np.float64(1), float)
    assert type(2 * np.float64(2.5)) is np.float64
    assert type(-np.float64(2.5)) is np.float64


def test_int_scalar_arithmetic():
    a = np.arange(4)
    x = a[3]
    assert type(x) is np.int64
    assert repr(x) == 'np.int64(3)'
    assert str(x) == '3'
    assert type(x + 1) is np.int64
    assert repr(x + 1) == 'np.int64(4)'
    assert type(x * x) is np.int64
    assert type(x // 2) is np.int64
    assert type(x / 2) is np.float64
    assert type(x + 1.5) is np.float64
    assert isinstance(x, np.int64)
    assert type(np.int32(4) * 2) is np.int32
    assert repr(np.int32(4) * 2.0) == 'np.float64(8.0)'
    assert type(-x) is np.int64
    assert x == 3 and hash(x) == hash(3)


def test_reflected_scalar_arithmetic():
    # Python number on the left, NumPy scalar on the right
    x = np.arange(4)[3]
    assert type(1 + x) is np.int64
    assert type(2 * np.int32(4)) is np.int32
    assert type(1.5 + np.float32(1)) is np.float32
    assert type(int(x)) is int
    assert type(float(np.float64(2.0))) is float


def test_float32_scalar_arithmetic():
    x = np.float32(1.5)
    assert repr(x) == 'np.float32(1.5)'
    assert type(x + 1) is np.float32
    assert repr(x + 1) == 'np.float32(2.5)'
    assert repr(np.float32(0.1) * 3) == 'np.float32(0.3)'
    assert type(x + np.float64(1)) is np.float64
    assert type(np.array([1.0], dtype=np.float32)[0]) is np.float32


def test_scalar_item_and_types():
    assert np.float64(3).item() == 3.0
    assert type(np.float64(3).item()) is float
    assert np.int64(3).item() == 3
    assert type(np.int64(3).item()) is int
    assert type(np.True_.item()) is bool
    assert np.dtype(np.float32).type is np.float32
    assert np.arange(3).dtype.type is np.int64
    assert isinstance(np.arange(3)[0], np.int64)
    assert isinstance(np.ones(3)[0], np.float64)


def test_scalar_on_the_right_keeps_numpy_type():
    assert type(1 + np.int64(3)) is np.int64
    assert 1 + np.int64(3) == 4
    assert type(1.5 + np.float32(1)) is np.float32
    assert type(1.5 + np.float64(1)) is np.float64
    assert 1.5 + np.float64(1) == 2.5
    assert type(2 * np.float64(1.5)) is np.float64
    assert type(2.0 - np.float64(0.5)) is np.float64
    assert 2.0 - np.float64(0.5) == 1.5
    assert type(1 == np.int64(1)) is np.bool_
    assert (1 == np.int64(1)) == True
    assert type(np.arange(3) + np.int64(1)) is np.ndarray


def test_builtin_conversions_give_plain_types():
    assert type(int(np.int64(3))) is int
    assert int(np.int64(3)) == 3
    assert type(float(np.float32(1.5))) is float
    assert float(np.float32(1.5)) == 1.5
    assert type(float(np.float64(2.5))) is float
    assert type(complex(np.complex128(1 + 2j))) is complex
    assert complex(np.complex128(1 + 2j)) == 1 + 2j


def test_numpy_type_reprs():
    assert repr(np.float64) == "<class 'numpy.float64'>"
    assert repr(np.float32) == "<class 'numpy.float32'>"
    assert repr(np.int64) == "<class 'numpy.int64'>"
    assert repr(np.int32) == "<class 'numpy.int32'>"
    assert repr(np.int8) == "<class 'numpy.int8'>"
    assert repr(np.uint8) == "<class 'numpy.uint8'>"
    assert repr(np.bool_) == "<class 'numpy.bool'>"
    assert repr(np.complex128) == "<class 'numpy.complex128'>"
    assert repr(type(np.arange(3))) == "<class 'numpy.ndarray'>"
    assert repr(np.dtype) == "<class 'numpy.dtype'>"
    assert repr(np.ufunc) == "<class 'numpy.ufunc'>"
    assert np.float64.__name__ == 'float64'
    assert np.float64.__module__ == 'numpy'
    assert np.ndarray.__module__ == 'numpy'
    assert repr(int) == "<class 'int'>"
    assert repr(float) == "<class 'float'>"


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


def test_scalar_methods_return_scalars():
    s = np.int8(7)
    assert repr(s.copy()) == 'np.int8(7)'
    assert s.astype(bool) is np.True_
    assert repr(np.array([1, 2])[0].astype(np.bool_)) == 'np.True_'
    assert repr(s.reshape(())) == 'np.int8(7)'
    assert repr(s.squeeze()) == 'np.int8(7)'
    assert repr(s.transpose()) == 'np.int8(7)'
    assert repr(s.round()) == 'np.int8(7)'
    assert repr(s.clip(0, 3)) == 'np.int8(3)'
    assert repr(s.sum()) == 'np.int64(7)'
    assert repr(s.argmax()) == 'np.int64(0)'
    assert repr(s.std()) == 'np.float64(0.0)'
    assert repr(np.float32(2.5).astype(np.float64)) == 'np.float64(2.5)'
    assert repr(s.reshape(1)) == 'array([7], dtype=int8)'
    assert repr(s.ravel()) == 'array([7], dtype=int8)'
    assert repr(s.cumsum()) == 'array([7])'


def test_scalar_indexing():
    s = np.int8(7)
    assert repr(s[()]) == 'np.int8(7)'
    assert repr(s[...]) == 'array(7, dtype=int8)'
    assert repr(s[s > -1]) == 'array([7], dtype=int8)'
    assert repr(s[None]) == 'array([7], dtype=int8)'
    assert repr(s[True]) == 'array([7], dtype=int8)'
    assert repr(s[..., None]) == 'array([7], dtype=int8)'
    assert repr(np.float64(2.5)[()]) == 'np.float64(2.5)'
    assert np.True_[()] is np.True_
    for index in [0, slice(1, None), 'a', 1.0, [0], ((),), np.array(0)]:
        with pytest.raises(IndexError) as info:
            np.int32(5)[index]
        assert str(info.value) == 'invalid index to scalar variable.'
    with pytest.raises(IndexError) as info:
        np.float64(2.5)[0]
    assert str(info.value) == 'invalid index to scalar variable.'


def raises_text(exc, f):
    with pytest.raises(exc) as info:
        f()
    return str(info.value)


def test_scalar_from_python_number_converts_as_int_and_float():
    assert raises_text(TypeError, lambda: np.uint16(complex(1, -2))) == \
        "int() argument must be a string, a bytes-like object or a real " \
        "number, not 'complex'"
    assert raises_text(ValueError, lambda: np.uint16(float('nan'))) == \
        'cannot convert float NaN to integer'
    assert raises_text(OverflowError, lambda: np.int32(float('inf'))) == \
        'cannot convert float infinity to integer'
    assert raises_text(OverflowError, lambda: np.int8(300.0)) == \
        'Python integer 300 out of bounds for int8'
    assert raises_text(TypeError, lambda: np.float64(1j)) == \
        "float() argument must be a string or a real number, not 'complex'"
    assert repr(np.int8(-1.5)) == 'np.int8(-1)'
    # NumPy's own scalars are cast
    assert repr(np.int8(np.float64('nan'))) == 'np.int8(0)'
    assert repr(np.int64(np.complex128(1+1j))) == 'np.int64(1)'


def test_storing_python_complex_or_nan_into_real_arrays():
    def store(dtype, index, value):
        a = np.arange(3, dtype=dtype)
        a[index] = value
    int_message = "int() argument must be a string, a bytes-like object " \
        "or a real number, not 'complex'"
    assert raises_text(TypeError, lambda: store(np.uint8, slice(None),
                                                1+2j)) == int_message
    assert raises_text(TypeError, lambda: store(np.int64, 0, 1j)) == \
        int_message
    assert raises_text(TypeError, lambda: store(np.float64, 1, 2+1j)) == \
        "float() argument must be a string or a real number, not 'complex'"
    assert raises_text(ValueError, lambda: store(np.int64, 1,
                                                 float('nan'))) == \
        'cannot convert float NaN to integer'
    assert raises_text(TypeError, lambda: np.arange(3).fill(1j)) == \
        int_message
    assert raises_text(ValueError, lambda: np.arange(3).fill(np.nan)) == \
        'cannot convert float NaN to integer'


def test_python_int_past_64_bits():
    too_large = 'Python int too large to convert to C long'
    for f in [lambda: np.int8(2**70), lambda: np.uint64(2**64),
              lambda: np.int64(2**63), lambda: np.int8(1e20),
              lambda: np.uint8(2**63), lambda: np.int8(-2**70),
              lambda: np.array([1], np.int8) + 2**64,
              lambda: np.array([1], np.int16) - 2**63]:
        assert raises_text(OverflowError, f) == too_large
    assert raises_text(OverflowError, lambda: np.uint64(-1)) == \
        'Python integer -1 out of bounds for uint64'
    assert raises_text(OverflowError, lambda: np.int8(-2**63)) == \
        'Python integer -9223372036854775808 out of bounds for int8'
    assert repr(np.int64(-2**63)) == 'np.int64(-9223372036854775808)'
    assert repr(np.uint64(2**63)) == 'np.uint64(9223372036854775808)'


def test_scalar_comparisons_give_numpy_bools():
    for x in [np.float64(2.0), np.float32(2.0), np.True_, np.int8(3),
              np.uint64(2 ** 63), np.complex128(1), np.complex128(2 + 0j)]:
        for result in [x > 1, x == 2, x != 1.5, 1 < x, x <= np.float64('nan'),
                       x >= np.int16(2)]:
            assert type(result) is np.bool_

def test_complex_scalar_order():
    # scalars: the imaginary parts decide when the real parts are equal,
    # else the real parts, NaN parts or not (arrays: NumPy's CLT)
    nan = float('nan')
    cases = [(complex(0.5, nan), 1), (complex(1, nan), 1),
             (1 + 1j, complex(1, nan)), (1 + 1j, 1), (1 - 1j, 1 + 0j),
             (2 + 0j, complex(1, nan)), (1 + 2j, 1 + 2j)]
    table = []
    for a, b in cases:
        a = np.complex128(a)
        table.append([a < b, a <= b, a > b, a >= b, b < a, b >= a])
    assert table == [[True, True, False, False, False, True],
                     [False, False, False, False, False, False],
                     [False, False, False, False, False, False],
                     [False, False, True, True, True, False],
                     [True, True, False, False, False, True],
                     [False, False, True, True, True, False],
                     [False, True, False, True, False, True]]
