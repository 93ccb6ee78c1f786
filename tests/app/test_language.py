"""The Python 3 language: literals, statements, functions, classes,
generators, exceptions and operators (issue 3, "Language")."""

import pytest


def test_literals():
    assert 0x1f == 31 and 0o17 == 15 and 0b101 == 5 and 1_000 == 1000
    assert 123456789012345678901234567890 + 1 == 123456789012345678901234567891
    assert 2 ** 100 == 1267650600228229401496703205376
    assert 1e3 == 1000.0 and 1.5e-3 == 0.0015
    assert (1 + 2j).imag == 2.0 and 3j * 3j == -9
    assert 'a\tb\n'[1] == '\t' and '\x41\u00e9' == 'A\xe9'
    assert r'a\n' == 'a' + '\\' + 'n'
    assert 'ab' 'cd' == 'abcd'
    assert """x
y""" == 'x\ny'
    assert b'ab' + b'c' == b'abc' and b'\x00'[0] == 0
    assert ... is Ellipsis
    assert (True, False, None) == (1, 0, None)


def test_float_repr():
    assert repr(0.1) == '0.1'
    assert repr(0.1 + 0.2) == '0.30000000000000004'
    assert repr(1.0) == '1.0'
    assert repr(1e16) == '1e+16'
    assert repr(1e-5) == '1e-05'
    assert repr(123456789.125) == '123456789.125'
    assert repr(-0.0) == '-0.0'
    assert repr(float('inf')) == 'inf' and repr(float('nan')) == 'nan'
    assert str(2.5) == '2.5'
    assert repr(1/3) == '0.3333333333333333'


def test_fstrings():
    x = 3.14159
    name = 'pi'
    assert f'{name}={x:.2f}' == 'pi=3.14'
    assert f'{name!r}' == "'pi'"
    assert f'{x!s:>10}' == '   3.14159'
    assert f'{42:05d}|{42:x}|{42:>6}|{"s":^5}' == '00042|2a|    42|  s  '
    assert f'{1 + 2}' == '3'
    assert f'{{}}' == '{}'
    w = 8
    assert f'{x:{w}.3f}' == '   3.142'
    assert f'{[1, 2]}' == '[1, 2]'
    assert f'{1e20:g}' == '1e+20'
    assert f'{12345678:,}' == '12,345,678'
    assert f'{0.5:%}' == '50.000000%'


def test_displays_with_unpacking():
    a = [1, 2]
    assert [*a, 3] == [1, 2, 3]
    assert (*a, *a) == (1, 2, 1, 2)
    assert {*a, 5} == {1, 2, 5}
    d = {'x': 1}
    assert {**d, 'y': 2} == {'x': 1, 'y': 2}
    assert {'x': 0, **d} == {'x': 1}
    assert {1: 'a', 2: 'b'}[2] == 'b'
    assert () == tuple() and (1,) == tuple([1])


def test_assignment_forms():
    a = b = c = 7
    assert a == b == c == 7
    x, y = 1, 2
    x, y = y, x
    assert (x, y) == (2, 1)
    [p, q], r = (3, 4), 5
    assert (p, q, r) == (3, 4, 5)
    first, *rest = [1, 2, 3, 4]
    assert first == 1 and rest == [2, 3, 4]
    *init, last = 'abc'
    assert init == ['a', 'b'] and last == 'c'
    h, *mid, t = range(5)
    assert (h, mid, t) == (0, [1, 2, 3], 4)
    h, *mid, t = (1, 2)
    assert mid == []
    lst = [0, 0, 0, 0, 0]
    lst[1] = 9
    lst[2:4] = ['a', 'b', 'c']
    assert lst == [0, 9, 'a', 'b', 'c', 0]
    lst[::2] = [1, 2, 3]
    assert lst == [1, 9, 2, 'b', 3, 0]
    class O:
        pass
    o = O()
    o.attr = 5
    o.attr += 1
    assert o.attr == 6
    with pytest.raises(ValueError):
        x, y = [1, 2, 3]
    with pytest.raises(ValueError):
        x, y, *z = [1]


def test_augmented_assignment():
    x = 5
    x += 2; x -= 1; x *= 3; x //= 4; x **= 2; x %= 7
    assert x == 2
    x <<= 3; x |= 1; x &= 0xff; x ^= 2; x >>= 1
    assert x == 9
    f = 1.0
    f /= 4
    assert f == 0.25
    l = [1]
    l2 = l
    l += [2]
    assert l2 == [1, 2]
    t = (1,)
    t2 = t
    t += (2,)
    assert t2 == (1,) and t == (1, 2)
    d = {'k': 1}
    d['k'] += 10
    assert d['k'] == 11


def test_del():
    x = 1
    del x
    with pytest.raises(NameError):
        x
    l = [1, 2, 3, 4]
    del l[0]
    del l[1:]
    assert l == [2]
    d = {'a': 1, 'b': 2}
    del d['a']
    assert d == {'b': 2}
    class O:
        pass
    o = O()
    o.a = 1
    del o.a
    assert not hasattr(o, 'a')
    a, b = 1, 2
    del a, b


def test_loops_else_break_continue():
    out = []
    for i in range(10):
        if i % 2:
            continue
        if i > 6:
            break
        out.append(i)
    else:
        out.append('no')
    assert out == [0, 2, 4, 6]
    for i in range(3):
        pass
    else:
        out.append('else')
    assert out[-1] == 'else'
    n = 0
    while n < 3:
        n += 1
    else:
        n = 100
    assert n == 100
    while True:
        break
    else:
        assert False
    for i, (a, b) in enumerate([(1, 2), (3, 4)]):
        assert a + 1 == b


def test_walrus_and_conditional_expression():
    data = [1, 5, 12, 3]
    if (n := len(data)) > 3:
        assert n == 4
    big = [y for x in data if (y := x * 2) > 5]
    assert big == [10, 24, 6]
    assert y == 6
    assert ('a' if n > 3 else 'b') == 'a'
    i = 0
    while (i := i + 1) < 5:
        pass
    assert i == 5


def test_chained_comparisons_and_identity():
    calls = []
    def f(v):
        calls.append(v)
        return v
    r = f(1) < f(2) < f(3)
    assert r
    assert calls == [1, 2, 3]
    calls.clear()
    r = f(3) < f(2) < f(5)
    assert not r
    assert calls == [3, 2]
    assert 1 < 2 <= 2 != 3 > 0 >= 0 == 0
    x = [1]
    assert x is x and x is not [1] and 1 in x and 2 not in x
    assert 'bc' in 'abcd' and 'k' in {'k': 1}


def test_comprehensions():
    assert [x * x for x in range(5) if x % 2 == 0] == [0, 4, 16]
    assert [(x, y) for x in range(3) for y in range(x)] == [(1, 0), (2, 0), (2, 1)]
    assert {x % 3 for x in range(10)} == {0, 1, 2}
    assert {k: v for k, v in zip('ab', (1, 2))} == {'a': 1, 'b': 2}
    assert sum(x for x in range(101)) == 5050
    g = (x + 1 for x in [1, 2])
    assert next(g) == 2 and list(g) == [3]
    x = 'outer'
    [x for x in range(3)]
    assert x == 'outer'
    matrix = [[1, 2], [3, 4]]
    assert [[row[i] for row in matrix] for i in range(2)] == [[1, 3], [2, 4]]


def test_generators():
    def gen(n):
        for i in range(n):
            yield i
        return 'done'
    assert list(gen(3)) == [0, 1, 2]
    g = gen(1)
    assert next(g) == 0
    with pytest.raises(StopIteration) as info:
        next(g)
    assert info.value.value == 'done'

    def deleg():
        r = yield from gen(2)
        yield r
        yield from [7, 8]
    assert list(deleg()) == [0, 1, 'done', 7, 8]

    def acc():
        total = 0
        while True:
            v = yield total
            if v is None:
                return total
            total += v
    a = acc()
    assert next(a) == 0
    assert a.send(5) == 5
    assert a.send(10) == 15
    with pytest.raises(StopIteration):
        a.send(None)

    def fib():
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b
    out = []
    for v in fib():
        if v > 50:
            break
        out.append(v)
    assert out == [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]

    def with_finally(log):
        try:
            yield 1
            yield 2
        finally:
            log.append('fin')
    log = []
    for v in with_finally(log):
        pass
    assert log == ['fin']


def test_generator_send_through_yield_from():
    def inner():
        got = []
        while True:
            x = yield len(got)
            if x is None:
                return got
            got.append(x)
    def outer():
        res = yield from inner()
        yield ('inner returned', res)
    g = outer()
    assert next(g) == 0
    assert g.send('a') == 1
    assert g.send('b') == 2
    assert g.send(None) == ('inner returned', ['a', 'b'])


def test_generator_throw_and_close():
    def g():
        try:
            yield 1
        except ValueError:
            yield 'caught'
        yield 3
    it = g()
    assert next(it) == 1
    assert it.throw(ValueError) == 'caught'
    assert next(it) == 3
    it.close()
    closed = []
    def h():
        try:
            yield 1
        finally:
            closed.append(True)
    it = h()
    next(it)
    it.close()
    assert closed == [True]


counter = 0


def test_closures_nonlocal_global():
    def make_counter():
        n = 0
        def inc(step=1):
            nonlocal n
            n += step
            return n
        return inc
    c = make_counter()
    c(); c()
    assert c(10) == 12
    adders = [lambda x, i=i: x + i for i in range(3)]
    assert [f(10) for f in adders] == [10, 11, 12]
    late = [lambda: i for i in range(3)]
    assert [f() for f in late] == [2, 2, 2]

    def bump():
        global counter
        counter += 1
    bump(); bump()
    assert counter == 2

    def outer():
        x = 1
        def mid():
            def inner():
                return x
            return inner
        return mid()()
    assert outer() == 1


def test_unbound_local():
    x = 1
    def f():
        y = x
        x = 2
        return y
    with pytest.raises(UnboundLocalError):
        f()
    with pytest.raises(NameError):
        f()


def test_arguments():
    def f(a, b=2, *args, c, d=4, **kw):
        return (a, b, args, c, d, kw)
    assert f(1, c=3) == (1, 2, (), 3, 4, {})
    assert f(1, 5, 6, 7, c=3, e=9) == (1, 5, (6, 7), 3, 4, {'e': 9})
    assert f(*[1, 2, 3], **{'c': 0, 'z': 1}) == (1, 2, (3,), 0, 4, {'z': 1})
    def g(a, /, b, *, c):
        return a + b + c
    assert g(1, b=2, c=3) == 6
    with pytest.raises(TypeError):
        g(a=1, b=2, c=3)
    with pytest.raises(TypeError):
        f(1)
    with pytest.raises(TypeError):
        f(1, 2, c=3, a=4)
    def h(*, key=None):
        return key
    assert h() is None and h(key=1) == 1
    with pytest.raises(TypeError):
        h(1)
    def defaults(x=[]):
        x.append(1)
        return len(x)
    defaults()
    assert defaults() == 2
    lam = lambda *a, **k: (a, k)
    assert lam(1, x=2) == ((1,), {'x': 2})


def test_decorators():
    def twice(fn):
        def wrapper(*args, **kwargs):
            return fn(*args, **kwargs) * 2
        wrapper.__name__ = fn.__name__
        return wrapper
    def tag(label):
        def deco(fn):
            fn.label = label
            return fn
        return deco
    @tag('x')
    @twice
    def add(a, b):
        return a + b
    assert add(1, 2) == 6
    assert add.label == 'x' and add.__name__ == 'add'
    def register(cls):
        cls.registered = True
        return cls
    @register
    class C:
        pass
    assert C.registered


def test_classes_and_inheritance():
    class Base:
        kind = 'base'
        def __init__(self, x):
            self.x = x
        def describe(self):
            return '%s:%s' % (self.kind, self.x)
    class Child(Base):
        kind = 'child'
        def __init__(self, x, y):
            super().__init__(x)
            self.y = y
        def describe(self):
            return super().describe() + '+' + str(self.y)
    c = Child(1, 2)
    assert c.describe() == 'child:1+2'
    assert isinstance(c, Base) and issubclass(Child, Base)
    assert Child.__bases__ == (Base,) and Child.__name__ == 'Child'
    assert Base.kind == 'base'
    Base.kind = 'changed'
    assert Base(0).describe() == 'changed:0'
    assert type(c) is Child
    assert c.__class__ is Child
    assert c.__dict__ == {'x': 1, 'y': 2}


def test_mro_c3_and_super():
    class A:
        def who(self):
            return ['A']
    class B(A):
        def who(self):
            return ['B'] + super().who()
    class C(A):
        def who(self):
            return ['C'] + super().who()
    class D(B, C):
        def who(self):
            return ['D'] + super().who()
    assert D().who() == ['D', 'B', 'C', 'A']
    assert [k.__name__ for k in D.__mro__] == ['D', 'B', 'C', 'A', 'object']
    assert super(B, D()).who() == ['C', 'A']
    with pytest.raises(TypeError):
        class X(A, D):
            pass


def test_static_class_methods_properties():
    class Temp:
        scale = 'C'
        def __init__(self):
            self._c = 0.0
        @property
        def celsius(self):
            return self._c
        @celsius.setter
        def celsius(self, v):
            if v < -273.15:
                raise ValueError('too cold')
            self._c = v
        @property
        def fahrenheit(self):
            return self._c * 9 / 5 + 32
        @staticmethod
        def add(a, b):
            return a + b
        @classmethod
        def make(cls):
            return cls()
        @classmethod
        def get_scale(cls):
            return cls.scale
    t = Temp()
    t.celsius = 100
    assert t.fahrenheit == 212.0
    with pytest.raises(ValueError):
        t.celsius = -300
    with pytest.raises(AttributeError):
        t.fahrenheit = 1
    assert Temp.add(1, 2) == 3 and t.add(3, 4) == 7
    class Sub(Temp):
        scale = 'K'
    assert type(Sub.make()) is Sub
    assert Sub.get_scale() == 'K' and Sub().get_scale() == 'K'
    assert isinstance(Temp.__dict__['add'], staticmethod)


def test_class_body_scoping():
    class K:
        a = 1
        b = a + 1
        items = [i * 2 for i in range(3)]
        def m(self):
            return self.b
    assert K.b == 2 and K().m() == 2
    assert K.items == [0, 2, 4]


def test_with_statement():
    log = []
    class M:
        def __init__(self, name, swallow=False):
            self.name = name
            self.swallow = swallow
        def __enter__(self):
            log.append('enter ' + self.name)
            return self.name.upper()
        def __exit__(self, typ, val, tb):
            log.append('exit %s %s' % (self.name, typ.__name__ if typ else None))
            return self.swallow
    with M('a') as a, M('b') as b:
        log.append(a + b)
    assert log == ['enter a', 'enter b', 'AB', 'exit b None', 'exit a None']
    log.clear()
    with M('s', swallow=True):
        raise KeyError('x')
    assert log == ['enter s', 'exit s KeyError']
    log.clear()
    with pytest.raises(ZeroDivisionError):
        with M('p'):
            1 / 0
    assert log == ['enter p', 'exit p ZeroDivisionError']
    def f():
        with M('r'):
            return 5
    log.clear()
    assert f() == 5 and log == ['enter r', 'exit r None']
    for i in range(3):
        with M('loop'):
            if i == 1:
                break
    assert i == 1


def test_try_except_else_finally():
    def run(exc):
        log = []
        try:
            log.append('try')
            if exc:
                raise exc
        except (KeyError, IndexError) as e:
            log.append('lookup %s' % type(e).__name__)
        except ValueError:
            log.append('value')
        else:
            log.append('else')
        finally:
            log.append('finally')
        return log
    assert run(None) == ['try', 'else', 'finally']
    assert run(KeyError) == ['try', 'lookup KeyError', 'finally']
    assert run(IndexError('i')) == ['try', 'lookup IndexError', 'finally']
    assert run(ValueError) == ['try', 'value', 'finally']
    with pytest.raises(TypeError):
        run(TypeError)

    def ret():
        try:
            return 'try'
        finally:
            pass
    assert ret() == 'try'
    def override():
        try:
            return 1
        finally:
            return 2
    assert override() == 2
    def loop():
        out = []
        for i in range(3):
            try:
                if i == 1:
                    continue
                out.append(i)
            finally:
                out.append('f')
        return out
    assert loop() == [0, 'f', 'f', 2, 'f']
    try:
        raise ValueError('a')
    except Exception as e:
        caught = e
    assert caught.args == ('a',)
    # the name bound by `except ... as` is deleted afterwards
    with pytest.raises(NameError):
        e


def test_nested_exceptions_and_context():
    try:
        try:
            raise KeyError('inner')
        except KeyError:
            raise ValueError('outer')
    except ValueError as e:
        assert isinstance(e.__context__, KeyError)
        assert e.__cause__ is None
    try:
        try:
            1 / 0
        except ZeroDivisionError as z:
            raise RuntimeError('wrapped') from z
    except RuntimeError as e:
        assert isinstance(e.__cause__, ZeroDivisionError)
        assert e.__suppress_context__
    try:
        raise RuntimeError('x') from None
    except RuntimeError as e:
        assert e.__cause__ is None and e.__suppress_context__


def test_bare_raise_reraises():
    def f():
        try:
            raise KeyError('k')
        except KeyError:
            raise
    with pytest.raises(KeyError):
        f()
    with pytest.raises(RuntimeError):
        raise


def test_assert():
    assert True, 'never'
    with pytest.raises(AssertionError) as info:
        assert 1 == 2, 'message %d' % 3
    assert str(info.value).startswith('message 3')
    with pytest.raises(AssertionError):
        assert []


def test_operators():
    assert 7 // 2 == 3 and -7 // 2 == -4 and 7 % -3 == -2
    assert 7.5 // 2 == 3.0 and 7.5 % 2 == 1.5
    assert 2 ** 10 == 1024 and 2 ** -1 == 0.5 and (-8) ** 2 == 64
    assert pow(3, 4, 5) == 1
    assert 0b1100 & 0b1010 == 0b1000 and 0b1100 | 0b1010 == 0b1110
    assert 0b1100 ^ 0b1010 == 0b0110 and ~5 == -6
    assert 1 << 70 == 1180591620717411303424 and (1 << 70) >> 69 == 2
    assert -1 >> 3 == -1
    assert divmod(-7, 2) == (-4, 1)
    assert True + True == 2
    assert not 0 and not '' and not [] and not {} and not 0.0
    assert (0 or 'x') == 'x' and (1 and 'y') == 'y'
    assert 'ab' * 2 == 'abab' and [0] * 3 == [0, 0, 0]
    assert -(-3) == 3 and +3 == 3


def test_matmul_operator():
    class M:
        def __init__(self, rows):
            self.rows = rows
        def __matmul__(self, other):
            cols = list(zip(*other.rows))
            return M([[sum(a * b for a, b in zip(r, c)) for c in cols]
                      for r in self.rows])
        def __rmatmul__(self, other):
            return 'r' + str(other)
        def __imatmul__(self, other):
            self.rows = (self @ other).rows
            return self
    a = M([[1, 2], [3, 4]])
    assert (a @ a).rows == [[7, 10], [15, 22]]
    assert 5 @ a == 'r5'
    b = a
    b @= a
    assert b is a and a.rows == [[7, 10], [15, 22]]
    with pytest.raises(TypeError):
        1 @ 2


def test_imports():
    import math as m
    from math import sqrt, pi
    assert m.sqrt(4) == 2.0 and sqrt(9) == 3.0 and pi == m.pi
    import sys
    assert sys.modules['math'] is m
    assert isinstance(__name__, str)


def test_lambda_and_recursion():
    fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
    assert fact(20) == 2432902008176640000
    assert fact(25) == 15511210043330985984000000
    assert (lambda: 5)() == 5
    assert sorted([3, 1, 2], key=lambda v: -v) == [3, 2, 1]


def test_misc_statements():
    pass
    if False:
        pass
    elif 0:
        pass
    else:
        z = 1
    assert z == 1
    x = 1; y = 2
    assert x + y == 3
    assert [i for i in range(3)][-1] == 2
    s = 'hello'
    assert s[::-1] == 'olleh' and s[1:3] == 'el' and s[-2:] == 'lo'
    def docstring():
        """doc"""
    assert docstring.__doc__ == 'doc'


def test_function_defaults_are_writable():
    def f(a, b=1, *, c=2):
        return a, b, c
    f.__defaults__ = (5,)
    f.__kwdefaults__ = {"c": 7}
    assert f(0) == (0, 5, 7)
    assert f.__defaults__ == (5,) and f.__kwdefaults__ == {"c": 7}
    f.__defaults__ = None
    assert f.__defaults__ is None
    with pytest.raises(TypeError, match="missing 1 required positional"):
        f(0)
    with pytest.raises(TypeError, match="__defaults__ must be set to a tuple"):
        f.__defaults__ = [1]


def test_function_annotations_are_evaluated_at_def_time():
    import inspect
    calls = []

    def note(value):
        calls.append(value)
        return value

    def f(a: note(int), /, x: 's', *args: list, y: str = 1,
          **kw: dict) -> None:
        pass
    # CPython's order: the plain parameters before the positional-only ones
    assert list(f.__annotations__.items()) == [
        ('x', 's'), ('a', int), ('args', list), ('y', str), ('kw', dict),
        ('return', None)]
    assert calls == [int]
    assert str(inspect.signature(f)) == \
        "(a: int, /, x: 's', *args: list, y: str = 1, **kw: dict) -> None"

    def no_annotations(x=3):
        pass
    assert no_annotations.__annotations__ == {}

    def in_a_function():
        local_type = float

        class C:
            def m(self, __private: local_type) -> local_type:
                pass
        return C.m
    assert in_a_function().__annotations__ == {
        '_C__private': float, 'return': float}

    async def coroutine(a: int):
        pass
    assert coroutine.__annotations__ == {'a': int}
    f.__annotations__ = {'a': bytes}
    assert f.__annotations__ == {'a': bytes}


def test_code_and_frame_attributes():
    import sys

    def f(a, b=2, *args, c, **kw):
        x = 1
        return sys._getframe()

    code = f.__code__
    assert code.co_name == "f" and code.co_qualname.endswith("<locals>.f")
    assert code.co_varnames == ("a", "b", "c", "args", "kw", "x")
    assert (code.co_argcount, code.co_kwonlyargcount, code.co_nlocals) == (2, 1, 6)
    assert code.co_filename.endswith(".py")
    frame = f(1, c=3)
    assert frame.f_code is code and frame.f_globals is globals()
    assert frame.f_lineno == code.co_firstlineno + 2
    here = sys._getframe()
    assert here.f_code.co_name == "test_code_and_frame_attributes"

    def g():
        return sys._getframe(1)
    assert g() is here or g().f_code is here.f_code
    with pytest.raises(ValueError, match="call stack is not deep enough"):
        sys._getframe(10000)


def test_exception_groups():
    eg = BaseExceptionGroup("many", [ValueError(1), TypeError("t")])
    assert type(eg) is ExceptionGroup and isinstance(eg, Exception)
    assert eg.message == "many" and eg.args[0] == "many" and type(eg.args[1]) is list
    assert [type(e) for e in eg.exceptions] == [ValueError, TypeError]
    assert str(eg) == "many (2 sub-exceptions)"
    assert repr(eg) == "ExceptionGroup('many', [ValueError(1), TypeError('t')])"
    assert str(ExceptionGroup("one", [KeyError("k")])) == "one (1 sub-exception)"
    base = BaseExceptionGroup("b", [KeyboardInterrupt()])
    assert type(base) is BaseExceptionGroup and not isinstance(base, Exception)
    with pytest.raises(TypeError, match="Cannot nest BaseExceptions in an ExceptionGroup"):
        ExceptionGroup("x", [KeyboardInterrupt()])
    with pytest.raises(ValueError, match="must be a non-empty sequence"):
        ExceptionGroup("x", [])
    with pytest.raises(ValueError, match="Item 1 of second argument"):
        ExceptionGroup("x", [ValueError(), 3])
    nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
    match, rest = nested.split(ValueError)
    assert repr(match) == "ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [ValueError('c')])])"
    assert repr(rest) == "ExceptionGroup('outer', [ExceptionGroup('inner', [TypeError('b')])])"
    assert nested.subgroup(lambda e: isinstance(e, TypeError)).exceptions[0].exceptions[0].args == ("b",)
    assert nested.subgroup((KeyError, OSError)) is None
    assert nested.split(Exception) == (nested, None)
    try:
        raise nested
    except ExceptionGroup as caught:
        assert caught is nested


def test_type_qualname_and_module():
    class Outer:
        class Inner:
            pass
    assert Outer.Inner.__qualname__.endswith("<locals>.Outer.Inner")
    assert Outer.__module__ == __name__ and Outer().__module__ == __name__
    assert (int.__qualname__, KeyError.__qualname__) == ("int", "KeyError")
    assert (int.__module__, KeyError.__module__) == ("builtins", "builtins")


def test_named_unicode_escapes():
    # CPython's test_textwrap has "\N{...}" literals
    assert "a\N{EM DASH}b" == "a\u2014b"
    assert "\N{latin small letter a with grave}" == "\xe0"
    assert "\N{HANGUL SYLLABLE GAG}\N{CJK UNIFIED IDEOGRAPH-4E00}" == "\uac01\u4e00"
    x = 5
    assert f"\N{EM DASH}{x}\N{BULLET}" == "\u20145\u2022"
    assert len(r"\N{EM DASH}") == 11
    for source, message in [('"\\N{foo}"', "unknown Unicode character name"),
                            ('"\\N"', "malformed \\N character escape"),
                            ('"\\N{EM DASH"', "malformed \\N character escape")]:
        try:
            compile(source, "s", "eval")
        except SyntaxError as e:
            assert message in e.msg
        else:
            raise AssertionError(source)


def test_recursion_error_of_a_self_containing_dict_is_caught_in_place():
    # CPython's test_copy: the recursion is in ==, with no Python frame in
    # between, and the except clause around it catches the RecursionError
    x = {}
    x["foo"] = x
    y = {}
    y["foo"] = y
    caught = False
    try:
        y == x
    except RecursionError:
        caught = True
    assert caught
