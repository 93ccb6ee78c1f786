"""The string a pattern is matched against: str (RPython unicode, one item
per code point) or bytes (RPython str), and rsre's match contexts on it."""

from rpython.rlib.rsre import rsre_core
from pypy.objspace.bytesobject import W_BytesObject
from pypy.objspace.strobject import W_StrObject

# a pattern's kind of text: what it was compiled from
KIND_STR = 0
KIND_BYTES = 1
KIND_ANY = -1       # compiled from a parsed pattern (re.Scanner): no source


def check_subject(space, kind, w_string):
    """Raises CPython's TypeError when w_string can't be searched by a
    pattern of this kind."""
    if isinstance(w_string, W_StrObject):
        if kind == KIND_BYTES:
            raise space.error(space.w_TypeError, "cannot use a bytes pattern "
                              "on a string-like object")
    elif isinstance(w_string, W_BytesObject):
        if kind == KIND_STR:
            raise space.error(space.w_TypeError, "cannot use a string "
                              "pattern on a bytes-like object")
    else:
        raise space.error(space.w_TypeError, "expected string or bytes-like "
                          "object, got '%s'" %
                          space.type_name(space.type(w_string)))


def buffer_subject(space, w_string):
    """The bytes of a bytes-like subject other than bytes (bytearray,
    memoryview, array.array), searched as a bytes object of the content it
    has now (CPython searches the buffer itself; its groups are bytes all
    the same); None for any other object."""
    from pypy.objspace.bytearrayobject import bytes_like
    from pypy.objspace.memoryviewobject import W_MemoryView
    if isinstance(w_string, W_StrObject) or \
            isinstance(w_string, W_BytesObject):
        return None
    if isinstance(w_string, W_MemoryView):
        return W_BytesObject(w_string.as_str(space))
    data = bytes_like(w_string)
    if data is None:
        return None
    return W_BytesObject(data)


def subject_length(w_string):
    if isinstance(w_string, W_StrObject):
        return len(w_string.value)
    assert isinstance(w_string, W_BytesObject)
    return len(w_string.value)


def make_context(code, w_string, start, end, flags):
    """An rsre context matching code on w_string[start:end] (both already
    clipped to the string)."""
    assert start >= 0 and end >= 0
    if isinstance(w_string, W_StrObject):
        return rsre_core.UnicodeMatchContext(code, w_string.value, start,
                                             end, flags)
    assert isinstance(w_string, W_BytesObject)
    return rsre_core.StrMatchContext(code, w_string.value, start, end, flags)


def slice_w(space, w_string, start, stop):
    """w_string[start:stop], of the same type."""
    assert 0 <= start <= stop
    if isinstance(w_string, W_StrObject):
        return space.newtext(w_string.value[start:stop])
    assert isinstance(w_string, W_BytesObject)
    return space.newbytes(w_string.value[start:stop])


def empty_w(space, w_string):
    return slice_w(space, w_string, 0, 0)


def join_w(space, w_string, pieces_w):
    """''.join(pieces_w) (or b''), as str.join: every piece of w_string's
    type."""
    if isinstance(w_string, W_StrObject):
        texts = []
        for i in range(len(pieces_w)):
            w_piece = pieces_w[i]
            if not isinstance(w_piece, W_StrObject):
                raise space.error(space.w_TypeError, "sequence item %d: "
                                  "expected str instance, %s found" % (
                                      i, space.type_name(
                                          space.type(w_piece))))
            texts.append(w_piece.value)
        return space.newtext(u''.join(texts))
    chunks = []
    for i in range(len(pieces_w)):
        w_piece = pieces_w[i]
        if not isinstance(w_piece, W_BytesObject):
            raise space.error(space.w_TypeError, "sequence item %d: expected "
                              "a bytes-like object, %s found" % (
                                  i, space.type_name(space.type(w_piece))))
        chunks.append(w_piece.value)
    return space.newbytes(''.join(chunks))
