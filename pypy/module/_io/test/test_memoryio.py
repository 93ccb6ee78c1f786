"""Interp-level tests of StringIO's and BytesIO's content handling."""

from pypy.module._io.memoryio import W_StringIO, W_BytesIO


def test_appends_are_joined_once_read():
    w_s = W_StringIO(u'\n', False)
    for piece in [u'ab\n', u'cd', u'e']:
        w_s.write(piece)
    assert len(w_s.pieces) == 3
    assert w_s.getvalue() == u'ab\ncde' and w_s.pieces == []
    assert w_s.pos == w_s.content_length == 6


def test_overwrite_and_pad():
    w_b = W_BytesIO()
    w_b.write('abcdef')
    w_b.pos = 2
    w_b.write('XY')
    assert w_b.getvalue() == 'abXYef'
    w_b.pos = 8
    w_b.write('!')
    assert w_b.getvalue() == 'abXYef\x00\x00!'
    assert w_b.truncate(3) == 3 and w_b.getvalue() == 'abX'


def test_readline_universal_newlines():
    w_s = W_StringIO(u'', False)
    w_s.init_content(u'a\r\nb\rc\nd')
    lines = []
    while True:
        line = w_s.readline(-1)
        if not line:
            break
        lines.append(line)
    assert lines == [u'a\r\n', u'b\r', u'c\n', u'd']
    w_s.pos = 0
    assert w_s.readline(2) == u'a\r'
