"""Interp-level tests of numpy's module __getattr__
(pypy/module/applevel_names.py):
the names lib_pypy/_numpy_lib exports, NumPy's AttributeError otherwise."""

import pytest
from pypy.interpreter.error import OperationError
from pypy.module.sys.moduledef import set_argv_and_path
from pypy.objspace.objspace import ObjSpace

space = w_numpy = None


@pytest.fixture(scope='module', autouse=True)
def numpy_space():
    """A space made when this file's tests run, not at collection: each
    space's numpy registers its scalar types on the dtypes, which are
    shared by every space in the process, so the last one made wins."""
    global space, w_numpy
    space = ObjSpace()
    set_argv_and_path(space, ['test'], '')    # sys.path gets <repo>/lib_pypy
    w_numpy = space.builtin_modules['numpy']


def test_lib_name_found_and_kept_in_numpy():
    w_meshgrid = space.getattr(w_numpy, 'meshgrid')
    assert space.type_name(space.type(w_meshgrid)) == 'function'
    assert w_numpy.w_dict.getitem_str(space, 'meshgrid') is w_meshgrid


def test_builtin_names_keep_precedence():
    w_sum = w_numpy.w_dict.getitem_str(space, 'sum')
    assert space.getattr(w_numpy, 'sum') is w_sum


@pytest.mark.parametrize('name', ['no_such_function', '_private',
                                  '__path__', 'np'])
def test_unknown_names_raise_numpys_attribute_error(name):
    with pytest.raises(OperationError) as excinfo:
        space.getattr(w_numpy, name)
    assert excinfo.value.match(space, space.w_AttributeError)
    assert space.text_utf8(space.str(excinfo.value.w_value)) == \
        "module 'numpy' has no attribute '%s'" % name
    assert space.findattr(w_numpy, name) is None
