"""The data attributes of built-in types (__class__, __dict__, __name__,
__doc__, __self__, real/imag, start/stop/step, ...), installed on the
type objects by install(space) as GetSetProperty descriptors."""

from pypy.interpreter.function import (GetSetProperty, Function, Method,
    BuiltinFunction, StaticMethod, ClassMethod, Property)
from pypy.interpreter.error import OperationError
from pypy.objspace.typeobject import W_TypeObject, TypeDef
from pypy.interpreter.frameattrs import as_code
from pypy.objspace.complexobject import W_ComplexObject
from pypy.objspace.sliceobject import W_SliceObject
from pypy.objspace.excobject import W_BaseException
from pypy.objspace.tupleobject import W_TupleObject
from pypy.objspace.dictobject import W_DictObject
from pypy.objspace import intbytes, bytesobject, floathex
from pypy.objspace.formatting import value___format__
from rpython.tool.sourcetools import func_with_new_name


def wrong_type(space, what, w_obj):
    return space.error(space.w_TypeError,
                       "descriptor requires a '%s' object but received "
                       "a '%s'" % (what, space.type_name(space.type(w_obj))))


# ---- object ----

def object_get_class(space, w_obj):
    return space.type(w_obj)


def object_set_class(space, w_obj, w_value):
    """obj.__class__ = cls: between Python classes whose instances are
    W_InstanceObjects (CPython's rule: the same layout); the instance keeps
    its attributes."""
    from pypy.objspace.instanceobject import W_InstanceObject, \
        makes_instance_objects
    if not isinstance(w_value, W_TypeObject):
        raise space.error(space.w_TypeError,
                          "__class__ must be set to a class, not '%s' "
                          "object" % space.type_name(space.type(w_value)))
    if not isinstance(w_obj, W_InstanceObject) or w_value.is_builtin():
        raise space.error(space.w_TypeError,
                          "__class__ assignment only supported for mutable "
                          "types or ModuleType subclasses")
    if not makes_instance_objects(w_value):
        raise space.error(space.w_TypeError,
                          "__class__ assignment: '%s' object layout differs "
                          "from '%s'" % (w_value.name,
                                         w_obj.get_type().name))
    w_obj.set_type(w_value)


class W_MappingProxy(W_DictObject):
    """A class's __dict__ (a copy of the type's dict) or
    types.MappingProxyType(mapping): read-only, of its own type, whose repr
    and copy() are mappingproxy's (pprint tells it from a dict by its
    __repr__)."""
    _attrs_ = []

    def getclass(self, space):
        return space.w_mappingproxy

    def setitem(self, space, w_key, w_value):
        return False        # "does not support item assignment"

    def delitem(self, space, w_key):
        return False

    def repr(self, space):
        return space.newtext(u'mappingproxy(' +
                             space.text_w(W_DictObject.repr(self, space)) +
                             u')')

    def str(self, space):
        return W_DictObject.repr(self, space)       # the mapping's


def as_mappingproxy(space, args, fname):
    from pypy.interpreter.arguments import check_args
    check_args(space, args, fname, 1, 1)
    w_proxy = args.arguments_w[0]
    if not isinstance(w_proxy, W_MappingProxy):
        raise wrong_type(space, 'mappingproxy', w_proxy)
    return w_proxy


def mappingproxy_of(space, w_dict):
    """A read-only view of the dict w_dict (it reads w_dict's storage)."""
    w_proxy = W_MappingProxy(space)
    w_proxy.data = w_dict.data
    return w_proxy


def new_mappingproxy(space, w_type, args):
    """MappingProxyType(mapping): a live view of a dict (the proxy reads
    the dict's own storage), a copy of another mapping's items."""
    from pypy.interpreter.arguments import check_args
    check_args(space, args, 'mappingproxy', 1, 1)
    w_mapping = args.arguments_w[0]
    if isinstance(w_mapping, W_DictObject):
        return mappingproxy_of(space, w_mapping)
    w_proxy = W_MappingProxy(space)
    if isinstance(w_mapping, W_TupleObject) or \
            space.isinstance_w(w_mapping, space.w_list) or \
            space.findattr(w_mapping, 'keys') is None:
        raise space.error(space.w_TypeError, "mappingproxy() argument must "
                          "be a mapping, not %s" %
                          space.type_name(space.type(w_mapping)))
    for w_key in space.unpackiterable(space.call_method(w_mapping, 'keys')):
        w_proxy.data[w_key] = space.getitem(w_mapping, w_key)
    return w_proxy


def mappingproxy_repr(space, args):
    return as_mappingproxy(space, args, '__repr__').repr(space)


def mappingproxy_copy(space, args):
    w_proxy = as_mappingproxy(space, args, 'copy')
    w_dict = space.newdict()
    w_dict.data.update(w_proxy.data)
    return w_dict


def object_get_dict(space, w_obj):
    if isinstance(w_obj, W_TypeObject):
        w_dict = W_MappingProxy(space)
        for key, w_value in w_obj.dict_w.items():
            w_dict.setitem_str(space, key, w_value)
        return w_dict
    w_dict = w_obj.getdict(space)
    if w_dict is None:
        raise space.attribute_error(w_obj, '__dict__')
    return w_dict


def type_get_dict(space, w_obj):
    """type.__dict__['__dict__']: a class's namespace, as a
    mappingproxy."""
    from pypy.objspace.objspace import descriptor_type
    return object_get_dict(space, descriptor_type(space, w_obj, '__dict__'))


def getset_get_name(space, w_obj):
    return space.newtext_utf8(as_getset(space, w_obj).name)


def getset_get_objclass(space, w_obj):
    w_objclass = as_getset(space, w_obj).w_objclass
    if w_objclass is None:
        raise space.attribute_error(w_obj, '__objclass__')
    return w_objclass


def object_set_dict(space, w_obj, w_value):
    from pypy.objspace.dictobject import dict_update_from
    w_dict = w_obj.getdict(space)
    if w_dict is None or isinstance(w_obj, W_TypeObject):
        raise space.attribute_error(w_obj, '__dict__')
    if not isinstance(w_value, W_DictObject):
        raise space.error(space.w_TypeError,
                          "__dict__ must be set to a dictionary")
    assert isinstance(w_dict, W_DictObject)
    w_dict.data.clear()
    w_dict.resync_cells(space)
    dict_update_from(space, w_dict, w_value)


# ---- generated accessors ----
# A getter (space, w_obj) or setter (space, w_obj, w_value) per field;
# `check` is as_function, as_slice, ... (space, w_obj) -> the checked
# object, `wrap`/`unwrap` the name of a space method or None.  The names
# are constants of the closures, so getattr/setattr on them are folded
# by the flow space.

def make_getter(check, field, wrap=None):
    def getter(space, w_obj):
        value = getattr(check(space, w_obj), field)
        if wrap is None:
            return value
        return getattr(space, wrap)(value)
    return func_with_new_name(getter, '%s_get_%s' % (check.__name__, field))


def make_setter(check, field, unwrap=None):
    def setter(space, w_obj, w_value):
        if unwrap is None:
            value = w_value
        else:
            value = getattr(space, unwrap)(w_value)
        setattr(check(space, w_obj), field, value)
    return func_with_new_name(setter, '%s_set_%s' % (check.__name__, field))


def make_checker(W_Class, what):
    def check(space, w_obj):
        if not isinstance(w_obj, W_Class):
            raise wrong_type(space, what, w_obj)
        return w_obj
    return func_with_new_name(check, 'as_' + what)


# ---- functions and methods ----

as_function = make_checker(Function, 'function')
method_self = make_checker(Method, 'method')
prop_self = make_checker(Property, 'property')
as_getset = make_checker(GetSetProperty, 'getset_descriptor')


def make_func_text_getter(field):
    """__name__/__qualname__: also of built-in functions (their name)."""
    def getter(space, w_obj):
        if isinstance(w_obj, BuiltinFunction):
            return space.newtext_utf8(w_obj.name)
        return space.newtext_utf8(getattr(as_function(space, w_obj), field))
    return func_with_new_name(getter, 'func_get_' + field)


def func_get_doc(space, w_obj):
    if isinstance(w_obj, BuiltinFunction):
        return space.w_None
    return as_function(space, w_obj).get_doc(space)


def func_get_module(space, w_obj):
    if isinstance(w_obj, BuiltinFunction):
        if w_obj.module_name is None:     # (a method of a built-in type)
            return space.w_None
        return space.newtext_utf8(w_obj.module_name)
    w_func = as_function(space, w_obj)
    if w_func.w_module is not None:
        return w_func.w_module
    w_name = w_func.w_globals.getitem_str(space, '__name__')
    return w_name or space.w_None


def func_get_defaults(space, w_obj):
    w_func = as_function(space, w_obj)
    if not w_func.defaults_w:
        return space.w_None
    return space.newtuple(w_func.defaults_w)


def func_set_defaults(space, w_obj, w_value):
    w_func = as_function(space, w_obj)
    if space.is_none(w_value):
        w_func.defaults_w = []
        return
    if not isinstance(w_value, W_TupleObject):
        raise space.error(space.w_TypeError,
                          "__defaults__ must be set to a tuple object")
    w_func.defaults_w = w_value.items_w[:]


def func_get_kwdefaults(space, w_obj):
    w_func = as_function(space, w_obj)
    if w_func.w_kwdefaults is None:
        return space.w_None
    return w_func.w_kwdefaults


def builtin_get_self(space, w_obj):
    """A built-in __new__'s type (int.__new__.__self__ is int: copyreg's
    pickling with protocols 0 and 1 looks for it); other built-in functions
    do not record theirs."""
    if not isinstance(w_obj, BuiltinFunction) or w_obj.w_self is None:
        raise space.error(space.w_AttributeError,
                          "'builtin_function_or_method' object has no "
                          "attribute '__self__'")
    return w_obj.w_self


def reduce_by_getattr(space, w_owner, w_name):
    """(getattr, (owner, name)): how pickle and copy save a function bound
    to an object, by reference."""
    w_getattr = space.builtin_modules['builtins'].w_dict.getitem_str(
        space, 'getattr')
    return space.newtuple([w_getattr, space.newtuple([w_owner, w_name])])


def builtin_function_reduce(space, args):
    """A built-in function pickles as its name, which pickle finds in its
    module (enum's members reduce to getattr itself); a type's __new__ as
    getattr(type, '__new__')."""
    from pypy.interpreter.arguments import check_args
    check_args(space, args, '__reduce__', 1, 1)
    w_func = args.arguments_w[0]
    if not isinstance(w_func, BuiltinFunction):
        raise space.error(space.w_TypeError, "descriptor '__reduce__' "
                          "requires a 'builtin_function_or_method' object")
    if w_func.w_self is None:
        return space.newtext_utf8(w_func.name)
    return reduce_by_getattr(space, w_func.w_self,
                             space.newtext_utf8(w_func.name))


def method_reduce(space, args):
    """A bound method pickles and deep-copies as getattr(its object, the
    function's name), as on CPython."""
    from pypy.interpreter.arguments import check_args
    check_args(space, args, '__reduce__', 1, 1)
    w_method = args.arguments_w[0]
    if not isinstance(w_method, Method):
        raise space.error(space.w_TypeError, "descriptor '__reduce__' "
                          "requires a 'method' object")
    return reduce_by_getattr(space, w_method.w_self, space.getattr(
        w_method.w_function, '__name__'))


def func_get_annotations(space, w_obj):
    w_func = as_function(space, w_obj)
    if w_func.w_annotations is None:
        w_func.w_annotations = space.newdict()
    return w_func.w_annotations


def func_set_annotations(space, w_obj, w_value):
    w_func = as_function(space, w_obj)
    if space.is_none(w_value):
        w_func.w_annotations = None
        return
    if not isinstance(w_value, W_DictObject):
        raise space.error(space.w_TypeError,
                          "__annotations__ must be set to a dict object")
    w_func.w_annotations = w_value


def func_set_kwdefaults(space, w_obj, w_value):
    w_func = as_function(space, w_obj)
    if space.is_none(w_value):
        w_func.w_kwdefaults = None
        return
    if not isinstance(w_value, W_DictObject):
        raise space.error(space.w_TypeError,
                          "__kwdefaults__ must be set to a dict object")
    w_func.w_kwdefaults = w_value


def func_get_closure(space, w_obj):
    w_func = as_function(space, w_obj)
    if not w_func.closure:
        return space.w_None
    return space.newtuple([w_cell for w_cell in w_func.closure])


def make_method_attr(name):
    """The attribute `name` of the method's function."""
    def getter(space, w_obj):
        return space.getattr(method_self(space, w_obj).w_function, name)
    return func_with_new_name(getter, 'method_get_' + name.strip('_'))


def wrapper_get_func(space, w_obj):
    if isinstance(w_obj, StaticMethod):
        return w_obj.w_function
    if isinstance(w_obj, ClassMethod):
        return w_obj.w_function
    raise wrong_type(space, 'staticmethod', w_obj)


def is_abstract(space, w_obj):
    w_flag = space.findattr(w_obj, '__isabstractmethod__')
    return w_flag is not None and space.is_true(w_flag)


def get_isabstractmethod(space, w_obj):
    """A wrapper is abstract when what it wraps is (abc)."""
    if isinstance(w_obj, Property):
        return space.newbool(is_abstract(space, w_obj.w_fget) or
                             is_abstract(space, w_obj.w_fset) or
                             is_abstract(space, w_obj.w_fdel))
    return space.newbool(is_abstract(space, wrapper_get_func(space, w_obj)))


def prop_get_doc(space, w_obj):
    w_prop = prop_self(space, w_obj)
    if w_prop.w_doc is not None:
        return w_prop.w_doc
    w_fget = w_prop.w_fget
    if space.is_none(w_fget):
        return space.w_None
    w_doc = space.findattr(w_fget, '__doc__')
    return w_doc or space.w_None


def prop_set_doc(space, w_obj, w_value):
    """(namedtuple documents its fields' properties this way)"""
    prop_self(space, w_obj).w_doc = w_value


# ---- numbers, slices ----

as_complex = make_checker(W_ComplexObject, 'complex')
as_slice = make_checker(W_SliceObject, 'slice')


# ---- exceptions ----

as_exc = make_checker(W_BaseException, 'BaseException')


def make_exc_link_setter(field, what, suppress):
    """__cause__/__context__: None or an exception; setting the cause
    (suppress) also sets __suppress_context__."""
    def setter(space, w_obj, w_value):
        w_exc = as_exc(space, w_obj)
        if space.is_none(w_value):
            setattr(w_exc, field, None)
        elif isinstance(w_value, W_BaseException):
            setattr(w_exc, field, w_value)
        else:
            raise space.error(space.w_TypeError,
                              "exception %s must be None or derive from "
                              "BaseException" % what)
        if suppress:
            w_exc.suppress_context = True
    return func_with_new_name(setter, 'exc_set_' + what)


def exc_get_traceback(space, w_obj):
    as_exc(space, w_obj)
    return space.w_None


def exc_set_traceback(space, w_obj, w_value):
    """e.__traceback__ = None (contextlib's __exit__ puts back the
    traceback it was given, None here: no traceback objects exist)."""
    as_exc(space, w_obj)
    if not space.is_none(w_value):
        raise space.error(space.w_TypeError,
                          "__traceback__ must be a traceback or None")


def exc_with_traceback(space, args):
    """e.with_traceback(None): no traceback objects exist here (e's
    __traceback__ reads None), so None is the only traceback to give."""
    from pypy.interpreter.arguments import check_args
    check_args(space, args, 'with_traceback', 2, 2)
    w_exc = as_exc(space, args.arguments_w[0])
    assert isinstance(w_exc, W_BaseException)
    if not space.is_none(args.arguments_w[1]):
        raise space.error(space.w_TypeError,
                          "__traceback__ must be a traceback or None")
    w_exc.traceback = None
    return w_exc


def object_getattribute(space, args):
    from pypy.interpreter.arguments import check_args
    check_args(space, args, '__getattribute__', 2, 2)
    w_obj = args.arguments_w[0]
    name = space.text_utf8(args.arguments_w[1])
    w_result = space.generic_findattr(w_obj, name, False)
    if w_result is None:
        raise space.attribute_error(w_obj, name)
    return w_result


def object_setattr(space, args):
    from pypy.interpreter.arguments import check_args
    check_args(space, args, '__setattr__', 3, 3)
    space.generic_setattr(args.arguments_w[0],
                          space.text_utf8(args.arguments_w[1]),
                          args.arguments_w[2])
    return space.w_None


def object_delattr(space, args):
    from pypy.interpreter.arguments import check_args
    check_args(space, args, '__delattr__', 2, 2)
    space.generic_delattr(args.arguments_w[0],
                          space.text_utf8(args.arguments_w[1]))
    return space.w_None


def object_subclasshook(space, args):
    """object.__subclasshook__: no opinion (abc asks it first)."""
    return space.w_NotImplemented


def object_format(space, args):
    from pypy.interpreter.arguments import check_args
    check_args(space, args, '__format__', 2, 2)
    w_obj, w_spec = args.arguments_w
    if space.text_utf8(w_spec):
        raise space.error(space.w_TypeError,
                          "unsupported format string passed to %s.__format__"
                          % space.type_name(space.type(w_obj)))
    return space.str(w_obj)


def object_reduce_ex(space, args):
    """copy's and pickle's default reduction, as CPython's: the class's own
    __reduce__ if it has one (object has none here); for protocol 2 and up
    copyreg.__newobj__(cls, *args) (copyreg.__newobj_ex__(cls, args,
    kwargs) when __getnewargs_ex__ gives keywords) with the instance's
    state and, for lists and dicts, their items; below 2,
    copyreg._reduce_ex."""
    from pypy.interpreter.arguments import check_args
    check_args(space, args, '__reduce_ex__', 2, 2)
    w_obj, w_proto = args.arguments_w
    w_type = space.type(w_obj)
    w_reduce = space.lookup(w_obj, '__reduce__')
    if w_reduce is not None:
        return space.call_function(w_reduce.get(space, w_obj, w_type))
    w_copyreg = space.import_name('copyreg', space.w_None, 0, None)
    if space.int_w(w_proto) < 2:
        return space.call_function(space.getattr(w_copyreg, '_reduce_ex'),
                                   w_obj, w_proto)
    w_newobj = space.getattr(w_copyreg, '__newobj__')
    w_getnewargs_ex = space.lookup(w_obj, '__getnewargs_ex__')
    if w_getnewargs_ex is None:
        w_newargs = space.newtuple([w_type] + new_arguments(space, w_obj))
    else:
        w_args, w_kwargs = new_arguments_ex(space, space.call_function(
            w_getnewargs_ex.get(space, w_obj, w_type)))
        if space.len_w(w_kwargs) == 0:
            w_newargs = space.newtuple([w_type] + w_args.items_w)
        else:
            w_newobj = space.getattr(w_copyreg, '__newobj_ex__')
            w_newargs = space.newtuple([w_type, w_args, w_kwargs])
    w_listitems = space.w_None
    if space.isinstance_w(w_obj, space.w_list):
        w_listitems = space.iter(w_obj)
    w_dictitems = space.w_None
    if space.isinstance_w(w_obj, space.w_dict):
        w_dictitems = space.iter(space.call_method(w_obj, 'items'))
    return space.newtuple([w_newobj, w_newargs,
                           object_state(space, w_obj, w_copyreg),
                           w_listitems, w_dictitems])


def new_arguments(space, w_obj):
    """The items of w_obj.__getnewargs__() (none without it)."""
    w_getnewargs = space.lookup(w_obj, '__getnewargs__')
    if w_getnewargs is None:
        return []
    w_args = space.call_function(w_getnewargs.get(space, w_obj,
                                                  space.type(w_obj)))
    if not isinstance(w_args, W_TupleObject):
        raise space.error(space.w_TypeError,
                          "__getnewargs__ should return a tuple, not '%s'"
                          % space.type_name(space.type(w_args)))
    return w_args.items_w[:]


def new_arguments_ex(space, w_result):
    """(args, kwargs) of a __getnewargs_ex__ result, checked as
    CPython checks it."""
    if not isinstance(w_result, W_TupleObject):
        raise space.error(space.w_TypeError,
                          "__getnewargs_ex__ should return a tuple, not '%s'"
                          % space.type_name(space.type(w_result)))
    if len(w_result.items_w) != 2:
        raise space.error(space.w_ValueError,
                          "__getnewargs_ex__ should return a tuple of "
                          "length 2, not %d" % len(w_result.items_w))
    w_args, w_kwargs = w_result.items_w[0], w_result.items_w[1]
    if not isinstance(w_args, W_TupleObject):
        raise space.error(space.w_TypeError,
                          "first item of the tuple returned by "
                          "__getnewargs_ex__ must be a tuple, not '%s'"
                          % space.type_name(space.type(w_args)))
    if not isinstance(w_kwargs, W_DictObject):
        raise space.error(space.w_TypeError,
                          "second item of the tuple returned by "
                          "__getnewargs_ex__ must be a dict, not '%s'"
                          % space.type_name(space.type(w_kwargs)))
    return w_args, w_kwargs


def callable_call(space, args):
    """__call__ of functions, built-in functions and methods: calls them
    (collections.abc.Callable looks for it in the type)."""
    from pypy.interpreter.arguments import Arguments
    if not args.arguments_w:
        raise space.error(space.w_TypeError,
                          "descriptor '__call__' needs an argument")
    return space.call_args(args.arguments_w[0], Arguments(
        args.arguments_w[1:], args.keyword_names, args.keyword_values_w))


def value_getnewargs(space, args):
    """int/float/complex/str/bytes/tuple.__getnewargs__: the plain value
    of the instance as the arguments of its type (what copy and pickle of
    a subclass instance pass to its __new__)."""
    from pypy.interpreter.arguments import check_args
    from pypy.objspace.intobject import W_IntObject, W_LongObject
    from pypy.objspace.floatobject import W_FloatObject
    from pypy.objspace.strobject import W_StrObject
    from pypy.objspace.bytesobject import W_BytesObject
    check_args(space, args, '__getnewargs__', 1, 1)
    w_obj = args.arguments_w[0]
    if isinstance(w_obj, W_IntObject):
        args_w = [space.newint(w_obj.intval)]
    elif isinstance(w_obj, W_LongObject):
        args_w = [space.newbigint(w_obj.num)]
    elif isinstance(w_obj, W_FloatObject):
        args_w = [space.newfloat(w_obj.floatval)]
    elif isinstance(w_obj, W_ComplexObject):
        args_w = [space.newfloat(w_obj.real), space.newfloat(w_obj.imag)]
    elif isinstance(w_obj, W_StrObject):
        args_w = [space.newtext(w_obj.value)]
    elif isinstance(w_obj, W_BytesObject):
        args_w = [space.newbytes(w_obj.value)]
    elif isinstance(w_obj, W_TupleObject):
        args_w = [space.newtuple(w_obj.items_w[:])]
    else:
        raise wrong_type(space, space.type_name(space.type(w_obj)), w_obj)
    return space.newtuple(args_w)


def object_state(space, w_obj, w_copyreg):
    """obj.__getstate__() if the class defines it, else the instance dict
    (None when empty), paired with a dict of the __slots__ values when the
    class has slots."""
    w_getstate = space.lookup(w_obj, '__getstate__')
    if w_getstate is not None:
        return space.call_function(w_getstate.get(space, w_obj,
                                                  space.type(w_obj)))
    return default_state(space, w_obj, w_copyreg)


def object_getstate(space, args):
    """object.__getstate__() (new in 3.11): the default state that pickle
    and copy save; copyreg._reduce_ex compares a class's __getstate__ with
    it."""
    from pypy.interpreter.arguments import check_args
    check_args(space, args, '__getstate__', 1, 1)
    w_copyreg = space.import_name('copyreg', space.w_None, 0, None)
    return default_state(space, args.arguments_w[0], w_copyreg)


def default_state(space, w_obj, w_copyreg):
    """CPython's object___getstate__: the instance dict (None when empty),
    paired with a dict of the __slots__ values when the class has slots
    (an instance whose class slots '__dict__' may keep those in its dict
    too: they are left out of it)."""
    w_state = attr_or_none(space, w_obj, '__dict__')
    w_slotnames = space.call_function(
        space.getattr(w_copyreg, '_slotnames'), space.type(w_obj))
    slotnames_w = space.unpackiterable(w_slotnames)
    w_slots = space.newdict()
    for w_name in slotnames_w:
        w_value = attr_or_none(space, w_obj, space.text_utf8(w_name))
        if w_value is not None:
            space.setitem(w_slots, w_name, w_value)
    if w_state is not None and slotnames_w and \
            isinstance(w_state, W_DictObject):
        w_own = space.newdict()
        for w_key, w_value in w_state.data.items():
            if not space.is_true(space.contains(w_slotnames, w_key)):
                space.setitem(w_own, w_key, w_value)
        w_state = w_own
    if w_state is None or space.len_w(w_state) == 0:
        w_state = space.w_None
    if space.len_w(w_slots) == 0:
        return w_state
    return space.newtuple([w_state, w_slots])


def attr_or_none(space, w_obj, name):
    """w_obj.name, or None if it raises AttributeError: also one that a
    descriptor raises (an unset slot's member descriptor, the __dict__ of
    an instance without one, getattr(None, '__dict__', default)), which
    findattr lets through."""
    try:
        return space.findattr(w_obj, name)
    except OperationError as e:
        if not e.match(space, space.w_AttributeError):
            raise
        return None


def object_new(space, args):
    from pypy.interpreter.arguments import Arguments
    if not args.arguments_w:
        raise space.error(space.w_TypeError,
                          "object.__new__(): not enough arguments")
    w_type = args.arguments_w[0]
    if not isinstance(w_type, W_TypeObject):
        raise space.error(space.w_TypeError,
                          "object.__new__(X): X is not a type object")
    from pypy.objspace.instanceobject import new_instance
    new = w_type.builtin_new()
    if new is None:
        raise space.error(space.w_TypeError,
                          "cannot create '%s' instances" %
                          space.type_name(w_type))
    args = Arguments(args.arguments_w[1:], args.keyword_names,
                     args.keyword_values_w)
    if w_type.is_builtin():
        return new(space, w_type, args)
    return new_instance(space, w_type, new, args)


def int_bit_length(space, args):
    from pypy.interpreter.arguments import check_args
    from pypy.objspace.intobject import W_AbstractIntObject
    check_args(space, args, 'bit_length', 1, 1)
    w_int = args.arguments_w[0]
    if not isinstance(w_int, W_AbstractIntObject):
        raise wrong_type(space, 'int', w_int)
    return space.newint(w_int.asbigint().abs().bit_length())


def int_bit_count(space, args):
    """The number of ones in the binary form of abs(self) (enum's flags
    count their bits)."""
    from pypy.interpreter.arguments import check_args
    from pypy.objspace.intobject import W_AbstractIntObject
    check_args(space, args, 'bit_count', 1, 1)
    w_int = args.arguments_w[0]
    if not isinstance(w_int, W_AbstractIntObject):
        raise wrong_type(space, 'int', w_int)
    return space.newint(w_int.asbigint().abs().format('01').count('1'))


def int_conjugate(space, args):
    from pypy.interpreter.arguments import check_args
    check_args(space, args, 'conjugate', 1, 1)
    return args.arguments_w[0]


def complex_conjugate(space, args):
    from pypy.interpreter.arguments import check_args
    from pypy.objspace.complexobject import W_ComplexObject
    check_args(space, args, 'conjugate', 1, 1)
    w_c = args.arguments_w[0]
    if not isinstance(w_c, W_ComplexObject):
        raise space.error(space.w_TypeError, "descriptor 'conjugate' for "
                          "'complex' objects doesn't apply to a '%s' object"
                          % space.type_name(space.type(w_c)))
    return W_ComplexObject(w_c.real, -w_c.imag)


def float_is_integer(space, args):
    import math
    from pypy.interpreter.arguments import check_args
    check_args(space, args, 'is_integer', 1, 1)
    x = space.float_w(args.arguments_w[0])
    if math.isinf(x) or math.isnan(x):
        return space.w_False
    return space.newbool(math.floor(x) == x)


def float_getformat(space, args):
    """float.__getformat__(typestr) (a class method): how C doubles and
    floats are stored, 'IEEE, little-endian' on x86-64 (test.support checks
    it to tell IEEE 754 machines)."""
    from pypy.interpreter.arguments import check_args
    check_args(space, args, '__getformat__', 2, 2)
    typestr = space.text_utf8(args.arguments_w[1])
    if typestr != 'double' and typestr != 'float':
        raise space.error(space.w_ValueError,
                          "__getformat__() argument 1 must be 'double' or "
                          "'float'")
    return space.newtext(u'IEEE, little-endian')


def float_as_integer_ratio(space, args):
    """CPython's algorithm: the mantissa doubled until it is whole, so the
    ratio is in lowest terms."""
    import math
    from rpython.rlib.rbigint import rbigint
    from pypy.interpreter.arguments import check_args
    check_args(space, args, 'as_integer_ratio', 1, 1)
    x = space.float_w(args.arguments_w[0])
    if math.isinf(x):
        raise space.error(space.w_OverflowError,
                          "cannot convert Infinity to integer ratio")
    if math.isnan(x):
        raise space.error(space.w_ValueError,
                          "cannot convert NaN to integer ratio")
    mantissa, exponent = math.frexp(x)
    i = 0
    while i < 300 and mantissa != math.floor(mantissa):
        mantissa *= 2.0
        exponent -= 1
        i += 1
    numerator = rbigint.fromfloat(mantissa)
    denominator = rbigint.fromint(1)
    if exponent > 0:
        numerator = numerator.lshift(exponent)
    else:
        denominator = denominator.lshift(-exponent)
    return space.newtuple([space.newbigint(numerator),
                           space.newbigint(denominator)])


def int_as_integer_ratio(space, args):
    from pypy.interpreter.arguments import check_args
    check_args(space, args, 'as_integer_ratio', 1, 1)
    return space.newtuple([number_get_real(space, args.arguments_w[0]),
                           space.newint(1)])


def number_get_real(space, w_obj):
    from pypy.objspace.boolobject import W_BoolObject
    if isinstance(w_obj, W_BoolObject):
        return space.newint(w_obj.intval)
    return w_obj


def number_get_imag(space, w_obj):
    from pypy.objspace.floatobject import W_FloatObject
    if isinstance(w_obj, W_FloatObject):
        return space.newfloat(0.0)
    return space.newint(0)


def int_get_denominator(space, w_obj):
    return space.newint(1)


def dict_fromkeys(space, args):
    from pypy.interpreter.arguments import check_args
    check_args(space, args, 'fromkeys', 2, 3)
    w_cls = args.arguments_w[0]
    w_value = space.w_None
    if len(args.arguments_w) == 3:
        w_value = args.arguments_w[2]
    w_dict = space.call_function(w_cls)
    for w_key in space.unpackiterable(args.arguments_w[1]):
        space.setitem(w_dict, w_key, w_value)
    return w_dict


def dict_popitem(space, args):
    from pypy.interpreter.arguments import check_args
    check_args(space, args, 'popitem', 1, 1)
    w_dict = args.arguments_w[0]
    if not isinstance(w_dict, W_DictObject):
        raise wrong_type(space, 'dict', w_dict)
    if not w_dict.data:
        raise space.error(space.w_KeyError,
                          "popitem(): dictionary is empty")
    w_key, w_value = w_dict.data.popitem()
    w_dict.key_changed(space, w_key, None)
    return space.newtuple([w_key, w_value])


# function attributes shared with built-in functions, set as fields of
# Function: (name, field, unwrap)
FUNC_FIELDS = [('__name__', 'name', 'text_utf8'),
               ('__qualname__', 'qualname', 'text_utf8'),
               ('__doc__', 'w_doc', None),
               ('__module__', 'w_module', None)]
FUNC_GETTERS = {'__name__': make_func_text_getter('name'),
                '__qualname__': make_func_text_getter('qualname'),
                '__doc__': func_get_doc,
                '__module__': func_get_module}

# read-only attributes that are fields: (space type attribute, checker,
# [(name, field, wrap)]); CPython declares them as members
# (types.MemberDescriptorType, as __slots__' descriptors), but __code__
FIELD_GETTERS = [
    ('w_code', as_code, [('co_filename', 'co_filename', 'newtext_utf8'),
                         ('co_name', 'co_name', 'newtext_utf8'),
                         ('co_qualname', 'co_qualname', 'newtext_utf8'),
                         ('co_firstlineno', 'co_firstlineno', 'newint'),
                         ('co_flags', 'co_flags', 'newint'),
                         ('co_argcount', 'co_argcount', 'newint'),
                         ('co_posonlyargcount', 'co_posonlyargcount',
                          'newint'),
                         ('co_kwonlyargcount', 'co_kwonlyargcount',
                          'newint'),
                         ('co_nlocals', 'co_nlocals', 'newint')]),
    ('w_function', as_function, [('__code__', 'code', None),
                                 ('__globals__', 'w_globals', None)]),
    ('w_method', method_self, [('__self__', 'w_self', None),
                               ('__func__', 'w_function', None)]),
    ('w_property', prop_self, [('fget', 'w_fget', None),
                               ('fset', 'w_fset', None),
                               ('fdel', 'w_fdel', None)]),
    ('w_complex', as_complex, [('real', 'real', 'newfloat'),
                               ('imag', 'imag', 'newfloat')]),
    ('w_slice', as_slice, [('start', 'w_start', None),
                           ('stop', 'w_stop', None),
                           ('step', 'w_step', None)]),
]


def install(space):
    from pypy.objspace.excobject import exc_get_args
    def put(w_type, name, getter, setter=None):
        w_descr = GetSetProperty(getter, setter)
        w_descr.name = name
        w_descr.w_objclass = w_type
        w_type.dict_w[name] = w_descr
        return w_descr
    put(space.w_object, '__class__', object_get_class, object_set_class)
    for name, func in [('__getattribute__', object_getattribute),
                       ('__setattr__', object_setattr),
                       ('__delattr__', object_delattr)]:
        space.w_object.dict_w[name] = BuiltinFunction(name, func)
    space.w_object.dict_w['__new__'] = StaticMethod(
        BuiltinFunction('__new__', object_new, space.w_object))
    # '__new__' in int.__dict__, as in CPython (enum looks for the data
    # type of a mix-in that way, and tells int.__new__ from object.__new__
    # by identity); object_new makes what the type's own constructor makes
    for w_type in space.builtin_types_w:
        if w_type.typedef.new is not None and w_type is not space.w_object:
            w_type.dict_w['__new__'] = StaticMethod(
                BuiltinFunction('__new__', object_new, w_type))
    put(space.w_builtin_function, '__self__', builtin_get_self)
    space.w_builtin_function.dict_w['__reduce__'] = BuiltinFunction(
        '__reduce__', builtin_function_reduce)
    space.w_method.dict_w['__reduce__'] = BuiltinFunction(
        '__reduce__', method_reduce)
    space.w_object.dict_w['__subclasshook__'] = ClassMethod(
        BuiltinFunction('__subclasshook__', object_subclasshook))
    space.w_object.dict_w['__doc__'] = space.w_None    # None.__doc__...
    for name, func in [('__format__', object_format),
                       ('__getstate__', object_getstate),
                       ('__reduce_ex__', object_reduce_ex)]:
        space.w_object.dict_w[name] = BuiltinFunction(name, func)
    put(space.w_object, '__dict__', object_get_dict, object_set_dict)
    put(space.w_type, '__dict__', type_get_dict)
    put(space.w_getset_descriptor, '__name__', getset_get_name)
    put(space.w_getset_descriptor, '__objclass__', getset_get_objclass)
    for name, field, unwrap in FUNC_FIELDS:
        setter = make_setter(as_function, field, unwrap)
        for w_type in [space.w_function, space.w_builtin_function]:
            put(w_type, name, FUNC_GETTERS[name], setter)
    put(space.w_function, '__defaults__', func_get_defaults,
        func_set_defaults)
    put(space.w_function, '__kwdefaults__', func_get_kwdefaults,
        func_set_kwdefaults)
    put(space.w_function, '__closure__', func_get_closure)
    put(space.w_function, '__annotations__', func_get_annotations,
        func_set_annotations)
    for w_type, check, fields in FIELD_GETTERS:
        for name, field, wrap in fields:
            w_descr = put(getattr(space, w_type), name,
                          make_getter(check, field, wrap))
            w_descr.is_member = name != '__code__'
    put(space.w_method, '__name__', make_method_attr('__name__'))
    put(space.w_method, '__doc__', make_method_attr('__doc__'))
    put(space.w_staticmethod, '__func__', wrapper_get_func)
    put(space.w_classmethod, '__func__', wrapper_get_func)
    put(space.w_property, '__doc__', prop_get_doc, prop_set_doc)
    for w_type in [space.w_staticmethod, space.w_classmethod,
                   space.w_property]:
        put(w_type, '__isabstractmethod__', get_isabstractmethod)
    space.w_int.dict_w['bit_length'] = BuiltinFunction('bit_length',
                                                       int_bit_length)
    space.w_int.dict_w['conjugate'] = BuiltinFunction('conjugate',
                                                      int_conjugate)
    space.w_int.dict_w['bit_count'] = BuiltinFunction('bit_count',
                                                      int_bit_count)
    space.w_float.dict_w['is_integer'] = BuiltinFunction('is_integer',
                                                         float_is_integer)
    space.w_float.dict_w['conjugate'] = BuiltinFunction('conjugate',
                                                        int_conjugate)
    space.w_complex.dict_w['conjugate'] = BuiltinFunction('conjugate',
                                                          complex_conjugate)
    space.w_float.dict_w['as_integer_ratio'] = BuiltinFunction(
        'as_integer_ratio', float_as_integer_ratio)
    space.w_float.dict_w['__getformat__'] = ClassMethod(
        BuiltinFunction('__getformat__', float_getformat))
    space.w_int.dict_w['as_integer_ratio'] = BuiltinFunction(
        'as_integer_ratio', int_as_integer_ratio)
    for w_type in [space.w_int, space.w_float]:
        w_type.dict_w['__format__'] = BuiltinFunction('__format__',
                                                      value___format__)
        put(w_type, 'real', number_get_real)
        put(w_type, 'imag', number_get_imag)
    put(space.w_int, 'numerator', number_get_real)
    put(space.w_int, 'denominator', int_get_denominator)
    space.w_int.dict_w['to_bytes'] = BuiltinFunction('to_bytes',
                                                     intbytes.int_to_bytes)
    space.w_int.dict_w['from_bytes'] = ClassMethod(
        BuiltinFunction('from_bytes', intbytes.int_from_bytes))
    for w_type in [space.w_bytes, space.w_bytearray]:
        w_type.dict_w['fromhex'] = ClassMethod(
            BuiltinFunction('fromhex', bytesobject.bytes_fromhex))
    space.w_float.dict_w['hex'] = BuiltinFunction('hex', floathex.float_hex)
    space.w_float.dict_w['fromhex'] = ClassMethod(
        BuiltinFunction('fromhex', floathex.float_fromhex))
    space.w_dict.dict_w['fromkeys'] = ClassMethod(
        BuiltinFunction('fromkeys', dict_fromkeys))
    space.w_dict.dict_w['popitem'] = BuiltinFunction('popitem', dict_popitem)
    for w_type in [space.w_function, space.w_builtin_function,
                   space.w_method]:
        w_type.dict_w['__call__'] = BuiltinFunction('__call__', callable_call)
    for w_type in [space.w_int, space.w_float, space.w_complex, space.w_str,
                   space.w_bytes, space.w_tuple]:
        w_type.dict_w['__getnewargs__'] = BuiltinFunction('__getnewargs__',
                                                          value_getnewargs)
    w_exc = space.w_BaseException
    put(w_exc, '__suppress_context__',
        make_getter(as_exc, 'suppress_context', 'newbool'),
        make_setter(as_exc, 'suppress_context', 'is_true'))
    put(w_exc, '__traceback__', exc_get_traceback, exc_set_traceback)
    space.make_builtin_type('w_mappingproxy', TypeDef(
        'mappingproxy', new=new_mappingproxy,
        methods={'__repr__': mappingproxy_repr, 'copy': mappingproxy_copy},
        acceptable_as_base=False), [space.w_dict])
    w_exc.dict_w['with_traceback'] = BuiltinFunction('with_traceback',
                                                     exc_with_traceback)
    from pypy.objspace.excobject import exc_get_cause, exc_get_context
    put(w_exc, '__cause__', exc_get_cause,
        make_exc_link_setter('w_cause', 'cause', True))
    put(w_exc, '__context__', exc_get_context,
        make_exc_link_setter('w_context', 'context', False))
    put(w_exc, 'args', exc_get_args,
        make_setter(as_exc, 'args_w', 'unpackiterable'))
