"""Metaclasses (classes deriving from type), which abc, enum and typing
are built on."""


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls

    def hello(cls):
        return "hello " + cls.__name__


def test_metaclass_new_keywords_and_methods():
    class A(metaclass=Meta, flavour=1):
        pass

    class B(A):
        pass
    assert type(A) is Meta and type(B) is Meta
    assert A.made_by == "Meta" and A.kw == {"flavour": 1} and B.kw == {}
    assert B.hello() == "hello B"
    assert isinstance(B, type) and isinstance(B(), A)


def test_calling_a_metaclass_makes_a_class():
    class Plain(type):
        pass
    C = Plain("C", (), {"x": 1})
    assert type(C) is Plain and C.__name__ == "C"
    assert C.x == 1 and C().x == 1


def test_metaclass_init():
    class Counted(type):
        def __init__(cls, name, bases, ns):
            super().__init__(name, bases, ns)
            cls.names = sorted(k for k in ns if not k.startswith("__"))

    class D(metaclass=Counted):
        y = 2

        def f(self):
            pass
    assert D.names == ["f", "y"]


def test_metaclass_call():
    class Single(type):
        def __call__(cls, *args):
            if "inst" not in cls.__dict__:
                cls.inst = super().__call__(*args)
            return cls.inst

    class S(metaclass=Single):
        def __init__(self, v):
            self.v = v
    assert S(1).v == 1 and S(2).v == 1 and S(3) is S(4)


def test_subclassed_descriptors():
    # abc.abstractclassmethod and friends subclass the built-in descriptors
    class acm(classmethod):
        __isabstractmethod__ = True

        def __init__(self, func):
            func.__isabstractmethod__ = True
            super().__init__(func)

    class myprop(property):
        pass

    class sm(staticmethod):
        pass

    class K:
        @acm
        def make(cls):
            return cls.__name__

        @myprop
        def x(self):
            return 42

        @sm
        def double(a):
            return a * 2
    assert K.make() == "K" and K.__dict__["make"].__isabstractmethod__
    assert type(K.__dict__["make"]) is acm
    assert K().x == 42 and type(K.__dict__["x"]) is myprop
    assert K.double(4) == 8 and K().double(5) == 10


class Registry(type):
    """A metaclass whose classes are containers of their members (as
    enum's EnumType)."""
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return Recording()

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls._order = list(ns.stored)
        return cls

    def __iter__(cls):
        return iter(cls._order)

    def __len__(cls):
        return len(cls._order)

    def __getitem__(cls, name):
        return getattr(cls, name)

    def __contains__(cls, name):
        return name in cls._order

    def __repr__(cls):
        return "<registry %s>" % cls.__name__


class Recording(dict):
    def __init__(self):
        super().__init__()
        self.stored = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.stored.append(key)
        super().__setitem__(key, value)


def test_prepare_namespace_sees_every_store():
    class R(metaclass=Registry):
        b = 2
        a = 1
    assert R._order == ["b", "a"]


def test_metaclass_container_methods_and_repr():
    class R(metaclass=Registry):
        x = 10
        y = 20
    assert list(R) == ["x", "y"] and len(R) == 2
    assert R["y"] == 20 and "x" in R and "z" not in R
    assert repr(R) == "<registry R>"


def test_type_call_picks_the_bases_metaclass():
    class Base(metaclass=Meta):
        pass
    C = type("C", (Base,), {})
    assert type(C) is Meta and C.made_by == "Meta"


def test_builtin_types_have_new_in_their_dict():
    assert "__new__" in int.__dict__ and "__new__" in str.__dict__
    assert int.__new__(int, 5) == 5
    assert object.__format__(3, "") == "3"
    assert hasattr(None, "__doc__")


def test_class_attribute_assignment_goes_through_metaclass_descriptors():
    class Meta(type):
        @property
        def x(cls):
            return cls._x * 2

        @x.setter
        def x(cls, value):
            cls._x = value

        @property
        def readonly(cls):
            return 1

    class A(metaclass=Meta):
        _x = 1

    A.x = 5
    assert (A.x, A._x) == (10, 5)
    try:
        A.readonly = 2
    except AttributeError:
        pass
    else:
        raise AssertionError('a property without a setter was assigned')

    class B:
        pass
    B.__name__ = 'C'
    B.__qualname__ = 'Q'
    B.__module__ = 'm'
    B.__doc__ = 'd'
    assert (B.__name__, B.__qualname__, B.__module__, B.__doc__,
            repr(B)) == ('C', 'Q', 'm', 'd', "<class 'm.Q'>")


def test_metaclass_setattr_and_delattr_of_its_classes():
    # enum's EnumType refuses to rebind or delete a member this way
    seen = []

    class Guarded(type):
        def __setattr__(cls, name, value):
            seen.append(("set", name))
            super().__setattr__(name, value)

        def __delattr__(cls, name):
            seen.append(("del", name))
            super().__delattr__(name)

    class A(metaclass=Guarded):
        pass

    class B(int, metaclass=Guarded):
        pass

    A.x = 1
    del A.x
    setattr(B, "y", 2)
    delattr(B, "y")
    assert seen == [("set", "x"), ("del", "x"), ("set", "y"), ("del", "y")]
    assert not hasattr(A, "x") and not hasattr(B, "y")


def test_int_enum_members_cannot_be_rebound_or_deleted():
    import enum

    class Color(enum.IntEnum):
        RED = 1

    try:
        Color.RED = 2
    except AttributeError:
        pass
    else:
        raise AssertionError("member rebound")
    try:
        del Color.RED
    except AttributeError:
        pass
    else:
        raise AssertionError("member deleted")
    assert Color.RED == 1
