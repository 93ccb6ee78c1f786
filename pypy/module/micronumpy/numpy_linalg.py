"""numpy.linalg on LAPACK (blas.py): LinAlgError, inv, solve, lstsq, det,
slogdet, cholesky, qr, eig, eigvals, eigh, eigvalsh, svd, pinv,
matrix_rank, matrix_power, for real arrays and stacks of them (integers
are computed as float64, float32 gives float32 results as in NumPy); the
functions composed of array operations (norm, cond, multi_dot...) are
lib_pypy/_numpy_lib/linalg.py, found by the module's __getattr__. LAPACK
reads column-major matrices: a C-contiguous buffer is its matrix's transpose
there, which each function below takes into account."""

import math
from rpython.rlib import rfloat
from rpython.rlib.objectmodel import keepalive_until_here
from rpython.rtyper.lltypesystem import lltype, rffi
from pypy.interpreter.arguments import check_args, check_keywords, \
    keyword_value
from pypy.interpreter.function import BuiltinFunction
from pypy.module.applevel_names import module_getattr
from pypy.objspace.excobject import new_exception
from pypy.objspace.tupleobject import W_TupleObject
from pypy.objspace.typeobject import TypeDef
from pypy.module.micronumpy.operands import assign
from pypy.module.micronumpy import blas
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy.concrete import W_ConcreteArray, new_array
from pypy.module.micronumpy.elements import read_flat
from pypy.module.micronumpy.linalg import as_concrete, dot, matmul, \
    broadcast_leading, core_views, leading, product, stacked
from pypy.module.micronumpy.shapes import flattened
from pypy.module.micronumpy.funcargs import arg

f8 = dt.float64_dtype
FLOAT64_EPS = 2.220446049250313e-16


def linalg_error(space, msg):
    return space.error(space.w_LinAlgError, msg)


def need_lapack(space):
    if not blas.openblas.ready():
        raise space.error(space.w_RuntimeError,
                          "numpy.linalg needs OpenBLAS (libopenblas.so.0 in "
                          "<prefix>/lib or $%s): run tools/bootstrap.sh"
                          % blas.ENV_DIR)


def real_operand(space, w_obj):
    """w_obj as a concrete array of a dtype linalg takes."""
    a = as_concrete(space, w_obj)
    if a.dtype.is_complex():
        raise space.error(space.w_TypeError,
                          "array type complex128 is unsupported in linalg")
    return a


def matrix(space, w_obj):
    """w_obj as a concrete 2-d array of a dtype linalg takes."""
    a = real_operand(space, w_obj)
    check_2d(space, a)
    need_lapack(space)
    return a


def check_at_least_2d(space, a):
    if len(a.shape) < 2:
        raise linalg_error(space, "%d-dimensional array given. Array must be "
                           "at least two-dimensional" % len(a.shape))


def check_2d(space, a):
    check_at_least_2d(space, a)
    if len(a.shape) > 2:
        raise space.error(space.w_ValueError,
                          "numpy.linalg: stacked (more than 2-d) arrays are "
                          "not supported yet")


def check_square(space, a):
    nd = len(a.shape)
    if a.shape[nd - 2] != a.shape[nd - 1]:
        raise linalg_error(space,
                           "Last 2 dimensions of the array must be square")


def square_matrix(space, w_obj):
    """w_obj as a concrete square 2-d array of a dtype linalg takes."""
    a = matrix(space, w_obj)
    check_square(space, a)
    return a


def placeholder(space, core_shape):
    """A matrix of the core shape that the functions take (ones on the
    diagonal), standing for the matrices of an empty stack: its results
    give the shapes of the empty results."""
    m, n = core_shape[0], core_shape[1]
    w_a = new_array(space, [m, n], f8)
    for i in range(min(m, n)):
        f8.write_float(w_a.storage, (i * n + i) * 8, 1.0)
    return w_a


def over_stack(space, w_obj, func, square):
    """func(space, a) -> a list of C-contiguous result arrays for one 2-d
    array a, applied to each matrix of w_obj's stack (its last two axes):
    the results of a 2-d w_obj, or each result stacked. 0-d results are
    returned as scalars."""
    a = real_operand(space, w_obj)
    check_at_least_2d(space, a)
    need_lapack(space)
    if square:
        check_square(space, a)
    if len(a.shape) == 2:
        results_w = func(space, a)
    else:
        nd = len(a.shape)
        lead = leading(a.shape)
        views = core_views(a, lead, 2)
        if not views:
            views = [placeholder(space, [a.shape[nd - 2],
                                         a.shape[nd - 1]])]
        per_matrix = [func(space, w_view) for w_view in views]
        results_w = [stacked(space, lead, [r[i] for r in per_matrix])
                     for i in range(len(per_matrix[0]))]
    return [wrapped(space, w_res) for w_res in results_w]


def over_stack_with(space, w_obj, func, p1, p2):
    """over_stack for func(space, a, p1, p2) of two float parameters (RPython
    has no closures)."""
    a = real_operand(space, w_obj)
    check_at_least_2d(space, a)
    need_lapack(space)
    if len(a.shape) == 2:
        return wrapped(space, func(space, a, p1, p2))
    nd = len(a.shape)
    lead = leading(a.shape)
    views = core_views(a, lead, 2)
    if not views:
        views = [placeholder(space, [a.shape[nd - 2], a.shape[nd - 1]])]
    return wrapped(space, stacked(space, lead, [func(space, w_view, p1, p2)
                                                for w_view in views]))


def swapped_last_axes(a):
    """The view of a with its last two axes swapped (each matrix's
    transpose)."""
    nd = len(a.shape)
    shape = a.shape[:]
    strides = a.strides[:]
    shape[nd - 2], shape[nd - 1] = shape[nd - 1], shape[nd - 2]
    strides[nd - 2], strides[nd - 1] = strides[nd - 1], strides[nd - 2]
    return a.view(shape, strides, a.start)


def contiguous_copy(space, a):
    w_copy = new_array(space, a.shape, a.dtype, zero=False)
    assign(space, w_copy, a)
    return w_copy


def wrapped(space, w_arr):
    """A result array, a 0-d one as its scalar."""
    if len(w_arr.shape) == 0:
        return read_flat(space, w_arr, 0)
    return w_arr


def result_dtype(a):
    return dt.float32_dtype if a.dtype is dt.float32_dtype else f8


def float64_copy(space, a):
    """A new C-contiguous float64 array with a's values."""
    w_copy = new_array(space, a.shape, f8, zero=False)
    assign(space, w_copy, a)
    return w_copy


def cast(space, w_arr, dtype):
    if dtype is f8:
        return w_arr
    w_copy = new_array(space, w_arr.shape, dtype, zero=False)
    assign(space, w_copy, w_arr)
    return w_copy


def from_column_major(space, w_cm, dtype):
    """The matrix whose column-major storage is the C-contiguous w_cm (its
    transpose in C order), as a new C-contiguous array of dtype."""
    w_result = new_array(space, [w_cm.shape[1], w_cm.shape[0]], dtype,
                         zero=False)
    assign(space, w_result, w_cm.transposed())
    return w_result


def zero_d(space, value, dtype):
    """`value` as a 0-d array of `dtype`."""
    w_arr = new_array(space, [], dtype, zero=False)
    dtype.write_float(w_arr.storage, 0, dtype.wrap_float(value))
    return w_arr


def scalar(space, value, dtype):
    """`value` as a NumPy scalar of `dtype`."""
    return read_flat(space, zero_d(space, value, dtype), 0)


def identity(space, n, dtype):
    w_eye = new_array(space, [n, n], dtype)
    for i in range(n):
        dtype.write_float(w_eye.storage, (i * n + i) * dtype.itemsize,
                          dtype.wrap_float(1.0))
    return w_eye


def solve_into(space, w_lu, w_rhs, n, nrhs):
    """LAPACK's gesv on column-major w_lu (n x n) and w_rhs (n x nrhs)."""
    info = blas.openblas.gesv(n, nrhs, w_lu.storage, w_rhs.storage)
    keepalive_until_here(w_lu, w_rhs)
    if info > 0:
        raise linalg_error(space, "Singular matrix")


def inv(space, w_obj):
    return over_stack(space, w_obj, inv_2d, True)[0]


def inv_2d(space, a):
    n = a.shape[0]
    # LAPACK sees a's transpose and solves a^T X = I: X^T, which is what
    # its column-major result reads as in C order, is inv(a)
    w_lu = float64_copy(space, a)
    w_x = identity(space, n, f8)
    solve_into(space, w_lu, w_x, n, n)
    return [cast(space, w_x, result_dtype(a))]


def solve(space, w_a, w_b):
    """x with a x = b: b a vector when it is 1-d, else a matrix of
    right-hand sides (NumPy 2); either one or both stacks of them, whose
    leading axes broadcast."""
    a = real_operand(space, w_a)
    check_at_least_2d(space, a)
    need_lapack(space)
    check_square(space, a)
    b = real_operand(space, w_b)
    n = a.shape[len(a.shape) - 1]
    vector = len(b.shape) == 1
    if len(b.shape) == 0:
        raise space.error(space.w_ValueError,
                          "solve: Input operand 1 does not have enough "
                          "dimensions (has 0, gufunc core with signature "
                          "(m,m),(m,n)->(m,n) requires 2)")
    rows = b.shape[0] if vector else b.shape[len(b.shape) - 2]
    if rows != n:
        raise space.error(space.w_ValueError,
                          "%s: Input operand 1 has a mismatch in its core "
                          "dimension 0, with gufunc signature %s (size %d is "
                          "different from %d)" % (
                              "solve1" if vector else "solve",
                              "(m,m),(m)->(m)" if vector else
                              "(m,m),(m,n)->(m,n)", rows, n))
    if len(a.shape) == 2 and len(b.shape) <= 2:
        return solve_2d(space, a, b)
    if vector:
        lead = leading(a.shape)
        b_views = [b] * product(lead)
        b_placeholder = b
    else:
        lead = broadcast_leading(space, leading(a.shape), leading(b.shape))
        b_views = core_views(b, lead, 2)
        b_placeholder = placeholder(space, [n, b.shape[len(b.shape) - 1]])
    a_views = core_views(a, lead, 2)
    if not a_views:
        a_views = [placeholder(space, [n, n])]
        b_views = [b_placeholder]
    return stacked(space, lead, [solve_2d(space, a_views[k], b_views[k])
                                 for k in range(len(a_views))])


def solve_2d(space, a, b):
    """solve for a 2-d a and a 1-d or 2-d b."""
    n = a.shape[0]
    dtype = result_dtype(a)
    if b.dtype is not dt.float32_dtype:
        dtype = f8
    w_lu = float64_copy(space, a.transposed())      # column-major a
    if len(b.shape) == 1:
        w_x = float64_copy(space, b)
        solve_into(space, w_lu, w_x, n, 1)
        return cast(space, w_x, dtype)
    # column-major b is b^T in C order; so is the solution
    w_xt = float64_copy(space, b.transposed())
    solve_into(space, w_lu, w_xt, n, b.shape[1])
    return from_column_major(space, w_xt, dtype)


def check_exactly_2d(space, a):
    if len(a.shape) != 2:
        raise linalg_error(space, "%d-dimensional array given. Array must be "
                           "two-dimensional" % len(a.shape))


def lstsq(space, w_a, w_b, w_rcond):
    """NumPy's (x, residuals, rank, s) through LAPACK's dgelsd, which
    solves with A's SVD: the singular values at most rcond times the
    largest count as zero (rcond None: the float64 epsilon times the
    larger dimension)."""
    a = real_operand(space, w_a)
    b = real_operand(space, w_b)
    is_1d = len(b.shape) == 1
    check_exactly_2d(space, a)
    if not is_1d:
        check_exactly_2d(space, b)
    need_lapack(space)
    m, n = a.shape[0], a.shape[1]
    if b.shape[0] != m:
        raise linalg_error(space, "Incompatible dimensions")
    nrhs = 1 if is_1d else b.shape[1]
    if w_rcond is None or space.is_none(w_rcond):
        rcond = FLOAT64_EPS * max(m, n)
    else:
        rcond = space.float_w(w_rcond)
    dtype = result_dtype(a)
    if b.dtype is not dt.float32_dtype:
        dtype = f8
    # B's column-major storage, ldb rows (at least n: X comes back there);
    # LAPACK takes no empty B, so nrhs 0 gets one column of zeros
    ldb = max(max(m, n), 1)
    columns = max(nrhs, 1)
    w_bcm = new_array(space, [columns, ldb], f8)
    for j in range(nrhs):
        for i in range(m):
            f8.write_float(w_bcm.storage, (j * ldb + i) * 8,
                           b.dtype.read_as_float(b.storage, b.offset_of(
                               [i] if is_1d else [i, j])))
    w_acm = float64_copy(space, a.transposed())
    k = min(m, n)
    w_s = new_array(space, [k], f8)
    info, rank = blas.openblas.gelsd(m, n, columns, w_acm.storage,
                                     w_bcm.storage, ldb, w_s.storage, rcond)
    keepalive_until_here(w_acm, w_bcm, w_s)
    if info > 0:
        raise linalg_error(space, "SVD did not converge in Linear Least "
                           "Squares")
    w_x = new_array(space, [n] if is_1d else [n, nrhs], dtype, zero=False)
    for j in range(nrhs):
        for i in range(n):
            x = f8.read_float(w_bcm.storage, (j * ldb + i) * 8)
            dtype.write_float(w_x.storage, (i * nrhs + j) * dtype.itemsize,
                              dtype.wrap_float(x))
    # the sums of the squared residuals, from the components LAPACK leaves
    # in rows n to m: for a full-rank tall a only, else none (NumPy's)
    has_residuals = rank == n and m > n
    w_residuals = new_array(space, [nrhs if has_residuals else 0], dtype,
                            zero=False)
    if has_residuals:
        for j in range(nrhs):
            total = 0.0
            for i in range(n, m):
                r = f8.read_float(w_bcm.storage, (j * ldb + i) * 8)
                total += r * r
            dtype.write_float(w_residuals.storage, j * dtype.itemsize,
                              dtype.wrap_float(total))
    w_rank = new_array(space, [], dt.int32_dtype, zero=False)
    dt.int32_dtype.write_int(w_rank.storage, 0, rank)
    return space.newtuple([w_x, w_residuals, read_flat(space, w_rank, 0),
                           cast(space, w_s, dtype)])


def result_class(name, fields):
    """The class of NumPy 2's named-tuple result `name` (QRResult,
    SVDResult, EigResult, EighResult, SlogdetResult) and the getters of
    its fields."""
    attr = 'w_linalg_' + name
    uname = name.decode('ascii')
    ufields = [f.decode('ascii') for f in fields]

    class W_Result(W_TupleObject):
        def getclass(self, space):
            return getattr(space, attr)

        def repr(self, space):
            parts = [ufields[i] + u'=' + space.repr_u(self.items_w[i])
                     for i in range(len(ufields))]
            return space.newtext(uname + u'(' + u', '.join(parts) + u')')

    W_Result.__name__ = 'W_' + name

    def field(i):
        def getter(space, w_obj):
            assert isinstance(w_obj, W_Result)
            return w_obj.items_w[i]
        getter.__name__ = 'get_%s_%s' % (name, fields[i])
        return getter

    getset = {}
    for i in range(len(fields)):
        getset[fields[i]] = field(i)
    return W_Result, getset


RESULTS = [('QRResult', ['Q', 'R']), ('SVDResult', ['U', 'S', 'Vh']),
           ('EigResult', ['eigenvalues', 'eigenvectors']),
           ('EighResult', ['eigenvalues', 'eigenvectors']),
           ('SlogdetResult', ['sign', 'logabsdet'])]
RESULT_GETSETS = {}
W_QRResult, RESULT_GETSETS['QRResult'] = result_class(*RESULTS[0])
W_SVDResult, RESULT_GETSETS['SVDResult'] = result_class(*RESULTS[1])
W_EigResult, RESULT_GETSETS['EigResult'] = result_class(*RESULTS[2])
W_EighResult, RESULT_GETSETS['EighResult'] = result_class(*RESULTS[3])
W_SlogdetResult, RESULT_GETSETS['SlogdetResult'] = result_class(*RESULTS[4])
QR_MODES = ['reduced', 'complete', 'r', 'raw']


def qr(space, w_obj, mode):
    """LAPACK's dgeqrf factors a in place: R in its upper triangle, the
    Householder reflectors below; dorgqr then makes Q's columns of them.
    The signs are LAPACK's, which are NumPy's."""
    a = matrix(space, w_obj)
    m, n = a.shape[0], a.shape[1]
    k = min(m, n)
    dtype = result_dtype(a)
    w_h = float64_copy(space, a.transposed())     # column-major a
    w_tau = new_array(space, [k], f8)
    info = blas.openblas.geqrf(m, n, w_h.storage, w_tau.storage)
    keepalive_until_here(w_h, w_tau)
    assert info == 0        # (nonzero only for an illegal argument)
    if mode == 'raw':
        # NumPy's h: the column-major factors read in C order
        return space.newtuple([cast(space, w_h, dtype),
                               cast(space, w_tau, dtype)])
    if mode == 'r':
        return upper_triangle(space, w_h, k, dtype)
    # Q's columns: m with 'complete' (then R has m rows), else min(m, n)
    columns = m if mode == 'complete' and m > n else k
    w_q = new_array(space, [columns, m], f8)
    for i in range(min(columns, n) * m):
        f8.write_float(w_q.storage, i * 8, f8.read_float(w_h.storage, i * 8))
    info = blas.openblas.orgqr(m, columns, k, w_q.storage, w_tau.storage)
    keepalive_until_here(w_q, w_tau)
    assert info == 0
    return W_QRResult([from_column_major(space, w_q, dtype),
                       upper_triangle(space, w_h, columns, dtype)])


def upper_triangle(space, w_cm, rows, dtype):
    """The first `rows` rows of the upper triangle of the matrix whose
    column-major storage is w_cm, as a C-contiguous array of dtype."""
    m, n = w_cm.shape[1], w_cm.shape[0]
    w_r = new_array(space, [rows, n], dtype)
    for i in range(min(rows, m)):
        for j in range(i, n):
            x = f8.read_float(w_cm.storage, (j * m + i) * 8)
            dtype.write_float(w_r.storage, (i * n + j) * dtype.itemsize,
                              dtype.wrap_float(x))
    return w_r


def lu_diagonal(space, a):
    """The diagonal of a's LU factors (getrf) and the sign of the row
    permutation; None for an exactly zero pivot."""
    n = a.shape[0]
    w_lu = float64_copy(space, a)       # det(a^T) == det(a)
    ipiv = lltype.malloc(rffi.INTP.TO, max(n, 1), flavor='raw')
    info = blas.openblas.getrf(n, w_lu.storage, ipiv)
    diagonal = None
    sign = 1.0
    if info == 0:
        diagonal = []
        for i in range(n):
            diagonal.append(f8.read_float(w_lu.storage, (i * n + i) * 8))
            if rffi.cast(lltype.Signed, ipiv[i]) != i + 1:
                sign = -sign
    lltype.free(ipiv, flavor='raw')
    keepalive_until_here(w_lu)
    return diagonal, sign


def det(space, w_obj):
    return over_stack(space, w_obj, det_2d, True)[0]


def det_2d(space, a):
    diagonal, result = lu_diagonal(space, a)
    if diagonal is None:
        result = 0.0        # an exactly zero pivot
    else:
        for x in diagonal:
            result *= x
    return [zero_d(space, result, result_dtype(a))]


def slogdet(space, w_obj):
    sign, logabsdet = over_stack(space, w_obj, slogdet_2d, True)
    return W_SlogdetResult([sign, logabsdet])


def slogdet_2d(space, a):
    """NumPy's (sign, log|det|): the logarithms of the pivots summed, which
    neither overflows nor underflows; (0, -inf) for a singular a."""
    dtype = result_dtype(a)
    diagonal, sign = lu_diagonal(space, a)
    logabsdet = 0.0
    if diagonal is None:
        sign = 0.0
        logabsdet = -rfloat.INFINITY
    else:
        for x in diagonal:
            if x < 0.0:
                sign = -sign
            if x == 0.0:
                sign = 0.0
                logabsdet = -rfloat.INFINITY
                break
            logabsdet += math.log(abs(x))
    return [zero_d(space, sign, dtype), zero_d(space, logabsdet, dtype)]


def cholesky(space, w_obj, upper):
    """The lower factor L (a = L L^T) from a's lower triangle; upper: the
    upper factor U = L^T (a = U^T U) from a's upper triangle."""
    w_l = over_stack(space, triangle_of(space, w_obj, upper), cholesky_2d,
                     True)[0]
    if not upper:
        return w_l
    assert isinstance(w_l, W_ConcreteArray)
    return contiguous_copy(space, swapped_last_axes(w_l))


def cholesky_2d(space, a):
    n = a.shape[0]
    # the upper triangle of column-major storage is a's lower one in C
    # order, where U^T = L then reads: NumPy's lower factor from a's lower
    # triangle
    w_l = float64_copy(space, a)
    info = blas.openblas.potrf_upper(n, w_l.storage)
    keepalive_until_here(w_l)
    if info > 0:
        raise linalg_error(space, "Matrix is not positive definite")
    for i in range(n):
        for j in range(i + 1, n):
            f8.write_float(w_l.storage, (i * n + j) * 8, 0.0)
    return [cast(space, w_l, result_dtype(a))]


def matrix_power(space, w_obj, n):
    """a to the power n by repeated matrix products (matmul: each matrix
    of a stack), through inv for n < 0."""
    a = as_concrete(space, w_obj)
    check_at_least_2d(space, a)
    check_square(space, a)
    if n == 0:
        w_eye = new_array(space, a.shape, a.dtype)
        assign(space, w_eye,
                    identity(space, a.shape[len(a.shape) - 1], f8))
        return w_eye
    w_base = a
    if n < 0:
        w_base = inv(space, a)
        n = -n
    if n == 1:
        return w_base
    if n == 2:
        return matmul(space, w_base, w_base)
    if n == 3:
        return matmul(space, matmul(space, w_base, w_base), w_base)
    # binary powering, in NumPy's order (so that the roundings are the same)
    w_result = None
    w_square = w_base
    while True:
        if n & 1:
            w_result = w_square if w_result is None else \
                matmul(space, w_result, w_square)
        n >>= 1
        if n == 0:
            break
        w_square = matmul(space, w_square, w_square)
    assert w_result is not None
    return w_result


def eigh_2d(space, a, vectors):
    """Eigenvalues (ascending) of the symmetric a from its lower triangle,
    as NumPy's UPLO='L', and with `vectors` the eigenvectors (columns)."""
    n = a.shape[0]
    dtype = result_dtype(a)
    # column-major storage holds a^T, whose upper triangle is a's lower one
    w_v = float64_copy(space, a)
    w_w = new_array(space, [n], f8)
    info = blas.openblas.syevd(n, w_v.storage, w_w.storage)
    keepalive_until_here(w_v, w_w)
    if info > 0:
        raise linalg_error(space, "Eigenvalues did not converge")
    return real_eigen_result(space, w_w, w_v, dtype, vectors)


def real_eigen_result(space, w_w, w_v, dtype, vectors):
    """The float64 eigenvalues w_w in dtype and, with `vectors`, the
    eigenvectors: the columns of w_v's column-major storage, its rows in C
    order."""
    w_values = cast(space, w_w, dtype)
    if not vectors:
        return [w_values]
    return [w_values, from_column_major(space, w_v, dtype)]


def eig_2d(space, a, vectors):
    """Eigenvalues of the general a and, with `vectors`, its right
    eigenvectors (columns): real arrays when every eigenvalue is real,
    else complex128, as NumPy's."""
    n = a.shape[0]
    dtype = result_dtype(a)
    w_a = float64_copy(space, a.transposed())       # column-major a
    w_wr = new_array(space, [n], f8)
    w_wi = new_array(space, [n], f8)
    w_vr = new_array(space, [n, n] if vectors else [1], f8)
    info = blas.openblas.geev(n, w_a.storage, w_wr.storage, w_wi.storage,
                              w_vr.storage, vectors)
    keepalive_until_here(w_a, w_wr, w_wi, w_vr)
    if info > 0:
        raise linalg_error(space, "Eigenvalues did not converge")
    wr = float_list(w_wr)
    wi = float_list(w_wi)
    is_real = True
    for x in wi:
        if x != 0.0:
            is_real = False
    if is_real:
        return real_eigen_result(space, w_wr, w_vr, dtype, vectors)
    c16 = dt.complex128_dtype
    w_values = new_array(space, [n], c16, zero=False)
    for j in range(n):
        c16.write_float(w_values.storage, j * 16, wr[j])
        c16.write_imag(w_values.storage, j * 16, wi[j])
    if not vectors:
        return [w_values]
    # LAPACK packs a conjugate pair's vectors as the real part and the
    # imaginary part in two columns
    w_vectors = new_array(space, [n, n], c16, zero=False)
    j = 0
    while j < n:
        pair = wi[j] != 0.0 and j + 1 < n
        for r in range(n):
            re = f8.read_float(w_vr.storage, (j * n + r) * 8)
            im = 0.0
            if pair:
                im = f8.read_float(w_vr.storage, ((j + 1) * n + r) * 8)
                c16.write_float(w_vectors.storage, (r * n + j + 1) * 16, re)
                c16.write_imag(w_vectors.storage, (r * n + j + 1) * 16, -im)
            c16.write_float(w_vectors.storage, (r * n + j) * 16, re)
            c16.write_imag(w_vectors.storage, (r * n + j) * 16, im)
        j += 2 if pair else 1
    return [w_values, w_vectors]


def svd_values_2d(space, a):
    return [svd_parts(space, a, False, False)[1]]


def svd_full_2d(space, a):
    w_u, w_s, w_vh = svd_parts(space, a, True, True)
    assert w_u is not None and w_vh is not None
    return [w_u, w_s, w_vh]


def svd_reduced_2d(space, a):
    w_u, w_s, w_vh = svd_parts(space, a, False, True)
    assert w_u is not None and w_vh is not None
    return [w_u, w_s, w_vh]


def svd(space, w_obj, full_matrices, compute_uv):
    if not compute_uv:
        return over_stack(space, w_obj, svd_values_2d, False)[0]
    return W_SVDResult(over_stack(
        space, w_obj, svd_full_2d if full_matrices else svd_reduced_2d,
        False))


def svd_parts(space, a, full_matrices, compute_uv):
    """u, s, vh of the 2-d a (u and vh: None unless compute_uv)."""
    m, n = a.shape[0], a.shape[1]
    k = min(m, n)
    dtype = result_dtype(a)
    # LAPACK factors a^T = U_L S VT_L (column-major storage of a): then
    # U_L's storage read in C order is a's vh, VT_L's is a's u
    w_a = float64_copy(space, a)
    w_s = new_array(space, [k], f8)
    lib = blas.openblas
    w_u = w_vh = None
    if not compute_uv:
        w_none = new_array(space, [1], f8)
        info = lib.gesdd('N', n, m, w_a.storage, w_s.storage, w_none.storage,
                         1, w_none.storage, 1)
        keepalive_until_here(w_none)
    elif full_matrices:
        w_vh = new_array(space, [n, n], f8)
        w_u = new_array(space, [m, m], f8)
        info = lib.gesdd('A', n, m, w_a.storage, w_s.storage, w_vh.storage,
                         n, w_u.storage, m)
        keepalive_until_here(w_vh, w_u)
    else:
        w_vh = new_array(space, [k, n], f8)
        w_u = new_array(space, [m, k], f8)
        info = lib.gesdd('S', n, m, w_a.storage, w_s.storage, w_vh.storage,
                         n, w_u.storage, k)
        keepalive_until_here(w_vh, w_u)
    keepalive_until_here(w_a, w_s)
    if info > 0:
        raise linalg_error(space, "SVD did not converge")
    if not compute_uv:
        return None, cast(space, w_s, dtype), None
    return (cast(space, w_u, dtype), cast(space, w_s, dtype),
            cast(space, w_vh, dtype))


def float_list(w_arr):
    """The values of a C-contiguous 1-d array."""
    return [w_arr.dtype.read_float(w_arr.storage, i * w_arr.dtype.itemsize)
            for i in range(w_arr.shape[0])]


def largest(values):
    """The largest of non-negative values (0.0 for none)."""
    result = 0.0
    for x in values:
        result = max(result, x)
    return result


def has_nonzero(space, a):
    w_flat = flattened(space, a)
    assert isinstance(w_flat, W_ConcreteArray)
    dtype = w_flat.dtype
    for i in range(w_flat.shape[0]):
        offset = w_flat.start + i * w_flat.strides[0]
        if dtype.is_complex():
            if dtype.read_float(w_flat.storage, offset) != 0.0 or \
                    dtype.read_imag(w_flat.storage, offset) != 0.0:
                return True
        elif dtype.read_as_float(w_flat.storage, offset) != 0.0:
            return True
    return False


def pinv(space, w_obj, rcond):
    return over_stack_with(space, w_obj, pinv_2d, rcond, 0.0)


def pinv_2d(space, a, rcond, unused):
    """NumPy's: the singular values above rcond times the largest
    inverted, the others dropped; vh^T (s^-1 u^T). rcond NaN: NumPy's
    rtol=None, the larger dimension times the float64 epsilon."""
    w_u, w_s, w_vh = svd_parts(space, a, False, True)
    assert w_u is not None and w_vh is not None
    s = float_list(w_s)
    if rfloat.isnan(rcond):
        rcond = max(a.shape[0], a.shape[1]) * FLOAT64_EPS
    cutoff = rcond * largest(s)
    m, k = w_u.shape[0], w_u.shape[1]
    dtype = w_u.dtype
    w_scaled = new_array(space, [k, m], dtype, zero=False)     # s^-1 u^T
    for i in range(k):
        inverse = 1.0 / s[i] if s[i] > cutoff else 0.0
        for j in range(m):
            x = dtype.read_float(w_u.storage, w_u.offset_of([j, i]))
            dtype.write_float(w_scaled.storage, (i * m + j) * dtype.itemsize,
                              dtype.wrap_float(inverse * x))
    return as_concrete(space, dot(space, w_vh.transposed(), w_scaled))


def matrix_rank(space, w_obj, tol, rtol):
    a = as_concrete(space, w_obj)
    if len(a.shape) < 2:
        return space.newint(1 if has_nonzero(space, a) else 0)
    if len(a.shape) > 2:
        return over_stack_with(space, a, rank_2d, tol, rtol)
    a = matrix(space, a)
    return space.newint(rank_of(space, a, tol, rtol))


def rank_2d(space, a, tol, rtol):
    w_rank = new_array(space, [], dt.int64_dtype, zero=False)
    dt.int64_dtype.write_int(w_rank.storage, 0, rank_of(space, a, tol, rtol))
    return w_rank


def rank_of(space, a, tol, rtol):
    """The number of a's singular values above tol, else above rtol times
    the largest, else above NumPy's default tolerance (NaN: not given)."""
    s = float_list(svd_parts(space, a, False, False)[1])
    eps = 1.1920928955078125e-07 if result_dtype(a) is dt.float32_dtype \
        else FLOAT64_EPS
    if rfloat.isnan(rtol):
        rtol = max(a.shape[0], a.shape[1]) * eps
    if rfloat.isnan(tol):
        tol = largest(s) * rtol
    rank = 0
    for x in s:
        if x > tol:
            rank += 1
    return rank


def eig_values_2d(space, a):
    return eig_2d(space, a, False)


def eig_pairs_2d(space, a):
    return eig_2d(space, a, True)


def eigh_values_2d(space, a):
    return eigh_2d(space, a, False)


def eigh_pairs_2d(space, a):
    return eigh_2d(space, a, True)


def eigenvalues(space, w_a):
    return over_stack(space, w_a, eig_values_2d, True)[0]


def eigenpairs(space, w_a):
    return W_EigResult(over_stack(space, w_a, eig_pairs_2d, True))


def triangle_of(space, w_a, upper):
    """w_a as an array whose lower triangles are w_a's own (upper: the
    transposes of its matrices), which eigh and cholesky read."""
    a = real_operand(space, w_a)
    check_at_least_2d(space, a)
    return swapped_last_axes(a) if upper else a


def hermitian_eigenvalues(space, w_a, upper):
    return over_stack(space, triangle_of(space, w_a, upper), eigh_values_2d,
                      True)[0]


def hermitian_eigenpairs(space, w_a, upper):
    return W_EighResult(over_stack(space, triangle_of(space, w_a, upper),
                                   eigh_pairs_2d, True))


def of_one_array(name, func):
    """np.linalg.<name>(a) calling func(space, a)."""
    def np_func(space, args):
        check_args(space, args, name, 1, 1)
        return func(space, args.arguments_w[0])
    np_func.__name__ = 'np_' + name
    return np_func


def np_solve(space, args):
    check_args(space, args, 'solve', 2, 2)
    return solve(space, args.arguments_w[0], args.arguments_w[1])


def np_matrix_power(space, args):
    check_args(space, args, 'matrix_power', 2, 2)
    return matrix_power(space, args.arguments_w[0],
                        space.int_w(args.arguments_w[1]))


def np_svd(space, args):
    check_keywords(space, args, 'svd', ['a', 'full_matrices', 'compute_uv'])
    if len(args.arguments_w) < 1 or len(args.arguments_w) > 3:
        check_args(space, args, 'svd', 1, 3)
    w_full_matrices = arg(space, args, 1, 'full_matrices')
    w_compute_uv = arg(space, args, 2, 'compute_uv')
    return svd(space, args.arguments_w[0],
               w_full_matrices is None or space.is_true(w_full_matrices),
               w_compute_uv is None or space.is_true(w_compute_uv))


def np_lstsq(space, args):
    check_keywords(space, args, 'lstsq', ['a', 'b', 'rcond'])
    w_a = arg(space, args, 0, 'a')
    w_b = arg(space, args, 1, 'b')
    if w_a is None or w_b is None or len(args.arguments_w) > 3:
        check_args(space, args, 'lstsq', 2, 3)
    return lstsq(space, w_a, w_b, arg(space, args, 2, 'rcond'))


def np_qr(space, args):
    check_keywords(space, args, 'qr', ['a', 'mode'])
    w_a = arg(space, args, 0, 'a')
    if w_a is None or len(args.arguments_w) > 2:
        check_args(space, args, 'qr', 1, 2)
    w_mode = arg(space, args, 1, 'mode')
    mode = 'reduced' if w_mode is None else space.text_utf8(w_mode)
    if mode not in QR_MODES:
        raise space.error(space.w_ValueError,
                          "Unrecognized mode '%s'" % mode)
    return qr(space, w_a, mode)


def optional_float(space, w_value):
    """A float argument, NaN for None or not given."""
    if w_value is None or space.is_none(w_value):
        return rfloat.NAN
    return space.float_w(w_value)


def uplo(space, args, fname):
    check_keywords(space, args, fname, ['a', 'UPLO'])
    w_a = arg(space, args, 0, 'a')
    if w_a is None or len(args.arguments_w) > 2:
        check_args(space, args, fname, 1, 2)
    w_uplo = arg(space, args, 1, 'UPLO')
    name = 'L' if w_uplo is None else space.text_utf8(w_uplo)
    if name != 'L' and name != 'U':
        raise space.error(space.w_ValueError,
                          "UPLO argument must be 'L' or 'U'")
    return w_a, name == 'U'


def np_eigh(space, args):
    w_a, upper = uplo(space, args, 'eigh')
    return hermitian_eigenpairs(space, w_a, upper)


def np_eigvalsh(space, args):
    w_a, upper = uplo(space, args, 'eigvalsh')
    return hermitian_eigenvalues(space, w_a, upper)


def np_cholesky(space, args):
    check_keywords(space, args, 'cholesky', ['a', 'upper'])
    w_a = arg(space, args, 0, 'a')
    if w_a is None or len(args.arguments_w) > 1:
        check_args(space, args, 'cholesky', 1, 1)
    w_upper = keyword_value(args, 'upper')
    return cholesky(space, w_a, w_upper is not None and
                    space.is_true(w_upper))


def np_pinv(space, args):
    """pinv(a, rcond=None, hermitian=False, *, rtol=): hermitian matrices
    go through the general SVD too (the same values to rounding)."""
    check_keywords(space, args, 'pinv', ['a', 'rcond', 'hermitian', 'rtol'])
    w_a = arg(space, args, 0, 'a')
    if w_a is None or len(args.arguments_w) > 3:
        check_args(space, args, 'pinv', 1, 3)
    w_rcond = arg(space, args, 1, 'rcond')
    w_rtol = keyword_value(args, 'rtol')
    if w_rcond is not None and not space.is_none(w_rcond):
        if w_rtol is not None:
            raise space.error(space.w_ValueError,
                              "`rtol` and `rcond` can't be both set.")
        rcond = space.float_w(w_rcond)
    elif w_rtol is None:
        rcond = 1e-15
    else:
        rcond = optional_float(space, w_rtol)
    return pinv(space, w_a, rcond)


def np_matrix_rank(space, args):
    check_keywords(space, args, 'matrix_rank', ['A', 'tol', 'hermitian',
                                                'rtol'])
    w_a = arg(space, args, 0, 'A')
    if w_a is None or len(args.arguments_w) > 3:
        check_args(space, args, 'matrix_rank', 1, 3)
    return matrix_rank(space, w_a,
                       optional_float(space, arg(space, args, 1, 'tol')),
                       optional_float(space, keyword_value(args, 'rtol')))


FUNCTIONS = [(name, of_one_array(name, func)) for name, func in [
    ('inv', inv), ('det', det), ('eig', eigenpairs), ('slogdet', slogdet),
    ('eigvals', eigenvalues)]] + [
    ('eigh', np_eigh), ('eigvalsh', np_eigvalsh),
    ('cholesky', np_cholesky), ('pinv', np_pinv),
    ('matrix_rank', np_matrix_rank),
    ('solve', np_solve), ('matrix_power', np_matrix_power), ('svd', np_svd),
    ('lstsq', np_lstsq), ('qr', np_qr)]


def make_module(space):
    w_mod = space.newmodule('numpy.linalg')
    w_error = space.make_builtin_type(
        'w_LinAlgError', TypeDef('LinAlgError', new=new_exception),
        [space.w_ValueError])
    w_mod.w_dict.setitem_str(space, 'LinAlgError', w_error)
    # (not among the module's names, as in NumPy)
    for name, fields in RESULTS:
        space.make_builtin_type(
            'w_linalg_' + name, TypeDef(name, getset=RESULT_GETSETS[name],
                                        acceptable_as_base=False),
            [space.w_tuple])
    for name, func in FUNCTIONS:
        w_mod.w_dict.setitem_str(space, name, BuiltinFunction(name, func))
    # norm, cond, multi_dot... are composed of array operations
    w_mod.w_dict.setitem_str(space, '__getattr__', module_getattr(
        'numpy.linalg', '_numpy_lib.linalg'))
    return w_mod
