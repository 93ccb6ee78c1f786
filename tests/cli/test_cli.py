"""Command-line behaviour, checked against CPython (the default) and, with
--pypy-c=./pypy-c, against pypy-c."""

import re
import subprocess


def test_dash_c(run):
    proc = run("-c", "print(sum(range(10)))")
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "45\n", "")


def test_dash_c_argv(run):
    proc = run("-c", "import sys\nfor a in sys.argv: print(a)", "x", "y z")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["-c", "x", "y z"]


def test_script_sees_argv(run, tmp_path):
    (tmp_path / "show_argv.py").write_text(
        "import sys\nfor a in sys.argv:\n    print(a)\n")
    proc = run("show_argv.py", "one", "two words", "3")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["show_argv.py", "one", "two words", "3"]


def test_missing_file(run):
    proc = run("no_such_file.py")
    assert proc.returncode == 2
    assert "can't open file" in proc.stderr
    assert "no_such_file.py" in proc.stderr


def test_unknown_option(run):
    proc = run("-Z")
    assert proc.returncode == 2
    assert "unknown option" in proc.stderr.lower()   # CPython: "Unknown option: -Z"


def test_uncaught_exception_traceback(run, tmp_path):
    (tmp_path / "boom.py").write_text(
        "def f(x):\n"            # 1
        "    return x / 0\n"     # 2
        "\n"                     # 3
        "def g():\n"             # 4
        "    return f(1)\n"      # 5
        "\n"                     # 6
        "g()\n")                 # 7
    proc = run("boom.py")
    assert proc.returncode == 1
    lines = proc.stderr.splitlines()
    assert lines[0] == "Traceback (most recent call last):"
    frames = re.findall(r'^  File "(.*)", line (\d+), in (\S+)$', proc.stderr, re.M)
    assert [(line, func) for _, line, func in frames] == [
        ("7", "<module>"), ("5", "g"), ("2", "f")]
    assert all(path.endswith("boom.py") for path, _, _ in frames)
    assert lines[-1] == "ZeroDivisionError: division by zero"


def test_syntax_error(run):
    proc = run("-c", "x = = 1")
    assert proc.returncode == 1
    lines = proc.stderr.splitlines()
    assert lines[-1].startswith("SyntaxError:")
    assert any(re.match(r"^\s*\^+\s*$", line) for line in lines)


def test_exit_status_of_clean_run(run, tmp_path):
    (tmp_path / "ok.py").write_text("x = 1\n")
    proc = run("ok.py")
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "", "")


def test_dash_m_runs_module_as_main(run, tmp_path):
    (tmp_path / "show_main.py").write_text(
        "import sys\nprint(__name__, sys.argv[0].endswith('show_main.py'), "
        "sys.argv[1:])\n")
    proc = run("-m", "show_main", "a", "b c")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "__main__ True ['a', 'b c']\n"


def test_dash_m_json_tool_reads_stdin_writes_stdout(interpreter, tmp_path):
    # json.tool closes its output file, sys.stdout, with `with`
    proc = subprocess.run([interpreter, "-m", "json.tool", "--indent", "1"],
                          input='{"a": [1, 2]}', capture_output=True,
                          text=True, cwd=str(tmp_path))
    assert (proc.returncode, proc.stderr) == (0, ""), proc.stderr
    assert proc.stdout == '{\n "a": [\n  1,\n  2\n ]\n}\n'


def test_options_of_test_support_subprocesses(run):
    # test.support.script_helper starts `python -X faulthandler -I ...`
    proc = run("-X", "faulthandler", "-I", "-W", "ignore", "-Xdev", "-c",
               "print('ok')")
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "ok\n", "")


def test_sys_stdout_as_context_manager_closes_it(run):
    proc = run("-c", "import sys\nwith sys.stdout as f:\n    f.write('x')\n"
               "print(sys.stdout.closed, file=sys.stderr)")
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "x", "True\n")
