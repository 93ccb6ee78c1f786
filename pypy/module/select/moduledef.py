"""The select module: select(), poll() and the POLL* event bits, for
subprocess's communicate() and the selectors module.  select.error is
OSError, as in CPython 3."""

from rpython.rtyper.tool import rffi_platform
from rpython.translator.tool.cbuild import ExternalCompilationInfo
from pypy.interpreter.function import BuiltinFunction
from pypy.module.select.interp_poll import POLL_METHODS, select_poll
from pypy.module.select.interp_select import select_select
from pypy.objspace.typeobject import TypeDef

POLL_CONSTANTS = ['POLLIN', 'POLLPRI', 'POLLOUT', 'POLLERR', 'POLLHUP',
                  'POLLNVAL', 'POLLRDNORM', 'POLLRDBAND', 'POLLWRNORM',
                  'POLLWRBAND', 'POLLMSG', 'POLLRDHUP']


class CConfig:
    # (POLLRDHUP is a GNU extension)
    _compilation_info_ = ExternalCompilationInfo(
        includes=['poll.h'], pre_include_bits=['#define _GNU_SOURCE'])


for _name in POLL_CONSTANTS:
    setattr(CConfig, _name, rffi_platform.DefinedConstantInteger(_name))


def read_events():
    """[(name, bit)] of the names the C header defines."""
    values = rffi_platform.configure(CConfig)
    return [(name, values[name]) for name in POLL_CONSTANTS
            if values[name] is not None]


EVENTS = read_events()


def make_module(space):
    w_mod = space.newmodule('select')
    setitem = w_mod.w_dict.setitem_str
    setitem(space, 'select', BuiltinFunction('select', select_select))
    setitem(space, 'poll', BuiltinFunction('poll', select_poll))
    setitem(space, 'error', space.w_OSError)
    for name, value in EVENTS:
        setitem(space, name, space.newint(value))
    w_poll = space.make_builtin_type('w_select_poll', TypeDef(
        'poll', methods=POLL_METHODS, acceptable_as_base=False),
        [space.w_object])
    w_poll.set_module_name(space, 'select')
    return w_mod
