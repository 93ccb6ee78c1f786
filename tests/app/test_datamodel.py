"""Special methods of user classes (issue 3, "Data model")."""

import pytest


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Vec(%r, %r)' % (self.x, self.y)

    def __str__(self):
        return '<%s,%s>' % (self.x, self.y)

    def __eq__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        if isinstance(other, (int, float)):
            return Vec(self.x + other, self.y + other)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(k * self.x, k * self.y)

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)

    def __rpow__(self, base):
        return Vec(base ** self.x, base ** self.y)

    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(self.x or self.y)

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __le__(self, other):
        return abs(self) <= abs(other)


def test_repr_str_format():
    v = Vec(1, 2)
    assert repr(v) == 'Vec(1, 2)'
    assert str(v) == '<1,2>'
    assert '%s %r' % (v, v) == '<1,2> Vec(1, 2)'
    assert f'{v} {v!r}' == '<1,2> Vec(1, 2)'
    assert str([v]) == '[Vec(1, 2)]'
    assert format(v) == '<1,2>'


def test_default_repr_and_str():
    class Plain:
        pass
    p = Plain()
    assert repr(p).startswith('<') and 'Plain object at 0x' in repr(p)
    assert str(p) == repr(p)
    class OnlyRepr:
        def __repr__(self):
            return 'R'
    assert str(OnlyRepr()) == 'R'


def test_arithmetic_and_reflected():
    a, b = Vec(1, 2), Vec(3, 4)
    assert a + b == Vec(4, 6)
    assert a + 1 == Vec(2, 3)
    assert 1 + a == Vec(2, 3)
    assert b - a == Vec(2, 2)
    assert a * 3 == Vec(3, 6)
    assert 3 * a == Vec(3, 6)
    assert b / 2 == Vec(1.5, 2.0)
    assert b // 2 == Vec(1, 2)
    assert b % 3 == Vec(0, 1)
    assert a ** 2 == Vec(1, 4)
    assert 2 ** a == Vec(2, 4)
    assert a @ b == 11
    assert -a == Vec(-1, -2)
    assert +a is a
    assert abs(Vec(3, 4)) == 5.0
    with pytest.raises(TypeError):
        a + 'x'
    with pytest.raises(TypeError):
        'x' + a
    s = a
    s += b
    assert s == Vec(4, 6) and a == Vec(1, 2)


def test_not_implemented_protocol():
    calls = []
    class A:
        def __add__(self, other):
            calls.append('A.add')
            return NotImplemented
        def __eq__(self, other):
            calls.append('A.eq')
            return NotImplemented
    class B:
        def __radd__(self, other):
            calls.append('B.radd')
            return 'B'
        def __eq__(self, other):
            calls.append('B.eq')
            return NotImplemented
    assert A() + B() == 'B'
    assert calls == ['A.add', 'B.radd']
    calls.clear()
    a = A()
    assert (a == B()) is False
    assert calls == ['A.eq', 'B.eq']
    assert a == a
    with pytest.raises(TypeError):
        A() + A()
    class SubB(B):
        def __radd__(self, other):
            return 'sub first'
    class Base:
        def __add__(self, other):
            return 'base'
    class Derived(Base):
        def __radd__(self, other):
            return 'derived reflected'
    assert Base() + Derived() == 'derived reflected'


def test_comparisons():
    a, b = Vec(1, 0), Vec(3, 4)
    assert a < b and a <= b and b > a and b >= a
    assert a != b and not (a == b)
    assert sorted([b, a]) == [a, b]
    assert max([a, b]) is b
    with pytest.raises(TypeError):
        Vec(1, 1) < 'x'
    class Same:
        def __eq__(self, other):
            return True
    assert Same() == 1 and 1 == Same() and not (Same() != 2)
    class NoEq:
        pass
    n = NoEq()
    assert n == n and n != NoEq()
    with pytest.raises(TypeError):
        NoEq() < NoEq()


def test_total_rich_comparison_fallback_to_reflection():
    class Num:
        def __init__(self, v):
            self.v = v
        def __lt__(self, other):
            return self.v < other.v
    assert Num(2) > Num(1)
    assert not (Num(1) > Num(2))


def test_hash_and_eq_in_dicts_and_sets():
    d = {Vec(1, 2): 'a'}
    assert d[Vec(1, 2)] == 'a'
    assert Vec(1, 2) in d
    s = {Vec(1, 2), Vec(1, 2), Vec(2, 1)}
    assert len(s) == 2
    class Key:
        def __init__(self, k):
            self.k = k
        def __hash__(self):
            return 1
        def __eq__(self, other):
            return self.k == other.k
    d = {Key(1): 1, Key(2): 2}
    assert d[Key(2)] == 2 and len(d) == 2
    class Unhashable:
        def __eq__(self, other):
            return True
    with pytest.raises(TypeError):
        hash(Unhashable())
    with pytest.raises(TypeError):
        {Unhashable(): 1}
    class Ident:
        pass
    i = Ident()
    assert {i: 1}[i] == 1
    assert hash(i) == hash(i)
    class BigHash:
        def __hash__(self):
            return 2 ** 100
    assert isinstance(hash(BigHash()), int)


def test_hash_method_result_fitting_a_word_is_the_hash():
    # a result of 61 bits or more is not re-hashed unless it overflows a
    # machine word (a dataclass's hash() is that of its fields' tuple)
    for result in [5740354900026072187, -2 ** 63, 2 ** 62, -1, 7, 2 ** 64,
                   -2 ** 100, True]:
        expected = -2 if result == -1 else result \
            if -2 ** 63 <= result < 2 ** 63 else hash(result)

        class Obj:
            def __hash__(self):
                return result

        class IntSubclass(int):
            def __hash__(self):
                return result
        assert hash(Obj()) == expected, result
        assert hash(IntSubclass(3)) == expected, result


def test_hash_method_result_must_be_an_int():
    class Obj:
        def __hash__(self):
            return 1.0

    class IntSubclass(int):
        def __hash__(self):
            return '1'
    for obj in (Obj(), IntSubclass(3)):
        with pytest.raises(TypeError,
                           match='__hash__ method should return an integer'):
            hash(obj)


def test_container_protocol():
    class Grid:
        def __init__(self):
            self.cells = {}
            self.deleted = []
        def __getitem__(self, key):
            if isinstance(key, tuple):
                return self.cells.get(key, 0)
            if isinstance(key, slice):
                return ('slice', key.start, key.stop, key.step)
            raise KeyError(key)
        def __setitem__(self, key, value):
            self.cells[key] = value
        def __delitem__(self, key):
            self.deleted.append(key)
        def __len__(self):
            return len(self.cells)
        def __contains__(self, key):
            return key in self.cells
        def __iter__(self):
            return iter(sorted(self.cells))
    g = Grid()
    g[1, 2] = 5
    g[0, 0] = 1
    assert g[1, 2] == 5 and g[3, 3] == 0
    assert g[1:5] == ('slice', 1, 5, None)
    assert g[::2] == ('slice', None, None, 2)
    assert len(g) == 2
    assert (1, 2) in g and (9, 9) not in g
    assert list(g) == [(0, 0), (1, 2)]
    del g[0, 0]
    assert g.deleted == [(0, 0)]
    with pytest.raises(KeyError):
        g['x']
    a, b = g
    assert a == (0, 0)


def test_getitem_iteration_fallback():
    class Seq:
        def __getitem__(self, i):
            if i >= 3:
                raise IndexError(i)
            return i * 10
    assert list(Seq()) == [0, 10, 20]
    assert 20 in Seq()
    x, y, z = Seq()
    assert z == 20


def test_iterator_protocol():
    class Countdown:
        def __init__(self, n):
            self.n = n
        def __iter__(self):
            return self
        def __next__(self):
            if self.n <= 0:
                raise StopIteration
            self.n -= 1
            return self.n + 1
    assert list(Countdown(3)) == [3, 2, 1]
    c = Countdown(2)
    assert next(c) == 2 and next(c) == 1
    with pytest.raises(StopIteration):
        next(c)
    assert next(Countdown(0), 'default') == 'default'
    assert sum(Countdown(4)) == 10
    assert [x for x in Countdown(2)] == [2, 1]
    assert dict(zip(Countdown(2), 'ab')) == {2: 'a', 1: 'b'}
    class Gen:
        def __iter__(self):
            yield 'a'
            yield 'b'
    assert list(Gen()) == ['a', 'b']
    class NotIter:
        pass
    with pytest.raises(TypeError):
        iter(NotIter())
    with pytest.raises(TypeError):
        for _ in 5:
            pass


def test_len_and_bool():
    class Sized:
        def __init__(self, n):
            self.n = n
        def __len__(self):
            return self.n
    assert len(Sized(3)) == 3
    assert bool(Sized(0)) is False and bool(Sized(2)) is True
    assert not Sized(0)
    with pytest.raises(ValueError):
        len(Sized(-1))
    with pytest.raises(TypeError):
        len(object())
    assert bool(Vec(0, 0)) is False and bool(Vec(0, 1)) is True
    class BadBool:
        def __bool__(self):
            return 1
    with pytest.raises(TypeError):
        bool(BadBool())
    assert bool(object()) is True


def test_call():
    class Adder:
        def __init__(self, n):
            self.n = n
        def __call__(self, x, *rest, scale=1):
            return (self.n + x + sum(rest)) * scale
    add5 = Adder(5)
    assert add5(1) == 6
    assert add5(1, 2, 3, scale=2) == 22
    assert callable(add5) and not callable(Vec(1, 1))
    assert list(map(add5, [1, 2])) == [6, 7]
    with pytest.raises(TypeError):
        Vec(1, 1)()


def test_context_manager_protocol():
    class Res:
        def __init__(self):
            self.log = []
        def __enter__(self):
            self.log.append('in')
            return self
        def __exit__(self, et, ev, tb):
            self.log.append((et, str(ev) if ev else None))
            return et is KeyError
    r = Res()
    with r as got:
        assert got is r
    assert r.log == ['in', (None, None)]
    r = Res()
    with r:
        raise KeyError('k')
    assert r.log == ['in', (KeyError, "'k'")]
    with pytest.raises(ValueError):
        with Res():
            raise ValueError('v')
    with pytest.raises((TypeError, AttributeError)):
        with object():
            pass


def test_getattr_and_attribute_hooks():
    class Proxy:
        def __init__(self, target):
            self.target = target
        def __getattr__(self, name):
            if name.startswith('secret'):
                raise AttributeError(name)
            return getattr(self.target, name)
    p = Proxy(Vec(1, 2))
    assert p.x == 1 and p.target.y == 2
    assert p.__class__ is Proxy
    with pytest.raises(AttributeError):
        p.secret_thing
    assert not hasattr(p, 'secret')
    assert getattr(p, 'secret', 'dflt') == 'dflt'
    class Dyn:
        def __getattr__(self, name):
            return name * 2
    assert Dyn().ab == 'abab'
    class Recorder:
        def __init__(self):
            object.__setattr__(self, 'log', [])
        def __setattr__(self, name, value):
            self.log.append(name)
            object.__setattr__(self, name, value)
        def __delattr__(self, name):
            self.log.append('del ' + name)
            object.__delattr__(self, name)
    r = Recorder()
    r.a = 1
    del r.a
    assert r.log == ['a', 'del a']
    class GA:
        def __getattribute__(self, name):
            if name == 'magic':
                return 42
            return object.__getattribute__(self, name)
    g = GA()
    g.x = 1
    assert g.magic == 42 and g.x == 1


def test_descriptors():
    class Typed:
        def __set_name__(self, owner, name):
            self.name = '_' + name
        def __get__(self, obj, objtype=None):
            if obj is None:
                return self
            return getattr(obj, self.name)
        def __set__(self, obj, value):
            if not isinstance(value, int):
                raise TypeError('int needed')
            setattr(obj, self.name, value)
    class Point:
        x = Typed()
        def __init__(self, x):
            self.x = x
    p = Point(3)
    assert p.x == 3 and p._x == 3
    with pytest.raises(TypeError):
        p.x = 'a'
    assert isinstance(Point.x, Typed)


def test_init_new_and_class_attributes():
    class Singleton:
        _instance = None
        def __new__(cls, *args):
            if cls._instance is None:
                cls._instance = super().__new__(cls)
            return cls._instance
        def __init__(self, v):
            self.v = v
    a = Singleton(1)
    b = Singleton(2)
    assert a is b and a.v == 2
    class Counter:
        count = 0
        def __init__(self):
            Counter.count += 1
    Counter(); Counter()
    assert Counter.count == 2
    with pytest.raises(TypeError):
        Vec(1)
    class BadInit:
        def __init__(self):
            return 1
    with pytest.raises(TypeError):
        BadInit()


def test_index_int_float_conversions():
    class Idx:
        def __index__(self):
            return 2
        def __int__(self):
            return 7
        def __float__(self):
            return 1.5
    assert [10, 20, 30][Idx()] == 30
    assert 'abcd'[Idx():] == 'cd'
    assert int(Idx()) == 7 and float(Idx()) == 1.5
    assert hex(Idx()) == '0x2'
    assert range(10)[Idx()] == 2


def test_bound_methods():
    class C:
        def m(self, x):
            return (self, x)
    c = C()
    bm = c.m
    assert bm(1) == (c, 1)
    assert bm.__self__ is c
    assert C.m(c, 2) == (c, 2)
    assert bm == c.m
    f = C.m
    assert f(c, 3)[1] == 3


def test_instance_dict_and_vars():
    class C:
        cls_attr = 1
    c = C()
    c.a = 1
    c.__dict__['b'] = 2
    assert c.b == 2 and vars(c) == {'a': 1, 'b': 2}
    assert 'cls_attr' in C.__dict__
    assert getattr(c, 'cls_attr') == 1
    setattr(c, 'z', 9)
    assert c.z == 9
    delattr(c, 'z')
    assert not hasattr(c, 'z')


def test_function_module_assignment_is_not_in_its_dict():
    def f():
        pass
    f.__module__ = 'm'
    assert f.__module__ == 'm'
    assert f.__dict__ == {}


def test_combinations_without_r_is_a_type_error():
    import itertools
    with pytest.raises(TypeError):
        itertools.combinations('ab')


def test_iter_returning_a_non_iterator_is_refused():
    # CPython: an __iter__ whose result has no __next__ is a TypeError of
    # iter() and of everything that iterates (test_itertools'
    # TestVariousIteratorArgs), not an empty iteration
    class N:
        def __iter__(self):
            return self

    class L2(list):
        def __iter__(self):
            return 5

    for consume in (iter, list, tuple, sorted, set, enumerate, zip):
        with pytest.raises(TypeError) as info:
            consume(N())
        assert str(info.value) == "iter() returned non-iterator of type 'N'"
    with pytest.raises(TypeError) as info:
        list(L2())
    assert str(info.value) == "iter() returned non-iterator of type 'int'"

    class L(list):
        def __iter__(self):
            return self

        def __next__(self):
            if self:
                return self.pop()
            raise StopIteration

    assert list(L([1, 2, 3])) == [3, 2, 1]

    class G:
        def __iter__(self):
            yield 1
            yield 2

    assert list(G()) == [1, 2]


def test_type_base():
    # __base__: the base whose layout the class extends (statistics'
    # test checks StatisticsError.__base__ is ValueError)
    class A:
        pass

    class B(A, int):
        pass

    class C(A, dict):
        pass

    class D(A):
        pass

    assert object.__base__ is None
    assert ValueError.__base__ is Exception and bool.__base__ is int
    assert int.__base__ is object and A.__base__ is object
    assert B.__base__ is int and C.__base__ is dict and D.__base__ is A
    assert KeyError.__base__ is LookupError and type.__base__ is object


def test_type_flags_heap_and_abstract():
    import abc
    import inspect
    heaptype, abstract = 1 << 9, 1 << 20

    class Base(abc.ABC):
        @abc.abstractmethod
        def f(self):
            pass

    class Concrete(Base):
        def f(self):
            pass
    assert inspect.isabstract(Base) and not inspect.isabstract(Concrete)
    assert Base.__flags__ & abstract and not Concrete.__flags__ & abstract
    assert Concrete.__flags__ & heaptype and not int.__flags__ & heaptype
    assert not ValueError.__flags__ & heaptype
    for cls, bit in [(int, 24), (bool, 24), (list, 25), (tuple, 26),
                     (bytes, 27), (str, 28), (dict, 29), (ValueError, 30),
                     (type, 31), (abc.ABCMeta, 31)]:
        assert cls.__flags__ & (1 << bit), cls
    assert not object.__flags__ & (0xff << 24)


def test_mutable_containers_have_no_hash():
    import collections
    import collections.abc
    for cls in [list, dict, set, bytearray, collections.deque,
                collections.defaultdict]:
        assert cls.__hash__ is None, cls
        assert not isinstance(cls(), collections.abc.Hashable)
        with pytest.raises(TypeError, match='unhashable type'):
            hash(cls())
    assert frozenset.__hash__ is not None
    assert hash(frozenset([1])) == hash(frozenset([1]))

    class ListSubclass(list):
        pass
    with pytest.raises(TypeError, match="unhashable type: 'ListSubclass'"):
        hash(ListSubclass())


def test_instances_of_an_int_subclass_are_distinct_objects():
    class Int(int):
        pass
    a, b = Int(5), Int(5)
    assert a is not b and a == b
    assert int('1000') is not None and True is True


class FloatSubclass(float):
    pass


class StrSubclass(str):
    pass


class BytesSubclass(bytes):
    pass


class KeywordOnlyNew:
    """(pickle finds classes by their module and name)"""

    def __new__(cls, *, foo):
        self = object.__new__(cls)
        self.foo = foo
        return self

    def __getnewargs_ex__(self):
        return (), {'foo': self.foo}


def test_copy_of_subclasses_of_immutable_types_keeps_the_value():
    import copy
    import pickle

    class Tuple(tuple):
        pass
    t = Tuple((1, [2]))
    t.attr = 3
    shallow, deep = copy.copy(t), copy.deepcopy(t)
    assert type(shallow) is Tuple and shallow == (1, [2])
    assert shallow.attr == 3 and shallow[1] is t[1]
    assert deep == (1, [2]) and deep[1] is not t[1]
    for value in [3, 2 ** 70, 1.5, 2 + 3j, 'ab', b'cd', (1, 2), True]:
        assert type(value).__getnewargs__(value) == (
            (value.real, value.imag) if type(value) is complex else
            (type(value)(value) if type(value) is not bool else 1,))
    for subclass, value in [(FloatSubclass, 2.5), (StrSubclass, 'x'),
                            (BytesSubclass, b'y')]:
        obj = subclass(value)
        assert type(copy.copy(obj)) is subclass and copy.copy(obj) == value
        unpickled = pickle.loads(pickle.dumps(obj, 2))
        assert type(unpickled) is subclass and unpickled == value


def test_copy_calls_getnewargs_and_getnewargs_ex():
    import copy
    import pickle

    class WithArgs(int):
        def __new__(cls, foo):
            self = int.__new__(cls)
            self.foo = foo
            return self

        def __getnewargs__(self):
            return self.foo,
    x = WithArgs(42)
    y = copy.copy(x)
    assert y is not x and type(y) is WithArgs and y.foo == 42
    assert copy.deepcopy(x).foo == 42

    assert copy.copy(KeywordOnlyNew(foo=3)).foo == 3
    assert copy.deepcopy(KeywordOnlyNew(foo=4)).foo == 4
    for protocol in [2, 4]:
        assert pickle.loads(pickle.dumps(KeywordOnlyNew(foo=5),
                                         protocol)).foo == 5

    class BadArgs:
        def __getnewargs__(self):
            return [1]
    with pytest.raises(TypeError,
                       match="__getnewargs__ should return a tuple, not 'list'"):
        copy.copy(BadArgs())

    class BadArgsEx:
        def __getnewargs_ex__(self):
            return ((), {}, 1)
    with pytest.raises(ValueError, match='tuple of length 2, not 3'):
        copy.copy(BadArgsEx())


def test_default_repr_names_module_and_qualname():
    class Inner:
        pass
    assert repr(Inner()).startswith(
        '<%s.test_default_repr_names_module_and_qualname.<locals>.Inner '
        'object at 0x' % __name__)
    assert repr(object()).startswith('<object object at 0x')
