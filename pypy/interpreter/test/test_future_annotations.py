"""`from __future__ import annotations`: class, module and function
annotations are recorded unevaluated, as their source text (the strings
CPython 3.11 stores for these sources)."""

from pypy.objspace.objspace import ObjSpace
from pypy.interpreter.test.support import function_from_source

space = ObjSpace()


def annotations_of(source):
    w_f = function_from_source(space, source, 'f')
    w_dicts = space.unpackiterable(space.call_function(w_f))
    return [dict((space.text_utf8(w_key), space.text_utf8(
                      space.getitem(w_dict, w_key)))
                 for w_key in space.unpackiterable(w_dict))
            for w_dict in w_dicts]


def test_class_and_function_annotations_are_their_source_text():
    [cls, func] = annotations_of(
        "from __future__ import annotations\n"
        "class C:\n"
        "    a: Undefined\n"
        "    b: typing.Dict[str,  int] = 3\n"
        "    c: Callable[\n"
        "        [int], str]\n"
        "def g(x: int, *a: T, y: list[int] = 2, **k: K) -> R[T]:\n"
        "    pass\n"
        "def f():\n"
        "    return C.__annotations__, g.__annotations__\n")
    assert cls == {'a': 'Undefined', 'b': 'typing.Dict[str, int]',
                   'c': 'Callable[[int], str]'}
    assert func == {'x': 'int', 'a': 'T', 'y': 'list[int]', 'k': 'K',
                    'return': 'R[T]'}


def test_annotations_of_a_function_body_are_not_recorded():
    [func] = annotations_of(
        "from __future__ import annotations\n"
        "def f():\n"
        "    x: Undefined = 1\n"
        "    return [f.__annotations__]\n")
    assert func == {}
