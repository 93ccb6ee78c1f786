"""The last line of defence against RPython-level exceptions: a
ValueError, OverflowError, AssertionError... raised by interp-level code
and not turned into a Python exception where it arose would end the
process with a fatal error (and lose unflushed output).  Where
interp-level code is entered (space.call_args, ExecutionContext.run_frame,
main.run) it becomes a Python SystemError instead, which Python code can
catch.  Those places let OperationError and rstackovf.StackOverflow (a
RecursionError, made by run_frame) through unchanged."""

from rpython.rlib.unroll import unrolling_iterable

# the RPython exceptions interp-level code can raise, most specific first
# (RPython exceptions carry no message: the class names the error)
KNOWN = [(ZeroDivisionError, 'ZeroDivisionError'),
         (OverflowError, 'OverflowError'),
         (ValueError, 'ValueError'),
         (AssertionError, 'AssertionError'),
         (IndexError, 'IndexError'),
         (KeyError, 'KeyError'),
         (TypeError, 'TypeError'),
         (NotImplementedError, 'NotImplementedError'),
         (UnicodeError, 'UnicodeError'),
         (OSError, 'OSError'),
         (IOError, 'IOError')]
unrolling_known = unrolling_iterable(KNOWN)


def class_name(e):
    for cls, name in unrolling_known:
        if isinstance(e, cls):
            return name
    return 'Exception'


def internal_error(space, e):
    """The Python exception standing for the RPython exception e:
    MemoryError for MemoryError, else SystemError("unexpected internal
    error: <class>")."""
    if isinstance(e, MemoryError):
        return space.error(space.w_MemoryError, None)
    return space.error(space.w_SystemError,
                       "unexpected internal error: %s" % class_name(e))
