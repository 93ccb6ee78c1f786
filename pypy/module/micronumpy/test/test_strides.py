"""Interp-level tests of strides.py's checked size helpers."""

import sys

import pytest

from pypy.module.micronumpy import strides

MAXINT = sys.maxint


class SpaceError(Exception):
    pass


class FakeSpace(object):
    """Just enough of a space for the helpers' errors."""
    w_ValueError = 'ValueError'

    def error(self, w_type, msg):
        return SpaceError(w_type, msg)


def error_of(func, *args):
    with pytest.raises(SpaceError) as info:
        func(FakeSpace(), *args)
    return info.value.args


def test_checked_nbytes():
    space = FakeSpace()
    assert strides.checked_nbytes(space, [2, 3], 8) == 48
    assert strides.checked_nbytes(space, [], 8) == 8
    assert strides.checked_nbytes(space, [3, 0], 8) == 0
    assert strides.checked_nbytes(space, [MAXINT // 8], 8) == MAXINT // 8 * 8


def test_checked_nbytes_too_big():
    too_big = ('ValueError', strides.TOO_BIG)
    assert error_of(strides.checked_nbytes, [2 ** 62], 8) == too_big
    assert error_of(strides.checked_nbytes, [2 ** 61], 16) == too_big
    assert error_of(strides.checked_nbytes, [2 ** 32, 2 ** 32], 1) == too_big
    assert error_of(strides.checked_nbytes, [MAXINT // 8 + 1], 8) == too_big
    # NumPy checks the nonzero dimensions even when the size is 0
    assert error_of(strides.checked_nbytes, [0, 2 ** 61], 8) == too_big


def test_checked_nbytes_negative():
    assert error_of(strides.checked_nbytes, [2, -3], 8) == (
        'ValueError', 'negative dimensions are not allowed')


def test_checked_mul():
    space = FakeSpace()
    assert strides.checked_mul(space, 3, 4) == 12
    assert error_of(strides.checked_mul, 2 ** 32, 2 ** 31) == (
        'ValueError', strides.TOO_BIG)


def test_shape_size():
    assert strides.shape_size([2, 3, 4]) == 24
    assert strides.shape_size([0, 2 ** 62]) == 0
    with pytest.raises(OverflowError):
        strides.shape_size([2 ** 32, 2 ** 32])


def test_check_element_count():
    strides.check_element_count(FakeSpace(), [2 ** 31, 2 ** 31])
    assert error_of(strides.check_element_count, [2 ** 32, 2 ** 31]) == (
        'ValueError', 'iterator is too large')


def test_broadcast_shapes_count_overflow():
    assert strides.broadcast_shapes(FakeSpace(), [3, 1], [4]) == [3, 4]
    assert error_of(strides.broadcast_shapes, [2 ** 31, 1], [2 ** 33]) == (
        'ValueError', 'iterator is too large')
