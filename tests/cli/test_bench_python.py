"""The programs of issue 18's suite (bench/python/) pass their own checks
on the interpreter under test, and bench/python_suite_child.py reports a
call's time and result for them: a program that breaks on pypy-c shows up
here, not only as an 'n/a' in a benchmark run."""

import ast
import os

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROGRAMS = os.path.join(ROOT, "bench", "python")
CHILD = os.path.join(ROOT, "bench", "python_suite_child.py")
NAMES = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py"))


def test_suite_has_ten_programs():
    assert len(NAMES) >= 10, NAMES


@pytest.mark.parametrize("name", NAMES)
def test_program_self_check(run, name):
    proc = run(os.path.join(PROGRAMS, name + ".py"))
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "OK\n", "")


def test_child_reply(run):
    proc = run(CHILD, "nqueens", "6", "2")
    assert proc.returncode == 0, proc.stderr
    reply = ast.literal_eval(proc.stdout)
    assert reply["result"] == "(4, (1, 3, 5, 0, 2, 4))"
    assert reply["same"] is True
    assert len(reply["times"]) == len(reply["waits"]) == 2
    assert all(0 <= w <= t for t, w in zip(reply["times"], reply["waits"]))
