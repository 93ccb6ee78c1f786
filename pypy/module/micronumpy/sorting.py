"""Sorting and searching: sort, argsort, unique, nonzero, count_nonzero,
argwhere, searchsorted.

Real lanes are read into raw arrays of unsigned keys and radix-sorted
(radixsort.py), a stable sort: argsort and every kind give NumPy's stable
order.  NaNs sort to the end; complex
values sort lexicographically (complexmath.c_sort_lt) by a stable timsort
of indices."""

from rpython.rlib.listsort import make_timsort_class
from rpython.rlib.objectmodel import keepalive_until_here
from rpython.rlib.rarithmetic import r_uint
from rpython.rlib.rfloat import copysign
from rpython.rlib.rawstorage import raw_storage_getitem, raw_storage_setitem
from rpython.rtyper.lltypesystem import lltype, rffi
from pypy.interpreter.arguments import keyword_value, check_keywords
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy import boxes
from pypy.module.micronumpy.concrete import W_ConcreteArray, new_array, \
    new_buffer, c_memcpy
from pypy.module.micronumpy.ndarray import W_NDArray
from pypy.module.micronumpy.operands import array_from_w
from pypy.module.micronumpy.complexmath import c_sort_lt, c_isnan
from pypy.module.micronumpy.radixsort import Lane, sort_key_of_float, \
    float_of_sort_key, sort_key_of_int, int_of_sort_key
from pypy.module.micronumpy.shapes import flattened, copy_of, lane_offsets, \
    as_concrete
from pypy.module.micronumpy.funcargs import arg, first_arg, check_axis, \
    is_axis_none, self_array, method_of
from pypy.module.micronumpy.elements import read_flat
from pypy.module.micronumpy.reductions import reduce
from pypy.module.micronumpy.lazy import astype, prepare_write


IndexTimSort = make_timsort_class()


class ComplexArgSort(IndexTimSort):
    """Sorts a list of indices into complex keys (as two float lists)."""

    def __init__(self, indices, res, ims):
        IndexTimSort.__init__(self, indices, len(indices))
        self.res = res
        self.ims = ims

    def lt(self, a, b):
        return c_sort_lt(self.res[a], self.ims[a], self.res[b], self.ims[b])


def read_float_lane(w_arr, offset, stride, n):
    dtype = w_arr.dtype
    return [dtype.read_float(w_arr.storage, offset + i * stride)
            for i in range(n)]


def read_imag_lane(w_arr, offset, stride, n):
    dtype = w_arr.dtype
    return [dtype.read_imag(w_arr.storage, offset + i * stride)
            for i in range(n)]


def real_lane_keys(w_arr, offset, stride, n, positioned):
    """(lane, nans, negative_zero): a radixsort.Lane of the keys of one real
    lane's non-NaN elements, in lane order (with the lane position of each
    key if `positioned`), the positions of its NaNs, which sort last in
    input order, and whether it holds a -0.0.  -0.0 gets the key of 0.0:
    NumPy's order holds them equal, so a stable sort keeps their input
    order.  The caller frees the lane."""
    dtype = w_arr.dtype
    storage = w_arr.storage
    lane = Lane(n, positioned)
    keys = lane.keys
    positions = lane.positions
    nans = []
    negative_zero = False
    count = 0
    if dtype.is_float():
        float64 = dtype is dt.float64_dtype
        for i in range(n):
            if float64:     # read directly: no dtype method call
                x = raw_storage_getitem(lltype.Float, storage,
                                        offset + i * stride)
            else:
                x = dtype.read_float(storage, offset + i * stride)
            if x != x:
                nans.append(i)
                continue
            if x == 0.0:
                negative_zero = negative_zero or copysign(1.0, x) < 0.0
                x = 0.0
            keys[count] = sort_key_of_float(x)
            if positioned:
                positions[count] = i
            count += 1
    else:
        unsigned = dtype.is_unsigned64()
        for i in range(n):
            keys[i] = sort_key_of_int(
                dtype.read_int(storage, offset + i * stride), unsigned)
            if positioned:
                positions[i] = i
        count = n
    lane.count = count
    return lane, nans, negative_zero


def lane_order(w_arr, offset, stride, n):
    """The stable sorting permutation of one lane."""
    dtype = w_arr.dtype
    if dtype.is_complex():
        indices = range(n)
        ComplexArgSort(indices, read_float_lane(w_arr, offset, stride, n),
                       read_imag_lane(w_arr, offset, stride, n)).sort()
        return indices
    lane, nans, _ = real_lane_keys(w_arr, offset, stride, n, True)
    lane.sort()
    order = [lane.positions[i] for i in range(lane.count)]
    lane.free()
    order.extend(nans)
    return order


def sort_lane_values(w_arr, offset, stride, n):
    """Sorts one real lane in place by its values: the sorted keys are
    written back as values, then the NaNs.  Only a lane holding -0.0 (equal
    to 0.0, but not the same value) is permuted through its order."""
    dtype = w_arr.dtype
    storage = w_arr.storage
    lane, nans, negative_zero = real_lane_keys(w_arr, offset, stride, n,
                                               False)
    if negative_zero:
        lane.free()
        values = read_float_lane(w_arr, offset, stride, n)
        order = lane_order(w_arr, offset, stride, n)
        for i in range(n):
            dtype.write_float(storage, offset + i * stride, values[order[i]])
        return
    lane.sort()
    keys = lane.keys
    count = lane.count
    if dtype.is_float():
        nan_values = [dtype.read_float(storage, offset + j * stride)
                      for j in nans]
        float64 = dtype is dt.float64_dtype
        for i in range(count):
            x = float_of_sort_key(keys[i])
            if float64:
                raw_storage_setitem(storage, offset + i * stride, x)
            else:
                dtype.write_float(storage, offset + i * stride, x)
        for j in range(len(nan_values)):
            dtype.write_float(storage, offset + (count + j) * stride,
                              nan_values[j])
    else:
        unsigned = dtype.is_unsigned64()
        for i in range(n):
            dtype.write_int(storage, offset + i * stride,
                            int_of_sort_key(keys[i], unsigned))
    lane.free()


def sort_axis(space, args, fname, first):
    """The axis argument of sort/argsort (None when not given; axis=None
    flattens), after checking kind, order and stable: every kind gives the
    stable order (radixsort.py)."""
    w_axis = arg(space, args, first, 'axis')
    w_kind = arg(space, args, first + 1, 'kind')
    if w_kind is not None and not space.is_none(w_kind):
        kind = space.text_utf8(w_kind)
        if kind not in ('quicksort', 'mergesort', 'heapsort', 'stable'):
            raise space.error(space.w_ValueError,
                              "%s kind must be one of 'quick', 'heap', or "
                              "'stable' (got '%s')" % (fname, kind))
    w_order = arg(space, args, first + 2, 'order')
    if w_order is not None and not space.is_none(w_order):
        raise space.error(space.w_ValueError,
                          "Cannot specify order when the array has no "
                          "fields.")
    w_stable = keyword_value(args, 'stable')
    if w_stable is not None and not space.is_none(w_stable):
        if w_kind is not None and not space.is_none(w_kind):
            raise space.error(space.w_ValueError,
                              "`kind` and keyword parameters can't be "
                              "provided at the same time. Use only one of "
                              "them.")
    return w_axis


def sort_in_place(space, w_arr, w_axis_given, w_axis):
    """Sort the concrete C-contiguous-or-not w_arr in place along w_axis
    (default -1)."""
    ndim = len(w_arr.shape)
    if w_axis_given and is_axis_none(space, w_axis):
        raise space.error(space.w_ValueError, "axis None not allowed here")
    axis = -1 if not w_axis_given else space.getindex_w(w_axis)
    if ndim == 0:
        raise space.error(space.w_AxisError,
                          "axis %d is out of bounds for array of dimension 0"
                          % axis)
    axis = check_axis(space, axis, ndim)
    do_sort(space, w_arr, axis)


def do_sort(space, w_arr, axis):
    """Sorts each lane along `axis` in place: real lanes by value,
    complex ones by applying the lane's sorting permutation to its raw
    elements through a contiguous scratch copy of the lane."""
    prepare_write(space, w_arr)
    n = w_arr.shape[axis]
    stride = w_arr.strides[axis]
    if not w_arr.dtype.is_complex():
        for offset in lane_offsets(w_arr, axis):
            sort_lane_values(w_arr, offset, stride, n)
        return
    itemsize = w_arr.dtype.itemsize
    storage = w_arr.storage
    scratch = new_buffer(n * itemsize)
    for offset in lane_offsets(w_arr, axis):
        order = lane_order(w_arr, offset, stride, n)
        for i in range(n):
            copy_element(scratch.storage, i * itemsize, storage,
                         offset + i * stride, itemsize)
        for i in range(n):
            copy_element(storage, offset + i * stride, scratch.storage,
                         order[i] * itemsize, itemsize)
    keepalive_until_here(scratch)


def copy_element(dst, dst_offset, src, src_offset, itemsize):
    c_memcpy(rffi.ptradd(dst, dst_offset), rffi.ptradd(src, src_offset),
             rffi.cast(rffi.SIZE_T, itemsize))


def prepared_copy(space, w_obj, w_axis_given, w_axis):
    """(copy, axis): a fresh copy of the array (flattened for axis=None)
    and the normalized axis."""
    w_arr = array_from_w(space, w_obj, None)
    if w_axis_given and is_axis_none(space, w_axis):
        w_flat = flattened(space, w_arr)
        return copy_of(space, w_flat, w_flat.dtype), 0
    w_conc = copy_of(space, w_arr, w_arr.dtype)
    axis = -1 if not w_axis_given else space.getindex_w(w_axis)
    if not w_conc.shape:
        raise space.error(space.w_AxisError,
                          "axis %d is out of bounds for array of dimension 0"
                          % axis)
    return w_conc, check_axis(space, axis, len(w_conc.shape))


def np_sort(space, args):
    check_keywords(space, args, 'sort', ['a', 'axis', 'kind', 'order',
                                         'stable'])
    w_obj = first_arg(space, args, 'sort', 'a')
    w_axis = sort_axis(space, args, 'sort', 1)
    w_copy, axis = prepared_copy(space, w_obj, w_axis is not None, w_axis)
    do_sort(space, w_copy, axis)
    return w_copy


def array_sort(space, args):
    check_keywords(space, args, 'sort', ['axis', 'kind', 'order', 'stable'])
    w_self = self_array(space, args)
    w_axis = sort_axis(space, args, 'sort', 1)
    w_conc = w_self.get_concrete(space)
    assert isinstance(w_conc, W_ConcreteArray)
    sort_in_place(space, w_conc, w_axis is not None, w_axis)
    return space.w_None


def argsort(space, w_obj, w_axis_given, w_axis):
    w_arr, axis = prepared_copy(space, w_obj, w_axis_given, w_axis)
    w_result = new_array(space, w_arr.shape[:], dt.int64_dtype, zero=False)
    n = w_arr.shape[axis]
    stride = w_arr.strides[axis]
    res_stride = w_result.strides[axis]
    src_offsets = lane_offsets(w_arr, axis)
    dst_offsets = lane_offsets(w_result, axis)
    for j in range(len(src_offsets)):
        order = lane_order(w_arr, src_offsets[j], stride, n)
        for i in range(n):
            dt.int64_dtype.write_int(w_result.storage,
                                     dst_offsets[j] + i * res_stride,
                                     order[i])
    return w_result


def np_argsort(space, args):
    check_keywords(space, args, 'argsort', ['a', 'axis', 'kind', 'order',
                                            'stable'])
    w_obj = first_arg(space, args, 'argsort', 'a')
    w_axis = sort_axis(space, args, 'argsort', 1)
    return argsort(space, w_obj, w_axis is not None, w_axis)


# ____________________________________________________________
# unique

def np_unique(space, args):
    check_keywords(space, args, 'unique', ['ar', 'return_index',
                                           'return_inverse', 'return_counts',
                                           'axis', 'equal_nan', 'sorted'])
    w_arr = array_from_w(space, first_arg(space, args, 'unique', 'ar'), None)
    return_index = flag(space, arg(space, args, 1, 'return_index'))
    return_inverse = flag(space, arg(space, args, 2, 'return_inverse'))
    return_counts = flag(space, arg(space, args, 3, 'return_counts'))
    w_axis = arg(space, args, 4, 'axis')
    if not is_axis_none(space, w_axis):
        # slices compared as records: lib_pypy/_numpy_lib/sets.py
        from pypy.module.imp import find_module
        w_func = space.getattr(find_module(space, '_numpy_lib.sets'),
                               'unique_axis')
        return space.call_function(w_func, w_arr,
                                   space.newbool(return_index),
                                   space.newbool(return_inverse),
                                   space.newbool(return_counts),
                                   space.newint(space.int_w(w_axis)))
    w_eqnan = arg(space, args, 5, 'equal_nan')
    equal_nan = w_eqnan is None or space.is_true(w_eqnan)
    w_flat = flattened(space, w_arr)
    size = w_flat.shape[0]
    dtype = w_flat.dtype
    itemsize = dtype.itemsize
    order = lane_order(w_flat, w_flat.start, itemsize, size)
    # group starts in sorted order
    starts = []
    for k in range(size):
        if k == 0 or not values_equal_nan(dtype, w_flat.storage,
                                          w_flat.start + order[k - 1] *
                                          itemsize,
                                          w_flat.start + order[k] * itemsize,
                                          equal_nan):
            starts.append(k)
    nuniq = len(starts)
    w_values = new_array(space, [nuniq], dtype, zero=False)
    for g in range(nuniq):
        src = w_flat.start + order[starts[g]] * itemsize
        if dtype.is_inexact():
            dtype.write_float(w_values.storage, g * itemsize,
                              dtype.read_float(w_flat.storage, src))
            dtype.write_imag(w_values.storage, g * itemsize,
                             dtype.read_imag(w_flat.storage, src))
        else:
            dtype.write_int(w_values.storage, g * itemsize,
                            dtype.read_int(w_flat.storage, src))
    if not (return_index or return_inverse or return_counts):
        return w_values
    results_w = [w_values]
    i64 = dt.int64_dtype
    if return_index:
        w_index = new_array(space, [nuniq], i64, zero=False)
        for g in range(nuniq):
            i64.write_int(w_index.storage, g * 8, order[starts[g]])
        results_w.append(w_index)
    if return_inverse:
        w_inverse = new_array(space, w_arr.shape[:], i64, zero=False)
        g = -1
        for k in range(size):
            if g + 1 < nuniq and starts[g + 1] == k:
                g += 1
            i64.write_int(w_inverse.storage, order[k] * 8, g)
        results_w.append(w_inverse)
    if return_counts:
        w_counts = new_array(space, [nuniq], i64, zero=False)
        for g in range(nuniq):
            end = starts[g + 1] if g + 1 < nuniq else size
            i64.write_int(w_counts.storage, g * 8, end - starts[g])
        results_w.append(w_counts)
    return space.newtuple(results_w)


def values_equal_nan(dtype, storage, off1, off2, equal_nan):
    """Equality for unique(): with equal_nan, all values with a NaN (in
    either part, for complex) are equal, as NumPy groups them."""
    if dtype.is_inexact():
        xr = dtype.read_float(storage, off1)
        xi = dtype.read_imag(storage, off1)
        yr = dtype.read_float(storage, off2)
        yi = dtype.read_imag(storage, off2)
        if xr == yr and xi == yi:
            return True
        return equal_nan and c_isnan(xr, xi) and c_isnan(yr, yi)
    return dtype.read_int(storage, off1) == dtype.read_int(storage, off2)


def flag(space, w_value):
    return w_value is not None and space.is_true(w_value)


# ____________________________________________________________
# nonzero, count_nonzero, argwhere

def nonzero_positions(space, w_arr):
    """C-order flat indices of the nonzero elements of the concrete
    w_arr."""
    dtype = w_arr.dtype
    positions = []
    if w_arr.is_c_contiguous():
        size = w_arr.get_size()
        for k in range(size):
            offset = w_arr.start + k * dtype.itemsize
            if dtype.is_inexact():
                if dtype.read_float(w_arr.storage, offset) != 0.0 or \
                        dtype.read_imag(w_arr.storage, offset) != 0.0:
                    positions.append(k)
            elif dtype.read_int(w_arr.storage, offset) != 0:
                positions.append(k)
        return positions
    for k in range(w_arr.get_size()):
        if space.is_true(read_flat(space, w_arr, k)):
            positions.append(k)
    return positions


def nonzero(space, w_obj):
    w_arr = as_concrete(space, w_obj)
    ndim = len(w_arr.shape)
    if ndim == 0:
        raise space.error(space.w_ValueError,
                          "Calling nonzero on 0d arrays is not allowed. Use "
                          "np.atleast_1d(scalar).nonzero() instead. If the "
                          "context of this error is of the form "
                          "`arr[nonzero(cond)]`, just use `arr[cond]`.")
    positions = nonzero_positions(space, w_arr)
    n = len(positions)
    results_w = []
    for axis in range(ndim):
        results_w.append(new_array(space, [n], dt.int64_dtype, zero=False))
    for j in range(n):
        rest = positions[j]
        k = ndim - 1
        while k >= 0:
            size = w_arr.shape[k]
            w_res = results_w[k]
            assert isinstance(w_res, W_ConcreteArray)
            dt.int64_dtype.write_int(w_res.storage, j * 8, rest % size)
            rest = rest // size
            k -= 1
    return space.newtuple(results_w)


def np_nonzero(space, args):
    check_keywords(space, args, 'nonzero', ['a'])
    return nonzero(space, first_arg(space, args, 'nonzero', 'a'))


def np_argwhere(space, args):
    check_keywords(space, args, 'argwhere', ['a'])
    w_arr = as_concrete(space, first_arg(space, args, 'argwhere', 'a'))
    ndim = len(w_arr.shape)
    positions = nonzero_positions(space, w_arr)
    n = len(positions)
    w_result = new_array(space, [n, ndim], dt.int64_dtype, zero=False)
    for j in range(n):
        rest = positions[j]
        k = ndim - 1
        while k >= 0:
            size = w_arr.shape[k]
            dt.int64_dtype.write_int(w_result.storage, (j * ndim + k) * 8,
                                     rest % size)
            rest = rest // size
            k -= 1
    return w_result


def np_count_nonzero(space, args):
    check_keywords(space, args, 'count_nonzero', ['a', 'axis', 'keepdims'])
    w_arr = as_concrete(space, first_arg(space, args, 'count_nonzero', 'a'))
    w_axis = arg(space, args, 1, 'axis')
    w_keep = arg(space, args, 2, 'keepdims')
    keepdims = flag(space, w_keep)
    if is_axis_none(space, w_axis) and not keepdims:
        return boxes.box_int(space, dt.int64_dtype,
                             len(nonzero_positions(space, w_arr)))
    w_bools = astype(space, w_arr, dt.bool_dtype)
    return reduce(space, 'sum', w_bools, w_axis, dt.int64_dtype, keepdims)


# ____________________________________________________________
# searchsorted

def np_searchsorted(space, args):
    check_keywords(space, args, 'searchsorted', ['a', 'v', 'side',
                                                 'sorter'])
    w_a = array_from_w(space, first_arg(space, args, 'searchsorted', 'a'),
                       None)
    return searchsorted(space, w_a, args, 1)


def searchsorted(space, w_a, args, first):
    w_v = arg(space, args, first, 'v')
    if w_v is None:
        raise space.error(space.w_TypeError,
                          "searchsorted() missing required argument 'v'")
    w_side = arg(space, args, first + 1, 'side')
    right = False
    if w_side is not None and not space.is_none(w_side):
        side = space.text_utf8(w_side)
        if side == 'right' or side == 'r' or side == 'R' or \
                side == 'Right' or side == 'RIGHT':
            right = True
        elif side != 'left' and side != 'l' and side != 'L' and \
                side != 'Left' and side != 'LEFT':
            raise space.error(space.w_ValueError,
                              "search side must be 'left' or 'right' (got "
                              "'%s')" % side)
    if len(w_a.shape) != 1:
        raise space.error(space.w_ValueError, "object too deep for desired "
                                              "array")
    w_sorter = arg(space, args, first + 2, 'sorter')
    w_conc = w_a.get_concrete(space)
    assert isinstance(w_conc, W_ConcreteArray)
    n = w_conc.shape[0]
    perm = range(n)
    if w_sorter is not None and not space.is_none(w_sorter):
        w_s = copy_of(space, array_from_w(space, w_sorter, None),
                      dt.int64_dtype)
        if w_s.get_size() != n:
            raise space.error(space.w_ValueError,
                              "sorter.size must equal a.size")
        for i in range(n):
            p = dt.int64_dtype.read_int(w_s.storage, i * 8)
            if p < 0 or p >= n:
                raise space.error(space.w_ValueError,
                                  "Sorter index out of range.")
            perm[i] = p
    w_vals = array_from_w(space, w_v, None)
    dtype = dt.promote_types(w_conc.dtype, w_vals.dtype)
    w_keys = copy_of(space, w_conc, dtype)
    w_needles = copy_of(space, w_vals, dtype)
    m = w_needles.get_size()
    w_result = new_array(space, w_needles.shape[:], dt.int64_dtype,
                         zero=False)
    isz = dtype.itemsize
    for j in range(m):
        lo = 0
        hi = n
        if dtype.is_inexact():
            # complex order, which for real floats (imag 0) is float_lt's
            x = dtype.read_float(w_needles.storage, j * isz)
            xi = dtype.read_imag(w_needles.storage, j * isz)
            while lo < hi:
                mid = (lo + hi) >> 1
                key = dtype.read_float(w_keys.storage, perm[mid] * isz)
                ki = dtype.read_imag(w_keys.storage, perm[mid] * isz)
                if (c_sort_lt(x, xi, key, ki) if right else
                        not c_sort_lt(key, ki, x, xi)):
                    hi = mid
                else:
                    lo = mid + 1
        else:
            ix = dtype.read_int(w_needles.storage, j * isz)
            unsigned = dtype.is_unsigned64()
            while lo < hi:
                mid = (lo + hi) >> 1
                ikey = dtype.read_int(w_keys.storage, perm[mid] * isz)
                if right:
                    goes_left = (r_uint(ix) < r_uint(ikey) if unsigned
                                 else ix < ikey)
                else:
                    goes_left = not (r_uint(ikey) < r_uint(ix) if unsigned
                                     else ikey < ix)
                if goes_left:
                    hi = mid
                else:
                    lo = mid + 1
        dt.int64_dtype.write_int(w_result.storage, j * 8, lo)
    if not w_result.shape:
        return boxes.box_int(space, dt.int64_dtype,
                             dt.int64_dtype.read_int(w_result.storage, 0))
    return w_result


FUNCTIONS = [
    ('sort', np_sort), ('argsort', np_argsort), ('unique', np_unique),
    ('nonzero', np_nonzero), ('count_nonzero', np_count_nonzero),
    ('argwhere', np_argwhere), ('searchsorted', np_searchsorted),
]

# ndarray methods (methods.array_methods takes them in)
array_methods = {
    'sort': array_sort, 'argsort': method_of(np_argsort, 'argsort'),
    'nonzero': method_of(np_nonzero, 'nonzero'),
    'searchsorted': method_of(np_searchsorted, 'searchsorted'),
}
