"""Trace-shape tests of micronumpy's loops (loop.py) under rpython's
meta-interpreter: one fused loop per expression, no allocation or call
inside, vector operations where the vectorizer applies."""

from rpython.jit.metainterp.test.support import LLJitMixin
from rpython.jit.metainterp.warmspot import get_stats
from pypy.interpreter import opcodes as op
from pypy.objspace.objspace import ObjSpace
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy.concrete import new_array
from pypy.module.micronumpy.ndarray import W_NDArray
from pypy.module.micronumpy.reductions import reduce_flat

space = ObjSpace()
f8 = dt.float64_dtype


def whole_interpreter_seen(n):
    """The tests call into micronumpy directly; this never-taken call
    makes the annotator see the whole interpreter, as in pypy-c (methods
    reached through W_Root need the classes that define them)."""
    if n < 0:
        from pypy.interpreter.main import run
        run(space, ['pypy-c', '-c', 'pass'])


def filled_array(n, first):
    w_a = new_array(space, [n], f8)
    for i in range(n):
        f8.write_float(w_a.storage, i * 8, first + i)
    return w_a


def loop_ops():
    """Operation counts of the only loop compiled, its peeled preamble
    excluded."""
    return get_stats().check_simple_loop()


def assert_one_loop():
    """Exactly one loop was compiled (bridges from side exits aside)."""
    loops = get_stats().get_all_loops()
    print 'loops:', len(loops), 'loops+bridges:', get_stats().compiled_count
    assert len(loops) == 1


def assert_no_allocation_or_call(insns):
    bad = [name for name in insns
           if name.startswith('new') or name.startswith('call')]
    assert bad == [], insns


def assert_one_vector_loop(*vector_ops):
    """One loop, free of allocations and calls, using each of vector_ops;
    returns its operation counts."""
    assert_one_loop()
    insns = loop_ops()
    assert_no_allocation_or_call(insns)
    for name in vector_ops:
        assert insns.get(name, 0) >= 1, (name, insns)
    return insns


class TestMicronumpyJit(LLJitMixin):

    def test_add_chain_is_one_vectorized_loop(self):
        def main(n):
            whole_interpreter_seen(n)
            w_a = filled_array(n, 1.0)
            w_expr = w_a
            for k in range(4):
                w_expr = space.add(w_expr, w_a)
            w_result = w_expr.get_concrete(space)
            return f8.read_float(w_result.storage, (n - 1) * 8)

        n = 301
        result = self.meta_interp(main, [n], vec=True, listops=True, listcomp=True)
        assert result == 5.0 * n
        insns = assert_one_vector_loop('vec_load_f', 'vec_float_add',
                                       'vec_store')
        assert insns.get('float_add', 0) == 0
        # two vectors an iteration (patches/rpython/0014): each of the
        # four additions twice
        assert insns['vec_float_add'] == 2 * 4, insns

    def test_int64_add_sub_is_one_vectorized_loop(self):
        i8 = dt.int64_dtype

        def main(n):
            whole_interpreter_seen(n)
            w_a = new_array(space, [n], i8)
            for i in range(n):
                i8.write_int(w_a.storage, i * 8, i)
            w_expr = space.sub(space.add(space.add(w_a, w_a), w_a),
                               space.newint(7))
            w_result = w_expr.get_concrete(space)
            return i8.read_int(w_result.storage, (n - 1) * 8)

        n = 301
        result = self.meta_interp(main, [n], vec=True, listops=True, listcomp=True)
        assert result == 3 * (n - 1) - 7
        assert_one_vector_loop('vec_load_i', 'vec_int_add', 'vec_int_sub',
                               'vec_store')

    def test_int64_floordiv_and_mod_by_scalar_have_no_call(self):
        # the divisor is a constant of the compiled loop, so the JIT
        # multiplies by its inverse instead of calling a division
        i8 = dt.int64_dtype

        def main(n):
            whole_interpreter_seen(n)
            w_a = new_array(space, [n], i8)
            for i in range(n):
                i8.write_int(w_a.storage, i * 8, 5 * i - 100)
            w_quotient = space.binary_op(op.BIN_FLOORDIV, w_a,
                                         space.newint(7))
            w_remainder = space.binary_op(op.BIN_MOD, w_a, space.newint(7))
            w_expr = space.add(w_quotient, w_remainder)
            w_result = w_expr.get_concrete(space)
            return i8.read_int(w_result.storage, (n - 1) * 8)

        n = 301
        result = self.meta_interp(main, [n], vec=True, listops=True, listcomp=True)
        last = 5 * (n - 1) - 100
        assert result == last // 7 + last % 7
        assert_one_loop()
        insns = loop_ops()
        assert_no_allocation_or_call(insns)
        assert insns.get('uint_mul_high', 0) >= 1, insns

    def test_float32_add_mul_is_one_vectorized_loop(self):
        f4 = dt.float32_dtype

        def main(n):
            whole_interpreter_seen(n)
            w_a = new_array(space, [n], f4)
            for i in range(n):
                f4.write_float(w_a.storage, i * 4, 0.5 * i)
            w_expr = space.add(space.mul(w_a, w_a), w_a)
            w_result = w_expr.get_concrete(space)
            return f4.read_float(w_result.storage, (n - 1) * 4)

        n = 301
        result = self.meta_interp(main, [n], vec=True, listops=True, listcomp=True)
        assert result == 150.0 * 150.0 + 150.0
        insns = assert_one_vector_loop(
            'vec_load_i', 'vec_cast_singlefloat_to_float', 'vec_float_mul',
            'vec_float_add', 'vec_cast_float_to_singlefloat', 'vec_store')
        # each result rounded to float32 once, then stored as it is: no
        # widening and narrowing again before the store (patches/rpython/
        # 0010)
        assert insns['vec_cast_float_to_singlefloat'] == \
            2 * insns['vec_float_add']

    def test_int32_add_mul_sub_is_one_vectorized_loop(self):
        i4 = dt.int32_dtype

        def main(n):
            whole_interpreter_seen(n)
            w_a = new_array(space, [n], i4)
            for i in range(n):
                i4.write_int(w_a.storage, i * 4, i)
            w_expr = space.sub(space.mul(space.add(w_a, w_a), w_a), w_a)
            w_result = w_expr.get_concrete(space)
            return i4.read_int(w_result.storage, (n - 1) * 4)

        n = 301
        result = self.meta_interp(main, [n], vec=True, listops=True, listcomp=True)
        assert result == 2 * (n - 1) * (n - 1) - (n - 1)
        assert_one_vector_loop('vec_load_i', 'vec_int_add', 'vec_int_mul',
                               'vec_int_sub', 'vec_store')

    def test_inplace_add_is_one_vectorized_loop(self):
        def main(n):
            whole_interpreter_seen(n)
            w_a = filled_array(n, 1.0)
            w_b = filled_array(n, 2.0)
            space.inplace_op(op.BIN_ADD, w_a, w_b)
            return f8.read_float(w_a.storage, (n - 1) * 8)

        n = 301
        result = self.meta_interp(main, [n], vec=True, listops=True, listcomp=True)
        assert result == 2.0 * n + 1.0
        assert_one_vector_loop('vec_load_f', 'vec_float_add', 'vec_store')

    def test_inplace_mul_by_scalar_is_one_vectorized_loop(self):
        def main(n):
            whole_interpreter_seen(n)
            w_a = filled_array(n, 1.0)
            space.inplace_op(op.BIN_MUL, w_a, space.newfloat(2.0))
            return f8.read_float(w_a.storage, (n - 1) * 8)

        n = 301
        result = self.meta_interp(main, [n], vec=True, listops=True, listcomp=True)
        assert result == 2.0 * n
        assert_one_vector_loop('vec_load_f', 'vec_float_mul', 'vec_store')

    def test_comparison_is_one_loop_storing_a_word_per_eight(self):
        def main(n):
            whole_interpreter_seen(n)
            w_a = filled_array(n, 1.0)
            w_b = filled_array(n, -float(n // 2))
            for i in range(n):      # b: a's values backwards, from a third
                f8.write_float(w_b.storage, i * 8, float(n - i) - n / 3.0)
            w_c = space.compare(op.CMP_LT, w_a, w_b).get_concrete(space)
            count = 0
            for i in range(n):
                count += dt.bool_dtype.read_int(w_c.storage, i)
            return count

        n = 320
        result = self.meta_interp(main, [n], listops=True, listcomp=True)
        assert result == len([i for i in range(n)
                              if 1.0 + i < float(n - i) - n / 3.0])
        assert_one_loop()
        insns = loop_ops()
        assert_no_allocation_or_call(insns)
        # eight comparisons, one store, no guard on their results
        assert insns.get('float_lt', 0) + insns.get('float_gt', 0) == 8
        assert insns['raw_store'] == 1
        assert insns['guard_true'] + insns.get('guard_false', 0) == 1, insns

    def test_where_with_mixed_condition_is_one_loop_without_bridge(self):
        from pypy.module.micronumpy.ufuncs_app import call_where

        def main(n):
            whole_interpreter_seen(n)
            w_a = filled_array(n, 0.0)
            # true on every third element: a branch would fail its guard
            w_cond = new_array(space, [n], dt.bool_dtype)
            for i in range(0, n, 3):
                dt.bool_dtype.write_int(w_cond.storage, i, 1)
            w_expr = call_where(space, w_cond, w_a,
                                space.mul(w_a, space.newfloat(2.0)))
            w_result = w_expr.get_concrete(space)
            return (f8.read_float(w_result.storage, (n - 1) * 8) +
                    f8.read_float(w_result.storage, (n - 2) * 8))

        n = 301
        result = self.meta_interp(main, [n], listops=True, listcomp=True)
        assert result == (n - 1.0) + (n - 2.0) * 2
        assert_one_loop()
        assert get_stats().compiled_count == 1      # no bridge
        insns = loop_ops()
        assert_no_allocation_or_call(insns)
        assert insns.get('guard_true', 0) + insns.get('guard_false', 0) == 1

    def test_same_expression_shape_reuses_the_loop(self):
        def main(n):
            whole_interpreter_seen(n)
            total = 0.0
            for k in range(3):
                w_a = filled_array(n, float(k))
                w_result = space.mul(space.add(w_a, w_a), w_a)
                total += f8.read_float(
                    w_result.get_concrete(space).storage, 8)
            return total

        result = self.meta_interp(main, [100], listops=True, listcomp=True)
        assert result == sum([(k + 1.0) * 2 * (k + 1.0) for k in range(3)])
        assert_one_loop()

    def test_sum_of_product_is_pairwise_without_allocation(self):
        def main(n):
            whole_interpreter_seen(n)
            w_a = filled_array(n, 0.5)
            w_b = filled_array(n, 1.25)
            w_product = space.mul(w_a, w_b)
            assert isinstance(w_product, W_NDArray)
            w_sum = reduce_flat(space, 'sum', w_product, None)
            return space.float_w(w_sum)

        n = 3000     # many blocks: the split recursion runs in bridges
        result = self.meta_interp(main, [n], listops=True, listcomp=True)
        assert result == pairwise([(0.5 + i) * (1.25 + i) for i in range(n)])
        assert_one_loop()
        insns = loop_ops()
        assert_no_allocation_or_call(insns)
        assert insns['float_add'] == 8 and insns['float_mul'] == 8


    def test_matrix_vector_product_is_one_loop_without_allocation(
            self, monkeypatch):
        from pypy.module.micronumpy import blas
        from pypy.module.micronumpy.linalg import dot
        # the loop, not OpenBLAS, whichever test of this process loaded it
        missing = blas.OpenBlas()
        missing.load('')
        monkeypatch.setattr(blas, 'openblas', missing)

        def main(n):
            whole_interpreter_seen(n)
            w_m = filled_array(n * n, 1.0).view([n, n], [n * 8, 8], 0)
            w_v = filled_array(n, 0.5)
            w_r = dot(space, w_m, w_v)
            return f8.read_float(w_r.get_concrete(space).storage, 8)

        n = 40
        result = self.meta_interp(main, [n], listops=True, listcomp=True)
        assert result == sum([(1.0 + n + k) * (0.5 + k) for k in range(n)])
        assert_one_loop()
        insns = loop_ops()
        assert_no_allocation_or_call(insns)
        assert insns['float_mul'] == 2 and insns['float_add'] == 2


def pairwise(values):
    """NumPy's pairwise summation, written plainly as the reference."""
    n = len(values)
    if n < 8:
        result = 0.0
        for x in values:
            result += x
        return result
    if n <= 128:
        r = values[:8]
        i = 8
        while i < n - n % 8:
            for j in range(8):
                r[j] += values[i + j]
            i += 8
        result = ((r[0] + r[1]) + (r[2] + r[3])) + \
            ((r[4] + r[5]) + (r[6] + r[7]))
        while i < n:
            result += values[i]
            i += 1
        return result
    n2 = n // 2
    n2 -= n2 % 8
    return pairwise(values[:n2]) + pairwise(values[n2:])


class TestPythonLoopOverArrayJit(LLJitMixin):
    """`s += a[i]` written in Python: the eval loop's trace reads straight
    from the array's buffer, with no box and no call left."""

    def test_iterate_loop_reads_the_buffer_directly(self):
        from pypy.interpreter.test.support import function_from_source
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

        result = self.meta_interp(main, [200], listops=True, listcomp=True)
        assert result == sum([1.0 + i for i in range(200)])
        assert_one_loop()
        insns = loop_ops()
        assert_no_allocation_or_call(insns)
        # an array access at index i (indexing.float64_items): the form
        # the vectorizer follows under vec_all
        assert insns['getarrayitem_raw_f'] == 1
        assert insns['float_add'] == 1


class TestAxisSumJit(LLJitMixin):
    """Sums over the first axis: one loop nest in memory order."""

    def test_first_axis_sum_is_one_row_loop_without_allocation(self):
        from pypy.module.micronumpy.reductions import reduce_rows

        def main(n):
            rows = 7
            w_x = new_array(space, [rows, n], f8)
            for i in range(rows * n):
                f8.write_float(w_x.storage, i * 8, 0.5 + i)
            w_sum = reduce_rows(space, w_x, [n], 'add')
            return f8.read_float(w_sum.storage, (n - 1) * 8)

        n = 300
        result = self.meta_interp(main, [n], vec=True, listops=True, listcomp=True)
        assert result == sum([0.5 + k * n + n - 1 for k in range(7)])
        assert_one_vector_loop('vec_load_f', 'vec_float_add', 'vec_store')


class TestCastJit(LLJitMixin):
    """astype's cast loop: one compiled loop per dtype pair."""

    def test_float64_to_float32_cast_is_one_loop_without_allocation(self):
        from pypy.module.micronumpy.loop import cast_contiguous
        f4 = dt.float32_dtype

        def main(n, k):
            # the dtypes as run-time values, as astype passes them (a
            # constant green is refused)
            dtypes = [f8, f4]
            src_dtype = dtypes[k]
            dst_dtype = dtypes[1 - k]
            w_a = filled_array(n, 0.5)
            w_r = new_array(space, [n], dst_dtype, zero=False)
            cast_contiguous(src_dtype, dst_dtype, w_a.storage, w_r.storage, n)
            return dst_dtype.read_float(w_r.storage, (n - 1) * 4)

        n = 300
        result = self.meta_interp(main, [n, 0], vec=True, listops=True,
                                  listcomp=True)
        assert result == n - 0.5
        assert_one_vector_loop('vec_load_f', 'vec_cast_float_to_singlefloat',
                               'vec_store')


class TestAccumulateJit(LLJitMixin):
    """cumsum and cumprod: one compiled loop per dtype."""

    def test_cumsum_is_one_loop_without_allocation_or_call(self):
        from pypy.module.micronumpy.loop import accumulate_real_lane

        def main(n, k, stride):
            # the dtype, the operation and the stride as run-time values,
            # as accumulate passes them (a float dtype only would make the
            # integer accumulator a constant, which a red cannot be)
            dtypes = [f8, dt.int64_dtype]
            w_a = filled_array(n, 0.5)
            accumulate_real_lane(dtypes[k], k == 1, w_a.storage, 0, stride,
                                 n)
            return f8.read_float(w_a.storage, (n - 1) * 8)

        n = 300
        result = self.meta_interp(main, [n, 0, 8], listops=True,
                                  listcomp=True)
        assert result == sum([0.5 + i for i in range(n)])
        assert_one_loop()
        assert_no_allocation_or_call(loop_ops())


class TestIndexingJit(LLJitMixin):
    """Boolean masks, integer indices and random fills: one compiled loop
    each, stepping through raw memory without building offset lists."""

    def test_mask_select_is_one_loop_without_allocation(self):
        from pypy.module.micronumpy.loop import mask_select

        def main(n, k):
            dtypes = [f8, dt.int64_dtype]
            dtype = dtypes[k]
            w_a = filled_array(n, -100.5)
            w_mask = new_array(space, [n], dt.bool_dtype)
            for i in range(n):
                dt.bool_dtype.write_int(w_mask.storage, i,
                                        int(f8.read_float(w_a.storage,
                                                          i * 8) > 0.0))
            w_r = new_array(space, [n], dtype, zero=False)
            mask_select(dtype, w_mask.storage, w_a.storage, w_r.storage, n)
            return f8.read_float(w_r.storage, 0)

        n = 300
        result = self.meta_interp(main, [n, 0], listops=True, listcomp=True)
        assert result == 0.5
        assert_one_loop()
        assert_no_allocation_or_call(loop_ops())

    def test_take_is_one_loop_without_allocation(self):
        from pypy.module.micronumpy.loop import take_contiguous
        i8 = dt.int64_dtype

        def main(n, k):
            dtypes = [f8, i8]
            dtype = dtypes[k]
            w_a = filled_array(n, 0.5)
            w_idx = new_array(space, [n], i8)
            for i in range(n):
                i8.write_int(w_idx.storage, i * 8, -1 - i)
            w_r = new_array(space, [n], dtype, zero=False)
            bad = take_contiguous(dtype, w_a.storage, n, w_idx.storage,
                                  w_r.storage, n)
            return f8.read_float(w_r.storage, 0) + bad

        n = 300
        result = self.meta_interp(main, [n, 0], listops=True, listcomp=True)
        assert result == n - 0.5 - 1
        assert_one_loop()
        assert_no_allocation_or_call(loop_ops())

    def test_random_doubles_loop_has_no_call(self):
        from rpython.rlib.rrandom import Random
        from rpython.rlib.rarithmetic import r_uint
        from pypy.module.micronumpy.loop import random_doubles

        def main(n, seed):
            rng = Random(r_uint(seed))
            w_r = new_array(space, [n], f8, zero=False)
            random_doubles(rng, w_r.storage, n)
            # rng.random()'s numbers, across two refills of the state
            expected = Random(r_uint(seed))
            mismatches = 0
            for i in range(n):
                if f8.read_float(w_r.storage, i * 8) != expected.random():
                    mismatches += 1
            return mismatches

        result = self.meta_interp(main, [700, 5], listops=True, listcomp=True)
        assert result == 0
        assert_one_loop()
        assert_no_allocation_or_call(loop_ops())
