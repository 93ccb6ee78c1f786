"""contextvars (the built-in _contextvars): variables, tokens, contexts."""

import contextvars

import pytest


def test_get_set_reset():
    var = contextvars.ContextVar("var")
    assert var.name == "var"
    with pytest.raises(LookupError):
        var.get()
    assert var.get(5) == 5
    token = var.set(1)
    assert var.get() == 1 and token.var is var
    assert token.old_value is contextvars.Token.MISSING
    token2 = var.set(2)
    assert token2.old_value == 1
    var.reset(token2)
    assert var.get() == 1
    with pytest.raises(RuntimeError):
        var.reset(token2)
    var.reset(token)
    with pytest.raises(LookupError):
        var.get()
    assert contextvars.ContextVar("d", default=7).get() == 7


def test_context_run_and_copy():
    var = contextvars.ContextVar("run_var")
    var.set("outer")
    ctx = contextvars.copy_context()
    assert ctx[var] == "outer" and var in ctx and ctx.get(var) == "outer"
    assert var in list(ctx.keys()) and len(ctx) >= 1

    def body(x, y=0):
        assert var.get() == "outer"
        var.set("inner")
        with pytest.raises(RuntimeError):
            ctx.run(len, "")
        return x + y
    assert ctx.run(body, 1, y=2) == 3
    assert ctx[var] == "inner" and var.get() == "outer"
    empty = contextvars.Context()
    assert len(empty) == 0 and empty.get(var, "none") == "none"
    assert empty.run(var.get, "dflt") == "dflt"


def test_token_checks():
    a = contextvars.ContextVar("a")
    b = contextvars.ContextVar("b")
    token = a.set(1)
    with pytest.raises(ValueError):
        b.reset(token)
    with pytest.raises(ValueError):
        contextvars.copy_context().run(a.reset, token)
    a.reset(token)
