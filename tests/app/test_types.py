"""Methods of the built-in types, exceptions and their messages, and
subclassing built-in types (issue 3, "Built-ins")."""

import pytest


def test_str_methods():
    assert 'a,b,,c'.split(',') == ['a', 'b', '', 'c']
    assert '  a  b '.split() == ['a', 'b']
    assert 'a b c'.split(None, 1) == ['a', 'b c']
    assert 'a.b.c'.rsplit('.', 1) == ['a.b', 'c']
    assert '-'.join(['x', 'y', 'z']) == 'x-y-z'
    assert '  hi \n'.strip() == 'hi' and 'xxhixx'.strip('x') == 'hi'
    assert ' a '.lstrip() == 'a ' and ' a '.rstrip() == ' a'
    assert 'aaa'.replace('a', 'bb') == 'bbbbbb' and 'aaa'.replace('a', '', 2) == 'a'
    assert '{0} {name} {0}'.format(1, name='n') == '1 n 1'
    assert '{} {}'.format('a', 2) == 'a 2'
    assert '{:>5}|{:<3}|{:.3f}'.format('r', 'l', 2.0) == '    r|l  |2.000'
    assert 'hello'.startswith('he') and 'hello'.endswith(('x', 'lo'))
    assert 'hello'.find('l') == 2 and 'hello'.find('z') == -1
    assert 'hello'.rfind('l') == 3 and 'hello'.index('e') == 1
    with pytest.raises(ValueError):
        'hello'.index('z')
    assert 'Hello'.upper() == 'HELLO' and 'Hello'.lower() == 'hello'
    assert 'hello world'.title() == 'Hello World'
    assert 'hello'.capitalize() == 'Hello'
    assert 'abc'.isalpha() and '123'.isdigit() and ' '.isspace()
    assert 'a1'.isalnum() and 'ABC'.isupper() and 'abc'.islower()
    assert 'banana'.count('a') == 3
    assert 'a\nb\n'.splitlines() == ['a', 'b']
    assert '5'.zfill(3) == '005' and 'ab'.center(6, '*') == '**ab**'
    assert 'ab'.ljust(4) == 'ab  ' and 'ab'.rjust(4, '.') == '..ab'
    assert 'a=b'.partition('=') == ('a', '=', 'b')
    assert 'hello'[1:4] == 'ell' and 'abc'[-1] == 'c'
    assert 'é'.encode('utf-8') == b'\xc3\xa9'


def test_percent_formatting():
    assert '%d + %s = %r' % (1, 'two', 'three') == "1 + two = 'three'"
    assert '%5.2f|%-4d|%04d' % (3.14159, 7, 42) == ' 3.14|7   |0042'
    assert '%x %o %e' % (255, 8, 12345.678) == 'ff 10 1.234568e+04'
    assert '%(a)s-%(b)d' % {'a': 'A', 'b': 2} == 'A-2'
    assert '%%' % () == '%'
    assert '%s' % [1, 2] == '[1, 2]'
    with pytest.raises(TypeError):
        '%d %d' % (1,)


def test_list_methods():
    l = [3, 1, 2]
    l.append(4)
    l.extend((5, 6))
    l.insert(0, 0)
    assert l == [0, 3, 1, 2, 4, 5, 6]
    assert l.pop() == 6 and l.pop(0) == 0
    l.remove(4)
    assert l == [3, 1, 2, 5]
    assert l.index(2) == 2 and l.count(1) == 1
    with pytest.raises(ValueError):
        l.remove(99)
    with pytest.raises(ValueError):
        l.index(99)
    l.reverse()
    assert l == [5, 2, 1, 3]
    c = l.copy()
    c.sort()
    assert c == [1, 2, 3, 5] and l == [5, 2, 1, 3]
    l.sort(reverse=True)
    assert l == [5, 3, 2, 1]
    l.clear()
    assert l == []
    with pytest.raises(IndexError):
        [].pop()
    assert [1, 2] + [3] == [1, 2, 3] and [1, 2] < [1, 3]
    assert [1, [2]] == [1, [2]] and [1, 2] != [2, 1]


def test_sort_key_reverse_stability():
    words = ['pear', 'fig', 'apple', 'kiwi', 'date', 'banana']
    assert sorted(words, key=len) == ['fig', 'pear', 'kiwi', 'date', 'apple', 'banana']
    assert sorted(words, key=len, reverse=True) == ['banana', 'apple', 'pear', 'kiwi', 'date', 'fig']
    recs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
    recs.sort(key=lambda r: r[0])
    assert recs == [(0, 'a'), (0, 'b'), (1, 'b'), (1, 'a')]
    data = list(range(200))
    data.sort(key=lambda v: v % 3)
    assert data[:3] == [0, 3, 6] and data[-1] == 197
    assert sorted([3.5, -1, 2]) == [-1, 2, 3.5]
    assert sorted('cab') == ['a', 'b', 'c']
    with pytest.raises(TypeError):
        sorted([1, 'a'])


def test_dict_methods_and_order():
    d = {}
    for k in 'zyxabc':
        d[k] = ord(k)
    assert list(d) == list('zyxabc')
    assert list(d.keys())[:2] == ['z', 'y']
    d['z'] = 0
    assert list(d)[0] == 'z'
    del d['y']
    d['y'] = 1
    assert list(d)[-1] == 'y'
    assert d.get('q') is None and d.get('q', 5) == 5
    assert d.pop('x') == ord('x') and d.pop('nope', 'dflt') == 'dflt'
    with pytest.raises(KeyError):
        d.pop('nope')
    assert d.setdefault('n', []) == [] and d.setdefault('n', 1) == []
    d.update({'u': 1}, v=2)
    d.update([('w', 3)])
    assert d['u'] == 1 and d['v'] == 2 and d['w'] == 3
    items = list(d.items())
    assert items[0] == ('z', 0)
    assert [v for k, v in items] == list(d.values())
    assert 'u' in d.keys() and len(d) == len(items)
    assert dict(a=1) == {'a': 1} and dict([(1, 2)]) == {1: 2}
    assert {1: 2}.copy() == {1: 2}
    assert dict.fromkeys('ab', 0) == {'a': 0, 'b': 0}
    assert d.popitem() == ('w', 3)
    e = {'a': 1}
    e.clear()
    assert e == {}
    assert {1: 'a', 2: 'b'} == {2: 'b', 1: 'a'}


def test_set_operations():
    a = {1, 2, 3}
    b = {3, 4}
    assert a | b == {1, 2, 3, 4} and a & b == {3}
    assert a - b == {1, 2} and a ^ b == {1, 2, 4}
    assert a.union(b) == a | b and a.intersection(b) == {3}
    assert a.difference(b) == {1, 2} and a.symmetric_difference(b) == {1, 2, 4}
    assert {1, 2} <= a and {1} < a and a >= {3} and not a.isdisjoint(b)
    assert {1}.issubset(a) and a.issuperset({2})
    s = set()
    s.add(1); s.add(1); s.update([2, 3])
    s.discard(9); s.remove(1)
    assert s == {2, 3}
    with pytest.raises(KeyError):
        s.remove(9)
    assert s.pop() in (2, 3)
    f = frozenset([1, 2])
    assert {f: 1}[frozenset([2, 1])] == 1
    assert f | {3} == {1, 2, 3}
    assert set('aab') == {'a', 'b'} and len(set()) == 0
    s = {1}
    s |= {2}
    s -= {1}
    assert s == {2}


def test_tuple_and_range():
    t = (1, 2, 3, 2)
    assert t.count(2) == 2 and t.index(3) == 2
    assert t[1:3] == (2, 3) and t + (5,) == (1, 2, 3, 2, 5)
    assert (1, 2) < (1, 3) and (1, 2) == (1, 2)
    assert hash((1, 'a')) == hash((1, 'a'))
    r = range(10, 0, -3)
    assert list(r) == [10, 7, 4, 1] and r[1] == 7 and 4 in r and len(r) == 4


def test_int_unbounded():
    x = 1
    for i in range(1, 30):
        x *= i
    assert x == 8841761993739701954543616000000
    assert x // 10 ** 20 == 88417619937
    assert x % 1000007 == 8841761993739701954543616000000 % 1000007
    assert -(2 ** 200) // 3 == -535646014752996758513987364113720867507400997927597611767126
    assert (2 ** 64) ** 2 == 2 ** 128
    assert int('9' * 40) + 1 == 10 ** 40
    assert str(-(10 ** 25)) == '-10000000000000000000000000'
    assert hash(2 ** 100) == hash(2 ** 100)
    assert 2 ** 100 > 2.0 and 2 ** 64 == 18446744073709551616.0
    assert abs(-(2 ** 70)) == 2 ** 70
    assert (2 ** 70).bit_length() == 71
    assert int(1e20) == 100000000000000000000
    assert 10 ** 30 / 10 ** 28 == 100.0


def test_exception_hierarchy():
    assert issubclass(ZeroDivisionError, ArithmeticError)
    assert issubclass(OverflowError, ArithmeticError)
    assert issubclass(ArithmeticError, Exception)
    assert issubclass(IndexError, LookupError) and issubclass(KeyError, LookupError)
    assert issubclass(UnboundLocalError, NameError)
    assert issubclass(ModuleNotFoundError, ImportError)
    assert issubclass(RecursionError, RuntimeError)
    assert issubclass(NotImplementedError, RuntimeError)
    assert issubclass(FileNotFoundError, OSError)
    assert issubclass(KeyboardInterrupt, BaseException)
    assert not issubclass(KeyboardInterrupt, Exception)
    assert issubclass(SystemExit, BaseException) and not issubclass(SystemExit, Exception)
    assert issubclass(StopIteration, Exception)
    for cls in (TypeError, ValueError, AttributeError, AssertionError,
                MemoryError, RuntimeError):
        assert issubclass(cls, Exception)


def raises_msg(exc_type, fn):
    try:
        fn()
    except exc_type as e:
        return str(e)
    raise AssertionError('no exception')


def test_builtin_error_messages():
    assert raises_msg(ZeroDivisionError, lambda: 1 / 0) == 'division by zero'
    assert raises_msg(ZeroDivisionError, lambda: 1 // 0) == 'integer division or modulo by zero'
    assert raises_msg(ZeroDivisionError, lambda: 1 % 0) == 'integer modulo by zero'
    assert raises_msg(ZeroDivisionError, lambda: 1.0 / 0) == 'float division by zero'
    assert raises_msg(ValueError, lambda: int('x')) == "invalid literal for int() with base 10: 'x'"
    assert raises_msg(ValueError, lambda: float('y')) == "could not convert string to float: 'y'"
    assert raises_msg(IndexError, lambda: [][0]) == 'list index out of range'
    assert raises_msg(IndexError, lambda: ()[0]) == 'tuple index out of range'
    assert raises_msg(IndexError, lambda: ''[0]) == 'string index out of range'
    assert raises_msg(KeyError, lambda: {}['k']) == "'k'"
    assert raises_msg(NameError, lambda: undefined_name_xyz) == "name 'undefined_name_xyz' is not defined"
    assert raises_msg(AttributeError, lambda: (1).foo) == "'int' object has no attribute 'foo'"
    assert raises_msg(TypeError, lambda: 1 + 'a') == "unsupported operand type(s) for +: 'int' and 'str'"
    assert raises_msg(TypeError, lambda: 'a' + 1) == 'can only concatenate str (not "int") to str'
    assert raises_msg(TypeError, lambda: len(5)) == "object of type 'int' has no len()"
    assert raises_msg(TypeError, lambda: None()) == "'NoneType' object is not callable"
    assert raises_msg(TypeError, lambda: 5[0]) == "'int' object is not subscriptable"
    assert raises_msg(OverflowError, lambda: 10.0 ** 400) == "(34, 'Numerical result out of range')"
    def f(a):
        pass
    assert 'positional argument' in raises_msg(TypeError, lambda: f())


def test_exception_objects():
    e = ValueError('bad', 2)
    assert e.args == ('bad', 2) and str(e) == "('bad', 2)"
    assert repr(ValueError('x')) == "ValueError('x')"
    assert str(KeyError('k')) == "'k'" and str(ValueError()) == ''
    try:
        {}['missing']
    except LookupError as err:
        assert type(err) is KeyError and err.args == ('missing',)
    try:
        raise StopIteration(7)
    except StopIteration as s:
        assert s.value == 7
    try:
        import no_such_module_hopefully
    except ImportError as ie:
        assert type(ie) is ModuleNotFoundError
        assert ie.name == 'no_such_module_hopefully'
    try:
        raise SystemExit(3)
    except SystemExit as se:
        assert se.code == 3
    try:
        raise NotImplementedError
    except RuntimeError as re_:
        assert type(re_) is NotImplementedError
    try:
        open('/no/such/file/here')
    except FileNotFoundError as fe:
        assert fe.errno == 2
    except OSError:
        assert False


def test_unbound_local_and_attribute_errors():
    def f():
        print(v)
        v = 1
    try:
        f()
    except UnboundLocalError as e:
        assert "'v'" in str(e)
    class C:
        pass
    try:
        C().nope
    except AttributeError as e:
        assert str(e) == "'C' object has no attribute 'nope'"
    try:
        C.nope
    except AttributeError as e:
        assert str(e) == "type object 'C' has no attribute 'nope'"


def test_user_exceptions():
    class AppError(Exception):
        def __init__(self, msg, code):
            super().__init__(msg)
            self.code = code
        def describe(self):
            return '%s (%d)' % (self.args[0], self.code)
    class DetailError(AppError):
        pass
    try:
        raise DetailError('boom', 7)
    except AppError as e:
        assert e.describe() == 'boom (7)' and e.code == 7
        assert str(e) == 'boom' and isinstance(e, Exception)
    class Plain(ValueError):
        pass
    with pytest.raises(ValueError):
        raise Plain('p')
    assert str(Plain('a', 'b')) == "('a', 'b')"
    class WithStr(Exception):
        def __str__(self):
            return 'custom'
    assert str(WithStr()) == 'custom'


def test_subclass_list():
    class Stack(list):
        def push(self, x):
            self.append(x)
        def peek(self):
            return self[-1]
    s = Stack()
    s.push(1); s.push(2)
    assert s.peek() == 2 and len(s) == 2 and s == [1, 2]
    assert isinstance(s, list) and type(s) is Stack
    assert list(s) == [1, 2] and sum(s) == 3
    s.name = 'attr'
    assert s.name == 'attr'
    t = Stack([3, 1, 2])
    t.sort()
    assert t == [1, 2, 3]
    class Logged(list):
        def append(self, x):
            super().append(x * 10)
    lg = Logged()
    lg.append(1)
    assert lg == [10]


def test_subclass_dict():
    class Counter(dict):
        def __missing__(self, key):
            return 0
        def add(self, key):
            self[key] = self[key] + 1
    c = Counter()
    c.add('a'); c.add('a'); c.add('b')
    assert c == {'a': 2, 'b': 1} and c['zzz'] == 0
    assert isinstance(c, dict) and sorted(c.items()) == [('a', 2), ('b', 1)]
    class AttrDict(dict):
        def __getattr__(self, name):
            try:
                return self[name]
            except KeyError:
                raise AttributeError(name)
    ad = AttrDict(x=1)
    assert ad.x == 1 and ad['x'] == 1
    class Upper(dict):
        def __setitem__(self, key, value):
            super().__setitem__(key.upper(), value)
    u = Upper()
    u['k'] = 1
    assert u == {'K': 1}


def test_subclass_int_float_str():
    class Money(int):
        def __repr__(self):
            return '$%d' % int(self)
        def double(self):
            return Money(self * 2)
    m = Money(5)
    assert m == 5 and m + 1 == 6 and repr(m.double()) == '$10'
    assert isinstance(m, int) and hash(m) == hash(5)
    assert [0, 1, 2, 3, 4, 5][m] == 5
    class Name(str):
        def shout(self):
            return self.upper() + '!'
    n = Name('bob')
    assert n.shout() == 'BOB!' and n == 'bob' and len(n) == 3
    assert {n: 1}['bob'] == 1 and n + 'x' == 'bobx'
    assert isinstance(n, str)
    class Temp(float):
        @property
        def kelvin(self):
            return self + 273.15
    assert Temp(1.0).kelvin == 274.15
    class Pair(tuple):
        def first(self):
            return self[0]
    assert Pair((1, 2)).first() == 1 and Pair((1, 2)) == (1, 2)


def test_complex_constructor():
    z = complex(float('nan'), 1)
    assert z.real != z.real and z.imag == 1.0
    assert complex(1, 2) == 1 + 2j
    assert complex() == 0j
    assert complex(2.5) == 2.5 + 0j
    assert complex(real=1, imag=3) == 1 + 3j
    assert complex(1 + 1j, 1 + 1j) == 2j
    assert type(complex(3)) is complex


def test_complex_abs_and_pow():
    assert abs(3 + 4j) == 5.0
    assert type(abs(3 + 4j)) is float
    assert (1 + 2j) ** 2 == -3 + 4j
    assert (1 + 2j) ** 0 == 1
    assert 0j ** 0 == 1
    assert abs((1 + 2j) ** -3 - (-0.08800000000000001 + 0.016j)) < 1e-15
    for got, want in [(2 ** 1j, (0.7692389013639721 + 0.6389612763136348j)),
                      ((1 + 2j) ** 0.5,
                       (1.272019649514069 + 0.7861513777574233j)),
                      ((1 + 2j) ** (1 + 1j),
                       (-0.24720004426291722 + 0.6964504870825432j))]:
        assert abs(got - want) < 1e-12
    with pytest.raises(ZeroDivisionError):
        0j ** -1


def test_oserror_from_python():
    e = OSError(2, 'No such file or directory', 'x')
    assert str(e) == "[Errno 2] No such file or directory: 'x'"
    assert e.errno == 2
    assert e.strerror == 'No such file or directory'
    assert e.filename == 'x'
    assert e.args == (2, 'No such file or directory')
    assert type(e) is FileNotFoundError
    assert isinstance(e, OSError)
    e = OSError('boom')
    assert e.errno is None and e.filename is None
    assert str(e) == 'boom'
    assert str(FileNotFoundError(2, 'nope')) == '[Errno 2] nope'
    assert OSError(2, 'x').strerror == 'x'


def test_function_module_assignable():
    def f():
        pass
    assert f.__module__ == __name__
    f.__module__ = 'elsewhere'
    assert f.__module__ == 'elsewhere'


def test_complex_constructor_keeps_signed_zeros():
    assert repr(complex(-0.0, -0.0)) == '(-0-0j)'
    assert repr(complex(1, -0.0)) == '(1-0j)'
    assert repr(complex(0.0, -0.0)) == '-0j'
    assert complex(1j, 2) == 3j and complex(1 + 1j, 1j) == 1j


# list, tuple and dict subclasses overriding __iter__: iterated through it

class IterList(list):
    def __iter__(self):
        return iter([9, 8])


class IterTuple(tuple):
    def __iter__(self):
        return iter([7])


class IterDict(dict):
    def __iter__(self):
        return iter(['z'])


def check_uses_iter(x, expected):
    assert list(x) == expected
    assert tuple(x) == tuple(expected)
    assert [y for y in x] == expected
    assert sorted(x) == sorted(expected)
    assert [*x] == expected
    assert (*x,) == tuple(expected)
    assert set(x) == set(expected)
    assert frozenset(x) == frozenset(expected)
    result = []
    result.extend(x)
    assert result == expected
    assert (lambda *args: args)(*x) == tuple(expected)


def test_list_subclass_iter_override():
    check_uses_iter(IterList([1, 2, 3]), [9, 8])
    a, b = IterList([1, 2, 3])
    assert (a, b) == (9, 8)


def test_tuple_subclass_iter_override():
    check_uses_iter(IterTuple((1, 2)), [7])
    (a,) = IterTuple((1, 2))
    assert a == 7


def test_dict_subclass_iter_override():
    check_uses_iter(IterDict(a=1), ['z'])


def test_subclass_without_override_is_copied_to_exact_type():
    class T2(tuple):
        pass
    t = T2((1, 2))
    assert type(tuple(t)) is tuple and tuple(t) == (1, 2)
    assert list(t) == [1, 2]

    class F(frozenset):
        pass
    assert type(frozenset(F([1]))) is frozenset


def test_error_messages_name_builtin_types_with_their_module():
    # CPython's messages give a type's tp_name: 'module.name' for a
    # built-in type of a module, the bare name for int, str and classes
    import collections
    import numpy as np

    class Local:
        pass

    def message(f):
        try:
            f()
        except TypeError as e:
            return str(e)

    def setitem(x):
        x[0] = 1
    assert message(lambda: setitem(np.float64(1))) == \
        "'numpy.float64' object does not support item assignment"
    assert message(lambda: len(np.int8(1))) == \
        "object of type 'numpy.int8' has no len()"
    assert message(lambda: hash(np.zeros(2))) == \
        "unhashable type: 'numpy.ndarray'"
    assert message(lambda: collections.deque()()) == \
        "'collections.deque' object is not callable"
    assert message(lambda: setitem(Local())) == \
        "'Local' object does not support item assignment"
    assert message(lambda: len(5)) == "object of type 'int' has no len()"


def test_builtin_functions_and_bound_methods_reduce_by_reference():
    import math
    import pickle

    assert getattr.__reduce__() == "getattr"
    assert math.sqrt.__reduce__() == "sqrt"
    items = []
    assert items.append.__reduce__() == (getattr, (items, "append"))

    class Point:
        def norm(self):
            return 5

    p = Point()
    assert p.norm.__reduce__() == (getattr, (p, "norm"))
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(math.sqrt, proto)) is math.sqrt
        assert pickle.loads(pickle.dumps(len, proto)) is len


def test_enum_members_pickle_through_getattr():
    import enum
    import pickle

    class Color(enum.Enum):
        RED = 1

    globals()["Color"] = Color
    Color.__qualname__ = "Color"
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(Color.RED, proto)) is Color.RED


def test_mappingproxy_is_a_read_only_live_view():
    import types
    data = {'a': 1}
    proxy = types.MappingProxyType(data)
    assert type(proxy) is types.MappingProxyType
    assert repr(proxy) == "mappingproxy({'a': 1})" and str(proxy) == "{'a': 1}"
    assert len(proxy) == 1 and proxy['a'] == 1 and list(proxy) == ['a']
    data['b'] = 2
    assert len(proxy) == 2 and proxy['b'] == 2
    assert proxy.copy() == data and type(proxy.copy()) is dict
    with pytest.raises(TypeError, match='does not support item assignment'):
        proxy['c'] = 3
    with pytest.raises(TypeError, match='does not support item deletion'):
        del proxy['a']
    with pytest.raises(TypeError, match='must be a mapping, not list'):
        types.MappingProxyType([1])

    class C:
        x = 1
    assert type(C.__dict__) is types.MappingProxyType


def test_singleton_types_give_their_instance_and_iterators_are_not_made():
    import struct
    assert type(None)() is None
    assert type(...)() is ...
    assert type(NotImplemented)() is NotImplemented
    for iterator in [iter([]), iter(()), struct.Struct('i').iter_unpack(b''),
                     {}.keys()]:
        with pytest.raises(TypeError):
            type(iterator)()
