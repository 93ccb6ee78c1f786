"""A small stand-in for pytest inside pypy-c (tests/app/conftest.py puts
this folder on pypy-c's PYTHONPATH; CPython runs use the real pytest).

Provides `raises` (as a context manager, with `.value` and `match=`) and
`approx` (numbers, and lists/tuples of numbers). Plain Python 3, written
with classes, try/except and with only.
"""


class Failed(AssertionError):
    pass


def fail(msg=""):
    raise Failed(msg)


class RaisesContext:
    def __init__(self, expected, match):
        self.expected = expected
        self.match = match
        self.value = None
        self.type = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            raise Failed("DID NOT RAISE %r" % (self.expected,))
        if not issubclass(exc_type, self.expected):
            return False            # an unexpected exception propagates
        self.type = exc_type
        self.value = exc_value
        if self.match is not None:
            text = str(exc_value)
            if not _search(self.match, text):
                raise Failed("pattern %r not found in %r" % (self.match, text))
        return True


def _search(pattern, text):
    try:
        import re
    except Exception:
        # no working re yet (the standard library's re needs more than
        # pypy-c has; its import fails past ImportError): a plain substring
        return pattern in text
    return re.search(pattern, text) is not None


def raises(expected, match=None):
    return RaisesContext(expected, match)


class ApproxScalar:
    def __init__(self, expected, rel, abs):
        self.expected = expected
        self.rel = rel
        self.abs = abs

    def __eq__(self, actual):
        if actual == self.expected:
            return True
        tolerance = self.abs
        if self.rel * abs(self.expected) > tolerance:
            tolerance = self.rel * abs(self.expected)
        return abs(actual - self.expected) <= tolerance

    def __ne__(self, actual):
        return not self.__eq__(actual)

    def __repr__(self):
        return "approx(%r)" % (self.expected,)


class ApproxSequence:
    def __init__(self, expected, rel, abs):
        self.expected = expected
        self.items = []
        for x in expected:
            self.items.append(ApproxScalar(x, rel, abs))

    def __eq__(self, actual):
        if len(actual) != len(self.items):
            return False
        i = 0
        while i < len(self.items):
            if not self.items[i] == actual[i]:
                return False
            i += 1
        return True

    def __ne__(self, actual):
        return not self.__eq__(actual)

    def __repr__(self):
        return "approx(%r)" % (self.expected,)


def approx(expected, rel=1e-6, abs=1e-12):
    if isinstance(expected, (list, tuple)):
        return ApproxSequence(expected, rel, abs)
    return ApproxScalar(expected, rel, abs)
