"""functools.cached_property: a non-data descriptor that computes its
function once per instance and stores the value in the instance's
__dict__ under the name it was assigned to, where later lookups find it
before the descriptor."""

from pypy.interpreter.arguments import check_args
from pypy.objspace.root import W_Root


class W_CachedProperty(W_Root):

    def __init__(self, w_func):
        self.w_func = w_func
        self.attrname = None        # set by __set_name__ (UTF-8)

    def getclass(self, space):
        return space.w_functools_cached_property

    def get(self, space, w_obj, w_type):
        if w_obj is None or space.is_none(w_obj):
            return self
        if self.attrname is None:
            raise space.error(space.w_TypeError, "Cannot use cached_property "
                              "instance without calling __set_name__ on it.")
        name = self.attrname
        w_dict = w_obj.getdict(space)
        if w_dict is None:
            raise space.error(space.w_TypeError,
                              "No '__dict__' attribute on '%s' instance to "
                              "cache '%s' property." % (
                                  space.type_name(space.type(w_obj)), name))
        w_value = w_dict.getitem_str(space, name)
        if w_value is None:
            w_value = space.call_function(self.w_func, w_obj)
            w_dict.setitem_str(space, name, w_value)
        return w_value


def new_cached_property(space, w_type, args):
    check_args(space, args, 'cached_property', 1, 1)
    return W_CachedProperty(args.arguments_w[0])


def self_cached_property(space, w_self):
    if not isinstance(w_self, W_CachedProperty):
        raise space.error(space.w_TypeError,
                          "descriptor requires a 'cached_property' object")
    return w_self


def cached_property_set_name(space, args):
    check_args(space, args, '__set_name__', 3, 3)
    w_self = self_cached_property(space, args.arguments_w[0])
    name = space.text_utf8(args.arguments_w[2])
    if w_self.attrname is None:
        w_self.attrname = name
    elif name != w_self.attrname:
        raise space.error(space.w_TypeError,
                          "Cannot assign the same cached_property to two "
                          "different names ('%s' and '%s')." % (
                              w_self.attrname, name))
    return space.w_None


def cached_property_get(space, args):
    check_args(space, args, '__get__', 2, 3)
    w_self = self_cached_property(space, args.arguments_w[0])
    return w_self.get(space, args.arguments_w[1], None)


def get_func(space, w_obj):
    return self_cached_property(space, w_obj).w_func


def get_attrname(space, w_obj):
    name = self_cached_property(space, w_obj).attrname
    if name is None:
        return space.w_None
    return space.newtext_utf8(name)


def get_doc(space, w_obj):
    w_func = self_cached_property(space, w_obj).w_func
    w_doc = space.findattr(w_func, '__doc__')
    if w_doc is None:
        return space.w_None
    return w_doc


METHODS = {'__set_name__': cached_property_set_name,
           '__get__': cached_property_get}
GETSET = {'func': get_func, 'attrname': get_attrname, '__doc__': get_doc}
