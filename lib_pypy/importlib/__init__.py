"""importlib over this interpreter's own import system
(pypy/module/imp.py) rather than CPython's importlib._bootstrap, which
would be a second import system beside the import statement's:
import_module and reload go through __import__ and the modules' own
source files, find_spec searches as the import statement does
(importlib.util, importlib.machinery)."""

import sys

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

# the submodules this package has no own version of (metadata, resources,
# readers, simple) are CPython's, in the standard library's importlib
__path__.append(sys.prefix + '/lib-python/3.11/importlib')


def import_module(name, package=None):
    """Import a module.

    The 'package' argument is required when performing a relative import. It
    specifies the package to use as the anchor point from which to resolve the
    relative import to an absolute import.

    """
    from importlib.util import resolve_name
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform "
                            f"a relative import for {name!r}")
        name = resolve_name(name, package)
    if name in sys.modules:
        module = sys.modules[name]
        if module is None:
            raise ModuleNotFoundError(
                f'import of {name} halted; None in sys.modules', name=name)
        return module
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """The import system keeps no finder caches: nothing to do."""


def reload(module):
    """Reload the module and return it: its source is run again in the
    module's namespace (a built-in module is returned as it is)."""
    from importlib.util import find_spec
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    del sys.modules[name]
    try:
        spec = find_spec(name)
    finally:
        sys.modules[name] = module
    if spec is None:
        raise ModuleNotFoundError(f"spec not found for the module {name!r}",
                                  name=name)
    spec.loader.exec_module(module)
    return sys.modules[name]
