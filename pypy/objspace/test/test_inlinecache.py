"""The interpreter's per-instruction caches (inlinecache.py): one
LOAD_ATTR or STORE_ATTR run again after the instance, its class or a base
class changed, or one LOAD_GLOBAL after the globals or builtins changed,
gives what a lookup would."""

from pypy.objspace.objspace import ObjSpace
from pypy.interpreter.test.support import app_repr

space = ObjSpace()

CLASSES = '''
class Base:
    def get(self):
        return 'Base.get'
class P(Base):
    def __init__(self, x):
        self.x = x
class Q:
    def __init__(self, x):
        self.y = 0
        self.x = x
def read_x(o):
    return o.x
def call_get(o):
    return o.get()
def store_x(o, value):
    o.x = value
'''


def test_one_read_of_instances_of_two_classes():
    assert app_repr(space, "return [read_x(o) for o in "
                           "[P(1), Q(2), P(3), Q(4)]]",
                    CLASSES) == "[1, 2, 3, 4]"


def test_one_read_of_an_instance_a_module_and_a_list():
    # one LOAD_ATTR whose entry changes kind with the object it reads
    assert app_repr(space, "import sys\n"
                           "return [one_site(o) for o in "
                           "[P(1), sys, [], P(2), sys, []]]",
                    CLASSES + "def one_site(o):\n"
                              "    return o.__class__.__name__\n"
                    ) == "['P', 'module', 'list', 'P', 'module', 'list']"


def test_a_method_replaced_on_a_base_class():
    assert app_repr(space, "o = P(1)\n"
                           "first = call_get(o)\n"
                           "Base.get = lambda self: 'new get'\n"
                           "return first, call_get(o), call_get(P(2))",
                    CLASSES) == "('Base.get', 'new get', 'new get')"


def test_a_method_shadowed_by_an_instance_attribute():
    assert app_repr(space, "o = P(1)\n"
                           "first = call_get(o)\n"
                           "o.get = lambda: 'own get'\n"
                           "return first, call_get(o), call_get(P(2))",
                    CLASSES) == "('Base.get', 'own get', 'Base.get')"


def test_a_method_shadowed_through_the_instance_dict():
    assert app_repr(space, "o = P(1)\n"
                           "first = call_get(o)\n"
                           "vars(o)['get'] = lambda: 'own get'\n"
                           "return first, call_get(o)",
                    CLASSES) == "('Base.get', 'own get')"


def test_a_property_added_over_an_instance_attribute():
    assert app_repr(space, "o = P(1)\n"
                           "first = read_x(o)\n"
                           "Base.x = property(lambda self: 'property')\n"
                           "return first, read_x(o)",
                    CLASSES) == "(1, 'property')"


def test_getattribute_added_to_the_class():
    assert app_repr(space, "o = P(1)\n"
                           "first = read_x(o)\n"
                           "P.__getattribute__ = lambda self, name: name\n"
                           "return first, read_x(o)",
                    CLASSES) == "(1, 'x')"


def test_an_attribute_deleted_after_reads():
    assert app_repr(space, "o = P(1)\n"
                           "first = read_x(o)\n"
                           "del o.x\n"
                           "try:\n"
                           "    read_x(o)\n"
                           "except AttributeError as e:\n"
                           "    return first, str(e)",
                    CLASSES) == "(1, \"'P' object has no attribute 'x'\")"


def test_getattr_of_the_class_after_an_attribute_deleted():
    assert app_repr(space, "o = P(1)\n"
                           "first = read_x(o)\n"
                           "P.__getattr__ = lambda self, name: 'missing ' + name\n"
                           "del o.x\n"
                           "return first, read_x(o)",
                    CLASSES) == "(1, 'missing x')"


def test_a_read_after_the_class_of_the_instance_assigned():
    assert app_repr(space, "o = P(1)\n"
                           "first = call_get(o), read_x(o)\n"
                           "class R:\n"
                           "    x = 'class x'\n"
                           "    def get(self):\n"
                           "        return 'R.get'\n"
                           "o.__class__ = R\n"
                           "return first, call_get(o), read_x(o)",
                    CLASSES) == "(('Base.get', 1), 'R.get', 1)"


def test_stores_that_add_and_that_replace_an_attribute():
    assert app_repr(space, "objs = [P(1), Q(2), Base()]\n"
                           "for o in objs:\n"
                           "    store_x(o, 10)\n"
                           "for o in objs:\n"
                           "    store_x(o, 20)\n"
                           "return [vars(o) for o in objs]",
                    CLASSES) == \
        "[{'x': 20}, {'y': 0, 'x': 20}, {'x': 20}]"


def test_an_attribute_added_by_one_store_to_instances_of_one_map():
    assert app_repr(space, "objs = [Base() for i in range(3)]\n"
                           "for i in range(3):\n"
                           "    store_x(objs[i], i)\n"
                           "return [read_x(o) for o in objs]",
                    CLASSES) == "[0, 1, 2]"


def test_setattr_added_to_the_class():
    assert app_repr(space, "o = P(1)\n"
                           "store_x(o, 2)\n"
                           "seen = []\n"
                           "P.__setattr__ = lambda self, name, value: "
                           "seen.append((name, value))\n"
                           "store_x(o, 3)\n"
                           "return read_x(o), seen",
                    CLASSES) == "(2, [('x', 3)])"


def test_a_property_with_a_setter_added_to_a_base_class():
    assert app_repr(space, "o = P(1)\n"
                           "store_x(o, 2)\n"
                           "seen = []\n"
                           "Base.x = property(lambda self: 'property', "
                           "lambda self, value: seen.append(value))\n"
                           "store_x(o, 3)\n"
                           "store_x(P(4), 5)\n"
                           "return read_x(o), seen",
                    CLASSES) == "('property', [3, 4, 5])"


def test_a_store_once_the_instance_uses_a_dict():
    assert app_repr(space, "o = P(1)\n"
                           "store_x(o, 2)\n"
                           "d = vars(o)\n"
                           "store_x(o, 3)\n"
                           "return d, read_x(o)",
                    CLASSES) == "({'x': 3}, 3)"


def test_reads_and_writes_of_instances_fill_their_entries():
    from pypy.interpreter.test.support import function_from_source
    w_f = function_from_source(space, CLASSES + '''
def f():
    o = P(1)
    store_x(o, 2)
    return read_x(o), call_get(o)
''', 'f')
    assert space.repr_utf8(space.call_function(w_f)) == "(2, 'Base.get')"
    entries = {}
    for name in ['read_x', 'call_get', 'store_x']:
        code = w_f.w_globals.getitem_str(space, name).code
        [entry] = [c for c in code.inline_caches if c is not None]
        entries[name] = entry
    assert entries['read_x'].index == 0
    assert entries['call_get'].index == -1
    assert entries['call_get'].w_function is not None
    assert entries['store_x'].index == 0
    assert entries['store_x'].new_map is None


GLOBALS = '''
def read_len():
    return len
def read_g():
    return g
'''


def test_a_global_assigned_and_deleted_between_reads():
    assert app_repr(space, "global g\n"
                           "g = 1\n"
                           "first = read_g()\n"
                           "g = 2\n"
                           "second = read_g()\n"
                           "del g\n"
                           "try:\n"
                           "    read_g()\n"
                           "except NameError as e:\n"
                           "    return first, second, str(e)",
                    GLOBALS) == "(1, 2, \"name 'g' is not defined\")"


def test_a_builtin_shadowed_by_a_global_then_uncovered():
    assert app_repr(space, "import builtins\n"
                           "global len\n"
                           "first = read_len() is builtins.len\n"
                           "len = 'global len'\n"
                           "second = read_len()\n"
                           "del len\n"
                           "return first, second, "
                           "read_len() is builtins.len",
                    GLOBALS) == "(True, 'global len', True)"


def test_a_builtin_replaced():
    assert app_repr(space, "import builtins\n"
                           "saved = builtins.len\n"
                           "first = read_len() is saved\n"
                           "builtins.len = 'new len'\n"
                           "try:\n"
                           "    second = read_len()\n"
                           "finally:\n"
                           "    builtins.len = saved\n"
                           "return first, second",
                    GLOBALS) == "(True, 'new len')"


def test_one_code_run_with_two_globals():
    # the functions made by the two exec share their code object
    assert app_repr(space, "code = compile('def read():\\n    return g\\n', "
                           "'<s>', 'exec')\n"
                           "first, second = {'g': 1}, {'g': 2}\n"
                           "exec(code, first)\n"
                           "exec(code, second)\n"
                           "assert first['read'].__code__ is "
                           "second['read'].__code__\n"
                           "return [d['read']() for d in "
                           "[first, second, first, second]]") == \
        "[1, 2, 1, 2]"


BUILTINS = '''
def call_append(o, x):
    return o.append(x)
def read_call(o):
    return o.__call__
class MyList(list):
    pass
class SlottedList(list):
    __slots__ = ()
'''


def test_one_method_read_on_a_list_and_on_subclasses():
    assert app_repr(space, "seen = []\n"
                           "for o in [[], MyList(), SlottedList(), []]:\n"
                           "    call_append(o, 1)\n"
                           "    seen.append((type(o).__name__, o))\n"
                           "return seen",
                    BUILTINS) == ("[('list', [1]), ('MyList', [1]), "
                                  "('SlottedList', [1]), ('list', [1])]")


def test_a_method_of_a_list_subclass_replaced_between_reads():
    assert app_repr(space, "o = SlottedList()\n"
                           "call_append(o, 1)\n"
                           "SlottedList.append = lambda self, x: ('new', x)\n"
                           "return call_append(o, 2), o",
                    BUILTINS) == "(('new', 2), [1])"


def test_a_method_shadowed_by_a_function_attribute():
    assert app_repr(space, "def g():\n"
                           "    return 'g'\n"
                           "first = read_call(g)()\n"
                           "g.__call__ = 'own'\n"
                           "return first, read_call(g)",
                    BUILTINS) == "('g', 'own')"


def test_a_method_read_on_a_list_fills_its_entry():
    from pypy.interpreter.test.support import function_from_source
    w_f = function_from_source(space, BUILTINS + '''
def f():
    o = []
    call_append(o, 1)
    return o
''', 'f')
    assert space.repr_utf8(space.call_function(w_f)) == "[1]"
    code = w_f.w_globals.getitem_str(space, 'call_append').code
    [entry] = [c for c in code.inline_caches if c is not None]
    assert entry.w_type is space.w_list
    assert entry.w_function is space.w_list.lookup('append')


MODULES = '''
import builtins
Module = type(builtins)
def read_value(m):
    return m.value
'''


def test_one_read_of_two_modules():
    assert app_repr(space, "a, b = Module('a'), Module('b')\n"
                           "a.value, b.value = 1, 2\n"
                           "return [read_value(m) for m in [a, b, a, b]]",
                    MODULES) == "[1, 2, 1, 2]"


def test_a_module_attribute_assigned_and_deleted_between_reads():
    assert app_repr(space, "m = Module('m')\n"
                           "m.value = 1\n"
                           "first = read_value(m)\n"
                           "m.__dict__['value'] = 2\n"
                           "second = read_value(m)\n"
                           "del m.value\n"
                           "try:\n"
                           "    read_value(m)\n"
                           "except AttributeError as e:\n"
                           "    return first, second, str(e)",
                    MODULES) == \
        "(1, 2, \"module 'm' has no attribute 'value'\")"


def test_a_module_getattr_after_an_attribute_deleted():
    assert app_repr(space, "m = Module('m')\n"
                           "m.value = 1\n"
                           "first = read_value(m)\n"
                           "del m.value\n"
                           "m.__getattr__ = lambda name: 'computed ' + name\n"
                           "return first, read_value(m)",
                    MODULES) == "(1, 'computed value')"


def test_a_property_of_a_module_subclass_added_between_reads():
    assert app_repr(space, "class M(Module):\n"
                           "    pass\n"
                           "m = M('m')\n"
                           "m.value = 1\n"
                           "first = read_value(m)\n"
                           "M.value = property(lambda self: 'property')\n"
                           "return first, read_value(m)",
                    MODULES) == "(1, 'property')"


def test_a_module_attribute_read_fills_its_entry():
    from pypy.interpreter.test.support import function_from_source
    w_f = function_from_source(space, MODULES + '''
m = Module('m')
m.value = 1
def f():
    return read_value(m)
''', 'f')
    assert space.repr_utf8(space.call_function(w_f)) == "1"
    code = w_f.w_globals.getitem_str(space, 'read_value').code
    [entry] = [c for c in code.inline_caches if c is not None]
    assert space.int_w(entry.cell.w_value) == 1


def test_reads_of_a_data_descriptor_of_built_in_types():
    assert app_repr(space, "def read_real(o):\n"
                           "    return o.real\n"
                           "return [read_real(o) for o in [1, 2.5, 3, True]]"
                    ) == "[1, 2.5, 3, 1]"
