"""The programs of bench/python_suite.py's suites (bench/python/, the
pure-Python programs of issue 18; bench/stdlib/, json and re) pass their
own checks on the interpreter under test, and bench/python_suite_child.py
reports a call's time and result for them: a program that breaks on
pypy-c shows up here, not only as an 'n/a' in a benchmark run."""

import ast
import os

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BENCH = os.path.join(ROOT, "bench")
CHILD = os.path.join(BENCH, "python_suite_child.py")


def programs(suite):
    return sorted(f[:-3] for f in os.listdir(os.path.join(BENCH, suite))
                  if f.endswith(".py"))


def test_python_suite_has_ten_programs():
    assert len(programs("python")) >= 10


@pytest.mark.parametrize("suite, name", [(suite, name) for suite in ("python", "stdlib")
                                         for name in programs(suite)])
def test_program_self_check(run, suite, name):
    proc = run(os.path.join(BENCH, suite, name + ".py"))
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "OK\n", "")


def test_child_reply(run):
    proc = run(CHILD, "python", "nqueens", "6", "2")
    assert proc.returncode == 0, proc.stderr
    reply = ast.literal_eval(proc.stdout)
    assert reply["result"] == "(4, (1, 3, 5, 0, 2, 4))"
    assert reply["same"] is True
    assert len(reply["times"]) == len(reply["waits"]) == 2
    assert all(0 <= w <= t for t, w in zip(reply["times"], reply["waits"]))
