"""Trace-shape tests of micronumpy's loops (loop.py) under rpython's
meta-interpreter: one fused loop per expression, no allocation or call
inside, vector operations where the vectorizer applies.

Every case below is a function of (n, k) returning a float. They are
annotated, rtyped and rewritten by the JIT together, once per process,
with the whole interpreter (as in pypy-c: methods reached through W_Root
need the classes that define them): that build takes minutes, the run of
one case seconds. Each test runs its case on a JIT reset to no loops and
checks what that case compiled."""

import sys
from rpython.jit.codewriter import codewriter
from rpython.jit.metainterp import pyjitpl
from rpython.jit.metainterp.optimizeopt.vector import VECTORS_PER_ITERATION
from rpython.jit.metainterp.test.support import LLJitMixin
from rpython.jit.metainterp.warmspot import ll_meta_interp, reset_jit
from rpython.rlib.rarithmetic import r_uint
from rpython.rlib.rrandom import Random
from rpython.rlib.unroll import unrolling_iterable
from pypy.interpreter import opcodes as op
from pypy.interpreter.test.support import function_from_source
from pypy.objspace.objspace import ObjSpace
from pypy.module.micronumpy import blas
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy import loop
from pypy.module.micronumpy.concrete import new_array
from pypy.module.micronumpy.linalg import dot
from pypy.module.micronumpy.ndarray import W_NDArray
from pypy.module.micronumpy.reductions import reduce_rows
from pypy.module.micronumpy.flatreductions import reduce_flat
from pypy.module.micronumpy.ufuncs_app import call_where

space = ObjSpace()
f8 = dt.float64_dtype
f4 = dt.float32_dtype
i8 = dt.int64_dtype
i4 = dt.int32_dtype
c16 = dt.complex128_dtype

CASES = []      # (function, vectorize), in the order they are declared


def case(vectorize):
    """Declares a case: a function of (n, k) returning a float, run with
    the vectorizer on or off."""
    def declare(function):
        CASES.append((function, vectorize))
        return function
    return declare


def filled_array(n, first):
    w_a = new_array(space, [n], f8)
    for i in range(n):
        f8.write_float(w_a.storage, i * 8, first + i)
    return w_a


# ____________________________________________________________
# the cases

@case(vectorize=True)
def add_chain(n, k):
    w_a = filled_array(n, 1.0)
    w_expr = w_a
    for j in range(4):
        w_expr = space.add(w_expr, w_a)
    w_result = w_expr.get_concrete(space)
    return f8.read_float(w_result.storage, (n - 1) * 8)


@case(vectorize=True)
def int64_add_sub(n, k):
    w_a = new_array(space, [n], i8)
    for i in range(n):
        i8.write_int(w_a.storage, i * 8, i)
    w_expr = space.sub(space.add(space.add(w_a, w_a), w_a), space.newint(7))
    w_result = w_expr.get_concrete(space)
    return float(i8.read_int(w_result.storage, (n - 1) * 8))


@case(vectorize=True)
def int64_floordiv_and_mod_by_scalar(n, k):
    w_a = new_array(space, [n], i8)
    for i in range(n):
        i8.write_int(w_a.storage, i * 8, 5 * i - 100)
    w_quotient = space.binary_op(op.BIN_FLOORDIV, w_a, space.newint(7))
    w_remainder = space.binary_op(op.BIN_MOD, w_a, space.newint(7))
    w_result = space.add(w_quotient, w_remainder).get_concrete(space)
    return float(i8.read_int(w_result.storage, (n - 1) * 8))


@case(vectorize=True)
def float32_add_mul(n, k):
    w_a = new_array(space, [n], f4)
    for i in range(n):
        f4.write_float(w_a.storage, i * 4, 0.5 * i)
    w_result = space.add(space.mul(w_a, w_a), w_a).get_concrete(space)
    return f4.read_float(w_result.storage, (n - 1) * 4)


@case(vectorize=True)
def int32_add_mul_sub(n, k):
    w_a = new_array(space, [n], i4)
    for i in range(n):
        i4.write_int(w_a.storage, i * 4, i)
    w_expr = space.sub(space.mul(space.add(w_a, w_a), w_a), w_a)
    w_result = w_expr.get_concrete(space)
    return float(i4.read_int(w_result.storage, (n - 1) * 4))


@case(vectorize=True)
def inplace_add(n, k):
    w_a = filled_array(n, 1.0)
    w_b = filled_array(n, 2.0)
    space.inplace_op(op.BIN_ADD, w_a, w_b)
    return f8.read_float(w_a.storage, (n - 1) * 8)


@case(vectorize=True)
def inplace_mul_by_scalar(n, k):
    w_a = filled_array(n, 1.0)
    space.inplace_op(op.BIN_MUL, w_a, space.newfloat(2.0))
    return f8.read_float(w_a.storage, (n - 1) * 8)


@case(vectorize=False)
def comparison(n, k):
    w_a = filled_array(n, 1.0)
    w_b = filled_array(n, 0.0)
    for i in range(n):      # b: a's values backwards, from a third
        f8.write_float(w_b.storage, i * 8, float(n - i) - n / 3.0)
    w_c = space.compare(op.CMP_LT, w_a, w_b).get_concrete(space)
    count = 0
    for i in range(n):
        count += dt.bool_dtype.read_int(w_c.storage, i)
    return float(count)


@case(vectorize=False)
def where_with_mixed_condition(n, k):
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


@case(vectorize=False)
def same_expression_shape_three_times(n, k):
    total = 0.0
    for j in range(3):
        w_a = filled_array(n, float(j))
        w_result = space.mul(space.add(w_a, w_a), w_a)
        total += f8.read_float(w_result.get_concrete(space).storage, 8)
    return total


@case(vectorize=False)
def sum_of_product(n, k):
    w_a = filled_array(n, 0.5)
    w_b = filled_array(n, 1.25)
    w_product = space.mul(w_a, w_b)
    assert isinstance(w_product, W_NDArray)
    return space.float_w(reduce_flat(space, 'sum', w_product, None))


@case(vectorize=False)
def float_max(n, k):
    w_a = filled_array(n, 0.5)
    f8.write_float(w_a.storage, 8, 1e9)    # no later block is better
    return space.float_w(reduce_flat(space, 'max', w_a, None))


@case(vectorize=False)
def matrix_vector_product(n, k):
    w_m = filled_array(n * n, 1.0).view([n, n], [n * 8, 8], 0)
    w_v = filled_array(n, 0.5)
    w_r = dot(space, w_m, w_v)
    return f8.read_float(w_r.get_concrete(space).storage, 8)


def compiled_function(source, name):
    """function_from_source, with the host's recursion limit kept: the
    untranslated compiler raises it to 20000, and a runaway recursion in
    the build or a run below then overflows the host's C stack (a
    segfault that ends the xdist worker) instead of raising RuntimeError."""
    limit = sys.getrecursionlimit()
    try:
        return function_from_source(space, source, name)
    finally:
        sys.setrecursionlimit(limit)


w_sum_of_items = compiled_function("def f(a, n):\n"
                                   "    s = 0.0\n"
                                   "    for i in range(n):\n"
                                   "        s += a[i]\n"
                                   "    return s\n", 'f')


@case(vectorize=False)
def python_loop_over_array(n, k):
    w_a = filled_array(n, 1.0)
    return space.float_w(space.call_function(w_sum_of_items, w_a,
                                             space.newint(n)))


w_build_expressions = compiled_function("def f(a, b, n):\n"
                                        "    for i in range(n):\n"
                                        "        c = a * b + a - b\n"
                                        "    return c[0]\n", 'f')


@case(vectorize=False)
def python_loop_building_expressions(n, k):
    return space.float_w(space.call_function(
        w_build_expressions, filled_array(4, 1.0), filled_array(4, 3.0),
        space.newint(n)))


@case(vectorize=True)
def first_axis_sum(n, k):
    rows = 7
    w_x = new_array(space, [rows, n], f8)
    for i in range(rows * n):
        f8.write_float(w_x.storage, i * 8, 0.5 + i)
    w_sum = reduce_rows(space, w_x, [n], 'add')
    return f8.read_float(w_sum.storage, (n - 1) * 8)


@case(vectorize=True)
def float64_to_float32_cast(n, k):
    # the dtypes as run-time values, as astype passes them
    dtypes = [f8, f4]
    src_dtype = dtypes[k]
    dst_dtype = dtypes[1 - k]
    w_a = filled_array(n, 0.5)
    w_r = new_array(space, [n], dst_dtype, zero=False)
    loop.cast_contiguous(src_dtype, dst_dtype, w_a.storage, w_r.storage, n)
    return dst_dtype.read_float(w_r.storage, (n - 1) * 4)


@case(vectorize=False)
def arange_int64(n, k):
    w_r = new_array(space, [n], i8, zero=False)
    loop.arange_ints(i8, w_r.storage, n, 5 + k, 3)
    return float(i8.read_int(w_r.storage, (n - 1) * 8))


@case(vectorize=False)
def cumsum(n, k):
    # the dtype, the operation and the stride as run-time values, as
    # accumulate passes them
    dtypes = [f8, i8]
    w_a = filled_array(n, 0.5)
    loop.accumulate_real_lane(dtypes[k], k == 1, w_a.storage, 0, 8 << k, n)
    return f8.read_float(w_a.storage, (n - 1) * 8)


@case(vectorize=False)
def mask_select(n, k):
    dtypes = [f8, i8]
    dtype = dtypes[k]
    w_a = filled_array(n, -100.5)
    w_mask = new_array(space, [n], dt.bool_dtype)
    for i in range(n):
        dt.bool_dtype.write_int(
            w_mask.storage, i, int(f8.read_float(w_a.storage, i * 8) > 0.0))
    w_r = new_array(space, [n], dtype, zero=False)
    loop.mask_select(dtype, w_mask.storage, w_a.storage, w_r.storage, n)
    return f8.read_float(w_r.storage, 0)


@case(vectorize=False)
def take(n, k):
    dtypes = [f8, i8]
    dtype = dtypes[k]
    w_a = filled_array(n, 0.5)
    w_idx = new_array(space, [n], i8)
    for i in range(n):
        i8.write_int(w_idx.storage, i * 8, -1 - i)
    w_r = new_array(space, [n], dtype, zero=False)
    bad = loop.take_contiguous(dtype, w_a.storage, n, w_idx.storage,
                               w_r.storage, n)
    return f8.read_float(w_r.storage, 0) + bad


@case(vectorize=False)
def random_doubles(n, seed):
    rng = Random(r_uint(seed))
    w_r = new_array(space, [n], f8, zero=False)
    loop.random_doubles(rng, w_r.storage, n)
    # rng.random()'s numbers, across two refills of the state
    expected = Random(r_uint(seed))
    mismatches = 0
    for i in range(n):
        if f8.read_float(w_r.storage, i * 8) != expected.random():
            mismatches += 1
    return float(mismatches)


def filled_complex(n, first):
    w_a = new_array(space, [n], c16)
    for i in range(n):
        c16.write_complex(w_a.storage, i * 16, first + i, 0.5 * i)
    return w_a


@case(vectorize=False)
def complex_expression(n, k):
    w_a = filled_complex(n, 1.0)
    w_b = filled_complex(n, 2.0)
    w_expr = space.sub(space.add(space.mul(w_a, w_b), w_a),
                       space.newcomplex(0.0, 1.0))
    w_result = w_expr.get_concrete(space)
    return c16.read_imag(w_result.storage, (n - 1) * 16)


@case(vectorize=True)
def complex_sum_difference(n, k):
    w_a = filled_complex(n, 1.0)
    w_b = filled_complex(n, 2.0)
    w_expr = space.sub(space.add(w_a, w_b), w_a)
    w_result = w_expr.get_concrete(space)
    return c16.read_imag(w_result.storage, (n - 1) * 16)


# ____________________________________________________________
# one build of all cases

unrolling_cases = unrolling_iterable(
    [(index, function) for index, (function, _) in enumerate(CASES)])


def main(which, n, k):
    if which < 0:       # never: the whole interpreter is annotated
        from pypy.interpreter.main import run
        run(space, ['pypy-c', '-c', 'pass'])
        return 0.0
    for index, function in unrolling_cases:
        if index == which:
            return function(n, k)
    raise ValueError


class CaseBuild(object):
    """main() annotated, rtyped and rewritten by the JIT: the llinterpreter
    and the graph to run, and the JIT's warm-runner description."""

    def __init__(self):
        # the loops, not OpenBLAS, whichever test of this process loaded it
        missing = blas.OpenBlas()
        missing.load('')
        saved_openblas, blas.openblas = blas.openblas, missing
        saved_debug, codewriter.CodeWriter.debug = \
            codewriter.CodeWriter.debug, True
        try:
            self.interp, self.graph = ll_meta_interp(
                main, [0, 1, 0], CPUClass=LLJitMixin.CPUClass,
                listops=True, listcomp=True, graph_and_interp_only=True)
        finally:
            blas.openblas = saved_openblas
            codewriter.CodeWriter.debug = saved_debug
        self.warmrunnerdesc = pyjitpl._warmrunnerdesc

    def run(self, function, n, k=0):
        """function(n, k) on a JIT reset to no loops and no counts: the
        stats then describe the loops this run compiled."""
        for which, (declared, vectorize) in enumerate(CASES):
            if declared is function:
                break
        else:
            raise KeyError(function)
        pyjitpl._warmrunnerdesc = self.warmrunnerdesc
        reset_jit()
        for jd in self.warmrunnerdesc.jitdrivers_sd:
            jd.warmstate.set_param_vec(vectorize)
        return self.interp.eval_graph(self.graph, [which, n, k])


_build = []


def run_case(function, n, k=0):
    if not _build:
        try:
            _build.append(CaseBuild())
        except Exception:       # reported by every test, built once
            _build.append(sys.exc_info())
    if isinstance(_build[0], tuple):
        exc_type, value, tb = _build[0]
        raise exc_type, value, tb
    return _build[0].run(function, n, k)


def stats():
    return _build[0].warmrunnerdesc.stats


def loop_ops():
    """Operation counts of the only loop compiled, its peeled preamble
    excluded."""
    return stats().check_simple_loop()


def assert_one_loop():
    """Exactly one loop was compiled (bridges from side exits aside)."""
    loops = stats().get_all_loops()
    print 'loops:', len(loops), 'loops+bridges:', stats().compiled_count
    assert len(loops) == 1


def assert_no_allocation_or_call(insns):
    bad = [name for name in insns
           if name.startswith('new') or name.startswith('call')]
    assert bad == [], insns


def assert_one_clean_loop(*ops):
    """One loop, free of allocations and calls, using each of ops;
    returns its operation counts."""
    assert_one_loop()
    insns = loop_ops()
    assert_no_allocation_or_call(insns)
    for name in ops:
        assert insns.get(name, 0) >= 1, (name, insns)
    return insns


# ____________________________________________________________
# the tests

def test_add_chain_is_one_vectorized_loop():
    n = 301
    assert run_case(add_chain, n) == 5.0 * n
    insns = assert_one_clean_loop('vec_load_f', 'vec_float_add',
                                   'vec_store')
    assert insns.get('float_add', 0) == 0
    # several vectors an iteration (patches/rpython/0014): each of the
    # four additions once per vector
    assert insns['vec_float_add'] == VECTORS_PER_ITERATION * 4, insns


def test_int64_add_sub_is_one_vectorized_loop():
    n = 301
    assert run_case(int64_add_sub, n) == 3 * (n - 1) - 7
    assert_one_clean_loop('vec_load_i', 'vec_int_add', 'vec_int_sub',
                           'vec_store')


def test_int64_floordiv_and_mod_by_scalar_have_no_call():
    # the divisor is a constant of the compiled loop, so the JIT
    # multiplies by its inverse instead of calling a division
    n = 301
    last = 5 * (n - 1) - 100
    assert run_case(int64_floordiv_and_mod_by_scalar, n) == \
        last // 7 + last % 7
    insns = assert_one_clean_loop()
    assert insns.get('uint_mul_high', 0) >= 1, insns


def test_float32_add_mul_is_one_vectorized_loop():
    n = 301
    assert run_case(float32_add_mul, n) == 150.0 * 150.0 + 150.0
    insns = assert_one_clean_loop(
        'vec_load_i', 'vec_cast_singlefloat_to_float', 'vec_float_mul',
        'vec_float_add', 'vec_cast_float_to_singlefloat', 'vec_store')
    # each result rounded to float32 once, then stored as it is: no
    # widening and narrowing again before the store (patches/rpython/0010)
    assert insns['vec_cast_float_to_singlefloat'] == \
        2 * insns['vec_float_add']


def test_int32_add_mul_sub_is_one_vectorized_loop():
    n = 301
    assert run_case(int32_add_mul_sub, n) == 2 * (n - 1) * (n - 1) - (n - 1)
    assert_one_clean_loop('vec_load_i', 'vec_int_add', 'vec_int_mul',
                           'vec_int_sub', 'vec_store')


def test_inplace_add_is_one_vectorized_loop():
    n = 301
    assert run_case(inplace_add, n) == 2.0 * n + 1.0
    assert_one_clean_loop('vec_load_f', 'vec_float_add', 'vec_store')


def test_inplace_mul_by_scalar_is_one_vectorized_loop():
    n = 301
    assert run_case(inplace_mul_by_scalar, n) == 2.0 * n
    assert_one_clean_loop('vec_load_f', 'vec_float_mul', 'vec_store')


def test_comparison_is_one_loop_storing_a_word_per_eight():
    n = 320
    assert run_case(comparison, n) == len(
        [i for i in range(n) if 1.0 + i < float(n - i) - n / 3.0])
    insns = assert_one_clean_loop()
    # eight comparisons, one store, no guard on their results
    assert insns.get('float_lt', 0) + insns.get('float_gt', 0) == 8
    assert insns['raw_store'] == 1
    assert insns['guard_true'] + insns.get('guard_false', 0) == 1, insns


def test_where_with_mixed_condition_is_one_loop_without_bridge():
    n = 301
    assert run_case(where_with_mixed_condition, n) == \
        (n - 1.0) + (n - 2.0) * 2
    insns = assert_one_clean_loop()
    assert stats().compiled_count == 1      # no bridge
    assert insns.get('guard_true', 0) + insns.get('guard_false', 0) == 1


def test_same_expression_shape_reuses_the_loop():
    assert run_case(same_expression_shape_three_times, 100) == \
        sum([(j + 1.0) * 2 * (j + 1.0) for j in range(3)])
    assert_one_loop()


def test_sum_of_product_is_pairwise_without_allocation():
    n = 3000     # many blocks, five levels of halves
    assert run_case(sum_of_product, n) == \
        pairwise([(0.5 + i) * (1.25 + i) for i in range(n)])
    insns = assert_one_clean_loop()
    assert insns['float_add'] == 8 and insns['float_mul'] == 8
    # between blocks: one bridge per number of halves a block ends
    assert stats().compiled_count <= 6


def test_max_compares_eight_elements_before_one_guard():
    assert run_case(float_max, 301) == 1e9
    insns = assert_one_clean_loop()
    assert insns['float_le'] == 8, insns
    # the block's and the loop end's (the best so far is not a NaN: a
    # check of the preamble only, the best being unchanged in the loop)
    assert insns.get('guard_true', 0) + insns.get('guard_false', 0) == 2


def test_matrix_vector_product_is_one_loop_without_allocation():
    n = 40
    assert run_case(matrix_vector_product, n) == \
        sum([(1.0 + n + j) * (0.5 + j) for j in range(n)])
    insns = assert_one_clean_loop()
    assert insns['float_mul'] == 2 and insns['float_add'] == 2


def test_python_loop_over_array_reads_the_buffer_directly():
    # `s += a[i]` written in Python: the eval loop's trace reads straight
    # from the array's buffer, with no box and no call left
    assert run_case(python_loop_over_array, 200) == \
        sum([1.0 + i for i in range(200)])
    insns = assert_one_clean_loop()
    # an array access at index i (indexing.float64_items): the form the
    # vectorizer follows under vec_all
    assert insns['getarrayitem_raw_f'] == 1
    assert insns['float_add'] == 1


def test_python_loop_building_expressions_looks_up_no_signature():
    # each operator's node gets its tree's signature at trace time (the
    # lookup is elidable on constant children): no residual call may take
    # the operands out of the JIT's sight in between
    assert run_case(python_loop_building_expressions, 300) == 1.0 * 3 - 2
    called = [str(op) for loop in stats().get_all_loops()
              for op in loop.operations
              if op.getopname().startswith('call')]
    for name in ['call1_sig', 'call2_sig', 'check_loop']:
        assert [text for text in called if name in text] == []


def test_first_axis_sum_is_one_row_loop_without_allocation():
    # sums over the first axis: one loop nest in memory order
    n = 300
    assert run_case(first_axis_sum, n) == \
        sum([0.5 + j * n + n - 1 for j in range(7)])
    assert_one_clean_loop('vec_load_f', 'vec_float_add', 'vec_store')


def test_float64_to_float32_cast_is_one_loop_without_allocation():
    n = 300
    assert run_case(float64_to_float32_cast, n) == n - 0.5
    assert_one_clean_loop('vec_load_f', 'vec_cast_float_to_singlefloat',
                           'vec_store')


def test_arange_stores_four_elements_an_iteration():
    n = 301
    assert run_case(arange_int64, n) == 5 + 3 * (n - 1)
    insns = assert_one_clean_loop()
    assert insns['raw_store'] == 4, insns
    assert insns.get('guard_true', 0) + insns.get('guard_false', 0) == 1


def test_cumsum_is_one_loop_without_allocation_or_call():
    n = 300
    assert run_case(cumsum, n) == sum([0.5 + i for i in range(n)])
    assert_one_clean_loop()


def test_mask_select_is_one_loop_without_allocation():
    assert run_case(mask_select, 300) == 0.5
    assert_one_clean_loop()


def test_take_is_one_loop_without_allocation():
    n = 300
    assert run_case(take, n) == n - 0.5 - 1
    assert_one_clean_loop()


def test_complex_sum_and_difference_are_one_vector_loop_of_parts():
    # complex128 + and - act on real and imaginary parts alike: one
    # vectorized float64 loop over twice the elements
    n = 301
    assert run_case(complex_sum_difference, n) == 0.5 * (n - 1)  # b's
    assert_one_clean_loop('vec_load_f', 'vec_float_add', 'vec_float_sub',
                          'vec_store')


def test_complex_expression_is_one_fused_loop():
    # a * b + a - 1j over complex128: one loop, each element's parts as
    # two floats (no tuple or box allocated), one guard (the loop's end)
    n = 301
    x = n - 1
    a = complex(1.0 + x, 0.5 * x)
    b = complex(2.0 + x, 0.5 * x)
    assert run_case(complex_expression, n) == (a * b + a - 1j).imag
    insns = assert_one_clean_loop('float_mul', 'float_add', 'float_sub')
    assert insns['float_mul'] == 4, insns
    assert insns['raw_store'] == 2, insns
    assert insns.get('guard_true', 0) + insns.get('guard_false', 0) == 1


def test_random_doubles_loop_has_no_call():
    assert run_case(random_doubles, 700, k=5) == 0
    assert_one_clean_loop()


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
