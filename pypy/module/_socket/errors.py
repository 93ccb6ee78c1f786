"""The app-level exceptions of rsocket's errors, as CPython's _socket
raises them: a failed system call is the OSError (subclass) of its errno,
a timeout TimeoutError('timed out'), a getaddrinfo failure
socket.gaierror(code, message).  (rsocket's HSocketError, of functions
this module does not call, is left out: named here, its class would enter
the annotation with a host attribute never set.)"""

from rpython.rlib import rsocket
from pypy.interpreter.error import OperationError
from pypy.module.posix.oserror import oserror
from pypy.objspace.excobject import new_oserror


def socket_error(space, e):
    """The OperationError of the rsocket.SocketError e."""
    if isinstance(e, rsocket.SocketTimeout):
        return space.error(space.w_TimeoutError, "timed out")
    if isinstance(e, rsocket.CSocketError):
        return oserror(space, e.errno)
    w_msg = space.newtext_utf8(e.get_msg())
    if isinstance(e, rsocket.GAIError):
        return OperationError(new_oserror(space, space.w_socket_gaierror,
                                          [space.newint(e.errno), w_msg]))
    return OperationError(new_oserror(space, space.w_OSError, [w_msg]))
