"""The interpreter's per-instruction caches, outside JIT traces (which
fold the same lookups on promoted objects instead): what an instruction's
last miss found, kept in a list of the code object indexed by
instruction.

LOAD_ATTR and STORE_ATTR on instances of Python classes: an entry is
keyed by the instance's map (which gives the class and the slot of each
attribute) and the class's version tag (renewed whenever a dict along its
MRO changes), so a hit skips the class's lookups of __getattribute__/
__setattr__ and of the attribute, and the walk of the map's names, as
CPython 3.11's specialized LOAD_ATTR_INSTANCE_VALUE and LOAD_METHOD do.

LOAD_ATTR on other objects: a method of their type, bound, when the
type's version tag is the one it was found under and the object has no
dict of its own (list.append).

LOAD_ATTR on a module: the cell of the name in the module's dict, while
the module's type has no attribute of that name.

LOAD_GLOBAL: the cells of the name in the globals and the builtins
(dictobject.py's GlobalCell), which a dict keeps for good once made."""

from rpython.rlib.objectmodel import specialize
from pypy.interpreter import opcodes
from pypy.interpreter.function import Function, BuiltinFunction, Method
from pypy.objspace.dictobject import W_DictObject
from pypy.objspace.moduleobject import W_ModuleObject
from pypy.objspace.instanceobject import (W_InstanceObject, W_Super,
    MAX_MAP_ATTRS)
from pypy.objspace.typeobject import W_TypeObject


class InlineCache(object):
    """The entry of one instruction."""


class AttrCache(InlineCache):
    """What an instruction's attribute access does on instances whose map
    is `map` while their class's version tag is `version_tag`:
    LOAD_ATTR: read slot `index`, or (index -1) bind `w_function`, a
    function of the class the instances do not shadow;
    STORE_ATTR: write slot `index`, after switching the instance to
    `new_map` when that is not None (the attribute is added)."""

    def __init__(self):
        self.map = None
        self.version_tag = None
        self.index = -1
        self.w_function = None
        self.new_map = None

    def matches(self, m):
        return self.map is m and self.version_tag is m.w_type.version_tag


class MethodCache(InlineCache):
    """LOAD_ATTR's method `w_function` of the type `w_type` (a function or
    a built-in type's method: never a data descriptor), found while the
    type's version tag was `version_tag`; None when the name was no such
    method or the object had a dict (the next reads of objects of that
    type then go the generic way at once)."""

    def __init__(self):
        self.w_type = None
        self.version_tag = None
        self.w_function = None


class ModuleAttrCache(InlineCache):
    """LOAD_ATTR's cell of its name in the dict of `w_module`, whose type
    had no attribute of that name under `version_tag`."""

    def __init__(self):
        self.w_module = None
        self.version_tag = None
        self.cell = None


class GlobalCache(InlineCache):
    """LOAD_GLOBAL's cells of its name in `w_globals` and (once the
    globals lacked the name) in the builtins."""

    def __init__(self):
        self.w_globals = None
        self.cell = None
        self.builtin_cell = None


@specialize.arg(2)
def entry_at(pycode, next_instr, cls):
    """The entry, of class cls, of the instruction before next_instr,
    made on first use (and pycode.inline_caches with it)."""
    if pycode.inline_caches is None:
        pycode.inline_caches = [None] * (len(pycode.co_code) //
                                         opcodes.INSTR_SIZE)
    i = next_instr // opcodes.INSTR_SIZE - 1
    cache = pycode.inline_caches[i]
    if not isinstance(cache, cls):
        # (none yet, or one of another kind: a LOAD_ATTR that saw an
        # instance and now reads a module's or a list's attribute)
        cache = cls()
        pycode.inline_caches[i] = cache
    return cache


def plain_class_attr(w_descr):
    """Whether a class attribute leaves an instance's own attribute of
    the same name visible, whatever happens to the attribute's class
    (a function: never a data descriptor)."""
    return w_descr is None or isinstance(w_descr, Function)


def load_method(space, pycode, next_instr, w_obj, name):
    """load_attr of an object that is neither an instance of a Python
    class, nor a type, nor a super() (whose reads do not start with their
    type's lookup)."""
    w_type = space.type(w_obj)
    assert isinstance(w_type, W_TypeObject)
    cache = entry_at(pycode, next_instr, MethodCache)
    if cache.w_type is w_type and cache.version_tag is w_type.version_tag:
        if cache.w_function is not None and w_obj.getdict(space) is None:
            return cache.w_function.get(space, w_obj, w_type)
        return space.getattr(w_obj, name)   # (not a method: not again)
    w_value = space.getattr(w_obj, name)
    w_function = w_type.lookup(name)
    if not (isinstance(w_function, Function) or
            isinstance(w_function, BuiltinFunction)) or \
            w_obj.getdict(space) is not None:
        w_function = None
    cache.w_type = w_type
    cache.version_tag = w_type.version_tag
    cache.w_function = w_function
    return w_value


def load_attr(space, pycode, next_instr, w_obj, name):
    """getattr(w_obj, name), as LOAD_ATTR at next_instr."""
    if isinstance(w_obj, W_InstanceObject):
        return load_instance_attr(space, pycode, next_instr, w_obj, name)
    if isinstance(w_obj, W_ModuleObject):
        return load_module_attr(space, pycode, next_instr, w_obj, name)
    if isinstance(w_obj, W_TypeObject) or isinstance(w_obj, W_Super):
        return space.getattr(w_obj, name)
    return load_method(space, pycode, next_instr, w_obj, name)


def load_module_attr(space, pycode, next_instr, w_module, name):
    w_type = space.type(w_module)
    assert isinstance(w_type, W_TypeObject)
    cache = entry_at(pycode, next_instr, ModuleAttrCache)
    if cache.w_module is w_module and \
            cache.version_tag is w_type.version_tag:
        w_value = cache.cell.w_value
        if w_value is not None:
            return w_value
    w_value = space.getattr(w_module, name)
    if w_type.lookup(name) is None:
        cache.w_module = w_module
        cache.version_tag = w_type.version_tag
        cache.cell = w_module.w_dict.get_cell(space, name)
    return w_value


def load_instance_attr(space, pycode, next_instr, w_obj, name):
    m = w_obj.map
    cache = entry_at(pycode, next_instr, AttrCache)
    if cache.matches(m):
        if cache.index >= 0:
            w_value = w_obj.read_slot(cache.index)
            if w_value is not None:
                return w_value
        else:
            return Method(cache.w_function, w_obj)
    w_value = space.getattr(w_obj, name)
    fill_load(cache, w_obj.map, name)
    return w_value


def fill_load(cache, m, name):
    """Records what LOAD_ATTR of `name` does on instances of map m; leaves
    the entry as it was when that is not a slot read or a method bound.
    (From m and its class alone, never from what the read returned: the
    entry holds for every instance of m.)"""
    w_type = m.w_type
    if m.uses_dict or w_type.overrides_getattribute():
        return
    w_descr = w_type.lookup(name)
    if not plain_class_attr(w_descr):
        return
    index = m.find_index(name)
    if index < 0 and w_descr is None:
        return
    cache.map = m
    cache.version_tag = w_type.version_tag
    cache.index = index
    if index < 0:
        assert isinstance(w_descr, Function)
        cache.w_function = w_descr
    else:
        cache.w_function = None


def store_attr(space, pycode, next_instr, w_obj, name, w_value):
    """setattr(w_obj, name, w_value), as STORE_ATTR at next_instr."""
    if not isinstance(w_obj, W_InstanceObject):
        space.setattr(w_obj, name, w_value)
        return
    m = w_obj.map
    cache = entry_at(pycode, next_instr, AttrCache)
    if cache.matches(m):
        if cache.new_map is None:
            w_obj.write_slot(cache.index, w_value)
        else:
            w_obj.map = cache.new_map
            w_obj.add_slot(cache.index, w_value)
        return
    space.setattr(w_obj, name, w_value)
    fill_store(space, cache, m, name)


def fill_store(space, cache, m, name):
    """Records what STORE_ATTR of `name` does on instances of map m (see
    fill_load), when it writes a slot of the map or adds one."""
    w_type = m.w_type
    if m.uses_dict or w_type.lookup('__setattr__') is not \
            space.w_object_setattr:
        return
    if not plain_class_attr(w_type.lookup(name)):
        return
    index = m.find_index(name)
    new_map = None
    if index < 0:
        if m.length >= MAX_MAP_ATTRS:
            return
        new_map = m.with_attr(name)
        index = m.length
    cache.map = m
    cache.version_tag = w_type.version_tag
    cache.index = index
    cache.new_map = new_map


def load_global(space, pycode, next_instr, w_globals, name):
    """space.load_global_cached(w_globals, name), as LOAD_GLOBAL at
    next_instr."""
    w_builtins = space.w_builtins_dict
    if not isinstance(w_globals, W_DictObject) or w_builtins is None:
        return space.load_global_cached(w_globals, name)
    cache = entry_at(pycode, next_instr, GlobalCache)
    if cache.w_globals is not w_globals:
        cache.w_globals = w_globals
        cache.cell = w_globals.get_cell(space, name)
        cache.builtin_cell = None
    w_value = cache.cell.w_value
    if w_value is None:
        if cache.builtin_cell is None:
            cache.builtin_cell = w_builtins.get_cell(space, name)
        w_value = cache.builtin_cell.w_value
    return w_value
