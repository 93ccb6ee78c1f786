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
