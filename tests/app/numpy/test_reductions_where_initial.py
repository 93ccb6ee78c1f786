"""Reductions with initial= (a first item) and where= (the items taken):
sum, prod, max, min as functions, methods and ufunc.reduce."""

import numpy as np
import pytest


def raises_message(exc, func, message):
    with pytest.raises(exc) as info:
        func()
    assert str(info.value) == message


A = np.arange(4.0)
I = np.arange(4)


def same(result, expected, dtype):
    assert result == expected
    assert np.asarray(result).dtype == dtype


def test_where_with_identity():
    same(np.add.reduce(A, where=A > 1, initial=0), 5.0, np.float64)
    same(np.add.reduce(A, where=A > 1), 5.0, np.float64)
    same(A.sum(where=A > 1), 5.0, np.float64)
    same(np.sum(A, where=[True, False, True, False]), 2.0, np.float64)
    same(A.prod(where=A > 1), 6.0, np.float64)
    same(np.multiply.reduce(A, where=A > 1), 6.0, np.float64)
    same(np.prod(I, where=I > 0), 6, np.int64)
    same(I.sum(where=I != 2), 4, np.int64)


def test_where_with_initial():
    same(np.max(A, where=A > 1, initial=-np.inf), 3.0, np.float64)
    same(A.max(where=A > 1, initial=0), 3.0, np.float64)
    same(np.min(A, where=A > 1, initial=9), 2.0, np.float64)
    same(np.minimum.reduce(A, where=A > 1, initial=10), 2.0, np.float64)
    same(np.max(I, where=I < 2, initial=0), 1, np.int64)
    same(np.max(A, where=False, initial=-1.5), -1.5, np.float64)


def test_where_along_an_axis():
    m = np.arange(6.0).reshape(2, 3)
    assert np.add.reduce(m, axis=0, where=[[True], [False]]).tolist() == \
        [0.0, 1.0, 2.0]
    assert m.sum(axis=1, where=[True, False, True]).tolist() == [2.0, 8.0]
    r = m.max(axis=0, where=[[True], [False]], initial=-1)
    assert r.tolist() == [0.0, 1.0, 2.0]
    r = np.sum(m, axis=1, where=m > 1, keepdims=True)
    assert r.shape == (2, 1) and r.tolist() == [[2.0], [12.0]]


def test_initial():
    same(np.sum(A, initial=10), 16.0, np.float64)
    same(np.max(A, initial=10), 10.0, np.float64)
    same(np.min(A, initial=-2), -2.0, np.float64)
    same(np.add.reduce(A, initial=1), 7.0, np.float64)
    # initial= is cast to the reduction's dtype
    same(np.sum(I, initial=1.5), 7, np.int64)
    r = np.sum(np.ones((2, 3)), axis=0, initial=1, keepdims=True)
    assert r.tolist() == [[3.0, 3.0, 3.0]]


def test_initial_of_empty_arrays():
    same(np.max(np.zeros(0), initial=5), 5.0, np.float64)
    same(np.min(np.zeros(0, np.int32), initial=-3), -3, np.int32)
    same(np.sum(np.zeros(0), initial=2), 2.0, np.float64)
    r = np.max(np.zeros((3, 0)), axis=1, initial=5)
    assert r.dtype == np.float64 and r.tolist() == [5.0, 5.0, 5.0]
    r = np.maximum.reduce(np.zeros((3, 0)), axis=1, initial=5,
                          keepdims=True)
    assert r.tolist() == [[5.0], [5.0], [5.0]]
    assert np.min(np.zeros((0, 2)), axis=0, initial=1).tolist() == [1.0, 1.0]
    assert np.max(np.zeros((0, 2)), axis=1, initial=1).tolist() == []
    same(np.max(A, where=[False] * 4, initial=7), 7.0, np.float64)


def test_where_errors():
    message = ("reduction operation 'maximum' does not have an identity, so "
               "to use a where mask one has to specify 'initial'")
    raises_message(ValueError, lambda: np.max(A, where=A > 1), message)
    raises_message(ValueError, lambda: np.maximum.reduce(A, where=A > 1),
                   message)
    raises_message(ValueError, lambda: A.min(where=A > 1),
                   message.replace('maximum', 'minimum'))
    raises_message(TypeError, lambda: A.sum(where=np.array([1, 0, 1, 0])),
                   "Cannot cast array data from dtype('int64') to "
                   "dtype('bool') according to the rule 'safe'")
    raises_message(ValueError,
                   lambda: np.add.reduce(A, where=[True, False], initial=0),
                   "operands could not be broadcast together with remapped "
                   "shapes [original->remapped]: (4,) (2,) ")
    raises_message(ValueError,
                   lambda: np.add.reduce(A, where=[[True]], initial=0),
                   "input operand has more dimensions than allowed by the "
                   "axis remapping")
