"""Translation target: `rpython --opt=jit pypy/goal/targetpypy.py`."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..'))

from rpython.rlib import jit
from pypy.objspace.objspace import ObjSpace
from pypy.interpreter.main import run
from pypy.interpreter.pyopcode import jitdriver as eval_loop_driver
from pypy.module import startup_builtin_modules, \
    shutdown_builtin_modules

# Built while translating: every type object and built-in module is a
# prebuilt constant of the executable.
space = ObjSpace()


def entry_point(argv):
    # numpy's kernels are written for the vectorizer (loop.py); it only
    # runs when this parameter is on
    jit.set_param(None, 'vec', 1)
    # Python loops over arrays (c[i] = a[i] + b[i]) vectorize too; only the
    # eval loop's: vec_all on micronumpy's scalar drivers would reorder
    # the pairwise sums that must match NumPy bit for bit
    jit.set_param(eval_loop_driver, 'vec_all', 1)
    startup_builtin_modules(space)     # os.environ, the SIGINT handler
    status = run(space, argv)
    shutdown_builtin_modules(space)    # flushes unclosed files
    return status


def target(driver, args):
    driver.exe_name = 'pypy-c'
    return entry_point, None


def jitpolicy(driver):
    from rpython.jit.codewriter.policy import JitPolicy
    return JitPolicy()
