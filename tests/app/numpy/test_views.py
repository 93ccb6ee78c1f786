"""ndarray.view (the same bytes as another dtype) and
np.lib.stride_tricks (as_strided, sliding_window_view): views that share
the array's memory."""

import numpy as np
import pytest
from numpy.lib.stride_tricks import as_strided, sliding_window_view


def raises_message(exc, func, message):
    with pytest.raises(exc) as info:
        func()
    assert str(info.value) == message


def test_view_same_itemsize_reinterprets():
    a = np.arange(4)
    v = a.view(np.float64)
    assert v.dtype == np.float64 and v.shape == (4,)
    v[0] = 1.5
    assert a[0] == 4609434218613702656     # the bits of 1.5
    assert v.base is a
    assert np.array([1.0, -2.0]).view(np.int64).tolist() == \
        [4607182418800017408, -4611686018427387904]
    s = np.arange(4, dtype=np.int32)[::2].view(np.uint32)
    assert s.tolist() == [0, 2] and s.strides == (8,)
    z = np.array(1, dtype=np.int32).view(np.float32)
    assert z.shape == () and z.dtype == np.float32


def test_view_other_itemsize_rescales_last_axis():
    a = np.arange(6, dtype=np.int32).reshape(2, 3)
    v = a.view(np.int16)
    assert v.shape == (2, 6) and v.strides == (12, 2)
    assert v.tolist() == [[0, 0, 1, 0, 2, 0], [3, 0, 4, 0, 5, 0]]
    w = np.arange(4, dtype=np.int32).view(np.int64)
    assert w.tolist() == [4294967296, 12884901890]
    z = np.array([1 + 2j, 3 - 4j])
    c = z.view(np.float64)
    assert c.tolist() == [1.0, 2.0, 3.0, -4.0]
    c[1] = 7.0
    assert z[0] == 1 + 7j
    r = np.zeros((3, 4), np.int8)[::2].view(np.int16)
    assert r.shape == (2, 2) and r.strides == (8, 2)
    e = np.zeros((2, 0), np.int16).view(np.int32)
    assert e.shape == (2, 0)


def test_view_writes_are_shared():
    a = np.zeros(2, dtype=np.int64)
    v = a.view(np.int32)
    v[1] = 1
    assert a.tolist() == [1 << 32, 0]
    a[1] = 5
    assert v.tolist() == [0, 1, 5, 0]


def test_view_without_dtype_and_with_type():
    a = np.arange(3)
    v = a.view()
    assert v.dtype == a.dtype and v.base is a
    v[0] = 9
    assert a[0] == 9
    assert a.view(np.ndarray).tolist() == [9, 1, 2]
    assert a.view(dtype=np.float64).dtype == np.float64
    assert a.view('f8').dtype == np.float64
    assert a.view(np.float64, np.ndarray).dtype == np.float64
    assert a.view(dtype=np.int64, type=np.ndarray).dtype == np.int64


def test_view_errors():
    raises_message(ValueError,
                   lambda: np.arange(6, dtype=np.int32).reshape(2, 3)
                   .view(np.int64),
                   "When changing to a larger dtype, its size must be a "
                   "divisor of the total size in bytes of the last axis of "
                   "the array.")
    raises_message(ValueError,
                   lambda: np.arange(4, dtype=np.int32)[::2].view(np.int16),
                   "To change to a dtype of a different size, the last axis "
                   "must be contiguous")
    raises_message(ValueError,
                   lambda: np.arange(8, dtype=np.int32).reshape(2, 4).T
                   .view(np.int16),
                   "To change to a dtype of a different size, the last axis "
                   "must be contiguous")
    raises_message(ValueError,
                   lambda: np.array(1, dtype=np.int32).view(np.int64),
                   "Changing the dtype of a 0d array is only supported if "
                   "the itemsize is unchanged")
    raises_message(ValueError,
                   lambda: np.arange(3).view(np.float64, np.float64),
                   "Type must be a sub-type of ndarray type")
    raises_message(TypeError, lambda: np.arange(3).view(3),
                   "Cannot interpret '3' as a data type")


def test_lib_is_an_attribute():
    assert np.lib.stride_tricks.as_strided is as_strided
    assert np.lib.stride_tricks.sliding_window_view is sliding_window_view


def test_as_strided_shares_memory():
    x = np.arange(10)
    v = as_strided(x, shape=(3, 4), strides=(16, 8))
    assert v.tolist() == [[0, 1, 2, 3], [2, 3, 4, 5], [4, 5, 6, 7]]
    v[0, 2] = 100
    assert x[2] == 100 and v[1, 0] == 100
    assert as_strided(x, (5,), (16,)).tolist() == [0, 100, 4, 6, 8]
    assert as_strided(x).tolist() == x.tolist()
    b = as_strided(x, shape=(3, 2), strides=(0, 8))
    assert b.tolist() == [[0, 1]] * 3
    n = as_strided(x[::-1], shape=(2,), strides=(-16,))
    assert n.tolist() == [9, 7]


def test_sliding_window_view():
    x = np.arange(6)
    w = sliding_window_view(x, 3)
    assert w.shape == (4, 3)
    assert w.tolist() == [[0, 1, 2], [1, 2, 3], [2, 3, 4], [3, 4, 5]]
    m = np.arange(12).reshape(3, 4)
    w2 = sliding_window_view(m, (2, 2))
    assert w2.shape == (2, 3, 2, 2)
    assert w2[1, 2].tolist() == [[6, 7], [10, 11]]
    w3 = sliding_window_view(m, 3, axis=1)
    assert w3.shape == (3, 2, 3)
    assert w3[2, 1].tolist() == [9, 10, 11]
    w4 = sliding_window_view(m, (2, 2), axis=(1, 1))
    assert w4.shape == (3, 2, 2, 2)
    assert w4.sum() == sliding_window_view(m, (2, 2), axis=(1, 1)).sum()
    w5 = sliding_window_view(x, 2, writeable=True)
    w5[1, 0] = 50
    assert x[1] == 50
    assert sliding_window_view(np.arange(5.0), 3).mean(axis=-1).tolist() \
        == [1.0, 2.0, 3.0]


def test_sliding_window_view_errors():
    x = np.arange(6)
    m = np.arange(12).reshape(3, 4)
    raises_message(ValueError, lambda: sliding_window_view(x, -1),
                   "`window_shape` cannot contain negative values")
    raises_message(ValueError, lambda: sliding_window_view(x, 7),
                   "window shape cannot be larger than input array shape")
    raises_message(ValueError, lambda: sliding_window_view(m, 2),
                   "Since axis is `None`, must provide window_shape for all "
                   "dimensions of `x`; got 1 window_shape elements and "
                   "`x.ndim` is 2.")
    raises_message(ValueError, lambda: sliding_window_view(m, 2, axis=(0, 1)),
                   "Must provide matching length window_shape and axis; got "
                   "1 window_shape elements and 2 axes elements.")
    with pytest.raises(ValueError):     # np.exceptions.AxisError
        sliding_window_view(m, 2, axis=2)
