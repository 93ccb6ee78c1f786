"""numpy's names written at app level: the functions of np.lib (pad,
meshgrid, percentile, ...) are Python 3 code in lib_pypy/_numpy_lib, a
package on sys.path (pypy/module/sys/prefix.py). numpy's module-level
__getattr__ (PEP 562, pypy/objspace/objspace.py module_getattr) imports it
on the first miss and gives the names listed in its __all__; the names the
numpy module defines itself are found first and so keep precedence."""

from pypy.interpreter.arguments import check_args
from pypy.interpreter.error import OperationError
from pypy.objspace.moduleobject import W_ModuleObject

LIB_MODULE = '_numpy_lib'


def import_lib(space):
    """The _numpy_lib module, or None when it is not on sys.path (numpy
    then has only its built-in names)."""
    from pypy.module.imp import find_module, is_missing
    try:
        return find_module(space, LIB_MODULE)
    except OperationError as e:
        if is_missing(space, e, LIB_MODULE):
            return None
        raise


def lib_value(space, name):
    """_numpy_lib's `name` if it exports it, else None."""
    w_lib = import_lib(space)
    if w_lib is None:
        return None
    w_all = space.findattr(w_lib, '__all__')
    if w_all is None or not space.is_true(
            space.contains(w_all, space.newtext_utf8(name))):
        return None
    return space.getattr(w_lib, name)


def np_getattr(space, args):
    check_args(space, args, '__getattr__', 1, 1)
    name = space.text_utf8(args.arguments_w[0])
    # private and dunder names (__path__, __file__, ...) are probed by the
    # import system and tools: answered without importing the library
    if not name.startswith('_'):
        w_value = lib_value(space, name)
        if w_value is not None:
            # kept in numpy's dict: later lookups find it directly
            w_numpy = space.builtin_modules['numpy']
            assert isinstance(w_numpy, W_ModuleObject)
            w_numpy.w_dict.setitem_str(space, name, w_value)
            return w_value
    raise space.error(space.w_AttributeError,
                      "module 'numpy' has no attribute '%s'" % name)
