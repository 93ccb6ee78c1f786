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


# Sizes whose element or byte count overflows a machine word: NumPy's
# ValueError, never an array over a wrapped-around buffer.  (Views made by
# broadcast_to stand for huge operands without memory.)

TOO_BIG = ('array is too big; `arr.size * arr.dtype.itemsize` is larger '
           'than the maximum possible size.')


def huge_view(n, dtype=np.int8):
    """n elements of dtype (n * itemsize < 2**63) without memory."""
    return np.broadcast_to(np.zeros(1, dtype), (n,))


def raises_too_big(func, *args, **kwargs):
    with pytest.raises(ValueError) as info:
        func(*args, **kwargs)
    assert str(info.value) == TOO_BIG


def test_creation_size_overflow():
    raises_too_big(np.empty, 2 ** 62)
    raises_too_big(np.empty, 2 ** 63 - 1)
    raises_too_big(np.empty, 2 ** 60)
    raises_too_big(np.zeros, 2 ** 61, dtype=np.complex128)
    raises_too_big(np.ones, 2 ** 61)
    raises_too_big(np.full, 2 ** 62, 1.0)
    raises_too_big(np.empty, (2 ** 32, 2 ** 32))
    raises_too_big(np.zeros, (2 ** 20,) * 3)
    # NumPy checks the other dimensions even when one is 0
    raises_too_big(np.empty, (0, 2 ** 61))
    raises_too_big(np.eye, 2 ** 32)
    raises_too_big(np.eye, 2 ** 31, 2 ** 33)
    raises_too_big(np.identity, 2 ** 32)
    raises_too_big(np.zeros_like, huge_view(2 ** 62), np.float64)
    raises_too_big(np.empty_like, huge_view(2 ** 60, np.int16), np.float64)


def test_unallocatable_size_is_memory_error():
    with pytest.raises(MemoryError) as info:
        np.empty(2 ** 59)
    assert str(info.value) == ('Unable to allocate 4.00 EiB for an array '
                               'with shape (576460752303423488,) and data '
                               'type float64')
    with pytest.raises(MemoryError):
        huge_view(2 ** 62).copy()
    assert np.ones(3).sum() == 3.0


def test_broadcast_to_size_overflow():
    raises_too_big(np.broadcast_to, np.ones(1), (2 ** 62,))
    raises_too_big(np.broadcast_to, np.ones(1), (0, 2 ** 62, 4))
    with pytest.raises(ValueError, match='iterator is too large'):
        np.broadcast_to(np.ones(1), (2 ** 32, 2 ** 32))
    assert huge_view(2 ** 62).shape == (2 ** 62,)


def test_arange_length():
    raises_too_big(np.arange, 2 ** 62)
    raises_too_big(np.arange, 0.0, 2 ** 63 - 1024)
    for args in [(0, np.inf), (-np.inf, 0), (0, np.inf, -1), (1e19,),
                 (0.0, 1e300, 1e-300), (-2 ** 63, 2 ** 63 - 1)]:
        with pytest.raises(ValueError) as info:
            np.arange(*args)
        assert str(info.value) == 'Maximum allowed size exceeded'
    for args in [(np.nan,), (0, 10, np.nan), (0, np.inf, np.inf)]:
        with pytest.raises(ValueError) as info:
            np.arange(*args)
        assert str(info.value) == 'arange: cannot compute length'
    # a step too large to count: the start alone, or nothing backwards
    assert np.arange(0, 1, np.inf).tolist() == [0.0]
    assert np.arange(0, 1, -np.inf).tolist() == []
    assert np.arange(-2 ** 63, 2 ** 63 - 1, 2 ** 62).tolist() == [
        -2 ** 63, -2 ** 62, 0, 2 ** 62]
    with pytest.raises(ZeroDivisionError) as info:
        np.arange(0, 1, 0)
    assert str(info.value) == 'division by zero'
    with pytest.raises(ZeroDivisionError) as info:
        np.arange(0.0, 1, 0)
    assert str(info.value) == 'float division by zero'


def test_linspace_size_overflow():
    raises_too_big(np.linspace, 0, 1, 2 ** 62)
    # computed in float64 before the cast
    raises_too_big(np.linspace, 0, 1, 2 ** 61, dtype=np.int8)
    assert np.linspace(0, 4, 5, dtype=np.int8).tolist() == [0, 1, 2, 3, 4]


def test_random_size_overflow():
    raises_too_big(np.random.rand, 2 ** 62)
    raises_too_big(np.random.rand, 2 ** 31, 2 ** 31)
    raises_too_big(np.random.random, 2 ** 62)
    raises_too_big(np.random.randint, 0, 5, size=2 ** 62)
    raises_too_big(np.random.normal, size=(2 ** 62,))
    raises_too_big(np.random.choice, 5, size=2 ** 62)
    raises_too_big(np.random.choice, 5, size=(2 ** 32, 2 ** 32))
    raises_too_big(np.random.choice, 5, size=(0, 2 ** 62))
    raises_too_big(np.random.choice, np.arange(3), size=2 ** 61)
    assert np.random.choice(5, size=3).shape == (3,)


def test_reshape_size_overflow():
    with pytest.raises(ValueError) as info:
        np.ones(2).reshape(2 ** 62, 2 ** 62)
    assert str(info.value) == ('cannot reshape array of size 2 into shape '
                               '(4611686018427387904,4611686018427387904)')
    raises_too_big(np.ones(0).reshape, 0, 2 ** 62, 4)


def test_tile_concatenate_size_overflow():
    raises_too_big(np.tile, np.ones(2), 2 ** 62)
    raises_too_big(np.tile, np.ones(3, np.int8), (2 ** 62,))
    with pytest.raises(ValueError) as info:
        np.concatenate([huge_view(2 ** 62)] * 2)
    assert str(info.value) == 'negative dimensions are not allowed'
    with pytest.raises(ValueError) as info:
        np.concatenate([huge_view(2 ** 62)] * 2, axis=None)
    assert str(info.value) == ('total number of elements too large to '
                               'concatenate')


def test_index_result_size_overflow():
    raises_too_big(np.ones(3).__getitem__, huge_view(2 ** 62))
    raises_too_big(np.ones(3).take, huge_view(2 ** 62))
    rows = np.broadcast_to(np.ones(1, np.int16), (2 ** 60, 3))
    raises_too_big(rows.__getitem__, (slice(None), [0, 1, 2, 0]))
    # results that fit in a machine word but not in memory
    with pytest.raises(MemoryError):
        rows[:, [0, 1]]
    with pytest.raises(MemoryError):
        rows[:, [True, True, False]]
    assert np.ones((2, 3))[:, [True, False, True]].shape == (2, 2)


def test_diag_size_overflow():
    raises_too_big(np.diag, np.ones(2), 2 ** 62)
    for k in [2 ** 63 - 1, -2 ** 63]:
        with pytest.raises(ValueError) as info:
            np.diag(np.ones(2), k)
        assert str(info.value) == 'Maximum allowed dimension exceeded'
    assert np.diag(np.ones(2), -3).shape == (5, 5)


def test_matmul_cumsum_size_overflow():
    a = np.broadcast_to(np.ones(1), (2 ** 32, 1))
    b = np.broadcast_to(np.ones(1), (1, 2 ** 32))
    raises_too_big(np.matmul, a, b)
    # int8 accumulates in int64
    raises_too_big(np.cumsum, huge_view(2 ** 62))


def test_broadcast_count_overflow():
    a = np.broadcast_to(np.ones(1, np.int8), (2 ** 31, 1))
    b = np.broadcast_to(np.ones(1, np.int8), (1, 2 ** 33))
    for func in [lambda: a + b, lambda: np.where(a, a, b)]:
        with pytest.raises(ValueError) as info:
            func()
        assert str(info.value) == 'iterator is too large'
