"""__slots__ in a class statement: a member descriptor per name, and
instances without __dict__ (and without weak references) unless a base
class gives them or the slots name '__dict__' ('__weakref__').  The values
live in the instance's map slots (instanceobject.py) as other attributes."""

from pypy.objspace.root import W_Root
from pypy.objspace.typeobject import W_TypeObject


class W_MemberDescriptor(W_Root):
    """A name of __slots__: reads, writes and reports the attribute of
    instances of w_objclass."""
    _immutable_fields_ = ['name', 'w_objclass?']

    def __init__(self, name):
        self.name = name
        self.w_objclass = None      # the class, set once it exists

    def getclass(self, space):
        return space.w_member_descriptor

    def repr(self, space):
        return space.newtext_utf8("<member '%s' of '%s' objects>" % (
            self.name, self.objclass().name))

    def objclass(self):
        w_objclass = self.w_objclass
        assert isinstance(w_objclass, W_TypeObject)
        return w_objclass

    def is_data_descriptor(self):
        return True

    def check_instance(self, space, w_obj):
        if not space.type(w_obj).issubtype(self.objclass()):
            raise space.error(space.w_TypeError,
                              "descriptor '%s' for '%s' objects doesn't "
                              "apply to a '%s' object" % (
                                  self.name, self.objclass().name,
                                  space.type_name(space.type(w_obj))))

    def get(self, space, w_obj, w_type):
        from pypy.objspace.instanceobject import W_InstanceObject
        if w_obj is None:
            return self
        self.check_instance(space, w_obj)
        if isinstance(w_obj, W_InstanceObject):
            w_value = w_obj.map_read(self.name)
            if w_value is None and w_obj.getdict(space) is not None:
                # (an instance that also has a __dict__ and switched to it:
                # set() wrote there)
                w_value = self.instance_dict(space, w_obj).getitem_str(
                    space, self.name)
        else:
            # an instance of a subclass of a built-in type other than
            # object (socket.py's socket): the value is in its dict
            w_value = self.instance_dict(space, w_obj).getitem_str(
                space, self.name)
        if w_value is None:
            raise space.attribute_error(w_obj, self.name)
        return w_value

    def set(self, space, w_obj, w_value):
        from pypy.objspace.instanceobject import W_InstanceObject
        self.check_instance(space, w_obj)
        if not isinstance(w_obj, W_InstanceObject) or \
                not w_obj.map_write(space, self.name, w_value):
            # (a built-in type's subclass, or an instance that also has a
            # __dict__ and switched to it)
            self.instance_dict(space, w_obj).setitem_str(space, self.name,
                                                         w_value)
        return True

    def instance_dict(self, space, w_obj):
        from pypy.objspace.dictobject import W_DictObject
        w_dict = w_obj.getdict(space)
        if not isinstance(w_dict, W_DictObject):
            raise space.attribute_error(w_obj, self.name)
        return w_dict


def slot_names(space, class_name, w_slots):
    """The names __slots__ lists (a string is one name), private names
    mangled with the class name as in the class body."""
    if space.isinstance_w(w_slots, space.w_str):
        names_w = [w_slots]
    else:
        names_w = space.unpackiterable(w_slots)
    names = []
    for w_name in names_w:
        if not space.isinstance_w(w_name, space.w_str):
            raise space.error(space.w_TypeError,
                              "__slots__ items must be strings, not '%s'" %
                              space.type_name(space.type(w_name)))
        name = space.text_utf8(w_name)
        if not space.is_true(space.call_method(w_name, 'isidentifier')):
            raise space.error(space.w_TypeError,
                              "__slots__ must be identifiers")
        if name.startswith('__') and not name.endswith('__'):
            name = '_' + class_name.lstrip('_') + name
        if name not in names:       # (CPython allows repeats)
            names.append(name)
    return names


def add_member_descriptors(space, class_name, dict_w):
    """For a class body that has __slots__: its member descriptors put in
    dict_w, and the slots' names; None without __slots__."""
    w_slots = dict_w.get('__slots__', None)
    if w_slots is None:
        return None
    names = slot_names(space, class_name, w_slots)
    for name in names:
        if name == '__dict__' or name == '__weakref__':
            continue
        if name in dict_w:
            raise space.error(space.w_ValueError,
                              "'%s' in __slots__ conflicts with class "
                              "variable" % name)
        dict_w[name] = W_MemberDescriptor(name)
    return names


def set_layout(space, w_type, names):
    """Whether the instances of the new class w_type have a __dict__ and
    take weak references: names are its __slots__ (None: no __slots__,
    they do), else some base class must give them."""
    if names is None:
        return
    w_type.instances_have_dict = '__dict__' in names
    w_type.instances_have_weakref = '__weakref__' in names
    for w_base in w_type.bases_w:
        assert isinstance(w_base, W_TypeObject)
        if w_base is space.w_object:
            continue
        # (a built-in base other than object keeps its layout: an
        # exception's instances have a __dict__)
        if w_base.instances_have_dict:
            w_type.instances_have_dict = True
        if w_base.instances_have_weakref:
            w_type.instances_have_weakref = True
    for name in names:
        w_descr = w_type.dict_w.get(name, None)
        if isinstance(w_descr, W_MemberDescriptor):
            w_descr.w_objclass = w_type
