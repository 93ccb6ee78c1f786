"""Arithmetic between NumPy scalars (np.int32(4) * 2 is an np.int32,
np.float32(1.5) + 1 an np.float32): computed directly with the ufuncs'
scalar kernels, with the same type promotion as the ufuncs, without
building arrays."""

from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy import ufuncs as uf
from pypy.module.micronumpy import boxes
from pypy.module.micronumpy import complexmath, complexops, errstate, fpflags
from pypy.module.micronumpy.signature import float_to_int
from pypy.module.micronumpy.ufuncs_app import common_dtype
from pypy.module.micronumpy.operands import convert_operand
from pypy.module.micronumpy.complexmath import scalar_compare

BINOP_NAMES = ['add', 'subtract', 'multiply', 'divide', 'floor_divide',
               'remainder', 'power', '', 'left_shift', 'right_shift',
               'bitwise_and', 'bitwise_or', 'bitwise_xor']
CMP_NAMES = ['less', 'less_equal', 'equal', 'not_equal', 'greater',
             'greater_equal']


def find_ufunc(name):
    for uname, op, kind in uf.BINARY_UFUNCS:
        if uname == name:
            return op, kind
    return -1, ''


def scalar_binop(space, name, w_a, w_b):
    """w_a <name> w_b when both are scalars, one a NumPy scalar; None when
    an operand is something else (an array handles it itself)."""
    if not name:
        return None
    a = convert_operand(space, w_a)
    b = convert_operand(space, w_b)
    if a is None or b is None or a.w_array is not None or \
            b.w_array is not None:
        return None
    op, kind = find_ufunc(name)
    dtype = common_dtype(space, a, b, w_a, w_b, kind)
    if dtype.is_complex() and kind == 'cmp':
        # (both operands cast to the common dtype first: complex64 parts
        # rounded to float32)
        return boxes.box_int(space, dt.bool_dtype, int(scalar_compare(
            op, dtype.wrap_float(a.floatval), dtype.wrap_float(a.imagval),
            dtype.wrap_float(b.floatval), dtype.wrap_float(b.imagval))))
    if dtype.is_complex() and (name == 'floor_divide' or
                               name == 'remainder') and \
            complex_scalar_defers(dtype, a, b):
        return None     # Python's TypeError, as NumPy's
    if dtype is dt.complex128_dtype and (
            isinstance(w_a, boxes.W_ComplexBox) or
            isinstance(w_b, boxes.W_ComplexBox)) and \
            op in complexmath.BINARY_ARITH:
        return None     # the complex scalar computes it
    if dtype.is_complex():
        # NumPy's kernels, complex64 in float32 parts; their TypeError
        # for the ufuncs with no complex loop
        return complexops.scalar_binary(space, op, name, dtype, a, b)
    calc, res = uf.binary_result_dtypes(space, name, kind, dtype)
    fpflags.clear()
    w_result = scalar_result(space, name, op, kind, calc, res, a, b)
    flags = fpflags.test()
    if kind == 'cmp' or kind == 'logic':
        flags &= ~fpflags.FE_INVALID    # C's x < y with a NaN: see loop.py
    if not calc.is_float() and uf.int_overflows(op, calc, int_operand(a, calc),
                                                int_operand(b, calc)):
        flags |= fpflags.FE_OVERFLOW
    if flags:
        errstate.report(space, flags, 'scalar ' + uf.ufunc_name(
            op, uf.BINARY_UFUNCS), errstate.settings.actions)
    return w_result


def complex_scalar_defers(dtype, a, b):
    """NumPy's complex scalars have no // and %: NumPy leaves them to
    Python (its 'unsupported operand' TypeError) when one operand is a
    NumPy scalar of the complex result dtype and the other converts to it
    without promotion (a Python number or a NumPy number other than a
    bool); otherwise its ufunc refuses them."""
    for x, y in [(a, b), (b, a)]:
        if not x.weak and x.dtype is dtype and (
                y.weak or y.dtype.kind != dt.KIND_BOOL):
            return True
    return False


def int_operand(operand, calc):
    """The integer operand converted to the dtype computed in."""
    if operand.dtype.is_int_like():
        return calc.wrap_int(operand.intval)
    return calc.wrap_int(float_to_int(operand.floatval))


def scalar_result(space, name, op, kind, calc, res, a, b):
    if calc.is_float():
        # a scalar operand's floatval is its exact value
        x = calc.wrap_float(a.floatval)
        y = calc.wrap_float(b.floatval)
        if res.kind == dt.KIND_BOOL:
            return boxes.box_int(space, res, int(uf.compare(op, x, y)))
        op = uf.op_for(op, calc, uf.F32_BINARY, uf.F16_BINARY)
        return boxes.box_float(res, res.wrap_float(uf.float_binop(op, x, y)))
    ix = int_operand(a, calc)
    iy = int_operand(b, calc)
    if res.kind == dt.KIND_BOOL and (kind == 'cmp' or kind == 'logic'):
        return boxes.box_int(space, res, int(uf.int_cmp(op, calc, ix, iy)))
    if op == uf.POW and iy < 0 and not calc.is_unsigned64():
        raise space.error(space.w_ValueError,
                          "Integers to negative integer powers are not "
                          "allowed.")
    return boxes.box_int(space, res, res.wrap_int(
        uf.int_binop(op, calc, ix, iy)))


def scalar_unop(space, opnum_name, w_a, dtype, intval, floatval):
    """-x, +x, ~x of a NumPy integer or float32 scalar."""
    if dtype.is_float():
        if opnum_name == 'negative':
            return boxes.box_float(dtype, -floatval)
        if opnum_name == 'positive':
            return boxes.box_float(dtype, floatval)
        return None
    if dtype.kind == dt.KIND_BOOL:
        if opnum_name == 'invert':
            return boxes.box_int(space, dtype, int(intval == 0))
        if opnum_name == 'negative':
            raise space.error(space.w_TypeError,
                              "The numpy boolean negative, the `-` operator, "
                              "is not supported, use the `~` operator or the "
                              "logical_not function instead.")
        return boxes.box_int(space, dt.int64_dtype, intval)
    if opnum_name == 'negative':
        return boxes.box_int(space, dtype, dtype.wrap_int(
            uf.int_unop(uf.NEG, dtype, intval)))
    if opnum_name == 'positive':
        return boxes.box_int(space, dtype, intval)
    return boxes.box_int(space, dtype, dtype.wrap_int(
        uf.int_unop(uf.INVERT, dtype, intval)))
