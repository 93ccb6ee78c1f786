"""The reductions _numpypy's ndarray.mean/var/std call back into."""
import math


def _count(a, axis):
    return a.size if axis is None else a.shape[axis]


def _keep(r, a, axis):
    # r reduced over `axis`; reshape so it broadcasts against a
    if axis is None:
        return r
    shape = list(a.shape)
    shape[axis] = 1
    return r.reshape(tuple(shape))


def _mean(a, axis=None, dtype=None, out=None, keepdims=False, **kw):
    r = a.sum(axis) / float(_count(a, axis))
    return _keep(r, a, axis) if keepdims else r


def _var(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, **kw):
    d = a - _keep(_mean(a, axis), a, axis)
    r = (d * d).sum(axis) / float(_count(a, axis) - ddof)
    return _keep(r, a, axis) if keepdims else r


def _std(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, **kw):
    r = _var(a, axis, dtype, out, ddof, keepdims)
    if axis is None:
        return math.sqrt(r)
    from _numpypy.umath import sqrt
    return sqrt(r)
