"""The gc module: collect() runs a full collection of RPython's GC (which
also finds cycles: there is no reference counting to supplement);
enable()/disable()/isenabled() keep the flag that programs and
test.support save and restore around a piece of code, without pausing
that GC."""

from rpython.rlib import jit, rgc
from pypy.interpreter.arguments import check_args, check_keywords, \
    check_positional
from pypy.interpreter.function import BuiltinFunction


class GcState(object):
    def __init__(self):
        self.enabled = True


gc_state = GcState()


def gc_collect(space, args):
    """collect(generation=2): the number of objects found unreachable,
    which this GC does not count (0, as CPython when nothing is)."""
    check_keywords(space, args, 'collect', ['generation'])
    check_positional(space, args, 'collect', 0, 1)
    full_collection()
    return space.newint(0)


@jit.dont_look_inside          # (the JIT cannot trace a collection)
def full_collection():
    rgc.collect()


def gc_enable(space, args):
    check_args(space, args, 'enable', 0, 0)
    gc_state.enabled = True
    return space.w_None


def gc_disable(space, args):
    check_args(space, args, 'disable', 0, 0)
    gc_state.enabled = False
    return space.w_None


def gc_isenabled(space, args):
    check_args(space, args, 'isenabled', 0, 0)
    return space.newbool(gc_state.enabled)


FUNCTIONS = [('collect', gc_collect), ('enable', gc_enable),
             ('disable', gc_disable), ('isenabled', gc_isenabled)]


def make_module(space):
    w_mod = space.newmodule('gc')
    for name, func in FUNCTIONS:
        w_mod.w_dict.setitem_str(space, name, BuiltinFunction(name, func))
    return w_mod
