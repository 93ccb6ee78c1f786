"""Pending expressions must be indistinguishable from eager evaluation:
every write into an array forces the expressions that read it first,
through any view, and fused kernels give NumPy's values exactly."""
import numpy as np
from ulp import tolerance


def test_write_after_expression_sees_old_values():
    a = np.arange(5.0)
    b = a * 2 + 1
    a[0] = 100.0
    a += 1
    assert b.tolist() == [1.0, 3.0, 5.0, 7.0, 9.0]
    assert a.tolist() == [101.0, 2.0, 3.0, 4.0, 5.0]


def test_write_through_a_view_forces_readers_of_the_base():
    a = np.arange(6.0)
    b = a + 0.5
    v = a[2:4]
    v[:] = -1.0
    assert b.tolist() == [0.5, 1.5, 2.5, 3.5, 4.5, 5.5]
    assert a.tolist() == [0.0, 1.0, -1.0, -1.0, 4.0, 5.0]


def test_expression_reading_a_view_sees_values_before_base_write():
    a = np.arange(6.0)
    b = a[::2] * 10
    a[:] = 0.0
    assert b.tolist() == [0.0, 20.0, 40.0]


def test_out_argument_forces_readers():
    a = np.arange(4.0)
    b = a * a
    np.add(a, 1.0, out=a)
    assert b.tolist() == [0.0, 1.0, 4.0, 9.0]
    assert a.tolist() == [1.0, 2.0, 3.0, 4.0]


def test_overlapping_inplace_add():
    a = np.arange(10.0)
    a[1:] += a[:-1]
    assert a.tolist() == [0.0, 1.0, 3.0, 5.0, 7.0, 9.0, 11.0, 13.0, 15.0,
                          17.0]


def test_overlapping_assignment_reversed():
    a = np.arange(6)
    a[:] = a[::-1]
    assert a.tolist() == [5, 4, 3, 2, 1, 0]
    b = np.arange(6)
    b[1:] = b[:-1] * 2
    assert b.tolist() == [0, 0, 2, 4, 6, 8]


def test_expression_of_expression_after_mutation():
    a = np.ones(4)
    b = a + a
    c = b * 3
    a[1] = 5.0
    b[2] = 7.0
    assert c.tolist() == [6.0, 6.0, 6.0, 6.0]
    assert b.tolist() == [2.0, 2.0, 7.0, 2.0]


def test_shared_subexpression_used_before_and_after_mutation():
    a = np.arange(6.0)
    x = a * 2.0                  # pending, used three times below
    first = x - 1.0              # built before x is computed
    second = x * x               # the second use computes x
    a[0] = 100.0                 # must not leak into any of them
    third = x + a
    assert first.tolist() == [-1.0, 1.0, 3.0, 5.0, 7.0, 9.0]
    assert second.tolist() == [0.0, 4.0, 16.0, 36.0, 64.0, 100.0]
    assert third.tolist() == [100.0, 3.0, 6.0, 9.0, 12.0, 15.0]
    y = a
    for _ in range(30):          # y used twice per step: no blow-up
        y = y * 0.5 + y
    assert y[1] == 1.5 ** 30


def test_int64_expressions_wrap_in_vector_loops():
    big = 2 ** 63 - 1            # np.iinfo(np.int64).max
    for n in [1, 2, 3, 7, 64, 1001]:
        a = np.full(n, big - 1, dtype=np.int64)
        b = np.arange(n, dtype=np.int64)
        r = a + b - a + a + 3
        assert (r - a - 3).tolist() == list(range(n))    # modular
        assert r.dtype == np.int64
        assert r[-1] == ((big - 1 + n - 1 + 3 + 2 ** 63) % 2 ** 64) - 2 ** 63


def test_int32_expressions_wrap_in_vector_loops():
    big = 2 ** 31 - 1
    for n in [1, 2, 3, 4, 5, 7, 64, 1001]:
        a = np.full(n, big - 1, dtype=np.int32)
        b = np.arange(n, dtype=np.int32)
        r = a + b - a + a + np.int32(3)
        assert r.dtype == np.int32
        assert (r - a - np.int32(3)).tolist() == list(range(n))
        assert r[-1] == ((big - 1 + n - 1 + 3 + 2 ** 31) % 2 ** 32) - 2 ** 31


def test_float32_expressions_in_vector_loops():
    for n in [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 31, 1001]:
        for start in [0, 1, 3]:
            x = np.arange(n + start, dtype=np.float32)[start:] * \
                np.float32(0.1)
            y = np.float32(1.5) - x
            r = (x * y + x) / y - x
            assert r.dtype == np.float32
            want = [np.float32(np.float32(np.float32(
                np.float32(a * b) + a) / b) - a)
                    for a, b in zip(x.tolist(), y.tolist())]
            assert r.tolist() == [float(w) for w in want]
    big = np.array([3e38, -3e38, 1.0, np.nan], dtype=np.float32)
    with np.errstate(all='ignore'):
        r = big + big - big
    assert r.tolist()[:3] == [float('inf'), float('-inf'), 1.0]
    assert r[3] != r[3]


def test_long_chain_is_bounded_and_exact():
    a = np.zeros(3)
    for i in range(1000):
        a = a + 1
    assert a.tolist() == [1000.0, 1000.0, 1000.0]
    b = np.arange(3)
    for i in range(100):
        b = b * 1 + i
    assert b.tolist() == [4950, 4951, 4952]


def test_integer_wraparound_in_fused_kernel():
    a = np.array([120, 127, -128], dtype=np.int8)
    assert (a + a).tolist() == [-16, -2, 0]
    assert (a * 3 + 1).tolist() == [105, 126, -127]
    u = np.array([250, 5], dtype=np.uint8)
    assert (u + np.uint8(10)).tolist() == [4, 15]


def test_division_by_zero_values():
    with np.errstate(all='ignore'):
        a = np.array([1.0, -1.0, 0.0])
        r = a / 0.0
        assert r[0] == np.inf and r[1] == -np.inf and r[2] != r[2]
        i = np.array([7, -7, 0])
        assert (i // 0).tolist() == [0, 0, 0]
        assert (i % 0).tolist() == [0, 0, 0]
        assert (i // 2).tolist() == [3, -4, 0]
        assert (i % 3).tolist() == [1, 2, 0]


def test_promotion_inside_a_tree():
    i = np.arange(3)
    f = np.arange(3, dtype=np.float32)
    r = i * 2 + f
    assert r.dtype == np.float64
    assert (f * 2 + f).dtype == np.float32
    assert (i / 2).dtype == np.float64
    assert (i / 2).tolist() == [0.0, 0.5, 1.0]
    assert (f + 1.5).dtype == np.float32
    assert (i + 1.5).dtype == np.float64


def test_astype_and_broadcast_inside_a_tree():
    a = np.arange(6.0).reshape(2, 3)
    r = (a + np.arange(3.0)).astype(np.int32) * 2
    assert r.dtype == np.int32
    assert r.tolist() == [[0, 4, 8], [6, 10, 14]]
    col = np.array([[10.0], [20.0]])
    assert (a * col + 1).tolist() == [[1.0, 11.0, 21.0], [61.0, 81.0, 101.0]]


def test_nan_and_inf_propagate():
    a = np.array([np.nan, np.inf, -np.inf, 1.0])
    with np.errstate(invalid="ignore"):
        r = a * 0 + 1
    assert r[0] != r[0] and r[1] != r[1] and r[2] != r[2] and r[3] == 1.0
    assert np.isnan(np.max(a))
    assert np.isnan(a.sum())


def test_reductions_of_expressions_match_numpy_bit_for_bit():
    n = 100003
    a = np.arange(n) * 0.1
    b = np.ones(n) * 0.3
    c = np.arange(n) * 1e-3
    s = (a * b + c).sum()
    assert s == 155007750.093
    assert (a * b).mean() == 1500.03
    # sin's results depend on the CPU NumPy runs on: the sum of the pending
    # sin(a) is, bit for bit, the sum of its values in an array, and near
    # the sum NumPy gives with the C library's sin: n values within sin's
    # ulps (an ulp is at most 2 ** -52 where |sin| <= 1), and two sums'
    # rounding errors (pairwise sums: < 30 additions deep)
    s = np.sum(np.sin(a))
    assert s == np.sum(np.array(np.sin(a).tolist()))
    bound = n * (tolerance('sin') * 2.0 ** -52 + 2 * 30 * 2.0 ** -53)
    assert abs(s - 18.464644783179626) <= bound


def test_dot_of_expressions():
    a = np.arange(1000) * 0.5
    b = np.ones(1000) + 1
    assert np.dot(a + 1, b) == 501500.0
    assert (a + 1) @ b == 501500.0


def test_readers_forced_before_sort_and_fill():
    a = np.array([3.0, 1.0, 2.0])
    b = a + 1
    a.sort()
    assert b.tolist() == [4.0, 2.0, 3.0]
    c = a * 2
    a.fill(0.0)
    assert c.tolist() == [2.0, 4.0, 6.0]


def test_where_fuses_and_sees_old_values():
    x = np.arange(-3.0, 4.0)
    w = np.where(x > 0, x * 2, -x)
    x[:] = 0.0
    assert w.tolist() == [3.0, 2.0, 1.0, 0.0, 2.0, 4.0, 6.0]
    c = np.array([1, 0, 2])
    assert np.where(c, 1.5, -1).tolist() == [1.5, -1.0, 1.5]
    assert np.where(c > 0, c, 0).dtype == c.dtype
    assert np.where(True, 1, 2).shape == ()
    m = np.arange(6.0).reshape(2, 3)
    assert np.where(m > 2, m, np.arange(3.0)).tolist() == [[0.0, 1.0, 2.0],
                                                           [3.0, 4.0, 5.0]]


def test_where_selects_exact_values_of_every_dtype():
    inf, nan = float("inf"), float("nan")
    x = np.array([0.0, -0.0, inf, -inf, nan, 1e-310, 2.5])
    c = np.array([True, False, True, False, True, False, True])
    r = np.where(c, x, -x)
    assert [str(v) for v in r.tolist()] == [
        "0.0", "0.0", "inf", "inf", "nan", "-1e-310", "2.5"]
    assert [str(v) for v in np.where(c, -0.0, 0.0).tolist()] == \
        ["-0.0", "0.0", "-0.0", "0.0", "-0.0", "0.0", "-0.0"]
    i = np.array([-2 ** 63, 2 ** 63 - 1, 0, -1, 5, 6, 7])
    assert np.where(c, i, i + 1).tolist() == \
        [-2 ** 63, -2 ** 63, 0, 0, 5, 7, 7]
    u = np.array([2 ** 64 - 1, 3], dtype=np.uint64)
    assert np.where([False, True], u, u - 1).tolist() == [2 ** 64 - 2, 3]
    b = np.array([True, False, True])
    assert np.where(b, ~b, b).tolist() == [False, False, False]
    f = np.array([1.5, 2.5, 3.5], dtype=np.float32)
    r = np.where(f > 2.0, f * 2, f)
    assert r.dtype == np.float32 and r.tolist() == [1.5, 5.0, 7.0]
    assert np.where(np.arange(6) % 3 == 0, 1.0, 0.0).sum() == 2.0
    # the condition as ints, broadcasting a column of conditions
    m = np.where(np.array([[1], [0]]), np.arange(3.0), -1.0)
    assert m.tolist() == [[0.0, 1.0, 2.0], [-1.0, -1.0, -1.0]]


def test_axis_reductions_add_slices_in_order():
    b = (np.arange(105.0).reshape(5, 3, 7) * 1.1 - 0.3) * 1e10 / 7.0
    for axis in range(3):
        lead = (slice(None),) * axis
        expected = 0.0 + b[lead + (0,)]
        for k in range(1, b.shape[axis]):
            expected = expected + b[lead + (k,)]
        assert (b.sum(axis=axis) == expected).all()
        assert (b.mean(axis=axis) == expected / b.shape[axis]).all()
    assert b.max(axis=1, keepdims=True).shape == (5, 1, 7)
    z = np.array([[-0.0, -0.0]])
    assert str(z.sum(axis=0)) == '[0. 0.]'


def kernel_stays_in_bounds(first_size):
    # the loop is compiled on `first_size` elements, then reused
    for size in [first_size, 2, 3, 9, 22, 30, 4095, 4096, 4097, 5001]:
        x = np.zeros(size + 4)
        x[size:] = -7.0
        a = np.arange(float(size))
        b = np.ones(size)
        for k in range(40 if size > 100 else 3000):
            x[:size] = a + b * 2.0 - a
        assert x[size:].tolist() == [-7.0] * 4, size
        assert x[:size].tolist() == [2.0] * size, size


def test_kernel_compiled_on_2_elements_stays_in_bounds():
    kernel_stays_in_bounds(2)


def test_kernel_compiled_on_9_elements_stays_in_bounds():
    kernel_stays_in_bounds(9)


def test_kernel_compiled_on_22_elements_stays_in_bounds():
    kernel_stays_in_bounds(22)


def test_kernel_compiled_on_4096_elements_stays_in_bounds():
    kernel_stays_in_bounds(4096)
