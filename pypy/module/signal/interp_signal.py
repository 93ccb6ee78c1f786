"""Ctrl-C -> KeyboardInterrupt.

At start-up the SIGINT handler of rpython/translator/c/src/signals.c is
installed (install_sigint_handler); it records the signal and sets the C
variable pypysig_counter.value to -1.  The eval loop calls check_signals()
on every backward jump: in a JIT trace that is one raw load and one guard
(pypysig_getaddr_occurred() is elidable without arguments, so the address
is a constant); the residual call only happens when a signal is pending.
Untranslated, the host's own KeyboardInterrupt does the job."""

from rpython.rlib import jit, rsignal
from rpython.rlib.objectmodel import we_are_translated
from pypy.interpreter.error import OperationError


def install_sigint_handler():
    if we_are_translated():
        rsignal.pypysig_setflag(rsignal.SIGINT)


def check_signals(space):
    if we_are_translated():
        # only the C handler (-1) and handle_pending_signals (0) write
        # it: int_is_true + guard_false in a trace
        if rsignal.pypysig_getaddr_occurred().c_value:
            handle_pending_signals(space)


@jit.dont_look_inside
def handle_pending_signals(space):
    rsignal.pypysig_getaddr_occurred().c_value = 0
    got_sigint = False
    while True:
        signum = rsignal.pypysig_poll()
        if signum < 0:
            break
        if signum == rsignal.SIGINT:
            got_sigint = True
    if got_sigint:
        raise OperationError(space.new_exception(space.w_KeyboardInterrupt,
                                                 None))
