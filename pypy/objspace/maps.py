"""Maps ("hidden classes") of the instances of Python classes: the class
and the attribute names in the order they were added, each with its slot
in the instance.  Maps are shared by all instances of a class that got the
same attributes in the same order, and never change, so in JIT traces one
guard on an instance's map makes both its class and the slot of each
attribute constant."""

from rpython.rlib import jit


class Map(object):
    """One map: `name` stored in slot `index`, after the attributes of
    `back`.  A class has two maps without attributes (W_TypeObject's
    empty_map and dict_map): the first of its instances, and the one of its
    instances whose attributes live in a real __dict__ (uses_dict)."""
    _immutable_fields_ = ['name', 'index', 'back', 'length', 'w_type',
                          'uses_dict']

    def __init__(self, name, index, back, w_type, uses_dict):
        self.name = name
        self.index = index
        self.back = back
        self.length = index + 1
        self.w_type = w_type
        self.uses_dict = uses_dict
        self.transitions = {}

    @jit.elidable
    def find_index(self, name):
        # a pure function of (self, name): a map's chain of names never
        # changes
        m = self
        while m.index >= 0:
            if m.name == name:
                return m.index
            m = m.back
        return -1

    @jit.elidable
    def with_attr(self, name):
        # the same map for the same (self, name) every time: transitions
        # only ever gain entries, and an entry is never replaced
        m = self.transitions.get(name, None)
        if m is None:
            m = Map(name, self.length, self, self.w_type, False)
            self.transitions[name] = m
        return m

    def names(self):
        result = [''] * self.length
        m = self
        while m.index >= 0:
            result[m.index] = m.name
            m = m.back
        return result

    def of_class(self, w_type):
        """The map of w_type with this map's attributes, in their slots
        (assigning __class__ keeps an instance's attributes)."""
        if self.uses_dict:
            return w_type.dict_map
        m = w_type.empty_map
        for name in self.names():
            m = m.with_attr(name)
        return m
