"""numpy.ma's element-wise functions and MaskedArray's operators: the
ufunc runs on the data (floating-point warnings silenced, since masked
elements may hold anything), the result's mask is the operands' masks
OR-ed, plus, for functions with a domain, the elements outside it and
those the function made NaN or infinite."""

import operator

import numpy as np

from .core import MaskedArray, MaskError, nomask, masked, getdata, getmask, \
    getmaskarray, make_mask_none, mask_or, checked_fill_value


def result_fill_value(*operands):
    """The fill value a result inherits: the first masked operand's."""
    for operand in operands:
        if isinstance(operand, MaskedArray):
            return operand._fill_value
    return None


def masked_result(result, mask, *operands):
    """The ufunc `result` with `mask`: a scalar result is `masked` or
    itself."""
    if np.ndim(result) == 0:
        if mask is not nomask and mask:
            return masked
        return result
    return MaskedArray.from_parts(result, mask, result_fill_value(*operands))


def copy_where(result, values, mask):
    """Puts `values` in `result` under `mask` (when they can be cast)."""
    if mask is not nomask and mask.any():
        try:
            np.copyto(result, values, casting='unsafe', where=mask)
        except (TypeError, ValueError):
            pass


class DomainGreater(object):
    """The invalid domain of log and the like: x <= critical_value."""

    def __init__(self, critical_value):
        self.critical_value = critical_value

    def __call__(self, x):
        with np.errstate(invalid='ignore'):
            return np.less_equal(x, self.critical_value)


class DomainGreaterEqual(DomainGreater):
    """The invalid domain of sqrt and the like: x < critical_value."""

    def __call__(self, x):
        with np.errstate(invalid='ignore'):
            return np.less(x, self.critical_value)


class DomainCheckInterval(object):
    """The invalid domain of arcsin and the like: outside [low, high]."""

    def __init__(self, low, high):
        self.low, self.high = min(low, high), max(low, high)

    def __call__(self, x):
        with np.errstate(invalid='ignore'):
            return np.logical_or(np.greater(x, self.high),
                                 np.less(x, self.low))


class DomainTan(object):
    """Where tan is infinite: cos(x) close to zero."""

    def __init__(self, tolerance):
        self.tolerance = tolerance

    def __call__(self, x):
        with np.errstate(invalid='ignore'):
            return np.less(np.absolute(np.cos(x)), self.tolerance)


class DomainSafeDivide(object):
    """Where a division's divisor is (nearly) zero: |b| <= |a| * tiny."""

    tolerance = np.finfo(float).tiny

    def __call__(self, a, b):
        with np.errstate(all='ignore'):
            return np.greater_equal(
                np.absolute(a) * self.tolerance, np.absolute(b))


class MaskedUnaryOperation(object):
    """A unary ufunc on masked arrays; with a domain, the elements outside
    it and the non-finite results are masked too."""

    def __init__(self, ufunc, domain=None):
        self.ufunc = ufunc
        self.domain = domain
        self.__name__ = ufunc.__name__

    def __call__(self, a, *args, **kwargs):
        data = getdata(a)
        with np.errstate(divide='ignore', invalid='ignore'):
            result = self.ufunc(data, *args, **kwargs)
        if self.domain is None:
            mask = getmask(a)
        else:
            mask = np.logical_not(np.isfinite(result))
            mask |= self.domain(data)
            mask |= getmask(a)
        if np.ndim(result) and mask is not nomask:
            copy_where(result, data, mask)
        return masked_result(result, mask, a)


class MaskedBinaryOperation(object):
    """A binary ufunc on masked arrays: masked elements keep the first
    operand's data."""

    def __init__(self, ufunc):
        self.ufunc = ufunc
        self.__name__ = ufunc.__name__

    def __call__(self, a, b, *args, **kwargs):
        data_a, data_b = getdata(a), getdata(b)
        with np.errstate(divide='ignore', invalid='ignore'):
            result = self.ufunc(data_a, data_b, *args, **kwargs)
        mask_a, mask_b = getmask(a), getmask(b)
        if mask_a is nomask and mask_b is nomask:
            mask = nomask
        else:
            mask = np.logical_or(getmaskarray(a), getmaskarray(b))
        if np.ndim(result):
            copy_where(result, data_a, mask)
        return masked_result(result, mask, a, b)


class DomainedBinaryOperation(object):
    """A binary ufunc with a domain (division): the elements outside it
    and the non-finite results are masked; masked elements keep the first
    operand's data when it casts safely to the result, else zero."""

    def __init__(self, ufunc, domain):
        self.ufunc = ufunc
        self.domain = domain
        self.__name__ = ufunc.__name__

    def __call__(self, a, b, *args, **kwargs):
        data_a, data_b = getdata(a), getdata(b)
        with np.errstate(divide='ignore', invalid='ignore'):
            result = self.ufunc(data_a, data_b, *args, **kwargs)
        mask = np.logical_not(np.isfinite(result))
        mask |= getmask(a)
        mask |= getmask(b)
        mask |= self.domain(data_a, data_b)
        if np.ndim(mask) == 0:
            if mask:
                return masked
            return result
        copy_where(result, 0, mask)
        kept_data = np.multiply(mask, data_a)
        # NumPy asks np.can_cast(..., casting='safe'), which micronumpy
        # lacks: a safe cast is one that leaves the result's dtype as it is
        if np.result_type(kept_data.dtype, result.dtype) == result.dtype:
            result += kept_data
        return MaskedArray.from_parts(result, mask, result_fill_value(a, b))


def power(a, b, third=None):
    """a ** b, with the non-finite results masked (and set to the fill
    value in the data)."""
    if third is not None:
        raise MaskError("3-argument power not supported.")
    mask = mask_or(getmask(a), getmask(b))
    data_a, data_b = getdata(a), getdata(b)
    with np.errstate(divide='ignore', invalid='ignore'):
        result = np.asarray(np.where(mask, data_a, np.power(data_a, data_b)))
    invalid = np.logical_not(np.isfinite(result))
    if mask is not nomask:
        if not result.ndim:
            return masked
        mask = np.logical_or(mask, invalid)
    if invalid.any():
        if not result.ndim:
            return masked
        if mask is nomask:
            mask = invalid
    fill_value = a._fill_value if isinstance(a, MaskedArray) else None
    masked_power = MaskedArray.from_parts(result, mask, fill_value)
    if invalid.any():
        result[invalid] = masked_power.fill_value
    return masked_power


def compare(a, b, comparison):
    """`comparison` (an operator) of the masked array `a` with `b`:
    elements masked in either are masked; == and != count two masked
    elements as equal."""
    mask_a, mask_b = getmask(a), getmask(b)
    mask = mask_or(mask_a, mask_b)
    try:
        other_data = getdata(b)
    except TypeError:
        # what micronumpy cannot make an array of (None, a string) is, as
        # NumPy's object comparison finds, unequal to every number
        if comparison not in (operator.eq, operator.ne):
            raise
        check = np.full(a.shape, comparison is operator.ne)
    else:
        check = comparison(a._data, other_data)
    if np.ndim(check) == 0:
        if mask is not nomask and mask:
            return masked
        return check
    if mask is not nomask:
        if comparison in (operator.eq, operator.ne):
            check = np.where(mask, comparison(mask_a, mask_b), check)
        if mask.shape != check.shape:
            mask = np.broadcast_to(mask, check.shape).copy()
    fill_value = a._fill_value
    if fill_value is not None:
        try:
            fill_value = checked_fill_value(fill_value[()], np.bool_)
        except (TypeError, ValueError):
            fill_value = checked_fill_value(None, np.bool_)
    return MaskedArray.from_parts(check, mask, fill_value)


safe_divide = DomainSafeDivide()

# NumPy's masked unary functions and the invalid domain of those that have
# one
UNARY_FUNCTIONS = {
    'exp': None, 'conjugate': None, 'sin': None, 'cos': None,
    'arctan': None, 'arcsinh': None, 'sinh': None, 'cosh': None,
    'tanh': None, 'absolute': None, 'fabs': None, 'negative': None,
    'floor': None, 'ceil': None, 'logical_not': None, 'sign': None,
    'rint': None, 'invert': None, 'positive': None,
    'sqrt': DomainGreaterEqual(0.0),
    'log': DomainGreater(0.0), 'log2': DomainGreater(0.0),
    'log10': DomainGreater(0.0),
    'tan': DomainTan(1e-35),
    'arcsin': DomainCheckInterval(-1.0, 1.0),
    'arccos': DomainCheckInterval(-1.0, 1.0),
    'arccosh': DomainGreaterEqual(1.0),
    'arctanh': DomainCheckInterval(-1.0 + 1e-15, 1.0 + 1e-15),
}

BINARY_FUNCTIONS = [
    'add', 'subtract', 'multiply', 'arctan2', 'equal', 'not_equal',
    'less_equal', 'greater_equal', 'less', 'greater', 'logical_and',
    'logical_or', 'logical_xor', 'bitwise_and', 'bitwise_or', 'bitwise_xor',
    'hypot', 'left_shift', 'right_shift',
]

DIVISION_FUNCTIONS = ['divide', 'true_divide', 'floor_divide', 'remainder',
                      'fmod']

unary_functions = {name: MaskedUnaryOperation(getattr(np, name), domain)
                   for name, domain in UNARY_FUNCTIONS.items()}
binary_functions = {name: MaskedBinaryOperation(getattr(np, name))
                    for name in BINARY_FUNCTIONS}
binary_functions.update(
    (name, DomainedBinaryOperation(getattr(np, name), safe_divide))
    for name in DIVISION_FUNCTIONS)
binary_functions['power'] = power
binary_functions['mod'] = binary_functions['remainder']
unary_functions['abs'] = unary_functions['absolute']

# MaskedArray's arithmetic operators: the special method's name and the
# masked function it applies
ARITHMETIC_OPERATORS = {
    'add': 'add', 'sub': 'subtract', 'mul': 'multiply',
    'truediv': 'true_divide', 'floordiv': 'floor_divide',
    'mod': 'remainder', 'pow': 'power', 'and': 'bitwise_and',
    'or': 'bitwise_or', 'xor': 'bitwise_xor', 'lshift': 'left_shift',
    'rshift': 'right_shift',
}

COMPARISON_OPERATORS = ['eq', 'ne', 'lt', 'le', 'gt', 'ge']


def binary_operator(function):
    def apply(self, other):
        return function(self, other)
    return apply


def reflected_operator(function):
    def apply(self, other):
        return function(other, self)
    return apply


def check_inplace_cast(method, data, other):
    """Raises what ndarray's augmented assignment `method` raises when its
    result cannot be cast back to `data`'s dtype, trying it on one
    element."""
    with np.errstate(all='ignore'):
        getattr(operator, 'i' + method)(data.ravel()[:1].copy(),
                                        getdata(other).ravel()[:1])


def inplace_operator(method, function):
    """The augmented assignment `method`: the data and mask of `self`
    take those of the operation's result."""
    def apply(self, other):
        check_inplace_cast(method, self._data, other)
        result = function(self, other)
        if result is masked:
            self[...] = masked
            return self
        np.copyto(self._data, getdata(result), casting='unsafe')
        mask = getmask(result)
        if mask is not nomask:
            if self._mask is nomask:
                self._mask = make_mask_none(self.shape)
            self._mask[...] = mask
        return self
    return apply


def comparison_operator(comparison):
    def apply(self, other):
        return compare(self, other, comparison)
    return apply


def unary_operator(function):
    def apply(self):
        return function(self)
    return apply


for method, function_name in ARITHMETIC_OPERATORS.items():
    function = binary_functions[function_name]
    setattr(MaskedArray, '__%s__' % method, binary_operator(function))
    setattr(MaskedArray, '__r%s__' % method, reflected_operator(function))
    setattr(MaskedArray, '__i%s__' % method,
            inplace_operator(method, function))
for method in COMPARISON_OPERATORS:
    setattr(MaskedArray, '__%s__' % method,
            comparison_operator(getattr(operator, method)))
MaskedArray.__neg__ = unary_operator(unary_functions['negative'])
MaskedArray.__pos__ = unary_operator(unary_functions['positive'])
MaskedArray.__invert__ = unary_operator(unary_functions['invert'])
MaskedArray.__abs__ = unary_operator(unary_functions['absolute'])
MaskedArray.__hash__ = None
