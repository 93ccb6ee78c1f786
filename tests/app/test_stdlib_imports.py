"""Modules of CPython 3.11's standard library (build/lib-python/3.11 on
pypy-c), imported and put to work; CPython gives the expected results."""

import pytest

# modules that import (each is put to work by a test_stdlib_<module>.py or
# a test below); marshal, base64 (binascii), gzip (zlib) and hashlib's
# hashes do not yet
IMPORTABLE = [
    "abc", "argparse", "array", "bisect", "calendar", "collections", "configparser",
    "contextlib", "copy", "csv", "dataclasses", "datetime", "decimal",
    "difflib", "enum", "fnmatch", "fractions", "functools", "getopt", "glob",
    "heapq", "importlib", "importlib.util", "inspect", "io", "ipaddress",
    "itertools", "json", "logging", "numbers", "operator", "pathlib",
    "pickle", "pprint", "queue", "random", "re", "select", "selectors",
    "shlex", "shutil", "statistics", "string", "struct", "subprocess",
    "tempfile", "textwrap", "threading", "traceback", "types", "typing",
    "unittest", "urllib.parse", "uuid", "warnings", "weakref"]


def test_modules_import():
    import sys
    for name in IMPORTABLE:
        __import__(name)
        assert name in sys.modules


def test_abc():
    import abc

    class Base(abc.ABC):
        @abc.abstractmethod
        def run(self):
            ...

        @classmethod
        @abc.abstractmethod
        def make(cls):
            ...

    class Impl(Base):
        def run(self):
            return "ran"

        @classmethod
        def make(cls):
            return cls()

    with pytest.raises(TypeError, match="Can't instantiate abstract class Base"):
        Base()
    assert Impl.make().run() == "ran"
    assert isinstance(Impl(), Base) and issubclass(Impl, Base)
    assert not issubclass(int, Base)
    Base.register(int)
    assert issubclass(int, Base) and isinstance(3, Base)
    assert sorted(Base.__abstractmethods__) == ["make", "run"]
    assert Base.__subclasses__() == [Impl]
    assert isinstance(3, (str, Base)) and not isinstance(3.0, (str, Base))


def test_weakref_ref():
    import _weakref

    class K:
        pass
    k = K()
    r = _weakref.ref(k)
    assert r() is k and r == _weakref.ref(k) and hash(r) == hash(k)
    assert r.__callback__ is None

    class KeyedRef(_weakref.ref):
        __slots__ = ("key",)

        def __new__(type, ob, callback, key):
            self = _weakref.ref.__new__(type, ob, callback)
            self.key = key
            return self

        def __init__(self, ob, callback, key):
            super().__init__(ob, callback)
    kr = KeyedRef(k, None, "kk")
    assert kr() is k and kr.key == "kk" and isinstance(kr, _weakref.ref)
    d = {"a": r}
    _weakref._remove_dead_weakref(d, "a")       # alive: kept
    assert list(d) == ["a"]


def test_types():
    import types

    def gen():
        yield 1

    async def coro():
        pass
    c = coro()
    assert isinstance(gen(), types.GeneratorType)
    assert isinstance(c, types.CoroutineType) and not isinstance(c, types.GeneratorType)
    c.close()
    assert isinstance(len, types.BuiltinFunctionType)
    assert isinstance(types, types.ModuleType)
    ns = types.SimpleNamespace(a=1, b="x")
    assert ns.a == 1 and ns == types.SimpleNamespace(a=1, b="x")
    assert repr(ns) == "namespace(a=1, b='x')"
    ns.c = 3
    assert vars(ns) == {"a": 1, "b": "x", "c": 3}


def test_bytes_iterate():
    # _collections_abc takes type(iter(b'')) at import
    assert list(iter(b"ab\x00")) == [97, 98, 0]


def test_from_package_import_names_the_missing_module():
    # `from . import sub` where sub imports a missing module (re._compiler
    # importing _sre) reports that module, not "cannot import name 'sub'"
    import os
    import sys
    root = "/tmp/pypy_numpy_pkgtest_%d" % os.getpid()
    os.mkdir(root)
    os.mkdir(os.path.join(root, "pkgm"))
    with open(os.path.join(root, "pkgm", "__init__.py"), "w") as f:
        f.write("from . import sub\n")
    with open(os.path.join(root, "pkgm", "sub.py"), "w") as f:
        f.write("import no_such_module_here\n")
    sys.path.insert(0, root)
    try:
        with pytest.raises(ModuleNotFoundError) as info:
            import pkgm
        assert info.value.name == "no_such_module_here"
    finally:
        sys.path.remove(root)
        for name in ["sub.py", "__init__.py"]:
            os.remove(os.path.join(root, "pkgm", name))
        os.rmdir(os.path.join(root, "pkgm"))
        os.rmdir(root)


def test_errno():
    import errno
    assert errno.ENOENT == 2 and errno.errorcode[errno.ENOENT] == "ENOENT"
    assert errno.EWOULDBLOCK == errno.EAGAIN
    assert errno.errorcode[errno.EAGAIN] == "EAGAIN"
    assert all(getattr(errno, name) == code for code, name in errno.errorcode.items())
    with pytest.raises(OSError) as info:
        open("/no/such/file/here")
    assert info.value.errno == errno.ENOENT


def test_sys_intern():
    import sys
    a = "".join(["ab", "c"])
    b = "".join(["a", "bc"])
    assert sys.intern(a) is sys.intern(b) and sys.intern(a) == "abc"

    class S(str):
        pass
    for bad, message in [(1, "intern() argument must be str, not int"),
                         (None, "intern() argument must be str, not None"),
                         (S("x"), "can't intern S")]:
        with pytest.raises(TypeError) as info:
            sys.intern(bad)
        assert str(info.value) == message


def test_copy():
    import copy

    class Point:
        def __init__(self):
            self.items = [1, [2]]

    class Slotted:
        __slots__ = ("x", "y")

    class Tagged(list):
        pass
    p = copy.deepcopy(Point())
    assert p.items == [1, [2]]
    s = Slotted()
    s.x = [3]
    s2 = copy.deepcopy(s)
    assert s2.x == [3] and s2.x is not s.x and not hasattr(s2, "y")
    t = Tagged([1, 2])
    t.tag = "t"
    t2 = copy.copy(t)
    assert type(t2) is Tagged and t2 == [1, 2] and t2.tag == "t"
    assert copy.deepcopy({"a": (1, [2])}) == {"a": (1, [2])}


def test_datetime_arithmetic():
    # the pure-Python datetime.py; time.gmtime/localtime/strftime (for
    # strftime, timetuple, fromtimestamp) are not there yet
    import datetime as dt
    d = dt.date(2024, 2, 28) + dt.timedelta(days=2)
    assert d.isoformat() == "2024-03-01" and d.weekday() == 4
    assert str(dt.timedelta(hours=25)) == "1 day, 1:00:00"
    moment = dt.datetime(2021, 5, 6, 7, 8, tzinfo=dt.timezone.utc)
    assert moment.isoformat() == "2021-05-06T07:08:00+00:00"
    assert moment.timestamp() == 1620284880.0
    assert dt.datetime.fromisoformat("2011-11-04T00:05:23") == \
        dt.datetime(2011, 11, 4, 0, 5, 23)
    assert repr(dt.date(2020, 1, 1)) == "datetime.date(2020, 1, 1)"
    assert dt.date(2020, 1, 1) < dt.date(2021, 1, 1)


def test_pickle_round_trip():
    import pickle
    value = [1, "a", (2.5, None), {"k": b"bytes"}, True]
    # from 3: protocols 0-2 write str or bytes through codecs'
    # raw-unicode-escape and latin-1 codecs, which pypy-c's _codecs does
    # not have yet
    for protocol in range(3, pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(value, protocol)) == value
    assert pickle.dumps(None, 2) == b"\x80\x02N."
