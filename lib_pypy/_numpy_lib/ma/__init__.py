"""numpy.ma: arrays with masked (missing or invalid) elements. The numpy
module's __getattr__ gives this package as numpy.ma, which also makes
`import numpy.ma` find it (pypy/module/imp.py takes a built-in package's
module attribute as its submodule)."""

from .core import MaskError, MaskedArray, MaskedConstant, masked, \
    masked_singleton, masked_array, nomask, array, asanyarray, \
    default_fill_value, make_mask, make_mask_none, mask_or, getmask, \
    getmaskarray, getdata, is_masked, isMaskedArray, filled, masked_where, \
    masked_equal, masked_not_equal, masked_greater, masked_greater_equal, \
    masked_less, masked_less_equal, masked_inside, masked_outside, \
    masked_invalid, masked_values, count, compressed
from .operations import unary_functions, binary_functions
from .reductions import sum, prod, product, all, any, min, max, argmin, argmax, \
    mean, var, std

# np.ma.sqrt, np.ma.add, ...: the masked versions of the ufuncs, made from
# the tables in operations.py
globals().update(unary_functions)
globals().update(binary_functions)

isMA = isarray = isMaskedArray
