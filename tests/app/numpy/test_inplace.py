"""In-place operators and out=: evaluated straight into the destination
when every operand reads it at the element being written, through a
snapshot when an operand reads it shifted (overlapping views)."""

import numpy as np
import pytest


def test_iadd_imul_contiguous():
    a = np.arange(10.0)
    b = np.arange(10.0) * 2
    a += b
    assert a.tolist() == [3.0 * i for i in range(10)]
    a *= -1.0
    assert a.tolist() == [-3.0 * i for i in range(10)]


def test_shifted_overlap_reads_old_values():
    a = np.arange(10.0)
    a[1:] += a[:-1]
    assert a.tolist() == [0.0] + [2.0 * i - 1 for i in range(1, 10)]
    a = np.arange(10.0)
    a[:-1] += a[1:]
    assert a.tolist() == [2.0 * i + 1 for i in range(9)] + [9.0]


def test_reversed_and_interleaved_views():
    a = np.arange(10.0)
    a[::-1] += a
    assert a.tolist() == [9.0] * 10
    a = np.arange(10.0)
    a[::2] += a[1::2]
    assert a.tolist() == [1.0, 1.0, 5.0, 3.0, 9.0, 5.0, 13.0, 7.0, 17.0, 9.0]


def test_pending_reader_keeps_old_values():
    a = np.arange(5.0)
    c = a + 1
    a += 5
    assert c.tolist() == [1.0, 2.0, 3.0, 4.0, 5.0]
    a = np.arange(5.0)
    t = a * 2
    a += t
    a += 1
    assert t.tolist() == [0.0, 2.0, 4.0, 6.0, 8.0]
    assert a.tolist() == [1.0, 4.0, 7.0, 10.0, 13.0]


def test_out_is_an_operand():
    a = np.arange(5.0)
    assert np.add(a, a, out=a) is a
    assert a.tolist() == [0.0, 2.0, 4.0, 6.0, 8.0]
    np.negative(a, out=a)
    assert a.tolist() == [-0.0, -2.0, -4.0, -6.0, -8.0]


def test_transposed_2d():
    a = np.arange(12.0).reshape(3, 4)
    b = a.T
    b += a.T
    assert a.tolist() == (2 * np.arange(12.0).reshape(3, 4)).tolist()
    a += a[0]
    assert a[2].tolist() == [16.0, 20.0, 24.0, 28.0]


def test_other_dtypes():
    a = np.arange(10, dtype=np.int32)
    a += 3
    a *= 2
    assert a.tolist() == [2 * (i + 3) for i in range(10)]
    assert a.dtype == np.int32
    f = np.arange(10.0, dtype=np.float32)
    f += np.arange(10.0)
    assert f.tolist() == [2.0 * i for i in range(10)]
    assert f.dtype == np.float32


def test_broadcast_operand_and_bad_output_shape():
    a = np.arange(4.0)
    a += np.arange(8.0).reshape(2, 4)[1]
    assert a.tolist() == [4.0, 6.0, 8.0, 10.0]
    with pytest.raises(ValueError) as info:
        a += np.arange(8.0).reshape(2, 4)
    assert str(info.value) == ("non-broadcastable output operand with shape "
                               "(4,) doesn't match the broadcast shape (2,4)")
