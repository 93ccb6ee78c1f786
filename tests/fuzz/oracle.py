"""Runs generated programs with CPython + NumPy, many in one process.

    python oracle.py PROG.py...

Importing NumPy costs CPython about 0.2 s, more than a whole program run
by pypy-c; so the oracle imports it once and executes each program in a
fresh namespace, its stdout written to PROG.py.numpy. A program that
escapes its own try blocks (a generator bug) gets PROG.py.numpy-err with
the traceback instead. Each program begins with np.seterr(), the only
NumPy state the generator's programs touch.
Warnings are silenced: only stdout is compared.
"""

import contextlib
import sys
import traceback
import warnings

import numpy  # noqa: F401  (imported once for all programs)


def run(path):
    with open(path) as f:
        code = compile(f.read(), path, 'exec')
    with open(path + '.numpy', 'w') as out:
        with contextlib.redirect_stdout(out):
            try:
                exec(code, {'__name__': '__main__'})
            except BaseException:
                failure = traceback.format_exc()
            else:
                return
    with open(path + '.numpy-err', 'w') as err:
        err.write(failure)


if __name__ == '__main__':
    warnings.simplefilter('ignore')  # stderr is not compared
    for name in sys.argv[1:]:
        run(name)
