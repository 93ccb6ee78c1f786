"""The _signal module behind signal: the SIG* numbers, signal(),
getsignal() and default_int_handler.  A Python handler is kept in
interp_signal.signal_handlers and called by handle_pending_signals
between bytecodes, as CPython calls it from its eval loop."""

from rpython.rlib import rsignal
from rpython.rlib.objectmodel import we_are_translated
from pypy.interpreter.arguments import check_args
from pypy.interpreter.function import BuiltinFunction
from pypy.module.signal.interp_signal import signal_handlers, \
    raise_keyboard_interrupt

EINVAL = 22


def signal_default_int_handler(space, args):
    raise_keyboard_interrupt(space)


def signal_number(space, w_signum):
    signum = space.int_w(w_signum)
    if signum < 1 or signum >= rsignal.NSIG:
        raise space.error(space.w_ValueError, "signal number out of range")
    return signum


def current_handler(space, signum):
    w_handler = signal_handlers.w_handlers.get(signum, None)
    if w_handler is not None:
        return w_handler
    if signum == rsignal.SIGINT:
        return space.builtin_modules['_signal'].w_dict.getitem_str(
            space, 'default_int_handler')
    return space.newint(rsignal.SIG_DFL)


def signal_getsignal(space, args):
    check_args(space, args, 'getsignal', 1, 1)
    return current_handler(space, signal_number(space,
                                                args.arguments_w[0]))


def signal_signal(space, args):
    check_args(space, args, 'signal', 2, 2)
    signum = signal_number(space, args.arguments_w[0])
    w_handler = args.arguments_w[1]
    is_callable = w_handler.is_callable(space)
    action = -1
    if not is_callable:
        if space.isinstance_w(w_handler, space.w_int):
            action = space.int_w(w_handler)
        if action != rsignal.SIG_DFL and action != rsignal.SIG_IGN:
            raise space.error(space.w_TypeError,
                              "signal handler must be signal.SIG_IGN, "
                              "signal.SIG_DFL, or a callable object")
    if signum == rsignal.SIGKILL or signum == rsignal.SIGSTOP:
        raise space.raise_exception(space.new_exception_args(
            space.w_OSError, [space.newint(EINVAL),
                              space.newtext_utf8('Invalid argument')]))
    w_old = current_handler(space, signum)
    # untranslated, the host process keeps its own handlers
    if we_are_translated():
        if action == rsignal.SIG_IGN:
            rsignal.pypysig_ignore(signum)
        elif action == rsignal.SIG_DFL:
            rsignal.pypysig_default(signum)
        else:
            rsignal.pypysig_setflag(signum)
    signal_handlers.w_handlers[signum] = w_handler
    return w_old


FUNCTIONS = [('signal', signal_signal),
             ('getsignal', signal_getsignal),
             ('default_int_handler', signal_default_int_handler)]


def make_module(space):
    w_mod = space.newmodule('_signal')
    setitem = w_mod.w_dict.setitem_str
    for name, func in FUNCTIONS:
        setitem(space, name, BuiltinFunction(name, func))
    for name in rsignal.signal_names:
        setitem(space, name, space.newint(getattr(rsignal, name)))
    for name, value in [('SIG_DFL', rsignal.SIG_DFL),
                        ('SIG_IGN', rsignal.SIG_IGN),
                        ('NSIG', rsignal.NSIG)]:
        setitem(space, name, space.newint(value))
    return w_mod
