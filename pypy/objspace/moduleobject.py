"""Module objects: a name and a namespace dict."""

from pypy.objspace.root import W_Root


class W_ModuleObject(W_Root):
    _attrs_ = _immutable_fields_ = ['name', 'w_dict']

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


class W_ModuleObjectUser(W_ModuleObject):
    """An instance of a Python subclass of types.ModuleType (pygments'
    lazily importing _automodule, with its __getattr__): a module whose
    class is the subclass; its attributes stay in the module's dict."""
    _attrs_ = ['w_type']

    def __init__(self, space, name, w_type):
        W_ModuleObject.__init__(self, space, name)
        self.w_type = w_type

    def getclass(self, space):
        return self.w_type


def new_module(space, w_type, args):
    """types.ModuleType(name, doc=None), as importlib makes the modules it
    loads: __name__ and __doc__ set, __package__, __loader__ and __spec__
    None."""
    from pypy.interpreter.arguments import check_keywords, \
        check_positional, keyword_value
    check_keywords(space, args, 'module', ['name', 'doc'])
    check_positional(space, args, 'module', 0, 2)
    w_name = keyword_value(args, 'name')
    w_doc = keyword_value(args, 'doc')
    if len(args.arguments_w) >= 1:
        w_name = args.arguments_w[0]
    if len(args.arguments_w) == 2:
        w_doc = args.arguments_w[1]
    if w_name is None:
        raise space.error(space.w_TypeError, "module() missing required "
                          "argument 'name' (pos 1)")
    if not space.isinstance_w(w_name, space.w_str):
        raise space.error(space.w_TypeError, "module() argument 'name' "
                          "must be str, not %s" %
                          space.type_name(space.type(w_name)))
    name = space.text_utf8(w_name)
    if w_type is space.w_module:
        w_module = W_ModuleObject(space, name)
    else:
        w_module = W_ModuleObjectUser(space, name, w_type)
    w_dict = w_module.w_dict
    if w_doc is None:
        w_doc = space.w_None
    w_dict.setitem_str(space, '__doc__', w_doc)
    for name in ['__package__', '__loader__', '__spec__']:
        w_dict.setitem_str(space, name, space.w_None)
    return w_module
