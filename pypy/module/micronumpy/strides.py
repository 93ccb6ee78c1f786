"""Shapes and strides: C-order strides, broadcasting, index arithmetic."""

from rpython.rlib import jit
from rpython.rlib.rarithmetic import ovfcheck


@jit.unroll_safe
def calc_strides(shape, itemsize, order_c=True):
    """Byte strides of a freshly allocated array."""
    strides = [0] * len(shape)
    step = itemsize
    if order_c:
        i = len(shape) - 1
        while i >= 0:
            strides[i] = step
            step *= shape[i]
            i -= 1
    else:
        for i in range(len(shape)):
            strides[i] = step
            step *= shape[i]
    return strides


@jit.unroll_safe
def shape_size(shape):
    """Number of elements; raises OverflowError on absurd shapes."""
    size = 1
    for n in shape:
        try:
            size = ovfcheck(size * n)
        except OverflowError:
            raise OverflowError
    return size


# Every element or byte count of a new array is computed by the helpers
# below: a count that wrapped around would allocate a small buffer that the
# loops then write past.  (A check such as `nbytes // itemsize != size` after
# the multiplication is no check: signed overflow is undefined in C and gcc
# removes it.  ovfcheck stays inside its own try block, as the JIT's
# codewriter requires.)

TOO_BIG = ("array is too big; `arr.size * arr.dtype.itemsize` is larger "
           "than the maximum possible size.")


def too_big(space):
    return space.error(space.w_ValueError, TOO_BIG)


@jit.unroll_safe
def checked_nbytes(space, shape, itemsize):
    """Byte size of a new array of `shape`, checked as NumPy checks it:
    itemsize times every nonzero dimension must fit in a signed machine
    word, even when another dimension is 0 (then the size is 0)."""
    nbytes = itemsize
    empty = False
    for n in shape:
        if n == 0:
            empty = True
            continue
        if n < 0:
            raise space.error(space.w_ValueError,
                              "negative dimensions are not allowed")
        try:
            nbytes = ovfcheck(nbytes * n)
        except OverflowError:
            raise too_big(space)
    if empty:
        return 0
    return nbytes


def check_element_count(space, shape):
    """NumPy's nditer error for a shape (of a broadcast result or view)
    whose element count does not fit in a machine word."""
    try:
        shape_size(shape)
    except OverflowError:
        raise space.error(space.w_ValueError, "iterator is too large")


def checked_mul(space, a, b):
    """An element count a * b (a, b >= 0), or NumPy's ValueError."""
    try:
        return ovfcheck(a * b)
    except OverflowError:
        raise too_big(space)


def shape_repr(shape):
    if len(shape) == 1:
        return '(%d,)' % shape[0]
    return '(' + ','.join([str(n) for n in shape]) + ')'     # as NumPy's


@jit.unroll_safe
def broadcast_shapes(space, shape1, shape2):
    """NumPy's broadcasting of two shapes, or ValueError."""
    n = max(len(shape1), len(shape2))
    result = [0] * n
    for i in range(n):
        d1 = shape1[len(shape1) - n + i] if i >= n - len(shape1) else 1
        d2 = shape2[len(shape2) - n + i] if i >= n - len(shape2) else 1
        if d1 == d2 or d2 == 1:
            result[i] = d1
        elif d1 == 1:
            result[i] = d2
        else:
            raise space.error(
                space.w_ValueError,
                "operands could not be broadcast together with shapes %s %s "
                % (shape_repr(shape1), shape_repr(shape2)))
    check_element_count(space, result)
    return result


@jit.unroll_safe
def same_shape(shape1, shape2):
    if len(shape1) != len(shape2):
        return False
    for i in range(len(shape1)):
        if shape1[i] != shape2[i]:
            return False
    return True


@jit.unroll_safe
def broadcast_strides(shape, strides, target_shape):
    """Strides to read an array of `shape` as if it had target_shape
    (stride 0 along broadcast dimensions)."""
    n = len(target_shape)
    result = [0] * n
    offset = n - len(shape)
    for i in range(len(shape)):
        if shape[i] != 1:
            result[offset + i] = strides[i]
    return result


def odometer_offsets(shape, strides, start):
    """start + sum(index * strides) for every index of shape, C order."""
    ndim = len(shape)
    size = shape_size(shape)
    result = [0] * size
    if size == 0:
        return result
    index = [0] * ndim
    offset = start
    for k in range(size):
        result[k] = offset
        d = ndim - 1
        while d >= 0:
            index[d] += 1
            offset += strides[d]
            if index[d] < shape[d]:
                break
            offset -= index[d] * strides[d]
            index[d] = 0
            d -= 1
    return result


@jit.unroll_safe
def is_contiguous(shape, strides, itemsize, order_c):
    """Whether the elements are packed as calc_strides lays them out:
    last axis fastest (C order) or first axis fastest (Fortran order).
    An axis of length 1 may have any stride."""
    for n in shape:
        if n == 0:
            return True     # NumPy: an array without elements is both
    if order_c:
        i, stop, delta = len(shape) - 1, -1, -1
    else:
        i, stop, delta = 0, len(shape), 1
    step = itemsize
    while i != stop:
        if shape[i] != 1 and strides[i] != step:
            return False
        step *= shape[i]
        i += delta
    return True


def is_c_contiguous(shape, strides, itemsize):
    return is_contiguous(shape, strides, itemsize, True)


def is_f_contiguous(shape, strides, itemsize):
    return is_contiguous(shape, strides, itemsize, False)


@jit.unroll_safe
def index_offset(index, shape, strides, ndim):
    """Byte offset of element `index` (counted in C order) over the first
    ndim axes of shape/strides (index < the product of their lengths).
    Zero-length axes are skipped: such an array has no element, and `% 0`
    must not be reached.  The first axis takes what is left of the index
    without a division: a 2-D loop's rows start with none (a division
    costs about 40 cycles; per row and operand, it made a 100-column
    copy half as fast as NumPy's)."""
    offset = 0
    k = ndim - 1
    while k > 0:
        n = shape[k]
        if n > 0:
            assert index >= 0       # C division, no sign fix-ups
            offset += (index % n) * strides[k]
            index = index // n
        k -= 1
    if ndim > 0:
        offset += index * strides[0]
    return offset
