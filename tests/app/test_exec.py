"""exec(), eval() and compile()."""

import pytest

MODULE_LEVEL = 5


def test_eval_basics():
    assert eval("1 + 2") == 3
    assert eval("  x * 2", {"x": 21}) == 42
    assert eval("[i * i for i in range(4)]") == [0, 1, 4, 9]
    assert eval("MODULE_LEVEL + 1") == 6
    assert eval("len('abc')", {}) == 3
    assert eval("a + b", {"a": 1}, {"b": 2}) == 3


def test_eval_sees_caller_locals():
    q = 10
    assert eval("q + 1") == 11

    def inner():
        r = 3
        return eval("r * 2")
    assert inner() == 6


def test_exec_namespaces():
    g = {}
    exec("a = 5\ndef f():\n    return a + 1\n", g)
    assert g["a"] == 5
    assert g["f"]() == 6
    assert "__builtins__" in g
    loc = {}
    exec("z = 1\nw = z + 1", {}, loc)
    assert loc == {"z": 1, "w": 2}
    assert exec("1") is None


def test_exec_class_and_loops():
    g = {}
    src = (
        "class C:\n"
        "    def __init__(self, v):\n"
        "        self.v = v\n"
        "total = 0\n"
        "for i in range(5):\n"
        "    total += C(i).v\n"
    )
    exec(src, g)
    assert g["total"] == 10


def test_compile():
    code = compile("y = 3\n", "myfile.py", "exec")
    ns = {}
    exec(code, ns)
    assert ns["y"] == 3
    code = compile("7 * 6", "<expr>", "eval")
    assert eval(code) == 42
    assert eval(code, {}) == 42
    code2 = compile("a + 1", "<expr>", "eval")
    assert eval(code2, {"a": 1}) == 2
    assert eval(code2, {"a": 10}) == 11
    assert type(code).__name__ == "code"


def test_syntax_errors():
    with pytest.raises(SyntaxError) as info:
        compile("x = = 1", "bad.py", "exec")
    assert info.value.filename == "bad.py"
    assert info.value.lineno == 1
    with pytest.raises(SyntaxError):
        exec("def f(:\n    pass")
    with pytest.raises(SyntaxError):
        eval("1 +")
    with pytest.raises(SyntaxError):
        eval("x = 1")
    with pytest.raises(ValueError):
        compile("1", "<s>", "bogus")


def test_errors_propagate():
    with pytest.raises(ZeroDivisionError):
        exec("1 / 0")
    with pytest.raises(NameError):
        eval("undefined_name_xyz", {})
    with pytest.raises(TypeError):
        exec("1", [])
