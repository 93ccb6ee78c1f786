"""Bits of integer arrays packed into bytes and back: packbits,
unpackbits."""

import numpy as np
from ._axes import normalize_axis, move_axis_to_end, move_last_axis_to


def bit_weights(bitorder):
    if bitorder not in ('big', 'little'):
        raise ValueError("'order' must be either 'little' or 'big'")
    weights = 2 ** np.arange(8)
    return (weights[::-1] if bitorder == 'big' else weights)


def packbits(a, axis=None, bitorder='big'):
    a = np.asarray(a)
    if a.dtype.kind not in 'biu':
        raise TypeError("Expected an input array of integer or boolean "
                        "data type")
    weights = bit_weights(bitorder)
    if axis is None:
        a, axis = a.ravel(), 0
    axis = normalize_axis(axis, a.ndim)
    bits = move_axis_to_end((a != 0).astype(np.int64), axis)
    n = bits.shape[-1]
    padding = np.zeros(bits.shape[:-1] + (-n % 8,), dtype=np.int64)
    bits = np.concatenate((bits, padding), axis=-1)
    groups = bits.reshape(bits.shape[:-1] + (-1, 8))
    packed = np.sum(groups * weights, axis=-1).astype(np.uint8)
    return move_last_axis_to(packed, axis)


def unpackbits(a, axis=None, count=None, bitorder='big'):
    a = np.asarray(a)
    if a.dtype != np.uint8:
        raise TypeError("Expected an input array of unsigned byte data "
                        "type")
    weights = bit_weights(bitorder)
    if axis is None:
        a, axis = a.ravel(), 0
    axis = normalize_axis(axis, a.ndim)
    moved = move_axis_to_end(a.astype(np.int64), axis)
    bits = (moved.reshape(moved.shape + (1,)) // weights) % 2
    bits = bits.reshape(moved.shape[:-1] + (-1,)).astype(np.uint8)
    if count is not None:
        n = bits.shape[-1]
        count = count if count >= 0 else max(n + count, 0)
        if count <= n:
            bits = bits[..., :count]
        else:
            bits = np.concatenate((bits, np.zeros(
                bits.shape[:-1] + (count - n,), dtype=np.uint8)), axis=-1)
    return move_last_axis_to(bits, axis)
