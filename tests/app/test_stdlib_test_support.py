"""What CPython's own test package (test.support, run by
tools/cpython-suite.py) needs of the interpreter at import time and in its
helpers, one test per need."""

import pytest


def test_float_getformat():
    # test.support: requires_IEEE_754
    assert float.__getformat__("double") == "IEEE, little-endian"
    assert float.__getformat__("float") == "IEEE, little-endian"
    with pytest.raises(ValueError):
        float.__getformat__("long double")


def test_stringio_and_bytesio_subclasses():
    # doctest (imported by many test modules) subclasses io.StringIO
    import io

    class Spoof(io.StringIO):
        def getvalue(self):
            return super().getvalue().upper()

        def truncate(self, size=None):
            self.seek(size)
            return io.StringIO.truncate(self)

    s = Spoof()
    print("hi", file=s)
    s.write("x")
    assert type(s) is Spoof and isinstance(s, io.StringIO)
    assert s.getvalue() == "HI\nX" and s.tell() == 4
    s.truncate(0)
    assert s.getvalue() == ""
    s.attr = 5
    assert s.attr == 5
    assert Spoof("a\r\nb", newline=None).read() == "a\nb"

    class B(io.BytesIO):
        pass

    b = B(b"abc")
    assert type(b) is B and b.read() == b"abc"
    with B() as f:
        f.write(b"q")
    assert f.closed
    import doctest
    assert issubclass(doctest._SpoofOut, io.StringIO)


def test_functools_singledispatch_and_partialmethod():
    # pkgutil (which unittest.mock imports) takes singledispatch
    import functools

    @functools.singledispatch
    def f(x):
        return "object"

    @f.register(list)
    def _(x):
        return "list"

    assert (f(1), f([])) == ("object", "list")
    assert f.dispatch(list) is _ and functools.singledispatch.__module__ == "functools"

    class C:
        def m(self, a, b):
            return (a, b)
        p = functools.partialmethod(m, 1)

        @functools.singledispatchmethod
        def s(self, x):
            return "object"

        @s.register(str)
        def _(self, x):
            return "str"

    assert C().p(2) == (1, 2)
    assert (C().s(1), C().s("a")) == ("object", "str")
    assert repr(functools.partialmethod(len, 1)).startswith("functools.partialmethod(")


def test_imp_module():
    # test.support.import_helper imports _imp
    import _imp
    assert _imp.is_builtin("_thread") == 1 and _imp.is_builtin("textwrap") == 0
    assert not _imp.is_frozen("textwrap")
    assert isinstance(_imp.extension_suffixes(), list)
    _imp._override_frozen_modules_for_tests(0)


def test_unittest_mock():
    # imported by test_functools and test_dataclasses
    from unittest import mock
    m = mock.Mock()
    m.f(1)
    m.f.assert_called_once_with(1)
    with mock.patch("os.getcwd", return_value="/x"):
        import os
        assert os.getcwd() == "/x"
    # inspect.iscoroutinefunction, which Mock calls, unwraps partials
    import functools
    import inspect
    p = functools.partial(functools.partial(len, 1), 2)
    assert functools._unwrap_partial(p) is len
    assert not inspect.iscoroutinefunction(p)


def test_surrogateescape():
    # test.support.os_helper's TESTFN_UNENCODABLE; os.fsdecode/fsencode
    u = b"-\xff\xfe".decode("utf-8", "surrogateescape")
    assert u == "-\udcff\udcfe"
    assert b"\xc3\xa9\xff".decode("utf-8", "surrogateescape") == "\xe9\udcff"
    assert b"a\xffb".decode("ascii", "surrogateescape") == "a\udcffb"
    assert u.encode("utf-8", "surrogateescape") == b"-\xff\xfe"
    assert "x\udcff\xe9".encode("utf-8", "surrogateescape") == b"x\xff\xc3\xa9"
    assert "\udcffa".encode("ascii", "surrogateescape") == b"\xffa"
    with pytest.raises(UnicodeEncodeError):
        "\udc00".encode("utf-8", "surrogateescape")   # no escaped byte
    with pytest.raises(UnicodeEncodeError):
        "\udcff".encode("utf-8")
    with pytest.raises(UnicodeDecodeError):
        b"\xff".decode("utf-8")
    assert b"a\xffb".decode("utf-8", "replace") == "a\ufffdb"
    assert b"a\xffb".decode("utf-8", "ignore") == "ab"


def test_importlib_filefinder():
    # pkgutil (imported by unittest.mock) registers a function for it
    import os
    import importlib.machinery
    import pkgutil
    here = os.path.dirname(os.path.abspath(__file__))
    finder = importlib.machinery.FileFinder(here, (
        importlib.machinery.SourceFileLoader, importlib.machinery.SOURCE_SUFFIXES))
    spec = finder.find_spec("test_stdlib_test_support")
    assert spec.name == "test_stdlib_test_support"
    assert spec.origin == os.path.join(here, "test_stdlib_test_support.py")
    assert finder.find_spec("no_such_module_here") is None
    assert pkgutil.iter_importer_modules.dispatch(importlib.machinery.FileFinder)


def test_gc_module():
    # test.support.gc_collect and disable_gc; weakref tests
    import gc
    import weakref

    class C:
        pass

    c = C()
    c.self = c
    r = weakref.ref(c)
    del c
    gc.collect()
    assert r() is None
    assert gc.isenabled()
    gc.disable()
    assert not gc.isenabled()
    gc.enable()
    assert gc.isenabled()


def test_set_traceback_to_none():
    # contextlib's _GeneratorContextManager.__exit__ restores it
    e = ValueError()
    e.__traceback__ = None
    assert e.__traceback__ is None
    with pytest.raises(TypeError):
        e.__traceback__ = 1
    import contextlib

    @contextlib.contextmanager
    def cm():
        yield

    with pytest.raises(KeyError):
        with cm():
            raise KeyError


def test_none_in_sys_modules_blocks_an_import():
    # test.support.import_helper.import_fresh_module(blocked=[...])
    import sys
    sys.modules["_bisect"] = None
    try:
        with pytest.raises(ImportError) as info:
            import _bisect
        assert "halted; None in sys.modules" in str(info.value)
        import bisect
        saved = sys.modules.pop("bisect")
        import bisect        # its `from _bisect import *` fails: Python code
        assert bisect is not saved and bisect.bisect_left([1, 2], 2) == 1
        sys.modules["bisect"] = saved
    finally:
        del sys.modules["_bisect"]


def test_partial_subclass():
    # test_functools subclasses functools.partial
    import functools

    class P(functools.partial):
        pass

    p = P(max, 1)
    assert p(5) == 5 and p.func is max and p.args == (1,)
    assert type(p) is P and isinstance(p, functools.partial) and callable(p)
    p.x = 3
    assert p.x == 3

    class Q(functools.partial):
        def __call__(self, *args):
            return "called"

    assert Q(max)(1) == "called"


def test_importlib_util_cache_paths():
    # test.support.script_helper imports source_from_cache; pypy-c writes
    # no .pyc files (sys.implementation.cache_tag is None)
    import sys
    import importlib.util
    if sys.implementation.cache_tag is None:
        with pytest.raises(NotImplementedError):
            importlib.util.cache_from_source("/a/b.py")
        with pytest.raises(NotImplementedError):
            importlib.util.source_from_cache("/a/__pycache__/b.x.pyc")
    else:
        cached = importlib.util.cache_from_source("/a/b.py")
        assert importlib.util.source_from_cache(cached) == "/a/b.py"
    import py_compile
    assert py_compile.PycInvalidationMode.TIMESTAMP


def test_pydoc_and_sysconfig_paths():
    # test_enum imports pydoc, whose Doc class asks sysconfig for the
    # standard library's folder
    import sys
    import sysconfig
    assert sys.platlibdir == "lib" and sys.abiflags == ""
    assert sysconfig.get_path("stdlib")
    import pydoc
    assert pydoc.Doc().getdocloc(sys).endswith("/library/sys.html")


def test_builtin_iterators_have_next_and_iter_methods():
    # heapq.merge takes iter(x).__next__
    for it in [iter([1]), iter((1,)), iter(range(1)), iter("a"), iter({1: 2})]:
        assert it.__iter__() is it
        assert it.__next__() in (0, 1, "a")
        with pytest.raises(StopIteration):
            it.__next__()
    import heapq
    assert list(heapq.merge([1, 3], [2, 4])) == [1, 2, 3, 4]


def test_gettrace_and_settrace_none():
    # doctest saves and restores the trace function
    import sys
    saved = sys.gettrace()
    sys.settrace(saved)
    assert sys.gettrace() is saved


def test_sys_stdin():
    # doctest's debugger (pdb, cmd.Cmd) takes sys.stdin
    import sys
    stdin = sys.__stdin__       # (pytest replaces sys.stdin on CPython)
    assert stdin.fileno() == 0 and stdin.readable()
    assert stdin.name == "<stdin>" and stdin.mode == "r"
    assert sys.stdout.encoding.lower() == "utf-8"
    import doctest
    assert doctest.DocTestRunner().run(doctest.DocTestParser().get_doctest(
        ">>> 1 + 1\n2\n", {}, "t", "t.py", 0)).failed == 0


def test_single_mode_shows_expression_statements():
    # doctest runs each example compiled in mode 'single'
    import builtins
    import sys
    seen = []
    sys.displayhook = seen.append
    try:
        namespace = {}
        for source in ["1 + 1", "None", "x = 3", "x", "if x:\n    'in if'\n",
                       "def f():\n    5\n", "f()", "class C:\n    6\n"]:
            exec(compile(source, "s", "single"), namespace)
        exec(compile("7", "s", "exec"))
    finally:
        sys.displayhook = sys.__displayhook__
    assert seen == [2, None, 3, "in if", None]
    import io
    saved, sys.stdout = sys.stdout, io.StringIO()
    try:
        sys.displayhook("x")
        sys.displayhook(None)
        shown = sys.stdout.getvalue()
    finally:
        sys.stdout = saved
    assert shown == "'x'\n" and builtins._ == "x"
