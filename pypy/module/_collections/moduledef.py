"""The _collections module: deque (a list of items: appending at the left
end moves them all, fine for the queues of the standard library) and
defaultdict (a dict whose missing keys call default_factory)."""

from pypy.interpreter import opcodes as op
from pypy.interpreter.arguments import (Arguments, check_args, check_keywords,
    keyword_value, self_of)
from pypy.objspace.root import W_Root
from pypy.objspace.typeobject import TypeDef, W_TypeObject
from pypy.objspace.dictobject import W_DictObject, dict_update
from pypy.objspace.usersubclass import make_user_class, dict_item_or_missing
from pypy.objspace.sliceobject import normalize_index
from pypy.objspace.tupleobject import (W_SeqIterator, sequence_compare,
    sequence_contains, join_reprs)


class W_Deque(W_Root):

    def __init__(self, items_w, maxlen):
        self.items_w = items_w
        self.maxlen = maxlen        # -1: unbounded

    def getclass(self, space):
        return space.w_collections_deque

    def trim_left(self):
        if self.maxlen >= 0 and len(self.items_w) > self.maxlen:
            excess = len(self.items_w) - self.maxlen
            assert excess >= 0
            del self.items_w[:excess]

    def trim_right(self):
        maxlen = self.maxlen
        if maxlen >= 0 and len(self.items_w) > maxlen:
            del self.items_w[maxlen:]

    def append(self, w_item):
        self.items_w.append(w_item)
        self.trim_left()

    def appendleft(self, w_item):
        self.items_w.insert(0, w_item)
        self.trim_right()

    def is_true(self, space):
        return len(self.items_w) > 0

    def hash(self, space):
        raise space.error(space.w_TypeError, "unhashable type: "
                          "'collections.deque'")

    def length(self, space):
        return len(self.items_w)

    def getitem(self, space, w_key):
        index = space.getindex_w(w_key, "sequence index must be integer, "
                                 "not '%s'" %
                                 space.type_name(space.type(w_key)),
                                 w_overflow=space.w_IndexError)
        return self.items_w[normalize_index(space, index, len(self.items_w),
                                            "deque")]

    def setitem(self, space, w_key, w_value):
        index = space.getindex_w(w_key, w_overflow=space.w_IndexError)
        self.items_w[normalize_index(space, index, len(self.items_w),
                                     "deque")] = w_value
        return True

    def delitem(self, space, w_key):
        index = space.getindex_w(w_key, w_overflow=space.w_IndexError)
        del self.items_w[normalize_index(space, index, len(self.items_w),
                                         "deque")]
        return True

    def contains(self, space, w_item):
        return space.newbool(sequence_contains(space, self.items_w, w_item))

    def iter(self, space):
        return W_SeqIterator(self.items_w[:])

    def compare(self, space, opnum, w_other):
        if not isinstance(w_other, W_Deque):
            return None
        return sequence_compare(space, opnum, self.items_w, w_other.items_w)

    def repr(self, space):
        if not space.ec.enter_repr(self):
            return space.newtext(u'[...]')
        try:
            text = u'deque([' + join_reprs(space, self.items_w) + u']'
        finally:
            space.ec.leave_repr(self)
        if self.maxlen >= 0:
            text += (', maxlen=%d' % self.maxlen).decode('latin-1')
        return space.newtext(text + u')')


def self_deque(space, args, fname, nmin, nmax):
    check_args(space, args, fname, nmin, nmax)
    return self_of(space, args, fname, W_Deque, "'collections.deque' object")


def deque_append(space, args):
    self_deque(space, args, 'append', 2, 2).append(args.arguments_w[1])
    return space.w_None


def deque_appendleft(space, args):
    self_deque(space, args, 'appendleft', 2, 2).appendleft(
        args.arguments_w[1])
    return space.w_None


def deque_extend(space, args):
    w_self = self_deque(space, args, 'extend', 2, 2)
    for w_item in space.unpackiterable(args.arguments_w[1]):
        w_self.append(w_item)
    return space.w_None


def deque_extendleft(space, args):
    w_self = self_deque(space, args, 'extendleft', 2, 2)
    for w_item in space.unpackiterable(args.arguments_w[1]):
        w_self.appendleft(w_item)
    return space.w_None


def deque_pop(space, args):
    w_self = self_deque(space, args, 'pop', 1, 1)
    if not w_self.items_w:
        raise space.error(space.w_IndexError, "pop from an empty deque")
    return w_self.items_w.pop()


def deque_popleft(space, args):
    w_self = self_deque(space, args, 'popleft', 1, 1)
    if not w_self.items_w:
        raise space.error(space.w_IndexError, "pop from an empty deque")
    return w_self.items_w.pop(0)


def deque_clear(space, args):
    self_deque(space, args, 'clear', 1, 1).items_w = []
    return space.w_None


def deque_copy(space, args):
    w_self = self_deque(space, args, 'copy', 1, 1)
    return W_Deque(w_self.items_w[:], w_self.maxlen)


def deque_count(space, args):
    w_self = self_deque(space, args, 'count', 2, 2)
    n = 0
    for w_x in w_self.items_w[:]:
        if space.eq_w(w_x, args.arguments_w[1]):
            n += 1
    return space.newint(n)


def deque_remove(space, args):
    w_self = self_deque(space, args, 'remove', 2, 2)
    for i in range(len(w_self.items_w)):
        if space.eq_w(w_self.items_w[i], args.arguments_w[1]):
            del w_self.items_w[i]
            return space.w_None
    raise space.error(space.w_ValueError, "deque.remove(x): x not in deque")


def deque_rotate(space, args):
    w_self = self_deque(space, args, 'rotate', 1, 2)
    n = len(w_self.items_w)
    steps = 1
    if len(args.arguments_w) == 2:
        steps = space.getindex_w(args.arguments_w[1])
    if n > 1:
        k = n - steps % n           # the new first item's old index
        assert k > 0
        if k != n:
            items_w = w_self.items_w
            w_self.items_w = items_w[k:] + items_w[:k]
    return space.w_None


def deque_get_maxlen(space, w_self):
    assert isinstance(w_self, W_Deque)
    if w_self.maxlen < 0:
        return space.w_None
    return space.newint(w_self.maxlen)


def new_deque(space, w_type, args):
    check_keywords(space, args, 'deque', ['iterable', 'maxlen'])
    if len(args.arguments_w) > 2:
        check_args(space, args, 'deque', 0, 2)
    w_iterable = keyword_value(args, 'iterable')
    w_maxlen = keyword_value(args, 'maxlen')
    if len(args.arguments_w) > 0:
        w_iterable = args.arguments_w[0]
    if len(args.arguments_w) > 1:
        w_maxlen = args.arguments_w[1]
    maxlen = -1
    if w_maxlen is not None and not space.is_none(w_maxlen):
        maxlen = space.getindex_w(w_maxlen)
        if maxlen < 0:
            raise space.error(space.w_ValueError,
                              "maxlen must be non-negative")
    w_deque = W_Deque([], maxlen)
    if w_iterable is not None:
        for w_item in space.unpackiterable(w_iterable):
            w_deque.append(w_item)
    return w_deque


DEQUE_METHODS = {
    'append': deque_append, 'appendleft': deque_appendleft,
    'extend': deque_extend, 'extendleft': deque_extendleft,
    'pop': deque_pop, 'popleft': deque_popleft, 'clear': deque_clear,
    'copy': deque_copy, '__copy__': deque_copy, 'count': deque_count,
    'remove': deque_remove, 'rotate': deque_rotate,
}


class W_DefaultDict(W_DictObject):
    _attrs_ = ['w_factory']

    def __init__(self, space, w_factory):
        W_DictObject.__init__(self, space)
        self.w_factory = w_factory          # None: missing keys raise

    def getclass(self, space):
        return space.w_collections_defaultdict

    def getitem(self, space, w_key):
        w_value = self.data.get(w_key, None)
        if w_value is None:
            return self.missing(space, w_key)
        return w_value

    def missing(self, space, w_key):
        if self.w_factory is None:
            raise space.key_error(w_key)
        w_value = space.call_function(self.w_factory)
        self.setitem(space, w_key, w_value)
        return w_value

    def repr(self, space):
        factory = u'None'
        if self.w_factory is not None:
            factory = space.repr_u(self.w_factory)
        w_type = space.type(self)       # a subclass's name in its repr
        assert isinstance(w_type, W_TypeObject)
        name = w_type.name.decode('utf-8')
        return space.newtext(name + u'(' + factory + u', ' +
                             space.text_w(W_DictObject.repr(self, space)) +
                             u')')


class W_DefaultDictUser(make_user_class(W_DefaultDict)):
    """An instance of a subclass of defaultdict."""
    _attrs_ = []

    def base_getitem(self, space, w_key):
        # the class's __missing__, which it may override
        return dict_item_or_missing(space, self, self.w_type, w_key)


def self_defaultdict(space, args, fname, nmin, nmax):
    check_args(space, args, fname, nmin, nmax)
    return self_of(space, args, fname, W_DefaultDict,
                   "'collections.defaultdict' object")


def defaultdict_missing(space, args):
    w_self = self_defaultdict(space, args, '__missing__', 2, 2)
    return w_self.missing(space, args.arguments_w[1])


def defaultdict_copy(space, args):
    w_self = self_defaultdict(space, args, 'copy', 1, 1)
    w_new = W_DefaultDict(space, w_self.w_factory)
    w_new.data.update(w_self.data)
    return w_new


def defaultdict_repr(space, args):
    """defaultdict's own __repr__ (pprint picks a printer by the type's
    __repr__, and dict's would print a defaultdict as a dict)."""
    w_self = self_defaultdict(space, args, '__repr__', 1, 1)
    return w_self.repr(space)


def defaultdict_get_factory(space, w_self):
    assert isinstance(w_self, W_DefaultDict)
    if w_self.w_factory is None:
        return space.w_None
    return w_self.w_factory


def new_defaultdict(space, w_type, args):
    """defaultdict(default_factory=None, /, ...): a subclass's instance
    starts empty, its __init__ (defaultdict_init) fills it."""
    if w_type is not space.w_collections_defaultdict:
        return W_DefaultDictUser(space, None).init_user(w_type)
    w_dict = W_DefaultDict(space, None)
    fill_defaultdict(space, w_dict, args)
    return w_dict


def fill_defaultdict(space, w_dict, args):
    """Sets w_dict's default_factory and items from the arguments of
    defaultdict()."""
    w_factory = None
    args_w = args.arguments_w
    if args_w and not space.is_none(args_w[0]):
        w_factory = args_w[0]
        if not w_factory.is_callable(space):
            raise space.error(space.w_TypeError,
                              "first argument must be callable or None")
    w_dict.w_factory = w_factory
    # (args_w[1:] of an empty list would be a negative-length slice)
    rest_w = args_w[1:] if args_w else []
    dict_update(space, Arguments([w_dict] + rest_w, args.keyword_names,
                                 args.keyword_values_w))


def defaultdict_init(space, args):
    if not args.arguments_w:
        raise space.error(space.w_TypeError, "descriptor '__init__' of "
                          "'collections.defaultdict' object needs an "
                          "argument")
    w_self = args.arguments_w[0]
    if not isinstance(w_self, W_DefaultDict):
        raise space.error(space.w_TypeError, "descriptor '__init__' requires "
                          "a 'collections.defaultdict' object")
    fill_defaultdict(space, w_self, Arguments(
        args.arguments_w[1:], args.keyword_names, args.keyword_values_w))
    return space.w_None


DEFAULTDICT_METHODS = {
    '__missing__': defaultdict_missing, 'copy': defaultdict_copy,
    '__copy__': defaultdict_copy, '__repr__': defaultdict_repr,
    '__init__': defaultdict_init,
}


def make_module(space):
    w_mod = space.newmodule('_collections')
    setitem = w_mod.w_dict.setitem_str
    w_deque = space.make_builtin_type('w_collections_deque', TypeDef(
        'deque', methods=DEQUE_METHODS, new=new_deque,
        getset={'maxlen': deque_get_maxlen}, acceptable_as_base=False,
        hashable=False, generic=True),
        [space.w_object])
    w_defaultdict = space.make_builtin_type(
        'w_collections_defaultdict', TypeDef(
            'defaultdict', methods=DEFAULTDICT_METHODS, new=new_defaultdict,
            getset={'default_factory': defaultdict_get_factory}),
        [space.w_dict])
    for w_type in [w_deque, w_defaultdict]:
        w_type.set_module_name(space, 'collections')
    setitem(space, 'deque', w_deque)
    setitem(space, 'defaultdict', w_defaultdict)
    return w_mod
