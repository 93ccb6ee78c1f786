"""Hypothesis-generated comparisons of our numpy with real NumPy.

This file always runs on CPython (tests/app/conftest.py keeps test_host_*
files on the host).  Hypothesis (fixed seed: derandomize=True) generates a
few hundred cases per test: shapes, dtypes, values, slices, index arrays,
operators, ufuncs, reductions.  They are written out as ONE plain Python
script (no eval: each case is literal code in its own try block), which is
run once with the interpreter under test and once with the CPython running
pytest (real NumPy); the printed results must be identical line by line.

The interpreter under test is --pypy-c when given; else the environment
variable NUMPY_UNDER_TEST (a command line, e.g. "build/host/python2
pypy/goal/untranslated.py"); else the CPython running pytest itself (the
test then checks that the generator produces valid cases).
"""

import os
import shlex
import subprocess
import sys
import tempfile

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings, strategies as st

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))

DTYPES = ['bool', 'int8', 'int32', 'int64', 'uint8', 'float32', 'float64']
INT_DTYPES = ['int8', 'int32', 'int64', 'uint8']
FLOAT_DTYPES = ['float32', 'float64']

PRELUDE = '''\
import numpy as np

def show(k, x):
    if isinstance(x, np.ndarray):
        print(k, 'A', str(x.dtype), x.shape, repr(x.tolist()))
    elif isinstance(x, tuple):
        print(k, 'T', len(x))
        for item in x:
            show(k, item)
    else:
        print(k, 'S', type(x).__name__, repr(x))

def fail(k, e):
    print(k, 'E', type(e).__name__)
'''


# ____________________________________________________________
# strategies

def values_for(dtype):
    if dtype == 'bool':
        return st.booleans()
    if dtype == 'uint8':
        return st.integers(0, 255)
    if dtype == 'int8':
        return st.integers(-128, 127)
    if dtype in INT_DTYPES:
        return st.integers(-1000, 1000)
    # floats exactly representable in float32, so that both sides agree
    return st.integers(-400, 400).map(lambda n: n / 4.0)


def nested(flat, shape):
    if not shape:
        return flat[0]
    if len(shape) == 1:
        return list(flat[:shape[0]])
    step = 1
    for n in shape[1:]:
        step *= n
    return [nested(flat[i * step:(i + 1) * step], shape[1:])
            for i in range(shape[0])]


@st.composite
def arrays(draw, min_ndim=0, max_ndim=3, dtypes=DTYPES, shape=None,
           min_side=0):
    dtype = draw(st.sampled_from(dtypes))
    if shape is None:
        ndim = draw(st.integers(min_ndim, max_ndim))
        shape = tuple(draw(st.lists(st.integers(min_side, 4), min_size=ndim,
                                    max_size=ndim)))
    size = 1
    for n in shape:
        size *= n
    flat = draw(st.lists(values_for(dtype), min_size=max(size, 1),
                         max_size=max(size, 1)))
    return 'np.array(%r, dtype=%r)' % (nested(flat, shape), dtype), shape


def slice_text(start, stop, step):
    def part(x):
        return '' if x is None else str(x)
    text = part(start) + ':' + part(stop)
    if step is not None:
        text += ':' + str(step)
    return text


slices = st.builds(slice_text, st.none() | st.integers(-5, 5),
                   st.none() | st.integers(-5, 5),
                   st.none() | st.sampled_from([1, 2, 3, -1, -2, -3]))


@st.composite
def basic_index(draw, ndim):
    items = []
    for _ in range(draw(st.integers(1, max(ndim, 1)))):
        kind = draw(st.sampled_from(['slice', 'slice', 'int', 'none',
                                     'ellipsis']))
        if kind == 'slice':
            items.append(draw(slices))
        elif kind == 'int':
            items.append(str(draw(st.integers(-4, 4))))
        elif kind == 'none':
            items.append('None')
        else:
            items.append('...')
    if items.count('...') > 1:
        items = [x for x in items if x != '...']
    return ', '.join(items) if items else ':'


@st.composite
def slicing_case(draw):
    arr, shape = draw(arrays(min_ndim=1))
    idx = draw(basic_index(len(shape)))
    after = draw(st.sampled_from(['', '.T', '.copy()', '.reshape(-1)',
                                  '[::-1]', '.sum()', ' + 1', '.ravel()']))
    return ['a = ' + arr, 'r = a[%s]%s' % (idx, after)]


@st.composite
def setitem_case(draw):
    arr, shape = draw(arrays(min_ndim=1, dtypes=INT_DTYPES + FLOAT_DTYPES))
    idx = draw(basic_index(len(shape)))
    value = draw(st.sampled_from(['7', '-1', '2.5', 'a[...]', '[1, 2]']))
    return ['a = ' + arr, 'a[%s] = %s' % (idx, value), 'r = a']


BINOPS = ['+', '-', '*', '/', '//', '%', '==', '<', '>=', '!=']
INT_BINOPS = ['&', '|', '^']


def tail_shape(shape, data):
    """A shape that broadcasts with `shape`."""
    k = data.draw(st.integers(0, len(shape)))
    result = list(shape[len(shape) - k:])
    for i in range(len(result)):
        if data.draw(st.booleans()):
            result[i] = 1
    return tuple(result)


@st.composite
def binop_case(draw):
    arr, shape = draw(arrays(max_ndim=3))
    op = draw(st.sampled_from(BINOPS + INT_BINOPS))
    kind = draw(st.sampled_from(['array', 'int', 'float', 'bool']))
    if kind == 'array':
        other_shape = tail_shape(shape, draw(st.data()))
        other, _ = draw(arrays(shape=other_shape))
    elif kind == 'int':
        other = str(draw(st.integers(-3, 3)))
    elif kind == 'float':
        other = repr(draw(st.sampled_from([0.5, -1.5, 2.0, 0.0])))
    else:
        other = draw(st.sampled_from(['True', 'False']))
    if draw(st.booleans()):
        return ['a = ' + arr, 'b = ' + other, 'r = a %s b' % op]
    return ['a = ' + arr, 'b = ' + other, 'r = b %s a' % op]


UNARY = ['negative', 'absolute', 'square', 'sign', 'floor', 'ceil', 'rint',
         'trunc', 'isnan', 'isfinite', 'logical_not', 'sqrt']


@st.composite
def unary_case(draw):
    fn = draw(st.sampled_from(UNARY))
    # NumPy computes sqrt/rint of 1-byte ints in float16, which we lack
    small = [] if fn in ('sqrt', 'rint') else ['int8']
    arr, shape = draw(arrays(dtypes=small + ['int32', 'int64', 'float32',
                                             'float64']))
    if fn in ('sqrt',):
        return ['a = ' + arr, 'r = np.%s(np.absolute(a))' % fn]
    return ['a = ' + arr, 'r = np.%s(a)' % fn]


REDUCTIONS = ['sum', 'prod', 'min', 'max', 'mean', 'argmax', 'argmin',
              'all', 'any', 'cumsum']


@st.composite
def reduction_case(draw):
    arr, shape = draw(arrays(min_ndim=1, min_side=1))
    name = draw(st.sampled_from(REDUCTIONS))
    ndim = len(shape)
    if name in ('argmax', 'argmin', 'cumsum'):
        axis = draw(st.sampled_from(['None'] + [str(k) for k in
                                                range(-ndim, ndim)]))
        return ['a = ' + arr, 'r = a.%s(axis=%s)' % (name, axis)]
    axis = draw(st.sampled_from(['None'] + [str(k) for k in
                                            range(-ndim, ndim)]))
    keep = draw(st.booleans())
    if name == 'prod':
        return ['a = ' + arr, 'r = np.prod(a %% 3, axis=%s, keepdims=%s)'
                % (axis, keep)]
    if name == 'mean':
        return ['a = ' + arr, 'r = np.mean(a, axis=%s, keepdims=%s)'
                % (axis, keep)]
    return ['a = ' + arr, 'r = a.%s(axis=%s, keepdims=%s)'
            % (name, axis, keep)]


@st.composite
def fancy_case(draw):
    arr, shape = draw(arrays(min_ndim=1, min_side=1))
    n = shape[0]
    kind = draw(st.sampled_from(['ints', 'mask', 'ints2', 'setints',
                                 'setmask']))
    if kind == 'ints' or kind == 'setints':
        idx = draw(st.lists(st.integers(-n, n - 1), max_size=5))
        text = repr(idx)
    elif kind == 'ints2':
        idx = draw(st.lists(st.integers(-n, n - 1), min_size=1, max_size=4))
        text = 'np.array(%r).reshape(%d, %d)' % (idx + idx, 2, len(idx))
    else:
        mask = draw(st.lists(st.booleans(), min_size=n, max_size=n))
        text = 'np.array(%r)' % mask
    if kind.startswith('set'):
        return ['a = ' + arr, 'a[%s] = 1' % text, 'r = a']
    return ['a = ' + arr, 'r = a[%s]' % text]


@st.composite
def shape_case(draw):
    arr, shape = draw(arrays(min_ndim=1, min_side=1))
    ndim = len(shape)
    size = 1
    for n in shape:
        size *= n
    choice = draw(st.sampled_from(['reshape', 'transpose', 'swapaxes',
                                   'expand', 'concat', 'stack', 'where',
                                   'clip', 'astype', 'repr', 'tolist',
                                   'outer', 'flat', 'squeeze', 'tile']))
    lines = ['a = ' + arr]
    if choice == 'reshape':
        lines.append('r = a.reshape(%d, -1)' % draw(st.sampled_from(
            [d for d in range(1, size + 1) if size % d == 0])))
    elif choice == 'transpose':
        perm = draw(st.permutations(range(ndim)))
        lines.append('r = a.transpose(%s)' % ', '.join(map(str, perm)))
    elif choice == 'swapaxes':
        lines.append('r = np.swapaxes(a, 0, -1)')
    elif choice == 'expand':
        lines.append('r = np.expand_dims(a, %d)' % draw(
            st.integers(-ndim - 1, ndim)))
    elif choice == 'concat':
        lines.append('r = np.concatenate([a, a[::-1]], axis=%d)'
                     % draw(st.integers(-ndim, ndim - 1)))
    elif choice == 'stack':
        lines.append('r = np.stack([a, a + 1], axis=%d)'
                     % draw(st.integers(-ndim - 1, ndim)))
    elif choice == 'where':
        lines.append('r = np.where(a > 0, a, -a)')
    elif choice == 'clip':
        lines.append('r = np.clip(a, 0, 3)')
    elif choice == 'astype':
        lines.append('r = a.astype(%r)' % draw(st.sampled_from(DTYPES)))
    elif choice == 'repr':
        lines.append('r = repr(a)')
    elif choice == 'tolist':
        lines.append('r = a[::-1].tolist()')
    elif choice == 'outer':
        lines.append('r = np.outer(a, a[:2])')
    elif choice == 'flat':
        lines.append('r = [a.flat[k] for k in range(a.size)]')
    elif choice == 'squeeze':
        lines.append('r = a[:1].squeeze()')
    else:
        lines.append('r = np.tile(a, 2)')
    return lines


# ____________________________________________________________
# running

def collect(strategy, count):
    cases = []

    @settings(max_examples=count, derandomize=True, database=None,
              deadline=None, suppress_health_check=list(HealthCheck))
    @given(strategy)
    def gen(case):
        cases.append(case)

    gen()
    return cases


def make_script(cases):
    parts = [PRELUDE]
    for k, lines in enumerate(cases):
        parts.append('try:\n')
        for line in lines:
            parts.append('    %s\n' % line)
        parts.append('    show(%d, r)\nexcept Exception as e:\n'
                     '    fail(%d, e)\n' % (k, k))
    parts.append("print('END')\n")
    return ''.join(parts)


def command_under_test(pypy_c):
    if pypy_c:
        return [pypy_c]
    env_cmd = os.environ.get('NUMPY_UNDER_TEST')
    if env_cmd:
        return shlex.split(env_cmd)
    return [sys.executable]


def run(cmd, script_path):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith('PYTHON')}
    proc = subprocess.run(cmd + [script_path], cwd=ROOT, env=env,
                          stdin=subprocess.DEVNULL, capture_output=True,
                          timeout=1800)
    out = proc.stdout.decode('utf-8', 'replace')
    return proc.returncode, out, proc.stderr.decode('utf-8', 'replace')


def compare(pypy_c, strategy, count):
    cases = collect(strategy, count)
    script = make_script(cases)
    fd, path = tempfile.mkstemp(suffix='.py', prefix='np_hyp_')
    with os.fdopen(fd, 'w') as f:
        f.write(script)
    try:
        rc0, expected, err0 = run([sys.executable], path)
        assert rc0 == 0, err0[-2000:]
        rc, actual, err = run(command_under_test(pypy_c), path)
    finally:
        os.unlink(path)
    exp_lines = expected.splitlines()
    act_lines = actual.splitlines()
    by_case_exp = group(exp_lines)
    by_case_act = group(act_lines)
    problems = []
    for k in range(len(cases)):
        e = by_case_exp.get(k, [])
        a = by_case_act.get(k, [])
        if e != a:
            problems.append('case %d:\n    %s\n  numpy: %s\n  ours:  %s' % (
                k, '\n    '.join(cases[k]), '\n         '.join(e),
                '\n         '.join(a)))
    header = ''
    if rc != 0 or 'END' not in act_lines:
        header = 'interpreter exited with %d; stderr tail:\n%s\n' % (
            rc, err[-1500:])
    assert not problems and not header, header + '%d of %d cases differ\n' \
        % (len(problems), len(cases)) + '\n'.join(problems[:25])


def group(lines):
    result = {}
    for line in lines:
        head = line.split(' ', 1)[0]
        if head.isdigit():
            result.setdefault(int(head), []).append(line)
    return result


def test_slicing(pypy_c):
    compare(pypy_c, slicing_case(), 300)


def test_setitem(pypy_c):
    compare(pypy_c, setitem_case(), 200)


def test_binops(pypy_c):
    compare(pypy_c, binop_case(), 400)


def test_unary(pypy_c):
    compare(pypy_c, unary_case(), 200)


def test_reductions(pypy_c):
    compare(pypy_c, reduction_case(), 300)


def test_fancy_indexing(pypy_c):
    compare(pypy_c, fancy_case(), 200)


def test_shapes_and_helpers(pypy_c):
    compare(pypy_c, shape_case(), 300)
