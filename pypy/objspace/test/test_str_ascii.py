"""The str methods' ASCII fast paths give what the Unicode database gives."""

from rpython.rlib.unicodedata import unicodedb_8_0_0 as unicodedb
from rpython.rlib.rstring import UnicodeBuilder
from pypy.objspace import strobject as s
from pypy.objspace.objspace import ObjSpace
from pypy.interpreter.arguments import Arguments

space = ObjSpace()

ASCII = range(128)


def built(append, code):
    b = UnicodeBuilder()
    append(b, code)
    return b.build()


def test_ascii_case_mappings():
    for code in ASCII:
        assert s.ascii_lower(code) == unicodedb.tolower(code)
        assert s.ascii_upper(code) == unicodedb.toupper(code)
        assert built(s.append_lower, code) == u''.join(
            [unichr(c) for c in unicodedb.tolower_full(code)])
        assert built(s.append_title, code) == u''.join(
            [unichr(c) for c in unicodedb.totitle_full(code)])
        assert s.is_cased(code) == unicodedb.iscased(code)


def test_ascii_classes():
    for code in ASCII:
        assert s.is_space(unichr(code)) == unicodedb.isspace(code)
        assert s.ascii_char_test(code, 0) == unicodedb.isdigit(code)
        assert s.ascii_char_test(code, 1) == unicodedb.isalpha(code)
        assert s.ascii_char_test(code, 2) == unicodedb.isalnum(code)
        assert s.ascii_char_test(code, 3) == unicodedb.isspace(code)
        assert s.ascii_char_test(code, 4) == unicodedb.isdecimal(code)
        assert s.ascii_char_test(code, 5) == unicodedb.isnumeric(code)


def call(name, text):
    func = s.str_methods[name]
    return func(space, Arguments([space.newtext(text)]))


def test_methods_mix_ascii_and_not():
    text = u'hELLo \xdfTRA\xdfE \u0130stanbul w\u01c5x'
    assert space.text_w(call('lower', text)) == \
        u''.join([unichr(unicodedb.tolower(ord(c))) for c in text])
    assert space.text_w(call('upper', text)) == \
        u''.join([unichr(unicodedb.toupper(ord(c))) for c in text])
    assert space.text_w(call('capitalize', u'\xdfIG Word')) == u'Ssig word'
    assert space.text_w(call('title', u'hello w\xf6RLD x1y')) == \
        u'Hello W\xf6rld X1Y'
    assert space.text_w(call('swapcase', u'aBc\xdf\xc4')) == u'AbCSS\xe4'
    assert space.text_w(call('casefold', u'ABC\xc4')) == u'abc\xe4'
    words = call('split', u' a\tb\x1cc\u2003d\x85e  ')
    assert [space.text_w(w) for w in space.unpackiterable(words)] == \
        [u'a', u'b', u'c', u'd', u'e']
    assert space.text_w(call('strip', u'\x1f\u3000 x \x0b')) == u'x'
    assert space.is_true(call('isalpha', u'ab\xe9'))
    assert not space.is_true(call('isalpha', u'ab1'))
    assert space.is_true(call('isdigit', u'12\u0663'))
    assert space.is_true(call('isspace', u' \x1c\u2003'))
    assert space.is_true(call('isalnum', u'a1\xb2'))
