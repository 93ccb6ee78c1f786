"""sys.unraisablehook: an exception from an atexit function reaches the
hook as UnraisableHookArgs (as pytest's unraisableexception plugin sees
it), the default sys.__unraisablehook__ writes it to sys.stderr, and a
failing hook is reported by the default one; CPython gives the expected
results.

atexit._run_exitfuncs runs every registered function, so the scenario runs
in a process of its own where there is an executable to start (CPython's
pytest has registered its own), and in the test's process otherwise (an
untranslated pypy-c, whose test process runs nothing else)."""

import os
import subprocess
import sys

SCENARIO = r'''
import atexit, io, sys

def failing():
    raise ValueError("boom")

def collected(hook):
    sys.unraisablehook = hook
    atexit.register(failing)
    try:
        atexit._run_exitfuncs()
    finally:
        sys.unraisablehook = sys.__unraisablehook__

def written(func):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        func()
        return sys.stderr.getvalue()
    finally:
        sys.stderr = saved

seen = []
collected(seen.append)
[args] = seen
Args = type(args)
print(Args.__name__, isinstance(args, tuple), len(args))
print(args.exc_type.__name__, repr(args.exc_value), args.err_msg,
      args.object is failing)
print(args == (ValueError, args.exc_value, args.exc_traceback,
               "Exception ignored in atexit callback", failing))

made = Args((KeyError, KeyError("k"), None, None, "OBJ"))
print(repr(written(lambda: sys.__unraisablehook__(made))))
made = Args((OSError, "not an exception", None, "Custom message", None))
print(repr(written(lambda: sys.__unraisablehook__(made))))
print(repr(made).replace("<class 'OSError'>", "OSError"))

def failing_hook(args):
    raise KeyError("in hook")
text = written(lambda: collected(failing_hook))
print(text.startswith("Exception ignored in sys.unraisablehook: "
                      "<function failing_hook at "),
      text.endswith("KeyError: 'in hook'\n"))

for bad in [lambda: Args((1, 2)), lambda: Args(1),
            lambda: sys.__unraisablehook__(1)]:
    try:
        bad()
    except TypeError as e:
        print(e)
'''

EXPECTED = """\
UnraisableHookArgs True 5
ValueError ValueError('boom') Exception ignored in atexit callback True
True
"Exception ignored in: 'OBJ'\\nKeyError: 'k'\\n"
'Custom message:\\nOSError: not an exception\\n'
UnraisableHookArgs(exc_type=OSError, exc_value='not an exception', \
exc_traceback=None, err_msg='Custom message', object=None)
True True
UnraisableHookArgs() takes a 5-sequence (2-sequence given)
constructor requires a sequence
sys.unraisablehook argument type must be UnraisableHookArgs
"""


def scenario_output():
    if os.path.exists(sys.executable):
        return subprocess.run([sys.executable, "-c", SCENARIO],
                              capture_output=True, text=True).stdout
    import contextlib
    import io
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(SCENARIO, {"__name__": "__main__"})
    return out.getvalue()


def test_unraisable_hook_scenario():
    assert scenario_output() == EXPECTED
