"""Interp-level tests of unicodedata: the property functions, lookup of
names, aliases and named sequences, the four normalization forms,
ucd_3_2_0, and CPython 3.11's errors for bad arguments (the expected
values are CPython 3.11's)."""

import pytest

from pypy.interpreter.arguments import Arguments
from pypy.interpreter.error import OperationError
from pypy.objspace.objspace import ObjSpace

space = ObjSpace()
w_module = space.builtin_modules['unicodedata']


def call(w_callable, args_w, **keywords):
    names = list(keywords)
    return space.call_args(w_callable, Arguments(
        list(args_w), names, [keywords[n] for n in names]))


def module_attr(name):
    return w_module.w_dict.getitem_str(space, name)


def ucd_3_2_0_method(name):
    return space.getattr(module_attr('ucd_3_2_0'), name)


def text(u):
    return space.newtext(u)


def call_text(name, *args):
    return space.text_w(call(module_attr(name), [text(a) for a in args]))


def error_of(w_callable, args_w, **keywords):
    with pytest.raises(OperationError) as info:
        call(w_callable, args_w, **keywords)
    w_exc = info.value.w_value
    return (space.type_name(space.type(w_exc)),
            space.text_w(space.str(w_exc)))


def test_versions():
    assert space.text_w(module_attr('unidata_version')) == u'8.0.0'
    w_version = space.getattr(module_attr('ucd_3_2_0'), 'unidata_version')
    assert space.text_w(w_version) == u'3.2.0'


def test_character_properties():
    assert call_text('name', u'\u2022') == u'BULLET'
    assert call_text('name', u'\uac01') == u'HANGUL SYLLABLE GAG'
    assert call_text('name', u'\u4e00') == u'CJK UNIFIED IDEOGRAPH-4E00'
    assert call_text('category', u'A') == u'Lu'
    assert call_text('category', u'\u0378') == u'Cn'
    assert call_text('bidirectional', u'\u05d0') == u'R'
    assert call_text('bidirectional', u'\u0378') == u''
    assert call_text('east_asian_width', u'\u4e00') == u'W'
    assert call_text('east_asian_width', u'\u0378') == u'F'
    assert call_text('decomposition', u'\u00e9') == u'0065 0301'
    assert call_text('decomposition', u'\u00bd') == \
        u'<fraction> 0031 2044 0032'
    assert space.int_w(call(module_attr('combining'), [text(u'\u0301')])) \
        == 230
    assert space.int_w(call(module_attr('mirrored'), [text(u'(')])) == 1
    assert space.int_w(call(module_attr('decimal'), [text(u'\u0663')])) == 3
    assert space.int_w(call(module_attr('digit'), [text(u'\u00b2')])) == 2
    assert space.float_w(call(module_attr('numeric'),
                              [text(u'\u00bd')])) == 0.5


def test_defaults_and_missing_values():
    w_default = space.newint(7)
    for name in ['name', 'decimal', 'digit', 'numeric']:
        assert call(module_attr(name), [text(u'\uffff'), w_default]) \
            is w_default
    for name, message in [('name', 'no such name'),
                          ('decimal', 'not a decimal'),
                          ('digit', 'not a digit'),
                          ('numeric', 'not a numeric character')]:
        assert error_of(module_attr(name), [text(u'x' if name != 'name'
                                                 else u'\uffff')]) == (
            'ValueError', message)
    # a digit that is no decimal
    assert error_of(module_attr('decimal'), [text(u'\u00b2')]) == (
        'ValueError', 'not a decimal')


def test_lookup():
    assert call_text('lookup', u'bullet') == u'\u2022'
    assert call_text('lookup', u'LATIN SMALL LETTER E WITH ACUTE') == \
        u'\u00e9'
    assert call_text('lookup', u'HANGUL SYLLABLE GAG') == u'\uac01'
    assert call_text('lookup', u'CJK UNIFIED IDEOGRAPH-4E00') == u'\u4e00'
    # an alias and a named sequence
    assert call_text('lookup', u'BYTE ORDER MARK') == u'\ufeff'
    assert call_text('lookup',
                     u'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE') == \
        u'\u0100\u0300'
    assert space.text_w(call(module_attr('lookup'),
                             [space.newbytes('bullet')])) == u'\u2022'


def test_lookup_errors():
    w_lookup = module_attr('lookup')
    for name in [u'xyz', u'hangul syllable gag', u'cjk unified ideograph-4e00',
                 u'CJK UNIFIED IDEOGRAPH-4e00', u'LATIN SMALL LETTER \xe9']:
        assert error_of(w_lookup, [text(name)]) == (
            'KeyError', u"\"undefined character name '%s'\"" % name)
    assert error_of(w_lookup, [text(u'x' * 300)]) == (
        'KeyError', "'name too long'")
    assert error_of(w_lookup, [space.newint(1)]) == (
        'TypeError', "a bytes-like object is required, not 'int'")


def test_normalize():
    cases = [(u'NFC', u'e\u0301', u'\u00e9'),
             (u'NFD', u'\u00e9', u'e\u0301'),
             (u'NFKC', u'\ufb01\u2460', u'fi1'),
             (u'NFKD', u'\u00bd', u'1\u20442'),
             # marks reordered by combining class, then composed
             (u'NFC', u'a\u0323\u0302', u'\u1ead'),
             (u'NFD', u'a\u0302\u0323', u'a\u0323\u0302'),
             # Hangul syllables
             (u'NFC', u'\u1100\u1161\u11a8', u'\uac01'),
             (u'NFD', u'\uac01', u'\u1100\u1161\u11a8'),
             # a leading mark, and an excluded composition
             (u'NFC', u'\u0301e', u'\u0301e'),
             (u'NFC', u'\u0958', u'\u0915\u093c'),
             (u'NFC', u'', u'')]
    for form, source, expected in cases:
        assert call_text('normalize', form, source) == expected
        assert space.is_true(call(module_attr('is_normalized'),
                                  [text(form), text(source)])) == \
            (source == expected)
    w_source = text(u'abc')
    assert call(module_attr('normalize'), [text(u'NFC'), w_source]) \
        is w_source


def test_argument_errors():
    assert error_of(module_attr('name'), [text(u'ab')]) == (
        'TypeError', 'name() argument 1 must be a unicode character, not str')
    assert error_of(module_attr('category'), [space.newint(1)]) == (
        'TypeError', 'category() argument must be a unicode character, '
        'not int')
    assert error_of(module_attr('name'), []) == (
        'TypeError', 'name expected at least 1 argument, got 0')
    assert error_of(module_attr('category'), []) == (
        'TypeError', 'unicodedata.category() takes exactly one argument '
        '(0 given)')
    assert error_of(module_attr('name'), [], chr=text(u'a')) == (
        'TypeError', 'unicodedata.name() takes no keyword arguments')
    assert error_of(module_attr('normalize'), [text(u'X'), text(u'a')]) == (
        'ValueError', 'invalid normalization form')
    assert error_of(module_attr('normalize'),
                    [text(u'NFC'), space.newint(1)]) == (
        'TypeError', 'normalize() argument 2 must be str, not int')
    assert error_of(module_attr('is_normalized'), [text(u'NFC')]) == (
        'TypeError', 'is_normalized expected 2 arguments, got 1')


def test_ucd_3_2_0():
    def call_old(name, u):
        return call(ucd_3_2_0_method(name), [text(u)])
    # U+0221 came in Unicode 4.0
    assert space.text_w(call_old('category', u'\u0221')) == u'Cn'
    assert space.text_w(call_old('east_asian_width', u'\u0221')) == u'F'
    assert error_of(ucd_3_2_0_method('name'), [text(u'\u0221')]) == (
        'ValueError', 'no such name')
    assert space.text_w(call_old('name', u'\u2022')) == u'BULLET'
    # no aliases nor named sequences in 3.2.0
    assert error_of(ucd_3_2_0_method('lookup'),
                    [text(u'BYTE ORDER MARK')]) == (
        'KeyError', "\"undefined character name 'BYTE ORDER MARK'\"")
    assert space.text_w(call(ucd_3_2_0_method('normalize'),
                             [text(u'NFKC'), text(u'\u2460')])) == u'1'
    # tp_name, with the module, as CPython's
    assert error_of(module_attr('UCD'), []) == (
        'TypeError', "cannot create 'unicodedata.UCD' instances")
    assert error_of(ucd_3_2_0_method('category'), []) == (
        'TypeError', 'unicodedata.UCD.category() takes exactly one '
        'argument (0 given)')
