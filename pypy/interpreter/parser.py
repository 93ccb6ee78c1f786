"""A hand-written recursive descent parser for Python 3.11 (without async
comprehensions), producing the nodes of astnodes.py.  Match statements are
parsed by parser_match.MatchParser."""

from rpython.rlib.rbigint import rbigint
from rpython.rlib.runicode import str_decode_utf_8, code_to_unichr
from rpython.rlib.rstring import ParseStringError
from rpython.rlib import rfloat
from rpython.rlib.unicodedata import unicodedb_8_0_0 as unicodedb

from pypy.interpreter import astnodes as ast
from pypy.interpreter.error import CompileError
from pypy.interpreter import tokenizer as tk
from pypy.interpreter import opcodes
from pypy.interpreter.parser_match import MatchParser

MAX_DEPTH = 600

KEYWORDS = ['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
            'break', 'class', 'continue', 'def', 'del', 'elif', 'else',
            'except', 'finally', 'for', 'from', 'global', 'if', 'import',
            'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
            'return', 'try', 'while', 'with', 'yield']

# keywords that may start an expression
EXPR_KEYWORDS = ['False', 'None', 'True', 'lambda', 'not', 'await']

AUGASSIGN = {'+=': opcodes.BIN_ADD, '-=': opcodes.BIN_SUB,
             '*=': opcodes.BIN_MUL, '/=': opcodes.BIN_TRUEDIV,
             '//=': opcodes.BIN_FLOORDIV, '%=': opcodes.BIN_MOD,
             '**=': opcodes.BIN_POW, '@=': opcodes.BIN_MATMUL,
             '<<=': opcodes.BIN_LSHIFT, '>>=': opcodes.BIN_RSHIFT,
             '&=': opcodes.BIN_AND, '|=': opcodes.BIN_OR,
             '^=': opcodes.BIN_XOR}

# binary operator precedence levels, loosest first
BINOP_LEVELS = [['|'], ['^'], ['&'], ['<<', '>>'], ['+', '-'],
                ['*', '/', '//', '%', '@']]
BINOPS = {'|': opcodes.BIN_OR, '^': opcodes.BIN_XOR, '&': opcodes.BIN_AND,
          '<<': opcodes.BIN_LSHIFT, '>>': opcodes.BIN_RSHIFT,
          '+': opcodes.BIN_ADD, '-': opcodes.BIN_SUB, '*': opcodes.BIN_MUL,
          '/': opcodes.BIN_TRUEDIV, '//': opcodes.BIN_FLOORDIV,
          '%': opcodes.BIN_MOD, '@': opcodes.BIN_MATMUL}

COMPARE_OPS = {'<': opcodes.CMP_LT, '<=': opcodes.CMP_LE,
               '==': opcodes.CMP_EQ, '!=': opcodes.CMP_NE,
               '>': opcodes.CMP_GT, '>=': opcodes.CMP_GE}


def is_keyword(name):
    return name in KEYWORDS


def expr_name(node):
    """How CPython's error messages name an expression."""
    if isinstance(node, ast.Attribute):
        return 'attribute'
    if isinstance(node, ast.Subscript):
        return 'subscript'
    if isinstance(node, ast.Starred):
        return 'starred'
    if isinstance(node, ast.Name):
        return 'name'
    if isinstance(node, ast.List):
        return 'list'
    if isinstance(node, ast.Tuple):
        return 'tuple'
    if isinstance(node, ast.Lambda):
        return 'lambda'
    if isinstance(node, ast.Call):
        return 'function call'
    if (isinstance(node, ast.BoolOp) or isinstance(node, ast.BinOp) or
            isinstance(node, ast.UnaryOp)):
        return 'expression'
    if isinstance(node, ast.GeneratorExp):
        return 'generator expression'
    if isinstance(node, ast.Yield) or isinstance(node, ast.YieldFrom):
        return 'yield expression'
    if isinstance(node, ast.Await):
        return 'await expression'
    if isinstance(node, ast.ListComp):
        return 'list comprehension'
    if isinstance(node, ast.SetComp):
        return 'set comprehension'
    if isinstance(node, ast.DictComp):
        return 'dict comprehension'
    if isinstance(node, ast.Dict):
        return 'dict literal'
    if isinstance(node, ast.Set):
        return 'set display'
    if (isinstance(node, ast.JoinedStr) or
            isinstance(node, ast.FormattedValue)):
        return 'f-string expression'
    if isinstance(node, ast.NameConst):
        if node.value == ast.CONST_NONE:
            return 'None'
        if node.value == ast.CONST_TRUE:
            return 'True'
        return 'False'
    if isinstance(node, ast.EllipsisConst):
        return 'ellipsis'
    if isinstance(node, ast.Compare):
        return 'comparison'
    if isinstance(node, ast.IfExp):
        return 'conditional expression'
    if isinstance(node, ast.NamedExpr):
        return 'named expression'
    return 'literal'


class Parser(MatchParser):

    def __init__(self, source, tokens, lines):
        self.source = source
        self.tokens = tokens
        self.lines = lines
        self.i = 0
        self.furthest = 0
        self.depth = 0
        self.last_paren = None     # the last parenthesized expression
        self.fstring_depth = 0
        self.fstring_lineno = 0    # for sub-parsers of f-string expressions
        self.levels = compute_levels(tokens)

    # ---- errors ----

    def line_text(self, lineno):
        if 1 <= lineno <= len(self.lines):
            return self.lines[lineno - 1]
        return ''

    def error_at(self, msg, lineno, col, kind='SyntaxError'):
        if self.fstring_lineno > 0:
            lineno = self.fstring_lineno
            raise CompileError(msg, lineno, 1, self.line_text(lineno), kind)
        text = self.line_text(lineno)
        raise CompileError(msg, lineno, tk.char_offset(text, col), text, kind)

    def error_tok(self, msg, tok):
        self.error_at(msg, tok.lineno, tok.col)

    def error_node(self, msg, node):
        self.error_at(msg, node.lineno, node.col_offset)

    def syntax_error(self):
        tok = self.peek()
        if tok.type == tk.INDENT:
            self.error_at('unexpected indent', tok.lineno, tok.end_col - 1,
                          'IndentationError')
        if tok.type == tk.DEDENT:
            self.error_at('unexpected unindent', tok.lineno, tok.col,
                          'IndentationError')
        self.error_tok('invalid syntax', tok)

    # ---- token access ----

    def peek(self):
        tok = self.tokens[self.i]
        if self.i > self.furthest:
            self.furthest = self.i
        if tok.type == tk.ERRORTOKEN:
            raise tok.error
        return tok

    def peek_at(self, k):
        j = self.i + k
        if j >= len(self.tokens):
            j = len(self.tokens) - 1
        tok = self.tokens[j]
        if j > self.furthest:
            self.furthest = j
        if tok.type == tk.ERRORTOKEN:
            raise tok.error
        return tok

    def next(self):
        tok = self.peek()
        if tok.type != tk.ENDMARKER:
            self.i += 1
        return tok

    def at_op(self, op):
        tok = self.peek()
        return tok.type == tk.OP and tok.value == op

    def at_kw(self, kw):
        tok = self.peek()
        return tok.type == tk.NAME and tok.value == kw

    def at_type(self, type):
        return self.peek().type == type

    def eat_op(self, op):
        if self.at_op(op):
            self.i += 1
            return True
        return False

    def eat_kw(self, kw):
        if self.at_kw(kw):
            self.i += 1
            return True
        return False

    def expect_op(self, op):
        if not self.at_op(op):
            self.syntax_error()
        return self.next()

    def expect_colon(self):
        if not self.at_op(':'):
            tok = self.peek()
            if tok.type == tk.INDENT or tok.type == tk.DEDENT:
                self.syntax_error()
            self.error_tok("expected ':'", tok)
        self.next()

    def expect_kw(self, kw):
        if not self.at_kw(kw):
            self.syntax_error()
        return self.next()

    def expect_name(self):
        tok = self.peek()
        if tok.type != tk.NAME or is_keyword(tok.value):
            self.syntax_error()
        self.i += 1
        return tok.value

    def enter(self):
        self.depth += 1
        if self.depth > MAX_DEPTH:
            self.error_tok('nesting too deep', self.peek())

    def leave(self):
        self.depth -= 1

    def is_keyword_value(self, name):
        return is_keyword(name)

    def starts_expression(self, tok):
        if tok.type == tk.NAME:
            if is_keyword(tok.value):
                return tok.value in EXPR_KEYWORDS
            return True
        if tok.type == tk.NUMBER or tok.type == tk.STRING:
            return True
        if tok.type == tk.OP:
            return tok.value in ('(', '[', '{', '-', '+', '~', '...')
        return False

    # ---- top level ----

    def parse_file(self):
        body = []
        while True:
            tok = self.peek()
            if tok.type == tk.ENDMARKER:
                break
            if tok.type == tk.NEWLINE:
                self.next()
                continue
            self.parse_statement(body)
        return ast.Module(body, 1, 0)

    def parse_eval(self):
        while self.at_type(tk.NEWLINE):
            self.next()
        tok = self.peek()
        body = self.parse_star_expressions()
        while self.at_type(tk.NEWLINE):
            self.next()
        if not self.at_type(tk.ENDMARKER):
            self.syntax_error()
        return ast.Expression(body, tok.lineno, tok.col)

    # ---- statements ----

    def parse_statement(self, body):
        tok = self.peek()
        if tok.type == tk.NAME:
            v = tok.value
            if v == 'if':
                body.append(self.parse_if())
                return
            if v == 'while':
                body.append(self.parse_while())
                return
            if v == 'for':
                body.append(self.parse_for())
                return
            if v == 'try':
                body.append(self.parse_try())
                return
            if v == 'with':
                body.append(self.parse_with())
                return
            if v == 'def':
                body.append(self.parse_funcdef([]))
                return
            if v == 'class':
                body.append(self.parse_classdef([]))
                return
            if v == 'async':
                body.append(self.parse_async_statement())
                return
            if v == 'match':
                match = self.try_parse_match()
                if match is not None:
                    body.append(match)
                    return
        elif tok.type == tk.OP and tok.value == '@':
            body.append(self.parse_decorated())
            return
        self.parse_simple_statements(body)

    def parse_simple_statements(self, body):
        while True:
            body.append(self.parse_small_statement())
            if self.eat_op(';'):
                if self.at_type(tk.NEWLINE):
                    break
                continue
            break
        if not self.at_type(tk.NEWLINE):
            last = body[len(body) - 1]
            if isinstance(last, ast.Expr):
                value = last.value
                if (isinstance(value, ast.Name) and
                        (value.id == 'print' or value.id == 'exec') and
                        self.starts_expression(self.peek())):
                    self.error_node("Missing parentheses in call to '%s'. "
                                    "Did you mean %s(...)?" % (value.id,
                                                              value.id),
                                    value)
            self.syntax_error()
        self.next()

    def parse_block(self, what, lineno):
        self.expect_colon()
        body = []
        if self.at_type(tk.NEWLINE):
            self.next()
            tok = self.peek()
            if tok.type != tk.INDENT:
                self.error_at('expected an indented block after %s on line %d'
                              % (what, lineno), tok.lineno, tok.col,
                              'IndentationError')
            self.next()
            while True:
                tok = self.peek()
                if tok.type == tk.DEDENT:
                    self.next()
                    break
                if tok.type == tk.ENDMARKER:
                    break
                if tok.type == tk.NEWLINE:
                    self.next()
                    continue
                self.parse_statement(body)
        else:
            self.parse_simple_statements(body)
        return body

    def parse_if(self):
        tok = self.next()
        test = self.parse_named_expression()
        body = self.parse_block("'%s' statement" % tok.value, tok.lineno)
        orelse = []
        if self.at_kw('elif'):
            orelse.append(self.parse_if())
        elif self.at_kw('else'):
            etok = self.next()
            orelse = self.parse_block("'else' statement", etok.lineno)
        return ast.If(test, body, orelse, tok.lineno, tok.col)

    def parse_while(self):
        tok = self.next()
        test = self.parse_named_expression()
        body = self.parse_block("'while' statement", tok.lineno)
        orelse = []
        if self.at_kw('else'):
            etok = self.next()
            orelse = self.parse_block("'else' statement", etok.lineno)
        return ast.While(test, body, orelse, tok.lineno, tok.col)

    def parse_for(self):
        tok = self.next()
        target = self.parse_target_list()
        self.set_context(target, ast.STORE)
        self.expect_kw('in')
        iter = self.parse_star_expressions()
        body = self.parse_block("'for' statement", tok.lineno)
        orelse = []
        if self.at_kw('else'):
            etok = self.next()
            orelse = self.parse_block("'else' statement", etok.lineno)
        return ast.For(target, iter, body, orelse, tok.lineno, tok.col)

    def parse_try(self):
        tok = self.next()
        body = self.parse_block("'try' statement", tok.lineno)
        handlers = []
        orelse = []
        finalbody = []
        while self.at_kw('except'):
            etok = self.next()
            if handlers:
                last = handlers[-1]
                if last.type is None:
                    self.error_at("default 'except:' must be last",
                                  last.lineno, last.col_offset)
            if self.at_op('*'):
                self.error_tok("'except*' is not supported", self.peek())
            type = None
            name = None
            if not self.at_op(':'):
                type = self.parse_test()
                if self.at_op(','):
                    self.error_tok('multiple exception types must be '
                                   'parenthesized', self.peek())
                if self.eat_kw('as'):
                    name = self.expect_name()
            hbody = self.parse_block("'except' statement", etok.lineno)
            handlers.append(ast.ExceptHandler(type, name, hbody, etok.lineno,
                                              etok.col))
        if handlers and self.at_kw('else'):
            etok = self.next()
            orelse = self.parse_block("'else' statement", etok.lineno)
        if self.at_kw('finally'):
            ftok = self.next()
            finalbody = self.parse_block("'finally' statement", ftok.lineno)
        if not handlers and not finalbody:
            j = self.i - 1
            while j > 0 and self.tokens[j].type == tk.DEDENT:
                j -= 1
            t = self.tokens[j]
            if t.type != tk.NEWLINE:
                t = self.peek()
            self.error_tok("expected 'except' or 'finally' block", t)
        return ast.Try(body, handlers, orelse, finalbody, tok.lineno, tok.col)

    def parse_with(self):
        tok = self.next()
        items = []
        parsed = False
        if self.at_op('('):
            # maybe a parenthesized list of with items
            save = self.i
            save_depth = self.depth
            try:
                self.next()
                items = []
                while True:
                    items.append(self.parse_with_item())
                    if not self.eat_op(','):
                        break
                    if self.at_op(')'):
                        break
                self.expect_op(')')
                if not self.at_op(':'):
                    self.syntax_error()
                parsed = True
            except CompileError:
                self.i = save
                self.depth = save_depth
                items = []
        if not parsed:
            while True:
                items.append(self.parse_with_item())
                if not self.eat_op(','):
                    break
        body = self.parse_block("'with' statement", tok.lineno)
        return ast.With(items, body, tok.lineno, tok.col)

    def parse_with_item(self):
        tok = self.peek()
        expr = self.parse_test()
        target = None
        if self.eat_kw('as'):
            target = self.parse_target()
            self.set_context(target, ast.STORE)
        return ast.withitem(expr, target, tok.lineno, tok.col)

    def parse_decorated(self):
        decorators = []
        while self.at_op('@'):
            self.next()
            decorators.append(self.parse_named_expression())
            if not self.at_type(tk.NEWLINE):
                self.syntax_error()
            self.next()
        if self.at_kw('def'):
            return self.parse_funcdef(decorators)
        if self.at_kw('class'):
            return self.parse_classdef(decorators)
        if self.at_kw('async'):
            atok = self.next()
            if not self.at_kw('def'):
                self.syntax_error()
            funcdef = self.parse_funcdef(decorators)
            funcdef.is_async = True
            return self.at_token(funcdef, atok)
        self.syntax_error()
        return None

    def parse_async_statement(self):
        """`async def`, `async for` or `async with`."""
        atok = self.next()
        if self.at_kw('def'):
            funcdef = self.parse_funcdef([])
            funcdef.is_async = True
            return self.at_token(funcdef, atok)
        if self.at_kw('for'):
            loop = self.parse_for()
            loop.is_async = True
            return self.at_token(loop, atok)
        if self.at_kw('with'):
            with_ = self.parse_with()
            with_.is_async = True
            return self.at_token(with_, atok)
        self.syntax_error()
        return None

    def at_token(self, node, tok):
        """node, its position moved to tok (an `async` before it)."""
        node.lineno = tok.lineno
        node.col_offset = tok.col
        return node

    def parse_funcdef(self, decorators):
        tok = self.next()
        name = self.expect_name()
        if not self.at_op('('):
            self.error_tok("expected '('", self.peek())
        self.next()
        args = self.parse_parameters(')', True)
        self.expect_op(')')
        returns = None
        if self.eat_op('->'):
            returns = self.parse_annotation()
        body = self.parse_block('function definition', tok.lineno)
        return ast.FunctionDef(name, args, body, decorators, returns,
                               tok.lineno, tok.col)

    def parse_classdef(self, decorators):
        tok = self.next()
        name = self.expect_name()
        bases = []
        keywords = []
        if self.eat_op('('):
            self.parse_call_args(bases, keywords, False)
            self.expect_op(')')
        body = self.parse_block('class definition', tok.lineno)
        return ast.ClassDef(name, bases, keywords, body, decorators,
                            tok.lineno, tok.col)

    def parse_param(self, annotations):
        tok = self.peek()
        name = self.expect_name()
        annotation = None
        if annotations and self.eat_op(':'):
            annotation = self.parse_annotation()
        return ast.arg(name, annotation, tok.lineno, tok.col)

    def parse_parameters(self, closer, annotations):
        posonly = []
        args = []
        defaults = []
        vararg = None
        kwonly = []
        kw_defaults = []
        kwarg = None
        seen_star = False
        seen_slash = False
        star_tok = None
        start = self.peek()
        while not self.at_op(closer):
            tok = self.peek()
            if self.at_op('/'):
                if seen_star:
                    self.error_tok('/ must be ahead of *', tok)
                if seen_slash:
                    self.error_tok('/ may appear only once', tok)
                if not args:
                    self.syntax_error()
                self.next()
                seen_slash = True
                posonly = args
                args = []
            elif self.at_op('*'):
                if seen_star:
                    self.error_tok('* argument may appear only once', tok)
                self.next()
                seen_star = True
                star_tok = tok
                if self.at_op(',') or self.at_op(closer):
                    nxt = self.peek_at(1)
                    if self.at_op(closer) or (nxt.type == tk.OP and (
                            nxt.value == closer or nxt.value == '**')):
                        self.error_tok('named arguments must follow bare *',
                                       tok)
                else:
                    vararg = self.parse_param(annotations)
            elif self.at_op('**'):
                self.next()
                kwarg = self.parse_param(annotations)
                self.eat_op(',')
                if not self.at_op(closer):
                    self.error_tok('arguments cannot follow var-keyword '
                                   'argument', self.peek())
                break
            else:
                p = self.parse_param(annotations)
                default = None
                if self.eat_op('='):
                    default = self.parse_test()
                if seen_star:
                    kwonly.append(p)
                    kw_defaults.append(default)
                else:
                    args.append(p)
                    if default is not None:
                        defaults.append(default)
                    elif defaults:
                        self.error_at('non-default argument follows default '
                                      'argument', p.lineno, p.col_offset)
            if not self.eat_op(','):
                break
        if not self.at_op(closer):
            self.syntax_error()
        return ast.arguments(posonly, args, vararg, kwonly, kw_defaults, kwarg,
                             defaults, start.lineno, start.col)

    def parse_small_statement(self):
        tok = self.peek()
        if tok.type == tk.NAME:
            v = tok.value
            if v == 'pass':
                self.next()
                return ast.Pass(tok.lineno, tok.col)
            if v == 'break':
                self.next()
                return ast.Break(tok.lineno, tok.col)
            if v == 'continue':
                self.next()
                return ast.Continue(tok.lineno, tok.col)
            if v == 'return':
                self.next()
                value = None
                if not self.at_end_of_simple():
                    value = self.parse_star_expressions()
                return ast.Return(value, tok.lineno, tok.col)
            if v == 'raise':
                self.next()
                exc = None
                cause = None
                if not self.at_end_of_simple():
                    exc = self.parse_test()
                    if self.eat_kw('from'):
                        cause = self.parse_test()
                return ast.Raise(exc, cause, tok.lineno, tok.col)
            if v == 'global' or v == 'nonlocal':
                self.next()
                names = [self.expect_name()]
                while self.eat_op(','):
                    names.append(self.expect_name())
                if v == 'global':
                    return ast.Global(names, tok.lineno, tok.col)
                return ast.Nonlocal(names, tok.lineno, tok.col)
            if v == 'del':
                self.next()
                targets = []
                while True:
                    t = self.parse_target()
                    self.set_context(t, ast.DEL)
                    targets.append(t)
                    if not self.eat_op(','):
                        break
                    if self.at_end_of_simple():
                        break
                return ast.Delete(targets, tok.lineno, tok.col)
            if v == 'assert':
                self.next()
                test = self.parse_test()
                msg = None
                if self.eat_op(','):
                    msg = self.parse_test()
                return ast.Assert(test, msg, tok.lineno, tok.col)
            if v == 'import':
                return self.parse_import()
            if v == 'from':
                return self.parse_from_import()
        return self.parse_expr_statement()

    def at_end_of_simple(self):
        tok = self.peek()
        return (tok.type == tk.NEWLINE or tok.type == tk.ENDMARKER or
                (tok.type == tk.OP and tok.value == ';'))

    def parse_dotted_name(self):
        name = self.expect_name()
        while self.eat_op('.'):
            name = name + '.' + self.expect_name()
        return name

    def parse_import(self):
        tok = self.next()
        names = []
        while True:
            atok = self.peek()
            name = self.parse_dotted_name()
            asname = None
            if self.eat_kw('as'):
                asname = self.expect_name()
            names.append(ast.alias(name, asname, atok.lineno, atok.col))
            if not self.eat_op(','):
                break
        return ast.Import(names, tok.lineno, tok.col)

    def parse_from_import(self):
        tok = self.next()
        level = 0
        while True:
            if self.eat_op('.'):
                level += 1
            elif self.eat_op('...'):
                level += 3
            else:
                break
        module = None
        if level == 0 or not self.at_kw('import'):
            module = self.parse_dotted_name()
        self.expect_kw('import')
        names = []
        if self.at_op('*'):
            stok = self.next()
            names.append(ast.alias('*', None, stok.lineno, stok.col))
        else:
            paren = self.eat_op('(')
            while True:
                atok = self.peek()
                name = self.expect_name()
                asname = None
                if self.eat_kw('as'):
                    asname = self.expect_name()
                names.append(ast.alias(name, asname, atok.lineno, atok.col))
                if not self.eat_op(','):
                    break
                if paren and self.at_op(')'):
                    break
                if not paren and self.at_end_of_simple():
                    self.error_tok('trailing comma not allowed without '
                                   'surrounding parentheses', self.peek())
            if paren:
                self.expect_op(')')
        if module == '__future__':
            for alias in names:
                if alias.name == 'braces':
                    self.error_at('not a chance', tok.lineno, tok.col)
        return ast.ImportFrom(module, names, level, tok.lineno, tok.col)

    def parse_yield_or_star_expressions(self):
        if self.at_kw('yield'):
            return self.parse_yield()
        return self.parse_star_expressions()

    def parse_expr_statement(self):
        tok = self.peek()
        self.last_paren = None
        first = self.parse_yield_or_star_expressions()
        first_paren = self.last_paren is first
        if self.at_op(':'):
            self.next()
            if isinstance(first, ast.Tuple) and not first_paren:
                self.error_node('only single target (not tuple) can be '
                                'annotated', first)
            if isinstance(first, ast.List) or isinstance(first, ast.Tuple):
                self.error_node('only single target (not %s) can be '
                                'annotated' % expr_name(first), first)
            if not (isinstance(first, ast.Name) or
                    isinstance(first, ast.Attribute) or
                    isinstance(first, ast.Subscript)):
                self.error_node('illegal target for annotation', first)
            self.set_context(first, ast.STORE)
            annotation = self.parse_annotation()
            value = None
            if self.eat_op('='):
                value = self.parse_yield_or_star_expressions()
            simple = 0
            if isinstance(first, ast.Name) and not first_paren:
                simple = 1
            return ast.AnnAssign(first, annotation, value, simple,
                                 tok.lineno, tok.col)
        t = self.peek()
        if t.type == tk.OP and t.value in AUGASSIGN:
            op = AUGASSIGN[t.value]
            if not (isinstance(first, ast.Name) or
                    isinstance(first, ast.Attribute) or
                    isinstance(first, ast.Subscript)):
                self.error_node("'%s' is an illegal expression for augmented "
                                "assignment" % expr_name(first), first)
            self.set_context(first, ast.STORE)
            self.next()
            value = self.parse_yield_or_star_expressions()
            return ast.AugAssign(first, op, value, tok.lineno, tok.col)
        if self.at_op('='):
            targets = [first]
            value = first
            while self.eat_op('='):
                value = self.parse_yield_or_star_expressions()
                targets.append(value)
            targets.pop()
            single = len(targets) == 1
            for target in targets:
                if isinstance(target, ast.Yield) or \
                        isinstance(target, ast.YieldFrom):
                    self.error_node('assignment to yield expression not '
                                    'possible', target)
                self.check_assign_target(target, single)
                self.set_context(target, ast.STORE)
            return ast.Assign(targets, value, tok.lineno, tok.col)
        if isinstance(first, ast.Starred):
            self.error_node("can't use starred expression here", first)
        return ast.Expr(first, tok.lineno, tok.col)

    def check_assign_target(self, target, single):
        if (isinstance(target, ast.Name) or
                isinstance(target, ast.Attribute) or
                isinstance(target, ast.Subscript) or
                isinstance(target, ast.Tuple) or
                isinstance(target, ast.List) or
                isinstance(target, ast.Starred)):
            return
        if isinstance(target, ast.NameConst):
            return      # set_context reports "cannot assign to None"
        if single and not (isinstance(target, ast.Compare) or
                           isinstance(target, ast.BoolOp) or
                           isinstance(target, ast.IfExp) or
                           isinstance(target, ast.Lambda) or
                           isinstance(target, ast.NamedExpr) or
                           (isinstance(target, ast.UnaryOp) and
                            target.op == opcodes.UN_NOT)):
            self.error_node("cannot assign to %s here. Maybe you meant '==' "
                            "instead of '='?" % expr_name(target), target)

    def set_context(self, node, ctx):
        """Turn an expression into an assignment (ctx=STORE) or deletion
        (ctx=DEL) target, or report why it can't be one."""
        self.set_context_rec(node, ctx, True)

    def set_context_rec(self, node, ctx, top):
        if isinstance(node, ast.Name):
            if node.id == '__debug__':
                self.error_node('cannot assign to __debug__', node)
            node.ctx = ctx
            return
        if isinstance(node, ast.Attribute):
            node.ctx = ctx
            return
        if isinstance(node, ast.Subscript):
            node.ctx = ctx
            return
        if isinstance(node, ast.Tuple) or isinstance(node, ast.List):
            if isinstance(node, ast.Tuple):
                elts = node.elts
                node.ctx = ctx
            else:
                assert isinstance(node, ast.List)
                elts = node.elts
                node.ctx = ctx
            nstar = 0
            for elt in elts:
                if isinstance(elt, ast.Starred) and ctx == ast.STORE:
                    nstar += 1
                    if nstar > 1:
                        self.error_node('multiple starred expressions in '
                                        'assignment', node)
                    elt.ctx = ctx
                    self.set_context_rec(elt.value, ctx, False)
                else:
                    self.set_context_rec(elt, ctx, False)
            return
        if isinstance(node, ast.Starred):
            if ctx == ast.DEL:
                self.error_node('cannot delete starred', node)
            if top:
                self.error_node('starred assignment target must be in a list '
                                'or tuple', node)
            self.error_node("can't use starred expression here", node)
        if ctx == ast.DEL:
            self.error_node('cannot delete %s' % expr_name(node), node)
        self.error_node('cannot assign to %s' % expr_name(node), node)

    # ---- expressions ----

    def parse_star_expressions(self):
        """star_expressions: a tuple without parentheses is allowed, and so
        are starred items."""
        tok = self.peek()
        first = self.parse_star_named_expression(False)
        if not self.at_op(','):
            return first
        elts = [first]
        while self.eat_op(','):
            if not self.starts_expression(self.peek()) and \
                    not self.at_op('*'):
                break
            elts.append(self.parse_star_named_expression(False))
        return ast.Tuple(elts, ast.LOAD, tok.lineno, tok.col)

    def parse_star_named_expression(self, named):
        if self.at_op('*'):
            tok = self.next()
            value = self.parse_bitor()
            return ast.Starred(value, ast.LOAD, tok.lineno, tok.col)
        if named:
            return self.parse_named_expression()
        return self.parse_test()

    def parse_target_list(self):
        """For-loop targets: bitwise-or level expressions (no 'in')."""
        tok = self.peek()
        first = self.parse_target()
        if not self.at_op(','):
            return first
        elts = [first]
        while self.eat_op(','):
            if self.at_kw('in') or self.at_op('=') or self.at_op(':'):
                break
            elts.append(self.parse_target())
        return ast.Tuple(elts, ast.STORE, tok.lineno, tok.col)

    def parse_target(self):
        if self.at_op('*'):
            tok = self.next()
            value = self.parse_bitor()
            return ast.Starred(value, ast.STORE, tok.lineno, tok.col)
        return self.parse_bitor()

    def parse_named_expression(self):
        tok = self.peek()
        if tok.type == tk.NAME and self.peek_at(1).type == tk.OP and \
                self.peek_at(1).value == ':=':
            if is_keyword(tok.value):
                self.syntax_error()
            self.next()
            self.next()
            target = ast.Name(tok.value, ast.STORE, tok.lineno, tok.col)
            value = self.parse_test()
            return ast.NamedExpr(target, value, tok.lineno, tok.col)
        expr = self.parse_test()
        if self.at_op(':='):
            self.error_node('cannot use assignment expressions with %s' %
                            expr_name(expr), expr)
        return expr

    def parse_annotation(self):
        """An annotation expression, with its source text: its tokens
        with a space where the source has spaces or a line break (none
        after an opening or before a closing bracket or a comma)."""
        start = self.i
        node = self.parse_test()
        parts = []
        prev = None
        for j in range(start, self.i):
            tok = self.tokens[j]
            if prev is not None:
                if tok.lineno == prev.end_lineno:
                    if tok.col > prev.end_col:
                        parts.append(' ')
                elif not ((prev.type == tk.OP and
                           prev.value in ('(', '[', '{')) or
                          (tok.type == tk.OP and
                           tok.value in (')', ']', '}', ','))):
                    parts.append(' ')
            parts.append(tok.value)
            prev = tok
        node.annotation_text = ''.join(parts)
        return node

    def parse_test(self):
        """expression: lambda, or a conditional expression."""
        self.enter()
        tok = self.peek()
        if tok.type == tk.NAME and tok.value == 'lambda':
            result = self.parse_lambda()
            self.leave()
            return result
        result = self.parse_or()
        if self.at_kw('if'):
            self.next()
            test = self.parse_or()
            if not self.at_kw('else'):
                self.error_at("expected 'else' after 'if' expression",
                              result.lineno, result.col_offset)
            self.next()
            orelse = self.parse_test()
            result = ast.IfExp(test, result, orelse, tok.lineno, tok.col)
        else:
            self.check_missing_comma(result)
        self.leave()
        return result

    def check_missing_comma(self, expr):
        tok = self.peek()
        if self.levels[self.i] > 0 and self.starts_expression(tok):
            if tok.type == tk.STRING and isinstance(expr, ast.Name):
                return
            if tok.type == tk.NAME and tok.value == 'not':
                return
            self.error_node('invalid syntax. Perhaps you forgot a comma?',
                            expr)

    def parse_lambda(self):
        tok = self.next()
        args = self.parse_parameters(':', False)
        self.expect_op(':')
        body = self.parse_test()
        return ast.Lambda(args, body, tok.lineno, tok.col)

    def parse_or(self):
        tok = self.peek()
        first = self.parse_and()
        if not self.at_kw('or'):
            return first
        values = [first]
        while self.eat_kw('or'):
            values.append(self.parse_and())
        return ast.BoolOp(ast.OR, values, tok.lineno, tok.col)

    def parse_and(self):
        tok = self.peek()
        first = self.parse_not()
        if not self.at_kw('and'):
            return first
        values = [first]
        while self.eat_kw('and'):
            values.append(self.parse_not())
        return ast.BoolOp(ast.AND, values, tok.lineno, tok.col)

    def parse_not(self):
        tok = self.peek()
        if tok.type == tk.NAME and tok.value == 'not':
            self.next()
            self.enter()
            operand = self.parse_not()
            self.leave()
            return ast.UnaryOp(opcodes.UN_NOT, operand, tok.lineno, tok.col)
        return self.parse_comparison()

    def parse_comparison(self):
        tok = self.peek()
        left = self.parse_bitor()
        ops = []
        comparators = []
        while True:
            t = self.peek()
            op = -1
            if t.type == tk.OP and t.value in COMPARE_OPS:
                op = COMPARE_OPS[t.value]
                self.next()
            elif t.type == tk.NAME:
                if t.value == 'in':
                    op = opcodes.CMP_IN
                    self.next()
                elif t.value == 'is':
                    self.next()
                    if self.eat_kw('not'):
                        op = opcodes.CMP_IS_NOT
                    else:
                        op = opcodes.CMP_IS
                elif t.value == 'not' and self.peek_at(1).type == tk.NAME \
                        and self.peek_at(1).value == 'in':
                    self.next()
                    self.next()
                    op = opcodes.CMP_NOT_IN
            if op < 0:
                break
            ops.append(op)
            comparators.append(self.parse_bitor())
        if not ops:
            return left
        return ast.Compare(left, ops, comparators, tok.lineno, tok.col)

    def parse_bitor(self):
        return self.parse_binop(0)

    def parse_binop(self, level):
        if level >= len(BINOP_LEVELS):
            return self.parse_factor()
        tok = self.peek()
        left = self.parse_binop(level + 1)
        ops = BINOP_LEVELS[level]
        while True:
            t = self.peek()
            if t.type == tk.OP and t.value in ops:
                self.next()
                right = self.parse_binop(level + 1)
                left = ast.BinOp(left, BINOPS[t.value], right, tok.lineno,
                                 tok.col)
            else:
                break
        return left

    def parse_factor(self):
        tok = self.peek()
        if tok.type == tk.OP and tok.value in ('-', '+', '~'):
            self.next()
            self.enter()
            operand = self.parse_factor()
            self.leave()
            if tok.value == '-':
                op = opcodes.UN_NEG
            elif tok.value == '+':
                op = opcodes.UN_POS
            else:
                op = opcodes.UN_INVERT
            return ast.UnaryOp(op, operand, tok.lineno, tok.col)
        return self.parse_power()

    def parse_power(self):
        tok = self.peek()
        if tok.type == tk.NAME and tok.value == 'await':
            self.next()
            left = ast.Await(self.parse_primary(), tok.lineno, tok.col)
        else:
            left = self.parse_primary()
        if self.eat_op('**'):
            self.enter()
            right = self.parse_factor()
            self.leave()
            return ast.BinOp(left, opcodes.BIN_POW, right, tok.lineno, tok.col)
        return left

    def parse_primary(self):
        tok = self.peek()
        node = self.parse_atom()
        while True:
            t = self.peek()
            if t.type != tk.OP:
                break
            if t.value == '.':
                self.next()
                name = self.expect_name()
                node = ast.Attribute(node, name, ast.LOAD, tok.lineno, tok.col)
            elif t.value == '(':
                self.next()
                args = []
                keywords = []
                self.enter()
                self.parse_call_args(args, keywords)
                self.leave()
                self.expect_op(')')
                node = ast.Call(node, args, keywords, tok.lineno, tok.col)
            elif t.value == '[':
                self.next()
                self.enter()
                index = self.parse_subscript()
                self.leave()
                self.expect_op(']')
                node = ast.Subscript(node, index, ast.LOAD, tok.lineno,
                                     tok.col)
            else:
                break
        return node

    def parse_call_args(self, args, keywords, allow_genexp=True):
        seen_kw_unpack = False
        seen_keyword = False
        start = self.i
        while not self.at_op(')'):
            tok = self.peek()
            if self.at_op('*'):
                self.next()
                value = self.parse_test()
                if seen_kw_unpack:
                    self.error_tok('iterable argument unpacking follows '
                                   'keyword argument unpacking', tok)
                args.append(ast.Starred(value, ast.LOAD, tok.lineno, tok.col))
            elif self.at_op('**'):
                self.next()
                value = self.parse_test()
                keywords.append(ast.keyword(None, value, tok.lineno, tok.col))
                seen_kw_unpack = True
            else:
                self.last_paren = None
                if (tok.type == tk.NAME and self.peek_at(1).type == tk.OP and
                        self.peek_at(1).value == '=' and
                        not is_keyword(tok.value)):
                    self.next()
                    self.next()
                    value = self.parse_test()
                    for kw in keywords:
                        if kw.arg == tok.value:
                            self.error_at('keyword argument repeated: %s' %
                                          tok.value, tok.lineno, tok.col)
                    keywords.append(ast.keyword(tok.value, value, tok.lineno,
                                                tok.col))
                    seen_keyword = True
                else:
                    value = self.parse_named_expression()
                    if self.at_op('='):
                        self.error_node('expression cannot contain '
                                        'assignment, perhaps you meant "=="?',
                                        value)
                    if self.at_kw('for'):
                        if not allow_genexp:
                            self.syntax_error()
                        gen = self.parse_comprehension_tail(value, tok)
                        if (self.i - 1 > start and len(args) + len(keywords)
                                > 0) or not self.at_op(')'):
                            if not (self.at_op(',') and
                                    self.peek_at(1).type == tk.OP and
                                    self.peek_at(1).value == ')' and
                                    not args and not keywords):
                                self.error_node('Generator expression must '
                                                'be parenthesized', gen)
                        value = gen
                    if seen_kw_unpack:
                        self.error_tok('positional argument follows keyword '
                                       'argument unpacking', self.peek())
                    if seen_keyword:
                        self.error_tok('positional argument follows keyword '
                                       'argument', self.peek())
                    args.append(value)
            if not self.eat_op(','):
                break

    def parse_comprehension_tail(self, elt, tok):
        generators = self.parse_comp_fors()
        return ast.GeneratorExp(elt, generators, tok.lineno, tok.col)

    def parse_comp_fors(self):
        generators = []
        while self.at_kw('for') or self.at_kw('async'):
            tok = self.next()
            if tok.value == 'async':
                self.error_tok("'async' is not supported", tok)
            target = self.parse_target_list()
            self.set_context(target, ast.STORE)
            self.expect_kw('in')
            iter = self.parse_or()
            ifs = []
            while self.eat_kw('if'):
                ifs.append(self.parse_or())
            generators.append(ast.comprehension(target, iter, ifs, 0,
                                                tok.lineno, tok.col))
        return generators

    def parse_subscript(self):
        tok = self.peek()
        first = self.parse_slice_item()
        if not self.at_op(','):
            return first
        elts = [first]
        while self.eat_op(','):
            if self.at_op(']'):
                break
            elts.append(self.parse_slice_item())
        return ast.Tuple(elts, ast.LOAD, tok.lineno, tok.col)

    def parse_slice_item(self):
        tok = self.peek()
        if self.at_op('*'):
            return self.parse_star_named_expression(False)
        lower = None
        if not self.at_op(':'):
            lower = self.parse_named_expression()
            if not self.at_op(':'):
                return lower
        self.expect_op(':')
        upper = None
        step = None
        if not (self.at_op(':') or self.at_op(']') or self.at_op(',')):
            upper = self.parse_test()
        if self.eat_op(':'):
            if not (self.at_op(']') or self.at_op(',')):
                step = self.parse_test()
        return ast.Slice(lower, upper, step, tok.lineno, tok.col)

    def parse_yield(self):
        tok = self.next()
        if self.eat_kw('from'):
            value = self.parse_test()
            return ast.YieldFrom(value, tok.lineno, tok.col)
        value = None
        t = self.peek()
        if self.starts_expression(t) or self.at_op('*'):
            value = self.parse_star_expressions()
        return ast.Yield(value, tok.lineno, tok.col)

    def parse_atom(self):
        tok = self.peek()
        if tok.type == tk.NAME:
            v = tok.value
            if is_keyword(v):
                if v == 'None':
                    self.next()
                    return ast.NameConst(ast.CONST_NONE, tok.lineno, tok.col)
                if v == 'True':
                    self.next()
                    return ast.NameConst(ast.CONST_TRUE, tok.lineno, tok.col)
                if v == 'False':
                    self.next()
                    return ast.NameConst(ast.CONST_FALSE, tok.lineno, tok.col)
                self.syntax_error()
            self.next()
            return ast.Name(v, ast.LOAD, tok.lineno, tok.col)
        if tok.type == tk.NUMBER:
            self.next()
            return self.parse_number(tok)
        if tok.type == tk.STRING:
            return self.parse_strings()
        if tok.type == tk.OP:
            v = tok.value
            if v == '(':
                self.next()
                self.enter()
                result = self.parse_paren(tok)
                self.leave()
                return result
            if v == '[':
                self.next()
                self.enter()
                result = self.parse_list(tok)
                self.leave()
                return result
            if v == '{':
                self.next()
                self.enter()
                result = self.parse_dict_or_set(tok)
                self.leave()
                return result
            if v == '...':
                self.next()
                return ast.EllipsisConst(tok.lineno, tok.col)
        self.syntax_error()
        return None

    def parse_paren(self, tok):
        if self.eat_op(')'):
            return ast.Tuple([], ast.LOAD, tok.lineno, tok.col)
        if self.at_kw('yield'):
            result = self.parse_yield()
            self.expect_op(')')
            return result
        first = self.parse_star_named_expression(True)
        if self.at_kw('for') or self.at_kw('async'):
            if isinstance(first, ast.Starred):
                self.error_node('iterable unpacking cannot be used in '
                                'comprehension', first)
            generators = self.parse_comp_fors()
            self.expect_op(')')
            return ast.GeneratorExp(first, generators, tok.lineno, tok.col)
        if self.eat_op(')'):
            if isinstance(first, ast.Starred):
                self.error_node("cannot use starred expression here", first)
            self.last_paren = first
            return first
        if not self.at_op(','):
            self.syntax_error()
        elts = [first]
        while self.eat_op(','):
            if self.at_op(')'):
                break
            elts.append(self.parse_star_named_expression(True))
        self.expect_op(')')
        return ast.Tuple(elts, ast.LOAD, tok.lineno, tok.col)

    def parse_list(self, tok):
        if self.eat_op(']'):
            return ast.List([], ast.LOAD, tok.lineno, tok.col)
        first = self.parse_star_named_expression(True)
        if self.at_kw('for') or self.at_kw('async'):
            if isinstance(first, ast.Starred):
                self.error_node('iterable unpacking cannot be used in '
                                'comprehension', first)
            generators = self.parse_comp_fors()
            self.expect_op(']')
            return ast.ListComp(first, generators, tok.lineno, tok.col)
        elts = [first]
        while self.eat_op(','):
            if self.at_op(']'):
                break
            elts.append(self.parse_star_named_expression(True))
        self.expect_op(']')
        return ast.List(elts, ast.LOAD, tok.lineno, tok.col)

    def parse_dict_or_set(self, tok):
        if self.eat_op('}'):
            return ast.Dict([], [], tok.lineno, tok.col)
        if self.at_op('**'):
            return self.parse_dict_rest(tok, None)
        first = self.parse_star_named_expression(True)
        if self.at_op(':') and not isinstance(first, ast.Starred):
            return self.parse_dict_rest(tok, first)
        if self.at_kw('for') or self.at_kw('async'):
            if isinstance(first, ast.Starred):
                self.error_node('iterable unpacking cannot be used in '
                                'comprehension', first)
            generators = self.parse_comp_fors()
            self.expect_op('}')
            return ast.SetComp(first, generators, tok.lineno, tok.col)
        elts = [first]
        while self.eat_op(','):
            if self.at_op('}'):
                break
            elts.append(self.parse_star_named_expression(True))
        self.expect_op('}')
        return ast.Set(elts, tok.lineno, tok.col)

    def parse_dict_rest(self, tok, first_key):
        keys = []
        values = []
        if first_key is not None:
            self.expect_op(':')
            value = self.parse_test()
            if self.at_kw('for') or self.at_kw('async'):
                generators = self.parse_comp_fors()
                self.expect_op('}')
                return ast.DictComp(first_key, value, generators, tok.lineno,
                                    tok.col)
            keys.append(first_key)
            values.append(value)
            if not self.eat_op(','):
                self.expect_op('}')
                return ast.Dict(keys, values, tok.lineno, tok.col)
        while not self.at_op('}'):
            if self.eat_op('**'):
                value = self.parse_bitor()
                keys.append(None)
                values.append(value)
            else:
                key = self.parse_test()
                if not self.at_op(':'):
                    t = self.peek()
                    if t.type == tk.OP and t.value in (',', '}'):
                        self.error_node("':' expected after dictionary key",
                                        key)
                    self.syntax_error()
                self.next()
                value = self.parse_test()
                keys.append(key)
                values.append(value)
            if not self.eat_op(','):
                break
        self.expect_op('}')
        return ast.Dict(keys, values, tok.lineno, tok.col)

    # ---- literals ----

    def parse_number(self, tok):
        text = remove_underscores(tok.value)
        try:
            return make_number(text, tok.lineno, tok.col)
        except ParseStringError:
            self.error_tok('invalid number literal', tok)
        except ValueError:
            self.error_tok('invalid number literal', tok)
        return None

    def parse_strings(self):
        first = self.peek()
        is_bytes = False
        have_f = False
        pieces = []          # list of ExprNode (StrConst/FormattedValue)
        buf = []             # list of unicode: pending literal text
        bytes_buf = []
        count = 0
        mixed = False
        while self.at_type(tk.STRING):
            tok = self.next()
            prefix, body, quote_len = split_string(tok.value)
            low = prefix.lower()
            b = 'b' in low
            if count > 0 and b != is_bytes:
                mixed = True
            is_bytes = b
            count += 1
            raw = 'r' in low
            if b:
                for i in range(len(body)):
                    if ord(body[i]) >= 128:
                        self.error_tok('bytes can only contain ASCII literal '
                                       'characters', tok)
                if raw:
                    bytes_buf.append(body)
                else:
                    bytes_buf.append(self.decode_bytes_escapes(body, tok))
            elif 'f' in low:
                have_f = True
                self.parse_fstring(body, raw, tok, pieces, buf, 0)
            else:
                buf.append(self.decode_str(body, raw, tok))
        if mixed:
            last = self.tokens[self.i - 1]
            self.error_at('cannot mix bytes and nonbytes literals',
                          last.end_lineno, last.end_col)
        if is_bytes:
            return ast.BytesConst(''.join(bytes_buf), first.lineno, first.col)
        if not have_f:
            return ast.StrConst(u''.join(buf), first.lineno, first.col)
        flush_literal(pieces, buf, first)
        return ast.JoinedStr(pieces, first.lineno, first.col)

    def decode_str(self, body, raw, tok):
        if raw or '\\' not in body:
            return decode_utf8(body)
        return self.decode_escapes(body, tok)

    def escape_error(self, msg, start, end, tok):
        self.error_at("(unicode error) 'unicodeescape' codec can't decode "
                      "bytes in position %d-%d: %s" % (start, end, msg),
                      tok.end_lineno, tok.end_col)

    def decode_escapes(self, s, tok):
        result = []     # list of unicode
        n = len(s)
        i = 0
        run_start = 0
        while i < n:
            c = s[i]
            if c != '\\':
                i += 1
                continue
            if i > run_start:
                assert run_start >= 0
                assert run_start >= 0 and i >= 0
                result.append(decode_utf8(s[run_start:i]))
            start = i
            i += 1
            if i >= n:
                self.escape_error('\\ at end of string', start, start, tok)
            c = s[i]
            i += 1
            if c == '\n':
                pass
            elif c == '\\':
                result.append(u'\\')
            elif c == "'":
                result.append(u"'")
            elif c == '"':
                result.append(u'"')
            elif c == 'a':
                result.append(u'\x07')
            elif c == 'b':
                result.append(u'\x08')
            elif c == 'f':
                result.append(u'\x0c')
            elif c == 'n':
                result.append(u'\n')
            elif c == 'r':
                result.append(u'\r')
            elif c == 't':
                result.append(u'\t')
            elif c == 'v':
                result.append(u'\x0b')
            elif '0' <= c <= '7':
                code = ord(c) - ord('0')
                k = 0
                while k < 2 and i < n and '0' <= s[i] <= '7':
                    code = code * 8 + ord(s[i]) - ord('0')
                    i += 1
                    k += 1
                result.append(code_to_unichr(code))
            elif c == 'x' or c == 'u' or c == 'U':
                if c == 'x':
                    ndigits = 2
                    what = 'truncated \\xXX escape'
                elif c == 'u':
                    ndigits = 4
                    what = 'truncated \\uXXXX escape'
                else:
                    ndigits = 8
                    what = 'truncated \\UXXXXXXXX escape'
                code = 0
                for k in range(ndigits):
                    if i >= n or not tk.is_hex_digit(s[i]):
                        self.escape_error(what, start, i - 1, tok)
                    code = code * 16 + hex_value(s[i])
                    i += 1
                if code > 0x10ffff:
                    self.escape_error('illegal Unicode character', start,
                                      i - 1, tok)
                result.append(code_to_unichr(code))
            elif c == 'N':
                # \N{NAME}: the character of that Unicode name or alias,
                # in any case
                assert i >= 0
                end = s.find('}', i)
                if i >= n or s[i] != '{':
                    self.escape_error('malformed \\N character escape',
                                      start, i - 1, tok)
                if end < 0:
                    self.escape_error('malformed \\N character escape',
                                      start, n - 1, tok)
                assert end > i
                try:
                    code = unicodedb.lookup_with_alias(s[i + 1:end].upper())
                except KeyError:
                    self.escape_error('unknown Unicode character name',
                                      start, end, tok)
                    code = 0    # (escape_error raised)
                result.append(code_to_unichr(code))
                i = end + 1
            else:
                result.append(u'\\')
                i -= 1
                # the character itself is copied by the next run
            run_start = i
        if run_start < n:
            assert run_start >= 0
            assert run_start >= 0 and n >= 0
            result.append(decode_utf8(s[run_start:n]))
        return u''.join(result)

    def decode_bytes_escapes(self, s, tok):
        if '\\' not in s:
            return s
        result = []
        n = len(s)
        i = 0
        while i < n:
            c = s[i]
            if c != '\\':
                result.append(c)
                i += 1
                continue
            start = i
            i += 1
            if i >= n:
                self.error_tok('\\ at end of bytes literal', tok)
            c = s[i]
            i += 1
            if c == '\n':
                pass
            elif c == '\\':
                result.append('\\')
            elif c == "'":
                result.append("'")
            elif c == '"':
                result.append('"')
            elif c == 'a':
                result.append('\x07')
            elif c == 'b':
                result.append('\x08')
            elif c == 'f':
                result.append('\x0c')
            elif c == 'n':
                result.append('\n')
            elif c == 'r':
                result.append('\r')
            elif c == 't':
                result.append('\t')
            elif c == 'v':
                result.append('\x0b')
            elif '0' <= c <= '7':
                code = ord(c) - ord('0')
                k = 0
                while k < 2 and i < n and '0' <= s[i] <= '7':
                    code = code * 8 + ord(s[i]) - ord('0')
                    i += 1
                    k += 1
                result.append(chr(code & 0xff))
            elif c == 'x':
                if (i + 1 < n and tk.is_hex_digit(s[i]) and
                        tk.is_hex_digit(s[i + 1])):
                    result.append(chr(hex_value(s[i]) * 16 +
                                      hex_value(s[i + 1])))
                    i += 2
                else:
                    self.error_at("(value error) invalid \\x escape at "
                                  "position %d" % start, tok.lineno, tok.col)
            else:
                result.append('\\')
                result.append(c)
        return ''.join(result)

    # ---- f-strings ----

    def parse_fstring(self, body, raw, tok, pieces, buf, nesting):
        """Parse the f-string `body`; literal text goes to `buf` (flushed
        into `pieces` as StrConst before each replacement field)."""
        i = 0
        n = len(body)
        lit_start = 0
        while i < n:
            c = body[i]
            if c == '\\' and not raw and i + 1 < n:
                if body[i + 1] == 'N' and i + 2 < n and body[i + 2] == '{':
                    # \N{NAME}: its braces are the escape's, part of the
                    # literal text that decode_str turns into the character
                    assert i >= 0
                    end = body.find('}', i + 3)
                    if end >= 0:
                        i = end + 1
                        continue
                i += 2
                continue
            if c == '{' or c == '}':
                if i > lit_start:
                    assert lit_start >= 0
                    buf.append(self.decode_str(body[lit_start:i], raw, tok))
                if i + 1 < n and body[i + 1] == c:
                    if c == '{':
                        buf.append(u'{')
                    else:
                        buf.append(u'}')
                    i += 2
                    lit_start = i
                    continue
                if c == '}':
                    self.error_at("f-string: single '}' is not allowed",
                                  tok.end_lineno, tok.end_col)
                i = self.parse_fstring_field(body, i + 1, raw, tok, pieces,
                                             buf, nesting)
                lit_start = i
                continue
            i += 1
        if n > lit_start:
            assert lit_start >= 0
            assert lit_start >= 0 and n >= 0
            buf.append(self.decode_str(body[lit_start:n], raw, tok))

    def parse_fstring_field(self, body, start, raw, tok, pieces, buf,
                            nesting):
        """Parse one replacement field; `start` is just after '{'.  Returns
        the index just after the closing '}'."""
        if nesting >= 2:
            self.error_at('f-string: expressions nested too deeply',
                          tok.end_lineno, tok.end_col)
        n = len(body)
        i = start
        depth = 0
        quote = '\0'
        while i < n:
            c = body[i]
            if c == '\\':
                self.error_at('f-string expression part cannot include a '
                              'backslash', tok.end_lineno, tok.end_col)
            if quote != '\0':
                if c == quote:
                    quote = '\0'
                i += 1
                continue
            if c == "'" or c == '"':
                quote = c
            elif c == '(' or c == '[' or c == '{':
                depth += 1
            elif c == ')' or c == ']' or c == '}':
                if depth == 0:
                    break
                depth -= 1
            elif c == '#':
                self.error_at("f-string expression part cannot include '#'",
                              tok.end_lineno, tok.end_col)
            elif depth == 0:
                if c == '!' and not (i + 1 < n and body[i + 1] == '='):
                    break
                if c == ':':
                    break
                if c == '=' and i + 1 < n and body[i + 1] != '=' and \
                        i > start and body[i - 1] not in '=!<>':
                    break
            i += 1
        if quote != '\0':
            self.error_at('f-string: unterminated string', tok.end_lineno, tok.end_col)
        if i >= n:
            self.error_at("f-string: expecting '}'", tok.end_lineno,
                          tok.end_col)
        assert start >= 0 and i >= start
        assert start >= 0 and i >= 0
        expr_text = body[start:i]
        if is_blank(expr_text):
            self.error_at('f-string: empty expression not allowed',
                          tok.end_lineno, tok.end_col)
        value = self.parse_fstring_expr(expr_text, tok)
        conversion = -1
        debug = False
        if body[i] == '=':
            debug = True
            i += 1
            # the text of the expression, '=' and following spaces
            j = i
            while j < n and body[j] == ' ':
                j += 1
            assert j >= start
            assert start >= 0 and j >= 0
            buf.append(decode_utf8(body[start:j]))
            i = j
        if i < n and body[i] == '!':
            i += 1
            if i >= n:
                self.error_at("f-string: expecting '}'", tok.end_lineno,
                          tok.end_col)
            conv = body[i]
            if conv == 's':
                conversion = opcodes.FMT_STR
            elif conv == 'r':
                conversion = opcodes.FMT_REPR
            elif conv == 'a':
                conversion = opcodes.FMT_ASCII
            else:
                self.error_at("f-string: invalid conversion character: "
                              "expected 's', 'r', or 'a'", tok.end_lineno, tok.end_col)
            i += 1
        spec = None
        if i < n and body[i] == ':':
            i += 1
            # the spec runs to the matching '}'
            j = i
            d = 0
            while j < n:
                c = body[j]
                if c == '{':
                    d += 1
                elif c == '}':
                    if d == 0:
                        break
                    d -= 1
                j += 1
            if j >= n:
                self.error_at("f-string: expecting '}'", tok.end_lineno,
                          tok.end_col)
            assert i >= 0 and j >= i
            spec_pieces = []
            spec_buf = []
            assert i >= 0 and j >= 0
            self.parse_fstring(body[i:j], raw, tok, spec_pieces, spec_buf,
                               nesting + 1)
            flush_literal(spec_pieces, spec_buf, tok)
            spec = ast.JoinedStr(spec_pieces, tok.lineno, tok.col)
            i = j
        if i >= n or body[i] != '}':
            self.error_at("f-string: expecting '}'", tok.end_lineno,
                          tok.end_col)
        if debug and conversion < 0 and spec is None:
            conversion = opcodes.FMT_REPR
        flush_literal(pieces, buf, tok)
        pieces.append(ast.FormattedValue(value, conversion, spec, tok.lineno,
                                         tok.col))
        return i + 1

    def parse_fstring_expr(self, text, tok):
        source = '(' + text + ')'
        tokens = tk.tokenize(source)
        sub = Parser(source, tokens, self.lines)
        sub.fstring_lineno = tok.lineno
        sub.depth = self.depth
        try:
            if sub.at_kw('yield') or (sub.at_op('(') and
                                      sub.peek_at(1).type == tk.NAME and
                                      sub.peek_at(1).value == 'yield'):
                sub.next()
                result = sub.parse_yield()
                sub.expect_op(')')
            else:
                result = sub.parse_star_expressions()
            if not sub.at_type(tk.NEWLINE) and \
                    not sub.at_type(tk.ENDMARKER):
                sub.syntax_error()
        except CompileError as e:
            if not e.msg.startswith('f-string'):
                e.msg = 'f-string: ' + e.msg
            e.lineno = tok.lineno
            e.text = self.line_text(tok.lineno)
            e.offset = tk.char_offset(e.text, tok.col)
            raise e
        fix_positions(result, tok)
        return result


class PositionFixer(ast.ASTVisitor):
    pass


def fix_positions(node, tok):
    # f-string sub-expressions keep their relative positions; good enough
    pass


def flush_literal(pieces, buf, tok):
    if buf:
        s = u''.join(buf)
        del buf[:]
        if s:
            pieces.append(ast.StrConst(s, tok.lineno, tok.col))


def compute_levels(tokens):
    """The bracket nesting level just before each token."""
    levels = [0] * len(tokens)
    level = 0
    for i in range(len(tokens)):
        tok = tokens[i]
        levels[i] = level
        if tok.type == tk.OP:
            if tok.value in ('(', '[', '{'):
                level += 1
            elif tok.value in (')', ']', '}'):
                level -= 1
    return levels


def remove_underscores(s):
    if '_' not in s:
        return s
    result = []
    for c in s:
        if c != '_':
            result.append(c)
    return ''.join(result)


def hex_value(c):
    if '0' <= c <= '9':
        return ord(c) - ord('0')
    if 'a' <= c <= 'f':
        return ord(c) - ord('a') + 10
    return ord(c) - ord('A') + 10


def decode_utf8(s):
    u, _ = str_decode_utf_8(s, len(s), 'strict', final=True)
    return u


def split_string(text):
    """Split a STRING token into (prefix, body, quote length)."""
    i = 0
    while text[i] != '"' and text[i] != "'":
        i += 1
    assert i >= 0
    prefix = text[:i]
    if len(text) >= i + 6 and text[i + 1] == text[i] and \
            text[i + 2] == text[i]:
        q = 3
    else:
        q = 1
    start = i + q
    end = len(text) - q
    if end < start:
        end = start
    assert start >= 0
    assert start >= 0 and end >= 0
    return prefix, text[start:end], q


def is_blank(text):
    for c in text:
        if c not in ' \t\n\r\x0c':
            return False
    return True


def make_number(text, lineno, col):
    last = text[len(text) - 1]
    if last == 'j' or last == 'J':
        stop = len(text) - 1
        assert stop >= 0
        assert stop >= 0
        body = text[:stop]
        return ast.ComplexConst(rfloat.string_to_float(body), lineno, col)
    is_float = False
    if len(text) > 1 and text[0] == '0' and text[1] in 'xXoObB':
        is_float = False
    else:
        for c in text:
            if c == '.' or c == 'e' or c == 'E':
                is_float = True
    if is_float:
        return ast.FloatConst(rfloat.string_to_float(text), lineno, col)
    if len(text) > 1 and text[0] == '0' and text[1] in 'xXoObB':
        k = text[1].lower()
        if k == 'x':
            base = 16
        elif k == 'o':
            base = 8
        else:
            base = 2
        digits = text[2:]
    else:
        base = 10
        digits = text
    # fast path for machine-sized values
    if len(digits) < 16 or (base == 16 and len(digits) < 15) or \
            (base == 2 and len(digits) < 62):
        value = 0
        for c in digits:
            value = value * base + hex_value(c)
        return ast.IntConst(value, lineno, col)
    big = rbigint.fromstr(digits, base)
    try:
        return ast.IntConst(big.toint(), lineno, col)
    except OverflowError:
        return ast.BigIntConst(big, lineno, col)


def utf8_error_pos(s):
    """Index of the first byte that is not valid UTF-8, or -1."""
    n = len(s)
    i = 0
    while i < n:
        c = ord(s[i])
        if c < 0x80:
            i += 1
            continue
        if 0xC2 <= c <= 0xDF:
            need = 1
        elif 0xE0 <= c <= 0xEF:
            need = 2
        elif 0xF0 <= c <= 0xF4:
            need = 3
        else:
            return i
        if i + need >= n:
            return i
        c1 = ord(s[i + 1])
        if (c1 & 0xC0) != 0x80:
            return i
        if c == 0xE0 and c1 < 0xA0:
            return i
        if c == 0xED and c1 >= 0xA0:
            return i
        if c == 0xF0 and c1 < 0x90:
            return i
        if c == 0xF4 and c1 >= 0x90:
            return i
        for k in range(2, need + 1):
            if i + k >= n or (ord(s[i + k]) & 0xC0) != 0x80:
                return i
        i += need + 1
    return -1


def check_utf8(source, lines):
    pos = utf8_error_pos(source)
    if pos >= 0:
        lineno = 1
        for i in range(pos):
            if source[i] == '\n':
                lineno += 1
        text = ''
        if 1 <= lineno <= len(lines):
            text = lines[lineno - 1]
        raise CompileError("(unicode error) 'utf-8' codec can't decode byte "
                           "0x%s in position %d: invalid utf-8" % (
                               tk.hex4(ord(source[pos]))[2:], pos),
                           lineno, 1, text)


def parse(source, mode):
    """Parse `source` (UTF-8 bytes); mode 'exec', 'eval' or 'single'.
    Returns an ast.Module, ast.Expression or ast.Interactive."""
    if mode == 'eval':
        i = 0
        while i < len(source) and source[i] in ' \t\x0c':
            i += 1
        assert i >= 0
        source = source[i:]
    tokenizer = tk.Tokenizer(source)
    check_utf8(tokenizer.source, tokenizer.lines)
    tokens = tokenizer.tokenize()
    parser = Parser(tokenizer.source, tokens, tokenizer.lines)
    try:
        if mode == 'eval':
            return parser.parse_eval()
        module = parser.parse_file()
    except CompileError as e:
        # like CPython, most errors of the tokenizer anywhere in the source
        # win over a syntax error found by the parser
        last = tokens[len(tokens) - 1]
        if last.type == tk.ERRORTOKEN and last.error is not None:
            terr = last.error
            if terr is not e and terr.kind == 'SyntaxError':
                if terr.msg.endswith('was never closed'):
                    if terr.lineno < tokens[parser.furthest].lineno:
                        raise terr
                elif (terr.msg != 'too many nested parentheses' and
                      terr.msg != 'unexpected EOF while parsing'):
                    raise terr
        raise
    if mode == 'single':
        return ast.Interactive(module.body, 1, 0)
    return module
