"""The array interface: ndarray.__array_interface__ and arrays made from
objects that have one; ndarray.__array_priority__."""

import numpy as np
import pytest


class Exposing:
    """An object that shows another's items through the interface."""

    def __init__(self, interface):
        self.__array_interface__ = interface


def test_interface_of_a_c_contiguous_array():
    a = np.arange(6.0).reshape(2, 3)
    d = a.__array_interface__
    assert list(d) == ['data', 'strides', 'descr', 'typestr', 'shape',
                       'version']
    assert d['strides'] is None
    assert d['descr'] == [('', '<f8')]
    assert d['typestr'] == '<f8'
    assert d['shape'] == (2, 3)
    assert d['version'] == 3
    address, readonly = d['data']
    assert type(address) is int and address != 0 and readonly is False


def test_interface_of_views():
    a = np.arange(6.0).reshape(2, 3)
    base = a.__array_interface__['data'][0]
    t = a.T.__array_interface__
    assert t['strides'] == (8, 24) and t['shape'] == (3, 2)
    assert t['data'][0] == base
    column = a[:, 1].__array_interface__
    assert column['strides'] == (24,)
    assert column['data'][0] - base == 8
    assert np.zeros(()).__array_interface__['shape'] == ()


def test_interface_typestr_per_dtype():
    for dtype, typestr in [(np.bool_, '|b1'), (np.int8, '|i1'),
                           (np.int32, '<i4'), (np.uint16, '<u2'),
                           (np.float32, '<f4'), (np.complex128, '<c16')]:
        d = np.zeros(2, dtype).__array_interface__
        assert d['typestr'] == typestr
        assert d['descr'] == [('', typestr)]


def test_array_priority():
    assert np.arange(3).__array_priority__ == 0.0


def test_asarray_of_an_interface():
    a = np.arange(6.0).reshape(2, 3)
    r = np.asarray(Exposing(a.__array_interface__))
    assert r.dtype == np.float64 and r.tolist() == a.tolist()
    r = np.asarray(Exposing(a.T.__array_interface__))
    assert r.tolist() == a.T.tolist()
    r = np.array(Exposing(a[:, 1].__array_interface__))
    assert r.tolist() == [1.0, 4.0] and r.flags['C_CONTIGUOUS']
    r = np.array(Exposing(np.arange(3, dtype=np.int32).__array_interface__),
                 dtype=float)
    assert r.dtype == np.float64 and r.tolist() == [0.0, 1.0, 2.0]


def test_interface_with_bytes_data():
    data = b'\x01\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00'
    r = np.asarray(Exposing({'shape': (3,), 'typestr': '<i4', 'data': data,
                             'version': 3}))
    assert r.dtype == np.int32 and r.tolist() == [1, 2, 3]


def test_ufunc_operand_with_an_interface():
    a = np.arange(6.0).reshape(2, 3)
    r = np.add(Exposing(a.__array_interface__), 1)
    assert r.tolist() == (a + 1).tolist()


def test_interface_not_a_dict():
    with pytest.raises(ValueError) as info:
        np.asarray(Exposing(5))
    assert str(info.value) == ("Invalid __array_interface__ value, must be "
                               "a dict")
