"""The object space: creates objects and implements every generic
operation (binary ops, attribute access, calls, iteration) the eval loop
and the built-in modules use."""

import sys

from rpython.rlib import jit, rstackovf
from rpython.rlib.objectmodel import specialize
from rpython.rlib.rbigint import rbigint
from rpython.rlib.runicode import str_decode_utf_8, unicode_encode_utf_8
from rpython.rlib.unroll import unrolling_iterable
from rpython.tool.sourcetools import func_with_new_name
from pypy.interpreter import opcodes as op
from pypy.interpreter.arguments import Arguments
from pypy.interpreter.error import OperationError
from pypy.interpreter.executioncontext import ExecutionContext
from pypy.interpreter.unexpected import internal_error
from pypy.interpreter import function
from pypy.objspace.root import W_Root
from pypy.objspace.typeobject import W_TypeObject, TypeDef, method_cache
from pypy.objspace.intobject import (W_AbstractIntObject, W_IntObject,
    W_LongObject, int_from_string, int_binop, cmp_result)
from pypy.objspace.boolobject import W_BoolObject
from pypy.objspace.floatobject import W_FloatObject, float_from_string
from pypy.objspace.noneobject import (W_NoneObject, W_EllipsisObject,
    W_NotImplementedObject)
from pypy.objspace.strobject import W_StrObject, str_methods, new_str, \
    number_text
from pypy.objspace.bytesobject import new_bytes, bytes_methods
from pypy.objspace.bytearrayobject import (new_bytearray, bytearray_methods,
    bytes_like)
from pypy.objspace.memoryviewobject import (new_memoryview,
    memoryview_methods, memoryview_getset)
from pypy.objspace.tupleobject import W_TupleObject, tuple_methods, new_tuple
from pypy.objspace.listobject import W_ListObject, list_methods, new_list
from pypy.objspace.dictobject import W_DictObject, dict_methods, new_dict, \
    view_methods
from pypy.objspace.rangeobject import W_RangeObject, new_range
from pypy.objspace.sliceobject import W_SliceObject, new_slice
from pypy.objspace.excobject import (W_BaseException, HIERARCHY,
    new_exception, exc_getset, exc_first_arg, group_methods, group_getset,
    IMPORT_ERROR_ATTRIBUTES)
from pypy.objspace.moduleobject import W_ModuleObject, new_module
from pypy.objspace.complexobject import new_complex
from pypy.objspace.setobject import (new_set, set_methods, new_frozenset,
    frozenset_methods)
from pypy.objspace.instanceobject import (new_super, W_Super, super_getattr,
    object_methods, exception_methods)

REFLECTED_CMP = [op.CMP_GT, op.CMP_GE, op.CMP_EQ, op.CMP_NE, op.CMP_LT,
                 op.CMP_LE]
CMP_SYMBOLS = ['<', '<=', '==', '!=', '>', '>=']
UNARY_SYMBOLS = ['-', '+', '~']


def new_int(space, w_type, args):
    from pypy.interpreter.arguments import (check_args, check_keywords,
                                            keyword_value)
    w_base = None
    if args.has_keywords():
        check_keywords(space, args, 'int', ['base'])
        w_base = keyword_value(args, 'base')
        args = Arguments(args.arguments_w)
    check_args(space, args, 'int', 0, 2)
    args_w = args.arguments_w
    if len(args_w) == 2:
        w_base = args_w[1]
    if not args_w:
        if w_base is not None:
            raise space.error(space.w_TypeError,
                              "int() missing string argument")
        return space.newint(0)
    w_x = args_w[0]
    if w_base is not None:
        digits = bytes_like(w_x)
        if digits is not None:
            return int_from_string(space, digits, space.int_w(w_base),
                                   digits)
        if not isinstance(w_x, W_StrObject):
            raise space.error(space.w_TypeError,
                              "int() can't convert non-string with explicit "
                              "base")
        return int_from_string(space, number_text(w_x.value),
                               space.int_w(w_base), space.text_utf8(w_x))
    if isinstance(w_x, W_BoolObject):
        return space.newint(w_x.intval)
    if isinstance(w_x, W_IntObject) and type(w_x) is not W_IntObject:
        return space.newint(w_x.intval)     # e.g. np.int64(3)
    if isinstance(w_x, W_AbstractIntObject):
        return w_x
    if isinstance(w_x, W_FloatObject):
        return space.int_from_float(w_x.floatval)
    if isinstance(w_x, W_StrObject):
        return int_from_string(space, number_text(w_x.value), 10,
                               space.text_utf8(w_x))
    digits = bytes_like(w_x)
    if digits is not None:
        return int_from_string(space, digits, 10, digits)
    w_int = space.call_special(w_x, '__int__')
    if w_int is None:
        w_int = space.call_special(w_x, '__index__')
    if w_int is None:
        raise space.error(space.w_TypeError,
                          "int() argument must be a string, a bytes-like "
                          "object or a real number, not '%s'" %
                          space.type_name(space.type(w_x)))
    return w_int


def new_float(space, w_type, args):
    from pypy.interpreter.arguments import check_args
    check_args(space, args, 'float', 0, 1)
    if not args.arguments_w:
        return space.newfloat(0.0)
    w_x = args.arguments_w[0]
    if isinstance(w_x, W_FloatObject):
        if type(w_x) is not W_FloatObject:
            return space.newfloat(w_x.floatval)     # e.g. np.float32
        return w_x
    if isinstance(w_x, W_AbstractIntObject):
        return space.newfloat(w_x.float_w(space))
    if isinstance(w_x, W_StrObject):
        return space.newfloat(float_from_string(
            space, number_text(w_x.value), space.text_utf8(w_x)))
    # bytes and bytearray as their ASCII text (pickle's protocol 0 reads
    # floats so)
    digits = bytes_like(w_x)
    if digits is not None:
        return space.newfloat(float_from_string(space, digits, digits))
    w_float = space.call_special(w_x, '__float__')
    if w_float is None:
        w_index = space.call_special(w_x, '__index__')
        if w_index is not None:
            return space.newfloat(space.float_w(w_index))
    if w_float is None:
        raise space.error(space.w_TypeError,
                          "float() argument must be a string or a real "
                          "number, not '%s'" %
                          space.type_name(space.type(w_x)))
    return w_float


def new_bool(space, w_type, args):
    from pypy.interpreter.arguments import check_args
    check_args(space, args, 'bool', 0, 1)
    if not args.arguments_w:
        return space.w_False
    return space.newbool(space.is_true(args.arguments_w[0]))


def new_object(space, w_type, args):
    from pypy.objspace.instanceobject import W_InstanceObject
    return W_InstanceObject(w_type)


def new_type(space, w_type, args):
    from pypy.objspace.instanceobject import type_new
    return type_new(space, w_type, args)


def descriptor_type(space, w_obj, name):
    """w_obj, which the data descriptor `name` of type is used on: a
    TypeError unless it is a type (inspect.getattr_static's test of
    whether an object is a type)."""
    if not isinstance(w_obj, W_TypeObject):
        raise space.error(space.w_TypeError, "descriptor '%s' for 'type' "
                          "objects doesn't apply to a '%s' object" % (
                              name, space.type_name(space.type(w_obj))))
    return w_obj


def type_get_name(space, w_type):
    w_type = descriptor_type(space, w_type, '__name__')
    return space.newtext_utf8(w_type.name)


def type_set_name(space, w_type, w_value):
    w_type = descriptor_type(space, w_type, '__name__')
    if w_type.is_builtin():
        raise space.error(space.w_TypeError, "cannot set '__name__' "
                          "attribute of immutable type '%s'" % w_type.name)
    if not space.isinstance_w(w_value, space.w_str):
        raise space.error(space.w_TypeError, "can only assign string to "
                          "%s.__name__, not '%s'" % (
                              w_type.name,
                              space.type_name(space.type(w_value))))
    w_type.name = space.text_utf8(w_value)
    w_type.mutated()        # is_builtin() reads the name


def is_writable_descriptor(w_descr):
    """A data descriptor of a metatype that a class's attribute assignment
    goes through; the read-only ones of `type` (__qualname__, __module__)
    leave the assignment to the class's dict, where their getters look."""
    if not w_descr.is_data_descriptor():
        return False
    return not isinstance(w_descr, function.GetSetProperty) or \
        w_descr.setter is not None


def type_get_module(space, w_type):
    """A class statement's `__module__`; a built-in type's module
    (set_module_name), by default 'builtins'."""
    w_type = descriptor_type(space, w_type, '__module__')
    if w_type.is_builtin():
        return space.newtext_utf8(w_type.module_name or 'builtins')
    w_module = w_type.dict_w.get('__module__', None)
    if w_module is None:
        return space.newtext_utf8('builtins')
    return w_module


def type_get_qualname(space, w_type):
    """A class statement's `__qualname__`; a built-in type's name."""
    w_type = descriptor_type(space, w_type, '__qualname__')
    w_qualname = w_type.get_w_qualname()
    if w_qualname is None:
        return space.newtext_utf8(w_type.name)
    return w_qualname


def type_get_mro(space, w_type):
    w_type = descriptor_type(space, w_type, '__mro__')
    return space.newtuple([w for w in w_type.mro_w])


def type_get_bases(space, w_type):
    w_type = descriptor_type(space, w_type, '__bases__')
    return space.newtuple([w for w in w_type.bases_w])


def type_set_bases(space, w_type, w_value):
    from pypy.objspace.instanceobject import layout_typedef
    w_type = descriptor_type(space, w_type, '__bases__')
    if w_type in space.builtin_types_w:
        raise space.error(space.w_TypeError, "cannot set '__bases__' "
                          "attribute of immutable type '%s'" % w_type.name)
    if not isinstance(w_value, W_TupleObject):
        raise space.error(space.w_TypeError, "can only assign tuple to "
                          "%s.__bases__, not %s" % (
                              w_type.name,
                              space.type_name(space.type(w_value))))
    bases_w = w_value.items_w
    if not bases_w:
        raise space.error(space.w_TypeError, "can only assign non-empty "
                          "tuple to %s.__bases__, not ()" % w_type.name)
    for w_base in bases_w:
        if not isinstance(w_base, W_TypeObject):
            raise space.error(space.w_TypeError, "%s.__bases__ must be "
                              "tuple of classes, not '%s'" % (
                                  w_type.name,
                                  space.type_name(space.type(w_base))))
    # CPython's rule: the new solid base has the old one's layout, and is
    # a built-in type when the old one is
    typedef = layout_typedef(space, bases_w)
    w_old = layout_base(w_type.typedef, w_type.bases_w)
    w_new = layout_base(typedef, bases_w)
    if typedef is not w_type.typedef:
        problem = "object layout"
    elif (w_old in space.builtin_types_w) != \
            (w_new in space.builtin_types_w):
        problem = "deallocator"
    else:
        w_type.set_bases(space, bases_w)
        return
    raise space.error(space.w_TypeError, "__bases__ assignment: '%s' %s "
                      "differs from '%s'" % (space.type_name(w_new), problem,
                                             space.type_name(w_old)))


def layout_base(typedef, bases_w):
    """The first of bases_w with the layout `typedef`, else the first."""
    for w_base in bases_w:
        if isinstance(w_base, W_TypeObject) and w_base.typedef is typedef:
            return w_base
    return bases_w[0]


def type_get_base(space, w_type):
    """__base__: the first base with the layout the class uses (its
    built-in type's), else the first base; None for object.  (CPython's
    best_base also counts __slots__ and __dict__ in the layout.)"""
    w_type = descriptor_type(space, w_type, '__base__')
    if not w_type.bases_w:
        return space.w_None
    return layout_base(w_type.typedef, w_type.bases_w)


# the bits of CPython's type.__flags__ that the stdlib reads (copyreg:
# HEAPTYPE; inspect.isabstract: IS_ABSTRACT) and their neighbours
TPFLAGS_SEQUENCE = 1 << 5
TPFLAGS_MAPPING = 1 << 6
TPFLAGS_IMMUTABLETYPE = 1 << 8
TPFLAGS_HEAPTYPE = 1 << 9
TPFLAGS_BASETYPE = 1 << 10
TPFLAGS_IS_ABSTRACT = 1 << 20
TPFLAGS_LONG_SUBCLASS = 1 << 24
TPFLAGS_LIST_SUBCLASS = 1 << 25
TPFLAGS_TUPLE_SUBCLASS = 1 << 26
TPFLAGS_BYTES_SUBCLASS = 1 << 27
TPFLAGS_UNICODE_SUBCLASS = 1 << 28
TPFLAGS_DICT_SUBCLASS = 1 << 29
TPFLAGS_BASE_EXC_SUBCLASS = 1 << 30
TPFLAGS_TYPE_SUBCLASS = 1 << 31

# the flags a type has for deriving from a built-in type (the space's
# attribute naming it)
UNROLLING_SUBCLASS_FLAGS = unrolling_iterable([
    ('w_list', TPFLAGS_SEQUENCE | TPFLAGS_LIST_SUBCLASS),
    ('w_tuple', TPFLAGS_SEQUENCE | TPFLAGS_TUPLE_SUBCLASS),
    ('w_dict', TPFLAGS_MAPPING | TPFLAGS_DICT_SUBCLASS),
    ('w_int', TPFLAGS_LONG_SUBCLASS),
    ('w_bytes', TPFLAGS_BYTES_SUBCLASS),
    ('w_str', TPFLAGS_UNICODE_SUBCLASS),
    ('w_BaseException', TPFLAGS_BASE_EXC_SUBCLASS),
    ('w_type', TPFLAGS_TYPE_SUBCLASS)])


def type_get_flags(space, w_type):
    w_type = descriptor_type(space, w_type, '__flags__')
    if w_type in space.builtin_types_w:
        flags = TPFLAGS_IMMUTABLETYPE
    else:
        flags = TPFLAGS_HEAPTYPE
    if w_type.typedef is None or w_type.typedef.acceptable_as_base:
        flags |= TPFLAGS_BASETYPE
    w_abstract = w_type.dict_w.get('__abstractmethods__', None)
    if w_abstract is not None and space.is_true(w_abstract):
        flags |= TPFLAGS_IS_ABSTRACT
    for space_attr, bits in UNROLLING_SUBCLASS_FLAGS:
        if w_type.issubtype(getattr(space, space_attr)):
            flags |= bits
    return space.newint(flags)


# functools.WRAPPER_ASSIGNMENTS: what staticmethod and classmethod give of
# their function's
WRAPPER_ASSIGNMENTS = ['__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__']


def singleton_new(attrname):
    """type(None)(), type(...)(), type(NotImplemented)(): the one
    instance, space.<attrname>."""
    def new(space, w_type, args):
        from pypy.interpreter.arguments import check_args
        check_args(space, args, w_type.name, 0, 0)
        return getattr(space, attrname)
    return func_with_new_name(new, 'new_' + attrname)


def type_class_getitem(space, args):
    """__class_getitem__ of the generic built-in types: types.GenericAlias
    (cls, item), defined in lib_pypy/_generic_alias.py (types.py takes it
    from type(list[int]))."""
    from pypy.interpreter.arguments import check_args
    check_args(space, args, '__class_getitem__', 2, 2)
    w_cls, w_item = args.arguments_w
    w_module = space.import_name('_generic_alias', space.w_None, 0, None)
    return space.call_function(space.getattr(w_module, 'GenericAlias'),
                               w_cls, w_item)


def type_get_text_signature(space, w_type):
    """__text_signature__: '()' for object, whose signature
    inspect.signature gives a class with neither __init__ nor __new__;
    None for the others (as for a class without one in its docstring)."""
    if w_type is space.w_object:
        return space.newtext_utf8('()')
    return space.w_None


def exc_get_value(space, w_exc):
    return exc_first_arg(space, w_exc)


def builtin_typedefs():
    """(attribute name on the space, TypeDef, base attribute name)."""
    from pypy.interpreter.generator import generator_methods
    from pypy.module.builtins.iterators import picklable_iterator_methods, \
        reduce_method
    iterator_methods = picklable_iterator_methods(True)
    from pypy.interpreter.function import (new_staticmethod,
        new_classmethod, new_property, property_methods, descriptor_methods,
        new_method)
    return [
        ('w_object', TypeDef('object', new=new_object,
                             methods=object_methods), None),
        ('w_type', TypeDef('type', new=new_type, generic=True), 'w_object'),
        ('w_int', TypeDef('int', new=new_int), 'w_object'),
        ('w_bool', TypeDef('bool', new=new_bool, acceptable_as_base=False),
         'w_int'),
        ('w_float', TypeDef('float', new=new_float), 'w_object'),
        ('w_str', TypeDef('str', new=new_str, methods=str_methods),
         'w_object'),
        ('w_tuple', TypeDef('tuple', new=new_tuple, methods=tuple_methods,
                            generic=True),
         'w_object'),
        ('w_list', TypeDef('list', new=new_list, methods=list_methods,
                           hashable=False, generic=True), 'w_object'),
        ('w_dict', TypeDef('dict', new=new_dict, methods=dict_methods,
                           hashable=False, generic=True), 'w_object'),
        ('w_bytes', TypeDef('bytes', new=new_bytes, methods=bytes_methods),
         'w_object'),
        ('w_bytearray', TypeDef('bytearray', new=new_bytearray,
                                methods=bytearray_methods,
                                acceptable_as_base=False, hashable=False),
         'w_object'),
        ('w_memoryview', TypeDef('memoryview', new=new_memoryview,
                                 methods=memoryview_methods,
                                 getset=memoryview_getset,
                                 acceptable_as_base=False), 'w_object'),
        ('w_complex', TypeDef('complex', new=new_complex), 'w_object'),
        ('w_set', TypeDef('set', new=new_set, methods=set_methods,
                          hashable=False, generic=True), 'w_object'),
        ('w_frozenset', TypeDef('frozenset', new=new_frozenset, generic=True,
                                methods=frozenset_methods), 'w_object'),
        ('w_range', TypeDef('range', new=new_range,
                            methods={'__reduce__': reduce_method},
                            acceptable_as_base=False), 'w_object'),
        ('w_slice', TypeDef('slice', new=new_slice,
                            acceptable_as_base=False), 'w_object'),
        ('w_NoneType', TypeDef('NoneType', new=singleton_new('w_None'),
                               acceptable_as_base=False),
         'w_object'),
        ('w_ellipsis', TypeDef('ellipsis', new=singleton_new('w_Ellipsis'),
                               acceptable_as_base=False),
         'w_object'),
        ('w_NotImplementedType', TypeDef('NotImplementedType',
                                         new=singleton_new('w_NotImplemented'),
                                         acceptable_as_base=False),
         'w_object'),
        ('w_function', TypeDef('function', methods=descriptor_methods,
                                 acceptable_as_base=False),
         'w_object'),
        ('w_builtin_function', TypeDef('builtin_function_or_method',
                                       acceptable_as_base=False),
         'w_object'),
        ('w_method', TypeDef('method', new=new_method,
                             acceptable_as_base=False),
         'w_object'),
        ('w_staticmethod', TypeDef('staticmethod', new=new_staticmethod,
                                   methods=descriptor_methods),
         'w_object'),
        ('w_classmethod', TypeDef('classmethod', new=new_classmethod,
                                  methods=descriptor_methods),
         'w_object'),
        ('w_property', TypeDef('property', new=new_property,
                               methods=property_methods), 'w_object'),
        ('w_getset_descriptor', TypeDef('getset_descriptor',
                                        methods=descriptor_methods,
                                        acceptable_as_base=False),
         'w_object'),
        ('w_member_descriptor', TypeDef('member_descriptor',
                                        methods=descriptor_methods,
                                        acceptable_as_base=False),
         'w_object'),
        ('w_cell', TypeDef('cell', acceptable_as_base=False), 'w_object'),
        ('w_code', TypeDef('code', acceptable_as_base=False), 'w_object'),
        ('w_frame', TypeDef('frame', acceptable_as_base=False), 'w_object'),
        ('w_module', TypeDef('module', new=new_module), 'w_object'),
        ('w_super', TypeDef('super', new=new_super), 'w_object'),
        ('w_generator', TypeDef('generator', methods=generator_methods,
                                acceptable_as_base=False), 'w_object'),
        # (it.__next__ and iter(it) as methods: heapq.merge takes
        # iter(x).__next__)
        ('w_range_iterator', TypeDef('range_iterator',
                                     methods=iterator_methods,
                                     acceptable_as_base=False), 'w_object'),
        ('w_seq_iterator', TypeDef('iterator', methods=iterator_methods,
                                   acceptable_as_base=False),
         'w_object'),
        ('w_dict_keys', TypeDef('dict_keys', methods=view_methods,
                                acceptable_as_base=False),
         'w_object'),
        ('w_dict_values', TypeDef('dict_values', methods=view_methods,
                                  acceptable_as_base=False),
         'w_object'),
        ('w_dict_items', TypeDef('dict_items', methods=view_methods,
                                 acceptable_as_base=False),
         'w_object'),
        ('w_str_iterator', TypeDef('str_ascii_iterator',
                                   methods=iterator_methods,
                                   acceptable_as_base=False), 'w_object'),
    ]


class ObjSpace(object):

    def __init__(self):
        self.ec = ExecutionContext(self)
        self.w_builtins_dict = None     # set once the builtins module exists
        self.w_None = W_NoneObject()
        self.w_Ellipsis = W_EllipsisObject()
        self.w_NotImplemented = W_NotImplementedObject()
        self.w_True = W_BoolObject(1)
        self.w_False = W_BoolObject(0)
        self.builtin_types_w = []
        for attrname, typedef, baseattr in builtin_typedefs():
            bases_w = [getattr(self, baseattr)] if baseattr else []
            self.make_builtin_type(attrname, typedef, bases_w)
        type_getset = {'__mro__': type_get_mro,
                       '__base__': type_get_base,
                       '__module__': type_get_module,
                       '__qualname__': type_get_qualname,
                       '__flags__': type_get_flags,
                       '__text_signature__': type_get_text_signature}
        for name, getter in type_getset.items():
            self.w_type.dict_w[name] = function.GetSetProperty(getter)
        self.w_type.dict_w['__name__'] = function.GetSetProperty(
            type_get_name, type_set_name)
        self.w_type.dict_w['__bases__'] = function.GetSetProperty(
            type_get_bases, type_set_bases)
        exc_typedef = TypeDef('BaseException', new=new_exception,
                              methods=exception_methods)
        for name, basenames in HIERARCHY:
            if basenames is None:
                bases_w = [self.w_object]
            elif isinstance(basenames, tuple):
                bases_w = [getattr(self, 'w_' + basename)
                           for basename in basenames]
            else:
                bases_w = [getattr(self, 'w_' + basenames)]
            w_exc_type = self.make_builtin_type('w_' + name, exc_typedef,
                                                bases_w)
            w_exc_type.name = name
            if basenames is not None:
                w_exc_type.dict_w.clear()   # methods live on BaseException
        for name, func in group_methods.items():
            self.w_BaseExceptionGroup.dict_w[name] = \
                function.BuiltinFunction(name, func)
        for name, getter in group_getset.items():
            self.w_BaseExceptionGroup.dict_w[name] = \
                function.GetSetProperty(getter)
        # generic, as CPython's (BaseExceptionGroup[ValueError])
        self.w_BaseExceptionGroup.dict_w['__class_getitem__'] = \
            function.ClassMethod(function.BuiltinFunction(
                '__class_getitem__', type_class_getitem))
        for name, getter in exc_getset.items():
            self.w_BaseException.dict_w[name] = \
                function.GetSetProperty(getter)
        self.w_StopIteration.dict_w['value'] = \
            function.GetSetProperty(exc_get_value)
        self.w_SystemExit.dict_w['code'] = \
            function.GetSetProperty(exc_get_value)
        for name, getter, setter in IMPORT_ERROR_ATTRIBUTES:
            self.w_ImportError.dict_w[name] = \
                function.GetSetProperty(getter, setter)
        from pypy.objspace.attrs import install
        install(self)
        from pypy.interpreter import frameattrs
        frameattrs.install(self)
        from pypy.objspace import usersubclass
        usersubclass.install(self)
        self.w_object_getattribute = self.w_object.dict_w['__getattribute__']
        self.w_object_setattr = self.w_object.dict_w['__setattr__']
        self.w_object_delattr = self.w_object.dict_w['__delattr__']
        self.w_object_new = self.w_object.dict_w['__new__']
        self.w_object_init = self.w_object.dict_w['__init__']
        self.builtin_modules = {}       # name -> W_ModuleObject
        # name -> function(space) run when the built-in module is first
        # imported (numpy: watching the warnings module's filters)
        self.first_import_hooks = {}
        self.w_modules = self.newdict()  # sys.modules
        from pypy.module import setup_builtin_modules
        setup_builtin_modules(self)
        w_builtins_dict = self.builtin_modules['builtins'].w_dict
        self.w_builtins_dict = w_builtins_dict
        if w_builtins_dict.getitem_str(self, 'frozenset') is None:
            w_builtins_dict.setitem_str(self, 'frozenset', self.w_frozenset)
        # the set-up above filled types' dicts directly, keeping their
        # version tags: forget the lookups made meanwhile
        method_cache.clear()

    def make_builtin_type(self, attrname, typedef, bases_w):
        dict_w = {}
        for name, func in typedef.methods.items():
            dict_w[name] = function.BuiltinFunction(name, func)
        for name, getter in typedef.getset.items():
            dict_w[name] = function.GetSetProperty(getter)
        if not typedef.hashable:
            dict_w['__hash__'] = self.w_None
        if typedef.generic:
            dict_w['__class_getitem__'] = function.ClassMethod(
                function.BuiltinFunction('__class_getitem__',
                                         type_class_getitem))
        w_type = W_TypeObject(self, typedef.name, bases_w, dict_w, typedef)
        w_type.builtin = True
        setattr(self, attrname, w_type)
        self.builtin_types_w.append(w_type)
        return w_type

    # ____________________________________________________________
    # creating objects

    def newint(self, intval):
        return W_IntObject(intval)

    def newbigint(self, num):
        try:
            return W_IntObject(num.toint())
        except OverflowError:
            return W_LongObject(num)

    def newfloat(self, floatval):
        return W_FloatObject(floatval)

    def newcomplex(self, real, imag):
        from pypy.objspace.complexobject import W_ComplexObject
        return W_ComplexObject(real, imag)

    def newbool(self, b):
        if b:
            return self.w_True
        return self.w_False

    def newtext(self, u):
        return W_StrObject(u)

    def newtext_utf8(self, s):
        u, _ = str_decode_utf_8(s, len(s), 'replace', final=True)
        return W_StrObject(u)

    def newtext_ascii(self, s):
        return W_StrObject(s.decode('latin-1'))

    def newbytes(self, s):
        from pypy.objspace.bytesobject import W_BytesObject
        return W_BytesObject(s)

    # Both copy, and are specialized per call site: a tuple's items are
    # never resized while a list's may be, and RPython fixes that property
    # for every list a variable may hold.  Inside JIT traces the copy of a
    # virtual list is free.
    @specialize.call_location()
    def newtuple(self, items_w):
        return W_TupleObject(items_w[:])

    @specialize.call_location()
    def newlist(self, items_w):
        return W_ListObject(items_w[:])

    def newdict(self):
        return W_DictObject(self)

    def newset(self, items_w):
        from pypy.objspace.setobject import W_SetObject
        w_set = W_SetObject(self)
        for w_item in items_w:
            w_set.add(self, w_item)
        return w_set

    def set_add(self, w_set, w_item):
        from pypy.objspace.setobject import W_SetObject
        assert isinstance(w_set, W_SetObject)
        w_set.add(self, w_item)

    def newslice(self, w_start, w_stop, w_step):
        return W_SliceObject(w_start, w_stop, w_step)

    def newmodule(self, name):
        w_mod = W_ModuleObject(self, name)
        return w_mod

    def int_from_float(self, x):
        import math
        if math.isinf(x):
            raise self.error(self.w_OverflowError,
                             "cannot convert float infinity to integer")
        if math.isnan(x):
            raise self.error(self.w_ValueError,
                             "cannot convert float NaN to integer")
        return self.newbigint(rbigint.fromfloat(x))

    def bigint_to_float(self, num):
        try:
            return num.tofloat()
        except OverflowError:
            raise self.error(self.w_OverflowError,
                             "int too large to convert to float")

    # ____________________________________________________________
    # unwrapping

    def int_w(self, w_obj):
        return w_obj.int_w(self)

    def float_w(self, w_obj):
        return w_obj.float_w(self)

    def text_w(self, w_obj):
        if not isinstance(w_obj, W_StrObject):
            raise self.type_error_expected('str', w_obj)
        return w_obj.value

    def text_utf8(self, w_obj):
        u = self.text_w(w_obj)
        return unicode_encode_utf_8(u, len(u), 'replace')

    def getindex_w(self, w_obj, msg=None, w_overflow=None):
        """w_obj, an int or an object with __index__, as a machine int.  An
        int beyond a machine word raises w_overflow: IndexError for a
        subscript (as CPython's PyNumber_AsSsize_t there), OverflowError
        when None.  msg starts the TypeError of any other object."""
        w_index = self.index_object(w_obj, msg)
        if isinstance(w_index, W_IntObject):
            return w_index.intval
        if w_overflow is None:
            raise self.error(self.w_OverflowError,
                             "Python int too large to convert to C ssize_t")
        raise self.error(w_overflow,
                         "cannot fit 'int' into an index-sized integer")

    def slice_index_w(self, w_obj, msg):
        """A slice bound (an int or an object with __index__) as a machine
        int, clipped to the machine word as CPython's _PyEval_SliceIndex:
        [1, 2][:2**100] is the whole list."""
        w_index = self.index_object(w_obj, msg)
        if isinstance(w_index, W_IntObject):
            return w_index.intval
        assert isinstance(w_index, W_LongObject)
        return -sys.maxint - 1 if w_index.num.sign < 0 else sys.maxint

    def index_object(self, w_obj, msg):
        """The int object w_obj is or its __index__ gives."""
        if isinstance(w_obj, W_IntObject) or isinstance(w_obj, W_LongObject):
            return w_obj
        w_index = self.call_special(w_obj, '__index__')
        if isinstance(w_index, W_IntObject) or \
                isinstance(w_index, W_LongObject):
            return w_index
        if msg is None:
            msg = "'%s' object cannot be interpreted as an integer" % \
                self.type_name(self.type(w_obj))
        else:
            msg = "%s, not %s" % (msg, self.type_name(self.type(w_obj)))
        raise self.error(self.w_TypeError, msg)

    def is_none(self, w_obj):
        return w_obj is None or w_obj is self.w_None

    # ____________________________________________________________
    # errors

    def new_exception_args(self, w_type, args_w):
        w_exc = W_BaseException(self, w_type, args_w)
        return w_exc

    def new_exception(self, w_type, msg):
        if msg is None:
            return self.new_exception_args(w_type, [])
        return self.new_exception_args(w_type, [self.newtext_utf8(msg)])

    def error(self, w_type, msg):
        """An OperationError raising w_type(msg), ready to be raised."""
        return OperationError(self.new_exception(w_type, msg))

    def key_error(self, w_key):
        return OperationError(self.new_exception_args(self.w_KeyError,
                                                      [w_key]))

    def type_error_expected(self, what, w_obj):
        return self.error(self.w_TypeError, "expected %s, got %s" % (
            what, self.type_name(self.type(w_obj))))

    def quoted_for_error(self, s):
        return self.text_utf8(self.repr(self.newtext_utf8(s)))

    def make_exception_instance(self, w_obj):
        """What `raise w_obj` raises: an instance, or the class called."""
        if isinstance(w_obj, W_TypeObject) and \
                w_obj.issubtype(self.w_BaseException):
            w_obj = self.call_function(w_obj)
        if not isinstance(w_obj, W_BaseException):
            raise self.error(self.w_TypeError,
                             "exceptions must derive from BaseException")
        return w_obj

    def raise_exception(self, w_exc):
        """The OperationError for raising w_exc in the current context
        (sets __context__ to the exception being handled, if any)."""
        w_context = self.ec.w_current_exc
        if w_context is not None and w_context is not w_exc:
            w_exc.w_context = w_context
        return OperationError(w_exc)

    def exception_match(self, w_exc_type, w_check):
        if isinstance(w_check, W_TupleObject):
            for w_item in w_check.items_w:
                if self.exception_match(w_exc_type, w_item):
                    return True
            return False
        if not isinstance(w_exc_type, W_TypeObject):
            return False
        return w_exc_type.issubtype(w_check)

    def check_except_clause(self, w_check):
        if isinstance(w_check, W_TupleObject):
            for w_item in w_check.items_w:
                self.check_except_clause(w_item)
            return
        if not (isinstance(w_check, W_TypeObject) and
                w_check.issubtype(self.w_BaseException)):
            raise self.error(self.w_TypeError,
                             "catching classes that do not inherit from "
                             "BaseException is not allowed")

    # ____________________________________________________________
    # types

    def type(self, w_obj):
        return w_obj.getclass(self)

    def type_name(self, w_type):
        """The name error messages give a type: CPython's tp_name, which
        for a built-in type of a module includes the module
        ('numpy.float64', 'collections.deque'), and for a class is its
        __name__."""
        assert isinstance(w_type, W_TypeObject)
        if w_type.is_builtin() and w_type.module_name is not None:
            return w_type.module_name + '.' + w_type.name
        return w_type.name

    def isinstance_w(self, w_obj, w_type):
        w_objtype = self.type(w_obj)
        assert isinstance(w_objtype, W_TypeObject)
        assert isinstance(w_type, W_TypeObject)
        return w_objtype.issubtype(w_type)

    def lookup(self, w_obj, name):
        w_type = self.type(w_obj)
        assert isinstance(w_type, W_TypeObject)
        return w_type.lookup(name)

    def lookup_special(self, w_obj, name):
        """The special method `name` of w_obj's type, bound to w_obj, or
        None."""
        w_descr = self.lookup(w_obj, name)
        if w_descr is None:
            return None
        return w_descr.get(self, w_obj, self.type(w_obj))

    def call_special(self, w_obj, name):
        """Calls type(w_obj).name(w_obj) if it exists, else None."""
        w_meth = self.lookup_special(w_obj, name)
        if w_meth is None:
            return None
        return self.call_function(w_meth)

    # ____________________________________________________________
    # operators

    def binary_op(self, opnum, w_a, w_b):
        from pypy.objspace.instanceobject import W_InstanceObject
        w_result = self.int_operation(opnum, w_a, w_b)
        if w_result is not None:
            return w_result
        if isinstance(w_b, W_InstanceObject) and \
                self.reflected_first(opnum, w_a, w_b):
            w_result = w_b.rbinop(self, opnum, w_a)
            if w_result is not None:
                return w_result
        elif w_b.prefers_reflected and self.plain_number(w_a):
            w_result = w_b.rbinop(self, opnum, w_a)
            if w_result is not None:
                return w_result
        w_result = w_a.binop(self, opnum, w_b)
        if w_result is None:
            w_result = w_b.rbinop(self, opnum, w_a)
            if w_result is None:
                if opnum == op.BIN_ADD and isinstance(w_a, W_StrObject):
                    raise self.error(
                        self.w_TypeError,
                        'can only concatenate str (not "%s") to str' %
                        self.type_name(self.type(w_b)))
                raise self.error(
                    self.w_TypeError,
                    "unsupported operand type(s) for %s: '%s' and '%s'" % (
                        op.BIN_SYMBOLS[opnum], self.type_name(self.type(w_a)),
                        self.type_name(self.type(w_b))))
        return w_result

    def int_operation(self, opnum, w_a, w_b):
        """w_a op w_b when both are exact machine ints, taken first
        outside JIT traces (which reach the same int_binop through the
        operands' classes, then known); None otherwise."""
        if not jit.we_are_jitted() and type(w_a) is W_IntObject and \
                type(w_b) is W_IntObject:
            return int_binop(self, opnum, w_a.intval, w_b.intval)
        return None

    def plain_number(self, w_a):
        from pypy.objspace.complexobject import W_ComplexObject
        if w_a.prefers_reflected:
            return False
        return (isinstance(w_a, W_IntObject) or
                isinstance(w_a, W_FloatObject) or
                isinstance(w_a, W_ComplexObject))

    def reflected_first(self, opnum, w_a, w_b):
        """CPython's rule: the right operand's reflected method goes first
        when its type is a proper subclass of the left operand's type and
        overrides that method."""
        from pypy.objspace.instanceobject import RBINOP_SPECIAL
        w_ta = self.type(w_a)
        w_tb = self.type(w_b)
        assert isinstance(w_ta, W_TypeObject)
        assert isinstance(w_tb, W_TypeObject)
        if w_ta is w_tb or not w_tb.issubtype(w_ta):
            return False
        name = RBINOP_SPECIAL[opnum]
        w_rb = w_tb.lookup(name)
        return w_rb is not None and w_rb is not w_ta.lookup(name)

    def inplace_op(self, opnum, w_a, w_b):
        w_result = self.int_operation(opnum, w_a, w_b)
        if w_result is not None:
            return w_result
        w_result = w_a.inplace_binop(self, opnum, w_b)
        if w_result is not None:
            return w_result
        w_result = w_a.binop(self, opnum, w_b)
        if w_result is None:
            w_result = w_b.rbinop(self, opnum, w_a)
            if w_result is None:
                raise self.error(
                    self.w_TypeError,
                    "unsupported operand type(s) for %s=: '%s' and '%s'" % (
                        op.BIN_SYMBOLS[opnum], self.type_name(self.type(w_a)),
                        self.type_name(self.type(w_b))))
        return w_result

    def add(self, w_a, w_b):
        return self.binary_op(op.BIN_ADD, w_a, w_b)

    def sub(self, w_a, w_b):
        return self.binary_op(op.BIN_SUB, w_a, w_b)

    def mul(self, w_a, w_b):
        return self.binary_op(op.BIN_MUL, w_a, w_b)

    def unary_op(self, opnum, w_a):
        if opnum == op.UN_NOT:
            return self.newbool(not self.is_true(w_a))
        w_result = w_a.unaryop(self, opnum)
        if w_result is None:
            raise self.error(self.w_TypeError,
                             "bad operand type for unary %s: '%s'" % (
                                 UNARY_SYMBOLS[opnum],
                                 self.type_name(self.type(w_a))))
        return w_result

    def compare(self, opnum, w_a, w_b):
        if opnum == op.CMP_IS:
            return self.newbool(self.is_w(w_a, w_b))
        if opnum == op.CMP_IS_NOT:
            return self.newbool(not self.is_w(w_a, w_b))
        if opnum == op.CMP_IN:
            return self.contains(w_b, w_a)
        if opnum == op.CMP_NOT_IN:
            return self.newbool(not self.is_true(self.contains(w_b, w_a)))
        if not jit.we_are_jitted():
            # (as int_operation)
            if type(w_a) is W_IntObject and type(w_b) is W_IntObject:
                return self.newbool(cmp_result(opnum, w_a.intval,
                                               w_b.intval))
            if type(w_a) is W_StrObject and type(w_b) is W_StrObject:
                return self.newbool(cmp_result(opnum, w_a.value, w_b.value))
        if w_b.prefers_reflected and self.plain_number(w_a):
            w_result = w_b.compare(self, REFLECTED_CMP[opnum], w_a)
            if w_result is not None:
                return w_result
        w_result = w_a.compare(self, opnum, w_b)
        if w_result is None:
            w_result = w_b.compare(self, REFLECTED_CMP[opnum], w_a)
            if w_result is None:
                if opnum == op.CMP_EQ:
                    return self.newbool(w_a is w_b)
                if opnum == op.CMP_NE:
                    return self.newbool(w_a is not w_b)
                raise self.error(
                    self.w_TypeError,
                    "'%s' not supported between instances of '%s' and '%s'"
                    % (CMP_SYMBOLS[opnum], self.type_name(self.type(w_a)),
                       self.type_name(self.type(w_b))))
        return w_result

    def lt(self, w_a, w_b):
        return self.compare(op.CMP_LT, w_a, w_b)

    def eq(self, w_a, w_b):
        return self.compare(op.CMP_EQ, w_a, w_b)

    def eq_w(self, w_a, w_b):
        if w_a is w_b:
            return True
        # the keys of dicts and sets, and the items of tuple keys: exact
        # strs and ints (no subclass overrides __eq__) compare their
        # values without a bool object or the generic compare's dispatch
        if type(w_a) is W_StrObject and type(w_b) is W_StrObject:
            return w_a.value == w_b.value
        if type(w_a) is W_IntObject and type(w_b) is W_IntObject:
            return w_a.intval == w_b.intval
        return self.is_true(self.compare(op.CMP_EQ, w_a, w_b))

    def is_w(self, w_a, w_b):
        # two ints of the same value are the same object; two instances of
        # an int subclass (or bools) only if they are one (copy.copy of an
        # int subclass must give a distinct object)
        if type(w_a) is W_IntObject and type(w_b) is W_IntObject:
            return w_a.intval == w_b.intval
        return w_a is w_b

    def is_true(self, w_obj):
        if w_obj is self.w_True:
            return True
        if w_obj is self.w_False:
            return False
        return w_obj.is_true(self)

    def hash_w(self, w_obj):
        return w_obj.hash(self)

    def len_w(self, w_obj):
        n = w_obj.length(self)
        if n < 0:
            raise self.error(self.w_TypeError,
                             "object of type '%s' has no len()" %
                             self.type_name(self.type(w_obj)))
        return n

    def getitem(self, w_obj, w_key):
        w_result = w_obj.getitem(self, w_key)
        if w_result is None:
            raise self.error(self.w_TypeError,
                             "'%s' object is not subscriptable" %
                             self.type_name(self.type(w_obj)))
        return w_result

    def setitem(self, w_obj, w_key, w_value):
        if not w_obj.setitem(self, w_key, w_value):
            if isinstance(w_obj, W_TupleObject) or \
                    isinstance(w_obj, W_StrObject):
                # CPython converts an index key of an immutable sequence
                # first: its __index__ error comes before this one
                w_index = self.lookup_special(w_key, '__index__')
                if w_index is not None:
                    self.call_function(w_index)
            raise self.error(self.w_TypeError,
                             "'%s' object does not support item assignment"
                             % self.type_name(self.type(w_obj)))

    def delitem(self, w_obj, w_key):
        if not w_obj.delitem(self, w_key):
            raise self.error(self.w_TypeError,
                             "'%s' object does not support item deletion" %
                             self.type_name(self.type(w_obj)))

    def contains(self, w_container, w_item):
        w_result = w_container.contains(self, w_item)
        if w_result is not None:
            # `in` always gives a bool, whatever __contains__ returned
            return self.newbool(self.is_true(w_result))
        return self.contains_by_iteration(w_container, w_item)

    def contains_by_iteration(self, w_container, w_item):
        """`in` of a container without __contains__.  Apart from contains
        for the JIT: a function with a loop is not traced into, and
        contains must be, for the item to stay unboxed into a typed
        container's own lookup (a set of ints)."""
        w_iter = self.iter(w_container)
        while True:
            w_x = self.next_or_none(w_iter)
            if w_x is None:
                return self.w_False
            if self.eq_w(w_x, w_item):
                return self.w_True

    def iter(self, w_obj):
        w_iter = w_obj.iter(self)
        if w_iter is None:
            raise self.error(self.w_TypeError,
                             "'%s' object is not iterable" %
                             self.type_name(self.type(w_obj)))
        return w_iter

    def next_or_none(self, w_iter):
        return w_iter.next(self)

    def next(self, w_iter):
        if not w_iter.is_iterator():
            raise self.error(self.w_TypeError,
                             "'%s' object is not an iterator" %
                             self.type_name(self.type(w_iter)))
        w_item = w_iter.next(self)
        if w_item is None:
            from pypy.interpreter.generator import W_Generator, \
                stop_iteration
            if isinstance(w_iter, W_Generator):
                raise stop_iteration(self, w_iter)
            raise self.error(self.w_StopIteration, None)
        return w_item

    def unpackiterable(self, w_obj):
        # only exact lists and tuples: a subclass may override __iter__
        # (CPython's PySequence_Fast / list_extend check exact types too)
        if type(w_obj) is W_ListObject:
            return w_obj.items_w[:]
        if type(w_obj) is W_TupleObject:
            return w_obj.items_w[:]
        from pypy.objspace.consumers import collect
        return collect(self, self.iter(w_obj))

    def unpack_exactly(self, w_obj, n):
        if type(w_obj) is W_TupleObject and len(w_obj.items_w) == n:
            return w_obj.items_w[:]
        items_w = self.unpackiterable(w_obj)
        if len(items_w) > n:
            raise self.error(self.w_ValueError,
                             "too many values to unpack (expected %d)" % n)
        if len(items_w) < n:
            raise self.error(self.w_ValueError,
                             "not enough values to unpack (expected %d, "
                             "got %d)" % (n, len(items_w)))
        return items_w

    # ____________________________________________________________
    # strings

    def repr(self, w_obj):
        w_result = w_obj.repr(self)
        if not isinstance(w_result, W_StrObject):
            raise self.error(self.w_TypeError,
                             "__repr__ returned non-string (type %s)" %
                             self.type_name(self.type(w_result)))
        return w_result

    def str(self, w_obj):
        w_result = w_obj.str(self)
        if not isinstance(w_result, W_StrObject):
            raise self.error(self.w_TypeError,
                             "__str__ returned non-string (type %s)" %
                             self.type_name(self.type(w_result)))
        return w_result

    def repr_u(self, w_obj):
        return self.repr(w_obj).value

    def str_u(self, w_obj):
        return self.str(w_obj).value

    def repr_utf8(self, w_obj):
        return self.text_utf8(self.repr(w_obj))

    def str_utf8(self, w_obj):
        return self.text_utf8(self.str(w_obj))

    def format(self, w_obj, w_spec):
        from pypy.objspace.formatting import format_w
        return format_w(self, w_obj, w_spec)

    # ____________________________________________________________
    # attributes

    def getattr(self, w_obj, name):
        w_result = self.findattr(w_obj, name)
        if w_result is None:
            raise self.attribute_error(w_obj, name)
        return w_result

    def attribute_error(self, w_obj, name):
        if isinstance(w_obj, W_ModuleObject):
            return self.error(self.w_AttributeError,
                              "module '%s' has no attribute '%s'" % (
                                  w_obj.name, name))
        if isinstance(w_obj, W_TypeObject):
            return self.error(self.w_AttributeError,
                              "type object '%s' has no attribute '%s'" % (
                                  w_obj.name, name))
        return self.error(self.w_AttributeError,
                          "'%s' object has no attribute '%s'" % (
                              self.type_name(self.type(w_obj)), name))

    def findattr(self, w_obj, name):
        """getattr(w_obj, name), or None when there is no such attribute
        (__getattr__ is tried last)."""
        if isinstance(w_obj, W_TypeObject):
            return self.type_getattr(w_obj, name)
        from pypy.objspace.instanceobject import W_InstanceObject
        if isinstance(w_obj, W_InstanceObject):
            w_type = w_obj.get_type()
            if w_type.overrides_getattribute():
                return self.user_getattribute(
                    w_obj, w_type.lookup('__getattribute__'), name)
        return self.generic_findattr(w_obj, name, True)

    @jit.dont_look_inside
    def user_getattribute(self, w_obj, w_ga, name):
        try:
            return self.call_function(w_ga.get(self, w_obj, self.type(w_obj)),
                                      self.newtext_utf8(name))
        except OperationError as e:
            if not e.match(self, self.w_AttributeError):
                raise
        w_getattr = self.lookup(w_obj, '__getattr__')
        if w_getattr is not None:
            try:
                return self.call_function(w_getattr, w_obj,
                                          self.newtext_utf8(name))
            except OperationError as e:
                if not e.match(self, self.w_AttributeError):
                    raise
        return None

    def generic_findattr(self, w_obj, name, try_getattr):
        """object.__getattribute__, and __getattr__ when try_getattr."""
        if isinstance(w_obj, W_Super):
            w_result = super_getattr(self, w_obj, name)
            if w_result is not None:
                return w_result
        from pypy.objspace.instanceobject import W_InstanceObject
        w_type = self.type(w_obj)
        assert isinstance(w_type, W_TypeObject)
        w_descr = w_type.lookup(name)
        if w_descr is not None and w_descr.is_data_descriptor():
            return w_descr.get(self, w_obj, w_type)
        if isinstance(w_obj, W_InstanceObject) and w_obj.uses_map():
            w_value = w_obj.map_read(name)
            if w_value is not None:
                return w_value
        else:
            w_dict = w_obj.getdict(self)
            if w_dict is not None:
                assert isinstance(w_dict, W_DictObject)
                w_value = w_dict.getitem_str(self, name)
                if w_value is not None:
                    return w_value
        if w_descr is not None:
            return w_descr.get(self, w_obj, w_type)
        if not try_getattr:
            return None
        w_getattr = w_type.lookup('__getattr__')
        if w_getattr is not None:
            try:
                return self.call_function(w_getattr, w_obj,
                                          self.newtext_utf8(name))
            except OperationError as e:
                if not e.match(self, self.w_AttributeError):
                    raise
        if isinstance(w_obj, W_ModuleObject):
            return self.module_getattr(w_obj, name)
        return self.wrapped_function_attr(w_obj, name)

    def wrapped_function_attr(self, w_obj, name):
        """A bound method gives its function's attributes (an lru_cache
        wrapper's cache_info); a staticmethod or classmethod the ones
        functools.wraps copies, and __wrapped__ (singledispatch reads their
        __annotations__)."""
        if isinstance(w_obj, function.Method):
            return self.findattr(w_obj.w_function, name)
        w_referent = w_obj.proxied(self)
        if w_referent is not None:
            return self.findattr(w_referent, name)
        if isinstance(w_obj, function.StaticMethod):
            w_function = w_obj.w_function
        elif isinstance(w_obj, function.ClassMethod):
            w_function = w_obj.w_function
        else:
            return None
        if name == '__wrapped__':
            return w_function
        if name in WRAPPER_ASSIGNMENTS:
            return self.findattr(w_function, name)
        return None

    def module_getattr(self, w_module, name):
        """PEP 562: a module's own __getattr__(name) gives the attributes
        its dict lacks (numpy's gives the ones lib_pypy/_numpy_lib
        defines)."""
        w_getattr = w_module.w_dict.getitem_str(self, '__getattr__')
        if w_getattr is None:
            return None
        try:
            return self.call_function(w_getattr, self.newtext_utf8(name))
        except OperationError as e:
            if not e.match(self, self.w_AttributeError):
                raise
        return None

    def type_getattr(self, w_type, name):
        w_metatype = self.type(w_type)
        assert isinstance(w_metatype, W_TypeObject)
        w_meta_descr = w_metatype.lookup(name)
        if w_meta_descr is not None and w_meta_descr.is_data_descriptor():
            return w_meta_descr.get(self, w_type, w_metatype)
        w_descr = w_type.lookup(name)
        if w_descr is not None:
            return w_descr.get(self, None, w_type)
        if w_meta_descr is not None:
            return w_meta_descr.get(self, w_type, w_metatype)
        return None

    def class_attr_hook(self, w_obj, hook_name, w_object_hook):
        """(the class, its __setattr__ or __delattr__) when w_obj is an
        instance of a Python class or a class whose metaclass (EnumType)
        overrides object's; else (None, None)."""
        from pypy.objspace.instanceobject import W_InstanceObject
        if isinstance(w_obj, W_InstanceObject):
            w_type = w_obj.get_type()
        elif isinstance(w_obj, W_TypeObject):
            w_type = self.type(w_obj)
        else:
            return None, None
        w_hook = w_type.lookup(hook_name)
        if w_hook is None or w_hook is w_object_hook:
            return None, None
        return w_type, w_hook

    def setattr(self, w_obj, name, w_value):
        w_type, w_sa = self.class_attr_hook(w_obj, '__setattr__',
                                            self.w_object_setattr)
        if w_sa is not None:
            self.call_function(w_sa.get(self, w_obj, w_type),
                               self.newtext_utf8(name), w_value)
            return
        self.generic_setattr(w_obj, name, w_value)

    def generic_setattr(self, w_obj, name, w_value):
        if isinstance(w_obj, W_TypeObject):
            if w_obj.is_builtin():
                raise self.error(
                    self.w_TypeError,
                    "cannot set '%s' attribute of immutable type '%s'" % (
                        name, w_obj.name))
            w_descr = self.type(w_obj).lookup(name)
            if w_descr is not None and is_writable_descriptor(w_descr):
                w_descr.set(self, w_obj, w_value)   # __name__, a metaclass's
                return                              # property with a setter
            w_obj.setdictvalue(name, w_value)
            return
        w_descr = self.lookup(w_obj, name)
        if w_descr is not None and w_descr.is_data_descriptor():
            w_descr.set(self, w_obj, w_value)
            return
        from pypy.objspace.instanceobject import W_InstanceObject
        if isinstance(w_obj, W_InstanceObject):
            if not w_obj.get_type().instances_have_dict:
                raise self.attribute_error(w_obj, name)   # __slots__
            if w_obj.map_write(self, name, w_value):
                return
        w_dict = w_obj.getdict(self)
        if w_dict is None:
            w_referent = w_obj.proxied(self)
            if w_referent is not None:
                self.setattr(w_referent, name, w_value)
                return
            raise self.attribute_error(w_obj, name)
        assert isinstance(w_dict, W_DictObject)
        w_dict.setitem_str(self, name, w_value)

    def delattr(self, w_obj, name):
        w_type, w_da = self.class_attr_hook(w_obj, '__delattr__',
                                            self.w_object_delattr)
        if w_da is not None:
            self.call_function(w_da.get(self, w_obj, w_type),
                               self.newtext_utf8(name))
            return
        self.generic_delattr(w_obj, name)

    def generic_delattr(self, w_obj, name):
        if isinstance(w_obj, W_TypeObject):
            if w_obj.is_builtin() or not w_obj.deldictvalue(name):
                raise self.attribute_error(w_obj, name)
            return
        from pypy.objspace.instanceobject import W_InstanceObject
        if isinstance(w_obj, W_InstanceObject) and \
                w_obj.map_delete(self, name):
            return
        w_dict = w_obj.getdict(self)
        if w_dict is None:
            w_referent = w_obj.proxied(self)
            if w_referent is not None:
                self.delattr(w_referent, name)
                return
        if w_dict is None or w_dict.getitem_str(self, name) is None:
            raise self.attribute_error(w_obj, name)
        assert isinstance(w_dict, W_DictObject)
        w_dict.delitem(self, self.newtext_utf8(name))

    # ____________________________________________________________
    # calls

    def call_args(self, w_callable, args):
        try:
            w_result = w_callable.call(self, args)
        except OperationError:
            raise
        except rstackovf.StackOverflow:
            raise
        except Exception as e:
            raise internal_error(self, e)
        if w_result is None:
            raise self.error(self.w_TypeError,
                             "'%s' object is not callable" %
                             self.type_name(self.type(w_callable)))
        return w_result

    def call_function(self, w_callable, *args_w):
        return self.call_args(w_callable, Arguments(list(args_w)))

    def call_method(self, w_obj, name, *args_w):
        w_meth = self.getattr(w_obj, name)
        return self.call_args(w_meth, Arguments(list(args_w)))

    # ____________________________________________________________
    # namespaces and modules

    def load_global_cached(self, w_globals, name):
        """LOAD_GLOBAL: the globals' then the builtins' value of `name`, or
        None.  In JIT traces both cell lookups are constant-folded (the
        dicts are promoted, `name` is a constant of the code object)."""
        if not isinstance(w_globals, W_DictObject):
            return self.load_global(w_globals, name)
        w_globals = jit.promote(w_globals)
        w_value = w_globals.get_cell(self, name).w_value
        if w_value is None:
            w_builtins = self.w_builtins_dict
            if w_builtins is None:      # while setting up the space
                return self.builtin_lookup(name)
            w_builtins = jit.promote(w_builtins)
            w_value = w_builtins.get_cell(self, name).w_value
        return w_value

    def load_global(self, w_globals, name):
        w_value = w_globals.getitem_str(self, name)
        if w_value is None:
            w_value = self.builtin_lookup(name)
        return w_value

    def builtin_lookup(self, name):
        return self.builtin_modules['builtins'].w_dict.getitem_str(self,
                                                                   name)

    def import_name(self, name, w_fromlist, level, w_globals):
        from pypy.module.imp import import_name
        return import_name(self, name, w_fromlist, level, w_globals)

    def import_from(self, w_module, name):
        from pypy.module.imp import import_from
        return import_from(self, w_module, name)

    def import_star(self, w_module, w_locals):
        from pypy.module.imp import import_star
        import_star(self, w_module, w_locals)
