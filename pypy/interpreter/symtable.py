"""Scope analysis: decides for every name of every scope whether it is a
local, a global, a cell or a free variable."""

from rpython.rlib.listsort import TimSort
from pypy.interpreter import astnodes as ast
from pypy.interpreter.error import CompileError
from pypy.interpreter.tokenizer import char_offset

# symbol flags
DEF_LOCAL = 1
DEF_PARAM = 2
DEF_GLOBAL = 4
DEF_NONLOCAL = 8
USE = 16
DEF_COMP_ITER = 32
DEF_ANNOT = 64

# resolved scopes
SC_UNKNOWN = 0
SC_LOCAL = 1
SC_GLOBAL_EXPLICIT = 2
SC_GLOBAL_IMPLICIT = 3
SC_FREE = 4
SC_CELL = 5

# scope kinds
MODULE = 0
FUNCTION = 1
CLASS = 2

MAX_DEPTH = 1000


def binop_spine(node):
    """The BinOps down the left side of node, node first: a+b+c+... is
    walked by a loop over them, not by recursion as deep as the chain is
    long."""
    spine = []
    cur = node
    while isinstance(cur, ast.BinOp):
        spine.append(cur)
        cur = cur.left
    return spine


def mangle(class_name, name):
    if not class_name:
        return name
    if not name.startswith('__') or name.endswith('__') or '.' in name:
        return name
    i = 0
    while i < len(class_name) and class_name[i] == '_':
        i += 1
    if i == len(class_name):
        return name
    assert i >= 0
    return '_' + class_name[i:] + name


class Scope(object):
    def __init__(self, name, kind, lineno, col):
        self.name = name
        self.kind = kind
        self.lineno = lineno
        self.col = col
        self.symbols = {}          # name -> flags
        self.order = []            # names in order of first appearance
        self.varnames = []         # parameters first, then locals (FUNCTION)
        self.children = []
        self.parent = None
        self.is_generator = False
        self.is_coroutine = False  # `async def`
        self.is_comprehension = False
        self.is_lambda = False
        self.needs_class_cell = False
        self.class_name = ''       # for mangling
        self.resolved = {}         # name -> SC_*
        self.cellvars = []
        self.freevars = []
        self.has_vararg = False
        self.has_kwarg = False
        self.comp_iter_target = False
        self.nonlocal_nodes = {}   # name -> the Nonlocal statement

    def add(self, name, flags):
        if name in self.symbols:
            self.symbols[name] = self.symbols[name] | flags
        else:
            self.symbols[name] = flags
            self.order.append(name)

    def flags_of(self, name):
        return self.symbols.get(name, 0)

    def lookup(self, name):
        """The resolved SC_* for `name`."""
        sc = self.resolved.get(name, SC_UNKNOWN)
        if sc == SC_UNKNOWN:
            # never seen during the analysis: a global
            if self.kind == CLASS or self.kind == MODULE:
                return SC_GLOBAL_IMPLICIT
            return SC_GLOBAL_IMPLICIT
        return sc


class SymtableBuilder(ast.ASTVisitor):

    def __init__(self, lines):
        self.lines = lines
        self.scopes = {}       # AST node -> Scope
        self.stack = []
        self.scope = None
        self.depth = 0
        self.class_name = ''

    def error(self, msg, lineno, col):
        text = ''
        if 1 <= lineno <= len(self.lines):
            text = self.lines[lineno - 1]
        raise CompileError(msg, lineno, char_offset(text, col), text)

    def error_node(self, msg, node):
        self.error(msg, node.lineno, node.col_offset)

    # ---- scopes ----

    def push_scope(self, node, name, kind):
        scope = Scope(name, kind, node.lineno, node.col_offset)
        scope.class_name = self.class_name
        if self.scope is not None:
            self.scope.children.append(scope)
            scope.parent = self.scope
        self.stack.append(scope)
        self.scope = scope
        self.scopes[node] = scope
        return scope

    def pop_scope(self):
        self.stack.pop()
        if self.stack:
            self.scope = self.stack[-1]
        else:
            self.scope = None

    def mangle(self, name):
        return mangle(self.class_name, name)

    def note_name(self, name, flags, node):
        name = self.mangle(name)
        scope = self.scope
        old = scope.flags_of(name)
        if flags & DEF_PARAM and old & DEF_PARAM:
            self.error_node("duplicate argument '%s' in function definition"
                            % name, node)
        scope.add(name, flags)
        if flags & DEF_PARAM:
            scope.varnames.append(name)
        if (flags & DEF_LOCAL) and scope.kind == FUNCTION:
            if name not in scope.varnames:
                scope.varnames.append(name)

    # ---- entry ----

    def build(self, tree):
        top = self.push_scope(tree, 'top', MODULE)
        if isinstance(tree, ast.Module):
            self.visit_body(tree.body)
        elif isinstance(tree, ast.Interactive):
            self.visit_body(tree.body)
        elif isinstance(tree, ast.Expression):
            self.visit_expr(tree.body)
        self.pop_scope()
        self.analyze(top, {}, {})
        return top

    # ---- analysis ----

    def analyze(self, scope, bound, global_names):
        """bound: names bound by enclosing function scopes (visible to
        nested scopes); global_names: names declared global in enclosing
        scopes.  Returns the names free in `scope` (needing a cell from an
        enclosing scope)."""
        local = {}
        for name in scope.order:
            flags = scope.symbols[name]
            if flags & DEF_GLOBAL:
                scope.resolved[name] = SC_GLOBAL_EXPLICIT
            elif flags & DEF_NONLOCAL:
                if name not in bound:
                    node = scope.nonlocal_nodes[name]
                    self.error("no binding for nonlocal '%s' found" % name,
                               node.lineno, node.col_offset)
                scope.resolved[name] = SC_FREE
            elif flags & (DEF_LOCAL | DEF_PARAM | DEF_ANNOT):
                scope.resolved[name] = SC_LOCAL
                local[name] = True
            elif name in bound and not (scope.kind == MODULE):
                scope.resolved[name] = SC_FREE
            else:
                scope.resolved[name] = SC_GLOBAL_IMPLICIT
        # what nested scopes can see
        new_bound = {}
        new_globals = {}
        for name in global_names:
            new_globals[name] = True
        if scope.kind != MODULE:
            for name in bound:
                new_bound[name] = True
        if scope.kind == FUNCTION:
            for name in local:
                new_bound[name] = True
                if name in new_globals:
                    del new_globals[name]
        for name in scope.order:
            if scope.resolved[name] == SC_GLOBAL_EXPLICIT:
                new_globals[name] = True
                if name in new_bound:
                    del new_bound[name]
        if scope.kind == CLASS:
            new_bound['__class__'] = True
        child_free = {}
        child_free_order = []
        for child in scope.children:
            free = self.analyze(child, new_bound, new_globals)
            for name in free:
                if name not in child_free:
                    child_free[name] = True
                    child_free_order.append(name)
        # names needed by children
        for name in child_free_order:
            if scope.kind == CLASS and name == '__class__':
                scope.needs_class_cell = True
                continue
            sc = scope.resolved.get(name, SC_UNKNOWN)
            if scope.kind == FUNCTION and sc == SC_LOCAL:
                scope.resolved[name] = SC_CELL
            elif sc == SC_CELL:
                pass
            elif sc == SC_FREE:
                pass
            elif scope.kind == CLASS and sc == SC_LOCAL:
                # the class binds the name itself but a method reads the
                # enclosing function's cell: pass the cell through
                if name not in scope.freevars:
                    scope.freevars.append(name)
            elif sc == SC_GLOBAL_EXPLICIT:
                pass
            elif name in bound:
                scope.resolved[name] = SC_FREE
                if name not in scope.symbols:
                    scope.order.append(name)
                    scope.symbols[name] = 0
        result = []
        for name in scope.order:
            sc = scope.resolved[name]
            if sc == SC_FREE:
                result.append(name)
                if name not in scope.freevars:
                    scope.freevars.append(name)
            elif sc == SC_CELL:
                scope.cellvars.append(name)
        if scope.needs_class_cell:
            scope.cellvars.append('__class__')
        # like CPython, cells and free variables are sorted by name
        TimSort(scope.cellvars).sort()     # RPython lists have no .sort()
        TimSort(scope.freevars).sort()
        # pass-through free variables of classes are free here too
        for name in scope.freevars:
            if name not in result:
                result.append(name)
        return result

    # ---- statements ----

    def visit_body(self, body):
        for stmt in body:
            self.visit_stmt(stmt)

    def visit_stmt(self, node):
        self.depth += 1
        if self.depth > MAX_DEPTH:
            self.error_node('too many nested statements', node)
        node.walkabout(self)
        self.depth -= 1

    def visit_expr(self, node):
        self.depth += 1
        if self.depth > MAX_DEPTH:
            self.error_node('too many nested expressions', node)
        node.walkabout(self)
        self.depth -= 1

    def visit_opt_expr(self, node):
        if node is not None:
            self.visit_expr(node)

    def visit_exprs(self, nodes):
        for node in nodes:
            if node is not None:
                self.visit_expr(node)

    def visit_arguments_defaults(self, args):
        self.visit_exprs(args.defaults)
        self.visit_exprs(args.kw_defaults)

    def visit_annotations(self, args):
        for a in args.posonlyargs:
            self.visit_opt_expr(a.annotation)
        for a in args.args:
            self.visit_opt_expr(a.annotation)
        if args.vararg is not None:
            self.visit_opt_expr(args.vararg.annotation)
        for a in args.kwonlyargs:
            self.visit_opt_expr(a.annotation)
        if args.kwarg is not None:
            self.visit_opt_expr(args.kwarg.annotation)

    def visit_params(self, args, scope):
        for a in args.posonlyargs:
            self.note_name(a.arg, DEF_PARAM, a)
        for a in args.args:
            self.note_name(a.arg, DEF_PARAM, a)
        for a in args.kwonlyargs:
            self.note_name(a.arg, DEF_PARAM, a)
        if args.vararg is not None:
            self.note_name(args.vararg.arg, DEF_PARAM, args.vararg)
            scope.has_vararg = True
        if args.kwarg is not None:
            self.note_name(args.kwarg.arg, DEF_PARAM, args.kwarg)
            scope.has_kwarg = True

    def visit_FunctionDef(self, node):
        self.note_name(node.name, DEF_LOCAL, node)
        self.visit_exprs(node.decorator_list)
        self.visit_arguments_defaults(node.args)
        self.visit_annotations(node.args)
        self.visit_opt_expr(node.returns)
        scope = self.push_scope(node, node.name, FUNCTION)
        scope.is_coroutine = node.is_async
        self.visit_params(node.args, scope)
        self.visit_body(node.body)
        self.pop_scope()

    def visit_Lambda(self, node):
        self.visit_arguments_defaults(node.args)
        scope = self.push_scope(node, '<lambda>', FUNCTION)
        scope.is_lambda = True
        self.visit_params(node.args, scope)
        self.visit_expr(node.body)
        self.pop_scope()

    def visit_ClassDef(self, node):
        self.note_name(node.name, DEF_LOCAL, node)
        self.visit_exprs(node.decorator_list)
        self.visit_exprs(node.bases)
        for kw in node.keywords:
            self.visit_expr(kw.value)
        saved = self.class_name
        self.push_scope(node, node.name, CLASS)
        self.class_name = node.name
        self.scope.class_name = node.name
        self.visit_body(node.body)
        self.class_name = saved
        self.pop_scope()

    def visit_Return(self, node):
        if self.scope.kind != FUNCTION or self.scope.is_comprehension:
            self.error_node("'return' outside function", node)
        self.visit_opt_expr(node.value)

    def visit_Delete(self, node):
        self.visit_exprs(node.targets)

    def visit_Assign(self, node):
        self.visit_expr(node.value)
        self.visit_exprs(node.targets)

    def visit_AugAssign(self, node):
        self.visit_expr(node.target)
        target = node.target
        if isinstance(target, ast.Name):
            self.note_name(target.id, USE, target)
        self.visit_expr(node.value)

    def visit_AnnAssign(self, node):
        target = node.target
        if isinstance(target, ast.Name):
            name = self.mangle(target.id)
            flags = self.scope.flags_of(name)
            if flags & (DEF_GLOBAL | DEF_NONLOCAL) and node.simple:
                if flags & DEF_GLOBAL:
                    self.error_node("annotated name '%s' can't be global" %
                                    name, node)
                self.error_node("annotated name '%s' can't be nonlocal" %
                                name, node)
            if node.value is not None:
                self.note_name(target.id, DEF_LOCAL, target)
            else:
                self.note_name(target.id, DEF_LOCAL | DEF_ANNOT, target)
        else:
            self.visit_expr(target)
        self.visit_expr(node.annotation)
        self.visit_opt_expr(node.value)

    def visit_For(self, node):
        self.visit_expr(node.iter)
        self.visit_expr(node.target)
        self.visit_body(node.body)
        self.visit_body(node.orelse)

    def visit_While(self, node):
        self.visit_expr(node.test)
        self.visit_body(node.body)
        self.visit_body(node.orelse)

    def visit_If(self, node):
        self.visit_expr(node.test)
        self.visit_body(node.body)
        self.visit_body(node.orelse)

    def visit_With(self, node):
        for item in node.items:
            self.visit_expr(item.context_expr)
            self.visit_opt_expr(item.optional_vars)
        self.visit_body(node.body)

    def visit_Raise(self, node):
        self.visit_opt_expr(node.exc)
        self.visit_opt_expr(node.cause)

    def visit_Try(self, node):
        self.visit_body(node.body)
        for h in node.handlers:
            self.visit_opt_expr(h.type)
            if h.name is not None:
                self.note_name(h.name, DEF_LOCAL, h)
            self.visit_body(h.body)
        self.visit_body(node.orelse)
        self.visit_body(node.finalbody)

    def visit_Match(self, node):
        self.visit_expr(node.subject)
        for case in node.cases:
            self.visit_pattern(case.pattern)
            self.visit_opt_expr(case.guard)
            self.visit_body(case.body)

    def visit_pattern(self, node):
        self.depth += 1
        if self.depth > MAX_DEPTH:
            self.error_node('too many nested patterns', node)
        node.walkabout(self)
        self.depth -= 1

    def visit_patterns(self, nodes):
        for node in nodes:
            self.visit_pattern(node)

    def note_capture(self, name, node):
        if name is not None:
            self.note_name(name, DEF_LOCAL, node)

    def visit_MatchValue(self, node):
        self.visit_expr(node.value)

    def visit_MatchSingleton(self, node):
        pass

    def visit_MatchSequence(self, node):
        self.visit_patterns(node.patterns)

    def visit_MatchMapping(self, node):
        self.visit_exprs(node.keys)
        self.visit_patterns(node.patterns)
        self.note_capture(node.rest, node)

    def visit_MatchClass(self, node):
        self.visit_expr(node.cls)
        self.visit_patterns(node.patterns)
        self.visit_patterns(node.kwd_patterns)

    def visit_MatchStar(self, node):
        self.note_capture(node.name, node)

    def visit_MatchAs(self, node):
        if node.pattern is not None:
            self.visit_pattern(node.pattern)
        self.note_capture(node.name, node)

    def visit_MatchOr(self, node):
        self.visit_patterns(node.patterns)

    def visit_Assert(self, node):
        self.visit_expr(node.test)
        self.visit_opt_expr(node.msg)

    def visit_Import(self, node):
        for alias in node.names:
            if alias.asname is not None:
                self.note_name(alias.asname, DEF_LOCAL, alias)
            else:
                name = alias.name
                dot = name.find('.')
                if dot >= 0:
                    assert dot >= 0
                    name = name[:dot]
                self.note_name(name, DEF_LOCAL, alias)

    def visit_ImportFrom(self, node):
        for alias in node.names:
            if alias.name == '*':
                if self.scope.kind != MODULE:
                    self.error_node('import * only allowed at module level',
                                    node)
                continue
            if alias.asname is not None:
                self.note_name(alias.asname, DEF_LOCAL, alias)
            else:
                self.note_name(alias.name, DEF_LOCAL, alias)

    def visit_Global(self, node):
        scope = self.scope
        for raw in node.names:
            name = self.mangle(raw)
            flags = scope.flags_of(name)
            if flags & DEF_PARAM:
                self.error_node("name '%s' is parameter and global" % name,
                                node)
            if flags & DEF_NONLOCAL:
                self.error_node("name '%s' is nonlocal and global" % name,
                                node)
            if flags & (DEF_LOCAL | DEF_ANNOT):
                self.error_node("name '%s' is assigned to before global "
                                "declaration" % name, node)
            if flags & USE:
                self.error_node("name '%s' is used prior to global "
                                "declaration" % name, node)
            scope.add(name, DEF_GLOBAL)

    def visit_Nonlocal(self, node):
        scope = self.scope
        if scope.kind == MODULE:
            self.error_node('nonlocal declaration not allowed at module '
                            'level', node)
        for raw in node.names:
            name = self.mangle(raw)
            flags = scope.flags_of(name)
            if flags & DEF_PARAM:
                self.error_node("name '%s' is parameter and nonlocal" % name,
                                node)
            if flags & DEF_GLOBAL:
                self.error_node("name '%s' is nonlocal and global" % name,
                                node)
            if flags & (DEF_LOCAL | DEF_ANNOT):
                self.error_node("name '%s' is assigned to before nonlocal "
                                "declaration" % name, node)
            if flags & USE:
                self.error_node("name '%s' is used prior to nonlocal "
                                "declaration" % name, node)
            scope.add(name, DEF_NONLOCAL)
            scope.nonlocal_nodes[name] = node

    def visit_Expr(self, node):
        self.visit_expr(node.value)

    def visit_Pass(self, node):
        pass

    def visit_Break(self, node):
        pass

    def visit_Continue(self, node):
        pass

    # ---- expressions ----

    def visit_BoolOp(self, node):
        self.visit_exprs(node.values)

    def visit_NamedExpr(self, node):
        self.visit_expr(node.value)
        target = node.target
        assert isinstance(target, ast.Name)
        scope = self.scope
        if scope.is_comprehension:
            name = self.mangle(target.id)
            # bind in the nearest enclosing non-comprehension scope
            i = len(self.stack) - 1
            while i >= 0 and self.stack[i].is_comprehension:
                comp = self.stack[i]
                if comp.flags_of(name) & DEF_COMP_ITER:
                    self.error_node("assignment expression cannot rebind "
                                    "comprehension iteration variable '%s'"
                                    % name, target)
                i -= 1
            assert i >= 0
            outer = self.stack[i]
            if outer.kind == CLASS:
                self.error_node('assignment expression within a '
                                'comprehension cannot be used in a class '
                                'body', node)
            j = len(self.stack) - 1
            while j > i:
                comp = self.stack[j]
                if outer.kind == MODULE:
                    comp.add(name, DEF_GLOBAL)
                else:
                    comp.add(name, DEF_NONLOCAL)
                j -= 1
            flags = outer.flags_of(name)
            if outer.kind == FUNCTION and not (flags & (DEF_GLOBAL |
                                                        DEF_NONLOCAL)):
                if name not in outer.varnames:
                    outer.varnames.append(name)
            outer.add(name, DEF_LOCAL)
        else:
            self.visit_expr(target)

    def visit_BinOp(self, node):
        spine = binop_spine(node)
        self.visit_expr(spine[-1].left)
        i = len(spine) - 1
        while i >= 0:
            self.visit_expr(spine[i].right)
            i -= 1

    def visit_UnaryOp(self, node):
        self.visit_expr(node.operand)

    def visit_IfExp(self, node):
        self.visit_expr(node.test)
        self.visit_expr(node.body)
        self.visit_expr(node.orelse)

    def visit_Dict(self, node):
        self.visit_exprs(node.keys)
        self.visit_exprs(node.values)

    def visit_Set(self, node):
        self.visit_exprs(node.elts)

    def visit_comprehension_scope(self, node, generators, name, elt, value):
        first = generators[0]
        self.visit_expr(first.iter)
        scope = self.push_scope(node, name, FUNCTION)
        scope.is_comprehension = True
        if isinstance(node, ast.GeneratorExp):
            scope.is_generator = True
        scope.add('.0', DEF_PARAM)
        scope.varnames.append('.0')
        for k in range(len(generators)):
            gen = generators[k]
            if k > 0:
                self.visit_expr(gen.iter)
            self.visit_comp_target(gen.target)
            self.visit_exprs(gen.ifs)
        if value is not None:
            self.visit_expr(value)
        self.visit_expr(elt)
        self.pop_scope()

    def visit_comp_target(self, target):
        self.visit_expr(target)
        self.mark_comp_iter(target)

    def mark_comp_iter(self, target):
        if isinstance(target, ast.Name):
            self.scope.add(self.mangle(target.id), DEF_COMP_ITER)
        elif isinstance(target, ast.Tuple):
            for elt in target.elts:
                self.mark_comp_iter(elt)
        elif isinstance(target, ast.List):
            for elt in target.elts:
                self.mark_comp_iter(elt)
        elif isinstance(target, ast.Starred):
            self.mark_comp_iter(target.value)

    def visit_ListComp(self, node):
        self.visit_comprehension_scope(node, node.generators, '<listcomp>',
                                       node.elt, None)

    def visit_SetComp(self, node):
        self.visit_comprehension_scope(node, node.generators, '<setcomp>',
                                       node.elt, None)

    def visit_DictComp(self, node):
        self.visit_comprehension_scope(node, node.generators, '<dictcomp>',
                                       node.key, node.value)

    def visit_GeneratorExp(self, node):
        self.visit_comprehension_scope(node, node.generators, '<genexpr>',
                                       node.elt, None)

    def check_yield(self, node):
        scope = self.scope
        if scope.kind != FUNCTION:
            self.error_node("'yield' outside function", node)
        if scope.is_comprehension:
            if scope.name == '<genexpr>':
                what = 'generator expression'
            elif scope.name == '<listcomp>':
                what = 'list comprehension'
            elif scope.name == '<setcomp>':
                what = 'set comprehension'
            else:
                what = 'dict comprehension'
            self.error_node("'yield' inside %s" % what, node)
        scope.is_generator = True

    def visit_Yield(self, node):
        self.check_yield(node)
        self.visit_opt_expr(node.value)

    def visit_YieldFrom(self, node):
        self.check_yield(node)
        self.visit_expr(node.value)

    def visit_Await(self, node):
        if not self.scope.is_coroutine:
            self.error_node("'await' outside async function", node)
        self.visit_expr(node.value)

    def visit_Compare(self, node):
        self.visit_expr(node.left)
        self.visit_exprs(node.comparators)

    def visit_Call(self, node):
        self.visit_expr(node.func)
        self.visit_exprs(node.args)
        for kw in node.keywords:
            self.visit_expr(kw.value)

    def visit_FormattedValue(self, node):
        self.visit_expr(node.value)
        self.visit_opt_expr(node.format_spec)

    def visit_JoinedStr(self, node):
        self.visit_exprs(node.values)

    def visit_IntConst(self, node):
        pass

    def visit_BigIntConst(self, node):
        pass

    def visit_FloatConst(self, node):
        pass

    def visit_ComplexConst(self, node):
        pass

    def visit_StrConst(self, node):
        pass

    def visit_BytesConst(self, node):
        pass

    def visit_NameConst(self, node):
        pass

    def visit_EllipsisConst(self, node):
        pass

    def visit_Attribute(self, node):
        self.visit_expr(node.value)

    def visit_Subscript(self, node):
        self.visit_expr(node.value)
        self.visit_expr(node.slice)

    def visit_Starred(self, node):
        self.visit_expr(node.value)

    def visit_Name(self, node):
        if node.ctx == ast.LOAD:
            self.note_name(node.id, USE, node)
            if (node.id == 'super' and self.scope.kind == FUNCTION and
                    self.class_name):
                # super() needs the implicit __class__ cell
                self.scope.add('__class__', USE)
        else:
            self.note_name(node.id, DEF_LOCAL, node)

    def visit_List(self, node):
        self.visit_exprs(node.elts)

    def visit_Tuple(self, node):
        self.visit_exprs(node.elts)

    def visit_Slice(self, node):
        self.visit_opt_expr(node.lower)
        self.visit_opt_expr(node.upper)
        self.visit_opt_expr(node.step)


def build_symtable(tree, lines):
    builder = SymtableBuilder(lines)
    top = builder.build(tree)
    return builder, top
