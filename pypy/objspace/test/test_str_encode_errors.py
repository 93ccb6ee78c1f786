"""str.encode to ASCII and Latin-1 with the error handlers that replace an
unencodable character by text (re's error messages for bytes patterns use
backslashreplace)."""

from pypy.objspace.objspace import ObjSpace

space = ObjSpace()


def encode(text, encoding, errors):
    return space.call_method(
        space.newtext(text), "encode", space.newtext(unicode(encoding)),
        space.newtext(unicode(errors))).value


def test_backslashreplace():
    assert encode(u"name '\xc2\xb5'", 'ascii', 'backslashreplace') == \
        "name '\\xc2\\xb5'"
    assert encode(u'\xe9\u20ac\U0001f600', 'latin-1',
                  'backslashreplace') == '\xe9\\u20ac\\U0001f600'


def test_xmlcharrefreplace():
    assert encode(u'a\u20ac', 'ascii', 'xmlcharrefreplace') == 'a&#8364;'
