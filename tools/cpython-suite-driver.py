"""Run one module of CPython's test suite with unittest in the interpreter
under test, for tools/cpython-suite.py:
    INTERPRETER cpython-suite-driver.py MODULE EVENTS_FILE [--list]
Appends one line per event to EVENTS_FILE, flushed at once so that a crash
or a timeout loses nothing that happened before it:
    start<TAB>test id                   before each test
    pass|fail|skip<TAB>test id<TAB>why  after it (a test with a failing
                                        subtest fails; an expected failure
                                        passes, an unexpected success fails)
    error<TAB>pseudo id<TAB>why         a failure outside any test: the
                                        module's import ("import (MODULE)"),
                                        setUpClass, setUpModule (their tests
                                        never run)
    done                                the whole module ran
With --list, only collects: one "test<TAB>id" line per test case."""

import sys
import unittest


def reason_of(err):
    """The exception's type and first line, short: the table's reason (for
    a module that failed to import, unittest's message holds the import's
    traceback: its last line is the reason)."""
    exc_type, exc = err[0], err[1]
    lines = [line for line in str(exc).strip().split('\n') if line.strip()] or ['']
    text = lines[0]
    if text.startswith('Failed to import'):
        text = lines[-1]
    return ('%s: %s' % (exc_type.__name__, text))[:200]


def test_ids(suite):
    for test in suite:
        if isinstance(test, unittest.TestSuite):
            yield from test_ids(test)
        else:
            yield test.id()


class EventResult(unittest.TestResult):
    """Writes the events of the module docstring; each test's outcome once,
    at stopTest, as the worst of its own and its subtests'."""

    def __init__(self, events):
        unittest.TestResult.__init__(self)
        self.events = events
        self.outcome = None

    def emit(self, *fields):
        self.events.write('\t'.join(f.replace('\t', ' ').replace('\n', ' ')
                                    for f in fields) + '\n')
        self.events.flush()

    def set_outcome(self, kind, why):
        if self.outcome is None or self.outcome[0] != 'fail':
            self.outcome = (kind, why)

    def startTest(self, test):
        unittest.TestResult.startTest(self, test)
        self.outcome = None
        self.emit('start', test.id())

    def stopTest(self, test):
        unittest.TestResult.stopTest(self, test)
        kind, why = self.outcome or ('pass', '')
        self.emit(kind, test.id(), why)

    def addError(self, test, err):
        if isinstance(test, unittest.TestCase):
            self.set_outcome('fail', reason_of(err))
        else:  # setUpClass/setUpModule/import: no test is running
            self.emit('error', str(test), reason_of(err))

    def addFailure(self, test, err):
        self.set_outcome('fail', reason_of(err))

    def addSubTest(self, test, subtest, err):
        if err is not None:
            self.set_outcome('fail', reason_of(err))

    def addSkip(self, test, reason):
        if isinstance(test, unittest.TestCase):
            self.set_outcome('skip', reason)
        else:
            self.emit('error', str(test), 'skipped: %s' % reason)

    def addExpectedFailure(self, test, err):
        self.set_outcome('pass', 'expected failure')

    def addUnexpectedSuccess(self, test):
        self.set_outcome('fail', 'unexpected success')


def main():
    module, events_path = sys.argv[1], sys.argv[2]
    with open(events_path, 'a') as events:
        try:
            suite = unittest.defaultTestLoader.loadTestsFromName(module)
        except Exception:   # unittest turns only an ImportError into a test
            events.write('error\timport (%s)\t%s\n' % (module, reason_of(sys.exc_info())))
            raise
        if sys.argv[3:] == ['--list']:
            for test_id in test_ids(suite):
                events.write('test\t%s\n' % test_id)
            return
        result = EventResult(events)
        suite.run(result)
        result.emit('done')


if __name__ == '__main__':
    main()
