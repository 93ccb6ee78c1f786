"""np.vdot; ndarray special methods called as attributes (a.__add__(b))."""

import numpy as np
import pytest


def test_vdot_int_float():
    r = np.vdot([1, 2], [3, 4])
    assert r == 11 and type(r) is np.int64
    r = np.vdot([1.0, 2.0], [3, 4])
    assert r == 11.0 and type(r) is np.float64
    r = np.vdot(np.float32([1, 2]), np.float32([3, 4]))
    assert r == 11.0 and type(r) is np.float32
    r = np.vdot(np.int32([1, 2]), np.int32([3, 4]))
    assert r == 11 and type(r) is np.int32


def test_vdot_flattens():
    a = np.arange(4).reshape(2, 2)
    assert np.vdot(a, a) == 14
    t = np.arange(6).reshape(2, 3).T        # not contiguous
    assert np.vdot(t, t) == 55
    assert np.vdot(t, np.arange(6)) == 0 * 0 + 3 * 1 + 1 * 2 + 4 * 3 + \
        2 * 4 + 5 * 5
    assert np.vdot(3, 4) == 12
    assert np.vdot([1, 2], [[1], [2]]) == 5


def test_vdot_conjugates_first():
    r = np.vdot([1 + 2j, 3], [2 - 1j, 1j])
    assert r == -2j and type(r) is np.complex128
    assert np.vdot([1, 2], [1j, 2]) == 4 + 1j
    assert np.vdot([1j], [1j]) == 1
    assert np.vdot(2j, 3j) == 6


def test_vdot_bool_and_empty():
    r = np.vdot([True, False], [True, True])
    assert r == True and type(r) is np.bool_
    r = np.vdot([], [])
    assert r == 0.0 and type(r) is np.float64


def test_vdot_size_mismatch():
    with pytest.raises(ValueError) as e:
        np.vdot([1, 2], [1, 2, 3])
    assert str(e.value) == 'cannot reshape array of size 3 into shape (2,)'


def test_item_dunders():
    a = np.array([1.0, 2.0, 3.0])
    assert a.__getitem__(1) == 2.0
    assert a.__setitem__(0, 5.0) is None
    assert a.tolist() == [5.0, 2.0, 3.0]
    assert a.__len__() == 3
    assert a.__contains__(2.0) is True
    assert a.__contains__(7.0) is False
    assert list(a.__iter__()) == [5.0, 2.0, 3.0]
    assert a.__getitem__(slice(1, None)).tolist() == [2.0, 3.0]
    assert np.array([0.0]).__bool__() is False
    assert a.__repr__() == repr(a)
    assert a.__str__() == str(a)


def test_arithmetic_dunders():
    a = np.array([1.0, 2.0])
    b = np.array([10.0, 20.0])
    assert a.__add__(b).tolist() == [11.0, 22.0]
    assert a.__sub__(1).tolist() == [0.0, 1.0]
    assert a.__rsub__(1).tolist() == [0.0, -1.0]
    assert a.__mul__(b).tolist() == [10.0, 40.0]
    assert a.__truediv__(2).tolist() == [0.5, 1.0]
    assert a.__pow__(2).tolist() == [1.0, 4.0]
    assert a.__radd__(1).tolist() == [2.0, 3.0]
    assert a.__matmul__(b) == 50.0
    assert a.__neg__().tolist() == [-1.0, -2.0]
    assert a.__pos__().tolist() == [1.0, 2.0]
    assert np.array([1, 2]).__invert__().tolist() == [-2, -3]
    assert np.array([6, 3]).__and__(5).tolist() == [4, 1]
    assert a.__lt__(b).tolist() == [True, True]
    assert a.__eq__(np.array([1.0, 0.0])).tolist() == [True, False]


def test_inplace_dunders():
    a = np.array([1.0, 2.0])
    r = a.__iadd__(1)
    assert r is a
    assert a.tolist() == [2.0, 3.0]
    a.__imul__(np.array([2.0, 3.0]))
    assert a.tolist() == [4.0, 9.0]
    a.__isub__(4)
    assert a.tolist() == [0.0, 5.0]


def test_dunders_on_the_type():
    a = np.array([1, 2])
    assert np.ndarray.__add__(a, 1).tolist() == [2, 3]
    assert np.ndarray.__getitem__(a, 0) == 1
    assert np.ndarray.__len__(a) == 2
