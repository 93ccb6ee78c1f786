"""Arrays to and from raw bytes: ndarray.tobytes (C or Fortran order) and
np.frombuffer (dtype, count, offset; NumPy's errors for bad sizes)."""

import numpy as np
import pytest


def test_tobytes_orders():
    a = np.arange(6, dtype=np.int16).reshape(2, 3)
    assert a.tobytes() == bytes([0, 0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0])
    assert a.tobytes(order='F') == bytes([0, 0, 3, 0, 1, 0, 4, 0, 2, 0,
                                          5, 0])
    assert a.T.tobytes() == a.tobytes(order='F')
    assert a[:, 1].tobytes() == bytes([1, 0, 4, 0])
    assert np.float64(1.0).tobytes() == b'\x00' * 6 + b'\xf0?'


def test_frombuffer():
    data = np.arange(5, dtype=np.int32).tobytes()
    assert np.frombuffer(data, dtype=np.int32).tolist() == [0, 1, 2, 3, 4]
    assert np.frombuffer(data, np.int32, 2, 8).tolist() == [2, 3]
    assert np.frombuffer(data, dtype=np.int32, offset=12).tolist() == [3, 4]
    assert np.frombuffer(bytearray(b'\x01\x02'), np.uint8).tolist() == [1, 2]
    assert np.frombuffer(b'\x00' * 8).tolist() == [0.0]
    assert np.frombuffer(memoryview(b'ab'), np.uint8).tolist() == [97, 98]


def test_frombuffer_errors():
    with pytest.raises(ValueError, match='multiple of element size'):
        np.frombuffer(b'abc', np.int16)
    with pytest.raises(ValueError, match='smaller than requested size'):
        np.frombuffer(b'abcd', np.int16, count=3)
    with pytest.raises(ValueError, match='offset must be non-negative'):
        np.frombuffer(b'abcd', np.uint8, offset=5)
    with pytest.raises(TypeError):
        np.frombuffer([1, 2], np.uint8)
