"""numpy's functions written in Python on top of micronumpy's core
(np.lib's breadth). numpy's module __getattr__ (pypy/module/
applevel_names.py) imports this package on the first name the numpy
module lacks and takes the names listed in __all__ from it; the
functions use only `import numpy as np`, so they also run on CPython with
NumPy."""

import importlib

from . import emath, ndmethods
from .arrayapi import acos, acosh, asin, asinh, atan, atanh, atan2, pow, \
    bitwise_left_shift, bitwise_right_shift, bitwise_invert, concat, \
    permute_dims, astype, unstack, unique_all, unique_counts, \
    unique_inverse, unique_values, isneginf, isposinf, copyto, \
    asfortranarray, isfortran, block, unwrap, apply_over_axes, array_repr, \
    array_str, binary_repr, base_repr
from .bits import packbits, unpackbits
from .convolution import convolve, correlate
from .differences import diff, ediff1d
from .einsum import einsum
from .functional import vectorize, frompyfunc, apply_along_axis, \
    fromiter
from .grids import meshgrid, mgrid, ogrid, indices, fromfunction, tri, \
    tril, triu
from .histograms import bincount, histogram, digitize, \
    histogram_bin_edges, histogramdd, histogram2d
from .misc import trace, diagflat, vander, tril_indices, triu_indices, \
    tril_indices_from, triu_indices_from, diag_indices, logspace, \
    geomspace, ptp, fix, nan_to_num, real_if_close, sinc, angle, isscalar, \
    iterable, i0, \
    iscomplexobj, isrealobj, iscomplex, isreal, flatnonzero, gradient, \
    trapezoid, select, piecewise, extract, compress, choose, array_equiv, \
    cumulative_sum, cumulative_prod, nanprod, nancumsum, nancumprod, \
    nanquantile, nanpercentile, nanmedian
from .indexing import unravel_index, ravel_multi_index, ndindex, \
    ndenumerate, put, place, partition, argpartition
from .nanfuncs import nansum, nanmean, nanvar, nanstd, nanmax, nanmin, \
    nanargmax, nanargmin
from .npyformat import save
from .npyio import load, savez, savez_compressed
from .pad import pad
from .polynomial_impl import polyval, polyfit, interp, poly, roots, \
    polyder, polyint, polyadd, polysub, polymul, polydiv, poly1d
from .products import tensordot, inner, kron, cross
from .rawfiles import fromfile
from .rearrange import flip, fliplr, flipud, rot90, roll
from .scalartypes import number, integer, signedinteger, unsignedinteger, \
    inexact, floating, complexfloating, issubdtype
from .shaping import split, array_split, hsplit, vsplit, dsplit, \
    column_stack, dstack, moveaxis, rollaxis, append, insert, delete, \
    resize, repeat, trim_zeros, take_along_axis, put_along_axis, \
    broadcast_arrays, broadcast_shapes, r_, c_, s_, index_exp
from .sets import intersect1d, union1d, setdiff1d, setxor1d, isin, \
    lexsort
from .stats import quantile, percentile, median, average, cov, corrcoef
from .textfiles import savetxt, loadtxt, genfromtxt

__all__ = [
    'emath', 'fft', 'ma', 'polynomial', 'packbits', 'unpackbits', 'convolve',
    'correlate', 'diff',
    'ediff1d', 'vectorize', 'frompyfunc', 'apply_along_axis', 'fromiter',
    'meshgrid', 'mgrid', 'ogrid', 'indices', 'fromfunction', 'tri', 'tril',
    'triu', 'bincount', 'histogram', 'digitize', 'unravel_index',
    'ravel_multi_index', 'ndindex', 'ndenumerate', 'put', 'place',
    'partition', 'argpartition',
    'nansum', 'nanmean', 'nanvar', 'nanstd', 'nanmax', 'nanmin',
    'nanargmax', 'nanargmin', 'pad', 'polyval', 'polyfit', 'interp',
    'tensordot', 'inner', 'kron', 'cross', 'flip', 'fliplr', 'flipud',
    'rot90', 'roll', 'intersect1d', 'union1d', 'setdiff1d', 'setxor1d',
    'isin', 'quantile', 'percentile', 'median', 'average', 'cov',
    'corrcoef', 'einsum', 'save', 'load', 'savez', 'savez_compressed',
    'fromfile', 'savetxt', 'loadtxt', 'genfromtxt',
    'trace', 'diagflat', 'vander', 'tril_indices', 'triu_indices',
    'tril_indices_from', 'triu_indices_from', 'diag_indices', 'logspace',
    'geomspace', 'ptp', 'fix', 'nan_to_num', 'real_if_close', 'sinc',
    'angle', 'isscalar', 'iterable', 'i0', 'iscomplexobj', 'isrealobj',
    'iscomplex', 'isreal',
    'flatnonzero', 'gradient', 'trapezoid', 'select', 'piecewise',
    'extract', 'compress', 'choose', 'array_equiv', 'cumulative_sum',
    'cumulative_prod', 'nanprod', 'nancumsum', 'nancumprod', 'nanquantile',
    'nanpercentile', 'nanmedian',
    'split', 'array_split', 'hsplit', 'vsplit', 'dsplit', 'column_stack',
    'dstack', 'moveaxis', 'rollaxis', 'append', 'insert', 'delete',
    'resize', 'repeat', 'trim_zeros', 'take_along_axis', 'put_along_axis',
    'broadcast_arrays', 'broadcast_shapes', 'r_', 'c_', 's_', 'index_exp',
    'lexsort', 'poly', 'roots', 'polyder', 'polyint', 'polyadd', 'polysub',
    'polymul', 'polydiv', 'poly1d', 'histogram_bin_edges', 'histogramdd',
    'histogram2d',
    'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'atan2', 'pow',
    'bitwise_left_shift', 'bitwise_right_shift', 'bitwise_invert', 'concat',
    'permute_dims', 'astype', 'unstack', 'unique_all', 'unique_counts',
    'unique_inverse', 'unique_values', 'isneginf', 'isposinf', 'copyto',
    'asfortranarray', 'isfortran', 'block', 'unwrap',
    'apply_over_axes', 'array_repr', 'array_str', 'binary_repr', 'base_repr',
    'number', 'integer', 'signedinteger', 'unsignedinteger', 'inexact',
    'floating', 'complexfloating', 'issubdtype',
]

# imported on first use: the three of them took half the package's import
# time (polynomial with its five series modules 66 ms, ma 39 ms, fft 15 ms),
# which every script pays at its first np.lib name
LAZY_SUBMODULES = ('fft', 'ma', 'polynomial')


def __getattr__(name):
    if name in LAZY_SUBMODULES:
        # (not `from . import`, which asks this __getattr__ first)
        return importlib.import_module(__name__ + '.' + name)
    raise AttributeError("module %r has no attribute %r" % (__name__, name))
