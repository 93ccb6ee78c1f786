"""Instances of classes defined in Python, and the machinery that makes
classes: type(name, bases, dict), calling a class, __build_class__ and
super().  Special methods of user classes are found on the type."""

from rpython.rlib.listsort import TimSort
from rpython.rlib import jit
from rpython.rlib.unroll import unrolling_iterable
from pypy.interpreter import opcodes as op
from pypy.interpreter.arguments import Arguments, check_args, keyword_value
from pypy.interpreter.error import OperationError
from pypy.interpreter.function import Function
from pypy.objspace.root import W_Root
from pypy.objspace.typeobject import W_TypeObject
from pypy.objspace.tupleobject import W_IndexIterator
from pypy.objspace.slots import add_member_descriptors, set_layout

BINOP_NAMES = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow',
               'matmul', 'lshift', 'rshift', 'and', 'or', 'xor']
# built once: opnum is a JIT constant, so these index to constant strings
BINOP_SPECIAL = ['__%s__' % name for name in BINOP_NAMES]
RBINOP_SPECIAL = ['__r%s__' % name for name in BINOP_NAMES]
IBINOP_SPECIAL = ['__i%s__' % name for name in BINOP_NAMES]
CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__']
UNARY_NAMES = ['__neg__', '__pos__', '__invert__']


MAX_MAP_ATTRS = 64      # more attributes: the instance switches to a dict
INLINE_SLOTS = 4        # slots in the instance itself; more in `overflow`
# (index, field): constant-folded by JIT traces, whose slot indices are
# constants from the map
SLOT_FIELDS = unrolling_iterable([(i, 'slot%d' % i)
                                  for i in range(INLINE_SLOTS)])


class W_InstanceObject(W_Root):
    """Attributes live in slots as described by `map` (maps.py) until
    something needs the real __dict__ (vars(), obj.__dict__, many
    attributes); from then on w_dict holds them and the map is the
    class's dict_map.  The first INLINE_SLOTS attributes are fields of the
    instance, so that a trace reads one after one guard on the map, which
    also gives the class."""

    def __init__(self, w_type):
        assert isinstance(w_type, W_TypeObject)
        self.map = w_type.empty_map
        for i, field in SLOT_FIELDS:
            setattr(self, field, None)
        self.overflow = None    # a fixed-size list: the slots after those
        self.w_dict = None

    def get_type(self):
        """The class, constant in traces after one guard on the map."""
        return jit.promote(self.map).w_type

    def getclass(self, space):
        return self.get_type()

    def set_type(self, w_type):
        """Assigning __class__: the new class's map with the same slots."""
        self.map = self.map.of_class(w_type)

    def read_slot(self, index):
        for i, field in SLOT_FIELDS:
            if index == i:
                return getattr(self, field)
        return self.overflow[index - INLINE_SLOTS]

    def write_slot(self, index, w_value):
        for i, field in SLOT_FIELDS:
            if index == i:
                setattr(self, field, w_value)
                return
        self.overflow[index - INLINE_SLOTS] = w_value

    def add_slot(self, index, w_value):
        """Stores the value of a new last attribute, slot `index`."""
        if index >= INLINE_SLOTS:
            self.grow_overflow(index - INLINE_SLOTS + 1)
        self.write_slot(index, w_value)

    def grow_overflow(self, length):
        # (apart from add_slot, whose inline slots traces then fill
        # without a call)
        overflow = [None] * length
        if self.overflow is not None:
            for i in range(len(self.overflow)):
                overflow[i] = self.overflow[i]
        self.overflow = overflow

    def getdict(self, space):
        if not jit.promote(self.map).w_type.instances_have_dict:
            return None
        if self.w_dict is None:
            w_dict = space.newdict()
            m = self.map
            names = m.names()
            for i in range(len(names)):
                w_value = self.read_slot(i)
                if w_value is not None:
                    w_dict.setitem_str(space, names[i], w_value)
                self.write_slot(i, None)
            self.map = m.w_type.dict_map
            self.overflow = None
            self.w_dict = w_dict
        return self.w_dict

    def uses_map(self):
        """Whether the attributes are in the slots (not in a dict)."""
        return not jit.promote(self.map).uses_dict

    def map_read(self, name):
        """The attribute `name` from the slots, or None."""
        m = jit.promote(self.map)
        index = m.find_index(name)
        if index < 0:
            return None
        return self.read_slot(index)

    def map_write(self, space, name, w_value):
        """Stores an attribute; False when the instance uses a dict."""
        m = jit.promote(self.map)
        if m.uses_dict:
            return False
        index = m.find_index(name)
        if index >= 0:
            self.write_slot(index, w_value)
            return True
        if m.length >= MAX_MAP_ATTRS and m.w_type.instances_have_dict:
            self.getdict(space)
            return False
        self.map = m.with_attr(name)
        self.add_slot(m.length, w_value)
        return True

    def map_delete(self, space, name):
        """Deletes an attribute kept in the slots: True if it was there
        (the instance then switches to a dict, deletions are rare)."""
        m = self.map
        if m.uses_dict:
            return False
        index = m.find_index(name)
        if index < 0 or self.read_slot(index) is None:
            return False
        self.write_slot(index, None)
        self.getdict(space)
        return True

    def special(self, space, name, *args_w):
        """Calls the special method `name` with args_w, or returns None
        when the class has none; a NotImplemented result becomes None."""
        w_descr = self.get_type().lookup(name)
        if w_descr is None:
            return None
        if isinstance(w_descr, Function):
            # what calling the bound method does, without making it
            args = Arguments([self] + list(args_w))
            w_result = space.call_args(w_descr, args)
        else:
            w_meth = w_descr.get(space, self, self.get_type())
            w_result = space.call_args(w_meth, Arguments(list(args_w)))
        if w_result is space.w_NotImplemented:
            return None
        return w_result

    def binop(self, space, opnum, w_other):
        return self.special(space, BINOP_SPECIAL[opnum], w_other)

    def rbinop(self, space, opnum, w_other):
        return self.special(space, RBINOP_SPECIAL[opnum], w_other)

    def inplace_binop(self, space, opnum, w_other):
        return self.special(space, IBINOP_SPECIAL[opnum], w_other)

    def compare(self, space, opnum, w_other):
        w_result = self.special(space, CMP_NAMES[opnum], w_other)
        if w_result is None and opnum == op.CMP_NE:
            w_eq = self.special(space, '__eq__', w_other)
            if w_eq is not None:
                return space.newbool(not space.is_true(w_eq))
        return w_result

    def unaryop(self, space, opnum):
        return self.special(space, UNARY_NAMES[opnum])

    def is_true(self, space):
        w_result = self.special(space, '__bool__')
        if w_result is not None:
            if not (w_result is space.w_True or w_result is space.w_False):
                raise space.error(space.w_TypeError,
                                  "__bool__ should return bool, returned %s"
                                  % space.type_name(space.type(w_result)))
            return w_result is space.w_True
        n = self.length(space)
        return n != 0

    def hash(self, space):
        w_descr = self.get_type().lookup('__hash__')
        if w_descr is None or space.is_none(w_descr):
            raise space.error(space.w_TypeError, "unhashable type: '%s'" %
                              self.get_type().name)
        if w_descr is space.w_object.dict_w['__hash__']:
            return W_Root.hash(self, space)
        w_result = self.special(space, '__hash__')
        if w_result is None:
            return W_Root.hash(self, space)
        from pypy.objspace.intobject import hash_method_result
        return hash_method_result(space, w_result)

    def repr(self, space):
        w_result = self.special(space, '__repr__')
        if w_result is None:
            return W_Root.repr(self, space)
        return w_result

    def str(self, space):
        w_result = self.special(space, '__str__')
        if w_result is None:
            return space.repr(self)
        return w_result

    def length(self, space):
        w_result = self.special(space, '__len__')
        if w_result is None:
            return -1
        n = space.getindex_w(w_result)
        if n < 0:
            raise space.error(space.w_ValueError,
                              "__len__() should return >= 0")
        return n

    def getitem(self, space, w_key):
        return self.special(space, '__getitem__', w_key)

    def setitem(self, space, w_key, w_value):
        return self.special(space, '__setitem__', w_key, w_value) is not None

    def delitem(self, space, w_key):
        return self.special(space, '__delitem__', w_key) is not None

    def contains(self, space, w_item):
        w_result = self.special(space, '__contains__', w_item)
        if w_result is None:
            return None
        return space.newbool(space.is_true(w_result))

    def iter(self, space):
        w_result = self.special(space, '__iter__')
        if w_result is None and \
                self.get_type().lookup('__getitem__') is not None:
            return W_GetitemIterator(self)
        return check_iterator(space, w_result)

    def is_iterator(self):
        return self.get_type().lookup('__next__') is not None

    def next(self, space):
        try:
            return self.special(space, '__next__')
        except OperationError as e:
            if not e.match(space, space.w_StopIteration):
                raise
            return None

    def call(self, space, args):
        w_type = self.get_type()
        w_descr = w_type.lookup('__call__')
        if w_descr is None:
            return None
        return space.call_args(w_descr.get(space, self, w_type), args)

    def is_callable(self, space):
        return self.get_type().lookup('__call__') is not None

    def is_data_descriptor(self):
        return (self.get_type().lookup('__set__') is not None or
                self.get_type().lookup('__delete__') is not None)

    def set(self, space, w_obj, w_value):
        w_type = self.get_type()
        w_descr = w_type.lookup('__set__')
        if w_descr is None:
            raise space.error(space.w_AttributeError, "__set__")
        space.call_function(w_descr.get(space, self, w_type), w_obj,
                            w_value)
        return True

    def get(self, space, w_obj, w_type):
        w_descr = self.get_type().lookup('__get__')
        if w_descr is None:
            return self
        w_meth = w_descr.get(space, self, self.get_type())
        return space.call_function(w_meth, w_obj or space.w_None,
                                   w_type or space.w_None)


def check_iterator(space, w_iter):
    """The result of a Python __iter__, refused (as by CPython) when it is
    no iterator: an object without __next__ would otherwise iterate as
    empty."""
    if w_iter is not None and not w_iter.is_iterator():
        raise space.error(space.w_TypeError,
                          "iter() returned non-iterator of type '%s'" %
                          space.type_name(space.type(w_iter)))
    return w_iter


class W_GetitemIterator(W_IndexIterator):
    """iter() of an object with __getitem__ but no __iter__."""

    def __init__(self, w_obj):
        self.w_obj = w_obj
        self.index = 0

    def next(self, space):
        try:
            w_item = space.getitem(self.w_obj, space.newint(self.index))
        except OperationError as e:
            if e.match(space, space.w_IndexError) or \
                    e.match(space, space.w_StopIteration):
                return None
            raise
        self.index += 1
        return w_item

    def reduce(self, space):
        from pypy.module.builtins.iterators import reduce_to_iter_at
        return reduce_to_iter_at(space, self.w_obj, self.index)

    def setstate(self, space, w_state):
        self.index = max(0, space.getindex_w(w_state))


def layout_typedef(space, bases_w):
    """The built-in type whose instances a new class's instances are."""
    typedef = space.w_object.typedef
    for w_base in bases_w:
        assert isinstance(w_base, W_TypeObject)
        if not w_base.typedef.acceptable_as_base:
            raise space.error(space.w_TypeError,
                              "type '%s' is not an acceptable base type" %
                              w_base.name)
        if w_base.typedef is not space.w_object.typedef:
            if typedef is not space.w_object.typedef and \
                    typedef is not w_base.typedef:
                raise space.error(space.w_TypeError,
                                  "multiple bases have instance lay-out "
                                  "conflict")
            typedef = w_base.typedef
    from pypy.objspace.usersubclass import SUBCLASSABLE
    if typedef.new is None or (typedef.name not in SUBCLASSABLE and
                               typedef.name not in ('object', 'type',
                                                    'BaseException')):
        raise space.error(space.w_TypeError,
                          "subclassing '%s' is not supported yet" %
                          typedef.name)
    return typedef


def type_new(space, w_metatype, args):
    """type(x) or type(name, bases, dict)."""
    from pypy.objspace.dictobject import W_DictObject
    from pypy.objspace.tupleobject import W_TupleObject
    args_w = args.arguments_w
    if len(args_w) == 1 and not args.has_keywords():
        return space.type(args_w[0])
    if len(args_w) != 3:
        raise space.error(space.w_TypeError,
                          "type() takes 1 or 3 arguments")
    name = space.text_utf8(args_w[0])
    w_bases = args_w[1]
    w_ns = args_w[2]
    if not isinstance(w_bases, W_TupleObject) or \
            not isinstance(w_ns, W_DictObject):
        raise space.error(space.w_TypeError,
                          "type.__new__() argument 2 must be tuple, "
                          "argument 3 must be dict")
    bases_w = w_bases.items_w[:]
    for w_base in bases_w:
        if not isinstance(w_base, W_TypeObject):
            raise space.error(space.w_TypeError,
                              "bases must be types")
    # the most derived metaclass of the bases wins (type(name, (AnEnum,),
    # ns) makes an EnumType class, through EnumType.__new__)
    w_winner = w_metatype
    for w_base in bases_w:
        w_base_meta = space.type(w_base)
        assert isinstance(w_base_meta, W_TypeObject)
        assert isinstance(w_winner, W_TypeObject)
        if w_base_meta.issubtype(w_winner):
            w_winner = w_base_meta
    if w_winner is not w_metatype:
        assert isinstance(w_winner, W_TypeObject)
        w_new = w_winner.lookup('__new__')
        if w_new is not None and not is_builtin_new(w_new):
            return space.call_args(w_new.get(space, None, w_winner),
                                   args.prepend(w_winner))
        w_metatype = w_winner
    if not bases_w:
        bases_w = [space.w_object]
    typedef = layout_typedef(space, bases_w)
    dict_w = {}
    w_qualname = None
    for w_key, w_value in w_ns.data.items():
        key = space.text_utf8(w_key)
        if key == '__classcell__':
            continue
        if key == '__qualname__':
            w_qualname = w_value
            continue
        if key == '__new__' or key == '__init_subclass__' or \
                key == '__class_getitem__':
            from pypy.interpreter.function import StaticMethod, ClassMethod
            if isinstance(w_value, Function):
                w_value = StaticMethod(w_value) if key == '__new__' else \
                    ClassMethod(w_value)
        dict_w[key] = w_value
    # a class that defines equality and no hash is unhashable (its
    # instances would otherwise hash by identity, as object's)
    if '__eq__' in dict_w and '__hash__' not in dict_w:
        dict_w['__hash__'] = space.w_None
    slot_names = add_member_descriptors(space, name, dict_w)
    w_type = W_TypeObject(space, name, bases_w, dict_w, typedef)
    set_layout(space, w_type, slot_names)
    w_type.w_metatype = w_metatype
    w_type.w_qualname = w_qualname
    for key, w_value in dict_w.items():
        # (built-in descriptors too: functools.cached_property)
        w_set_name = space.lookup_special(w_value, '__set_name__')
        if w_set_name is not None:
            call_set_name(space, w_set_name, w_value, w_type, key)
    w_cell = w_ns.getitem_str(space, '__classcell__')
    if w_cell is not None:
        from pypy.interpreter.function import Cell
        assert isinstance(w_cell, Cell)
        w_cell.w_value = w_type
    init_subclass(space, w_type, args)
    return w_type


def call_set_name(space, w_set_name, w_value, w_type, key):
    """w_value.__set_name__(w_type, key); an error in it becomes CPython
    3.11's RuntimeError, caused by it."""
    from pypy.objspace.excobject import W_BaseException
    try:
        space.call_function(w_set_name, w_type, space.newtext_utf8(key))
    except OperationError as e:
        error = space.error(space.w_RuntimeError, "Error calling "
                            "__set_name__ on '%s' instance '%s' in '%s'" % (
                                space.type_name(space.type(w_value)), key,
                                space.type_name(w_type)))
        w_error = error.w_value
        assert isinstance(w_error, W_BaseException)
        w_error.w_cause = e.w_value
        w_error.suppress_context = True
        raise error


def init_subclass(space, w_type, args):
    """super(cls, cls).__init_subclass__(**kwds) with the class statement's
    keywords, as type.__new__ does."""
    for i in range(1, len(w_type.mro_w)):
        w_base = w_type.mro_w[i]
        assert isinstance(w_base, W_TypeObject)
        w_hook = w_base.dict_w.get('__init_subclass__', None)
        if w_hook is not None:
            space.call_args(w_hook.get(space, w_type, w_type),
                            Arguments([], args.keyword_names,
                                      args.keyword_values_w))
            return


def is_builtin_new(w_new):
    """object.__new__ or a built-in type's own __new__ (int.__new__...):
    the class is constructed without a call at Python level."""
    from pypy.interpreter.function import BuiltinFunction, StaticMethod
    if not isinstance(w_new, StaticMethod):
        return False
    w_function = w_new.w_function
    return isinstance(w_function, BuiltinFunction) and \
        w_function.name == '__new__'


def type_call(space, w_type, args):
    """Calling a class: __new__, then __init__ when __new__ gave an
    instance of the class."""
    assert isinstance(w_type, W_TypeObject)
    w_new = w_type.lookup('__new__')
    own_new = w_new is not None and not is_builtin_new(w_new)
    if own_new:
        w_obj = space.call_args(w_new.get(space, None, w_type),
                                args.prepend(w_type))
    else:
        new = w_type.builtin_new()
        if new is None:
            raise space.error(space.w_TypeError,
                              "cannot create '%s' instances" %
                              space.type_name(w_type))
        if w_type is space.w_object and (args.arguments_w or
                                         args.has_keywords()):
            # (enum relies on object(value) failing)
            raise space.error(space.w_TypeError,
                              "object() takes no arguments")
        if w_type.is_builtin():
            return new(space, w_type, args)
        w_obj = new_instance(space, w_type, new, args)
    if not space.type(w_obj).issubtype(w_type):
        return w_obj
    w_init = w_type.lookup('__init__')
    if w_init is not space.w_object_init:
        w_result = space.call_args(w_init.get(space, w_obj, w_type), args)
        if not space.is_none(w_result):
            raise space.error(space.w_TypeError,
                              "__init__() should return None, not '%s'" %
                              space.type_name(space.type(w_result)))
    elif (args.arguments_w or args.has_keywords()) and not own_new:
        # object.__init__ accepts the arguments a class's own __new__ took
        if w_type.typedef is space.w_object.typedef:
            raise space.error(space.w_TypeError,
                              "%s() takes no arguments" % w_type.name)
    return w_obj


def type_subclasses(space, args):
    check_args(space, args, '__subclasses__', 1, 1)
    w_type = args.arguments_w[0]
    if not isinstance(w_type, W_TypeObject):
        raise space.error(space.w_TypeError,
                          "descriptor '__subclasses__' requires a 'type' "
                          "object")
    return space.newlist(w_type.live_subclasses())


def type_mro(space, args):
    """type.mro(): the class's method resolution order, a list (enum's
    __dir__ walks it)."""
    check_args(space, args, 'mro', 1, 1)
    w_type = args.arguments_w[0]
    if not isinstance(w_type, W_TypeObject):
        raise space.error(space.w_TypeError,
                          "descriptor 'mro' requires a 'type' object")
    return space.newlist(w_type.mro_w[:])


def type_dunder_call(space, args):
    """type.__call__, for a metaclass's super().__call__(...)."""
    if not args.arguments_w or \
            not isinstance(args.arguments_w[0], W_TypeObject):
        raise space.error(space.w_TypeError,
                          "descriptor '__call__' requires a 'type' object")
    return type_call(space, args.arguments_w[0], Arguments(
        args.arguments_w[1:], args.keyword_names, args.keyword_values_w))


def check_not_abstract(space, w_type):
    """abc: a class whose __abstractmethods__ is not empty has no
    instances."""
    w_abstract = w_type.lookup('__abstractmethods__')
    if w_abstract is not None and space.is_true(w_abstract):
        raise abstract_class_error(space, w_type, w_abstract)


def abstract_class_error(space, w_type, w_abstract):
    # (apart from check_not_abstract, whose loop-free test traces fold)
    names = [space.text_utf8(w_name)
             for w_name in space.unpackiterable(w_abstract)]
    TimSort(names).sort()     # RPython lists have no .sort()
    return space.error(space.w_TypeError,
                      "Can't instantiate abstract class %s with abstract "
                      "method%s %s" % (w_type.name,
                                       's' if len(names) > 1 else '',
                                       ', '.join(names)))


def makes_instance_objects(w_type):
    """Whether the instances of the Python class w_type are
    W_InstanceObjects."""
    w_type = jit.promote(w_type)
    return _pure_makes_instance_objects(w_type,
                                        jit.promote(w_type.version_tag))


@jit.elidable
def _pure_makes_instance_objects(w_type, version_tag):
    # a pure function of the type and its version tag (its MRO and
    # typedef; the space's built-in types never change).  The space is
    # the type's: in traces the callers' `space` is a frame's field, not a
    # constant, and the tests on it would be residual calls
    space = w_type.space
    return not (w_type.issubtype(space.w_BaseException) or
                w_type.issubtype(space.w_type)) and \
        w_type.typedef is space.w_object.typedef


def new_instance(space, w_type, new, args):
    """A new instance of the Python class w_type, made by the __new__ of
    its built-in base (`new`)."""
    check_not_abstract(space, w_type)
    if makes_instance_objects(w_type):
        return new(space, w_type, Arguments([]))
    if w_type.issubtype(space.w_BaseException) or \
            w_type.issubtype(space.w_type):     # a metaclass: a class
        return new(space, w_type, args)
    from pypy.objspace.usersubclass import new_user_instance
    return new_user_instance(space, w_type, args)


def resolve_bases(space, bases_w):
    """PEP 560: a base that is not a class stands for the classes its
    __mro_entries__(bases) returns (typing's Generic[T], Protocol[T]).
    Returns bases_w itself when no base has one."""
    from pypy.objspace.tupleobject import W_TupleObject
    result_w = None
    for i in range(len(bases_w)):
        w_base = bases_w[i]
        w_entries = None
        if not isinstance(w_base, W_TypeObject):
            w_entries = space.findattr(w_base, '__mro_entries__')
        if w_entries is None:
            if result_w is not None:
                result_w.append(w_base)
            continue
        if result_w is None:
            result_w = bases_w[:i]
        w_new = space.call_function(w_entries, space.newtuple(bases_w))
        if not isinstance(w_new, W_TupleObject):
            raise space.error(space.w_TypeError,
                              "__mro_entries__ must return a tuple")
        result_w.extend(w_new.items_w)
    if result_w is None:
        return bases_w
    return result_w


def build_class(space, args):
    """__build_class__(body_function, name, *bases, metaclass=..., **kw)"""
    from pypy.interpreter.pyframe import PyFrame
    from pypy.objspace.dictobject import W_DictObject
    if len(args.arguments_w) < 2:
        raise space.error(space.w_TypeError,
                          "__build_class__: not enough arguments")
    w_func = args.arguments_w[0]
    assert isinstance(w_func, Function)
    w_name = args.arguments_w[1]
    orig_bases_w = args.arguments_w[2:]
    bases_w = resolve_bases(space, orig_bases_w)
    w_meta = keyword_value(args, 'metaclass')
    if w_meta is None:
        w_meta = space.w_type
        for w_base in bases_w:
            w_meta_base = space.type(w_base)
            assert isinstance(w_meta_base, W_TypeObject)
            if w_meta_base.issubtype(w_meta):
                w_meta = w_meta_base
    names = []
    values_w = []
    for i in range(len(args.keyword_names)):
        if args.keyword_names[i] != 'metaclass':
            names.append(args.keyword_names[i])
            values_w.append(args.keyword_values_w[i])
    w_prepare = space.findattr(w_meta, '__prepare__')
    if w_prepare is None:
        w_ns = space.newdict()
    else:
        w_ns = space.call_args(w_prepare, Arguments(
            [w_name, space.newtuple(bases_w)], names, values_w))
        if not isinstance(w_ns, W_DictObject):
            raise space.error(space.w_TypeError,
                              "__prepare__() must return a dict here, not "
                              "'%s'" % space.type_name(space.type(w_ns)))
    frame = PyFrame(space, w_func.code, w_func.w_globals, w_func.closure)
    frame.w_locals = w_ns
    w_ns.setitem_str(space, '__module__',
                     w_func.w_globals.getitem_str(space, '__name__') or
                     space.w_None)
    w_ns.setitem_str(space, '__qualname__',
                     space.newtext_utf8(w_func.qualname))
    if bases_w is not orig_bases_w:
        w_ns.setitem_str(space, '__orig_bases__',
                         space.newtuple(orig_bases_w))
    space.ec.run_frame(frame)
    return space.call_args(w_meta, Arguments(
        [w_name, space.newtuple(bases_w), w_ns], names, values_w))


class W_Super(W_Root):
    def __init__(self, w_starttype, w_obj, w_objtype):
        self.w_starttype = w_starttype
        self.w_obj = w_obj
        self.w_objtype = w_objtype

    def getclass(self, space):
        return space.w_super

    def lookup_after(self, name):
        mro_w = self.w_objtype.mro_w
        i = 0
        while i < len(mro_w) and mro_w[i] is not self.w_starttype:
            i += 1
        i += 1
        while i < len(mro_w):
            w_base = mro_w[i]
            assert isinstance(w_base, W_TypeObject)
            w_value = w_base.dict_w.get(name, None)
            if w_value is not None:
                return w_value
            i += 1
        return None


def super_getattr(space, w_super, name):
    assert isinstance(w_super, W_Super)
    w_descr = w_super.lookup_after(name)
    if w_descr is None:
        return None
    w_obj = w_super.w_obj
    if w_obj is w_super.w_objtype:
        return w_descr.get(space, None, w_super.w_objtype)
    return w_descr.get(space, w_obj, w_super.w_objtype)


def new_super(space, w_type, args):
    check_args(space, args, 'super', 0, 2)
    if len(args.arguments_w) == 2:
        w_starttype = args.arguments_w[0]
        w_obj = args.arguments_w[1]
    else:
        frame = space.ec.topframe
        w_starttype = None
        w_obj = None
        if frame is not None:
            code = frame.pycode
            ncells = len(code.co_cellvars)
            for i in range(len(code.co_freevars)):
                if code.co_freevars[i] == '__class__':
                    w_starttype = frame.cells[ncells + i].w_value
            for i in range(len(code.co_cellvars)):
                if code.co_cellvars[i] == '__class__':
                    w_starttype = frame.cells[i].w_value
            if code.co_argcount > 0:
                w_obj = frame.locals_stack_w[0]
                if code.co_cell2arg and code.co_cell2arg[0] == 0:
                    w_obj = frame.cells[0].w_value
        if w_starttype is None or w_obj is None:
            raise space.error(space.w_RuntimeError,
                              "super(): no arguments")
    if not isinstance(w_starttype, W_TypeObject):
        raise space.error(space.w_TypeError,
                          "super() argument 1 must be a type")
    if isinstance(w_obj, W_TypeObject) and w_obj.issubtype(w_starttype):
        w_objtype = w_obj
    else:
        w_objtype = space.type(w_obj)
        assert isinstance(w_objtype, W_TypeObject)
        if not w_objtype.issubtype(w_starttype):
            raise space.error(space.w_TypeError,
                              "super(type, obj): obj must be an instance or "
                              "subtype of type")
    return W_Super(w_starttype, w_obj, w_objtype)


def object_init(space, args):
    return space.w_None


def object_repr(space, args):
    return W_Root.repr(args.arguments_w[0], space)


def object_str(space, args):
    return space.repr(args.arguments_w[0])


def object_ne(space, args):
    """The inverse of type(self).__eq__(self, other), or NotImplemented
    (what a class gets as MutableMapping.__ne__, say)."""
    from pypy.interpreter.arguments import check_args
    check_args(space, args, '__ne__', 2, 2)
    w_self, w_other = args.arguments_w[0], args.arguments_w[1]
    w_type = space.type(w_self)
    w_eq = w_type.lookup('__eq__')
    if w_eq is None:
        if w_self is w_other:
            return space.w_False
        return space.w_NotImplemented
    w_result = space.call_function(w_eq.get(space, w_self, w_type), w_other)
    if w_result is space.w_NotImplemented:
        return w_result
    return space.newbool(not space.is_true(w_result))


def object_init_subclass(space, args):
    # reached as super().__init_subclass__() from a class's own hook, the
    # subclass bound as the receiver: nothing to do for object
    if args.has_keywords():
        raise space.error(space.w_TypeError, "__init_subclass__() takes no "
                          "keyword arguments")
    return space.w_None


def object_hash(space, args):
    from pypy.interpreter.arguments import check_args
    check_args(space, args, '__hash__', 1, 1)
    return space.newint(W_Root.hash(args.arguments_w[0], space))


object_methods = {'__init__': object_init, '__repr__': object_repr,
                  '__hash__': object_hash,
                  '__str__': object_str, '__ne__': object_ne,
                  '__init_subclass__': object_init_subclass}


def exception_init(space, args):
    from pypy.objspace.excobject import W_BaseException, W_OSErrorInstance
    w_exc = args.arguments_w[0]
    assert isinstance(w_exc, W_BaseException)
    args_w = args.arguments_w[1:]
    if isinstance(w_exc, W_OSErrorInstance) and 3 <= len(args_w) <= 5:
        args_w = [args_w[0], args_w[1]]     # OSError(errno, msg, filename)
    w_exc.args_w = args_w
    return space.w_None


def exception_str(space, args):
    from pypy.objspace.excobject import W_BaseException
    w_exc = args.arguments_w[0]
    assert isinstance(w_exc, W_BaseException)
    return w_exc.builtin_str(space)


def exception_repr(space, args):
    from pypy.objspace.excobject import W_BaseException
    w_exc = args.arguments_w[0]
    assert isinstance(w_exc, W_BaseException)
    return w_exc.builtin_repr(space)


exception_methods = {'__init__': exception_init, '__str__': exception_str,
                     '__repr__': exception_repr}
