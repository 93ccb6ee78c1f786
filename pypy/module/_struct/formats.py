"""Struct format strings: the byte order prefix, then codes with repeat
counts, parsed once into the list of items (code, size, offset, count)
that packing and unpacking walk (CPython's _struct layout rules: native
mode aligns each item to its size, standard mode has no padding)."""

from rpython.rlib.rarithmetic import ovfcheck
from rpython.rlib.rstruct.error import StructError

# native (x86-64, LP64) sizes; alignment equals size
NATIVE_SIZES = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2,
                'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'n': 8,
                'N': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1, 'P': 8}
STANDARD_SIZES = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2,
                  'i': 4, 'I': 4, 'l': 4, 'L': 4, 'q': 8, 'Q': 8, 'e': 2,
                  'f': 4, 'd': 8, 's': 1, 'p': 1}


class Item(object):
    """`count` values of code `code`, each `size` bytes, from `offset`;
    for 's' and 'p' one value of `size` bytes."""
    _immutable_fields_ = ['code', 'size', 'offset', 'count']

    def __init__(self, code, size, offset, count):
        self.code = code
        self.size = size
        self.offset = offset
        self.count = count


class Format(object):
    _immutable_fields_ = ['fmt', 'native', 'bigendian', 'items[*]', 'size',
                          'nvalues']

    def __init__(self, fmt, native, bigendian, items, size, nvalues):
        self.fmt = fmt
        self.native = native          # '@': native sizes and alignment
        self.bigendian = bigendian
        self.items = items
        self.size = size              # bytes packed
        self.nvalues = nvalues        # values packed / unpacked


def add_size(a, b):
    try:
        return ovfcheck(a + b)
    except OverflowError:
        raise StructError("total struct size too long")


def parse_format(fmt):
    """The Format of `fmt` (an RPython str); StructError if invalid."""
    if '\x00' in fmt:
        raise StructError("embedded null character")
    native = True
    bigendian = False
    index = 0
    if len(fmt) > 0 and fmt[0] in '@=<>!':
        native = fmt[0] == '@'
        bigendian = fmt[0] == '>' or fmt[0] == '!'
        index = 1
    sizes = NATIVE_SIZES if native else STANDARD_SIZES
    items = []
    offset = 0
    nvalues = 0
    while index < len(fmt):
        c = fmt[index]
        index += 1
        if c.isspace():
            continue
        count = 1
        if c.isdigit():
            count = ord(c) - ord('0')
            while True:
                if index == len(fmt):
                    raise StructError("repeat count given without format "
                                      "specifier")
                c = fmt[index]
                index += 1
                if not c.isdigit():
                    break
                try:
                    count = ovfcheck(ovfcheck(count * 10) +
                                     (ord(c) - ord('0')))
                except OverflowError:
                    raise StructError("total struct size too long")
        size = sizes.get(c, 0)
        if size == 0:
            raise StructError("bad char in struct format")
        if native and size > 1:
            offset = add_size(offset, (-offset) & (size - 1))
        if c == 's' or c == 'p':
            items.append(Item(c, count, offset, 1))
            offset = add_size(offset, count)
            nvalues += 1
            continue
        try:
            total = ovfcheck(size * count)
        except OverflowError:
            raise StructError("total struct size too long")
        if c != 'x':
            if count > 0:
                items.append(Item(c, size, offset, count))
            nvalues += count
        offset = add_size(offset, total)
    return Format(fmt, native, bigendian, items[:], offset, nvalues)
