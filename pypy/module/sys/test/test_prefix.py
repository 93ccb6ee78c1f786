"""Interp-level tests of sys's prefix search, sys.implementation and
sys.stdlib_module_names."""

import os
from pypy.module.sys import prefix
from pypy.objspace.objspace import ObjSpace

space = ObjSpace()


def make_stdlib(root):
    lib = root.join('lib-python', '3.11')
    lib.ensure(dir=True)
    lib.join(prefix.LANDMARK).write('')
    return lib


def test_prefix_next_to_the_binary(tmpdir):
    make_stdlib(tmpdir)
    assert prefix.find_prefix(str(tmpdir.join('pypy-c'))) == str(tmpdir)


def test_prefix_in_build_folder_of_the_repo(tmpdir):
    make_stdlib(tmpdir.join('build'))
    assert prefix.find_prefix(str(tmpdir.join('pypy-c'))) == \
        str(tmpdir.join('build'))


def test_no_stdlib(tmpdir):
    assert prefix.find_prefix(str(tmpdir.join('pypy-c'))) == ''
    assert prefix.find_prefix('pypy-c') == ''


def test_lib_pypy_next_to_the_binary(tmpdir):
    tmpdir.join(prefix.LIB_PYPY_DIR).ensure(dir=True)
    assert prefix.find_lib_pypy(str(tmpdir.join('pypy-c'))) == \
        str(tmpdir.join(prefix.LIB_PYPY_DIR))


def test_no_lib_pypy(tmpdir):
    assert prefix.find_lib_pypy(str(tmpdir.join('pypy-c'))) == ''
    tmpdir.join(prefix.LIB_PYPY_DIR).write('')    # a file is not the folder
    assert prefix.find_lib_pypy(str(tmpdir.join('pypy-c'))) == ''


def test_untranslated_executable_is_the_repo_binary():
    repo = os.path.dirname(os.path.dirname(os.path.dirname(
        os.path.dirname(os.path.abspath(prefix.__file__)))))
    assert prefix.executable_path() == os.path.join(repo, 'pypy-c')


def sys_attr(name):
    return space.builtin_modules['sys'].w_dict.getitem_str(space, name)


def test_implementation():
    w_impl = sys_attr('implementation')
    assert space.text_utf8(space.getattr(w_impl, 'name')) == 'pypy'
    assert space.is_none(space.getattr(w_impl, 'cache_tag'))
    assert space.text_utf8(space.repr(w_impl)).startswith(
        "namespace(name='pypy', cache_tag=None, ")
    assert space.type(w_impl).name == 'SimpleNamespace'


def test_stdlib_module_names():
    w_names = sys_attr('stdlib_module_names')
    assert space.type(w_names) is space.w_frozenset
    assert space.is_true(space.contains(w_names, space.newtext_utf8('re')))
    assert not space.is_true(space.contains(w_names,
                                            space.newtext_utf8('numpy')))
