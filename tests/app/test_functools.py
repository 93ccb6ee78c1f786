"""The functools module."""

import functools
from functools import partial, reduce, wraps
import pytest


def test_reduce():
    assert reduce(lambda a, b: a + b, [1, 2, 3, 4]) == 10
    assert reduce(lambda a, b: a * b, [1, 2, 3, 4], 10) == 240
    assert reduce(lambda a, b: a + b, [], 7) == 7
    assert reduce(lambda a, b: a + b, [5]) == 5
    assert reduce(lambda a, b: a + b, iter(["a", "b"])) == "ab"
    with pytest.raises(TypeError, match="empty"):
        reduce(lambda a, b: a + b, [])


def test_partial_basics():
    def f(a, b, c=0, d=0):
        return (a, b, c, d)
    p = partial(f, 1, c=3)
    assert p(2) == (1, 2, 3, 0)
    assert p(2, d=4) == (1, 2, 3, 4)
    assert p(2, c=5) == (1, 2, 5, 0)
    assert p.func is f
    assert p.args == (1,)
    assert p.keywords == {"c": 3}
    q = partial(p, 2)
    assert q() == (1, 2, 3, 0)
    assert q.func is f
    assert q.args == (1, 2)
    assert partial(max, 5)(3) == 5
    assert list(map(partial(pow, 2), [1, 2, 3])) == [2, 4, 8]


def test_partial_errors_and_repr():
    with pytest.raises(TypeError):
        partial(1)
    p = partial(max, 1, key=None)
    assert repr(p).startswith("functools.partial(<built-in function max>, 1")
    assert repr(p).endswith("key=None)")


def test_wraps():
    def deco(func):
        @wraps(func)
        def wrapper(*args, **kwargs):
            return func(*args, **kwargs) + 1
        return wrapper

    @deco
    def add(a, b):
        """Adds."""
        return a + b
    assert add(1, 2) == 4
    assert add.__name__ == "add"
    assert add.__doc__ == "Adds."
    assert add.__wrapped__(1, 2) == 3
    assert add.__qualname__.endswith("add")


def test_update_wrapper():
    def original():
        """doc"""
    def wrapper():
        pass
    original.extra = 42
    result = functools.update_wrapper(wrapper, original)
    assert result is wrapper
    assert wrapper.__name__ == "original"
    assert wrapper.__doc__ == "doc"
    assert wrapper.extra == 42
    assert wrapper.__wrapped__ is original


def test_lru_cache():
    calls = []

    @functools.lru_cache(maxsize=None)
    def fib(n):
        calls.append(n)
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    assert fib(60) == 1548008755920
    assert len(calls) == 61
    info = fib.cache_info()
    assert info.misses == 61
    assert info.hits == 58
    assert info.maxsize is None
    assert info.currsize == 61
    assert info == (58, 61, None, 61)
    fib.cache_clear()
    assert fib.cache_info().currsize == 0
    assert fib.__name__ == "fib"


def test_lru_cache_bounded():
    calls = []

    @functools.lru_cache(maxsize=2)
    def square(x):
        calls.append(x)
        return x * x
    assert square(2) == 4
    assert square(3) == 9
    assert square(2) == 4       # hit; 3 is now the least recently used
    assert square(4) == 16      # evicts 3
    assert square(2) == 4
    assert calls == [2, 3, 4]
    assert square(3) == 9
    assert calls == [2, 3, 4, 3]
    assert square.cache_info().maxsize == 2


def test_lru_cache_bare_and_kwargs():
    @functools.lru_cache
    def f(a, b=1):
        return a + b
    assert f(1) == 2
    assert f(1, b=5) == 6
    assert f(1, b=5) == 6
    assert f.cache_info().hits == 1

    @functools.cache
    def g(x):
        return [x]
    assert g(1) is g(1)


def test_lru_cache_method():
    class C:
        def __init__(self):
            self.n = 0

        @functools.lru_cache(maxsize=None)
        def compute(self, x):
            self.n += 1
            return x * 2
    c = C()
    assert c.compute(3) == 6
    assert c.compute(3) == 6
    assert c.n == 1


def test_cmp_to_key():
    def cmp(a, b):
        return (a > b) - (a < b)
    data = [3, 1, 2]
    assert sorted(data, key=functools.cmp_to_key(cmp)) == [1, 2, 3]
    assert sorted(data, key=functools.cmp_to_key(lambda a, b: b - a)) == \
        [3, 2, 1]
    k = functools.cmp_to_key(cmp)
    assert k(1) < k(2)
    assert k(2) == k(2)
    assert max(data, key=functools.cmp_to_key(cmp)) == 3


def test_total_ordering():
    @functools.total_ordering
    class V:
        def __init__(self, v):
            self.v = v

        def __eq__(self, other):
            return self.v == other.v

        def __lt__(self, other):
            return self.v < other.v
    assert V(1) < V(2)
    assert V(2) > V(1)
    assert V(1) <= V(1)
    assert V(1) <= V(2)
    assert V(2) >= V(1)
    assert not (V(1) >= V(2))
    assert sorted([V(3), V(1)], key=lambda x: x)[0].v == 1


def capture(*args, **kw):
    return args, kw


def test_partial_copy_pickle_and_setstate():
    # CPython's test_functools pickles and copies partials (pickle finds a
    # function by its module's name: `capture` is at the top level)
    import copy
    import functools
    import pickle
    f = functools.partial(capture, 1, a=2)
    f.attr = 5
    g = copy.copy(f)
    assert g(3) == ((1, 3), {"a": 2}) and g.attr == 5
    assert copy.deepcopy(f)(4) == ((1, 4), {"a": 2})
    p = pickle.loads(pickle.dumps(f))
    assert p(5) == ((1, 5), {"a": 2}) and p.attr == 5
    assert repr(functools.partial) == "<class 'functools.partial'>"
    f.__setstate__((capture, (1,), dict(a=10), None))
    assert f() == ((1,), {"a": 10}) and f.__dict__ == {}
    f.__setstate__((capture, (1,), None, None))
    assert f.keywords == {}
    for bad in [(capture, (), {}), (capture, (), {}, {}, None),
                [capture, (), {}, None], (None, (), {}, None),
                (capture, None, {}, None), (capture, [], {}, None),
                (capture, (), [], None)]:
        try:
            f.__setstate__(bad)
        except TypeError:
            pass
        else:
            raise AssertionError(bad)


def test_cache_info_constructor_and_private_helpers():
    # CPython's test_functools builds the expected cache_info() with
    # functools._CacheInfo, locks with functools.RLock and calls
    # singledispatch's helpers _c3_mro, _compose_mro and _find_impl
    import functools

    @functools.lru_cache(maxsize=None)
    def f(n):
        return n

    f(1)
    f(1)
    f(2)
    expected = functools._CacheInfo(hits=1, misses=2, maxsize=None, currsize=2)
    assert f.cache_info() == expected
    assert functools._CacheInfo(1, 2, 3, currsize=4) == (1, 2, 3, 4)
    assert repr(functools._CacheInfo(1, 2, 3, 4)) == \
        'CacheInfo(hits=1, misses=2, maxsize=3, currsize=4)'
    assert functools._CacheInfo(1, 2, 3, 4).maxsize == 3
    with pytest.raises(TypeError):
        functools._CacheInfo(1, 2, 3)
    with functools.RLock():
        pass
    assert functools._c3_mro(bool) == [bool, int, object]
    assert functools._find_impl(bool, {int: 'i', object: 'o'}) == 'i'
    assert functools._compose_mro(bool, []) == [bool, int, object]


def test_function_annotations_attribute():
    # a dict made on first access, replaceable (update_wrapper copies it;
    # CPython's test_functools checks it is copied)
    def f(x):
        pass

    assert f.__annotations__ == {} and f.__annotations__ is f.__annotations__
    f.__annotations__ = {'x': int}
    assert f.__annotations__ == {'x': int}

    @wraps(f)
    def g():
        pass

    assert g.__annotations__ == {'x': int}
    f.__annotations__ = None
    assert f.__annotations__ == {}
    with pytest.raises(TypeError):
        f.__annotations__ = 3


@functools.lru_cache
def cached_at_module_level(x):
    return x


def test_lru_cache_wrapper_pickles_and_copies_as_itself():
    # by reference, as its __qualname__ (CPython's lru_cache_reduce)
    import copy
    import pickle
    f = cached_at_module_level
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(f, proto)) is f
    assert f.__reduce__() == 'cached_at_module_level'
    assert copy.copy(f) is f and copy.deepcopy(f) is f


class PartialSubclass(partial):
    pass


def test_partial_copy_shares_the_args_tuple_and_keywords_dict():
    import copy
    f = partial(capture, ['asdf'], bar=[True])
    f.attr = []
    shallow = copy.copy(f)
    assert shallow.args is f.args and shallow.keywords is f.keywords
    assert shallow.attr is f.attr and shallow() == f()
    deep = copy.deepcopy(f)
    assert deep.args == f.args and deep.args[0] is not f.args[0]
    f.__setstate__((capture, (1,), {'a': 2}, None))
    args, keywords = f.args, f.keywords
    assert f.args is args and f.keywords is keywords


def test_partial_repr_of_a_subclass_and_of_itself():
    name = repr(capture)
    assert repr(PartialSubclass(capture, 1)) == \
        'PartialSubclass(%s, 1)' % name
    assert repr(partial(capture, 1, a=2)) == \
        'functools.partial(%s, 1, a=2)' % name
    f = partial(capture)
    f.__setstate__((f, (), {}, {}))
    assert repr(f) == 'functools.partial(...)'
    f.__setstate__((capture, (f,), {}, {}))
    assert repr(f) == 'functools.partial(%s, ...)' % name
    f.__setstate__((capture, (), {'a': f}, {}))
    assert repr(f) == 'functools.partial(%s, a=...)' % name


def test_bound_method_and_static_class_methods_give_their_functions_attributes():
    class A:
        @functools.lru_cache()
        def cached(self, x):
            return x
    a = A()
    a.cached(1)
    assert a.cached.cache_info().currsize == 1

    def annotated(x: int) -> str:
        "its doc"
    for wrapper in [staticmethod(annotated), classmethod(annotated)]:
        assert wrapper.__annotations__ == {'x': int, 'return': str}
        assert wrapper.__wrapped__ is annotated
        assert wrapper.__name__ == 'annotated'

    class B:
        @functools.singledispatchmethod
        def m(self, arg):
            return 'base'

        @m.register
        @classmethod
        def _(cls, arg: int):
            return 'int'

        @m.register
        @staticmethod
        def _(arg: str):
            return 'str'
    assert (B().m(1), B().m('a'), B().m(1.0)) == ('int', 'str', 'base')


def test_update_wrapper_needs_the_updated_attributes_on_the_wrapper():
    def wrapped():
        pass

    def wrapper():
        pass
    wrapper.dict_attr = {}
    functools.update_wrapper(wrapper, wrapped, ('attr',), ('dict_attr',))
    assert 'attr' not in wrapper.__dict__ and wrapper.dict_attr == {}
    del wrapper.dict_attr
    with pytest.raises(AttributeError):
        functools.update_wrapper(wrapper, wrapped, ('attr',), ('dict_attr',))
    wrapper.dict_attr = 1
    with pytest.raises(AttributeError):
        functools.update_wrapper(wrapper, wrapped, ('attr',), ('dict_attr',))


def test_cmp_to_key_takes_obj_by_keyword_and_is_unhashable():
    import collections.abc

    def compare(x, y):
        return (x > y) - (x < y)
    key = functools.cmp_to_key(mycmp=compare)
    assert key(obj=3) == key(obj=3) and key(obj=3) > key(obj=1)
    assert key(obj=3).obj == 3
    assert not isinstance(key(3), collections.abc.Hashable)
    with pytest.raises(TypeError):
        hash(key(3))


def test_weakref_proxy_gives_the_referents_attributes():
    import gc
    import re
    import weakref
    f = partial(int, base=16)
    proxy = weakref.proxy(f)
    assert proxy.func is int and proxy('ff') == 255 and callable(proxy)
    assert type(proxy) is weakref.CallableProxyType
    pattern = re.compile('ab+c')
    assert weakref.proxy(pattern).findall('QabbbcR') == ['abbbc']
    assert type(weakref.proxy(pattern)) is weakref.ProxyType
    items = [1, 2]
    holder = Holder(items)
    held = weakref.proxy(holder)
    assert held.items is items and held == holder
    with pytest.raises(TypeError):
        hash(held)
    del f
    gc.collect()
    with pytest.raises(ReferenceError):
        proxy.func


class Holder:
    def __init__(self, items):
        self.items = items
