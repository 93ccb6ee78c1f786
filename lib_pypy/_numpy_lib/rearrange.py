"""Moving elements around without changing them: flip, fliplr, flipud,
rot90, roll."""

import numpy as np
from ._axes import normalize_axis, normalize_axes


def flip(m, axis=None):
    m = np.asarray(m)
    axes = range(m.ndim) if axis is None else normalize_axes(axis, m.ndim)
    index = [slice(None)] * m.ndim
    for ax in axes:
        index[ax] = slice(None, None, -1)
    return m[tuple(index)]


def fliplr(m):
    m = np.asarray(m)
    if m.ndim < 2:
        raise ValueError("Input must be >= 2-d.")
    return m[:, ::-1]


def flipud(m):
    m = np.asarray(m)
    if m.ndim < 1:
        raise ValueError("Input must be >= 1-d.")
    return m[::-1, ...]


def rot90(m, k=1, axes=(0, 1)):
    axes = tuple(axes)
    if len(axes) != 2:
        raise ValueError("len(axes) must be 2.")
    m = np.asarray(m)
    if axes[0] == axes[1] or abs(axes[0] - axes[1]) == m.ndim:
        raise ValueError("Axes must be different.")
    if not all(-m.ndim <= ax < m.ndim for ax in axes):
        raise ValueError(f"Axes={axes} out of range for array of "
                         f"ndim={m.ndim}.")
    k %= 4
    if k == 0:
        return m[:]
    if k == 2:
        return flip(flip(m, axes[0]), axes[1])
    order = list(range(m.ndim))
    first, second = axes[0] % m.ndim, axes[1] % m.ndim
    order[first], order[second] = order[second], order[first]
    if k == 1:
        return flip(m, axes[1]).transpose(order)
    return flip(m.transpose(order), axes[1])


def roll(a, shift, axis=None):
    a = np.asarray(a)
    if axis is None:
        return roll(a.ravel(), shift, 0).reshape(a.shape)
    axes = [normalize_axis(ax, a.ndim) for ax in np.atleast_1d(axis).tolist()]
    shifts = np.atleast_1d(shift).tolist()
    if len(axes) == 1:
        axes = axes * len(shifts)
    elif len(shifts) == 1:
        shifts = shifts * len(axes)
    elif len(shifts) != len(axes):
        raise ValueError("'shift' and 'axis' should be scalars or 1D "
                         "sequences")
    total = [0] * a.ndim
    for ax, sh in zip(axes, shifts):
        total[ax] += int(sh)
    result = a
    for ax, sh in enumerate(total):
        n = a.shape[ax]
        if n and sh % n:
            result = np.take(result, (np.arange(n) - sh) % n, axis=ax)
    return result if result is not a else a.copy()
