"""Indexing errors: types and messages as NumPy 2.x raises them.

`match=` strings are plain substrings without regex metacharacters (the
pytest stand-in used under pypy-c has no `re`)."""

import numpy as np
import pytest


def test_out_of_bounds():
    a = np.arange(5)
    with pytest.raises(IndexError, match="index 10 is out of bounds for axis 0 with size 5"):
        a[10]
    with pytest.raises(IndexError, match="index -6 is out of bounds for axis 0 with size 5"):
        a[-6]
    with pytest.raises(IndexError, match="index 5 is out of bounds for axis 0 with size 5"):
        a[5] = 1
    b = np.arange(24).reshape(2, 3, 4)
    with pytest.raises(IndexError, match="index -3 is out of bounds for axis 0 with size 2"):
        b[-3]
    with pytest.raises(IndexError, match="index 3 is out of bounds for axis 1 with size 3"):
        b[0, 3]
    with pytest.raises(IndexError, match="index 4 is out of bounds for axis 2 with size 4"):
        b[0, 0, 4]
    with pytest.raises(IndexError, match="index 5 is out of bounds for axis 1 with size 3"):
        b[:, [5]]
    with pytest.raises(IndexError, match="index -4 is out of bounds for axis 1 with size 3"):
        b[:, [-4]]
    with pytest.raises(IndexError, match="index 7 is out of bounds for axis 0 with size 5"):
        a[[0, 7]] = 1
    with pytest.raises(IndexError, match="index 0 is out of bounds for axis 0 with size 0"):
        np.zeros(0)[0]


def test_too_many_indices():
    a = np.arange(5)
    with pytest.raises(IndexError, match="too many indices for array: array is 1-dimensional, but 2 were indexed"):
        a[0, 0]
    b = np.arange(24).reshape(2, 3, 4)
    with pytest.raises(IndexError, match="too many indices for array: array is 3-dimensional, but 4 were indexed"):
        b[0, 0, 0, 0]
    with pytest.raises(IndexError, match="too many indices for array: array is 3-dimensional, but 4 were indexed"):
        b[0, ..., 0, 0, 0] = 1
    z = np.array(1.5)
    with pytest.raises(IndexError, match="too many indices for array: array is 0-dimensional, but 1 were indexed"):
        z[0]


def test_invalid_index_types():
    a = np.arange(24).reshape(2, 3, 4)
    msg = "only integers, slices"
    with pytest.raises(IndexError, match=msg):
        a[1.0]
    with pytest.raises(IndexError, match=msg):
        a[0, 1.5]
    with pytest.raises(IndexError, match=msg):
        a[[1.5]]
    with pytest.raises(IndexError, match=msg):
        a["x"]
    with pytest.raises(IndexError, match=msg):
        a[10 ** 20]
    with pytest.raises(IndexError, match=msg):
        a[1.0] = 3
    with pytest.raises(IndexError, match="arrays used as indices must be of integer"):
        a[np.array([1.0])]
    with pytest.raises(IndexError, match="an index can only have a single ellipsis"):
        a[..., ...]


def test_boolean_mismatch():
    a = np.arange(24).reshape(2, 3, 4)
    with pytest.raises(IndexError, match="boolean index did not match indexed array along axis 0; size of axis is 2 but size of corresponding boolean axis is 3"):
        a[np.array([True, False, True])]
    with pytest.raises(IndexError, match="boolean index did not match indexed array along axis 2; size of axis is 4 but size of corresponding boolean axis is 5"):
        a[np.ones((2, 3, 5), dtype=bool)]
    with pytest.raises(IndexError, match="boolean index did not match indexed array along axis 1; size of axis is 3 but size of corresponding boolean axis is 1"):
        a[0, np.array([True])]
    v = np.arange(5)
    with pytest.raises(IndexError, match="boolean index did not match indexed array along axis 0; size of axis is 5 but size of corresponding boolean axis is 4"):
        v[np.array([True, False, True, True])] = 0


def test_shape_mismatch():
    a = np.arange(24).reshape(2, 3, 4)
    with pytest.raises(IndexError, match="shape mismatch: indexing arrays could not be broadcast together with shapes"):
        a[[0, 1], [0, 1, 2]]
    try:
        a[[[0, 1], [1, 0]], [0, 1, 2]]
    except IndexError as e:
        assert str(e) == "shape mismatch: indexing arrays could not be broadcast together with shapes (2,2) (3,) "
    else:
        assert False, "no IndexError"
    b = np.arange(6.0)
    with pytest.raises(ValueError, match="shape mismatch: value array of shape"):
        b[[1, 2]] = [1, 2, 3]
    try:
        b[[1, 2]] = np.ones((2, 2))
    except ValueError as e:
        assert str(e) == "shape mismatch: value array of shape (2,2) could not be broadcast to indexing result of shape (2,)"
    else:
        assert False, "no ValueError"
    c = np.arange(12).reshape(3, 4)
    try:
        c[[0, 1]] = np.ones((3, 4))
    except ValueError as e:
        assert str(e) == "shape mismatch: value array of shape (3,4) could not be broadcast to indexing result of shape (2,4)"
    else:
        assert False, "no ValueError"


def test_boolean_assignment_errors():
    b = np.arange(5)
    with pytest.raises(ValueError, match="NumPy boolean array indexing assignment cannot assign 4 input values to the 2 output values where the mask is true"):
        b[b > 2] = [1, 2, 3, 4]
    c = np.arange(12).reshape(3, 4)
    with pytest.raises(ValueError, match="NumPy boolean array indexing assignment cannot assign 2 input values to the 9 output values where the mask is true"):
        c[c > 2] = [1, 2]
    with pytest.raises(TypeError, match="NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has 2 dimensions"):
        b[b > 2] = np.ones((2, 1))
    with pytest.raises(ValueError, match="shape mismatch: value array of shape"):
        c[np.array([True, False, True])] = [1, 2, 3]


def test_slice_assignment_errors():
    b = np.arange(5.0)
    with pytest.raises(ValueError, match="could not broadcast input array from shape"):
        b[1:3] = [1, 2, 3]
    with pytest.raises(ValueError, match="setting an array element with a sequence."):
        b[0] = [1, 2]
    c = np.arange(12.0).reshape(3, 4)
    with pytest.raises(ValueError, match="setting an array element with a sequence."):
        c[1, 2] = [1, 2]
    with pytest.raises(ValueError, match="could not broadcast input array from shape"):
        c[1] = [1, 2, 3]


def test_errors_leave_array_unchanged():
    a = np.arange(5)
    with pytest.raises(IndexError):
        a[[0, 1, 9]] = 7
    assert a.tolist() == [0, 1, 2, 3, 4]
    with pytest.raises(ValueError):
        a[[0, 1]] = [1, 2, 3]
    assert a.tolist() == [0, 1, 2, 3, 4]


def test_reshape_errors():
    m = np.arange(12)
    with pytest.raises(ValueError) as info:
        m.reshape(5, 3)
    assert str(info.value) == "cannot reshape array of size 12 into shape (5,3)"
    with pytest.raises(ValueError) as info:
        m.reshape(5, -1)
    assert str(info.value) == \
        "cannot reshape array of size 12 into shape (5,newaxis)"
    with pytest.raises(ValueError) as info:
        m.reshape(-1, -1)
    assert str(info.value) == "can only specify one unknown dimension"
    with pytest.raises(ValueError):
        m.reshape(10 ** 10, 10 ** 10)


def test_broadcast_messages_have_no_spaces_in_shapes():
    with pytest.raises(ValueError) as info:
        np.ones((2, 3)) * np.ones((3, 2))
    assert str(info.value) == "operands could not be broadcast together " \
        "with shapes (2,3) (3,2) "
    m = np.zeros((3, 4))
    with pytest.raises(ValueError) as info:
        m[:] = np.ones((2, 3))
    assert str(info.value) == "could not broadcast input array from shape " \
        "(2,3) into shape (3,4)"


def test_comparison_reduce_needs_bools():
    with pytest.raises(TypeError) as info:
        np.equal.reduce(np.array([1.0, 2.0]))
    assert str(info.value) == "No loop matching the specified signature " \
        "and casting was found for ufunc equal"
    assert np.less.reduce(np.array([False, True])) == True


def test_integers_to_negative_integer_powers():
    a = np.arange(5)
    for exponent in [-1, np.array([1, -1, 2, 0, 1]), np.int8(-2)]:
        with pytest.raises(ValueError) as info:
            a ** exponent
        assert 'negative integer powers' in str(info.value)
    assert (a[:2] ** np.array([2, 2], dtype=np.int8)).tolist() == [0, 1]
    assert (a ** np.array([1, 2, 0, 1, 3], dtype=np.uint8)).tolist() == \
        [0, 1, 1, 3, 64]
    assert (np.array([2.0]) ** np.array([-1])).tolist() == [0.5]
