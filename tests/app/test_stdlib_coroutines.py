"""Coroutines (`async def`, `await`), which the standard library's
modules define at import (types, _collections_abc, contextlib), driven by
hand with send() as an event loop does."""

import pytest


def run(coro):
    """The coroutine's return value, None sent at every suspension."""
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def add_one(x):
    return x + 1


class Suspend:
    """An awaitable whose __await__ suspends once, yielding `token`, and
    returns twice the value sent back."""
    def __init__(self, token):
        self.token = token

    def __await__(self):
        v = yield self.token
        return v * 2


def test_await_chain():
    async def main():
        a = await add_one(1)
        b = await add_one(a * 10)
        return a, b
    assert run(main()) == (2, 21)


def test_coroutine_type_and_repr():
    async def f():
        pass
    c = f()
    assert type(c).__name__ == "coroutine"
    assert repr(c).startswith("<coroutine object test_coroutine_type_and_repr.<locals>.f at 0x")
    with pytest.raises(TypeError, match="'coroutine' object is not iterable"):
        iter(c)
    c.close()


def test_await_custom_awaitable_suspends():
    async def main():
        return await Suspend("tok") + 1
    c = main()
    assert c.send(None) == "tok"
    with pytest.raises(StopIteration) as info:
        c.send(20)
    assert info.value.value == 41


def test_exception_through_await():
    async def fails():
        raise KeyError("k")

    async def main():
        try:
            await fails()
        except KeyError as e:
            return "caught " + e.args[0]
    assert run(main()) == "caught k"


def test_async_generator_type():
    async def agen():
        yield 1
    g = agen()
    assert type(g).__name__ == "async_generator"


def test_await_outside_async_function_is_a_syntax_error():
    with pytest.raises(SyntaxError):
        compile("def f():\n    await x\n", "<s>", "exec")
