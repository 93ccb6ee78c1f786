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
