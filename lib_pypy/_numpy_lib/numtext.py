"""Numbers written as text, read as NumPy's text readers (loadtxt,
genfromtxt, fromfile with sep) read them: a converter per dtype taking one
field and giving the Python value, or raising ValueError."""

import numpy as np


def _integer(text):
    """An integer written in decimal (sign, digits, surrounding spaces):
    NumPy's readers refuse '1.0' and '0x10' for integer dtypes."""
    digits = text.strip()
    if digits[:1] in ('+', '-'):
        digits = digits[1:]
    if not digits.isdigit():
        raise ValueError(text)
    return int(text)


def converter(dtype):
    """The function reading one field as a value of `dtype`."""
    if dtype.kind == 'f':
        return float
    if dtype.kind == 'c':
        return complex
    if dtype.kind == 'b':
        return lambda text: _integer(text) != 0
    info = np.iinfo(dtype)

    def in_range(text):
        value = _integer(text)
        if not info.min <= value <= info.max:
            raise ValueError(text)
        return value
    return in_range
