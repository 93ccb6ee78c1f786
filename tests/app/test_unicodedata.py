"""unicodedata: errors for bad arguments, defaults, aliases and named
sequences, normalization (CPython gives the expected results), and the
identities the functions keep over whole blocks.  The comparison with
the host's values over blocks of code points is test_host_unicodedata.py."""

import unicodedata

import pytest


def raises_message(exception, function, *args, **kwargs):
    with pytest.raises(exception) as info:
        function(*args, **kwargs)
    return str(info.value)


def test_character_arguments():
    assert raises_message(TypeError, unicodedata.name, 'ab') == \
        'name() argument 1 must be a unicode character, not str'
    assert raises_message(TypeError, unicodedata.name, '') == \
        'name() argument 1 must be a unicode character, not str'
    assert raises_message(TypeError, unicodedata.category, 1) == \
        'category() argument must be a unicode character, not int'
    assert raises_message(TypeError, unicodedata.ucd_3_2_0.mirrored, 'ab') \
        == 'mirrored() argument must be a unicode character, not str'
    assert raises_message(TypeError, unicodedata.name) == \
        'name expected at least 1 argument, got 0'
    assert raises_message(TypeError, unicodedata.name, 'a', 1, 2) == \
        'name expected at most 2 arguments, got 3'
    assert raises_message(TypeError, unicodedata.category) == \
        'unicodedata.category() takes exactly one argument (0 given)'
    assert raises_message(TypeError, unicodedata.name, chr='a') == \
        'unicodedata.name() takes no keyword arguments'


def test_missing_values_and_defaults():
    for function, message in [(unicodedata.decimal, 'not a decimal'),
                              (unicodedata.digit, 'not a digit'),
                              (unicodedata.numeric,
                               'not a numeric character')]:
        assert raises_message(ValueError, function, 'x') == message
        assert function('x', None) is None
    assert raises_message(ValueError, unicodedata.name, '\uffff') == \
        'no such name'
    assert unicodedata.name('\uffff', 5) == 5
    assert raises_message(ValueError, unicodedata.decimal, '\u00b2') == \
        'not a decimal'
    assert unicodedata.digit('\u00b2') == 2
    assert unicodedata.numeric('\u00bd') == 0.5


def test_lookup():
    assert unicodedata.lookup('bullet') == '\u2022'
    assert unicodedata.lookup(b'BULLET') == '\u2022'
    assert unicodedata.lookup('BYTE ORDER MARK') == '\ufeff'
    assert unicodedata.lookup(
        'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE') == '\u0100\u0300'
    for name in ['xyz', 'hangul syllable ga', 'CJK UNIFIED IDEOGRAPH-4e00',
                 'cjk unified ideograph-4E00', 'LATIN SMALL LETTER \xe9']:
        assert raises_message(KeyError, unicodedata.lookup, name) == \
            repr("undefined character name '%s'" % name)
    assert raises_message(KeyError, unicodedata.lookup, 'x' * 300) == \
        repr('name too long')
    assert raises_message(TypeError, unicodedata.lookup, 1) == \
        "a bytes-like object is required, not 'int'"


def test_ucd_3_2_0():
    ucd = unicodedata.ucd_3_2_0
    assert type(ucd) is unicodedata.UCD
    assert ucd.unidata_version == '3.2.0'
    # U+0221 came in Unicode 4.0
    assert ucd.category('\u0221') == 'Cn'
    assert ucd.name('\u0221', None) is None
    assert unicodedata.name('\u0221') == 'LATIN SMALL LETTER D WITH CURL'
    for name in ['BYTE ORDER MARK',
                 'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE']:
        assert raises_message(KeyError, ucd.lookup, name) == \
            repr("undefined character name '%s'" % name)
    assert raises_message(TypeError, unicodedata.UCD) == \
        "cannot create 'unicodedata.UCD' instances"


def test_normalize():
    cases = [('NFC', 'e\u0301', '\u00e9'),
             ('NFD', '\u00e9', 'e\u0301'),
             ('NFKC', '\ufb01\u2460\u00bd', 'fi11\u20442'),
             ('NFKD', '\u1e9b\u0323', '\u0073\u0323\u0307'),
             ('NFC', '\u1e9b\u0323', '\u1e9b\u0323'),
             ('NFKC', '\u1e9b\u0323', '\u1e69'),
             ('NFC', 'a\u0323\u0302b', '\u1eadb'),
             ('NFD', 'a\u0302\u0323', 'a\u0323\u0302'),
             ('NFC', '\u1100\u1161\u11a8\u1100', '\uac01\u1100'),
             ('NFD', '\uac01', '\u1100\u1161\u11a8'),
             ('NFC', '\u0301e', '\u0301e'),
             ('NFC', '\u0958', '\u0915\u093c'),
             ('NFC', '', '')]
    for form, source, expected in cases:
        assert unicodedata.normalize(form, source) == expected
        assert unicodedata.is_normalized(form, source) == \
            (source == expected)
    assert raises_message(ValueError, unicodedata.normalize, 'nfc', 'a') == \
        'invalid normalization form'
    assert raises_message(ValueError, unicodedata.is_normalized, 'X', 'a') \
        == 'invalid normalization form'
    assert raises_message(TypeError, unicodedata.normalize, 'NFC', 1) == \
        'normalize() argument 2 must be str, not int'
    assert raises_message(TypeError, unicodedata.normalize, 'NFC') == \
        'normalize expected 2 arguments, got 1'


def test_identities_over_blocks():
    # Latin, Greek, Cyrillic, Hangul syllables, compatibility forms
    for start, stop in [(0, 0x530), (0xAC00, 0xAD00), (0xFB00, 0xFB50),
                        (0xFF00, 0xFFF0)]:
        for code in range(start, stop):
            ch = chr(code)
            name = unicodedata.name(ch, None)
            if name is not None:
                assert unicodedata.lookup(name) == ch
            nfd = unicodedata.normalize('NFD', ch)
            nfkd = unicodedata.normalize('NFKD', ch)
            assert unicodedata.normalize('NFC', nfd) == \
                unicodedata.normalize('NFC', ch)
            assert unicodedata.normalize('NFKC', nfkd) == \
                unicodedata.normalize('NFKC', ch)
            assert unicodedata.normalize('NFD', nfd) == nfd
            assert unicodedata.is_normalized('NFKD', nfkd)


def test_named_escapes():
    import re
    assert '\N{BULLET}\N{byte order mark}' == '\u2022\ufeff'
    assert re.fullmatch(r'\N{BULLET}+', '\u2022\u2022')
    with pytest.raises(re.error):
        re.compile(r'\N{NO SUCH CHARACTER NAME}')


def test_maxunicode():
    import sys
    assert sys.maxunicode == 0x10FFFF
    assert unicodedata.category(chr(sys.maxunicode)) == 'Cn'
    with pytest.raises(ValueError):
        chr(sys.maxunicode + 1)
