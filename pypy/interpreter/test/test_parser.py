# -*- coding: utf-8 -*-
import random
import sys
import time

import pytest

from pypy.interpreter import astnodes as ast
from pypy.interpreter.parser import parse
from pypy.interpreter.error import CompileError
from pypy.interpreter.test.support import FakeSpace

sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))

OPS = {0: '+', 1: '-', 2: '*', 3: '/', 4: '//', 5: '%', 6: '**', 7: '@',
       8: '<<', 9: '>>', 10: '&', 11: '|', 12: '^'}
UNOPS = {0: '-', 1: '+', 2: '~', 3: 'not '}
CMPS = {0: '<', 1: '<=', 2: '==', 3: '!=', 4: '>', 5: '>=', 6: 'is',
        7: 'is not', 8: 'in', 9: 'not in'}


def dump(node):
    """A generic dump of the tree, for the tests."""
    if isinstance(node, list):
        return '[%s]' % ', '.join([dump(x) for x in node])
    if isinstance(node, ast.Node):
        return '%s(%s)' % (node.__class__.__name__,
                           ', '.join([dump(getattr(node, f))
                                      for f in node._fields]))
    return repr(node)


def show(node):
    """A compact, fully parenthesized rendering of expressions."""
    if isinstance(node, ast.BinOp):
        return '(%s %s %s)' % (show(node.left), OPS[node.op],
                               show(node.right))
    if isinstance(node, ast.UnaryOp):
        return '(%s%s)' % (UNOPS[node.op], show(node.operand))
    if isinstance(node, ast.BoolOp):
        op = ' and ' if node.op == ast.AND else ' or '
        return '(%s)' % op.join([show(v) for v in node.values])
    if isinstance(node, ast.Compare):
        s = show(node.left)
        for o, c in zip(node.ops, node.comparators):
            s += ' %s %s' % (CMPS[o], show(c))
        return '(%s)' % s
    if isinstance(node, ast.IfExp):
        return '(%s if %s else %s)' % (show(node.body), show(node.test),
                                       show(node.orelse))
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.IntConst):
        return str(node.value)
    if isinstance(node, ast.Call):
        return '%s(%s)' % (show(node.func), ', '.join(
            [show(a) for a in node.args] +
            ['%s=%s' % (k.arg, show(k.value)) for k in node.keywords]))
    if isinstance(node, ast.Attribute):
        return '%s.%s' % (show(node.value), node.attr)
    if isinstance(node, ast.Subscript):
        return '%s[%s]' % (show(node.value), show(node.slice))
    if isinstance(node, ast.Lambda):
        return '(lambda: %s)' % show(node.body)
    if isinstance(node, ast.Starred):
        return '*' + show(node.value)
    if isinstance(node, ast.Tuple):
        return '(%s,)' % ', '.join([show(e) for e in node.elts])
    if isinstance(node, ast.NamedExpr):
        return '(%s := %s)' % (show(node.target), show(node.value))
    if isinstance(node, ast.Await):
        return 'await'
    return dump(node)


def expr(source):
    tree = parse(source, 'eval')
    return show(tree.body)


def stmts(source):
    return parse(source, 'exec').body


def error_of(source, mode='exec'):
    with pytest.raises(CompileError) as excinfo:
        parse(source, mode)
    e = excinfo.value
    return (e.kind, e.msg, e.lineno, e.offset)


# ____________________________________________________________
# precedence and associativity

@pytest.mark.parametrize('source, expected', [
    ('-2**2', '(-(2 ** 2))'),
    ('2**-1', '(2 ** (-1))'),
    ('2**3**4', '(2 ** (3 ** 4))'),
    ('a - b - c', '((a - b) - c)'),
    ('a + b * c', '(a + (b * c))'),
    ('a * b + c', '((a * b) + c)'),
    ('a // b % c @ d', '(((a // b) % c) @ d)'),
    ('a | b ^ c & d << e + f', '(a | (b ^ (c & (d << (e + f)))))'),
    ('a << b >> c', '((a << b) >> c)'),
    ('~a ** b', '(~(a ** b))'),
    ('not a == b', '(not (a == b))'),
    ('not not a', '(not (not a))'),
    ('a < b < c', '(a < b < c)'),
    ('a is not b not in c in d', '(a is not b not in c in d)'),
    ('a or b and c', '(a or (b and c))'),
    ('a and b or c and d', '((a and b) or (c and d))'),
    ('a or b or c', '(a or b or c)'),
    ('not a and b', '((not a) and b)'),
    ('a if b else c', '(a if b else c)'),
    ('a if b else c if d else e', '(a if b else (c if d else e))'),
    ('a or b if c or d else e', '((a or b) if (c or d) else e)'),
    ('lambda: a if b else c', '(lambda: (a if b else c))'),
    ('a.b(c)[d].e', 'a.b(c)[d].e'),
    ('-a.b', '(-a.b)'),
    ('f(x, y=1)', 'f(x, y=1)'),
    ('a + b < c * d', '((a + b) < (c * d))'),
    ('-x ** -y', '(-(x ** (-y)))'),
    ('a, *b', '(a, *b,)'),
    ('(y := f(x))', '(y := f(x))'),
])
def test_precedence(source, expected):
    assert expr(source) == expected


def test_dump_assignments():
    body = stmts('a = b = 1\n')
    assert dump(body) == ("[Assign([Name('a', 2), Name('b', 2)], "
                          "IntConst(1))]")
    body = stmts('a, *b = c\n')
    assert dump(body) == ("[Assign([Tuple([Name('a', 2), Starred(Name('b', "
                          "2), 2)], 2)], Name('c', 1))]")
    body = stmts('x.y[z] += 1\n')
    assert dump(body) == ("[AugAssign(Subscript(Attribute(Name('x', 1), "
                          "'y', 1), Name('z', 1), 2), 0, IntConst(1))]")
    body = stmts('x: int = 5\n(y): int\n')
    assert dump(body) == ("[AnnAssign(Name('x', 2), Name('int', 1), "
                          "IntConst(5), 1), AnnAssign(Name('y', 2), "
                          "Name('int', 1), None, 0)]")


def test_function_def():
    body = stmts('@d\ndef f(a, /, b=1, *c, d, e=2, **g) -> r:\n  pass\n')
    assert dump(body) == (
        "[FunctionDef('f', arguments([arg('a', None)], [arg('b', None)], "
        "arg('c', None), [arg('d', None), arg('e', None)], [None, "
        "IntConst(2)], arg('g', None), [IntConst(1)]), [Pass()], "
        "[Name('d', 1)], Name('r', 1))]")


def test_lambda_args():
    tree = parse('lambda x, *y, z=3, **w: 0', 'eval')
    args = tree.body.args
    assert [a.arg for a in args.args] == ['x']
    assert args.vararg.arg == 'y'
    assert [a.arg for a in args.kwonlyargs] == ['z']
    assert args.kwarg.arg == 'w'


def test_class_def():
    body = stmts('class A(B, metaclass=M):\n  x = 1\n')
    assert dump(body) == (
        "[ClassDef('A', [Name('B', 1)], [keyword('metaclass', "
        "Name('M', 1))], [Assign([Name('x', 2)], IntConst(1))], [])]")


def test_compound_statements():
    src = ('if a:\n  pass\nelif b:\n  pass\nelse:\n  pass\n'
           'while x: break\nelse: continue\n'
           'for i, j in k: pass\n'
           'try:\n  pass\nexcept E as e:\n  pass\nexcept:\n  pass\n'
           'else:\n  pass\nfinally:\n  pass\n'
           'with a as b, c:\n  pass\n'
           'with (a as b, c as d,):\n  pass\n'
           'with (a, b) as c:\n  pass\n')
    body = stmts(src)
    assert [n.__class__.__name__ for n in body] == [
        'If', 'While', 'For', 'Try', 'With', 'With', 'With']
    assert isinstance(body[0].orelse[0], ast.If)
    assert body[3].handlers[0].name == 'e'
    assert body[3].handlers[1].type is None
    assert len(body[5].items) == 2
    assert isinstance(body[6].items[0].context_expr, ast.Tuple)


def test_imports():
    body = stmts('import a.b.c as d, e\nfrom ..x import (y as z, w,)\n'
                 'from . import q\nfrom m import *\n')
    assert dump(body) == (
        "[Import([alias('a.b.c', 'd'), alias('e', None)]), "
        "ImportFrom('x', [alias('y', 'z'), alias('w', None)], 2), "
        "ImportFrom(None, [alias('q', None)], 1), "
        "ImportFrom('m', [alias('*', None)], 0)]")


def test_numbers():
    tree = parse('[0, 10, 0x_ff, 0o17, 0b101, 1_000, 1.5, 1e3, .5, 2j, '
                 '12345678901234567890123, 0xffffffffffffffffff]', 'eval')
    elts = tree.body.elts
    assert [e.value for e in elts[:6]] == [0, 10, 255, 15, 5, 1000]
    assert [e.value for e in elts[6:9]] == [1.5, 1000.0, 0.5]
    assert elts[9].imag == 2.0
    assert isinstance(elts[10], ast.BigIntConst)
    assert elts[10].value.str() == '12345678901234567890123'
    assert elts[11].value.tolong() == 0xffffffffffffffffff
    assert isinstance(parse('9223372036854775807', 'eval').body,
                      ast.IntConst)
    assert isinstance(parse('9223372036854775808', 'eval').body,
                      ast.BigIntConst)
    assert parse('1e400', 'eval').body.value == float('inf')
    assert parse('0.1', 'eval').body.value == 0.1


def test_strings():
    def s(src):
        node = parse(src, 'eval').body
        return node.value
    assert s("'a' \"b\" '''c'''") == u'abc'
    assert s(r"'\n\t\\\'\"\x41\101\u00e9\U0001F600\a\0'") == \
        u'\n\t\\\'"AA\xe9\U0001F600\x07\x00'
    assert s(r"r'\n\d'") == u'\\n\\d'
    assert s(r"'\d'") == u'\\d'
    assert s("'a\\\nb'") == u'ab'
    assert s("'\xc3\xa9'") == u'\xe9'
    assert s(r"b'\x00\xff\n' b'a'") == '\x00\xff\na'
    assert s(r"rb'\x00'") == '\\x00'
    assert s("'''a\nb'''") == u'a\nb'


def test_fstrings():
    node = parse('f"a{b!r:>{w}} {c=} {{x}}" "d"', 'eval').body
    assert dump(node) == (
        "JoinedStr([StrConst(u'a'), FormattedValue(Name('b', 1), 2, "
        "JoinedStr([StrConst(u'>'), FormattedValue(Name('w', 1), -1, "
        "None)])), StrConst(u' c='), FormattedValue(Name('c', 1), 2, None), "
        "StrConst(u' {x}d')])")
    node = parse("f'{x:{y}.{z}f}' f'{a[\"k\"]!s}'", 'eval').body
    assert len(node.values) == 2
    assert isinstance(parse("f'plain'", 'eval').body, ast.JoinedStr)
    node = parse("f'{(lambda: 1)()}{d[\"a\"]}{x!a}'", 'eval').body
    assert len(node.values) == 3


def test_comprehensions():
    node = parse('[x for x in y if x if z for w in x]', 'eval').body
    assert isinstance(node, ast.ListComp)
    assert len(node.generators) == 2
    assert len(node.generators[0].ifs) == 2
    assert isinstance(parse('{k: v for k, v in d}', 'eval').body,
                      ast.DictComp)
    assert isinstance(parse('{x for x in y}', 'eval').body, ast.SetComp)
    assert isinstance(parse('(x for x in y)', 'eval').body, ast.GeneratorExp)
    call = parse('f(x for x in y)', 'eval').body
    assert isinstance(call.args[0], ast.GeneratorExp)


def test_displays():
    node = parse('{**a, 1: 2, **b}', 'eval').body
    assert node.keys[0] is None and node.keys[2] is None
    assert isinstance(parse('{}', 'eval').body, ast.Dict)
    assert isinstance(parse('{1}', 'eval').body, ast.Set)
    assert isinstance(parse('()', 'eval').body, ast.Tuple)
    assert isinstance(parse('(1)', 'eval').body, ast.IntConst)
    assert isinstance(parse('(1,)', 'eval').body, ast.Tuple)
    assert isinstance(parse('[*a, *b]', 'eval').body.elts[1], ast.Starred)


def test_slices():
    node = parse('a[1:2, ::3, 4]', 'eval').body
    assert dump(node.slice) == (
        "Tuple([Slice(IntConst(1), IntConst(2), None), Slice(None, None, "
        "IntConst(3)), IntConst(4)], 1)")
    assert dump(parse('a[:]', 'eval').body.slice) == \
        'Slice(None, None, None)'


def test_yield_forms():
    body = stmts('def f():\n  x = yield\n  yield a, b\n  yield from c\n'
                 '  y = (yield)\n  return *a, b\n')
    f = body[0]
    assert isinstance(f.body[0].value, ast.Yield)
    assert isinstance(f.body[1].value.value, ast.Tuple)
    assert isinstance(f.body[2].value, ast.YieldFrom)
    assert isinstance(f.body[4].value, ast.Tuple)


def test_misc_statements():
    body = stmts('global a, b\ndel a, b[1], c.d\nassert x, "m"\n'
                 'raise E from F\nraise\npass; pass\n')
    assert [n.__class__.__name__ for n in body] == [
        'Global', 'Delete', 'Assert', 'Raise', 'Raise', 'Pass', 'Pass']


def test_eval_mode():
    assert expr('  1 + 2\n\n') == '(1 + 2)'
    assert error_of('x = 1', 'eval')[1] == 'invalid syntax'


def test_single_mode():
    tree = parse('x = 1\n', 'single')
    assert isinstance(tree, ast.Interactive)


# ____________________________________________________________
# errors, checked against CPython 3.11

CPYTHON_ERRORS = [
    ('if x:\n    a\n  b\n',
     ('IndentationError', 'unindent does not match any outer indentation level', 3, 4)),
    ('a\n  b\n',
     ('IndentationError', 'unexpected indent', 2, 2)),
    ('if x:\npass\n',
     ('IndentationError', "expected an indented block after 'if' statement on line 1", 2, 1)),
    ('def f():\n\n# c\nx\n',
     ('IndentationError', 'expected an indented block after function definition on line 1', 4, 1)),
    ('x = (1, 2\ny = 3\n',
     ('SyntaxError', "'(' was never closed", 1, 5)),
    ("x = 'abc\n",
     ('SyntaxError', 'unterminated string literal (detected at line 1)', 1, 5)),
    ("x = '''abc\n\n",
     ('SyntaxError', 'unterminated triple-quoted string literal (detected at line 2)', 1, 5)),
    ('x = 1)\n',
     ('SyntaxError', "unmatched ')'", 1, 6)),
    ('x = (1]\n',
     ('SyntaxError', "closing parenthesis ']' does not match opening parenthesis '('", 1, 7)),
    ('x = (1,\n 2]\n',
     ('SyntaxError', "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 3)),
    ('1abc\n',
     ('SyntaxError', 'invalid decimal literal', 1, 1)),
    ('0123\n',
     ('SyntaxError', 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', 1, 1)),
    ('0x\n',
     ('SyntaxError', 'invalid hexadecimal literal', 1, 2)),
    ('0x1g\n',
     ('SyntaxError', 'invalid hexadecimal literal', 1, 3)),
    ('1_\n',
     ('SyntaxError', 'invalid decimal literal', 1, 2)),
    ('1__0\n',
     ('SyntaxError', 'invalid decimal literal', 1, 2)),
    ('a $ b\n',
     ('SyntaxError', 'invalid syntax', 1, 3)),
    ('a ? b\n',
     ('SyntaxError', 'invalid syntax', 1, 3)),
    ('a ! b\n',
     ('SyntaxError', 'invalid syntax', 1, 3)),
    ('1 = x\n',
     ('SyntaxError', "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1)),
    ('f() = 1\n',
     ('SyntaxError', "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1)),
    ('a + 1 = 2\n',
     ('SyntaxError', "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1)),
    ('del f()\n',
     ('SyntaxError', 'cannot delete function call', 1, 5)),
    ('for 1 in x: pass\n',
     ('SyntaxError', 'cannot assign to literal', 1, 5)),
    ('x += 1, 2 = 3\n',
     ('SyntaxError', 'invalid syntax', 1, 11)),
    ('f() += 1\n',
     ('SyntaxError', "'function call' is an illegal expression for augmented assignment", 1, 1)),
    ('return 1\n',
     ('SyntaxError', "'return' outside function", 1, 1)),
    ('break\n',
     ('SyntaxError', "'break' outside loop", 1, 1)),
    ('continue\n',
     ('SyntaxError', "'continue' not properly in loop", 1, 1)),
    ('def f():\n  nonlocal x\n',
     ('SyntaxError', "no binding for nonlocal 'x' found", 2, 3)),
    ('x = 1\nglobal x\n',
     ('SyntaxError', "name 'x' is assigned to before global declaration", 2, 1)),
    ('def f():\n  x = 1\n  global x\n',
     ('SyntaxError', "name 'x' is assigned to before global declaration", 3, 3)),
    ('yield 1\n',
     ('SyntaxError', "'yield' outside function", 1, 1)),
    ('x = a b\n',
     ('SyntaxError', 'invalid syntax', 1, 7)),
    ('x = 1 +\n',
     ('SyntaxError', 'invalid syntax', 1, 8)),
    ('if x\n  pass\n',
     ('SyntaxError', "expected ':'", 1, 5)),
    ('if x:\n  pass\n else:\n  pass\n',
     ('IndentationError', 'unindent does not match any outer indentation level', 3, 7)),
    ('\tif x:\n        a\n\tb\n',
     ('IndentationError', 'unexpected indent', 1, 1)),
    ('if x:\n        a\n\tb\n',
     ('TabError', 'inconsistent use of tabs and spaces in indentation', 3, 1)),
    ('f(**a, *b)\n',
     ('SyntaxError', 'iterable argument unpacking follows keyword argument unpacking', 1, 8)),
    ('f(a=1, b)\n',
     ('SyntaxError', 'positional argument follows keyword argument', 1, 9)),
    ('f(a for a in b, c)\n',
     ('SyntaxError', 'Generator expression must be parenthesized', 1, 3)),
    ('def f(a=1, b): pass\n',
     ('SyntaxError', 'non-default argument follows default argument', 1, 12)),
    ('def f(a, a): pass\n',
     ('SyntaxError', "duplicate argument 'a' in function definition", 1, 10)),
    ('x = [1, 2\n',
     ('SyntaxError', "'[' was never closed", 1, 5)),
    ("print 'x'\n",
     ('SyntaxError', "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1)),
    ('a.1\n',
     ('SyntaxError', 'invalid syntax', 1, 2)),
    ('class A:\n  x\n y\n',
     ('IndentationError', 'unindent does not match any outer indentation level', 3, 3)),
    ("'abc' 'd\n",
     ('SyntaxError', 'unterminated string literal (detected at line 1)', 1, 7)),
    ('x = \\ y\n',
     ('SyntaxError', 'unexpected character after line continuation character', 1, 6)),
    ('x = 1\\',
     ('SyntaxError', 'unexpected EOF while parsing', 1, 7)),
    ("f'{'\n",
     ('SyntaxError', "f-string: expecting '}'", 1, 5)),
    ("f'{}'\n",
     ('SyntaxError', 'f-string: empty expression not allowed', 1, 6)),
    ("f'}'\n",
     ('SyntaxError', "f-string: single '}' is not allowed", 1, 5)),
    ("f'{x!z}'\n",
     ('SyntaxError', "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9)),
    ('*a = 1\n',
     ('SyntaxError', 'starred assignment target must be in a list or tuple', 1, 1)),
    ('a, *b, *c = 1\n',
     ('SyntaxError', 'multiple starred expressions in assignment', 1, 1)),
    ('x = *a\n',
     ('SyntaxError', "can't use starred expression here", 1, 5)),
    ('(a, b) += 1\n',
     ('SyntaxError', "'tuple' is an illegal expression for augmented assignment", 1, 1)),
    ('None = 1\n',
     ('SyntaxError', 'cannot assign to None', 1, 1)),
    ('def None(): pass\n',
     ('SyntaxError', 'invalid syntax', 1, 5)),
    ('import a.b as\n',
     ('SyntaxError', 'invalid syntax', 1, 14)),
    ('from . import\n',
     ('SyntaxError', 'invalid syntax', 1, 14)),
    ('try:\n  pass\n',
     ('SyntaxError', "expected 'except' or 'finally' block", 2, 7)),
    ('try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass\n',
     ('SyntaxError', "default 'except:' must be last", 3, 1)),
    ('x = {1: 2, 3}\n',
     ('SyntaxError', "':' expected after dictionary key", 1, 12)),
    ('a if b\n',
     ('SyntaxError', "expected 'else' after 'if' expression", 1, 1)),
    ("b'\\xff' 'a'\n",
     ('SyntaxError', 'cannot mix bytes and nonbytes literals', 1, 12)),
    ('x = yield = 3\n',
     ('SyntaxError', 'assignment to yield expression not possible', 1, 5)),
    ('def f(*): pass\n',
     ('SyntaxError', 'named arguments must follow bare *', 1, 7)),
    ('def f(**k, a): pass\n',
     ('SyntaxError', 'arguments cannot follow var-keyword argument', 1, 12)),
    ('@x\nx = 1\n',
     ('SyntaxError', 'invalid syntax', 2, 1)),
    ('with a as 1: pass\n',
     ('SyntaxError', 'cannot assign to literal', 1, 11)),
    ('nonlocal x\n',
     ('SyntaxError', 'nonlocal declaration not allowed at module level', 1, 1)),
    ('def f(x):\n  global x\n',
     ('SyntaxError', "name 'x' is parameter and global", 2, 3)),
    ('f(x=1, x=2)\n',
     ('SyntaxError', 'keyword argument repeated: x', 1, 8)),
    ('a := 1\n',
     ('SyntaxError', 'invalid syntax', 1, 3)),
    ('(a.b := 1)\n',
     ('SyntaxError', 'cannot use assignment expressions with attribute', 1, 2)),
    ("f'{x!}'",
     ('SyntaxError', "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 8)),
    ("f'{x!r'",
     ('SyntaxError', "f-string: expecting '}'", 1, 8)),
    ("f'{x:{y:{z}}}'",
     ('SyntaxError', 'f-string: expressions nested too deeply', 1, 15)),
    ("f'{#}'",
     ('SyntaxError', "f-string expression part cannot include '#'", 1, 7)),
    ("f'{\\'a\\'}'",
     ('SyntaxError', 'f-string expression part cannot include a backslash', 1, 11)),
    ('x = 1e',
     ('SyntaxError', 'invalid decimal literal', 1, 5)),
    ('(*a)',
     ('SyntaxError', 'cannot use starred expression here', 1, 2)),
    ('f(a=1, **k, *b)',
     ('SyntaxError', 'iterable argument unpacking follows keyword argument unpacking', 1, 13)),
    ('f(**k, b)',
     ('SyntaxError', 'positional argument follows keyword argument unpacking', 1, 9)),
    ('f((a)=1)',
     ('SyntaxError', 'expression cannot contain assignment, perhaps you meant "=="?', 1, 4)),
    ('f(a.b=1)',
     ('SyntaxError', 'expression cannot contain assignment, perhaps you meant "=="?', 1, 3)),
    ('x: int, y = 1',
     ('SyntaxError', 'invalid syntax', 1, 7)),
    ('a, b: int',
     ('SyntaxError', 'only single target (not tuple) can be annotated', 1, 1)),
    ('lambda x=1, y: 1',
     ('SyntaxError', 'non-default argument follows default argument', 1, 13)),
    ('class A(x for x in y): pass',
     ('SyntaxError', 'invalid syntax', 1, 11)),
    ('[x for x in 1 = 2]',
     ('SyntaxError', 'invalid syntax', 1, 15)),
    ('from __future__ import braces',
     ('SyntaxError', 'not a chance', 1, 1)),
    ("'\\x4'",
     ('SyntaxError', "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 6)),
    ("'\\U00110000'",
     ('SyntaxError', "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 1, 13)),
    ('x = 5 if 3',
     ('SyntaxError', "expected 'else' after 'if' expression", 1, 5)),
    ('def f(/): pass',
     ('SyntaxError', 'invalid syntax', 1, 7)),
    ('def f(*a, /): pass',
     ('SyntaxError', '/ must be ahead of *', 1, 11)),
    ('f(*a, x for x in y)',
     ('SyntaxError', 'Generator expression must be parenthesized', 1, 7)),
    ('__debug__ = 1',
     ('SyntaxError', 'cannot assign to __debug__', 1, 1)),
    ('del *a',
     ('SyntaxError', 'cannot delete starred', 1, 5)),
    ('print(*)',
     ('SyntaxError', 'invalid syntax', 1, 8)),
    ('a = 1; ; b',
     ('SyntaxError', 'invalid syntax', 1, 8)),
    ('try:\n  pass\nfinally:\n  pass\nexcept: pass',
     ('SyntaxError', 'invalid syntax', 5, 1)),
    ('def f[T](): pass',
     ('SyntaxError', "expected '('", 1, 6)),
    ("u'x' b'y'",
     ('SyntaxError', 'cannot mix bytes and nonbytes literals', 1, 10)),
    ('1 if 2 else 3 = 4',
     ('SyntaxError', 'cannot assign to conditional expression', 1, 1)),
    ('not a = 1',
     ('SyntaxError', 'cannot assign to expression', 1, 1)),
    ('x = not',
     ('SyntaxError', 'invalid syntax', 1, 8)),
    ('- = 1',
     ('SyntaxError', 'invalid syntax', 1, 3)),
    ('a b c',
     ('SyntaxError', 'invalid syntax', 1, 3)),
    ('[1, 2 3]',
     ('SyntaxError', 'invalid syntax. Perhaps you forgot a comma?', 1, 5)),
    ('{1: 2 3: 4}',
     ('SyntaxError', 'invalid syntax. Perhaps you forgot a comma?', 1, 5)),
    ('f(a b)',
     ('SyntaxError', 'invalid syntax. Perhaps you forgot a comma?', 1, 3)),
]


@pytest.mark.parametrize('source, expected', CPYTHON_ERRORS)
def test_errors_like_cpython(source, expected):
    from pypy.interpreter.compiler import compile_source
    with pytest.raises(CompileError) as excinfo:
        compile_source(FakeSpace(), source, 'f', 'exec')
    e = excinfo.value
    assert (e.kind, e.msg, e.lineno, e.offset) == expected


def test_error_text():
    e = pytest.raises(CompileError, parse, 'x = 1\ny = (1 2)\n', 'exec').value
    assert e.text == 'y = (1 2)\n'
    assert e.lineno == 2


def test_error_offset_counts_characters():
    # the offset counts characters, not UTF-8 bytes
    assert error_of('x = "\xc3\xa9\xc3\xa9" +\n') == (
        'SyntaxError', 'invalid syntax', 1, 11)


def test_named_unicode_escapes():
    assert parse("'a\\N{EM DASH}\\N{latin small letter a}'",
                 'eval').body.value == u'a\u2014a'
    assert 'unknown Unicode character name' in error_of("'\\N{DASH}'\n")[1]
    assert 'malformed \\N character escape' in error_of("'\\N'\n")[1]
    # aliases name characters too, as in CPython
    assert parse("'\\N{BYTE ORDER MARK}'", 'eval').body.value == u'\ufeff'


def test_async_statements_and_await():
    mod = parse('async def f():\n    x = await g() ** 2\n'
                '    async for a in b: pass\n    async with c: pass\n'
                '@d\nasync def h(): pass\n', 'exec')
    f, h = mod.body
    assert f.is_async and h.is_async and f.lineno == 1 and f.col_offset == 0
    assign, loop, with_ = f.body
    assert isinstance(assign.value, ast.BinOp)     # (await g()) ** 2
    assert isinstance(assign.value.left, ast.Await)
    assert loop.is_async and with_.is_async
    assert error_of('async x = 1\n')[1] == 'invalid syntax'


def test_nesting_limits():
    assert error_of('x = ' + '-' * 1000 + '1\n')[1] == 'nesting too deep'
    assert error_of('x = ' + 'not ' * 1000 + '1\n')[1] == 'nesting too deep'
    assert error_of('x = ' + 'lambda: ' * 1000 + '1\n')[1] == \
        'nesting too deep'
    assert error_of('x = ' + '(' * 1000 + '1' + ')' * 1000 + '\n')[1] == \
        'too many nested parentheses'
    assert error_of('x = ' + 'a if b else ' * 1000 + '1\n')[1] == \
        'nesting too deep'
    src = 'x = ' + '2 ** ' * 1000 + '1\n'
    assert error_of(src)[1] == 'nesting too deep'
    # long flat chains are fine
    parse('x = ' + ' + '.join(['a'] * 5000) + '\n', 'exec')
    parse('x = ' + ' and '.join(['a'] * 5000) + '\n', 'exec')
    parse('x = a' + '.b' * 3000 + '\n', 'exec')


def test_invalid_utf8():
    assert error_of('x = "\xff"\n')[1].startswith("(unicode error) 'utf-8'")


def test_bom():
    assert dump(stmts('\xef\xbb\xbfx\n')) == "[Expr(Name('x', 1))]"


# ____________________________________________________________
# fuzzing: only CompileError, never another exception or a hang

SAMPLE = '''\
import os, sys as system
from collections import (OrderedDict,
                         defaultdict)

CONST = 0x1F + 0o7 - 0b1 * 1.5e3 // 2 ** 3

def outer(a, b=2, *args, key=None, **kw):
    """Docstring."""
    total = 0
    def inner(x):
        nonlocal total
        total += x
        return total
    for i in range(a):
        if i % 2 == 0 and not i > 10:
            continue
        elif i in (3, 4):
            break
        else:
            inner(i)
    else:
        pass
    while total < 100:
        total = total * 2 or 1
    try:
        value = kw['x'][1:2, ::3]
    except (KeyError, IndexError) as err:
        raise ValueError('bad') from err
    finally:
        del total
    with open('f') as fh, open('g'):
        data = [line.strip() for line in fh if line]
    squares = {n: n ** 2 for n in range(10)}
    gen = (y for y in data)
    s = f"{a!r:>{b}} and {key=}"
    return lambda q, *r: (q, *r, *args), s

class Klass(Base, metaclass=Meta):
    attr: int = 5
    def method(self, /, other, *, flag=True):
        yield from super().method(other)
        x = yield
        assert x is not None, "message"
        return (w := other.value) if flag else None

if __name__ == "__main__":
    outer(1)[0](2, 3)
'''

TOKENS = ['(', ')', '[', ']', '{', '}', ':', ',', '=', '+', '-', '*', '**',
          '/', 'lambda', 'yield', 'x', 'y', '1', '2.5', "'s'", 'f"{x}"',
          'if', 'else', 'for', 'in', 'not', 'and', 'or', 'def', 'class',
          'return', 'try', 'except', 'finally', 'with', 'as', '\n', '\n    ',
          '\n        ', '.', ';', '@', 'import', 'from', 'global', 'nonlocal',
          'del', 'while', 'break', 'continue', ':=', '...', 'None', '\\\n',
          '#c', 'is', 'pass', 'raise', 'assert', '->', '!', '"""', "b'x'",
          '0x', '1e', '1j', '\t', 'f"{', '}"', "'''", 'elif', '**=', '<<']


def check_no_crash(source):
    from pypy.interpreter.compiler import compile_source
    start = time.time()
    for mode in ('exec', 'eval', 'single'):
        try:
            compile_source(FakeSpace(), source, 'fuzz', mode)
        except CompileError as e:
            assert isinstance(e.msg, str)
            assert e.lineno >= 0
            assert e.kind in ('SyntaxError', 'IndentationError', 'TabError')
    assert time.time() - start < 2.0


def test_sample_compiles():
    from pypy.interpreter.compiler import compile_source
    compile_source(FakeSpace(), SAMPLE, 'sample', 'exec')


def test_fuzz_token_soup():
    rnd = random.Random(42)
    for i in range(300):
        n = rnd.randint(1, 40)
        source = ' '.join([rnd.choice(TOKENS) for j in range(n)])
        check_no_crash(source)


def test_fuzz_mutations():
    rnd = random.Random(1234)
    lines = SAMPLE.split('\n')
    for i in range(300):
        if rnd.random() < 0.5:
            chars = list(SAMPLE)
            for k in range(rnd.randint(1, 6)):
                pos = rnd.randrange(len(chars))
                r = rnd.random()
                if r < 0.4:
                    del chars[pos]
                elif r < 0.7:
                    chars.insert(pos, chars[rnd.randrange(len(chars))])
                else:
                    chars[pos] = rnd.choice('()[]{}:=,\n \t\'"\\#.x1*@!')
            source = ''.join(chars)
        else:
            mutated = lines[:]
            for k in range(rnd.randint(1, 3)):
                pos = rnd.randrange(len(mutated))
                if rnd.random() < 0.5:
                    del mutated[pos]
                else:
                    mutated.insert(pos, mutated[rnd.randrange(len(mutated))])
            source = '\n'.join(mutated)
        check_no_crash(source)


def test_fuzz_random_bytes():
    rnd = random.Random(7)
    for i in range(200):
        n = rnd.randint(0, 60)
        source = ''.join([chr(rnd.randrange(256)) for j in range(n)])
        check_no_crash(source)
