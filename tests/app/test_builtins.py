"""Built-in functions and iterator types: enumerate, zip, map, filter,
reversed, round, divmod, pow, chr, ord, hex, oct, bin, format, vars, dir,
ascii."""

import pytest


def test_enumerate():
    assert list(enumerate('abc')) == [(0, 'a'), (1, 'b'), (2, 'c')]
    assert list(enumerate('ab', 1)) == [(1, 'a'), (2, 'b')]
    assert list(enumerate('ab', start=10)) == [(10, 'a'), (11, 'b')]
    assert list(enumerate([])) == []
    big = 2 ** 64
    assert list(enumerate('ab', big)) == [(big, 'a'), (big + 1, 'b')]
    e = enumerate([5, 6])
    assert iter(e) is e
    assert next(e) == (0, 5)
    assert next(e) == (1, 6)
    with pytest.raises(StopIteration):
        next(e)
    total = 0
    for i, x in enumerate([10, 20, 30]):
        total += i * x
    assert total == 80


def test_enumerate_is_a_type():
    assert type(enumerate([])) is enumerate
    assert type(enumerate([])).__name__ == 'enumerate'
    assert isinstance(enumerate([]), enumerate)
    with pytest.raises(TypeError):
        enumerate(5)


def test_zip():
    assert list(zip([1, 2, 3], 'ab')) == [(1, 'a'), (2, 'b')]
    assert list(zip()) == []
    assert list(zip([1, 2])) == [(1,), (2,)]
    assert list(zip([1, 2], [3, 4], [5, 6])) == [(1, 3, 5), (2, 4, 6)]
    assert type(zip()).__name__ == 'zip'
    assert isinstance(zip(), zip)
    d = dict(zip(['a', 'b'], [1, 2]))
    assert sorted(d.items()) == [('a', 1), ('b', 2)]
    with pytest.raises(TypeError):
        zip(1)


def test_zip_strict():
    assert list(zip([1, 2], [3, 4], strict=True)) == [(1, 3), (2, 4)]
    with pytest.raises(ValueError):
        list(zip([1, 2], [3], strict=True))
    with pytest.raises(ValueError):
        list(zip([1], [3, 4], strict=True))
    with pytest.raises(ValueError):
        list(zip([1], [3, 4], [5, 6], strict=True))


def test_zip_pairs_and_more():
    first = iter([1, 2, 3])
    second = iter([10])
    assert list(zip(first, second)) == [(1, 10)]
    assert next(first) == 3     # 2 was taken before second ran out
    pairs = zip([1], [])
    assert list(pairs) == [] and list(pairs) == []
    assert list(zip('ab', 'cd', 'ef')) == [('a', 'c', 'e'), ('b', 'd', 'f')]
    assert [a + b for a, b in zip(range(3), (x * x for x in range(5)))] == \
        [0, 2, 6]


def test_map():
    assert list(map(str, [1, 2])) == ['1', '2']
    assert list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])) == [4, 10]
    assert list(map(abs, [])) == []
    m = map(len, ['a', 'bb'])
    assert type(m) is map
    assert next(m) == 1
    assert list(m) == [2]
    with pytest.raises(TypeError):
        map(str)


def test_filter():
    assert list(filter(None, [0, 1, '', 'a', None, [], [1]])) == [1, 'a', [1]]
    assert list(filter(lambda x: x % 2, range(6))) == [1, 3, 5]
    assert type(filter(None, [])) is filter
    assert type(filter(None, [])).__name__ == 'filter'


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


class Rev:
    def __reversed__(self):
        return iter(['z', 'y'])


def test_reversed():
    assert list(reversed([1, 2, 3])) == [3, 2, 1]
    assert list(reversed((1, 2))) == [2, 1]
    assert list(reversed('abc')) == ['c', 'b', 'a']
    assert list(reversed(range(4))) == [3, 2, 1, 0]
    assert list(reversed([])) == []
    assert list(reversed(Seq())) == [20, 10, 0]
    assert list(reversed(Rev())) == ['z', 'y']
    assert list(reversed({'a': 1, 'b': 2})) == ['b', 'a']
    assert type(reversed(Seq())) is reversed
    with pytest.raises(TypeError):
        reversed(5)
    with pytest.raises(TypeError):
        reversed({1, 2})


def test_iterator_types_are_builtins():
    import builtins
    assert builtins.enumerate is enumerate
    assert isinstance(enumerate, type)
    assert isinstance(zip, type)
    assert isinstance(map, type)
    assert isinstance(filter, type)
    assert isinstance(reversed, type)


def test_round_float():
    assert round(2.5) == 2
    assert round(3.5) == 4
    assert round(-2.5) == -2
    assert round(0.5) == 0
    assert round(1.4) == 1
    assert type(round(2.7)) is int
    assert round(2.675, 2) == 2.67
    assert round(1.25, 1) == 1.2
    assert round(1.35, 1) == 1.4
    assert round(1234.5678, -2) == 1200.0
    assert type(round(2.5, 0)) is float
    assert round(2.5, 0) == 2.0
    assert round(1e300, 2) == 1e300
    assert round(5.5, None) == 6
    assert round(1.5, ndigits=0) == 2.0
    with pytest.raises(ValueError):
        round(float('nan'))
    with pytest.raises(OverflowError):
        round(float('inf'))
    assert round(float('inf'), 2) == float('inf')


def test_round_int():
    assert round(5) == 5
    assert round(1234, -2) == 1200
    assert round(1250, -2) == 1200
    assert round(1350, -2) == 1400
    assert round(-1250, -2) == -1200
    assert round(1251, -2) == 1300
    assert round(15, -1) == 20
    assert round(25, -1) == 20
    assert round(7, 2) == 7
    assert type(round(True)) is int
    assert round(2 ** 70 + 1, -1) == 1180591620717411303420


class Roundable:
    def __round__(self, n=None):
        return ('round', n)


def test_round_user():
    assert round(Roundable()) == ('round', None)
    assert round(Roundable(), 3) == ('round', 3)
    with pytest.raises(TypeError):
        round('abc')


def test_divmod():
    assert divmod(7, 2) == (3, 1)
    assert divmod(-7, 2) == (-4, 1)
    assert divmod(7, -2) == (-4, -1)
    assert divmod(7.5, 2) == (3.0, 1.5)
    assert divmod(-7.5, 2) == (-4.0, 0.5)
    assert divmod(2 ** 70, 10) == (2 ** 70 // 10, 2 ** 70 % 10)
    with pytest.raises(ZeroDivisionError):
        divmod(1, 0)
    with pytest.raises(ZeroDivisionError):
        divmod(1.0, 0.0)
    with pytest.raises(TypeError):
        divmod('a', 1)


def test_pow():
    assert pow(2, 10) == 1024
    assert pow(2, -1) == 0.5
    assert pow(2.0, 3) == 8.0
    assert pow(3, 4, 5) == 1
    assert pow(2, 100, 1000000007) == 976371285
    assert pow(3, -1, 7) == 5
    assert pow(38, -1, 97) == 23
    assert pow(5, 0, 1) == 0
    assert pow(2, 3, -5) == -2
    assert pow(base=2, exp=5) == 32
    with pytest.raises(ValueError):
        pow(2, 3, 0)
    with pytest.raises(TypeError):
        pow(2.0, 3, 5)
    with pytest.raises(ValueError):
        pow(2, -1, 4)


def test_chr_ord():
    assert chr(65) == 'A'
    assert chr(0x1F600) == '\U0001F600'
    assert chr(233) == 'é'
    assert ord('A') == 65
    assert ord('é') == 233
    assert ord(b'A') == 65
    assert ord(chr(0x10FFFF)) == 0x10FFFF
    with pytest.raises(ValueError):
        chr(-1)
    with pytest.raises(ValueError):
        chr(0x110000)
    with pytest.raises(TypeError):
        chr('a')
    with pytest.raises(TypeError):
        ord('ab')
    with pytest.raises(TypeError):
        ord('')
    with pytest.raises(TypeError):
        ord(65)


class Idx:
    def __index__(self):
        return 10


def test_hex_oct_bin():
    assert hex(255) == '0xff'
    assert hex(-255) == '-0xff'
    assert hex(0) == '0x0'
    assert hex(2 ** 64) == '0x10000000000000000'
    assert oct(8) == '0o10'
    assert oct(-8) == '-0o10'
    assert bin(5) == '0b101'
    assert bin(-5) == '-0b101'
    assert bin(0) == '0b0'
    assert hex(True) == '0x1'
    assert hex(Idx()) == '0xa'
    with pytest.raises(TypeError):
        hex(1.5)
    with pytest.raises(TypeError):
        bin('1')


def test_format_builtin():
    assert format(5) == '5'
    assert format(5, '03') == '005'
    assert format('a', '>3') == '  a'
    assert format(1.5, '.3f') == '1.500'
    with pytest.raises(TypeError):
        format(5, 3)


def test_ascii():
    assert ascii('abc') == "'abc'"
    assert ascii('é') == "'\\xe9'"
    assert ascii('\u20ac') == "'\\u20ac'"
    assert ascii('\U0001F600') == "'\\U0001f600'"
    assert ascii([1, 'é']) == "[1, '\\xe9']"
    assert ascii(5) == '5'


class Point:
    cls_attr = 1

    def __init__(self):
        self.x = 1
        self.y = 2

    def method(self):
        return 0


def test_vars():
    p = Point()
    assert sorted(vars(p).items()) == [('x', 1), ('y', 2)]
    vars(p)['z'] = 3
    assert p.z == 3
    assert 'method' in vars(Point)
    with pytest.raises(TypeError):
        vars(5)


def vars_locals_helper(a):
    b = a + 1
    return vars()


def test_vars_no_args():
    d = vars_locals_helper(1)
    assert d['a'] == 1
    assert d['b'] == 2


def test_dir():
    p = Point()
    names = dir(p)
    assert 'x' in names
    assert 'y' in names
    assert 'method' in names
    assert 'cls_attr' in names
    assert '__init__' in names
    assert names == sorted(names)
    assert 'method' in dir(Point)
    assert 'x' not in dir(Point)
    assert 'append' in dir([])
    assert 'join' in dir('')


def dir_locals_helper():
    zeta = 1
    alpha = 2
    return dir()


def test_dir_no_args():
    assert dir_locals_helper() == ['alpha', 'zeta']


def test_dir_module():
    import math
    names = dir(math)
    assert 'sqrt' in names
    assert 'pi' in names


class WithDir:
    def __dir__(self):
        return ['b', 'a']


def test_dir_custom():
    assert dir(WithDir()) == ['a', 'b']


def test_input_is_callable():
    assert callable(input)


def test_existing_builtins_still_work():
    assert sum([1, 2, 3]) == 6
    assert min(3, 1, 2) == 1
    assert max([1, 5, 2]) == 5
    assert sorted([3, 1, 2]) == [1, 2, 3]
    assert any([0, 1])
    assert all([1, 1])
    assert abs(-3) == 3
    assert len('abc') == 3


def test_int_base_keyword():
    assert int('101', base=2) == 5
    assert int('ff', 16) == 255
    assert int() == 0
    with pytest.raises(TypeError):
        int(5, base=2)


def test_globals_locals():
    g = globals()
    assert g['test_globals_locals'] is test_globals_locals

    def inner():
        x = 1
        return locals()
    assert inner() == {'x': 1}


def test_print_keywords_and_sorted_keywords():
    class Sink:
        def __init__(self):
            self.parts = []
            self.flushed = False

        def write(self, text):
            self.parts.append(text)

        def flush(self):
            self.flushed = True

    sink = Sink()
    print('a', 'b', sep='-', end='!\n', file=sink, flush=True)
    assert ''.join(sink.parts) == 'a-b!\n' and sink.flushed
    assert sorted([3, 1, 2], key=lambda x: -x, reverse=True) == [1, 2, 3]
    assert frozenset([1, 2]) == {1, 2}


def test_future_module():
    import __future__
    for name in ['annotations', 'division', 'print_function',
                 'absolute_import', 'generators', 'with_statement',
                 'nested_scopes', 'unicode_literals', 'generator_stop']:
        assert name in __future__.all_feature_names
        assert hasattr(getattr(__future__, name), 'compiler_flag')
    assert __future__.division.getMandatoryRelease() == (3, 0, 0, 'alpha', 0)
    assert __future__.annotations.getOptionalRelease() == \
        (3, 7, 0, 'beta', 1)
    src = 'from __future__ import annotations\nx: int = 1\ny = x + 1\n'
    ns = {}
    exec(compile(src, '<future>', 'exec'), ns)
    assert ns['y'] == 2


def test_print_writes_to_the_current_sys_stdout():
    import contextlib
    import io
    import sys
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        print("a", 1)
        sys.stdout.write("b\n")
    assert out.getvalue() == "a 1\nb\n"
    saved = sys.stdout
    sys.stdout = None
    try:
        print("nowhere")
    finally:
        sys.stdout = saved


def test_getattr_default_and_hasattr_catch_a_descriptors_attribute_error():
    # unittest.mock calls getattr(spec, name, None) for every name of dir()
    class C:
        @property
        def broken(self):
            raise AttributeError("no")
    assert getattr(C(), "broken", "dflt") == "dflt"
    assert not hasattr(C(), "broken")
    assert getattr(None, "__dict__", "dflt") == "dflt"
    assert not hasattr(None, "__dict__")


def test_bytes_subclass():
    # CPython's test_re subclasses bytes
    class B(bytes):
        def extra(self):
            return len(self)
    b = B(b"abc")
    assert type(b) is B and isinstance(b, bytes) and b == b"abc"
    assert b[1] == 98 and b[1:] == b"bc" and b.extra() == 3
    assert b + b"d" == b"abcd" and b.upper() == b"ABC"
    assert hash(b) == hash(b"abc") and {b: 1}[b"abc"] == 1
    assert B(3) == b"\x00\x00\x00" and B([65, 66]) == b"AB"

    class C(bytes):
        def __new__(cls, value):
            return bytes.__new__(cls, value * 2)
    assert C(b"x") == b"xx" and type(C(b"x")) is C
    import re
    assert re.match(rb"a", b).group() == b"a"


def test_str_slice_starting_past_its_stop_is_empty():
    # unittest.mock's _is_magic: '__%s__' % name[2:-2] of a short name
    assert "f"[2:-2] == "" and "abc"[5:1] == "" and "abc"[2:1] == ""
    assert "abcdef"[4:-4] == "" and "abcdef"[1:-1] == "bcde"


def test_object_dir_and_type_mro():
    # enum's __dir__ starts from object.__dir__ and walks type.mro()
    class A:
        x = 1

        def __init__(self):
            self.y = 2
    a = A()
    names = object.__dir__(a)
    assert isinstance(names, list) and sorted(names) == dir(a)
    assert "x" in names and "y" in names and "__class__" in names

    class B:
        def __dir__(self):
            return ["b", "a"]
    assert dir(B()) == ["a", "b"] and "x" in dir(A)
    assert "__class__" in dir(None)     # (unittest.mock's Mock() does it)
    assert A.mro() == [A, object] and bool.mro() == [bool, int, object]

    class Meta(type):
        def __dir__(cls):
            return ["only"]

    class C(metaclass=Meta):
        z = 1
    assert dir(C) == ["only"]


def test_int_bit_count():
    # enum's Flag counts the bits of its values
    assert (0).bit_count() == 0 and (255).bit_count() == 8
    assert (-7).bit_count() == 3 and (2 ** 100 + 3).bit_count() == 3
    assert True.bit_count() == 1


def test_builtin_new_self_is_its_type():
    # copyreg's pickling with protocols 0 and 1 looks for the built-in base
    # whose __new__ it is (new.__self__ is base)
    import collections
    import copyreg
    assert int.__new__.__self__ is int and object.__new__.__self__ is object
    m = collections.ChainMap({1: 2})
    assert copyreg._reduce_ex(m, 1)[1][1] is object

    class MyInt(int):
        pass
    constructor, (cls, base, state) = copyreg._reduce_ex(MyInt(5), 1)[:2]
    assert cls is MyInt and base is int and state == 5
    assert constructor(cls, base, state) == 5


def test_stop_async_iteration():
    # collections.abc's AsyncGenerator tests raise it
    assert StopAsyncIteration.__mro__[1] is Exception
    try:
        raise StopAsyncIteration(1)
    except Exception as e:
        assert repr(e) == "StopAsyncIteration(1)"


def test_slices_compare_as_their_start_stop_step_tuples():
    assert slice(1, 3) == slice(1, 3)
    assert not (slice(1, 3) != slice(1, 3))
    assert slice(None) == slice(None, None, None)
    assert slice(1, 3) < slice(1, 4) and slice(2) > slice(1)
    assert slice(1) != 1
    assert [slice(0, 2)] == [slice(0, 2)]


def test_object_getstate_and_pickling_slots():
    # object.__getstate__ (3.11): the instance dict (None when empty) and
    # the __slots__ values apart; copyreg._reduce_ex compares a class's
    # __getstate__ with it (statistics.NormalDist with protocols 0 and 1,
    # whose floats are read back by float(bytes))
    import copy
    import pickle
    import statistics

    class A:
        pass

    a = A()
    assert a.__getstate__() is None
    a.x = 1
    assert a.__getstate__() == {'x': 1}

    class S:
        __slots__ = ('p', 'q')

    class SD(S):
        pass

    s = S()
    s.p = 2
    assert s.__getstate__() == (None, {'p': 2})
    assert object.__getstate__(s) == (None, {'p': 2})
    sd = SD()
    sd.p = 1
    sd.z = 3
    assert sd.__getstate__() == ({'z': 3}, {'p': 1})
    assert copy.copy(sd).p == 1 and copy.deepcopy(a).x == 1
    nd = statistics.NormalDist(37.5, 5.625)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(nd, proto)) == nd
    with pytest.raises(TypeError):
        pickle.dumps(s, 0)
    assert float(b'37.5') == 37.5 and float(bytearray(b' -1e3 ')) == -1000.0

    class I:
        def __index__(self):
            return 7

    assert float(I()) == 7.0
    with pytest.raises(ValueError):
        float(b'x')


def test_iter_of_a_callable_and_a_sentinel():
    calls = iter([1, 2, 3, 0, 5]).__next__
    it = iter(calls, 0)
    assert type(it).__name__ == 'callable_iterator' and iter(it) is it
    assert list(it) == [1, 2, 3] and list(it) == []

    def stops():
        raise StopIteration
    assert list(iter(stops, 1)) == []
    with pytest.raises(TypeError, match='must be callable'):
        iter(1, 2)
    # tokenize reads lines by iter(readline, b'')
    import io
    import tokenize
    tokens = tokenize.tokenize(io.BytesIO(b'a + 1\n').readline)
    assert [t.string for t in tokens][1:4] == ['a', '+', '1']


def test_module_type_makes_a_module():
    import types
    module = types.ModuleType('made')
    assert module.__name__ == 'made' and repr(module) == "<module 'made'>"
    assert module.__doc__ is None and module.__spec__ is None
    assert module.__package__ is None and module.__loader__ is None
    assert types.ModuleType('made', 'its doc').__doc__ == 'its doc'
    exec('class C:\n    pass\n', module.__dict__)
    assert module.C.__module__ == 'made'
    with pytest.raises(TypeError):
        types.ModuleType()
    with pytest.raises(TypeError, match="must be str, not int"):
        types.ModuleType(1)


def test_generic_builtin_types_in_annotations():
    import collections
    import functools
    import itertools
    import re
    import types
    import typing

    def annotated(x: list[str], y: dict[str, int] = None,
                  *rest: tuple[int, ...]) -> type[int]:
        pass
    assert annotated.__annotations__['x'] == list[str]
    for cls in [list, dict, tuple, set, frozenset, type, collections.deque,
                collections.defaultdict, functools.partial, itertools.chain,
                enumerate, re.Pattern, re.Match]:
        alias = cls[int]
        assert isinstance(alias, types.GenericAlias)
        assert alias.__origin__ is cls and alias.__args__ == (int,)
    assert repr(list[int]) == 'list[int]'
    assert repr(itertools.chain[int]) == 'itertools.chain[int]'
    assert typing.get_origin(list[int]) is list
    assert typing.get_args(dict[str, int]) == (str, int)
    assert list[int]([1, 2]) == [1, 2]

    class Ints(list[int]):
        pass
    assert Ints.__mro__[1] is list
    with pytest.raises(TypeError, match="type 'int' is not subscriptable"):
        int[str]


def test_union_of_types():
    import functools
    import pickle
    import types
    import typing
    union = int | str
    assert type(union) is types.UnionType and repr(union) == 'int | str'
    assert union.__args__ == (int, str) and union == (str | int)
    assert (int | None).__args__ == (int, type(None))
    assert repr(int | None | str) == 'int | None | str'
    assert int | int is int
    assert typing.get_origin(union) is types.UnionType
    assert typing.get_args(list[int] | str) == (list[int], str)
    assert isinstance(1, union) and not isinstance(1.0, union)
    assert issubclass(bool, int | None)
    assert pickle.loads(pickle.dumps(union)) == union
    for bad in ['str', 3]:
        with pytest.raises(TypeError, match='unsupported operand'):
            int | bad

    @functools.singledispatch
    def dispatch(arg):
        return 'base'

    @dispatch.register
    def _(arg: int | str):
        return 'int or str'
    assert (dispatch(1), dispatch('a'), dispatch(1.0)) == \
        ('int or str', 'int or str', 'base')


def test_generic_alias_parameters_and_attributes():
    import pickle
    import typing
    T = typing.TypeVar('T')
    assert list[T].__parameters__ == (T,)
    assert list[T][int] == list[int]
    assert dict[str, T][int] == dict[str, int]
    assert list[int].__name__ == 'list' and list[int].__module__ == 'builtins'
    assert repr(tuple[int, ...]) == 'tuple[int, ...]'
    assert repr(list[list[int]]) == 'list[list[int]]'
    assert pickle.loads(pickle.dumps(list[int])) == list[int]
    with pytest.raises(TypeError, match='parameterized generic'):
        isinstance([], list[int])

    def hinted(x: int | None = None) -> list[int]:
        pass
    assert typing.get_type_hints(hinted) == {'x': int | None,
                                             'return': list[int]}


def test_builtin_functions_name_their_module():
    import math
    import _json
    assert (len.__module__, math.sqrt.__module__, _json.scanstring.__module__) == \
        ('builtins', 'math', '_json')
    assert [].append.__module__ is None     # a method of a built-in type
