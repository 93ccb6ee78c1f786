"""np.take(a, indices, axis=None, mode='raise') and a.take(...): picks
elements (or whole sub-arrays along `axis`) by integer position.  It is
a[..., indices] on the flattened array or along the axis, so it reuses
fancy indexing (shape of the result, NumPy's IndexError messages); the
'wrap' and 'clip' modes first bring the positions into range."""

from pypy.interpreter.arguments import check_keywords
from pypy.objspace.sliceobject import W_SliceObject
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy.operands import array_from_w, assign
from pypy.module.micronumpy.ndarray import W_NDArray
from pypy.module.micronumpy.indexing import getitem
from pypy.module.micronumpy.elements import read_flat, write_flat
from pypy.module.micronumpy.shapes import as_concrete, flattened
from pypy.module.micronumpy.funcargs import arg, check_axis, is_axis_none, \
    method_of
from pypy.module.micronumpy.strides import same_shape


def positions_in_range(space, w_indices, size, mode):
    """A copy of the int64 positions moved into range(size) by `mode`."""
    w_result = array_from_w(space, w_indices, None, copy=True)
    w_conc = as_concrete(space, w_result)
    for k in range(w_conc.get_size()):
        i = space.int_w(read_flat(space, w_conc, k))
        if mode == 'wrap':
            i = i % size
        elif i < 0:
            i = 0
        elif i >= size:
            i = size - 1
        write_flat(space, w_conc, k, space.newint(i))
    return w_conc


def take(space, w_obj, w_indices, w_axis, w_out, w_mode):
    w_result = take_new(space, w_obj, w_indices, w_axis, w_mode)
    if w_out is None or space.is_none(w_out):
        return w_result
    return store_out_array(space, w_out, w_result)


def store_out_array(space, w_out, w_result):
    """out=: the result written into w_out (which must have its shape)."""
    if not isinstance(w_out, W_NDArray):
        raise space.error(space.w_TypeError,
                          "output must be an array")
    w_res = array_from_w(space, w_result, None)
    if not same_shape(w_out.shape, w_res.shape):
        raise space.error(space.w_ValueError,
                          "output array does not match result of ndarray.take")
    assign(space, as_concrete(space, w_out), w_res)
    return w_out


def take_new(space, w_obj, w_indices, w_axis, w_mode):
    mode = 'raise'
    if w_mode is not None and not space.is_none(w_mode):
        mode = space.text_utf8(w_mode)
        if mode != 'raise' and mode != 'wrap' and mode != 'clip':
            raise space.error(space.w_ValueError,
                              "clipmode must be one of 'clip', 'raise', or "
                              "'wrap' (got '%s')" % mode)
    w_arr = as_concrete(space, w_obj)
    # NumPy casts the positions to intp whatever their type (bools too)
    w_idx = array_from_w(space, w_indices, dt.int64_dtype)
    if is_axis_none(space, w_axis):
        w_arr = flattened(space, w_arr)
        axis = 0
    else:
        axis = check_axis(space, space.getindex_w(w_axis), len(w_arr.shape))
    if w_arr.shape[axis] == 0 and w_idx.get_size() > 0:
        raise space.error(space.w_IndexError,
                          "cannot do a non-empty take from an empty axes.")
    if mode != 'raise':
        w_idx = positions_in_range(space, w_idx, w_arr.shape[axis], mode)
    if not w_idx.shape:
        w_key = read_flat(space, as_concrete(space, w_idx), 0)
    else:
        w_key = w_idx
    items_w = [W_SliceObject(space.w_None, space.w_None, space.w_None)
               for k in range(axis)]
    items_w.append(w_key)
    w_result = getitem(space, w_arr, space.newtuple(items_w))
    if not w_idx.shape and isinstance(w_result, W_NDArray):
        # a[:, i] is a view; take always returns new memory
        return array_from_w(space, w_result, None, copy=True)
    return w_result


def np_take(space, args):
    check_keywords(space, args, 'take', ['a', 'indices', 'axis', 'out',
                                         'mode'])
    return take(space, arg(space, args, 0, 'a'),
                arg(space, args, 1, 'indices'), arg(space, args, 2, 'axis'),
                arg(space, args, 3, 'out'), arg(space, args, 4, 'mode'))


FUNCTIONS = [('take', np_take)]
array_methods = {'take': method_of(np_take, 'take')}
