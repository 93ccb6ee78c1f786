"""The bound checks of a loop vectorized under vec_all (the jit parameter
that lets rpython's vectorizer work on any loop, as a Python loop over
numpy arrays) must stay right, and must let the vector loop run.

Under vec_all, GuardStrengthenOpt.eliminate_array_bound_checks
(optimizeopt/guard.py) keeps one of the guards `i OP len` of a loop and
replaces the others by loop-invariant guards on the lengths, in front of
the loop.  rpython 0.2.1 built them from any two guards on i: from
guard_false(i < 0) and guard_false(i >= len) it made guard_false(0 <= len),
which always fails, and from two `>=` checks guard_false(len_a >= len_b),
failing for arrays of equal length: each time, the loop left for a version
of itself with all its guards.
patches/rpython/0002-vecopt-invariant-bound-guards.patch only combines
checks of the same direction, into non-strict invariants that hold for
equal lengths; these tests count the vector stores of the loop proper
(without the patch: none)."""

from rpython.jit.backend.llgraph.runner import LLGraphCPU, LLFrame
from rpython.jit.metainterp.test.support import LLJitMixin
from rpython.jit.metainterp.warmspot import get_stats
from rpython.rlib.jit import JitDriver
from rpython.rlib.rarithmetic import r_uint
from rpython.rtyper.lltypesystem import lltype, rffi

DOUBLES = rffi.CArray(lltype.Float)
MAX = 40            # trip counts 0..MAX


class BoundsError(Exception):
    pass


def check_index(index, size):
    """As micronumpy's indexing.check_index, with its two comparisons."""
    if index < 0:
        index += size
    if index < 0 or index >= size:
        raise BoundsError
    return index


def check_index_unsigned(index, size):
    """One unsigned comparison: no guard GuardStrengthenOpt combines."""
    if r_uint(index) >= r_uint(size):
        raise BoundsError
    return index


def make_kernel(shift, check_index):
    """c[i] = a[i] + b[i + shift] for i in range(start, n), bounds-checked
    (i is not known to be >= 0: both comparisons stay, as in a Python
    loop); the index of the failing check, or -1."""
    driver = JitDriver(greens=[], reds=['i', 'n', 'a', 'la', 'b', 'lb',
                                        'c', 'lc'])

    def kernel(a, la, b, lb, c, lc, start, n):
        i = start
        try:
            while i < n:
                driver.jit_merge_point(i=i, n=n, a=a, la=la, b=b, lb=lb,
                                       c=c, lc=lc)
                x = a[check_index(i, la)]
                y = b[check_index(i + shift, lb)]
                c[check_index(i, lc)] = x + y
                i += 1
        except BoundsError:
            return i
        return -1
    return kernel


def new_doubles(size, first):
    p = lltype.malloc(DOUBLES, size, flavor='raw')
    for k in range(size):
        p[k] = first + k
    return p


def make_main(shift, short_a, short_c, check):
    """Runs the kernel for each n in 0..MAX (after n = MAX, which compiles
    it) on arrays of length n + shift, but short_a items fewer for a,
    short_c for c; returns 0, or 1000 * n + the index of the first wrong
    item (1000 * n + 999 for a wrong exception index)."""
    kernel = make_kernel(shift, check)

    def run(n, start):
        la = max(n + shift - short_a, 0)
        lc = max(n + shift - short_c, 0)
        a = new_doubles(la, 1.0)
        b = new_doubles(n + shift, 100.0)
        c = new_doubles(lc, -7.0)
        res = 0
        stop = 0
        for r in range(4):
            stop = kernel(a, la, b, n + shift, c, lc, start, n)
        want_stop = -1
        if min(la, lc) < n:
            want_stop = min(la, lc)
        if stop != want_stop:
            res = 1000 * n + 999
        else:
            for k in range(lc):
                if k < n and k < la:
                    want = (1.0 + k) + (100.0 + k + shift)
                else:
                    want = -7.0 + k
                if c[k] != want:
                    res = 1000 * n + k
                    break
        lltype.free(a, flavor='raw')
        lltype.free(b, flavor='raw')
        lltype.free(c, flavor='raw')
        return res

    def main(start):
        for k in range(-1, MAX + 1):
            res = run(MAX if k < 0 else k, start)
            if res:
                return res
        return 0
    return main


def count_vector_stores(run):
    """Calls run() (a meta_interp on llgraph); returns its result and how
    many vector stores the compiled loops executed, and their bridges.
    A loop version (the loop with all its guards, or the scalar loop)
    entered when an early-exit guard fails is compiled as a bridge."""
    bridges = {}
    stores = {'loop': 0, 'bridge': 0}
    orig_store = LLFrame.execute_vec_store
    orig_compile_bridge = LLGraphCPU.compile_bridge

    def execute_vec_store(frame, *args):
        stores['bridge' if frame.lltrace in bridges else 'loop'] += 1
        return orig_store(frame, *args)

    def compile_bridge(cpu, faildescr, *args, **kwds):
        res = orig_compile_bridge(cpu, faildescr, *args, **kwds)
        bridges[faildescr._llgraph_bridge] = None
        return res
    LLFrame.execute_vec_store = execute_vec_store
    LLGraphCPU.compile_bridge = compile_bridge
    try:
        result = run()
    finally:
        LLFrame.execute_vec_store = orig_store
        LLGraphCPU.compile_bridge = orig_compile_bridge
    print 'vector stores: loop %d, bridges %d' % (stores['loop'],
                                                  stores['bridge'])
    return result, stores['loop'], stores['bridge']


class TestVecAllBoundGuards(LLJitMixin):

    def run(self, shift, short_a=0, short_c=0, check=check_index):
        """meta_interp with vec_all; returns how many vector stores the
        loop (not a version of it) ran."""
        res, stores, _ = count_vector_stores(lambda: self.meta_interp(
            make_main(shift, short_a, short_c, check), [0], vec_all=True))
        assert res == 0, "n %d, item %d" % (res // 1000, res % 1000)
        ops = {}
        for loop in get_stats().get_all_loops():
            for op in loop.operations:
                ops[op.getopname()] = None
        assert 'vec_store' in ops
        return stores

    def test_same_lengths_run_the_vector_loop(self):
        stores = self.run(0)
        # 4 runs of each n in 0..40 and 40: about 3500 items, two a store;
        # without the fix the invariant guards fail and a version of the
        # loop with all its guards runs instead
        assert stores > 1000

    def test_next_item_index(self):
        stores = self.run(1)
        assert stores > 1000

    def test_shorter_array_raises_at_its_end(self):
        self.run(0, short_a=3)

    def test_shorter_store_target_raises_at_its_end(self):
        self.run(0, short_c=3)

    def test_shorter_store_target_next_item(self):
        self.run(1, short_c=2)

    def test_unsigned_checks(self):
        """The early exits of the second item's iteration are checked
        before the first item's is done: they must restart the scalar
        loop at the first item.  rpython 0.2.1 gave them the state of the
        second (c[2] stayed unset for n = 6 and a of 3 items);
        patches/rpython/0003-vecopt-early-exit-failargs.patch fixes it.
        (Signed checks hid it: GuardStrengthenOpt merges those guards of
        the two iterations into one with the first's state.)"""
        for shift, short_a, short_c in [(0, 0, 0), (0, 3, 0), (0, 0, 3),
                                        (1, 0, 2)]:
            self.run(shift, short_a, short_c, check_index_unsigned)


def strengthen_guards(source):
    """The loop after GuardStrengthenOpt under vec_all (user_code), on a
    trace in rpython's test_guard notation, and a function giving the
    input argument of a name (i0..i9)."""
    from rpython.jit.metainterp.optimizeopt.test.test_guard import Test
    helper = Test()
    loop = helper.parse_trace(source)
    helper.optguards(loop, True)
    print '\n'.join([str(op) for op in loop.prefix] + ['--'] +
                    [str(op) for op in loop.operations])
    return loop, lambda name: loop.inputargs[2 + int(name[1:])]


def guards(ops):
    return [op for op in ops if op.is_guard()]


def test_invariant_guards_of_one_direction_only():
    """i < 0 is no bound for i < len; the strongest bound (largest offset:
    i + 1 < i4) is kept, the others become invariants, not strict."""
    loop, arg = strengthen_guards("""
        i10 = int_lt(i1, 0)
        guard_false(i10) []
        i11 = int_ge(i1, i2)
        guard_false(i11) []
        i12 = int_ge(i1, i3)
        guard_false(i12) []
        i13 = int_add(i1, 1)
        i14 = int_ge(i13, i4)
        guard_false(i14) []
        """)
    # i4 - 1 <= i2 and i4 - 1 <= i3: with i1 + 1 < i4, i1 < i2 and i1 < i3
    prefix = loop.prefix
    assert len(prefix) == 6
    for k, bound in [(0, 'i2'), (3, 'i3')]:
        sub, le, guard = prefix[k:k + 3]
        assert sub.getopname() == 'int_sub'
        assert sub.getarg(0) is arg('i4') and sub.getarg(1).getint() == 1
        assert le.getopname() == 'int_le'
        assert le.getarg(0) is sub and le.getarg(1) is arg(bound)
        assert guard.getopname() == 'guard_true' and guard.getarg(0) is le
    lt, ge = [guard.getarg(0) for guard in guards(loop.operations)]
    assert lt.getopname() == 'int_lt' and lt.getarg(1).getint() == 0
    assert ge.getopname() == 'int_ge' and ge.getarg(1) is arg('i4')


def test_no_invariant_for_a_bound_computed_in_the_loop():
    loop, arg = strengthen_guards("""
        i11 = int_ge(i1, i2)
        guard_false(i11) []
        i20 = int_add(i3, 1)
        i12 = int_ge(i1, i20)
        guard_false(i12) []
        """)
    assert loop.prefix == []
    assert len(guards(loop.operations)) == 2
