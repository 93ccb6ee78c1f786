"""Interp-level tests of _contextvars: variables, tokens and contexts."""

import pytest
from pypy.interpreter.arguments import Arguments
from pypy.interpreter.error import OperationError
from pypy.interpreter.function import BuiltinFunction
from pypy.module._contextvars import moduledef as cv
from pypy.objspace.objspace import ObjSpace

space = ObjSpace()


def call(func, *args_w, **kwds_w):
    return func(space, Arguments(list(args_w), kwds_w.keys(),
                                 kwds_w.values()))


def new_var(name, **kwds_w):
    return cv.new_contextvar(space, space.w_contextvars_ContextVar,
                             Arguments([space.newtext_utf8(name)],
                                       kwds_w.keys(), kwds_w.values()))


def raises_app(w_type, func, *args_w):
    with pytest.raises(OperationError) as e:
        call(func, *args_w)
    assert e.value.match(space, w_type)


def test_get_set_reset():
    w_var = new_var('v')
    raises_app(space.w_LookupError, cv.contextvar_get, w_var)
    w_one = space.newint(1)
    assert call(cv.contextvar_get, w_var, w_one) is w_one
    w_token = call(cv.contextvar_set, w_var, space.newint(5))
    assert space.int_w(call(cv.contextvar_get, w_var)) == 5
    assert cv.token_get_old_value(space, w_token) is \
        space.w_contextvars_Token.dict_w['MISSING']
    w_token2 = call(cv.contextvar_set, w_var, space.newint(6))
    assert space.int_w(cv.token_get_old_value(space, w_token2)) == 5
    call(cv.contextvar_reset, w_var, w_token2)
    assert space.int_w(call(cv.contextvar_get, w_var)) == 5
    raises_app(space.w_RuntimeError, cv.contextvar_reset, w_var, w_token2)
    call(cv.contextvar_reset, w_var, w_token)
    raises_app(space.w_LookupError, cv.contextvar_get, w_var)


def test_default():
    w_seven = space.newint(7)
    w_var = new_var('d', default=w_seven)
    assert call(cv.contextvar_get, w_var) is w_seven
    assert space.text_utf8(cv.contextvar_get_name(space, w_var)) == 'd'


def test_copy_context_and_run_isolate_changes():
    w_var = new_var('r')
    call(cv.contextvar_set, w_var, space.newint(1))
    w_ctx = call(cv.copy_context)
    assert w_ctx.length(space) == len(cv.current_context(space).vars_w)
    assert space.is_true(w_ctx.contains(space, w_var))
    seen = []

    def body(space, args):
        seen.append(space.int_w(call(cv.contextvar_get, w_var)))
        call(cv.contextvar_set, w_var, space.newint(2))
        # entering the running context again is an error
        raises_app(space.w_RuntimeError, cv.context_run, w_ctx, w_body)
        return space.w_None
    w_body = BuiltinFunction('body', body)
    call(cv.context_run, w_ctx, w_body)
    assert seen == [1]
    assert space.int_w(w_ctx.getitem(space, w_var)) == 2
    assert space.int_w(call(cv.contextvar_get, w_var)) == 1


def test_token_from_other_var_or_context():
    w_a = new_var('a')
    w_b = new_var('b')
    w_token = call(cv.contextvar_set, w_a, space.newint(1))
    raises_app(space.w_ValueError, cv.contextvar_reset, w_b, w_token)

    def body(space, args):
        raises_app(space.w_ValueError, cv.contextvar_reset, w_a, w_token)
        return space.w_None
    call(cv.context_run, call(cv.copy_context),
         BuiltinFunction('body', body))
