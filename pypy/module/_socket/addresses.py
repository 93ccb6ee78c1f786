"""Socket addresses between rsocket's Address objects and CPython's
Python forms: (host, port) for AF_INET, (host, port, flowinfo, scope_id)
for AF_INET6, a path (str, or bytes for Linux's abstract namespace) for
AF_UNIX."""

from rpython.rlib import rsocket
from rpython.rtyper.lltypesystem import rffi
from rpython.rlib.rarithmetic import intmask
from pypy.objspace.bytearrayobject import bytes_like


def address_object(space, addr):
    """The Python form of addr (None for an address of another family)."""
    if isinstance(addr, rsocket.INETAddress):
        return space.newtuple([space.newtext_utf8(addr.get_host()),
                               space.newint(addr.get_port())])
    if isinstance(addr, rsocket.INET6Address):
        return space.newtuple([space.newtext_utf8(addr.get_host()),
                               space.newint(addr.get_port()),
                               space.newint(intmask(addr.get_flowinfo())),
                               space.newint(intmask(addr.get_scope_id()))])
    if isinstance(addr, rsocket.UNIXAddress):
        path = addr.get_path()
        if path and path[0] == '\x00':
            return space.newbytes(path)
        return space.newtext_utf8(path)
    return space.w_None


def host_text(space, w_host):
    """A host name given as str or bytes."""
    if space.isinstance_w(w_host, space.w_str):
        return space.text_utf8(w_host)
    host = bytes_like(w_host)
    if host is not None:
        return host
    raise space.error(space.w_TypeError, "str, bytes or bytearray expected, "
                      "not %s" % space.type_name(space.type(w_host)))


def port_number(space, w_port):
    port = space.int_w(w_port)
    if not 0 <= port <= 0xffff:
        raise space.error(space.w_OverflowError,
                          "bind(): port must be 0-65535.")
    return port


def ip_pair(space, w_addr, family_name, min_items, max_items):
    """The items of an address tuple, with CPython's error for another
    object."""
    if not space.isinstance_w(w_addr, space.w_tuple):
        raise space.error(space.w_TypeError, "%s address must be tuple, "
                          "not %s" % (family_name, space.type_name(
                              space.type(w_addr))))
    items_w = space.unpackiterable(w_addr)
    if not min_items <= len(items_w) <= max_items:
        raise space.error(space.w_TypeError, "%s address must be a tuple "
                          "of %d to %d items" % (family_name, min_items,
                                                 max_items))
    return items_w


def address_of(space, family, w_addr):
    """The rsocket Address of the Python form w_addr for a socket of
    family."""
    if family == rsocket.AF_INET:
        items_w = ip_pair(space, w_addr, 'AF_INET', 2, 2)
        return rsocket.INETAddress(host_text(space, items_w[0]),
                                   port_number(space, items_w[1]))
    if family == rsocket.AF_INET6:
        items_w = ip_pair(space, w_addr, 'AF_INET6', 2, 4)
        flowinfo = 0
        scope_id = 0
        if len(items_w) > 2:
            flowinfo = space.int_w(items_w[2])
        if len(items_w) > 3:
            scope_id = space.int_w(items_w[3])
        # (rsocket's htonl takes C unsigned ints: inet_aton's too)
        return rsocket.INET6Address(host_text(space, items_w[0]),
                                    port_number(space, items_w[1]),
                                    rffi.cast(rffi.UINT, flowinfo), scope_id)
    if family == rsocket.AF_UNIX:
        if space.isinstance_w(w_addr, space.w_str):
            return rsocket.UNIXAddress(space.text_utf8(w_addr))
        path = bytes_like(w_addr)
        if path is not None:
            return rsocket.UNIXAddress(path)
        raise space.error(space.w_TypeError, "a bytes-like object is "
                          "required, not '%s'" % space.type_name(
                              space.type(w_addr)))
    raise space.error(space.w_OSError, "getsockaddrarg: bad family %d"
                      % family)
