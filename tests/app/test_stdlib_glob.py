"""glob and what it needs: os.scandir, os.O_* flags, os.path.lexists,
sys.audit (CPython 3.11's standard library on pypy-c; CPython gives the
expected results)."""

import os


FILES = ['a.py', 'b.txt', os.path.join('sub', 'c.py')]


def make_tree(name):
    """A fresh directory with FILES (tests run without fixtures under
    pypy-c)."""
    tmp = os.path.join('/tmp', 'glob-test-%d-%s' % (os.getpid(), name))
    os.mkdir(tmp)
    os.mkdir(os.path.join(tmp, 'sub'))
    for name in FILES:
        with open(os.path.join(tmp, name), 'w') as f:
            f.write('x')
    return tmp


def remove_tree(tmp):
    for name in FILES:
        os.remove(os.path.join(tmp, name))
    os.rmdir(os.path.join(tmp, 'sub'))
    os.rmdir(tmp)


def test_scandir():
    tmp = make_tree('scandir')
    with os.scandir(tmp) as it:
        entries = sorted((e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in it)
    assert entries == [('a.py', False, True, False), ('b.txt', False, True, False),
                       ('sub', True, False, False)]
    paths = sorted(e.path for e in os.scandir(tmp))
    assert paths == [os.path.join(tmp, n) for n in ['a.py', 'b.txt', 'sub']]
    remove_tree(tmp)


def test_glob():
    import glob
    tmp = make_tree('glob')
    assert sorted(glob.glob(os.path.join(tmp, '*.py'))) == [os.path.join(tmp, 'a.py')]
    assert sorted(glob.glob(os.path.join(tmp, '**', '*.py'), recursive=True)) == [
        os.path.join(tmp, 'a.py'), os.path.join(tmp, 'sub', 'c.py')]
    assert glob.glob(os.path.join(tmp, 'missing*')) == []
    remove_tree(tmp)


def test_open_flags():
    assert os.O_RDONLY == 0 and os.O_WRONLY == 1 and os.O_RDWR == 2
    assert os.F_OK == 0 and os.X_OK == 1
    assert os.path.lexists('.') and not os.path.lexists('no/such/path')
