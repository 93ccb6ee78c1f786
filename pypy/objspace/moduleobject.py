"""Module objects: a name and a namespace dict."""

from pypy.objspace.root import W_Root


class W_ModuleObject(W_Root):
    _immutable_fields_ = ['name', 'w_dict']

    def __init__(self, space, name):
        self.name = name
        self.w_dict = space.newdict()
        self.w_dict.setitem_str(space, '__name__', space.newtext_utf8(name))

    def getclass(self, space):
        return space.w_module

    def getdict(self, space):
        return self.w_dict

    def repr(self, space):
        return space.newtext_utf8("<module '%s'>" % self.name)
