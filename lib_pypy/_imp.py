"""_imp, the C module of CPython's import system, as far as this
interpreter has its notions: the import statement is pypy/module/imp.py,
without frozen modules, extension modules or an import lock. The standard
library's users (test.support.import_helper imports it) see that."""

import sys


def extension_suffixes():
    return []


def is_builtin(name):
    return 1 if name in sys.builtin_module_names else 0


def is_frozen(name):
    return False


def lock_held():
    return False


def _override_frozen_modules_for_tests(override):
    """There are no frozen modules to use or not."""
