"""Coroutines (`async def`) and asynchronous generators (`async def` with
`yield`): suspended frames like generators, but awaited rather than
iterated. `await x` runs `yield from x.__await__()` (compiler.py); a
coroutine's __await__ is itself, so awaiting one resumes it through the
generator machinery."""

from pypy.interpreter.arguments import check_args
from pypy.interpreter.generator import W_Generator, generator_methods
from pypy.objspace.typeobject import TypeDef


class W_Coroutine(W_Generator):
    _attrs_ = []

    def getclass(self, space):
        return space.w_coroutine

    def repr(self, space):
        from rpython.rlib.objectmodel import compute_unique_id
        return space.newtext_utf8('<coroutine object %s at 0x%x>' % (
            self.frame.pycode.co_qualname if self.frame else self.name,
            compute_unique_id(self)))

    def iter(self, space):
        return None                 # awaited, not iterated

    def is_iterator(self):
        return False


class W_AsyncGenerator(W_Generator):
    """Only the type for now: asend/athrow/__anext__ are not there yet."""
    _attrs_ = []

    def getclass(self, space):
        return space.w_async_generator

    def repr(self, space):
        from rpython.rlib.objectmodel import compute_unique_id
        return space.newtext_utf8('<async_generator object %s at 0x%x>' % (
            self.frame.pycode.co_qualname if self.frame else self.name,
            compute_unique_id(self)))

    def iter(self, space):
        return None

    def is_iterator(self):
        return False


def coroutine_await(space, args):
    check_args(space, args, '__await__', 1, 1)
    return args.arguments_w[0]


def make_coroutine_types(space):
    methods = {'__await__': coroutine_await}
    for name in ['send', 'throw', 'close']:
        methods[name] = generator_methods[name]
    space.make_builtin_type('w_coroutine', TypeDef(
        'coroutine', methods=methods, acceptable_as_base=False),
        [space.w_object])
    space.make_builtin_type('w_async_generator', TypeDef(
        'async_generator', acceptable_as_base=False), [space.w_object])
