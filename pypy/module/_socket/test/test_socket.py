"""Interp-level tests of _socket: a socketpair and a TCP connection on
127.0.0.1 carrying bytes, a Python subclass opened by its __init__,
timeouts, name lookups and conversions, and CPython's errors."""

from pypy.interpreter.test.support import app_repr, grow_host_c_stack
from pypy.objspace.objspace import ObjSpace

space = ObjSpace()
grow_host_c_stack()


def run(body):
    return app_repr(space, body, "import _socket")


def test_socketpair_round_trip():
    assert run("a, b = _socket.socketpair()\n"
               "a.sendall(b'ping')\n"
               "got = b.recv(10)\n"
               "buf = bytearray(4)\n"
               "b.send(b'pong')\n"
               "n = a.recv_into(buf)\n"
               "r = (got, n, bytes(buf), a.family == _socket.AF_UNIX,\n"
               "     a.type == _socket.SOCK_STREAM, a.getsockname())\n"
               "a.close()\n"
               "b.close()\n"
               "return r, a.fileno()") == \
        "((b'ping', 4, b'pong', True, True, ''), -1)"


def test_tcp_loopback_echo():
    assert run("srv = _socket.socket(_socket.AF_INET, _socket.SOCK_STREAM)\n"
               "srv.setsockopt(_socket.SOL_SOCKET, _socket.SO_REUSEADDR, 1)\n"
               "srv.bind(('127.0.0.1', 0))\n"
               "srv.listen()\n"
               "host, port = srv.getsockname()\n"
               "cli = _socket.socket()\n"
               "cli.connect(('127.0.0.1', port))\n"
               "fd, addr = srv._accept()\n"
               "conn = _socket.socket(fileno=fd)\n"
               "cli.sendall(b'hello')\n"
               "conn.sendall(conn.recv(100))\n"
               "echoed = cli.recv(100)\n"
               "r = (host, echoed, addr == cli.getsockname(),\n"
               "     cli.getpeername() == ('127.0.0.1', port),\n"
               "     conn.family == _socket.AF_INET,\n"
               "     conn.type == _socket.SOCK_STREAM,\n"
               "     srv.getsockopt(_socket.SOL_SOCKET,\n"
               "                    _socket.SO_REUSEADDR) != 0)\n"
               "for s in (conn, cli, srv):\n"
               "    s.close()\n"
               "return r") == "('127.0.0.1', b'hello', True, True, True, " \
        "True, True)"


def test_a_subclass_is_opened_by_init():
    assert run("class S(_socket.socket):\n"
               "    __slots__ = ['_closed']\n"
               "    def __init__(self, family=-1):\n"
               "        _socket.socket.__init__(self, family)\n"
               "        self._closed = False\n"
               "s = S(_socket.AF_INET)\n"
               "r = (type(s).__name__, s.fileno() >= 0, s._closed,\n"
               "     s.family == _socket.AF_INET)\n"
               "s.close()\n"
               "return r") == "('S', True, False, True)"


def test_timeouts():
    assert run("a, b = _socket.socketpair()\n"
               "r = [a.gettimeout(), a.getblocking()]\n"
               "a.settimeout(0.01)\n"
               "r.append(a.timeout)\n"
               "try:\n"
               "    a.recv(1)\n"
               "except _socket.timeout as e:\n"
               "    r.append(str(e))\n"
               "a.setblocking(False)\n"
               "r.append(a.gettimeout())\n"
               "try:\n"
               "    a.recv(1)\n"
               "except BlockingIOError:\n"
               "    r.append('would block')\n"
               "try:\n"
               "    a.settimeout(-1)\n"
               "except ValueError as e:\n"
               "    r.append(str(e))\n"
               "a.close()\n"
               "b.close()\n"
               "return r") == "[None, True, 0.01, 'timed out', 0.0, " \
        "'would block', 'Timeout value out of range']"


def test_lookups_and_conversions():
    assert run("return (_socket.gethostbyname('127.0.0.1'),\n"
               "        _socket.getaddrinfo('127.0.0.1', 80,\n"
               "            _socket.AF_INET, _socket.SOCK_STREAM),\n"
               "        _socket.inet_aton('1.2.3.4'),\n"
               "        _socket.inet_ntoa(b'\\x7f\\x00\\x00\\x01'),\n"
               "        _socket.htons(1), _socket.ntohs(256),\n"
               "        _socket.htonl(1), _socket.ntohl(16777216),\n"
               "        type(_socket.gethostname()).__name__)") == (
        "('127.0.0.1', [(2, 1, 6, '', ('127.0.0.1', 80))], "
        "b'\\x01\\x02\\x03\\x04', '127.0.0.1', 256, 1, 16777216, 1, 'str')")


def test_errors():
    assert run("r = []\n"
               "for f, a in [(_socket.htons, -1), (_socket.htonl, 2**32),\n"
               "             (_socket.inet_aton, 'x'),\n"
               "             (_socket.inet_ntoa, b'12')]:\n"
               "    try:\n"
               "        f(a)\n"
               "    except (OverflowError, OSError) as e:\n"
               "        r.append((type(e).__name__, str(e)))\n"
               "s = _socket.socket()\n"
               "s.bind(('127.0.0.1', 0))\n"
               "port = s.getsockname()[1]\n"
               "s.close()\n"
               "c = _socket.socket()\n"
               "try:\n"
               "    c.connect(('127.0.0.1', port))\n"
               "except ConnectionRefusedError as e:\n"
               "    r.append(e.errno == 111)\n"
               "c.close()\n"
               "return r, issubclass(_socket.gaierror, OSError),\\\n"
               "    _socket.error is OSError") == (
        "([('OverflowError', \"htons: can't convert negative Python int "
        "to C 16-bit unsigned integer\"), ('OverflowError', "
        "'int larger than 32 bits'), ('OSError', 'illegal IP address "
        "string passed to inet_aton'), ('OSError', 'packed IP wrong "
        "length for inet_ntoa'), True], True, True)")


def test_a_closed_socket_raises_ebadf():
    assert run("s = _socket.socket()\n"
               "s.close()\n"
               "r = [s.fileno()]\n"
               "for call in [s.getsockname, lambda: s.send(b'x'),\n"
               "             lambda: s.bind(('127.0.0.1', 0))]:\n"
               "    try:\n"
               "        call()\n"
               "    except OSError as e:\n"
               "        r.append(e.errno == 9)\n"
               "s.close()\n"
               "return r") == "[-1, True, True, True]"


def test_adopting_a_descriptor_that_is_no_socket_leaves_it_open():
    assert run("import os\n"
               "r, w = os.pipe()\n"
               "try:\n"
               "    _socket.socket(fileno=r)\n"
               "except OSError as e:\n"
               "    error = e.errno\n"
               "os.write(w, b'x')\n"
               "data = os.read(r, 1)\n"
               "os.close(r)\n"
               "os.close(w)\n"
               "return error, data") == "(88, b'x')"
