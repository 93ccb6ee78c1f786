"""The _ast module behind ast: the node classes of CPython 3.11's syntax
tree, made from asdl.NODE_TYPES at start-up as ordinary classes (ast.py
and user code subclass them and set attributes on their instances), and
the compile() flags ast.py imports.

AST is the base; each ASDL type is an abstract class under it (`stmt`,
`expr`, ...) whose constructors derive from it (`FunctionDef`, `BinOp`,
...); a product type (`arguments`, `comprehension`, ...) is one concrete
class under AST.  As in CPython, a class's `_fields` lists its fields,
`_attributes` its position attributes, `__match_args__` its fields, and
an optional field or attribute (`expr? returns`) is None on the class, so
an instance made without it reads None."""

from pypy.interpreter.arguments import check_args
from pypy.objspace.typeobject import W_TypeObject, python_class
from pypy.module._ast.asdl import NODE_TYPES

# compile() flags (CPython's Include/cpython/compile.h)
COMPILE_FLAGS = [('PyCF_ONLY_AST', 0x0400),
                 ('PyCF_TYPE_COMMENTS', 0x1000),
                 ('PyCF_ALLOW_TOP_LEVEL_AWAIT', 0x2000)]

# the classes' __module__, as in CPython
MODULE_NAME = 'ast'


def ast_init(space, args):
    """AST.__init__(*fields, **attributes): the positional arguments are
    the first fields, in _fields order; keywords set any attribute."""
    if not args.arguments_w:
        check_args(space, args, '__init__', 1, 1)
    w_self = args.arguments_w[0]
    w_type = space.type(w_self)
    assert isinstance(w_type, W_TypeObject)
    w_fields = w_type.lookup('_fields')
    fields_w = [] if w_fields is None else space.unpackiterable(w_fields)
    n = len(args.arguments_w) - 1
    if n > len(fields_w):
        raise space.error(space.w_TypeError,
                          "%s constructor takes at most %d positional "
                          "argument%s" % (w_type.name, len(fields_w),
                                          '' if len(fields_w) == 1 else 's'))
    for i in range(n):
        space.setattr(w_self, space.text_utf8(fields_w[i]),
                      args.arguments_w[i + 1])
    for i in range(len(args.keyword_names)):
        space.setattr(w_self, args.keyword_names[i],
                      args.keyword_values_w[i])
    return space.w_None


def names_tuple(space, fields):
    return space.newtuple([space.newtext_utf8(field.name)
                           for field in fields])


def signature(constructor):
    """'BinOp(expr left, operator op, expr right)', the class's __doc__
    as in CPython."""
    if not constructor.fields:
        return constructor.name
    return '%s(%s)' % (constructor.name, ', '.join([
        '%s%s %s' % (field.kind, field.quantifier, field.name)
        for field in constructor.fields]))


def node_class(space, name, w_base, fields, attributes, doc):
    w_class = python_class(space, name, [w_base], {}, MODULE_NAME)
    w_class.dict_w['_fields'] = names_tuple(space, fields)
    w_class.dict_w['__match_args__'] = names_tuple(space, fields)
    w_class.dict_w['_attributes'] = names_tuple(space, attributes)
    w_class.dict_w['__doc__'] = space.newtext_utf8(doc)
    for field in fields + attributes:
        if field.is_optional():
            w_class.dict_w[field.name] = space.w_None
    return w_class


def make_module(space):
    w_mod = space.newmodule('_ast')
    setitem = w_mod.w_dict.setitem_str
    for name, value in COMPILE_FLAGS:
        setitem(space, name, space.newint(value))
    w_ast = python_class(space, 'AST', [space.w_object],
                         {'__init__': ast_init}, MODULE_NAME)
    w_ast.dict_w['_fields'] = space.newtuple([])
    w_ast.dict_w['_attributes'] = space.newtuple([])
    setitem(space, 'AST', w_ast)
    for node_type in NODE_TYPES:
        if node_type.is_product:
            constructor = node_type.constructors[0]
            setitem(space, node_type.name, node_class(
                space, node_type.name, w_ast, constructor.fields,
                node_type.attributes, signature(constructor)))
            continue
        w_abstract = node_class(
            space, node_type.name, w_ast, [], node_type.attributes,
            '%s = %s' % (node_type.name, '\n  | '.join(
                [signature(c) for c in node_type.constructors])))
        setitem(space, node_type.name, w_abstract)
        for constructor in node_type.constructors:
            setitem(space, constructor.name, node_class(
                space, constructor.name, w_abstract, constructor.fields,
                node_type.attributes, signature(constructor)))
    return w_mod
