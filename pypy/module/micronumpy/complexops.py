"""What complex arrays need beyond the element-wise ufuncs (which run in
the fused loops, signature.py with complexmath.py's kernels): NumPy's
complex scalar arithmetic, the values the complex reductions walk
(reductions.reduce_complex), cumulative sums and products, dot products,
element reads, and the .real/.imag views."""

from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy import ufuncs as uf
from pypy.module.micronumpy import boxes
from pypy.module.micronumpy.complexmath import c_mul, c_mul_fused, \
    c_isnan, c_lt, binop, compare, binary_result
from pypy.module.micronumpy.concrete import W_ConcreteArray, new_array
from pypy.module.micronumpy.ndarray import W_NDArray
from pypy.module.micronumpy.strides import broadcast_strides, \
    odometer_offsets, shape_size


def read_c(dtype, storage, offset):
    """Element at offset of any dtype as (real, imag)."""
    if dtype.is_complex():
        return (dtype.read_float(storage, offset),
                dtype.read_imag(storage, offset))
    if dtype.is_float():
        return (dtype.read_float(storage, offset), 0.0)
    return (dtype.int_to_float(dtype.read_int(storage, offset)), 0.0)


def concrete(space, w_arr):
    w_conc = w_arr.get_concrete(space)
    assert isinstance(w_conc, W_ConcreteArray)
    return w_conc


def broadcast_offsets(w_arr, shape):
    """Offsets of w_arr's elements, broadcast to shape, in C order."""
    strides = broadcast_strides(w_arr.shape, w_arr.strides, shape)
    return odometer_offsets(shape, strides, w_arr.start)


class Values(object):
    """An operand's values as two float lists (or one constant)."""

    def __init__(self, res, ims, const_re, const_im, is_const):
        self.res = res
        self.ims = ims
        self.const_re = const_re
        self.const_im = const_im
        self.is_const = is_const

    def get(self, k):
        if self.is_const:
            return (self.const_re, self.const_im)
        return (self.res[k], self.ims[k])


def values_of_array(space, w_arr, shape):
    w_conc = concrete(space, w_arr)
    offsets = broadcast_offsets(w_conc, shape)
    n = len(offsets)
    res = [0.0] * n
    ims = [0.0] * n
    dtype = w_conc.dtype
    for k in range(n):
        re, im = read_c(dtype, w_conc.storage, offsets[k])
        res[k] = re
        ims[k] = im
    return Values(res, ims, 0.0, 0.0, False)


def values_of_operand(space, operand, shape, fdt):
    """The operand's values; a scalar is first cast to parts of the float
    dtype fdt (a Python 0.1 with complex64 is float32's 0.1)."""
    if operand.w_array is not None:
        return values_of_array(space, operand.w_array, shape)
    if operand.dtype.is_inexact():
        re = operand.floatval
    else:
        re = operand.dtype.int_to_float(operand.intval)
    return Values(None, None, fdt.wrap_float(re),
                  fdt.wrap_float(operand.imagval), True)


def scalar_binary(space, op, name, cdt, a, b):
    """name(a, b) of two scalar Operands that promote to the complex dtype
    cdt, as NumPy's scalar arithmetic computes it: a NumPy scalar."""
    fdt = dt.real_part(cdt)
    ar, ai = values_of_operand(space, a, [], fdt).get(0)
    br, bi = values_of_operand(space, b, [], fdt).get(0)
    res = binary_result(op, cdt)
    if res is None:
        raise uf.not_supported(space, name)
    if res is dt.bool_dtype:
        return boxes.box_int(space, dt.bool_dtype,
                             int(compare(op, ar, ai, br, bi)))
    re, im = binop(op, fdt, ar, ai, br, bi, False)
    return boxes.W_ComplexBox(fdt.wrap_float(re), fdt.wrap_float(im), cdt)


# ____________________________________________________________
# complex reductions (reductions.reduce_complex), cumulative sums, dot


def best_index(values, is_max):
    """NumPy's argmax/argmin of complex values (nonempty): lexicographic,
    the first of equal values, and the first NaN (in either part) wins.
    max/min are the values there, as NumPy's maximum/minimum reduce."""
    br, bi = values.res[0], values.ims[0]
    if c_isnan(br, bi):
        return 0
    best = 0
    for k in range(1, len(values.res)):
        xr, xi = values.res[k], values.ims[k]
        if c_isnan(xr, xi):
            return k
        if c_lt(br, bi, xr, xi) if is_max else c_lt(xr, xi, br, bi):
            best = k
            br, bi = xr, xi
    return best


def abs2(space, w_arr):
    """|x|**2 of each element as an array of the parts' dtype, computed as
    NumPy's var does, (x * conj(x)).real."""
    w_conc = concrete(space, w_arr)
    values = values_of_array(space, w_conc, w_conc.shape)
    fdt = dt.real_part(w_conc.dtype)
    w_res = new_array(space, w_conc.shape[:], fdt)
    for k in range(len(values.res)):
        re, im = values.res[k], values.ims[k]
        fdt.write_float(w_res.storage, k * fdt.itemsize,
                        c_mul_fused(fdt, re, im, re, -im)[0])
    return w_res


def accumulate_lane(dtype, storage, offset, stride, n, is_prod):
    """cumsum/cumprod in place along one lane of a complex array (starting
    from the first element, as NumPy does: no 0 + x or 1 * x)."""
    if n == 0:
        return
    rr = dtype.read_float(storage, offset)
    ri = dtype.read_imag(storage, offset)
    for i in range(1, n):
        pos = offset + i * stride
        xr = dtype.read_float(storage, pos)
        xi = dtype.read_imag(storage, pos)
        if is_prod:
            rr, ri = c_mul_fused(dt.real_part(dtype), rr, ri, xr, xi)
        else:
            rr = dtype.wrap_float(rr + xr)
            ri = dtype.wrap_float(ri + xi)
        dtype.write_float(storage, pos, rr)
        dtype.write_imag(storage, pos, ri)


def dot_lane(a_dtype, a_storage, a_pos, a_step, b_dtype, b_storage, b_pos,
             b_step, n):
    """sum(a[k] * b[k]) over two strided lanes of any dtypes, as
    (real, imag): one element of a complex dot product."""
    rr, ri = 0.0, 0.0
    for k in range(n):
        ar, ai = read_c(a_dtype, a_storage, a_pos + k * a_step)
        br, bi = read_c(b_dtype, b_storage, b_pos + k * b_step)
        pr, pi = c_mul(dt.float64_dtype, ar, ai, br, bi)
        rr += pr
        ri += pi
    return (rr, ri)


def real_view(space, w_arr, imag):
    """a.real / a.imag of a complex array: views of its parts' dtype."""
    w_conc = concrete(space, w_arr)
    w_base = w_conc.w_base if w_conc.w_base is not None else w_conc
    fdt = dt.real_part(w_conc.dtype)
    return W_ConcreteArray(w_conc.shape[:], fdt, w_conc.buffer,
                           w_conc.start + (fdt.itemsize if imag else 0),
                           w_conc.strides[:], w_base)
