"""dict's | and |= (PEP 584), and update()/dict() from a mapping that is no
dict (an object with keys() and []): sysconfig, which CPython's test.support
imports, builds its install schemes with |=."""

import pytest


class Mapping:
    def keys(self):
        return ['x', 'y']

    def __getitem__(self, key):
        return key * 2


def test_union_of_two_dicts():
    a, b = {1: 2, 3: 4}, {3: 5, 6: 7}
    assert a | b == {1: 2, 3: 5, 6: 7}
    assert list(b | a) == [3, 6, 1]
    assert a == {1: 2, 3: 4}


def test_inplace_union_takes_what_update_takes():
    d = {1: 2}
    alias = d
    d |= [(3, 4)]
    d |= Mapping()
    d |= {1: 0}
    assert alias is d and d == {1: 0, 3: 4, 'x': 'xx', 'y': 'yy'}


def test_union_with_other_types():
    with pytest.raises(TypeError):
        {} | [(1, 2)]
    with pytest.raises(TypeError):
        [(1, 2)] | {}
    assert dict.__or__({}, 1) is NotImplemented
    assert dict.__ror__({1: 1}, {2: 2}) == {2: 2, 1: 1}


def test_subclass_union_gives_a_dict_and_inplace_keeps_the_object():
    class D(dict):
        pass
    assert type(D(a=1) | {'b': 2}) is dict
    assert {'z': 0} | D(a=1) == {'z': 0, 'a': 1}
    d = D()
    d |= {1: 1}
    assert type(d) is D and d == {1: 1}


def test_update_and_constructor_from_a_mapping():
    d = {}
    d.update(Mapping())
    assert d == {'x': 'xx', 'y': 'yy'}
    assert dict(Mapping(), z=1) == {'x': 'xx', 'y': 'yy', 'z': 1}
