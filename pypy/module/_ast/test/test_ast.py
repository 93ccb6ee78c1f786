"""Interp-level tests of _ast: the ASDL table and the classes made from
it."""

import pytest
from pypy.interpreter.arguments import Arguments
from pypy.interpreter.error import OperationError
from pypy.module._ast.asdl import NODE_TYPES, Parser
from pypy.objspace.objspace import ObjSpace

space = ObjSpace()
w_ast = space.builtin_modules['_ast']


def node_class(name):
    return w_ast.w_dict.getitem_str(space, name)


def names(w_tuple):
    return [space.text_utf8(w) for w in space.unpackiterable(w_tuple)]


def test_asdl_table():
    by_name = dict((t.name, t) for t in NODE_TYPES)
    assert [c.name for c in by_name['boolop'].constructors] == ['And', 'Or']
    assert by_name['arguments'].is_product
    func = by_name['stmt'].constructors[0]
    assert func.name == 'FunctionDef'
    assert [(f.kind, f.quantifier, f.name) for f in func.fields][:3] == [
        ('identifier', '', 'name'), ('arguments', '', 'args'),
        ('stmt', '*', 'body')]
    assert [a.name for a in by_name['expr'].attributes] == [
        'lineno', 'col_offset', 'end_lineno', 'end_col_offset']


def test_asdl_parse_error():
    with pytest.raises(ValueError):
        Parser('x = (int a').parse_types()


def test_classes():
    w_binop = node_class('BinOp')
    assert names(w_binop.lookup('_fields')) == ['left', 'op', 'right']
    assert w_binop.issubtype(node_class('expr'))
    assert node_class('expr').issubtype(node_class('AST'))
    # optional: None on the class
    assert node_class('Return').lookup('value') is space.w_None
    assert node_class('Name').lookup('ctx') is None
    assert space.int_w(w_ast.w_dict.getitem_str(space, 'PyCF_ONLY_AST')) \
        == 0x400


def test_init():
    w_name = space.call_args(node_class('Name'), Arguments(
        [space.newtext_utf8('x')], ['lineno'], [space.newint(4)]))
    assert space.text_utf8(space.getattr(w_name, 'id')) == 'x'
    assert space.int_w(space.getattr(w_name, 'lineno')) == 4
    with pytest.raises(OperationError) as e:
        space.call_args(node_class('Name'), Arguments(
            [space.w_None, space.w_None, space.w_None]))
    assert e.value.match(space, space.w_TypeError)
