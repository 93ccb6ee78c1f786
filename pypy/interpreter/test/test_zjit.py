"""Trace-shape tests of Python code on the eval loop, under rpython's
meta-interpreter: what a loop written in Python compiles to.

Each case is Python source defining f(s, items, n) (s: a str of 4 * n
characters, items: the list of the ints below n), run on the whole
interpreter annotated, rtyped and rewritten by the JIT once per process
(minutes); each test then runs its case on a JIT reset to no loops and
checks the loop that case compiled."""

import sys
from rpython.jit.codewriter import codewriter
from rpython.jit.metainterp import pyjitpl
from rpython.jit.metainterp.test.support import LLJitMixin
from rpython.jit.metainterp.warmspot import ll_meta_interp, reset_jit
from pypy.interpreter.test.support import function_from_source
from pypy.objspace.objspace import ObjSpace

space = ObjSpace()


def compiled_function(source):
    """f of source, with the host's recursion limit kept (the untranslated
    compiler raises it, and a runaway recursion would then overflow the
    host's C stack instead of raising RuntimeError)."""
    limit = sys.getrecursionlimit()
    try:
        return function_from_source(space, source, 'f')
    finally:
        sys.setrecursionlimit(limit)


CASES = [
    # 0: a string's characters, each kept in a list
    compiled_function("def f(s, items, n):\n"
                      "    return len([ch for ch in s])\n"),
    # 1: the same by index
    compiled_function("def f(s, items, n):\n"
                      "    return len([s[i] for i in range(n)])\n"),
    # 2: pairs from zip, unpacked
    compiled_function("def f(s, items, n):\n"
                      "    total = 0\n"
                      "    for a, b in zip(items, items):\n"
                      "        total += a * b\n"
                      "    return total\n"),
    # 3: a recursive generator (each level's loops resume the next level)
    # iterated in a loop: 8 leaves, 1 + the number of second branches on
    # the way, 20 in all
    compiled_function("def tree(depth):\n"
                      "    if depth == 0:\n"
                      "        yield 1\n"
                      "        return\n"
                      "    for x in tree(depth - 1):\n"
                      "        yield x\n"
                      "    for x in tree(depth - 1):\n"
                      "        yield x + 1\n"
                      "def f(s, items, n):\n"
                      "    total = 0\n"
                      "    for i in range(n):\n"
                      "        for x in tree(3):\n"
                      "            total += x\n"
                      "    return total\n"),
    # 4: ints looked up in and added to a set
    compiled_function("def f(s, items, n):\n"
                      "    seen = set()\n"
                      "    for i in range(n):\n"
                      "        if i not in seen:\n"
                      "            seen.add(i)\n"
                      "    return len(seen)\n"),
    # 5: a method replaced on the base class of the receiver's class
    # half-way through the loop
    compiled_function("class Base:\n"
                      "    def value(self):\n"
                      "        return 1\n"
                      "class Derived(Base):\n"
                      "    pass\n"
                      "def two(self):\n"
                      "    return 2\n"
                      "def f(s, items, n):\n"
                      "    obj = Derived()\n"
                      "    total = 0\n"
                      "    for i in range(n):\n"
                      "        if i == n // 2:\n"
                      "            Base.value = two\n"
                      "        total += obj.value()\n"
                      "    return total\n"),
]


def main(which, n):
    if which < 0:       # never: the whole interpreter is annotated
        from pypy.interpreter.main import run
        run(space, ['pypy-c', '-c', 'pass'])
        return 0
    w_s = space.newtext(u'abc\xe9' * n)
    w_items = space.newlist([space.newint(i) for i in range(n)])
    return space.int_w(space.call_function(CASES[which], w_s, w_items,
                                           space.newint(n)))


class CaseBuild(object):
    def __init__(self):
        saved_debug, codewriter.CodeWriter.debug = \
            codewriter.CodeWriter.debug, True
        try:
            self.interp, self.graph = ll_meta_interp(
                main, [0, 1], CPUClass=LLJitMixin.CPUClass,
                listops=True, listcomp=True, graph_and_interp_only=True)
        finally:
            codewriter.CodeWriter.debug = saved_debug
        self.warmrunnerdesc = pyjitpl._warmrunnerdesc

    def run(self, which, n, inline):
        pyjitpl._warmrunnerdesc = self.warmrunnerdesc
        reset_jit()
        for jd in self.warmrunnerdesc.jitdrivers_sd:
            jd.warmstate.set_param_inlining(inline)
        return self.interp.eval_graph(self.graph, [which, n])


_build = []


def run_case(which, n, inline=False):
    """Case `which` run by the JIT; inline: whether calls of Python code
    (the eval loop's portal) may be inlined into traces (off by default,
    as in rpython's meta-interpreter tests)."""
    if not _build:
        try:
            _build.append(CaseBuild())
        except Exception:       # reported by every test, built once
            _build.append(sys.exc_info())
    if isinstance(_build[0], tuple):
        exc_type, value, tb = _build[0]
        raise exc_type, value, tb
    return _build[0].run(which, n, inline)


def loop_ops():
    """Operation counts of the only loop compiled, its peeled preamble
    excluded."""
    return _build[0].warmrunnerdesc.stats.check_simple_loop()


def all_loops():
    return _build[0].warmrunnerdesc.stats.get_all_loops()


def inlined_depths(loop):
    """The depths of inlined Python calls in the loop, from its
    debug_merge_points (0: the loop's own code)."""
    return set([op.getarg(1).getint() for op in loop.operations
                if op.getopname() == 'debug_merge_point'])


def allocations(insns):
    return [name for name in insns if name.startswith('new')]


def calls(insns):
    return [name for name in insns if name.startswith('call')]


def test_iterating_over_a_string_allocates_no_characters():
    assert run_case(0, 30) == 120
    assert allocations(loop_ops()) == []


def test_indexing_a_string_allocates_no_characters():
    assert run_case(1, 30) == 30
    assert allocations(loop_ops()) == []


def test_zip_of_two_lists_is_inlined():
    # zip's next is traced: no call, and the pair is never built
    assert run_case(2, 30) == sum([i * i for i in range(30)])
    insns = loop_ops()
    assert calls(insns) == []
    assert allocations(insns) == []


def test_a_recursive_generator_is_not_inlined_into_itself():
    # inlined, each level's resume traced the next level's loops (the
    # branches of all levels multiplied into hundreds of bridges, n-queens
    # by recursive generators slower than CPython): its code is marked
    # when a frame of it resumes a generator of it, and the JIT calls the
    # code's compiled entries instead (call_assembler), even from f
    assert run_case(3, 40, inline=True) == 20 * 40
    loops = all_loops()
    assert loops
    for loop in loops:
        assert inlined_depths(loop) == set([0]), loop
    names = []
    for loop in loops:
        names += [op.getopname() for op in loop.operations]
    assert 'call_assembler_i' in names or 'call_assembler_r' in names, names


def test_a_set_of_ints_keeps_them_unboxed():
    # the int strategy stores machine ints: the loop's ints are never
    # allocated, where a set of objects would keep a box of each
    assert run_case(4, 30) == 30
    insns = loop_ops()
    assert allocations(insns) == [], insns


def test_a_method_replaced_on_a_base_class_is_seen_by_compiled_code():
    # the loop compiled the subclass's lookup as a constant: the base's
    # change must renew the subclass's version tag and invalidate it
    assert run_case(5, 40) == 20 * 1 + 20 * 2
