"""More ndarray attributes: `flat` (a numpy.flatiter), `flags` (a
numpy.flagsobj), `real`/`imag`, conj(); the `order=` helpers (C or
Fortran layout); and the ufunc objects' methods reduce and accumulate
(the others in ufunc_methods.py) and attributes (nin, nout, identity,
__name__)."""

import math
from pypy.interpreter.arguments import keyword_value, check_keywords, \
    Arguments
from pypy.objspace.root import W_Root, W_Iterator
from pypy.objspace.intobject import W_IntObject
from pypy.objspace.boolobject import W_BoolObject
from pypy.objspace.sliceobject import W_SliceObject
from pypy.objspace.tupleobject import W_TupleObject
from pypy.module.micronumpy.strides import is_c_contiguous, is_f_contiguous
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy.lazy import prepare_write
from pypy.module.micronumpy.concrete import new_array, concrete_of
from pypy.module.micronumpy.layout import copy_order
from pypy.module.micronumpy.ndarray import W_NDArray
from pypy.module.micronumpy.funcargs import check_axis, first_arg
from pypy.module.micronumpy.boxes import box_int, scalar_dtype, python_scalar
from pypy.module.micronumpy.complexops import real_view
from pypy.module.micronumpy.ctors import filled, get_dtype
from pypy.module.micronumpy.operands import array_from_w
from pypy.module.micronumpy.errstate import warn
from pypy.module.micronumpy.indexing import item_along_first_axis, getitem
from pypy.module.micronumpy.elements import read_flat, write_flat
from pypy.module.micronumpy.reductions import reduce, parse_axes, \
    reduce_masked, MASKED_REDUCTIONS
from pypy.module.micronumpy.ufunc_keywords import where_keyword
from pypy.module.micronumpy.shapes import accumulate, insert_axes, \
    concatenate_arrays, flattened
from pypy.module.micronumpy.ufuncs_app import W_Ufunc, call_binary_checked, \
    call_binary, call_binary_by_name, call_unary_by_name, call_two_outputs, \
    ufunc_named


# ____________________________________________________________
# flat

class W_FlatIter(W_Iterator):
    """a.flat: iterates over the elements in C order; a.flat[i] reads and
    a.flat[i] = x writes element i of that order."""

    def __init__(self, w_array):
        self.w_array = w_array
        self.index = 0

    def getclass(self, space):
        return space.w_numpy_flatiter

    def length(self, space):
        return self.w_array.get_size()

    def next(self, space):
        if self.index >= self.w_array.get_size():
            return None
        self.index += 1
        return read_flat(space, self.w_array, self.index - 1)

    def flat_index(self, space, w_key):
        size = self.w_array.get_size()
        if isinstance(w_key, W_BoolObject) or not \
                isinstance(w_key, W_IntObject):
            index = space.getindex_w(w_key)
        else:
            index = w_key.intval
        if index < 0:
            index += size
        if index < 0 or index >= size:
            raise space.error(space.w_IndexError,
                              "index %d is out of bounds for size %d" % (
                                  space.getindex_w(w_key), size))
        return index

    def flattened(self, space):
        return flattened(space, self.w_array)

    def getitem(self, space, w_key):
        if isinstance(w_key, W_SliceObject):
            return array_from_w(space, getitem(space, self.flattened(space),
                                               w_key), None, copy=True)
        if not isinstance(w_key, W_IntObject) and not \
                space.isinstance_w(w_key, space.w_int):
            return getitem(space, self.flattened(space), w_key)
        return read_flat(space, self.w_array, self.flat_index(space, w_key))

    def setitem(self, space, w_key, w_value):
        if not isinstance(w_key, W_IntObject) and not \
                space.isinstance_w(w_key, space.w_int):
            raise space.error(space.w_IndexError,
                              "only integers can index a.flat here")
        index = self.flat_index(space, w_key)
        prepare_write(space, self.w_array)
        write_flat(space, self.w_array, index, w_value)
        return True


def get_flat(space, w_arr):
    return W_FlatIter(concrete_of(space, w_arr))


def flatiter_base(space, w_iter):
    assert isinstance(w_iter, W_FlatIter)
    return w_iter.w_array


def flatiter_index(space, w_iter):
    assert isinstance(w_iter, W_FlatIter)
    return space.newint(w_iter.index)


flatiter_getset = {'base': flatiter_base, 'index': flatiter_index}


# ____________________________________________________________
# flags

FLAG_NAMES = ['C_CONTIGUOUS', 'F_CONTIGUOUS', 'OWNDATA', 'WRITEABLE',
              'ALIGNED', 'WRITEBACKIFCOPY']


class W_Flags(W_Root):
    def __init__(self, values):
        self.values = values        # one bool per FLAG_NAMES entry

    def getclass(self, space):
        return space.w_numpy_flagsobj

    def flag(self, space, name):
        key = name
        if key == 'C' or key == 'CONTIGUOUS':
            key = 'C_CONTIGUOUS'
        elif key == 'F' or key == 'FORTRAN':
            key = 'F_CONTIGUOUS'
        elif key == 'O':
            key = 'OWNDATA'
        elif key == 'W':
            key = 'WRITEABLE'
        elif key == 'A':
            key = 'ALIGNED'
        for i in range(len(FLAG_NAMES)):
            if FLAG_NAMES[i] == key:
                return space.newbool(self.values[i])
        raise space.error(space.w_KeyError, "Unknown flag")

    def getitem(self, space, w_key):
        return self.flag(space, space.text_utf8(w_key))

    def repr(self, space):
        lines = []
        for i in range(len(FLAG_NAMES)):
            lines.append('  %s : %s\n' % (FLAG_NAMES[i],
                                          'True' if self.values[i]
                                          else 'False'))
        return space.newtext_utf8(''.join(lines))


def get_flags(space, w_arr):
    w_conc = concrete_of(space, w_arr)
    itemsize = w_conc.dtype.itemsize
    return W_Flags([
        is_c_contiguous(w_conc.shape, w_conc.strides, itemsize),
        is_f_contiguous(w_conc.shape, w_conc.strides, itemsize),
        w_conc.w_base is None, True, True, False])


def make_flag_getter(name):
    def getter(space, w_flags):
        assert isinstance(w_flags, W_Flags)
        return w_flags.flag(space, name)
    getter.func_name = 'flag_' + name.lower()
    return getter


flags_getset = {}
for _name in FLAG_NAMES:
    flags_getset[_name.lower()] = make_flag_getter(_name)
flags_getset['contiguous'] = make_flag_getter('C_CONTIGUOUS')
flags_getset['fortran'] = make_flag_getter('F_CONTIGUOUS')
flags_getset['fnc'] = make_flag_getter('F_CONTIGUOUS')
del _name


# ____________________________________________________________
# real, imag, conj

def get_real(space, w_arr):
    assert isinstance(w_arr, W_NDArray)
    if w_arr.dtype.is_complex():
        return real_view(space, w_arr, False)
    return w_arr


def get_imag(space, w_arr):
    assert isinstance(w_arr, W_NDArray)
    if w_arr.dtype.is_complex():
        return real_view(space, w_arr, True)
    return new_array(space, w_arr.shape[:], w_arr.dtype)


def array_conj(space, args):
    check_keywords(space, args, 'conj', [])
    w_self = args.arguments_w[0]
    if isinstance(w_self, W_NDArray) and w_self.dtype.is_complex():
        return call_unary_by_name(space, 'conjugate', w_self)
    return array_from_w(space, w_self, None, copy=True)


# ____________________________________________________________
# order= (C or Fortran layout)


# ____________________________________________________________
# ufunc attributes and methods

REDUCE_NAMES = {'add': 'sum', 'multiply': 'prod', 'maximum': 'max',
                'minimum': 'min', 'logical_and': 'all', 'logical_or': 'any',
                'fmax': 'max', 'fmin': 'min'}
IDENTITIES = {'add': 0, 'multiply': 1, 'logical_and': 1, 'logical_or': 0,
              'logical_xor': 0, 'bitwise_or': 0, 'bitwise_xor': 0,
              'bitwise_and': -1, 'gcd': 0}


def ufunc_of(space, w_obj):
    if not isinstance(w_obj, W_Ufunc):
        raise space.error(space.w_TypeError,
                          "descriptor requires a 'numpy.ufunc' object")
    return w_obj


def binary_ufunc_of(space, w_obj, method, single_output=True):
    """ufunc_of, for a method only binary ufuncs have (with one output,
    unless not single_output)."""
    w_ufunc = ufunc_of(space, w_obj)
    if w_ufunc.nin != 2:
        raise space.error(space.w_ValueError,
                          "%s only supported for binary functions" % method)
    if single_output and w_ufunc.nout != 1:
        raise space.error(space.w_ValueError,
                          "%s only supported for functions returning a "
                          "single value" % method)
    return w_ufunc


def ufunc_nin(space, w_ufunc):
    return space.newint(ufunc_of(space, w_ufunc).nin)


def ufunc_nout(space, w_ufunc):
    return space.newint(ufunc_of(space, w_ufunc).nout)


def ufunc_nargs(space, w_ufunc):
    w_ufunc = ufunc_of(space, w_ufunc)
    return space.newint(w_ufunc.nin + w_ufunc.nout)


def ufunc_name(space, w_ufunc):
    return space.newtext_utf8(ufunc_of(space, w_ufunc).name)


def ufunc_identity(space, w_ufunc):
    name = ufunc_of(space, w_ufunc).name
    if name in IDENTITIES:
        value = IDENTITIES[name]
        if name.startswith('logical_'):
            return space.newbool(value != 0)
        return space.newint(value)
    return space.w_None


ufunc_getset = {'nin': ufunc_nin, 'nout': ufunc_nout, 'nargs': ufunc_nargs,
                '__name__': ufunc_name, 'identity': ufunc_identity}


def ufunc_axis_args(space, args, fname, more_keywords=[]):
    check_keywords(space, args, fname, ['axis', 'dtype', 'out', 'keepdims'] +
                   more_keywords)
    args_w = args.arguments_w
    if len(args_w) < 2:
        raise space.error(space.w_TypeError,
                          "%s() takes at least 1 positional argument" % fname)
    w_axis = keyword_value(args, 'axis')
    if w_axis is None and len(args_w) > 2:
        w_axis = args_w[2]
    if w_axis is None:
        w_axis = space.newint(0)
    w_dtype = keyword_value(args, 'dtype')
    if w_dtype is None and len(args_w) > 3:
        w_dtype = args_w[3]
    dtype = None
    if w_dtype is not None and not space.is_none(w_dtype):
        dtype = dt.dtype_from_w(space, w_dtype)
    w_keep = keyword_value(args, 'keepdims')
    keepdims = w_keep is not None and space.is_true(w_keep)
    return w_axis, dtype, keepdims


def ufunc_reduce(space, args):
    w_ufunc = binary_ufunc_of(space, args.arguments_w[0], 'reduce')
    w_axis, dtype, keepdims = ufunc_axis_args(space, args, 'reduce',
                                              ['initial', 'where'])
    w_arr = array_from_w(space, args.arguments_w[1], None)
    w_initial = keyword_value(args, 'initial')
    w_where = where_keyword(space, args)
    if w_initial is None and w_where is None:
        return reduce_by(space, w_ufunc, w_arr, w_axis, dtype, keepdims)
    name = REDUCE_NAMES.get(w_ufunc.name, '')
    if name not in MASKED_REDUCTIONS:
        raise space.error(space.w_NotImplementedError,
                          "%s.reduce with initial= or where=" % w_ufunc.name)
    return reduce_masked(space, name, w_ufunc.name, w_arr, w_axis, dtype,
                         keepdims, w_initial, w_where)


def reduce_by(space, w_ufunc, w_arr, w_axis, dtype, keepdims):
    """w_ufunc.reduce(w_arr, axis, dtype, keepdims=keepdims)."""
    if w_ufunc.name in REDUCE_NAMES:
        name = REDUCE_NAMES[w_ufunc.name]
        return reduce(space, name, w_arr, w_axis, dtype, keepdims)
    if w_ufunc.kind == 'cmp' and w_arr.dtype.kind != dt.KIND_BOOL:
        # a comparison's bool result cannot feed back into a non-bool loop
        raise space.error(space.w_TypeError,
                          "No loop matching the specified signature and "
                          "casting was found for ufunc %s" % w_ufunc.name)
    return generic_reduce(space, w_ufunc, w_arr, w_axis, False)


def ufunc_accumulate(space, args):
    w_ufunc = binary_ufunc_of(space, args.arguments_w[0], 'accumulate')
    w_axis, dtype, keepdims = ufunc_axis_args(space, args, 'accumulate')
    w_arr = array_from_w(space, args.arguments_w[1], None)
    w_axis = accumulate_axis(space, w_axis, len(w_arr.shape))
    if w_ufunc.name == 'add' or w_ufunc.name == 'multiply':
        return accumulate(space, w_arr, w_axis, dtype,
                          w_ufunc.name == 'multiply')
    return generic_reduce(space, w_ufunc, w_arr, w_axis, True)


def accumulate_axis(space, w_axis, ndim):
    """The one axis accumulate runs along, checked as NumPy does: an int
    or a 1-tuple, in bounds (a 0-d array takes axis 0 or -1, then is
    refused as a scalar)."""
    if isinstance(w_axis, W_TupleObject) and len(w_axis.items_w) == 1:
        w_axis = w_axis.items_w[0]
    if space.is_none(w_axis) or isinstance(w_axis, W_TupleObject):
        raise space.error(space.w_ValueError,
                          "accumulate does not allow multiple axes")
    axis = space.getindex_w(w_axis)
    if ndim == 0 and (axis == 0 or axis == -1):
        raise space.error(space.w_TypeError, "cannot accumulate on a scalar")
    return space.newint(check_axis(space, axis, ndim))


# the ufuncs whose reduction may run over several axes at once
REORDERABLE = ['add', 'multiply', 'maximum', 'minimum', 'fmax', 'fmin',
               'logical_and', 'logical_or', 'logical_xor', 'bitwise_and',
               'bitwise_or', 'bitwise_xor']


def generic_reduce(space, w_ufunc, w_arr, w_axis, keep_all):
    """Apply the binary ufunc along the axis, element by element of that
    axis (whole sub-arrays at a time); a reduction over an axis tuple
    reduces one axis after the other, the last first."""
    w_conc = concrete_of(space, w_arr)
    ndim = len(w_conc.shape)
    if space.is_none(w_axis):
        axes = range(ndim)
    else:
        axes = parse_axes(space, w_axis, ndim)
    if len(axes) > 1 and w_ufunc.name not in REORDERABLE and not keep_all:
        raise space.error(space.w_ValueError,
                          "reduction operation '%s' is not reorderable, so "
                          "at most one axis may be specified" % w_ufunc.name)
    if keep_all or space.is_none(w_axis):
        return reduce_one_axis(space, w_ufunc, w_conc, w_axis, keep_all)
    if not axes:
        # axis=(), or axis 0 of a 0-d array: nothing to combine, but the
        # ufunc's loop still gives the result's dtype (or has none)
        dtype = loop_result_dtype(space, w_ufunc, w_conc)
        w_copy = array_from_w(space, w_conc, dtype, copy=True)
        if not w_conc.shape:
            return read_flat_scalar(space, concrete_of(space, w_copy))
        return w_copy
    w_res = w_conc
    for axis in range(len(w_conc.shape) - 1, -1, -1):
        # the last axis first: the axes before it keep their numbers
        if axis in axes:
            w_res = reduce_one_axis(space, w_ufunc,
                                    concrete_of(space, w_res),
                                    space.newint(axis), False)
    return w_res


def read_flat_scalar(space, w_conc):
    return read_flat(space, w_conc, 0)


def reduce_one_axis(space, w_ufunc, w_conc, w_axis, keep_all):
    if space.is_none(w_axis):
        w_conc = flattened(space, w_conc)
        axis = 0
    else:
        axis = check_axis(space, space.getindex_w(w_axis), len(w_conc.shape))
    w_moved = axis_moved(w_conc, axis, True)
    n = w_moved.shape[0]
    dtype = loop_result_dtype(space, w_ufunc, w_moved)
    if n == 0 and keep_all:
        return array_from_w(space, w_conc, dtype, copy=True)
    if n == 0:
        return identity_result(space, w_ufunc.name, w_moved.shape[1:], dtype)
    w_acc = array_from_w(space, item_along_first_axis(space, w_moved, 0),
                         dtype)
    parts_w = [w_acc]
    for i in range(1, n):
        w_acc = call_binary_checked(space, w_ufunc, w_acc,
                                    item_along_first_axis(space, w_moved, i))
        w_acc = array_from_w(space, w_acc, None)
        parts_w.append(w_acc)
    if not keep_all:
        if not w_acc.shape:
            return read_flat_scalar(space, concrete_of(space, w_acc))
        return w_acc
    expanded = [insert_axes(space, w_part, [0]) for w_part in parts_w]
    w_res = concatenate_arrays(space, expanded, False, 0,
                               parts_w[-1].dtype)
    return axis_moved(concrete_of(space, w_res), axis, False)


def loop_result_dtype(space, w_ufunc, w_conc):
    """The dtype w_ufunc's loop gives for two elements of w_conc (a
    logical ufunc's is bool: its reduction starts from the first element
    as a bool); the ufunc's TypeError if it has no loop for them."""
    w_none = w_conc.view([0], [0], w_conc.start)
    w_res = call_binary(space, w_ufunc, w_none, w_none)
    if not isinstance(w_res, W_NDArray):
        raise space.error(space.w_TypeError,
                          "ufunc '%s' not supported for the input types" %
                          w_ufunc.name)
    return w_res.dtype


def identity_result(space, name, shape, dtype):
    """The reduction of an empty axis: the ufunc's identity over the other
    axes, or NumPy's ValueError when it has none."""
    if name not in IDENTITIES:
        raise space.error(space.w_ValueError,
                          "zero-size array to reduction operation %s which "
                          "has no identity" % name)
    w_value = box_int(space, dtype, dtype.wrap_int(IDENTITIES[name]))
    if not shape:
        return w_value
    return filled(space, shape, dtype, w_value)


def axis_moved(w_conc, axis, to_front):
    """A view of w_conc with `axis` moved first, the other axes in their
    order (to_front), or the first axis moved back to `axis`."""
    ndim = len(w_conc.shape)
    order = []
    for k in range(ndim):
        if to_front:
            order.append(axis if k == 0 else k - int(k <= axis))
        else:
            order.append(0 if k == axis else k + int(k < axis))
    return w_conc.view([w_conc.shape[j] for j in order],
                       [w_conc.strides[j] for j in order], w_conc.start)


# ____________________________________________________________
# NumPy scalars have the array methods and attributes (of a 0-d array)

SCALAR_METHODS = ['item', 'tolist', 'tobytes', 'astype', 'ravel', 'reshape', 'copy',
                  'flatten', 'sum', 'prod', 'min', 'max', 'mean', 'all',
                  'any', 'argmax', 'argmin', 'transpose', 'fill', 'conj',
                  'conjugate', 'round', 'clip', 'squeeze', 'std', 'var',
                  'cumsum', 'cumprod']
SCALAR_GETSET = ['shape', 'ndim', 'size', 'dtype', 'itemsize', 'nbytes',
                 'strides', 'T', 'real', 'imag', 'flat', 'flags']


def scalar_as_array(space, w_self):
    return array_from_w(space, w_self, None)


def make_scalar_method(name, func):
    def method(space, args):
        # unbound, as np.uint32.item(x): x must be a NumPy scalar
        if len(args.arguments_w) == 0:
            raise space.error(space.w_TypeError,
                              "unbound method generic.%s() needs an "
                              "argument" % name)
        w_self = args.arguments_w[0]
        if scalar_dtype(w_self) is None:
            raise space.error(space.w_TypeError,
                              "descriptor '%s' for 'numpy.generic' objects "
                              "doesn't apply to a '%s' object" % (
                                  name, space.type_name(space.type(w_self))))
        w_arr = scalar_as_array(space, w_self)
        return scalar_of_0d(space, func(space, Arguments(
            [w_arr] + args.arguments_w[1:], args.keyword_names,
            args.keyword_values_w)))
    method.func_name = 'scalar_' + func.func_name
    return method


def scalar_of_0d(space, w_res):
    """What a scalar's method returns for the 0-d array's result: NumPy
    gives a scalar where the array method gives a 0-d array."""
    if isinstance(w_res, W_NDArray) and not w_res.shape:
        return read_flat(space, concrete_of(space, w_res), 0)
    return w_res


def make_scalar_getter(func):
    def getter(space, w_self):
        return scalar_of_0d(space, func(space, scalar_as_array(space,
                                                               w_self)))
    getter.func_name = 'scalar_' + func.func_name
    return getter


def scalar_getitem(space, w_self, w_index):
    """s[()] is s; s[...], s[None], s[mask] index the 0-d array; any
    other index is NumPy's IndexError."""
    if isinstance(w_index, W_TupleObject):
        if not w_index.items_w:
            return w_self
        items_w = w_index.items_w
    else:
        items_w = [w_index]
    for w_item in items_w:
        if not indexes_0d(space, w_item):
            raise space.error(space.w_IndexError,
                              "invalid index to scalar variable.")
    return space.getitem(scalar_as_array(space, w_self), w_index)


def indexes_0d(space, w_item):
    """Whether w_item may index a 0-d array: Ellipsis, None or a
    boolean (Python's, NumPy's or a bool array)."""
    from pypy.objspace.noneobject import W_EllipsisObject
    if isinstance(w_item, W_EllipsisObject) or space.is_none(w_item) or \
            isinstance(w_item, W_BoolObject):
        return True
    return isinstance(w_item, W_NDArray) and \
        w_item.dtype.kind == dt.KIND_BOOL


# ____________________________________________________________
# int(a), float(a) of size-1 arrays

def size1_value(space, args, real_message):
    """The element of a 0-d array as a Python scalar; real_message is
    the TypeError int() or float() gives for a complex one (None:
    complex() takes it)."""
    w_arr = concrete_of(space, args.arguments_w[0])
    if w_arr.shape:
        raise space.error(space.w_TypeError,
                          "only 0-dimensional arrays can be converted to "
                          "Python scalars")
    if real_message is not None and w_arr.dtype.is_complex():
        raise space.error(space.w_TypeError, real_message)
    return python_scalar(space, read_flat(space, w_arr, 0), w_arr.dtype)


INT_OF_COMPLEX = ("int() argument must be a string, a bytes-like object or "
                  "a real number, not 'complex'")
FLOAT_OF_COMPLEX = ("float() argument must be a string or a real number, "
                    "not 'complex'")


def array_int(space, args):
    w_value = size1_value(space, args, INT_OF_COMPLEX)
    if space.isinstance_w(w_value, space.w_float):
        return space.int_from_float(space.float_w(w_value))
    if space.isinstance_w(w_value, space.w_bool):
        return space.newint(space.int_w(w_value))
    return w_value


def array_float(space, args):
    return space.newfloat(space.float_w(size1_value(space, args,
                                                    FLOAT_OF_COMPLEX)))


def complex_scalar_real(space, args):
    """int() and float() of a NumPy complex scalar take its real part,
    with NumPy's ComplexWarning."""
    from pypy.objspace.complexobject import W_ComplexObject
    w_c = args.arguments_w[0]
    assert isinstance(w_c, W_ComplexObject)     # a method of its type
    warn(space, "Casting complex values to real discards the imaginary "
         "part", space.w_ComplexWarning)
    return w_c.real


def complex_scalar_int(space, args):
    return space.int_from_float(complex_scalar_real(space, args))


def complex_scalar_float(space, args):
    return space.newfloat(complex_scalar_real(space, args))


def array_complex(space, args):
    from pypy.objspace.complexobject import as_complex
    w_value = size1_value(space, args, None)
    w_c = as_complex(space, w_value)    # (a Python bool, int, float or
    assert w_c is not None              # complex: never None)
    return w_c


def array_index(space, args):
    w_arr = concrete_of(space, args.arguments_w[0])
    if w_arr.shape or not w_arr.dtype.is_int_like():
        raise space.error(space.w_TypeError,
                          "only integer scalar arrays can be converted to a "
                          "scalar index")
    return array_int(space, args)


# ____________________________________________________________
# round / around, ascontiguousarray, divmod

def round_array(space, w_obj, decimals):
    """NumPy's round: rint(a * 10**d) / 10**d (a / 10**-d for d < 0);
    integers stay integers."""
    w_arr = array_from_w(space, w_obj, None)
    if decimals > 300 or decimals < -300:
        decimals = 300 if decimals > 0 else -300
    if w_arr.dtype.is_int_like():
        if decimals >= 0 or decimals < -18:
            return array_from_w(space, w_arr, None, copy=True)
        scale = 1
        for i in range(-decimals):
            scale *= 10
        w_scale = space.newint(scale)
        w_q = call_unary_by_name(space, 'rint', call_binary_by_name(
            space, 'true_divide', w_arr, w_scale))
        return array_from_w(space, call_binary_by_name(
            space, 'multiply', w_q, w_scale), w_arr.dtype)
    if decimals == 0:
        return call_unary_by_name(space, 'rint', w_arr)
    if decimals > 0:
        w_scale = space.newfloat(math.pow(10.0, decimals))
        return call_binary_by_name(space, 'true_divide', call_unary_by_name(
            space, 'rint', call_binary_by_name(space, 'multiply', w_arr,
                                               w_scale)), w_scale)
    w_scale = space.newfloat(math.pow(10.0, -decimals))
    return call_binary_by_name(space, 'multiply', call_unary_by_name(
        space, 'rint', call_binary_by_name(space, 'true_divide', w_arr,
                                           w_scale)), w_scale)


def decimals_arg(space, args, position):
    w_dec = keyword_value(args, 'decimals')
    if w_dec is None and len(args.arguments_w) > position:
        w_dec = args.arguments_w[position]
    return 0 if w_dec is None else space.int_w(w_dec)


def np_round(space, args):
    check_keywords(space, args, 'round', ['a', 'decimals', 'out'])
    return round_array(space, first_arg(space, args, 'round', 'a'),
                       decimals_arg(space, args, 1))


def np_ascontiguousarray(space, args):
    check_keywords(space, args, 'ascontiguousarray', ['dtype'])
    dtype = get_dtype(space, args)
    w_arr = array_from_w(space, args.arguments_w[0], dtype)
    w_conc = concrete_of(space, w_arr)
    if not w_conc.shape:
        return copy_order(space, w_conc, False).view(
            [1], [w_conc.dtype.itemsize], 0)
    if w_conc.is_c_contiguous():
        return w_conc
    return copy_order(space, w_conc, False)


def array_divmod(space, args):          # divmod(a, x)
    check_keywords(space, args, '__divmod__', [])
    if len(args.arguments_w) != 2:
        raise space.error(space.w_TypeError,
                          "divmod() takes 2 positional arguments")
    return divmod_pair(space, args.arguments_w[0], args.arguments_w[1])


def array_rdivmod(space, args):         # divmod(x, a)
    check_keywords(space, args, '__rdivmod__', [])
    return divmod_pair(space, args.arguments_w[1], args.arguments_w[0])


def divmod_pair(space, w_a, w_b):
    return call_two_outputs(space, ufunc_named('divmod'), [w_a, w_b],
                            [None, None])
