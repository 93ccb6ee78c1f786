"""PEP 562: a module's own __getattr__ gives the attributes its namespace
lacks (numpy's np.lib functions come through it)."""

import os
import sys

import pytest

SOURCE = '''
present = 1

def __getattr__(name):
    if name == 'computed':
        return 'computed:' + name
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
'''


def import_module_with_getattr():
    # a folder of its own (pypy-c has no tempfile: os.open is missing)
    folder = '/tmp/test_module_getattr_%d' % os.getpid()
    os.mkdir(folder)
    path = os.path.join(folder, 'lazy_names.py')
    with open(path, 'w') as f:
        f.write(SOURCE)
    sys.path.insert(0, folder)
    try:
        import lazy_names
    finally:
        sys.path.remove(folder)
        os.remove(path)
        os.rmdir(folder)
    return lazy_names


def test_module_getattr():
    mod = import_module_with_getattr()
    assert mod.present == 1
    assert mod.computed == 'computed:computed'
    assert getattr(mod, 'missing', 'default') == 'default'
    assert not hasattr(mod, 'missing')
    with pytest.raises(AttributeError, match="has no attribute 'missing'"):
        mod.missing
    from lazy_names import computed
    assert computed == 'computed:computed'
    with pytest.raises(ImportError, match="cannot import name 'missing'"):
        from lazy_names import missing


PACKAGE_INIT = '''
import importlib

def __getattr__(name):
    if name == 'heavy':
        return importlib.import_module(__name__ + '.' + name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
'''


def test_package_getattr_imports_its_submodule_lazily():
    # (numpy.ma and numpy.polynomial are imported so on first use)
    folder = '/tmp/test_package_getattr_%d' % os.getpid()
    package = os.path.join(folder, 'lazy_package')
    os.makedirs(package)
    files = {'__init__.py': PACKAGE_INIT, 'heavy.py': 'value = 42\n'}
    for name, text in files.items():
        with open(os.path.join(package, name), 'w') as f:
            f.write(text)
    sys.path.insert(0, folder)
    try:
        import lazy_package
        assert 'lazy_package.heavy' not in sys.modules
        assert lazy_package.heavy.value == 42
        import lazy_package.heavy as heavy
        assert heavy is lazy_package.heavy
        from lazy_package import heavy as again
        assert again is heavy
    finally:
        sys.path.remove(folder)
        for name in files:
            os.remove(os.path.join(package, name))
        for sub in ('__pycache__',):
            path = os.path.join(package, sub)
            if os.path.isdir(path):
                for entry in os.listdir(path):
                    os.remove(os.path.join(path, entry))
                os.rmdir(path)
        os.rmdir(package)
        os.rmdir(folder)
