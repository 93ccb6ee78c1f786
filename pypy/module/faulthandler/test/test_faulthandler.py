"""Interp-level tests of faulthandler: enable/disable/is_enabled, the file
argument's checks, and dump_traceback's text of the Python stack."""

import os
import tempfile

from pypy.interpreter.test.support import app_repr
from pypy.module.faulthandler.stackdump import ascii_text, hexadecimal
from pypy.objspace.objspace import ObjSpace

space = ObjSpace()


def run(body):
    return app_repr(space, body, "import faulthandler")


def test_hexadecimal_pads_to_its_width():
    assert hexadecimal(1, 16) == '0000000000000001'
    assert hexadecimal(0xab, 2) == 'ab'
    assert hexadecimal(0x12345, 4) == '12345'


def test_ascii_text_escapes_as_cpython():
    assert ascii_text('f.py') == 'f.py'
    assert ascii_text(u'\xe9\u20ac\U0001f600\n'.encode('utf-8')) == \
        '\\xe9\\u20ac\\U0001f600\\x0a'
    assert ascii_text('a' * 501) == 'a' * 500 + '...'


def test_enable_disable_is_enabled():
    assert run("r = [faulthandler.is_enabled()]\n"
               "faulthandler.enable()\n"
               "r.append(faulthandler.is_enabled())\n"
               "r.append(faulthandler.disable())\n"
               "r.append(faulthandler.disable())\n"
               "r.append(faulthandler.is_enabled())\n"
               "return r") == "[False, True, True, False, False]"


def test_file_argument_errors():
    assert run("class NoFd:\n"
               "    def fileno(self):\n"
               "        return -1\n"
               "r = []\n"
               "for f in [-1, NoFd()]:\n"
               "    try:\n"
               "        faulthandler.enable(f)\n"
               "    except (ValueError, RuntimeError) as e:\n"
               "        r.append(str(e))\n"
               "try:\n"
               "    faulthandler.dump_traceback(2, True, 3)\n"
               "except TypeError as e:\n"
               "    r.append(str(e))\n"
               "return r") == (
        "['file is not a valid file descripter', "
        "'file.fileno() is not a valid file descriptor', "
        "'dump_traceback() takes at most 2 arguments (3 given)']")


def test_dump_traceback_writes_the_stack_most_recent_first():
    fd, path = tempfile.mkstemp()
    try:
        assert run("def inner(fd):\n"
                   "    faulthandler.dump_traceback(fd, all_threads=False)\n"
                   "inner(%d)\n"
                   "faulthandler.dump_traceback(file=%d)\n"
                   "return None" % (fd, fd)) == "None"
        with open(path) as f:
            text = f.read()
    finally:
        os.close(fd)
        os.remove(path)
    assert text == ('Stack (most recent call first):\n'
                    '  File "<test>", line 4 in inner\n'
                    '  File "<test>", line 5 in f\n'
                    'Current thread 0x0000000000000001 '
                    '(most recent call first):\n'
                    '  File "<test>", line 6 in f\n')


def test_dump_traceback_later_is_refused_and_cancel_does_nothing():
    assert run("try:\n"
               "    faulthandler.dump_traceback_later(1.0)\n"
               "except NotImplementedError:\n"
               "    pass\n"
               "return faulthandler.cancel_dump_traceback_later()") == "None"
