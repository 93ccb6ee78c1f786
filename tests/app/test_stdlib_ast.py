"""_ast's node classes (made from CPython 3.11's Python.asdl) as ast.py
exposes them (CPython 3.11's standard library on pypy-c; CPython gives the
expected results)."""

import pytest


def test_hierarchy_and_fields():
    import ast
    assert issubclass(ast.BinOp, ast.expr) and issubclass(ast.expr, ast.AST)
    assert issubclass(ast.FunctionDef, ast.stmt)
    assert issubclass(ast.Add, ast.operator)
    assert ast.BinOp._fields == ('left', 'op', 'right')
    assert ast.BinOp.__match_args__ == ('left', 'op', 'right')
    assert ast.expr._attributes == ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')
    assert ast.arguments._fields == ('posonlyargs', 'args', 'vararg', 'kwonlyargs',
                                     'kw_defaults', 'kwarg', 'defaults')
    assert ast.Load._fields == () and ast.AST._fields == ()
    assert ast.BinOp.__doc__ == 'BinOp(expr left, operator op, expr right)'
    assert repr(ast.Name) == "<class 'ast.Name'>"


def test_constructor():
    import ast
    node = ast.BinOp(ast.Constant(1), ast.Add(), right=ast.Name('x', ast.Load()), lineno=3)
    assert node.left.value == 1 and node.right.id == 'x' and node.lineno == 3
    # optional fields and attributes read None
    assert node.end_lineno is None and node.left.kind is None
    assert ast.Return().value is None
    with pytest.raises(TypeError):
        ast.Name('x', ast.Load(), 3)
    with pytest.raises(AttributeError):
        ast.Name('x').ctx


def test_dump_and_visitor():
    import ast
    tree = ast.Module([ast.Expr(ast.BinOp(ast.Constant(1), ast.Add(), ast.Name('x', ast.Load())))], [])
    assert ast.dump(tree) == ("Module(body=[Expr(value=BinOp(left=Constant(value=1), op=Add(), "
                              "right=Name(id='x', ctx=Load())))], type_ignores=[])")
    names = [n.id for n in ast.walk(tree) if isinstance(n, ast.Name)]
    assert names == ['x']

    class Counter(ast.NodeVisitor):
        count = 0

        def visit_Constant(self, node):
            self.count += 1
    counter = Counter()
    counter.visit(tree)
    assert counter.count == 1


def test_match_on_nodes():
    import ast
    match ast.BinOp(ast.Constant(2), ast.Mult(), ast.Constant(3)):
        case ast.BinOp(ast.Constant(a), ast.Mult(), ast.Constant(b)):
            result = a * b
        case _:
            result = None
    assert result == 6


def test_compile_flags():
    import ast
    assert ast.PyCF_ONLY_AST == 0x400
    assert ast.PyCF_TYPE_COMMENTS == 0x1000
