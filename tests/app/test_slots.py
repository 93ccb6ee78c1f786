"""__slots__: member descriptors, instances without __dict__ or weak
references unless a base or the slots give them, copy and pickle."""

import copy
import pickle
import weakref

import pytest


class Point:
    __slots__ = ('x', 'y', '__secret')

    def __init__(self, x):
        self.x = x


class Child(Point):
    pass


class SlotChild(Point):
    __slots__ = ('z',)


class WithDict:
    __slots__ = ('a', '__dict__', '__weakref__')


def test_instances_have_no_dict():
    p = Point(1)
    with pytest.raises(TypeError):
        vars(p)
    with pytest.raises(AttributeError):
        p.__dict__
    with pytest.raises(AttributeError):
        p.other = 2
    with pytest.raises(AttributeError):
        SlotChild(1).other = 2


def test_member_descriptors():
    p = Point(1)
    assert p.x == 1
    with pytest.raises(AttributeError):
        p.y
    p.y = 3
    assert (p.x, p.y) == (1, 3)
    del p.y
    assert not hasattr(p, 'y')
    assert type(Point.x).__name__ == 'member_descriptor'
    assert repr(Point.x) == "<member 'x' of 'Point' objects>"
    assert Point.x.__get__(p) == 1
    assert '_Point__secret' in Point.__dict__
    with pytest.raises(TypeError):
        Point.x.__get__(3)


def test_subclass_without_slots_has_a_dict():
    c = Child(1)
    c.other = 2
    assert vars(c)['other'] == 2
    assert weakref.ref(c)() is c


def test_weak_references():
    with pytest.raises(TypeError):
        weakref.ref(Point(1))
    w = WithDict()
    w.b = 2
    assert vars(w) == {'b': 2}
    assert weakref.ref(w)() is w


def test_string_slots_repeats_and_conflicts():
    class One:
        __slots__ = 'value'
    one = One()
    one.value = 1
    assert one.value == 1

    class Repeated(Point):
        __slots__ = ('x', 'z', 'z')     # (as datetime's)
    r = Repeated(1)
    r.z = 2
    assert (r.x, r.z) == (1, 2)
    with pytest.raises(ValueError):
        class Conflict:
            __slots__ = ('x',)
            x = 1


def test_copy_and_pickle():
    p = Point(1)
    p.y = [2]
    q = copy.deepcopy(p)
    assert (q.x, q.y) == (1, [2]) and q.y is not p.y
    r = pickle.loads(pickle.dumps(p))
    assert (r.x, r.y) == (1, [2])


def test_member_descriptor_type():
    import types
    assert type(Point.x) is types.MemberDescriptorType
    assert type(types.FunctionType.__code__) is types.GetSetDescriptorType
    assert type(complex.real) is types.MemberDescriptorType


def test_a_subclass_without_slots_reads_its_bases_slots():
    class S:
        __slots__ = ('p', 'q')

    class SD(S):
        pass

    sd = SD()
    sd.p = 1
    sd.z = 3
    assert (sd.p, S.p.__get__(sd, SD), sd.z) == (1, 1, 3)
    assert sd.__getstate__() == ({'z': 3}, {'p': 1})
