"""importlib.abc: the abstract bases of finders and loaders (CPython's,
without the deprecated find_module/load_module machinery of
importlib._bootstrap, which this interpreter has not), registered with
importlib.machinery's classes.  FileLoader and SourceLoader are not
provided (CPython builds them on _bootstrap_external's)."""

import abc

from importlib import machinery
from importlib.resources.abc import (ResourceReader, Traversable,
                                     TraversableResources)

__all__ = ['Loader', 'MetaPathFinder', 'PathEntryFinder', 'ResourceLoader',
           'InspectLoader', 'ExecutionLoader', 'ResourceReader',
           'Traversable', 'TraversableResources']


class Loader(metaclass=abc.ABCMeta):
    """Abstract base class for import loaders."""

    def create_module(self, spec):
        """Return a module to initialize and into which to load, or None
        for the default semantics."""
        return None


class MetaPathFinder(metaclass=abc.ABCMeta):
    """Abstract base class for import finders on sys.meta_path."""

    def invalidate_caches(self):
        """An optional method for clearing the finder's cache, if any.
        This method is used by importlib.invalidate_caches().
        """


class PathEntryFinder(metaclass=abc.ABCMeta):
    """Abstract base class for path entry finders used by PathFinder."""

    def invalidate_caches(self):
        """An optional method for clearing the finder's cache, if any.
        This method is used by PathFinder.invalidate_caches().
        """


class ResourceLoader(Loader):
    """Abstract base class for loaders which can return data from their
    back-end storage."""

    @abc.abstractmethod
    def get_data(self, path):
        """Abstract method which when implemented should return the bytes
        for the specified path.  The path must be a str."""
        raise OSError


class InspectLoader(Loader):
    """Abstract base class for loaders which support inspection about the
    modules they can load."""

    def is_package(self, fullname):
        """Optional method which when implemented should return whether
        the module is a package.  Raises ImportError if the module cannot
        be found."""
        raise ImportError

    def get_code(self, fullname):
        """Method which returns the code object for the module, from
        get_source(); None when there is no source."""
        source = self.get_source(fullname)
        if source is None:
            return None
        return self.source_to_code(source)

    @abc.abstractmethod
    def get_source(self, fullname):
        """Abstract method which should return the source code for the
        module as a str; raises ImportError if the module cannot be
        found."""
        raise ImportError

    @staticmethod
    def source_to_code(data, path='<string>'):
        """Compile 'data' into a code object."""
        return compile(data, path, 'exec', dont_inherit=True)

    def exec_module(self, module):
        """Execute the module."""
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError('cannot load module {!r} when get_code() '
                              'returns None'.format(module.__name__))
        exec(code, module.__dict__)


class ExecutionLoader(InspectLoader):
    """Abstract base class for loaders that wish to support the execution
    of modules as scripts."""

    @abc.abstractmethod
    def get_filename(self, fullname):
        """Abstract method which should return the value that __file__ is
        to be set to; raises ImportError if the module cannot be found."""
        raise ImportError

    def get_code(self, fullname):
        """Method to return the code object for fullname, compiled with
        the module's file name."""
        source = self.get_source(fullname)
        if source is None:
            return None
        try:
            path = self.get_filename(fullname)
        except ImportError:
            return self.source_to_code(source)
        return self.source_to_code(source, path)


MetaPathFinder.register(machinery.BuiltinImporter)
MetaPathFinder.register(machinery.PathFinder)
PathEntryFinder.register(machinery.FileFinder)
InspectLoader.register(machinery.BuiltinImporter)
InspectLoader.register(machinery.NamespaceLoader)
ResourceLoader.register(machinery.SourceFileLoader)
ExecutionLoader.register(machinery.SourceFileLoader)
