"""importlib: import_module, reload, invalidate_caches, importlib.util's
find_spec, resolve_name, spec_from_file_location and module_from_spec
(over the interpreter's own import system on pypy-c); CPython gives the
expected results."""

import importlib
import importlib.machinery
import importlib.util
import os
import sys
import tempfile
import pytest


def write_module(directory, name, source):
    with open(os.path.join(directory, name + ".py"), "w") as f:
        f.write(source)


def test_import_module():
    json = importlib.import_module("json")
    assert json is sys.modules["json"] and json.dumps([1]) == "[1]"
    decoder = importlib.import_module(".decoder", "json")
    assert decoder is sys.modules["json.decoder"]
    assert importlib.import_module("os.path") is os.path
    with pytest.raises(ModuleNotFoundError) as info:
        importlib.import_module("no_such_module_xyz")
    assert str(info.value) == "No module named 'no_such_module_xyz'"
    assert info.value.name == "no_such_module_xyz"
    with pytest.raises(TypeError) as info:
        importlib.import_module(".x")
    assert str(info.value) == "the 'package' argument is required to " \
        "perform a relative import for '.x'"


def test_reload():
    directory = tempfile.mkdtemp()
    write_module(directory, "reload_me_mod", "X = 1\n")
    sys.path.insert(0, directory)
    try:
        import reload_me_mod
        assert reload_me_mod.X == 1
        reload_me_mod.kept = True
        write_module(directory, "reload_me_mod", "X = 2\n")
        importlib.invalidate_caches()
        assert importlib.reload(reload_me_mod) is reload_me_mod
        assert reload_me_mod.X == 2 and reload_me_mod.kept
    finally:
        sys.path.remove(directory)
    assert importlib.reload(sys) is sys
    with pytest.raises(TypeError) as info:
        importlib.reload(3)
    assert str(info.value) == "reload() argument must be a module"


def test_find_spec():
    spec = importlib.util.find_spec("json")
    assert spec.name == "json" and spec.parent == "json"
    assert spec.origin.endswith("json/__init__.py") and spec.has_location
    assert spec.submodule_search_locations[0].endswith("json")
    spec = importlib.util.find_spec("json.decoder")
    assert spec.origin.endswith("json/decoder.py")
    assert spec.submodule_search_locations is None
    assert spec.parent == "json"
    assert importlib.util.find_spec(".encoder", "json").name == \
        "json.encoder"
    assert importlib.util.find_spec("sys").origin == "built-in"
    assert importlib.util.find_spec("no_such_module_xyz") is None
    with pytest.raises(ModuleNotFoundError) as info:
        importlib.util.find_spec("no_such_module_xyz.sub")
    assert str(info.value) == "No module named 'no_such_module_xyz'"


def test_resolve_name_and_suffixes():
    assert importlib.util.resolve_name("..b", "p.q.r") == "p.q.b"
    assert importlib.util.resolve_name("x", None) == "x"
    with pytest.raises(ImportError) as info:
        importlib.util.resolve_name("...x", "a")
    assert str(info.value) == \
        "attempted relative import beyond top-level package"
    assert ".py" in importlib.machinery.all_suffixes()
    assert importlib.machinery.SOURCE_SUFFIXES == [".py"]
    import inspect
    assert inspect.getmodulename("/a/b.py") == "b"


def test_module_from_file_location():
    directory = tempfile.mkdtemp()
    write_module(directory, "loaded_by_path", "Y = 6 * 7\n")
    path = os.path.join(directory, "loaded_by_path.py")
    spec = importlib.util.spec_from_file_location("by_path", path)
    assert spec.name == "by_path" and spec.origin == path
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.Y == 42 and module.__name__ == "by_path"
    assert module.__file__ == path and module.__spec__ is spec
    assert "by_path" not in sys.modules


def test_namespace_loader_of_a_folder():
    # pytest's import_path makes the module of a folder without
    # __init__.py with this loader
    directory = tempfile.mkdtemp()
    loader = importlib.machinery.NamespaceLoader(
        "folder_pkg", [directory], importlib.machinery.PathFinder())
    assert loader.is_package("folder_pkg")
    assert loader.get_source("folder_pkg") == ""
    spec = importlib.util.spec_from_file_location("folder_pkg", directory,
                                                  loader=loader)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.__name__ == "folder_pkg" and module.__loader__ is loader
    assert "folder_pkg" not in sys.modules


def test_abc_bases_of_finders_and_loaders():
    # pytest's assertion-rewriting hook derives from both
    import importlib.abc

    class Hook(importlib.abc.MetaPathFinder, importlib.abc.Loader):
        def find_spec(self, name, path=None, target=None):
            return None
    hook = Hook()
    assert hook.create_module(None) is None and hook.invalidate_caches() is None
    assert issubclass(importlib.machinery.PathFinder, importlib.abc.MetaPathFinder)
    assert isinstance(importlib.machinery.SourceFileLoader("m", "m.py"),
                      importlib.abc.Loader)
    assert issubclass(importlib.machinery.FileFinder, importlib.abc.PathEntryFinder)
    with pytest.raises(TypeError):
        importlib.abc.InspectLoader()       # get_source is abstract
    assert importlib.abc.InspectLoader.source_to_code("x = 1").co_filename == "<string>"


def test_submodules_from_the_standard_library():
    import importlib.abc
    import importlib.resources.abc
    import importlib.readers
    assert importlib.abc.TraversableResources is \
        importlib.resources.abc.TraversableResources
    assert hasattr(importlib.readers, "FileReader")


def test_spec_from_file_location_with_a_loader_without_is_package():
    class Loader:
        def create_module(self, spec):
            return None

        def exec_module(self, module):
            module.ran = True
    spec = importlib.util.spec_from_file_location("plain_module", "/x/plain_module.py",
                                                  loader=Loader())
    assert spec.submodule_search_locations is None and spec.origin == "/x/plain_module.py"
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.ran
