"""str methods."""

import pytest


def test_find_family():
    s = 'hello world'
    assert s.find('o') == 4
    assert s.find('o', 5) == 7
    assert s.find('o', 5, 7) == -1
    assert s.find('z') == -1
    assert s.find('') == 0
    assert s.find('', 11) == 11
    assert s.find('', 12) == -1
    assert s.find('o', -4) == 7
    assert s.rfind('o') == 7
    assert s.rfind('o', 0, 7) == 4
    assert s.rfind('') == 11
    assert s.index('w') == 6
    assert s.rindex('l') == 9
    with pytest.raises(ValueError):
        s.index('z')
    with pytest.raises(ValueError):
        s.rindex('z')
    with pytest.raises(TypeError):
        s.find(1)


def test_count():
    assert 'abcabcab'.count('ab') == 3
    assert 'aaaa'.count('aa') == 2
    assert 'abc'.count('') == 4
    assert 'abcabc'.count('a', 1) == 1
    assert 'abcabc'.count('a', 0, 3) == 1
    assert 'abc'.count('', 1, 2) == 2
    assert 'abc'.count('x') == 0


def test_startswith_endswith():
    s = 'hello world'
    assert s.startswith('hello')
    assert not s.startswith('world')
    assert s.startswith('world', 6)
    assert s.startswith(('x', 'he'))
    assert not s.startswith(('x', 'y'))
    assert s.endswith('world')
    assert s.endswith('lo', 0, 5)
    assert s.endswith(('x', 'ld'))
    assert s.startswith('')
    assert not s.startswith('h', 20)
    assert s.startswith('o', -4)
    with pytest.raises(TypeError):
        s.startswith(1)


def test_char_classes():
    assert '123'.isdigit()
    assert not '12a'.isdigit()
    assert not ''.isdigit()
    assert 'abc'.isalpha()
    assert 'é'.isalpha()
    assert not 'ab1'.isalpha()
    assert 'ab1'.isalnum()
    assert not 'ab 1'.isalnum()
    assert ' \t\n'.isspace()
    assert not ''.isspace()
    assert not ' a'.isspace()
    assert '123'.isdecimal()
    assert '½'.isnumeric()
    assert 'abc'.isascii()
    assert not 'é'.isascii()


def test_case_predicates():
    assert 'ABC'.isupper()
    assert 'ABC1'.isupper()
    assert not 'AbC'.isupper()
    assert not '123'.isupper()
    assert 'abc'.islower()
    assert not 'aBc'.islower()
    assert 'Hello World'.istitle()
    assert not 'Hello world'.istitle()


def test_isidentifier():
    assert 'abc'.isidentifier()
    assert '_x1'.isidentifier()
    assert 'é'.isidentifier()
    assert not '1x'.isidentifier()
    assert not ''.isidentifier()
    assert not 'a-b'.isidentifier()


def test_case_conversions():
    assert 'hello world'.title() == 'Hello World'
    assert "they're bill's".title() == "They'Re Bill'S"
    assert 'hELLO'.capitalize() == 'Hello'
    assert ''.capitalize() == ''
    assert 'Hello World'.swapcase() == 'hELLO wORLD'
    assert 'ß'.upper() == 'SS' or 'ß'.upper() == 'ß'
    assert 'ABC'.casefold() == 'abc'
    assert 'Straße'.lower() == 'straße'


def test_justify():
    assert 'abc'.center(7) == '  abc  '
    assert 'abc'.center(8, '*') == '**abc***'
    assert 'ab'.center(5) == '  ab '
    assert 'abc'.center(2) == 'abc'
    assert 'abc'.ljust(5) == 'abc  '
    assert 'abc'.ljust(5, '-') == 'abc--'
    assert 'abc'.rjust(5) == '  abc'
    assert 'abc'.rjust(5, '0') == '00abc'
    with pytest.raises(TypeError):
        'abc'.center(5, 'ab')


def test_zfill():
    assert '42'.zfill(5) == '00042'
    assert '-42'.zfill(5) == '-0042'
    assert '+42'.zfill(5) == '+0042'
    assert 'abc'.zfill(2) == 'abc'
    assert ''.zfill(3) == '000'


def test_splitlines():
    assert 'a\nb\r\nc'.splitlines() == ['a', 'b', 'c']
    assert 'a\nb\r\nc\n'.splitlines(True) == ['a\n', 'b\r\n', 'c\n']
    assert 'a\nb'.splitlines(keepends=True) == ['a\n', 'b']
    assert ''.splitlines() == []
    assert 'a\n\nb'.splitlines() == ['a', '', 'b']
    assert 'a\rb\x0bc'.splitlines() == ['a', 'b', 'c']


def test_split_rsplit():
    assert 'a b  c'.split() == ['a', 'b', 'c']
    assert 'a,b,c'.split(',') == ['a', 'b', 'c']
    assert 'a,b,c'.split(',', 1) == ['a', 'b,c']
    assert 'a,b,c'.rsplit(',') == ['a', 'b', 'c']
    assert 'a,b,c'.rsplit(',', 1) == ['a,b', 'c']
    assert '  a b  c  '.rsplit() == ['a', 'b', 'c']
    assert '  a b  c  '.rsplit(None, 1) == ['  a b', 'c']
    assert 'a::b::c'.rsplit('::', 1) == ['a::b', 'c']
    assert ''.rsplit() == []
    assert ''.rsplit(',') == ['']
    with pytest.raises(ValueError):
        'abc'.rsplit('')


def test_strip():
    assert '  ab  '.strip() == 'ab'
    assert 'xxabxx'.strip('x') == 'ab'
    assert '  ab  '.lstrip() == 'ab  '
    assert '  ab  '.rstrip() == '  ab'


def test_partition():
    assert 'a=b=c'.partition('=') == ('a', '=', 'b=c')
    assert 'a=b=c'.rpartition('=') == ('a=b', '=', 'c')
    assert 'abc'.partition('=') == ('abc', '', '')
    assert 'abc'.rpartition('=') == ('', '', 'abc')
    with pytest.raises(ValueError):
        'abc'.partition('')


def test_expandtabs():
    assert 'a\tb'.expandtabs() == 'a       b'
    assert 'a\tb'.expandtabs(4) == 'a   b'
    assert 'ab\tc\nd\te'.expandtabs(4) == 'ab  c\nd   e'
    assert 'a\tb'.expandtabs(tabsize=2) == 'a b'
    assert 'a\tb'.expandtabs(0) == 'ab'


def test_encode():
    assert 'abc'.encode() == b'abc'
    assert 'é'.encode() == b'\xc3\xa9'
    assert 'é'.encode('utf-8') == b'\xc3\xa9'
    assert 'abc'.encode('ascii') == b'abc'
    assert 'é'.encode('latin-1') == b'\xe9'
    with pytest.raises(UnicodeEncodeError, match="'ascii' codec can't "
                       "encode character '\\\\xe9' in position 1: ordinal "
                       "not in range\\(128\\)"):
        'aé'.encode('ascii')
    with pytest.raises(UnicodeEncodeError, match="'latin-1' codec can't "
                       "encode character '\\\\u20ac' in position 0"):
        '€'.encode('latin1')
    with pytest.raises(UnicodeEncodeError, match="'utf-8' codec can't "
                       "encode character '\\\\ud800' in position 0: "
                       "surrogates not allowed"):
        '\ud800'.encode()
    with pytest.raises(UnicodeDecodeError):
        b'\xff'.decode()
    with pytest.raises(UnicodeDecodeError):
        b'\xff'.decode('ascii')


def test_removeprefix_suffix():
    assert 'foobar'.removeprefix('foo') == 'bar'
    assert 'foobar'.removeprefix('x') == 'foobar'
    assert 'foobar'.removesuffix('bar') == 'foo'


def test_replace_join_existing():
    assert 'aXbXc'.replace('X', '--') == 'a--b--c'
    assert '-'.join(['a', 'b']) == 'a-b'
    assert 'b' in 'abc'
    assert 'abcdef'[1:4] == 'bcd'
    assert 'abc'.upper() == 'ABC'


def test_format_method():
    assert '{} + {} = {}'.format(1, 2, 3) == '1 + 2 = 3'
    assert '{:>5}|'.format('ab') == '   ab|'
    assert '{0:.2f}'.format(2.0 / 3) == '0.67'


def test_percent_operator():
    assert '%s=%d' % ('x', 5) == 'x=5'
    assert '%.1f%%' % 12.34 == '12.3%'


def test_split_keywords():
    assert 'a-b'.split(sep='-') == ['a', 'b']
    assert 'a b c'.split(maxsplit=1) == ['a', 'b c']
    assert 'a-b-c'.split('-', maxsplit=1) == ['a', 'b-c']
    assert 'a b c'.rsplit(maxsplit=1) == ['a b', 'c']
    assert 'a-b-c'.rsplit(sep='-', maxsplit=1) == ['a-b', 'c']
    with pytest.raises(TypeError):
        'a b'.split(foo=1)


def test_ascii_case_and_classes():
    # every ASCII character: the interpreter maps these without the
    # Unicode database
    chars = ''.join(map(chr, range(128)))
    assert chars.lower() == chars[:65] + chars[97:123] + chars[91:]
    assert chars.upper() == chars[:97] + chars[65:91] + chars[123:]
    assert chars.casefold() == chars.lower()
    assert chars.swapcase() == (chars[:65] + chars[97:123] + chars[91:97] +
                                chars[65:91] + chars[123:])
    assert 'aBc dEF1g h\u00e9LLO'.title() == 'Abc Def1G H\u00e9llo'
    assert 'xYZ \u00c9T\u00c9'.capitalize() == 'Xyz \u00e9t\u00e9'
    assert [c for c in chars if c.isspace()] == \
        list('\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f ')
    assert ''.join(c for c in chars if c.isalpha()) == \
        chars[65:91] + chars[97:123]
    for test in (str.isdigit, str.isdecimal, str.isnumeric):
        assert ''.join(c for c in chars if test(c)) == '0123456789'
    assert ''.join(c for c in chars if c.isalnum()) == \
        '0123456789' + chars[65:91] + chars[97:123]
    assert 'a\x1cb\x1fc\x0bd \u3000e'.split() == ['a', 'b', 'c', 'd', 'e']
    assert '\x1d x \x0c'.strip() == 'x'
    assert ' a b '.rsplit(None, 1) == [' a', 'b']


def test_index_and_slice():
    class Two:
        def __index__(self):
            return 2

    s = 'a\xe9\u20acz'
    assert [s[i] for i in range(4)] == ['a', '\xe9', '\u20ac', 'z']
    assert s[-1] == 'z' and s[-4] == 'a' and s[Two()] == '\u20ac'
    assert s[True] == '\xe9'
    for bad in (4, -5, 10 ** 30):
        with pytest.raises(IndexError):
            s[bad]
    with pytest.raises(TypeError):
        s[1.0]
    assert s[::2] == 'a\u20ac' and s[::-1] == 'z\u20ac\xe9a'
    assert s[3:1] == '' and s[Two():] == '\u20acz'
    assert ''.join(ch for ch in s) == s
