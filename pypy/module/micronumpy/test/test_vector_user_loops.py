"""Loops of the eval loop's driver, which pypy-c vectorizes too (vec_all:
a Python loop over array items, c[i] = a[i] + b[i]).  What the vectorizer
returns must be the loop as it came or a well-formed vector loop:
numpy.polynomial's mulx loop (p[n + 1] += c[n]; p[n - 1] += c[n] * n)
came back reading a box that no operation defined, and the Legendre
series' derivative with `2 * j - 1` scheduled away from its
guard_no_overflow; the backend stopped the process
(compute_vars_longevity's, flush_cc's AssertionError).  Such a loop is
now left scalar, whatever the fault (patches/rpython/0018;
tests/app/numpy/test_python_loops.py runs both loops on pypy-c)."""

from rpython.jit.metainterp.resoperation import (InputArgInt, ResOperation,
                                                 rop)
from rpython.jit.metainterp.history import ConstInt
from rpython.jit.metainterp.optimizeopt import vector
from rpython.jit.metainterp.warmspot import get_stats
from rpython.rlib.jit import JitDriver
from rpython.rtyper.lltypesystem import lltype, rffi
from pypy.module.micronumpy.test.x86backend import X86MetaInterp


def make_mulx_main():
    """main(size): the sum of p * (k + 1) after the mulx loop over
    c = 1 .. size, shaped as the eval loop's trace of it: a range
    iterator's countdown and next value, a bounds check per item read."""
    driver = JitDriver(greens=[], reds=['remaining', 'current', 'size',
                                        'p', 'c'])

    def mulx(p, c, size):
        remaining = size
        current = 0
        while remaining > 0:
            driver.jit_merge_point(remaining=remaining, current=current,
                                   size=size, p=p, c=c)
            remaining -= 1
            n = current
            current += 1
            if n + 1 > size:
                raise IndexError
            if n >= size:
                raise IndexError
            p[n + 1] = p[n + 1] + c[n]
            if n > 0:
                if n - 1 > size:
                    raise IndexError
                p[n - 1] = p[n - 1] + c[n] * float(n)

    def main(size):
        total = 0.0
        for r in range(8):
            c = lltype.malloc(rffi.DOUBLEP.TO, size, flavor='raw')
            p = lltype.malloc(rffi.DOUBLEP.TO, size + 1, flavor='raw')
            for k in range(size):
                c[k] = k + 1.0
                p[k] = 0.0
            p[size] = 0.0
            mulx(p, c, size)
            total = 0.0
            for k in range(size + 1):
                total += p[k] * (k + 1)
            lltype.free(c, flavor='raw')
            lltype.free(p, flavor='raw')
        return total
    return main


def make_vector_main():
    """main(size): the sum of a + 2 * b over size items, in a loop of the
    vectorizer's own driver."""
    driver = JitDriver(greens=[], reds=['i', 'size', 'dst', 'a', 'b'],
                       vectorize=True)

    def kernel(dst, a, b, size):
        i = 0
        while i < size:
            driver.jit_merge_point(i=i, size=size, dst=dst, a=a, b=b)
            dst[i] = a[i] + 2.0 * b[i]
            i += 1

    def main(size):
        total = 0.0
        for r in range(8):
            a = lltype.malloc(rffi.DOUBLEP.TO, size, flavor='raw')
            b = lltype.malloc(rffi.DOUBLEP.TO, size, flavor='raw')
            dst = lltype.malloc(rffi.DOUBLEP.TO, size, flavor='raw')
            for k in range(size):
                a[k] = k + 1.0
                b[k] = k * 0.5
            kernel(dst, a, b, size)
            total = 0.0
            for k in range(size):
                total += dst[k]
            lltype.free(a, flavor='raw')
            lltype.free(b, flavor='raw')
            lltype.free(dst, flavor='raw')
        return total
    return main


def overflow_loop(guard_follows):
    """(label, operations): i1 = i0 * 2 (checked), i2 = i0 + 1, with the
    overflow guard right after the multiplication or after the add."""
    i0 = InputArgInt()
    label = ResOperation(rop.LABEL, [i0])
    mul = ResOperation(rop.INT_MUL_OVF, [i0, ConstInt(2)])
    add = ResOperation(rop.INT_ADD, [i0, ConstInt(1)])
    guard = ResOperation(rop.GUARD_NO_OVERFLOW, [])
    guard.setfailargs([i0])
    jump = ResOperation(rop.JUMP, [add])
    if guard_follows:
        return label, [mul, guard, add, jump]
    return label, [mul, add, guard, jump]


def test_an_overflow_guard_must_follow_its_operation():
    label, ops = overflow_loop(guard_follows=True)
    assert vector.well_formed(label, [], ops)
    label, ops = overflow_loop(guard_follows=False)
    assert not vector.well_formed(label, [], ops)


class TestUserLoops(X86MetaInterp):

    def test_a_loop_of_shifted_reads_and_writes_compiles(self):
        main = make_mulx_main()
        res = self.meta_interp(main, [60], vec=True, vec_all=True)
        assert res == main(60)

    def test_a_vectorized_loop_reading_an_undefined_box_stays_scalar(self):
        run_optimization = vector.VectorizingOptimizer.run_optimization

        def faulty_run_optimization(self, *args):
            oplist = run_optimization(self, *args)
            for op in oplist:
                if op.getopname() == 'vec_store':
                    # (a box of no operation, as the dropped copy was)
                    op.setarg(1, InputArgInt())
            return oplist
        vector.VectorizingOptimizer.run_optimization = faulty_run_optimization
        try:
            main = make_vector_main()
            res = self.meta_interp(main, [60], vec=True)
        finally:
            vector.VectorizingOptimizer.run_optimization = run_optimization
        assert res == main(60)
        for loop in get_stats().get_all_loops():
            for op in loop.operations:
                assert not op.getopname().startswith('vec_')
