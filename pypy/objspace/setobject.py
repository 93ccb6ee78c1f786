"""The set type.

A set keeps its items in one of three storages, chosen by what it holds
(its strategy): exact ints as a dict of machine ints, exact strs as a
dict of unicode strings, anything else as an r_dict of wrapped objects
hashed and compared by the space.  The int and str storages hold no
boxes and never call back into the space, so `x in s`, `s.add(x)` and
the operators of two such sets of the same kind neither allocate nor
dispatch.  An empty set takes the strategy of its first item; an item
of another type moves a non-empty set to the object strategy until it
is cleared.  Lookups of other types that may equal an item (1.0 or True
in a set of ints) are answered by value where the type's equality is
known, else the set moves to the object strategy first."""

import math
from rpython.rlib import rerased
from rpython.rlib.objectmodel import r_dict, import_from_mixin
from pypy.interpreter.arguments import check_args
from pypy.interpreter import opcodes as op
from pypy.objspace.root import W_Root
from pypy.objspace.intobject import W_IntObject, W_LongObject
from pypy.objspace.boolobject import W_BoolObject
from pypy.objspace.floatobject import W_FloatObject
from pypy.objspace.strobject import W_StrObject
from pypy.objspace.bytesobject import W_BytesObject
from pypy.objspace.noneobject import W_NoneObject
from pypy.objspace.tupleobject import W_SeqIterator
from pypy.objspace.rangeobject import W_RangeObject

# what lookup_foreign found out about an item not of the strategy's type
FOREIGN_ABSENT, FOREIGN_PRESENT, FOREIGN_UNKNOWN = range(3)


class SetStrategy(object):
    """The interface of the strategies; one instance of each.  Methods
    taking w_item expect one for which is_correct_type(w_item) holds."""

    def is_correct_type(self, w_item):
        raise NotImplementedError

    def lookup_foreign(self, space, w_set, w_item):
        """FOREIGN_ABSENT or FOREIGN_PRESENT when w_item, not of the
        strategy's type, is known (not) to equal an item of w_set by the
        equality of its type; FOREIGN_UNKNOWN when it may define its own."""
        raise NotImplementedError


class TypedSetStorage(object):
    """The operations of one storage, copied into each strategy (RPython
    needs one copy per storage type).  The strategy defines erase and
    unerase, is_correct_type(w_item), unwrap(w_item) and wrap(space, key),
    and new_dict(space) where its keys are not plain dict keys."""

    def new_dict(self, space):
        return {}

    def empty_storage(self, space):
        return self.erase(self.new_dict(space))

    def length(self, w_set):
        return len(self.unerase(w_set.sstorage))

    def contains(self, w_set, w_item):
        return self.unwrap(w_item) in self.unerase(w_set.sstorage)

    def add(self, w_set, w_item):
        self.unerase(w_set.sstorage)[self.unwrap(w_item)] = None

    def discard(self, w_set, w_item):
        """Whether w_item was there."""
        d = self.unerase(w_set.sstorage)
        key = self.unwrap(w_item)
        if key in d:
            del d[key]
            return True
        return False

    def pop(self, space, w_set):
        key, _ = self.unerase(w_set.sstorage).popitem()
        return self.wrap(space, key)

    def items_w(self, space, w_set):
        return [self.wrap(space, key) for key in self.unerase(w_set.sstorage)]

    def copy_storage(self, space, w_set):
        d = self.new_dict(space)
        d.update(self.unerase(w_set.sstorage))
        return self.erase(d)

    def issubset_same(self, w_set, w_other):
        """w_set <= w_other, both of this strategy."""
        other = self.unerase(w_other.sstorage)
        for key in self.unerase(w_set.sstorage):
            if key not in other:
                return False
        return True

    def binop_same(self, space, opnum, w_set, w_other):
        """The storage of w_set OP w_other, both of this strategy, for the
        operators BIN_OR, BIN_AND, BIN_SUB and BIN_XOR."""
        left = self.unerase(w_set.sstorage)
        right = self.unerase(w_other.sstorage)
        result = self.new_dict(space)
        if opnum == op.BIN_OR:
            result.update(left)
            result.update(right)
        else:
            self.add_keys_by_membership(result, left, right,
                                        opnum == op.BIN_AND)
            if opnum == op.BIN_XOR:
                self.add_keys_by_membership(result, right, left, False)
        return self.erase(result)

    def add_keys_by_membership(self, result, keys, other, in_other):
        """Add to the dict result the keys of `keys` that are in other
        (in_other) or are not (not in_other)."""
        for key in keys:
            if (key in other) == in_other:
                result[key] = None


class ObjectSetStrategy(SetStrategy):
    erase, unerase = rerased.new_erasing_pair('object set')
    erase = staticmethod(erase)
    unerase = staticmethod(unerase)
    import_from_mixin(TypedSetStorage)

    def new_dict(self, space):
        return r_dict(space.eq_w, space.hash_w)

    def is_correct_type(self, w_item):
        return True

    def unwrap(self, w_item):
        return w_item

    def wrap(self, space, w_item):
        return w_item


class IntSetStrategy(SetStrategy):
    erase, unerase = rerased.new_erasing_pair('int set')
    erase = staticmethod(erase)
    unerase = staticmethod(unerase)
    import_from_mixin(TypedSetStorage)

    def is_correct_type(self, w_item):
        return type(w_item) is W_IntObject

    def unwrap(self, w_item):
        assert isinstance(w_item, W_IntObject)
        return w_item.intval

    def wrap(self, space, key):
        return space.newint(key)

    def add_range(self, w_set, w_range):
        assert isinstance(w_range, W_RangeObject)
        d = self.unerase(w_set.sstorage)
        for i in range(w_range.size):
            d[w_range.start + i * w_range.step] = None

    def lookup_foreign(self, space, w_set, w_item):
        # equal to an int: bools by value, integral floats, and longs that
        # fit a machine word; strs, bytes and None never
        item_type = type(w_item)
        if item_type is W_BoolObject:
            assert isinstance(w_item, W_BoolObject)
            key = w_item.intval
        elif item_type is W_FloatObject:
            assert isinstance(w_item, W_FloatObject)
            if not (math.floor(w_item.floatval) == w_item.floatval and
                    -9223372036854775808.0 <= w_item.floatval <
                    9223372036854775808.0):
                return FOREIGN_ABSENT
            key = int(w_item.floatval)
        elif item_type is W_LongObject:
            assert isinstance(w_item, W_LongObject)
            try:
                key = w_item.num.toint()
            except OverflowError:
                return FOREIGN_ABSENT
        elif (item_type is W_StrObject or item_type is W_BytesObject or
              item_type is W_NoneObject):
            return FOREIGN_ABSENT
        else:
            return FOREIGN_UNKNOWN
        if key in self.unerase(w_set.sstorage):
            return FOREIGN_PRESENT
        return FOREIGN_ABSENT


class StrSetStrategy(SetStrategy):
    erase, unerase = rerased.new_erasing_pair('str set')
    erase = staticmethod(erase)
    unerase = staticmethod(unerase)
    import_from_mixin(TypedSetStorage)

    def is_correct_type(self, w_item):
        return type(w_item) is W_StrObject

    def unwrap(self, w_item):
        assert isinstance(w_item, W_StrObject)
        return w_item.value

    def wrap(self, space, key):
        return space.newtext(key)

    def lookup_foreign(self, space, w_set, w_item):
        item_type = type(w_item)
        if (item_type is W_IntObject or item_type is W_BoolObject or
                item_type is W_FloatObject or item_type is W_LongObject or
                item_type is W_BytesObject or item_type is W_NoneObject):
            return FOREIGN_ABSENT
        return FOREIGN_UNKNOWN


object_strategy = ObjectSetStrategy()
int_strategy = IntSetStrategy()
str_strategy = StrSetStrategy()
# the strategy of new sets, which have no item yet to choose one by
empty_strategy = int_strategy


def strategy_for(w_item):
    if int_strategy.is_correct_type(w_item):
        return int_strategy
    if str_strategy.is_correct_type(w_item):
        return str_strategy
    return object_strategy


class W_SetObject(W_Root):
    _attrs_ = ['strategy', 'sstorage', 'frozen']

    def __init__(self, space, frozen=False):
        self.strategy = empty_strategy
        self.sstorage = empty_strategy.empty_storage(space)
        self.frozen = frozen

    def getclass(self, space):
        if self.frozen:
            return space.w_frozenset
        return space.w_set

    def new_like(self, space):
        return W_SetObject(space, self.frozen)

    def switch_to_object_strategy(self, space):
        items_w = self.strategy.items_w(space, self)
        self.strategy = object_strategy
        self.sstorage = object_strategy.empty_storage(space)
        for w_item in items_w:
            object_strategy.add(self, w_item)

    def add(self, space, w_item):
        if not self.strategy.is_correct_type(w_item):
            if self.strategy.length(self) == 0:
                self.strategy = strategy_for(w_item)
                self.sstorage = self.strategy.empty_storage(space)
            else:
                self.switch_to_object_strategy(space)
        self.strategy.add(self, w_item)

    def update(self, space, w_iterable):
        """Add the items of any iterable: those of a range, or of a set
        into an empty set, without boxing them."""
        if self.strategy.length(self) == 0:
            if isinstance(w_iterable, W_SetObject):
                self.copy_from(space, w_iterable)
                return
            if type(w_iterable) is W_RangeObject:
                self.strategy = int_strategy
                self.sstorage = int_strategy.empty_storage(space)
                int_strategy.add_range(self, w_iterable)
                return
        for w_item in space.unpackiterable(w_iterable):
            self.add(space, w_item)

    def has(self, space, w_item):
        strategy = self.strategy
        if strategy.is_correct_type(w_item):
            return strategy.contains(self, w_item)
        if strategy.length(self) == 0:
            space.hash_w(w_item)    # unhashable items raise TypeError
            return False
        found = strategy.lookup_foreign(space, self, w_item)
        if found == FOREIGN_UNKNOWN:
            self.switch_to_object_strategy(space)
            return object_strategy.contains(self, w_item)
        return found == FOREIGN_PRESENT

    def discard(self, space, w_item):
        """Whether w_item was there."""
        if not self.strategy.is_correct_type(w_item):
            if not self.has(space, w_item):
                return False
            # an equal item of the strategy's type is there: the object
            # strategy finds it by the item's own equality
            if self.strategy is not object_strategy:
                self.switch_to_object_strategy(space)
        return self.strategy.discard(self, w_item)

    def items_w(self, space):
        return self.strategy.items_w(space, self)

    def clear(self, space):
        self.strategy = empty_strategy
        self.sstorage = empty_strategy.empty_storage(space)

    def copy_from(self, space, w_other):
        """Make self's items those of w_other (no longer shared)."""
        self.strategy = w_other.strategy
        self.sstorage = w_other.strategy.copy_storage(space, w_other)

    def copy(self, space):
        w_copy = self.new_like(space)
        w_copy.copy_from(space, self)
        return w_copy

    def binop(self, space, opnum, w_other):
        if not isinstance(w_other, W_SetObject):
            return None
        if (opnum != op.BIN_OR and opnum != op.BIN_AND and
                opnum != op.BIN_SUB and opnum != op.BIN_XOR):
            return None
        w_result = self.new_like(space)
        if self.strategy is w_other.strategy:
            w_result.strategy = self.strategy
            w_result.sstorage = self.strategy.binop_same(space, opnum, self,
                                                         w_other)
        elif opnum == op.BIN_OR:
            w_result.copy_from(space, self)
            for w_x in w_other.items_w(space):
                w_result.add(space, w_x)
        else:
            w_result.add_items_by_membership(space, self, w_other,
                                             opnum == op.BIN_AND)
            if opnum == op.BIN_XOR:
                w_result.add_items_by_membership(space, w_other, self, False)
        return w_result

    def add_items_by_membership(self, space, w_source, w_other, in_other):
        """Add the items of w_source that are in w_other (in_other) or are
        not (not in_other)."""
        for w_x in w_source.items_w(space):
            if w_other.has(space, w_x) == in_other:
                self.add(space, w_x)

    def inplace_binop(self, space, opnum, w_other):
        if self.frozen or not isinstance(w_other, W_SetObject):
            return None
        w_result = self.binop(space, opnum, w_other)
        if w_result is None:
            return None
        assert isinstance(w_result, W_SetObject)
        self.take_items(w_result)
        return self

    def take_items(self, w_other):
        """Make self's items those of w_other, a set nothing else uses."""
        self.strategy = w_other.strategy
        self.sstorage = w_other.sstorage

    def compare(self, space, opnum, w_other):
        if not isinstance(w_other, W_SetObject):
            return None
        n = self.length(space)
        n_other = w_other.length(space)
        if opnum == op.CMP_EQ or opnum == op.CMP_NE:
            same = n == n_other and self.issubset(space, w_other)
            return space.newbool(same == (opnum == op.CMP_EQ))
        if opnum == op.CMP_LE:
            return space.newbool(self.issubset(space, w_other))
        if opnum == op.CMP_GE:
            return space.newbool(w_other.issubset(space, self))
        if opnum == op.CMP_LT:
            return space.newbool(n < n_other and self.issubset(space, w_other))
        return space.newbool(n > n_other and w_other.issubset(space, self))

    def issubset(self, space, w_other):
        if self.strategy is w_other.strategy:
            return self.strategy.issubset_same(self, w_other)
        for w_x in self.items_w(space):
            if not w_other.has(space, w_x):
                return False
        return True

    def is_true(self, space):
        return self.strategy.length(self) > 0

    def hash(self, space):
        if not self.frozen:
            raise space.error(space.w_TypeError, "unhashable type: 'set'")
        h = 1927868237 * (self.length(space) + 1)
        for w_x in self.items_w(space):
            hx = space.hash_w(w_x)
            h ^= (hx ^ (hx << 16) ^ 89869747) * 3644798167
        h = h * 69069 + 907133923
        if h == -1:
            h = 590923713
        return h

    def length(self, space):
        return self.strategy.length(self)

    def contains(self, space, w_item):
        return space.newbool(self.has(space, w_item))

    def iter(self, space):
        return W_SeqIterator(self.items_w(space))

    def repr(self, space):
        items_w = self.items_w(space)
        if self.frozen:
            if not items_w:
                return space.newtext(u'frozenset()')
            parts = [space.repr_u(w_x) for w_x in items_w]
            return space.newtext(u'frozenset({' + u', '.join(parts) + u'})')
        if not items_w:
            return space.newtext(u'set()')
        parts = [space.repr_u(w_x) for w_x in items_w]
        return space.newtext(u'{' + u', '.join(parts) + u'}')


def self_set(args):
    w_self = args.arguments_w[0]
    assert isinstance(w_self, W_SetObject)
    return w_self


def set_add(space, args):
    check_args(space, args, 'add', 2, 2)
    self_set(args).add(space, args.arguments_w[1])
    return space.w_None


def set_discard(space, args):
    check_args(space, args, 'discard', 2, 2)
    self_set(args).discard(space, args.arguments_w[1])
    return space.w_None


def set_remove(space, args):
    check_args(space, args, 'remove', 2, 2)
    if not self_set(args).discard(space, args.arguments_w[1]):
        raise space.key_error(args.arguments_w[1])
    return space.w_None


def new_set(space, w_type, args):
    check_args(space, args, 'set', 0, 1)
    w_set = W_SetObject(space)
    if args.arguments_w:
        w_set.update(space, args.arguments_w[0])
    return w_set


def new_frozenset(space, w_type, args):
    check_args(space, args, 'frozenset', 0, 1)
    w_set = W_SetObject(space, True)
    if args.arguments_w:
        w_arg = args.arguments_w[0]
        if type(w_arg) is W_SetObject and w_arg.frozen:
            return w_arg
        w_set.update(space, w_arg)
    return w_set


def as_set(space, w_obj):
    """Another operand of a set method: a set, or any iterable."""
    if isinstance(w_obj, W_SetObject):
        return w_obj
    w_set = W_SetObject(space)
    w_set.update(space, w_obj)
    return w_set


def set_binop_method(name, opnum):
    def method(space, args):
        check_args(space, args, name, 1, 1000)
        w_result = self_set(args)
        for w_other in args.arguments_w[1:]:
            w_result = w_result.binop(space, opnum, as_set(space, w_other))
            assert isinstance(w_result, W_SetObject)
        if w_result is self_set(args):
            w_result = w_result.copy(space)
        return w_result
    method.func_name = 'set_' + name
    return method


def set_update_method(name, opnum):
    def method(space, args):
        check_args(space, args, name, 1, 1000)
        w_self = self_set(args)
        for w_other in args.arguments_w[1:]:
            w_result = w_self.binop(space, opnum, as_set(space, w_other))
            assert isinstance(w_result, W_SetObject)
            w_self.take_items(w_result)
        return space.w_None
    method.func_name = 'set_' + name
    return method


def set_issubset(space, args):
    check_args(space, args, 'issubset', 2, 2)
    return space.newbool(self_set(args).issubset(
        space, as_set(space, args.arguments_w[1])))


def set_issuperset(space, args):
    check_args(space, args, 'issuperset', 2, 2)
    return space.newbool(as_set(space, args.arguments_w[1]).issubset(
        space, self_set(args)))


def set_isdisjoint(space, args):
    check_args(space, args, 'isdisjoint', 2, 2)
    w_self = self_set(args)
    w_other = as_set(space, args.arguments_w[1])
    for w_x in w_self.items_w(space):
        if w_other.has(space, w_x):
            return space.w_False
    return space.w_True


def set_pop(space, args):
    check_args(space, args, 'pop', 1, 1)
    w_self = self_set(args)
    if w_self.length(space) == 0:
        raise space.error(space.w_KeyError, "pop from an empty set")
    return w_self.strategy.pop(space, w_self)


def set_clear(space, args):
    check_args(space, args, 'clear', 1, 1)
    self_set(args).clear(space)
    return space.w_None


def set_copy(space, args):
    check_args(space, args, 'copy', 1, 1)
    w_self = self_set(args)
    if w_self.frozen:
        return w_self
    return w_self.copy(space)


frozenset_methods = {
    'union': set_binop_method('union', op.BIN_OR),
    'intersection': set_binop_method('intersection', op.BIN_AND),
    'difference': set_binop_method('difference', op.BIN_SUB),
    'symmetric_difference': set_binop_method('symmetric_difference',
                                             op.BIN_XOR),
    'issubset': set_issubset, 'issuperset': set_issuperset,
    'isdisjoint': set_isdisjoint, 'copy': set_copy,
}

set_methods = {'add': set_add, 'discard': set_discard, 'remove': set_remove,
               'update': set_update_method('update', op.BIN_OR),
               'intersection_update': set_update_method(
                   'intersection_update', op.BIN_AND),
               'difference_update': set_update_method(
                   'difference_update', op.BIN_SUB),
               'symmetric_difference_update': set_update_method(
                   'symmetric_difference_update', op.BIN_XOR),
               'pop': set_pop, 'clear': set_clear}
set_methods.update(frozenset_methods)
