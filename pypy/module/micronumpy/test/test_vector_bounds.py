"""Loops under a vectorizing JitDriver (as loop.eval_vector) must stay in
bounds whatever the trip count and whichever trip count compiled them.

rpython 0.2.1 peels one scalar iteration in front of the vector loop when
a vector holds two items (float64, int64 on SSE).  That iteration's early
exit guard had no loop version attached: on x86 its jump stayed
unpatched, so when it failed (one item left) execution fell through into
the vector loop's exit, whose scalar version then stored one item past
the end.  Fixed by patches/rpython/0001-vecopt-align-guard-version.patch;
without it these runs overwrite the sentinel after the end.  They run on
the real x86 backend only: the llgraph backend interprets the same loops
some ten times slower and tells nothing more (it only stops on "this
guard must never fail").  float32 (four items a
vector) has no such iteration; float32 and int32 loops, addressed at
i * 4, were never vectorized before patches/rpython/0005.  int64 loops came out ill-formed until
patches/rpython/0004-vecopt-identity-index-var.patch (x + y - 7: the
int_add was dropped and its vec_int_sub read an undefined box).  Each
test runs twice: with the CPU's widest vector registers (AVX2's ymm where
it has them: patches/rpython/0015, four float64 a vector) and with SSE's."""

import py
from rpython.jit.metainterp.warmspot import get_stats
from rpython.rlib import jit
from rpython.rlib.jit import JitDriver
from rpython.rlib.unroll import unrolling_iterable
from rpython.rlib.rawstorage import (alloc_raw_storage, free_raw_storage,
                                     raw_storage_getitem, raw_storage_setitem)
from rpython.rtyper.lltypesystem import lltype, rffi
from rpython.rlib.rfloat import NAN
from rpython.rtyper.lltypesystem.module.ll_math import sqrt_nonneg
from pypy.module.micronumpy.test.x86backend import X86MetaInterp

FIRST_SIZES = [2, 3, 9, 22, 30]     # the trip count each loop is compiled on
SIZES = [2, 3, 9, 22, 30, 1, 0, 65]     # then reused on these
SENTINELS = 4
REPEATS = 6                         # enough to compile, then to run compiled


def make_kernel(TP, op):
    """An eval_vector-shaped loop: dst[i] = op(a[i], b[i]) over raw
    buffers, addressed as eval_vector does: 8-byte items by a byte offset
    stepped by addition, 4-byte items at i * 4 (which reaches the
    vectorizer as i << 2: patches/rpython/0005)."""
    itemsize = rffi.sizeof(TP)
    driver = JitDriver(greens=[], reds=['i', 'off', 'size', 'dst', 'a', 'b'],
                       vectorize=True)

    def kernel(dst, a, b, size):
        i = 0
        off = 0
        while i < size:
            driver.jit_merge_point(i=i, off=off, size=size, dst=dst, a=a, b=b)
            at = off if itemsize == 8 else i * itemsize
            x = raw_storage_getitem(TP, a, at)
            y = raw_storage_getitem(TP, b, at)
            raw_storage_setitem(dst, at, op(x, y))
            i += 1
            off += itemsize
    return kernel


def make_main(TP, op):
    """main() compiles one kernel per FIRST_SIZES entry, runs it on every
    size and returns 0, or 1000 * size + index of the first wrong item
    (an index >= size: a store past the end)."""
    itemsize = rffi.sizeof(TP)
    kernels = unrolling_iterable(
        [(first, make_kernel(TP, op)) for first in FIRST_SIZES])
    sentinel = rffi.cast(TP, -7.0)

    def fill(size):
        n = size + SENTINELS
        dst = alloc_raw_storage(n * itemsize, zero=True)
        a = alloc_raw_storage(n * itemsize, zero=True)
        b = alloc_raw_storage(n * itemsize, zero=True)
        for k in range(n):
            raw_storage_setitem(a, k * itemsize, rffi.cast(TP, float(k)))
            raw_storage_setitem(b, k * itemsize, rffi.cast(TP, float(k + 1)))
            raw_storage_setitem(dst, k * itemsize, sentinel)
        return dst, a, b

    def first_bad(dst, a, b, size):
        for k in range(size + SENTINELS):
            got = raw_storage_getitem(TP, dst, k * itemsize)
            if k < size:
                want = op(raw_storage_getitem(TP, a, k * itemsize),
                          raw_storage_getitem(TP, b, k * itemsize))
            else:
                want = sentinel
            # (no == on float32, no float() of an int32)
            if rffi.cast(lltype.Float, got) != rffi.cast(lltype.Float, want):
                return k
        return -1

    def main(n):
        for first, kernel in kernels:
            for size in [first] + SIZES:
                dst, a, b = fill(size)
                for r in range(REPEATS):
                    kernel(dst, a, b, size)
                bad = first_bad(dst, a, b, size)
                free_raw_storage(dst)
                free_raw_storage(a)
                free_raw_storage(b)
                if bad >= 0:
                    return size * 1000 + bad
        return 0
    return main


def float64_op(x, y):
    return x + y * 2.0 - x


def float64_sqrt_op(x, y):
    # (the call of math.sqrt becomes the vectorizer's FLOAT_SQRT)
    return sqrt_nonneg(x * y) - x


def int64_op(x, y):
    return x + y - 7            # (no SSE multiply for int64)


def int32_op(x, y):
    # (SSE4.1 multiplies int32 lanes: PMULLD)
    sx = rffi.cast(lltype.Signed, x)
    return rffi.cast(rffi.INT, sx * rffi.cast(lltype.Signed, y) + sx - 7)


def float32_op(x, y):
    return rffi.cast(rffi.FLOAT, float(x) * float(y) + 1.5)


def float32_div_op(x, y):
    # as ufuncs.float_div: the zero test is a vector compare whose first
    # operand, y, is used again by the division
    # (enough arithmetic around it for the cost model to vectorize)
    fx = float(x)
    fy = float(y)
    t = ((fx * fy + fx) * fy - fx) * fy + fx
    if fy == 0.0:
        return rffi.cast(rffi.FLOAT, 0.0)
    return rffi.cast(rffi.FLOAT, ((t / fy - fx) * fy + fx) * fy - fx)


def vector_ops_compiled():
    """Names of the vector operations in the loops compiled."""
    names = {}
    for loop in get_stats().get_all_loops():
        for op in loop.operations:
            if op.getopname().startswith('vec_'):
                names[op.getopname()] = None
    return names


def make_cast_main(first_size):
    """main(0) runs astype's float64 -> float32 cast loop (loop.
    cast_contiguous), compiled on first_size items, on every size, as
    make_main does: 0, or 1000 * size + index of the first wrong item."""
    from pypy.module.micronumpy import descriptor as dt
    from pypy.module.micronumpy.loop import cast_contiguous
    sentinel = -7.0

    def main(n):
        # the dtypes as run-time values, as astype passes them (a constant
        # green is refused)
        dtypes = [dt.float64_dtype, dt.float32_dtype]
        src_dtype = dtypes[n]
        dst_dtype = dtypes[1 - n]
        for size in [first_size] + SIZES:
            src = alloc_raw_storage((size + SENTINELS) * 8, zero=True)
            dst = alloc_raw_storage((size + SENTINELS) * 4, zero=True)
            for k in range(size + SENTINELS):
                src_dtype.write_float(src, k * 8, k + 0.25)
                dst_dtype.write_float(dst, k * 4, sentinel)
            for r in range(REPEATS):
                cast_contiguous(src_dtype, dst_dtype, src, dst, size)
            bad = -1
            for k in range(size + SENTINELS):
                want = k + 0.25 if k < size else sentinel
                if dst_dtype.read_float(dst, k * 4) != want:
                    bad = k
                    break
            free_raw_storage(src)
            free_raw_storage(dst)
            if bad >= 0:
                return size * 1000 + bad
        return 0
    return main


def float32_quotient(x, y, x2, y2, x3):
    """(x * y + x) / y - x in float32 as the lazy tree computes it, each
    leaf loaded on its own; y == 0 is a guard per item."""
    t = float(rffi.cast(rffi.FLOAT, float(rffi.cast(
        rffi.FLOAT, float(x) * float(y))) + float(x2)))
    fy = float(y2)
    if fy == 0.0:
        return rffi.cast(rffi.FLOAT, 0.0)
    q = float(rffi.cast(rffi.FLOAT, t / fy))
    return rffi.cast(rffi.FLOAT, q - float(x3))


def make_five_load_main():
    """main(n): float32_quotient over 200 + n items, compiled and run six
    times; the number of wrong items."""
    F = rffi.FLOAT
    driver = JitDriver(greens=[], reds=['i', 'size', 'dst', 'xs', 'ys'],
                       vectorize=True)

    def kernel(dst, xs, ys, size):
        i = 0
        while i < size:
            driver.jit_merge_point(i=i, size=size, dst=dst, xs=xs, ys=ys)
            at = i * 4
            raw_storage_setitem(dst, at, float32_quotient(
                raw_storage_getitem(F, xs, at), raw_storage_getitem(F, ys, at),
                raw_storage_getitem(F, xs, at), raw_storage_getitem(F, ys, at),
                raw_storage_getitem(F, xs, at)))
            i += 1

    def main(n):
        size = 200 + n
        xs = alloc_raw_storage(size * 4, zero=True)
        ys = alloc_raw_storage(size * 4, zero=True)
        dst = alloc_raw_storage(size * 4, zero=True)
        for k in range(size):
            x = float(rffi.cast(F, 0.1 * (k + 1)))
            raw_storage_setitem(xs, k * 4, rffi.cast(F, x))
            raw_storage_setitem(ys, k * 4, rffi.cast(F, 1.5 - x))
        for r in range(REPEATS):
            kernel(dst, xs, ys, size)
        bad = 0
        for k in range(size):
            x = raw_storage_getitem(F, xs, k * 4)
            y = raw_storage_getitem(F, ys, k * 4)
            want = float32_quotient(x, y, x, y, x)
            if float(raw_storage_getitem(F, dst, k * 4)) != float(want):
                bad += 1
        free_raw_storage(xs)
        free_raw_storage(ys)
        free_raw_storage(dst)
        return bad
    return main


@jit.oopspec('math.fmax(x, y)')
def larger(x, y):
    """x > y ? x : y: the JIT's FLOAT_MAX (MAXSD, MAXPD in vector loops:
    patches/rpython/0019)."""
    return x if x > y else y


@jit.oopspec('math.fmin(x, y)')
def smaller(x, y):
    """x < y ? x : y: FLOAT_MIN (MINSD, MINPD)."""
    return x if x < y else y


def make_best_main(is_max):
    """main(0) runs a search for a NaN, then a loop of larger() or
    smaller() of each item and the best so far (MAXPD or MINPD on an
    accumulator) compiled on each of FIRST_SIZES, over every
    size with no NaN or one at each position; 0, or 1000 * size + the
    NaN's position (size: none) of the first wrong result."""
    kernels = []
    for first in FIRST_SIZES:
        nan_driver = JitDriver(greens=[], reds=['i', 'off', 'size', 'a'],
                               vectorize=True)
        best_driver = JitDriver(greens=[],
                                reds=['i', 'off', 'size', 'a', 'best'],
                                vectorize=True)

        def nan_at(a, size, nan_driver=nan_driver):
            i = 0
            off = 0
            while i < size:
                nan_driver.jit_merge_point(i=i, off=off, size=size, a=a)
                x = raw_storage_getitem(lltype.Float, a, off)
                if x != x:
                    return i
                i += 1
                off += 8
            return size

        def best_of(a, size, best_driver=best_driver):
            best = raw_storage_getitem(lltype.Float, a, 0)
            i = 0
            off = 0
            while i < size:
                best_driver.jit_merge_point(i=i, off=off, size=size, a=a,
                                            best=best)
                x = raw_storage_getitem(lltype.Float, a, off)
                best = larger(x, best) if is_max else smaller(x, best)
                i += 1
                off += 8
            return best

        def kernel(a, size, nan_at=nan_at, best_of=best_of):
            if nan_at(a, size) < size:
                return NAN
            return best_of(a, size)
        kernels.append((first, kernel))
    kernels = unrolling_iterable(kernels)

    def expected(a, size):
        best = raw_storage_getitem(lltype.Float, a, 0)
        for k in range(size):
            x = raw_storage_getitem(lltype.Float, a, k * 8)
            if x != x:
                return x
            if (x > best) if is_max else (x < best):
                best = x
        return best

    def main(n):
        for first, kernel in kernels:
            for size in [first] + SIZES:
                if size == 0:
                    continue
                a = alloc_raw_storage(size * 8, zero=True)
                for nan_at in range(size + 1):
                    for k in range(size):
                        # ties, negative zeros and the best at every place
                        x = float((k * 7919 + first) % 23 - 11) * 0.5
                        raw_storage_setitem(a, k * 8,
                                            -0.0 if x == 0.0 else x)
                    if nan_at < size:
                        raw_storage_setitem(a, nan_at * 8, NAN)
                    got = 0.0
                    for r in range(REPEATS):
                        got = kernel(a, size)
                    want = expected(a, size)
                    if not (got == want or got != got and want != want):
                        free_raw_storage(a)
                        return size * 1000 + nan_at
                free_raw_storage(a)
        return 0
    return main


def make_guarded_best_main():
    """main(0): the max of x / (x + 1) over 40 items, by a loop that checks
    each divisor (a guard per item, which a vector loop tests two at a
    time) and keeps the max in larger(): 0 if right, else 1."""
    driver = JitDriver(greens=[], reds=['i', 'off', 'size', 'a', 'best'],
                       vectorize=True)

    def best_quotient(a, size):
        best = -1e300
        i = 0
        off = 0
        while i < size:
            driver.jit_merge_point(i=i, off=off, size=size, a=a, best=best)
            x = raw_storage_getitem(lltype.Float, a, off)
            d = x + 1.0
            if d == 0.0:
                return NAN
            best = larger(x / d, best)
            i += 1
            off += 8
        return best

    def main(n):
        size = 40 + n
        a = alloc_raw_storage(size * 8, zero=True)
        for k in range(size):
            raw_storage_setitem(a, k * 8, float((k * 7) % 40))
        got = 0.0
        for r in range(REPEATS):
            got = best_quotient(a, size)
        free_raw_storage(a)
        return 0 if got == 39.0 / 40.0 else 1
    return main


class TestX86(X86MetaInterp):
    """The real assembler: a store past the end shows in the sentinel."""
    vec_wide = 1    # (the CPU's widest vector registers: AVX2's ymm)

    def run(self, TP, op):
        res = self.meta_interp(make_main(TP, op), [0], vec=True,
                               vec_wide=self.vec_wide)
        assert res == 0, "size %d, item %d" % (res // 1000, res % 1000)
        assert vector_ops_compiled()       # else this tests nothing

    def test_float64_stays_in_bounds(self):
        self.run(rffi.DOUBLE, float64_op)

    def test_float64_square_roots_are_vector_operations(self):
        self.run(rffi.DOUBLE, float64_sqrt_op)
        assert 'vec_float_sqrt' in vector_ops_compiled()

    def test_int64_stays_in_bounds(self):
        self.run(lltype.Signed, int64_op)

    def test_float32_stays_in_bounds(self):
        self.run(rffi.FLOAT, float32_op)

    def test_int32_stays_in_bounds(self):
        self.run(rffi.INT, int32_op)

    def test_float32_division_keeps_its_divisor(self):
        self.run(rffi.FLOAT, float32_div_op)

    def test_float32_division_of_five_loads_is_exact(self):
        # a guard per item: the vector loop holds one vector of each
        # operand (patches/rpython/0014 computed wrong items with two)
        res = self.meta_interp(make_five_load_main(), [0], vec=True,
                               vec_wide=self.vec_wide)
        assert res == 0
        assert vector_ops_compiled()

    def test_max_and_min_are_vector_operations(self):
        for is_max, name in [(True, 'vec_float_max'),
                             (False, 'vec_float_min')]:
            res = self.meta_interp(make_best_main(is_max), [0], vec=True,
                                   vec_wide=self.vec_wide)
            assert res == 0, "size %d, NaN at %d" % (res // 1000, res % 1000)
            assert name in vector_ops_compiled()
            assert 'vec_float_ne' in vector_ops_compiled()

    def test_max_with_a_guard_per_item_is_right(self):
        # (the vector guard's exit cannot keep the accumulator: no vectors)
        res = self.meta_interp(make_guarded_best_main(), [0], vec=True,
                               vec_wide=self.vec_wide)
        assert res == 0

    def test_float64_to_float32_cast_stays_in_bounds(self):
        # float64 and float32 items side by side: two and four a vector
        for first_size in [9, 30]:
            res = self.meta_interp(make_cast_main(first_size), [0], vec=True,
                                   vec_wide=self.vec_wide)
            assert res == 0, "size %d, item %d" % (res // 1000, res % 1000)
            assert vector_ops_compiled()


class TestX86Narrow(TestX86):
    """The same loops on SSE's xmm registers only (what a CPU without
    AVX2 runs: test_vector_avx2.py)."""
    vec_wide = 0
