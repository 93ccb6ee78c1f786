"""subprocess (over _posixsubprocess.fork_exec, select's poll and os's
pipes and waitpid), os.system and os.popen; CPython gives the expected
results."""

import os
import subprocess
import sys
import pytest


def test_run_capture_text():
    result = subprocess.run(["echo", "hi"], capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stdout == "hi\n" and result.stderr == ""
    assert result.args == ["echo", "hi"]


def test_check_output_bytes_and_shell():
    assert subprocess.check_output(["printf", "a\\nb"]) == b"a\nb"
    assert subprocess.check_output("echo $((6 * 7))", shell=True) == b"42\n"


def test_check_output_python():
    # sys.executable is this interpreter (an untranslated run has none)
    if os.path.exists(sys.executable):
        out = subprocess.check_output([sys.executable, "-c", "print(1)"])
        assert out == b"1\n"


def test_communicate_all_pipes():
    proc = subprocess.Popen(["sh", "-c", "cat; echo err >&2; exit 3"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    out, err = proc.communicate(input=b"data in\n" * 1000)
    assert out == b"data in\n" * 1000
    assert err == b"err\n"
    assert proc.returncode == 3
    assert proc.pid > 0


def test_stderr_to_stdout_and_cwd_env():
    out = subprocess.run("pwd; echo $FOO >&2", shell=True, cwd="/",
                         env={"FOO": "bar", "PATH": "/bin:/usr/bin"},
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    assert out.stdout == b"/\nbar\n"


def test_returncode_and_check():
    assert subprocess.run(["false"]).returncode == 1
    assert subprocess.call(["sh", "-c", "exit 7"]) == 7
    with pytest.raises(subprocess.CalledProcessError) as info:
        subprocess.run(["sh", "-c", "exit 2"], check=True)
    assert info.value.returncode == 2
    assert str(info.value) == \
        "Command '['sh', '-c', 'exit 2']' returned non-zero exit status 2."
    assert subprocess.run(["sh", "-c", "kill -9 $$"]).returncode == -9


def test_missing_program():
    with pytest.raises(FileNotFoundError) as info:
        subprocess.run(["no-such-program-xyz"])
    assert str(info.value) == \
        "[Errno 2] No such file or directory: 'no-such-program-xyz'"
    with pytest.raises(FileNotFoundError) as info:
        subprocess.run(["/no/such/dir/prog"])
    assert info.value.filename == "/no/such/dir/prog"
    with pytest.raises(PermissionError) as info:
        subprocess.run(["/etc/passwd"])
    assert str(info.value) == "[Errno 13] Permission denied: '/etc/passwd'"
    with pytest.raises(FileNotFoundError) as info:
        subprocess.run(["true"], cwd="/no/such/dir")
    assert str(info.value) == \
        "[Errno 2] No such file or directory: '/no/such/dir'"


def test_timeout():
    with pytest.raises(subprocess.TimeoutExpired) as info:
        subprocess.run(["sleep", "5"], timeout=0.3)
    assert info.value.cmd == ["sleep", "5"]
    proc = subprocess.Popen(["sleep", "5"])
    with pytest.raises(subprocess.TimeoutExpired):
        proc.wait(timeout=0.1)
    proc.kill()
    assert proc.wait() == -9


def open_fds_of_child(**kwargs):
    out = subprocess.run(["ls", "/proc/self/fd"], capture_output=True,
                         text=True, **kwargs).stdout
    return [int(fd) for fd in out.split()]


def test_pass_fds_and_close_fds():
    r, w = os.pipe()
    assert w in open_fds_of_child(pass_fds=[w])
    # the others are closed in the child; os's descriptors are not
    # inheritable anyway
    assert w not in open_fds_of_child()
    assert w not in open_fds_of_child(close_fds=False)
    os.close(r)
    os.close(w)


def test_os_system_and_popen():
    assert os.system("exit 0") == 0
    assert os.system("exit 3") == 768
    assert os.waitstatus_to_exitcode(os.system("exit 3")) == 3
    with os.popen("echo popen") as f:
        assert f.read() == "popen\n"
    f = os.popen("exit 5")
    assert f.read() == "" and f.close() == 5 << 8
