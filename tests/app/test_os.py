"""The os module and os.path."""

import os
import os.path
from os import path
import pytest


def scratch_name(tag):
    return os.path.join(os.getcwd(), "_scratch_%s_%d" % (tag, os.getpid()))


def test_import_forms():
    assert path is os.path
    import os.path as p2
    assert p2 is os.path
    assert os.sep == "/"
    assert os.path.sep == "/"
    assert os.name == "posix"
    assert os.curdir == "." and os.pardir == ".."
    assert os.linesep == "\n"


def test_getcwd_getpid():
    cwd = os.getcwd()
    assert isinstance(cwd, str)
    assert cwd.startswith("/")
    assert os.path.isdir(cwd)
    pid = os.getpid()
    assert isinstance(pid, int) and pid > 0


def test_environ():
    assert isinstance(os.environ.get("PATH", ""), str)
    assert "PATH" in os.environ or "HOME" in os.environ
    for key in os.environ:
        assert isinstance(key, str)
        assert isinstance(os.environ[key], str)
    assert os.environ.get("SURELY_NOT_SET_XYZ_123") is None
    assert os.getenv("SURELY_NOT_SET_XYZ_123") is None
    assert os.getenv("SURELY_NOT_SET_XYZ_123", "dflt") == "dflt"


def test_join():
    assert os.path.join("a", "b") == "a/b"
    assert os.path.join("a/", "b") == "a/b"
    assert os.path.join("a", "b", "c.txt") == "a/b/c.txt"
    assert os.path.join("a", "/b", "c") == "/b/c"
    assert os.path.join("", "b") == "b"
    assert os.path.join("a", "") == "a/"
    assert os.path.join("/") == "/"


def test_split_parts():
    assert os.path.dirname("/x/y/z.py") == "/x/y"
    assert os.path.dirname("z.py") == ""
    assert os.path.dirname("/z.py") == "/"
    assert os.path.basename("/x/y/z.py") == "z.py"
    assert os.path.basename("/x/y/") == ""
    assert os.path.split("/x/y/z.py") == ("/x/y", "z.py")
    assert os.path.splitext("a/b.c.d") == ("a/b.c", ".d")
    assert os.path.splitext("a/.bashrc") == ("a/.bashrc", "")
    assert os.path.splitext("noext") == ("noext", "")
    assert os.path.splitext("a.dir/file") == ("a.dir/file", "")
    assert os.path.isabs("/a") and not os.path.isabs("a")
    # POSIX paths have no drive
    assert os.path.splitdrive("/x/y") == ("", "/x/y")
    assert os.path.splitdrive(b"c:x") == (b"", b"c:x")
    assert os.path.altsep is None


def test_normpath_abspath():
    assert os.path.normpath("a//b/./c/../d") == "a/b/d"
    assert os.path.normpath("") == "."
    assert os.path.normpath("/../a") == "/a"
    assert os.path.normpath("../a/..") == ".."
    assert os.path.abspath("x") == os.path.join(os.getcwd(), "x")
    assert os.path.abspath("/a/b/../c") == "/a/c"


def test_exists_isfile_isdir():
    assert os.path.exists("/")
    assert os.path.isdir("/")
    assert not os.path.isfile("/")
    assert not os.path.exists("/surely/not/here/xyz")
    assert not os.path.isdir("/surely/not/here/xyz")
    assert not os.path.isfile("/surely/not/here/xyz")


def test_file_lifecycle():
    name = scratch_name("os")
    with open(name, "w") as f:
        f.write("12345")
    try:
        assert os.path.exists(name)
        assert os.path.isfile(name)
        assert not os.path.isdir(name)
        assert os.path.getsize(name) == 5
        assert os.path.basename(name) in os.listdir(os.getcwd())
        assert os.path.basename(name) in os.listdir()
    finally:
        os.remove(name)
    assert not os.path.exists(name)


def test_mkdir_listdir_rmdir():
    name = scratch_name("dir")
    os.mkdir(name)
    try:
        assert os.path.isdir(name)
        assert os.listdir(name) == []
        with open(os.path.join(name, "f.txt"), "w") as f:
            f.write("x")
        assert os.listdir(name) == ["f.txt"]
        os.remove(os.path.join(name, "f.txt"))
    finally:
        os.rmdir(name)
    assert not os.path.exists(name)


def test_remove_missing():
    with pytest.raises(FileNotFoundError) as info:
        os.remove("/surely/not/here/xyz")
    assert info.value.errno == 2
    assert str(info.value) == \
        "[Errno 2] No such file or directory: '/surely/not/here/xyz'"
    with pytest.raises(OSError):
        os.listdir("/surely/not/here/xyz")


def test_readlink_and_realpath():
    link = scratch_name("link")
    target = os.getcwd()
    # /proc/self/cwd is a symbolic link to the current folder
    assert os.readlink("/proc/self/cwd") == target
    assert os.readlink(b"/proc/self/cwd") == os.fsencode(target)
    assert os.path.realpath("/proc/self/cwd") == target
    assert os.path.realpath("/proc/self/cwd/..") == os.path.dirname(target)
    assert os.path.realpath(b"/") == b"/"
    with pytest.raises(OSError):
        os.readlink(link)


def test_path_functions_written_in_python():
    assert os.path.relpath("/a/b/c", "/a") == "b/c"
    assert os.path.relpath("/a", "/a/b") == ".."
    assert os.path.commonpath(["/a/b", "/a/c/d"]) == "/a"
    assert os.path.ismount("/") and not os.path.ismount(os.getcwd() + "/nonexistent")
    os.environ["_PATH_TEST_VAR"] = "v"
    assert os.path.expandvars("$_PATH_TEST_VAR/${_PATH_TEST_VAR}") == "v/v"
    assert os.path.samefile(".", os.getcwd())
    assert os.path.getatime(".") > 0 and os.path.getctime(".") > 0
    assert os.path.devnull == "/dev/null" and os.path.defpath == "/bin:/usr/bin"


def test_umask_returns_the_previous_mask():
    old = os.umask(0o022)
    try:
        assert os.umask(0o077) == 0o022
        assert os.umask(0o022) == 0o077
    finally:
        os.umask(old)
