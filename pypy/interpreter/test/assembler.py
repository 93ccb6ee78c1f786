"""A tiny bytecode assembler for tests that must not depend on the
compiler: instructions as (opname, arg) pairs, labels as strings."""

from pypy.interpreter import opcodes
from pypy.interpreter.pycode import PyCode


def assemble(space, instructions, consts_w, varnames, argcount=0,
             names=None, stacksize=8, name='f', cellvars=None,
             freevars=None, exceptiontable=None):
    offsets = {}
    pc = 0
    for item in instructions:
        if isinstance(item, str):
            offsets[item] = pc
        else:
            pc += opcodes.INSTR_SIZE
    code = []
    for item in instructions:
        if isinstance(item, str):
            continue
        opname, arg = item
        if isinstance(arg, str):
            arg = offsets[arg]
        code.append(opcodes.encode(opcodes.opmap[opname], arg))
    n = len(code)
    return PyCode(name, name, '<test>', 1, argcount, 0, 0, 0, stacksize,
                  ''.join(code), consts_w, names or [], varnames,
                  cellvars or [], freevars or [], [1] * n,
                  exceptiontable or [])


def float_sum_loop(space):
    """def f(n):
           i = 0; s = 0.0
           while i < n: s += i * 0.5; i += 1
           return s"""
    op = opcodes
    return assemble(space, [
        ('LOAD_CONST', 0), ('STORE_FAST', 1),
        ('LOAD_CONST', 1), ('STORE_FAST', 2),
        'loop',
        ('LOAD_FAST', 1), ('LOAD_FAST', 0), ('COMPARE_OP', op.CMP_LT),
        ('POP_JUMP_IF_FALSE', 'end'),
        ('LOAD_FAST', 2), ('LOAD_FAST', 1), ('LOAD_CONST', 2),
        ('BINARY_OP', op.BIN_MUL), ('INPLACE_OP', op.BIN_ADD),
        ('STORE_FAST', 2),
        ('LOAD_FAST', 1), ('LOAD_CONST', 3), ('INPLACE_OP', op.BIN_ADD),
        ('STORE_FAST', 1),
        ('JUMP_ABSOLUTE', 'loop'),
        'end',
        ('LOAD_FAST', 2), ('RETURN_VALUE', 0),
    ], [space.newint(0), space.newfloat(0.0), space.newfloat(0.5),
        space.newint(1)], ['n', 'i', 's'], argcount=1)
