"""dot and matmul for 1-d and 2-d arrays (any strides)."""

from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy import loop
from pypy.module.micronumpy.concrete import W_ConcreteArray, new_array
from pypy.module.micronumpy.ndarray import W_NDArray
from pypy.module.micronumpy.complexops import dot_lane
from pypy.module.micronumpy.strides import same_shape


def as_concrete(space, w_obj):
    from pypy.module.micronumpy.ctors import array_from_w
    w_arr = array_from_w(space, w_obj, None).get_concrete(space)
    assert isinstance(w_arr, W_ConcreteArray)
    return w_arr


def read_int(w_arr, offset):
    return w_arr.dtype.read_int(w_arr.storage, offset)


def dot(space, w_a, w_b):
    if isinstance(w_a, W_NDArray) and isinstance(w_b, W_NDArray) and \
            len(w_a.shape) == 1 and len(w_b.shape) == 1 and \
            w_a.shape[0] == w_b.shape[0] and \
            dt.promote_types(w_a.dtype, w_b.dtype).is_float():
        # the product stays a pending expression: no temporary array
        from pypy.module.micronumpy.reductions import reduce_flat
        w_product = space.mul(w_a, w_b)
        assert isinstance(w_product, W_NDArray)
        return reduce_flat(space, 'sum', w_product, None)
    a = as_concrete(space, w_a)
    b = as_concrete(space, w_b)
    if len(a.shape) == 0 or len(b.shape) == 0:
        from pypy.module.micronumpy.ufuncs_app import call_binary_by_name
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
    if not out_shape:
        from pypy.module.micronumpy.indexing import read_flat
        return read_flat(space, w_out, 0)
    return w_out


def shape_str(shape):
    from pypy.module.micronumpy.strides import shape_repr
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
    if len(a.shape) == 2 and len(b.shape) == 2 and a.shape[1] != b.shape[0] \
            or len(a.shape) == 1 and a.shape[0] != b.shape[0]:
        raise space.error(space.w_ValueError,
                          "matmul: Input operand 1 has a mismatch in its core "
                          "dimension 0, with gufunc signature "
                          "(n?,k),(k,m?)->(n?,m?) (size %d is different from "
                          "%d)" % (b.shape[0], a.shape[-1]))
    return dot(space, a, b)


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
    loop.assign(space, w_dest, w_result)
    return w_a


def vdot(space, w_a, w_b):
    """np.vdot: the dot product of the flattened arrays, with the first
    one conjugated when complex; always a scalar."""
    from pypy.module.micronumpy.shapes import flattened
    a = flattened(space, as_concrete(space, w_a))
    b = flattened(space, as_concrete(space, w_b))
    if a.shape[0] != b.shape[0]:
        # NumPy reshapes b to a's shape
        raise space.error(space.w_ValueError,
                          "cannot reshape array of size %d into shape (%d,)"
                          % (b.shape[0], a.shape[0]))
    w_a1 = a
    if a.dtype.is_complex():
        from pypy.module.micronumpy.ufuncs_app import call_unary_by_name
        w_a1 = call_unary_by_name(space, 'conjugate', a)
    return dot(space, w_a1, b)


def np_vdot(space, args):
    from pypy.interpreter.arguments import check_args
    check_args(space, args, 'vdot', 2, 2)
    return vdot(space, args.arguments_w[0], args.arguments_w[1])


FUNCTIONS = [('vdot', np_vdot)]
