"""importlib.util: find_spec, resolve_name, module_from_spec and
spec_from_file_location over importlib.machinery."""

import sys
from importlib.machinery import (BuiltinImporter, ModuleSpec, PathFinder,
                                 SourceFileLoader, source_spec)


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level '
                          'package')
    base = bits[0]
    return f'{base}.{name[level:]}' if name[level:] else base


def spec_of_loaded(module):
    """The spec of a module the import statement loaded (it sets no
    __spec__)."""
    spec = getattr(module, '__spec__', None)
    if spec is not None:
        return spec
    filename = getattr(module, '__file__', None)
    if filename is None:
        return BuiltinImporter.find_spec(module.__name__)
    return source_spec(module.__name__, filename,
                       hasattr(module, '__path__'))


def _find_spec(fullname, parent_path):
    return (BuiltinImporter.find_spec(fullname, parent_path) or
            PathFinder.find_spec(fullname, parent_path))


def find_spec(name, package=None):
    """Return the spec for the specified module, or None if it is not
    found; the parent package is imported first."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        return spec_of_loaded(module)
    parent_name = fullname.rpartition('.')[0]
    parent_path = None
    if parent_name:
        parent = __import__(parent_name, fromlist=['__path__'])
        try:
            parent_path = parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent_name!r} "
                f"while trying to find {fullname!r}", name=fullname) from e
    return _find_spec(fullname, parent_path)


def module_from_spec(spec):
    """Create a module based on the provided spec."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    if module is None:
        module = type(sys)(spec.name)
    module.__name__ = spec.name
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin
    return module


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None):
    """A spec for a source file (location), as CPython's for a .py."""
    import os
    if location is None:
        return None
    location = os.fspath(location)
    if loader is None:
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is not None:
        spec.submodule_search_locations = submodule_search_locations
    elif hasattr(loader, 'is_package'):
        # a loader without is_package (pytest's assertion rewriter) makes
        # modules, not packages
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = False
        if is_package:
            spec.submodule_search_locations = [os.path.dirname(location)]
    return spec


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The .pyc file of a source file: none here, as CPython says when
    sys.implementation.cache_tag is None (pypy-c writes no .pyc files)."""
    raise NotImplementedError('sys.implementation.cache_tag is None')


def source_from_cache(path):
    """The source file of a .pyc file: as cache_from_source, none."""
    raise NotImplementedError('sys.implementation.cache_tag is None')
