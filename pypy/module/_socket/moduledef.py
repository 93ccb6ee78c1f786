"""The _socket module on rpython's rsocket: what CPython 3.11's socket.py
needs (the socket type, socketpair, name lookups, address and byte-order
conversions, the constants of the C headers), so that socket, and what
imports it (email.utils, asyncio's pieces, http), import and run over
TCP, UDP and Unix sockets.  Not there: sendmsg/recvmsg, if_nameindex,
getnameinfo, gethostbyaddr, getservbyname, inet_pton/ntop, CAPI."""

from rpython.rlib import rsocket
from pypy.interpreter.function import BuiltinFunction
from pypy.module._socket.functions import FUNCTIONS
from pypy.module._socket.headers import EXTRA_CONSTANTS
from pypy.module._socket.interp_socket import SOCKET_GETSET, \
    SOCKET_METHODS, new_socket
from pypy.objspace.excobject import new_exception
from pypy.objspace.typeobject import TypeDef

# rsocket's constants that are not names of CPython's _socket: select's
# poll bits, an fd_set size, ioctl numbers, Bluetooth (CPython built
# without it) and the has_ipv6 flag (given as a bool)
NOT_SOCKET_CONSTANTS = ['FD_SETSIZE', 'SIOCGIFINDEX', 'SIOCGIFNAME',
                        'AF_BLUETOOTH', 'BDADDR_ANY', 'BDADDR_LOCAL',
                        'has_ipv6']


def socket_constants():
    """[(name, value)] of the constants the module exports."""
    result = []
    for name, value in rsocket.constants.items():
        if (value is None or name in NOT_SOCKET_CONSTANTS or
                name.startswith('POLL')):
            continue
        result.append((name, value))
    result.extend(EXTRA_CONSTANTS)
    return result


CONSTANTS = socket_constants()


def make_module(space):
    w_mod = space.newmodule('_socket')
    setitem = w_mod.w_dict.setitem_str
    w_socket = space.make_builtin_type('w_socket_socket', TypeDef(
        'socket', methods=SOCKET_METHODS, getset=SOCKET_GETSET,
        new=new_socket), [space.w_object])
    w_socket.set_module_name(space, '_socket')
    setitem(space, 'socket', w_socket)
    setitem(space, 'SocketType', w_socket)
    for attrname, name in [('w_socket_gaierror', 'gaierror'),
                           ('w_socket_herror', 'herror')]:
        w_type = space.make_builtin_type(attrname, TypeDef(
            name, new=new_exception), [space.w_OSError])
        w_type.set_module_name(space, 'socket')
        setitem(space, name, w_type)
    setitem(space, 'error', space.w_OSError)
    setitem(space, 'timeout', space.w_TimeoutError)
    for name, func in FUNCTIONS:
        setitem(space, name, BuiltinFunction(name, func))
    for name, value in CONSTANTS:
        setitem(space, name, space.newint(value))
    setitem(space, 'has_ipv6', space.newbool(bool(rsocket.constants.get(
        'has_ipv6'))))
    return w_mod
