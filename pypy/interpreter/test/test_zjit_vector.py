"""A Python loop over numpy arrays, `c[i] = a[i] + b[i]`, run by the
eval loop under rpython's meta-interpreter with the jit parameter vec_all:
the vectorizer turns its trace into SIMD operations (it only can when the
element accesses are raw loads/stores at an affine offset of the loop
variable, with no call left in the loop).

That the SIMD code also runs is counted: the vector stores the llgraph
backend executes in the loop itself.  rpython 0.2.1 replaced the bound
checks of a[i], b[i], c[i] (guard_false(i < 0), guard_false(i >= len)) by
loop-invariant guards built by GuardStrengthenOpt's transitive_imply
(optimizeopt/guard.py), which mixed the two comparisons into
guard_false(0 <= len): it always failed, and a version of the loop with
all its guards ran instead (a bridge).
patches/rpython/0002-vecopt-invariant-bound-guards.patch fixes that (see
pypy/module/micronumpy/test/test_vector_guards.py)."""

from rpython.jit.metainterp.test.support import LLJitMixin
from rpython.jit.metainterp.warmspot import get_stats
from pypy.interpreter.test.support import function_from_source
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy.concrete import new_array
from pypy.module.micronumpy.test.test_zjit import space, filled_array, \
    whole_interpreter_seen
from pypy.module.micronumpy.test.test_vector_guards import \
    count_vector_stores

f8 = dt.float64_dtype


def print_loops():
    for loop in get_stats().get_all_loops():
        print '--- loop'
        for op in loop.operations:
            print op


def loop_insns():
    """Operation counts over all compiled loops (the vectorizer adds a
    second, scalar, loop version for the remaining iterations)."""
    insns = {}
    for loop in get_stats().get_all_loops():
        for name, count in loop.summary().items():
            insns[name] = insns.get(name, 0) + count
    return insns


class TestPythonLoopVectorized(LLJitMixin):

    def test_elementwise_add_is_vectorized(self):
        w_f = function_from_source(space, "def f(a, b, c, n):\n"
                                          "    for i in range(n):\n"
                                          "        c[i] = a[i] + b[i]\n", 'f')

        def main(n):
            whole_interpreter_seen(n)
            w_a = filled_array(n, 1.0)
            w_b = filled_array(n, 0.5)
            w_c = new_array(space, [n], f8)
            space.call_function(w_f, w_a, w_b, w_c, space.newint(n))
            total = 0.0
            for i in range(n):
                total += f8.read_float(w_c.storage, i * 8) * (i + 1)
            return total

        n = 300
        result, stores, _ = count_vector_stores(lambda: self.meta_interp(
            main, [n], vec_all=True, listops=True, listcomp=True))
        print_loops()
        assert result == sum([(1.5 + 2 * i) * (i + 1) for i in range(n)])
        insns = loop_insns()
        assert insns.get('vec_load_f', 0) >= 2
        assert insns.get('vec_float_add', 0) >= 1
        assert insns.get('vec_store', 0) >= 1
        # the vector loop itself ran (two items a store), not a version
        # of it: all but the iterations before compiling and the last one
        assert stores * 2 >= n - 50

    def test_float_sum_stays_correct(self):
        w_f = function_from_source(space, "def f(a, n):\n"
                                          "    s = 0.0\n"
                                          "    for i in range(n):\n"
                                          "        s += a[i]\n"
                                          "    return s\n", 'f')

        def main(n):
            whole_interpreter_seen(n)
            w_a = filled_array(n, 1.0)
            return space.float_w(space.call_function(w_f, w_a,
                                                     space.newint(n)))

        n = 301
        result = self.meta_interp(main, [n], vec_all=True, listops=True, listcomp=True)
        print_loops()
        assert result == sum([1.0 + i for i in range(n)])

    def test_bounds_stay_right_for_every_trip_count(self):
        """c[i] = a[i] + b[i + 1] for trip counts 0..24 (after 24, which
        compiles the loop), a 3 items short every third time: the
        IndexError comes at the end of a, c right up to there.  (Not
        asserted: whether this loop is vectorized.  Today it is not, the
        vectorizer reports "packset is empty": the items' base address
        float64_items is recomputed in the loop, int_add(storage, start),
        so the accesses have no common base box.)"""
        source = ("def f(a, b, c, n):\n"
                  "    i = -1\n"
                  "    try:\n"
                  "        for i in range(n):\n"
                  "            c[i] = a[i] + b[i + 1]\n"
                  "    except IndexError:\n"
                  "        return i\n"
                  "    return -1\n")
        w_f = function_from_source(space, source, 'f')
        sizes = [24] + range(25)

        def length_of_a(n):
            if n % 3 == 2:
                return max(n - 3, 0)
            return n

        def main(unused):
            whole_interpreter_seen(unused)
            total = 0.0
            for n in sizes:
                w_c = new_array(space, [n], f8)
                stop = space.int_w(space.call_function(
                    w_f, filled_array(length_of_a(n), 1.0),
                    filled_array(n + 1, 100.0), w_c, space.newint(n)))
                total += stop * (n + 7)
                for i in range(n):
                    total += f8.read_float(w_c.storage, i * 8) * (i + 1)
            return total

        want = 0.0
        for n in sizes:
            la = length_of_a(n)
            want += (la if la < n else -1) * (n + 7)
            for i in range(min(n, la)):
                want += ((1.0 + i) + (100.0 + i + 1)) * (i + 1)
        result = self.meta_interp(main, [0], vec_all=True, listops=True, listcomp=True)
        assert result == want
