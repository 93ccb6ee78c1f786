"""The weak references a pending expression leaves with the buffers it
reads (RawBuffer.readers) and with errstate's list of unreported
expressions go when it is computed, if they are the newest: in a loop of
`c = a + b; c[0]` they then die young, where otherwise each outlived the
next minor collection in those lists and waited for a major one."""

from pypy.module.micronumpy import errstate
from pypy.module.micronumpy.test.test_zjit import filled_array, space


def test_a_computed_expression_leaves_no_reference():
    w_a = filled_array(5, 1.0)
    w_b = filled_array(5, 10.0)
    unreported = len(errstate.UNREPORTED.refs)
    w_c = space.add(w_a, w_b)
    assert len(w_a.buffer.readers) == 1
    assert len(errstate.UNREPORTED.refs) == unreported + 1
    w_c.get_concrete(space)
    assert w_a.buffer.readers == []
    assert w_b.buffer.readers == []
    assert len(errstate.UNREPORTED.refs) == unreported


def test_an_older_pending_expression_keeps_its_reference():
    w_a = filled_array(5, 1.0)
    w_older = space.add(w_a, space.newfloat(0.5))
    w_c = space.mul(w_a, space.newfloat(2.0))
    w_older_again = space.add(w_a, w_a)
    w_c.get_concrete(space)
    # (w_c's is not the newest: the buffer keeps it until it is dropped
    # with the dead and the computed)
    pending = [ref() for ref in w_a.buffer.readers]
    assert w_older in pending and w_older_again in pending
    w_older_again.get_concrete(space)
    pending = [ref() for ref in w_a.buffer.readers]
    assert w_older in pending and w_older_again not in pending
