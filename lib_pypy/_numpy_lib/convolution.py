"""Discrete 1-D convolution and cross-correlation: convolve, correlate.
Each output is a dot product of a window of the zero-padded longer input
with the shorter one, as NumPy computes it; the windows are gathered with
one index matrix."""

import numpy as np

MODES = ('valid', 'same', 'full')


def correlate_sorted(a, v, mode):
    """correlate(a, v) for len(a) >= len(v) >= 1."""
    n, m = a.size, v.size
    if mode == 'valid':
        before, length = 0, n - m + 1
    elif mode == 'same':
        before, length = m // 2, n
    else:
        before, length = m - 1, n + m - 1
    zeros = np.zeros(m - 1, dtype=a.dtype)
    padded = np.concatenate((zeros, a, zeros))
    start = m - 1 - before
    windows = np.arange(start, start + length).reshape(-1, 1) + \
        np.arange(m).reshape(1, -1)
    return np.dot(padded[windows], v.conj())


def check(a, v, mode, empty_messages):
    if mode not in MODES:
        raise ValueError("Use one of 'valid', 'same', or 'full' for "
                         "convolve/correlate mode")
    a = np.asarray(a)
    v = np.asarray(v)
    if a.ndim != 1 or v.ndim != 1:
        raise ValueError("object too deep for desired array")
    if a.size == 0:
        raise ValueError(empty_messages[0])
    if v.size == 0:
        raise ValueError(empty_messages[1])
    return a, v


def correlate(a, v, mode='valid'):
    a, v = check(a, v, mode, ("first array argument cannot be empty",
                              "second array argument cannot be empty"))
    if v.size > a.size:
        # correlate(a, v) = reversed conj(correlate(v, a))
        return correlate_sorted(v, a, mode)[::-1].conj()
    return correlate_sorted(a, v, mode)


def convolve(a, v, mode='full'):
    a, v = check(a, v, mode, ("a cannot be empty", "v cannot be empty"))
    if v.size > a.size:
        a, v = v, a
    return correlate_sorted(a, v[::-1].conj(), mode)
