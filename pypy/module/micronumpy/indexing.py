"""Indexing: a[i], a[i, j], slices (views), `...`, newaxis, boolean masks
and integer arrays (NumPy's "advanced" indexing), for reading and for
assignment.

An index is first parsed into IndexItems.  Without integer or boolean
arrays it is "basic": the result is a view (or one element).  Otherwise
the integer scalars and index arrays are broadcast together to a shape B
and the result, a copy, has shape basic[:p] + B + basic[p:] when the
advanced indices are next to each other (p: the number of basic
dimensions before them) and B + basic otherwise, as in NumPy."""


from rpython.rlib import jit
from rpython.rlib.objectmodel import keepalive_until_here
from rpython.rtyper.lltypesystem import rffi
from pypy.interpreter.error import OperationError
from pypy.objspace.intobject import W_IntObject, W_LongObject
from pypy.objspace.boolobject import W_BoolObject
from pypy.objspace.floatobject import W_FloatObject
from pypy.objspace.sliceobject import W_SliceObject
from pypy.objspace.tupleobject import W_TupleObject
from pypy.objspace.noneobject import W_EllipsisObject
from pypy.module.micronumpy.lazy import prepare_write
from pypy.module.micronumpy.concrete import W_ConcreteArray, new_array, \
    allocation_error_message
from pypy.module.micronumpy.ndarray import W_NDArray, is_python_sequence
from pypy.module.micronumpy import boxes
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy.loop import copy_element
from pypy.module.micronumpy.strides import checked_nbytes, odometer_offsets, \
    shape_size, same_shape, shape_repr
from pypy.module.micronumpy.elements import read_at, write_at, write_cast, \
    check_int_fits, check_python_int_fits, flat_offset, read_flat
from pypy.module.micronumpy.operands import array_from_w, assign


def is_packed_float64(w_arr):
    """A float64 array whose first axis has unit stride: its elements are
    a C array of doubles (see float64_items)."""
    return w_arr.dtype is dt.float64_dtype and w_arr.strides[0] == 8


def float64_items(w_arr):
    """The elements of an is_packed_float64 array as a C array indexed by
    element.  In a JIT trace `a[i]` is then an array access at index i,
    which rpython's vectorizer recognises in a Python loop (vec_all); a
    byte offset i*8 is turned into a shift it does not follow."""
    return rffi.cast(rffi.DOUBLEP, rffi.ptradd(w_arr.storage, w_arr.start))


def check_index(space, index, size, axis):
    """index normalized into range(size), or IndexError."""
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


def is_int_index(w_index):
    return isinstance(w_index, W_IntObject) and \
        not isinstance(w_index, W_BoolObject)


@jit.unroll_safe
def all_ints_offset(space, w_arr, w_index):
    """The element offset of a[i, j, ...] when the index is a tuple of
    exactly ndim ints, else -1."""
    if not isinstance(w_index, W_TupleObject):
        return -1
    items_w = w_index.items_w
    ndim = len(w_arr.shape)
    if len(items_w) != ndim:
        return -1
    for k in range(ndim):
        if not is_int_index(items_w[k]):
            return -1
    offset = w_arr.start
    for k in range(ndim):
        w_item = items_w[k]
        assert isinstance(w_item, W_IntObject)
        i = check_index(space, w_item.intval, w_arr.shape[k], k)
        offset += i * w_arr.strides[k]
    return offset


def getitem(space, w_arr, w_index):
    if isinstance(w_index, W_IntObject) and len(w_arr.shape) == 1 and \
            not isinstance(w_index, W_BoolObject):
        # the `a[i]` of Python loops: straight from the buffer
        i = check_index(space, w_index.intval, w_arr.shape[0], 0)
        if is_packed_float64(w_arr):
            return boxes.box_float(w_arr.dtype, float64_items(w_arr)[i])
        return read_at(space, w_arr, w_arr.start + i * w_arr.strides[0])
    offset = all_ints_offset(space, w_arr, w_index)
    if offset >= 0:
        return read_at(space, w_arr, offset)
    items = parse_index(space, w_index)
    if is_advanced(items):
        w_mask = contiguous_mask(w_arr, items)
        if w_mask is not None:
            return mask_select(space, w_arr, w_mask)
        w_idx = contiguous_positions(w_arr, items)
        if w_idx is not None:
            return take_positions(space, w_arr, w_idx)
        plan = make_plan(space, w_arr, items)
        return take(space, w_arr, plan)
    w_view, is_element = basic_index(space, w_arr, items)
    if is_element:
        return read_at(space, w_view, w_view.start)
    return w_view


def setitem(space, w_arr, w_index, w_value):
    prepare_write(space, w_arr)
    if isinstance(w_index, W_IntObject) and len(w_arr.shape) == 1 and \
            not is_sequence_like(w_value) and \
            not isinstance(w_index, W_BoolObject):
        i = check_index(space, w_index.intval, w_arr.shape[0], 0)
        if is_packed_float64(w_arr) and isinstance(w_value, W_FloatObject):
            float64_items(w_arr)[i] = w_value.floatval
            return
        write_at(space, w_arr, w_arr.start + i * w_arr.strides[0], w_value)
        return
    offset = all_ints_offset(space, w_arr, w_index)
    if offset >= 0:
        write_element(space, w_arr, offset, w_value)
        return
    items = parse_index(space, w_index)
    if is_advanced(items):
        w_mask = contiguous_mask(w_arr, items)
        if w_mask is not None and mask_assign(space, w_arr, w_mask, w_value):
            return
        plan = make_plan(space, w_arr, items)
        put(space, w_arr, plan, items, w_value)
        return
    w_view, is_element = basic_index(space, w_arr, items)
    if is_element:
        write_element(space, w_arr, w_view.start, w_value)
        return
    if not is_sequence_like(w_value):
        check_int_fits(space, w_value, w_arr.dtype)
    if is_sequence_like(w_value):
        is_array = isinstance(w_value, W_NDArray)
        w_value = array_from_w(space, w_value, None)
        if not is_array and len(w_value.shape) > len(w_view.shape):
            # NumPy converts a list or tuple with at most the
            # destination's number of dimensions
            raise space.error(space.w_ValueError,
                              "setting an array element with a sequence. The "
                              "requested array would exceed the maximum "
                              "number of dimension of %d." %
                              len(w_view.shape))
        if not broadcasts_to(w_value.shape, w_view.shape):
            # (NumPy names the value's shape without those leading ones)
            extra = leading_ones(w_value.shape, len(w_view.shape))
            raise space.error(space.w_ValueError,
                              "could not broadcast input array from shape %s "
                              "into shape %s" % (
                                  shape_repr(w_value.shape[extra:]),
                                  shape_repr(w_view.shape)))
        w_value = without_leading_ones(space, w_value, len(w_view.shape))
    assign(space, w_view, w_value)


def broadcasts_to(shape, target):
    """Whether a value of `shape` can be stored into `target`: broadcast,
    after dropping leading dimensions of length 1 (NumPy's assignment)."""
    start = 0
    while len(shape) - start > len(target):
        if shape[start] != 1:
            return False
        start += 1
    offset = len(target) - len(shape)
    for i in range(start, len(shape)):
        if shape[i] != 1 and shape[i] != target[offset + i]:
            return False
    return True


def leading_ones(shape, ndim):
    """How many leading length-1 dimensions shape has beyond ndim."""
    extra = 0
    while len(shape) - extra > ndim and shape[extra] == 1:
        extra += 1
    return extra


def without_leading_ones(space, w_value, ndim):
    """A view of w_value without the leading length-1 dimensions it has
    beyond ndim (broadcasts_to allowed them)."""
    extra = leading_ones(w_value.shape, ndim)
    if extra == 0:
        return w_value
    w_conc = w_value.get_concrete(space)
    assert isinstance(w_conc, W_ConcreteArray)
    return w_conc.view(w_conc.shape[extra:], w_conc.strides[extra:],
                       w_conc.start)


def write_element(space, w_arr, offset, w_value):
    if isinstance(w_value, W_NDArray) and not w_value.shape:
        # a 0-d array is cast as arrays are: a value too big wraps
        w_values = w_value.get_concrete(space)
        assert isinstance(w_values, W_ConcreteArray)
        write_cast(space, w_arr, offset, read_flat(space, w_values, 0))
        return
    if is_sequence_like(w_value):
        w_value = element_of_sequence(space, w_arr.dtype, w_value)
    write_at(space, w_arr, offset, w_value)


def element_of_sequence(space, dtype, w_value):
    """What NumPy makes of a list, tuple or array (ndim >= 1) stored into
    one element: a bool is its truth; the others refuse it, each with
    the error of its own conversion."""
    is_array = isinstance(w_value, W_NDArray)
    if dtype.kind == dt.KIND_BOOL and not (is_array and
                                           w_value.get_size() != 1):
        return space.newbool(space.is_true(w_value))
    if dtype.is_complex():
        if is_array:
            raise space.error(space.w_TypeError, "only 0-dimensional arrays "
                              "can be converted to Python scalars")
        raise space.error(space.w_TypeError, "must be real number, not %s" %
                          space.type_name(space.type(w_value)))
    if dtype.is_int_like() and not is_array:
        raise space.error(space.w_TypeError,
                          "int() argument must be a string, a bytes-like "
                          "object or a real number, not '%s'" %
                          space.type_name(space.type(w_value)))
    raise space.error(space.w_ValueError,
                      "setting an array element with a sequence.")


def is_sequence_like(w_value):
    return isinstance(w_value, W_NDArray) or is_python_sequence(w_value)


# ____________________________________________________________
# parsing

K_INT, K_SLICE, K_NEWAXIS, K_ELLIPSIS, K_ARRAY, K_BOOL = range(6)


class IndexItem(object):
    """One element of an index tuple.  K_ARRAY: w_array is an integer
    array (ndim >= 1); K_BOOL: w_array is a boolean array (ndim >= 1), or
    None for a scalar True/False (intval)."""

    def __init__(self, kind, intval=0, w_slice=None, w_array=None):
        self.kind = kind
        self.intval = intval
        self.w_slice = w_slice
        self.w_array = w_array

    def consumed(self):
        """How many dimensions of the indexed array this item uses."""
        if self.kind == K_INT or self.kind == K_SLICE or \
                self.kind == K_ARRAY:
            return 1
        if self.kind == K_BOOL and self.w_array is not None:
            return len(self.w_array.shape)
        return 0

    def is_advanced(self):
        return self.kind == K_ARRAY or self.kind == K_BOOL


def invalid_index(space):
    return space.error(space.w_IndexError,
                       "only integers, slices (`:`), ellipsis (`...`), "
                       "numpy.newaxis (`None`) and integer or boolean "
                       "arrays are valid indices")


def parse_index(space, w_index):
    if isinstance(w_index, W_TupleObject):
        items_w = w_index.items_w
    else:
        items_w = [w_index]
    items = []
    for w_item in items_w:
        items.append(parse_item(space, w_item))
    return items


def parse_item(space, w_item):
    if isinstance(w_item, W_EllipsisObject):
        return IndexItem(K_ELLIPSIS)
    if space.is_none(w_item):
        return IndexItem(K_NEWAXIS)
    if isinstance(w_item, W_SliceObject):
        return IndexItem(K_SLICE, w_slice=w_item)
    if isinstance(w_item, W_BoolObject):
        return IndexItem(K_BOOL, intval=w_item.intval)
    if isinstance(w_item, W_IntObject):
        return IndexItem(K_INT, intval=w_item.intval)
    if isinstance(w_item, W_NDArray):
        w_conc = w_item.get_concrete(space)
        assert isinstance(w_conc, W_ConcreteArray)
        return array_item(space, w_conc, False)
    if is_python_sequence(w_item):
        try:
            w_conc = array_from_w(space, w_item, None).get_concrete(space)
        except OperationError:
            raise invalid_index(space)
        assert isinstance(w_conc, W_ConcreteArray)
        if w_conc.get_size() == 0:
            w_conc = new_array(space, w_conc.shape, dt.int64_dtype)
        return array_item(space, w_conc, True)
    if isinstance(w_item, W_FloatObject) or isinstance(w_item, W_LongObject):
        raise invalid_index(space)
    try:
        index = space.getindex_w(w_item)
    except OperationError:
        raise invalid_index(space)
    return IndexItem(K_INT, intval=index)


def array_item(space, w_conc, from_list):
    dtype = w_conc.dtype
    if dtype.kind == dt.KIND_BOOL:
        if not w_conc.shape:
            return IndexItem(K_BOOL, intval=dtype.read_int(w_conc.storage,
                                                           w_conc.start))
        return IndexItem(K_BOOL, w_array=w_conc)
    if dtype.is_inexact():
        if from_list:
            raise invalid_index(space)
        raise space.error(space.w_IndexError,
                          "arrays used as indices must be of integer (or "
                          "boolean) type")
    if not w_conc.shape:
        return IndexItem(K_INT, intval=dtype.read_int(w_conc.storage,
                                                      w_conc.start))
    return IndexItem(K_ARRAY, w_array=w_conc)


def is_advanced(items):
    for item in items:
        if item.is_advanced():
            return True
    return False


def check_counts(space, w_arr, items):
    """The number of dimensions that `...` stands for."""
    ndim = len(w_arr.shape)
    consumed = 0
    ellipses = 0
    for item in items:
        if item.kind == K_ELLIPSIS:
            ellipses += 1
        consumed += item.consumed()
    if ellipses > 1:
        raise space.error(space.w_IndexError,
                          "an index can only have a single ellipsis ('...')")
    if consumed > ndim:
        raise space.error(space.w_IndexError,
                          "too many indices for array: array is "
                          "%d-dimensional, but %d were indexed" % (ndim,
                                                                   consumed))
    return ndim - consumed


# ____________________________________________________________
# basic indexing: views

def add_basic_item(space, w_arr, item, ellipsis_dims, shape, strides, start,
                   axis):
    """Appends the dimensions that a basic item (`...`, None, a slice, an
    int) of an index on w_arr's `axis` leaves to shape and strides:
    (start, axis) after it."""
    kind = item.kind
    if kind == K_ELLIPSIS:
        for k in range(ellipsis_dims):
            shape.append(w_arr.shape[axis])
            strides.append(w_arr.strides[axis])
            axis += 1
    elif kind == K_NEWAXIS:
        shape.append(1)
        strides.append(0)
    elif kind == K_SLICE:
        first, _, step, n = item.w_slice.indices(space, w_arr.shape[axis])
        shape.append(n)
        strides.append(w_arr.strides[axis] * step)
        if n > 0:
            start += first * w_arr.strides[axis]
        axis += 1
    else:
        assert kind == K_INT
        index = check_index(space, item.intval, w_arr.shape[axis], axis)
        start += index * w_arr.strides[axis]
        axis += 1
    return start, axis


def basic_index(space, w_arr, items):
    """(view, is_element) for an index made of ints, slices, `...` and
    None."""
    ndim = len(w_arr.shape)
    ellipsis_dims = check_counts(space, w_arr, items)
    shape = []
    strides = []
    start = w_arr.start
    axis = 0
    all_ints = True
    for item in items:
        if item.kind != K_INT:
            all_ints = False
        start, axis = add_basic_item(space, w_arr, item, ellipsis_dims,
                                     shape, strides, start, axis)
    if axis < ndim:
        all_ints = False
    while axis < ndim:
        shape.append(w_arr.shape[axis])
        strides.append(w_arr.strides[axis])
        axis += 1
    return w_arr.view(shape, strides, start), all_ints


# ____________________________________________________________
# advanced indexing: copies

class AdvIndex(object):
    """One index array, its values checked and normalized: by
    read_values for an integer array (w_index, indexing an axis of
    axis_size), once the result's size is known to fit."""

    def __init__(self, shape, values, stride, w_index=None, axis_size=0,
                 axis=0):
        self.shape = shape
        self.values = values
        self.stride = stride
        self.w_index = w_index
        self.axis_size = axis_size
        self.axis = axis

    def read_values(self, space):
        if self.w_index is not None:
            self.values = int_values(space, self.w_index, self.axis_size,
                                     self.axis)


class Plan(object):
    """An advanced-indexing result: its `shape`, and where its elements
    live (`offsets`: byte offsets into the indexed array, in C order of
    the shape).  The index arrays' values are read and bounds-checked only
    by `offsets`, so that an assignment can first check its value, as
    NumPy does (a value of the wrong shape or out of the dtype's range is
    reported before an index out of bounds)."""

    def __init__(self, shape, bshape, advs, basic_shape, basic_strides,
                 insert_at, start, dtype):
        self.shape = shape
        self.bshape = bshape
        self.advs = advs
        self.basic_shape = basic_shape
        self.basic_strides = basic_strides
        self.insert_at = insert_at
        self.start = start
        self.dtype = dtype

    def offsets(self, space):
        for adv in self.advs:
            adv.read_values(space)
        try:
            return result_offsets(self.bshape, self.advs, self.basic_shape,
                                  self.basic_strides, self.insert_at,
                                  self.start)
        except MemoryError:
            raise space.error(space.w_MemoryError,
                              allocation_error_message(self.shape,
                                                       self.dtype))


def shape_nospace(shape):
    if len(shape) == 1:
        return '(%d,)' % shape[0]
    return '(' + ','.join([str(n) for n in shape]) + ')'


def int_values(space, w_conc, size, axis):
    """The values of an integer index array in C order, normalized."""
    dtype = w_conc.dtype
    ndim = len(w_conc.shape)
    n = w_conc.get_size()
    try:
        values = [0] * n
    except MemoryError:
        raise space.error(space.w_MemoryError,
                          allocation_error_message(w_conc.shape,
                                                   dt.int64_dtype))
    index = [0] * ndim
    for k in range(n):
        offset = w_conc.start
        for d in range(ndim):
            offset += index[d] * w_conc.strides[d]
        values[k] = check_index(space, dtype.read_int(w_conc.storage, offset),
                                size, axis)
        d = ndim - 1
        while d >= 0:
            index[d] += 1
            if index[d] < w_conc.shape[d]:
                break
            index[d] = 0
            d -= 1
    return values


def bool_coordinates(space, w_arr, w_mask, axis):
    """The coordinates of the True elements of w_mask (which covers axes
    axis, axis+1, ... of w_arr): one list per mask dimension."""
    ndim = len(w_mask.shape)
    for j in range(ndim):
        if w_mask.shape[j] != w_arr.shape[axis + j]:
            raise space.error(space.w_IndexError,
                              "boolean index did not match indexed array "
                              "along axis %d; size of axis is %d but size of "
                              "corresponding boolean axis is %d" % (
                                  axis + j, w_arr.shape[axis + j],
                                  w_mask.shape[j]))
    coords = []
    for j in range(ndim):
        coords.append([])
    n = w_mask.get_size()
    index = [0] * ndim
    dtype = w_mask.dtype
    for k in range(n):
        offset = w_mask.start
        for d in range(ndim):
            offset += index[d] * w_mask.strides[d]
        if dtype.read_int(w_mask.storage, offset):
            for d in range(ndim):
                coords[d].append(index[d])
        d = ndim - 1
        while d >= 0:
            index[d] += 1
            if index[d] < w_mask.shape[d]:
                break
            index[d] = 0
            d -= 1
    return coords


def broadcast_index_shapes(space, advs):
    ndim = 0
    for adv in advs:
        ndim = max(ndim, len(adv.shape))
    result = [1] * ndim
    for adv in advs:
        shape = adv.shape
        offset = ndim - len(shape)
        for i in range(len(shape)):
            n = shape[i]
            if result[offset + i] == 1:
                result[offset + i] = n
            elif n != 1 and n != result[offset + i]:
                raise space.error(
                    space.w_IndexError,
                    "shape mismatch: indexing arrays could not be broadcast "
                    "together with shapes " + ' '.join(
                        [shape_nospace(a.shape) for a in advs]) + ' ')
    return result


def broadcast_positions(shape, target):
    """For each element of `target` (C order), the flat position of the
    element of an array of `shape` broadcast to it."""
    ndim = len(target)
    offset = ndim - len(shape)
    strides = [0] * ndim
    step = 1
    i = len(shape) - 1
    while i >= 0:
        if shape[i] != 1:
            strides[offset + i] = step
        step *= shape[i]
        i -= 1
    return odometer_offsets(target, strides, 0)


def make_plan(space, w_arr, items):
    ndim = len(w_arr.shape)
    ellipsis_dims = check_counts(space, w_arr, items)
    basic_shape = []
    basic_strides = []
    advs = []
    start = w_arr.start
    axis = 0
    state = 0           # 0: no advanced index yet, 1: in a run, 2: after it
    contiguous = True
    insert_at = 0
    for item in items:
        kind = item.kind
        if kind == K_INT or kind == K_ARRAY or kind == K_BOOL:
            if state == 0:
                insert_at = len(basic_shape)
                state = 1
            elif state == 2:
                contiguous = False
        elif state == 1:
            state = 2
        if kind == K_ARRAY:
            w_idx = item.w_array
            assert w_idx is not None
            advs.append(AdvIndex(w_idx.shape, None, w_arr.strides[axis],
                                 w_idx, w_arr.shape[axis], axis))
            axis += 1
        elif kind == K_BOOL:
            w_mask = item.w_array
            if w_mask is None:
                # a scalar True / False: a new axis of length 1, indexed
                # by [0] or by []
                values = [0] * (1 if item.intval else 0)
                advs.append(AdvIndex([len(values)], values, 0))
            else:
                # its coordinates are int64 lists
                checked_nbytes(space, w_mask.shape, dt.int64_dtype.itemsize)
                coords = bool_coordinates(space, w_arr, w_mask, axis)
                for j in range(len(coords)):
                    advs.append(AdvIndex([len(coords[j])], coords[j],
                                         w_arr.strides[axis + j]))
                axis += len(w_mask.shape)
        else:
            start, axis = add_basic_item(space, w_arr, item, ellipsis_dims,
                                         basic_shape, basic_strides, start,
                                         axis)
    while axis < ndim:
        basic_shape.append(w_arr.shape[axis])
        basic_strides.append(w_arr.strides[axis])
        axis += 1
    bshape = broadcast_index_shapes(space, advs)
    if not contiguous:
        insert_at = 0
    assert insert_at >= 0
    shape = basic_shape[:insert_at] + bshape + basic_shape[insert_at:]
    checked_nbytes(space, shape, w_arr.dtype.itemsize)
    checked_nbytes(space, bshape, dt.int64_dtype.itemsize)
    return Plan(shape, bshape, advs, basic_shape, basic_strides, insert_at,
                start, w_arr.dtype)


def result_offsets(bshape, advs, basic_shape, basic_strides, insert_at,
                   start):
    """The byte offsets of a plan's elements, in C order of its shape."""
    bsize = shape_size(bshape)
    deltas = [0] * bsize
    for adv in advs:
        positions = broadcast_positions(adv.shape, bshape)
        for b in range(bsize):
            deltas[b] += adv.values[positions[b]] * adv.stride
    outer = odometer_offsets(basic_shape[:insert_at],
                             basic_strides[:insert_at], start)
    inner = odometer_offsets(basic_shape[insert_at:],
                             basic_strides[insert_at:], 0)
    offsets = [0] * (len(outer) * bsize * len(inner))
    k = 0
    for o in outer:
        for b in range(bsize):
            base = o + deltas[b]
            for i in inner:
                offsets[k] = base + i
                k += 1
    return offsets


def take(space, w_arr, plan):
    dtype = w_arr.dtype
    w_result = new_array(space, plan.shape, dtype, zero=False)
    copy_out(dtype, w_arr.storage, plan.offsets(space), w_result.storage,
             w_result.start)
    return w_result


def copy_out(dtype, src, offsets, dst, dst_start):
    for k in range(len(offsets)):
        copy_element(dtype, src, offsets[k], dst,
                     dst_start + k * dtype.itemsize)


def copy_in(dtype, src, src_start, offsets, dst):
    for k in range(len(offsets)):
        copy_element(dtype, src, src_start + k * dtype.itemsize, dst,
                     offsets[k])


# ____________________________________________________________
# the common cases as single loops (loop.py): a C-contiguous array
# indexed by one boolean array of its shape, or a 1-D one by one int64
# array

def contiguous_mask(w_arr, items):
    """The mask when the index is one C-contiguous boolean array of
    w_arr's shape and w_arr is C-contiguous, else None."""
    if len(items) != 1 or items[0].kind != K_BOOL:
        return None
    w_mask = items[0].w_array
    if w_mask is None or not same_shape(w_mask.shape, w_arr.shape) or \
            not w_mask.is_c_contiguous() or not w_arr.is_c_contiguous():
        return None
    return w_mask


def contiguous_positions(w_arr, items):
    """The positions when the index is one C-contiguous int64 array and
    w_arr is 1-D and C-contiguous, else None."""
    if len(items) != 1 or items[0].kind != K_ARRAY or \
            len(w_arr.shape) != 1 or not w_arr.is_c_contiguous():
        return None
    w_idx = items[0].w_array
    if w_idx is None or w_idx.dtype is not dt.int64_dtype or \
            not w_idx.is_c_contiguous():
        return None
    return w_idx


def mask_select(space, w_arr, w_mask):
    from pypy.module.micronumpy import loop
    n = w_arr.get_size()
    mask = rffi.ptradd(w_mask.storage, w_mask.start)
    w_result = new_array(space, [loop.count_true(mask, n)], w_arr.dtype,
                         zero=False)
    loop.mask_select(w_arr.dtype, mask,
                     rffi.ptradd(w_arr.storage, w_arr.start),
                     w_result.storage, n)
    keepalive_until_here(w_mask)
    keepalive_until_here(w_arr)
    return w_result


def take_positions(space, w_arr, w_idx):
    """a[idx] for a 1-D array: idx's shape, NumPy's IndexError for the
    first position out of bounds."""
    from pypy.module.micronumpy import loop
    size = w_arr.shape[0]
    idx = rffi.ptradd(w_idx.storage, w_idx.start)
    w_result = new_array(space, w_idx.shape[:], w_arr.dtype, zero=False)
    bad = loop.take_contiguous(w_arr.dtype,
                               rffi.ptradd(w_arr.storage, w_arr.start), size,
                               idx, w_result.storage, w_idx.get_size())
    keepalive_until_here(w_idx)
    keepalive_until_here(w_arr)
    if bad >= 0:
        check_index(space, dt.int64_dtype.read_int(idx, bad * 8), size, 0)
    return w_result


def mask_assign(space, w_arr, w_mask, w_value):
    """a[mask] = value in one loop, for a scalar or a 0/1-D sequence of one
    value or of one per True; False (nothing written) for other values,
    which put() checks and reports."""
    from pypy.module.micronumpy import loop
    dtype = w_arr.dtype
    n = w_arr.get_size()
    mask = rffi.ptradd(w_mask.storage, w_mask.start)
    if is_sequence_like(w_value):
        w_values = array_from_w(space, w_value, None)
        nvalues = w_values.get_size()
        if len(w_values.shape) > 1 or (
                nvalues != 1 and nvalues != loop.count_true(mask, n)):
            return False
        w_value = w_values
        step = 0 if nvalues == 1 else dtype.itemsize
    else:
        check_python_int_fits(space, w_value, dtype)
        nvalues = 1
        step = 0
    # converted to the array's dtype, in memory of their own (the values
    # may be a view of the array being written)
    w_src = new_array(space, [nvalues], dtype, zero=False)
    assign(space, w_src, w_value)
    loop.mask_assign(dtype, mask, w_src.storage, step,
                     rffi.ptradd(w_arr.storage, w_arr.start), n)
    keepalive_until_here(w_mask)
    keepalive_until_here(w_src)
    keepalive_until_here(w_arr)
    return True


def single_full_mask(w_arr, items):
    """The number of True values if the index is one boolean array over
    all of w_arr's dimensions, else -1."""
    if len(items) != 1 or items[0].kind != K_BOOL:
        return -1
    w_mask = items[0].w_array
    if w_mask is None:      # a scalar True or False: over a 0-d w_arr only
        return items[0].intval if len(w_arr.shape) == 0 else -1
    if len(w_mask.shape) != len(w_arr.shape):
        return -1
    count = 0
    for k in range(w_mask.get_size()):
        count += w_mask.dtype.read_int(w_mask.storage,
                                       flat_offset(w_mask, k))
    return count


def put(space, w_arr, plan, items, w_value):
    if is_sequence_like(w_value):
        w_values = array_from_w(space, w_value, None)
        value_shape = w_values.shape
        count = single_full_mask(w_arr, items)
        if count >= 0:
            if len(value_shape) > 1:
                raise space.error(
                    space.w_TypeError,
                    "NumPy boolean array indexing assignment requires a 0 "
                    "or 1-dimensional input, input has %d dimensions" %
                    len(value_shape))
            nvalues = w_values.get_size()
            if nvalues != 1 and nvalues != count:
                raise space.error(
                    space.w_ValueError,
                    "NumPy boolean array indexing assignment cannot assign "
                    "%d input values to the %d output values where the "
                    "mask is true" % (nvalues, count))
        extra = len(value_shape) - len(plan.shape)
        if w_values.get_size() == 0 and extra > 0 and \
                shape_size(plan.shape) == 0 and \
                broadcasts_to(value_shape[extra:], plan.shape):
            return  # NumPy lets an empty value of more dimensions fill an
                    # empty result: nothing to write
        if not broadcasts_to(value_shape, plan.shape):
            raise space.error(
                space.w_ValueError,
                "shape mismatch: value array of shape %s could not be "
                "broadcast to indexing result of shape %s" % (
                    shape_nospace(value_shape), shape_nospace(plan.shape)))
        w_value = without_leading_ones(space, w_values, len(plan.shape))
    if not is_sequence_like(w_value):
        check_python_int_fits(space, w_value, w_arr.dtype)
    offsets = plan.offsets(space)
    w_full = new_array(space, plan.shape, w_arr.dtype)
    assign(space, w_full, w_value)
    prepare_write(space, w_arr)
    copy_in(w_arr.dtype, w_full.storage, w_full.start, offsets,
            w_arr.storage)
