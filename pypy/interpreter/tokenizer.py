"""The tokenizer: turns UTF-8 source bytes into a list of Tokens.

Errors are not raised directly: the tokenizer stops at the first error and
ends the token list with an ERRORTOKEN that carries the CompileError, so
that the parser reports it only when it actually reaches that point (as
CPython's lazy tokenizer does).
"""

from pypy.interpreter.error import CompileError

ENDMARKER = 0
NAME = 1
NUMBER = 2
STRING = 3
OP = 4
NEWLINE = 5
INDENT = 6
DEDENT = 7
ERRORTOKEN = 8

tok_names = ['ENDMARKER', 'NAME', 'NUMBER', 'STRING', 'OP', 'NEWLINE',
             'INDENT', 'DEDENT', 'ERRORTOKEN']

MAXLEVEL = 200         # nested brackets
MAXINDENT = 100        # nested indentation levels
TABSIZE = 8

OPERATORS_3 = ['**=', '//=', '>>=', '<<=', '...', '!=']
OPERATORS_2 = ['**', '//', '>>', '<<', '<=', '>=', '==', '!=', '->', ':=',
               '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=']
OPERATORS_1 = '+-*/%&|^~<>()[]{},:;.=@'

KEYWORDS_AFTER_NUMBER = ['and', 'else', 'for', 'if', 'in', 'is', 'not', 'or']


class Token(object):
    def __init__(self, type, value, lineno, col, end_lineno, end_col):
        self.type = type
        self.value = value
        self.lineno = lineno
        self.col = col              # byte offset in the line, 0-based
        self.end_lineno = end_lineno
        self.end_col = end_col
        self.error = None           # CompileError, for ERRORTOKEN

    def __repr__(self):
        return 'Token(%s, %r, %d, %d)' % (tok_names[self.type], self.value,
                                          self.lineno, self.col)


def is_ident_start(c):
    return ('a' <= c <= 'z') or ('A' <= c <= 'Z') or c == '_' or ord(c) >= 128


def is_ident_char(c):
    return (('a' <= c <= 'z') or ('A' <= c <= 'Z') or c == '_' or
            ('0' <= c <= '9') or ord(c) >= 128)


def is_digit(c):
    return '0' <= c <= '9'


def is_hex_digit(c):
    return ('0' <= c <= '9') or ('a' <= c <= 'f') or ('A' <= c <= 'F')


def is_string_prefix(s):
    low = s.lower()
    return low in ('r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf')


def char_offset(line, col):
    """1-based character offset of byte column `col` in the UTF-8 `line`."""
    n = 0
    i = 0
    if col > len(line):
        col = len(line)
    while i < col:
        if (ord(line[i]) & 0xC0) != 0x80:
            n += 1
        i += 1
    return n + 1


def split_lines(source):
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        if source[i] == '\n':
            assert start >= 0
            assert start >= 0 and i >= 0
            lines.append(source[start:i + 1])
            start = i + 1
        i += 1
    if start < n:
        assert start >= 0
        assert start >= 0 and n >= 0
        lines.append(source[start:n])
    return lines


def normalize_newlines(source):
    if '\r' not in source:
        return source
    result = []
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\r':
            result.append('\n')
            if i + 1 < n and source[i + 1] == '\n':
                i += 1
        else:
            result.append(c)
        i += 1
    return ''.join(result)


class Tokenizer(object):
    def __init__(self, source):
        source = normalize_newlines(source)
        if source.startswith('\xef\xbb\xbf'):
            source = source[3:]
        self.source = source
        self.lines = split_lines(source)
        self.tokens = []
        self.pos = 0
        self.lineno = 1
        self.line_start = 0
        self.parens = []          # opening bracket chars
        self.paren_lines = []
        self.paren_cols = []
        self.indents = [0]
        self.altindents = [0]

    def line_text(self, lineno):
        if 1 <= lineno <= len(self.lines):
            return self.lines[lineno - 1]
        return ''

    def error(self, msg, lineno, col, kind='SyntaxError'):
        text = self.line_text(lineno)
        raise CompileError(msg, lineno, char_offset(text, col), text, kind)

    def error_here(self, msg, pos):
        self.error(msg, self.lineno, pos - self.line_start)

    def add(self, type, value, start, end):
        # start/end: absolute positions on the current line
        tok = Token(type, value, self.lineno, start - self.line_start,
                    self.lineno, end - self.line_start)
        self.tokens.append(tok)

    def tokenize(self):
        try:
            self._tokenize()
        except CompileError as e:
            tok = Token(ERRORTOKEN, '', e.lineno, 0, e.lineno, 0)
            tok.error = e
            self.tokens.append(tok)
        return self.tokens

    def newline(self, pos):
        # called with pos just after a '\n'
        self.lineno += 1
        self.line_start = pos

    def _tokenize(self):
        src = self.source
        n = len(src)
        pos = 0
        at_line_start = True
        while True:
            if at_line_start:
                at_line_start = False
                # measure the indentation
                col = 0
                altcol = 0
                while pos < n:
                    c = src[pos]
                    if c == ' ':
                        col += 1
                        altcol += 1
                    elif c == '\t':
                        col = (col // TABSIZE + 1) * TABSIZE
                        altcol += 1
                    elif c == '\x0c':
                        col = 0
                        altcol = 0
                    else:
                        break
                    pos += 1
                if pos >= n:
                    break
                c = src[pos]
                if c == '#' or c == '\n':
                    while pos < n and src[pos] != '\n':
                        pos += 1
                    if pos < n:
                        pos += 1
                        self.newline(pos)
                        at_line_start = True
                        continue
                    break
                self.handle_indent(col, altcol, pos)
            if pos >= n:
                break
            c = src[pos]
            if c == ' ' or c == '\t' or c == '\x0c':
                pos += 1
                continue
            if c == '#':
                while pos < n and src[pos] != '\n':
                    pos += 1
                continue
            if c == '\n':
                if not self.parens:
                    self.add(NEWLINE, '', pos, pos + 1)
                    at_line_start = True
                pos += 1
                self.newline(pos)
                continue
            if c == '\\':
                if pos + 1 >= n:
                    self.error_here('unexpected EOF while parsing', pos + 1)
                if src[pos + 1] != '\n':
                    self.error_here('unexpected character after line '
                                    'continuation character', pos + 1)
                pos += 2
                self.newline(pos)
                if pos >= n:
                    self.error('unexpected EOF while parsing', self.lineno - 1,
                               len(self.line_text(self.lineno - 1)))
                continue
            if is_ident_start(c):
                start = pos
                while pos < n and is_ident_char(src[pos]):
                    pos += 1
                assert start >= 0 and pos >= 0
                word = src[start:pos]
                if (pos < n and (src[pos] == '"' or src[pos] == "'") and
                        is_string_prefix(word)):
                    pos = self.read_string(start, pos)
                    continue
                self.check_identifier(word, start)
                self.add(NAME, word, start, pos)
                continue
            if is_digit(c) or (c == '.' and pos + 1 < n and
                               is_digit(src[pos + 1])):
                pos = self.read_number(pos)
                continue
            if c == '"' or c == "'":
                pos = self.read_string(pos, pos)
                continue
            # operators
            if pos + 3 <= n:
                assert pos >= 0
                op = src[pos:pos + 3]
                if op in OPERATORS_3:
                    self.add(OP, op, pos, pos + 3)
                    pos += 3
                    continue
            if pos + 2 <= n:
                assert pos >= 0
                op = src[pos:pos + 2]
                if op in OPERATORS_2:
                    self.add(OP, op, pos, pos + 2)
                    pos += 2
                    continue
            if c in OPERATORS_1:
                if c == '(' or c == '[' or c == '{':
                    if len(self.parens) >= MAXLEVEL:
                        self.error_here('too many nested parentheses', pos)
                    self.parens.append(c)
                    self.paren_lines.append(self.lineno)
                    self.paren_cols.append(pos - self.line_start)
                elif c == ')' or c == ']' or c == '}':
                    if not self.parens:
                        self.error_here("unmatched '%s'" % c, pos)
                    opening = self.parens.pop()
                    oline = self.paren_lines.pop()
                    self.paren_cols.pop()
                    if not ((opening == '(' and c == ')') or
                            (opening == '[' and c == ']') or
                            (opening == '{' and c == '}')):
                        if oline != self.lineno:
                            self.error_here(
                                "closing parenthesis '%s' does not match "
                                "opening parenthesis '%s' on line %d" % (
                                    c, opening, oline), pos)
                        self.error_here(
                            "closing parenthesis '%s' does not match "
                            "opening parenthesis '%s'" % (c, opening), pos)
                self.add(OP, c, pos, pos + 1)
                pos += 1
                continue
            # anything else: an operator-like token the parser rejects
            if c == '!' or c == '$' or c == '?' or c == '`':
                self.add(OP, c, pos, pos + 1)
                pos += 1
                continue
            if ord(c) < 32 or ord(c) == 127:
                self.error_here('invalid non-printable character U+%s' %
                                hex4(ord(c)), pos)
            self.error_here("invalid character '%s' (U+%s)" % (c, hex4(ord(c))),
                            pos)
        # end of input
        if self.parens:
            opening = self.parens[-1]
            self.error("'%s' was never closed" % opening, self.paren_lines[-1],
                       self.paren_cols[-1])
        if self.tokens and self.tokens[-1].type not in (NEWLINE, DEDENT,
                                                          INDENT):
            tok = self.tokens[-1]
            self.tokens.append(Token(NEWLINE, '', tok.end_lineno, tok.end_col,
                                     tok.end_lineno, tok.end_col + 1))
        lineno = self.lineno
        if pos > self.line_start:
            lineno = self.lineno
        while len(self.indents) > 1:
            self.indents.pop()
            self.altindents.pop()
            self.tokens.append(Token(DEDENT, '', lineno, 0, lineno, 0))
        self.tokens.append(Token(ENDMARKER, '', lineno, 0, lineno, 0))

    def check_identifier(self, word, start):
        # reject non-printable or obviously invalid non-ASCII characters
        for i in range(len(word)):
            c = word[i]
            if ord(c) >= 128:
                self.check_unicode_ident(word, start)
                return

    def check_unicode_ident(self, word, start):
        from rpython.rlib.runicode import str_decode_utf_8
        try:
            u, _ = str_decode_utf_8(word, len(word), 'strict', final=True)
        except UnicodeDecodeError:
            self.error_here('invalid utf-8 in identifier', start)
            return
        # a very rough approximation of the XID properties: reject the
        # Latin-1 punctuation/symbol block and a few common symbols
        for ch in u:
            code = ord(ch)
            if code < 0x80:
                continue
            if code < 0xa0:
                self.error_here('invalid non-printable character U+%s' %
                                hex4(code), start)
            if ((0xa0 <= code <= 0xbf and code != 0xaa and code != 0xb5 and
                    code != 0xba) or code == 0xd7 or code == 0xf7 or
                    (0x2000 <= code <= 0x206f) or
                    (0x2190 <= code <= 0x2bff) or
                    (0x3000 <= code <= 0x3003) or code == 0xfeff):
                self.error_here("invalid character '%s' (U+%s)" % (
                    encode_one(code), hex4(code)), start)

    def handle_indent(self, col, altcol, pos):
        if self.parens:
            return
        top = self.indents[-1]
        if col == top:
            if altcol != self.altindents[-1]:
                self.tab_error(pos)
        elif col > top:
            if altcol <= self.altindents[-1]:
                self.tab_error(pos)
            if len(self.indents) >= MAXINDENT:
                self.error('too many levels of indentation', self.lineno,
                           pos - self.line_start, 'IndentationError')
            self.indents.append(col)
            self.altindents.append(altcol)
            self.add(INDENT, '', self.line_start, pos)
        else:
            while len(self.indents) > 1 and col < self.indents[-1]:
                self.indents.pop()
                self.altindents.pop()
                self.add(DEDENT, '', pos, pos)
            if col != self.indents[-1]:
                text = self.line_text(self.lineno)
                self.error('unindent does not match any outer indentation '
                           'level', self.lineno, len(text) - 1,
                           'IndentationError')
            if altcol != self.altindents[-1]:
                self.tab_error(pos)

    def tab_error(self, pos):
        self.error('inconsistent use of tabs and spaces in indentation',
                   self.lineno, 0, 'TabError')

    def read_number(self, start):
        src = self.source
        n = len(src)
        pos = start
        c = src[pos]
        if c == '0' and pos + 1 < n and src[pos + 1] in 'xXoObB':
            kind = src[pos + 1].lower()
            pos += 2
            if kind == 'x':
                name = 'hexadecimal'
            elif kind == 'o':
                name = 'octal'
            else:
                name = 'binary'
            ndigits = 0
            while True:
                if pos < n and src[pos] == '_':
                    pos += 1
                if pos < n and self.digit_ok(kind, src[pos]):
                    while pos < n and self.digit_ok(kind, src[pos]):
                        pos += 1
                        ndigits += 1
                    if pos < n and src[pos] == '_':
                        continue
                    break
                else:
                    if pos < n and is_digit(src[pos]) and kind != 'x':
                        self.error_here('invalid digit \'%s\' in %s literal'
                                        % (src[pos], name), pos)
                    self.error_here('invalid %s literal' % name, pos - 1)
            if pos < n and is_digit(src[pos]):
                self.error_here('invalid digit \'%s\' in %s literal'
                                % (src[pos], name), pos)
            self.check_end_of_number(pos, name, pos - 1)
            assert start >= 0 and pos >= 0
            self.add(NUMBER, src[start:pos], start, pos)
            return pos
        is_float = False
        if c != '.':
            pos = self.read_decimal(pos)
            if c == '0':
                # leading zeros only allowed if all zeros, or a float
                allzero = True
                for i in range(start, pos):
                    if src[i] != '0' and src[i] != '_':
                        allzero = False
                if not allzero:
                    if not (pos < n and src[pos] in '.eEjJ'):
                        self.error('leading zeros in decimal integer '
                                   'literals are not permitted; use an 0o '
                                   'prefix for octal integers', self.lineno,
                                   start - self.line_start)
        if pos < n and src[pos] == '.':
            is_float = True
            pos += 1
            if pos < n and is_digit(src[pos]):
                pos = self.read_decimal(pos)
        if pos < n and src[pos] in 'eE':
            save = pos
            pos += 1
            if pos < n and src[pos] in '+-':
                pos += 1
            if pos < n and is_digit(src[pos]):
                pos = self.read_decimal(pos)
                is_float = True
            else:
                pos = save
                self.check_end_of_number(pos, 'decimal', start)
        if pos < n and src[pos] in 'jJ':
            pos += 1
        self.check_end_of_number(pos, 'decimal', start)
        assert start >= 0 and pos >= 0
        self.add(NUMBER, src[start:pos], start, pos)
        return pos

    def digit_ok(self, kind, c):
        if kind == 'x':
            return is_hex_digit(c)
        if kind == 'o':
            return '0' <= c <= '7'
        return c == '0' or c == '1'

    def read_decimal(self, pos):
        src = self.source
        n = len(src)
        while True:
            while pos < n and is_digit(src[pos]):
                pos += 1
            if pos < n and src[pos] == '_':
                pos += 1
                if not (pos < n and is_digit(src[pos])):
                    self.error_here('invalid decimal literal', pos - 1)
            else:
                return pos

    def check_end_of_number(self, pos, name, errpos):
        src = self.source
        n = len(src)
        if pos < n and is_ident_char(src[pos]):
            for kw in KEYWORDS_AFTER_NUMBER:
                end = pos + len(kw)
                assert pos >= 0
                if (src[pos:end] == kw and
                        (end >= n or not is_ident_char(src[end]))):
                    return
            self.error_here('invalid %s literal' % name, errpos)

    def read_string(self, start, qpos):
        """start: beginning of the prefix; qpos: the opening quote."""
        src = self.source
        n = len(src)
        quote = src[qpos]
        start_lineno = self.lineno
        start_col = start - self.line_start
        triple = (qpos + 2 < n and src[qpos + 1] == quote and
                  src[qpos + 2] == quote)
        if triple:
            pos = qpos + 3
        else:
            pos = qpos + 1
        while True:
            if pos >= n:
                if triple:
                    last = self.lineno
                    if n > 0 and src[n - 1] == '\n':
                        last -= 1
                    self.error('unterminated triple-quoted string literal '
                               '(detected at line %d)' % last,
                               start_lineno, start_col)
                self.error('unterminated string literal (detected at line '
                           '%d)' % self.lineno, start_lineno, start_col)
            c = src[pos]
            if c == '\\':
                if pos + 1 < n and src[pos + 1] == '\n':
                    pos += 2
                    self.newline(pos)
                    continue
                pos += 2
                continue
            if c == '\n':
                if not triple:
                    self.error('unterminated string literal (detected at '
                               'line %d)' % self.lineno, start_lineno,
                               start_col)
                pos += 1
                self.newline(pos)
                continue
            if c == quote:
                if not triple:
                    pos += 1
                    break
                if (pos + 2 < n and src[pos + 1] == quote and
                        src[pos + 2] == quote):
                    pos += 3
                    break
            pos += 1
        if pos > n:
            pos = n
        assert start >= 0 and pos >= 0
        tok = Token(STRING, src[start:pos], start_lineno, start_col,
                    self.lineno, pos - self.line_start)
        self.tokens.append(tok)
        return pos


def hex4(code):
    digits = '0123456789ABCDEF'
    s = ''
    while code > 0:
        s = digits[code & 15] + s
        code >>= 4
    while len(s) < 4:
        s = '0' + s
    return s


def encode_one(code):
    from rpython.rlib.runicode import unicode_encode_utf_8, code_to_unichr
    u = code_to_unichr(code)
    return unicode_encode_utf_8(u, len(u), 'strict', allow_surrogates=True)


def tokenize(source):
    return Tokenizer(source).tokenize()
