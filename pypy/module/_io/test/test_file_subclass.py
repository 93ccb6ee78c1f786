"""Python subclasses of TextIOWrapper and BufferedReader (pygments'
UnclosingTextIOWrapper): their instances are files of the subclass, with
its overrides and an instance __dict__."""

from pypy.objspace.objspace import ObjSpace
from pypy.interpreter.test.support import app_repr

space = ObjSpace()


def test_text_wrapper_subclass_reads_and_keeps_its_overrides(tmpdir):
    path = str(tmpdir.join('f.txt'))
    with open(path, 'wb') as f:
        f.write('a\nb\n')
    assert app_repr(space, """
class Unclosing(_io.TextIOWrapper):
    def close(self):
        self.flush()
t = Unclosing(open(%r, 'rb'), encoding='utf-8')
t.tag = 1
first = t.readline()
t.close()
return (type(t).__name__, isinstance(t, _io.TextIOWrapper), first, t.read(),
        t.closed, t.tag)
""" % path, prelude='import _io') == \
        "('Unclosing', True, 'a\\n', 'b\\n', False, 1)"


def test_buffered_reader_subclass():
    assert app_repr(space, """
class Reader(_io.BufferedReader):
    pass
r = Reader(_io.BytesIO(b'xyz'))
return type(r).__name__, r.read()
""", prelude='import _io') == "('Reader', b'xyz')"
