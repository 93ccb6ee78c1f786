"""Indexing: a[i], a[i, j], slices (views), `...`, newaxis, boolean masks
and integer arrays, for reading and for assignment."""

from rpython.rlib import jit
from pypy.objspace.intobject import W_IntObject
from pypy.objspace.sliceobject import W_SliceObject
from pypy.objspace.tupleobject import W_TupleObject
from pypy.objspace.noneobject import W_EllipsisObject
from pypy.module.micronumpy.concrete import W_ConcreteArray, new_array
from pypy.module.micronumpy.ndarray import W_NDArray
from pypy.module.micronumpy import boxes
from pypy.module.micronumpy import descriptor as dt


def read_at(space, w_arr, offset):
    dtype = w_arr.dtype
    if dtype.is_float():
        return boxes.box_float(dtype, dtype.read_float(w_arr.storage, offset))
    return boxes.box_int(space, dtype, dtype.read_int(w_arr.storage, offset))


def write_at(space, w_arr, offset, w_value):
    """Store one Python/NumPy scalar, converted to the array's dtype."""
    from pypy.module.micronumpy.ufuncs_app import scalar_to_float, \
        scalar_to_int
    dtype = w_arr.dtype
    if dtype.is_float():
        dtype.write_float(w_arr.storage, offset,
                          scalar_to_float(space, w_value))
    else:
        dtype.write_int(w_arr.storage, offset,
                        dtype.wrap_int(scalar_to_int(space, w_value, dtype)))


@jit.unroll_safe
def read_flat(space, w_arr, index):
    """Element `index` in C order (of any concrete array)."""
    offset = w_arr.start
    k = len(w_arr.shape) - 1
    while k >= 0:
        n = w_arr.shape[k]
        offset += (index % n) * w_arr.strides[k]
        index = index // n
        k -= 1
    return read_at(space, w_arr, offset)


def check_index(space, index, size, axis):
    if index < 0:
        index += size
    if index < 0 or index >= size:
        raise space.error(space.w_IndexError,
                          "index %d is out of bounds for axis %d with size "
                          "%d" % (index if index >= size else index - size,
                                  axis, size))
    return index


def item_along_first_axis(space, w_arr, i):
    if len(w_arr.shape) == 1:
        return read_at(space, w_arr, w_arr.start + i * w_arr.strides[0])
    return w_arr.view(w_arr.shape[1:], w_arr.strides[1:],
                      w_arr.start + i * w_arr.strides[0])


def getitem(space, w_arr, w_index):
    if isinstance(w_index, W_IntObject) and len(w_arr.shape) == 1:
        # the `a[i]` of Python loops: straight from the buffer
        i = check_index(space, w_index.intval, w_arr.shape[0], 0)
        return read_at(space, w_arr, w_arr.start + i * w_arr.strides[0])
    if isinstance(w_index, W_NDArray) or is_index_list(space, w_index):
        return getitem_advanced(space, w_arr, w_index)
    w_view, is_element = basic_index(space, w_arr, w_index)
    if is_element:
        return read_at(space, w_view, w_view.start)
    return w_view


def setitem(space, w_arr, w_index, w_value):
    from pypy.module.micronumpy.loop import assign
    from pypy.module.micronumpy.ctors import array_from_w
    w_arr.prepare_write(space)
    if isinstance(w_index, W_IntObject) and len(w_arr.shape) == 1 and \
            not isinstance(w_value, W_NDArray):
        i = check_index(space, w_index.intval, w_arr.shape[0], 0)
        write_at(space, w_arr, w_arr.start + i * w_arr.strides[0], w_value)
        return
    if isinstance(w_index, W_NDArray) or is_index_list(space, w_index):
        setitem_advanced(space, w_arr, w_index, w_value)
        return
    w_view, is_element = basic_index(space, w_arr, w_index)
    if is_element and not isinstance(w_value, W_NDArray):
        write_at(space, w_view, w_view.start, w_value)
        return
    assign(space, w_view, array_from_w(space, w_value, None))


def is_index_list(space, w_index):
    from pypy.objspace.listobject import W_ListObject
    return isinstance(w_index, W_ListObject)


def basic_index(space, w_arr, w_index):
    """(view, is_element) for an index made of ints, slices, `...` and
    None."""
    if isinstance(w_index, W_TupleObject):
        items_w = w_index.items_w
    else:
        items_w = [w_index]
    ndim = len(w_arr.shape)
    consumed = 0
    has_ellipsis = False
    for w_item in items_w:
        if isinstance(w_item, W_EllipsisObject):
            if has_ellipsis:
                raise space.error(space.w_IndexError,
                                  "an index can only have a single ellipsis "
                                  "('...')")
            has_ellipsis = True
        elif not space.is_none(w_item):
            consumed += 1
    if consumed > ndim:
        raise space.error(space.w_IndexError,
                          "too many indices for array: array is "
                          "%d-dimensional, but %d were indexed" % (ndim,
                                                                   consumed))
    shape = []
    strides = []
    start = w_arr.start
    axis = 0
    all_ints = not has_ellipsis and consumed == ndim
    for w_item in items_w:
        if isinstance(w_item, W_EllipsisObject):
            for k in range(ndim - consumed):
                shape.append(w_arr.shape[axis])
                strides.append(w_arr.strides[axis])
                axis += 1
        elif space.is_none(w_item):
            shape.append(1)
            strides.append(0)
            all_ints = False
        elif isinstance(w_item, W_SliceObject):
            first, stop, step, n = w_item.indices(space, w_arr.shape[axis])
            shape.append(n)
            strides.append(w_arr.strides[axis] * step)
            if n > 0:
                start += first * w_arr.strides[axis]
            axis += 1
            all_ints = False
        else:
            try:
                index = space.getindex_w(w_item)
            except Exception:
                raise space.error(
                    space.w_IndexError,
                    "only integers, slices (`:`), ellipsis (`...`), "
                    "numpy.newaxis (`None`) and integer or boolean arrays "
                    "are valid indices")
            index = check_index(space, index, w_arr.shape[axis], axis)
            start += index * w_arr.strides[axis]
            axis += 1
    while axis < ndim:
        shape.append(w_arr.shape[axis])
        strides.append(w_arr.strides[axis])
        axis += 1
    return w_arr.view(shape, strides, start), all_ints


def getitem_advanced(space, w_arr, w_index):
    """a[mask] and a[int_array] (along the first axis): copies."""
    from pypy.module.micronumpy.ctors import array_from_w
    w_idx = array_from_w(space, w_index, None).get_concrete(space)
    assert isinstance(w_idx, W_ConcreteArray)
    if w_idx.dtype.kind == dt.KIND_BOOL:
        positions = mask_positions(space, w_arr, w_idx)
        w_flat = flatten(space, w_arr)
        w_result = new_array(space, [len(positions)], w_arr.dtype)
        for k in range(len(positions)):
            copy_element(w_flat, positions[k], w_result, k)
        return w_result
    n = w_idx.get_size()
    indices = [0] * n
    for k in range(n):
        indices[k] = check_index(space, space.int_w(read_flat(space, w_idx,
                                                                k)),
                                 w_arr.shape[0], 0)
    row_shape = w_arr.shape[1:]
    w_result = new_array(space, w_idx.shape + row_shape, w_arr.dtype)
    w_rows = w_result.view([n] + row_shape, [0] * (1 + len(row_shape)), 0)
    from pypy.module.micronumpy.loop import assign
    for k in range(n):
        w_src_row = item_along_first_axis(space, w_arr, indices[k])
        w_dst_row = item_along_first_axis(space, reshape_flat_rows(
            w_result, n, row_shape), k)
        if isinstance(w_dst_row, W_ConcreteArray):
            assign(space, w_dst_row, w_src_row)
        else:
            copy_element(w_arr, 0, w_result, 0)  # unreachable shape-wise
            write_at(space, w_result, w_result.start +
                     k * w_arr.dtype.itemsize, w_src_row)
    del w_rows
    return w_result


def reshape_flat_rows(w_result, n, row_shape):
    from pypy.module.micronumpy.strides import calc_strides
    shape = [n] + row_shape
    return w_result.view(shape, calc_strides(shape, w_result.dtype.itemsize),
                         w_result.start)


def mask_positions(space, w_arr, w_mask):
    from pypy.module.micronumpy.strides import same_shape, shape_repr
    if not same_shape(w_arr.shape, w_mask.shape):
        raise space.error(space.w_IndexError,
                          "boolean index did not match indexed array; "
                          "dimension is %d but corresponding boolean "
                          "dimension is %d" % (
                              w_arr.shape[0] if w_arr.shape else 0,
                              w_mask.shape[0] if w_mask.shape else 0))
    positions = []
    for k in range(w_mask.get_size()):
        if space.is_true(read_flat(space, w_mask, k)):
            positions.append(k)
    return positions


def flatten(space, w_arr):
    """A C-contiguous array with w_arr's values (w_arr itself if it is
    one)."""
    if w_arr.is_c_contiguous():
        return w_arr
    from pypy.module.micronumpy.loop import assign
    w_copy = new_array(space, w_arr.shape, w_arr.dtype)
    assign(space, w_copy, w_arr)
    return w_copy


def copy_element(w_src, src_index, w_dst, dst_index):
    size = w_src.dtype.itemsize
    src = w_src.start + src_index * size
    dst = w_dst.start + dst_index * size
    if w_src.dtype.is_float():
        w_dst.dtype.write_float(w_dst.storage, dst,
                                w_src.dtype.read_float(w_src.storage, src))
    else:
        w_dst.dtype.write_int(w_dst.storage, dst,
                              w_src.dtype.read_int(w_src.storage, src))


def setitem_advanced(space, w_arr, w_index, w_value):
    from pypy.module.micronumpy.ctors import array_from_w
    w_idx = array_from_w(space, w_index, None).get_concrete(space)
    assert isinstance(w_idx, W_ConcreteArray)
    w_values = array_from_w(space, w_value, w_arr.dtype).get_concrete(space)
    assert isinstance(w_values, W_ConcreteArray)
    nvalues = w_values.get_size()
    if w_idx.dtype.kind == dt.KIND_BOOL:
        positions = mask_positions(space, w_arr, w_idx)
        if nvalues != 1 and nvalues != len(positions):
            raise space.error(
                space.w_ValueError,
                "NumPy boolean array indexing assignment cannot assign %d "
                "input values to the %d output values where the mask is "
                "true" % (nvalues, len(positions)))
        for k in range(len(positions)):
            write_flat(space, w_arr, positions[k],
                       read_flat(space, w_values, k % nvalues))
        return
    if len(w_arr.shape) != 1:
        raise space.error(space.w_IndexError,
                          "integer-array assignment is only supported for "
                          "1-d arrays yet")
    n = w_idx.get_size()
    for k in range(n):
        i = check_index(space, space.int_w(read_flat(space, w_idx, k)),
                        w_arr.shape[0], 0)
        write_at(space, w_arr, w_arr.start + i * w_arr.strides[0],
                 read_flat(space, w_values, k % max(nvalues, 1)))


@jit.unroll_safe
def write_flat(space, w_arr, index, w_value):
    offset = w_arr.start
    k = len(w_arr.shape) - 1
    while k >= 0:
        n = w_arr.shape[k]
        offset += (index % n) * w_arr.strides[k]
        index = index // n
        k -= 1
    write_at(space, w_arr, offset, w_value)
