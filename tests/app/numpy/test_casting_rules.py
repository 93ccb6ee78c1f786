"""NumPy's ufunc type resolution: out= and in-place operators cast with
'same_kind' (UFuncTypeError, checked before broadcasting), ufuncs without
a loop for a dtype, NEP 50's rules for Python ints (OverflowError for
arithmetic, well-defined comparisons), bool result dtypes."""

import numpy as np
import pytest

OUT_ERROR = np._core._exceptions._UFuncOutputCastingError
NO_LOOP = np._core._exceptions._UFuncNoLoopError


def cast_message(ufunc, src, dst):
    return ("Cannot cast ufunc '%s' output from dtype('%s') to dtype('%s') "
            "with casting rule 'same_kind'" % (ufunc, src, dst))


def test_error_classes():
    assert issubclass(OUT_ERROR, np._core._exceptions.UFuncTypeError)
    assert issubclass(OUT_ERROR, TypeError)
    assert issubclass(NO_LOOP, TypeError)
    assert OUT_ERROR.__name__ == 'UFuncTypeError'


def test_inplace_same_kind():
    a = np.zeros(3, np.int32)
    with pytest.raises(OUT_ERROR) as e:
        a /= np.float32(-2.0)
    assert str(e.value) == cast_message('divide', 'float64', 'int32')
    u8 = np.zeros(3, np.uint8)
    with pytest.raises(OUT_ERROR) as e:
        u8 -= np.zeros(3, np.int8)
    assert str(e.value) == cast_message('subtract', 'int16', 'uint8')
    with pytest.raises(OUT_ERROR) as e:
        u8 ^= np.array([1], np.int16)
    assert str(e.value) == cast_message('bitwise_xor', 'int16', 'uint8')
    b = np.zeros(3, bool)
    with pytest.raises(OUT_ERROR) as e:
        b += 1
    assert str(e.value) == cast_message('add', 'int64', 'bool')
    i8 = np.zeros(3, np.int64)
    with pytest.raises(OUT_ERROR) as e:
        i8 %= 2.5
    assert str(e.value) == cast_message('remainder', 'float64', 'int64')
    # same kind, narrower: allowed (wraps around)
    small = np.ones(3, np.int8)
    small *= np.int32(300)
    assert small.tolist() == [44, 44, 44]
    u8 += np.uint64(3)
    assert u8.tolist() == [3, 3, 3]


def test_out_same_kind():
    with pytest.raises(OUT_ERROR) as e:
        np.add(np.ones(3), 1, out=np.zeros(3, np.int64))
    assert str(e.value) == cast_message('add', 'float64', 'int64')
    with pytest.raises(OUT_ERROR) as e:
        np.sqrt(np.ones(3), out=np.zeros(3, np.int64))
    assert str(e.value) == cast_message('sqrt', 'float64', 'int64')
    with pytest.raises(OUT_ERROR) as e:
        np.add(np.ones(3, complex), 1, out=np.zeros(3))
    assert str(e.value) == cast_message('add', 'complex128', 'float64')
    out = np.zeros(3, np.float32)
    np.multiply(np.ones(3), 2.0, out=out)
    assert out.tolist() == [2.0, 2.0, 2.0]


def test_types_before_broadcasting():
    a = np.array([-4, 7], np.int32)
    with pytest.raises(OUT_ERROR) as e:
        a -= np.array([[]], np.float32)
    assert str(e.value) == cast_message('subtract', 'float64', 'int32')
    with pytest.raises(TypeError, match="ufunc 'remainder' not supported"):
        np.zeros(0) % np.zeros((3, 3), complex)


def test_no_loop():
    for func, arg in [(np.sign, np.ones(3, bool)), (np.positive, True),
                      (np.positive, np.ones(2, bool))]:
        with pytest.raises(NO_LOOP) as e:
            func(arg)
        assert str(e.value) == (
            "ufunc '%s' did not contain a loop with signature matching "
            "types <class 'numpy.dtypes.BoolDType'> -> None" % func.__name__)
    with pytest.raises(NO_LOOP):
        +np.ones(2, bool)


def test_ufunc_names():
    assert np.true_divide.__name__ == 'divide'
    assert np.mod.__name__ == 'remainder'


def test_python_int_out_of_bounds():
    with pytest.raises(OverflowError,
                       match="Python integer 300 out of bounds for uint8"):
        np.uint8(3) + 300
    with pytest.raises(OverflowError,
                       match="Python integer 1000 out of bounds for int8"):
        np.ones(2, np.int8) + 1000
    with pytest.raises(OverflowError,
                       match="Python integer 1000 out of bounds for int8"):
        np.maximum(np.ones(2, np.int8), 1000)


def test_comparisons_out_of_range():
    assert (np.arange(3, dtype=np.uint16) > -1).tolist() == [True] * 3
    assert (-1 < np.arange(3, dtype=np.uint16)).tolist() == [True] * 3
    assert (np.array([1, 2], np.int8) == 2**40).tolist() == [False, False]
    assert (np.array([1, 2], np.int8) != 2**40).tolist() == [True, True]
    assert (np.array([1, 2], np.int8) < 2**70).tolist() == [True, True]
    assert (np.array([2**63 - 1]) < 2**63).tolist() == [True]
    assert (np.array([2**64 - 1], np.uint64) == 2**64).tolist() == [False]
    assert (np.array([2**64 - 1], np.uint64) >= 2**64).tolist() == [False]
    assert np.uint8(3) > -1
    assert not (np.uint8(3) == 300)
    assert np.int64(3) < 2**64
    out = np.zeros(2, bool)
    np.equal(np.ones(2, np.int8), 1000, out=out)
    assert out.tolist() == [False, False]


def test_logical_out_of_range():
    assert np.logical_and(np.ones(2, np.int8), 1000).tolist() == [True] * 2
    assert np.logical_or(np.zeros(2, np.uint8), 256).tolist() == [True] * 2


def test_where_python_int_wraps():
    r = np.where(np.array([True, True, False, False]), -4, np.uint8(9))
    assert r.dtype == np.uint8 and r.tolist() == [252, 252, 9, 9]
    r = np.where(np.array([True, False]), np.uint8(9), -400)
    assert r.dtype == np.uint8 and r.tolist() == [9, 112]
    with pytest.raises(OverflowError,
                       match="Python int too large to convert to C long"):
        np.where(np.array([True, False]), np.uint8(9), 2**70)


def test_bool_result_dtypes():
    r = np.zeros(2, bool) << np.ones(2, bool)
    assert r.dtype == np.int8 and r.tolist() == [0, 0]
    r = np.right_shift(np.ones(2, bool), np.ones(2, bool))
    assert r.dtype == np.int8 and r.tolist() == [0, 0]
    r = np.conj(np.array([True, False]))
    assert r.dtype == np.int8 and r.tolist() == [1, 0]
    assert np.left_shift(True, True) == 2


def test_clip_python_int_bounds():
    r = np.clip(np.array([20], np.uint64), -2, 3)
    assert r.dtype == np.uint64 and r.tolist() == [3]
    assert np.clip(np.array([20], np.uint8), -2, 300).tolist() == [20]
    assert np.clip(np.array([20], np.uint8), 30, 300).tolist() == [30]
    assert np.clip(np.array([20], np.int8), -2000, 3).tolist() == [3]
    assert np.array([20], np.int8).clip(-2000).tolist() == [20]
    with pytest.raises(OverflowError,
                       match="Python integer 300 out of bounds for uint8"):
        np.clip(np.array([20], np.uint8), 300, 400)
    with pytest.raises(OverflowError,
                       match="Python integer -1 out of bounds for uint8"):
        np.clip(np.array([20], np.uint8), -5, -1)


def test_bool_scalar_unary():
    assert ~np.True_ is np.False_
    assert ~np.False_ is np.True_
    with pytest.raises(TypeError, match="The numpy boolean negative"):
        -np.True_
    assert abs(np.True_) is np.True_


def test_broadcast_errors_name_every_operand():
    cases = [
        (lambda: np.add(np.ones(3), np.ones(3), out=np.ones(2)),
         "operands could not be broadcast together with shapes (3,) (3,) "
         "(2,) "),
        (lambda: np.ones(2).__iadd__(np.ones(3)),
         "operands could not be broadcast together with shapes (2,) (3,) "
         "(2,) "),
        (lambda: np.sqrt(np.ones(3), out=np.ones(2)),
         "operands could not be broadcast together with shapes (3,) (2,) "),
        (lambda: np.where(np.array([1, 2, 3]) > 1, np.zeros(0), 1),
         "operands could not be broadcast together with shapes (3,) (0,) "
         "() "),
        (lambda: np.ones(()).__iadd__(np.ones((1, 3))),
         "non-broadcastable output operand with shape () doesn't match the "
         "broadcast shape (1,3)"),
        (lambda: np.sqrt(np.ones((2, 3)), out=np.ones(3)),
         "non-broadcastable output operand with shape (3,) doesn't match "
         "the broadcast shape (2,3)"),
    ]
    for func, message in cases:
        with pytest.raises(ValueError) as e:
            func()
        assert str(e.value) == message
    out = np.zeros((2, 3))
    np.negative(np.ones(3), out=out)
    assert out.tolist() == [[-1.0] * 3] * 2


def test_huge_python_ints():
    assert (np.array([1, 2], np.int8) < 2**70).tolist() == [True, True]
    assert (np.array([1], np.uint64) != 2**64).tolist() == [True]
    for func in [lambda: np.ones(2, np.int8) + 2**70,
                 lambda: np.logical_and(np.ones(2, np.int8), 2**80)]:
        with pytest.raises(OverflowError,
                           match="Python int too large to convert to C long"):
            func()


def test_python_ints_in_float_loops_are_not_range_checked():
    # a / 2**40 and np.arctan2(u8, 300) compute in floats: the Python int
    # is a float there, not a uint8 (NEP 50 checks integer loops only)
    u8 = np.arange(3, dtype=np.uint8)
    assert (u8 / 1099511627776).dtype == np.float64
    assert np.true_divide(u8, 300)[1] == 1 / 300
    assert np.arctan2(u8, 300).dtype == np.float16
    with np.errstate(all='ignore'):
        assert np.hypot(u8, 70000).tolist() == [np.inf] * 3
    assert np.float_power(u8, 300)[1] == 1.0
    with pytest.raises(OverflowError):
        u8 // 1099511627776
