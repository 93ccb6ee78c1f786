"""dtype questions micronumpy has no function for (np.result_type,
np.can_cast), answered with array operations."""

import numpy as np

# the kinds in the order same_kind casting allows going up
KIND_RANK = {'b': 0, 'u': 1, 'i': 1, 'f': 2, 'c': 3}


def promoted(*dtypes):
    """The dtype arithmetic on arrays of these dtypes gives."""
    result = np.empty(0, dtypes[0])
    for dtype in dtypes[1:]:
        result = result + np.empty(0, dtype)
    return result.dtype


def float_result(*dtypes):
    """The dtype of a mean-like result: promoted, at least float64 for
    bools and integers."""
    dtype = promoted(*dtypes)
    return np.dtype(np.float64) if dtype.kind in 'biu' else dtype


def same_kind(from_dtype, to_dtype):
    return KIND_RANK[np.dtype(from_dtype).kind] <= \
        KIND_RANK[np.dtype(to_dtype).kind]
