"""Failure behaviour: huge allocations, unknown dtypes, and views that must
never read or write outside their buffer (zero-size, 0-d, negative
strides, empty slices, views of views)."""

import numpy as np
import pytest


def test_huge_allocation_is_memory_error():
    with pytest.raises(MemoryError) as info:
        np.zeros(10 ** 15)
    msg = str(info.value)
    assert msg.startswith('Unable to allocate ')
    assert msg.endswith('shape (1000000000000000,) and data type float64')
    with pytest.raises(MemoryError):
        np.empty((10 ** 8, 10 ** 8))
    with pytest.raises(MemoryError):
        np.ones((10 ** 7, 10 ** 7), dtype=np.int8)
    # still working afterwards
    a = np.arange(10)
    assert a.sum() == 45


def test_memory_error_message_gives_the_size():
    with pytest.raises(MemoryError) as info:
        np.zeros(10 ** 15)
    assert str(info.value) == ('Unable to allocate 7.11 PiB for an array '
                               'with shape (1000000000000000,) and data '
                               'type float64')
    with pytest.raises(MemoryError) as info:
        np.ones((10 ** 7, 10 ** 7), dtype=np.int8)
    assert str(info.value).startswith('Unable to allocate 90.9 TiB ')


def test_overflowing_size_is_value_error():
    with pytest.raises(ValueError, match='array is too big'):
        np.empty((10 ** 10, 10 ** 10))
    with pytest.raises((MemoryError, ValueError)):
        np.zeros((2 ** 40, 2 ** 40), dtype=np.int8)
    assert np.zeros(3).tolist() == [0.0, 0.0, 0.0]


def test_unknown_dtype_is_type_error():
    with pytest.raises(TypeError, match="data type 'foo' not understood"):
        np.zeros(3, dtype='foo')
    with pytest.raises(TypeError):
        np.array([1, 2], dtype='int7')
    with pytest.raises(TypeError):
        np.dtype('nonsense')


def test_negative_dimensions():
    with pytest.raises(ValueError):
        np.zeros(-1)
    with pytest.raises(ValueError):
        np.empty((2, -3))


def test_zero_size_arrays():
    z = np.zeros((0, 3))
    assert z.size == 0 and z.shape == (0, 3)
    assert z.sum() == 0.0
    assert z.sum(axis=0).tolist() == [0.0, 0.0, 0.0]
    assert z.sum(axis=1).tolist() == []
    assert (z + 1).shape == (0, 3)
    assert z.T.shape == (3, 0)
    assert z.reshape(3, 0).shape == (3, 0)
    assert z.tolist() == []
    assert list(z) == []
    with pytest.raises(ValueError):
        z.max()
    e = np.arange(5)[3:1]
    assert e.size == 0 and e.tolist() == []
    e[:] = 7
    assert np.arange(5)[5:].tolist() == []
    assert np.arange(5)[::-1][5:].tolist() == []


def test_0d_arrays():
    s = np.array(5)
    assert s.shape == () and s.ndim == 0 and s.size == 1
    assert s[()] == 5
    assert s.tolist() == 5
    assert s.item() == 5
    s[()] = 7
    assert s[()] == 7
    s[...] = 8
    assert int(s) == 8
    assert (s + 1) == 9
    assert s.reshape(1).tolist() == [8]
    with pytest.raises(IndexError):
        s[0]
    with pytest.raises(TypeError):
        len(s)


def test_negative_strides():
    a = np.arange(10)
    r = a[::-1]
    assert r.tolist() == [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
    assert r.strides == (-8,)
    assert r[::-1].tolist() == a.tolist()
    assert r[::-3].tolist() == [0, 3, 6, 9]
    assert (r + a).tolist() == [9] * 10
    r[0] = 100
    assert a[9] == 100
    r[:3] = [1, 2, 3]
    assert a[7:].tolist() == [3, 2, 1]
    m = np.arange(12).reshape(3, 4)[::-1, ::-2]
    assert m.tolist() == [[11, 9], [7, 5], [3, 1]]
    assert m.sum() == 36
    assert m.copy().tolist() == m.tolist()
    assert m.T.tolist() == [[11, 7, 3], [9, 5, 1]]


def test_views_of_views():
    a = np.array(np.arange(24).reshape(4, 6))
    v = a[1:, ::2]
    w = v[::-1, 1:]
    assert w.tolist() == [[20, 22], [14, 16], [8, 10]]
    w[0, 0] = -1
    assert a[3, 2] == -1
    u = w.T[::-1]
    assert u.tolist() == [[22, 16, 10], [-1, 14, 8]]
    assert u.reshape(6).tolist() == [22, 16, 10, -1, 14, 8]
    assert w.base is a


def test_out_of_bounds_index_errors():
    a = np.arange(6).reshape(2, 3)
    with pytest.raises(IndexError, match='index 3 is out of bounds for axis '
                                         '1 with size 3'):
        a[0, 3]
    with pytest.raises(IndexError):
        a[-3]
    with pytest.raises(IndexError):
        a[2] = 1
    with pytest.raises(IndexError):
        a[[0, 5]]
    with pytest.raises(IndexError):
        a.flat[6] = 0
    assert a.tolist() == [[0, 1, 2], [3, 4, 5]]
