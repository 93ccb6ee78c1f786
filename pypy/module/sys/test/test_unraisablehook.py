"""sys.unraisablehook: atexit's failing functions reach it with
UnraisableHookArgs, the default hook's text, a failing hook reported by the
default one, and the argument type's construction and errors."""

from pypy.interpreter.test.support import app_repr
from pypy.objspace.objspace import ObjSpace

space = ObjSpace()

PRELUDE = """
import sys, atexit
class Err:
    def __init__(self):
        self.text = []
    def write(self, s):
        self.text.append(s)
    def flush(self):
        pass
def failing():
    raise ValueError('boom')
def report():
    atexit.register(failing)
    atexit._run_exitfuncs()
def hook_arguments():
    seen = []
    sys.unraisablehook = seen.append
    try:
        report()
    finally:
        sys.unraisablehook = sys.__unraisablehook__
    return seen
def with_stderr(func):
    saved = sys.stderr
    sys.stderr = err = Err()
    try:
        func()
    finally:
        sys.stderr = saved
    return ''.join(err.text)
"""


def run(body):
    return app_repr(space, body, PRELUDE)


def test_atexit_reports_through_the_hook():
    assert run("seen = hook_arguments()\n"
               "[a] = seen\n"
               "return (type(a).__name__, a.exc_type, a.exc_value, "
               "a.exc_traceback, a.err_msg, a.object is failing, len(a), "
               "isinstance(a, tuple))") == (
        "('UnraisableHookArgs', <class 'ValueError'>, ValueError('boom'), "
        "None, 'Exception ignored in atexit callback', True, 5, True)")


def test_the_default_hook_writes_message_object_and_exception():
    text = run("return with_stderr(report)")
    assert text.startswith("'Exception ignored in atexit callback: "
                           "<function failing at ")
    assert text.endswith("ValueError: boom\\n'")


def test_the_default_hook_on_arguments_made_from_python():
    assert run("seen = hook_arguments()\n"
               "T = type(seen[0])\n"
               "a = T((OSError, OSError('x'), None, None, 'OBJ'))\n"
               "b = T((KeyError, 'k', None, 'msg', None))\n"
               "return [with_stderr(lambda: sys.__unraisablehook__(a)), "
               "with_stderr(lambda: sys.__unraisablehook__(b)), repr(b)]"
               ) == (
        "[\"Exception ignored in: 'OBJ'\\nOSError: x\\n\", "
        "'msg:\\nKeyError: k\\n', "
        "\"UnraisableHookArgs(exc_type=<class 'KeyError'>, "
        "exc_value='k', exc_traceback=None, err_msg='msg', object=None)\"]")


def test_a_failing_hook_is_reported_by_the_default_one():
    text = run("def hook(args):\n"
               "    raise KeyError('in hook')\n"
               "sys.unraisablehook = hook\n"
               "try:\n"
               "    return with_stderr(report)\n"
               "finally:\n"
               "    sys.unraisablehook = sys.__unraisablehook__")
    assert text.startswith("'Exception ignored in sys.unraisablehook: "
                           "<function f.<locals>.hook at ")
    assert text.endswith("KeyError: \\'in hook\\'\\n'")


def test_argument_type_errors():
    assert run("seen = []\n"
               "sys.unraisablehook = seen.append\n"
               "report()\n"
               "sys.unraisablehook = sys.__unraisablehook__\n"
               "T = type(seen[0])\n"
               "r = []\n"
               "for bad in [lambda: T((1, 2)), lambda: T(1), "
               "lambda: sys.__unraisablehook__(1)]:\n"
               "    try:\n"
               "        bad()\n"
               "    except TypeError as e:\n"
               "        r.append(str(e))\n"
               "return r") == (
        "['UnraisableHookArgs() takes a 5-sequence (2-sequence given)', "
        "'constructor requires a sequence', "
        "'sys.unraisablehook argument type must be UnraisableHookArgs']")
