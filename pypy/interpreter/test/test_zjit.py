"""Trace-shape tests of the eval loop, on the real interpreter run by
rpython's meta-interpreter (no translation)."""

from rpython.jit.metainterp.test.support import LLJitMixin
from rpython.jit.metainterp.warmspot import get_stats
from pypy.objspace.objspace import ObjSpace
from pypy.interpreter.function import Function
from pypy.interpreter.test.assembler import float_sum_loop, \
    annotation_witness
from pypy.interpreter.test.support import function_from_source

space = ObjSpace()
w_witness = Function(space, annotation_witness(space), space.newdict(), [],
                     None, [], 'witness')


def call_with_witness(w_f, n):
    """w_f(n); the never-taken call makes the annotator see code lists
    that the code under test leaves empty (annotation_witness)."""
    if n < 0:
        space.call_function(w_witness)
    return space.call_function(w_f, space.newint(n))


def assert_no_allocation_or_call(insns):
    bad = [name for name in insns
           if name.startswith('new') or name.startswith('call')]
    assert bad == [], insns


class TestEvalLoopJit(LLJitMixin):

    def test_float_sum_loop_is_one_loop_without_allocation(self):
        w_f = Function(space, float_sum_loop(space), space.newdict(), [],
                       None, [], 'f')

        def main(n):
            return space.float_w(call_with_witness(w_f, n))

        result = self.meta_interp(main, [200], listops=True, listcomp=True)
        assert result == sum(i * 0.5 for i in range(200))
        self.check_trace_count(1)
        insns = get_stats().check_simple_loop(
            float_add=1, float_mul=1, cast_int_to_float=1, int_lt=1,
            guard_true=1)
        assert_no_allocation_or_call(insns)

    def test_global_lookups_are_constant_folded(self):
        # LOAD_GLOBAL of a module global and of a builtin: the cells are
        # found by an elidable lookup, so the loop has no dict lookup call
        source = ("K = 3\n"
                  "def f(n):\n"
                  "    i = 0\n"
                  "    s = 0\n"
                  "    while i < n:\n"
                  "        s = s + K\n"
                  "        if abs is None:\n"
                  "            s = 0\n"
                  "        i = i + 1\n"
                  "    return s\n")
        w_f = function_from_source(space, source, 'f')

        def main(n):
            return space.int_w(call_with_witness(w_f, n))

        result = self.meta_interp(main, [200], listops=True, listcomp=True)
        assert result == 600
        self.check_trace_count(1)
        insns = get_stats().check_simple_loop()
        assert_no_allocation_or_call(insns)

    def test_method_call_and_attributes_have_no_call(self):
        # instance attributes live in map storage: reading and writing
        # self.x is a guard on the map and an array access, no dict call
        source = ("class P:\n"
                  "    def __init__(self):\n"
                  "        self.x = 0\n"
                  "    def inc(self, d):\n"
                  "        self.x = self.x + d\n"
                  "def f(n):\n"
                  "    p = P()\n"
                  "    i = 0\n"
                  "    while i < n:\n"
                  "        p.inc(2)\n"
                  "        i = i + 1\n"
                  "    return p.x\n")
        w_f = function_from_source(space, source, 'f')

        def main(n):
            return space.int_w(call_with_witness(w_f, n))

        result = self.meta_interp(main, [200], listops=True, listcomp=True)
        assert result == 400
        # attribute reads/writes are a guard on the map and array
        # accesses: no plain residual call (a dict lookup would be one).
        # This test runs with inlining off (meta_interp's default), so the
        # call of inc() is a residual portal call (call_may_force_*); see
        # test_small_function_and_method_calls_are_inlined for inline=True.
        loops = get_stats().get_all_loops()
        assert loops
        names = [op.getopname() for op in loops[-1].operations]
        plain = [n for n in names if n in ('call_i', 'call_r', 'call_n',
                                           'call_f')]
        assert plain == [], names
        assert 'guard_value' in names

    def test_small_function_and_method_calls_are_inlined(self):
        # the callee's frame is virtual: topframe is a virtual reference,
        # PyFrame.__init__ and setup_arguments are seen through, so the
        # loop has neither an allocation nor a (portal) call
        source = ("class P:\n"
                  "    def __init__(self):\n"
                  "        self.x = 0\n"
                  "    def get(self, d):\n"
                  "        return self.x + d\n"
                  "def add(a, b):\n"
                  "    return a + b\n"
                  "def f(n):\n"
                  "    p = P()\n"
                  "    i = 0\n"
                  "    s = 0\n"
                  "    while i < n:\n"
                  "        s = add(s, 1)\n"
                  "        s = p.get(s)\n"
                  "        i = i + 1\n"
                  "    return s\n")
        w_f = function_from_source(space, source, 'f')

        def main(n):
            return space.int_w(call_with_witness(w_f, n))

        result = self.meta_interp(main, [200], listops=True, listcomp=True, inline=True)
        assert result == 200
        loops = get_stats().get_all_loops()
        assert loops
        names = [op.getopname() for op in loops[-1].operations]
        # the loop body (after the preamble): both calls inlined, as
        # enter_portal_frame/leave_portal_frame pairs
        body = names[len(names) - names[::-1].index('label'):]
        assert body.count('enter_portal_frame') == 2, body
        bad = [n for n in body if n.startswith('new') or
               (n.startswith('call') and not n.startswith('call_assembler'))]
        assert bad == [], body
