"""sys.meta_path: the import statement asks its finders first and runs
the module of the spec one gives with its loader (pytest's assertion
rewriter); sys.path_hooks and sys.path_importer_cache exist, and
sys.dont_write_bytecode is True (no bytecode caches are written)."""

from pypy.objspace.objspace import ObjSpace
from pypy.interpreter.test.support import app_repr

space = ObjSpace()

HOOK = """
import sys

class Spec:
    def __init__(self, name, loader, locations):
        self.name = name
        self.loader = loader
        self.origin = None
        self.has_location = False
        self.submodule_search_locations = locations

class Hook:
    def find_spec(self, name, path=None, target=None):
        if name == 'made_by_hook':
            return Spec(name, self, None)
        if name == 'hookpkg':
            return Spec(name, self, ['/nonexistent'])
        if name == 'hookpkg.sub':
            return Spec(name, self, None)
        return None

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.value = 'ran ' + module.__name__
"""


def test_a_meta_path_finder_makes_the_module():
    assert app_repr(space, """
hook = Hook()
sys.meta_path.insert(0, hook)
try:
    import made_by_hook
    import hookpkg.sub
finally:
    sys.meta_path.remove(hook)
return (made_by_hook.value, made_by_hook.__loader__ is hook,
        made_by_hook.__package__, hookpkg.sub.value, hookpkg.__path__,
        hookpkg.sub.__package__, sys.modules['hookpkg.sub'] is hookpkg.sub)
""", prelude=HOOK) == ("('ran made_by_hook', True, '', 'ran hookpkg.sub', "
                        "['/nonexistent'], 'hookpkg', True)")


def test_import_hook_lists_and_bytecode_settings():
    assert app_repr(space, "return sys.meta_path, sys.path_hooks, "
                           "sys.path_importer_cache, "
                           "sys.dont_write_bytecode, sys.pycache_prefix",
                    prelude='import sys') == '([], [], {}, True, None)'
