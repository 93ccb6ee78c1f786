"""Interp-level tests of _signal: handlers as signal()/getsignal() keep
them (untranslated, the process's own handlers are not changed)."""

import pytest
from rpython.rlib import rsignal
from pypy.interpreter.arguments import Arguments
from pypy.interpreter.error import OperationError
from pypy.module.signal import moduledef as sig
from pypy.module.signal.interp_signal import signal_handlers
from pypy.objspace.objspace import ObjSpace

space = ObjSpace()


def call(func, *args_w):
    return func(space, Arguments(list(args_w)))


def test_defaults():
    w_int_handler = call(sig.signal_getsignal, space.newint(rsignal.SIGINT))
    assert w_int_handler is space.builtin_modules['_signal'].w_dict. \
        getitem_str(space, 'default_int_handler')
    assert space.int_w(call(sig.signal_getsignal,
                            space.newint(rsignal.SIGTERM))) == \
        rsignal.SIG_DFL


def test_set_and_restore():
    w_handler = space.builtin_modules['_signal'].w_dict.getitem_str(
        space, 'getsignal')
    w_old = call(sig.signal_signal, space.newint(rsignal.SIGUSR2), w_handler)
    assert space.int_w(w_old) == rsignal.SIG_DFL
    assert call(sig.signal_getsignal,
                space.newint(rsignal.SIGUSR2)) is w_handler
    call(sig.signal_signal, space.newint(rsignal.SIGUSR2),
         space.newint(rsignal.SIG_DFL))
    del signal_handlers.w_handlers[rsignal.SIGUSR2]


def test_errors():
    with pytest.raises(OperationError) as e:
        call(sig.signal_signal, space.newint(rsignal.SIGUSR2),
             space.newint(7))
    assert e.value.match(space, space.w_TypeError)
    with pytest.raises(OperationError) as e:
        call(sig.signal_getsignal, space.newint(0))
    assert e.value.match(space, space.w_ValueError)
    with pytest.raises(OperationError) as e:
        call(sig.signal_signal, space.newint(rsignal.SIGKILL),
             space.newint(rsignal.SIG_IGN))
    assert e.value.match(space, space.w_OSError)
