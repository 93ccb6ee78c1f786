"""Callables: Python functions, built-in functions, bound methods, cells,
and the staticmethod/classmethod/property descriptors."""

from rpython.rlib import jit
from pypy.interpreter.arguments import Arguments, check_args
from pypy.interpreter.error import OperationError
from pypy.interpreter import opcodes
from pypy.objspace.root import W_Root


class Function(W_Root):
    # defaults_w is quasi-immutable: the JIT constant-folds it and
    # invalidates its traces when __defaults__ is assigned (namedtuple does
    # that); the setter always stores a new list
    _immutable_fields_ = ['code', 'w_globals', 'defaults_w?[*]',
                          'closure[*]']

    def __init__(self, space, code, w_globals, defaults_w, w_kwdefaults,
                 closure, qualname):
        self.code = code
        self.w_globals = w_globals
        self.defaults_w = defaults_w
        self.w_kwdefaults = w_kwdefaults     # W_DictObject or None
        self.closure = closure
        self.name = code.co_name
        self.qualname = qualname
        self.w_dict = None
        self.w_doc = None           # None: the code's docstring
        self.w_module = None        # None: the globals' __name__
        # __annotations__ (None: an empty dict made on first access;
        # MAKE_FUNCTION stores the dict of a def with annotations)
        self.w_annotations = None

    def getclass(self, space):
        return space.w_function

    def getdict(self, space):
        if self.w_dict is None:
            self.w_dict = space.newdict()
        return self.w_dict

    def get(self, space, w_obj, w_type):
        # (w_obj None: looked up on the class; the object None binds, as
        # any other: `f.__get__(None, C)` is turned into None by
        # descriptor_get)
        if w_obj is None:
            return self
        return Method(self, w_obj)

    def repr(self, space):
        from rpython.rlib.objectmodel import compute_unique_id
        return space.newtext_utf8('<function %s at 0x%x>' % (
            self.qualname, compute_unique_id(self)))

    def call(self, space, args):
        from pypy.interpreter.pyframe import PyFrame
        code = jit.promote(self.code)
        frame = PyFrame(space, code, self.w_globals, self.closure)
        # a fresh frame: its fields written directly, as by its __init__
        # (no check of its virtualizable token at each parameter)
        jit.hint(frame, access_directly=True,
                 fresh_virtualizable=True).setup_arguments(self, args)
        if code.co_flags & opcodes.CO_GENERATOR:
            from pypy.interpreter.generator import W_Generator
            return W_Generator(frame)
        if code.co_flags & opcodes.CO_COROUTINE:
            from pypy.interpreter.coroutine import W_Coroutine
            return W_Coroutine(frame)
        if code.co_flags & opcodes.CO_ASYNC_GENERATOR:
            from pypy.interpreter.coroutine import W_AsyncGenerator
            return W_AsyncGenerator(frame)
        return space.ec.run_frame(frame)


    def get_doc(self, space):
        if self.w_doc is not None:
            return self.w_doc
        if self.code.co_flags & opcodes.CO_HAS_DOCSTRING:
            return self.code.co_consts_w[0]
        return space.w_None


class BuiltinFunction(W_Root):
    """A function written at interp level: func(space, args) -> W_Root.
    A method of a built-in type binds to the instance it is looked up on
    (CPython's method descriptors); a function of a built-in module does
    not (is_method False: `converter = time.localtime` in a class body
    stays a plain function), and has the module's name as __module__."""
    _immutable_fields_ = ['name', 'func', 'is_method', 'w_self',
                          'module_name']

    def __init__(self, name, func, w_self=None):
        self.name = name
        self.func = func
        self.is_method = True
        self.module_name = None
        # __self__: the type of a built-in type's __new__ (copyreg looks
        # for the built-in base whose __new__ it is); None: not recorded
        self.w_self = w_self

    def getclass(self, space):
        return space.w_builtin_function

    def get(self, space, w_obj, w_type):
        if w_obj is None or not self.is_method:
            return self
        return Method(self, w_obj)

    def repr(self, space):
        return space.newtext_utf8('<built-in function %s>' % self.name)

    def call(self, space, args):
        return self.func(space, args)


class Method(W_Root):
    """A function bound to the object it was looked up on."""
    _immutable_fields_ = ['w_function', 'w_self']

    def __init__(self, w_function, w_self):
        self.w_function = w_function
        self.w_self = w_self

    def getclass(self, space):
        return space.w_method

    def repr(self, space):
        return space.newtext(u'<bound method of ' +
                             space.repr_u(self.w_self) + u'>')

    def call(self, space, args):
        return space.call_args(self.w_function, args.prepend(self.w_self))

    def compare(self, space, opnum, w_other):
        if opnum != opcodes.CMP_EQ and opnum != opcodes.CMP_NE:
            return None
        if not isinstance(w_other, Method):
            return None
        same = (self.w_function is w_other.w_function and
                space.is_w(self.w_self, w_other.w_self))
        return space.newbool(same == (opnum == opcodes.CMP_EQ))

    def hash(self, space):
        return space.hash_w(self.w_self) ^ self.w_function.hash(space)


class Cell(W_Root):
    """A variable shared between a function and the functions nested in
    it; w_value is None while the variable is unbound."""

    def __init__(self, w_value=None):
        self.w_value = w_value

    def getclass(self, space):
        return space.w_cell


class StaticMethod(W_Root):
    _attrs_ = ['w_function']     # (subclassed by usersubclass.py)
    # (a class's __new__: traces of instantiation fold is_builtin_new)
    _immutable_fields_ = ['w_function']

    def __init__(self, w_function):
        self.w_function = w_function

    def getclass(self, space):
        return space.w_staticmethod

    def get(self, space, w_obj, w_type):
        return self.w_function


class ClassMethod(W_Root):
    _attrs_ = ['w_function']

    def __init__(self, w_function):
        self.w_function = w_function

    def getclass(self, space):
        return space.w_classmethod

    def get(self, space, w_obj, w_type):
        if w_type is None:
            w_type = space.type(w_obj)
        return Method(self.w_function, w_type)


class Property(W_Root):
    _attrs_ = ['w_fget', 'w_fset', 'w_fdel', 'w_doc']

    def __init__(self, w_fget, w_fset, w_fdel):
        self.w_fget = w_fget
        self.w_fset = w_fset
        self.w_fdel = w_fdel
        self.w_doc = None       # None: the getter's docstring

    def getclass(self, space):
        return space.w_property

    def is_data_descriptor(self):
        return True

    def get(self, space, w_obj, w_type):
        if w_obj is None or space.is_none(w_obj):
            return self
        if space.is_none(self.w_fget):
            raise space.error(space.w_AttributeError,
                              "property has no getter")
        return space.call_function(self.w_fget, w_obj)

    def set(self, space, w_obj, w_value):
        if space.is_none(self.w_fset):
            raise space.error(space.w_AttributeError,
                              "property has no setter")
        space.call_function(self.w_fset, w_obj, w_value)
        return True


class GetSetProperty(W_Root):
    """An attribute of a built-in type computed by an interp-level
    getter (space, w_obj) -> W_Root; writable when a setter
    (space, w_obj, w_value) -> None is given."""
    _immutable_fields_ = ['getter', 'setter']

    def __init__(self, getter, setter=None):
        self.getter = getter
        self.setter = setter
        # __name__ and __objclass__, where known (inspect.getattr_static
        # reads them off the `__dict__` descriptors)
        self.name = ''
        self.w_objclass = None
        # a field CPython declares as a member: of type member_descriptor
        # (types.MemberDescriptorType, which dataclasses tells __slots__
        # by)
        self.is_member = False

    def getclass(self, space):
        if self.is_member:
            return space.w_member_descriptor
        return space.w_getset_descriptor

    def is_data_descriptor(self):
        return True

    def get(self, space, w_obj, w_type):
        if w_obj is None:
            return self
        return self.getter(space, w_obj)

    def set(self, space, w_obj, w_value):
        if self.setter is None:
            raise space.error(space.w_AttributeError,
                              "readonly attribute")
        self.setter(space, w_obj, w_value)
        return True


def new_wrapper(space, args, name):
    check_args(space, args, name, 1, 1)
    return args.arguments_w[0]


def new_method(space, w_type, args):
    """types.MethodType(function, instance): the function bound to the
    instance."""
    check_args(space, args, 'method', 2, 2)
    w_function, w_self = args.arguments_w
    if not w_function.is_callable(space):
        raise space.error(space.w_TypeError,
                          "first argument must be callable")
    if space.is_none(w_self):
        raise space.error(space.w_TypeError, "instance must not be None")
    return Method(w_function, w_self)


def new_staticmethod(space, w_type, args):
    return StaticMethod(new_wrapper(space, args, 'staticmethod'))


def new_classmethod(space, w_type, args):
    return ClassMethod(new_wrapper(space, args, 'classmethod'))


def new_property(space, w_type, args):
    from pypy.interpreter.arguments import keyword_value
    args_w = args.arguments_w + [space.w_None] * 3
    w_fget = keyword_value(args, 'fget') or args_w[0]
    w_fset = keyword_value(args, 'fset') or args_w[1]
    w_fdel = keyword_value(args, 'fdel') or args_w[2]
    w_prop = Property(w_fget, w_fset, w_fdel)
    w_doc = keyword_value(args, 'doc') or (args.arguments_w[3] if
                                           len(args.arguments_w) > 3 else
                                           None)
    if w_doc is not None and not space.is_none(w_doc):
        w_prop.w_doc = w_doc
    return w_prop


def property_setter(space, args):
    check_args(space, args, 'setter', 2, 2)
    w_prop = args.arguments_w[0]
    assert isinstance(w_prop, Property)
    return Property(w_prop.w_fget, args.arguments_w[1], w_prop.w_fdel)


def descriptor_get(space, args):
    """f.__get__(obj, type=None): the descriptor protocol called
    explicitly (enum tells members from methods by it)."""
    check_args(space, args, '__get__', 2, 3)
    w_descr = args.arguments_w[0]
    w_obj = args.arguments_w[1]
    w_type = args.arguments_w[2] if len(args.arguments_w) == 3 else None
    if space.is_none(w_obj):
        w_obj = None
    if w_type is not None and space.is_none(w_type):
        w_type = None
    if w_obj is None and w_type is None:
        raise space.error(space.w_TypeError,
                          "__get__(None, None) is invalid")
    return w_descr.get(space, w_obj, w_type)


descriptor_methods = {'__get__': descriptor_get}
property_methods = {'setter': property_setter, '__get__': descriptor_get}
