"""ndarray attributes: flat, real/imag, flags, base, nbytes, itemsize, T;
and the attributes of dtype objects."""

import numpy as np
import pytest


def test_flat_iterates_in_c_order():
    a = np.arange(6).reshape(2, 3)
    assert list(a.flat) == [0, 1, 2, 3, 4, 5]
    assert list(a.T.flat) == [0, 3, 1, 4, 2, 5]
    assert [int(x) for x in a[:, ::-1].flat] == [2, 1, 0, 5, 4, 3]


def test_flat_getitem_and_setitem():
    a = np.arange(6).reshape(2, 3)
    assert a.flat[4] == 4
    assert a.flat[-1] == 5
    assert isinstance(a.flat[0], np.int64)
    a.flat[4] = 40
    assert a.tolist() == [[0, 1, 2], [3, 40, 5]]
    t = a.T
    t.flat[1] = -1
    assert a.tolist() == [[0, 1, 2], [-1, 40, 5]]
    with pytest.raises(IndexError):
        a.flat[6]


def test_flat_of_0d_and_empty():
    assert np.array(5).flat[0] == 5
    assert list(np.zeros((0, 3)).flat) == []
    assert len(np.zeros((2, 3)).flat) == 6


def test_real_imag_of_real_arrays():
    f = np.array([1.5, -2.0, 3.0])
    assert f.real.tolist() == [1.5, -2.0, 3.0]
    assert f.imag.tolist() == [0.0, 0.0, 0.0]
    f.real[0] = 7.0          # real of a real array is the array itself
    assert f[0] == 7.0
    a = np.arange(3)
    assert a.imag.dtype == np.int64
    assert a.imag.tolist() == [0, 0, 0]
    assert f.conj().tolist() == f.tolist()
    assert np.conj(a).tolist() == [0, 1, 2]
    assert np.conjugate(f).tolist() == f.tolist()


def test_flags_contiguity():
    a = np.arange(6).reshape(2, 3)
    assert a.flags.c_contiguous
    assert not a.flags.f_contiguous
    assert a.T.flags.f_contiguous
    assert not a.T.flags.c_contiguous
    assert a.flags['C_CONTIGUOUS']
    assert a.flags['F_CONTIGUOUS'] is False
    assert not a[:, ::2].flags.c_contiguous
    assert a[1].flags.c_contiguous
    v = np.arange(4)
    assert v.flags.c_contiguous and v.flags.f_contiguous
    assert a.flags.writeable
    assert a.flags['WRITEABLE']
    assert a.flags.aligned


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


def test_flags_contiguity_of_shapes_and_views():
    for make, c, f in FLAG_CASES:
        a = make()
        assert a.flags['C_CONTIGUOUS'] is c
        assert a.flags['F_CONTIGUOUS'] is f


def test_flags_owndata():
    b = np.zeros(4)
    assert b.flags.owndata
    assert not b[1:].flags.owndata
    assert b.copy().flags.owndata
    assert not np.arange(6).reshape(2, 3).flags.owndata


def test_base():
    b = np.zeros(4)
    assert b.base is None
    v = b[1:]
    assert v.base is b
    assert v[1:].base is b
    assert b.copy().base is None


def test_nbytes_itemsize():
    assert np.zeros((2, 3)).nbytes == 48
    assert np.zeros(3, dtype=np.int8).nbytes == 3
    assert np.zeros(3, dtype=np.float32).itemsize == 4
    assert np.zeros(3, dtype=np.bool_).itemsize == 1
    assert np.zeros((0, 5)).nbytes == 0
    assert np.zeros(3, dtype=np.int16).dtype.itemsize == 2


def test_dtype_descriptions():
    for t, typestr, byteorder in [
            (float, '<f8', '='), (np.int8, '|i1', '|'), (bool, '|b1', '|'),
            (np.complex64, '<c8', '='), (np.float16, '<f2', '='),
            (np.uint64, '<u8', '=')]:
        d = np.dtype(t)
        assert d.descr == [('', typestr)]
        assert d.str == typestr and d.byteorder == byteorder
        assert d.names is None and d.fields is None
        assert d.shape == () and d.ndim == 0
    assert np.arange(3).dtype.descr == [('', '<i8')]


def test_T():
    a = np.arange(6).reshape(2, 3)
    assert a.T.shape == (3, 2)
    assert a.T.tolist() == [[0, 3], [1, 4], [2, 5]]
    assert a.T.strides == (8, 24)
    v = np.arange(3)
    assert v.T.tolist() == [0, 1, 2]
    a.T[0, 1] = 9
    assert a[1, 0] == 9


def test_new_empty_arrays_have_zero_strides_and_both_contiguities():
    x = np.arange(6.0)
    m = x.reshape(2, 3)
    for a in [np.take(x, []), np.empty(0), np.empty((0, 3)), np.array([]),
              x[[]], x[x > 10], np.arange(0), x[:0].copy(),
              np.zeros((2, 0))]:
        assert a.strides == (0,) * a.ndim, (a.shape, a.strides)
        assert a.flags['C_CONTIGUOUS'] and a.flags['F_CONTIGUOUS']
    assert m[:0].strides == (24, 8)         # views keep theirs
    assert m[:0].flags['C_CONTIGUOUS']
