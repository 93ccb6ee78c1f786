"""Run modules of CPython 3.11's own test suite (build/cpython-tests/test,
fetched by tools/bootstrap.sh) on an interpreter through unittest and print
a table of per-module counts:
    build/venv3/bin/python tools/cpython-suite.py [--python ./pypy-c]
        [--timeout SECONDS] [--jobs N] [--min-pass PERCENT] [--out DIR]
        [MODULE...]

The test cases of a module are those that this CPython (the runner's own
interpreter, the oracle) collects from it. Each module runs in a process of
its own (tools/cpython-suite-driver.py) in a fresh temporary folder, with a
timeout; a test that the interpreter under test never reports (the module
does not import, setUpClass failed, the process crashed or timed out) counts
as failed, so a module that cannot even import is at 0%. pass % is passed /
(tests - skipped), skips being the tests' own decisions (a missing
_testcapi, @cpython_only); the "CPython skips" column shows how many of
them CPython skips too.

KNOWN_FAILURES below lists the failures understood and accepted, with their
reason; they count as failures in the table all the same, and the runner
prints every failure that is not listed (and every listed test that now
passes). The output of each module and the reason of each failure are kept
in build/cpython-suite/<module>.log and <module>.outcomes (or in the
folder --out names).
With --min-pass, the exit status is 1 when a module's pass % is lower."""

import argparse
import fnmatch
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TESTS_DIR = os.path.join(ROOT, 'build', 'cpython-tests')
DEFAULT_OUT_DIR = os.path.join(ROOT, 'build', 'cpython-suite')
DRIVER = os.path.join(ROOT, 'tools', 'cpython-suite-driver.py')

MODULES = ['collections', 'json', 're', 'itertools', 'functools', 'heapq',
           'bisect', 'textwrap', 'string', 'copy', 'dataclasses', 'enum',
           'struct', 'fractions', 'statistics']

# test id pattern (fnmatch) -> why pypy-c fails it
KNOWN_FAILURES = {
    'test.test_struct.StructTest.test__struct_reference_cycle_cleaned_up':
        'the built-in _struct module lives as long as the interpreter '
        '(import_fresh_module gives the same one back)',
    'test.test_struct.StructTest.test_struct_cleans_up_at_runtime_shutdown':
        'objects still alive at exit are not finalized (as in PyPy): no '
        '__del__ runs at shutdown',
}

# the events of a setUpClass/setUpModule failure or skip: "setUpClass (test.test_x.Cls)"
FIXTURE_EVENT = re.compile(r'^\w+ \((.+)\)$')


def known_reason(test_id):
    for pattern, reason in KNOWN_FAILURES.items():
        if fnmatch.fnmatchcase(test_id, pattern):
            return reason
    return None


def read_events(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding='utf-8', errors='replace') as f:
        return [line.rstrip('\n').split('\t') for line in f]


def run_driver(python, module, timeout, out_dir, log_name, extra=()):
    """Run the driver on MODULE in a fresh folder, its output going to
    OUT_DIR/LOG_NAME; return (events, status), status being
    'done', 'timeout after N s' or 'exit status N'."""
    workdir = tempfile.mkdtemp(prefix='cpython-suite-')
    events_path = os.path.join(workdir, 'events')
    env = dict(os.environ, PYTHONPATH=TESTS_DIR, PYTHONIOENCODING='utf-8')
    with open(os.path.join(out_dir, log_name), 'wb') as log:
        proc = subprocess.Popen(
            [python, DRIVER, 'test.test_' + module, events_path] + list(extra),
            cwd=workdir, env=env, stdin=subprocess.DEVNULL, stdout=log,
            stderr=subprocess.STDOUT, start_new_session=True)
        try:
            proc.wait(timeout=timeout)
            status = 'exit status %d' % proc.returncode
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)  # the driver and anything it started
            proc.wait()
            status = 'timeout after %d s' % timeout
    events = read_events(events_path)
    if events and events[-1] == ['done']:
        status = 'done'
    shutil.rmtree(workdir, ignore_errors=True)
    return events, status


def outcomes_of(expected, events, status):
    """test id -> (outcome, why) for every expected test and every test the
    run reported; outcome is pass, fail or skip."""
    outcomes = {}
    fixtures = []  # (test id prefix, outcome, why) of class/module fixtures
    running = None
    for fields in events:
        kind = fields[0]
        if kind == 'start':
            running = fields[1]
        elif kind in ('pass', 'fail', 'skip'):
            test_id, why = fields[1], fields[2] if len(fields) > 2 else ''
            running = None
            if test_id.startswith('unittest.loader._FailedTest.'):
                fixtures.append(('', 'fail', 'not run: ' + why))
            else:
                outcomes[test_id] = (kind, why)
        elif kind == 'error':
            match = FIXTURE_EVENT.match(fields[1])
            prefix = match.group(1) + '.' if match else ''
            why = fields[2] if len(fields) > 2 else ''
            if why.startswith('skipped: '):
                fixtures.append((prefix, 'skip', why[len('skipped: '):]))
            else:
                fixtures.append((prefix, 'fail', 'not run: %s: %s' % (fields[1], why)))
    if running is not None:
        outcomes[running] = ('fail', 'the process ended in it (%s)' % status)
    for test_id in expected:
        if test_id in outcomes:
            continue
        for prefix, kind, why in fixtures:
            if test_id.startswith(prefix):
                outcomes[test_id] = (kind, why)
                break
        else:
            outcomes[test_id] = ('fail', 'not run (%s)' % status)
    return outcomes


def run_module(python, module, timeout, out_dir):
    """Collect MODULE's tests and count CPython's skips on this CPython,
    then run it on PYTHON; the outcomes go to OUT_DIR too."""
    listing, list_status = run_driver(sys.executable, module, timeout, out_dir,
                                       'test_%s.cpython-list.log' % module, ['--list'])
    expected = [f[1] for f in listing if f[0] == 'test']
    if not expected:
        print('cpython-suite: CPython collects no test of test_%s (%s)' % (module, list_status),
              file=sys.stderr)
    oracle_events, _ = run_driver(sys.executable, module, timeout, out_dir,
                                  'test_%s.cpython.log' % module)
    events, status = run_driver(python, module, timeout, out_dir,
                                'test_%s.log' % module)
    outcomes = outcomes_of(expected, events, status)
    with open(os.path.join(out_dir, 'test_%s.outcomes' % module), 'w') as f:
        for test_id in sorted(outcomes):
            kind, why = outcomes[test_id]
            f.write('%s\t%s\t%s\n' % (kind, test_id, why))
    return dict(module=module, outcomes=outcomes, status=status,
                oracle_skips=sum(1 for f in oracle_events if f[0] == 'skip'))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--python', default=os.path.join(ROOT, 'pypy-c'))
    parser.add_argument('--timeout', type=float, default=900,
                        help='seconds per module (default 900)')
    parser.add_argument('--jobs', type=int, default=1)
    parser.add_argument('--min-pass', type=float,
                        help='exit status 1 if a module passes less (percent)')
    parser.add_argument('--out', default=DEFAULT_OUT_DIR,
                        help='folder of the logs and outcomes (default %(default)s)')
    parser.add_argument('modules', nargs='*', default=MODULES)
    args = parser.parse_args()
    if not os.path.isfile(os.path.join(TESTS_DIR, 'test', 'support', '__init__.py')):
        sys.exit('cpython-suite: no %s/test (tools/bootstrap.sh fetches it)' % TESTS_DIR)
    python = os.path.abspath(args.python) if os.sep in args.python else args.python
    os.makedirs(args.out, exist_ok=True)

    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(lambda m: run_module(python, m, args.timeout, args.out), args.modules))

    print('CPython %s test suite on %s (pass %% = passed / (tests - skipped)):'
          % (sys.version.split()[0], args.python))
    header = '%-14s %6s %7s %7s %8s %8s %7s' % (
        'module', 'tests', 'passed', 'failed', 'skipped', '(CPython)', 'pass %')
    print(header)
    total = dict(tests=0, passed=0, failed=0, skipped=0, oracle_skips=0)
    below = []
    unexpected, fixed = {}, []  # unexpected: (module, reason) -> test ids
    for r in results:
        kinds = [kind for kind, _ in r['outcomes'].values()]
        counts = dict(tests=len(kinds), passed=kinds.count('pass'),
                      failed=kinds.count('fail'), skipped=kinds.count('skip'),
                      oracle_skips=r['oracle_skips'])
        for key in total:
            total[key] += counts[key]
        ran = counts['tests'] - counts['skipped']
        percent = 100.0 * counts['passed'] / ran if ran else 0.0
        note = '' if r['status'] == 'done' else '  (%s)' % r['status']
        print('%-14s %6d %7d %7d %8d %8d %6.1f%%%s' % (
            r['module'], counts['tests'], counts['passed'], counts['failed'],
            counts['skipped'], counts['oracle_skips'], percent, note))
        if args.min_pass is not None and percent < args.min_pass:
            below.append(r['module'])
        for test_id, (kind, why) in sorted(r['outcomes'].items()):
            reason = known_reason(test_id)
            if kind == 'fail' and reason is None:
                unexpected.setdefault((r['module'], why), []).append(test_id)
            elif kind == 'pass' and reason is not None:
                fixed.append(test_id)
    ran = total['tests'] - total['skipped']
    print('%-14s %6d %7d %7d %8d %8d %6.1f%%' % (
        'total', total['tests'], total['passed'], total['failed'],
        total['skipped'], total['oracle_skips'],
        100.0 * total['passed'] / ran if ran else 0.0))
    print('known failures (KNOWN_FAILURES in tools/cpython-suite.py): %d patterns'
          % len(KNOWN_FAILURES))
    for pattern, reason in sorted(KNOWN_FAILURES.items()):
        print('  %s: %s' % (pattern, reason))
    if fixed:
        print('listed as known failures but passing now (%d):' % len(fixed))
        for test_id in fixed:
            print('  ' + test_id)
    print('failures not listed as known (%d), by reason (every test id in '
          '%s/*.outcomes):' % (sum(map(len, unexpected.values())), args.out))
    for (module, why), test_ids in sorted(unexpected.items(),
                                          key=lambda item: (item[0][0], -len(item[1]))):
        prefix = 'test.test_%s.' % module
        names = ', '.join(test_id[len(prefix):] if test_id.startswith(prefix)
                          else test_id for test_id in test_ids[:3])
        more = ', ...' if len(test_ids) > 3 else ''
        print('  %s %4d  %s  [%s%s]' % (module, len(test_ids), why, names, more))
    if below:
        print('cpython-suite: below %.0f%%: %s' % (args.min_pass, ' '.join(below)))
        sys.exit(1)


if __name__ == '__main__':
    main()
