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

LOAD_GLOBAL: the cells of the name in the globals and the builtins
(dictobject.py's GlobalCell), which a dict keeps for good once made."""

from pypy.interpreter import opcodes
from pypy.interpreter.function import Function, Method
from pypy.objspace.dictobject import W_DictObject
from pypy.objspace.instanceobject import W_InstanceObject, MAX_MAP_ATTRS


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


class GlobalCache(InlineCache):
    """LOAD_GLOBAL's cells of its name in `w_globals` and (once the
    globals lacked the name) in the builtins."""

    def __init__(self):
        self.w_globals = None
        self.cell = None
        self.builtin_cell = None


def entry_index(pycode, next_instr):
    """The index in pycode.inline_caches of the instruction before
    next_instr, the list made on first use."""
    if pycode.inline_caches is None:
        pycode.inline_caches = [None] * (len(pycode.co_code) //
                                         opcodes.INSTR_SIZE)
    return next_instr // opcodes.INSTR_SIZE - 1


def attr_cache_at(pycode, next_instr):
    i = entry_index(pycode, next_instr)
    cache = pycode.inline_caches[i]
    if cache is None:
        cache = AttrCache()
        pycode.inline_caches[i] = cache
    assert isinstance(cache, AttrCache)
    return cache


def global_cache_at(pycode, next_instr):
    i = entry_index(pycode, next_instr)
    cache = pycode.inline_caches[i]
    if cache is None:
        cache = GlobalCache()
        pycode.inline_caches[i] = cache
    assert isinstance(cache, GlobalCache)
    return cache


def plain_class_attr(w_descr):
    """Whether a class attribute leaves an instance's own attribute of
    the same name visible, whatever happens to the attribute's class
    (a function: never a data descriptor)."""
    return w_descr is None or isinstance(w_descr, Function)


def load_attr(space, pycode, next_instr, w_obj, name):
    """getattr(w_obj, name) of an instance, as LOAD_ATTR at next_instr."""
    m = w_obj.map
    cache = attr_cache_at(pycode, next_instr)
    if cache.matches(m):
        if cache.index >= 0:
            w_value = w_obj.read_slot(cache.index)
            if w_value is not None:
                return w_value
        else:
            return Method(cache.w_function, w_obj)
    w_value = space.getattr(w_obj, name)
    fill_load(space, cache, w_obj.map, name)
    return w_value


def fill_load(space, cache, m, name):
    """Records what LOAD_ATTR of `name` does on instances of map m; leaves
    the entry as it was when that is not a slot read or a method bound.
    (From m and its class alone, never from what the read returned: the
    entry holds for every instance of m.)"""
    w_type = m.w_type
    if m.uses_dict or w_type.lookup('__getattribute__') is not \
            space.w_object_getattribute:
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
    """setattr(w_obj, name, w_value) of an instance, as STORE_ATTR at
    next_instr."""
    m = w_obj.map
    cache = attr_cache_at(pycode, next_instr)
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
    cache = global_cache_at(pycode, next_instr)
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
