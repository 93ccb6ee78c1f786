"""Compilation of the match statement (PEP 634): a mixin of
compiler.CodeBuilder.

A pattern's code takes the value it matches from the top of the stack and
consumes it.  On success it falls through; on failure it jumps to the
label of the current case that pops the items still on the stack above
the case's base (match_fail_pops[n] pops n of them) and goes on with the
next case.  match_on_top counts those items at each point of the code,
statically.  Names are bound as soon as their sub-pattern matches (PEP 634
allows a failed pattern to leave bindings made so far).

Bytecode shapes (x: the value matched):
  value:     [x] LOAD v; COMPARE_OP ==; POP_JUMP_IF_FALSE fail
  sequence:  [x] MATCH_SEQUENCE; POP_JUMP_IF_FALSE fail; GET_LEN ...;
             UNPACK_SEQUENCE/UNPACK_EX; sub-patterns
  mapping:   [x] MATCH_MAPPING ...; keys; BUILD_TUPLE; MATCH_KEYS;
             None check; UNPACK_SEQUENCE; sub-patterns;
             COPY_DICT_WITHOUT_KEYS for **rest
  class:     [x] cls; names; MATCH_CLASS npos; None check;
             UNPACK_SEQUENCE; sub-patterns
"""

from rpython.rlib.runicode import unicode_encode_utf_8

from pypy.interpreter import astnodes as ast
from pypy.interpreter import opcodes as op
from pypy.objspace.strobject import repr_unicode


class MatchCompiler(object):
    _mixin_ = True

    def init_match_state(self):
        self.match_fail_pops = []    # labels: [n] pops n items, then fails
        self.match_on_top = 0
        self.match_names = []        # names bound so far by the pattern

    def visit_Match(self, node):
        self.visit_expr(node.subject)
        l_end = self.new_label()
        saved_pops = self.match_fail_pops
        saved_top = self.match_on_top
        saved_names = self.match_names
        n = len(node.cases)
        for i in range(n):
            case = node.cases[i]
            last = i == n - 1
            self.lineno = case.lineno
            # the subject stays below a copy until the last case
            if not last:
                self.emit(op.DUP_TOP)
            self.match_fail_pops = []
            self.match_on_top = 1
            self.match_names = []
            self.compile_pattern(case.pattern,
                                 last or case.guard is not None)
            if case.guard is not None:
                self.visit_expr(case.guard)
                self.emit(op.POP_JUMP_IF_FALSE, self.fail_label())
            if not last:
                self.emit(op.POP_TOP)
            self.visit_body(case.body)
            self.lineno = case.lineno
            self.emit(op.JUMP_ABSOLUTE, l_end)
            self.emit_fail_pops()
        self.place(l_end)
        self.match_fail_pops = saved_pops
        self.match_on_top = saved_top
        self.match_names = saved_names

    # ---- failure ----

    def fail_label(self):
        """The label to jump to on failure, with match_on_top items (the
        jumping instruction has popped its operand) above the base."""
        n = self.match_on_top
        while len(self.match_fail_pops) <= n:
            self.match_fail_pops.append(self.new_label())
        return self.match_fail_pops[n]

    def emit_fail_pops(self):
        """The failure exits: a chain of POP_TOPs entered at the depth of
        the failing instruction; the next code is where failure goes."""
        pops = self.match_fail_pops
        i = len(pops) - 1
        while i > 0:
            self.place(pops[i])
            self.emit(op.POP_TOP)
            i -= 1
        if pops:
            self.place(pops[0])

    def jump_if_false_to_fail(self):
        """[.., x, bool]: the bool is popped, x (counted) stays."""
        self.emit(op.POP_JUMP_IF_FALSE, self.fail_label())

    def jump_if_none_to_fail(self):
        """[.., x]: fail if x is None (x stays, counted)."""
        self.emit(op.DUP_TOP)
        self.load_none()
        self.emit(op.COMPARE_OP, op.CMP_IS_NOT)
        self.jump_if_false_to_fail()

    def store_capture(self, name, node):
        """Binds the matched value to `name` (None: the wildcard)."""
        if name is None:
            self.emit(op.POP_TOP)
        else:
            if name in self.match_names:
                self.error("multiple assignments to name '%s' in pattern"
                           % name, node)
            self.match_names.append(name)
            self.store_name(name)
        self.match_on_top -= 1

    # ---- patterns ----

    def compile_pattern(self, node, allow_irrefutable):
        """allow_irrefutable: a pattern that always matches may stand here
        (it may not where cases or alternatives would follow it)."""
        saved = self.lineno
        self.lineno = node.lineno
        if isinstance(node, ast.MatchAs):
            self.compile_match_as(node, allow_irrefutable)
        elif isinstance(node, ast.MatchValue):
            self.visit_expr(node.value)
            self.compare_to_fail(op.CMP_EQ)
        elif isinstance(node, ast.MatchSingleton):
            self.visit_NameConst(ast.NameConst(node.value, node.lineno,
                                               node.col_offset))
            self.compare_to_fail(op.CMP_IS)
        elif isinstance(node, ast.MatchSequence):
            self.compile_match_sequence(node)
        elif isinstance(node, ast.MatchMapping):
            self.compile_match_mapping(node)
        elif isinstance(node, ast.MatchClass):
            self.compile_match_class(node)
        elif isinstance(node, ast.MatchOr):
            self.compile_match_or(node, allow_irrefutable)
        else:
            self.error('invalid pattern', node)
        self.lineno = saved

    def compare_to_fail(self, cmp):
        self.emit(op.COMPARE_OP, cmp)
        self.match_on_top -= 1
        self.jump_if_false_to_fail()

    def compile_match_as(self, node, allow_irrefutable):
        if node.pattern is None:
            if not allow_irrefutable:
                if node.name is None:
                    self.error('wildcard makes remaining patterns '
                               'unreachable', node)
                self.error("name capture '%s' makes remaining patterns "
                           "unreachable" % node.name, node)
        else:
            self.emit(op.DUP_TOP)
            self.match_on_top += 1
            self.compile_pattern(node.pattern, allow_irrefutable)
        self.store_capture(node.name, node)

    def check_length(self, n, cmp):
        """[.., x]: fail unless len(x) cmp n."""
        self.emit(op.GET_LEN)
        self.load_int(n)
        self.emit(op.COMPARE_OP, cmp)
        self.jump_if_false_to_fail()

    def compile_match_sequence(self, node):
        patterns = node.patterns
        n = len(patterns)
        star = -1
        for i in range(n):
            if isinstance(patterns[i], ast.MatchStar):
                if star >= 0:
                    self.error('multiple starred names in sequence pattern',
                               node)
                star = i
        self.emit(op.MATCH_SEQUENCE)
        self.jump_if_false_to_fail()
        if star < 0:
            self.check_length(n, op.CMP_EQ)
            self.emit(op.UNPACK_SEQUENCE, n)
        else:
            if n > 1:
                self.check_length(n - 1, op.CMP_GE)
            after = n - star - 1
            if star >= 256 or after >= (1 << 16):
                self.error('too many sub-patterns in sequence pattern', node)
            self.emit(op.UNPACK_EX, star | (after << 8))
        self.match_on_top += n - 1
        for sub in patterns:
            if isinstance(sub, ast.MatchStar):
                self.store_capture(sub.name, sub)
            else:
                self.compile_pattern(sub, True)

    def compile_match_mapping(self, node):
        keys = node.keys
        n = len(keys)
        self.emit(op.MATCH_MAPPING)
        self.jump_if_false_to_fail()
        if n == 0 and node.rest is None:
            self.emit(op.POP_TOP)
            self.match_on_top -= 1
            return
        if n > 0:
            self.check_length(n, op.CMP_GE)
        self.check_duplicate_keys(node)
        self.visit_exprs(keys)
        self.emit(op.BUILD_TUPLE, n)
        self.emit(op.MATCH_KEYS)
        self.match_on_top += 2
        self.jump_if_none_to_fail()
        self.emit(op.UNPACK_SEQUENCE, n)
        self.match_on_top += n - 1
        for sub in node.patterns:
            self.compile_pattern(sub, True)
        # [.., x, keys]
        if node.rest is not None:
            self.emit(op.COPY_DICT_WITHOUT_KEYS)
            self.match_on_top -= 1
            self.store_capture(node.rest, node)
        else:
            self.emit(op.POP_TOP)
            self.emit(op.POP_TOP)
            self.match_on_top -= 2

    def check_duplicate_keys(self, node):
        seen = []
        for key in node.keys:
            text = self.literal_key_repr(key)
            if text is None:
                continue
            if text in seen:
                self.error('mapping pattern checks duplicate key (%s)' % text,
                           node)
            seen.append(text)

    def literal_key_repr(self, key):
        """repr() of a literal mapping key, or None for keys checked when
        the pattern runs (dotted names, and the rarer literals)."""
        if isinstance(key, ast.Attribute):
            return None
        if isinstance(key, ast.StrConst):
            u = repr_unicode(key.value)
            return unicode_encode_utf_8(u, len(u), 'strict',
                                        allow_surrogates=True)
        if isinstance(key, ast.IntConst):
            return str(key.value)
        if isinstance(key, ast.NameConst):
            if key.value == ast.CONST_NONE:
                return 'None'
            if key.value == ast.CONST_TRUE:
                return 'True'
            return 'False'
        return None

    def compile_match_class(self, node):
        self.visit_expr(node.cls)
        names_w = []
        for name in node.kwd_attrs:
            names_w.append(self.w_text(name))
        self.load_const('', self.space.newtuple(names_w))
        npos = len(node.patterns)
        self.emit(op.MATCH_CLASS, npos)
        self.jump_if_none_to_fail()
        total = npos + len(node.kwd_patterns)
        self.emit(op.UNPACK_SEQUENCE, total)
        self.match_on_top += total - 1
        for sub in node.patterns:
            self.compile_pattern(sub, True)
        for sub in node.kwd_patterns:
            self.compile_pattern(sub, True)

    def compile_match_or(self, node, allow_irrefutable):
        alts = node.patterns
        l_end = self.new_label()
        names_before = self.match_names
        first_names = []
        for i in range(len(alts)):
            alt = alts[i]
            self.match_names = names_before[:]
            if i < len(alts) - 1:
                # an alternative matches a copy; its failure goes on with
                # the next alternative
                saved_pops = self.match_fail_pops
                saved_top = self.match_on_top
                self.emit(op.DUP_TOP)
                self.match_fail_pops = []
                self.match_on_top = 1
                self.compile_pattern(alt, False)
                self.emit(op.POP_TOP)
                self.emit(op.JUMP_ABSOLUTE, l_end)
                self.emit_fail_pops()
                self.match_fail_pops = saved_pops
                self.match_on_top = saved_top
            else:
                self.compile_pattern(alt, allow_irrefutable)
            bound = self.match_names[len(names_before):]
            if i == 0:
                first_names = bound
            elif not same_names(first_names, bound):
                self.error('alternative patterns bind different names', alt)
        self.place(l_end)
        self.match_names = names_before + first_names


def same_names(a, b):
    if len(a) != len(b):
        return False
    for name in a:
        if name not in b:
            return False
    return True
