"""The bytecode: fixed-width instructions of INSTR_SIZE bytes.

Byte 0 is the opcode, bytes 1..3 the argument (little endian, 24 bits).
Fixed width keeps jump targets trivial to compute in the compiler and lets
the JIT treat `next_instr` as a plain green int.

Stack effects are written [before] -> [after], top of stack last.
Jump targets are absolute byte offsets into co_code.
"""

INSTR_SIZE = 4
MAX_ARG = (1 << 24) - 1

opnames = []
opmap = {}


def _def(name):
    num = len(opnames)
    opnames.append(name)
    opmap[name] = num
    globals()[name] = num


for _name in [
    'NOP',
    'POP_TOP',          # [x] -> []
    'ROT_TWO',          # [a, b] -> [b, a]
    'ROT_THREE',        # [a, b, c] -> [c, a, b]
    'DUP_TOP',          # [x] -> [x, x]
    'DUP_TOP_TWO',      # [a, b] -> [a, b, a, b]
    'LOAD_CONST',       # arg: index in co_consts_w.  [] -> [c]
    'LOAD_FAST',        # arg: index in co_varnames; UnboundLocalError if unset
    'STORE_FAST',       # [x] -> []
    'DELETE_FAST',
    'LOAD_NAME',        # arg: index in co_names; frame locals dict, then
    'STORE_NAME',       #   globals, then builtins (module and class bodies)
    'DELETE_NAME',
    'LOAD_GLOBAL',      # arg: index in co_names; globals, then builtins
    'STORE_GLOBAL',
    'DELETE_GLOBAL',
    'LOAD_DEREF',       # arg: index in cells (co_cellvars + co_freevars)
    'STORE_DEREF',
    'DELETE_DEREF',
    'LOAD_CLOSURE',     # arg: cell index; pushes the cell object itself
    'LOAD_CLASSDEREF',  # class body reading a free variable: locals, then cell
    'LOAD_ATTR',        # arg: index in co_names.  [obj] -> [value]
    'STORE_ATTR',       # [value, obj] -> []
    'DELETE_ATTR',      # [obj] -> []
    'BINARY_OP',        # arg: one of the BIN_* below.  [a, b] -> [a op b]
    'INPLACE_OP',       # arg: one of the BIN_* below.  [a, b] -> [a op= b]
    'UNARY_OP',         # arg: one of the UN_* below.  [a] -> [op a]
    'COMPARE_OP',       # arg: one of the CMP_* below.  [a, b] -> [a cmp b]
    'BINARY_SUBSCR',    # [obj, key] -> [obj[key]]
    'STORE_SUBSCR',     # [value, obj, key] -> []
    'DELETE_SUBSCR',    # [obj, key] -> []
    'BUILD_TUPLE',      # arg: n.  [x1..xn] -> [(x1..xn)]
    'BUILD_LIST',       # arg: n.  [x1..xn] -> [[x1..xn]]
    'BUILD_SET',        # arg: n.  [x1..xn] -> [{x1..xn}]
    'BUILD_MAP',        # arg: n.  [k1, v1, .. kn, vn] -> [{k1: v1, ..}]
    'BUILD_SLICE',      # arg: 2 or 3.  [start, stop(, step)] -> [slice]
    'BUILD_STRING',     # arg: n.  [s1..sn] -> [s1 + .. + sn]   (f-strings)
    'FORMAT_VALUE',     # arg: FMT_* flags.  [x(, spec)] -> [str]
    'LIST_APPEND',      # arg: n.  [list, .. n-1 items .., x] -> [list, ..]
    'SET_ADD',          # arg: n, as LIST_APPEND
    'MAP_ADD',          # arg: n.  [dict, .., k, v] -> [dict, ..]
    'LIST_EXTEND',      # arg: n.  [list, .., iterable] -> [list, ..]
    'SET_UPDATE',       # arg: n.  [set, .., iterable] -> [set, ..]
    'DICT_UPDATE',      # arg: n.  [dict, .., mapping] -> [dict, ..]
    'LIST_TO_TUPLE',    # [list] -> [tuple]
    'UNPACK_SEQUENCE',  # arg: n.  [seq] -> [xn .. x1]  (x1 on top)
    'UNPACK_EX',        # arg: before | (after << 8).  starred unpacking
    'JUMP_ABSOLUTE',    # arg: target.  A backward jump closes a loop.
    'POP_JUMP_IF_FALSE',  # arg: target.  [x] -> []
    'POP_JUMP_IF_TRUE',   # arg: target.  [x] -> []
    'JUMP_IF_FALSE_OR_POP',  # arg: target.  [x] -> [x] if jumping else []
    'JUMP_IF_TRUE_OR_POP',   # arg: target.
    'GET_ITER',         # [x] -> [iter(x)]
    'FOR_ITER',         # arg: target.  [it] -> [it, next(it)], or on
                        #   exhaustion [it] -> [] and jump to target
    'CALL_FUNCTION',    # arg: n positional.  [f, a1..an] -> [result]
    'CALL_FUNCTION_KW', # arg: n total.  [f, a1..an, names_tuple] -> [result]
                        #   the last len(names_tuple) args are keywords
    'CALL_FUNCTION_EX', # arg: 1 if a kwargs dict is present.
                        #   [f, args_tuple(, kwargs_dict)] -> [result]
    'MAKE_FUNCTION',    # arg: MF_* flags.  [(defaults tuple)
                        #   (kwdefaults dict) (annotations dict)
                        #   (closure tuple) code] -> [func]
    'RETURN_VALUE',     # [x] -> return x
    'RAISE_VARARGS',    # arg: 0 (re-raise), 1 [exc], 2 [exc, cause]
    'IMPORT_NAME',      # arg: index in co_names (dotted).
                        #   [level(int), fromlist] -> [module]
    'IMPORT_FROM',      # arg: index in co_names.  [mod] -> [mod, mod.name]
    'IMPORT_STAR',      # [mod] -> []
    'LOAD_BUILD_CLASS', # [] -> [__build_class__]
    'LOAD_ASSERTION_ERROR',  # [] -> [AssertionError]
    # Exception handling uses a static table (co_exceptiontable), not a
    # block stack: when an exception escapes an instruction whose offset is
    # covered by an entry, the value stack is cut to the entry's depth, the
    # exception object pushed, and execution goes on at the handler.
    'PUSH_EXC_INFO',    # [exc] -> [prev_exc, exc]; exc becomes "current"
    'POP_EXCEPT',       # [prev_exc] -> []; restores "current" exception
    'RERAISE',          # [exc] -> raise exc again (keeps its traceback)
    'CHECK_EXC_MATCH',  # [exc, type] -> [exc, bool]
    'WITH_ENTER',       # [mgr] -> [bound __exit__, result of __enter__]
    'WITH_EXIT',        # [exit, prev_exc, exc] -> [exit, prev_exc, exc, bool]
                        #   where bool = truth of exit(type(exc), exc, tb)
    'YIELD_VALUE',      # [x] -> [sent value]
    'YIELD_FROM',       # [iter, sent] -> sends `sent` into iter; if it
                        #   yields, the frame yields that value and runs
                        #   YIELD_FROM again on resumption with the new sent
                        #   value; when iter is exhausted -> [return value]
    'GET_YIELD_FROM_ITER',  # [x] -> [iter(x)] (generators unchanged)
    # the match statement (see compiler_match.py, matching.py)
    'MATCH_SEQUENCE',   # [x] -> [x, bool]: x is a sequence to match
    'MATCH_MAPPING',    # [x] -> [x, bool]: x is a mapping to match
    'GET_LEN',          # [x] -> [x, len(x)]
    'MATCH_KEYS',       # [x, keys] -> [x, keys, values tuple or None]
    'MATCH_CLASS',      # arg: n positional.  [x, cls, kw names tuple]
                        #   -> [attributes tuple or None]
    'COPY_DICT_WITHOUT_KEYS',  # [x, keys] -> [dict(x) without keys]
    'PRINT_EXPR',       # [x] -> []: sys.displayhook(x), for an expression
                        #   statement of compile(..., 'single')
]:
    _def(_name)

# BINARY_OP / INPLACE_OP arguments
BIN_ADD, BIN_SUB, BIN_MUL, BIN_TRUEDIV, BIN_FLOORDIV, BIN_MOD, BIN_POW, \
    BIN_MATMUL, BIN_LSHIFT, BIN_RSHIFT, BIN_AND, BIN_OR, BIN_XOR = range(13)
BIN_SYMBOLS = ['+', '-', '*', '/', '//', '%', '**', '@', '<<', '>>', '&',
               '|', '^']

# UNARY_OP arguments
UN_NEG, UN_POS, UN_INVERT, UN_NOT = range(4)

# COMPARE_OP arguments
CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE, CMP_IS, CMP_IS_NOT, \
    CMP_IN, CMP_NOT_IN = range(10)

# MAKE_FUNCTION flags
MF_DEFAULTS = 1
MF_KWDEFAULTS = 2
MF_ANNOTATIONS = 4
MF_CLOSURE = 8

# FORMAT_VALUE flags: conversion in the low 2 bits, spec present in bit 2
FMT_NONE, FMT_STR, FMT_REPR, FMT_ASCII = range(4)
FMT_HAVE_SPEC = 4

# co_flags
CO_OPTIMIZED = 0x01         # (both set on the code of functions, lambdas
CO_NEWLOCALS = 0x02         # and comprehensions, as CPython; never read)
CO_VARARGS = 0x04
CO_VARKEYWORDS = 0x08
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_COROUTINE = 0x80         # `async def` without yield
CO_ASYNC_GENERATOR = 0x200  # `async def` with yield
CO_HAS_DOCSTRING = 0x40    # co_consts_w[0] is the docstring


def encode(op, arg=0):
    assert 0 <= arg <= MAX_ARG
    return chr(op) + chr(arg & 0xff) + chr((arg >> 8) & 0xff) + chr(arg >> 16)
