"""The bytecode compiler: source -> tokens -> AST -> symtable -> PyCode.

Entry point: compile_source(space, source, filename, mode).
"""

from rpython.rlib.objectmodel import we_are_translated
from rpython.rlib.runicode import unicode_encode_utf_8

from pypy.interpreter import astnodes as ast
from pypy.interpreter import opcodes as op
from pypy.interpreter.error import CompileError
from pypy.interpreter.parser import parse
from pypy.interpreter.compiler_match import MatchCompiler
from pypy.interpreter import symtable as st
from pypy.interpreter.symtable import mangle
from pypy.interpreter.tokenizer import char_offset, split_lines
from pypy.interpreter.pycode import PyCode

# frame block kinds
F_WHILE_LOOP = 1
F_FOR_LOOP = 2
F_TRY_EXCEPT = 3
F_FINALLY_TRY = 4
F_FINALLY_END = 5
F_WITH = 6
F_HANDLER_CLEANUP = 7
F_POP_VALUE = 8

JUMP_OPS = [op.JUMP_ABSOLUTE, op.POP_JUMP_IF_FALSE, op.POP_JUMP_IF_TRUE,
            op.JUMP_IF_FALSE_OR_POP, op.JUMP_IF_TRUE_OR_POP, op.FOR_ITER]


def is_jump(opcode):
    return (opcode == op.JUMP_ABSOLUTE or opcode == op.POP_JUMP_IF_FALSE or
            opcode == op.POP_JUMP_IF_TRUE or
            opcode == op.JUMP_IF_FALSE_OR_POP or
            opcode == op.JUMP_IF_TRUE_OR_POP or opcode == op.FOR_ITER)


def encode_utf8(u):
    return unicode_encode_utf_8(u, len(u), 'strict', allow_surrogates=True)


class FrameBlock(object):
    def __init__(self, kind, start, end, depth, handler_level):
        self.kind = kind
        self.start = start          # label (loops: continue target)
        self.end = end              # label (loops: break target)
        self.depth = depth          # static stack depth below the block
        self.handler_level = handler_level
        self.finalbody = None       # list of StmtNode, for F_FINALLY_TRY
        self.name = None            # for F_HANDLER_CLEANUP


def stack_effect(opcode, arg, jump):
    """Stack effect of one instruction; `jump` selects the effect when the
    branch is taken."""
    if opcode == op.NOP:
        return 0
    if opcode == op.POP_TOP or opcode == op.PRINT_EXPR:
        return -1
    if opcode == op.ROT_TWO or opcode == op.ROT_THREE:
        return 0
    if opcode == op.DUP_TOP:
        return 1
    if opcode == op.DUP_TOP_TWO:
        return 2
    if (opcode == op.LOAD_CONST or opcode == op.LOAD_FAST or
            opcode == op.LOAD_NAME or opcode == op.LOAD_GLOBAL or
            opcode == op.LOAD_DEREF or opcode == op.LOAD_CLOSURE or
            opcode == op.LOAD_CLASSDEREF):
        return 1
    if (opcode == op.STORE_FAST or opcode == op.STORE_NAME or
            opcode == op.STORE_GLOBAL or opcode == op.STORE_DEREF):
        return -1
    if (opcode == op.DELETE_FAST or opcode == op.DELETE_NAME or
            opcode == op.DELETE_GLOBAL or opcode == op.DELETE_DEREF):
        return 0
    if opcode == op.LOAD_ATTR:
        return 0
    if opcode == op.STORE_ATTR:
        return -2
    if opcode == op.DELETE_ATTR:
        return -1
    if opcode == op.BINARY_OP or opcode == op.INPLACE_OP:
        return -1
    if opcode == op.UNARY_OP:
        return 0
    if opcode == op.COMPARE_OP:
        return -1
    if opcode == op.BINARY_SUBSCR:
        return -1
    if opcode == op.STORE_SUBSCR:
        return -3
    if opcode == op.DELETE_SUBSCR:
        return -2
    if (opcode == op.BUILD_TUPLE or opcode == op.BUILD_LIST or
            opcode == op.BUILD_SET or opcode == op.BUILD_SLICE or
            opcode == op.BUILD_STRING):
        return 1 - arg
    if opcode == op.BUILD_MAP:
        return 1 - 2 * arg
    if opcode == op.FORMAT_VALUE:
        if arg & op.FMT_HAVE_SPEC:
            return -1
        return 0
    if opcode == op.LIST_APPEND or opcode == op.SET_ADD:
        return -1
    if opcode == op.MAP_ADD:
        return -2
    if (opcode == op.LIST_EXTEND or opcode == op.SET_UPDATE or
            opcode == op.DICT_UPDATE):
        return -1
    if opcode == op.LIST_TO_TUPLE:
        return 0
    if opcode == op.UNPACK_SEQUENCE:
        return arg - 1
    if opcode == op.UNPACK_EX:
        return (arg & 0xff) + (arg >> 8)
    if opcode == op.JUMP_ABSOLUTE:
        return 0
    if opcode == op.POP_JUMP_IF_FALSE or opcode == op.POP_JUMP_IF_TRUE:
        return -1
    if (opcode == op.JUMP_IF_FALSE_OR_POP or
            opcode == op.JUMP_IF_TRUE_OR_POP):
        if jump:
            return 0
        return -1
    if opcode == op.GET_ITER:
        return 0
    if opcode == op.FOR_ITER:
        if jump:
            return -1
        return 1
    if opcode == op.CALL_FUNCTION:
        return -arg
    if opcode == op.CALL_FUNCTION_KW:
        return -arg - 1
    if opcode == op.CALL_FUNCTION_EX:
        return -1 - (arg & 1)
    if opcode == op.MAKE_FUNCTION:
        n = 0
        if arg & op.MF_DEFAULTS:
            n += 1
        if arg & op.MF_KWDEFAULTS:
            n += 1
        if arg & op.MF_ANNOTATIONS:
            n += 1
        if arg & op.MF_CLOSURE:
            n += 1
        return -n
    if opcode == op.RETURN_VALUE:
        return -1
    if opcode == op.RAISE_VARARGS:
        return -arg
    if opcode == op.IMPORT_NAME:
        return -1
    if opcode == op.IMPORT_FROM:
        return 1
    if opcode == op.IMPORT_STAR:
        return -1
    if opcode == op.LOAD_BUILD_CLASS or opcode == op.LOAD_ASSERTION_ERROR:
        return 1
    if opcode == op.PUSH_EXC_INFO:
        return 1
    if opcode == op.POP_EXCEPT:
        return -1
    if opcode == op.RERAISE:
        return -1
    if opcode == op.CHECK_EXC_MATCH:
        return 0
    if opcode == op.WITH_ENTER:
        return 1
    if opcode == op.WITH_EXIT:
        return 1
    if opcode == op.YIELD_VALUE:
        return 0
    if opcode == op.YIELD_FROM:
        return -1
    if opcode == op.GET_YIELD_FROM_ITER:
        return 0
    if (opcode == op.MATCH_SEQUENCE or opcode == op.MATCH_MAPPING or
            opcode == op.GET_LEN or opcode == op.MATCH_KEYS):
        return 1
    if opcode == op.MATCH_CLASS:
        return -2
    if opcode == op.COPY_DICT_WITHOUT_KEYS:
        return -1
    raise ValueError


def has_fallthrough(opcode):
    return not (opcode == op.JUMP_ABSOLUTE or opcode == op.RETURN_VALUE or
                opcode == op.RAISE_VARARGS or opcode == op.RERAISE)


class CodeBuilder(MatchCompiler, ast.ASTVisitor):
    """Compiles one code object (module, function, class body, lambda or
    comprehension)."""

    def __init__(self, compiler, scope, name, qualname, firstlineno):
        self.compiler = compiler
        self.space = compiler.space
        self.scope = scope
        self.name = name
        self.qualname = qualname
        self.firstlineno = firstlineno
        self.lineno = firstlineno
        self.ops = []
        self.args = []
        self.lines = []
        self.handlers = []       # per instruction: handler label or -1
        self.handler_depths = []
        self.label_pos = []
        self.consts_w = []
        self.const_keys = {}
        self.names = []
        self.names_map = {}
        self.varnames = []
        self.varnames_map = {}
        self.cellnames = []      # cellvars then freevars
        self.cellnames_map = {}
        self.ncellvars = 0
        self.fblocks = []
        self.hlabels = []        # the exception handler stack
        self.hdepths = []
        self.static_depth = 0
        self.argcount = 0
        self.posonlyargcount = 0
        self.kwonlyargcount = 0
        self.flags = 0
        self.class_name = scope.class_name
        self.init_match_state()
        for name in scope.varnames:
            self.add_varname(name)
        for name in scope.cellvars:
            self.cellnames_map[name] = len(self.cellnames)
            self.cellnames.append(name)
        self.ncellvars = len(self.cellnames)
        for name in scope.freevars:
            self.cellnames_map[name] = len(self.cellnames)
            self.cellnames.append(name)
        if scope.is_coroutine:
            if scope.is_generator:
                self.flags |= op.CO_ASYNC_GENERATOR
            else:
                self.flags |= op.CO_COROUTINE
        elif scope.is_generator:
            self.flags |= op.CO_GENERATOR

    # ---- errors ----

    def error(self, msg, node):
        self.compiler.error(msg, node.lineno, node.col_offset)

    # ---- emission ----

    def emit(self, opcode, arg=0):
        if arg > op.MAX_ARG:
            raise CompileError('too many constants or names', self.lineno, 1,
                               '')
        self.ops.append(opcode)
        self.args.append(arg)
        self.lines.append(self.lineno)
        if self.hlabels:
            self.handlers.append(self.hlabels[-1])
            self.handler_depths.append(self.hdepths[-1])
        else:
            self.handlers.append(-1)
            self.handler_depths.append(0)

    def new_label(self):
        self.label_pos.append(-1)
        return len(self.label_pos) - 1

    def place(self, label):
        self.label_pos[label] = len(self.ops)

    def push_handler(self, label, depth):
        self.hlabels.append(label)
        self.hdepths.append(depth)

    def pop_handler(self):
        self.hlabels.pop()
        self.hdepths.pop()

    def add_const(self, key, w_value):
        if key:
            if key in self.const_keys:
                return self.const_keys[key]
            self.const_keys[key] = len(self.consts_w)
        self.consts_w.append(w_value)
        return len(self.consts_w) - 1

    def load_const(self, key, w_value):
        self.emit(op.LOAD_CONST, self.add_const(key, w_value))

    def load_none(self):
        self.load_const('None', self.space.w_None)

    def load_int(self, value):
        self.load_const('i%d' % value, self.space.newint(value))

    def load_text(self, s):
        # s: RPython str (UTF-8)
        self.load_const('s' + s, self.space.newtext_utf8(s))

    def w_text(self, s):
        return self.space.newtext_utf8(s)

    def add_name(self, name):
        if name in self.names_map:
            return self.names_map[name]
        self.names_map[name] = len(self.names)
        self.names.append(name)
        return len(self.names) - 1

    def add_varname(self, name):
        if name in self.varnames_map:
            return self.varnames_map[name]
        self.varnames_map[name] = len(self.varnames)
        self.varnames.append(name)
        return len(self.varnames) - 1

    def mangle(self, name):
        return mangle(self.class_name, name)

    # ---- names ----

    def name_op(self, raw, ctx):
        name = self.mangle(raw)
        scope = self.scope
        sc = scope.lookup(name)
        if scope.kind == st.FUNCTION:
            if sc == st.SC_LOCAL:
                idx = self.add_varname(name)
                if ctx == ast.LOAD:
                    self.emit(op.LOAD_FAST, idx)
                elif ctx == ast.STORE:
                    self.emit(op.STORE_FAST, idx)
                else:
                    self.emit(op.DELETE_FAST, idx)
                return
            if sc == st.SC_CELL or sc == st.SC_FREE:
                idx = self.cell_index(name)
                if ctx == ast.LOAD:
                    self.emit(op.LOAD_DEREF, idx)
                elif ctx == ast.STORE:
                    self.emit(op.STORE_DEREF, idx)
                else:
                    self.emit(op.DELETE_DEREF, idx)
                return
            self.global_op(name, ctx)
            return
        if scope.kind == st.CLASS:
            if sc == st.SC_GLOBAL_EXPLICIT:
                self.global_op(name, ctx)
                return
            if sc == st.SC_FREE:
                idx = self.cell_index(name)
                if ctx == ast.LOAD:
                    self.emit(op.LOAD_CLASSDEREF, idx)
                elif ctx == ast.STORE:
                    self.emit(op.STORE_DEREF, idx)
                else:
                    self.emit(op.DELETE_DEREF, idx)
                return
        idx = self.add_name(name)
        if ctx == ast.LOAD:
            self.emit(op.LOAD_NAME, idx)
        elif ctx == ast.STORE:
            self.emit(op.STORE_NAME, idx)
        else:
            self.emit(op.DELETE_NAME, idx)

    def global_op(self, name, ctx):
        idx = self.add_name(name)
        if ctx == ast.LOAD:
            self.emit(op.LOAD_GLOBAL, idx)
        elif ctx == ast.STORE:
            self.emit(op.STORE_GLOBAL, idx)
        else:
            self.emit(op.DELETE_GLOBAL, idx)

    def cell_index(self, name):
        if name in self.cellnames_map:
            return self.cellnames_map[name]
        # should not happen: the symtable lists every cell and free var
        self.cellnames_map[name] = len(self.cellnames)
        self.cellnames.append(name)
        return len(self.cellnames) - 1

    def store_name(self, raw):
        self.name_op(raw, ast.STORE)

    # ---- visiting ----

    def visit_body(self, body):
        for stmt in body:
            self.visit_stmt(stmt)

    def visit_stmt(self, node):
        saved = self.lineno
        self.lineno = node.lineno
        node.walkabout(self)
        self.lineno = saved

    def visit_expr(self, node):
        saved = self.lineno
        self.lineno = node.lineno
        node.walkabout(self)
        self.lineno = saved

    def visit_exprs(self, nodes):
        for node in nodes:
            self.visit_expr(node)

    def default_visitor(self, node):
        self.error('unsupported syntax', node)

    # ---- statements ----

    def visit_Expr(self, node):
        self.visit_expr(node.value)
        if self.compiler.interactive and self.scope.kind == st.MODULE:
            self.emit(op.PRINT_EXPR)    # what the interactive prompt shows
        else:
            self.emit(op.POP_TOP)

    def visit_Pass(self, node):
        self.emit(op.NOP)

    def visit_Assign(self, node):
        self.visit_expr(node.value)
        n = len(node.targets)
        for i in range(n):
            if i < n - 1:
                self.emit(op.DUP_TOP)
            self.store_target(node.targets[i])

    def store_target(self, target):
        saved = self.lineno
        self.lineno = target.lineno
        if isinstance(target, ast.Name):
            self.store_name(target.id)
        elif isinstance(target, ast.Attribute):
            self.visit_expr(target.value)
            self.emit(op.STORE_ATTR, self.add_name(self.mangle(target.attr)))
        elif isinstance(target, ast.Subscript):
            self.visit_expr(target.value)
            self.visit_expr(target.slice)
            self.emit(op.STORE_SUBSCR)
        elif isinstance(target, ast.Tuple):
            self.unpack_into(target.elts, target)
        elif isinstance(target, ast.List):
            self.unpack_into(target.elts, target)
        elif isinstance(target, ast.Starred):
            self.error('starred assignment target must be in a list or '
                       'tuple', target)
        else:
            self.error('cannot assign to %s' % expr_name(target), target)
        self.lineno = saved

    def unpack_into(self, elts, node):
        star = -1
        for i in range(len(elts)):
            if isinstance(elts[i], ast.Starred):
                if star >= 0:
                    self.error('multiple starred expressions in assignment',
                               node)
                star = i
        if star >= 0:
            before = star
            after = len(elts) - star - 1
            if before >= 256 or after >= (1 << 16):
                self.error('too many expressions in star-unpacking '
                           'assignment', node)
            self.emit(op.UNPACK_EX, before | (after << 8))
        else:
            self.emit(op.UNPACK_SEQUENCE, len(elts))
        for elt in elts:
            if isinstance(elt, ast.Starred):
                self.store_target(elt.value)
            else:
                self.store_target(elt)

    def visit_AugAssign(self, node):
        target = node.target
        if isinstance(target, ast.Name):
            self.name_op(target.id, ast.LOAD)
            self.visit_expr(node.value)
            self.emit(op.INPLACE_OP, node.op)
            self.store_name(target.id)
        elif isinstance(target, ast.Attribute):
            self.visit_expr(target.value)
            self.emit(op.DUP_TOP)
            idx = self.add_name(self.mangle(target.attr))
            self.emit(op.LOAD_ATTR, idx)
            self.visit_expr(node.value)
            self.emit(op.INPLACE_OP, node.op)
            self.emit(op.ROT_TWO)
            self.emit(op.STORE_ATTR, idx)
        elif isinstance(target, ast.Subscript):
            self.visit_expr(target.value)
            self.visit_expr(target.slice)
            self.emit(op.DUP_TOP_TWO)
            self.emit(op.BINARY_SUBSCR)
            self.visit_expr(node.value)
            self.emit(op.INPLACE_OP, node.op)
            self.emit(op.ROT_THREE)
            self.emit(op.STORE_SUBSCR)
        else:
            self.error("'%s' is an illegal expression for augmented "
                       "assignment" % expr_name(target), target)

    def visit_AnnAssign(self, node):
        target = node.target
        if node.simple and isinstance(target, ast.Name) and \
                self.scope.kind != st.FUNCTION:
            # __annotations__[name] = annotation, in a class or module
            self.load_annotation(node.annotation)
            self.emit(op.LOAD_NAME, self.add_name('__annotations__'))
            self.load_text(self.mangle(target.id))
            self.emit(op.STORE_SUBSCR)
        if node.value is not None:
            self.visit_expr(node.value)
            self.store_target(node.target)
        else:
            target = node.target
            # evaluate nothing, but check the target like CPython
            if isinstance(target, ast.Attribute):
                pass
            elif isinstance(target, ast.Subscript):
                pass

    def visit_Delete(self, node):
        for target in node.targets:
            self.delete_target(target)

    def delete_target(self, target):
        if isinstance(target, ast.Name):
            self.name_op(target.id, ast.DEL)
        elif isinstance(target, ast.Attribute):
            self.visit_expr(target.value)
            self.emit(op.DELETE_ATTR, self.add_name(self.mangle(target.attr)))
        elif isinstance(target, ast.Subscript):
            self.visit_expr(target.value)
            self.visit_expr(target.slice)
            self.emit(op.DELETE_SUBSCR)
        elif isinstance(target, ast.Tuple):
            for elt in target.elts:
                self.delete_target(elt)
        elif isinstance(target, ast.List):
            for elt in target.elts:
                self.delete_target(elt)
        else:
            self.error('cannot delete %s' % expr_name(target), target)

    def visit_If(self, node):
        l_else = self.new_label()
        l_end = self.new_label()
        self.visit_expr(node.test)
        self.emit(op.POP_JUMP_IF_FALSE, l_else)
        self.visit_body(node.body)
        if node.orelse:
            self.emit(op.JUMP_ABSOLUTE, l_end)
        self.place(l_else)
        self.visit_body(node.orelse)
        self.place(l_end)

    def is_const_true(self, node):
        if isinstance(node, ast.NameConst):
            return node.value == ast.CONST_TRUE
        if isinstance(node, ast.IntConst):
            return node.value != 0
        return False

    def visit_While(self, node):
        l_start = self.new_label()
        l_else = self.new_label()
        l_end = self.new_label()
        self.place(l_start)
        if not self.is_const_true(node.test):
            self.visit_expr(node.test)
            self.emit(op.POP_JUMP_IF_FALSE, l_else)
        self.push_fblock(F_WHILE_LOOP, l_start, l_end)
        self.visit_body(node.body)
        self.pop_fblock()
        self.emit(op.JUMP_ABSOLUTE, l_start)
        self.place(l_else)
        self.visit_body(node.orelse)
        self.place(l_end)

    def not_supported_yet(self, what, node):
        """Code raising NotImplementedError where `what` runs (the rest of
        the module still compiles and runs)."""
        self.visit_Raise(ast.Raise(ast.Call(
            ast.Name('NotImplementedError', ast.LOAD, node.lineno,
                     node.col_offset),
            [ast.StrConst(u"'" + what + u"' is not supported yet",
                          node.lineno, node.col_offset)],
            [], node.lineno, node.col_offset), None, node.lineno,
            node.col_offset))

    def visit_For(self, node):
        if node.is_async:
            self.not_supported_yet(u'async for', node)
            return
        l_start = self.new_label()
        l_else = self.new_label()
        l_end = self.new_label()
        self.visit_expr(node.iter)
        self.emit(op.GET_ITER)
        self.place(l_start)
        self.emit(op.FOR_ITER, l_else)
        self.push_fblock(F_FOR_LOOP, l_start, l_end)
        self.static_depth += 1
        self.store_target(node.target)
        self.visit_body(node.body)
        self.static_depth -= 1
        self.pop_fblock()
        self.lineno = node.lineno
        self.emit(op.JUMP_ABSOLUTE, l_start)
        self.place(l_else)
        self.visit_body(node.orelse)
        self.place(l_end)

    def push_fblock(self, kind, start, end):
        fb = FrameBlock(kind, start, end, self.static_depth,
                        len(self.hlabels))
        self.fblocks.append(fb)
        return fb

    def pop_fblock(self):
        self.fblocks.pop()

    def visit_Break(self, node):
        self.jump_out_of_loop(node, True)

    def visit_Continue(self, node):
        self.jump_out_of_loop(node, False)

    def jump_out_of_loop(self, node, is_break):
        # find the innermost loop
        i = len(self.fblocks) - 1
        while i >= 0:
            kind = self.fblocks[i].kind
            if kind == F_WHILE_LOOP or kind == F_FOR_LOOP:
                break
            i -= 1
        if i < 0:
            if is_break:
                self.error("'break' outside loop", node)
            self.error("'continue' not properly in loop", node)
        loop = self.fblocks[i]
        saved_fblocks = self.fblocks[:]
        saved_hlabels = self.hlabels[:]
        saved_hdepths = self.hdepths[:]
        saved_depth = self.static_depth
        while len(self.fblocks) > i + 1:
            fb = self.fblocks.pop()
            self.unwind_fblock(fb, False)
        if is_break:
            if loop.kind == F_FOR_LOOP:
                self.set_handler_level(loop.handler_level)
                self.emit(op.POP_TOP)
            self.emit(op.JUMP_ABSOLUTE, loop.end)
        else:
            self.set_handler_level(loop.handler_level)
            self.emit(op.JUMP_ABSOLUTE, loop.start)
        self.fblocks = saved_fblocks
        self.hlabels = saved_hlabels
        self.hdepths = saved_hdepths
        self.static_depth = saved_depth

    def set_handler_level(self, level):
        assert level >= 0
        if len(self.hlabels) > level:
            assert level >= 0
            del self.hlabels[level:]
            del self.hdepths[level:]

    def unwind_fblock(self, fb, preserve_tos):
        """Emit the code that leaves frame block `fb` (already popped from
        self.fblocks) on a return/break/continue."""
        self.set_handler_level(fb.handler_level)
        kind = fb.kind
        if kind == F_WHILE_LOOP or kind == F_TRY_EXCEPT:
            return
        if kind == F_FOR_LOOP:
            if preserve_tos:
                self.emit(op.ROT_TWO)
            self.emit(op.POP_TOP)
            return
        if kind == F_FINALLY_TRY:
            self.static_depth = fb.depth
            if preserve_tos:
                self.static_depth += 1
            finalbody = fb.finalbody
            assert finalbody is not None
            if preserve_tos:
                # a return inside the finally body must drop the value
                self.push_fblock(F_POP_VALUE, -1, -1)
            self.visit_body(finalbody)
            if preserve_tos:
                self.pop_fblock()
            return
        if kind == F_POP_VALUE:
            if preserve_tos:
                self.emit(op.ROT_TWO)
            self.emit(op.POP_TOP)
            return
        if kind == F_FINALLY_END:
            if preserve_tos:
                self.emit(op.ROT_TWO)
            self.emit(op.POP_TOP)
            if preserve_tos:
                self.emit(op.ROT_TWO)
            self.emit(op.POP_EXCEPT)
            return
        if kind == F_WITH:
            if preserve_tos:
                self.emit(op.ROT_TWO)
            self.load_none()
            self.emit(op.DUP_TOP)
            self.emit(op.DUP_TOP)
            self.emit(op.CALL_FUNCTION, 3)
            self.emit(op.POP_TOP)
            return
        if kind == F_HANDLER_CLEANUP:
            if fb.name is not None:
                self.load_none()
                self.store_name(fb.name)
                self.name_op(fb.name, ast.DEL)
            if preserve_tos:
                self.emit(op.ROT_TWO)
            self.emit(op.POP_EXCEPT)
            return

    def visit_Return(self, node):
        if node.value is not None:
            self.visit_expr(node.value)
        else:
            self.load_none()
        saved_fblocks = self.fblocks[:]
        saved_hlabels = self.hlabels[:]
        saved_hdepths = self.hdepths[:]
        saved_depth = self.static_depth
        while self.fblocks:
            fb = self.fblocks.pop()
            self.unwind_fblock(fb, True)
        self.set_handler_level(0)
        self.emit(op.RETURN_VALUE)
        self.fblocks = saved_fblocks
        self.hlabels = saved_hlabels
        self.hdepths = saved_hdepths
        self.static_depth = saved_depth

    def visit_Raise(self, node):
        n = 0
        if node.exc is not None:
            self.visit_expr(node.exc)
            n = 1
            if node.cause is not None:
                self.visit_expr(node.cause)
                n = 2
        self.emit(op.RAISE_VARARGS, n)

    def visit_Assert(self, node):
        l_end = self.new_label()
        self.visit_expr(node.test)
        self.emit(op.POP_JUMP_IF_TRUE, l_end)
        self.emit(op.LOAD_ASSERTION_ERROR)
        if node.msg is not None:
            self.visit_expr(node.msg)
            self.emit(op.CALL_FUNCTION, 1)
        self.emit(op.RAISE_VARARGS, 1)
        self.place(l_end)

    def visit_Global(self, node):
        pass

    def visit_Nonlocal(self, node):
        pass

    def visit_Try(self, node):
        if node.finalbody:
            self.compile_try_finally(node)
        else:
            self.compile_try_except(node)

    def compile_try_finally(self, node):
        d = self.static_depth
        l_fexc = self.new_label()
        l_cleanup = self.new_label()
        l_end = self.new_label()
        level = len(self.hlabels)
        self.push_handler(l_fexc, d)
        fb = self.push_fblock(F_FINALLY_TRY, -1, -1)
        fb.handler_level = level
        fb.finalbody = node.finalbody
        if node.handlers:
            self.compile_try_except(node)
        else:
            self.visit_body(node.body)
        self.pop_fblock()
        self.pop_handler()
        self.visit_body(node.finalbody)
        self.emit(op.JUMP_ABSOLUTE, l_end)
        # exceptional path: [exc]
        self.place(l_fexc)
        self.push_handler(l_cleanup, d + 1)
        self.emit(op.PUSH_EXC_INFO)
        fb = self.push_fblock(F_FINALLY_END, -1, -1)
        fb.handler_level = level
        self.static_depth = d + 2
        self.visit_body(node.finalbody)
        self.static_depth = d
        self.pop_fblock()
        self.emit(op.RERAISE)
        self.pop_handler()
        self.place(l_cleanup)
        self.emit_cleanup()
        self.place(l_end)

    def emit_cleanup(self):
        # [prev, exc2] -> restore prev as the current exception, reraise
        self.emit(op.ROT_TWO)
        self.emit(op.POP_EXCEPT)
        self.emit(op.RERAISE)

    def compile_try_except(self, node):
        d = self.static_depth
        l_exc = self.new_label()
        l_cleanup = self.new_label()
        l_end = self.new_label()
        level = len(self.hlabels)
        self.push_handler(l_exc, d)
        self.push_fblock(F_TRY_EXCEPT, -1, -1)
        self.visit_body(node.body)
        self.pop_fblock()
        self.pop_handler()
        self.visit_body(node.orelse)
        self.emit(op.JUMP_ABSOLUTE, l_end)
        # [exc]
        self.place(l_exc)
        self.push_handler(l_cleanup, d + 1)
        self.emit(op.PUSH_EXC_INFO)
        # [prev, exc]
        for handler in node.handlers:
            self.lineno = handler.lineno
            l_next = self.new_label()
            if handler.type is not None:
                self.static_depth = d + 2
                self.visit_expr(handler.type)
                self.emit(op.CHECK_EXC_MATCH)
                self.emit(op.POP_JUMP_IF_FALSE, l_next)
            self.static_depth = d + 1
            if handler.name is not None:
                name = handler.name
                self.store_name(name)
                l_named = self.new_label()
                self.push_handler(l_named, d + 1)
                fb = self.push_fblock(F_HANDLER_CLEANUP, -1, -1)
                fb.handler_level = level
                fb.name = name
                self.visit_body(handler.body)
                self.pop_fblock()
                self.pop_handler()
                # leave the handler: outside of the cleanup handler's range
                cleanup_label = self.hlabels.pop()
                cleanup_depth = self.hdepths.pop()
                self.emit(op.POP_EXCEPT)
                self.load_none()
                self.store_name(name)
                self.name_op(name, ast.DEL)
                self.emit(op.JUMP_ABSOLUTE, l_end)
                self.push_handler(cleanup_label, cleanup_depth)
                # exception inside the handler body: [prev, exc2]
                self.place(l_named)
                self.load_none()
                self.store_name(name)
                self.name_op(name, ast.DEL)
                self.emit(op.RERAISE)
            else:
                self.emit(op.POP_TOP)
                fb = self.push_fblock(F_HANDLER_CLEANUP, -1, -1)
                fb.handler_level = level
                self.visit_body(handler.body)
                self.pop_fblock()
                cleanup_label = self.hlabels.pop()
                cleanup_depth = self.hdepths.pop()
                self.emit(op.POP_EXCEPT)
                self.emit(op.JUMP_ABSOLUTE, l_end)
                self.push_handler(cleanup_label, cleanup_depth)
            self.place(l_next)
        self.static_depth = d
        self.emit(op.RERAISE)
        self.pop_handler()
        self.place(l_cleanup)
        self.emit_cleanup()
        self.place(l_end)

    def visit_With(self, node):
        if node.is_async:
            self.not_supported_yet(u'async with', node)
            return
        self.compile_with(node, 0)

    def compile_with(self, node, index):
        item = node.items[index]
        d = self.static_depth
        self.visit_expr(item.context_expr)
        self.lineno = node.lineno
        self.emit(op.WITH_ENTER)
        l_wexc = self.new_label()
        l_cleanup = self.new_label()
        l_suppress = self.new_label()
        l_end = self.new_label()
        level = len(self.hlabels)
        self.push_handler(l_wexc, d + 1)
        fb = self.push_fblock(F_WITH, -1, -1)
        fb.handler_level = level
        self.static_depth = d + 1
        if item.optional_vars is not None:
            self.store_target(item.optional_vars)
        else:
            self.emit(op.POP_TOP)
        if index + 1 < len(node.items):
            self.compile_with(node, index + 1)
        else:
            self.visit_body(node.body)
        self.pop_fblock()
        self.pop_handler()
        self.lineno = node.lineno
        self.load_none()
        self.emit(op.DUP_TOP)
        self.emit(op.DUP_TOP)
        self.emit(op.CALL_FUNCTION, 3)
        self.emit(op.POP_TOP)
        self.emit(op.JUMP_ABSOLUTE, l_end)
        # [exit, exc]
        self.place(l_wexc)
        self.push_handler(l_cleanup, d + 2)
        self.emit(op.PUSH_EXC_INFO)
        self.emit(op.WITH_EXIT)
        self.emit(op.POP_JUMP_IF_TRUE, l_suppress)
        self.emit(op.RERAISE)
        self.place(l_suppress)
        self.emit(op.POP_TOP)
        self.pop_handler()
        self.emit(op.POP_EXCEPT)
        self.emit(op.POP_TOP)
        self.emit(op.JUMP_ABSOLUTE, l_end)
        self.place(l_cleanup)
        self.emit_cleanup()
        self.place(l_end)
        self.static_depth = d

    def visit_Import(self, node):
        for alias in node.names:
            self.load_int(0)
            self.load_none()
            self.emit(op.IMPORT_NAME, self.add_name(alias.name))
            if alias.asname is not None:
                parts = alias.name.split('.')
                for k in range(1, len(parts)):
                    self.emit(op.IMPORT_FROM, self.add_name(parts[k]))
                    self.emit(op.ROT_TWO)
                    self.emit(op.POP_TOP)
                self.store_name(alias.asname)
            else:
                name = alias.name
                dot = name.find('.')
                if dot >= 0:
                    assert dot >= 0
                    name = name[:dot]
                self.store_name(name)

    def visit_ImportFrom(self, node):
        self.load_int(node.level)
        names_w = []
        for alias in node.names:
            names_w.append(self.w_text(alias.name))
        self.load_const('', self.space.newtuple(names_w))
        module = node.module
        if module is None:
            module = ''
        self.emit(op.IMPORT_NAME, self.add_name(module))
        if len(node.names) == 1 and node.names[0].name == '*':
            self.emit(op.IMPORT_STAR)
            return
        for alias in node.names:
            self.emit(op.IMPORT_FROM, self.add_name(alias.name))
            if alias.asname is not None:
                self.store_name(alias.asname)
            else:
                self.store_name(alias.name)
        self.emit(op.POP_TOP)

    def visit_FunctionDef(self, node):
        self.visit_exprs(node.decorator_list)
        scope = self.compiler.scope_of(node)
        code = self.compiler.compile_function(node, scope, node.name,
                                              self.child_qualname(node.name),
                                              node.args, node.body, None,
                                              self.class_name)
        self.make_function(code, scope, node.args, node.returns)
        for i in range(len(node.decorator_list)):
            self.emit(op.CALL_FUNCTION, 1)
        self.store_name(node.name)

    def child_qualname(self, name):
        if self.scope.kind == st.MODULE:
            return name
        if self.scope.kind == st.CLASS:
            return self.qualname + '.' + name
        return self.qualname + '.<locals>.' + name

    def make_function(self, code, scope, args, returns=None):
        flags = 0
        if args is not None:
            if args.defaults:
                self.visit_exprs(args.defaults)
                self.emit(op.BUILD_TUPLE, len(args.defaults))
                flags |= op.MF_DEFAULTS
            nkw = 0
            for i in range(len(args.kwonlyargs)):
                default = args.kw_defaults[i]
                if default is not None:
                    name = self.mangle(args.kwonlyargs[i].arg)
                    self.load_text(name)
                    self.visit_expr(default)
                    nkw += 1
            if nkw:
                self.emit(op.BUILD_MAP, nkw)
                flags |= op.MF_KWDEFAULTS
            if self.annotations(args, returns):
                flags |= op.MF_ANNOTATIONS
        if scope.freevars:
            for name in scope.freevars:
                self.emit(op.LOAD_CLOSURE, self.closure_index(name))
            self.emit(op.BUILD_TUPLE, len(scope.freevars))
            flags |= op.MF_CLOSURE
        self.load_const('', code)
        self.emit(op.MAKE_FUNCTION, flags)

    def load_annotation(self, node):
        """Push the value of an annotation: under `from __future__ import
        annotations` its source text, unevaluated."""
        if self.compiler.future_annotations:
            text = node.annotation_text
            assert text is not None     # the parser sets it on annotations
            self.load_text(text)
        else:
            self.visit_expr(node)

    def annotations(self, args, returns):
        """Push the dict of the parameters' and the return annotations
        if there are any (in CPython's order: args before posonlyargs)."""
        params = args.args + args.posonlyargs
        if args.vararg is not None:
            params.append(args.vararg)
        params += args.kwonlyargs
        if args.kwarg is not None:
            params.append(args.kwarg)
        n = 0
        for param in params:
            if param.annotation is not None:
                self.load_text(self.mangle(param.arg))
                self.load_annotation(param.annotation)
                n += 1
        if returns is not None:
            self.load_text('return')
            self.load_annotation(returns)
            n += 1
        if n == 0:
            return False
        self.emit(op.BUILD_MAP, n)
        return True

    def closure_index(self, name):
        if name in self.cellnames_map:
            return self.cellnames_map[name]
        return self.cell_index(name)

    def visit_ClassDef(self, node):
        self.visit_exprs(node.decorator_list)
        self.emit(op.LOAD_BUILD_CLASS)
        scope = self.compiler.scope_of(node)
        code = self.compiler.compile_class(node, scope,
                                           self.child_qualname(node.name))
        self.make_function(code, scope, None)
        self.load_text(node.name)
        self.compile_call_args(2, node.bases, node.keywords)
        for i in range(len(node.decorator_list)):
            self.emit(op.CALL_FUNCTION, 1)
        self.store_name(node.name)

    # ---- expressions ----

    def visit_IntConst(self, node):
        self.load_int(node.value)

    def visit_BigIntConst(self, node):
        self.load_const('L' + node.value.str(),
                        self.space.newbigint(node.value))

    def visit_FloatConst(self, node):
        self.load_const('', self.space.newfloat(node.value))

    def visit_ComplexConst(self, node):
        self.load_const('', self.space.newcomplex(0.0, node.imag))

    def visit_StrConst(self, node):
        s = encode_utf8(node.value)
        self.load_const('s' + s, self.space.newtext(node.value))

    def visit_BytesConst(self, node):
        self.load_const('b' + node.value, self.space.newbytes(node.value))

    def visit_NameConst(self, node):
        if node.value == ast.CONST_NONE:
            self.load_none()
        elif node.value == ast.CONST_TRUE:
            self.load_const('True', self.space.w_True)
        else:
            self.load_const('False', self.space.w_False)

    def visit_EllipsisConst(self, node):
        self.load_const('...', self.space.w_Ellipsis)

    def visit_Name(self, node):
        self.name_op(node.id, node.ctx)

    def visit_Attribute(self, node):
        self.visit_expr(node.value)
        self.emit(op.LOAD_ATTR, self.add_name(self.mangle(node.attr)))

    def visit_Subscript(self, node):
        self.visit_expr(node.value)
        self.visit_expr(node.slice)
        self.emit(op.BINARY_SUBSCR)

    def visit_Slice(self, node):
        if node.lower is not None:
            self.visit_expr(node.lower)
        else:
            self.load_none()
        if node.upper is not None:
            self.visit_expr(node.upper)
        else:
            self.load_none()
        if node.step is not None:
            self.visit_expr(node.step)
            self.emit(op.BUILD_SLICE, 3)
        else:
            self.emit(op.BUILD_SLICE, 2)

    def visit_BinOp(self, node):
        spine = st.binop_spine(node)
        self.visit_expr(spine[-1].left)
        i = len(spine) - 1
        while i >= 0:
            b = spine[i]
            self.visit_expr(b.right)
            saved = self.lineno
            self.lineno = b.lineno
            self.emit(op.BINARY_OP, b.op)
            self.lineno = saved
            i -= 1

    def visit_UnaryOp(self, node):
        self.visit_expr(node.operand)
        self.emit(op.UNARY_OP, node.op)

    def visit_BoolOp(self, node):
        l_end = self.new_label()
        n = len(node.values)
        for i in range(n):
            self.visit_expr(node.values[i])
            if i < n - 1:
                if node.op == ast.AND:
                    self.emit(op.JUMP_IF_FALSE_OR_POP, l_end)
                else:
                    self.emit(op.JUMP_IF_TRUE_OR_POP, l_end)
        self.place(l_end)

    def visit_Compare(self, node):
        self.visit_expr(node.left)
        n = len(node.ops)
        if n == 1:
            self.visit_expr(node.comparators[0])
            self.emit(op.COMPARE_OP, node.ops[0])
            return
        l_cleanup = self.new_label()
        l_end = self.new_label()
        for i in range(n - 1):
            self.visit_expr(node.comparators[i])
            self.emit(op.DUP_TOP)
            self.emit(op.ROT_THREE)
            self.emit(op.COMPARE_OP, node.ops[i])
            self.emit(op.JUMP_IF_FALSE_OR_POP, l_cleanup)
        self.visit_expr(node.comparators[n - 1])
        self.emit(op.COMPARE_OP, node.ops[n - 1])
        self.emit(op.JUMP_ABSOLUTE, l_end)
        self.place(l_cleanup)
        self.emit(op.ROT_TWO)
        self.emit(op.POP_TOP)
        self.place(l_end)

    def visit_IfExp(self, node):
        l_else = self.new_label()
        l_end = self.new_label()
        self.visit_expr(node.test)
        self.emit(op.POP_JUMP_IF_FALSE, l_else)
        self.visit_expr(node.body)
        self.emit(op.JUMP_ABSOLUTE, l_end)
        self.place(l_else)
        self.visit_expr(node.orelse)
        self.place(l_end)

    def visit_NamedExpr(self, node):
        self.visit_expr(node.value)
        self.emit(op.DUP_TOP)
        self.store_target(node.target)

    def has_starred(self, elts):
        for elt in elts:
            if isinstance(elt, ast.Starred):
                return True
        return False

    def build_sequence(self, elts, kind):
        """kind: 0 tuple, 1 list, 2 set"""
        if not self.has_starred(elts):
            self.visit_exprs(elts)
            if kind == 0:
                self.emit(op.BUILD_TUPLE, len(elts))
            elif kind == 1:
                self.emit(op.BUILD_LIST, len(elts))
            else:
                self.emit(op.BUILD_SET, len(elts))
            return
        if kind == 2:
            self.emit(op.BUILD_SET, 0)
        else:
            self.emit(op.BUILD_LIST, 0)
        for elt in elts:
            if isinstance(elt, ast.Starred):
                self.visit_expr(elt.value)
                if kind == 2:
                    self.emit(op.SET_UPDATE, 1)
                else:
                    self.emit(op.LIST_EXTEND, 1)
            else:
                self.visit_expr(elt)
                if kind == 2:
                    self.emit(op.SET_ADD, 1)
                else:
                    self.emit(op.LIST_APPEND, 1)
        if kind == 0:
            self.emit(op.LIST_TO_TUPLE)

    def visit_Tuple(self, node):
        if node.ctx == ast.STORE:
            self.store_target(node)
            return
        self.build_sequence(node.elts, 0)

    def visit_List(self, node):
        if node.ctx == ast.STORE:
            self.store_target(node)
            return
        self.build_sequence(node.elts, 1)

    def visit_Set(self, node):
        self.build_sequence(node.elts, 2)

    def visit_Dict(self, node):
        has_unpack = False
        for key in node.keys:
            if key is None:
                has_unpack = True
        if not has_unpack:
            for i in range(len(node.keys)):
                key = node.keys[i]
                assert key is not None
                self.visit_expr(key)
                self.visit_expr(node.values[i])
            self.emit(op.BUILD_MAP, len(node.keys))
            return
        self.emit(op.BUILD_MAP, 0)
        for i in range(len(node.keys)):
            key = node.keys[i]
            if key is None:
                self.visit_expr(node.values[i])
                self.emit(op.DICT_UPDATE, 1)
            else:
                self.visit_expr(key)
                self.visit_expr(node.values[i])
                self.emit(op.MAP_ADD, 1)

    def visit_Starred(self, node):
        self.error("can't use starred expression here", node)

    def visit_Call(self, node):
        self.visit_expr(node.func)
        self.compile_call_args(0, node.args, node.keywords)

    def compile_call_args(self, pre, args, keywords):
        """The callable and `pre` positional arguments are on the stack."""
        simple = True
        for a in args:
            if isinstance(a, ast.Starred):
                simple = False
        for kw in keywords:
            if kw.arg is None:
                simple = False
        if simple:
            self.visit_exprs(args)
            if keywords:
                names_w = []
                for kw in keywords:
                    self.visit_expr(kw.value)
                    names_w.append(self.w_text(kw.arg))
                self.load_const('', self.space.newtuple(names_w))
                self.emit(op.CALL_FUNCTION_KW,
                          pre + len(args) + len(keywords))
            else:
                self.emit(op.CALL_FUNCTION, pre + len(args))
            return
        self.emit(op.BUILD_LIST, pre)
        for a in args:
            if isinstance(a, ast.Starred):
                self.visit_expr(a.value)
                self.emit(op.LIST_EXTEND, 1)
            else:
                self.visit_expr(a)
                self.emit(op.LIST_APPEND, 1)
        self.emit(op.LIST_TO_TUPLE)
        if keywords:
            self.emit(op.BUILD_MAP, 0)
            for kw in keywords:
                if kw.arg is None:
                    self.visit_expr(kw.value)
                    self.emit(op.DICT_UPDATE, 1)
                else:
                    self.load_text(kw.arg)
                    self.visit_expr(kw.value)
                    self.emit(op.MAP_ADD, 1)
            self.emit(op.CALL_FUNCTION_EX, 1)
        else:
            self.emit(op.CALL_FUNCTION_EX, 0)

    def visit_Lambda(self, node):
        scope = self.compiler.scope_of(node)
        code = self.compiler.compile_function(node, scope, '<lambda>',
                                              self.child_qualname('<lambda>'),
                                              node.args, None, node.body,
                                              self.class_name)
        self.make_function(code, scope, node.args)

    def compile_comprehension(self, node, name, generators):
        scope = self.compiler.scope_of(node)
        code = self.compiler.compile_comprehension_code(
            node, scope, name, self.child_qualname(name), self.class_name)
        self.make_function(code, scope, None)
        self.visit_expr(generators[0].iter)
        self.emit(op.GET_ITER)
        self.emit(op.CALL_FUNCTION, 1)

    def visit_ListComp(self, node):
        self.compile_comprehension(node, '<listcomp>', node.generators)

    def visit_SetComp(self, node):
        self.compile_comprehension(node, '<setcomp>', node.generators)

    def visit_DictComp(self, node):
        self.compile_comprehension(node, '<dictcomp>', node.generators)

    def visit_GeneratorExp(self, node):
        self.compile_comprehension(node, '<genexpr>', node.generators)

    def comprehension_body(self, generators, k, kind, elt, value):
        """kind: 0 list, 1 set, 2 dict, 3 generator."""
        gen = generators[k]
        l_start = self.new_label()
        l_skip = self.new_label()
        l_end = self.new_label()
        self.lineno = gen.lineno
        if k == 0:
            self.emit(op.LOAD_FAST, self.add_varname('.0'))
        else:
            self.visit_expr(gen.iter)
            self.emit(op.GET_ITER)
        self.place(l_start)
        self.emit(op.FOR_ITER, l_end)
        self.store_target(gen.target)
        for cond in gen.ifs:
            self.visit_expr(cond)
            self.emit(op.POP_JUMP_IF_FALSE, l_skip)
        if k + 1 < len(generators):
            self.comprehension_body(generators, k + 1, kind, elt, value)
        else:
            if kind == 0:
                self.visit_expr(elt)
                self.emit(op.LIST_APPEND, k + 2)
            elif kind == 1:
                self.visit_expr(elt)
                self.emit(op.SET_ADD, k + 2)
            elif kind == 2:
                self.visit_expr(elt)
                assert value is not None
                self.visit_expr(value)
                self.emit(op.MAP_ADD, k + 2)
            else:
                self.visit_expr(elt)
                self.emit(op.YIELD_VALUE)
                self.emit(op.POP_TOP)
        self.place(l_skip)
        self.lineno = gen.lineno
        self.emit(op.JUMP_ABSOLUTE, l_start)
        self.place(l_end)

    def visit_Yield(self, node):
        if node.value is not None:
            self.visit_expr(node.value)
        else:
            self.load_none()
        self.emit(op.YIELD_VALUE)

    def visit_YieldFrom(self, node):
        self.visit_expr(node.value)
        self.emit(op.GET_YIELD_FROM_ITER)
        self.load_none()
        self.emit(op.YIELD_FROM)

    def visit_Await(self, node):
        # yield from the awaitable's __await__() (a coroutine's is itself)
        self.visit_expr(node.value)
        self.emit(op.LOAD_ATTR, self.add_name('__await__'))
        self.emit(op.CALL_FUNCTION, 0)
        self.emit(op.GET_YIELD_FROM_ITER)
        self.load_none()
        self.emit(op.YIELD_FROM)

    def visit_JoinedStr(self, node):
        for value in node.values:
            self.visit_expr(value)
        self.emit(op.BUILD_STRING, len(node.values))

    def visit_FormattedValue(self, node):
        self.visit_expr(node.value)
        flags = op.FMT_NONE
        if node.conversion >= 0:
            flags = node.conversion
        if node.format_spec is not None:
            self.visit_expr(node.format_spec)
            flags |= op.FMT_HAVE_SPEC
        self.emit(op.FORMAT_VALUE, flags)

    # ---- assembly ----

    def assemble(self, argcount, posonly, kwonly):
        n = len(self.ops)
        # resolve jump targets
        code = []
        for i in range(n):
            opcode = self.ops[i]
            arg = self.args[i]
            if is_jump(opcode):
                pos = self.label_pos[arg]
                assert pos >= 0
                arg = pos * op.INSTR_SIZE
            code.append(op.encode(opcode, arg))
        table = self.build_exception_table()
        stacksize = self.compute_stacksize()
        cellvars = self.cellnames[:self.ncellvars]
        freevars = self.cellnames[self.ncellvars:]
        return PyCode(self.name, self.qualname, self.compiler.filename,
                      self.firstlineno, argcount, posonly, kwonly, self.flags,
                      stacksize, ''.join(code), self.consts_w, self.names,
                      self.varnames, cellvars, freevars, self.lines, table)

    def build_exception_table(self):
        table = []
        n = len(self.ops)
        i = 0
        while i < n:
            h = self.handlers[i]
            if h < 0:
                i += 1
                continue
            depth = self.handler_depths[i]
            j = i + 1
            while (j < n and self.handlers[j] == h and
                   self.handler_depths[j] == depth):
                j += 1
            target = self.label_pos[h]
            assert target >= 0
            table.append(i * op.INSTR_SIZE)
            table.append(j * op.INSTR_SIZE)
            table.append(target * op.INSTR_SIZE)
            table.append(depth)
            i = j
        return table

    def compute_stacksize(self):
        n = len(self.ops)
        depths = [-1] * (n + 1)
        worklist = [0]
        depths[0] = 0
        maxdepth = 0
        if n == 0:
            return 1
        while worklist:
            i = worklist.pop()
            d = depths[i]
            opcode = self.ops[i]
            arg = self.args[i]
            h = self.handlers[i]
            if h >= 0:
                target = self.label_pos[h]
                hd = self.handler_depths[i] + 1
                if hd > maxdepth:
                    maxdepth = hd
                if target >= 0 and target < n and depths[target] < hd:
                    depths[target] = hd
                    worklist.append(target)
            if is_jump(opcode):
                target = self.label_pos[arg]
                nd = d + stack_effect(opcode, arg, True)
                if nd > maxdepth:
                    maxdepth = nd
                if target < n and depths[target] < nd:
                    depths[target] = nd
                    worklist.append(target)
            if has_fallthrough(opcode):
                nd = d + stack_effect(opcode, arg, False)
                if nd > maxdepth:
                    maxdepth = nd
                if i + 1 < n and depths[i + 1] < nd:
                    depths[i + 1] = nd
                    worklist.append(i + 1)
        return maxdepth + 1


def expr_name(node):
    from pypy.interpreter.parser import expr_name as _expr_name
    return _expr_name(node)


def has_annotations(body):
    """Whether a class or module body annotates a name (in a nested
    block too, but not in a nested function or class), so that it starts
    with `__annotations__ = {}` as CPython's SETUP_ANNOTATIONS."""
    for stmt in body:
        if isinstance(stmt, ast.AnnAssign):
            if stmt.simple and isinstance(stmt.target, ast.Name):
                return True
        elif isinstance(stmt, ast.For) or isinstance(stmt, ast.While) or \
                isinstance(stmt, ast.If):
            if has_annotations(stmt.body) or has_annotations(stmt.orelse):
                return True
        elif isinstance(stmt, ast.With):
            if has_annotations(stmt.body):
                return True
        elif isinstance(stmt, ast.Try):
            if has_annotations(stmt.body) or has_annotations(stmt.orelse) \
                    or has_annotations(stmt.finalbody):
                return True
            for handler in stmt.handlers:
                if has_annotations(handler.body):
                    return True
    return False


def has_future_annotations(body):
    """`from __future__ import annotations`: annotations stay unevaluated,
    recorded as their source text."""
    for stmt in body:
        if isinstance(stmt, ast.ImportFrom) and stmt.module == '__future__':
            for alias in stmt.names:
                if alias.name == 'annotations':
                    return True
    return False


class Compiler(object):
    def __init__(self, space, filename, lines, symbuilder):
        self.space = space
        self.filename = filename
        self.lines = lines
        self.symbuilder = symbuilder
        self.future_annotations = False
        self.interactive = False    # mode 'single' (doctest's examples)

    def setup_annotations(self, b, body):
        if has_annotations(body):
            b.emit(op.BUILD_MAP, 0)
            b.emit(op.STORE_NAME, b.add_name('__annotations__'))

    def error(self, msg, lineno, col):
        text = ''
        if 1 <= lineno <= len(self.lines):
            text = self.lines[lineno - 1]
        raise CompileError(msg, lineno, char_offset(text, col), text)

    def scope_of(self, node):
        return self.symbuilder.scopes[node]

    def compile_module(self, tree, mode):
        scope = self.scope_of(tree)
        b = CodeBuilder(self, scope, '<module>', '<module>', 1)
        if isinstance(tree, ast.Expression):
            b.lineno = tree.body.lineno
            b.visit_expr(tree.body)
            b.emit(op.RETURN_VALUE)
        else:
            if isinstance(tree, ast.Module):
                body = tree.body
            else:
                assert isinstance(tree, ast.Interactive)
                body = tree.body
                self.interactive = True
            if body:
                b.lineno = body[0].lineno
            self.future_annotations = has_future_annotations(body)
            self.compile_docstring(b, body)
            self.setup_annotations(b, body)
            b.visit_body(body)
            if body:
                b.lineno = body[len(body) - 1].lineno
            b.load_none()
            b.emit(op.RETURN_VALUE)
        return b.assemble(0, 0, 0)

    def compile_docstring(self, b, body):
        if body:
            first = body[0]
            if isinstance(first, ast.Expr) and \
                    isinstance(first.value, ast.StrConst):
                b.visit_expr(first.value)
                b.store_name('__doc__')

    def compile_function(self, node, scope, name, qualname, args, body,
                         expr_body, class_name):
        b = CodeBuilder(self, scope, name, qualname, node.lineno)
        b.flags |= op.CO_OPTIMIZED | op.CO_NEWLOCALS
        if scope.parent is not None and scope.parent.kind == st.FUNCTION:
            b.flags |= op.CO_NESTED
        if args.vararg is not None:
            b.flags |= op.CO_VARARGS
        if args.kwarg is not None:
            b.flags |= op.CO_VARKEYWORDS
        if body is not None:
            if body:
                b.lineno = body[0].lineno
                first = body[0]
                if isinstance(first, ast.Expr):
                    docnode = first.value
                    if isinstance(docnode, ast.StrConst):
                        doc = docnode.value
                        b.add_const('s' + encode_utf8(doc),
                                    b.space.newtext(doc))
                        b.flags |= op.CO_HAS_DOCSTRING
            b.visit_body(body)
            if body:
                b.lineno = body[len(body) - 1].lineno
            b.load_none()
            b.emit(op.RETURN_VALUE)
        else:
            assert expr_body is not None
            b.lineno = expr_body.lineno
            b.visit_expr(expr_body)
            b.emit(op.RETURN_VALUE)
        argcount = len(args.posonlyargs) + len(args.args)
        return b.assemble(argcount, len(args.posonlyargs),
                          len(args.kwonlyargs))

    def compile_class(self, node, scope, qualname):
        b = CodeBuilder(self, scope, node.name, qualname, node.lineno)
        b.lineno = node.lineno
        b.emit(op.LOAD_NAME, b.add_name('__name__'))
        b.emit(op.STORE_NAME, b.add_name('__module__'))
        b.load_text(qualname)
        b.emit(op.STORE_NAME, b.add_name('__qualname__'))
        self.compile_docstring(b, node.body)
        self.setup_annotations(b, node.body)
        b.visit_body(node.body)
        if scope.needs_class_cell:
            b.emit(op.LOAD_CLOSURE, b.cellnames_map['__class__'])
            b.emit(op.STORE_NAME, b.add_name('__classcell__'))
        b.load_none()
        b.emit(op.RETURN_VALUE)
        return b.assemble(0, 0, 0)

    def compile_comprehension_code(self, node, scope, name, qualname,
                                   class_name):
        b = CodeBuilder(self, scope, name, qualname, node.lineno)
        b.lineno = node.lineno
        b.flags |= op.CO_OPTIMIZED | op.CO_NEWLOCALS
        if scope.parent is not None and scope.parent.kind == st.FUNCTION:
            b.flags |= op.CO_NESTED
        if isinstance(node, ast.ListComp):
            b.emit(op.BUILD_LIST, 0)
            b.comprehension_body(node.generators, 0, 0, node.elt, None)
            b.emit(op.RETURN_VALUE)
        elif isinstance(node, ast.SetComp):
            b.emit(op.BUILD_SET, 0)
            b.comprehension_body(node.generators, 0, 1, node.elt, None)
            b.emit(op.RETURN_VALUE)
        elif isinstance(node, ast.DictComp):
            b.emit(op.BUILD_MAP, 0)
            b.comprehension_body(node.generators, 0, 2, node.key, node.value)
            b.emit(op.RETURN_VALUE)
        else:
            assert isinstance(node, ast.GeneratorExp)
            b.comprehension_body(node.generators, 0, 3, node.elt, None)
            b.load_none()
            b.emit(op.RETURN_VALUE)
        return b.assemble(1, 0, 0)


def _host_raise_recursion_limit():
    import sys
    if sys.getrecursionlimit() < 20000:
        sys.setrecursionlimit(20000)


def compile_source(space, source, filename, mode):
    """Compile `source` (UTF-8 bytes) into a PyCode; mode is 'exec', 'eval'
    or 'single'.  Raises CompileError."""
    if not we_are_translated():
        _host_raise_recursion_limit()
    if mode != 'exec' and mode != 'eval' and mode != 'single':
        raise CompileError("compile() mode must be 'exec', 'eval' or "
                           "'single'", 1, 1, '')
    try:
        tree = parse(source, mode)
        lines = split_lines(source)
        symbuilder, top = st.build_symtable(tree, lines)
        compiler = Compiler(space, filename, lines, symbuilder)
        return compiler.compile_module(tree, mode)
    except CompileError as e:
        e.filename = filename
        raise


def dis(code):
    """A listing of `code`: one 'OPNAME arg' string per instruction (for
    tests and debugging)."""
    result = []
    s = code.co_code
    i = 0
    while i + op.INSTR_SIZE <= len(s):
        opcode = ord(s[i])
        arg = ord(s[i + 1]) | (ord(s[i + 2]) << 8) | (ord(s[i + 3]) << 16)
        name = op.opnames[opcode]
        if opcode in (op.LOAD_CONST, op.LOAD_FAST, op.STORE_FAST,
                      op.DELETE_FAST, op.LOAD_NAME, op.STORE_NAME,
                      op.DELETE_NAME, op.LOAD_GLOBAL, op.STORE_GLOBAL,
                      op.DELETE_GLOBAL, op.LOAD_ATTR, op.STORE_ATTR,
                      op.DELETE_ATTR, op.IMPORT_NAME, op.IMPORT_FROM,
                      op.LOAD_DEREF, op.STORE_DEREF, op.DELETE_DEREF,
                      op.LOAD_CLOSURE, op.LOAD_CLASSDEREF):
            if opcode == op.LOAD_CONST:
                what = '#%d' % arg
            elif opcode in (op.LOAD_FAST, op.STORE_FAST, op.DELETE_FAST):
                what = code.co_varnames[arg]
            elif opcode in (op.LOAD_DEREF, op.STORE_DEREF, op.DELETE_DEREF,
                            op.LOAD_CLOSURE, op.LOAD_CLASSDEREF):
                cells = code.co_cellvars + code.co_freevars
                what = cells[arg]
            else:
                what = code.co_names[arg]
            result.append('%s %s' % (name, what))
        elif opcode in (op.NOP, op.POP_TOP, op.ROT_TWO, op.ROT_THREE,
                        op.DUP_TOP, op.DUP_TOP_TWO, op.BINARY_SUBSCR,
                        op.STORE_SUBSCR, op.DELETE_SUBSCR, op.LIST_TO_TUPLE,
                        op.GET_ITER, op.RETURN_VALUE, op.IMPORT_STAR,
                        op.LOAD_BUILD_CLASS, op.LOAD_ASSERTION_ERROR,
                        op.PUSH_EXC_INFO, op.POP_EXCEPT, op.RERAISE,
                        op.CHECK_EXC_MATCH, op.WITH_ENTER, op.WITH_EXIT,
                        op.YIELD_VALUE, op.YIELD_FROM,
                        op.GET_YIELD_FROM_ITER, op.MATCH_SEQUENCE,
                        op.MATCH_MAPPING, op.GET_LEN, op.MATCH_KEYS,
                        op.COPY_DICT_WITHOUT_KEYS, op.PRINT_EXPR):
            result.append(name)
        else:
            result.append('%s %d' % (name, arg))
        i += op.INSTR_SIZE
    return result
