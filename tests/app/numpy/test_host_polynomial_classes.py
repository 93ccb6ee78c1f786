"""numpy.polynomial's series modules and classes (Polynomial, Chebyshev,
Legendre, Hermite, HermiteE, Laguerre), pypy-c against CPython + NumPy.

Each case is an expression over the module m (numpy.polynomial.chebyshev,
...), its function prefix p ('cheb', ...) and its class S (Chebyshev,
...); one script evaluates all of them under each interpreter and prints
one JSON line per case: the value's structure (types, dtypes, shapes,
strings, error types and messages) must match exactly, its numbers
within rtol 1e-12 (roots and fits go through LAPACK, whose rounding
differs), with an absolute slack of 1e-12 times the array's largest
magnitude for coefficients that cancel to rounding noise. This file runs
on CPython (test_host_*, see tests/app/conftest.py) and skips without
--pypy-c.
"""

import json
import os
import subprocess
import sys
import tempfile

import numpy as np
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.dirname(os.path.abspath(__file__)))))

BASES = [('polynomial', 'poly', 'Polynomial'),
         ('chebyshev', 'cheb', 'Chebyshev'),
         ('legendre', 'leg', 'Legendre'),
         ('hermite', 'herm', 'Hermite'),
         ('hermite_e', 'herme', 'HermiteE'),
         ('laguerre', 'lag', 'Laguerre')]

# the same expressions for every basis: F('val') is m's function p + 'val'
FUNCTION_CASES = [
    "F('val')(0.5, [1, 2, 3])",
    "F('val')(np.linspace(-1, 2, 7), [1.5, -2, 0.25, 3])",
    "F('val')([[1, 2], [3, 4]], [1, 2, 3])",
    "F('val')(np.array([1.0, 2.0]), np.arange(6.0).reshape(3, 2))",
    "F('val')(np.array([1.0, 2.0]), np.arange(6.0).reshape(3, 2), "
    "tensor=False)",
    "F('val')(1j, [1, 2, 3])",
    "F('val')(2, [4])",
    "F('val')(0.5, np.array([1, 2], dtype=np.float32))",
    "F('vander')([-1, 0.5, 2], 4)",
    "F('vander')(np.arange(4.0).reshape(2, 2), 2)",
    "F('vander')(3, 0)",
    "F('vander')([1], -1)",
    "F('der')([1, 2, 3, 4, 5])",
    "F('der')([1, 2, 3, 4, 5], 2, scl=0.5)",
    "F('der')([1, 2, 3], 5)",
    "F('der')([1, 2, 3], 0)",
    "F('der')(np.arange(12.0).reshape(4, 3), 1, 2, axis=0)",
    "F('der')(np.arange(12.0).reshape(3, 4), 1, axis=1)",
    "F('der')([1, 2], -1)",
    "F('der')([1, 2], 1.5)",
    "F('der')([1, 2], 1, axis=2)",
    "F('int')([1, 2, 3])",
    "F('int')([1, 2, 3], 2, k=[1, 2], lbnd=0.5, scl=3)",
    "F('int')([0], k=3)",
    "F('int')(np.arange(6.0).reshape(3, 2), axis=1)",
    "F('int')([1, 2], 1, k=[1, 2])",
    "F('int')([1, 2], lbnd=[1, 2])",
    "F('add')([1, 2], [1, 2, 3])",
    "F('add')([1, 2, 3], [0, 0, -3])",
    "F('sub')([1, 2], [1, 2, 3])",
    "F('mulx')([1, 2, 3])",
    "F('mulx')([0])",
    "F('mul')([1, 2, 3], [3, -1, 0.5, 2])",
    "F('mul')([2], [1, 2j])",
    "F('div')([1, 2, 3, 4, 5], [3, 2, 1])",
    "F('div')([1, 2], [1, 2, 3])",
    "F('div')([2, 4], [2])",
    "F('div')([1, 2], [0])",
    "F('pow')([1, 2, 3], 3)",
    "F('pow')([1, 2], 0)",
    "F('pow')([1, 2], 17)",
    "F('pow')([1, 2], 20, maxpower=25)",
    "F('pow')([1, 2], -1)",
    "F('fromroots')([1, -2, 3.5])",
    "F('fromroots')([])",
    "F('fromroots')([1j, -1j])",
    "F('roots')(F('fromroots')([-0.5, 0.25, 2, 3]))",
    "F('roots')([1, 2, 3, 4, 5])",
    "F('roots')([2, -4])",
    "F('roots')([5])",
    "F('companion')([1.5, -2, 0.5, 3, 1.25])",
    "F('companion')([1, 2])",
    "F('companion')([1])",
    "F('line')(3, 2)",
    "F('line')(3, 0)",
    "F('trim')([1, 2, 0, 1e-9, 0], 1e-6)",
    "F('trim')([0, 0], 0)",
    "F('trim')([1], -1)",
    "F('fit')(np.linspace(-1, 1, 11), np.cos(3 * np.linspace(-1, 1, 11)), 4)",
    "F('fit')(np.linspace(0, 1, 8), np.exp(np.linspace(0, 1, 8)), [0, 2, 3])",
    "F('fit')(np.linspace(0, 1, 8), np.stack([np.linspace(0, 1, 8) ** 2, "
    "np.ones(8)], axis=1), 2)",
    "F('fit')(np.linspace(0, 1, 8), np.sin(np.linspace(0, 1, 8)), 3, "
    "w=np.linspace(1, 2, 8), full=True)",
    "F('fit')([0, 1, 2], [1, 2], 1)",
    "F('fit')([0, 1, 2], [1, 2, 3], -1)",
    "F('fit')([0, 1, 2], [1, 2, 3], 1.5)",
    "F('val2d')([0.5, 1], [2, -1], np.arange(6.0).reshape(2, 3))",
    "F('val3d')(0.5, 2, -1, np.arange(8.0).reshape(2, 2, 2))",
    "F('grid2d')([0.5, 1], [2, -1, 0], np.arange(6.0).reshape(2, 3))",
    "F('grid3d')([0.5], [2, -1], [1, 3], np.arange(8.0).reshape(2, 2, 2))",
    "F('vander2d')([0.5, 1], [2, -1], [1, 2])",
    "F('vander3d')([0.5], [2], [3], [1, 1, 2])",
    "F('val2d')([0.5, 1], [2], np.ones((2, 2)))",
    "(F('val').__name__, F('val').__module__, S.__module__)",
    "[F(name) for name in ('zero', 'one', 'x', 'domain')]",
    "sorted(m.__all__)",
]

CONVERSION_CASES = [
    "getattr(m, p + '2poly')([1, 2, 3, 4, 5])",
    "getattr(m, p + '2poly')([3])",
    "getattr(m, 'poly2' + p)([1, 2, 3, 4, 5])",
    "getattr(m, 'poly2' + p)(getattr(m, p + '2poly')([1, -2, 0.5, 3]))",
]

CLASS_CASES = [
    "S([1, 2, 3])",
    "repr(S([1, 2.5, -3], domain=[0, 4], window=[-2, 2], symbol='t'))",
    "str(S([1, 2.5, -3]))",
    "str(S([1, -2, 3], domain=[0, 2]))",
    "str(S([1, -2, 3], domain=[1, 2]))",
    "str(S(np.arange(1, 15.0)))",
    "str(S([1 + 2j, 3j]))",
    "format(S([1, -2, 3], domain=[0, 2]), 'ascii')",
    "format(S([1, 2]), 'latex')",
    "S([1, 2, 3], domain=[0, 4])(np.array([0.0, 1.5, 4.0]))",
    "S([1, 2, 3])(0.25)",
    "S([1, 2, 3])(S([0, 1], domain=[0, 2]))",
    "S([1, 2, 3], domain=[0, 2])(S([1, 1]))",
    "S([1, 2, 3, 4], domain=[0, 2]).deriv()",
    "S([1, 2, 3, 4], domain=[0, 2]).deriv(2)",
    "S([1, 2, 3], domain=[0, 2]).integ()",
    "S([1, 2, 3], domain=[0, 2]).integ(2, k=[1, 2], lbnd=1)",
    "S([1, 2, 3, 4], domain=[0, 2]).roots()",
    "S.fromroots([1, 2, 3])",
    "S.fromroots([1, 2, 3], domain=None)",
    "S.fromroots([1, 2, 3], domain=[0, 4])",
    "S.identity()",
    "S.identity(domain=[0, 3], window=[-1, 1])",
    "S.basis(3, domain=[1, 2])",
    "S.basis(-1)",
    "S.fit(np.linspace(0, 3, 9), np.cos(np.linspace(0, 3, 9)), 4)",
    "S.fit(np.linspace(0, 3, 9), np.cos(np.linspace(0, 3, 9)), 3, "
    "domain=[], full=True)",
    "S.fit([2, 2, 2], [1, 2, 3], 1).domain",
    "S([1, 2, 3], domain=[0, 2]).convert()",
    "S([1, 2, 3], domain=[0, 2]).convert(kind=np.polynomial.Polynomial)",
    "S([1, 2, 3]).convert(kind=np.polynomial.Chebyshev, domain=[-2, 2])",
    "S.cast(np.polynomial.Legendre([1, 2, 3]))",
    "S([1, 2], domain=[0, 4]).linspace(5)",
    "S([1, 2, 3]).trim(2.5)",
    "S([1, 2, 3, 4]).truncate(2)",
    "S([1, 2, 3, 4]).cutdeg(1)",
    "S([1, 2, 3]).truncate(0)",
    "(S([1, 2]).degree(), len(S([1, 2, 3])), list(S([1, 2])))",
    "S([1, 2]) + S([1, 2, 3])",
    "S([1, 2]) - 3",
    "3 - S([1, 2])",
    "S([1, 2]) * S([1, 2, 3])",
    "2 * S([1, 2])",
    "[1, 1] + S([1, 2])",
    "S([1, 2, 3]) ** 3",
    "S([1, 2]) ** 101",
    "S([1, 2]) ** -1",
    "divmod(S([1, 2, 3, 4]), S([1, 1]))",
    "S([1, 2, 3, 4]) // S([1, 1])",
    "S([1, 2, 3, 4]) % S([1, 1])",
    "5 // S([1, 1])",
    "S([2, 4]) / 2",
    "S([2, 4]) / S([2])",
    "S([2, 4]) / True",
    "S([2, 4]) // S([0])",
    "-S([1, 2])",
    "+S([1, 2])",
    "S([1, 2]) + S([1, 2], domain=[0, 1])",
    "S([1, 2]) + S([1, 2], window=[0, 3])",
    "S([1, 2]) + S([1, 2], symbol='y')",
    "(S([1, 2]) == S([1, 2]), S([1, 2]) == S([1, 2.5]), "
    "S([1, 2]) != S([1, 2], domain=[0, 3]), S([1, 2]) == [1, 2])",
    "(S([1]).has_samecoef(S([1])), S([1]).has_samedomain(S([1])), "
    "S([1]).has_samewindow(S([1], window=[0, 3])), "
    "S([1]).has_sametype(S([1])))",
    "S([1], symbol='not valid')",
    "S([1], symbol=3)",
    "S([1], domain=[1, 2, 3])",
    "S([1], window=[1])",
    "S([])",
    "S([[1, 2]])",
    "(S.__module__, S.__name__, S.basis_name, S.maxpower)",
    "pickle.loads(pickle.dumps(S([1, 2.5], domain=[0, 3], symbol='t')))",
    "copy.deepcopy(S(np.array([1, 2], dtype=np.float32), window=[0, 1]))",
    "S(np.array([1, 2], dtype=np.float32)).copy()",
]

CHEBYSHEV_CASES = [
    "C.chebpts1(5)",
    "C.chebpts1(1)",
    "C.chebpts1(0)",
    "C.chebpts1(2.5)",
    "C.chebpts2(5)",
    "C.chebpts2(1)",
    "C.chebgauss(4)",
    "C.chebgauss(0)",
    "C.chebweight(np.array([-0.5, 0, 0.5]))",
    "C.chebinterpolate(np.exp, 6)",
    "C.chebinterpolate(lambda x, a: x ** a, 3, (2,))",
    "C.chebinterpolate(np.exp, -1)",
    "C.chebinterpolate(np.exp, 1.5)",
    "np.polynomial.Chebyshev.interpolate(np.sin, 5, domain=[0, 2])",
    "np.polynomial.legendre.legweight(np.array([0.5, 2]))",
    "np.polynomial.legendre.leggauss(5)",
    "np.polynomial.legendre.leggauss(20)",
    "np.polynomial.hermite.hermgauss(6)",
    "np.polynomial.hermite.hermgauss(20)",
    "np.polynomial.hermite_e.hermegauss(7)",
    "np.polynomial.laguerre.laggauss(5)",
    "np.polynomial.laguerre.laggauss(20)",
    "np.polynomial.laguerre.laggauss(0)",
    "np.polynomial.legendre.leggauss(2.5)",
    "np.polynomial.hermite.hermweight(np.array([0.5, 2]))",
    "np.polynomial.hermite_e.hermeweight(np.array([0.5, 2]))",
    "np.polynomial.laguerre.lagweight(np.array([0.5, 2]))",
    "P.polyvalfromroots([1, 2, 3], [1, 2])",
    "P.polyvalfromroots(np.array([[1.0], [2.0]]), [[1, 2], [3, 4]])",
    "P.polyvalfromroots(np.array([1.0, 2.0]), [[1, 2], [3, 4]], "
    "tensor=False)",
    "[name in np.polynomial.__all__ for name in ('Chebyshev', 'Legendre', "
    "'Hermite', 'HermiteE', 'Laguerre', 'Polynomial')]",
    "(np.polynomial.polyutils.mapparms([0, 4], [-1, 1]), "
    "np.polynomial.polyutils.mapdomain([0, 2, 4], [0, 4], [-1, 1]), "
    "np.polynomial.polyutils.getdomain([1, -2, 5]), "
    "np.polynomial.polyutils.getdomain([1j, 2 + 0j]))",
    "np.polynomial.polyutils.as_series([[1, 2, 0], [3]])",
    "np.polynomial.polyutils.as_series([[1, 2, 0], np.array([3], "
    "dtype=np.float32)], trim=False)",
    "np.polynomial.polyutils.trimseq(np.array([1.0, 0, 0]))",
    "np.polynomial.polyutils.trimcoef([1, 1e-3, 1e-5], 1e-4)",
]

PRELUDE = '''
import copy
import json
import pickle
import numpy as np
import numpy.polynomial.polynomial as P
import numpy.polynomial.chebyshev as C


def encode(value):
    """value as JSON: types, dtypes and shapes spelled out."""
    if hasattr(value, 'coef') and hasattr(value, 'window'):
        return ['series', type(value).__name__, encode(value.coef),
                encode(value.domain), encode(value.window), value.symbol]
    if isinstance(value, np.ndarray):
        return ['array', value.dtype.str, list(value.shape),
                encode(value.tolist())]
    if hasattr(value, 'dtype'):     # a NumPy scalar
        return ['scalar', value.dtype.str, encode(value.item())]
    if isinstance(value, (list, tuple)):
        return [type(value).__name__] + [encode(v) for v in value]
    if isinstance(value, complex):
        return ['complex', value.real, value.imag]
    if isinstance(value, (bool, int, float, str)) or value is None:
        return value
    return ['other', type(value).__name__]


def run(cases, namespace):
    for case in cases:
        try:
            result = encode(eval(case, namespace))
        except Exception as e:
            result = ['error', type(e).__name__, str(e)]
        print(json.dumps(result))
'''


def script():
    parts = [PRELUDE]
    for module, prefix, cls in BASES:
        namespace = ("{'np': np, 'pickle': pickle, 'copy': copy, "
                     "'m': np.polynomial.%s, 'p': %r, "
                     "'S': np.polynomial.%s, "
                     "'F': lambda name: getattr(np.polynomial.%s, %r + name)}"
                     % (module, prefix, cls, module, prefix))
        cases = FUNCTION_CASES + CLASS_CASES
        if prefix != 'poly':
            cases = cases + CONVERSION_CASES
        parts.append('run(%r, %s)\n' % (cases, namespace))
    parts.append("run(%r, {'np': np, 'P': P, 'C': C})\n" % (CHEBYSHEV_CASES,))
    return ''.join(parts)


def case_names():
    names = []
    for module, prefix, cls in BASES:
        cases = FUNCTION_CASES + CLASS_CASES
        if prefix != 'poly':
            cases = cases + CONVERSION_CASES
        names += ['%s: %s' % (module, case) for case in cases]
    return names + CHEBYSHEV_CASES


def run(cmd, path):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith('PYTHON')}
    proc = subprocess.run(cmd + [path], cwd=ROOT, env=env,
                          stdin=subprocess.DEVNULL, capture_output=True,
                          timeout=600)
    assert proc.returncode == 0, proc.stderr.decode('utf-8', 'replace')[-3000:]
    return [json.loads(line) for line in proc.stdout.decode().splitlines()]


def numbers_in(value):
    """The numbers of an encoded value, in order, and its structure with
    each number replaced by its kind."""
    if isinstance(value, bool) or not isinstance(value, (int, float, list)):
        return [], value
    if isinstance(value, (int, float)):
        return [value], type(value).__name__
    numbers, shape = [], []
    for item in value:
        item_numbers, item_shape = numbers_in(item)
        numbers += item_numbers
        shape.append(item_shape)
    return numbers, shape


def same(expected, got):
    expected_numbers, expected_shape = numbers_in(expected)
    got_numbers, got_shape = numbers_in(got)
    if expected_shape != got_shape:
        return False
    if not expected_numbers:
        return True
    expected_numbers = np.array(expected_numbers, dtype=float)
    got_numbers = np.array(got_numbers, dtype=float)
    finite = np.isfinite(expected_numbers)
    scale = np.abs(expected_numbers[finite]).max() if finite.any() else 0
    return bool(np.allclose(got_numbers, expected_numbers, rtol=1e-12,
                            atol=1e-12 * max(scale, 1), equal_nan=True))


def test_series_modules_and_classes_against_numpy(pypy_c):
    if pypy_c is None:
        pytest.skip('needs --pypy-c')
    fd, path = tempfile.mkstemp(suffix='.py', prefix='np_polynomial_')
    with os.fdopen(fd, 'w') as f:
        f.write(script())
    try:
        expected = run([sys.executable], path)
        got = run([pypy_c], path)
    finally:
        os.unlink(path)
    names = case_names()
    assert len(expected) == len(names) and len(got) == len(names)
    problems = ['%s\n  numpy: %s\n  ours:  %s' % (name, e, g)
                for name, e, g in zip(names, expected, got)
                if not same(e, g)]
    assert not problems, '%d of %d cases differ\n%s' % (
        len(problems), len(names), '\n'.join(problems[:30]))
