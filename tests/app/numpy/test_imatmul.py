"""In-place matrix multiplication: a @= b (ndarray.__imatmul__)."""

import numpy as np
import pytest


def test_imatmul_square_in_place():
    a = np.array([[1., 2.], [3., 4.]])
    b = np.array([[0., 1.], [1., 0.]])
    result = a.__imatmul__(b)
    assert result is a
    assert a.tolist() == [[2., 1.], [4., 3.]]


def test_imatmul_operator_keeps_the_array():
    a = np.array([[1., 2.], [3., 4.]])
    alias = a
    a @= np.eye(2) * 2
    assert a is alias
    assert a.tolist() == [[2., 4.], [6., 8.]]


def test_imatmul_with_itself_and_lists():
    x = np.array([[1., 2.], [3., 4.]])
    x @= x
    assert x.tolist() == [[7., 10.], [15., 22.]]
    y = np.ones((2, 2))
    y @= [[1, 0], [0, 1]]
    assert y.tolist() == [[1., 1.], [1., 1.]]


def test_imatmul_keeping_a_non_square_shape():
    a = np.ones((2, 3))
    a @= np.ones((3, 3))
    assert a.shape == (2, 3) and a.tolist() == [[3.] * 3] * 2
    v = np.ones(3)
    v @= np.ones((3, 3))
    assert v.tolist() == [3., 3., 3.]


def test_imatmul_same_kind_dtypes():
    a = np.ones((2, 2), np.float32)
    a @= np.ones((2, 2))
    assert a.dtype == np.float32 and a.tolist() == [[2., 2.], [2., 2.]]
    i = np.ones((2, 2), np.int8)
    i @= np.ones((2, 2), np.int64)
    assert i.dtype == np.int8 and i.tolist() == [[2, 2], [2, 2]]
    c = np.ones((2, 2), complex)
    c @= np.ones((2, 2))
    assert c.tolist() == [[2 + 0j, 2 + 0j], [2 + 0j, 2 + 0j]]


def test_imatmul_changing_shape_is_an_error():
    a = np.ones((2, 3))
    with pytest.raises(ValueError) as exc:
        a @= np.ones((3, 2))
    assert str(exc.value) == (
        'matmul: Output operand 0 has a mismatch in its core dimension 1, '
        'with gufunc signature (n?,k),(k,m?)->(n?,m?) '
        '(size 3 is different from 2)')
    assert a.tolist() == [[1.] * 3] * 2
    v = np.ones(3)
    with pytest.raises(ValueError) as exc:
        v @= np.ones((3, 4))
    assert str(exc.value) == (
        'matmul: Output operand 0 has a mismatch in its core dimension 0, '
        'with gufunc signature (n?,k),(k,m?)->(n?,m?) '
        '(size 3 is different from 4)')


def test_imatmul_needs_a_2d_second_operand():
    message = ('inplace matrix multiplication requires the first operand '
               'to have at least one and the second at least two '
               'dimensions.')
    for a, b in [(np.ones(3), np.ones(3)), (np.ones((2, 3)), np.ones(3)),
                 (np.ones((2, 2)), np.ones(4))]:
        with pytest.raises(ValueError) as exc:
            a @= b
        assert str(exc.value) == message


def test_imatmul_0d_operands():
    a = np.ones((2, 2))
    with pytest.raises(ValueError,
                       match='matmul: Input operand 1 does not have enough '
                             'dimensions'):
        a @= 2
    z = np.array(1.0)
    with pytest.raises(ValueError,
                       match='matmul: Input operand 0 does not have enough '
                             'dimensions'):
        z @= np.ones((2, 2))


def test_imatmul_errors_on_mismatched_inputs_and_casting():
    a = np.ones((2, 2))
    with pytest.raises(ValueError,
                       match='matmul: Input operand 1 has a mismatch in its '
                             'core dimension 0'):
        a @= np.ones((3, 3))
    i = np.ones((2, 2), int)
    # dtypes are checked before shapes, as in NumPy
    for b in [np.ones((2, 2)), np.ones((3, 3))]:
        with pytest.raises(TypeError) as exc:
            i @= b
        assert str(exc.value) == (
            "Cannot cast ufunc 'matmul' output from dtype('float64') to "
            "dtype('int64') with casting rule 'same_kind'")
    f = np.ones((2, 2))
    with pytest.raises(TypeError) as exc:
        f @= np.ones((2, 2), complex)
    assert "from dtype('complex128') to dtype('float64')" in str(exc.value)
    assert i.tolist() == [[1, 1], [1, 1]]
