"""typing (CPython 3.11's) and what it needs of the interpreter: callable()
of any object whose type can be called, __mro_entries__ and
__init_subclass__ in class creation, __class_getitem__, a type's
__module__ and __qualname__."""

import collections
import functools


def test_callable_of_every_kind_of_callable():
    class WithCall:
        def __call__(self):
            return 1

    class Plain:
        pass
    assert callable(functools.partial(len)) and callable(len)
    assert callable(WithCall()) and callable(Plain) and callable([].append)
    assert callable(str.upper) and callable(functools.partial)
    assert not callable(Plain()) and not callable(1) and not callable("s")
    d = collections.defaultdict(functools.partial(collections.defaultdict,
                                                  dict))
    d["a"]["b"]["c"] = 1
    assert d["a"]["b"] == {"c": 1}


def test_type_module_and_qualname():
    class Outer:
        class Inner:
            pass
    assert int.__module__ == "builtins" and type.__module__ == "builtins"
    assert Outer.Inner.__qualname__.endswith("Outer.Inner")
    assert int.__qualname__ == "int" and type.__qualname__ == "type"
    assert collections.OrderedDict.__module__ == "collections"


def test_mro_entries_and_init_subclass():
    seen = []

    class Base:
        def __init_subclass__(cls, tag=None, **kwargs):
            super().__init_subclass__(**kwargs)
            seen.append((cls.__name__, tag))

    class Alias:
        def __mro_entries__(self, bases):
            return (Base,)
    alias = Alias()

    class Child(alias, tag="t"):
        pass
    assert Child.__bases__ == (Base,) and Child.__orig_bases__ == (alias,)
    assert seen == [("Child", "t")]


def test_typing_generics():
    import typing
    T = typing.TypeVar("T")

    class Box(typing.Generic[T]):
        def __init__(self, item: T):
            self.item = item
    assert Box.__parameters__ == (T,)
    assert Box[int].__origin__ is Box and Box[int].__args__ == (int,)
    assert Box(3).item == 3
    assert repr(typing.List[int]) == "typing.List[int]"
    assert repr(typing.Optional[str]) == "typing.Optional[str]"
    assert typing.get_origin(typing.Dict[str, int]) is dict
    assert typing.get_args(typing.Union[int, str]) == (int, str)

    @typing.runtime_checkable
    class Closable(typing.Protocol):
        def close(self): ...

    class File:
        def close(self):
            pass
    assert isinstance(File(), Closable) and not isinstance(1, Closable)
    assert typing.cast(int, "x") == "x"


def test_abc_callable_alias_flattens_its_parameter_list():
    import collections.abc
    import typing
    alias = collections.abc.Callable[[int, str], float]
    assert alias.__args__ == (int, str, float)
    assert repr(alias) == "collections.abc.Callable[[int, str], float]"
    # hashable, as typing.Union needs its members to be (pluggy's
    # `_F | Callable[[_F], _F]`)
    assert typing.get_args(typing.Union[alias, int]) == (alias, int)
    T = typing.TypeVar("T")
    assert collections.abc.Callable[[T], T][bytes].__args__ == (bytes, bytes)
    assert list[int].__args__ == (int,) and type(list[int]) is not \
        type(alias)
