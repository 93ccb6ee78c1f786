"""Trace-shape tests of the eval loop, on the real interpreter run by
rpython's meta-interpreter (no translation)."""

from rpython.jit.metainterp.test.support import LLJitMixin
from rpython.jit.metainterp.warmspot import get_stats
from pypy.objspace.objspace import ObjSpace
from pypy.interpreter.function import Function
from pypy.interpreter.test.assembler import float_sum_loop, \
    annotation_witness

space = ObjSpace()


def assert_no_allocation_or_call(insns):
    bad = [name for name in insns
           if name.startswith('new') or name.startswith('call')]
    assert bad == [], insns


class TestEvalLoopJit(LLJitMixin):

    def test_float_sum_loop_is_one_loop_without_allocation(self):
        w_f = Function(space, float_sum_loop(space), space.newdict(), [],
                       None, [], 'f')

        w_witness = Function(space, annotation_witness(space),
                             space.newdict(), [], None, [], 'witness')

        def main(n):
            if n < 0:
                space.call_function(w_witness)
            return space.float_w(space.call_function(w_f, space.newint(n)))

        result = self.meta_interp(main, [200], listops=True)
        assert result == sum(i * 0.5 for i in range(200))
        self.check_trace_count(1)
        insns = get_stats().check_simple_loop(
            float_add=1, float_mul=1, cast_int_to_float=1, int_lt=1,
            guard_true=1)
        assert_no_allocation_or_call(insns)
