import pytest

from pypy.interpreter.tokenizer import (tokenize, tok_names, ERRORTOKEN,
                                        char_offset)
from pypy.interpreter.error import CompileError


def toks(source):
    result = []
    for tok in tokenize(source):
        if tok.type == ERRORTOKEN:
            raise tok.error
        name = tok_names[tok.type]
        if tok.value:
            result.append('%s:%s' % (name, tok.value))
        else:
            result.append(name)
    return result


def positions(source):
    return [(tok.lineno, tok.col) for tok in tokenize(source)]


def error_of(source):
    with pytest.raises(CompileError) as excinfo:
        toks(source)
    e = excinfo.value
    return (e.kind, e.msg, e.lineno, e.offset)


def test_simple():
    assert toks('x = 1\n') == ['NAME:x', 'OP:=', 'NUMBER:1', 'NEWLINE',
                               'ENDMARKER']


def test_no_trailing_newline():
    assert toks('x') == ['NAME:x', 'NEWLINE', 'ENDMARKER']


def test_empty():
    assert toks('') == ['ENDMARKER']
    assert toks('\n\n  \n# comment\n') == ['ENDMARKER']


def test_indent_dedent():
    src = 'if x:\n    a\n    if y:\n        b\nc\n'
    assert toks(src) == [
        'NAME:if', 'NAME:x', 'OP::', 'NEWLINE',
        'INDENT', 'NAME:a', 'NEWLINE',
        'NAME:if', 'NAME:y', 'OP::', 'NEWLINE',
        'INDENT', 'NAME:b', 'NEWLINE',
        'DEDENT', 'DEDENT', 'NAME:c', 'NEWLINE', 'ENDMARKER']


def test_dedent_at_eof():
    assert toks('if x:\n  a') == ['NAME:if', 'NAME:x', 'OP::', 'NEWLINE',
                                  'INDENT', 'NAME:a', 'NEWLINE', 'DEDENT',
                                  'ENDMARKER']


def test_blank_and_comment_lines_do_not_indent():
    src = 'if x:\n    a\n\n  # comment\n        \n    b\n'
    assert toks(src) == ['NAME:if', 'NAME:x', 'OP::', 'NEWLINE', 'INDENT',
                         'NAME:a', 'NEWLINE', 'NAME:b', 'NEWLINE', 'DEDENT',
                         'ENDMARKER']


def test_implicit_line_joining():
    src = 'x = (1,\n     2)\ny = [\n]\n'
    assert toks(src) == ['NAME:x', 'OP:=', 'OP:(', 'NUMBER:1', 'OP:,',
                         'NUMBER:2', 'OP:)', 'NEWLINE', 'NAME:y', 'OP:=',
                         'OP:[', 'OP:]', 'NEWLINE', 'ENDMARKER']


def test_backslash_continuation():
    assert toks('x = 1 + \\\n    2\n') == ['NAME:x', 'OP:=', 'NUMBER:1',
                                           'OP:+', 'NUMBER:2', 'NEWLINE',
                                           'ENDMARKER']


def test_crlf():
    assert toks('if x:\r\n  y\r\n') == toks('if x:\n  y\n')


def test_operators():
    src = 'a **= b // c >> d <<= e != f -> g := h ... @= ~x'
    assert toks(src)[:-2] == ['NAME:a', 'OP:**=', 'NAME:b', 'OP://',
                              'NAME:c', 'OP:>>', 'NAME:d', 'OP:<<=',
                              'NAME:e', 'OP:!=', 'NAME:f', 'OP:->', 'NAME:g',
                              'OP::=', 'NAME:h', 'OP:...', 'OP:@=', 'OP:~',
                              'NAME:x']


def test_numbers():
    src = '0 123 1_000 0x1F 0o17 0b1_01 1.5 .5 5. 1e10 1E-5 3j 1.5J 00'
    assert toks(src)[:-2] == ['NUMBER:' + x for x in src.split()]


def test_number_followed_by_keyword():
    assert toks('1if x else 2')[:4] == ['NUMBER:1', 'NAME:if', 'NAME:x',
                                        'NAME:else']


def test_attribute_of_number():
    assert toks('1 .real')[:3] == ['NUMBER:1', 'OP:.', 'NAME:real']


def test_strings():
    src = '''a = 'x' "y" r'\\d' b"z" Rb'w' f"{x}" u'q' \'\'\'t\nu\'\'\' ""'''
    assert toks(src)[2:-2] == ["STRING:'x'", 'STRING:"y"', "STRING:r'\\d'",
                               'STRING:b"z"', "STRING:Rb'w'",
                               'STRING:f"{x}"', "STRING:u'q'",
                               "STRING:'''t\nu'''", 'STRING:""']


def test_string_with_escaped_quote_and_continuation():
    assert toks("'a\\'b' 'c\\\nd'")[:2] == ["STRING:'a\\'b'",
                                            "STRING:'c\\\nd'"]


def test_positions():
    assert positions('ab  cd\n  ')[:3] == [(1, 0), (1, 4), (1, 6)]
    assert positions('(a,\n b)')[:5] == [(1, 0), (1, 1), (1, 2), (2, 1),
                                         (2, 2)]


def test_utf8_identifier():
    assert toks('\xc3\xa9t\xc3\xa9 = 1')[0] == 'NAME:\xc3\xa9t\xc3\xa9'


def test_char_offset():
    line = 'x = "\xc3\xa9" + y'
    assert char_offset(line, 0) == 1
    assert char_offset(line, 9) == 9


def test_errors():
    assert error_of("x = 'abc\n") == (
        'SyntaxError', 'unterminated string literal (detected at line 1)',
        1, 5)
    assert error_of("x = '''abc\n\n") == (
        'SyntaxError', 'unterminated triple-quoted string literal '
        '(detected at line 2)', 1, 5)
    assert error_of('x = 1)\n') == ('SyntaxError', "unmatched ')'", 1, 6)
    assert error_of('x = (1]\n') == (
        'SyntaxError', "closing parenthesis ']' does not match opening "
        "parenthesis '('", 1, 7)
    assert error_of('x = (1,\n 2]\n') == (
        'SyntaxError', "closing parenthesis ']' does not match opening "
        "parenthesis '(' on line 1", 2, 3)
    assert error_of('x = [1, 2\n') == ('SyntaxError',
                                       "'[' was never closed", 1, 5)
    assert error_of('1abc\n') == ('SyntaxError', 'invalid decimal literal',
                                  1, 1)
    assert error_of('0123\n')[1].startswith('leading zeros in decimal')
    assert error_of('0x\n') == ('SyntaxError', 'invalid hexadecimal literal',
                                1, 2)
    assert error_of('0x1g\n') == ('SyntaxError',
                                  'invalid hexadecimal literal', 1, 3)
    assert error_of('1_\n') == ('SyntaxError', 'invalid decimal literal',
                                1, 2)
    assert error_of('1__0\n') == ('SyntaxError', 'invalid decimal literal',
                                  1, 2)
    assert error_of('x = \\ y\n')[1] == ('unexpected character after line '
                                         'continuation character')


def test_indentation_errors():
    assert error_of('if x:\n    a\n  b\n') == (
        'IndentationError',
        'unindent does not match any outer indentation level', 3, 4)
    assert error_of('if x:\n        a\n\tb\n') == (
        'TabError', 'inconsistent use of tabs and spaces in indentation',
        3, 1)


def test_too_many_parentheses():
    assert error_of('(' * 250)[1] == 'too many nested parentheses'


def test_too_deep_indentation():
    src = ''
    for i in range(120):
        src += ' ' * i + 'if x:\n'
    assert error_of(src)[1] == 'too many levels of indentation'


def test_error_token_is_last():
    tokens = tokenize('a\nb = "unterminated\nc\n')
    assert [tok_names[t.type] for t in tokens] == [
        'NAME', 'NEWLINE', 'NAME', 'OP', 'ERRORTOKEN']
