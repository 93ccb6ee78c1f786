"""Signature interning, the tree walk of lazy.py and the index arithmetic
shared by the loops (strides.index_offset)."""

from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy import signature as sg
from pypy.module.micronumpy import ufuncs as uf
from pypy.module.micronumpy.lazy import operand, reads_buffer, walk_leaves
from pypy.module.micronumpy.strides import index_offset
from pypy.module.micronumpy.test.test_zjit import filled_array, space

f8 = dt.float64_dtype
i8 = dt.int64_dtype


def test_equal_trees_share_one_signature():
    leaf = sg.array_leaf_sig(f8, True, 1)
    assert sg.array_leaf_sig(f8, True, 1) is leaf
    assert sg.array_leaf_sig(f8, False, 1) is not leaf
    assert sg.array_leaf_sig(f8, True, 2) is not leaf
    assert sg.array_leaf_sig(i8, True, 1) is not leaf
    scalar = sg.scalar_sig(f8)
    assert sg.scalar_sig(f8) is scalar
    assert sg.scalar_sig(i8) is not scalar

    add = sg.call2_sig(uf.ADD, f8, f8, leaf, scalar)
    assert sg.call2_sig(uf.ADD, f8, f8, leaf, scalar) is add
    assert sg.call2_sig(uf.ADD, f8, f8, scalar, leaf) is not add
    assert sg.call2_sig(uf.SUB, f8, f8, leaf, scalar) is not add
    assert sg.call2_sig(uf.LT, f8, dt.bool_dtype, leaf, scalar) is not add
    # unary and binary op numbers overlap (NEG == ADD): separate caches
    neg = sg.call1_sig(uf.NEG, f8, f8, add)
    assert neg is not add and isinstance(neg, sg.Call1Sig)
    assert sg.call1_sig(uf.NEG, f8, f8, add) is neg
    assert sg.call1_sig(uf.CAST, f8, i8, add) is not neg
    cond = sg.call2_sig(uf.LT, f8, dt.bool_dtype, leaf, scalar)
    where = sg.where_sig(f8, cond, add, neg)
    assert sg.where_sig(f8, cond, add, neg) is where
    assert sg.where_sig(f8, cond, neg, add) is not where
    assert where.key() == 'W(float64,%s,%s,%s)' % (cond.key(), add.key(),
                                                    neg.key())


def test_expressions_built_twice_get_the_same_signature():
    w_a = filled_array(5, 1.0)
    w_b = filled_array(5, 2.0)
    sigs = []
    for k in range(2):
        w_expr = space.add(space.mul(w_a, w_b), w_a)
        sigs.append(w_expr.sig)
    assert sigs[0] is sigs[1]
    assert space.sub(space.mul(w_a, w_b), w_a).sig is not sigs[0]


def test_walk_leaves_visits_leaves_left_to_right_and_stops():
    w_a = filled_array(4, 1.0)
    w_b = filled_array(4, 2.0)
    w_c = filled_array(4, 3.0)
    w_expr = space.add(space.mul(w_a, w_b), w_c)
    seen = []

    def visit(leaf, stop_at):
        seen.append(leaf.w_array)
        return leaf.w_array is stop_at
    assert not walk_leaves(w_expr, visit, None)
    assert seen == [w_a, w_b, w_c]
    del seen[:]
    assert walk_leaves(w_expr, visit, w_b)
    assert seen == [w_a, w_b]
    assert reads_buffer(w_expr, w_c.buffer)
    assert not reads_buffer(w_expr, filled_array(4, 0.0).buffer)
    leaf, _, _ = operand(space, w_a, w_a.shape)
    assert reads_buffer(leaf, w_a.buffer)


def test_index_offset():
    # C order over shape (2, 3, 4) with strides (96, 32, 8)
    shape, strides = [2, 3, 4], [96, 32, 8]
    for index in range(24):
        i, j, k = index // 12, index // 4 % 3, index % 4
        assert index_offset(index, shape, strides, 3) == \
            i * 96 + j * 32 + k * 8
    # over the first two axes only (rows of the last one)
    assert index_offset(4, shape, strides, 2) == 96 + 32
    assert index_offset(0, shape, strides, 0) == 0
    # zero-length axes are skipped (no division by zero)
    assert index_offset(0, [0, 3], [24, 8], 2) == 0


def test_read_as_float():
    w_f = filled_array(2, 1.5)
    assert f8.read_as_float(w_f.storage, 8) == 2.5
    u8 = dt.uint64_dtype
    w_u = filled_array(1, 0.0)
    u8.write_int(w_u.storage, 0, -1)
    assert u8.read_as_float(w_u.storage, 0) == 18446744073709551615.0
    i8.write_int(w_u.storage, 0, -3)
    assert i8.read_as_float(w_u.storage, 0) == -3.0


def test_an_expression_used_twice_is_computed_once():
    from pypy.module.micronumpy.lazy import W_LazyArray, current_tree
    from pypy.module.micronumpy.ndarray import W_NDArray
    w_a = filled_array(5, 1.0)                         # 1 .. 5
    w_x = space.mul(w_a, space.newfloat(2.0))          # pending
    w_diff = space.sub(w_x, w_a)                        # x inlined
    assert w_x.inlined and w_x.w_forced is None
    w_sq = space.mul(w_x, w_x)                         # second use
    assert w_x.w_forced is not None                    # computed, once
    w_y = space.add(w_diff, w_sq)
    # x - a was built before x was computed: it now reads x's result
    w_tree = current_tree(space, w_diff)
    assert w_tree is not w_diff and not reads_x_tree(w_tree, w_x)
    w_res = w_y.get_concrete(space)
    got = [f8.read_float(w_res.storage, 8 * i) for i in range(5)]
    assert got == [2.0 * k - k + 4.0 * k * k for k in range(1, 6)]
    # a tree without computed parts is evaluated as it is
    w_z = space.add(w_a, w_a)
    assert current_tree(space, w_z) is w_z


def reads_x_tree(node, w_x):
    from pypy.module.micronumpy.lazy import Call1, Call2
    if node is w_x:
        return True
    if isinstance(node, Call1):
        return reads_x_tree(node.child, w_x)
    if isinstance(node, Call2):
        return reads_x_tree(node.left, w_x) or reads_x_tree(node.right, w_x)
    return False


def test_a_computed_result_written_into_is_computed_again():
    from pypy.module.micronumpy.lazy import current_tree, prepare_write
    w_a = filled_array(4, 1.0)
    w_b = space.add(w_a, w_a)                          # 2 4 6 8
    w_c = space.mul(w_b, space.newfloat(3.0))          # b inlined
    w_res_b = w_b.get_concrete(space)
    f8.write_float(w_res_b.storage, 16, 7.0)           # as b[2] = 7 does
    prepare_write(space, w_res_b)
    w_tree = current_tree(space, w_c)
    assert reads_x_tree(w_tree, w_b)                   # not the result
    w_res = w_c.get_concrete(space)
    got = [f8.read_float(w_res.storage, 8 * i) for i in range(4)]
    assert got == [6.0, 12.0, 18.0, 24.0]
