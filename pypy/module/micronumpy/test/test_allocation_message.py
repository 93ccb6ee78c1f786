"""Interp-level tests of concrete.py's MemoryError message and of
strides.is_f_contiguous."""

from pypy.module.micronumpy import concrete
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy import strides


def test_size_to_string():
    assert concrete.size_to_string(8 * 10 ** 15) == '7.11 PiB'
    assert concrete.size_to_string(10 ** 14) == '90.9 TiB'
    assert concrete.size_to_string(12) == '12 bytes'
    assert concrete.size_to_string(1000 * 1024) == '1000. KiB'
    assert concrete.size_to_string(1023) == '1023 bytes'
    assert concrete.size_to_string(1024) == '1.00 KiB'
    assert concrete.size_to_string(1024 * 1024 - 1) == '1.00 MiB'


def test_allocation_error_message():
    msg = concrete.allocation_error_message([10 ** 15], dt.float64_dtype)
    assert msg == ('Unable to allocate 7.11 PiB for an array with shape '
                   '(1000000000000000,) and data type float64')


def test_is_f_contiguous():
    assert strides.is_f_contiguous([2, 3], [8, 16], 8)
    assert not strides.is_f_contiguous([2, 3], [24, 8], 8)
    assert strides.is_f_contiguous([1, 3], [24, 8], 8)
    assert strides.is_f_contiguous([0, 3], [24, 8], 8)
    assert strides.is_f_contiguous([3, 0], [32, 16], 8)
