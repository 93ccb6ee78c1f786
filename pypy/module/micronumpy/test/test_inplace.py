"""In-place ufuncs (loop.assign_result): evaluated straight into the
destination, with a snapshot of it only for operands reading it
shifted."""

import pytest
from pypy.interpreter import opcodes as op
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy.concrete import RawBuffer
from pypy.module.micronumpy.test.test_zjit import filled_array, space

f8 = dt.float64_dtype


@pytest.fixture
def snapshots(monkeypatch):
    """The buffers RawBuffer.snapshot copied."""
    copied = []
    original = RawBuffer.snapshot

    def snapshot(self):
        copied.append(self)
        return original(self)
    monkeypatch.setattr(RawBuffer, 'snapshot', snapshot)
    return copied


def values(w_arr):
    w_conc = w_arr.get_concrete(space)
    return [f8.read_float(w_conc.storage, w_conc.start + i * w_conc.strides[0])
            for i in range(w_conc.shape[0])]


def test_inplace_add_and_mul_take_no_snapshot(snapshots):
    w_a = filled_array(5, 1.0)
    w_b = filled_array(5, 10.0)
    assert space.inplace_op(op.BIN_ADD, w_a, w_b) is w_a
    space.inplace_op(op.BIN_MUL, w_a, space.newfloat(2.0))
    assert values(w_a) == [22.0, 26.0, 30.0, 34.0, 38.0]
    assert snapshots == []


def test_pending_reader_of_the_destination_keeps_old_values(snapshots):
    w_a = filled_array(5, 1.0)
    w_old = space.add(w_a, space.newfloat(0.5))
    space.inplace_op(op.BIN_ADD, w_a, w_a)
    assert values(w_a) == [2.0, 4.0, 6.0, 8.0, 10.0]
    assert values(w_old) == [1.5, 2.5, 3.5, 4.5, 5.5]
    assert snapshots == [w_a.buffer]     # for w_old, not for the add


def test_shifted_operand_reads_a_snapshot(snapshots):
    w_a = filled_array(5, 1.0)
    w_head = w_a.view([4], [8], 0)
    w_tail = w_a.view([4], [8], 8)
    space.inplace_op(op.BIN_ADD, w_tail, w_head)
    assert values(w_a) == [1.0, 3.0, 5.0, 7.0, 9.0]
    assert snapshots == [w_a.buffer]
