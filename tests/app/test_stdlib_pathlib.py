"""pathlib (with what it needs: functools.cached_property, int.from_bytes
through ipaddress, os.PathLike, os.stat's follow_symlinks); CPython gives
the expected results."""

import os


def test_pure_path_parts():
    import pathlib
    p = pathlib.Path("/tmp/base") / "sub" / "data.tar.gz"
    assert str(p) == "/tmp/base/sub/data.tar.gz"
    assert (p.suffix, p.suffixes, p.stem, p.name) == \
        (".gz", [".tar", ".gz"], "data.tar", "data.tar.gz")
    assert str(p.parent) == "/tmp/base/sub"
    assert p.parts == ("/", "tmp", "base", "sub", "data.tar.gz")
    assert str(p.relative_to("/tmp")) == "base/sub/data.tar.gz"
    assert str(pathlib.PurePosixPath("a/b").with_suffix(".c")) == "a/b.c"
    assert isinstance(p, os.PathLike) and os.fspath(p) == str(p)


def test_files_in_a_folder():
    import pathlib
    root = pathlib.Path("/tmp/pypy_pathlib_test_%d" % os.getpid())
    root.mkdir()
    try:
        (root / "a.txt").write_text("hello\n")
        (root / "b.py").write_text("x = 1\n")
        (root / "sub" / "deeper").mkdir(parents=True)
        assert (root / "a.txt").read_text() == "hello\n"
        assert (root / "a.txt").exists() and not (root / "zz").exists()
        assert (root / "sub").is_dir() and (root / "a.txt").is_file()
        assert sorted(q.name for q in root.iterdir()) == \
            ["a.txt", "b.py", "sub"]
        assert [q.name for q in root.glob("*.py")] == ["b.py"]
        assert (root / "a.txt").stat().st_size == 6
    finally:
        for q in root.iterdir():
            if q.is_file():
                q.unlink()
        (root / "sub" / "deeper").rmdir()
        (root / "sub").rmdir()
        root.rmdir()
    assert not root.exists()
