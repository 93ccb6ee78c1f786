"""Names of built-in modules written at app level: numpy's np.lib
functions (pad, meshgrid, percentile, ...) are Python 3 code in
lib_pypy/_numpy_lib, os's makedirs, walk, PathLike... in lib_pypy/_os_lib,
modules on sys.path (pypy/module/sys/prefix.py). The built-in module's
__getattr__ (PEP 562, pypy/objspace/objspace.py module_getattr) imports its
library on the first miss and gives the names listed in its __all__; the
names the built-in module defines itself are found first and so keep
precedence."""

from pypy.interpreter.arguments import check_args
from pypy.interpreter.error import OperationError
from pypy.interpreter.function import BuiltinFunction
from pypy.objspace.moduleobject import W_ModuleObject
from rpython.tool.sourcetools import func_with_new_name


def import_lib(space, lib_module):
    """The library module, or None when it is not on sys.path (the
    built-in module then has only its built-in names)."""
    from pypy.module.imp import find_module, is_missing
    try:
        return find_module(space, lib_module)
    except OperationError as e:
        if is_missing(space, e, lib_module):
            return None
        raise


def lib_value(space, lib_module, name):
    """The library's `name` if it exports it, else None."""
    w_lib = import_lib(space, lib_module)
    if w_lib is None:
        return None
    w_all = space.findattr(w_lib, '__all__')
    if w_all is None or not space.is_true(
            space.contains(w_all, space.newtext_utf8(name))):
        return None
    return space.getattr(w_lib, name)


def module_getattr(module_name, lib_module, private_names=None):
    """The __getattr__ of the built-in module `module_name`, giving
    `lib_module`'s names (and of its private names, those listed in
    private_names: helpers that the module's CPython tests call)."""
    if private_names is None:
        private_names = []

    def getattr_(space, args):
        check_args(space, args, '__getattr__', 1, 1)
        name = space.text_utf8(args.arguments_w[0])
        # private and dunder names (__path__, __file__, ...) are probed by
        # the import system and tools: answered without importing the
        # library
        if not name.startswith('_') or name in private_names:
            w_value = lib_value(space, lib_module, name)
            if w_value is not None:
                # kept in the module's dict: later lookups find it directly
                w_module = space.builtin_modules.get(module_name, None)
                if w_module is None:        # a submodule (numpy.linalg)
                    from pypy.module.imp import find_module
                    w_module = find_module(space, module_name)
                assert isinstance(w_module, W_ModuleObject)
                w_module.w_dict.setitem_str(space, name, w_value)
                return w_value
        raise space.error(space.w_AttributeError,
                          "module '%s' has no attribute '%s'" % (
                              module_name, name))
    return BuiltinFunction('__getattr__', func_with_new_name(
        getattr_, module_name + '_getattr'))
