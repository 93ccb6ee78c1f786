"""The io module (build/lib-python/3.11/io.py over the built-in _io):
StringIO, BytesIO, files from open() and the io ABCs."""

import pytest


def test_stringio_read_write():
    import io
    assert io.StringIO('a\nb').readlines() == ['a\n', 'b']
    s = io.StringIO()
    assert s.write('hello\n') == 6
    s.write('world')
    assert s.getvalue() == 'hello\nworld' and s.tell() == 11
    s.seek(0)
    assert s.readline() == 'hello\n' and list(s) == ['world']
    s.seek(2)
    s.write('LL')
    assert s.getvalue() == 'heLLo\nworld'
    assert s.read() == 'o\nworld' and s.read() == ''
    s.seek(0)
    assert s.read(3) == 'heL' and s.readline(2) == 'Lo'
    assert s.truncate(4) == 4 and s.getvalue() == 'heLL'
    s.seek(6)
    s.write('!')
    assert s.getvalue() == 'heLL\x00\x00!'


def test_stringio_newlines():
    import io
    assert io.StringIO('a\r\nb\rc', newline=None).getvalue() == 'a\nb\nc'
    assert io.StringIO('a\r\nb\rc\nd', newline='').readlines() == ['a\r\n', 'b\r', 'c\n', 'd']
    assert io.StringIO('a\nb', newline='\r\n').getvalue() == 'a\r\nb'
    with pytest.raises(ValueError, match='illegal newline value'):
        io.StringIO(newline='x')


def test_stringio_errors():
    import io
    with pytest.raises(TypeError, match="string argument expected, got 'bytes'"):
        io.StringIO().write(b'x')
    with pytest.raises(TypeError, match='initial_value must be str or None, not bytes'):
        io.StringIO(b'x')
    with pytest.raises(ValueError, match='Negative seek position -1'):
        io.StringIO().seek(-1)
    with pytest.raises(OSError, match="Can't do nonzero cur-relative seeks"):
        io.StringIO().seek(1, 1)
    s = io.StringIO('x')
    with s:
        assert not s.closed
    assert s.closed
    with pytest.raises(ValueError, match='I/O operation on closed file'):
        s.read()


def test_bytesio():
    import io
    assert io.BytesIO(b'x').read() == b'x'
    b = io.BytesIO(b'ab\ncd')
    assert b.readline() == b'ab\n' and b.read(1) == b'c' and b.read() == b'd'
    assert b.tell() == 5
    b.seek(-1, 2)
    assert b.read() == b'd'
    b.seek(7)
    b.write(bytearray(b'z'))
    assert b.getvalue() == b'ab\ncd\x00\x00z'
    assert io.BytesIO(initial_bytes=b'q').getvalue() == b'q'
    assert bytes(io.BytesIO(b'xy').getbuffer()) == b'xy'
    with pytest.raises(TypeError, match="a bytes-like object is required, not 'str'"):
        io.BytesIO().write('x')
    with pytest.raises(ValueError, match='negative seek value -1'):
        io.BytesIO().seek(-1)


def test_files_and_abcs():
    import io
    import os
    path = '/tmp/test_stdlib_io_%d.txt' % os.getpid()
    with open(path, 'w') as f:
        f.write('x\ny\n')
    with io.open(path) as f:
        assert isinstance(f, io.TextIOWrapper) and isinstance(f, io.TextIOBase)
        assert list(f) == ['x\n', 'y\n']
    with open(path, 'rb') as f:
        assert isinstance(f, io.BufferedIOBase) and f.read() == b'x\ny\n'
    with io.open_code(path) as f:
        assert f.readline() == b'x\n'
    assert isinstance(io.StringIO(), io.TextIOBase)
    assert isinstance(io.BytesIO(), io.BufferedIOBase)
    assert issubclass(io.UnsupportedOperation, OSError)
    assert issubclass(io.UnsupportedOperation, ValueError)
    assert io.DEFAULT_BUFFER_SIZE == 8192
    assert io.text_encoding('latin-1') == 'latin-1'
    os.remove(path)


def test_iobase_subclass():
    import io

    class Lines(io.TextIOBase):
        def __init__(self):
            self.lines = ['a\n', 'b\n']

        def readline(self):
            return self.lines.pop(0) if self.lines else ''
    r = Lines()
    assert not r.readable() and not r.closed
    assert list(r) == ['a\n', 'b\n']
    with r:
        pass
    assert r.closed
    with pytest.raises(io.UnsupportedOperation):
        r.fileno()
