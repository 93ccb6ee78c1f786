"""The functions of _socket: socketpair, the name lookups (gethostname,
gethostbyname, getaddrinfo), address conversions (inet_aton/ntoa), byte
order (htons...), dup and the default timeout."""

from rpython.rlib import rsocket
from rpython.rlib.rarithmetic import intmask
from rpython.rtyper.lltypesystem import rffi
from pypy.interpreter.arguments import Arguments, argument, check_args, \
    check_keywords
from pypy.module._socket.addresses import address_object, host_text
from pypy.module._socket.errors import socket_error
from pypy.module._socket.interp_socket import W_Socket, int_argument, \
    timeout_object, timeout_seconds
from pypy.objspace.bytearrayobject import bytes_like
from pypy.objspace.bytesobject import bytes_like_required


def wrapped_socket(sock):
    w_sock = W_Socket()
    w_sock.sock = sock
    return w_sock


def socket_socketpair(space, args):
    """socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0)."""
    check_args(space, args, 'socketpair', 0, 3)
    family = int_argument(space, args, 0, 'family', rsocket.AF_UNIX)
    type = int_argument(space, args, 1, 'type', rsocket.SOCK_STREAM)
    proto = int_argument(space, args, 2, 'proto', 0)
    try:
        sock0, sock1 = rsocket.socketpair(family, type, proto,
                                          inheritable=False)
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    return space.newtuple([wrapped_socket(sock0), wrapped_socket(sock1)])


def socket_gethostname(space, args):
    check_args(space, args, 'gethostname', 0, 0)
    try:
        return space.newtext_utf8(rsocket.gethostname())
    except rsocket.SocketError as e:
        raise socket_error(space, e)


def socket_gethostbyname(space, args):
    check_args(space, args, 'gethostbyname', 1, 1)
    host = host_text(space, args.arguments_w[0])
    try:
        return space.newtext_utf8(rsocket.gethostbyname(host).get_host())
    except rsocket.SocketError as e:
        raise socket_error(space, e)


def optional_text(space, w_obj, what):
    """None, or a str/bytes argument as a string; an int port as its
    digits."""
    if w_obj is None or space.is_none(w_obj):
        return None
    if space.isinstance_w(w_obj, space.w_int):
        return str(space.int_w(w_obj))
    if space.isinstance_w(w_obj, space.w_str):
        return space.text_utf8(w_obj)
    data = bytes_like(w_obj)
    if data is None:
        raise space.error(space.w_OSError, "%s must be None, int, str or "
                          "bytes" % what)
    return data


def socket_getaddrinfo(space, args):
    """getaddrinfo(host, port, family=0, type=0, proto=0, flags=0) ->
    [(family, type, proto, canonname, sockaddr)]."""
    fname = 'getaddrinfo'
    check_keywords(space, args, fname, ['host', 'port', 'family', 'type',
                                        'proto', 'flags'])
    check_args(space, Arguments(args.arguments_w), fname, 0, 6)
    w_host = argument(args, 0, 'host')
    w_port = argument(args, 1, 'port')
    if w_host is None or w_port is None:
        raise space.error(space.w_TypeError, "getaddrinfo() missing "
                          "required argument 'host' or 'port'")
    host = None
    if not space.is_none(w_host):
        host = host_text(space, w_host)
    port = optional_text(space, w_port, "Int or String expected")
    family = int_argument(space, args, 2, 'family', 0)
    type = int_argument(space, args, 3, 'type', 0)
    proto = int_argument(space, args, 4, 'proto', 0)
    flags = int_argument(space, args, 5, 'flags', 0)
    try:
        infos = rsocket.getaddrinfo(host, port, family, type, proto, flags)
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    return space.newlist([space.newtuple([
        space.newint(info_family), space.newint(info_type),
        space.newint(info_proto), space.newtext_utf8(canonname),
        address_object(space, addr)])
        for info_family, info_type, info_proto, canonname, addr in infos])


def socket_inet_aton(space, args):
    check_args(space, args, 'inet_aton', 1, 1)
    try:
        return space.newbytes(rsocket.inet_aton(space.text_utf8(
            args.arguments_w[0])))
    except rsocket.SocketError as e:
        raise socket_error(space, e)


def socket_inet_ntoa(space, args):
    check_args(space, args, 'inet_ntoa', 1, 1)
    w_packed = args.arguments_w[0]
    packed = bytes_like(w_packed)
    if packed is None:
        raise bytes_like_required(space, w_packed)
    try:
        return space.newtext_utf8(rsocket.inet_ntoa(packed))
    except rsocket.SocketError as e:
        raise socket_error(space, e)


def unsigned_16(space, args, fname):
    check_args(space, args, fname, 1, 1)
    x = space.int_w(args.arguments_w[0])
    if x < 0:
        raise space.error(space.w_OverflowError, "%s: can't convert "
                          "negative Python int to C 16-bit unsigned "
                          "integer" % fname)
    if x > 0xffff:
        raise space.error(space.w_OverflowError, "%s: Python int too large "
                          "to convert to C 16-bit unsigned integer" % fname)
    return x


def unsigned_32(space, args, fname):
    check_args(space, args, fname, 1, 1)
    w_x = args.arguments_w[0]
    if not space.isinstance_w(w_x, space.w_int):
        raise space.error(space.w_TypeError, "expected int, %s found" %
                          space.type_name(space.type(w_x)))
    x = space.int_w(w_x)
    if x < 0:
        raise space.error(space.w_OverflowError,
                          "can't convert negative value to unsigned int")
    if x > 0xffffffff:
        raise space.error(space.w_OverflowError, "int larger than 32 bits")
    return rffi.cast(rffi.UINT, x)     # (as rsocket's own htonl calls)


def socket_htons(space, args):
    return space.newint(rsocket.htons(unsigned_16(space, args, 'htons')))


def socket_ntohs(space, args):
    return space.newint(rsocket.ntohs(unsigned_16(space, args, 'ntohs')))


def socket_htonl(space, args):
    return space.newint(intmask(rsocket.htonl(unsigned_32(space, args,
                                                          'htonl'))))


def socket_ntohl(space, args):
    return space.newint(intmask(rsocket.ntohl(unsigned_32(space, args,
                                                          'ntohl'))))


def socket_dup(space, args):
    """dup(fd) -> a non-inheritable duplicate of the socket descriptor."""
    check_args(space, args, 'dup', 1, 1)
    try:
        return space.newint(rsocket.dup(space.int_w(args.arguments_w[0]),
                                        inheritable=False))
    except rsocket.SocketError as e:
        raise socket_error(space, e)


def socket_close(space, args):
    """close(fd): closes a socket descriptor."""
    check_args(space, args, 'close', 1, 1)
    sock = rsocket.make_socket(space.int_w(args.arguments_w[0]), 0, 0, 0)
    try:
        sock.close()
    except rsocket.SocketError as e:
        raise socket_error(space, e)
    return space.w_None


def socket_getdefaulttimeout(space, args):
    check_args(space, args, 'getdefaulttimeout', 0, 0)
    return timeout_object(space, rsocket.getdefaulttimeout())


def socket_setdefaulttimeout(space, args):
    check_args(space, args, 'setdefaulttimeout', 1, 1)
    rsocket.setdefaulttimeout(timeout_seconds(space, args.arguments_w[0]))
    return space.w_None


FUNCTIONS = [('socketpair', socket_socketpair),
             ('gethostname', socket_gethostname),
             ('gethostbyname', socket_gethostbyname),
             ('getaddrinfo', socket_getaddrinfo),
             ('inet_aton', socket_inet_aton),
             ('inet_ntoa', socket_inet_ntoa),
             ('htons', socket_htons), ('ntohs', socket_ntohs),
             ('htonl', socket_htonl), ('ntohl', socket_ntohl),
             ('dup', socket_dup), ('close', socket_close),
             ('getdefaulttimeout', socket_getdefaulttimeout),
             ('setdefaulttimeout', socket_setdefaulttimeout)]
