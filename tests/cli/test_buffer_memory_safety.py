"""Memory safety of array buffers: array programs run with
PYPY_NUMPY_GUARD_PAGES=1, the debug allocation mode in which every buffer
ends right before a page that faults when touched (buffer_memory.py), so
that an access past a buffer's end is a SIGSEGV instead of a silent heap
corruption; and under valgrind, whose memcheck sees accesses past the
malloc'ed buffers of the normal mode, JIT-compiled code included.  CPython
ignores the variable: there the programs only show that they are right
for NumPy."""

import os
import re
import shutil
import subprocess
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
GUARD_PAGES = {'PYPY_NUMPY_GUARD_PAGES': '1'}


def environment(extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    env.pop('PYPY_NUMPY_GUARD_PAGES', None)
    env.update(extra)
    return env


def failure_report(proc):
    return 'exit status %d\n%s' % (proc.returncode, proc.stderr[-3000:])


def page_boundary_arrays(*sizes):
    return [os.path.join(HERE, 'page_boundary_arrays.py')] + \
        [str(size) for size in sizes]


def test_page_boundary_arrays_same_with_guard_pages(interpreter, request,
                                                    tmp_path):
    # each buffer at the end of its pages: one byte past it faults
    timeout = request.config.getoption('pypy_c_timeout')
    outputs = []
    for extra in ({}, GUARD_PAGES):
        proc = subprocess.run([interpreter] + page_boundary_arrays(),
                              cwd=str(tmp_path),
                              env=environment(extra),
                              stdin=subprocess.DEVNULL, capture_output=True,
                              text=True, timeout=timeout)
        assert proc.returncode == 0, failure_report(proc)
        outputs.append(proc.stdout)
    assert outputs[0] == outputs[1]


def test_app_numpy_tests_pass_with_guard_pages(interpreter, translated,
                                               request):
    # tests/app/numpy through its --pypy-c shim (which passes the
    # variable on to each pypy-c run); its items report a crash as
    # "pypy-c was killed by SIGSEGV"
    if not translated:
        pytest.skip('the app tests run here on a translated pypy-c only '
                    '(on CPython they are the app-cpython stage)')
    timeout = request.config.getoption('pypy_c_timeout')
    proc = subprocess.run(
        [sys.executable, '-m', 'pytest', '-q', '-p', 'no:cacheprovider',
         '--pypy-c=' + interpreter, '--pypy-c-timeout=%g' % timeout,
         # (it counts page faults, which a mapping per buffer multiplies)
         '--deselect', 'app/numpy/test_buffer_reuse.py::'
         'test_temporaries_reuse_freed_memory',
         os.path.join('app', 'numpy')],
        cwd=TESTS, env=environment(GUARD_PAGES), stdin=subprocess.DEVNULL,
        capture_output=True, text=True, timeout=30 * 60)
    killed = [line for line in proc.stdout.splitlines()
              if 'was killed by' in line]
    assert killed == []
    assert proc.returncode == 0, proc.stdout[-5000:]


# what memcheck reports for an access outside the blocks it knows of, a
# wrong free, or a memcpy between overlapping blocks
INVALID_ACCESS = re.compile(r'^==\d+== (Invalid (read|write|free)|'
                            r'Mismatched free|Source and destination overlap)',
                            re.M)


def test_valgrind_sees_no_invalid_access(interpreter, translated, tmp_path):
    # one size past a page (some 10 s under valgrind here; the JIT writes
    # code at run time, which --smc-check=all-non-file makes it see)
    if not translated:
        pytest.skip('valgrind runs a translated pypy-c only')
    valgrind = shutil.which('valgrind')
    if valgrind is None:
        pytest.skip('no valgrind')
    proc = subprocess.run(
        [valgrind, '--smc-check=all-non-file', '--leak-check=no',
         interpreter] + page_boundary_arrays(513),
        cwd=str(tmp_path), env=environment({}), stdin=subprocess.DEVNULL,
        capture_output=True, text=True, timeout=60)
    match = INVALID_ACCESS.search(proc.stderr)
    assert match is None, proc.stderr[match.start():match.start() + 3000]
    assert proc.returncode == 0, failure_report(proc)
