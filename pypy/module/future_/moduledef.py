"""The __future__ module: CPython 3.11's feature objects.  Every feature
is already on in this interpreter, so the compiler treats
`from __future__ import x` as an ordinary import."""

from pypy.objspace.root import W_Root
from pypy.objspace.typeobject import TypeDef
from pypy.interpreter.arguments import check_args
from pypy.interpreter.function import BuiltinFunction

# name, optional release, mandatory release (None: not yet), compiler flag
FEATURES = [
    ('nested_scopes', (2, 1, 0, 'beta', 1), (2, 2, 0, 'alpha', 0), 0x10),
    ('generators', (2, 2, 0, 'alpha', 1), (2, 3, 0, 'final', 0), 0),
    ('division', (2, 2, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 0x20000),
    ('absolute_import', (2, 5, 0, 'alpha', 1), (3, 0, 0, 'alpha', 0),
     0x40000),
    ('with_statement', (2, 5, 0, 'alpha', 1), (2, 6, 0, 'alpha', 0),
     0x80000),
    ('print_function', (2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0),
     0x100000),
    ('unicode_literals', (2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0),
     0x200000),
    ('barry_as_FLUFL', (3, 1, 0, 'alpha', 2), (4, 0, 0, 'alpha', 0),
     0x400000),
    ('generator_stop', (3, 5, 0, 'beta', 1), (3, 7, 0, 'alpha', 0),
     0x800000),
    ('annotations', (3, 7, 0, 'beta', 1), None, 0x1000000),
]


class W_Feature(W_Root):
    _immutable_fields_ = ['w_optional', 'w_mandatory', 'compiler_flag']

    def __init__(self, w_optional, w_mandatory, compiler_flag):
        self.w_optional = w_optional
        self.w_mandatory = w_mandatory
        self.compiler_flag = compiler_flag

    def getclass(self, space):
        return space.w_future_Feature

    def repr(self, space):
        return space.newtext(u'_Feature(' + space.repr_u(self.w_optional) +
                             u', ' + space.repr_u(self.w_mandatory) +
                             u', ' + space.repr_u(
                                 space.newint(self.compiler_flag)) + u')')


def self_feature(space, w_obj):
    if not isinstance(w_obj, W_Feature):
        raise space.error(space.w_TypeError,
                          "descriptor requires a '_Feature' object")
    return w_obj


def feature_get_optional(space, w_obj):
    return self_feature(space, w_obj).w_optional


def feature_get_mandatory(space, w_obj):
    return self_feature(space, w_obj).w_mandatory


def feature_get_flag(space, w_obj):
    return space.newint(self_feature(space, w_obj).compiler_flag)


def feature_optional_release(space, args):
    check_args(space, args, 'getOptionalRelease', 1, 1)
    return feature_get_optional(space, args.arguments_w[0])


def feature_mandatory_release(space, args):
    check_args(space, args, 'getMandatoryRelease', 1, 1)
    return feature_get_mandatory(space, args.arguments_w[0])


def release_tuple(space, release):
    if release is None:
        return space.w_None
    a, b, c, level, serial = release
    return space.newtuple([space.newint(a), space.newint(b),
                           space.newint(c), space.newtext_utf8(level),
                           space.newint(serial)])


def make_module(space):
    w_mod = space.newmodule('__future__')
    setitem = w_mod.w_dict.setitem_str
    w_type = space.make_builtin_type('w_future_Feature', TypeDef(
        '_Feature',
        methods={'getOptionalRelease': feature_optional_release,
                 'getMandatoryRelease': feature_mandatory_release},
        getset={'optional': feature_get_optional,
                'mandatory': feature_get_mandatory,
                'compiler_flag': feature_get_flag},
        acceptable_as_base=False), [space.w_object])
    w_type.set_module_name(space, '__future__')
    setitem(space, '_Feature', w_type)
    names_w = []
    for name, optional, mandatory, flag in FEATURES:
        setitem(space, name, W_Feature(release_tuple(space, optional),
                                       release_tuple(space, mandatory),
                                       flag))
        names_w.append(space.newtext_utf8(name))
    setitem(space, 'all_feature_names', space.newlist(names_w))
    return w_mod
