"""np.issubdtype and the abstract scalar types (np.number, np.integer,
np.signedinteger, np.unsignedinteger, np.inexact, np.floating,
np.complexfloating) as issubclass/isinstance targets."""

import numpy as np
import pytest

ABSTRACT = [np.number, np.integer, np.signedinteger, np.unsignedinteger,
            np.inexact, np.floating, np.complexfloating]
# concrete type: the abstract types it belongs to
MEMBERSHIP = {
    np.int8: [np.number, np.integer, np.signedinteger],
    np.int64: [np.number, np.integer, np.signedinteger],
    np.uint16: [np.number, np.integer, np.unsignedinteger],
    np.uint64: [np.number, np.integer, np.unsignedinteger],
    np.float16: [np.number, np.inexact, np.floating],
    np.float64: [np.number, np.inexact, np.floating],
    np.complex64: [np.number, np.inexact, np.complexfloating],
    np.complex128: [np.number, np.inexact, np.complexfloating],
    np.bool_: [],
}


def test_issubclass_and_isinstance_of_concrete_types():
    for concrete, members in MEMBERSHIP.items():
        value = concrete(1)
        for abstract in ABSTRACT:
            assert issubclass(concrete, abstract) == (abstract in members), \
                (concrete, abstract)
            assert isinstance(value, abstract) == (abstract in members), \
                (concrete, abstract)


def test_python_scalars_are_not_numpy_scalars():
    assert not isinstance(1, np.integer)
    assert not isinstance(1.0, np.floating)
    assert not isinstance(1j, np.complexfloating)
    assert not issubclass(float, np.floating)


def test_abstract_hierarchy():
    assert issubclass(np.floating, np.inexact)
    assert issubclass(np.signedinteger, np.number)
    assert not issubclass(np.inexact, np.floating)
    assert not issubclass(np.integer, np.inexact)
    assert repr(np.number) == "<class 'numpy.number'>"
    assert np.floating.__name__ == 'floating'
    with pytest.raises(TypeError):
        np.number()


def test_issubdtype():
    assert np.issubdtype(np.float64, np.floating)
    assert np.issubdtype('f8', float)
    assert np.issubdtype(float, np.floating)
    assert not np.issubdtype(np.int32, int)
    assert np.issubdtype(np.int32, np.integer)
    assert np.issubdtype(np.arange(3).dtype, np.signedinteger)
    assert np.issubdtype(np.dtype('c16'), np.complexfloating)
    assert np.issubdtype(np.uint8, np.unsignedinteger)
    assert not np.issubdtype(np.uint8, np.signedinteger)
    assert not np.issubdtype(np.bool_, np.number)
    assert np.issubdtype(np.floating, np.inexact)
    assert not np.issubdtype(np.inexact, np.floating)
    assert np.issubdtype(np.float32, np.generic)
    assert np.issubdtype(np.int16, 'i2')
    assert not np.issubdtype('f4', np.float64)
    with pytest.raises(TypeError) as info:
        np.issubdtype(np.int64, 'foo')
    assert str(info.value) == "data type 'foo' not understood"
