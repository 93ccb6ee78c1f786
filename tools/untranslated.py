"""Run a Python 3 program on the untranslated interpreter (the Python 2 host
runs pypy/ as ordinary Python), to try a change without a translation:
    build/host/python2 tools/untranslated.py [-c CODE | script.py] [args...]
Slow (the interpreter is itself interpreted) and without the JIT, so a
check of behaviour, never of speed; RPython errors still only show at
translation."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))

from pypy.goal.targetpypy import entry_point
from pypy.interpreter.test.support import grow_host_c_stack


def program_pythonpath(value):
    """PYTHONPATH without build/py2-site, which build/host/python2 appends
    for the host's own imports (pytest 4.6 is no Python 3 module)."""
    return os.pathsep.join(p for p in value.split(os.pathsep)
                           if p and os.path.basename(p) != 'py2-site')


if __name__ == '__main__':
    grow_host_c_stack()
    os.environ['PYTHONPATH'] = program_pythonpath(
        os.environ.get('PYTHONPATH', ''))
    sys.exit(entry_point(['pypy-c'] + sys.argv[1:]))
