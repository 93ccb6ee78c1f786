"""Axis arguments as NumPy checks them."""

import numpy as np

try:
    from numpy.exceptions import AxisError
except ImportError:         # micronumpy keeps it at the top level
    AxisError = np.AxisError


def normalize_axis(axis, ndim):
    """axis in range(ndim); AxisError like NumPy's for one out of range."""
    axis = int(axis)
    if not -ndim <= axis < ndim:
        raise AxisError("axis %d is out of bounds for array of dimension %d"
                        % (axis, ndim))
    return axis + ndim if axis < 0 else axis


def normalize_axes(axis, ndim):
    """A tuple of axes in range(ndim) from an int or a sequence of them."""
    if isinstance(axis, (tuple, list)):
        axes = tuple(normalize_axis(a, ndim) for a in axis)
        if len(set(axes)) != len(axes):
            raise ValueError("repeated axis")
        return axes
    return (normalize_axis(axis, ndim),)


def move_axis_to_end(a, axis):
    """a viewed with `axis` last (NumPy's moveaxis(a, axis, -1))."""
    order = [i for i in range(a.ndim) if i != axis] + [axis]
    return a.transpose(order)


def move_last_axis_to(a, axis):
    """The inverse of move_axis_to_end."""
    order = list(range(a.ndim - 1))
    order.insert(axis, a.ndim - 1)
    return a.transpose(order)
