from pypy.objspace.objspace import ObjSpace
from pypy.interpreter.function import Function
from pypy.interpreter.test.assembler import float_sum_loop

space = ObjSpace()


def test_float_sum_loop():
    w_f = Function(space, float_sum_loop(space), space.newdict(), [], None,
                   [], 'f')
    w_result = space.call_function(w_f, space.newint(10))
    assert space.float_w(w_result) == sum(i * 0.5 for i in range(10))


def test_wrong_argument_count():
    from pypy.interpreter.error import OperationError
    w_f = Function(space, float_sum_loop(space), space.newdict(), [], None,
                   [], 'f')
    try:
        space.call_function(w_f)
    except OperationError as e:
        assert space.str_utf8(e.w_value) == \
            "f() missing 1 required positional argument: 'n'"
    else:
        assert False


def handlers_with_loops(functions):
    """The functions whose flow graph has a loop and that are not marked
    unroll_safe: the JIT does not trace into them but calls them."""
    from rpython.flowspace.objspace import build_flow
    from rpython.translator.backendopt.support import find_backedges
    return [f.__name__ for f in functions
            if find_backedges(build_flow(f))
            and not getattr(f, '_jit_unroll_safe_', False)]


def test_every_opcode_handler_is_traced_into():
    # a handler the JIT calls instead of tracing gets the virtualizable
    # frame as an argument, which forces it and aborts the trace: loops
    # belong in helpers that are not given the frame
    from pypy.interpreter import pyopcode
    from pypy.interpreter import opcodes as op
    assert handlers_with_loops([getattr(pyopcode, name)
                                for name in op.opnames]) == []


def test_handlers_with_loops_finds_a_loop():
    def LOOPING(frame, pycode, arg, next_instr):
        for i in range(arg):
            frame.popvalue()
        return next_instr
    assert handlers_with_loops([LOOPING]) == ['LOOPING']


def test_a_generator_resumed_by_its_own_code_is_never_inlined():
    # the JIT's can_never_inline: a generator's code is marked once a
    # frame of it resumes a generator of it, by for or by yield from;
    # iterating other generators, or being iterated, does not mark it
    import sys
    from pypy.interpreter.pyopcode import can_never_inline
    from pypy.interpreter.test.support import function_from_source
    limit = sys.getrecursionlimit()
    try:
        w_f = function_from_source(space, """
def leaves(depth):
    if depth == 0:
        yield 1
        return
    for x in leaves(depth - 1):
        yield x
    yield from leaves(depth - 1)
def walk(depth):
    if depth:
        yield from walk(depth - 1)
    yield depth
def flat(xs):
    for x in xs:
        yield x
def outer(xs):
    for x in flat(xs):
        yield x
def f(which):
    if which == 0:
        return sum(leaves(3))
    if which == 1:
        return sum(walk(3))
    return sum(outer([1, 2, 3]))
""", 'f')
    finally:
        sys.setrecursionlimit(limit)
    w_globals = w_f.w_globals

    def code(name):
        return w_globals.getitem_str(space, name).code

    for name in ['leaves', 'walk', 'flat', 'outer']:
        assert not can_never_inline(0, code(name))
    assert space.int_w(space.call_function(w_f, space.newint(2))) == 6
    assert not can_never_inline(0, code('flat'))
    assert not can_never_inline(0, code('outer'))
    assert space.int_w(space.call_function(w_f, space.newint(0))) == 8
    assert can_never_inline(0, code('leaves'))
    assert not can_never_inline(0, code('walk'))
    assert space.int_w(space.call_function(w_f, space.newint(1))) == 6
    assert can_never_inline(0, code('walk'))
