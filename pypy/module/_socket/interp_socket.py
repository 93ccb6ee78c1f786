"""_socket.socket: a W_Socket holds an rsocket.RSocket; its methods are
those CPython 3.11's socket.py calls on _socket.socket (socket.socket is a
Python subclass: W_SocketUser).  A socket made by the type's constructor
is unopened (fd -1) until __init__ opens it or adopts a descriptor
(fileno=), as CPython's sock_new and sock_initobj."""

import errno
from rpython.rlib import rsocket
from pypy.interpreter.arguments import Arguments, argument, check_args, \
    check_keywords
from pypy.module._socket.addresses import address_object, address_of
from pypy.module._socket.errors import socket_error
from pypy.module.posix.oserror import oserror
from pypy.objspace.bytesobject import bytes_like_required
from pypy.objspace.memoryviewobject import W_MemoryView, buffer_data
from pypy.objspace.root import W_Root
from pypy.objspace.usersubclass import make_user_class
from pypy.module._socket.headers import SO_DOMAIN, SO_PROTOCOL

# socket.listen()'s backlog by default, as CPython's
DEFAULT_BACKLOG = min(rsocket.SOMAXCONN, 128)


class W_Socket(W_Root):
    _attrs_ = ['sock']

    def __init__(self):
        self.sock = rsocket.RSocket.empty_rsocket()

    def getclass(self, space):
        return space.w_socket_socket

    def repr(self, space):
        sock = self.sock
        return space.newtext_utf8(
            '<socket object, fd=%d, family=%d, type=%d, proto=%d>' % (
                sock.fd, sock.family, sock.type, sock.proto))


# an instance of a Python subclass (socket.socket)
W_SocketUser = make_user_class(W_Socket)


def new_socket(space, w_type, args):
    """_socket.socket(...) makes an open socket; a subclass's instance is
    opened by the __init__ its class calls."""
    if w_type is space.w_socket_socket:
        w_sock = W_Socket()
        open_socket(space, w_sock, args)
        return w_sock
    return W_SocketUser().init_user(w_type)


def socket_self(space, args, fname, min_args, max_args):
    check_args(space, args, fname, min_args + 1, max_args + 1)
    w_self = args.arguments_w[0]
    if not isinstance(w_self, W_Socket):
        raise space.error(space.w_TypeError, "descriptor '%s' requires a "
                          "'_socket.socket' object" % fname)
    return w_self


def open_sock(space, args, fname, min_args, max_args):
    """The RSocket of a method that needs an open socket: a closed one
    raises CPython's OSError (EBADF)."""
    sock = socket_self(space, args, fname, min_args, max_args).sock
    if sock.fd == rsocket.INVALID_SOCKET:
        raise oserror(space, errno.EBADF)
    return sock


def int_argument(space, args, position, name, default):
    w_value = argument(args, position, name)
    if w_value is None:
        return default
    return space.int_w(w_value)


def ask_descriptor(sock):
    """The family, type and protocol left out (-1) when a socket adopts a
    descriptor, as the descriptor tells them."""
    if sock.family == -1:
        sock.family = sock.getsockopt_int(rsocket.SOL_SOCKET, SO_DOMAIN)
    if sock.type == -1:
        sock.type = sock.getsockopt_int(rsocket.SOL_SOCKET, rsocket.SO_TYPE)
    if sock.proto == -1:
        sock.proto = sock.getsockopt_int(rsocket.SOL_SOCKET, SO_PROTOCOL)


def open_socket(space, w_self, args):
    """socket(family=-1, type=-1, proto=-1, fileno=None)."""
    check_keywords(space, args, 'socket',
                   ['family', 'type', 'proto', 'fileno'])
    check_args(space, Arguments(args.arguments_w), 'socket', 0, 4)
    family = int_argument(space, args, 0, 'family', -1)
    type = int_argument(space, args, 1, 'type', -1)
    proto = int_argument(space, args, 2, 'proto', -1)
    w_fileno = argument(args, 3, 'fileno')
    try:
        if w_fileno is None or space.is_none(w_fileno):
            if family == -1:
                family = rsocket.AF_INET
            if type == -1:
                type = rsocket.SOCK_STREAM
            if proto == -1:
                proto = 0
            sock = rsocket.RSocket(family, type, proto, inheritable=False)
        else:
            fd = space.int_w(w_fileno)
            if fd < 0:
                raise space.error(space.w_ValueError,
                                  "negative file descriptor")
            sock = rsocket.make_socket(fd, family, type, proto)
            try:
                ask_descriptor(sock)
            except rsocket.SocketError:
                sock.detach()       # (the descriptor is still the caller's)
                raise
        timeout = rsocket.getdefaulttimeout()
        if timeout >= 0.0:
            sock.settimeout(timeout)
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    w_self.sock = sock


def socket_init(space, args):
    if not args.arguments_w or not isinstance(args.arguments_w[0],
                                              W_Socket):
        raise space.error(space.w_TypeError, "descriptor '__init__' "
                          "requires a '_socket.socket' object")
    w_self = args.arguments_w[0]
    assert isinstance(w_self, W_Socket)
    open_socket(space, w_self, Arguments(args.arguments_w[1:],
                                         args.keyword_names,
                                         args.keyword_values_w))
    return space.w_None


def socket_fileno(space, args):
    return space.newint(socket_self(space, args, 'fileno', 0, 0).sock.fd)


def socket_close(space, args):
    sock = socket_self(space, args, 'close', 0, 0).sock
    try:
        sock.close()
    except rsocket.CSocketError as e:
        # as CPython: a connection reset by the peer still closed it
        if e.errno != errno.ECONNRESET:
            raise socket_error(space, e)
    return space.w_None


def socket_detach(space, args):
    sock = socket_self(space, args, 'detach', 0, 0).sock
    return space.newint(sock.detach())


def socket_bind(space, args):
    sock = open_sock(space, args, 'bind', 1, 1)
    try:
        sock.bind(address_of(space, sock.family, args.arguments_w[1]))
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    return space.w_None


def socket_listen(space, args):
    sock = open_sock(space, args, 'listen', 0, 1)
    backlog = DEFAULT_BACKLOG
    if len(args.arguments_w) > 1:
        backlog = max(space.int_w(args.arguments_w[1]), 0)
    try:
        sock.listen(backlog)
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    return space.w_None


def socket_accept(space, args):
    """_accept() -> (fd, address) of a new connection, the descriptor
    not inheritable (socket.py's accept wraps it)."""
    sock = open_sock(space, args, '_accept', 0, 0)
    try:
        fd, addr = sock.accept(inheritable=False)
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    return space.newtuple([space.newint(fd), address_object(space, addr)])


def socket_connect(space, args):
    sock = open_sock(space, args, 'connect', 1, 1)
    try:
        sock.connect(address_of(space, sock.family, args.arguments_w[1]))
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    return space.w_None


def socket_connect_ex(space, args):
    sock = open_sock(space, args, 'connect_ex', 1, 1)
    try:
        return space.newint(sock.connect_ex(address_of(
            space, sock.family, args.arguments_w[1])))
    except rsocket.SocketError as e:
        raise socket_error(space, e)


def data_argument(space, w_data):
    """The bytes of a bytes-like object (bytes, bytearray, array,
    memoryview)."""
    data = buffer_data(space, w_data)
    if data is None:
        raise bytes_like_required(space, w_data)
    return data


def flags_argument(space, args, position):
    if len(args.arguments_w) > position:
        return space.int_w(args.arguments_w[position])
    return 0


def socket_send(space, args):
    sock = open_sock(space, args, 'send', 1, 2)
    data = data_argument(space, args.arguments_w[1])
    try:
        return space.newint(sock.send(data, flags_argument(space, args, 2)))
    except rsocket.SocketError as e:
        raise socket_error(space, e)


def socket_sendall(space, args):
    sock = open_sock(space, args, 'sendall', 1, 2)
    data = data_argument(space, args.arguments_w[1])
    try:
        sock.sendall(data, flags_argument(space, args, 2))
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    return space.w_None


def socket_sendto(space, args):
    """sendto(data[, flags], address)."""
    sock = open_sock(space, args, 'sendto', 2, 3)
    data = data_argument(space, args.arguments_w[1])
    flags = 0
    if len(args.arguments_w) == 4:
        flags = space.int_w(args.arguments_w[2])
    try:
        addr = address_of(space, sock.family, args.arguments_w[-1])
        return space.newint(sock.sendto(data, len(data), flags, addr))
    except rsocket.SocketError as e:
        raise socket_error(space, e)


def buffer_size(space, w_size, fname):
    size = space.int_w(w_size)
    if size < 0:
        raise space.error(space.w_ValueError,
                          "negative buffersize in %s" % fname)
    return size


def socket_recv(space, args):
    sock = open_sock(space, args, 'recv', 1, 2)
    size = buffer_size(space, args.arguments_w[1], 'recv')
    try:
        return space.newbytes(sock.recv(size, flags_argument(space, args,
                                                             2)))
    except rsocket.SocketError as e:
        raise socket_error(space, e)


def socket_recvfrom(space, args):
    sock = open_sock(space, args, 'recvfrom', 1, 2)
    size = buffer_size(space, args.arguments_w[1], 'recvfrom')
    try:
        data, addr = sock.recvfrom(size, flags_argument(space, args, 2))
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    w_addr = space.w_None
    if addr is not None:
        w_addr = address_object(space, addr)
    return space.newtuple([space.newbytes(data), w_addr])


def socket_recv_into(space, args):
    """recv_into(buffer[, nbytes[, flags]]) into a bytearray or
    array.array (or a memoryview of one)."""
    sock = open_sock(space, args, 'recv_into', 1, 3)
    w_buffer = args.arguments_w[1]
    if isinstance(w_buffer, W_MemoryView):
        w_buffer = w_buffer.w_obj
    chars = w_buffer.writable_chars()
    if chars is None:
        raise space.error(space.w_TypeError, "recv_into() argument 'buffer' "
                          "must be read-write bytes-like object, not %s" %
                          space.type_name(space.type(w_buffer)))
    nbytes = len(chars)
    if len(args.arguments_w) > 2:
        nbytes = buffer_size(space, args.arguments_w[2], 'recv_into')
        if nbytes > len(chars):
            raise space.error(space.w_ValueError,
                              "buffer too small for requested bytes")
        if nbytes == 0:
            nbytes = len(chars)
    try:
        data = sock.recv(nbytes, flags_argument(space, args, 3))
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    for i in range(len(data)):
        chars[i] = data[i]
    return space.newint(len(data))


def socket_shutdown(space, args):
    sock = open_sock(space, args, 'shutdown', 1, 1)
    try:
        sock.shutdown(space.int_w(args.arguments_w[1]))
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    return space.w_None


def socket_getsockname(space, args):
    sock = open_sock(space, args, 'getsockname', 0, 0)
    try:
        return address_object(space, sock.getsockname())
    except rsocket.SocketError as e:
        raise socket_error(space, e)


def socket_getpeername(space, args):
    sock = open_sock(space, args, 'getpeername', 0, 0)
    try:
        return address_object(space, sock.getpeername())
    except rsocket.SocketError as e:
        raise socket_error(space, e)


def socket_setsockopt(space, args):
    """setsockopt(level, option, value): an int or a bytes-like value."""
    sock = open_sock(space, args, 'setsockopt', 3, 3)
    level = space.int_w(args.arguments_w[1])
    option = space.int_w(args.arguments_w[2])
    w_value = args.arguments_w[3]
    try:
        if space.isinstance_w(w_value, space.w_int):
            sock.setsockopt_int(level, option, space.int_w(w_value))
        else:
            sock.setsockopt(level, option, data_argument(space, w_value))
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    return space.w_None


def socket_getsockopt(space, args):
    """getsockopt(level, option[, buflen]): an int, or buflen bytes."""
    sock = open_sock(space, args, 'getsockopt', 2, 3)
    level = space.int_w(args.arguments_w[1])
    option = space.int_w(args.arguments_w[2])
    try:
        if len(args.arguments_w) == 3:
            return space.newint(sock.getsockopt_int(level, option))
        buflen = space.int_w(args.arguments_w[3])
        if not 0 < buflen <= 1024:
            raise space.error(space.w_OSError,
                              "getsockopt buflen out of range")
        return space.newbytes(sock.getsockopt(level, option, buflen))
    except rsocket.SocketError as e:
        raise socket_error(space, e)


def timeout_seconds(space, w_timeout):
    """A timeout in seconds, -1.0 for None (blocking)."""
    if space.is_none(w_timeout):
        return -1.0
    if space.isinstance_w(w_timeout, space.w_float):
        timeout = space.float_w(w_timeout)
    else:
        timeout = float(space.getindex_w(w_timeout))
    if timeout < 0.0:
        raise space.error(space.w_ValueError, "Timeout value out of range")
    return timeout


def timeout_object(space, timeout):
    if timeout < 0.0:
        return space.w_None
    return space.newfloat(timeout)


def socket_settimeout(space, args):
    sock = open_sock(space, args, 'settimeout', 1, 1)
    try:
        sock.settimeout(timeout_seconds(space, args.arguments_w[1]))
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    return space.w_None


def socket_gettimeout(space, args):
    return timeout_object(space, socket_self(space, args, 'gettimeout', 0,
                                             0).sock.gettimeout())


def socket_setblocking(space, args):
    sock = open_sock(space, args, 'setblocking', 1, 1)
    try:
        sock.setblocking(space.is_true(args.arguments_w[1]))
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    return space.w_None


def socket_getblocking(space, args):
    sock = socket_self(space, args, 'getblocking', 0, 0).sock
    return space.newbool(sock.gettimeout() != 0.0)


def as_socket(w_obj):
    assert isinstance(w_obj, W_Socket)
    return w_obj.sock


def get_family(space, w_obj):
    return space.newint(as_socket(w_obj).family)


def get_type(space, w_obj):
    return space.newint(as_socket(w_obj).type)


def get_proto(space, w_obj):
    return space.newint(as_socket(w_obj).proto)


def get_timeout(space, w_obj):
    return timeout_object(space, as_socket(w_obj).gettimeout())


SOCKET_METHODS = {'__init__': socket_init, 'fileno': socket_fileno,
                  'close': socket_close, 'detach': socket_detach,
                  'bind': socket_bind, 'listen': socket_listen,
                  '_accept': socket_accept, 'connect': socket_connect,
                  'connect_ex': socket_connect_ex, 'send': socket_send,
                  'sendall': socket_sendall, 'sendto': socket_sendto,
                  'recv': socket_recv, 'recvfrom': socket_recvfrom,
                  'recv_into': socket_recv_into,
                  'shutdown': socket_shutdown,
                  'getsockname': socket_getsockname,
                  'getpeername': socket_getpeername,
                  'setsockopt': socket_setsockopt,
                  'getsockopt': socket_getsockopt,
                  'settimeout': socket_settimeout,
                  'gettimeout': socket_gettimeout,
                  'setblocking': socket_setblocking,
                  'getblocking': socket_getblocking}

SOCKET_GETSET = {'family': get_family, 'type': get_type,
                 'proto': get_proto, 'timeout': get_timeout}
