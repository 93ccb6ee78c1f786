"""Interp-level tests of the gc module."""

from pypy.interpreter.arguments import Arguments
from pypy.module.gc import moduledef
from pypy.objspace.objspace import ObjSpace

space = ObjSpace()


def test_collect_and_the_enabled_flag():
    assert space.int_w(moduledef.gc_collect(space, Arguments([]))) == 0
    assert space.int_w(moduledef.gc_collect(space, Arguments(
        [space.newint(1)]))) == 0
    assert space.is_true(moduledef.gc_isenabled(space, Arguments([])))
    moduledef.gc_disable(space, Arguments([]))
    assert not space.is_true(moduledef.gc_isenabled(space, Arguments([])))
    moduledef.gc_enable(space, Arguments([]))
    assert space.is_true(moduledef.gc_isenabled(space, Arguments([])))
