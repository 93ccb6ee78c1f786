"""Where the standard library is: like CPython's prefix, found from the
executable's location, so that a binary finds the library installed next
to it wherever it is run from.

tools/bootstrap.sh installs CPython 3.11's pure-Python library into
<repo>/build/lib-python/3.11; ./pypy-c at the repo root finds it as
<dir of pypy-c>/build/lib-python/3.11. An installed layout (a lib-python
folder next to the binary, as a cached build's folder gets from
tools/build-pypy-c.sh) is looked for first. The prefix is the folder
holding lib-python/ (sys.prefix).

The interpreter's own app-level modules (lib_pypy/, e.g. _numpy_lib, the
part of numpy written in Python) are next to the binary: <repo>/lib_pypy
for ./pypy-c, a lib_pypy link in a cached build's folder."""

import os
from rpython.rlib.objectmodel import we_are_translated

LIB_DIR = 'lib-python/3.11'
LIB_PYPY_DIR = 'lib_pypy'
# a file that only the standard library's folder holds
LANDMARK = 'abc.py'


def executable_path():
    """The running binary, symbolic links resolved ('' when unknown).
    Untranslated, the interpreter is this source tree run by the host: its
    'binary' is <repo>/pypy-c, the translated one's place."""
    if not we_are_translated():
        here = os.path.dirname(os.path.abspath(__file__))
        return os.path.join(os.path.dirname(os.path.dirname(
            os.path.dirname(here))), 'pypy-c')
    try:
        return os.readlink('/proc/self/exe')
    except OSError:
        return ''


def directory_of(path):
    i = path.rfind('/')
    if i <= 0:
        return '/' if i == 0 else ''
    return path[:i]


def is_directory(path):
    try:
        st = os.stat(path)
    except OSError:
        return False
    return (st.st_mode & 0o170000) == 0o040000


def find_lib_pypy(executable):
    """The lib_pypy folder next to this executable, or '' when there is
    none."""
    bindir = directory_of(executable)
    if not bindir:
        return ''
    path = bindir + '/' + LIB_PYPY_DIR
    if is_directory(path):
        return path
    return ''


def has_stdlib(prefix):
    try:
        st = os.stat(prefix + '/' + LIB_DIR + '/' + LANDMARK)
    except OSError:
        return False
    return (st.st_mode & 0o170000) == 0o100000


def find_prefix(executable):
    """The folder holding lib-python/3.11 for this executable, or '' when
    there is none (then only built-in modules and sys.path's other
    entries are importable)."""
    bindir = directory_of(executable)
    if not bindir:
        return ''
    for prefix in [bindir, bindir + '/build']:
        if has_stdlib(prefix):
            return prefix
    return ''
