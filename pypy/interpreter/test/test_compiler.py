import sys

import pytest

from pypy.interpreter import opcodes as op
from pypy.interpreter.compiler import compile_source, dis, stack_effect, \
    has_fallthrough, is_jump
from pypy.interpreter.error import CompileError
from pypy.interpreter.pycode import PyCode
from pypy.interpreter.test.support import FakeSpace

sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))


space = FakeSpace()


def comp(source, mode='exec'):
    return compile_source(space, source, 'test.py', mode)


def child(code, name):
    for c in code.co_consts_w:
        if isinstance(c, PyCode) and c.co_name == name:
            return c
    raise KeyError(name)


def listing(code):
    """dis() with LOAD_CONST showing the constant itself."""
    result = []
    for line in dis(code):
        if line.startswith('LOAD_CONST #'):
            c = code.co_consts_w[int(line[len('LOAD_CONST #'):])]
            if isinstance(c, PyCode):
                line = 'LOAD_CONST <code %s>' % c.co_name
            else:
                line = 'LOAD_CONST %r' % (c,)
        result.append(line)
    return result


def func_listing(source, name='f'):
    return listing(child(comp(source), name))


def instructions(code):
    s = code.co_code
    result = []
    for i in range(0, len(s), op.INSTR_SIZE):
        arg = ord(s[i + 1]) | (ord(s[i + 2]) << 8) | (ord(s[i + 3]) << 16)
        result.append((ord(s[i]), arg))
    return result


def verify(code):
    """An independent check of the stack discipline: every reachable
    instruction is reached with one single stack depth, never negative,
    never above co_stacksize; exception handlers are entered with the depth
    of their table entry + 1 and the table depth never exceeds the real
    depth of the covered code."""
    instrs = instructions(code)
    n = len(instrs)
    table = code.co_exceptiontable
    assert len(table) % 4 == 0
    handler_of = [None] * n
    for k in range(0, len(table), 4):
        start, end, target, depth = table[k:k + 4]
        assert start % op.INSTR_SIZE == 0 and end % op.INSTR_SIZE == 0
        assert 0 <= start < end <= n * op.INSTR_SIZE
        assert target % op.INSTR_SIZE == 0 and target < n * op.INSTR_SIZE
        for i in range(start // op.INSTR_SIZE, end // op.INSTR_SIZE):
            if handler_of[i] is None:     # innermost first
                handler_of[i] = (target // op.INSTR_SIZE, depth)
    depths = [None] * n
    todo = [(0, 0)]
    while todo:
        i, d = todo.pop()
        assert 0 <= i < n
        if depths[i] is not None:
            assert depths[i] == d, 'inconsistent depth at %d' % (i * 4)
            continue
        assert 0 <= d <= code.co_stacksize
        depths[i] = d
        opcode, arg = instrs[i]
        if handler_of[i] is not None:
            target, hd = handler_of[i]
            assert hd <= d, 'handler depth above stack depth at %d' % (i * 4)
            todo.append((target, hd + 1))
        if is_jump(opcode):
            assert arg % op.INSTR_SIZE == 0
            nd = d + stack_effect(opcode, arg, True)
            assert 0 <= nd <= code.co_stacksize
            todo.append((arg // op.INSTR_SIZE, nd))
        if has_fallthrough(opcode):
            nd = d + stack_effect(opcode, arg, False)
            assert 0 <= nd <= code.co_stacksize
            if opcode == op.RETURN_VALUE:
                continue
            todo.append((i + 1, nd))
        if opcode == op.RETURN_VALUE:
            assert d == 1 + sum([1 for x in []])
    assert len(code.co_lines) == n
    for c in code.co_consts_w:
        if isinstance(c, PyCode):
            verify(c)
    return depths


def verify_loops(code):
    """Backward JUMP_ABSOLUTEs only close loops: each target is a loop
    header reached by one single closing backward JUMP_ABSOLUTE (continue
    may add more)."""
    instrs = instructions(code)
    for i, (opcode, arg) in enumerate(instrs):
        if is_jump(opcode) and opcode != op.JUMP_ABSOLUTE:
            assert arg > i * op.INSTR_SIZE, 'conditional backward jump'


# ____________________________________________________________
# listings

def test_module_names():
    assert listing(comp('x = y + 1\n')) == [
        'LOAD_NAME y', 'LOAD_CONST 1', 'BINARY_OP 0', 'STORE_NAME x',
        'LOAD_CONST None', 'RETURN_VALUE']


def test_eval_mode():
    assert listing(comp('a * -b', 'eval')) == [
        'LOAD_NAME a', 'LOAD_NAME b', 'UNARY_OP 0', 'BINARY_OP 2',
        'RETURN_VALUE']


def test_function_scopes():
    src = ('g = 1\n'
           'def f(a):\n'
           '    global h\n'
           '    b = a + g\n'
           '    h = b\n'
           '    return b\n')
    assert func_listing(src) == [
        'LOAD_FAST a', 'LOAD_GLOBAL g', 'BINARY_OP 0', 'STORE_FAST b',
        'LOAD_FAST b', 'STORE_GLOBAL h', 'LOAD_FAST b', 'RETURN_VALUE',
        'LOAD_CONST None', 'RETURN_VALUE']


def test_closures():
    src = ('def f(a):\n'
           '    b = 1\n'
           '    def g():\n'
           '        nonlocal b\n'
           '        b = a\n'
           '    return g\n')
    code = comp(src)
    f = child(code, 'f')
    assert f.co_cellvars == ['a', 'b']
    assert f.co_cell2arg == [0, -1]
    assert listing(f) == [
        'LOAD_CONST 1', 'STORE_DEREF b',
        'LOAD_CLOSURE a', 'LOAD_CLOSURE b', 'BUILD_TUPLE 2',
        'LOAD_CONST <code g>', 'MAKE_FUNCTION 8', 'STORE_FAST g',
        'LOAD_FAST g', 'RETURN_VALUE', 'LOAD_CONST None', 'RETURN_VALUE']
    g = child(f, 'g')
    assert g.co_freevars == ['a', 'b']
    assert g.co_qualname == 'f.<locals>.g'
    assert g.co_flags & op.CO_NESTED
    assert listing(g)[:2] == ['LOAD_DEREF a', 'STORE_DEREF b']


def test_class_deref():
    src = ('def f():\n'
           '    x = 1\n'
           '    class A:\n'
           '        y = x\n'
           '        z = 2\n'
           '        def m(self):\n'
           '            return x\n'
           '    return A\n')
    f = child(comp(src), 'f')
    a = child(f, 'A')
    lst = listing(a)
    assert 'LOAD_CLASSDEREF x' in lst
    assert 'STORE_NAME z' in lst
    assert a.co_freevars == ['x']
    assert child(a, 'm').co_qualname == 'f.<locals>.A.m'


def test_class_cell():
    src = ('class A(B, metaclass=M):\n'
           '    def m(self):\n'
           '        return super().m()\n')
    code = comp(src)
    assert listing(code)[:9] == [
        'LOAD_BUILD_CLASS', 'LOAD_CONST <code A>', 'MAKE_FUNCTION 0',
        'LOAD_CONST u\'A\'', 'LOAD_NAME B', 'LOAD_NAME M',
        "LOAD_CONST (u'metaclass',)", 'CALL_FUNCTION_KW 4', 'STORE_NAME A']
    a = child(code, 'A')
    assert a.co_cellvars == ['__class__']
    assert listing(a)[-4:] == [
        'LOAD_CLOSURE __class__', 'STORE_NAME __classcell__',
        'LOAD_CONST None', 'RETURN_VALUE']
    assert child(a, 'm').co_freevars == ['__class__']
    # no __class__ cell without super() or __class__
    a = child(comp('class A:\n  def m(self): return 1\n'), 'A')
    assert a.co_cellvars == []


def test_class_body_prologue():
    a = child(comp('class A:\n  "doc"\n  x = 1\n'), 'A')
    assert listing(a)[:8] == [
        'LOAD_NAME __name__', 'STORE_NAME __module__', "LOAD_CONST u'A'",
        'STORE_NAME __qualname__', "LOAD_CONST u'doc'", 'STORE_NAME __doc__',
        "LOAD_CONST u'doc'", 'POP_TOP']


def test_chained_comparison():
    assert func_listing('def f(a, b, c):\n  return a < b < c\n')[:11] == [
        'LOAD_FAST a', 'LOAD_FAST b', 'DUP_TOP', 'ROT_THREE', 'COMPARE_OP 0',
        'JUMP_IF_FALSE_OR_POP 36', 'LOAD_FAST c', 'COMPARE_OP 0',
        'JUMP_ABSOLUTE 44', 'ROT_TWO', 'POP_TOP']


def test_boolop():
    assert func_listing('def f(a, b, c):\n  return a and b or c\n')[:6] == [
        'LOAD_FAST a', 'JUMP_IF_FALSE_OR_POP 12', 'LOAD_FAST b',
        'JUMP_IF_TRUE_OR_POP 20', 'LOAD_FAST c', 'RETURN_VALUE']


def test_augassign_subscript_and_attribute():
    assert func_listing('def f(a, b):\n  a[b] += 1\n  a.x -= 2\n')[:16] == [
        'LOAD_FAST a', 'LOAD_FAST b', 'DUP_TOP_TWO', 'BINARY_SUBSCR',
        'LOAD_CONST 1', 'INPLACE_OP 0', 'ROT_THREE', 'STORE_SUBSCR',
        'LOAD_FAST a', 'DUP_TOP', 'LOAD_ATTR x', 'LOAD_CONST 2',
        'INPLACE_OP 1', 'ROT_TWO', 'STORE_ATTR x', 'LOAD_CONST None']


def test_unpacking():
    assert func_listing('def f(s):\n  a, *b, c = s\n  [d, e] = s\n')[:9] == [
        'LOAD_FAST s', 'UNPACK_EX 257', 'STORE_FAST a', 'STORE_FAST b',
        'STORE_FAST c', 'LOAD_FAST s', 'UNPACK_SEQUENCE 2', 'STORE_FAST d',
        'STORE_FAST e']


def test_chained_assignment():
    assert listing(comp('a = b = 1\n'))[:4] == [
        'LOAD_CONST 1', 'DUP_TOP', 'STORE_NAME a', 'STORE_NAME b']


def test_while_loop():
    assert func_listing('def f(x):\n  while x:\n    x -= 1\n  else:\n'
                        '    x = 5\n') == [
        'LOAD_FAST x', 'POP_JUMP_IF_FALSE 28', 'LOAD_FAST x', 'LOAD_CONST 1',
        'INPLACE_OP 1', 'STORE_FAST x', 'JUMP_ABSOLUTE 0', 'LOAD_CONST 5',
        'STORE_FAST x', 'LOAD_CONST None', 'RETURN_VALUE']


def test_for_loop_break_continue():
    src = ('def f(x):\n'
           '  for i in x:\n'
           '    if i: break\n'
           '    continue\n')
    assert func_listing(src) == [
        'LOAD_FAST x', 'GET_ITER', 'FOR_ITER 40', 'STORE_FAST i',
        'LOAD_FAST i', 'POP_JUMP_IF_FALSE 32', 'POP_TOP', 'JUMP_ABSOLUTE 40',
        'JUMP_ABSOLUTE 8', 'JUMP_ABSOLUTE 8', 'LOAD_CONST None',
        'RETURN_VALUE']


def test_calls():
    assert func_listing('def f(g, a, k):\n  return g(a, *a, x=1, **k)\n') == [
        'LOAD_FAST g', 'BUILD_LIST 0', 'LOAD_FAST a', 'LIST_APPEND 1',
        'LOAD_FAST a', 'LIST_EXTEND 1', 'LIST_TO_TUPLE', 'BUILD_MAP 0',
        "LOAD_CONST u'x'", 'LOAD_CONST 1', 'MAP_ADD 1', 'LOAD_FAST k',
        'DICT_UPDATE 1', 'CALL_FUNCTION_EX 1', 'RETURN_VALUE',
        'LOAD_CONST None', 'RETURN_VALUE']
    assert func_listing('def f(g):\n  return g(1, y=2)\n')[:5] == [
        'LOAD_FAST g', 'LOAD_CONST 1', 'LOAD_CONST 2', "LOAD_CONST (u'y',)",
        'CALL_FUNCTION_KW 2']


def test_make_function_defaults():
    assert listing(comp('def f(a=1, *, b=2, c): pass\n'))[:7] == [
        'LOAD_CONST 1', 'BUILD_TUPLE 1', "LOAD_CONST u'b'", 'LOAD_CONST 2',
        'BUILD_MAP 1', 'LOAD_CONST <code f>', 'MAKE_FUNCTION 3']
    f = child(comp('def f(a, /, b, *c, d, **e): pass\n'), 'f')
    assert f.co_argcount == 2
    assert f.co_posonlyargcount == 1
    assert f.co_kwonlyargcount == 1
    assert f.co_varnames == ['a', 'b', 'd', 'c', 'e']
    assert f.co_flags & (op.CO_VARARGS | op.CO_VARKEYWORDS) == \
        op.CO_VARARGS | op.CO_VARKEYWORDS


def test_decorators():
    assert listing(comp('@d1\n@d2\ndef f(): pass\n'))[:6] == [
        'LOAD_NAME d1', 'LOAD_NAME d2', 'LOAD_CONST <code f>',
        'MAKE_FUNCTION 0', 'CALL_FUNCTION 1', 'CALL_FUNCTION 1']


def test_listcomp():
    code = comp('def f(y):\n  return [x for x in y if x]\n')
    f = child(code, 'f')
    assert listing(f)[:6] == [
        'LOAD_CONST <code <listcomp>>', 'MAKE_FUNCTION 0', 'LOAD_FAST y',
        'GET_ITER', 'CALL_FUNCTION 1', 'RETURN_VALUE']
    lc = child(f, '<listcomp>')
    assert lc.co_argcount == 1
    assert lc.co_varnames == ['.0', 'x']
    assert listing(lc) == [
        'BUILD_LIST 0', 'LOAD_FAST .0', 'FOR_ITER 36', 'STORE_FAST x',
        'LOAD_FAST x', 'POP_JUMP_IF_FALSE 32', 'LOAD_FAST x',
        'LIST_APPEND 2', 'JUMP_ABSOLUTE 8', 'RETURN_VALUE']


def test_genexpr_and_closure():
    code = comp('def f(y, z):\n  return (x + z for x in y)\n')
    f = child(code, 'f')
    assert f.co_cellvars == ['z']
    g = child(f, '<genexpr>')
    assert g.co_flags & op.CO_GENERATOR
    assert listing(g) == [
        'LOAD_FAST .0', 'FOR_ITER 36', 'STORE_FAST x', 'LOAD_FAST x',
        'LOAD_DEREF z', 'BINARY_OP 0', 'YIELD_VALUE', 'POP_TOP',
        'JUMP_ABSOLUTE 4', 'LOAD_CONST None', 'RETURN_VALUE']


def test_walrus_in_comprehension():
    f = child(comp('def f(y):\n  [(z := x) for x in y]\n  return z\n'), 'f')
    assert f.co_cellvars == ['z']
    assert child(f, '<listcomp>').co_freevars == ['z']
    m = comp('[(z := x) for x in y]\n')
    assert 'STORE_GLOBAL z' in listing(child(m, '<listcomp>'))


def test_generator_flags():
    f = child(comp('def f():\n  yield 1\n  yield from g\n'), 'f')
    assert f.co_flags & op.CO_GENERATOR
    assert listing(f)[:7] == [
        'LOAD_CONST 1', 'YIELD_VALUE', 'POP_TOP', 'LOAD_GLOBAL g',
        'GET_YIELD_FROM_ITER', 'LOAD_CONST None', 'YIELD_FROM']
    assert not child(comp('def f(): return 1\n'), 'f').co_flags & \
        op.CO_GENERATOR


def test_try_except_layout():
    src = ('def f():\n'
           '  try:\n'
           '    a()\n'
           '  except E as e:\n'
           '    b()\n'
           '  except:\n'
           '    c()\n')
    f = child(comp(src), 'f')
    assert listing(f) == [
        'LOAD_GLOBAL a', 'CALL_FUNCTION 0', 'POP_TOP',      # 0
        'JUMP_ABSOLUTE 124',                                # 12
        'PUSH_EXC_INFO',                                    # 16: L_exc
        'LOAD_GLOBAL E', 'CHECK_EXC_MATCH', 'POP_JUMP_IF_FALSE 84',
        'STORE_FAST e',
        'LOAD_GLOBAL b', 'CALL_FUNCTION 0', 'POP_TOP',      # 36
        'POP_EXCEPT', 'LOAD_CONST None', 'STORE_FAST e', 'DELETE_FAST e',
        'JUMP_ABSOLUTE 124',
        'LOAD_CONST None', 'STORE_FAST e', 'DELETE_FAST e',  # 68
        'RERAISE',
        'POP_TOP', 'LOAD_GLOBAL c', 'CALL_FUNCTION 0', 'POP_TOP',  # 84
        'POP_EXCEPT', 'JUMP_ABSOLUTE 124',                  # 100
        'RERAISE',                                          # 108
        'ROT_TWO', 'POP_EXCEPT', 'RERAISE',                 # 112: cleanup
        'LOAD_CONST None', 'RETURN_VALUE']
    assert f.co_exceptiontable == [
        0, 12, 16, 0,        # body -> L_exc
        16, 36, 112, 1,      # handler -> cleanup
        36, 48, 68, 1,       # named handler body -> name cleanup
        68, 100, 112, 1,     # the rest of the handlers -> cleanup
        108, 112, 112, 1]
    verify(f)


def test_try_finally_layout():
    src = ('def f():\n'
           '  try:\n'
           '    return a\n'
           '  finally:\n'
           '    b()\n')
    f = child(comp(src), 'f')
    assert listing(f) == [
        'LOAD_GLOBAL a',
        'LOAD_GLOBAL b', 'CALL_FUNCTION 0', 'POP_TOP',     # inlined finally
        'RETURN_VALUE',
        'LOAD_GLOBAL b', 'CALL_FUNCTION 0', 'POP_TOP',     # normal path
        'JUMP_ABSOLUTE 68',
        'PUSH_EXC_INFO',                                   # 36: L_fexc
        'LOAD_GLOBAL b', 'CALL_FUNCTION 0', 'POP_TOP', 'RERAISE',
        'ROT_TWO', 'POP_EXCEPT', 'RERAISE',                # 56: cleanup
        'LOAD_CONST None', 'RETURN_VALUE']
    assert f.co_exceptiontable == [0, 4, 36, 0, 36, 56, 56, 1]
    verify(f)


def test_with_layout():
    f = child(comp('def f():\n  with m as v:\n    g()\n'), 'f')
    assert listing(f) == [
        'LOAD_GLOBAL m', 'WITH_ENTER', 'STORE_FAST v',
        'LOAD_GLOBAL g', 'CALL_FUNCTION 0', 'POP_TOP',
        'LOAD_CONST None', 'DUP_TOP', 'DUP_TOP', 'CALL_FUNCTION 3',
        'POP_TOP', 'JUMP_ABSOLUTE 92',
        'PUSH_EXC_INFO', 'WITH_EXIT', 'POP_JUMP_IF_TRUE 64',   # 48
        'RERAISE',
        'POP_TOP', 'POP_EXCEPT', 'POP_TOP', 'JUMP_ABSOLUTE 92',  # 64
        'ROT_TWO', 'POP_EXCEPT', 'RERAISE',                    # 80
        'LOAD_CONST None', 'RETURN_VALUE']
    assert f.co_exceptiontable == [8, 24, 48, 1, 48, 68, 80, 2]
    verify(f)


def test_return_through_with_and_for():
    src = ('def f(x):\n'
           '  for i in x:\n'
           '    with m:\n'
           '      return i\n')
    f = child(comp(src), 'f')
    lst = listing(f)
    k = lst.index('LOAD_FAST i', 5)
    assert lst[k:k + 10] == [
        'LOAD_FAST i', 'ROT_TWO', 'LOAD_CONST None', 'DUP_TOP', 'DUP_TOP',
        'CALL_FUNCTION 3', 'POP_TOP', 'ROT_TWO', 'POP_TOP', 'RETURN_VALUE']
    verify(f)


def test_imports():
    assert listing(comp('import a.b.c\n'))[:4] == [
        'LOAD_CONST 0', 'LOAD_CONST None', 'IMPORT_NAME a.b.c',
        'STORE_NAME a']
    assert listing(comp('import a.b.c as d\n'))[:10] == [
        'LOAD_CONST 0', 'LOAD_CONST None', 'IMPORT_NAME a.b.c',
        'IMPORT_FROM b', 'ROT_TWO', 'POP_TOP', 'IMPORT_FROM c', 'ROT_TWO',
        'POP_TOP', 'STORE_NAME d']
    assert listing(comp('from ..m import x, y as z\n'))[:8] == [
        'LOAD_CONST 2', "LOAD_CONST (u'x', u'y')", 'IMPORT_NAME m',
        'IMPORT_FROM x', 'STORE_NAME x', 'IMPORT_FROM y', 'STORE_NAME z',
        'POP_TOP']
    assert listing(comp('from m import *\n'))[:4] == [
        'LOAD_CONST 0', "LOAD_CONST (u'*',)", 'IMPORT_NAME m',
        'IMPORT_STAR']
    assert listing(comp('from . import q\n'))[2] == 'IMPORT_NAME '


def test_assert():
    assert listing(comp('assert x, "m"\n'))[:6] == [
        'LOAD_NAME x', 'POP_JUMP_IF_TRUE 24', 'LOAD_ASSERTION_ERROR',
        "LOAD_CONST u'm'", 'CALL_FUNCTION 1', 'RAISE_VARARGS 1']


def test_fstring():
    assert listing(comp('f"a{b!r:>{w}}"', 'eval')) == [
        "LOAD_CONST u'a'", 'LOAD_NAME b', "LOAD_CONST u'>'", 'LOAD_NAME w',
        'FORMAT_VALUE 0', 'BUILD_STRING 2', 'FORMAT_VALUE 6',
        'BUILD_STRING 2', 'RETURN_VALUE']


def test_displays():
    assert listing(comp('[1, *a, 2]', 'eval')) == [
        'BUILD_LIST 0', 'LOAD_CONST 1', 'LIST_APPEND 1', 'LOAD_NAME a',
        'LIST_EXTEND 1', 'LOAD_CONST 2', 'LIST_APPEND 1', 'RETURN_VALUE']
    assert listing(comp('{1: 2, **a}', 'eval')) == [
        'BUILD_MAP 0', 'LOAD_CONST 1', 'LOAD_CONST 2', 'MAP_ADD 1',
        'LOAD_NAME a', 'DICT_UPDATE 1', 'RETURN_VALUE']
    assert listing(comp('(1, 2)', 'eval'))[:3] == [
        'LOAD_CONST 1', 'LOAD_CONST 2', 'BUILD_TUPLE 2']
    assert listing(comp('a[1:2:3]', 'eval')) == [
        'LOAD_NAME a', 'LOAD_CONST 1', 'LOAD_CONST 2', 'LOAD_CONST 3',
        'BUILD_SLICE 3', 'BINARY_SUBSCR', 'RETURN_VALUE']


def test_constants():
    code = comp('(1, 1, 2.5, 3j, "s", b"b", None, True, ..., '
                '123456789012345678901234567890)', 'eval')
    assert code.co_consts_w == [1, 2.5, 3j, u's', ('bytes', 'b'), None,
                                True, Ellipsis,
                                ('big', '123456789012345678901234567890')]


def test_mangling():
    a = child(comp('class A:\n  __x = 1\n  def m(self): return self.__y\n'),
              'A')
    assert 'STORE_NAME _A__x' in listing(a)
    assert 'LOAD_ATTR _A__y' in listing(child(a, 'm'))


def test_lines():
    code = comp('a = 1\n\nb = (2 +\n     c)\n')
    assert code.co_lines == [1, 1, 3, 4, 3, 3, 3, 3]
    assert code.co_firstlineno == 1


def test_stacksize_simple():
    assert comp('f(a, b, c)', 'eval').co_stacksize >= 4
    code = comp('x = ((((1 + 2) + 3) + 4))\n')
    verify(code)


def test_compile_errors():
    def err(src):
        with pytest.raises(CompileError) as e:
            comp(src)
        return e.value.msg, e.value.lineno, e.value.offset
    assert err('return 1\n') == ("'return' outside function", 1, 1)
    assert err('break\n') == ("'break' outside loop", 1, 1)
    assert err('continue\n') == ("'continue' not properly in loop", 1, 1)
    assert err('def f():\n  nonlocal x\n') == (
        "no binding for nonlocal 'x' found", 2, 3)
    assert err('x = 1\nglobal x\n') == (
        "name 'x' is assigned to before global declaration", 2, 1)
    assert err('yield 1\n') == ("'yield' outside function", 1, 1)
    assert err('def f(a, a): pass\n')[0] == \
        "duplicate argument 'a' in function definition"
    assert err('class A:\n  [(y := 1) for x in z]\n')[0] == (
        'assignment expression within a comprehension cannot be used in a '
        'class body')
    assert err('def f():\n  x = [(yield) for y in z]\n')[0] == \
        "'yield' inside list comprehension"
    assert err('def f():\n  from m import *\n')[0] == \
        'import * only allowed at module level'
    assert err('f(*)')[0] == 'invalid syntax'


def test_deep_nesting_is_an_error_not_a_crash():
    with pytest.raises(CompileError):
        comp('x = ' + 'a.' * 3000 + 'b\n')    # fine to parse, too deep
    comp('x = ' + ' + '.join(['a'] * 5000) + '\n')


SAMPLES = [
    'def f(x):\n  for i in x:\n    try:\n      if i: break\n      '
    'continue\n    finally:\n      return 1\n',
    'def f(x):\n  while x:\n    with a as b, c as d:\n      try:\n'
    '        pass\n      except E:\n        return 2\n      else:\n'
    '        break\n',
    'def f():\n  try:\n    pass\n  finally:\n    try:\n      return 1\n'
    '    except:\n      pass\n',
    'def f():\n  try:\n    return 1\n  finally:\n    try:\n      x()\n'
    '    finally:\n      return 3\n',
    'for x in y:\n  try:\n    pass\n  except E as e:\n    continue\n'
    '  finally:\n    break\n',
    'def g():\n  for x in (yield):\n    yield from x\n    with m:\n'
    '      yield x\n',
    'def f():\n  try:\n    pass\n  except E as e:\n    try:\n      pass\n'
    '    except F as e:\n      return e\n',
    '[[x for x in y] for y in z if y for w in v]\n{a: b for a, b in c}\n',
    'x = a if b else c if d else e\nx = not a < b <= c and d or e\n',
    'class A(*b, **k):\n  def f(self): return __class__\n',
]


@pytest.mark.parametrize('source', SAMPLES)
def test_verify_samples(source):
    code = comp(source)
    verify(code)
    verify_loops(code)


def test_verify_big_sample():
    from pypy.interpreter.test.test_parser import SAMPLE
    code = comp(SAMPLE)
    verify(code)
    verify_loops(code)


# ____________________________________________________________
# end to end, with the real object space and eval loop

def run(capfd, source):
    from pypy.objspace.objspace import ObjSpace
    from pypy.interpreter.main import run_source, handle_uncaught
    from pypy.interpreter.error import OperationError
    space = ObjSpace()
    try:
        run_source(space, source, 'test.py')
    except OperationError as e:
        handle_uncaught(space, e)
    space.w_stdout.flush()
    space.w_stderr.flush()
    out, err = capfd.readouterr()
    return out + err


def e2e(capfd, source, expected):
    pytest.importorskip('pypy.objspace.objspace')
    assert run(capfd, source) == expected


def test_e2e_arith(capfd):
    e2e(capfd, 'x = 1 + 2 * 3\nprint(x, -2**2, 7 // 2, 7 % 3, 2 ** 10, '
        '1 < 2 < 3, 3 > 2 > 5, 1 << 4 | 1, 6 & 3 ^ 1)\n',
        '7 -4 3 1 1024 True False 17 3\n')


def test_e2e_functions(capfd):
    e2e(capfd, '''
def f(a, b=10, *args, k=5, **kw):
    return a + b + k + len(args) + len(kw)
print(f(1), f(1, 2, 3, 4, k=1, z=2), f(*[1, 2], **{'k': 0}))
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = outer()
c()
print(c(), (lambda x, y=2: x * y)(3))
''', '16 7 3\n2 6\n')


def test_e2e_data(capfd):
    e2e(capfd, '''
l = [i * i for i in range(5) if i % 2 == 0]
print(l, {k: v for k, v in [(1, 2)]}, {i for i in range(3)})
a, *b, c = range(5)
print(a, b, c)
d = {'a': 1}
d['a'] += 5
print(d, [1, 2, 3][1:], (1, 2)[::-1], [*l, *b])
print(True and 0, None or 'x', 1 if 0 else 2, not 1)
''', "[0, 4, 16] {1: 2} {0, 1, 2}\n0 [1, 2, 3] 4\n"
        "{'a': 6} [2, 3] (2, 1) [0, 4, 16, 1, 2, 3]\n0 x 2 False\n")


def test_e2e_control_flow(capfd):
    e2e(capfd, '''
for i in range(10):
    if i == 3:
        continue
    if i == 5:
        break
    print(i)
else:
    print('no')
i = 0
while i < 3:
    i += 1
else:
    print('while else', i)
def g():
    for i in range(3):
        try:
            return i
        finally:
            print('fin', i)
print(g())
''', '0\n1\n2\n4\nwhile else 3\nfin 0\n0\n')


def test_e2e_exceptions(capfd):
    e2e(capfd, '''
try:
    1 / 0
except ZeroDivisionError as e:
    print('caught', e)
finally:
    print('finally')
try:
    assert 1 == 2, 'msg'
except AssertionError as e:
    print('assert', e)
def h():
    try:
        raise KeyError('k')
    except ValueError:
        return 'wrong'
    except KeyError:
        return 'right'
print(h())
try:
    try:
        raise ValueError('inner')
    finally:
        print('cleanup')
except ValueError as e:
    print('outer', e)
''', 'caught division by zero\nfinally\nassert msg\nright\ncleanup\n'
        'outer inner\n')


def test_e2e_classes(capfd):
    e2e(capfd, '''
class A:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
class B(A):
    def get(self):
        return super().get() * 2
print(B(21).get())
''', '42\n')


def test_e2e_generators(capfd):
    e2e(capfd, '''
def gen():
    yield 1
    x = yield 2
    yield from [3, 4]
    return 5
print(list(gen()), list(x * 2 for x in range(3)))
''', '[1, 2, 3, 4] [0, 2, 4]\n')


def test_e2e_fstrings(capfd):
    e2e(capfd, 'x = 7\nprint(f"{x!r}|{x}|{\'a\' \'b\'}|{x + 1=}")\n',
        "7|7|ab|x + 1=8\n")


def test_e2e_with(capfd):
    e2e(capfd, '''
class M:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, t, v, tb):
        print('exit', t is None)
        return self.suppress
with M(False) as m:
    print('body')
with M(True):
    raise ValueError
def f():
    with M(False):
        return 'ret'
print(f())
''', 'enter\nbody\nexit True\nenter\nexit False\nenter\nexit True\nret\n')


# ____________________________________________________________
# the match statement

MATCH_SAMPLES = [
    'match x:\n  case 1 | 2: pass\n  case [a, *b, c] if a: pass\n'
    '  case {"k": [d, _], **r}: pass\n  case P(e, y=(f as g)): pass\n'
    '  case _: pass\n',
    'def f(x):\n  for i in x:\n    match i:\n      case [1, q] | (2, q):\n'
    '        continue\n      case {1: z}:\n        return z\n'
    '      case C.D:\n        break\n',
    'match a, *b:\n  case (1, [2, {3: C(4)}]) as w: pass\n  case x: pass\n',
    'def g(x):\n  match (yield x):\n    case None if (yield): pass\n'
    '    case {}: pass\n',
    'def h(x):\n  try:\n    match x:\n      case {**r} if r: return r\n'
    '      case [*_] | (): pass\n  except E:\n    pass\n',
]


@pytest.mark.parametrize('source', MATCH_SAMPLES)
def test_verify_match_samples(source):
    code = comp(source)
    verify(code)
    verify_loops(code)
    for c in code.co_consts_w:
        if isinstance(c, PyCode):
            verify(c)


def test_match_soft_keywords_stay_names():
    assert 'STORE_NAME match' in listing(comp('match = 3\n'))
    assert 'LOAD_NAME match' in listing(comp('match(x)\n'))
    assert 'LOAD_NAME match' in listing(comp('match[x]: int = 1\n'))
    assert 'STORE_NAME case' in listing(comp('case = _ = 1\n'))
    assert 'MATCH_SEQUENCE' in listing(comp('match [x]:\n  case [_]: '
                                            'pass\n'))


def test_match_value_pattern_listing():
    assert listing(comp('match x:\n  case 1: y\n')) == [
        'LOAD_NAME x', 'LOAD_CONST 1', 'COMPARE_OP %d' % op.CMP_EQ,
        'POP_JUMP_IF_FALSE 28', 'LOAD_NAME y', 'POP_TOP',
        'JUMP_ABSOLUTE 28', 'LOAD_CONST None', 'RETURN_VALUE']


def test_match_compile_errors():
    def err(src):
        with pytest.raises(CompileError) as e:
            comp(src)
        return e.value.msg, e.value.lineno, e.value.offset
    assert err('match x:\n case _: pass\n case 1: pass\n') == (
        'wildcard makes remaining patterns unreachable', 2, 7)
    assert err('match x:\n case y: pass\n case 1: pass\n') == (
        "name capture 'y' makes remaining patterns unreachable", 2, 7)
    assert err('match x:\n case 1 | _ | 2: pass\n') == (
        'wildcard makes remaining patterns unreachable', 2, 11)
    assert err('match x:\n case [a, a]: pass\n') == (
        "multiple assignments to name 'a' in pattern", 2, 11)
    assert err('match x:\n case [a] | b: pass\n') == (
        'alternative patterns bind different names', 2, 13)
    assert err('match x:\n case {"a": 1, "a": 2}: pass\n') == (
        "mapping pattern checks duplicate key ('a')", 2, 7)
    assert err('match x:\n case [*a, *b]: pass\n') == (
        'multiple starred names in sequence pattern', 2, 7)
    assert err('match x:\n case C(a=1, a=2): pass\n') == (
        'attribute name repeated in class pattern: a', 2, 16)
    assert err('match x:\n case C(a=1, 2): pass\n') == (
        'positional patterns follow keyword patterns', 2, 14)
    assert err('match x:\n case 1+1: pass\n') == (
        'imaginary number required in complex literal', 2, 9)
    assert err('match x:\n case f"x": pass\n') == (
        'patterns may only match literals and attribute lookups', 2, 7)
    assert err('match x:\n case 1 as _: pass\n') == (
        "cannot use '_' as a target", 2, 12)
    assert err('match x:\n case *a: pass\n') == ('invalid syntax', 2, 9)
    assert err('match x:\n case {**_}: pass\n') == ('invalid syntax', 2, 10)
    assert err('match x:\n  pass\n') == ('invalid syntax', 2, 3)
    assert err('match *y:\n case _: pass\n') == ('invalid syntax', 1, 9)
    comp('match x:\n case _ if x: pass\n case 1: pass\n')


def test_e2e_match(capfd):
    e2e(capfd, '''
class P:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
def f(v):
    match v:
        case 0 | None:
            return 'small'
        case [1, *rest]:
            return rest
        case {'k': k, **r}:
            return k, r
        case P(0, y=y):
            return 'y', y
        case P(x, _) as p if x > 5:
            return 'x', x
        case str() | bytes():
            return 'text'
        case _:
            return 'other'
print(f(0), f(None), f([1, 2, 3]), f({'k': 1, 'j': 2}), f(P(0, 7)))
print(f(P(9, 1)), f(P(1, 1)), f('s'), f((1,)), f(2.5))
try:
    match P(1, 2):
        case P(1, 2, 3):
            pass
except TypeError as e:
    print(e)
''', "small small [2, 3] (1, {'j': 2}) ('y', 7)\n('x', 9) other text [] "
        "other\nP() accepts 2 positional sub-patterns (3 given)\n")
