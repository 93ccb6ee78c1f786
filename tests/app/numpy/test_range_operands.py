"""range objects wherever NumPy takes an array-like: np.array and
np.asarray (also nested in lists), ufunc and operator operands, indices
and values stored; and the shape errors of nested sequences."""

import numpy as np
import pytest


def test_array_from_range():
    a = np.array(range(3))
    assert a.dtype == np.int64
    assert repr(a) == 'array([0, 1, 2])'
    assert np.asarray(range(2, 9, 3)).tolist() == [2, 5, 8]
    assert np.array(range(2, 9, 3), dtype=float).tolist() == [2.0, 5.0, 8.0]
    assert repr(np.array(range(0))) == 'array([], dtype=float64)'
    assert np.array(range(5, 0, -2)).tolist() == [5, 3, 1]
    nested = np.array([range(2), (3, 4)], dtype=np.float32)
    assert nested.dtype == np.float32
    assert nested.tolist() == [[0.0, 1.0], [3.0, 4.0]]
    assert np.array([range(3), range(3, 6)]).shape == (2, 3)


def test_range_operands_indices_and_values():
    assert (np.zeros(3) + range(3)).tolist() == [0.0, 1.0, 2.0]
    assert np.add(range(3), 1).tolist() == [1, 2, 3]
    assert np.sum(range(5)) == 10
    assert np.clip(range(5), 1, 3).tolist() == [1, 1, 2, 3, 3]
    a = np.arange(10, 15)
    assert a[range(1, 4)].tolist() == [11, 12, 13]
    b = np.zeros(4)
    b[1:] = range(3)
    assert b.tolist() == [0.0, 0.0, 1.0, 2.0]


def test_inhomogeneous_shapes():
    for value, after, detected in [
            ([range(2), range(3)], 1, '(2,)'),
            ([[[1], [2]], [[1], [2, 3]]], 2, '(2, 2)'),
            ([1, [2]], 1, '(2,)'),
            ([np.zeros(1), [[1]]], 2, '(2, 1)'),
            ([[[1]], np.zeros(1)], 2, '(2, 1)')]:
        message = ('setting an array element with a sequence. The '
                   'requested array has an inhomogeneous shape after %d '
                   'dimensions. The detected shape was %s + inhomogeneous '
                   'part.' % (after, detected))
        with pytest.raises(ValueError) as info:
            np.array(value)
        assert str(info.value) == message
