"""The `numpy` module."""

import math
from rpython.rlib import rfloat
from pypy.interpreter.arguments import check_args, keyword_value, \
    check_keywords
from pypy.interpreter.function import BuiltinFunction
from pypy.objspace.typeobject import TypeDef
from pypy.objspace.excobject import new_exception
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy import boxes, ctors, methods, operands, printing
from pypy.module.micronumpy import array_new
from pypy.module.micronumpy import shapes, sorting, random, errstate, funcargs
from pypy.module.micronumpy import numpy_linalg, attributes, ufunc_methods, info, \
    take, diagonal, linalg, buffer_memory
from pypy.module.applevel_names import module_getattr
from pypy.module.micronumpy.ndarray import W_NDArray
from pypy.module.micronumpy.reductions import reduction_functions
from pypy.module.micronumpy.ufuncs_app import ALL_UFUNCS, call_where, \
    common_dtype, broadcast_operands
from pypy.module.micronumpy.layout import order_arg, copy_order
from pypy.module.micronumpy.concrete import new_array
from pypy.module.micronumpy.elements import read_flat, write_flat
from pypy.module.micronumpy.linalg import matmul
from pypy.module.micronumpy.operands import assign, convert_operand, \
    array_from_w
from pypy.module.micronumpy.views import make_lib_module
from pypy.module.micronumpy.errstate import watch_warning_filters
from pypy.module.micronumpy.sorting import nonzero


def make_scalar_new(dtype):
    def new_scalar(space, w_type, args):
        check_args(space, args, dtype.name, 0, 1)
        if not args.arguments_w:
            w_value = space.newint(0)
        else:
            w_value = args.arguments_w[0]
        if isinstance(w_value, W_NDArray) or \
                space.isinstance_w(w_value, space.w_list):
            return operands.array_from_w(space, w_value, dtype, copy=True)
        return boxes.new_scalar(space, dtype, w_value)
    new_scalar.func_name = 'new_' + dtype.name
    return new_scalar


def complex_scalar_abs(space, args):
    check_args(space, args, '__abs__', 1, 1)
    w_c = args.arguments_w[0]
    assert isinstance(w_c, boxes.W_ComplexBox)
    fdt = dt.real_part(w_c.dtype)
    return boxes.box_float(fdt, fdt.wrap_float(math.hypot(w_c.real,
                                                          w_c.imag)))


def np_matmul(space, args):
    check_args(space, args, 'matmul', 2, 2)
    return matmul(space, args.arguments_w[0], args.arguments_w[1])


def np_where(space, args):
    check_args(space, args, 'where', 1, 3)
    if len(args.arguments_w) == 1:
        return nonzero(space, args.arguments_w[0])
    if len(args.arguments_w) != 3:
        raise space.error(space.w_ValueError,
                          "either both or neither of x and y should be "
                          "given")
    w_result = call_where(space, args.arguments_w[0], args.arguments_w[1],
                          args.arguments_w[2])
    if w_result is not None:
        return w_result
    # NEP 50: a Python scalar x or y only counts by its kind
    x = convert_operand(space, args.arguments_w[1])
    y = convert_operand(space, args.arguments_w[2])
    w_cond = array_from_w(space, args.arguments_w[0], None)
    w_x = array_from_w(space, args.arguments_w[1], None)
    w_y = array_from_w(space, args.arguments_w[2], None)
    shape = broadcast_operands(space, [w_cond.shape, w_x.shape, w_y.shape],
                               None)
    if x is not None and y is not None:
        dtype = common_dtype(space, x, y, args.arguments_w[1],
                             args.arguments_w[2], 'where')
    else:
        dtype = dt.promote_types(w_x.dtype, w_y.dtype)
    parts = []
    for w_part in [w_cond, w_x, w_y]:
        w_full = new_array(space, shape, w_part.dtype)
        assign(space, w_full, w_part)
        parts.append(w_full)
    w_result = new_array(space, shape, dtype)
    for k in range(w_result.get_size()):
        w_pick = parts[1] if space.is_true(read_flat(space, parts[0], k)) \
            else parts[2]
        write_flat(space, w_result, k, read_flat(space, w_pick, k))
    return w_result


def np_copy(space, args):
    check_keywords(space, args, 'copy', ['a', 'order', 'subok'])
    w_obj = funcargs.first_arg(space, args, 'copy', 'a')
    w_arr = operands.array_from_w(space, w_obj, None)
    if order_arg(space, args, 1, w_arr, 'K'):
        return copy_order(space, w_arr, True)
    return operands.array_from_w(space, w_arr, None, copy=True)


def np_shape(space, args):
    check_args(space, args, 'shape', 1, 1)
    return methods.get_shape(space, operands.array_from_w(
        space, args.arguments_w[0], None))


def np_ndim(space, args):
    check_args(space, args, 'ndim', 1, 1)
    return methods.get_ndim(space, operands.array_from_w(
        space, args.arguments_w[0], None))


def np_size(space, args):
    check_args(space, args, 'size', 1, 1)
    return methods.get_size(space, operands.array_from_w(
        space, args.arguments_w[0], None))


def np_set_printoptions(space, args):
    # the other keys of get_printoptions() are accepted (so that
    # set_printoptions(**get_printoptions()) works) but not supported
    check_keywords(space, args, 'set_printoptions',
                   ['precision', 'threshold', 'suppress', 'edgeitems',
                    'linewidth', 'floatmode', 'nanstr', 'infstr', 'sign',
                    'formatter', 'legacy'])
    for name in args.keyword_names:
        w_value = keyword_value(args, name)
        if name == 'precision':
            printing.options.precision = space.int_w(w_value)
        elif name == 'threshold':
            printing.options.threshold = space.int_w(w_value)
        elif name == 'suppress':
            printing.options.suppress = space.is_true(w_value)
        elif name == 'edgeitems':
            printing.options.edgeitems = space.int_w(w_value)
        elif name == 'linewidth':
            printing.options.linewidth = space.int_w(w_value)
    return space.w_None


def np_get_printoptions(space, args):
    """The options set_printoptions changes, and NumPy's fixed values of
    the ones it does not support."""
    check_args(space, args, 'get_printoptions', 0, 0)
    w_dict = space.newdict()
    opts = printing.options
    for name, w_value in [
            ('edgeitems', space.newint(opts.edgeitems)),
            ('threshold', space.newint(opts.threshold)),
            ('floatmode', space.newtext_utf8('maxprec')),
            ('precision', space.newint(opts.precision)),
            ('suppress', space.newbool(opts.suppress)),
            ('linewidth', space.newint(opts.linewidth)),
            ('nanstr', space.newtext_utf8('nan')),
            ('infstr', space.newtext_utf8('inf')),
            ('sign', space.newtext_utf8('-')),
            ('formatter', space.w_None),
            ('legacy', space.w_False)]:
        space.setitem(w_dict, space.newtext_utf8(name), w_value)
    return w_dict


FUNCTIONS = ctors.FUNCTIONS + shapes.FUNCTIONS + sorting.FUNCTIONS + \
    errstate.FUNCTIONS + [
    ('dot', methods.np_dot), ('matmul', np_matmul), ('where', np_where),
    ('copy', np_copy), ('reshape', methods.np_reshape),
    ('ravel', methods.np_ravel), ('transpose', methods.np_transpose),
    ('shape', np_shape), ('ndim', np_ndim),
    ('size', np_size), ('set_printoptions', np_set_printoptions),
    ('get_printoptions', np_get_printoptions),
    ('frombuffer', methods.np_frombuffer),
    ('promote_types', methods.np_promote_types),
    ('result_type', methods.np_result_type),
    ('round', attributes.np_round), ('around', attributes.np_round),
    ('ascontiguousarray', attributes.np_ascontiguousarray),
] + take.FUNCTIONS + diagonal.FUNCTIONS + linalg.FUNCTIONS   # (vdot)

# the functions NumPy runs as the array's method (np.reshape(x, s) is
# x.reshape(s)): an ndarray subclass's instance gives one of its class
METHOD_FUNCTIONS = ['reshape', 'ravel', 'transpose', 'round', 'around',
                    'sort', 'argsort', 'cumsum', 'cumprod', 'clip',
                    'squeeze', 'swapaxes', 'take', 'diagonal']
FUNCTIONS = [(name, methods.keeping_class(func)
              if name in METHOD_FUNCTIONS else func)
             for name, func in FUNCTIONS]


def buffer_counts(space, args):
    """_buffer_counts() -> (allocations, reused): how many array buffers
    of a few KB or more were made, and how many of them took the memory
    of a dead array's buffer (buffer_memory.py); not NumPy's, for tests."""
    check_args(space, args, '_buffer_counts', 0, 0)
    counts = buffer_memory.buffer_counts
    return space.newtuple([space.newint(counts.allocations),
                           space.newint(counts.reused)])


def make_core_module(space):
    """numpy._core: _exceptions, the ufunc errors' classes, where NumPy
    keeps them (a TypeError subclass per way type resolution fails; all
    are named UFuncTypeError, as NumPy displays them), and _buffer_counts."""
    w_type_error = space.make_builtin_type(
        'w_UFuncTypeError', TypeDef('UFuncTypeError', new=new_exception),
        [space.w_TypeError])
    w_casting_error = space.make_builtin_type(
        'w_UFuncCastingError', TypeDef('UFuncTypeError',
                                       new=new_exception), [w_type_error])
    space.make_builtin_type(
        'w_UFuncOutputCastingError', TypeDef('UFuncTypeError',
                                             new=new_exception),
        [w_casting_error])
    space.make_builtin_type(
        'w_UFuncInputCastingError', TypeDef('UFuncTypeError',
                                            new=new_exception),
        [w_casting_error])
    space.make_builtin_type(
        'w_UFuncNoLoopError', TypeDef('UFuncTypeError', new=new_exception),
        [w_type_error])
    w_exceptions = space.newmodule('numpy._core._exceptions')
    for name, w_type in [
            ('UFuncTypeError', w_type_error),
            ('_UFuncCastingError', w_casting_error),
            ('_UFuncOutputCastingError', space.w_UFuncOutputCastingError),
            ('_UFuncInputCastingError', space.w_UFuncInputCastingError),
            ('_UFuncNoLoopError', space.w_UFuncNoLoopError)]:
        w_exceptions.w_dict.setitem_str(space, name, w_type)
    w_core = space.newmodule('numpy._core')
    w_core.w_dict.setitem_str(space, '_exceptions', w_exceptions)
    w_core.w_dict.setitem_str(space, '_buffer_counts', BuiltinFunction(
        '_buffer_counts', buffer_counts))
    return w_core


def make_exceptions_module(space, w_axis_error):
    """numpy.exceptions: the warnings and errors NumPy raises of its own."""
    w_complex_warning = space.make_builtin_type(
        'w_ComplexWarning', TypeDef('ComplexWarning', new=new_exception),
        [space.w_RuntimeWarning])
    w_exceptions = space.newmodule('numpy.exceptions')
    for name, w_type in [('AxisError', w_axis_error),
                         ('ComplexWarning', w_complex_warning)]:
        w_exceptions.w_dict.setitem_str(space, name, w_type)
    return w_exceptions


def make_module(space):
    w_mod = space.newmodule('numpy')
    setitem = w_mod.w_dict.setitem_str
    space.make_builtin_type('w_ndarray', TypeDef(
        'ndarray', new=array_new.new_ndarray, methods=methods.array_methods,
        getset=methods.array_getset), [space.w_object])
    space.make_builtin_type('w_dtype', TypeDef(
        'dtype', new=methods.new_dtype, getset=methods.dtype_getset,
        acceptable_as_base=False), [space.w_object])
    space.make_builtin_type('w_ufunc', TypeDef(
        'ufunc', methods=ufunc_methods.UFUNC_METHODS,
        getset=attributes.ufunc_getset, acceptable_as_base=False),
        [space.w_object])
    space.make_builtin_type('w_numpy_flatiter', TypeDef(
        'flatiter', getset=attributes.flatiter_getset,
        acceptable_as_base=False), [space.w_object])
    space.make_builtin_type('w_numpy_flagsobj', TypeDef(
        'flagsobj', getset=attributes.flags_getset,
        acceptable_as_base=False), [space.w_object])
    setitem(space, 'flatiter', space.w_numpy_flatiter)
    setitem(space, 'iinfo', space.make_builtin_type('w_numpy_iinfo', TypeDef(
        'iinfo', new=info.iinfo_new, getset=info.iinfo_getset,
        acceptable_as_base=False), [space.w_object]))
    setitem(space, 'finfo', space.make_builtin_type('w_numpy_finfo', TypeDef(
        'finfo', new=info.finfo_new, getset=info.finfo_getset,
        acceptable_as_base=False), [space.w_object]))
    setitem(space, 'errstate', space.make_builtin_type(
        'w_numpy_errstate', TypeDef(
            'errstate', new=errstate.errstate_new,
            methods=errstate.errstate_methods, acceptable_as_base=False),
        [space.w_object]))
    scalar_methods, scalar_getset = methods.scalar_typedef_parts()
    w_axis_error = space.make_builtin_type(
        'w_AxisError', TypeDef('AxisError', new=new_exception),
        [space.w_ValueError, space.w_IndexError])
    setitem(space, 'AxisError', w_axis_error)
    setitem(space, 'exceptions', make_exceptions_module(space, w_axis_error))
    setitem(space, '_core', make_core_module(space))
    setitem(space, 'ndarray', space.w_ndarray)
    setitem(space, 'dtype', space.w_dtype)
    setitem(space, 'ufunc', space.w_ufunc)
    w_generic = space.make_builtin_type('w_numpy_generic', TypeDef(
        'generic', acceptable_as_base=False), [space.w_object])
    setitem(space, 'generic', w_generic)
    for dtype in dt.all_dtypes:
        base = space.w_float if dtype is dt.float64_dtype else w_generic
        if dtype is dt.complex128_dtype:
            base = space.w_complex
        name = 'bool' if dtype.kind == dt.KIND_BOOL else dtype.name
        type_methods = scalar_methods
        if dtype.is_complex():
            type_methods = {}
            for key, func in scalar_methods.items():
                type_methods[key] = func
            type_methods['__abs__'] = complex_scalar_abs
            type_methods['__int__'] = attributes.complex_scalar_int
            type_methods['__float__'] = attributes.complex_scalar_float
        w_scalar_type = space.make_builtin_type(
            'w_np_' + dtype.name, TypeDef(name, new=make_scalar_new(dtype),
                                          methods=type_methods,
                                          getset=scalar_getset,
                                          acceptable_as_base=False),
            [base])
        dtype.w_scalar_type = w_scalar_type
        setitem(space, name, w_scalar_type)
    setitem(space, 'bool_', dt.bool_dtype.w_scalar_type)
    setitem(space, 'True_', boxes.TRUE_BOX)
    setitem(space, 'False_', boxes.FALSE_BOX)
    for alias in ['double', 'single', 'half', 'intp', 'uintp', 'byte', 'ubyte',
                  'short', 'ushort', 'intc', 'uintc', 'longlong',
                  'ulonglong']:
        setitem(space, alias, dt.by_name[alias].w_scalar_type)
    setitem(space, 'int_', dt.int64_dtype.w_scalar_type)
    setitem(space, 'float_', dt.float64_dtype.w_scalar_type)
    setitem(space, 'cdouble', dt.complex128_dtype.w_scalar_type)
    setitem(space, 'csingle', dt.complex64_dtype.w_scalar_type)
    for name, w_ufunc in ALL_UFUNCS.items():
        setitem(space, name, w_ufunc)
    setitem(space, 'conj', ALL_UFUNCS['conjugate'])
    for name, func in FUNCTIONS:
        setitem(space, name, BuiltinFunction(name, func))
    for name, func in reduction_functions.items():
        setitem(space, name, BuiltinFunction(name, func))
    setitem(space, 'amax', BuiltinFunction('amax', reduction_functions['max']))
    setitem(space, 'amin', BuiltinFunction('amin', reduction_functions['min']))
    setitem(space, 'pi', space.newfloat(math.pi))
    setitem(space, 'e', space.newfloat(math.e))
    setitem(space, 'inf', space.newfloat(rfloat.INFINITY))
    setitem(space, 'nan', space.newfloat(rfloat.NAN))
    setitem(space, 'newaxis', space.w_None)
    setitem(space, '__version__', space.newtext_utf8('2.4.0'))
    setitem(space, 'random', random.make_module(space))
    setitem(space, 'linalg', numpy_linalg.make_module(space))
    setitem(space, 'lib', make_lib_module(space))
    setitem(space, '__getattr__', module_getattr('numpy', '_numpy_lib'))
    space.first_import_hooks['numpy'] = watch_warning_filters
    return w_mod
