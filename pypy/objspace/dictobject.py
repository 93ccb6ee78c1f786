"""The dict type: an insertion-ordered RPython r_dict keyed by the
application-level __eq__/__hash__ of its keys."""

from rpython.rlib import jit
from rpython.rlib.objectmodel import r_dict
from pypy.interpreter import opcodes as op
from pypy.interpreter.arguments import check_args
from pypy.objspace.root import W_Root
from pypy.objspace.tupleobject import W_SeqIterator


class GlobalCell(object):
    """The value of one name of a dict used as a module's globals (None:
    not set).  LOAD_GLOBAL finds the cell with an elidable lookup, so in
    JIT traces only the read of w_value remains; every write to the dict
    keeps its cells up to date (key_changed / resync_cells)."""

    def __init__(self, w_value):
        self.w_value = w_value


class W_DictObject(W_Root):
    _attrs_ = ['data', 'cells']

    def __init__(self, space):
        self.data = r_dict(space.eq_w, space.hash_w)
        self.cells = None       # {name: GlobalCell} once used as globals

    def get_cell(self, space, name):
        cell = self._lookup_cell(name)
        if cell is None:
            cell = self._make_cell(space, name)
        return cell

    @jit.elidable
    def _lookup_cell(self, name):
        # only a lookup in an RPython dict: no side effects (a trace that
        # saw None keeps calling _make_cell, which then finds the cell)
        cells = self.cells
        if cells is None:
            return None
        return cells.get(name, None)

    @jit.dont_look_inside
    def _make_cell(self, space, name):
        cells = self.cells
        if cells is None:
            cells = {}
            self.cells = cells
        cell = cells.get(name, None)
        if cell is None:
            cell = GlobalCell(self.data.get(space.newtext_utf8(name), None))
            cells[name] = cell
        return cell

    def key_changed(self, space, w_key, w_value):
        """w_key was set to w_value (None: deleted)."""
        from pypy.objspace.strobject import W_StrObject
        if self.cells is not None and isinstance(w_key, W_StrObject):
            cell = self.cells.get(space.text_utf8(w_key), None)
            if cell is not None:
                cell.w_value = w_value

    def resync_cells(self, space):
        """After a bulk change (update, clear, pop...)."""
        if self.cells is not None:
            for name, cell in self.cells.items():
                cell.w_value = self.data.get(space.newtext_utf8(name), None)

    def getclass(self, space):
        return space.w_dict

    def is_true(self, space):
        return len(self.data) > 0

    def hash(self, space):
        raise space.error(space.w_TypeError, "unhashable type: 'dict'")

    def compare(self, space, opnum, w_other):
        from pypy.interpreter import opcodes
        if not isinstance(w_other, W_DictObject) or (
                opnum != opcodes.CMP_EQ and opnum != opcodes.CMP_NE):
            return None
        same = len(self.data) == len(w_other.data)
        if same:
            for w_key, w_value in self.data.items():
                w_other_value = w_other.data.get(w_key, None)
                if w_other_value is None or not space.eq_w(w_value,
                                                           w_other_value):
                    same = False
                    break
        return space.newbool(same == (opnum == opcodes.CMP_EQ))

    # PEP 584: d | other and other | d take two dicts and give a plain
    # dict; d |= other takes whatever update() takes
    def binop(self, space, opnum, w_other):
        if opnum != op.BIN_OR or not isinstance(w_other, W_DictObject):
            return None
        return dict_union(space, self, w_other)

    def rbinop(self, space, opnum, w_other):
        if opnum != op.BIN_OR or not isinstance(w_other, W_DictObject):
            return None
        return dict_union(space, w_other, self)

    def inplace_binop(self, space, opnum, w_other):
        if opnum != op.BIN_OR:
            return None
        dict_update_from(space, self, w_other)
        return self

    def repr(self, space):
        if not space.ec.enter_repr(self):
            return space.newtext(u'{...}')
        try:
            parts = [space.repr_u(w_k) + u': ' + space.repr_u(w_v)
                     for w_k, w_v in self.data.items()]
            return space.newtext(u'{' + u', '.join(parts) + u'}')
        finally:
            space.ec.leave_repr(self)

    def length(self, space):
        return len(self.data)

    def getitem(self, space, w_key):
        w_value = self.data.get(w_key, None)
        if w_value is None:
            raise space.key_error(w_key)
        return w_value

    def setitem(self, space, w_key, w_value):
        self.data[w_key] = w_value
        if self.cells is not None:
            self.key_changed(space, w_key, w_value)
        return True

    def delitem(self, space, w_key):
        if w_key not in self.data:
            raise space.key_error(w_key)
        del self.data[w_key]
        if self.cells is not None:
            self.key_changed(space, w_key, None)
        return True

    def contains(self, space, w_item):
        return space.newbool(w_item in self.data)

    def iter(self, space):
        return W_SeqIterator(self.data.keys())

    # interp-level access by name, for namespaces
    def getitem_str(self, space, name):
        return self.data.get(space.newtext_utf8(name), None)

    def setitem_str(self, space, name, w_value):
        self.data[space.newtext_utf8(name)] = w_value
        if self.cells is not None:
            cell = self.cells.get(name, None)
            if cell is not None:
                cell.w_value = w_value


def self_dict(args):
    w_self = args.arguments_w[0]
    assert isinstance(w_self, W_DictObject)
    return w_self


def dict_get(space, args):
    check_args(space, args, 'get', 2, 3)
    w_value = self_dict(args).data.get(args.arguments_w[1], None)
    if w_value is None:
        if len(args.arguments_w) == 3:
            return args.arguments_w[2]
        return space.w_None
    return w_value


VIEW_KEYS, VIEW_VALUES, VIEW_ITEMS = 0, 1, 2
VIEW_NAMES = [u'dict_keys', u'dict_values', u'dict_items']


SET_OPERATORS = [op.BIN_SUB, op.BIN_AND, op.BIN_OR, op.BIN_XOR]


class W_DictViewObject(W_Root):
    """d.keys(), d.values(), d.items(): live views of the dict, so a view
    made before the dict changes sees the change (length, membership,
    iteration)."""
    _immutable_fields_ = ['w_dict', 'kind']
    _attrs_ = ['w_dict', 'kind']

    def __init__(self, w_dict, kind):
        self.w_dict = w_dict
        self.kind = kind

    def getclass(self, space):
        if self.kind == VIEW_KEYS:
            return space.w_dict_keys
        if self.kind == VIEW_VALUES:
            return space.w_dict_values
        return space.w_dict_items

    def items_w(self, space):
        """The view's current contents, in the dict's order."""
        data = self.w_dict.data
        if self.kind == VIEW_KEYS:
            return data.keys()
        if self.kind == VIEW_VALUES:
            return data.values()
        return [space.newtuple([w_k, w_v]) for w_k, w_v in data.items()]

    def is_true(self, space):
        return len(self.w_dict.data) > 0

    def length(self, space):
        return len(self.w_dict.data)

    def contains(self, space, w_item):
        from pypy.objspace.tupleobject import W_TupleObject
        data = self.w_dict.data
        if self.kind == VIEW_KEYS:
            return space.newbool(w_item in data)
        if self.kind == VIEW_VALUES:
            return None                 # by iteration, as CPython
        if not isinstance(w_item, W_TupleObject) or len(w_item.items_w) != 2:
            return space.w_False
        w_value = data.get(w_item.items_w[0], None)
        return space.newbool(w_value is not None and
                             space.eq_w(w_value, w_item.items_w[1]))

    def iter(self, space):
        return W_SeqIterator(self.items_w(space))

    def binop(self, space, opnum, w_other):
        return self.set_op(space, opnum, self, w_other)

    def rbinop(self, space, opnum, w_other):
        return self.set_op(space, opnum, w_other, self)

    def set_op(self, space, opnum, w_left, w_right):
        """keys() and items() views with any iterable, by -, &, | and ^: a
        set, as set(w_left) op set(w_right)."""
        if self.kind == VIEW_VALUES or opnum not in SET_OPERATORS:
            return None
        w_right_set = space.call_function(space.w_set, w_right)
        w_left_set = space.call_function(space.w_set, w_left)
        return w_left_set.binop(space, opnum, w_right_set)

    def repr(self, space):
        if not space.ec.enter_repr(self):
            return space.newtext(u'...')
        try:
            parts = [space.repr_u(w_item) for w_item in self.items_w(space)]
            return space.newtext(VIEW_NAMES[self.kind] + u'([' +
                                 u', '.join(parts) + u'])')
        finally:
            space.ec.leave_repr(self)


def dict_keys(space, args):
    check_args(space, args, 'keys', 1, 1)
    return W_DictViewObject(self_dict(args), VIEW_KEYS)


def dict_values(space, args):
    check_args(space, args, 'values', 1, 1)
    return W_DictViewObject(self_dict(args), VIEW_VALUES)


def dict_items(space, args):
    check_args(space, args, 'items', 1, 1)
    return W_DictViewObject(self_dict(args), VIEW_ITEMS)


def dict_pop(space, args):
    check_args(space, args, 'pop', 2, 3)
    w_dict = self_dict(args)
    data = w_dict.data
    w_key = args.arguments_w[1]
    w_value = data.get(w_key, None)
    if w_value is None:
        if len(args.arguments_w) == 3:
            return args.arguments_w[2]
        raise space.key_error(w_key)
    del data[w_key]
    w_dict.key_changed(space, w_key, None)
    return w_value


def dict_setdefault(space, args):
    check_args(space, args, 'setdefault', 2, 3)
    w_dict = self_dict(args)
    data = w_dict.data
    w_key = args.arguments_w[1]
    w_value = data.get(w_key, None)
    if w_value is None:
        w_value = space.w_None
        if len(args.arguments_w) == 3:
            w_value = args.arguments_w[2]
        data[w_key] = w_value
        w_dict.key_changed(space, w_key, w_value)
    return w_value


def dict_union(space, w_left, w_right):
    w_new = space.newdict()
    w_new.data.update(w_left.data)
    w_new.data.update(w_right.data)
    return w_new


def dict_update_from(space, w_dict, w_other):
    """dict.update(w_other): a dict, a mapping (an object with keys(), as
    CPython: its keys, each looked up with [] ), or an iterable of pairs."""
    if isinstance(w_other, W_DictObject):
        w_dict.data.update(w_other.data)
        w_dict.resync_cells(space)
        return
    w_keys = space.findattr(w_other, 'keys')
    if w_keys is not None:
        for w_key in space.unpackiterable(space.call_function(w_keys)):
            w_value = space.getitem(w_other, w_key)
            w_dict.data[w_key] = w_value
            w_dict.key_changed(space, w_key, w_value)
        return
    for w_pair in space.unpackiterable(w_other):
        items_w = space.unpackiterable(w_pair)
        if len(items_w) != 2:
            raise space.error(
                space.w_ValueError,
                "dictionary update sequence element has length %d; 2 is "
                "required" % len(items_w))
        w_dict.data[items_w[0]] = items_w[1]
        w_dict.key_changed(space, items_w[0], items_w[1])


def dict_update(space, args):
    if len(args.arguments_w) > 2:
        raise space.error(space.w_TypeError,
                          "update expected at most 1 argument, got %d" %
                          (len(args.arguments_w) - 1))
    w_dict = self_dict(args)
    if len(args.arguments_w) == 2:
        dict_update_from(space, w_dict, args.arguments_w[1])
    for i in range(len(args.keyword_names)):
        w_dict.setitem_str(space, args.keyword_names[i],
                           args.keyword_values_w[i])
    return space.w_None


def dict_copy(space, args):
    check_args(space, args, 'copy', 1, 1)
    w_new = space.newdict()
    w_new.data.update(self_dict(args).data)
    return w_new


def dict_clear(space, args):
    check_args(space, args, 'clear', 1, 1)
    w_dict = self_dict(args)
    w_dict.data.clear()
    w_dict.resync_cells(space)
    return space.w_None


def new_dict(space, w_type, args):
    if len(args.arguments_w) > 1:
        raise space.error(space.w_TypeError,
                          "dict expected at most 1 argument, got %d" %
                          len(args.arguments_w))
    w_dict = space.newdict()
    dict_update(space, args.prepend(w_dict))
    return w_dict


def dict_reversed(space, args):
    """dict.__reversed__ and its views': an iterator over a snapshot of
    the keys (values, items) from the last to the first (it makes dicts
    collections.abc.Reversible)."""
    check_args(space, args, '__reversed__', 1, 1)
    w_obj = args.arguments_w[0]
    if isinstance(w_obj, W_DictObject):
        items_w = w_obj.data.keys()
    elif isinstance(w_obj, W_DictViewObject):
        items_w = w_obj.items_w(space)
    else:
        raise space.error(space.w_TypeError, "descriptor '__reversed__' "
                          "requires a 'dict' object")
    items_w.reverse()
    return W_SeqIterator(items_w)


dict_methods = {
    'get': dict_get, 'keys': dict_keys, 'values': dict_values,
    'items': dict_items, 'pop': dict_pop, 'setdefault': dict_setdefault,
    'update': dict_update, 'copy': dict_copy, 'clear': dict_clear,
    '__reversed__': dict_reversed,
}
def view_iter(space, args):
    check_args(space, args, '__iter__', 1, 1)
    return space.iter(args.arguments_w[0])


# (collections.abc.Reversible looks for both in the type)
view_methods = {'__iter__': view_iter, '__reversed__': dict_reversed}
