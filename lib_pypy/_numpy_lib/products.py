"""Products of arrays beyond dot: tensordot, inner, kron, cross."""

import numpy as np
from ._axes import normalize_axis, move_axis_to_end, move_last_axis_to


def tensordot(a, b, axes=2):
    a, b = np.asarray(a), np.asarray(b)
    try:
        axes_a, axes_b = axes
    except TypeError:
        axes_a = list(range(-axes, 0))
        axes_b = list(range(0, axes))
    axes_a = [axes_a] if np.ndim(axes_a) == 0 else list(axes_a)
    axes_b = [axes_b] if np.ndim(axes_b) == 0 else list(axes_b)
    if len(axes_a) != len(axes_b):
        raise ValueError("shape-mismatch for sum")
    axes_a = [ax + a.ndim if ax < 0 else ax for ax in axes_a]
    axes_b = [ax + b.ndim if ax < 0 else ax for ax in axes_b]
    for ax_a, ax_b in zip(axes_a, axes_b):
        if a.shape[ax_a] != b.shape[ax_b]:
            raise ValueError("shape-mismatch for sum")
    free_a = [i for i in range(a.ndim) if i not in axes_a]
    free_b = [i for i in range(b.ndim) if i not in axes_b]
    summed = 1
    for ax in axes_a:
        summed *= a.shape[ax]
    a2 = a.transpose(free_a + axes_a).reshape(-1, summed)
    b2 = b.transpose(axes_b + free_b).reshape(summed, -1)
    shape = tuple(a.shape[i] for i in free_a) + \
        tuple(b.shape[i] for i in free_b)
    return np.dot(a2, b2).reshape(shape)


def shape_text(shape):
    """A shape as NumPy's messages write it: (2,3), (3,)."""
    if len(shape) == 1:
        return "(%d,)" % shape[0]
    return "(%s)" % ",".join(str(n) for n in shape)


def inner(a, b):
    a, b = np.asarray(a), np.asarray(b)
    if a.ndim == 0 or b.ndim == 0:
        return a * b
    if a.shape[-1] != b.shape[-1]:
        # NumPy reports b with its summed (last) axis moved first
        raise ValueError("shapes %s and %s not aligned: %d (dim %d) != %d "
                         "(dim 0)" % (shape_text(a.shape), shape_text(
                             b.shape[-1:] + b.shape[:-1]), a.shape[-1],
                             a.ndim - 1, b.shape[-1]))
    return tensordot(a, b, (-1, -1))


def kron(a, b):
    a, b = np.asarray(a), np.asarray(b)
    if a.ndim == 0 or b.ndim == 0:
        return a * b
    ndim = max(a.ndim, b.ndim)
    shape_a = (1,) * (ndim - a.ndim) + a.shape
    shape_b = (1,) * (ndim - b.ndim) + b.shape
    # a's axes interleaved with b's: result[i*m + j] = a[i] * b[j]
    a = a.reshape(sum(((n, 1) for n in shape_a), ()))
    b = b.reshape(sum(((1, n) for n in shape_b), ()))
    return (a * b).reshape(tuple(x * y for x, y in zip(shape_a, shape_b)))


def cross(a, b, axisa=-1, axisb=-1, axisc=-1, axis=None):
    if axis is not None:
        axisa = axisb = axisc = axis
    a, b = np.asarray(a), np.asarray(b)
    if a.ndim < 1 or b.ndim < 1:
        raise ValueError("At least one array has zero dimension")
    a = move_axis_to_end(a, normalize_axis(axisa, a.ndim))
    b = move_axis_to_end(b, normalize_axis(axisb, b.ndim))
    if a.shape[-1] not in (2, 3) or b.shape[-1] not in (2, 3):
        raise ValueError("incompatible dimensions for cross product\n"
                         "(dimension must be 2 or 3)")
    a0, a1 = a[..., 0], a[..., 1]
    b0, b1 = b[..., 0], b[..., 1]
    a2 = a[..., 2] if a.shape[-1] == 3 else None
    b2 = b[..., 2] if b.shape[-1] == 3 else None
    z = a0 * b1 - a1 * b0
    if a2 is None and b2 is None:
        return z                  # 2-D vectors: the z component only
    a2 = np.zeros_like(a0) if a2 is None else a2
    b2 = np.zeros_like(b0) if b2 is None else b2
    x = a1 * b2 - a2 * b1
    y = a2 * b0 - a0 * b2
    shape = np.broadcast_to(z, z.shape).shape
    result = np.concatenate([np.broadcast_to(c, shape).reshape(shape + (1,))
                             for c in (x, y, z)], axis=-1)
    return move_last_axis_to(result, normalize_axis(axisc, result.ndim))
