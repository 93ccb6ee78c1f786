"""Reductions of 0-d arrays with an axis, argmax/argmin result types,
ufunc.reduce over axis tuples, accumulate of empty and 0-d arrays."""

import numpy as np
import pytest


def axis_error(info, message):
    """AxisError (np.exceptions.AxisError: a ValueError and IndexError)."""
    assert type(info.value).__name__ == 'AxisError'
    assert str(info.value) == message


def test_0d_reductions_take_axis_0():
    x = np.array(5, np.uint64)
    for name in ['sum', 'prod', 'min', 'max']:
        for axis in [0, -1, (), None]:
            r = getattr(np, name)(x, axis=axis)
            assert repr(r) == 'np.uint64(5)', (name, axis)
    for name in ['any', 'all']:
        assert getattr(np, name)(x, axis=0) is np.True_
        assert getattr(x, name)(axis=-1) is np.True_
    assert np.ones((), np.int32).all(axis=0) is np.True_
    assert repr(np.sum(np.array(7.5, np.float32), axis=0, keepdims=True)) \
        == 'np.float32(7.5)'
    with pytest.raises(ValueError) as info:
        np.sum(x, axis=1)
    axis_error(info, 'axis 1 is out of bounds for array of dimension 0')
    with pytest.raises(ValueError) as info:
        np.sum(x, axis=(0,))
    axis_error(info, 'axis 0 is out of bounds for array of dimension 0')


def test_0d_mean_var_std_reject_axis_0():
    for name in ['mean', 'var', 'std']:
        with pytest.raises(ValueError) as info:
            getattr(np, name)(np.array(5.0), axis=0)
        axis_error(info, 'axis 0 is out of bounds for array of dimension 0')
        assert getattr(np, name)(np.array(5.0), axis=()) == \
            (5.0 if name == 'mean' else 0.0)


def test_0d_argmax_argmin():
    x = np.array(5)
    for name in ['argmax', 'argmin']:
        f = getattr(np, name)
        assert repr(f(x, axis=0)) == 'np.int64(0)'
        assert repr(f(x, axis=-1)) == 'np.int64(0)'
        assert repr(f(x)) == 'np.int64(0)'
        with pytest.raises(TypeError) as info:
            f(x, axis=())
        assert str(info.value) == \
            "'tuple' object cannot be interpreted as an integer"
        with pytest.raises(ValueError) as info:
            f(x, axis=1)
        axis_error(info, 'axis 1 is out of bounds for array of dimension 1')


def test_argmax_argmin_empty_results_are_int64():
    assert repr(np.argmax(np.zeros((2, 0)), axis=0)) == \
        'array([], dtype=int64)'
    assert np.argmin(np.zeros((0, 2)), axis=1).dtype == np.int64


def test_0d_cumsum_cumprod():
    x = np.array(5, np.uint64)
    for name in ['cumsum', 'cumprod']:
        f = getattr(np, name)
        assert repr(f(x, axis=0)) == 'array([5], dtype=uint64)'
        assert repr(f(x, axis=-1)) == 'array([5], dtype=uint64)'
        assert repr(getattr(np.array(7.5, np.float32), name)(axis=-1)) == \
            'array([7.5], dtype=float32)'
        with pytest.raises(ValueError) as info:
            f(x, axis=1)
        axis_error(info, 'axis 1 is out of bounds for array of dimension 1')


def test_zero_length_axis_in_axis_tuple():
    with pytest.raises(ValueError) as info:
        np.max(np.zeros((2, 0, 3)), axis=(0, 1))
    assert str(info.value) == 'zero-size array to reduction operation ' \
        'maximum which has no identity'
    with pytest.raises(ValueError):
        np.maximum.reduce(np.zeros((2, 0)), axis=(0, 1))


def test_ufunc_reduce_axis_tuple():
    e = np.arange(24, dtype=np.int16).reshape(2, 3, 4)
    assert repr(np.bitwise_xor.reduce(np.eye(2, dtype=np.int16),
                                      axis=(0, 1))) == 'np.int16(0)'
    assert np.bitwise_xor.reduce(e, axis=(0, 2)).tolist() == [0, 0, 0]
    assert np.bitwise_or.reduce(e, axis=(-1, 0)).tolist() == [15, 23, 31]
    assert np.bitwise_xor.reduce(e, axis=()).tolist() == e.tolist()
    with pytest.raises(ValueError) as info:
        np.subtract.reduce(e, axis=(0, 1))
    assert str(info.value) == "reduction operation 'subtract' is not " \
        "reorderable, so at most one axis may be specified"
    for axis in range(3):
        assert np.subtract.reduce(e, axis=axis).shape == \
            e.shape[:axis] + e.shape[axis + 1:]
    assert np.subtract.reduce(e, axis=2)[1, 2] == 20 - 21 - 22 - 23
    assert np.subtract.accumulate(e, axis=2)[1, 2].tolist() == \
        [20, -1, -23, -46]


def test_ufunc_reduce_0d():
    assert repr(np.add.reduce(np.array(3), axis=0)) == 'np.int64(3)'
    assert repr(np.add.reduce(np.array(3), axis=())) == 'np.int64(3)'
    assert repr(np.bitwise_xor.reduce(np.array(3), axis=0)) == 'np.int64(3)'
    with pytest.raises(ValueError):
        np.bitwise_xor.reduce(np.array(3), axis=1)


def test_accumulate_empty_and_0d():
    assert repr(np.logical_or.accumulate(np.zeros(0, bool))) == \
        'array([], dtype=bool)'
    assert repr(np.add.accumulate(np.zeros(0, np.int32))) == \
        'array([], dtype=int64)'
    assert np.maximum.accumulate(np.zeros((0, 2))).shape == (0, 2)
    assert np.logical_or.accumulate(np.zeros((2, 0), bool), axis=1).shape \
        == (2, 0)
    for ufunc in [np.add, np.maximum]:
        with pytest.raises(TypeError) as info:
            ufunc.accumulate(np.array(3))
        assert str(info.value) == 'cannot accumulate on a scalar'


def test_add_accumulate_of_bools_and_small_ints():
    assert repr(np.add.accumulate(np.array([True, True]))) == \
        'array([1, 2])'
    assert repr(np.add.accumulate(np.array([1, 2], np.int8))) == \
        'array([1, 3])'
    assert repr(np.multiply.accumulate(np.array([2., 3.]),
                                       dtype=np.float32)) == \
        'array([2., 6.], dtype=float32)'


def test_empty_reductions_give_the_identity():
    u8 = np.zeros((0, 2), np.uint8)
    assert np.bitwise_and.reduce(u8).tolist() == [255, 255]
    assert np.bitwise_and.reduce(u8).dtype == np.uint8
    assert np.bitwise_xor.reduce(np.zeros(0, np.uint64)) == 0
    assert type(np.bitwise_xor.reduce(np.zeros(0, np.uint64))) is np.uint64
    assert np.bitwise_and.reduce(np.zeros(0, np.int8)) == -1
    assert np.logical_xor.reduce(u8).tolist() == [False, False]
    for name in ['subtract', 'maximum', 'minimum']:
        assert getattr(np, name).identity is None
        with pytest.raises(ValueError, match='zero-size array to reduction '
                           'operation %s which has no identity' % name):
            getattr(np, name).reduce(u8)
    with pytest.raises(TypeError):
        np.bitwise_xor.reduce(np.zeros(0))


def test_logical_accumulate_is_bool():
    for dtype in [np.int16, np.float32, np.uint64, np.int8]:
        a = np.array([3, 0, 2], dtype)
        assert np.logical_and.accumulate(a).tolist() == [True, False, False]
        assert np.logical_or.accumulate(a).dtype == np.bool_
        assert np.logical_xor.accumulate(a).tolist() == [True, True, False]
        assert np.logical_or.accumulate(a[:0]).dtype == np.bool_
    assert np.logical_or.accumulate(np.array([[1.5, 0.0]], np.float32),
                                    axis=0).tolist() == [[True, False]]


def test_max_over_an_empty_axis_of_an_empty_result():
    # the result is empty, but each of its lanes would be a max of nothing
    for a, axis in [(np.zeros((0, 0), np.int16), 1),
                    (np.zeros((0, 0), np.int16), (1,)),
                    (np.zeros((0, 2, 0)), (0, 2))]:
        with pytest.raises(ValueError, match='zero-size array to reduction '
                           'operation maximum which has no identity'):
            a.max(axis=axis)
    with pytest.raises(ValueError, match='attempt to get argmax of an '
                       'empty sequence'):
        np.zeros((0, 0)).argmax(axis=1)
    assert np.zeros((2, 0)).max(axis=0).shape == (0,)
    assert np.zeros((0, 0), np.int16).sum(axis=1).tolist() == []
