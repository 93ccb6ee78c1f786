"""A fixed-seed batch of the differential language tester (fuzz_python.py):
generated programs with hot loops print the same under the interpreter
under test (with and without its JIT) as under the CPython running pytest.
Against CPython itself it checks that every generated program runs."""

import os
import sys

import pytest

# pytest imports test files with --import-mode=importlib: no sys.path entry
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fuzz_python  # noqa: E402
import pygen  # noqa: E402

SEEDS = range(1, 13)


@pytest.mark.parametrize('seed', SEEDS)
def test_program_prints_as_cpython(seed, interpreter, tmp_path, request):
    timeout = request.config.getoption('pypy_c_timeout')
    modes = [] if interpreter == sys.executable else fuzz_python.modes_of(interpreter)
    source = pygen.generate(seed, nfuncs=2, iterations=2000)
    found = fuzz_python.differences(source, [sys.executable], modes, timeout,
                                    str(tmp_path))
    assert not found, '\n'.join(
        '%s: %s' % (mode, fuzz_python.first_difference(expected, got))
        for mode, expected, got in found) + '\n\nprogram:\n' + source
