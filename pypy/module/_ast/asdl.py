"""The node types of CPython 3.11's abstract syntax tree: the body of its
Parser/Python.asdl (without comments), the one table _ast's classes are
made from, and a parser of that ASDL text (run at import time, before
translation)."""

import re

PYTHON_ASDL = """
    mod = Module(stmt* body, type_ignore* type_ignores)
        | Interactive(stmt* body)
        | Expression(expr body)
        | FunctionType(expr* argtypes, expr returns)

    stmt = FunctionDef(identifier name, arguments args,
                       stmt* body, expr* decorator_list, expr? returns,
                       string? type_comment)
          | AsyncFunctionDef(identifier name, arguments args,
                             stmt* body, expr* decorator_list, expr? returns,
                             string? type_comment)

          | ClassDef(identifier name,
             expr* bases,
             keyword* keywords,
             stmt* body,
             expr* decorator_list)
          | Return(expr? value)

          | Delete(expr* targets)
          | Assign(expr* targets, expr value, string? type_comment)
          | AugAssign(expr target, operator op, expr value)
          | AnnAssign(expr target, expr annotation, expr? value, int simple)

          | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
          | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
          | While(expr test, stmt* body, stmt* orelse)
          | If(expr test, stmt* body, stmt* orelse)
          | With(withitem* items, stmt* body, string? type_comment)
          | AsyncWith(withitem* items, stmt* body, string? type_comment)

          | Match(expr subject, match_case* cases)

          | Raise(expr? exc, expr? cause)
          | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
          | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
          | Assert(expr test, expr? msg)

          | Import(alias* names)
          | ImportFrom(identifier? module, alias* names, int? level)

          | Global(identifier* names)
          | Nonlocal(identifier* names)
          | Expr(expr value)
          | Pass | Break | Continue

          attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

    expr = BoolOp(boolop op, expr* values)
         | NamedExpr(expr target, expr value)
         | BinOp(expr left, operator op, expr right)
         | UnaryOp(unaryop op, expr operand)
         | Lambda(arguments args, expr body)
         | IfExp(expr test, expr body, expr orelse)
         | Dict(expr* keys, expr* values)
         | Set(expr* elts)
         | ListComp(expr elt, comprehension* generators)
         | SetComp(expr elt, comprehension* generators)
         | DictComp(expr key, expr value, comprehension* generators)
         | GeneratorExp(expr elt, comprehension* generators)
         | Await(expr value)
         | Yield(expr? value)
         | YieldFrom(expr value)
         | Compare(expr left, cmpop* ops, expr* comparators)
         | Call(expr func, expr* args, keyword* keywords)
         | FormattedValue(expr value, int conversion, expr? format_spec)
         | JoinedStr(expr* values)
         | Constant(constant value, string? kind)

         | Attribute(expr value, identifier attr, expr_context ctx)
         | Subscript(expr value, expr slice, expr_context ctx)
         | Starred(expr value, expr_context ctx)
         | Name(identifier id, expr_context ctx)
         | List(expr* elts, expr_context ctx)
         | Tuple(expr* elts, expr_context ctx)

         | Slice(expr? lower, expr? upper, expr? step)

          attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

    expr_context = Load | Store | Del

    boolop = And | Or

    operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift
                 | RShift | BitOr | BitXor | BitAnd | FloorDiv

    unaryop = Invert | Not | UAdd | USub

    cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn

    comprehension = (expr target, expr iter, expr* ifs, int is_async)

    excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body)
                    attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

    arguments = (arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs,
                 expr* kw_defaults, arg? kwarg, expr* defaults)

    arg = (identifier arg, expr? annotation, string? type_comment)
           attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

    keyword = (identifier? arg, expr value)
               attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

    alias = (identifier name, identifier? asname)
             attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

    withitem = (expr context_expr, expr? optional_vars)

    match_case = (pattern pattern, expr? guard, stmt* body)

    pattern = MatchValue(expr value)
            | MatchSingleton(constant value)
            | MatchSequence(pattern* patterns)
            | MatchMapping(expr* keys, pattern* patterns, identifier? rest)
            | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)

            | MatchStar(identifier? name)

            | MatchAs(pattern? pattern, identifier? name)
            | MatchOr(pattern* patterns)

             attributes (int lineno, int col_offset, int end_lineno, int end_col_offset)

    type_ignore = TypeIgnore(int lineno, string tag)
"""


class Field(object):
    """`expr* body`: kind 'expr', name 'body', one of '', '*' (a list) or
    '?' (optional: None when absent)."""

    def __init__(self, kind, quantifier, name):
        self.kind = kind
        self.quantifier = quantifier
        self.name = name

    def is_optional(self):
        return self.quantifier == '?'


class Constructor(object):
    """A concrete node class: `BinOp(expr left, operator op, expr right)`;
    a product type (`comprehension = (...)`) is one constructor named as
    its type."""

    def __init__(self, name, fields):
        self.name = name
        self.fields = fields


class NodeType(object):
    """`stmt = FunctionDef(...) | ... attributes (...)`: an abstract class
    with its constructors, or a product type (is_product, one constructor
    of the same name)."""

    def __init__(self, name, constructors, attributes, is_product):
        self.name = name
        self.constructors = constructors
        self.attributes = attributes
        self.is_product = is_product


TOKEN_RE = re.compile(r'\s*([A-Za-z_][A-Za-z0-9_]*|[=|(),*?])')


def tokenize(text):
    tokens = []
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        match = TOKEN_RE.match(text, pos)
        if match is None:
            raise ValueError('bad ASDL at %r' % text[pos:pos + 20])
        tokens.append(match.group(1))
        pos = match.end()
    return tokens


class Parser(object):
    def __init__(self, text):
        self.tokens = tokenize(text)
        self.pos = 0

    def peek(self):
        if self.pos < len(self.tokens):
            return self.tokens[self.pos]
        return None

    def take(self, expected=None):
        if self.pos == len(self.tokens):
            raise ValueError('ASDL: unexpected end')
        token = self.tokens[self.pos]
        if expected is not None and token != expected:
            raise ValueError('ASDL: expected %r, got %r' % (expected, token))
        self.pos += 1
        return token

    def parse_types(self):
        types = []
        while self.peek() is not None:
            name = self.take()
            self.take('=')
            if self.peek() == '(':
                fields = self.parse_fields()
                types.append(NodeType(name, [Constructor(name, fields)],
                                      self.parse_attributes(), True))
                continue
            constructors = [self.parse_constructor()]
            while self.peek() == '|':
                self.take('|')
                constructors.append(self.parse_constructor())
            types.append(NodeType(name, constructors,
                                  self.parse_attributes(), False))
        return types

    def parse_constructor(self):
        name = self.take()
        fields = self.parse_fields() if self.peek() == '(' else []
        return Constructor(name, fields)

    def parse_attributes(self):
        if self.peek() != 'attributes':
            return []
        self.take('attributes')
        return self.parse_fields()

    def parse_fields(self):
        self.take('(')
        fields = []
        while True:
            kind = self.take()
            quantifier = ''
            if self.peek() in ('*', '?'):
                quantifier = self.take()
            fields.append(Field(kind, quantifier, self.take()))
            if self.take() == ')':
                return fields


NODE_TYPES = Parser(PYTHON_ASDL).parse_types()
