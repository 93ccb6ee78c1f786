"""Runs tests/app test files with pypy-c when pytest gets --pypy-c=PATH.

Without the option, pytest imports and runs the files with CPython (the
oracle). With it, each test file is not imported: its top-level `def test_*`
functions are found with `ast`, and each becomes an item that runs pypy-c on
a script made of the file's source followed by a call of that function
(appended, so line numbers in tracebacks are the file's own). The script has
the test file's name, in a temporary folder; pypy-c runs with the test
file's folder as cwd and tests/app/support on PYTHONPATH (its pytest.py is a
small stand-in for `pytest.raises` and `pytest.approx`). Exit status 0 is a
pass; anything else fails the item and shows pypy-c's output.

Helper modules the test files import (such as ulp.py) live in
tests/app/support too: this conftest appends the folder to CPython's
sys.path (after site-packages, so that `import pytest` stays the real one).

Files named test_host_*.py are the exception: they always run on CPython
(they drive pypy-c themselves, e.g. comparing it with real NumPy), and get
the --pypy-c path (or None) from the `pypy_c` fixture.
"""

import ast
import os
import shutil
import signal
import subprocess
import sys
import tempfile

import pytest

SUPPORT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "support")
if SUPPORT not in sys.path:
    sys.path.append(SUPPORT)


@pytest.fixture
def pypy_c(request):
    """The absolute --pypy-c path, or None (for test_host_*.py files)."""
    path = request.config.getoption("pypy_c")
    return os.path.abspath(path) if path else None


def pytest_pycollect_makemodule(module_path, parent):
    if module_path.name.startswith("test_host_"):
        return None
    if parent.config.getoption("pypy_c"):
        return PypyCFile.from_parent(parent, path=module_path)
    return None


class PypyCFile(pytest.File):
    def collect(self):
        tree = ast.parse(self.path.read_bytes(), filename=str(self.path))
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test"):
                yield PypyCItem.from_parent(self, name=node.name, lineno=node.lineno)


class PypyCFailure(Exception):
    pass


class PypyCItem(pytest.Item):
    def __init__(self, *, lineno, **kwargs):
        super().__init__(**kwargs)
        self.lineno = lineno

    def reportinfo(self):
        return self.path, self.lineno - 1, self.name

    def runtest(self):
        config = self.config
        pypy_c = os.path.abspath(config.getoption("pypy_c"))
        timeout = config.getoption("pypy_c_timeout")
        source = self.path.read_text()
        if not source.endswith("\n"):
            source += "\n"
        script = source + "\n%s()\n" % self.name
        tmpdir = tempfile.mkdtemp(prefix="pypy-c-test-")
        try:
            script_path = os.path.join(tmpdir, self.path.name)
            with open(script_path, "w") as f:
                f.write(script)
            env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
            env["PYTHONPATH"] = SUPPORT
            cmd = [pypy_c, script_path]
            try:
                proc = subprocess.run(cmd, cwd=str(self.path.parent), env=env,
                                      stdin=subprocess.DEVNULL,
                                      capture_output=True, timeout=timeout)
            except subprocess.TimeoutExpired as e:
                raise PypyCFailure(self._report(
                    "TIMEOUT: pypy-c did not finish within %g s" % timeout,
                    e.stdout, e.stderr, script_path))
        finally:
            shutil.rmtree(tmpdir, ignore_errors=True)
        if proc.returncode == 0:
            return
        if proc.returncode < 0:
            try:
                signame = signal.Signals(-proc.returncode).name
            except ValueError:
                signame = "signal %d" % -proc.returncode
            what = "pypy-c was killed by %s" % signame
        else:
            what = "pypy-c exited with status %d" % proc.returncode
        raise PypyCFailure(self._report(what, proc.stdout, proc.stderr, script_path))

    def _report(self, what, stdout, stderr, script_path):
        def text(data):
            data = (data or b"").decode("utf-8", "replace")
            return data.replace(script_path, str(self.path)).rstrip("\n")

        parts = ["%s running %s() of %s" % (what, self.name, self.path)]
        for name, data in (("stdout", stdout), ("stderr", stderr)):
            if data:
                parts.append("---- pypy-c %s ----\n%s" % (name, text(data)))
        return "\n".join(parts)

    def repr_failure(self, excinfo):
        if isinstance(excinfo.value, PypyCFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo)
