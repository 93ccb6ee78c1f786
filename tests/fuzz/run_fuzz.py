"""Differential NumPy fuzzing: random programs under pypy-c and CPython + NumPy.

    build/venv3/bin/python tests/fuzz/run_fuzz.py --pypy-c ./pypy-c \\
        -n 2000 --seed 1 [--jobs 2] [--keep build/fuzz] [--half]

Program i of a run is numpy_gen.program(seed * 1000003 + i). Each is run by
pypy-c and by the CPython running this script (the oracle, which must have
NumPy), and classified:

- same:    stdout equal line by line (see `same_line`);
- differs: exit status 0 but some line differs;
- crash:   pypy-c exited non-zero, died by a signal, printed 'Fatal RPython
           error', or printed nothing;
- hang:    pypy-c ran longer than --timeout seconds (10);
- oracle:  CPython + NumPy itself did not finish the program cleanly (a bug
           of the generator, not of pypy-c).

Every program not `same` is kept in --keep as <name>.py with its outputs
(.numpy, .pypy, .pypy-err). The summary counts the classes, then groups
the differing programs by the first differing line's statement kind (the
header numpy_gen prints before each statement) and how the line differs.

Comparison of one line: the text between numbers must be equal; integers
must be equal; floats are equal when both are nan, or within a relative
1e-12 (float64 rounding of sums in a different order), or, under a header
whose kind ends in '~' (a transcendental function), within TRANSCENDENTAL_ULPS
units in the last place of the line's float format (float32 when the line
shows a float32 or complex64 array or scalar).
"""

import argparse
import math
import os
import re
import signal
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import numpy_gen  # noqa: E402

TIMEOUT = 10.0
RELATIVE = 1e-12
TRANSCENDENTAL_ULPS = 8
EPSILON = {'float64': 2.0 ** -52, 'float32': 2.0 ** -23, 'float16': 2.0 ** -10}

# a number not inside a word (int8, isnan): int, float, inf, nan, imaginary
NUMBER = re.compile(r'(?<![\w.])[-+]?(?:(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?|inf|nan)j?(?![\w.])')
FLOAT_MARK = re.compile(r'[.eij]|nan')


def program_seed(seed, i):
    return seed * 1000003 + i


def line_format(line):
    """The float format of the values a line shows."""
    if 'float16' in line:
        return 'float16'
    if 'float32' in line or 'complex64' in line:
        return 'float32'
    return 'float64'


def same_number(x, y, ulps, fmt):
    if FLOAT_MARK.search(x) is None and FLOAT_MARK.search(y) is None:
        return x == y
    try:
        a, b = float(x.rstrip('j')), float(y.rstrip('j'))
    except ValueError:
        return x == y
    if a == b or (math.isnan(a) and math.isnan(b)):
        return True
    if math.isinf(a) or math.isinf(b) or math.isnan(a) or math.isnan(b):
        return False
    scale = max(abs(a), abs(b))
    if abs(a - b) <= RELATIVE * scale:
        return True
    if ulps:
        # one ulp of the larger value, at least the format's tiniest normal
        ulp = EPSILON[fmt] * max(2.0 ** math.floor(math.log2(scale)) if scale
                                 else 0.0, 2.0 ** -126)
        return abs(a - b) <= ulps * ulp
    return False


def same_line(expected, got, transcendental):
    if expected == got:
        return True
    if NUMBER.sub('#', expected) != NUMBER.sub('#', got):
        return False
    fmt = line_format(expected)
    ulps = TRANSCENDENTAL_ULPS if transcendental else 0
    return all(same_number(x, y, ulps, fmt) for x, y in
               zip(NUMBER.findall(expected), NUMBER.findall(got)))


def how_lines_differ(expected, got):
    """A short name for the way two result lines differ."""
    if expected is None or got is None:
        return 'missing line' if got is None else 'extra line'
    e_kind, g_kind = expected[:1], got[:1]
    if e_kind == 'E' and g_kind == 'E':
        if expected.split()[1] != got.split()[1]:
            return 'exception %s, ours %s' % (expected.split()[1],
                                              got.split()[1])
        return 'exception message'
    if e_kind == 'E':
        return 'NumPy raises %s, we return' % expected.split()[1]
    if g_kind == 'E':
        return 'we raise %s' % got.split()[1]
    if e_kind == 'A' and g_kind == 'A':
        e, g = expected.split(None, 2), got.split(None, 2)
        if e[1] != g[1]:
            return 'dtype %s, ours %s' % (e[1], g[1])
        if expected.split(')')[0] != got.split(')')[0]:
            return 'shape'
        return 'values'
    if e_kind == 'S' and g_kind == 'S':
        if expected.split()[1] != got.split()[1]:
            return 'scalar type %s, ours %s' % (expected.split()[1],
                                                got.split()[1])
        return 'scalar value'
    names = {'A': 'array', 'S': 'scalar', 'T': 'tuple'}
    if e_kind in names and g_kind in names:
        return '%s, ours %s' % (names[e_kind], names[g_kind])
    return 'text'


def compare(expected, got):
    """None when the outputs agree, else (kind, how, line number,
    numpy's line, our line)."""
    kind = 'prelude'
    e_lines, g_lines = expected.splitlines(), got.splitlines()
    for n in range(max(len(e_lines), len(g_lines))):
        e = e_lines[n] if n < len(e_lines) else None
        g = g_lines[n] if n < len(g_lines) else None
        if e is not None and e.startswith('## '):
            kind = e[3:].split(' :: ')[0]
        if e is not None and g is not None and \
                same_line(e, g, kind.endswith('~')):
            continue
        if kind.startswith('print') and e is not None and g is not None:
            how = 'text'
        else:
            how = how_lines_differ(e, g)
        return kind, how, n + 1, e, g
    return None


def run(cmd, path, timeout):
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    try:
        proc = subprocess.run(cmd + [path], capture_output=True, env=env,
                              stdin=subprocess.DEVNULL, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        return None, e.stdout or b'', e.stderr or b''
    return proc.returncode, proc.stdout, proc.stderr


def crash_reason(status, out, err):
    if status is None:
        return None
    if b'Fatal RPython error' in err:
        line = [x for x in err.decode('utf-8', 'replace').splitlines()
                if 'Fatal RPython error' in x]
        return line[0].strip()
    if status < 0:
        try:
            return 'killed by ' + signal.Signals(-status).name
        except ValueError:
            return 'killed by signal %d' % -status
    if status != 0:
        last = err.decode('utf-8', 'replace').strip().splitlines()
        return 'exit status %d: %s' % (status, last[-1] if last else '')
    if not out:
        return 'no output'
    return None


class Result(object):
    def __init__(self, name, source, klass, detail=None, outputs=None):
        self.name = name
        self.source = source
        self.klass = klass      # same, differs, crash, hang, oracle
        self.detail = detail    # the group key (or crash reason)
        self.outputs = outputs or {}


def run_pypy(pypy_c, path, timeout):
    """pypy-c's verdict on one program: (class, detail, outputs); class
    None when it finished cleanly."""
    status, got, err = run([pypy_c], path, timeout)
    outputs = {'pypy': got, 'pypy-err': err}
    if status is None:
        return 'hang', 'timeout', outputs
    reason = crash_reason(status, got, err)
    if reason is not None:
        return 'crash', reason, outputs
    return None, None, outputs


def run_oracle(paths):
    """CPython + NumPy on many programs in one process (oracle.py)."""
    subprocess.run([sys.executable, os.path.join(HERE, 'oracle.py')] + paths,
                   stdin=subprocess.DEVNULL, check=True)


def read(path):
    try:
        with open(path, 'rb') as f:
            return f.read()
    except IOError:
        return None


def judge(name, source, path, pypy):
    klass, detail, outputs = pypy
    expected = read(path + '.numpy') or b''
    outputs['numpy'] = expected
    oracle_err = read(path + '.numpy-err')
    if oracle_err is not None:
        outputs['numpy-err'] = oracle_err
        last = oracle_err.decode('utf-8', 'replace').strip().splitlines()
        return Result(name, source, 'oracle', last[-1], outputs)
    if klass is not None:
        return Result(name, source, klass, detail, outputs)
    diff = compare(expected.decode('utf-8', 'replace'),
                   outputs['pypy'].decode('utf-8', 'replace'))
    if diff is None:
        return Result(name, source, 'same')
    kind, how, lineno, e, g = diff
    result = Result(name, source, 'differs', '%s: %s' % (kind, how), outputs)
    result.first = (lineno, e, g)
    return result


ORACLE_CHUNK = 50


def run_batch(pypy_c, n, seed=0, jobs=1, half=False, timeout=TIMEOUT,
              keep=None):
    """Runs programs 0..n-1 of `seed` with at most `jobs` processes at a
    time; returns the list of Results."""
    workdir = tempfile.mkdtemp(prefix='numpy-fuzz-')
    names, sources, paths = [], [], []
    for i in range(n):
        names.append('prog_%d' % program_seed(seed, i))
        sources.append(numpy_gen.program(program_seed(seed, i), half))
        paths.append(os.path.join(workdir, names[-1] + '.py'))
        with open(paths[-1], 'w') as f:
            f.write(sources[-1])
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        oracle = [pool.submit(run_oracle, paths[i:i + ORACLE_CHUNK])
                  for i in range(0, n, ORACLE_CHUNK)]
        pypy = list(pool.map(lambda p: run_pypy(pypy_c, p, timeout), paths))
        for future in oracle:
            future.result()
    results = [judge(*args) for args in zip(names, sources, paths, pypy)]
    for name in os.listdir(workdir):
        os.remove(os.path.join(workdir, name))
    os.rmdir(workdir)
    if keep:
        save(results, keep)
    return results


def save(results, folder):
    os.makedirs(folder, exist_ok=True)
    for r in results:
        if r.klass == 'same':
            continue
        with open(os.path.join(folder, r.name + '.py'), 'w') as f:
            f.write('# %s: %s\n' % (r.klass, r.detail))
            f.write(r.source)
        for suffix, data in r.outputs.items():
            if data:
                with open(os.path.join(folder, '%s.%s' % (r.name, suffix)),
                          'wb') as f:
                    f.write(data)


def summary(results):
    lines = []
    classes = ['same', 'differs', 'crash', 'hang', 'oracle']
    counts = dict((k, 0) for k in classes)
    for r in results:
        counts[r.klass] += 1
    lines.append('%d programs: %s' % (len(results), ', '.join(
        '%s %d' % (k, counts[k]) for k in classes)))
    by_how = {}
    for r in results:
        if r.klass == 'differs':
            how = r.detail.split(': ', 1)[1]
            by_how[how] = by_how.get(how, 0) + 1
    lines.append('differences by how the first differing line differs:')
    for how, count in sorted(by_how.items(), key=lambda item: -item[1]):
        lines.append('%5d  %s' % (count, how))
    lines.append('not the same, by first differing statement kind:')
    groups = {}
    for r in results:
        if r.klass != 'same':
            groups.setdefault((r.klass, r.detail), []).append(r)
    for (klass, detail), members in sorted(
            groups.items(), key=lambda item: -len(item[1])):
        example = members[0]
        lines.append('%5d  %-7s %s  (e.g. %s)' % (len(members), klass, detail,
                                                  example.name))
        if hasattr(example, 'first'):
            lineno, e, g = example.first
            lines.append('           numpy: %s' % (e or '')[:150])
            lines.append('           ours:  %s' % (g or '')[:150])
    return '\n'.join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--pypy-c', required=True)
    parser.add_argument('-n', type=int, default=100)
    parser.add_argument('--seed', type=int, default=0)
    parser.add_argument('--jobs', type=int, default=1)
    parser.add_argument('--timeout', type=float, default=TIMEOUT)
    parser.add_argument('--keep', default=None,
                        help='folder for the programs that are not the same')
    parser.add_argument('--half', action='store_true',
                        help='also generate float16 and complex64')
    args = parser.parse_args(argv)
    results = run_batch(os.path.abspath(args.pypy_c), args.n, args.seed,
                        args.jobs, args.half, args.timeout, args.keep)
    print(summary(results))
    bad = sum(1 for r in results if r.klass in ('crash', 'hang', 'oracle'))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
