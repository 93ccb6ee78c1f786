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

if __name__ == '__main__':
    sys.exit(entry_point(['pypy-c'] + sys.argv[1:]))
