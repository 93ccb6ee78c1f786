"""Ctrl-C: SIGINT during a busy Python loop raises KeyboardInterrupt,
which can be caught; uncaught, it prints a traceback.  Exit status:
pypy-c exits with 1; CPython >= 3.8 re-raises SIGINT on itself instead
(status -2 as seen by subprocess), which the oracle run accepts."""

import os
import signal
import subprocess
import sys
import time

import pytest


def default_sigint():
    # a shell runs background jobs (`make test &`) with SIGINT ignored, and
    # CPython keeps an ignored SIGINT ignored: give the child the default
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start(interpreter, tmp_path, source):
    script = tmp_path / "busy.py"
    script.write_text(source)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    proc = subprocess.Popen([interpreter, str(script)], cwd=str(tmp_path),
                            env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, preexec_fn=default_sigint)
    line = proc.stdout.readline()
    assert line == "ready\n", (line, proc.stderr.read() if line == "" else "")
    time.sleep(0.3)          # well inside the loop (and JIT-compiled)
    proc.send_signal(signal.SIGINT)
    try:
        out, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail("the interpreter ignored SIGINT")
    return proc.returncode, line + out, err


BUSY_WHILE = (
    "print('ready', flush=True)\n"
    "i = 0\n"
    "while True:\n"
    "    i += 1\n"
)


def test_uncaught_keyboard_interrupt(interpreter, tmp_path):
    status, out, err = start(interpreter, tmp_path, BUSY_WHILE)
    lines = err.splitlines()
    assert lines[0] == "Traceback (most recent call last):", err
    assert 'busy.py", line ' in err
    assert lines[-1] == "KeyboardInterrupt"
    if os.path.abspath(interpreter) == os.path.abspath(sys.executable):
        assert status in (1, -signal.SIGINT)
    else:
        assert status == 1


def test_caught_keyboard_interrupt_in_function(interpreter, tmp_path):
    source = (
        "def spin():\n"
        "    total = 0\n"
        "    for i in range(10 ** 15):\n"
        "        total += 1\n"
        "try:\n"
        "    print('ready', flush=True)\n"
        "    spin()\n"
        "except KeyboardInterrupt as e:\n"
        "    print('caught', type(e).__name__)\n"
        "print('after')\n"
    )
    status, out, err = start(interpreter, tmp_path, source)
    assert (status, out, err) == (0, "ready\ncaught KeyboardInterrupt\nafter\n",
                                  "")
