"""The _weakref module: weak references (ref), on RPython's weakrefs.

A reference's callback is kept (ref.__callback__) but not called when its
object dies: the GC gives no notice of deaths here yet. What reads dead
references still works (_weakrefset.WeakSet skips them while iterating,
weakref.WeakValueDictionary's lookups treat them as missing). proxy(),
proxy() gives the referent's attributes, items, length, truth, str and
comparisons, and calls it (ReferenceError once it is dead).
getweakrefcount() and getweakrefs() need the same notice, or a per-object
list of references, and raise NotImplementedError."""

import weakref

from rpython.rlib.objectmodel import compute_unique_id
from pypy.interpreter import opcodes as op
from pypy.interpreter.arguments import check_args
from pypy.interpreter.function import BuiltinFunction
from pypy.objspace.dictobject import W_DictObject
from pypy.objspace.root import W_Root
from pypy.objspace.typeobject import TypeDef
from pypy.objspace.usersubclass import make_user_class, special_func


class W_WeakRef(W_Root):
    _attrs_ = ['wref', 'w_callback']

    def __init__(self, w_obj, w_callback):
        assert w_obj is not None     # (rpython's weakref.ref needs to know)
        self.wref = weakref.ref(w_obj)
        self.w_callback = w_callback        # None when not given

    def getclass(self, space):
        return space.w_weakref_ref

    def dereference(self):
        return self.wref()

    def call(self, space, args):
        check_args(space, args, 'weakref', 0, 0)
        w_obj = self.dereference()
        if w_obj is None:
            return space.w_None
        return w_obj

    def hash(self, space):
        w_obj = self.dereference()
        if w_obj is None:
            raise space.error(space.w_TypeError, "weak object has gone away")
        return space.hash_w(w_obj)

    def compare(self, space, opnum, w_other):
        if not isinstance(w_other, W_WeakRef) or (
                opnum != op.CMP_EQ and opnum != op.CMP_NE):
            return None
        w_a = self.dereference()
        w_b = w_other.dereference()
        if w_a is None or w_b is None:
            same = self is w_other
        else:
            same = space.eq_w(w_a, w_b)
        return space.newbool(same == (opnum == op.CMP_EQ))

    def repr(self, space):
        w_obj = self.dereference()
        if w_obj is None:
            return space.newtext_ascii('<weakref at 0x%x; dead>' %
                                       compute_unique_id(self))
        return space.newtext_utf8("<weakref at 0x%x; to '%s' at 0x%x>" % (
            compute_unique_id(self),
            space.type(w_obj).qualified_name(space),
            compute_unique_id(w_obj)))


# an instance of a subclass of ref (weakref.KeyedRef, WeakMethod)
W_WeakRefUser = make_user_class(W_WeakRef)


class W_WeakProxy(W_Root):
    _attrs_ = ['wref', 'callable']

    def __init__(self, w_obj, callable):
        assert w_obj is not None     # (rpython's weakref.ref needs to know)
        self.wref = weakref.ref(w_obj)
        self.callable = callable

    def getclass(self, space):
        if self.callable:
            return space.w_weakref_callableproxy
        return space.w_weakref_proxy

    def referent(self, space):
        w_obj = self.wref()
        if w_obj is None:
            raise space.error(space.w_ReferenceError,
                              "weakly-referenced object no longer exists")
        return w_obj

    def proxied(self, space):
        return self.referent(space)

    def call(self, space, args):
        return space.call_args(self.referent(space), args)

    def is_callable(self, space):
        return self.callable

    def repr(self, space):
        w_obj = self.referent(space)
        return space.newtext_utf8("<weakproxy at 0x%x; to '%s' at 0x%x>" % (
            compute_unique_id(self),
            space.type(w_obj).qualified_name(space), compute_unique_id(w_obj)))

    def str(self, space):
        return space.str(self.referent(space))

    def hash(self, space):
        raise space.error(space.w_TypeError, "unhashable type: '%s'" %
                          space.type_name(self.getclass(space)))

    def is_true(self, space):
        return space.is_true(self.referent(space))

    def length(self, space):
        return space.len_w(self.referent(space))

    def getitem(self, space, w_key):
        return space.getitem(self.referent(space), w_key)

    def setitem(self, space, w_key, w_value):
        space.setitem(self.referent(space), w_key, w_value)
        return True

    def contains(self, space, w_item):
        return space.contains(self.referent(space), w_item)

    def iter(self, space):
        return space.iter(self.referent(space))

    def compare(self, space, opnum, w_other):
        if isinstance(w_other, W_WeakProxy):
            w_other = w_other.referent(space)
        return space.compare(opnum, self.referent(space), w_other)


def check_weakrefable(space, w_obj):
    """An instance of a class whose __slots__ leave out __weakref__ takes
    no weak reference."""
    from pypy.objspace.instanceobject import W_InstanceObject
    if isinstance(w_obj, W_InstanceObject) and \
            not w_obj.get_type().instances_have_weakref:
        raise space.error(space.w_TypeError,
                          "cannot create weak reference to '%s' object" %
                          space.type_name(space.type(w_obj)))


def weakref_proxy(space, args):
    check_args(space, args, 'proxy', 1, 2)
    w_obj = args.arguments_w[0]
    check_weakrefable(space, w_obj)
    return W_WeakProxy(w_obj, w_obj.is_callable(space))


def new_ref(space, w_type, args):
    check_args(space, args, 'ref', 1, 2)
    w_obj = args.arguments_w[0]
    check_weakrefable(space, w_obj)
    w_callback = None
    if len(args.arguments_w) == 2 and \
            not space.is_none(args.arguments_w[1]):
        w_callback = args.arguments_w[1]
    if w_type is space.w_weakref_ref:
        return W_WeakRef(w_obj, w_callback)
    # a subclass (weakref.KeyedRef, weakref.WeakMethod)
    return W_WeakRefUser(w_obj, w_callback).init_user(w_type)


def ref_get_callback(space, w_ref):
    assert isinstance(w_ref, W_WeakRef)
    return w_ref.w_callback or space.w_None


def proxy_get_class(space, w_proxy):
    """A proxy's __class__ is its referent's, as on CPython."""
    assert isinstance(w_proxy, W_WeakProxy)
    return space.type(w_proxy.referent(space))


def not_supported(name):
    def func(space, args):
        raise space.error(space.w_NotImplementedError,
                          "_weakref.%s is not supported yet" % name)
    func.__name__ = 'weakref_' + name
    return func


def weakref_remove_dead_weakref(space, args):
    """_remove_dead_weakref(dict, key): deletes dict[key] if it is a dead
    reference."""
    check_args(space, args, '_remove_dead_weakref', 2, 2)
    w_dict, w_key = args.arguments_w
    if not isinstance(w_dict, W_DictObject):
        raise space.error(space.w_TypeError,
                          "_remove_dead_weakref() argument 1 must be dict, "
                          "not %s" % space.type_name(space.type(w_dict)))
    w_ref = w_dict.data.get(w_key, None)
    if isinstance(w_ref, W_WeakRef) and w_ref.dereference() is None:
        del w_dict.data[w_key]
    return space.w_None


FUNCTIONS = [('_remove_dead_weakref', weakref_remove_dead_weakref),
             ('proxy', weakref_proxy),
             ('getweakrefcount', not_supported('getweakrefcount')),
             ('getweakrefs', not_supported('getweakrefs'))]


def make_module(space):
    w_mod = space.newmodule('_weakref')
    setitem = w_mod.w_dict.setitem_str
    w_ref = space.make_builtin_type('w_weakref_ref', TypeDef(
        'ReferenceType', new=new_ref,
        methods={'__hash__': special_func(W_WeakRef, 'ReferenceType',
                                          '__hash__')},   # weakref.WeakMethod
        getset={'__callback__': ref_get_callback}), [space.w_object])
    w_ref.set_module_name(space, 'weakref')
    setitem(space, 'ref', w_ref)
    setitem(space, 'ReferenceType', w_ref)
    for name, attrname in [('ProxyType', 'w_weakref_proxy'),
                           ('CallableProxyType', 'w_weakref_callableproxy')]:
        w_type = space.make_builtin_type(attrname, TypeDef(
            name, acceptable_as_base=False,
            getset={'__class__': proxy_get_class}), [space.w_object])
        w_type.set_module_name(space, 'weakref')
        setitem(space, name, w_type)
    for name, func in FUNCTIONS:
        setitem(space, name, BuiltinFunction(name, func))
    return w_mod
