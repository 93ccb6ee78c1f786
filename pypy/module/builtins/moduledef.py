"""The builtins module: the built-in types and functions."""

from pypy.interpreter.arguments import check_args, keyword_value, \
    check_keywords
from pypy.interpreter.error import OperationError
from pypy.interpreter.function import BuiltinFunction
from pypy.objspace.tupleobject import W_TupleObject
from pypy.objspace.attrs import attr_or_none
from pypy.objspace.dictobject import W_DictObject
from pypy.objspace.instanceobject import build_class, type_dunder_call, \
    type_subclasses, type_mro
from pypy.module.builtins import functional
from pypy.module.builtins import iterators
from pypy.module.builtins import compiling
from pypy.module.builtins import fileobject

BUILTIN_TYPES = ['object', 'type', 'int', 'bool', 'float', 'str', 'tuple',
                 'list', 'dict', 'set', 'range', 'slice', 'bytes',
                 'bytearray', 'memoryview',
                 'complex', 'staticmethod', 'classmethod', 'property',
                 'super']


def builtin_print(space, args):
    check_keywords(space, args, 'print', ['sep', 'end', 'file', 'flush'])
    w_sep = keyword_value(args, 'sep')
    w_end = keyword_value(args, 'end')
    w_file = keyword_value(args, 'file')
    w_flush = keyword_value(args, 'flush')
    sep = u' ' if space.is_none(w_sep) else space.text_w(w_sep)
    end = u'\n' if space.is_none(w_end) else space.text_w(w_end)
    parts = [space.str_u(w_arg) for w_arg in args.arguments_w]
    w_text = space.newtext(sep.join(parts) + end)
    if space.is_none(w_file):
        # sys.stdout as it is now (contextlib.redirect_stdout replaces it)
        w_file = space.builtin_modules['sys'].w_dict.getitem_str(space,
                                                                'stdout')
        if w_file is None:
            raise space.error(space.w_RuntimeError, "lost sys.stdout")
        if space.is_none(w_file):
            return space.w_None
    space.call_method(w_file, 'write', w_text)
    if w_flush is not None and space.is_true(w_flush):
        space.call_method(w_file, 'flush')
    return space.w_None


def builtin_len(space, args):
    check_args(space, args, 'len', 1, 1)
    return space.newint(space.len_w(args.arguments_w[0]))


def builtin_abs(space, args):
    from pypy.interpreter import opcodes
    from pypy.objspace.intobject import W_AbstractIntObject
    from pypy.objspace.floatobject import W_FloatObject
    check_args(space, args, 'abs', 1, 1)
    w_x = args.arguments_w[0]
    from pypy.objspace.complexobject import W_ComplexObject, complex_abs
    if isinstance(w_x, W_FloatObject):
        return space.newfloat(abs(w_x.floatval))
    if type(w_x) is W_ComplexObject:
        return space.newfloat(complex_abs(w_x))
    if isinstance(w_x, W_AbstractIntObject):
        if space.is_true(space.lt(w_x, space.newint(0))):
            return space.unary_op(opcodes.UN_NEG, w_x)
        return space.newint(0) if not space.is_true(w_x) else \
            space.unary_op(opcodes.UN_POS, w_x)
    w_result = space.call_special(w_x, '__abs__')
    if w_result is None and isinstance(w_x, W_ComplexObject):
        return space.newfloat(complex_abs(w_x))
    if w_result is None:
        raise space.error(space.w_TypeError,
                          "bad operand type for abs(): '%s'" %
                          space.type_name(space.type(w_x)))
    return w_result


def builtin_repr(space, args):
    check_args(space, args, 'repr', 1, 1)
    return space.repr(args.arguments_w[0])


def class_check(space, w_obj, w_cls, hook, is_instance):
    """isinstance()/issubclass(): each class of a tuple in turn; a
    metaclass's __instancecheck__/__subclasscheck__ (`hook`: abc's
    ABCMeta.register) decides for its classes."""
    if isinstance(w_cls, W_TupleObject):
        for w_item in w_cls.items_w:
            if class_check(space, w_obj, w_item, hook, is_instance):
                return True
        return False
    if is_instance and space.type(w_obj) is w_cls:
        return True
    w_check = space.lookup(w_cls, hook)
    if w_check is not None:
        return space.is_true(space.call_function(
            w_check.get(space, w_cls, space.type(w_cls)), w_obj))
    if is_instance:
        w_obj = space.type(w_obj)
    return space.exception_match(w_obj, w_cls)


def builtin_isinstance(space, args):
    check_args(space, args, 'isinstance', 2, 2)
    return space.newbool(class_check(space, args.arguments_w[0],
                                     args.arguments_w[1],
                                     '__instancecheck__', True))


def builtin_issubclass(space, args):
    check_args(space, args, 'issubclass', 2, 2)
    return space.newbool(class_check(space, args.arguments_w[0],
                                     args.arguments_w[1],
                                     '__subclasscheck__', False))


def builtin_iter(space, args):
    from pypy.module.builtins.iterators import callable_iterator
    check_args(space, args, 'iter', 1, 2)
    if len(args.arguments_w) == 2:
        return callable_iterator(space, args.arguments_w[0],
                                 args.arguments_w[1])
    return space.iter(args.arguments_w[0])


def builtin_next(space, args):
    check_args(space, args, 'next', 1, 2)
    try:
        return space.next(args.arguments_w[0])
    except OperationError as e:
        if len(args.arguments_w) == 2 and \
                e.match(space, space.w_StopIteration):
            return args.arguments_w[1]
        raise


def builtin_hash(space, args):
    check_args(space, args, 'hash', 1, 1)
    return space.newint(space.hash_w(args.arguments_w[0]))


def builtin_id(space, args):
    from rpython.rlib.objectmodel import compute_unique_id
    check_args(space, args, 'id', 1, 1)
    return space.newint(compute_unique_id(args.arguments_w[0]))


def builtin_callable(space, args):
    check_args(space, args, 'callable', 1, 1)
    return space.newbool(args.arguments_w[0].is_callable(space))


def attr_name(space, w_name):
    from pypy.objspace.strobject import W_StrObject
    if not isinstance(w_name, W_StrObject):
        raise space.error(space.w_TypeError,
                          "attribute name must be string, not '%s'" %
                          space.type_name(space.type(w_name)))
    return space.text_utf8(w_name)


def builtin_getattr(space, args):
    check_args(space, args, 'getattr', 2, 3)
    name = attr_name(space, args.arguments_w[1])
    if len(args.arguments_w) == 3:
        w_value = attr_or_none(space, args.arguments_w[0], name)
        if w_value is None:
            return args.arguments_w[2]
        return w_value
    return space.getattr(args.arguments_w[0], name)


def builtin_setattr(space, args):
    check_args(space, args, 'setattr', 3, 3)
    space.setattr(args.arguments_w[0], attr_name(space, args.arguments_w[1]),
                  args.arguments_w[2])
    return space.w_None


def builtin_delattr(space, args):
    check_args(space, args, 'delattr', 2, 2)
    space.delattr(args.arguments_w[0], attr_name(space, args.arguments_w[1]))
    return space.w_None


def builtin_hasattr(space, args):
    check_args(space, args, 'hasattr', 2, 2)
    name = attr_name(space, args.arguments_w[1])
    return space.newbool(attr_or_none(space, args.arguments_w[0], name)
                         is not None)


IMPORT_ARGS = ['name', 'globals', 'locals', 'fromlist', 'level']


def builtin_import(space, args):
    """__import__(name, globals=None, locals=None, fromlist=(), level=0):
    what the import statement does (unittest.main imports its module by
    name this way)."""
    from pypy.module.imp import import_name
    check_keywords(space, args, '__import__', IMPORT_ARGS)
    if len(args.arguments_w) > len(IMPORT_ARGS):
        check_args(space, args, '__import__', 1, len(IMPORT_ARGS))
    values_w = [None] * len(IMPORT_ARGS)
    for i in range(len(IMPORT_ARGS)):
        if i < len(args.arguments_w):
            values_w[i] = args.arguments_w[i]
        else:
            values_w[i] = keyword_value(args, IMPORT_ARGS[i])
    if values_w[0] is None:
        check_args(space, args, '__import__', 1, len(IMPORT_ARGS))
    w_fromlist = values_w[3]
    if w_fromlist is None or not space.is_true(w_fromlist):
        w_fromlist = space.w_None
    level = 0 if values_w[4] is None else space.int_w(values_w[4])
    w_globals = None        # only a relative import reads the globals
    if level > 0:
        w_globals = values_w[1]
        if not isinstance(w_globals, W_DictObject):
            raise space.error(space.w_KeyError,
                              "'__name__' not in globals")
    return import_name(space, space.text_utf8(values_w[0]), w_fromlist,
                       level, w_globals)


FUNCTIONS = [
    ('__import__', builtin_import),
    ('print', builtin_print), ('len', builtin_len), ('abs', builtin_abs),
    ('repr', builtin_repr), ('isinstance', builtin_isinstance),
    ('issubclass', builtin_issubclass), ('iter', builtin_iter),
    ('next', builtin_next), ('hash', builtin_hash), ('id', builtin_id),
    ('callable', builtin_callable), ('getattr', builtin_getattr),
    ('setattr', builtin_setattr), ('delattr', builtin_delattr),
    ('hasattr', builtin_hasattr), ('__build_class__', build_class),
] + functional.FUNCTIONS + compiling.FUNCTIONS


def make_module(space):
    from pypy.interpreter.coroutine import make_coroutine_types
    w_mod = space.newmodule('builtins')
    setitem = w_mod.w_dict.setitem_str
    make_coroutine_types(space)
    # type.__call__, which a metaclass's __call__ reaches through super()
    space.w_type.dict_w['__call__'] = BuiltinFunction('__call__',
                                                      type_dunder_call)
    space.w_type.dict_w['__subclasses__'] = BuiltinFunction(
        '__subclasses__', type_subclasses)
    space.w_type.dict_w['mro'] = BuiltinFunction('mro', type_mro)
    space.w_object.dict_w['__dir__'] = BuiltinFunction(
        '__dir__', functional.object_dir)
    for name, func in FUNCTIONS:
        setitem(space, name, BuiltinFunction(name, func))
    for name in BUILTIN_TYPES:
        setitem(space, name, getattr(space, 'w_' + name))
    iterators.install(space, w_mod)
    fileobject.install(space, w_mod)
    from pypy.objspace.excobject import HIERARCHY, ALIASES
    for name, _ in HIERARCHY:
        setitem(space, name, getattr(space, 'w_' + name))
    for alias, name in ALIASES:
        setitem(space, alias, getattr(space, 'w_' + name))
    setitem(space, 'None', space.w_None)
    setitem(space, 'True', space.w_True)
    setitem(space, 'False', space.w_False)
    setitem(space, 'Ellipsis', space.w_Ellipsis)
    setitem(space, '__debug__', space.w_True)     # no -O: asserts run
    setitem(space, 'NotImplemented', space.w_NotImplemented)
    return w_mod
