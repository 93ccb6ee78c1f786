"""Iterating over a string and indexing it give the prebuilt
one-character strings below U+0100, and new ones above."""

from pypy.objspace.objspace import ObjSpace

space = ObjSpace()


def chars_of(w_str):
    w_iter = space.iter(w_str)
    result = []
    while True:
        w_ch = space.next_or_none(w_iter)
        if w_ch is None:
            return result
        result.append(w_ch)


def test_iteration_shares_latin1_chars():
    first = chars_of(space.newtext(u'a\xe9\u0100a'))
    second = chars_of(space.newtext(u'a\xe9\u0100'))
    assert [space.text_w(w) for w in first] == [u'a', u'\xe9', u'\u0100',
                                                u'a']
    assert first[0] is first[3] is second[0]
    assert first[1] is second[1]
    assert first[2] is not second[2]


def test_index_shares_latin1_chars():
    w_s = space.newtext(u'\xffx\u20ac')
    w_first = space.getitem(w_s, space.newint(0))
    assert space.text_w(w_first) == u'\xff'
    assert w_first is space.getitem(w_s, space.newint(-3))
    assert w_first is chars_of(w_s)[0]
    w_euro = space.getitem(w_s, space.newint(2))
    assert space.text_w(w_euro) == u'\u20ac'
    assert w_euro is not space.getitem(w_s, space.newint(2))
