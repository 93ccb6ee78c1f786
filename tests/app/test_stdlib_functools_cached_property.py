"""functools.cached_property: computed once per instance, kept in the
instance's __dict__ under the name __set_name__ gave it."""

import functools

import pytest


def test_cached_property_computes_once():
    class Circle:
        calls = 0

        def __init__(self, r):
            self.r = r

        @functools.cached_property
        def area(self):
            "the area"
            Circle.calls += 1
            return 3 * self.r * self.r
    c = Circle(2)
    assert (c.area, c.area, Circle.calls) == (12, 12, 1)
    assert c.__dict__ == {"r": 2, "area": 12}
    del c.area
    assert (c.area, Circle.calls) == (12, 2)
    c.area = 5
    assert c.area == 5
    descriptor = Circle.__dict__["area"]
    assert Circle.area is descriptor
    assert (descriptor.attrname, descriptor.__doc__) == ("area", "the area")


def test_cached_property_errors():
    prop = functools.cached_property(lambda self: 1)

    class Holder:
        pass
    with pytest.raises(TypeError, match="without calling __set_name__"):
        prop.__get__(Holder())
    with pytest.raises(RuntimeError) as info:
        class Twice:
            a = prop
            b = prop
    assert str(info.value) == ("Error calling __set_name__ on "
                               "'cached_property' instance 'b' in 'Twice'")
    assert str(info.value.__cause__) == (
        "Cannot assign the same cached_property to two different names "
        "('a' and 'b').")
