"""Interp-level tests of os/os.path helpers and of the file object's
buffer logic."""

import os
from pypy.module.posix import moduledef as m
from pypy.module.builtins import fileobject as fo
from pypy.objspace.objspace import ObjSpace
from pypy.interpreter.arguments import Arguments
from pypy.interpreter.error import OperationError

space = ObjSpace()


def test_path_helpers():
    assert m.normpath('a//b/./c/../d') == 'a/b/d'
    assert m.normpath('') == '.'
    assert m.normpath('//a') == '//a'
    assert m.normpath('///a/..') == '/'
    assert m.splitext('x/y.tar.gz') == ('x/y.tar', '.gz')
    assert m.splitext('..') == ('..', '')
    assert m.dirname('/a/b/') == '/a/b'
    assert m.dirname('//x') == '//'
    assert m.join('a', '/b') == '/b'


def test_translate_newlines():
    assert fo.translate_newlines('a\r\nb\rc\n') == 'a\nb\nc\n'
    assert fo.count_bytes_of_chars('h\xc3\xa9llo', 2, False) == 3
    assert fo.count_bytes_of_chars('abc', 5, True) == 3


def test_file_roundtrip(tmpdir):
    path = str(tmpdir.join('f.txt'))
    w_name = space.newtext_utf8(path)
    w_f = fo.builtin_open(space, Arguments([w_name, space.newtext(u'w')]))
    w_f.write(space, space.newtext(u'x\r\ny\n\xe9'))
    w_f.close(space)
    assert open(path, 'rb').read() == 'x\r\ny\n\xc3\xa9'
    w_f = fo.builtin_open(space, Arguments([w_name]))
    assert space.text_w(w_f.readline(space, -1)) == u'x\n'
    assert space.text_w(w_f.read(space, 2)) == u'y\n'
    assert space.text_w(w_f.read(space, -1)) == u'\xe9'
    w_f.close(space)


def test_missing_file_error():
    try:
        fo.builtin_open(space, Arguments([space.newtext(u'/no/such/f')]))
    except OperationError as e:
        assert e.match(space, space.w_FileNotFoundError)
        assert space.text_w(space.str(e.w_value)) == \
            u"[Errno 2] No such file or directory: '/no/such/f'"
    else:
        assert False, "no error"


def test_stat_result(tmpdir):
    from pypy.module.posix import statresult
    path = str(tmpdir.join('s'))
    with open(path, 'w') as f:
        f.write('abc')
    w_st = statresult.stat_result_of(space, os.stat(path))
    assert len(w_st.items_w) == 10
    assert space.int_w(w_st.items_w[6]) == 3
    assert space.int_w(w_st.items_w[8]) == int(os.stat(path).st_mtime)
    assert space.float_w(statresult.GETSET['st_mtime'](space, w_st)) == \
        os.stat(path).st_mtime


def test_fd_round_trip(tmpdir):
    from pypy.module.posix import fdfuncs
    w_path = space.newtext_utf8(str(tmpdir.join('fd')))
    flags = space.newint(os.O_WRONLY | os.O_CREAT)
    w_fd = fdfuncs.os_open(space, Arguments([w_path, flags]))
    w_n = fdfuncs.os_write(space, Arguments([w_fd, space.newbytes('xyz')]))
    assert space.int_w(w_n) == 3
    fdfuncs.os_close(space, Arguments([w_fd]))
    w_fd = fdfuncs.os_open(space, Arguments([w_path,
                                             space.newint(os.O_RDONLY)]))
    w_data = fdfuncs.os_read(space, Arguments([w_fd, space.newint(10)]))
    assert w_data.value == 'xyz'
    fdfuncs.os_close(space, Arguments([w_fd]))


def test_fstat_and_isatty_of_a_descriptor():
    from pypy.interpreter.test.support import app_repr
    assert app_repr(space, """
r, w = os.pipe()
fifo = (os.fstat(r).st_mode & 0o170000) == 0o010000
tty = os.isatty(r)
os.close(r)
os.close(w)
try:
    os.fstat(r)
except OSError as e:
    errno = e.errno
return fifo, tty, errno
""", prelude='import os') == '(True, False, 9)'


def test_umask_returns_the_previous_mask():
    old = os.umask(0o022)
    try:
        w_prev = m.os_umask(space, Arguments([space.newint(0o077)]))
        assert space.int_w(w_prev) == 0o022
        assert os.umask(0o022) == 0o077
    finally:
        os.umask(old)
