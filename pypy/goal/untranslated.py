"""Run the interpreter on the host Python 2.7, untranslated (slow, no JIT):
    build/host/python2 pypy/goal/untranslated.py [-c cmd | file] [args]
Useful to try a change in seconds instead of a translation."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                '..', '..'))

from pypy.goal.targetpypy import entry_point

if __name__ == '__main__':
    sys.exit(entry_point(['pypy-c'] + sys.argv[1:]))
