"""faulthandler: enable/disable/is_enabled on a descriptor (as pytest's
faulthandler plugin does) and dump_traceback's text of the Python stack;
CPython gives the expected results."""

import faulthandler
import os
import sys
import tempfile
import threading


def dumped(all_threads):
    """The first three lines dump_traceback writes from inside two calls,
    and the line numbers of those calls."""
    fd, path = tempfile.mkstemp()
    try:
        def inner():
            line = sys._getframe().f_lineno + 1
            faulthandler.dump_traceback(fd, all_threads=all_threads)
            return line
        caller_line = sys._getframe().f_lineno + 1
        inner_line = inner()
        with open(path) as f:
            lines = f.read().split("\n")
    finally:
        os.close(fd)
        os.remove(path)
    return lines[:3], inner_line, caller_line


def test_dump_traceback_without_threads():
    lines, inner_line, caller_line = dumped(False)
    filename = sys._getframe().f_code.co_filename
    assert lines == ["Stack (most recent call first):",
                     '  File "%s", line %d in inner' % (filename, inner_line),
                     '  File "%s", line %d in dumped' % (filename,
                                                         caller_line)]


def test_dump_traceback_of_the_current_thread():
    lines, inner_line, caller_line = dumped(True)
    filename = sys._getframe().f_code.co_filename
    assert lines[0] == ("Current thread 0x%016x (most recent call first):"
                        % threading.get_ident())
    assert lines[1] == '  File "%s", line %d in inner' % (filename,
                                                          inner_line)


def test_enable_on_a_descriptor_and_disable():
    was_enabled = faulthandler.is_enabled()
    fd = os.dup(sys.stderr.fileno())
    try:
        faulthandler.enable(file=fd)
        assert faulthandler.is_enabled() is True
        assert faulthandler.disable() is True
        assert faulthandler.is_enabled() is False
        assert faulthandler.disable() is False
    finally:
        os.close(fd)
        if was_enabled:
            faulthandler.enable()


def test_enable_refuses_bad_files():
    class NoDescriptor:
        def fileno(self):
            return -1
    for bad, error, message in [
            (-1, ValueError, "file is not a valid file descripter"),
            (NoDescriptor(), RuntimeError,
             "file.fileno() is not a valid file descriptor")]:
        try:
            faulthandler.enable(bad)
        except error as e:
            assert str(e) == message
        else:
            raise AssertionError("no error")


def test_cancel_dump_traceback_later_without_a_pending_dump():
    assert faulthandler.cancel_dump_traceback_later() is None
