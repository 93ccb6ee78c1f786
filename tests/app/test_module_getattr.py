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
