"""dot and matmul for 1-d and 2-d arrays (any strides): float32 and float64
through BLAS when the library is there, other dtypes by loops."""

from rpython.rlib.objectmodel import keepalive_until_here
from rpython.rtyper.lltypesystem import rffi
from pypy.module.micronumpy import blas
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy import loop
from pypy.module.micronumpy.concrete import W_ConcreteArray, new_array
from pypy.module.micronumpy.ndarray import W_NDArray
from pypy.module.micronumpy.complexops import dot_lane
from pypy.module.micronumpy.strides import same_shape, shape_repr
from pypy.module.micronumpy.operands import array_from_w, assign
from pypy.module.micronumpy.elements import read_flat
from pypy.module.micronumpy.flatreductions import reduce_flat
from pypy.module.micronumpy.shapes import flattened
from pypy.module.micronumpy.ufuncs_app import call_binary_by_name, \
    call_unary_by_name


def as_concrete(space, w_obj):
    w_arr = array_from_w(space, w_obj, None).get_concrete(space)
    assert isinstance(w_arr, W_ConcreteArray)
    return w_arr


def read_int(w_arr, offset):
    return w_arr.dtype.read_int(w_arr.storage, offset)


def takes_blas(dtype):
    return dtype is dt.float64_dtype or dtype is dt.float32_dtype


def blas_layout(w_arr):
    """How BLAS reads w_arr (1-d or 2-d) in place: (transposed, leading
    dimension) of a matrix, (False, increment) of a vector; the second is
    0 when it cannot (negative, zero or uneven strides: a copy is made, as
    NumPy does)."""
    isz = w_arr.dtype.itemsize
    if w_arr.start % isz != 0:
        return False, 0
    if len(w_arr.shape) == 1:
        s = w_arr.strides[0]
        if w_arr.shape[0] <= 1:
            return False, 1
        if s > 0 and s % isz == 0:
            return False, s // isz
        return False, 0
    rows, cols = w_arr.shape[0], w_arr.shape[1]
    s0, s1 = w_arr.strides[0], w_arr.strides[1]
    # a stride along a dimension of one element is never used
    if (cols <= 1 or s1 == isz) and \
            (rows <= 1 or (s0 % isz == 0 and s0 >= cols * isz)):
        return False, s0 // isz if rows > 1 else max(cols, 1)
    if (rows <= 1 or s0 == isz) and \
            (cols <= 1 or (s1 % isz == 0 and s1 >= rows * isz)):
        return True, s1 // isz if cols > 1 else max(rows, 1)
    return False, 0


def blas_operand(space, w_arr, dtype):
    """w_arr itself when BLAS can read it as `dtype`, else a C-contiguous
    copy of it in `dtype`."""
    if w_arr.dtype is dtype and blas_layout(w_arr)[1] > 0:
        return w_arr
    w_copy = new_array(space, w_arr.shape, dtype, zero=False)
    assign(space, w_copy, w_arr)
    return w_copy


def blas_dot(space, a, b, w_out):
    """Compute a . b (1-d or 2-d each, aligned) into the new C-contiguous
    w_out through BLAS; False when BLAS does not apply (not float32 or
    float64, an empty dimension, or no library)."""
    dtype = w_out.dtype
    if not takes_blas(dtype):
        return False
    for d in a.shape + b.shape:
        if d == 0:
            return False
    if not blas.openblas.ready():
        return False
    a = blas_operand(space, a, dtype)
    b = blas_operand(space, b, dtype)
    double = dtype is dt.float64_dtype
    k = b.shape[0]
    trans_a, lda = blas_layout(a)
    trans_b, ldb = blas_layout(b)
    pa = rffi.ptradd(a.storage, a.start)
    pb = rffi.ptradd(b.storage, b.start)
    lib = blas.openblas
    if len(a.shape) == 1 and len(b.shape) == 1:
        r = lib.dot(double, k, pa, lda, pb, ldb)
        dtype.write_float(w_out.storage, 0, dtype.wrap_float(r))
    elif len(b.shape) == 1:
        n = a.shape[0]
        if trans_a:     # a's transpose is stored row-major: k x n
            lib.gemv(double, True, k, n, pa, lda, pb, ldb, w_out.storage)
        else:
            lib.gemv(double, False, n, k, pa, lda, pb, ldb, w_out.storage)
    elif len(a.shape) == 1:
        # a . b = b^T a
        m = b.shape[1]
        if trans_b:     # b's transpose is stored row-major: m x k
            lib.gemv(double, False, m, k, pb, ldb, pa, lda, w_out.storage)
        else:
            lib.gemv(double, True, k, m, pb, ldb, pa, lda, w_out.storage)
    else:
        m = b.shape[1]
        lib.gemm(double, trans_a, trans_b, a.shape[0], m, k, pa, lda, pb,
                 ldb, w_out.storage, m)
    keepalive_until_here(a, b, w_out)
    return True


def dot(space, w_a, w_b):
    if isinstance(w_a, W_NDArray) and isinstance(w_b, W_NDArray) and \
            len(w_a.shape) == 1 and len(w_b.shape) == 1 and \
            w_a.shape[0] == w_b.shape[0] and \
            dt.promote_types(w_a.dtype, w_b.dtype).is_float() and \
            not (takes_blas(dt.promote_types(w_a.dtype, w_b.dtype)) and
                 blas.openblas.ready()):
        # the product stays a pending expression: no temporary array
        w_product = space.mul(w_a, w_b)
        assert isinstance(w_product, W_NDArray)
        return reduce_flat(space, 'sum', w_product, None)
    a = as_concrete(space, w_a)
    b = as_concrete(space, w_b)
    if len(a.shape) == 0 or len(b.shape) == 0:
        return call_binary_by_name(space, 'multiply', a, b)
    if len(a.shape) > 2 or len(b.shape) > 2:
        raise space.error(space.w_ValueError,
                          "dot is only supported for 1-d and 2-d arrays yet")
    dtype = dt.promote_types(a.dtype, b.dtype)
    # view both as matrices: a (n, k), b (k, m)
    a_rows = a.shape[0] if len(a.shape) == 2 else 1
    a_k = a.shape[-1]
    a_rs = a.strides[0] if len(a.shape) == 2 else 0
    a_ks = a.strides[-1]
    b_k = b.shape[0]
    b_cols = b.shape[1] if len(b.shape) == 2 else 1
    b_ks = b.strides[0]
    b_cs = b.strides[1] if len(b.shape) == 2 else 0
    if a_k != b_k:
        raise space.error(space.w_ValueError,
                          "shapes %s and %s not aligned: %d (dim %d) != %d "
                          "(dim 0)" % (shape_str(a.shape), shape_str(b.shape),
                                       a_k, len(a.shape) - 1, b_k))
    out_shape = []
    if len(a.shape) == 2:
        out_shape.append(a_rows)
    if len(b.shape) == 2:
        out_shape.append(b_cols)
    w_out = new_array(space, out_shape, dtype)
    if blas_dot(space, a, b, w_out):
        return result_of(space, w_out, out_shape)
    for i in range(a_rows):
        for j in range(b_cols):
            pos = (i * b_cols + j) * dtype.itemsize
            if dtype.is_complex():
                re, im = dot_lane(a.dtype, a.storage, a.start + i * a_rs,
                                  a_ks, b.dtype, b.storage,
                                  b.start + j * b_cs, b_ks, a_k)
                dtype.write_float(w_out.storage, pos, re)
                dtype.write_imag(w_out.storage, pos, im)
            elif dtype.is_float():
                acc = loop.float_dot(a.dtype, a.storage, a.start + i * a_rs,
                                     a_ks, b.dtype, b.storage,
                                     b.start + j * b_cs, b_ks, a_k)
                dtype.write_float(w_out.storage, pos, dtype.wrap_float(acc))
            else:
                iacc = 0
                for k in range(a_k):
                    iacc += read_int(a, a.start + i * a_rs + k * a_ks) * \
                        read_int(b, b.start + k * b_ks + j * b_cs)
                dtype.write_int(w_out.storage, pos, dtype.wrap_int(iacc))
    return result_of(space, w_out, out_shape)


def result_of(space, w_out, out_shape):
    if not out_shape:
        return read_flat(space, w_out, 0)
    return w_out


def shape_str(shape):
    return shape_repr(shape)


def matmul(space, w_a, w_b):
    if not isinstance(w_a, W_NDArray) and not isinstance(w_b, W_NDArray):
        return None
    a = as_concrete(space, w_a)
    b = as_concrete(space, w_b)
    if len(a.shape) == 0 or len(b.shape) == 0:
        raise space.error(space.w_ValueError,
                          "matmul: Input operand %d does not have enough "
                          "dimensions (has 0, gufunc core with signature "
                          "(n?,k),(k,m?)->(n?,m?) requires 1)" % (
                              0 if len(a.shape) == 0 else 1))
    if len(a.shape) > 2 or len(b.shape) > 2:
        return stacked_matmul(space, a, b)
    if len(a.shape) == 2 and len(b.shape) == 2 and a.shape[1] != b.shape[0] \
            or len(a.shape) == 1 and a.shape[0] != b.shape[0]:
        raise space.error(space.w_ValueError,
                          "matmul: Input operand 1 has a mismatch in its core "
                          "dimension 0, with gufunc signature "
                          "(n?,k),(k,m?)->(n?,m?) (size %d is different from "
                          "%d)" % (b.shape[0], a.shape[-1]))
    return dot(space, a, b)


# ____________________________________________________________
# stacks of matrices (their last two axes), for matmul and numpy.linalg

def product(shape):
    n = 1
    for x in shape:
        n *= x
    return n


def leading(shape):
    """The stack's shape: all but the last two axes."""
    n = len(shape) - 2
    assert n >= 0
    return shape[:n]


def broadcast_leading(space, shape1, shape2):
    """NumPy's broadcast of two stacks' shapes."""
    n = max(len(shape1), len(shape2))
    result = [1] * n
    for i in range(n):
        j1 = i - (n - len(shape1))
        j2 = i - (n - len(shape2))
        x1 = shape1[j1] if j1 >= 0 else 1
        x2 = shape2[j2] if j2 >= 0 else 1
        if x1 != x2 and x1 != 1 and x2 != 1:
            raise space.error(space.w_ValueError,
                              "operands could not be broadcast together: "
                              "stacks of shapes (%s) and (%s)" % (
                                  ','.join([str(x) for x in shape1]),
                                  ','.join([str(x) for x in shape2])))
        result[i] = x2 if x1 == 1 else x1
    return result


def core_views(a, lead, core):
    """The views of a's last `core` axes at each index of the stack shape
    `lead` (C order), a's own leading axes broadcast to it."""
    nd = len(a.shape)
    own = nd - core
    assert own >= 0
    shape = a.shape[own:]
    strides = a.strides[own:]
    views = []
    index = [0] * len(lead)
    for k in range(product(lead)):
        offset = a.start
        for d in range(own):
            i = index[len(lead) - own + d]
            if a.shape[d] != 1:
                offset += i * a.strides[d]
        views.append(a.view(shape, strides, offset))
        d = len(lead) - 1
        while d >= 0:
            index[d] += 1
            if index[d] < lead[d]:
                break
            index[d] = 0
            d -= 1
    return views


def stacked(space, lead, parts_w):
    """The results parts_w (one per matrix, all of one shape) as one array
    of shape lead + that shape: complex128 when any part is complex (eig
    of a stack is complex for all matrices when it is for one)."""
    w_first = parts_w[0]
    dtype = w_first.dtype
    for w_part in parts_w:
        if w_part.dtype.is_complex():
            dtype = w_part.dtype
    w_out = new_array(space, lead + w_first.shape, dtype, zero=False)
    nd = len(w_out.shape)
    core_strides = [dtype.itemsize * product(w_first.shape[d + 1:])
                    for d in range(len(w_first.shape))]
    size = product(w_first.shape) * dtype.itemsize
    if product(lead) == 0:
        return w_out
    assert nd >= 0
    for k in range(len(parts_w)):
        assign(space, w_out.view(w_first.shape, core_strides, k * size),
                    parts_w[k])
    return w_out


def stacked_matmul(space, a, b):
    """a @ b where either is a stack of matrices (its leading axes, which
    broadcast): the product of each pair of matrices (a 1-d operand is one
    vector for all), stacked."""
    a_vector = len(a.shape) == 1
    b_vector = len(b.shape) == 1
    k = a.shape[len(a.shape) - 1]
    b_rows = b.shape[0] if b_vector else b.shape[len(b.shape) - 2]
    if b_rows != k:
        raise space.error(space.w_ValueError,
                          "matmul: Input operand 1 has a mismatch in its core "
                          "dimension 0, with gufunc signature "
                          "(n?,k),(k,m?)->(n?,m?) (size %d is different from "
                          "%d)" % (b_rows, k))
    lead = broadcast_leading(space, [] if a_vector else leading(a.shape),
                             [] if b_vector else leading(b.shape))
    count = product(lead)
    if count == 0:
        shape = lead[:]
        if not a_vector:
            shape.append(a.shape[len(a.shape) - 2])
        if not b_vector:
            shape.append(b.shape[len(b.shape) - 1])
        return new_array(space, shape, dt.promote_types(a.dtype, b.dtype))
    a_views = [a] * count if a_vector else core_views(a, lead, 2)
    b_views = [b] * count if b_vector else core_views(b, lead, 2)
    return stacked(space, lead, [as_concrete(space, dot(space, a_views[i],
                                                        b_views[i]))
                                 for i in range(count)])


def inplace_matmul(space, w_a, w_other):
    """a @= b: a's values become a @ b, which must keep a's shape and
    dtype kind; NumPy's checks and their order (matmul with out=a and
    axes that keep b 2-d)."""
    b = as_concrete(space, w_other)
    if len(w_a.shape) == 0 or len(b.shape) == 0:
        return matmul(space, w_a, b)        # raises: not enough dimensions
    if len(b.shape) < 2:
        raise space.error(space.w_ValueError,
                          "inplace matrix multiplication requires the first "
                          "operand to have at least one and the second at "
                          "least two dimensions.")
    dtype = dt.promote_types(w_a.dtype, b.dtype)
    if dt.kind_rank(dtype.kind) > dt.kind_rank(w_a.dtype.kind):
        raise space.error(space.w_TypeError,
                          "Cannot cast ufunc 'matmul' output from "
                          "dtype('%s') to dtype('%s') with casting rule "
                          "'same_kind'" % (dtype.name, w_a.dtype.name))
    w_result = matmul(space, w_a, b)
    assert isinstance(w_result, W_NDArray)
    if not same_shape(w_result.shape, w_a.shape):
        raise space.error(space.w_ValueError,
                          "matmul: Output operand 0 has a mismatch in its "
                          "core dimension %d, with gufunc signature "
                          "(n?,k),(k,m?)->(n?,m?) (size %d is different "
                          "from %d)" % (len(w_a.shape) - 1, w_a.shape[-1],
                                        b.shape[-1]))
    w_dest = w_a.get_concrete(space)
    assert isinstance(w_dest, W_ConcreteArray)
    # the product is a new array, so a @= a reads no overwritten values
    assign(space, w_dest, w_result)
    return w_a


def vdot(space, w_a, w_b):
    """np.vdot: the dot product of the flattened arrays, with the first
    one conjugated when complex; always a scalar."""
    a = flattened(space, as_concrete(space, w_a))
    b = flattened(space, as_concrete(space, w_b))
    if a.shape[0] != b.shape[0]:
        # NumPy reshapes b to a's shape
        raise space.error(space.w_ValueError,
                          "cannot reshape array of size %d into shape (%d,)"
                          % (b.shape[0], a.shape[0]))
    w_a1 = a
    if a.dtype.is_complex():
        w_a1 = call_unary_by_name(space, 'conjugate', a)
    return dot(space, w_a1, b)


def np_vdot(space, args):
    from pypy.interpreter.arguments import check_args
    check_args(space, args, 'vdot', 2, 2)
    return vdot(space, args.arguments_w[0], args.arguments_w[1])


FUNCTIONS = [('vdot', np_vdot)]
