"""Parsing of the match statement (PEP 634): a mixin of parser.Parser.

`match`, `case` and `_` are soft keywords: a statement starting with the
name `match` is a match statement only when it reads as one up to the
NEWLINE after its colon; otherwise the parser goes back and reads it as an
ordinary statement (`match = 3`, `match(x)`, `match[x]: int = 1`)."""

from pypy.interpreter import astnodes as ast
from pypy.interpreter.error import CompileError
from pypy.interpreter import tokenizer as tk
from pypy.interpreter import opcodes


class MatchParser(object):
    _mixin_ = True

    def at_name_token(self, tok):
        return tok.type == tk.NAME and not self.is_keyword_value(tok.value)

    def at_op_token(self, tok, op):
        return tok.type == tk.OP and tok.value == op

    def try_parse_match(self):
        """The match statement at the current token, or None (with the
        position unchanged) when the statement is not one."""
        tok = self.peek()
        nxt = self.peek_at(1)
        if not (self.starts_expression(nxt) or self.at_op_token(nxt, '*')):
            return None
        save = self.i
        save_depth = self.depth
        save_furthest = self.furthest
        subject = None
        try:
            self.next()
            subject = self.parse_match_subject()
            is_match = (self.at_op(':') and
                        self.peek_at(1).type == tk.NEWLINE)
        except CompileError:
            is_match = False
        if not is_match:
            self.i = save
            self.depth = save_depth
            self.furthest = save_furthest
            return None
        assert subject is not None
        if isinstance(subject, ast.Starred):
            self.syntax_error()
        self.next()
        self.next()
        t = self.peek()
        if t.type != tk.INDENT:
            self.error_at("expected an indented block after 'match' "
                          "statement on line %d" % tok.lineno, t.lineno,
                          t.col, 'IndentationError')
        self.next()
        cases = []
        while True:
            t = self.peek()
            if t.type == tk.DEDENT:
                self.next()
                break
            if t.type == tk.ENDMARKER:
                break
            if t.type == tk.NEWLINE:
                self.next()
                continue
            if not self.at_kw('case'):
                self.syntax_error()
            cases.append(self.parse_case())
        return ast.Match(subject, cases, tok.lineno, tok.col)

    def parse_match_subject(self):
        tok = self.peek()
        first = self.parse_star_named_expression(True)
        if not self.at_op(','):
            return first        # a lone starred one is refused later
        elts = [first]
        while self.eat_op(','):
            if not self.starts_expression(self.peek()) and \
                    not self.at_op('*'):
                break
            elts.append(self.parse_star_named_expression(True))
        return ast.Tuple(elts, ast.LOAD, tok.lineno, tok.col)

    def parse_case(self):
        ctok = self.next()
        pattern = self.parse_patterns()
        guard = None
        if self.eat_kw('if'):
            guard = self.parse_named_expression()
        body = self.parse_block("'case' statement", ctok.lineno)
        return ast.match_case(pattern, guard, body, ctok.lineno, ctok.col)

    # ---- patterns ----

    def parse_patterns(self):
        """A case's pattern: a sequence pattern may go without brackets."""
        tok = self.peek()
        first = self.parse_maybe_star_pattern()
        if not self.at_op(','):
            if isinstance(first, ast.MatchStar):
                self.syntax_error()
            return first
        patterns = [first]
        while self.eat_op(','):
            if self.at_op(':') or self.at_kw('if'):
                break
            patterns.append(self.parse_maybe_star_pattern())
        return ast.MatchSequence(patterns, tok.lineno, tok.col)

    def parse_maybe_star_pattern(self):
        if self.at_op('*'):
            tok = self.next()
            name = self.parse_capture_target(True)
            return ast.MatchStar(name, tok.lineno, tok.col)
        return self.parse_pattern()

    def parse_capture_target(self, allow_wildcard):
        """A name bound by a pattern (None for the wildcard `_`, where
        allowed)."""
        tok = self.peek()
        if not self.at_name_token(tok):
            self.syntax_error()
        if tok.value == '_' and not allow_wildcard:
            self.syntax_error()
        self.next()
        t = self.peek()
        if (self.at_op_token(t, '.') or self.at_op_token(t, '(') or
                self.at_op_token(t, '=')):
            self.syntax_error()
        if tok.value == '_':
            return None
        return tok.value

    def parse_pattern(self):
        self.enter()
        tok = self.peek()
        pattern = self.parse_or_pattern()
        if self.eat_kw('as'):
            t = self.peek()
            if self.at_name_token(t) and t.value == '_':
                self.error_tok("cannot use '_' as a target", t)
            name = self.parse_capture_target(False)
            pattern = ast.MatchAs(pattern, name, tok.lineno, tok.col)
        self.leave()
        return pattern

    def parse_or_pattern(self):
        tok = self.peek()
        first = self.parse_closed_pattern()
        if not self.at_op('|'):
            return first
        patterns = [first]
        while self.eat_op('|'):
            patterns.append(self.parse_closed_pattern())
        return ast.MatchOr(patterns, tok.lineno, tok.col)

    def parse_closed_pattern(self):
        tok = self.peek()
        if tok.type == tk.NUMBER or self.at_op_token(tok, '-'):
            return ast.MatchValue(self.parse_number_pattern(), tok.lineno,
                                  tok.col)
        if tok.type == tk.STRING:
            return ast.MatchValue(self.parse_string_pattern(), tok.lineno,
                                  tok.col)
        if tok.type == tk.NAME:
            singleton = singleton_value(tok.value)
            if singleton >= 0:
                self.next()
                return ast.MatchSingleton(singleton, tok.lineno, tok.col)
            if self.is_keyword_value(tok.value):
                self.syntax_error()
            value = self.parse_name_or_attr()
            if self.at_op('('):
                return self.parse_class_pattern(value, tok)
            if isinstance(value, ast.Attribute):
                return ast.MatchValue(value, tok.lineno, tok.col)
            if self.at_op('='):
                self.syntax_error()
            if tok.value == '_':
                return ast.MatchAs(None, None, tok.lineno, tok.col)
            return ast.MatchAs(None, tok.value, tok.lineno, tok.col)
        if self.at_op_token(tok, '('):
            return self.parse_group_pattern(tok)
        if self.at_op_token(tok, '['):
            self.next()
            patterns = []
            while not self.at_op(']'):
                patterns.append(self.parse_maybe_star_pattern())
                if not self.eat_op(','):
                    break
            self.expect_op(']')
            return ast.MatchSequence(patterns, tok.lineno, tok.col)
        if self.at_op_token(tok, '{'):
            return self.parse_mapping_pattern(tok)
        self.syntax_error()
        return None

    def parse_number_pattern(self):
        """signed_number, or real +/- imaginary (a complex literal)."""
        tok = self.peek()
        negative = self.eat_op('-')
        if not self.at_type(tk.NUMBER):
            self.syntax_error()
        value = self.parse_number(self.next())
        if negative:
            value = ast.UnaryOp(opcodes.UN_NEG, value, tok.lineno, tok.col)
        if not (self.at_op('+') or self.at_op('-')):
            return value
        optok = self.next()
        if not self.at_type(tk.NUMBER):
            self.syntax_error()
        right = self.parse_number(self.next())
        if not isinstance(right, ast.ComplexConst):
            self.error_node('imaginary number required in complex literal',
                            right)
        left = value
        if isinstance(left, ast.UnaryOp):
            left = left.operand
        if isinstance(left, ast.ComplexConst):
            self.error_node('real number required in complex literal', left)
        op = opcodes.BIN_ADD
        if optok.value == '-':
            op = opcodes.BIN_SUB
        return ast.BinOp(value, op, right, tok.lineno, tok.col)

    def parse_string_pattern(self):
        value = self.parse_strings()
        if isinstance(value, ast.JoinedStr):
            self.error_node('patterns may only match literals and attribute '
                            'lookups', value)
        return value

    def parse_name_or_attr(self):
        """A name, or a dotted name (Attribute nodes, loaded)."""
        tok = self.next()
        value = ast.Name(tok.value, ast.LOAD, tok.lineno, tok.col)
        while self.eat_op('.'):
            name = self.expect_name()
            value = ast.Attribute(value, name, ast.LOAD, tok.lineno, tok.col)
        return value

    def parse_group_pattern(self, tok):
        self.next()
        if self.eat_op(')'):
            return ast.MatchSequence([], tok.lineno, tok.col)
        first = self.parse_maybe_star_pattern()
        if not self.at_op(','):
            if isinstance(first, ast.MatchStar):
                self.syntax_error()
            self.expect_op(')')
            return first
        patterns = [first]
        while self.eat_op(','):
            if self.at_op(')'):
                break
            patterns.append(self.parse_maybe_star_pattern())
        self.expect_op(')')
        return ast.MatchSequence(patterns, tok.lineno, tok.col)

    def parse_mapping_pattern(self, tok):
        self.next()
        keys = []
        patterns = []
        rest = None
        while not self.at_op('}'):
            if self.eat_op('**'):
                rest = self.parse_capture_target(False)
                self.eat_op(',')
                break
            keys.append(self.parse_mapping_key())
            self.expect_op(':')
            patterns.append(self.parse_pattern())
            if not self.eat_op(','):
                break
        self.expect_op('}')
        return ast.MatchMapping(keys, patterns, rest, tok.lineno, tok.col)

    def parse_mapping_key(self):
        """A literal or a dotted name (a value pattern's value)."""
        tok = self.peek()
        if tok.type == tk.NUMBER or self.at_op_token(tok, '-'):
            return self.parse_number_pattern()
        if tok.type == tk.STRING:
            return self.parse_string_pattern()
        if tok.type == tk.NAME:
            singleton = singleton_value(tok.value)
            if singleton >= 0:
                self.next()
                return ast.NameConst(singleton, tok.lineno, tok.col)
            if not self.is_keyword_value(tok.value):
                value = self.parse_name_or_attr()
                if isinstance(value, ast.Attribute):
                    return value
        self.syntax_error()
        return None

    def parse_class_pattern(self, cls, tok):
        self.next()
        patterns = []
        kwd_attrs = []
        kwd_patterns = []
        while not self.at_op(')'):
            t = self.peek()
            if self.at_name_token(t) and self.at_op_token(self.peek_at(1),
                                                          '='):
                self.next()
                self.next()
                pattern = self.parse_pattern()
                if t.value in kwd_attrs:
                    self.error_node('attribute name repeated in class '
                                    'pattern: %s' % t.value, pattern)
                kwd_attrs.append(t.value)
                kwd_patterns.append(pattern)
            else:
                pattern = self.parse_pattern()
                if kwd_attrs:
                    self.error_node('positional patterns follow keyword '
                                    'patterns', pattern)
                patterns.append(pattern)
            if not self.eat_op(','):
                break
        self.expect_op(')')
        return ast.MatchClass(cls, patterns, kwd_attrs, kwd_patterns,
                              tok.lineno, tok.col)


def singleton_value(name):
    """The NameConst value of None/True/False, else -1."""
    if name == 'None':
        return ast.CONST_NONE
    if name == 'True':
        return ast.CONST_TRUE
    if name == 'False':
        return ast.CONST_FALSE
    return -1
