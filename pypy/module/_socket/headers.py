"""The constants of <sys/socket.h> that CPython's _socket has and
rsocket does not read."""

from rpython.rtyper.tool import rffi_platform
from rpython.translator.tool.cbuild import ExternalCompilationInfo

NAMES = ['SO_DOMAIN', 'SO_PROTOCOL', 'SOCK_NONBLOCK', 'MSG_NOSIGNAL']


class CConfig:
    _compilation_info_ = ExternalCompilationInfo(
        includes=['sys/socket.h'])


for _name in NAMES:
    setattr(CConfig, _name, rffi_platform.ConstantInteger(_name))

_values = rffi_platform.configure(CConfig)
SO_DOMAIN = _values['SO_DOMAIN']
SO_PROTOCOL = _values['SO_PROTOCOL']
EXTRA_CONSTANTS = [(name, _values[name]) for name in NAMES]
