"""_string, the parser behind string.Formatter; CPython gives the
expected results."""

import pytest


def test_formatter_parser():
    import _string
    assert list(_string.formatter_parser('a{0!r:>3}b{{c}}d{}{x[1].y:{w}}')) == [
        ('a', '0', '>3', 'r'), ('b{', None, None, None),
        ('c}', None, None, None), ('d', '', '', None),
        ('', 'x[1].y', '{w}', None)]
    assert list(_string.formatter_parser('')) == []
    assert list(_string.formatter_parser('plain')) == [
        ('plain', None, None, None)]
    with pytest.raises(ValueError, match="Single '}' encountered"):
        list(_string.formatter_parser('a}'))
    with pytest.raises(ValueError, match="expected '}' before end of string"):
        list(_string.formatter_parser('a{0'))


def test_nul_conversion_is_no_conversion():
    # CPython marks "no conversion" with '\0', so '!\0' is none
    import _string
    assert list(_string.formatter_parser('{x!\0}')) == [('', 'x', '', None)]
    assert '{!\0:>3}'.format(5) == '  5'


def test_formatter_field_name_split():
    import _string
    first, rest = _string.formatter_field_name_split('a.b[0][k]')
    assert first == 'a' and list(rest) == [(True, 'b'), (False, 0),
                                           (False, 'k')]
    first, rest = _string.formatter_field_name_split('12')
    assert first == 12 and list(rest) == []
    first, rest = _string.formatter_field_name_split('')
    assert first == '' and list(rest) == []
