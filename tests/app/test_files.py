"""open() and text/binary file objects.  Scratch files live in the
current directory under a name made unique with the process id."""

import os
import pytest


def scratch(tag):
    return os.path.join(os.getcwd(), "_scratch_files_%s_%d" % (tag, os.getpid()))


def test_write_then_read():
    name = scratch("rw")
    try:
        f = open(name, "w")
        assert f.closed is False
        assert f.name == name
        assert f.mode == "w"
        assert f.write("hello\n") == 6
        assert f.write("wörld\n") == 6
        f.close()
        assert f.closed is True
        f.close()           # closing twice is fine
        f = open(name)
        assert f.read() == "hello\nwörld\n"
        f.close()
        with open(name, "rb") as f:
            assert f.read() == b"hello\nw\xc3\xb6rld\n"
    finally:
        os.remove(name)


def test_readline_readlines_iteration():
    name = scratch("lines")
    try:
        with open(name, "w", encoding="utf-8") as f:
            f.write("one\ntwo\nthree")
        with open(name, "r", encoding="utf-8") as f:
            assert f.readline() == "one\n"
            assert f.readline() == "two\n"
            assert f.readline() == "three"
            assert f.readline() == ""
        with open(name) as f:
            assert f.readlines() == ["one\n", "two\n", "three"]
        with open(name) as f:
            assert [line for line in f] == ["one\n", "two\n", "three"]
        with open(name) as f:
            assert [line.rstrip("\n") for line in f] == ["one", "two", "three"]
        with open(name) as f:
            assert f.read(2) == "on"
            assert f.readline() == "e\n"
            assert f.read(100) == "two\nthree"
            assert f.read() == ""
        with open(name) as f:
            assert f.readline(2) == "on"
            assert f.readline() == "e\n"
    finally:
        os.remove(name)


def test_context_manager_closes():
    name = scratch("ctx")
    try:
        with open(name, "w") as f:
            assert f.closed is False
            result = f
        assert result.closed is True
        with pytest.raises(ValueError):
            result.write("x")
        with pytest.raises(ValueError):
            open(name).close() or result.read()
    finally:
        os.remove(name)


def test_append_mode():
    name = scratch("append")
    try:
        with open(name, "w") as f:
            f.write("a\n")
        with open(name, "a") as f:
            f.write("b\n")
        with open(name, "a") as f:
            print("c", file=f)
        with open(name) as f:
            assert f.read() == "a\nb\nc\n"
    finally:
        os.remove(name)


def test_print_to_file_and_writelines():
    name = scratch("print")
    try:
        with open(name, "w") as f:
            print("x", 1, 2.5, file=f)
            print("y", end="", file=f)
            f.writelines(["\n", "p\n", "q\n"])
        with open(name) as f:
            assert f.read() == "x 1 2.5\ny\np\nq\n"
    finally:
        os.remove(name)


def test_universal_newlines():
    name = scratch("newlines")
    try:
        with open(name, "wb") as f:
            f.write(b"a\r\nb\rc\n")
        with open(name) as f:
            assert f.read() == "a\nb\nc\n"
        with open(name) as f:
            assert list(f) == ["a\n", "b\n", "c\n"]
        with open(name, newline="") as f:
            assert f.read() == "a\r\nb\rc\n"
    finally:
        os.remove(name)


def test_binary_mode():
    name = scratch("bin")
    try:
        with open(name, "wb") as f:
            assert f.write(b"\x00\x01abc") == 5
        with open(name, "rb") as f:
            assert f.read(2) == b"\x00\x01"
            assert f.read() == b"abc"
        with pytest.raises(TypeError):
            with open(name, "wb") as f:
                f.write("text")
        with pytest.raises(ValueError):
            open(name, "rb", encoding="utf-8")
    finally:
        os.remove(name)


def test_seek_tell():
    name = scratch("seek")
    try:
        with open(name, "w") as f:
            f.write("0123456789")
            assert f.tell() == 10
        with open(name) as f:
            assert f.read(3) == "012"
            assert f.tell() == 3
            f.seek(0)
            assert f.read() == "0123456789"
        with open(name, "r+") as f:
            f.seek(5)
            f.write("X")
        with open(name) as f:
            assert f.read() == "01234X6789"
    finally:
        os.remove(name)


def test_truncate():
    name = scratch("truncate")
    try:
        with open(name, "wb") as f:
            f.write(b"0123456789")
            assert f.truncate(4) == 4
            # the position stays after the end
            assert f.tell() == 10
            f.write(b"X")
        with open(name, "rb") as f:
            assert f.read() == b"0123" + b"\0" * 6 + b"X"
        with open(name, "r+b") as f:
            assert f.read(2) == b"01"
            assert f.truncate() == 2
            assert f.read() == b""
        with open(name, "rb") as f:
            assert f.read() == b"01"
            with pytest.raises(OSError):
                f.truncate()
    finally:
        os.remove(name)


def test_missing_file():
    with pytest.raises(FileNotFoundError) as info:
        open("no_such_file_here.txt")
    assert str(info.value) == \
        "[Errno 2] No such file or directory: 'no_such_file_here.txt'"
    assert info.value.errno == 2
    assert info.value.filename == "no_such_file_here.txt"
    with pytest.raises(OSError):
        open("no_such_file_here.txt")
    with pytest.raises(FileNotFoundError):
        open("/no/such/dir/x.txt", "w")


def test_bad_modes():
    with pytest.raises(ValueError):
        open("x", "z")
    with pytest.raises(ValueError):
        open("x", "rw")
    with pytest.raises(IsADirectoryError):
        open(os.getcwd())


def test_exclusive_create():
    name = scratch("excl")
    try:
        with open(name, "x") as f:
            f.write("1")
        with pytest.raises(FileExistsError):
            open(name, "x")
    finally:
        os.remove(name)


def test_binary_write_of_a_memoryview():
    # (pathlib's write_bytes writes a memoryview of its data)
    name = scratch("view")
    try:
        with open(name, "wb") as f:
            assert f.write(memoryview(b"abc")) == 3
            f.write(memoryview(bytearray(b"de")))
        with open(name, "rb") as f:
            assert f.read() == b"abcde"
    finally:
        os.remove(name)
