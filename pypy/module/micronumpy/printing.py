"""repr() and str() of arrays, as NumPy 2 prints them (default print
options: precision 8, threshold 1000, edgeitems 3, linewidth 75)."""

import math
from rpython.rlib import rfloat
from pypy.objspace.floatobject import float_repr
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy.strides import shape_size

DEFAULT_DTYPES = ['float64', 'int64', 'bool']


class PrintOptions(object):
    def __init__(self):
        self.precision = 8
        self.threshold = 1000
        self.edgeitems = 3
        self.linewidth = 75
        self.suppress = False

options = PrintOptions()


def element_offset(w_arr, index):
    offset = w_arr.start
    k = len(w_arr.shape) - 1
    while k >= 0:
        n = w_arr.shape[k]
        offset += (index % n) * w_arr.strides[k]
        index = index // n
        k -= 1
    return offset


def shown_indices(w_arr, summarize):
    """Flat indices of the elements that are printed."""
    size = shape_size(w_arr.shape)
    if not summarize:
        return range(size)
    result = []
    for index in range(size):
        rest = index
        shown = True
        k = len(w_arr.shape) - 1
        while k >= 0:
            n = w_arr.shape[k]
            i = rest % n
            rest = rest // n
            if n > 2 * options.edgeitems and \
                    options.edgeitems <= i < n - options.edgeitems:
                shown = False
            k -= 1
        if shown:
            result.append(index)
    return result


def strip_zeros(s):
    """'1.500' -> '1.5', '2.000' -> '2.'"""
    if '.' not in s:
        return s
    end = len(s)
    while end > 0 and s[end - 1] == '0':
        end -= 1
    assert end >= 0
    return s[:end]


def positional(x, precision):
    s = float_repr(x)
    if 'e' in s or ('.' in s and len(s) - s.index('.') - 1 > precision):
        s = rfloat.formatd(x, 'f', precision)
    s = strip_zeros(s)
    if '.' not in s:
        s += '.'
    return s


def split_exp(s):
    i = s.find('e')
    if i < 0:
        return s, 0
    assert i >= 0
    return s[:i], int(s[i + 1:])


def scientific(x, frac_digits):
    s = rfloat.formatd(x, 'e', frac_digits)
    mantissa, exp = split_exp(s)
    if frac_digits == 0:
        mantissa += '.'
    sign = '-' if exp < 0 else '+'
    digits = str(abs(exp))
    if len(digits) < 2:
        digits = '0' + digits
    return mantissa + 'e' + sign + digits


def unique_frac_digits_sci(x, precision):
    """Fraction digits of x's shortest scientific form (at most
    precision)."""
    s = float_repr(x)
    mantissa, exp = split_exp(rfloat.formatd(x, 'e', 16))
    best = precision
    for digits in range(precision + 1):
        if float(rfloat.formatd(x, 'e', digits)) == x:
            best = digits
            break
    return best


def format_floats(values):
    finite = [v for v in values if not (math.isnan(v) or math.isinf(v))]
    abs_finite = [math.fabs(v) for v in finite]
    nonzero = [v for v in abs_finite if v != 0.0]
    use_exp = False
    if nonzero and not options.suppress:
        if max(nonzero) >= 1e8 or min(nonzero) < 10.0 ** -4:
            use_exp = True
    result = []
    if use_exp:
        frac = 0
        for v in finite:
            frac = max(frac, unique_frac_digits_sci(v, options.precision))
        for v in values:
            result.append(special(v) or scientific(v, frac))
        return pad_left(result)
    strs = [special(v) or positional(v, options.precision) for v in values]
    frac_len = 0
    for s in strs:
        if '.' in s:
            frac_len = max(frac_len, len(s) - s.index('.') - 1)
    padded = []
    for s in strs:
        if '.' in s:
            s += ' ' * (frac_len - (len(s) - s.index('.') - 1))
        else:
            s += ' ' * (frac_len + 1) if frac_len > 0 else ''
        padded.append(s)
    return pad_left(padded)


def special(v):
    if math.isnan(v):
        return 'nan'
    if math.isinf(v):
        return 'inf' if v > 0 else '-inf'
    return ''


def pad_left(strs):
    width = 0
    for s in strs:
        width = max(width, len(s))
    return [' ' * (width - len(s)) + s for s in strs]


def format_elements(w_arr, indices):
    dtype = w_arr.dtype
    if dtype.is_float():
        return format_floats([dtype.read_float(
            w_arr.storage, element_offset(w_arr, i)) for i in indices])
    strs = []
    for i in indices:
        value = dtype.read_int(w_arr.storage, element_offset(w_arr, i))
        if dtype.kind == dt.KIND_BOOL:
            strs.append('True' if value else 'False')
        elif dtype.is_unsigned64():
            from rpython.rlib.rarithmetic import r_uint
            strs.append(str(r_uint(value)))
        else:
            strs.append(str(value))
    return pad_left(strs)


def format_array(w_arr, separator, prefix):
    size = shape_size(w_arr.shape)
    summarize = size > options.threshold
    indices = shown_indices(w_arr, summarize)
    strs = format_elements(w_arr, indices)
    lookup = {}
    for k in range(len(indices)):
        lookup[indices[k]] = strs[k]
    if not w_arr.shape:
        return strs[0]
    return format_level(w_arr.shape, 0, 0, lookup, separator,
                        ' ' * len(prefix), summarize, len(prefix))


def format_level(shape, axis, base, lookup, separator, indent, summarize,
                 prefix_len):
    n = shape[axis]
    inner = 1
    for k in range(axis + 1, len(shape)):
        inner *= shape[k]
    edge = options.edgeitems
    skip = summarize and n > 2 * edge
    if axis == len(shape) - 1:
        items = []
        for i in range(n):
            if skip and i == edge:
                items.append('...')
            if skip and edge <= i < n - edge:
                continue
            items.append(lookup[base + i])
        return '[' + wrap(items, separator, indent + ' ' * axis,
                          prefix_len + axis + 1) + ']'
    rows = []
    for i in range(n):
        if skip and i == edge:
            rows.append('...')
        if skip and edge <= i < n - edge:
            continue
        rows.append(format_level(shape, axis + 1, base + i * inner, lookup,
                                 separator, indent, summarize, prefix_len))
    newlines = '\n' * (len(shape) - axis - 1)
    joiner = separator.rstrip() + newlines + indent + ' ' * (axis + 1)
    return '[' + joiner.join(rows) + ']'


def wrap(items, separator, indent, first_col):
    """Join items with separator, breaking lines at the line width."""
    lines = []
    line = ''
    col = first_col
    for k in range(len(items)):
        item = items[k]
        piece = item + (separator.rstrip() if k < len(items) - 1 else '')
        if line and col + len(separator) - len(separator.rstrip()) + \
                len(piece) + 1 > options.linewidth:
            lines.append(line.rstrip())
            line = ''
            col = len(indent) + 1
        if line:
            space = separator[len(separator.rstrip()):]
            line += space
            col += len(space)
        line += piece
        col += len(piece)
    lines.append(line)
    return ('\n' + indent + ' ').join(lines)


def array_repr(space, w_arr):
    prefix = 'array('
    if shape_size(w_arr.shape) == 0:
        body = '[]'
        if len(w_arr.shape) > 1:
            return 'array([], shape=%s, dtype=%s)' % (
                '(' + ', '.join([str(n) for n in w_arr.shape]) + ')',
                w_arr.dtype.name)
        return 'array([], dtype=%s)' % w_arr.dtype.name
    body = format_array(w_arr, ', ', prefix)
    if w_arr.dtype.name in DEFAULT_DTYPES:
        return prefix + body + ')'
    return prefix + body + ', dtype=%s)' % w_arr.dtype.name


def array_str(space, w_arr):
    if shape_size(w_arr.shape) == 0:
        return '[]'
    return format_array(w_arr, ' ', '')
