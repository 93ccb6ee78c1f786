"""An RPython exception escaping interp-level code reaches Python code as
an exception (SystemError, MemoryError) instead of ending the process."""

from pypy.objspace.objspace import ObjSpace
from pypy.interpreter.function import BuiltinFunction
from pypy.interpreter.test.support import function_from_source

space = ObjSpace()


def raising(exc_class):
    def helper(space, args):
        raise exc_class
    return BuiltinFunction('helper', helper)


SOURCE = '''
def f(helper):
    try:
        helper()
    except SystemError as e:
        return 'SystemError: ' + str(e)
    except MemoryError:
        return 'MemoryError'
    return 'no exception'
'''


def caught_by_python(exc_class):
    w_f = function_from_source(space, SOURCE, 'f')
    w_res = space.call_function(w_f, raising(exc_class))
    return space.str_utf8(w_res)


def test_value_error_is_a_system_error():
    assert caught_by_python(ValueError) == \
        'SystemError: unexpected internal error: ValueError'


def test_assertion_and_index_errors():
    assert caught_by_python(AssertionError) == \
        'SystemError: unexpected internal error: AssertionError'
    assert caught_by_python(IndexError) == \
        'SystemError: unexpected internal error: IndexError'


def test_zero_division_is_named_before_its_base_classes():
    assert caught_by_python(ZeroDivisionError) == \
        'SystemError: unexpected internal error: ZeroDivisionError'


def test_memory_error():
    assert caught_by_python(MemoryError) == 'MemoryError'


def test_escaping_a_frame():
    # raised by an opcode, not a call: the frame's caller sees it
    from pypy.interpreter.error import OperationError
    from pypy.interpreter.unexpected import internal_error
    operr = internal_error(space, OverflowError())
    assert isinstance(operr, OperationError)
    assert space.str_utf8(operr.w_value) == \
        'unexpected internal error: OverflowError'


def test_stack_overflow_is_a_recursion_error_the_frame_catches():
    # deep interp-level recursion (== of a dict holding itself) overflows
    # the stack inside one opcode: the frame running it gets a
    # RecursionError its own try/except catches (untranslated, the host's
    # RuntimeError about recursion stands for rstackovf.StackOverflow)
    def overflowing(space, args):
        raise RuntimeError('maximum recursion depth exceeded')
    w_g = function_from_source(space, '''
def g(helper):
    try:
        helper()
    except RecursionError as e:
        return 'RecursionError: ' + str(e)
    return 'no exception'
''', 'g')
    w_res = space.call_function(w_g, BuiltinFunction('helper', overflowing))
    assert space.str_utf8(w_res) == \
        'RecursionError: maximum recursion depth exceeded'
