"""numpy.ma's masked array: an ndarray of data with a boolean mask of the
same shape (True where the element is invalid). micronumpy's ndarray is
not subclassable, so MaskedArray wraps its data and mask arrays instead of
being an ndarray view; the behaviour (what is masked, the data kept under
the mask, the fill values) follows NumPy's numpy/ma/core.py."""

import numpy as np

from .printing import masked_array_repr, masked_array_str, nested


class MaskError(Exception):
    """A mask that does not fit its data."""


# "no element is masked", kept as a scalar so that arrays without masked
# elements need no mask array; tested by identity
nomask = np.False_

# the fill value of each dtype kind: what filled() puts under the mask
DEFAULT_FILL_VALUES = {
    'b': True, 'c': 1.e20 + 0.0j, 'f': 1.e20, 'i': 999999, 'u': 999999,
    'U': 'N/A', 'S': b'N/A',
}


def default_fill_value(dtype):
    """The fill value of `dtype`'s kind, as a 0-d array of the kind's
    widest dtype (NumPy keeps it uncast: float32 arrays fill with a
    float64)."""
    return np.array(DEFAULT_FILL_VALUES[np.dtype(dtype).kind])


def checked_fill_value(fill_value, dtype):
    """`fill_value` as a 0-d array of `dtype` (its default when None)."""
    if fill_value is None:
        return default_fill_value(dtype)
    dtype = np.dtype(dtype)
    if isinstance(fill_value, str) and dtype.kind not in 'OSVU':
        raise TypeError("Cannot set fill value of string with array of "
                        "dtype %s" % dtype)
    try:
        return np.asarray(fill_value, dtype=dtype)
    except (OverflowError, ValueError):
        raise TypeError("Cannot convert fill_value %s to dtype %s"
                        % (fill_value, dtype)) from None


def make_mask(mask, shrink=True):
    """`mask` as a boolean array (nomask when `shrink` and nothing is
    masked); the masked elements of a masked `mask` count as True."""
    if mask is nomask:
        return nomask
    mask = np.array(filled(mask, True), dtype=bool)
    if shrink and not mask.any():
        return nomask
    return mask


def make_mask_none(shape):
    """A mask of `shape` with nothing masked."""
    return np.zeros(shape, dtype=bool)


def mask_or(first, second, shrink=True):
    """The union of two masks (nomask when neither masks anything)."""
    if first is nomask:
        return make_mask(second, shrink=shrink)
    if second is nomask:
        return make_mask(first, shrink=shrink)
    return make_mask(np.logical_or(first, second), shrink=shrink)


def getmask(a):
    """The mask of `a`: nomask for what is not a masked array."""
    return getattr(a, '_mask', nomask)


def getmaskarray(arr):
    """The mask of `arr` as a full boolean array, even when nomask."""
    mask = getmask(arr)
    if mask is nomask:
        return make_mask_none(np.shape(getdata(arr)))
    return mask


def getdata(a, subok=True):
    """The data of `a` as an ndarray."""
    if isinstance(a, MaskedArray):
        return a._data
    return np.asarray(a)


def is_masked(x):
    """Whether `x` has at least one masked element."""
    mask = getmask(x)
    if mask is nomask:
        return False
    return bool(mask.any())


def isMaskedArray(x):
    """Whether `x` is a masked array."""
    return isinstance(x, MaskedArray)


def filled(a, fill_value=None):
    """`a`'s data with its masked elements replaced by `fill_value`."""
    if isinstance(a, MaskedArray):
        return a.filled(fill_value)
    return np.asarray(a)


def asanyarray(a, dtype=None):
    """`a` as a masked array, `a` itself when it already is one."""
    if isinstance(a, MaskedArray) and (dtype is None or
                                       np.dtype(dtype) == a.dtype):
        return a
    return MaskedArray(a, dtype=dtype)


def flat_masked_elements(data):
    """For a flat list or tuple with masked elements (`masked` among
    them): the list of the elements' data (`masked` holds 0.0) and its
    mask; None for anything else."""
    if not isinstance(data, (list, tuple)) or \
            not any(isinstance(item, MaskedArray) for item in data):
        return None
    mask = [bool(getmask(item)) if np.ndim(getdata(item)) == 0 else None
            for item in data]
    if None in mask:
        return None
    # masked itself holds a float64 zero: NumPy's result is float
    values = [getdata(item)[()] for item in data]
    return values, np.array(mask, dtype=bool)


class MaskedArray(object):
    """An array whose masked elements are left out of computations."""

    # ndarray's binary operators give way to this class's reflected ones
    __array_ufunc__ = None

    def __init__(self, data=None, dtype=None, copy=False, order=None,
                 mask=nomask, fill_value=None, keep_mask=True,
                 hard_mask=False, shrink=True, subok=True, ndmin=0):
        source_mask = getmask(data)
        source_fill_value = getattr(data, '_fill_value', None)
        masked_items = flat_masked_elements(data)
        if masked_items is not None:
            data, source_mask = masked_items
        if isinstance(data, MaskedArray):
            data = data._data
        if copy:
            self._data = np.array(data, dtype=dtype, ndmin=ndmin)
        else:
            self._data = np.asarray(data, dtype=dtype)
            if ndmin > self._data.ndim:
                self._data = self._data.reshape(
                    (1,) * (ndmin - self._data.ndim) + self._data.shape)
        if not keep_mask:
            source_mask = nomask
        elif source_mask is not nomask and (copy or masked_items):
            source_mask = np.array(source_mask)
        if mask is nomask:
            self._mask = source_mask
            if source_mask is not nomask and not source_mask.any() \
                    and masked_items is not None:
                self._mask = nomask
        else:
            mask = self._mask_of_shape(mask, copy)
            if source_mask is not nomask:
                mask = np.logical_or(mask, source_mask)
            self._mask = mask
        if fill_value is None:
            self._fill_value = source_fill_value
        else:
            self._fill_value = checked_fill_value(fill_value,
                                                  self._data.dtype)
        self._hardmask = hard_mask

    def _mask_of_shape(self, mask, copy):
        """`mask` given to the constructor as a mask array of the data's
        shape."""
        if mask is None or mask is False:
            return make_mask_none(self._data.shape)
        if mask is True:
            return np.ones(self._data.shape, dtype=bool)
        mask = np.array(mask, dtype=bool) if copy else \
            np.asarray(mask, dtype=bool)
        if mask.shape != self._data.shape:
            data_size, mask_size = self._data.size, mask.size
            if mask_size == 1:
                mask = np.resize(mask, self._data.shape)
            elif mask_size == data_size:
                mask = np.reshape(mask, self._data.shape)
            else:
                raise MaskError("Mask and data not compatible: data size "
                                "is %d, mask size is %d."
                                % (data_size, mask_size))
        return mask

    @classmethod
    def from_parts(cls, data, mask, fill_value=None):
        """The masked array holding `data` and `mask` as they are (no
        copy); `fill_value` is a 0-d array or None."""
        result = cls.__new__(cls)
        result._data = data
        result._mask = mask
        result._fill_value = fill_value
        result._hardmask = False
        return result

    # --- data, mask and fill value --------------------------------------

    @property
    def data(self):
        return self._data.view()

    @property
    def mask(self):
        return self._mask

    @mask.setter
    def mask(self, value):
        if value is masked:
            value = True
        if self._mask is nomask:
            if value is nomask:
                return
            self._mask = make_mask_none(self.shape)
        value = np.asarray(value, dtype=bool)
        if self._hardmask:
            # a hard mask only grows
            self._mask |= value
        else:
            self._mask[...] = value

    @property
    def recordmask(self):
        return self._mask

    @property
    def hardmask(self):
        return self._hardmask

    @property
    def fill_value(self):
        if self._fill_value is None:
            self._fill_value = default_fill_value(self.dtype)
        return self._fill_value[()]

    @fill_value.setter
    def fill_value(self, value):
        self._fill_value = checked_fill_value(value, self.dtype)

    def set_fill_value(self, value=None):
        self.fill_value = value

    def get_fill_value(self):
        return self.fill_value

    def filled(self, fill_value=None):
        """The data with masked elements replaced by `fill_value` (the
        array's fill value when None)."""
        if self._mask is nomask:
            return self._data
        if fill_value is None:
            fill_value = self.fill_value
        else:
            fill_value = checked_fill_value(fill_value, self.dtype)
        if self is masked:
            return np.asarray(fill_value)
        if not self._mask.any():
            return self._data
        result = self._data.copy()
        np.copyto(result, fill_value, where=self._mask)
        return result

    def compressed(self):
        """The unmasked elements, flattened."""
        data = self._data.ravel()
        if self._mask is not nomask:
            data = data.compress(np.logical_not(self._mask.ravel()))
        return data

    def count(self, axis=None, keepdims=False):
        """How many elements are not masked (along `axis`)."""
        if self is masked:
            return 0
        if self._mask is not nomask:
            return np.logical_not(self._mask).sum(axis=axis, dtype=np.intp,
                                                  keepdims=keepdims)
        if axis is None:
            if keepdims:
                return np.full((1,) * self.ndim, self.size, dtype=np.intp)
            return self.size
        axes = axis if isinstance(axis, tuple) else (axis,)
        axes = [reduced_axis % self.ndim for reduced_axis in axes]
        lane_length = 1
        for reduced_axis in axes:
            lane_length *= self.shape[reduced_axis]
        if keepdims:
            shape = [1 if index in axes else length
                     for index, length in enumerate(self.shape)]
        else:
            shape = [length for index, length in enumerate(self.shape)
                     if index not in axes]
        # a 0-d array, not a scalar, when an axis is given
        return np.full(shape, lane_length, dtype=np.intp)

    def shrink_mask(self):
        """Drops a mask that masks nothing (to nomask)."""
        if self._mask is not nomask and not self._mask.any():
            self._mask = nomask
        return self

    def harden_mask(self):
        self._hardmask = True
        return self

    def soften_mask(self):
        self._hardmask = False
        return self

    # --- array attributes ------------------------------------------------

    @property
    def shape(self):
        return self._data.shape

    @property
    def dtype(self):
        return self._data.dtype

    @property
    def ndim(self):
        return self._data.ndim

    @property
    def size(self):
        return self._data.size

    @property
    def T(self):
        return self.transpose()

    def __len__(self):
        return len(self._data)

    def _reshaped(self, operation):
        """A masked array whose data and mask are `operation` applied to
        this one's."""
        mask = self._mask
        if mask is not nomask:
            mask = operation(mask)
        return type(self).from_parts(operation(self._data), mask,
                                     self._fill_value)

    def reshape(self, *shape, order='C'):
        return self._reshaped(lambda a: a.reshape(*shape))

    def ravel(self, order='C'):
        return self._reshaped(lambda a: a.ravel())

    flatten = ravel

    def transpose(self, *axes):
        return self._reshaped(lambda a: a.transpose(*axes))

    def copy(self, order='C'):
        return self._reshaped(lambda a: a.copy())

    def astype(self, dtype):
        data = self._data.astype(dtype)
        mask = self._mask if self._mask is nomask else self._mask.copy()
        fill_value = self._fill_value
        if fill_value is not None:
            fill_value = checked_fill_value(fill_value[()], data.dtype)
        return type(self).from_parts(data, mask, fill_value)

    def tolist(self, fill_value=None):
        """The data as nested lists, masked elements as None (or
        `fill_value`)."""
        if fill_value is not None:
            return self.filled(fill_value).tolist()
        if self._mask is nomask or not self._mask.any():
            return self._data.tolist()
        items = self._data.ravel().tolist()
        for index, is_masked_item in enumerate(self._mask.ravel().tolist()):
            if is_masked_item:
                items[index] = None
        if self.ndim == 0:
            return items[0]
        return nested(items, self.shape)

    # --- indexing --------------------------------------------------------

    def __getitem__(self, index):
        if isinstance(index, MaskedArray):
            # NumPy indexes with the data, masked or not
            index = index._data
        data = self._data[index]
        mask = self._mask
        if mask is not nomask:
            mask = mask[index]
        if not isinstance(data, np.ndarray):
            if mask is not nomask and mask:
                return masked
            return data
        if mask is not nomask and mask.shape != data.shape:
            mask = mask.reshape(data.shape)
        return type(self).from_parts(data, mask, self._fill_value)

    def __setitem__(self, index, value):
        if self is masked:
            raise MaskError('Cannot alter the masked element.')
        if isinstance(index, MaskedArray):
            # NumPy indexes with the data, masked or not
            index = index._data
        if value is masked:
            if self._mask is nomask:
                self._mask = make_mask_none(self.shape)
            self._mask[index] = True
            return
        value_mask = getmask(value)
        self._data[index] = getdata(value)
        if self._mask is nomask:
            if value_mask is not nomask:
                self._mask = make_mask_none(self.shape)
                self._mask[index] = value_mask
        elif not self._hardmask:
            self._mask[index] = value_mask
        elif value_mask is not nomask:
            self._mask[index] = np.logical_or(self._mask[index],
                                              value_mask)

    def __iter__(self):
        for index in range(len(self)):
            yield self[index]

    # --- printing --------------------------------------------------------

    def _printed_fill_value(self):
        """The fill value as NumPy's repr shows it: as a bare value when
        it has the array's dtype."""
        fill_value = self.fill_value
        if self._fill_value.dtype.kind in 'SU' and \
                self.dtype.kind == self._fill_value.dtype.kind:
            return repr(fill_value.item())
        if self._fill_value.dtype == self.dtype:
            return str(fill_value)
        return repr(fill_value)

    def __repr__(self):
        mask = None if self._mask is nomask else self._mask
        return masked_array_repr(self._data, mask,
                                 self._printed_fill_value())

    def __str__(self):
        mask = None if self._mask is nomask else self._mask
        return masked_array_str(self._data, mask)

    # --- conversions to Python scalars ----------------------------------

    def _scalar_size_checked(self):
        if self.size > 1:
            raise TypeError("Only length-1 arrays can be converted to "
                            "Python scalars")
        return bool(self._mask is not nomask and self._mask.any())

    def __float__(self):
        if self._scalar_size_checked():
            import warnings
            warnings.warn("Warning: converting a masked element to nan.",
                          stacklevel=2)
            return np.nan
        return float(self._data.ravel()[0])

    def __int__(self):
        if self._scalar_size_checked():
            raise MaskError('Cannot convert masked element to a Python '
                            'int.')
        return int(self._data.ravel()[0])

    def __bool__(self):
        return bool(self._data)

    def __array__(self, dtype=None, copy=None):
        return self._data if dtype is None else self._data.astype(dtype)


class MaskedConstant(MaskedArray):
    """The type of `masked`, the single masked element: what indexing a
    masked element and reducing all-masked data give."""

    _instance = None

    def __new__(cls):
        if cls._instance is None:
            instance = object.__new__(cls)
            instance._data = np.array(0.)
            instance._mask = np.array(True)
            instance._fill_value = None
            instance._hardmask = False
            cls._instance = instance
        return cls._instance

    def __init__(self):
        pass

    def __repr__(self):
        return 'masked'

    def __str__(self):
        return '--'

    def __format__(self, format_spec):
        # what `masked` is formatted as is not guessed: '--' whatever the
        # format
        if format_spec:
            import warnings
            warnings.warn("Format strings passed to MaskedConstant are "
                          "ignored, but in future may error or produce "
                          "different behavior", FutureWarning, stacklevel=2)
        return str(self)

    def __bool__(self):
        return False

    def copy(self, order='C'):
        return self

    def __reduce__(self):
        return (MaskedConstant, ())


masked = masked_singleton = MaskedConstant()
masked_array = MaskedArray


def array(data, dtype=None, copy=False, order=None, mask=nomask,
          fill_value=None, keep_mask=True, hard_mask=False, shrink=True,
          subok=True, ndmin=0):
    """A masked array of `data` with `mask`."""
    return MaskedArray(data, dtype=dtype, copy=copy, mask=mask,
                       fill_value=fill_value, keep_mask=keep_mask,
                       hard_mask=hard_mask, shrink=shrink, ndmin=ndmin)


def masked_where(condition, a, copy=True):
    """`a` with the elements where `condition` holds masked."""
    condition = make_mask(condition, shrink=False)
    data = getdata(a)
    if condition.shape and condition.shape != data.shape:
        raise IndexError("Inconsistent shape between the condition and the "
                         "input (got %s and %s)" % (condition.shape,
                                                    data.shape))
    if copy:
        data = data.copy()
    mask = mask_or(condition, getmask(a), shrink=False)
    if mask.shape != data.shape:
        mask = np.resize(mask, data.shape)
    if not mask.any():
        mask = nomask
    return MaskedArray.from_parts(data, mask,
                                  getattr(a, '_fill_value', None))


def masked_equal(x, value, copy=True):
    """`x` with the elements equal to `value` masked; `value` becomes the
    fill value."""
    result = masked_where(np.equal(getdata(x), value), x, copy=copy)
    result.fill_value = value
    return result


def masked_not_equal(x, value, copy=True):
    return masked_where(np.not_equal(getdata(x), value), x, copy=copy)


def masked_greater(x, value, copy=True):
    return masked_where(np.greater(getdata(x), value), x, copy=copy)


def masked_greater_equal(x, value, copy=True):
    return masked_where(np.greater_equal(getdata(x), value), x, copy=copy)


def masked_less(x, value, copy=True):
    return masked_where(np.less(getdata(x), value), x, copy=copy)


def masked_less_equal(x, value, copy=True):
    return masked_where(np.less_equal(getdata(x), value), x, copy=copy)


def masked_inside(x, v1, v2, copy=True):
    low, high = min(v1, v2), max(v1, v2)
    data = getdata(x)
    return masked_where((data >= low) & (data <= high), x, copy=copy)


def masked_outside(x, v1, v2, copy=True):
    low, high = min(v1, v2), max(v1, v2)
    data = getdata(x)
    return masked_where((data < low) | (data > high), x, copy=copy)


def masked_invalid(a, copy=True):
    """`a` with its NaNs and infinities masked (the mask kept as an array
    even when nothing is masked)."""
    result = masked_where(np.logical_not(np.isfinite(getdata(a))), a,
                          copy=copy)
    if result._mask is nomask:
        result._mask = make_mask_none(result.shape)
    return result


def masked_values(x, value, rtol=1e-5, atol=1e-8, copy=True, shrink=True):
    """`x` with the elements (approximately, for floats) equal to `value`
    masked; `value` becomes the fill value."""
    data = filled(x, value)
    if np.issubdtype(data.dtype, np.floating):
        mask = np.isclose(data, value, atol=atol, rtol=rtol)
    else:
        mask = np.equal(data, value)
    result = MaskedArray(data, mask=mask, copy=copy, fill_value=value)
    if shrink:
        result.shrink_mask()
    return result


def count(a, axis=None, keepdims=False):
    return asanyarray(a).count(axis=axis, keepdims=keepdims)


def compressed(x):
    return asanyarray(x).compressed()


# the operators and reductions are methods of MaskedArray that need the
# class and `masked` defined first
from . import operations, reductions  # noqa: E402
