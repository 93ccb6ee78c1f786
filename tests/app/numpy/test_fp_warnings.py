"""NumPy's floating-point error reports: RuntimeWarnings through the
warnings module (one per operation and kind, in the order divide, over,
under, invalid), FloatingPointError under errstate(...='raise'), silence
under 'ignore', the 'call' and 'log' callbacks of seterrcall.

Most results are read (tolist) inside the blocks; the tests named
`unread` leave them pending: pypy-c then reports their errors before the
block's errstate or warning filters change, or at once under 'raise'."""

import warnings

import numpy as np
import pytest


def recorded(func):
    """(result as a list or scalar, [(category name, message)])"""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        result = func()
        if isinstance(result, np.ndarray):
            result = result.tolist()
    return result, [(w.category.__name__, str(w.message)) for w in caught]


def messages(func):
    return [message for category, message in recorded(func)[1]]


def test_divide_reports_divide_by_zero_then_invalid():
    result, caught = recorded(lambda: np.array([1.0, 0.0]) / 0.0)
    assert result[0] == np.inf and np.isnan(result[1])
    assert caught == [
        ('RuntimeWarning', 'divide by zero encountered in divide'),
        ('RuntimeWarning', 'invalid value encountered in divide')]


def test_one_warning_per_operation_not_per_element():
    assert messages(lambda: np.zeros(1000) / 0.0) == [
        'invalid value encountered in divide']
    assert messages(lambda: np.ones(1000) / 0.0) == [
        'divide by zero encountered in divide']


def test_math_functions():
    assert messages(lambda: np.sqrt(np.array([-1.0, 4.0]))) == [
        'invalid value encountered in sqrt']
    assert messages(lambda: np.log(np.array([0.0]))) == [
        'divide by zero encountered in log']
    assert messages(lambda: np.log(np.array([-1.0]))) == [
        'invalid value encountered in log']
    assert messages(lambda: np.exp(np.array([1000.0]))) == [
        'overflow encountered in exp']


def test_overflow_and_invalid_arithmetic():
    assert messages(lambda: np.array([1e300]) * 1e300) == [
        'overflow encountered in multiply']
    assert messages(lambda: np.array([np.inf]) - np.inf) == [
        'invalid value encountered in subtract']
    assert messages(lambda: np.array([0.0]) ** -1.0) == [
        'divide by zero encountered in power']


def test_underflow_is_ignored_by_default():
    assert messages(lambda: np.array([1e-300]) * 1e-300) == []
    with np.errstate(under='warn'):
        assert messages(lambda: np.array([1e-300]) * 1e-300) == [
            'underflow encountered in multiply']


def test_integer_division_by_zero():
    result, caught = recorded(lambda: np.array([1, 2]) // 0)
    assert result == [0, 0]
    assert caught == [
        ('RuntimeWarning', 'divide by zero encountered in floor_divide')]
    assert messages(lambda: np.array([1]) % 0) == [
        'divide by zero encountered in remainder']
    assert messages(lambda: np.array([1]) // 1) == []


def test_scalar_operations():
    result, caught = recorded(lambda: np.float64(1.0) / 0)
    assert result == np.inf
    assert caught == [
        ('RuntimeWarning', 'divide by zero encountered in scalar divide')]
    assert messages(lambda: np.int64(2 ** 62) * 4) == [
        'overflow encountered in scalar multiply']
    assert messages(lambda: np.uint32(1) - np.uint32(2)) == [
        'overflow encountered in scalar subtract']
    assert messages(lambda: np.int64(2) * 4) == []


def test_cast_overflow():
    result, caught = recorded(lambda: np.array([1e5]).astype(np.float16))
    assert result == [np.inf]
    assert caught == [('RuntimeWarning', 'overflow encountered in cast')]


def test_nan_operands_are_quiet():
    nan = np.array([np.nan, 1.0])
    assert messages(lambda: nan < 1.0) == []
    assert messages(lambda: np.maximum(nan, 0.5)) == []
    assert messages(lambda: np.sqrt(nan)) == []
    assert messages(lambda: nan + 1.0) == []
    assert messages(lambda: np.float64(np.nan) < 1) == []


def test_each_operation_of_an_expression_is_named():
    a = np.array([-1.0])
    b = np.array([1.0])
    assert messages(lambda: np.sqrt(a * 2.0) + b / 0.0) == [
        'invalid value encountered in sqrt',
        'divide by zero encountered in divide']
    assert messages(lambda: np.array([1e300]) * 1e300 + 1.0) == [
        'overflow encountered in multiply']


def test_errstate_raise():
    with np.errstate(divide='raise'):
        with pytest.raises(FloatingPointError) as info:
            (np.array([1.0]) / 0.0).tolist()
        assert str(info.value) == 'divide by zero encountered in divide'
        # the other kinds still warn
        assert messages(lambda: np.array([0.0]) / 0.0) == [
            'invalid value encountered in divide']
    with np.errstate(all='raise'):
        with pytest.raises(FloatingPointError) as info:
            np.float64(1.0) / 0
        assert str(info.value) == \
            'divide by zero encountered in scalar divide'


def test_errstate_ignore_is_silent():
    with np.errstate(all='ignore'):
        assert messages(lambda: np.array([1.0, 0.0]) / 0.0) == []
        assert messages(lambda: np.int64(2 ** 62) * 4) == []
    assert np.geterr()['divide'] == 'warn'


def test_errstate_in_force_when_the_operation_ran():
    with np.errstate(all='ignore'):
        result = np.array([1.0]) / 0.0
    assert messages(lambda: result) == []


def test_simplefilter_error_raises_the_warning():
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        with pytest.raises(RuntimeWarning) as info:
            (np.array([1.0]) / 0.0).tolist()
        assert str(info.value) == 'divide by zero encountered in divide'


def test_unread_result_warns_inside_catch_warnings():
    a = np.array([1.0, 0.0])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        result = a / 0.0
    assert [str(w.message) for w in caught] == [
        'divide by zero encountered in divide',
        'invalid value encountered in divide']
    assert result[0] == np.inf


def test_unread_result_raises_inside_try_under_errstate_raise():
    a = np.array([1.0, 2.0])
    with np.errstate(divide='raise'):
        try:
            a / 0.0
            raised = False
        except FloatingPointError:
            raised = True
    assert raised


def test_unread_result_raises_from_a_function_under_errstate_raise():
    def divide(a):
        with np.errstate(divide='raise'):
            return a / 0.0
    with pytest.raises(FloatingPointError):
        divide(np.array([1.0]))


def test_unread_result_of_ignore_block_warns_for_the_others():
    a = np.array([1.0, 0.0])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        with np.errstate(divide='ignore'):
            result = a * 2 / 0.0
        result = result + 1
    assert [str(w.message) for w in caught] == [
        'invalid value encountered in divide']
    assert result.tolist()[0] == np.inf


def test_unread_result_of_an_ignoring_block_stays_silent():
    a = np.array([1.0, 0.0])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            result = a / 0.0
        assert caught == []
        # and a result pending when a filter is added warns as before it
        result = a / 0.0
        warnings.simplefilter('ignore')
    assert [str(w.message) for w in caught] == [
        'divide by zero encountered in divide',
        'invalid value encountered in divide']
    assert result.tolist()[0] == np.inf


def test_seterrcall_call_and_log():
    calls = []
    with np.errstate(call=lambda kind, flag: calls.append((kind, flag)),
                     all='call'):
        (np.array([1.0, 0.0]) / 0.0).tolist()
    assert calls == [('divide by zero', 9), ('invalid value', 9)]
    assert np.geterrcall() is None

    class Log:
        def __init__(self):
            self.lines = []

        def write(self, line):
            self.lines.append(line)

    log = Log()
    old = np.seterrcall(log)
    try:
        assert old is None and np.geterrcall() is log
        with np.errstate(all='log'):
            (np.array([1e300]) * 1e300).tolist()
    finally:
        np.seterrcall(None)
    assert log.lines == ['Warning: overflow encountered in multiply\n']


def test_seterrcall_errors():
    with pytest.raises(TypeError):
        np.seterrcall(5)
    with np.errstate(all='call'):
        with pytest.raises(NameError) as info:
            np.float64(1.0) / 0
    assert str(info.value) == ('python callback specified for divide by '
                               'zero (in  scalar divide) but no function '
                               'found.')


def test_reductions():
    big = np.array([1e308, 1e308])
    assert messages(lambda: np.sum(big)) == ['overflow encountered in reduce']
    assert messages(lambda: big.prod()) == ['overflow encountered in reduce']
    assert messages(lambda: np.array([np.inf, -np.inf]).sum()) == [
        'invalid value encountered in reduce']
    assert messages(lambda: np.max(np.array([np.nan, 1.0]))) == []
    assert messages(lambda: np.sum(np.array([1.0, 2.0]))) == []
