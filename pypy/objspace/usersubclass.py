"""Instances of Python classes that subclass a built-in type (class L(list),
class D(dict), class I(int), class S(str), ...).

Each such built-in W_ class gets one interp-level subclass (made by
make_user_class) that adds the class and an instance __dict__, and whose
operations call the special method of the Python class when the class
overrides it (a Python function rather than the built-in type's
BuiltinFunction), and the built-in operation otherwise.  The built-in
types get special-method entries (list.__getitem__, dict.__setitem__, ...)
that run the built-in operation, for super() calls and explicit use."""

from pypy.interpreter import opcodes as op
from pypy.interpreter.arguments import Arguments, check_args
from pypy.interpreter.error import OperationError
from pypy.interpreter.function import BuiltinFunction, StaticMethod, \
    ClassMethod, Property
from pypy.objspace.instanceobject import (BINOP_SPECIAL, RBINOP_SPECIAL,
    IBINOP_SPECIAL, CMP_NAMES, UNARY_NAMES, check_iterator)
from pypy.objspace.intobject import W_IntObject, W_LongObject, \
    hash_method_result
from pypy.objspace.floatobject import W_FloatObject
from pypy.objspace.strobject import W_StrObject
from pypy.objspace.bytesobject import W_BytesObject
from pypy.objspace.tupleobject import W_TupleObject
from pypy.objspace.listobject import W_ListObject
from pypy.objspace.dictobject import W_DictObject
from pypy.objspace.setobject import W_SetObject
from rpython.tool.sourcetools import func_with_new_name


def forward_opnum(W_Base, meth, specials):
    """The W_User method `meth`(space, opnum, w_other): the Python method
    specials[opnum] of the class when it overrides the built-in one, else
    the method of W_Base."""
    base_meth = getattr(W_Base, meth)

    def method(self, space, opnum, w_other):
        w_descr = self.override(specials[opnum])
        if w_descr is not None:
            return self.call_override(space, w_descr, [w_other])
        return base_meth(self, space, opnum, w_other)
    return func_with_new_name(method, meth)


def forward_simple(W_Base, meth, special):
    """The W_User method `meth`(space) returning the result of the Python
    method `special` when overridden, else of the method of W_Base."""
    base_meth = getattr(W_Base, meth)

    def method(self, space):
        w_descr = self.override(special)
        if w_descr is not None:
            return self.call_override(space, w_descr, [])
        return base_meth(self, space)
    return func_with_new_name(method, meth)


def make_user_class(W_Base):
    class W_User(W_Base):
        _attrs_ = ['w_type', 'w_dict']

        def init_user(self, w_type):
            self.w_type = w_type
            self.w_dict = None
            return self

        def getclass(self, space):
            return self.w_type

        def getdict(self, space):
            if self.w_dict is None:
                self.w_dict = space.newdict()
            return self.w_dict

        def override(self, name):
            """The Python method `name` of the class when it overrides the
            built-in one, else None.  A built-in function of another name
            overrides too (enum's ReprEnum sets __str__ = int.__repr__)."""
            w_descr = self.w_type.lookup(name)
            if w_descr is None or (isinstance(w_descr, BuiltinFunction) and
                                   w_descr.name == name):
                return None
            return w_descr

        def call_override(self, space, w_descr, args_w):
            w_meth = w_descr.get(space, self, self.w_type)
            w_result = space.call_args(w_meth, Arguments(args_w))
            if w_result is space.w_NotImplemented:
                return None
            return w_result

        binop = forward_opnum(W_Base, 'binop', BINOP_SPECIAL)
        rbinop = forward_opnum(W_Base, 'rbinop', RBINOP_SPECIAL)
        inplace_binop = forward_opnum(W_Base, 'inplace_binop',
                                      IBINOP_SPECIAL)
        compare = forward_opnum(W_Base, 'compare', CMP_NAMES)
        repr = forward_simple(W_Base, 'repr', '__repr__')

        def iter(self, space):
            w_descr = self.override('__iter__')
            if w_descr is not None:
                return check_iterator(space, self.call_override(
                    space, w_descr, []))
            return W_Base.iter(self, space)

        def is_iterator(self):
            return (self.override('__next__') is not None or
                    W_Base.is_iterator(self))

        def next(self, space):
            w_descr = self.override('__next__')
            if w_descr is None:
                return W_Base.next(self, space)
            try:
                return self.call_override(space, w_descr, [])
            except OperationError as e:
                if not e.match(space, space.w_StopIteration):
                    raise
                return None

        def unaryop(self, space, opnum):
            w_descr = self.override(UNARY_NAMES[opnum])
            if w_descr is not None:
                return self.call_override(space, w_descr, [])
            return W_Base.unaryop(self, space, opnum)

        def is_true(self, space):
            w_descr = self.override('__bool__')
            if w_descr is not None:
                return space.is_true(self.call_override(space, w_descr, []))
            w_descr = self.override('__len__')
            if w_descr is not None:
                return self.length(space) != 0
            return W_Base.is_true(self, space)

        def hash(self, space):
            w_descr = self.override('__hash__')
            if w_descr is not None and not space.is_none(w_descr):
                return hash_method_result(
                    space, self.call_override(space, w_descr, []))
            # (`__hash__ = None`: what a class defining __eq__ gets)
            if w_descr is not None:
                raise space.error(space.w_TypeError,
                                  "unhashable type: '%s'" % self.w_type.name)
            return W_Base.hash(self, space)

        def str(self, space):
            w_descr = self.override('__str__')
            if w_descr is not None:
                return self.call_override(space, w_descr, [])
            # object.__str__ gives the repr, which the class may override
            if self.w_type.lookup('__str__') is \
                    space.w_object.dict_w['__str__'] and \
                    self.override('__repr__') is not None:
                return space.repr(self)
            return W_Base.str(self, space)

        def length(self, space):
            w_descr = self.override('__len__')
            if w_descr is not None:
                return space.getindex_w(self.call_override(space, w_descr,
                                                           []))
            return W_Base.length(self, space)

        def getitem(self, space, w_key):
            w_descr = self.override('__getitem__')
            if w_descr is not None:
                return self.call_override(space, w_descr, [w_key])
            return self.base_getitem(space, w_key)

        def base_getitem(self, space, w_key):
            return W_Base.getitem(self, space, w_key)

        def setitem(self, space, w_key, w_value):
            w_descr = self.override('__setitem__')
            if w_descr is not None:
                self.call_override(space, w_descr, [w_key, w_value])
                return True
            return W_Base.setitem(self, space, w_key, w_value)

        def delitem(self, space, w_key):
            w_descr = self.override('__delitem__')
            if w_descr is not None:
                self.call_override(space, w_descr, [w_key])
                return True
            return W_Base.delitem(self, space, w_key)

        def contains(self, space, w_item):
            w_descr = self.override('__contains__')
            if w_descr is not None:
                return space.newbool(space.is_true(
                    self.call_override(space, w_descr, [w_item])))
            return W_Base.contains(self, space, w_item)

        def call(self, space, args):
            w_descr = self.override('__call__')
            if w_descr is None:
                # a callable built-in (weakref.ref, functools.partial) is
                # called as itself; the others give None: not callable
                return W_Base.call(self, space, args)
            return space.call_args(w_descr.get(space, self, self.w_type),
                                   args)

        def is_callable(self, space):
            # W_Base.defines_call: a subclass of weakref.ref calls its ref
            return W_Base.defines_call or \
                self.override('__call__') is not None

    W_User.__name__ = W_Base.__name__ + 'User'
    return W_User


W_IntObjectUser = make_user_class(W_IntObject)
W_LongObjectUser = make_user_class(W_LongObject)
W_FloatObjectUser = make_user_class(W_FloatObject)
W_StrObjectUser = make_user_class(W_StrObject)
W_BytesObjectUser = make_user_class(W_BytesObject)
W_TupleObjectUser = make_user_class(W_TupleObject)
W_ListObjectUser = make_user_class(W_ListObject)
W_SetObjectUser = make_user_class(W_SetObject)
StaticMethodUser = make_user_class(StaticMethod)
ClassMethodUser = make_user_class(ClassMethod)
PropertyUser = make_user_class(Property)
_W_DictObjectUser = make_user_class(W_DictObject)


class W_DictObjectUser(_W_DictObjectUser):
    _attrs_ = []

    def setitem_str(self, space, name, w_value):
        # a class body's namespace from a metaclass's __prepare__ (enum's
        # _EnumDict) sees every name the body stores
        w_descr = self.override('__setitem__')
        if w_descr is not None:
            self.call_override(space, w_descr,
                               [space.newtext_utf8(name), w_value])
            return
        _W_DictObjectUser.setitem_str(self, space, name, w_value)

    def base_getitem(self, space, w_key):
        return dict_item_or_missing(space, self, self.w_type, w_key)


def dict_item_or_missing(space, w_dict, w_type, w_key):
    """w_dict[w_key] for an instance of the dict subclass w_type: the item,
    else what the class's __missing__ gives."""
    w_value = w_dict.data.get(w_key, None)
    if w_value is not None:
        return w_value
    w_missing = w_type.lookup('__missing__')
    if w_missing is not None:
        return space.call_function(w_missing.get(space, w_dict, w_type),
                                   w_key)
    raise space.key_error(w_key)


def user_instance(space, w_type, w_base):
    """An instance of the Python class w_type holding the value of the
    built-in object w_base (what the built-in type's __new__ made)."""
    if w_base.getclass(space) is w_type:
        return w_base       # that __new__ made the subclass's instance
    if isinstance(w_base, W_IntObject):
        return W_IntObjectUser(w_base.intval).init_user(w_type)
    if isinstance(w_base, W_LongObject):
        return W_LongObjectUser(w_base.num).init_user(w_type)
    if isinstance(w_base, W_FloatObject):
        return W_FloatObjectUser(w_base.floatval).init_user(w_type)
    if isinstance(w_base, W_StrObject):
        return W_StrObjectUser(w_base.value).init_user(w_type)
    if isinstance(w_base, W_BytesObject):
        return W_BytesObjectUser(w_base.value).init_user(w_type)
    if isinstance(w_base, W_TupleObject):
        return W_TupleObjectUser(w_base.items_w[:]).init_user(w_type)
    if isinstance(w_base, W_ListObject):
        return W_ListObjectUser(w_base.items_w[:]).init_user(w_type)
    if isinstance(w_base, W_DictObject):
        w_dict = W_DictObjectUser(space)
        w_dict.data.update(w_base.data)
        return w_dict.init_user(w_type)
    if isinstance(w_base, W_SetObject):
        w_set = W_SetObjectUser(space, w_base.frozen)
        w_set.copy_from(space, w_base)
        return w_set.init_user(w_type)
    # descriptors (abc's abstractclassmethod, enum's property)
    if isinstance(w_base, StaticMethod):
        return StaticMethodUser(w_base.w_function).init_user(w_type)
    if isinstance(w_base, ClassMethod):
        return ClassMethodUser(w_base.w_function).init_user(w_type)
    if isinstance(w_base, Property):
        return PropertyUser(w_base.w_fget, w_base.w_fset,
                            w_base.w_fdel).init_user(w_type)
    raise space.error(space.w_TypeError,
                      "subclassing '%s' is not supported" %
                      space.type_name(space.type(w_base)))


MUTABLE_LAYOUTS = ['list', 'dict', 'set', 'defaultdict']
SUBCLASSABLE = ['int', 'float', 'str', 'bytes', 'tuple', 'list', 'dict', 'set',
                'frozenset', 'staticmethod', 'classmethod', 'property',
                'defaultdict',
                'ReferenceType',       # _weakref.ref
                'StringIO', 'BytesIO', 'partial', 'array',
                'TextIOWrapper', 'BufferedReader', 'module',
                'socket',          # _socket.socket (socket.socket)
                'ndarray']         # numpy.ndarray


def new_user_instance(space, w_type, args):
    """type.__call__ / object.__new__ for a Python class whose instances have
    a built-in layout: mutable containers start empty (their __init__
    fills them), immutable values are made by the built-in __new__."""
    typedef = w_type.typedef
    if typedef.name in MUTABLE_LAYOUTS:
        args = Arguments([])
    return user_instance(space, w_type, typedef.new(space, w_type, args))


# ____________________________________________________________
# special methods of the built-in types

# the specials taking no argument: name -> (method of W_Base, space method
# wrapping its result or None)
SIMPLE_SPECIALS = {'__len__': ('length', 'newint'),
                   '__iter__': ('iter', None),
                   '__repr__': ('repr', None),
                   '__str__': ('str', None),
                   '__hash__': ('hash', 'newint'),
                   '__bool__': ('is_true', 'newbool')}


def builtin_special(W_Base, typename, name):
    """A BuiltinFunction `name` for type `typename` that runs the
    built-in operation of W_Base (never a Python override)."""
    if W_Base is W_IntObject:
        return BuiltinFunction(name, int_special_func(name))
    return BuiltinFunction(name, special_func(W_Base, typename, name))


def int_special_func(name):
    """special_func of int: of the machine-word or the big representation
    (int.__repr__(2 ** 100), of an IntEnum member holding a big int)."""
    of_word = special_func(W_IntObject, 'int', name)
    of_big = special_func(W_LongObject, 'int', name)

    def func(space, args):
        if args.arguments_w and isinstance(args.arguments_w[0],
                                           W_LongObject):
            return of_big(space, args)
        return of_word(space, args)
    return func_with_new_name(func, 'int_special_' + name.strip('_'))


def special_func(W_Base, typename, name):
    """The interp-level function (space, args) of builtin_special, also
    usable in a TypeDef's methods (e.g. ndarray's __add__, __getitem__)."""

    def self_of(space, args, nmin, nmax):
        check_args(space, args, name, nmin, nmax)
        w_self = args.arguments_w[0]
        if not isinstance(w_self, W_Base):
            raise space.error(space.w_TypeError,
                              "descriptor '%s' requires a '%s' object but "
                              "received a '%s'" % (
                                  name, typename,
                                  space.type_name(space.type(w_self))))
        return w_self

    def not_impl(space, w_result):
        if w_result is None:
            return space.w_NotImplemented
        return w_result

    if name in BINOP_SPECIAL or name in RBINOP_SPECIAL:
        if name in BINOP_SPECIAL:
            base_meth = W_Base.binop
            opnum = BINOP_SPECIAL.index(name)
        else:
            base_meth = W_Base.rbinop
            opnum = RBINOP_SPECIAL.index(name)

        def func(space, args):
            w_self = self_of(space, args, 2, 2)
            return not_impl(space, base_meth(w_self, space, opnum,
                                             args.arguments_w[1]))
    elif name in IBINOP_SPECIAL:
        opnum = IBINOP_SPECIAL.index(name)

        def func(space, args):
            w_self = self_of(space, args, 2, 2)
            return not_impl(space, W_Base.inplace_binop(
                w_self, space, opnum, args.arguments_w[1]))
    elif name in UNARY_NAMES:
        opnum = UNARY_NAMES.index(name)

        def func(space, args):
            w_self = self_of(space, args, 1, 1)
            return not_impl(space, W_Base.unaryop(w_self, space, opnum))
    elif name in SIMPLE_SPECIALS:
        meth, wrap = SIMPLE_SPECIALS[name]
        base_meth = getattr(W_Base, meth)

        def func(space, args):
            w_result = base_meth(self_of(space, args, 1, 1), space)
            if wrap is None:        # a constant: one branch is annotated
                return w_result
            return getattr(space, wrap)(w_result)
    elif name in CMP_NAMES:
        opnum = CMP_NAMES.index(name)

        def func(space, args):
            w_self = self_of(space, args, 2, 2)
            w_other = args.arguments_w[1]
            w_result = W_Base.compare(w_self, space, opnum, w_other)
            if w_result is None and (opnum == op.CMP_EQ or
                                     opnum == op.CMP_NE):
                if w_self is w_other:
                    return space.newbool(opnum == op.CMP_EQ)
            return not_impl(space, w_result)
    elif name == '__getitem__':
        def func(space, args):
            w_self = self_of(space, args, 2, 2)
            w_result = W_Base.getitem(w_self, space, args.arguments_w[1])
            if w_result is None:
                raise space.error(space.w_TypeError, "not subscriptable")
            return w_result
    elif name == '__setitem__':
        def func(space, args):
            w_self = self_of(space, args, 3, 3)
            if not W_Base.setitem(w_self, space, args.arguments_w[1],
                                  args.arguments_w[2]):
                raise space.error(space.w_TypeError,
                                  "does not support item assignment")
            return space.w_None
    elif name == '__delitem__':
        def func(space, args):
            w_self = self_of(space, args, 2, 2)
            if not W_Base.delitem(w_self, space, args.arguments_w[1]):
                raise space.error(space.w_TypeError,
                                  "does not support item deletion")
            return space.w_None
    elif name == '__contains__':
        def func(space, args):
            w_self = self_of(space, args, 2, 2)
            w_result = W_Base.contains(w_self, space, args.arguments_w[1])
            if w_result is None:
                w_result = space.w_False
                w_iter = W_Base.iter(w_self, space)
                while True:
                    w_x = space.next_or_none(w_iter)
                    if w_x is None:
                        break
                    if space.eq_w(w_x, args.arguments_w[1]):
                        w_result = space.w_True
                        break
            # a bool, as CPython's sq_contains wrapper (ndarray's contains
            # gives a numpy.bool)
            return space.newbool(space.is_true(w_result))
    else:
        raise ValueError(name)
    func.func_name = 'builtin_%s_%s' % (typename, name.strip('_'))
    return func


# (no __str__: as in CPython, of these types only str defines one; the
# others inherit object.__str__, which enum's ReprEnum tells from their own)
COMMON_SPECIALS = ['__repr__', '__hash__', '__eq__', '__ne__',
                   '__lt__', '__le__', '__gt__', '__ge__', '__bool__']
NUMBER_SPECIALS = ['__%s__' % n for n in (
    'add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'radd',
    'rsub', 'rmul', 'rtruediv', 'rfloordiv', 'rmod', 'rpow')]
INT_SPECIALS = ['__%s__' % n for n in (
    'lshift', 'rshift', 'and', 'or', 'xor', 'rlshift', 'rrshift', 'rand',
    'ror', 'rxor')]
SEQ_SPECIALS = ['__getitem__', '__len__', '__contains__', '__iter__',
                '__add__', '__mul__', '__rmul__']
MUT_SPECIALS = ['__setitem__', '__delitem__']

SPECIALS = [
    (W_IntObject, 'int', COMMON_SPECIALS + NUMBER_SPECIALS + INT_SPECIALS),
    (W_FloatObject, 'float', COMMON_SPECIALS + NUMBER_SPECIALS),
    (W_StrObject, 'str', COMMON_SPECIALS + SEQ_SPECIALS + ['__mod__',
                                                           '__str__']),
    (W_TupleObject, 'tuple', COMMON_SPECIALS + SEQ_SPECIALS),
    (W_ListObject, 'list', COMMON_SPECIALS + SEQ_SPECIALS + MUT_SPECIALS),
    (W_DictObject, 'dict', COMMON_SPECIALS + ['__getitem__', '__len__',
                                              '__contains__', '__iter__',
                                              '__or__', '__ror__', '__ior__'] +
     MUT_SPECIALS),
    (W_SetObject, 'set', COMMON_SPECIALS + ['__len__', '__contains__',
                                            '__iter__', '__or__', '__and__',
                                            '__sub__', '__xor__']),
]
SPECIAL_FUNCS = [(typename, [builtin_special(W_Base, typename, name)
                             for name in names])
                 for W_Base, typename, names in SPECIALS]


def list_init(space, args):
    check_args(space, args, '__init__', 1, 2)
    w_self = args.arguments_w[0]
    if not isinstance(w_self, W_ListObject):
        raise space.error(space.w_TypeError, "list.__init__ needs a list")
    items_w = []
    if len(args.arguments_w) == 2:
        items_w = space.unpackiterable(args.arguments_w[1])
    w_self.items_w = items_w
    return space.w_None


def dict_init(space, args):
    from pypy.objspace.dictobject import dict_update
    if not args.arguments_w or \
            not isinstance(args.arguments_w[0], W_DictObject):
        raise space.error(space.w_TypeError, "dict.__init__ needs a dict")
    dict_update(space, args)
    return space.w_None


def set_init(space, args):
    check_args(space, args, '__init__', 1, 2)
    w_self = args.arguments_w[0]
    if not isinstance(w_self, W_SetObject):
        raise space.error(space.w_TypeError, "set.__init__ needs a set")
    w_self.clear(space)
    if len(args.arguments_w) == 2:
        w_self.update(space, args.arguments_w[1])
    return space.w_None


def install(space):
    for typename, funcs in SPECIAL_FUNCS:
        w_type = getattr(space, 'w_' + typename)
        for w_func in funcs:
            if w_func.name == '__hash__' and not w_type.typedef.hashable:
                continue        # its None stays
            w_type.dict_w[w_func.name] = w_func
    for w_type in [space.w_frozenset]:
        for typename, funcs in SPECIAL_FUNCS:
            if typename == 'set':
                for w_func in funcs:
                    w_type.dict_w[w_func.name] = w_func
    space.w_list.dict_w['__init__'] = BuiltinFunction('__init__', list_init)
    space.w_dict.dict_w['__init__'] = BuiltinFunction('__init__', dict_init)
    space.w_set.dict_w['__init__'] = BuiltinFunction('__init__', set_init)
