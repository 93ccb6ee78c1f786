"""unittest.main() on a TestCase module: CPython's summary line and exit
status (argparse's help formatter imports shutil, which needs
os.stat_result, os.open and os.terminal_size)."""

import pytest


def run_main(module, argv):
    """unittest.main's output and exit status."""
    import io
    import unittest
    stream = io.StringIO()

    class Runner(unittest.TextTestRunner):
        # made by unittest.main with the verbosity of -v
        def __init__(self, **options):
            super().__init__(stream=stream, **options)
    with pytest.raises(SystemExit) as info:
        unittest.main(module=module, argv=argv, testRunner=Runner)
    return stream.getvalue(), info.value.code


def make_module(with_failures):
    import types
    import unittest

    class Cases(unittest.TestCase):
        def test_pass(self):
            self.assertEqual([1, 2], [1, 2])

        @unittest.skip("not today")
        def test_skipped(self):
            pass
        if with_failures:
            def test_fail(self):
                self.assertEqual(1, 2)

            def test_error(self):
                raise ValueError("boom")
    Cases.__module__, Cases.__qualname__ = "cases", "Cases"
    module = types.ModuleType("cases")
    module.Cases = Cases
    return module


def test_main_with_failures():
    out, code = run_main(make_module(True), ["prog"])
    lines = out.splitlines()
    assert code == 1
    assert lines[0] == "EF.s"
    assert "ERROR: test_error (cases.Cases.test_error)" in lines
    assert "FAIL: test_fail (cases.Cases.test_fail)" in lines
    assert "AssertionError: 1 != 2" in lines and "ValueError: boom" in lines
    assert lines[-3].startswith("Ran 4 tests in ")
    assert lines[-1] == "FAILED (failures=1, errors=1, skipped=1)"


def test_main_passing_verbose():
    out, code = run_main(make_module(False), ["prog", "-v"])
    lines = out.splitlines()
    assert code == 0
    assert lines[:2] == ["test_pass (cases.Cases.test_pass) ... ok",
                         "test_skipped (cases.Cases.test_skipped) ... "
                         "skipped 'not today'"]
    assert lines[-1] == "OK (skipped=1)"

