"""Shrinks a generated NumPy program that crashes or differs to a repro.

    build/venv3/bin/python tests/fuzz/minimize.py --pypy-c ./pypy-c PROG.py

PROG.py is a program of numpy_gen.py (as run_fuzz.py --keep writes them).
Its verdict (class and group, as run_fuzz.py's summary names them) is
computed first; then statements are dropped, the program cut after the
first statement that gives the verdict and every earlier statement removed
that the verdict does not need. A crash loses pypy-c's unflushed output,
so cutting is the only way to tell which statement killed it. Prints the
verdict, the minimal program's statements as one line of Python, and
NumPy's and pypy-c's output for its last statement.
"""

import argparse
import os
import re
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import run_fuzz  # noqa: E402

# a statement's header line: print('## ...') or, when the statement holds
# a quote, print("## ...")
HEADER = re.compile(r'^print\([\'"]## ', re.M)


def split(source):
    """(prelude, [statement block]) of a generated program."""
    starts = [m.start() for m in HEADER.finditer(source)] + [len(source)]
    blocks = [source[a:b].rstrip('\n') + '\n' for a, b in zip(starts, starts[1:])]
    return source[:starts[0]], blocks


def verdict(pypy_c, source, timeout):
    folder = tempfile.mkdtemp(prefix='numpy-fuzz-min-')
    try:
        path = os.path.join(folder, 'prog.py')
        with open(path, 'w') as f:
            f.write(source)
        run_fuzz.run_oracle([path])
        pypy = run_fuzz.run_pypy(pypy_c, path, timeout)
        return run_fuzz.judge('prog', source, path, pypy)
    finally:
        shutil.rmtree(folder)


def minimize(pypy_c, source, timeout=run_fuzz.TIMEOUT):
    """(verdict Result of the whole program, minimal source, its Result)."""
    first = verdict(pypy_c, source, timeout)
    if first.klass == 'same':
        return first, source, first
    prelude, blocks = split(source)

    def same_verdict(kept):
        result = verdict(pypy_c, prelude + '\n'.join(kept), timeout)
        return (result.klass, result.detail) == (first.klass, first.detail)
    for k in range(1, len(blocks) + 1):
        if same_verdict(blocks[:k]):
            blocks = blocks[:k]
            break
    i = len(blocks) - 2
    while i >= 0:
        if same_verdict(blocks[:i] + blocks[i + 1:]):
            del blocks[i]
        i -= 1
    smallest = prelude + '\n'.join(blocks)
    return first, smallest, verdict(pypy_c, smallest, timeout)


def statements(source):
    """The statements of a generated program's blocks, without the
    printing and exception handling around them."""
    out = []
    for block in split(source)[1]:
        lines = block.splitlines()
        out.extend(line.strip() for line in lines[2:]
                   if line.startswith('    ') and not line.startswith('    fail('))
    shown = [s[len('show('):-1] if s.startswith('show(') else s for s in out]
    # `show(v3)` after `v3 = ...` adds nothing to a repro
    return '; '.join(s for s in shown if not s.isidentifier())


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--pypy-c', required=True)
    parser.add_argument('--timeout', type=float, default=run_fuzz.TIMEOUT)
    parser.add_argument('program')
    args = parser.parse_args(argv)
    with open(args.program) as f:
        source = ''.join(line for line in f if not line.startswith('# '))
    first, smallest, result = minimize(os.path.abspath(args.pypy_c), source,
                                       args.timeout)
    print('%s: %s' % (first.klass, first.detail))
    print('repro: ' + statements(smallest))
    for side in ('numpy', 'pypy'):
        text = result.outputs.get(side, b'').decode('utf-8', 'replace')
        print('%-6s %s' % (side + ':', text.strip().splitlines()[-1:]))
    return 0


if __name__ == '__main__':
    sys.exit(main())
