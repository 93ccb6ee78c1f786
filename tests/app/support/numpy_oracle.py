"""What CPython + NumPy (the oracle, build/venv3/bin/python) gives for
snippets of code, so that a test's expected values are computed by NumPy
when the test runs: outcomes_under_numpy(setup, expressions) runs `setup`
and evaluates each expression in the oracle, outcomes(...) does the same
in the running interpreter, and the test asserts that the two agree.

An outcome is the result's type name, repr and str, or for an exception
its type name and message."""

import json
import os
import subprocess
import sys
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))))
ORACLE_PYTHON = os.path.join(ROOT, 'build', 'venv3', 'bin', 'python')


def outcome(expression, namespace):
    try:
        value = eval(expression, namespace)
    except Exception as e:
        return ['raises', type(e).__name__, str(e)]
    return [type(value).__name__, repr(value), str(value)]


def outcomes(setup, expressions):
    """The outcome of each expression after `setup`, in this
    interpreter."""
    import numpy as np
    namespace = {'np': np}
    print_options = np.get_printoptions()
    with warnings.catch_warnings():
        # NumPy's RuntimeWarnings are not part of what is compared
        warnings.simplefilter('ignore')
        try:
            exec(setup, namespace)
            return [outcome(expression, namespace)
                    for expression in expressions]
        finally:
            # a setup's print options stay with it
            np.set_printoptions(**print_options)


def outcomes_under_numpy(setup, expressions):
    """The outcome of each expression after `setup`, under CPython +
    NumPy."""
    process = subprocess.run(
        [ORACLE_PYTHON, os.path.abspath(__file__)],
        input=json.dumps([setup, expressions]), capture_output=True,
        text=True)
    if process.returncode != 0:
        raise AssertionError('the oracle failed:\n' + process.stderr)
    return json.loads(process.stdout)


def assert_same_as_numpy(setup, expressions):
    """Asserts that each expression after `setup` has the outcome it has
    under NumPy."""
    expected = outcomes_under_numpy(setup, expressions)
    got = outcomes(setup, expressions)
    for expression, got_outcome, expected_outcome in zip(expressions, got,
                                                        expected):
        assert got_outcome == expected_outcome, (
            '%s\n    got: %r\n  numpy: %r' % (expression, got_outcome,
                                             expected_outcome))


if __name__ == '__main__':
    setup, expressions = json.loads(sys.stdin.read())
    sys.stdout.write(json.dumps(outcomes(setup, expressions)))
