"""The .npy format of np.save and np.load: one array, written byte for
byte as NumPy writes it (format 1.0: magic, version, header length, a
header dict padded to 64 bytes, then the elements in C or Fortran order).
Versions 2.0 and 3.0 (longer headers) are read too. np.load and the .npz
archives are in npyio.py. (Standard-library modules are imported where
used: importing _numpy_lib must not need them.)"""

import numpy as np

from .fileargs import FileArg

MAGIC_PREFIX = b'\x93NUMPY'
MAGIC_LEN = len(MAGIC_PREFIX) + 2
ARRAY_ALIGN = 64
# spare room after the header so the first axis can grow in place
GROWTH_AXIS_MAX_DIGITS = 21
# the header length's size in bytes (little-endian) and the header's
# encoding per version
HEADER_SIZE_INFO = {(1, 0): (2, 'latin1'), (2, 0): (4, 'latin1'),
                    (3, 0): (4, 'utf8')}
EXPECTED_KEYS = {'descr', 'fortran_order', 'shape'}


def save(file, arr, allow_pickle=True):
    if not hasattr(file, 'write'):
        import os
        file = os.fspath(file)
        if not file.endswith('.npy'):
            file = file + '.npy'
    with FileArg(file, 'wb', 'write') as f:
        write_array(f, np.asarray(arr))


def write_array(f, arr):
    """Writes the header and the elements of array `arr` to the file f."""
    fortran_order = arr.flags.f_contiguous and not arr.flags.c_contiguous
    f.write(_header(arr.dtype.str, fortran_order, arr.shape))
    f.write(arr.tobytes('F' if fortran_order else 'C'))


def _header(descr, fortran_order, shape):
    fields = {'descr': descr, 'fortran_order': fortran_order, 'shape': shape}
    header = '{' + ''.join(["'%s': %r, " % (key, fields[key])
                            for key in sorted(fields)]) + '}'
    if shape:
        growing = shape[-1] if fortran_order else shape[0]
        header += ' ' * (GROWTH_AXIS_MAX_DIGITS - len(repr(growing)))
    for version in ((1, 0), (2, 0)):
        size_bytes, encoding = HEADER_SIZE_INFO[version]
        data = header.encode(encoding)
        length = len(data) + 1          # with the final newline
        padding = ARRAY_ALIGN - ((MAGIC_LEN + size_bytes + length) %
                                 ARRAY_ALIGN)
        if length + padding < 1 << (8 * size_bytes):
            return (MAGIC_PREFIX + bytes(version) +
                    (length + padding).to_bytes(size_bytes, 'little') +
                    data + b' ' * padding + b'\n')
    raise ValueError("Header length %d too big for version=(2, 0)" % length)


def _read_bytes(f, size, what, already=b''):
    data = already + f.read(size - len(already))
    if len(data) != size:
        raise ValueError("EOF: reading %s, expected %d bytes got %d" % (
            what, size, len(data)))
    return data


def read_array(f, prefix):
    """The array of the .npy data in the file f, whose first bytes,
    `prefix`, were read already."""
    version = tuple(_read_bytes(f, MAGIC_LEN, "magic string", prefix)[-2:])
    if version not in HEADER_SIZE_INFO:
        raise ValueError("we only support format version (1,0), (2,0), "
                         "and (3,0), not %s" % (version,))
    shape, fortran_order, dtype = _read_header(f, version)
    count = 1
    for n in shape:
        count *= n
    import io
    if not isinstance(f, (io.FileIO, io.BufferedReader)):
        data = _read_bytes(f, count * dtype.itemsize, "array data")
    else:
        data = f.read(count * dtype.itemsize)
    if len(data) != count * dtype.itemsize:
        # NumPy's message for real files (read by np.fromfile)
        raise ValueError(
            "Failed to read all data for array. Expected %r = %d elements, "
            "could only read %d elements. (file seems not fully written?)"
            % (shape, count, len(data) // dtype.itemsize))
    array = np.frombuffer(data, dtype).copy()
    if fortran_order:
        return array.reshape(shape[::-1]).transpose()
    return array.reshape(shape)


def _read_header(f, version):
    size_bytes, encoding = HEADER_SIZE_INFO[version]
    length = int.from_bytes(_read_bytes(f, size_bytes, "array header length"),
                            'little')
    header = _read_bytes(f, length, "array header").decode(encoding)
    d = parse_literal(header)
    if not isinstance(d, dict):
        raise ValueError("Header is not a dictionary: %r" % (d,))
    if set(d) != EXPECTED_KEYS:
        raise ValueError("Header does not contain the correct keys: %r"
                         % (sorted(d.keys()),))
    shape = d['shape']
    if not isinstance(shape, tuple) or \
            not all(isinstance(n, int) for n in shape):
        raise ValueError("shape is not valid: %r" % (shape,))
    if not isinstance(d['fortran_order'], bool):
        raise ValueError("fortran_order is not a valid bool: %r"
                         % (d['fortran_order'],))
    try:
        dtype = np.dtype(d['descr'])
    except TypeError:
        raise ValueError("descr is not a valid dtype descriptor: %r"
                         % (d['descr'],)) from None
    return shape, d['fortran_order'], dtype


# ____________________________________________________________
# the header's Python literal (what NumPy reads with ast.literal_eval)

TOKEN = (r"""\s*(?:(?P<punct>[{}()\[\]:,])|(?P<str>'[^'\\]*'|"[^"\\]*")"""
         r"""|(?P<name>True|False|None)|(?P<int>[-+]?\d+))""")
NAMES = {'True': True, 'False': False, 'None': None}
CLOSING = {'{': '}', '(': ')', '[': ']'}


def parse_literal(text):
    """The dict, tuple, list, str, int, bool or None `text` writes;
    NumPy's ValueError when it writes something else."""
    import re
    token = re.compile(TOKEN)
    tokens = []
    pos = 0
    while text[pos:].strip():
        match = token.match(text, pos)
        if match is None:
            raise ValueError("Cannot parse header: %r" % (text,))
        tokens.append((match.lastgroup, match.group(match.lastgroup)))
        pos = match.end()
    try:
        value, end = _value(tokens, 0)
    except (IndexError, KeyError, TypeError):
        end = -1
    if end != len(tokens):
        raise ValueError("Cannot parse header: %r" % (text,))
    return value


def _value(tokens, i):
    """The value starting at tokens[i] and the index after it."""
    kind, text = tokens[i]
    if kind == 'str':
        return text[1:-1], i + 1
    if kind == 'name':
        return NAMES[text], i + 1
    if kind == 'int':
        return int(text), i + 1
    closing = CLOSING[text]
    items = []
    i += 1
    while tokens[i][1] != closing:
        item, i = _value(tokens, i)
        if text == '{':
            if tokens[i][1] != ':':
                raise KeyError(i)
            value, i = _value(tokens, i + 1)
            item = (item, value)
        items.append(item)
        if tokens[i][1] == ',':
            i += 1
        elif tokens[i][1] != closing:
            raise KeyError(i)
    if text == '{':
        return dict(items), i + 1
    if text == '(':
        return tuple(items), i + 1
    return items, i + 1
