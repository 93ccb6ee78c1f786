"""collections, copy, contextlib, reprlib, functools and _thread on the
standard library; CPython gives the expected results."""

import pytest


def test_deque():
    from collections import deque
    d = deque([1, 2, 3], maxlen=4)
    d.append(4)
    d.append(5)
    d.appendleft(0)
    assert list(d) == [0, 2, 3, 4] and d.maxlen == 4 and len(d) == 4
    assert d.pop() == 4 and d.popleft() == 0 and d[0] == 2 and d[-1] == 3
    d.extend([7, 8])
    d.rotate(1)
    assert d == deque([8, 2, 3, 7])
    d.rotate(-2)
    assert list(d) == [3, 7, 8, 2] and 7 in d and d.count(8) == 1
    d.remove(7)
    assert repr(d) == 'deque([3, 8, 2], maxlen=4)'
    assert repr(deque('ab')) == "deque(['a', 'b'])"
    with pytest.raises(IndexError, match="pop from an empty deque"):
        deque().popleft()


def test_defaultdict_counter_ordereddict():
    from collections import defaultdict, Counter, OrderedDict
    dd = defaultdict(list)
    dd['a'].append(1)
    dd['b']
    assert dd == {'a': [1], 'b': []} and dd.default_factory is list
    assert dd.get('z') is None and 'z' not in dd and isinstance(dd, dict)
    assert repr(dd) == "defaultdict(<class 'list'>, {'a': [1], 'b': []})"
    c = defaultdict(int, {'x': 1}, y=2)
    c['x'] += 1
    assert sorted(c.items()) == [('x', 2), ('y', 2)]
    with pytest.raises(TypeError, match="first argument must be callable"):
        defaultdict(3)
    assert Counter('abracadabra').most_common(2) == [('a', 5), ('b', 2)]
    assert OrderedDict(a=1) != OrderedDict(a=2)
    od = OrderedDict(a=1, b=2)
    od['c'] = 3
    od.move_to_end('a')
    del od['b']
    assert list(od) == ['c', 'a'] and od.popitem() == ('a', 1)


def test_copy_and_str_translate():
    import copy
    x = [1, {2: (3, [4])}]
    y = copy.deepcopy(x)
    assert y == x and y[1][2][1] is not x[1][2][1]
    assert copy.copy(x)[1] is x[1]
    assert 'aabbcd'.translate(str.maketrans('ab', 'xy', 'c')) == 'xxyyd'
    assert 'hello'.translate({ord('l'): 'L', 104: None}) == 'eLLo'


def test_contextlib():
    import contextlib

    @contextlib.contextmanager
    def tagged(log):
        log.append('in')
        yield len(log)
        log.append('out')
    log = []
    with tagged(log) as n:
        assert n == 1
    assert log == ['in', 'out']
    with contextlib.suppress(KeyError):
        {}[1]


def test_thread_locks():
    import _thread
    lock = _thread.allocate_lock()
    assert lock.acquire() and lock.locked()
    assert not lock.acquire(False) and not lock.acquire(timeout=0.01)
    lock.release()
    with lock:
        assert lock.locked()
    assert not lock.locked()
    with pytest.raises(RuntimeError, match="release unlocked lock"):
        lock.release()
    r = _thread.RLock()
    with r:
        with r:
            assert r._is_owned()
    assert not r._is_owned()
    assert isinstance(_thread.get_ident(), int) and _thread.error is RuntimeError


def test_reprlib_functools():
    import reprlib
    import functools
    assert reprlib.repr(list(range(100))) == '[0, 1, 2, 3, 4, 5, ...]'

    @functools.lru_cache
    def double(x):
        return x * 2
    assert double(3) == 6 and double(3) == 6
    assert double.cache_info().hits == 1


def test_functions_and_methods_are_callable_abcs():
    from collections.abc import Callable

    def gen():
        yield
    for obj in [lambda: None, type, int, object, len, list.append, [].append]:
        assert isinstance(obj, Callable) and issubclass(type(obj), Callable)
    for obj in [None, 42, '', (), [], {}, set(), gen()]:
        assert not isinstance(obj, Callable)
    f = lambda a, b=2: (a, b)
    assert f.__call__(1, b=3) == (1, 3) and type(f).__call__(f, 5) == (5, 2)
    assert len.__call__([1]) == 1


def test_dicts_and_their_views_are_reversible():
    from collections import Counter, OrderedDict
    from collections.abc import Reversible
    for obj in [dict(), dict().keys(), dict().items(), dict().values(),
                Counter(), Counter().keys(), OrderedDict().items()]:
        assert isinstance(obj, Reversible), obj
    for obj in [iter([]), reversed([]), set(), frozenset()]:
        assert not isinstance(obj, Reversible)
    d = {'a': 1, 'b': 2}
    assert list(reversed(d)) == list(reversed(d.keys())) == ['b', 'a']
    assert list(reversed(d.values())) == [2, 1]
    assert list(reversed(d.items())) == [('b', 2), ('a', 1)]


def test_ordered_dict_links_through_weak_proxies():
    import copy
    import pickle
    from collections import OrderedDict
    d = OrderedDict(a=1, b=2)
    d['c'] = 3
    del d['a']
    d.move_to_end('b')
    assert list(d) == ['c', 'b'] and list(reversed(d)) == ['b', 'c']
    assert d.popitem() == ('b', 2) and d.popitem(last=False) == ('c', 3)
    e = OrderedDict.fromkeys('xyz')
    e.move_to_end('z', last=False)
    assert list(e) == ['z', 'x', 'y']
    assert copy.deepcopy(e) == e and pickle.loads(pickle.dumps(e)) == e


def test_defaultdict_without_arguments():
    import collections
    d = collections.defaultdict()
    assert d.default_factory is None and d == {}
    with pytest.raises(KeyError):
        d['missing']
    assert collections.defaultdict(None, a=1) == {'a': 1}
