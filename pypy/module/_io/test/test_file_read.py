"""Interp-level test of reading a whole file of many buffers through
_io.open (the builtins' file object): content and newline translation
across buffer boundaries."""

from pypy.module.builtins import fileobject as fo
from pypy.objspace.objspace import ObjSpace
from pypy.interpreter.arguments import Arguments

space = ObjSpace()


def test_read_all_of_many_buffers(tmpdir):
    path = str(tmpdir.join('big.txt'))
    # a '\r\n' split between two buffers, and an unread head
    data = 'h\n' + 'a' * (fo.BUFSIZE - 3) + '\r\n' + 'b' * (3 * fo.BUFSIZE)
    with open(path, 'wb') as f:
        f.write(data)
    w_name = space.newtext_utf8(path)
    w_f = fo.builtin_open(space, Arguments([w_name]))
    assert space.text_w(w_f.readline(space, -1)) == u'h\n'
    text = space.text_w(w_f.read(space, -1))
    assert text == (data[2:].replace('\r\n', '\n')).decode('ascii')
    w_f.close(space)
    w_f = fo.builtin_open(space, Arguments([w_name, space.newtext(u'rb')]))
    assert w_f.read(space, -1).value == data
    w_f.close(space)
