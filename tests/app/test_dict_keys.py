"""Dict and set keys compared by value: equal strs and ints that are
different objects, and subclasses whose __eq__ is still called."""


def test_equal_str_and_int_keys():
    word = ''.join(['ab', 'c'])
    d = {'abc': 1, 10 ** 3: 2, ('x', 1): 3}
    assert d[word] == 1
    assert d[int('1000')] == 2
    assert d[(''.join(['x']), int('1'))] == 3
    assert d.get((word, 1)) is None
    assert {word, 'abc', 1.0, 1, True} == {'abc', 1}
    assert d[1000.0] == 2


def test_subclass_eq_is_called():
    calls = []

    class Str(str):
        def __eq__(self, other):
            calls.append(other)
            return str.__eq__(self, other)
        __hash__ = str.__hash__

    class Never(int):
        def __eq__(self, other):
            calls.append(other)
            return False
        __hash__ = int.__hash__

    d = {Str('k'): 1, Never(5): 2}
    assert d['k'] == 1
    assert calls
    del calls[:]
    assert 5 not in d
    assert calls == [5]


def test_builtin_subclass_hash_restored():
    class Eq(str):
        def __eq__(self, other):
            return str.__eq__(self, other)

    class Restored(Eq):
        __hash__ = str.__hash__

    try:
        hash(Eq('a'))
    except TypeError:
        pass
    else:
        raise AssertionError('a class defining __eq__ alone is unhashable')
    assert hash(Restored('a')) == hash('a')
    assert {Restored('a'): 1}['a'] == 1
