"""sys._getframe() and the frame and code attributes that warnings (and
logging, inspect) read."""

import sys
import warnings


def caller_line():
    frame = sys._getframe(1)
    return frame.f_lineno, frame.f_code.co_name


def test_getframe():
    frame = sys._getframe()
    assert frame.f_code.co_name == "test_getframe"
    assert frame.f_code.co_filename.endswith("test_stdlib_frames.py")
    assert frame.f_globals is globals()
    first = frame.f_code.co_firstlineno
    assert caller_line() == (first + 6, "test_getframe")
    local = 1
    assert sys._getframe().f_locals["local"] == 1
    assert sys._getframe(0).f_back is not None
    try:
        sys._getframe(10 ** 6)
    except ValueError:
        pass
    else:
        raise AssertionError("no ValueError")


def test_warnings_warn():
    # from code whose file has no source: linecache reads nothing (reading
    # a source file goes through tokenize, which needs writable
    # function __defaults__)
    code = compile("def deprecated():\n"
                   "    warnings.warn('careful', DeprecationWarning, 2)\n"
                   "\n"
                   "deprecated()\n", "<warn-test>", "exec")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        exec(code, {"warnings": warnings})
    assert len(caught) == 1 and str(caught[0].message) == "careful"
    assert caught[0].category is DeprecationWarning
    assert (caught[0].filename, caught[0].lineno) == ("<warn-test>", 4)


def test_code_attributes():
    def f(a, b, /, c, *, d):
        x = 1
        return x

    def g(*args, **kwargs):
        yield 1

    async def co():
        pass

    c = f.__code__
    assert (c.co_name, c.co_qualname, c.co_argcount, c.co_posonlyargcount,
            c.co_kwonlyargcount, c.co_nlocals, c.co_varnames) == (
        'f', 'test_code_attributes.<locals>.f', 3, 2, 1, 5,
        ('a', 'b', 'c', 'd', 'x'))
    assert c.co_firstlineno == test_code_attributes.__code__.co_firstlineno + 1
    # CO_OPTIMIZED | CO_NEWLOCALS | CO_VARARGS | CO_VARKEYWORDS | CO_NESTED
    # | CO_GENERATOR; CO_COROUTINE
    assert (f.__code__.co_flags, g.__code__.co_flags,
            co.__code__.co_flags, (lambda: 0).__code__.co_flags) == (
        0x13, 0x3f, 0x93, 0x13)
