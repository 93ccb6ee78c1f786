"""shutil (copyfile, copy, copytree, rmtree, get_terminal_size) and
tempfile (TemporaryDirectory, NamedTemporaryFile, mkstemp) over the
built-in os: stat_result, lstat, chmod, makedirs, walk, fsdecode, open's
opener; CPython gives the expected results."""

import os


def test_os_stat_result():
    st = os.stat("/")
    assert type(st).__name__ == "stat_result" and isinstance(st, tuple)
    assert len(st) == 10 and st[0] == st.st_mode and st[6] == st.st_size
    assert st[8] == int(st.st_mtime) and isinstance(st.st_mtime, float)
    assert os.lstat("/").st_ino == st.st_ino
    assert os.stat("/", follow_symlinks=False).st_mode == st.st_mode
    assert repr(os.terminal_size((80, 24))) == \
        "os.terminal_size(columns=80, lines=24)"
    assert os.terminal_size((3, 4)).lines == 4


def test_copy_and_remove_trees():
    import shutil
    root = "/tmp/pypy_shutil_test_%d" % os.getpid()
    os.makedirs(root + "/a/b")
    try:
        with open(root + "/a/x.txt", "w") as f:
            f.write("hello")
        shutil.copyfile(root + "/a/x.txt", root + "/a/b/y.txt")
        with open(root + "/a/b/y.txt") as f:
            assert f.read() == "hello"
        shutil.copy(root + "/a/x.txt", root + "/z.txt")
        shutil.copytree(root + "/a", root + "/c")
        assert sorted(os.listdir(root + "/c")) == ["b", "x.txt"]
        assert os.listdir(root + "/c/b") == ["y.txt"]
        walked = sorted((d[len(root):], sorted(ds), sorted(fs))
                        for d, ds, fs in os.walk(root))
        assert walked[0] == ("", ["a", "c"], ["z.txt"])
        assert len(walked) == 5
    finally:
        shutil.rmtree(root)
    assert not os.path.exists(root)
    assert shutil.get_terminal_size((7, 8)).columns > 0


def test_tempfile():
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "f")
        with open(path, "w") as f:
            f.write("x")
        assert os.listdir(d) == ["f"]
    assert not os.path.exists(d)
    with tempfile.NamedTemporaryFile("w+", suffix=".txt") as f:
        f.write("abc")
        f.seek(0)
        assert f.read() == "abc" and f.name.endswith(".txt")
        assert os.path.exists(f.name)
    assert not os.path.exists(f.name)
    fd, path = tempfile.mkstemp()
    os.write(fd, b"data")
    os.close(fd)
    with open(path, "rb") as f:
        assert f.read() == b"data"
    os.remove(path)
