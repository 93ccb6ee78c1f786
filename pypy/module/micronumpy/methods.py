"""The methods and attributes of ndarray and dtype objects."""

from rpython.rtyper.lltypesystem import rffi
from rpython.tool.sourcetools import func_with_new_name
from pypy.interpreter.arguments import check_args, keyword_value, \
    check_keywords
from pypy.objspace.tupleobject import W_TupleObject
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy.concrete import W_ConcreteArray, new_array
from pypy.module.micronumpy import attributes, diagonal, shapes, sorting, \
    take, views
from pypy.module.micronumpy.ndarray import W_NDArray, special_methods
from pypy.module.micronumpy.boxes import python_scalar
from pypy.module.micronumpy.elements import read_flat, write_flat, read_at, \
    check_int_fits
from pypy.module.micronumpy.reductions import reduction_functions
from pypy.module.micronumpy.ctors import shape_from_w
from pypy.module.micronumpy.subclass import as_subclass, base_class_view, \
    out_given
from pypy.module.micronumpy.operands import array_from_w, assign, cast_copy, \
    convert_operand
from pypy.module.micronumpy.funcargs import self_array, first_arg, method_of, \
    shape_from_w_any, arg, int_arg
from pypy.module.micronumpy.layout import reshape_order, order_arg, copy_order, \
    order_letter, wants_fortran, in_layout, transpose
from pypy.module.micronumpy.attributes import array_conj, array_int, \
    array_float, array_complex, array_index, np_round, array_divmod, \
    array_rdivmod
from pypy.module.micronumpy.linalg import dot
from pypy.module.micronumpy.array_interface import array_interface
from pypy.module.micronumpy.ufuncs_app import call_unary_by_name


def concrete(space, w_arr):
    w_conc = w_arr.get_concrete(space)
    assert isinstance(w_conc, W_ConcreteArray)
    return w_conc


# --- attributes ---

# ndarray's __array_priority__ (NumPy's scalars have -1e6, subclasses more)
ARRAY_PRIORITY = 0.0

def get_shape(space, w_arr):
    assert isinstance(w_arr, W_NDArray)
    return space.newtuple([space.newint(n) for n in w_arr.shape])


def get_size(space, w_arr):
    assert isinstance(w_arr, W_NDArray)
    return space.newint(w_arr.get_size())


def get_ndim(space, w_arr):
    assert isinstance(w_arr, W_NDArray)
    return space.newint(len(w_arr.shape))


def get_dtype(space, w_arr):
    assert isinstance(w_arr, W_NDArray)
    return w_arr.dtype


def get_itemsize(space, w_arr):
    assert isinstance(w_arr, W_NDArray)
    return space.newint(w_arr.dtype.itemsize)


def get_nbytes(space, w_arr):
    assert isinstance(w_arr, W_NDArray)
    return space.newint(w_arr.get_size() * w_arr.dtype.itemsize)


def get_strides(space, w_arr):
    assert isinstance(w_arr, W_NDArray)
    return space.newtuple([space.newint(s) for s in
                           concrete(space, w_arr).strides])


def get_base(space, w_arr):
    assert isinstance(w_arr, W_NDArray)
    w_base = concrete(space, w_arr).w_base
    return w_base if w_base is not None else space.w_None


def get_T(space, w_arr):
    assert isinstance(w_arr, W_NDArray)
    return transpose(space, concrete(space, w_arr), None)


def get_array_interface(space, w_arr):
    assert isinstance(w_arr, W_NDArray)
    return array_interface(space, concrete(space, w_arr))


def get_array_priority(space, w_arr):
    return space.newfloat(ARRAY_PRIORITY)


array_getset = {
    '__array_interface__': get_array_interface,
    '__array_priority__': get_array_priority,
    'shape': get_shape, 'size': get_size, 'ndim': get_ndim,
    'dtype': get_dtype, 'itemsize': get_itemsize, 'nbytes': get_nbytes,
    'strides': get_strides, 'base': get_base,
    'flat': attributes.get_flat, 'flags': attributes.get_flags,
}


def view_keeping_class(get):
    """The getter `get` of a view (a.T, a.real) whose result takes the
    class of the array, as in NumPy."""
    def getter(space, w_arr):
        assert isinstance(w_arr, W_NDArray)
        return w_arr.derived(space, get(space, w_arr))
    return func_with_new_name(getter, get.func_name + '_keeping_class')

for _name, _get in [('T', get_T), ('real', attributes.get_real),
                    ('imag', attributes.get_imag)]:
    array_getset[_name] = view_keeping_class(_get)
del _name, _get


# --- shape manipulation ---


def shape_args(space, args, first):
    args_w = args.arguments_w[first:]
    if len(args_w) == 1:
        return shape_from_w_any(space, args_w[0])
    return [space.getindex_w(w_n) for w_n in args_w]


def np_reshape(space, args):
    check_keywords(space, args, 'reshape', ['a', 'shape', 'order'])
    w_arr = array_from_w(space, first_arg(space, args, 'reshape', 'a'), None)
    w_shape = keyword_value(args, 'shape')
    if w_shape is not None:
        shape = shape_from_w_any(space, w_shape)
    else:
        shape = shape_args(space, args, 1)
    return reshape_order(space, w_arr, shape,
                         order_arg(space, args, 1 << 20, w_arr, 'C', 'CFA'))


def np_ravel(space, args):
    check_keywords(space, args, 'ravel', ['a', 'order'])
    w_arr = array_from_w(space, first_arg(space, args, 'ravel', 'a'), None)
    return reshape_order(space, w_arr, [w_arr.get_size()],
                         order_arg(space, args, 1, w_arr))


def array_flatten(space, args):
    check_keywords(space, args, 'flatten', ['order'])
    w_arr = self_array(space, args)
    return array_from_w(space, reshape_order(space, w_arr,
                                             [w_arr.get_size()],
                                             order_arg(space, args, 1,
                                                       w_arr)),
                        None, copy=True)


def array_copy(space, args):
    check_keywords(space, args, 'copy', ['order'])
    w_arr = self_array(space, args)
    return copy_order(space, w_arr, order_arg(space, args, 1, w_arr))


def array_dunder_copy(space, args):
    """a.__copy__() and a.__deepcopy__(memo) (copy.copy, copy.deepcopy):
    a copy in a's layout (arrays of numbers hold nothing to copy
    deeper)."""
    check_args(space, args, '__copy__', 1, 2)
    w_arr = self_array(space, args)
    return copy_order(space, w_arr, wants_fortran('K', w_arr))


def array_astype(space, args):
    check_keywords(space, args, 'astype', ['copy', 'casting', 'order'])
    w_arr = self_array(space, args)
    dtype = dt.dtype_from_w(space, args.arguments_w[1])
    w_result = cast_copy(space, w_arr, dtype)
    if order_arg(space, args, 2, w_arr, 'K') and len(w_arr.shape) > 1:
        return copy_order(space, w_result, True)
    return w_result


def np_transpose(space, args):
    """np.transpose(a, axes) and a.transpose(*axes) or (axes)."""
    check_keywords(space, args, 'transpose', ['a', 'axes'])
    w_arr = concrete(space, array_from_w(
        space, first_arg(space, args, 'transpose', 'a'), None))
    w_axes = keyword_value(args, 'axes')
    if w_axes is None and len(args.arguments_w) == 2:
        w_axes = args.arguments_w[1]
    if w_axes is not None:
        if space.is_none(w_axes):
            return transpose(space, w_arr, None)
        return transpose(space, w_arr, shape_from_w_any(space, w_axes))
    if len(args.arguments_w) > 2:
        return transpose(space, w_arr, shape_args(space, args, 1))
    return transpose(space, w_arr, None)


def tolist(space, w_arr, axis, base_offset):
    if axis == len(w_arr.shape):
        w_box = read_at(space, w_arr, base_offset)
        return python_scalar(space, w_box, w_arr.dtype)
    items_w = []
    for i in range(w_arr.shape[axis]):
        items_w.append(tolist(space, w_arr, axis + 1,
                              base_offset + i * w_arr.strides[axis]))
    return space.newlist(items_w)


def array_tolist(space, args):
    check_args(space, args, 'tolist', 1, 1)
    w_arr = concrete(space, self_array(space, args))
    return tolist(space, w_arr, 0, w_arr.start)


def array_item(space, args):
    w_arr = concrete(space, self_array(space, args))
    if len(args.arguments_w) == 1:
        if w_arr.get_size() != 1:
            raise space.error(space.w_ValueError,
                              "can only convert an array of size 1 to a "
                              "Python scalar")
        return python_scalar(space, read_flat(space, w_arr, 0), w_arr.dtype)
    if len(args.arguments_w) == 2 and space.isinstance_w(
            args.arguments_w[1], space.w_int):
        index = space.int_w(args.arguments_w[1])
        size = w_arr.get_size()
        if index < -size or index >= size:
            raise space.error(space.w_IndexError,
                              "index %d is out of bounds for size %d" % (
                                  index, size))
        if index < 0:
            index += size
        return python_scalar(space, read_flat(space, w_arr, index),
                             w_arr.dtype)
    w_index = args.arguments_w[1]
    if len(args.arguments_w) > 2 or not isinstance(w_index, W_TupleObject):
        w_index = space.newtuple(args.arguments_w[1:])
    w_box = w_arr.getitem(space, w_index)
    return python_scalar(space, w_box, w_arr.dtype)


def array_tobytes(space, args):
    """The elements' bytes, in C order unless order='F' (or 'A' on a
    Fortran-ordered array; NumPy's 'K' is C order here)."""
    check_keywords(space, args, 'tobytes', ['order'])
    w_arr = concrete(space, self_array(space, args))
    letter = order_letter(space, args, 1)
    fortran = wants_fortran('C' if letter == 'K' else letter, w_arr)
    w_conc = concrete(space, in_layout(space, w_arr, fortran))
    first = rffi.ptradd(rffi.cast(rffi.CCHARP, w_conc.storage), w_conc.start)
    return space.newbytes(rffi.charpsize2str(
        first, w_conc.get_size() * w_conc.dtype.itemsize))


def array_tofile(space, args):
    """a.tofile(file, sep='', format='%s'): opening and writing files is
    app-level code, lib_pypy/_numpy_lib/rawfiles.py (the bytes come from
    tobytes)."""
    from pypy.module.applevel_names import import_lib
    self_array(space, args)
    w_lib = import_lib(space, '_numpy_lib')
    if w_lib is None:
        raise space.error(space.w_AttributeError,
                          "'numpy.ndarray' object has no attribute 'tofile'")
    return space.call_args(space.getattr(space.getattr(w_lib, 'rawfiles'),
                                         'array_tofile'), args)


def app_method(name):
    """a.<name>(...) as lib_pypy/_numpy_lib/ndmethods.py's function of the
    same name, the array first (methods composed of array operations)."""
    def method(space, args):
        from pypy.module.applevel_names import import_lib
        self_array(space, args)
        w_lib = import_lib(space, '_numpy_lib')
        if w_lib is None:
            raise space.error(space.w_AttributeError,
                              "'numpy.ndarray' object has no attribute '%s'"
                              % name)
        return space.call_args(space.getattr(
            space.getattr(w_lib, 'ndmethods'), name), args)
    method.__name__ = 'array_' + name
    return method


APP_METHODS = ['repeat', 'trace', 'compress', 'choose', 'partition',
               'argpartition']


def buffer_bytes(space, w_obj):
    """The bytes a bytes-like object holds (bytes, bytearray, memoryview)."""
    from pypy.objspace.bytesobject import W_BytesObject
    from pypy.objspace.bytearrayobject import W_BytearrayObject
    from pypy.objspace.memoryviewobject import W_MemoryView
    if isinstance(w_obj, W_MemoryView):
        w_obj = w_obj.w_obj
    if isinstance(w_obj, W_BytesObject):
        return w_obj.value
    if isinstance(w_obj, W_BytearrayObject):
        return ''.join(w_obj.data)
    raise space.error(space.w_TypeError,
                      "a bytes-like object is required, not '%s'" %
                      space.type(w_obj).name)


def np_frombuffer(space, args):
    """A 1-D array of the buffer's bytes read as dtype (a memcpy: NumPy's
    read-only view of the buffer reads the same)."""
    from rpython.rtyper.annlowlevel import llstr
    from rpython.rtyper.lltypesystem.rstr import copy_string_to_raw
    check_keywords(space, args, 'frombuffer', ['buffer', 'dtype', 'count',
                                               'offset'])
    data = buffer_bytes(space, first_arg(space, args, 'frombuffer',
                                         'buffer'))
    w_dtype = arg(space, args, 1, 'dtype')
    dtype = dt.dtype_from_w(space, w_dtype) if w_dtype is not None \
        else dt.float64_dtype
    count = int_arg(space, args, 2, 'count', -1)
    offset = int_arg(space, args, 3, 'offset', 0)
    if offset < 0 or offset > len(data):
        raise space.error(space.w_ValueError,
                          "offset must be non-negative and no greater than "
                          "buffer length (%d)" % len(data))
    available = len(data) - offset
    itemsize = dtype.itemsize
    if count < 0:
        if available % itemsize != 0:
            raise space.error(space.w_ValueError,
                              "buffer size must be a multiple of element "
                              "size")
        count = available // itemsize
    elif count * itemsize > available:
        raise space.error(space.w_ValueError,
                          "buffer is smaller than requested size")
    w_result = new_array(space, [count], dtype, zero=False)
    copy_string_to_raw(llstr(data), rffi.cast(rffi.CCHARP, w_result.storage),
                       offset, count * itemsize)
    return w_result


def np_promote_types(space, args):
    check_args(space, args, 'promote_types', 2, 2)
    return dt.promote_types(dt.dtype_from_w(space, args.arguments_w[0]),
                            dt.dtype_from_w(space, args.arguments_w[1]))


def np_result_type(space, args):
    """np.result_type(*arrays_and_dtypes): the dtypes and the arrays' and
    NumPy scalars' dtypes promoted together; Python scalars are weak
    (NEP 50): only their kind counts."""
    check_keywords(space, args, 'result_type', [])
    if not args.arguments_w:
        raise space.error(space.w_ValueError,
                          "at least one array or dtype is required")
    strong = None
    weak_kind = dt.KIND_BOOL
    for w_obj in args.arguments_w:
        operand = convert_operand(space, w_obj)
        if operand is not None and operand.weak:
            if dt.kind_rank(operand.dtype.kind) > dt.kind_rank(weak_kind):
                weak_kind = operand.dtype.kind
            continue
        dtype = operand.dtype if operand is not None else \
            dt.dtype_from_w(space, w_obj)
        strong = dtype if strong is None else dt.promote_types(strong,
                                                               dtype)
    if strong is None:
        return dt.result_with_python_scalar(dt.bool_dtype, weak_kind)
    return dt.result_with_python_scalar(strong, weak_kind)


def array_fill(space, args):
    check_args(space, args, 'fill', 2, 2)
    w_arr = concrete(space, self_array(space, args))
    w_value = args.arguments_w[1]
    # the value is stored as into one element (a[i] = value)
    if isinstance(w_value, W_NDArray):
        if w_value.shape:
            raise space.error(space.w_ValueError,
                              "setting an array element with a sequence.")
    else:
        check_int_fits(space, w_value, w_arr.dtype)
    assign(space, w_arr, w_value)
    return space.w_None


def array_abs(space, args):
    check_args(space, args, '__abs__', 1, 1)
    return call_unary_by_name(space, 'absolute', self_array(space, args))


def np_dot(space, args):
    check_args(space, args, 'dot', 2, 2)
    return dot(space, args.arguments_w[0], args.arguments_w[1])


def make_array_methods():
    """ndarray's methods: this module's and attributes.py's, the tables
    of the modules that implement the others (a later table's entry
    wins), ndarray.py's special methods (__add__, __getitem__, ...), and
    NumPy's Python code for the rest (APP_METHODS)."""
    methods = {
        'reshape': method_of(np_reshape, 'reshape', ['a', 'shape']),
        'ravel': method_of(np_ravel, 'ravel'),
        'flatten': array_flatten, 'copy': array_copy,
        '__copy__': array_dunder_copy, '__deepcopy__': array_dunder_copy,
        'astype': array_astype,
        'transpose': method_of(np_transpose, 'transpose', ['a', 'axes']),
        'tolist': array_tolist, 'item': array_item,
        'tobytes': array_tobytes, 'tofile': array_tofile,
        'fill': array_fill, 'dot': method_of(np_dot, 'dot'),
        '__abs__': array_abs,
        'conj': array_conj, 'conjugate': array_conj,
        '__int__': array_int, '__float__': array_float,
        '__complex__': array_complex, '__index__': array_index,
        'round': method_of(np_round, 'round'),
        '__divmod__': method_of(array_divmod, '__divmod__', []),
        '__rdivmod__': array_rdivmod,
    }
    for table in [shapes.array_methods, sorting.array_methods,
                  take.array_methods, diagonal.array_methods]:
        methods.update(table)
    for name in APP_METHODS:
        if name not in methods:
            methods[name] = app_method(name)
    for name, func in methods.items():
        methods[name] = keeping_class(func)
    # (these give their results the class themselves)
    for table in [reduction_functions, {'view': views.array_view},
                  {'__array_finalize__': array_finalize,
                   '__array_wrap__': array_wrap}, special_methods]:
        methods.update(table)
    return methods


def array_finalize(space, args):
    """ndarray.__array_finalize__(obj): nothing to do (what a subclass's
    own hook reaches through super())."""
    check_args(space, args, '__array_finalize__', 2, 2)
    self_array(space, args)
    return space.w_None


def array_wrap(space, args):
    """ndarray.__array_wrap__(arr, context=None, return_scalar=False): arr
    as an instance of self's class; for a plain ndarray with
    return_scalar, a 0-d arr's element."""
    check_args(space, args, '__array_wrap__', 2, 4)
    w_self = self_array(space, args)
    w_arr = args.arguments_w[1]
    if not isinstance(w_arr, W_NDArray):
        raise space.error(space.w_TypeError, "__array_wrap__() argument 1 "
                          "must be numpy.ndarray, not %s" %
                          space.type(w_arr).name)
    return_scalar = len(args.arguments_w) > 3 and \
        space.is_true(args.arguments_w[3])
    w_type = w_self.getclass(space)
    if w_type is space.w_ndarray:
        if return_scalar and not w_arr.shape:
            return read_flat(space, concrete(space, w_arr), 0)
        return base_class_view(w_arr)
    if w_arr.getclass(space) is w_type:
        return w_arr
    return as_subclass(space, w_type, w_arr, w_arr)


def keeping_class(func):
    """The ndarray method `func` whose array results (views, copies)
    take the class of the array it is called on, as in NumPy."""
    def method(space, args):
        w_result = func(space, args)
        if not args.arguments_w:
            return w_result
        w_self = args.arguments_w[0]
        if not isinstance(w_self, W_NDArray) or \
                not w_self.is_subclass_instance or out_given(space, args):
            return w_result         # (out= is returned as it is)
        return w_self.derived(space, w_result)
    return func_with_new_name(method, func.func_name + '_keeping_class')

array_methods = make_array_methods()


# --- dtype attributes ---

def dtype_of(w_obj):
    assert isinstance(w_obj, dt.W_Dtype)
    return w_obj


def dtype_name(space, w_dtype):
    return space.newtext_utf8(dtype_of(w_dtype).name)


def dtype_itemsize(space, w_dtype):
    return space.newint(dtype_of(w_dtype).itemsize)


def dtype_kind(space, w_dtype):
    return space.newtext_utf8(dt.KIND_CHARS[dtype_of(w_dtype).kind])


def dtype_char(space, w_dtype):
    return space.newtext_utf8(dtype_of(w_dtype).char)


def dtype_type(space, w_dtype):
    return dtype_of(w_dtype).w_scalar_type


def dtype_str(space, w_dtype):
    return space.newtext_utf8(dt.typestr(dtype_of(w_dtype)))


def dtype_descr(space, w_dtype):
    # the array interface's description: one unnamed field
    return space.newlist([space.newtuple([
        space.newtext_utf8(''),
        space.newtext_utf8(dt.typestr(dtype_of(w_dtype)))])])


def dtype_byteorder(space, w_dtype):
    # every dtype is native: '|' says the order does not apply
    return space.newtext_utf8('|' if dtype_of(w_dtype).itemsize == 1
                              else '=')


def dtype_no_fields(space, w_dtype):
    """names and fields: None, as for every dtype that is not
    structured."""
    return space.w_None


def dtype_shape(space, w_dtype):
    return space.newtuple([])


def dtype_ndim(space, w_dtype):
    return space.newint(0)


dtype_getset = {'name': dtype_name, 'itemsize': dtype_itemsize,
                'kind': dtype_kind, 'char': dtype_char, 'type': dtype_type,
                'str': dtype_str, 'descr': dtype_descr,
                'byteorder': dtype_byteorder, 'names': dtype_no_fields,
                'fields': dtype_no_fields, 'shape': dtype_shape,
                'ndim': dtype_ndim}


def new_dtype(space, w_type, args):
    check_args(space, args, 'dtype', 1, 1)
    return dt.dtype_from_w(space, args.arguments_w[0])


def scalar_typedef_parts():
    """(methods, getset) dicts for the scalar types."""
    methods = {}
    for name in attributes.SCALAR_METHODS:
        if name in array_methods:
            methods[name] = attributes.make_scalar_method(
                name, array_methods[name])
    getset = {}
    for name in attributes.SCALAR_GETSET:
        if name in array_getset:
            getset[name] = attributes.make_scalar_getter(array_getset[name])
    return methods, getset
