"""ndarray.tofile and np.fromfile: an array's elements as raw bytes (C
order) or, with a separator, as text. The bytes are copied by
ndarray.tobytes and np.frombuffer (memcpy in micronumpy)."""

import numpy as np

from .fileargs import FileArg
from .numtext import converter

UNMATCHED = "string or file could not be read to its end due to unmatched data"


_MISSING = object()


def array_tofile(a, file=_MISSING, sep='', format='%s'):
    """ndarray.tofile, called by the method (micronumpy's methods.py)."""
    if file is _MISSING:
        raise TypeError("tofile() missing required argument 'file' (pos 1)")
    with FileArg(file, 'wb', 'write') as f:
        if sep == '':
            f.write(a.tobytes())
        else:
            # each element converted to the closest Python type first
            text = sep.join([format % x for x in a.ravel().tolist()])
            f.write(text.encode('latin1'))


def fromfile(file, dtype=float, count=-1, sep='', offset=0, *, like=None):
    dtype = np.dtype(dtype)
    with FileArg(file, 'rb', 'read') as f:
        if offset:
            f.read(offset)          # skipped from the current position
        if sep == '':
            return _from_bytes(f, dtype, count)
        return _from_text(f.read().decode('latin1'), dtype, count, sep)


def _from_bytes(f, dtype, count):
    data = f.read(count * dtype.itemsize if count >= 0 else -1)
    whole = len(data) // dtype.itemsize
    return np.frombuffer(data, dtype, whole).copy()


def _from_text(text, dtype, count, sep):
    """The numbers separated by sep; whitespace around them is skipped and
    whitespace in sep matches any amount of it."""
    separator = sep.strip()
    if separator:
        fields = text.split(separator)
        if fields and not fields[-1].strip():
            del fields[-1]      # a separator ends the text
    else:
        fields = text.split()
    if count >= 0:
        fields = fields[:count]
    convert = converter(dtype)
    try:
        values = [convert(field) for field in fields]
    except ValueError:
        raise ValueError(UNMATCHED) from None
    return np.array(values, dtype=dtype)
