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


class SignalHandlers(object):
    """The handlers signal.signal() installed: {signum: W_Root}, a
    callable or SIG_IGN/SIG_DFL; a signal not in it has its default
    (SIGINT: KeyboardInterrupt)."""

    def __init__(self):
        self.w_handlers = {}


signal_handlers = SignalHandlers()


def raise_keyboard_interrupt(space):
    raise OperationError(space.new_exception(space.w_KeyboardInterrupt,
                                             None))


@jit.dont_look_inside
def handle_pending_signals(space):
    rsignal.pypysig_getaddr_occurred().c_value = 0
    pending = []
    while True:
        signum = rsignal.pypysig_poll()
        if signum < 0:
            break
        pending.append(signum)
    for signum in pending:
        w_handler = signal_handlers.w_handlers.get(signum, None)
        if w_handler is None:
            if signum == rsignal.SIGINT:
                raise_keyboard_interrupt(space)
        elif w_handler.is_callable(space):
            space.call_function(w_handler, space.newint(signum),
                                space.w_None)
