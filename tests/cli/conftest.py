"""Fixtures of the command-line tests: `run` starts the interpreter under
test, which is ./pypy-c with --pypy-c=PATH and otherwise the CPython that
runs pytest (the oracle)."""

import os
import subprocess
import sys

import pytest


@pytest.fixture
def interpreter(request):
    path = request.config.getoption("pypy_c")
    return os.path.abspath(path) if path else sys.executable


@pytest.fixture
def translated(interpreter):
    """Whether the interpreter under test is a translated pypy-c (an
    executable of its own): not CPython, not tools/untranslated-pypy-c (a
    shell script)."""
    if os.path.realpath(interpreter) == os.path.realpath(sys.executable):
        return False
    with open(interpreter, 'rb') as f:
        return f.read(4) == b'\x7fELF'


@pytest.fixture
def run(interpreter, request, tmp_path):
    """run(*args) -> CompletedProcess (text mode), cwd = a fresh tmp_path,
    no PYTHON* variables from the calling environment."""
    timeout = request.config.getoption("pypy_c_timeout")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}

    def run(*args):
        return subprocess.run([interpreter] + list(args), cwd=str(tmp_path),
                              env=env, stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, timeout=timeout)
    return run
