"""importlib.machinery over this interpreter's import system
(pypy/module/imp.py): module specs, and the search that system does
(built-in modules, then <dir>/<name>/__init__.py and <dir>/<name>.py on
sys.path or the parent package's __path__).  There are no meta-path
finders, bytecode caches or extension modules."""

import sys

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    """Returns a list of all recognized module suffixes for this process"""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """The specification for a module, used for loading."""

    def __init__(self, name, loader, *, origin=None, loader_state=None,
                 is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self.has_location = False

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations='
                        f'{self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and
                    self.loader == other.loader and
                    self.origin == other.origin and
                    smsl == other.submodule_search_locations and
                    self.cached == other.cached and
                    self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def parent(self):
        """The name of the module's parent."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name


class BuiltinImporter:
    """Meta path import for built-in modules."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None or fullname not in sys.builtin_module_names:
            return None
        return ModuleSpec(fullname, cls, origin='built-in')

    @staticmethod
    def create_module(spec):
        if spec.name not in sys.builtin_module_names:
            raise ImportError(f'{spec.name!r} is not a built-in module',
                              name=spec.name)
        return __import__(spec.name)

    @staticmethod
    def exec_module(module):
        """Built-in modules are ready when made."""


class SourceFileLoader:
    """Loads a module from its Python source file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (self.__class__ == other.__class__ and
                self.__dict__ == other.__dict__)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as file:
            return file.read()

    def get_source(self, fullname):
        return self.get_data(self.path).decode('utf-8')

    def get_code(self, fullname):
        return compile(self.get_data(self.path), self.path, 'exec')

    def is_package(self, fullname):
        filename = self.path.rpartition('/')[2]
        return filename.rpartition('.')[0] == '__init__'

    def create_module(self, spec):
        """Use default semantics for module creation."""

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)


class NamespaceLoader:
    """The loader of a namespace package (a folder without __init__.py):
    the module it makes is empty.  Its path is kept as given; CPython's
    recomputes it from the parent's when that changes."""

    def __init__(self, name, path, path_finder):
        self._path = path

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ''

    def get_code(self, fullname):
        return compile('', '<string>', 'exec', dont_inherit=True)

    def create_module(self, spec):
        """Use default semantics for module creation."""

    def exec_module(self, module):
        pass


def source_spec(name, path, is_package):
    spec = ModuleSpec(name, SourceFileLoader(name, path), origin=path,
                      is_package=is_package)
    if is_package:
        spec.submodule_search_locations.append(path.rpartition('/')[0])
    spec.has_location = True
    return spec


class PathFinder:
    """Finds modules on sys.path or a package's __path__ as the import
    statement does."""

    @classmethod
    def invalidate_caches(cls):
        """The import system keeps no caches."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None:
            path = sys.path
        for directory in path:
            spec = FileFinder(directory).find_spec(fullname)
            if spec is not None:
                return spec
        return None


class FileFinder:
    """Finds modules in one folder as the import statement does:
    <path>/<name>/__init__.py, then <path>/<name>.py (pkgutil registers
    its module listing for this class)."""

    def __init__(self, path, *loader_details):
        self.path = path or '.'

    def __repr__(self):
        return f'FileFinder({self.path!r})'

    def invalidate_caches(self):
        """The import system keeps no caches."""

    def find_spec(self, fullname, target=None):
        import os
        shortname = fullname.rpartition('.')[2]
        package_init = os.path.join(self.path, shortname, '__init__.py')
        if os.path.isfile(package_init):
            return source_spec(fullname, package_init, True)
        filename = os.path.join(self.path, shortname + '.py')
        if os.path.isfile(filename):
            return source_spec(fullname, filename, False)
        return None
