"""Polynomials as coefficient arrays (highest power first): polyval,
polyfit; and piecewise-linear interpolation, interp."""

import numpy as np


def polyval(p, x):
    p = np.asarray(p)
    x = np.asarray(x)
    y = np.zeros_like(x)
    for coefficient in p:        # Horner's scheme
        y = y * x + coefficient
    return y


def vander(x, columns):
    """x's powers columns-1 down to 0, one column each."""
    powers = np.arange(columns - 1, -1, -1)
    return x.reshape(-1, 1) ** powers.reshape(1, -1)


def least_squares(a, b, rcond):
    """The minimum-norm x minimizing |a x - b| through the SVD of a,
    singular values below rcond * the largest dropped (as lstsq does;
    micronumpy has no lstsq)."""
    u, s, vt = np.linalg.svd(a, full_matrices=False)
    kept = s > rcond * s.max()
    inverse = np.where(kept, 1.0 / np.where(kept, s, 1.0), 0.0)
    projected = np.dot(u.T, b)
    if projected.ndim == 1:
        return np.dot(vt.T, inverse * projected)
    return np.dot(vt.T, inverse.reshape(-1, 1) * projected)


def polyfit(x, y, deg, rcond=None, full=False, w=None, cov=False):
    order = int(deg) + 1
    x = np.asarray(x) + 0.0
    y = np.asarray(y) + 0.0
    if deg < 0:
        raise ValueError("expected deg >= 0")
    if x.ndim != 1:
        raise TypeError("expected 1D vector for x")
    if x.size == 0:
        raise TypeError("expected non-empty vector for x")
    if y.ndim < 1 or y.ndim > 2:
        raise TypeError("expected 1D or 2D array for y")
    if x.shape[0] != y.shape[0]:
        raise TypeError("expected x and y to have same length")
    if rcond is None:
        rcond = len(x) * np.finfo(x.dtype).eps
    lhs = vander(x, order)
    rhs = y
    if w is not None:
        w = np.asarray(w) + 0.0
        if w.ndim != 1:
            raise TypeError("expected a 1-d array for weights")
        if w.shape[0] != y.shape[0]:
            raise TypeError("expected w and y to have the same length")
        lhs = lhs * w.reshape(-1, 1)
        rhs = rhs * (w if rhs.ndim == 1 else w.reshape(-1, 1))
    # columns scaled to unit norm, for the conditioning of the solve
    scale = np.sqrt((lhs * lhs).sum(axis=0))
    lhs = lhs / scale
    c = least_squares(lhs, rhs, rcond)
    if c.ndim == 1:
        return c / scale
    return c / scale.reshape(-1, 1)


def interp(x, xp, fp, left=None, right=None, period=None):
    x = np.asarray(x, dtype=np.float64)
    xp = np.asarray(xp, dtype=np.float64)
    fp = np.asarray(fp)
    if fp.dtype.kind == 'c':
        return interp(x, xp, fp.real, left, right, period) + 1j * interp(
            x, xp, fp.imag, left, right, period)
    fp = fp.astype(np.float64)
    if xp.ndim != 1 or fp.ndim != 1:
        raise ValueError("object too deep for desired array")
    if xp.size == 0:
        raise ValueError("array of sample points is empty")
    if xp.size != fp.size:
        raise ValueError("fp and xp are not of the same length.")
    if period is not None:
        if period == 0:
            raise ValueError("period must be a non-zero value")
        period = abs(period)
        x = x % period
        xp = xp % period
        order = np.argsort(xp)
        xp, fp = xp[order], fp[order]
        xp = np.concatenate((xp[-1:] - period, xp, xp[0:1] + period))
        fp = np.concatenate((fp[-1:], fp, fp[0:1]))
        left = right = None
    left = fp[0] if left is None else left
    right = fp[-1] if right is None else right
    if xp.size == 1:
        result = np.where(x < xp[0], left, np.where(x > xp[0], right, fp[0]))
        return result[()] if result.ndim == 0 else result
    j = np.clip(np.searchsorted(xp, x, side='right') - 1, 0, xp.size - 2)
    slope = (fp[j + 1] - fp[j]) / (xp[j + 1] - xp[j])
    value = slope * (x - xp[j]) + fp[j]
    # NaN from an infinite slope: from the other end, else the flat value
    value = np.where(np.isnan(value), slope * (x - xp[j + 1]) + fp[j + 1],
                     value)
    value = np.where(np.isnan(value) & (fp[j] == fp[j + 1]), fp[j], value)
    value = np.where(x == xp[j], fp[j], value)
    value = np.where(x == xp[-1], fp[-1], value)
    result = np.where(x < xp[0], left, np.where(x > xp[-1], right, value))
    return result[()] if result.ndim == 0 else result
