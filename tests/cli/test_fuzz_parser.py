"""Malformed source (issue 3, "Failure behaviour"): SyntaxError with line and
column, and a fuzz test that feeds random token soup and mutated real
programs (the repo's bench/ and tests/ sources) to the interpreter.

Every sample starts with a line that exits at once, so a sample that
compiles does nothing; the rest must fail with a SyntaxError-family
traceback: never a crash, a signal or a hang."""

import os
import random
import re
import subprocess

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SYNTAX_ERRORS = ('SyntaxError', 'IndentationError', 'TabError')
EXIT_LINE = 'import sys; sys.exit(0)\n'

TOKEN_RE = re.compile(r'''[rbfRBF]{0,2}("""|\'\'\'|"|')|\d[\w.]*|\w+|\n[ \t]*|[ \t]+|\*\*=?|//=?|>>=?|<<=?|->|:=|[-+*/%@&|^=<>!]=|\S''')

SOUP = ['def', 'class', 'if', 'elif', 'else', 'for', 'while', 'in', 'not',
        'and', 'or', 'return', 'yield', 'lambda', 'try', 'except', 'finally',
        'with', 'as', 'import', 'from', 'global', 'nonlocal', 'del', 'pass',
        'break', 'continue', 'raise', 'assert', 'async', 'await', 'None',
        'x', 'y', 'f', '_', '0', '1.5', '0x', '1e', '1_', '0b2', '3j', '09',
        '"s"', "'", '"', '"""', "f'{", "f'{x!r:>3}'", "b'\\xff'", "r'\\'",
        '(', ')', '[', ']', '{', '}', ':', ',', ';', '.', '...', '=', '==',
        '+', '-', '*', '**', '/', '//', '%', '@', '<<', '>>', '&', '|', '^',
        '~', '<', '>', '<=', '>=', '!=', ':=', '->', '+=', '\\', '#', '!',
        '$', '?', '\t', ' ', '  ', '\n', '\n    ', '\n\t', '\n  ', '\x00',
        '\xe9', '\u2028', '\r']


def source_files():
    paths = []
    for folder in ('bench', 'tests/app', 'tests/cli'):
        full = os.path.join(ROOT, folder)
        for name in sorted(os.listdir(full)):
            if name.endswith('.py'):
                paths.append(os.path.join(full, name))
    return paths


def tokens_of(text):
    out = []
    pos = 0
    for m in TOKEN_RE.finditer(text):
        if m.start() > pos:
            out.append(text[pos:m.start()])
        out.append(m.group(0))
        pos = m.end()
    out.append(text[pos:])
    return out


def mutate(rng, toks):
    toks = list(toks)
    for _ in range(rng.randint(1, 4)):
        if not toks:
            break
        i = rng.randrange(len(toks))
        what = rng.randrange(4)
        if what == 0:
            del toks[i]
        elif what == 1:
            toks.insert(i, toks[i])
        elif what == 2 and i + 1 < len(toks):
            toks[i], toks[i + 1] = toks[i + 1], toks[i]
        else:
            toks.insert(i, rng.choice(SOUP))
    return ''.join(toks)


def samples(count, seed=20261123):
    rng = random.Random(seed)
    files = source_files()
    texts = []
    for path in files:
        with open(path, encoding='utf-8') as f:
            texts.append(f.read())
    out = []
    for n in range(count):
        if n % 3 == 0:
            text = ''.join(rng.choice(SOUP) + rng.choice(['', ' '])
                           for _ in range(rng.randint(1, 40)))
        else:
            text = rng.choice(texts)
            lines = text.splitlines(True)
            # a window of the file keeps samples small and varied
            start = rng.randrange(max(1, len(lines) - 5))
            chunk = ''.join(lines[start:start + rng.randint(5, 60)])
            if rng.random() < 0.5:
                chunk = ''.join(lines)      # the whole file, mutated
            text = mutate(rng, tokens_of(chunk))
        out.append(text)
    return out


def run_source(interpreter, tmp_path, name, text, timeout=20):
    path = tmp_path / name
    path.write_bytes((EXIT_LINE + text).encode('utf-8', 'surrogatepass'))
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    return subprocess.run([interpreter, str(path)], cwd=str(tmp_path), env=env,
                          stdin=subprocess.DEVNULL, capture_output=True,
                          timeout=timeout)


def check_outcome(proc, text):
    err = proc.stderr.decode('utf-8', 'replace')
    assert proc.returncode >= 0, 'killed by signal %d on %r' % (-proc.returncode, text)
    if proc.returncode == 0:
        return 'ok'
    last = err.strip().split('\n')[-1] if err.strip() else ''
    assert proc.returncode == 1 and last.startswith(SYNTAX_ERRORS), \
        'status %d, stderr %r, sample %r' % (proc.returncode, err[-800:], text)
    assert re.search(r'line \d+', err), err
    return 'syntax'


@pytest.mark.parametrize('chunk', range(4))
def test_fuzz_parser(interpreter, tmp_path, chunk):
    every = samples(240)
    outcomes = {'ok': 0, 'syntax': 0}
    for i in range(chunk, len(every), 4):
        proc = run_source(interpreter, tmp_path, 'fuzz_%d.py' % i, every[i])
        outcomes[check_outcome(proc, every[i])] += 1
    # the mutations really produce malformed sources
    assert outcomes['syntax'] > 10


CASES = [
    # (source, line, column(1-based) of the caret, or None, error type)
    ('x = 1\ny = (1,\n', 2, 5, 'SyntaxError'),
    ('a = 1\nb = 2 +* 3\n', 2, None, 'SyntaxError'),
    ('if 1:\n  a = 1\n    b = 2\n', 3, None, 'IndentationError'),
    ('def f():\nreturn 1\n', 2, None, 'IndentationError'),
    ('x = "abc\n', 1, 5, 'SyntaxError'),
    ('for x in range(3) print(x)\n', 1, None, 'SyntaxError'),
    ('\n\nclass C:\n    def m(self)\n        pass\n', 4, None, 'SyntaxError'),
    ('x = [1, 2\ny = 3\n', 1, 5, 'SyntaxError'),
    ('f(a for a in b, c)\n', 1, None, 'SyntaxError'),
    ('return 5\n', 1, None, 'SyntaxError'),
    ('1 = x\n', 1, None, 'SyntaxError'),
    ('x = 1 +\n', 1, None, 'SyntaxError'),
    ('def f(a, a): pass\n', 1, None, 'SyntaxError'),
    ('print("a" "b" c)\n', 1, None, 'SyntaxError'),
    ('x = )\n', 1, 5, 'SyntaxError'),
    ("s = '''never\nclosed\n", 1, 5, 'SyntaxError'),
    ('def f():\n    nonlocal q\n', 2, None, 'SyntaxError'),
    ('x = 1\n  y = 2\n', 2, None, 'IndentationError'),
]


@pytest.mark.parametrize('source,line,col,kind', CASES)
def test_syntax_error_location(run, tmp_path, source, line, col, kind):
    (tmp_path / 'bad.py').write_text(source)
    proc = run('bad.py')
    assert proc.returncode == 1
    lines = proc.stderr.splitlines()
    assert lines[-1].startswith(kind + ':'), proc.stderr
    m = re.search(r'File "(.*bad\.py)", line (\d+)', proc.stderr)
    assert m, proc.stderr
    assert int(m.group(2)) == line, proc.stderr
    if col is not None:
        carets = [l for l in lines if re.match(r'^\s*\^+\s*$', l)]
        assert carets, proc.stderr
        # the caret line is printed under the source line, both indented
        src_line = lines[lines.index(carets[0]) - 1]
        indent = len(src_line) - len(src_line.lstrip())
        stripped = source.splitlines()[line - 1].lstrip()
        lead = len(source.splitlines()[line - 1]) - len(stripped)
        assert carets[0].index('^') - indent + lead + 1 == col, proc.stderr


def test_syntax_error_does_not_run_anything(run, tmp_path):
    (tmp_path / 'half.py').write_text('print("ran")\nx = (\n')
    proc = run('half.py')
    assert proc.returncode == 1 and proc.stdout == ''
    assert 'SyntaxError' in proc.stderr
