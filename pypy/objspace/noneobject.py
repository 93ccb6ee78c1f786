"""The singletons None, Ellipsis and NotImplemented."""

from pypy.objspace.root import W_Root


class W_NoneObject(W_Root):
    _attrs_ = []

    def getclass(self, space):
        return space.w_NoneType

    def is_true(self, space):
        return False

    def repr(self, space):
        return space.newtext_ascii('None')


class W_EllipsisObject(W_Root):
    _attrs_ = []

    def getclass(self, space):
        return space.w_ellipsis

    def repr(self, space):
        return space.newtext_ascii('Ellipsis')


class W_NotImplementedObject(W_Root):
    _attrs_ = []

    def getclass(self, space):
        return space.w_NotImplementedType

    def repr(self, space):
        return space.newtext_ascii('NotImplemented')
