"""Differential tester of the language: runs programs of tests/cli/pygen.py
on CPython (the reference), on pypy-c with its JIT's default thresholds
(jit), with eager ones (jit-eager) and with `--jit off` (nojit), and
compares what they print and how they exit.

    fuzz_python.py [-n N] [--seed S] [--pypy-c PATH] [--keep DIR]
    fuzz_python.py --minimize PROGRAM.py --mode MODE [--pypy-c PATH]

A difference of a JIT mode alone is a JIT bug; one that `nojit` shares
is the interpreter's.  Failing programs are written to --keep (default
build/fuzz-python/).  --minimize removes statements while the given mode
still differs from CPython and CPython still runs the program cleanly, and
prints the smallest program found."""

import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import pygen  # noqa: E402


# compiles loops and bridges after a few iterations: much more of each
# program runs as machine code than with the default thresholds
EAGER = 'threshold=3,function_threshold=3,trace_eagerness=2'


def modes_of(pypy_c):
    """[(mode name, command)] of the interpreter under test."""
    return [('jit', [pypy_c]), ('jit-eager', [pypy_c, '--jit', EAGER]),
            ('nojit', [pypy_c, '--jit', 'off'])]


def run(command, path, timeout):
    """(exit status or a description of a crash/hang, stdout)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    try:
        proc = subprocess.run(command + [path], capture_output=True, text=True,
                              errors='replace', timeout=timeout, env=env,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as e:
        out = e.stdout.decode('utf-8', 'replace') if isinstance(e.stdout, bytes) else e.stdout
        return 'timeout', out or ''
    if proc.returncode < 0:
        return 'signal %d' % -proc.returncode, proc.stdout
    if proc.returncode:
        last = proc.stderr.strip().splitlines()[-1:] or ['']
        return 'exit %d: %s' % (proc.returncode, last[0]), proc.stdout
    return 'exit 0', proc.stdout


def differences(source, reference, modes, timeout, folder):
    """[(mode, expected (status, stdout), got (status, stdout))] of each mode
    whose result differs from the reference's; the reference's result is
    the first element of each, and a reference that fails is a difference
    of mode 'reference'.  When nojit and a JIT mode both differ, and from
    each other, '<mode>-vs-nojit' compares them."""
    path = os.path.join(folder, 'prog.py')
    with open(path, 'w') as f:
        f.write(source)
    expected = run(reference, path, timeout)
    if expected[0] != 'exit 0':
        return [('reference', expected, expected)]
    found = []
    results = {}
    for name, command in modes:
        got = results[name] = run(command, path, timeout)
        if got != expected:
            found.append((name, expected, got))
    if 'nojit' in results and results['nojit'] != expected:
        # the interpreter is wrong: a JIT mode that differs from it too
        # has a bug of its own on top
        for name in results:
            if name != 'nojit' and results[name] not in (expected, results['nojit']):
                found.append((name + '-vs-nojit', results['nojit'], results[name]))
    return found


def first_difference(expected, got):
    """A short description of where two results part."""
    if expected[0] != got[0]:
        return 'expected %s, got %s' % (expected[0], got[0])
    a, b = expected[1].splitlines(), got[1].splitlines()
    for i in range(max(len(a), len(b))):
        x = a[i] if i < len(a) else '<no line>'
        y = b[i] if i < len(b) else '<no line>'
        if x != y:
            return 'line %d:\n  expected %s\n  got      %s' % (i + 1, x[:300], y[:300])
    return 'same'


def blocks(lines):
    """(start, end) of each statement: a line and the more indented lines
    after it, in line order (a block before the statements inside it)."""
    def indent(line):
        return len(line) - len(line.lstrip())
    out = []
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        j = i + 1
        while j < len(lines) and (not lines[j].strip() or indent(lines[j]) > indent(line)):
            j += 1
        out.append((i, j))
    return out


def unwrapped(block):
    """A compound statement's body in its place (the header removed)."""
    body = [line for line in block[1:] if line.strip()]
    if not body:
        return block
    shift = (len(body[0]) - len(body[0].lstrip())) - (len(block[0]) - len(block[0].lstrip()))
    return [line[shift:] for line in body]


def minimize(source, still_differs):
    """The smallest program for which still_differs(source) holds, made by
    removing statements (a line with the block it heads) or replacing a
    compound statement with its body: one pass over the statements in
    order, repeated while a pass changes something."""
    lines = source.splitlines()
    changed = True
    while changed:
        changed = False
        i = 0
        while i < len(blocks(lines)):
            start, end = blocks(lines)[i]
            for candidate in (lines[:start] + lines[end:],
                              lines[:start] + unwrapped(lines[start:end])):
                if candidate != lines and still_differs('\n'.join(candidate) + '\n'):
                    lines = candidate   # the next statement is now number i
                    changed = True
                    break
            else:
                i += 1
    return '\n'.join(lines) + '\n'


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('-n', type=int, default=100, help='number of programs')
    parser.add_argument('--seed', type=int, default=1, help='first program seed')
    parser.add_argument('--pypy-c', default=os.path.join(ROOT, 'pypy-c'))
    parser.add_argument('--python', default=sys.executable,
                        help='the reference CPython (default: this one)')
    parser.add_argument('--timeout', type=float, default=60.0)
    parser.add_argument('--keep', default=os.path.join(ROOT, 'build', 'fuzz-python'))
    parser.add_argument('--minimize', metavar='PROGRAM')
    parser.add_argument('--mode', choices=['jit', 'jit-eager', 'nojit'], default='jit')
    args = parser.parse_args(argv)
    reference = [args.python]
    modes = modes_of(os.path.abspath(args.pypy_c))
    with tempfile.TemporaryDirectory() as folder:
        if args.minimize:
            with open(args.minimize) as f:
                source = f.read()
            chosen = [m for m in modes if m[0] == args.mode]

            def still_differs(text):
                return any(d[0] == args.mode for d in
                           differences(text, reference, chosen, args.timeout, folder))
            print(minimize(source, still_differs), end='')
            return 0
        os.makedirs(args.keep, exist_ok=True)
        failed = 0
        for seed in range(args.seed, args.seed + args.n):
            source = pygen.generate(seed)
            found = differences(source, reference, modes, args.timeout, folder)
            if not found:
                continue
            failed += 1
            kept = os.path.join(args.keep, 'prog%d.py' % seed)
            with open(kept, 'w') as f:
                f.write(source)
            for mode, expected, got in found:
                print('seed %d (%s): %s: %s' % (seed, kept, mode,
                                                first_difference(expected, got)))
            sys.stdout.flush()
        print('%d of %d programs differ' % (failed, args.n))
        return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
