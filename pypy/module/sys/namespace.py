"""types.SimpleNamespace, the type of sys.implementation (types.py takes
it from there: `SimpleNamespace = type(sys.implementation)`)."""

from pypy.interpreter import opcodes as op
from pypy.objspace.root import W_Root
from pypy.objspace.typeobject import TypeDef


class W_SimpleNamespace(W_Root):
    _attrs_ = ['w_dict']

    def __init__(self, space):
        self.w_dict = space.newdict()

    def getclass(self, space):
        return space.w_SimpleNamespace

    def getdict(self, space):
        return self.w_dict

    def compare(self, space, opnum, w_other):
        if not isinstance(w_other, W_SimpleNamespace) or (
                opnum != op.CMP_EQ and opnum != op.CMP_NE):
            return None
        return self.w_dict.compare(space, opnum, w_other.w_dict)

    def repr(self, space):
        from pypy.objspace.dictobject import W_DictObject
        w_dict = self.w_dict
        assert isinstance(w_dict, W_DictObject)
        parts = []
        for w_key, w_value in w_dict.data.items():
            parts.append(space.str_u(w_key) + u'=' + space.repr_u(w_value))
        return space.newtext(u'namespace(' + u', '.join(parts) + u')')


def new_namespace(space, w_type, args):
    if args.arguments_w:
        raise space.error(space.w_TypeError,
                          "no positional arguments expected")
    w_ns = W_SimpleNamespace(space)
    for i in range(len(args.keyword_names)):
        w_ns.w_dict.setitem_str(space, args.keyword_names[i],
                                args.keyword_values_w[i])
    return w_ns


def make_namespace_type(space):
    space.make_builtin_type('w_SimpleNamespace', TypeDef(
        'SimpleNamespace', new=new_namespace, acceptable_as_base=False),
        [space.w_object])
    space.w_SimpleNamespace.set_module_name(space, 'types')
