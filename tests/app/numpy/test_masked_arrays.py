"""numpy.ma: masked arrays. Each test evaluates expressions here and under
CPython + NumPy (numpy_oracle, in tests/app/support) and asserts the same
type, repr and str, or the same exception."""

from numpy_oracle import assert_same_as_numpy

INTS = "a = np.ma.array([1, 2, 3, 4], mask=[0, 1, 0, 0])\n"
FLOATS = ("x = np.ma.array([[1.5, -2.0, 0.0], [4.0, 9.0, -1.0]],\n"
          "                mask=[[0, 0, 1], [0, 1, 0]])\n")


def test_import_forms():
    import numpy as np
    import numpy.ma
    from numpy.ma import masked_array
    assert numpy.ma is np.ma
    assert masked_array is np.ma.MaskedArray
    assert np.ma.masked_array is np.ma.MaskedArray


def test_constructors_and_printing():
    assert_same_as_numpy(INTS + FLOATS, [
        "a", "str(a)", "x", "str(x)",
        "np.ma.array([1.0, 2.5, 3.0])",
        "np.ma.array([1, 2], mask=[0, 0])",
        "np.ma.array([1, 2], mask=True)",
        "np.ma.array([1, 2], mask=False)",
        "np.ma.array([1, 2, 3], mask=1)",
        "np.ma.masked_array([1, 2, 3], mask=[1, 0, 0], fill_value=-1)",
        "np.ma.array([1, 2], dtype=np.float32, mask=[0, 1])",
        "np.ma.array([1, 2], dtype=np.int32)",
        "np.ma.array([True, False], mask=[1, 0])",
        "np.ma.array([], dtype=float)",
        "np.ma.array(5)", "np.ma.array(5.0, mask=True)",
        "str(np.ma.array(5.0, mask=True))",
        "np.ma.array([1, np.ma.masked, 3])",
        "np.ma.array(np.ma.array([1, 2], mask=[1, 0]), mask=[0, 1])",
        "np.ma.array(np.arange(40.0), mask=np.arange(40) % 3 == 0)",
        "str(np.ma.array(np.arange(40.0), mask=np.arange(40) % 3 == 0))",
        "np.ma.array(np.arange(2000), mask=np.arange(2000) % 2 == 0)",
        "np.ma.array(np.arange(2000.0) / 3)",
        "np.ma.array(np.arange(24).reshape(2, 3, 4),"
        " mask=np.arange(24) % 5 == 0)",
        "str(np.ma.array(np.arange(24).reshape(2, 3, 4),"
        " mask=np.arange(24) % 5 == 0))",
        "np.ma.array([[1, 2, 3]], mask=[[0, 1, 0]])",
        "np.ma.array(np.arange(3000).reshape(3, 1000),"
        " mask=np.arange(3000) % 7 == 0)",
        "np.ma.array(np.arange(3000.0).reshape(1000, 3))",
        "np.ma.array(np.arange(40000).reshape(200, 200),"
        " mask=np.eye(200))",
        "np.ma.array(np.zeros((2, 0)))",
        "np.ma.array([1+2j, 3-1j], mask=[0, 1])",
        "np.ma.array([0.1 + 0.2, np.nan, 1e-20, 12345.0], mask=[0, 0, 0, 1])",
        "np.ma.array([1, -2, 3], dtype=np.int8, mask=[0, 1, 0])",
        "np.ma.array([1, 2], mask=[0, 1, 1])",
        "np.ma.masked", "str(np.ma.masked)", "np.ma.nomask",
        "format(np.ma.masked)", "'%s' % np.ma.masked",
    ])
    assert_same_as_numpy("np.set_printoptions(precision=3, linewidth=40)\n", [
        "np.ma.array([[1.0, 2.0], [4.0, 5.0]], mask=[[0, 1], [0, 0]]) / 3",
        "np.ma.array(np.arange(20.0) / 7, mask=np.arange(20) % 4 == 0)",
        "str(np.ma.array(np.arange(20.0) / 7, mask=np.arange(20) % 4 == 0))",
    ])


def test_data_mask_and_fill_value():
    assert_same_as_numpy(INTS + FLOATS, [
        "a.data", "a.mask", "a.fill_value", "x.fill_value",
        "np.ma.array([1.0], dtype=np.float32).fill_value",
        "np.ma.array([True]).fill_value",
        "np.ma.array([1, 2]).mask",
        "a.filled()", "a.filled(0)", "x.filled(-9.5)", "a.compressed()",
        "x.compressed()", "np.ma.filled(a, 7)", "np.ma.filled([1, 2])",
        "a.count()", "x.count()", "x.count(axis=0)", "x.count(axis=1)",
        "np.ma.count(a)", "np.ma.array([1, 2]).count(axis=0)",
        "np.ma.getmask(a)", "np.ma.getmask([1, 2])",
        "np.ma.getmaskarray(np.ma.array([1, 2]))", "np.ma.getdata(a)",
        "np.ma.getdata([1, 2])", "np.ma.is_masked(a)",
        "np.ma.is_masked(np.ma.array([1, 2], mask=[0, 0]))",
        "np.ma.is_masked([1, 2])", "a.shape", "x.ndim", "x.size",
        "x.dtype == np.float64", "len(a)", "a.tolist()", "x.tolist()",
        "x.T", "x.ravel()", "x.reshape(3, 2)",
    ])


def test_setting_the_fill_value_and_mask():
    assert_same_as_numpy(
        INTS + "a.fill_value = -5\n"
        "b = np.ma.array([1.0, 2.0, 3.0])\n"
        "b.mask = [0, 1, 0]\n"
        "c = np.ma.array([1, 2])\n"
        "c.fill_value = 2.7\n"
        "d = np.ma.array([1, 2, 3], mask=[1, 0, 0])\n"
        "d.mask = np.ma.nomask\n"
        "e = np.ma.array([1, 2, 3])\n"
        "e.mask = True\n"
        "hard = np.ma.array([1, 2, 3], mask=[1, 0, 0], hard_mask=True)\n"
        "hard[0] = 5\n"
        "hard[1] = 9\n"
        "hard.mask = [False, False, True]\n", [
            "a", "a.filled()", "b", "c", "c.fill_value", "d", "e", "hard",
            "a.astype(np.float32)", "c.astype(np.float64)",
            "a.data.base is not None",
            "np.ma.array([1, 2], fill_value='x')",
        ])


def test_masking_functions():
    assert_same_as_numpy(
        "v = np.array([1.0, 2.0, np.nan, 4.0, np.inf, 2.0])\n", [
            "np.ma.masked_where(v > 2, v)",
            "np.ma.masked_where([False] * 6, v)",
            "np.ma.masked_where([True, False], v)",
            "np.ma.masked_equal(v, 2.0)", "np.ma.masked_not_equal(v, 2.0)",
            "np.ma.masked_greater(v, 2.0)",
            "np.ma.masked_greater_equal(v, 2.0)",
            "np.ma.masked_less(v, 2.0)", "np.ma.masked_less_equal(v, 2.0)",
            "np.ma.masked_inside(v, 1.5, 3.0)",
            "np.ma.masked_outside(v, 1.5, 3.0)",
            "np.ma.masked_invalid(v)",
            "np.ma.masked_invalid([1.0, 2.0])",
            "np.ma.masked_values([1.0, 1.1, 1.0000001, 3.0], 1.0)",
            "np.ma.masked_values([1, 2, 1], 1)",
            "np.ma.masked_values([1, 2, 1], 5)",
            "np.ma.masked_where(np.ma.array([1, 2, 3]) > 1,"
            " np.ma.array([1, 2, 3], mask=[1, 0, 0]))",
            "np.ma.masked_equal([1, 2, 1], 1).fill_value",
        ])


def test_arithmetic():
    assert_same_as_numpy(
        INTS + FLOATS + "b = np.ma.array([4, 3, 2, 1], mask=[0, 0, 1, 0])\n"
        "plain = np.array([10, 20, 30, 40])\n", [
            "a + b", "a - b", "a * b", "a + 1", "1 + a", "a * 2.5",
            "a - plain", "plain - a", "plain * a", "a + plain[::-1]",
            "-a", "abs(-a)", "a ** 2", "2 ** a", "a % 3", "a & 1",
            "x + x", "x * 2", "x - x.T.T", "x + np.ma.array([1.0, 2.0, 3.0])",
            "a + np.ma.masked", "np.ma.masked + 1", "np.ma.masked * a",
            "np.ma.array(5) + 1", "a[0] + a[2]",
            "np.ma.add(a, b)", "np.ma.multiply(x, x)",
            "np.ma.array([1.0, 2.0], mask=[0, 1]) + 0.5",
            "~a", "~np.ma.array([True, False, True], mask=[0, 1, 0])", "+a",
            "a + [1, 2, 3, 4]", "[1, 2, 3, 4] - a", "np.float64(2) * a",
            "np.int64(1) - a", "a * np.float32(2)",
        ])


def test_division_masks_division_by_zero():
    assert_same_as_numpy(
        INTS + "z = np.ma.array([0, 2, 0, 1], mask=[0, 0, 0, 1])\n"
        "f = np.ma.array([1.0, -1.0, 0.0, 2.0])\n", [
            "a / z", "a // z", "a % z", "f / 0", "f / 0.0", "1 / f",
            "f // 0.0", "np.ma.divide(a, z)", "np.ma.true_divide(f, f)",
            "np.ma.floor_divide(a, 0)", "np.ma.remainder(f, 0)",
            "np.ma.fmod(a, z)", "np.ma.array([1, 2]) / 0",
            "str(np.ma.array([1, 2]) / 0)", "f ** -1", "f ** 0.5",
            "a / 0", "np.ma.array(1.0) / 0",
        ])


def test_comparisons():
    assert_same_as_numpy(
        INTS + "b = np.ma.array([1, 5, 3, 0], mask=[0, 0, 1, 0])\n"
        "c = np.ma.array([1, 2, 3, 4], mask=[0, 0, 0, 0])\n", [
            "a == b", "a != b", "a < b", "a <= b", "a > b", "a >= b",
            "a == 3", "a > 2", "a == a", "c == c", "c < 2",
            "a == np.array([1, 2, 0, 4])", "np.array([1, 2, 0, 4]) > a",
            "np.ma.equal(a, b)", "np.ma.less(a, b)", "a[1] == 1",
        ])
    assert_same_as_numpy(INTS + "a.fill_value = 5\n", ["a == 1"])
    assert_same_as_numpy(INTS, ["a == None", "a != None", "a == 'text'"])


def test_unary_functions_mask_their_invalid_domain():
    assert_same_as_numpy(
        "v = np.ma.array([4.0, -1.0, 0.0, 1.0, 2.0], mask=[0, 0, 0, 0, 1])\n",
        [
            "np.ma.sqrt(v)", "np.ma.log(v)", "np.ma.log10(v)",
            "np.ma.log2(v)", "np.ma.exp(v)", "np.ma.sin(v)",
            "np.ma.arcsin(v / 2)", "np.ma.arccos(v)", "np.ma.arccosh(v)",
            "np.ma.absolute(v)", "np.ma.abs(v)", "np.ma.negative(v)",
            "np.ma.sqrt(np.ma.array([1.0, 4.0]))",
            "np.ma.sqrt(-1.0)", "np.ma.sqrt(4.0)", "np.ma.log([1.0, 0.0])",
            "np.ma.exp(np.ma.array([1.0, 1000.0]))",
            "np.ma.sqrt(np.ma.masked)", "np.ma.sqrt(np.ma.array([9]))",
        ])


def test_reductions():
    assert_same_as_numpy(INTS + FLOATS, [
        "a.sum()", "a.prod()", "a.mean()", "a.min()", "a.max()",
        "a.argmin()", "a.argmax()", "a.var()", "a.std()",
        "x.sum()", "x.sum(axis=0)", "x.sum(axis=1)", "x.prod(axis=0)",
        "x.mean()", "x.mean(axis=0)", "x.mean(axis=1)",
        "x.min(axis=0)", "x.max(axis=1)", "x.argmin(axis=1)",
        "x.argmax(axis=0)", "x.var(axis=0)", "x.std(axis=1)",
        "x.var(ddof=1)", "x.std()",
        "np.ma.sum(a)", "np.ma.mean(x, axis=0)", "np.ma.max(a)",
        "np.ma.min(x, axis=1)", "np.ma.std(a)", "np.ma.var(x)",
        "np.ma.argmax(a)", "np.ma.prod(a)",
        "np.ma.array([1, 2], mask=True).sum()",
        "np.ma.array([1, 2], mask=True).mean()",
        "np.ma.array([1, 2], mask=True).max()",
        "np.ma.array([[1, 2], [3, 4]], mask=[[1, 1], [0, 1]]).sum(axis=1)",
        "np.ma.array([[1, 2], [3, 4]], mask=[[1, 1], [0, 1]]).min(axis=1)",
        "np.ma.array([[1., 2], [3, 4]], mask=[[1, 1], [0, 1]]).mean(axis=1)",
        "np.ma.array([[1., 2], [3, 4]], mask=[[1, 1], [0, 1]]).var(axis=1)",
        "np.ma.array([1.0, 2.0, 4.0]).mean()",
        "np.ma.array([1.0, 2.0, 4.0]).sum(axis=0)",
        "np.ma.array([1.0, 2.0, 4.0]).std()",
        "np.ma.array([[1, 2], [3, 4]]).max(axis=0)",
        "np.ma.array([True, False], mask=[0, 1]).min()",
        "a.any()", "a.all()", "x.all(axis=0)", "x.any(axis=1)",
        "np.ma.array([0, 1], mask=[0, 1]).any()",
        "np.ma.array([[1.0, 2.0], [3.0, 4.0]], mask=[[1, 0], [1, 0]])"
        ".min(axis=0)",
        "np.ma.array([1, 2], mask=[0, 1], dtype=np.int8).sum()",
        "np.ma.array([1, 2], mask=[0, 1], dtype=np.float32).mean()",
        "a.sum(dtype=np.float64)", "x.sum(axis=0, keepdims=True)",
    ])


def test_reductions_of_other_shapes_and_dtypes():
    assert_same_as_numpy(FLOATS + "e = np.ma.array([], dtype=float)\n", [
        "e.sum()", "e.mean()", "e.max()", "e.count()", "e + 1",
        "x.sum(axis=-1)", "x.sum(axis=(0, 1))", "x.mean(axis=(0, 1))",
        "x.min(axis=-2)", "x.count(axis=(0, 1))", "x.count(axis=-1)",
        "x.var(axis=-1, ddof=1)", "x.T.mean(axis=0)",
        "np.ma.array([1, 2], mask=[1, 0], dtype=np.int8).min()",
        "np.ma.array([[1, 2], [3, 4]], mask=[[1, 1], [0, 0]],"
        " dtype=np.int8).max(axis=1)",
        "np.ma.array([1, 2], mask=[1, 1], dtype=np.uint8).filled()",
        "np.ma.array([1, 2], mask=[1, 0], dtype=np.uint16) + 1",
        "np.ma.array([1, 2], mask=[1, 0], dtype=np.float16)",
        "np.ma.array([1+1j, 2], mask=[1, 0], dtype=np.complex64)",
        "np.ma.array([[1.0, 2.0]], mask=[[1, 1]]).std(axis=1)",
        "np.ma.array([1.0, 2.0], mask=[1, 1]).var()",
        "np.ma.array([1.0, 2.0], mask=[1, 1]).argmax()",
    ])


def test_indexing_and_slicing():
    assert_same_as_numpy(INTS + FLOATS, [
        "a[0]", "a[1]", "a[-1]", "a[1:3]", "a[::2]", "a[[0, 1]]",
        "a[np.array([True, False, True, False])]", "a[a > 2]", "a[a > 1]",
        "x[0]", "x[1, 1]", "x[0, 1]", "x[:, 2]", "x[1:, :2]", "x[..., 0]",
        "np.ma.array([1.0, 2.0])[0]", "list(a)",
        "a[5]",
    ])


def test_assignment():
    assert_same_as_numpy(
        INTS + FLOATS + "a[0] = np.ma.masked\n"
        "a[1] = 7\n"
        "x[0, :] = np.ma.masked\n"
        "x[1, 1] = 2.5\n"
        "p = np.ma.array([1, 2, 3])\n"
        "p[2] = np.ma.masked\n"
        "q = np.ma.array([1, 2, 3, 4])\n"
        "view = q[1:3]\n"
        "view[0] = 20\n"
        "r = np.ma.array([1, 2, 3], mask=[1, 0, 0])\n"
        "r[1:] = np.ma.array([8, 9], mask=[1, 0])\n"
        "s = np.ma.array([1.0, 2.0, 3.0], mask=[0, 1, 0])\n"
        "s += 1\n"
        "t = np.ma.array([1.0, 2.0, 3.0])\n"
        "t /= np.ma.array([1.0, 0.0, 2.0])\n", [
            "a", "x", "p", "q", "view", "r", "s", "t",
        ])


def test_errors():
    assert_same_as_numpy(
        "def add_in_place(value):\n"
        "    total = np.ma.array([1, 2], mask=[0, 1])\n"
        "    total += value\n"
        "    return total\n", [
            "add_in_place(1.5)", "add_in_place(np.ma.masked)",
            "add_in_place(np.int8(3))",
        ])
    assert_same_as_numpy("", [
        "np.ma.array([1, 2, 3], mask=[0, 1])",
        "float(np.ma.array([1.0], mask=[1]))",
        "float(np.ma.array([2.5]))",
        "np.ma.masked_where([True, False, True], [1, 2])",
    ])
