"""Instances of Python subclasses of ndarray are concrete W_ArrayUser
views, and operators on plain arrays are untouched by them: their results
stay pending expressions (lazy.py), fused into one loop when computed."""

from pypy.interpreter import opcodes as op
from pypy.module.micronumpy.concrete import W_ConcreteArray
from pypy.module.micronumpy.subclass import W_ArrayUser, as_subclass
from pypy.module.micronumpy.test.test_zjit import filled_array, space


def ndarray_subclass(name):
    w_ns = space.newdict()
    return space.call_function(space.w_type, space.newtext(name),
                               space.newtuple([space.w_ndarray]), w_ns)


def test_plain_operator_results_stay_pending():
    w_a = filled_array(5, 1.0)
    w_c = space.add(space.add(w_a, w_a), space.newfloat(2.0))
    assert w_c.is_pending()
    assert not isinstance(w_c, W_ArrayUser)


def test_operator_results_of_a_subclass_instance_are_of_its_class():
    w_type = ndarray_subclass(u'A')
    w_x = as_subclass(space, w_type, filled_array(5, 1.0), None)
    assert w_x.getclass(space) is w_type
    for w_result in [space.add(w_x, space.newfloat(2.0)),
                     space.add(filled_array(5, 1.0), w_x),
                     space.unary_op(op.UN_NEG, w_x)]:
        assert isinstance(w_result, W_ArrayUser)
        assert w_result.getclass(space) is w_type
        assert not w_result.is_pending()


def test_a_subclass_instance_shares_the_memory_it_was_made_from():
    w_a = filled_array(3, 1.0)
    w_x = as_subclass(space, ndarray_subclass(u'B'), w_a, None)
    assert isinstance(w_x, W_ConcreteArray)
    assert w_x.buffer is w_a.buffer and w_x.start == w_a.start
