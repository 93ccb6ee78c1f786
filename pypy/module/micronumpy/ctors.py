"""Array creation: array/asarray from nested sequences, zeros, ones,
empty, full (+ _like), arange, linspace, eye, identity."""

import math
from rpython.rlib import rfloat
from pypy.interpreter.arguments import keyword_value, check_keywords
from pypy.objspace.listobject import W_ListObject
from pypy.objspace.tupleobject import W_TupleObject
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy.ndarray import W_NDArray
from pypy.module.micronumpy.concrete import W_ConcreteArray, new_array
from pypy.module.micronumpy.subclass import base_class_view
from pypy.module.micronumpy.elements import write_flat, read_flat
from pypy.module.micronumpy.strides import checked_nbytes
from pypy.module.micronumpy.layout import order_arg, in_layout, order_letter, \
    new_array_order, reshaped
from pypy.module.micronumpy.loop import arange_floats, arange_ints
from pypy.module.micronumpy.operands import assign, array_from_w, \
    dtype_of_scalar


def shape_from_w(space, w_shape):
    if isinstance(w_shape, W_TupleObject) or isinstance(w_shape,
                                                        W_ListObject):
        shape = [space.getindex_w(w_n) for w_n in
                 space.unpackiterable(w_shape)]
    else:
        shape = [space.getindex_w(w_shape)]
    for n in shape:
        if n < 0:
            raise space.error(space.w_ValueError,
                              "negative dimensions are not allowed")
    return shape


def get_dtype(space, args, name='dtype', default=None):
    w_dtype = keyword_value(args, name)
    if w_dtype is None or space.is_none(w_dtype):
        return default
    return dt.dtype_from_w(space, w_dtype)


def np_array(space, args):
    """np.array(obj, dtype, copy=True, order='K', ndmin=0, subok=False):
    with subok, an instance of an ndarray subclass gives one of its
    class."""
    check_keywords(space, args, 'array', ['dtype', 'copy', 'order', 'ndmin',
                                          'subok'])
    w_result = plain_array(space, args)
    w_subok = keyword_value(args, 'subok')
    w_obj = args.arguments_w[0]
    if w_subok is not None and space.is_true(w_subok):
        if isinstance(w_obj, W_NDArray):
            return w_obj.derived(space, w_result)
        return w_result
    return base_class_view(w_result)


def plain_array(space, args):
    if not args.arguments_w:
        raise space.error(space.w_TypeError,
                          "array() missing required argument 'object' "
                          "(pos 0)")
    dtype = get_dtype(space, args)
    if dtype is None and len(args.arguments_w) > 1:
        dtype = dt.dtype_from_w(space, args.arguments_w[1])
    w_copy = keyword_value(args, 'copy')
    copy = w_copy is None or space.is_true(w_copy)
    w_obj = args.arguments_w[0]
    fortran = order_arg(space, args, 1 << 20, w_obj, 'K')
    w_result = array_from_w(space, w_obj, dtype, copy)
    if fortran and len(w_result.shape) > 1:
        # (a copy in C order first: simple, and arrays are rarely F)
        w_conc = w_result.get_concrete(space)
        assert isinstance(w_conc, W_ConcreteArray)
        w_laid = in_layout(space, w_conc, True)
        if w_laid is not w_conc:
            w_result = w_laid
    w_ndmin = keyword_value(args, 'ndmin')
    if w_ndmin is not None:
        ndmin = space.int_w(w_ndmin)
        if ndmin > len(w_result.shape):
            shape = [1] * (ndmin - len(w_result.shape)) + w_result.shape
            w_result = reshaped(space, w_result, shape)
    return w_result


def np_asarray(space, args):
    """An instance of an ndarray subclass gives a plain ndarray view."""
    check_keywords(space, args, 'asarray', ['dtype', 'order'])
    return base_class_view(as_array(space, args))


def np_asanyarray(space, args):
    """np.asarray keeping the class of an ndarray subclass's instance."""
    check_keywords(space, args, 'asanyarray', ['dtype', 'order'])
    return as_array(space, args)


def as_array(space, args):
    """No copy unless the dtype or the order= asked for ('C' or 'F')
    differs; 'A' and 'K' accept any layout."""
    dtype = get_dtype(space, args)
    if dtype is None and len(args.arguments_w) > 1:
        dtype = dt.dtype_from_w(space, args.arguments_w[1])
    order = order_letter(space, args, 2, 'K')
    w_result = array_from_w(space, args.arguments_w[0], dtype)
    if order == 'C' or order == 'F':
        w_conc = w_result.get_concrete(space)
        assert isinstance(w_conc, W_ConcreteArray)
        w_laid = in_layout(space, w_conc, order == 'F')
        if w_laid is not w_conc:
            return w_laid
    return w_result


def filled(space, shape, dtype, w_value, fortran=False):
    w_result = new_array_order(space, shape, dtype, fortran)
    if w_value is not None:
        assign(space, w_result, w_value)
    return w_result


def creation_dtype(space, args, position):
    dtype = get_dtype(space, args)
    if dtype is None and len(args.arguments_w) > position:
        dtype = dt.dtype_from_w(space, args.arguments_w[position])
    return dtype


def new_ordered(space, args, position, shape, dtype):
    return new_array_order(space, shape, dtype,
                           order_arg(space, args, position, None, 'C',
                                     'CF'))


def np_zeros(space, args):
    check_keywords(space, args, 'zeros', ['dtype', 'order'])
    dtype = creation_dtype(space, args, 1) or dt.float64_dtype
    return new_ordered(space, args, 2,
                       shape_from_w(space, args.arguments_w[0]), dtype)


def np_empty(space, args):
    check_keywords(space, args, 'empty', ['dtype', 'order'])
    dtype = creation_dtype(space, args, 1) or dt.float64_dtype
    return new_ordered(space, args, 2,
                       shape_from_w(space, args.arguments_w[0]), dtype)


def np_ones(space, args):
    check_keywords(space, args, 'ones', ['dtype', 'order'])
    dtype = creation_dtype(space, args, 1) or dt.float64_dtype
    w_result = new_ordered(space, args, 2,
                           shape_from_w(space, args.arguments_w[0]), dtype)
    assign(space, w_result, space.newint(1))
    return w_result


def np_full(space, args):
    check_keywords(space, args, 'full', ['dtype', 'order', 'fill_value'])
    w_value = keyword_value(args, 'fill_value')
    if w_value is None:
        w_value = args.arguments_w[1]
    dtype = creation_dtype(space, args, 2)
    if dtype is None:
        dtype = array_from_w(space, w_value, None).dtype
    w_result = new_ordered(space, args, 3,
                           shape_from_w(space, args.arguments_w[0]), dtype)
    assign(space, w_result, w_value)
    return w_result


def like(space, args, fname, w_value):
    check_keywords(space, args, fname, ['dtype', 'order', 'fill_value',
                                        'subok'])
    w_proto = array_from_w(space, args.arguments_w[0], None)
    # positional dtype= comes after the array (and fill_value for
    # full_like), then order=
    position = 2 if fname == 'full_like' else 1
    dtype = get_dtype(space, args)
    if dtype is None and len(args.arguments_w) > position and \
            not space.is_none(args.arguments_w[position]):
        dtype = dt.dtype_from_w(space, args.arguments_w[position])
    if dtype is None:
        dtype = w_proto.dtype
    w_result = filled(space, w_proto.shape[:], dtype, w_value,
                      order_arg(space, args, position + 1, w_proto, 'K'))
    # (subok=True, the default: a subclass's instance gives one of its
    # class)
    w_subok = keyword_value(args, 'subok')
    if w_subok is not None and not space.is_true(w_subok):
        return w_result
    return w_proto.derived(space, w_result)


def np_zeros_like(space, args):
    return like(space, args, 'zeros_like', None)


def np_empty_like(space, args):
    return like(space, args, 'empty_like', None)


def np_ones_like(space, args):
    return like(space, args, 'ones_like', space.newint(1))


def np_full_like(space, args):
    w_value = keyword_value(args, 'fill_value')
    if w_value is None:
        w_value = args.arguments_w[1]
    return like(space, args, 'full_like', w_value)


# 2.0 ** 63: a float length below it converts to an int without overflow
LENGTH_LIMIT = 9223372036854775808.0


def arange_length(space, start, stop, step):
    """NumPy's element count of arange(start, stop, step), step != 0."""
    delta = stop - start
    quotient = delta / step
    if quotient == 0.0 and delta != 0.0:
        # underflow, or an infinite step: the start alone, unless the step
        # points away from stop
        return 0 if math.copysign(1.0, quotient) < 0.0 else 1
    length = math.ceil(quotient)
    if math.isnan(length):
        raise space.error(space.w_ValueError,
                          "arange: cannot compute length")
    if not (-LENGTH_LIMIT <= length < LENGTH_LIMIT):
        raise space.error(space.w_ValueError,
                          "Maximum allowed size exceeded")
    return max(int(length), 0)


def np_arange(space, args):
    check_keywords(space, args, 'arange', ['dtype', 'start', 'stop', 'step'])
    args_w = args.arguments_w
    if len(args_w) == 0 or len(args_w) > 4:
        raise space.error(space.w_TypeError,
                          "arange() requires stop to be specified.")
    w_start = space.newint(0)
    w_step = space.newint(1)
    if len(args_w) == 1:
        w_stop = args_w[0]
    else:
        w_start = args_w[0]
        w_stop = args_w[1]
        if len(args_w) >= 3:
            w_step = args_w[2]
    dtype = get_dtype(space, args)
    if dtype is None and len(args_w) == 4:
        dtype = dt.dtype_from_w(space, args_w[3])
    if dtype is None:
        dtype = dt.int64_dtype
        for w_x in [w_start, w_stop, w_step]:
            dtype = dt.promote_types(dtype, dtype_of_scalar(space, w_x))
    start = space.float_w(w_start)
    stop = space.float_w(w_stop)
    step = space.float_w(w_step)
    if step == 0.0:     # NumPy divides Python numbers: (stop - start) / step
        ints = True
        for w_x in [w_start, w_stop, w_step]:
            ints = ints and dtype_of_scalar(space, w_x).is_int_like()
        raise space.error(space.w_ZeroDivisionError,
                          "division by zero" if ints else
                          "float division by zero")
    n = arange_length(space, start, stop, step)
    # every element is written below, but only the real part of complex
    w_result = new_array(space, [n], dtype, zero=dtype.is_complex())
    if dtype.is_inexact():
        # a single element is the start (0 * an infinite step is nan)
        arange_floats(dtype, w_result.storage, n, start,
                      step if n > 1 else 0.0)
    else:
        istart = space.int_w(w_start) if dtype_of_scalar(
            space, w_start).is_int_like() else int(start)
        istep = space.int_w(w_step) if dtype_of_scalar(
            space, w_step).is_int_like() else int(step)
        arange_ints(dtype, w_result.storage, n, istart, istep)
    return w_result


def np_linspace(space, args):
    check_keywords(space, args, 'linspace', ['num', 'endpoint', 'retstep',
                                             'dtype'])
    args_w = args.arguments_w
    start = space.float_w(args_w[0])
    stop = space.float_w(args_w[1])
    w_num = keyword_value(args, 'num')
    if w_num is None:
        w_num = args_w[2] if len(args_w) > 2 else space.newint(50)
    num = space.int_w(w_num)
    if num < 0:
        raise space.error(space.w_ValueError,
                          "Number of samples, %d, must be non-negative." %
                          num)
    w_endpoint = keyword_value(args, 'endpoint')
    endpoint = w_endpoint is None or space.is_true(w_endpoint)
    dtype = get_dtype(space, args) or dt.float64_dtype
    div = (num - 1) if endpoint else num
    # NumPy computes the samples in float64 before any cast to dtype
    checked_nbytes(space, [num], dt.float64_dtype.itemsize)
    w_result = new_array(space, [num], dtype, zero=False)
    delta = stop - start
    step = delta / div if div > 0 else 0.0
    for i in range(num):
        if div > 0:
            value = start + i * step
        else:
            value = start
        if endpoint and num > 1 and i == num - 1:
            value = stop
        if dtype.is_inexact():
            dtype.write_float(w_result.storage, i * dtype.itemsize,
                              dtype.wrap_float(value))
        else:
            dtype.write_int(w_result.storage, i * dtype.itemsize,
                            dtype.int_from_float(math.floor(value)))
    w_retstep = keyword_value(args, 'retstep')
    if w_retstep is not None and space.is_true(w_retstep):
        # (the samples and their step: a float64 scalar, or NumPy's
        # Python nan when there is no step)
        if div > 0:
            w_step_arr = new_array(space, [], dt.float64_dtype, zero=False)
            dt.float64_dtype.write_float(w_step_arr.storage, 0, step)
            w_step = read_flat(space, w_step_arr, 0)
        else:
            w_step = space.newfloat(rfloat.NAN)
        return space.newtuple([w_result, w_step])
    return w_result


def np_eye(space, args):
    check_keywords(space, args, 'eye', ['M', 'k', 'dtype'])
    args_w = args.arguments_w
    n = space.int_w(args_w[0])
    w_m = keyword_value(args, 'M')
    if w_m is None and len(args_w) > 1:
        w_m = args_w[1]
    m = n if w_m is None or space.is_none(w_m) else space.int_w(w_m)
    w_k = keyword_value(args, 'k')
    k = 0 if w_k is None else space.int_w(w_k)
    dtype = get_dtype(space, args) or dt.float64_dtype
    w_result = new_array(space, [n, m], dtype)
    for i in range(n):
        j = i + k
        if 0 <= j < m:
            write_flat(space, w_result, i * m + j, space.newint(1))
    return w_result


def np_identity(space, args):
    check_keywords(space, args, 'identity', ['dtype'])
    n = space.int_w(args.arguments_w[0])
    dtype = get_dtype(space, args) or dt.float64_dtype
    w_result = new_array(space, [n, n], dtype)
    for i in range(n):
        write_flat(space, w_result, i * n + i, space.newint(1))
    return w_result


FUNCTIONS = [
    ('array', np_array), ('asarray', np_asarray),
    ('asanyarray', np_asanyarray), ('zeros', np_zeros),
    ('ones', np_ones), ('empty', np_empty), ('full', np_full),
    ('zeros_like', np_zeros_like), ('ones_like', np_ones_like),
    ('empty_like', np_empty_like), ('full_like', np_full_like),
    ('arange', np_arange), ('linspace', np_linspace), ('eye', np_eye),
    ('identity', np_identity),
]
