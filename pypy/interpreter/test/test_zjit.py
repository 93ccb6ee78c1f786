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
from pypy.interpreter import opcodes
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
    # 6: a small class instantiated in the loop, its attribute read back
    compiled_function("class P:\n"
                      "    def __init__(self, x):\n"
                      "        self.x = x\n"
                      "def f(s, items, n):\n"
                      "    total = 0\n"
                      "    for i in range(n):\n"
                      "        total += P(i).x\n"
                      "    return total\n"),
    # 7: an attribute of an instance made before the loop
    compiled_function("class P:\n"
                      "    def __init__(self, x):\n"
                      "        self.x = x\n"
                      "def f(s, items, n):\n"
                      "    o = P(3)\n"
                      "    total = 0\n"
                      "    for i in range(n):\n"
                      "        total += o.x\n"
                      "    return total\n"),
    # 8: an attribute of each instance of a list made before the loop
    compiled_function("class P:\n"
                      "    def __init__(self, x):\n"
                      "        self.x = x\n"
                      "def f(s, items, n):\n"
                      "    objs = [P(i) for i in items]\n"
                      "    total = 0\n"
                      "    for o in objs:\n"
                      "        total += o.x\n"
                      "    return total\n"),
    # 9: an instance's class assigned half-way through the loop
    compiled_function("class P:\n"
                      "    def value(self):\n"
                      "        return 1\n"
                      "class Q:\n"
                      "    def value(self):\n"
                      "        return 2\n"
                      "def f(s, items, n):\n"
                      "    obj = P()\n"
                      "    total = 0\n"
                      "    for i in range(n):\n"
                      "        if i == n // 2:\n"
                      "            obj.__class__ = Q\n"
                      "        total += obj.value()\n"
                      "    return total\n"),
    # 10: the bases of the receiver's class and an __init__ replaced
    # half-way through a loop that instantiates the class
    compiled_function("class A:\n"
                      "    def value(self):\n"
                      "        return 1\n"
                      "class B:\n"
                      "    def value(self):\n"
                      "        return 2\n"
                      "class C(A):\n"
                      "    def __init__(self):\n"
                      "        self.x = 10\n"
                      "def init(self):\n"
                      "    self.x = 20\n"
                      "def f(s, items, n):\n"
                      "    total = 0\n"
                      "    for i in range(n):\n"
                      "        if i == n // 2:\n"
                      "            C.__bases__ = (B,)\n"
                      "            C.__init__ = init\n"
                      "        obj = C()\n"
                      "        total += obj.value() + obj.x\n"
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


def bytecode_ops(which, opname):
    """The names of the operations that each execution of the bytecode
    `opname` ('LOAD_ATTR') of case `which`'s f left in the compiled loops
    (preamble first), but guard_not_invalidated (no code: the loop is
    invalidated when a quasi-immutable field it read changes)."""
    code = CASES[which].code
    result = []
    for loop in all_loops():
        current = None
        for op in loop.operations:
            name = op.getopname()
            if name == 'debug_merge_point':
                # (jitdriver, depth, call id, next_instr, pycode)
                next_instr = op.getarg(3).getint()
                current = None
                if op.getarg(1).getint() == 0 and \
                        opcodes.opnames[ord(code.co_code[next_instr])] == opname:
                    current = []
                    result.append(current)
            elif current is not None and name != 'guard_not_invalidated':
                current.append(name)
    return result


def check_attribute_read(read):
    """At most one guard (on the instance's map; a guard on the class of
    the value read, for its use, aside) and two loads (the map and the
    slot), and no call."""
    loads = [name for name in read if name.startswith('get')]
    guards = [name for name in read if name.startswith('guard') and
              name not in ('guard_class', 'guard_nonnull_class')]
    assert calls(read) == [] and len(loads) <= 2 and \
        guards in ([], ['guard_value']), read


def test_instantiating_a_small_class_makes_no_call():
    # type.__call__'s lookups of __new__ and __init__ and its choice of
    # constructor are elidable on the class and its version tag, its type
    # checks on the classes' MROs; __init__ is inlined and its instance
    # keeps x in a field: the instance never leaves the loop, so neither
    # it nor its x is allocated
    assert run_case(6, 40, inline=True) == sum(range(40))
    insns = loop_ops()
    print insns
    assert calls(insns) == []
    assert allocations(insns) == []


def test_reading_an_attribute_of_an_instance_made_before_the_loop():
    # in the preamble: the instance's map loaded and guarded (the guard
    # gives the class and the slot), the slot loaded (and the class of the
    # value it holds guarded, for the addition); the loop itself keeps the
    # value: what the optimizer left at its LOAD_ATTR are the range
    # iterator's two stores, delayed to there
    assert run_case(7, 40) == 3 * 40
    reads = bytecode_ops(7, 'LOAD_ATTR')
    print reads
    assert reads == [['getfield_gc_r', 'guard_value', 'getfield_gc_r',
                      'guard_nonnull_class'], ['setfield_gc', 'setfield_gc']]
    check_attribute_read(reads[0])


def test_reading_an_attribute_of_each_instance_of_a_list():
    # each read, in the preamble and in the loop: the map loaded and
    # guarded, the slot loaded, the class of its value guarded
    assert run_case(8, 40) == sum(range(40))
    reads = bytecode_ops(8, 'LOAD_ATTR')
    print reads
    assert [read for read in reads if read]
    for read in reads:
        check_attribute_read(read)


def test_an_instance_s_class_assigned_is_seen_by_compiled_code():
    # the loop holds the class as a constant, from the guard on the map:
    # the new class's map fails that guard
    assert run_case(9, 40) == 20 * 1 + 20 * 2


def test_bases_and_init_replaced_are_seen_by_compiled_code():
    # both renew the class's version tag, on which the loop's lookups of
    # __init__ and value, and its choice of constructor, were folded
    assert run_case(10, 40, inline=True) == 20 * 11 + 20 * 22
