"""Translation target: `rpython --opt=jit pypy/goal/targetpypy.py`."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..'))

from rpython.rlib import jit
from pypy.objspace.objspace import ObjSpace
from pypy.interpreter.main import run

# Built while translating: every type object and built-in module is a
# prebuilt constant of the executable.
space = ObjSpace()


def entry_point(argv):
    # numpy's kernels are written for the vectorizer (loop.py); it only
    # runs when this parameter is on
    jit.set_param(None, 'vec', 1)
    return run(space, argv)


def target(driver, args):
    driver.exe_name = 'pypy-c'
    return entry_point, None


def jitpolicy(driver):
    from rpython.jit.codewriter.policy import JitPolicy
    return JitPolicy()
