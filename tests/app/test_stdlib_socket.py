"""socket (CPython 3.11's socket.py over the RPython _socket) and what
imports it (email.utils): socketpair and TCP on 127.0.0.1 carrying bytes,
UDP datagrams, timeouts and non-blocking sockets, name lookups of numeric
and local hosts, address and byte-order conversions; CPython gives the
expected results."""

import email.utils
import socket


def test_constants_are_enums():
    assert socket.AF_INET == 2 and isinstance(socket.AF_INET,
                                              socket.AddressFamily)
    assert socket.SOCK_STREAM == 1 and isinstance(socket.SOCK_STREAM,
                                                  socket.SocketKind)
    assert socket.error is OSError and socket.timeout is TimeoutError
    assert issubclass(socket.gaierror, OSError)
    assert issubclass(socket.herror, OSError)
    assert socket.has_ipv6 in (True, False)


def test_socketpair_round_trip():
    a, b = socket.socketpair()
    with a, b:
        assert a.family == socket.AF_UNIX and a.type == socket.SOCK_STREAM
        a.sendall(b"ping")
        assert b.recv(16) == b"ping"
        a.sendall(memoryview(b"view"))
        assert b.recv(16) == b"view"
        buf = bytearray(8)
        b.send(b"pong")
        assert a.recv_into(buf) == 4 and bytes(buf[:4]) == b"pong"
        b.shutdown(socket.SHUT_WR)
        assert a.recv(16) == b""
    assert a.fileno() == -1 and a._closed


def test_tcp_echo_on_loopback():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        assert server.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR)
        server.bind(("127.0.0.1", 0))
        server.listen()
        host, port = server.getsockname()
        assert host == "127.0.0.1" and port > 0
        client = socket.create_connection((host, port), timeout=5)
        conn, addr = server.accept()
        with client, conn:
            assert addr == client.getsockname()
            assert client.getpeername() == (host, port)
            assert client.gettimeout() == 5.0
            payload = bytes(range(256)) * 64
            client.sendall(payload)
            received = b""
            while len(received) < len(payload):
                received += conn.recv(65536)
            conn.sendall(received)
            echoed = b""
            while len(echoed) < len(payload):
                echoed += client.recv(65536)
            assert echoed == payload


def test_connection_refused():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with socket.socket() as c:
        try:
            c.connect(("127.0.0.1", port))
        except ConnectionRefusedError as e:
            assert e.errno == 111
        else:
            raise AssertionError("connected to a closed port")


def test_udp_datagrams():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as receiver, \
            socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
        receiver.bind(("127.0.0.1", 0))
        sender.sendto(b"datagram", receiver.getsockname())
        data, addr = receiver.recvfrom(64)
        # (the sender's address is bound to every interface)
        assert data == b"datagram"
        assert addr == ("127.0.0.1", sender.getsockname()[1])


def test_timeouts_and_non_blocking():
    a, b = socket.socketpair()
    with a, b:
        assert a.gettimeout() is None and a.getblocking()
        a.settimeout(0.01)
        try:
            a.recv(1)
        except socket.timeout as e:
            assert str(e) == "timed out"
        else:
            raise AssertionError("no timeout")
        a.setblocking(False)
        assert a.gettimeout() == 0.0 and not a.getblocking()
        try:
            a.recv(1)
        except BlockingIOError:
            pass
        else:
            raise AssertionError("recv did not refuse to block")
        try:
            a.settimeout(-1)
        except ValueError as e:
            assert str(e) == "Timeout value out of range"


def test_lookups_and_conversions():
    assert socket.gethostbyname("127.0.0.1") == "127.0.0.1"
    assert socket.gethostbyname("localhost") == "127.0.0.1"
    infos = socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET,
                               socket.SOCK_STREAM)
    assert infos == [(socket.AF_INET, socket.SOCK_STREAM, 6, "",
                      ("127.0.0.1", 80))]
    assert isinstance(socket.gethostname(), str)
    assert socket.inet_aton("1.2.3.4") == b"\x01\x02\x03\x04"
    assert socket.inet_ntoa(b"\x7f\x00\x00\x01") == "127.0.0.1"
    assert socket.htons(1) == 256 and socket.ntohs(256) == 1
    assert socket.htonl(1) == 16777216 and socket.ntohl(16777216) == 1
    for call, error, message in [
            (lambda: socket.htons(-1), OverflowError,
             "htons: can't convert negative Python int to C 16-bit "
             "unsigned integer"),
            (lambda: socket.htonl(2 ** 32), OverflowError,
             "int larger than 32 bits"),
            (lambda: socket.inet_aton("x"), OSError,
             "illegal IP address string passed to inet_aton")]:
        try:
            call()
        except error as e:
            assert str(e) == message
        else:
            raise AssertionError("no error")


def test_email_utils():
    assert email.utils.formatdate(0, usegmt=True) == \
        "Thu, 01 Jan 1970 00:00:00 GMT"
    assert email.utils.parseaddr("Ann <ann@example.org>") == \
        ("Ann", "ann@example.org")
    assert email.utils.make_msgid(domain="example.org").endswith(
        "@example.org>")
