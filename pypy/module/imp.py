"""The import statement: built-in modules, then .py files on sys.path."""

from pypy.interpreter.error import OperationError
from pypy.objspace.moduleobject import W_ModuleObject


def find_module(space, name):
    """The module `name` (fully qualified), importing it if needed."""
    w_name = space.newtext_utf8(name)
    w_module = space.w_modules.data.get(w_name, None)
    if w_module is not None:
        return w_module
    w_module = space.builtin_modules.get(name, None)
    if w_module is None and '.' in name:
        # a submodule held by a built-in package (numpy.random)
        dot = name.rfind('.')
        assert dot >= 0
        w_parent = find_module(space, name[:dot])
        w_module = space.findattr(w_parent, name[dot + 1:])
        if not isinstance(w_module, W_ModuleObject):
            w_module = None
    if w_module is None:
        raise OperationError(space.new_exception_args(
            space.w_ModuleNotFoundError,
            [space.newtext_utf8("No module named '%s'" % name)]))
    space.w_modules.data[w_name] = w_module
    return w_module


def import_name(space, name, w_fromlist, level, w_globals):
    if level > 0:
        raise space.error(space.w_ImportError,
                          "attempted relative import with no known parent "
                          "package")
    parts = name.split('.')
    w_top = find_module(space, parts[0])
    w_module = w_top
    for i in range(1, len(parts)):
        w_module = find_module(space, '.'.join(parts[:i + 1]))
    if space.is_none(w_fromlist):
        return w_top
    return w_module


def import_from(space, w_module, name):
    w_value = space.findattr(w_module, name)
    if w_value is None:
        modname = '?'
        if isinstance(w_module, W_ModuleObject):
            modname = w_module.name
        raise space.error(space.w_ImportError,
                          "cannot import name '%s' from '%s'" % (name,
                                                                 modname))
    return w_value


def import_star(space, w_module, w_locals):
    assert isinstance(w_module, W_ModuleObject)
    for w_key, w_value in w_module.w_dict.data.items():
        if not space.text_utf8(w_key).startswith('_'):
            w_locals.data[w_key] = w_value
