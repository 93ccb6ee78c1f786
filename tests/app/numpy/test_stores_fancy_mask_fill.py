"""Storing a scalar through fancy indexes and masks converts a NumPy
scalar as an array (a value too big wraps), while a Python int must fit;
a.fill(v) and a[i] = v check both (NEP 50), a 0-d array stored into one
element is cast.  An empty value of more dimensions may fill an empty
fancy-index result."""

import numpy as np
import pytest


def stored(src):
    a = np.zeros(3, np.int8)
    exec(src, {'np': np, 'a': a})
    return a.tolist()


WRAPPING = [
    ('a[[0, 1]] = np.int64(300)', [44, 44, 0]),
    ('a[a == 0] = np.int64(300)', [44, 44, 44]),
    ('a[[0, 1]] = np.uint64(2**64 - 1)', [-1, -1, 0]),
    ('a[a == 0] = np.float64(300.7)', [44, 44, 44]),
    ('a[[]] = np.int64(-2**63)', [0, 0, 0]),
    ('a[1] = np.array(300)', [0, 44, 0]),
    ('a[[]] = np.ones((2, 0))', [0, 0, 0]),
    ('a[[]] = np.ones((1, 0, 0))', [0, 0, 0]),
]


def test_numpy_scalars_wrap():
    for src, expected in WRAPPING:
        assert stored(src) == expected, src


OVERFLOWING = [
    ('a[[0]] = 300', 'Python integer 300 out of bounds for int8'),
    ('a[a > 5] = 300', 'Python integer 300 out of bounds for int8'),
    ('a.fill(300)', 'Python integer 300 out of bounds for int8'),
    ('a.fill(np.int64(300))', 'Python integer 300 out of bounds for int8'),
    ('a.fill(np.float64(300.7))', 'Python integer 300 out of bounds for int8'),
    ('a.fill(np.uint64(2**64 - 1))',
     'Python int too large to convert to C long'),
    ('a[0] = np.float64(300.7)', 'Python integer 300 out of bounds for int8'),
]


def test_python_ints_must_fit():
    for src, message in OVERFLOWING:
        with pytest.raises(OverflowError) as e:
            stored(src)
        assert str(e.value) == message, src


def test_fill_refuses_a_sequence():
    a = np.zeros(3, np.uint8)
    with pytest.raises(ValueError) as e:
        a.fill(np.array([300]))
    assert str(e.value) == 'setting an array element with a sequence.'
    a.fill(np.array(300))
    assert a.tolist() == [44, 44, 44]
    a.fill(np.float64(-1.5))
    assert a.tolist() == [255, 255, 255]
    with pytest.raises(OverflowError):
        a.fill(-1.5)


MISMATCHED = [
    ('a[[]] = np.ones((0, 3))', 'shape mismatch: value array of shape (0,3) '
     'could not be broadcast to indexing result of shape (0,)'),
    ('a[[0, 1]] = np.ones((2, 0))', 'shape mismatch: value array of shape '
     '(2,0) could not be broadcast to indexing result of shape (2,)'),
    ('a[[1]] = np.ones((3, 0, 1))', 'shape mismatch: value array of shape '
     '(3,0,1) could not be broadcast to indexing result of shape (1,)'),
    ('a[np.array([0, 0])] = np.ones((0, 2))', 'shape mismatch: value array '
     'of shape (0,2) could not be broadcast to indexing result of shape '
     '(2,)'),
    ('a[1:] = np.ones((1, 1, 3))', 'could not broadcast input array from '
     'shape (3,) into shape (2,)'),
    ('a[:0] = np.ones((1, 4, 1))', 'could not broadcast input array from '
     'shape (4,1) into shape (0,)'),
]


def test_shape_messages_name_the_value_without_leading_ones():
    for src, message in MISMATCHED:
        with pytest.raises(ValueError) as e:
            stored(src)
        assert str(e.value) == message, src


def test_tuple_store_converts_an_index_key_first():
    t = (1, 2)
    with pytest.raises(TypeError) as e:
        t[np.array([1, 2])] = 3
    assert str(e.value) == ('only integer scalar arrays can be converted '
                            'to a scalar index')
    with pytest.raises(TypeError) as e:
        t[1] = 3
    assert str(e.value) == "'tuple' object does not support item assignment"


def test_slice_store_of_a_deeper_sequence():
    # a list or tuple is converted with at most the destination's
    # dimensions; an array with more only has to broadcast
    for src, ndim in [('a[:2] = [[1, 2]]', 1),
                      ('a[:2] = ([1, 2, 3], [4, 5, 6])', 1),
                      ('a[:2] = (np.ones(2), np.ones(2))', 1)]:
        with pytest.raises(ValueError) as e:
            stored(src)
        assert str(e.value) == (
            'setting an array element with a sequence. The requested array '
            'would exceed the maximum number of dimension of %d.' % ndim)
    assert stored('a[:2] = np.ones((1, 2))') == [1, 1, 0]
    b = np.zeros((2, 3))
    with pytest.raises(ValueError) as e:
        b[:, :2] = [[[1, 2], [3, 4]]]
    assert str(e.value).endswith('maximum number of dimension of 2.')
