"""repr() and str() of arrays and float scalars, as NumPy 2 prints them
(numpy/_core/arrayprint.py: FloatingFormat in 'maxprec' mode,
IntegerFormat, BoolFormat and _formatArray's line wrapping and
summarization).  Everything here builds RPython str."""

import math
from rpython.rlib import rfloat
from rpython.rlib.rarithmetic import r_uint
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy.strides import shape_size

DEFAULT_DTYPES = ['float64', 'int64', 'bool', 'complex128']


class PrintOptions(object):
    def __init__(self):
        self.precision = 8
        self.threshold = 1000
        self.edgeitems = 3
        self.linewidth = 75
        self.suppress = False

options = PrintOptions()


# ____________________________________________________________
# decimal digits of one float

def parse_e(s):
    """'1.2500e+03' -> ('125', 3): the significant digits (trailing zeros
    removed, at least one) and the decimal exponent of the first one."""
    mantissa, exp = split_exp(s)
    digits = ''.join(mantissa.split('.'))
    end = len(digits)
    while end > 1 and digits[end - 1] == '0':
        end -= 1
    assert end >= 0
    return digits[:end], exp


def split_exp(s):
    """'1.50e+03' -> ('1.50', 3)"""
    i = s.find('e')
    assert i >= 0
    mantissa = s[:i]
    exp = 0
    k = i + 1
    negative = False
    if k < len(s) and (s[k] == '-' or s[k] == '+'):
        negative = s[k] == '-'
        k += 1
    while k < len(s):
        exp = exp * 10 + (ord(s[k]) - ord('0'))
        k += 1
    if negative:
        exp = -exp
    return mantissa, exp


def count_sig_digits(r):
    """Number of significant digits in a repr() like '1.5e+20', '100.0'
    or '0.0001'."""
    end = r.find('e')
    if end < 0:
        end = len(r)
    digits = []
    for k in range(end):
        c = r[k]
        if '0' <= c <= '9':
            digits.append(c)
    first = 0
    while first < len(digits) and digits[first] == '0':
        first += 1
    last = len(digits)
    while last > first and digits[last - 1] == '0':
        last -= 1
    return max(last - first, 1)


def shortest_digits(ax, fdt):
    """(digits, exp) of the shortest decimal that reads back as the
    non-negative finite ax, a value of the float dtype fdt:
    ax = d.ddd * 10**exp."""
    if ax == 0.0:
        return '0', 0
    if fdt is not dt.float64_dtype:
        n = 1
        while n < 9:
            s = rfloat.formatd(ax, 'e', n - 1)
            if fdt.wrap_float(rfloat.string_to_float(s)) == ax:
                return parse_e(s)
            n += 1
        return parse_e(rfloat.formatd(ax, 'e', 8))
    n = count_sig_digits(rfloat.formatd(ax, 'r', 0))
    return parse_e(rfloat.formatd(ax, 'e', n - 1))


def positional_parts(digits, exp):
    """(integer part, fraction part) of d.ddd * 10**exp written out."""
    if digits == '0':
        return '0', ''
    if exp >= 0:
        n = exp + 1
        if len(digits) <= n:
            return digits + '0' * (n - len(digits)), ''
        assert n >= 0
        return digits[:n], digits[n:]
    return '0', '0' * (-exp - 1) + digits


def is_negative(x):
    return math.copysign(1.0, x) < 0.0


def positional(x, fdt, precision):
    """(int part with its sign, fraction digits) of x with the shortest
    digits that identify it, at most `precision` of them after the point
    (-1: no limit), trailing zeros removed."""
    ax = math.fabs(x)
    digits, exp = shortest_digits(ax, fdt)
    ipart, fpart = positional_parts(digits, exp)
    if precision >= 0 and len(fpart) > precision:
        s = rfloat.formatd(ax, 'f', precision)
        dot = s.find('.')
        if dot < 0:
            ipart = s
            fpart = ''
        else:
            assert dot >= 0
            ipart = s[:dot]
            end = len(s)
            while end > dot + 1 and s[end - 1] == '0':
                end -= 1
            assert end >= 0
            fpart = s[dot + 1:end]
    if is_negative(x):
        ipart = '-' + ipart
    return ipart, fpart


def scientific(x, fdt, precision):
    """(sign and first digit, fraction digits, exponent) of x in
    scientific notation, shortest digits, at most `precision` after the
    point."""
    ax = math.fabs(x)
    digits, exp = shortest_digits(ax, fdt)
    if precision >= 0 and len(digits) - 1 > precision:
        digits, exp = parse_e(rfloat.formatd(ax, 'e', precision))
    ipart = digits[0]
    fpart = digits[1:]
    if is_negative(x):
        ipart = '-' + ipart
    return ipart, fpart, exp


def exp_text(exp, width):
    digits = str(abs(exp))
    if len(digits) < width:
        digits = '0' * (width - len(digits)) + digits
    return ('-' if exp < 0 else '+') + digits


def decimal_precision(fdt):
    """finfo(fdt).precision: the decimal digits fdt always holds."""
    if fdt.itemsize == 2:
        return 3
    if fdt.itemsize == 4:
        return 6
    return 15


def scalar_float_str(x, fdt):
    """str() of a float16/32/64 scalar (repr() is 'np.float64(...)')."""
    if math.isnan(x):
        return 'nan'
    if math.isinf(x):
        return 'inf' if x > 0.0 else '-inf'
    ax = math.fabs(x)
    big = 1e16 if fdt is dt.float64_dtype else \
        math.pow(10.0, decimal_precision(fdt))
    if ax == 0.0 or (ax < big and ax >= 1e-4):
        ipart, fpart = positional(x, fdt, -1)
        if not fpart:
            fpart = '0'
        return ipart + '.' + fpart
    ipart, fpart, exp = scientific(x, fdt, -1)
    if fpart:
        ipart += '.' + fpart
    return ipart + 'e' + exp_text(exp, 2)


# ____________________________________________________________
# formatting the elements of one array

def pad_left(strs):
    width = 0
    for s in strs:
        width = max(width, len(s))
    result = []
    for s in strs:
        result.append(' ' * (width - len(s)) + s)
    return result


def is_finite(v):
    return not (math.isnan(v) or math.isinf(v))


def format_floats(values, fdt, zero_d):
    """NumPy's FloatingFormat (floatmode 'maxprec', sign '-') for values
    of the float dtype fdt."""
    precision = options.precision
    have_nonzero = False
    max_val = 0.0
    min_val = 0.0
    n_finite = 0
    for v in values:
        if not is_finite(v):
            continue
        n_finite += 1
        av = math.fabs(v)
        if av == 0.0:
            continue
        if not have_nonzero:
            max_val = av
            min_val = av
            have_nonzero = True
        else:
            max_val = max(max_val, av)
            min_val = min(min_val, av)
    exp_format = False
    if have_nonzero:
        # NumPy computes these in the array's dtype
        small = fdt.wrap_float(0.0001)
        ratio = fdt.wrap_float(max_val / min_val)
        # NumPy 2.3+: the cutoff is 10**min(8, finfo(dtype).precision)
        cutoff = math.pow(10.0, min(8, decimal_precision(fdt)))
        if max_val >= cutoff or (not options.suppress and
                              (min_val < small or ratio > 1000.0)):
            exp_format = True
    ints = []
    fracs = []
    exps = []
    pad_l = 0
    pad_r = 0
    exp_size = 2
    for v in values:
        if not is_finite(v):
            ints.append('')
            fracs.append('')
            exps.append(0)
            continue
        if exp_format:
            ipart, fpart, exp = scientific(v, fdt, precision)
            exp_size = max(exp_size, len(str(abs(exp))))
        else:
            ipart, fpart = positional(v, fdt, precision)
            exp = 0
        ints.append(ipart)
        fracs.append(fpart)
        exps.append(exp)
        pad_l = max(pad_l, len(ipart))
        pad_r = max(pad_r, len(fpart))
    frac_digits = pad_r
    if exp_format and n_finite > 0:
        pad_r = exp_size + 2 + frac_digits
    if n_finite < len(values):
        neginf = 0
        for v in values:
            if math.isinf(v) and v < 0.0:
                neginf = 1
        offset = pad_r + 1
        pad_l = max(pad_l, max(3 - offset, 3 + neginf - offset))
    result = []
    for k in range(len(values)):
        v = values[k]
        if not is_finite(v):
            if math.isnan(v):
                s = 'nan'
            elif v > 0.0:
                s = 'inf'
            else:
                s = '-inf'
            result.append(' ' * (pad_l + pad_r + 1 - len(s)) + s)
            continue
        ipart = ints[k]
        fpart = fracs[k]
        if exp_format:
            # Dragon4 with min_digits: the digits after the shortest ones
            # are the exact value's (not zeros), rounded at frac_digits
            mantissa, exp = split_exp(rfloat.formatd(math.fabs(v), 'e',
                                                     frac_digits))
            if is_negative(v):
                mantissa = '-' + mantissa
            if frac_digits == 0:
                mantissa += '.'
            s = ' ' * (pad_l + frac_digits + 1 - len(mantissa)) + mantissa
            s += 'e' + exp_text(exp, exp_size)
            result.append(s)
            continue
        s = ' ' * (pad_l - len(ipart)) + ipart + '.'
        s += fpart + ' ' * (pad_r - len(fpart))
        result.append(s)
    return result


def format_complexes(res, ims, fdt, zero_d):
    """NumPy's ComplexFloatingFormat: the real parts formatted as floats
    of the parts' dtype fdt, the imaginary parts as such floats with a
    sign always shown, then 'j'."""
    rstrs = format_floats(res, fdt, zero_d)
    istrs = format_floats(ims, fdt, zero_d)
    signed = []
    width = 0
    for s in istrs:
        start = 0
        while start < len(s) and s[start] == ' ':
            start += 1
        s = s[start:]
        if not s.startswith('-'):
            s = '+' + s
        signed.append(s)
        width = max(width, len(s))
    result = []
    for k in range(len(rstrs)):
        s = signed[k]
        s = ' ' * (width - len(s)) + s
        end = len(s)
        while end > 0 and s[end - 1] == ' ':
            end -= 1
        assert end >= 0
        result.append(rstrs[k] + s[:end] + 'j' + s[end:])
    return result


def complex_scalar_str(re, im, fdt):
    """str() of a complex scalar whose parts are of the float dtype fdt,
    as Python's complex repr: each part as the float scalar's str, without
    a '.0' ending."""
    imag = complex_part_str(im, fdt)
    if re == 0.0 and math.copysign(1.0, re) > 0.0:
        return imag + 'j'
    sign = '' if imag.startswith('-') else '+'
    return '(' + complex_part_str(re, fdt) + sign + imag + 'j)'


def complex_part_str(x, fdt):
    text = scalar_float_str(x, fdt)
    if text.endswith('.0'):
        stop = len(text) - 2
        assert stop >= 0
        return text[:stop]
    return text


def int_str(dtype, value):
    if dtype.is_unsigned64():
        return str(r_uint(value))
    return str(value)


def element_offset(w_arr, indices):
    offset = w_arr.start
    for k in range(len(indices)):
        offset += indices[k] * w_arr.strides[k]
    return offset


def shown_offsets(w_arr, sshape, cut):
    """Byte offsets of the printed elements, in C order of the summarized
    array (of shape sshape)."""
    ndim = len(sshape)
    size = shape_size(sshape)
    result = [0] * size
    if size == 0:
        return result
    edge = options.edgeitems
    index = [0] * ndim
    for k in range(size):
        offset = w_arr.start
        for d in range(ndim):
            i = index[d]
            if cut[d] and i >= edge:
                i += w_arr.shape[d] - 2 * edge
            offset += i * w_arr.strides[d]
        result[k] = offset
        d = ndim - 1
        while d >= 0:
            index[d] += 1
            if index[d] < sshape[d]:
                break
            index[d] = 0
            d -= 1
    return result


def format_elements(w_arr, offsets):
    dtype = w_arr.dtype
    zero_d = len(w_arr.shape) == 0
    if dtype.is_complex():
        res = [0.0] * len(offsets)
        ims = [0.0] * len(offsets)
        for k in range(len(offsets)):
            res[k] = dtype.read_float(w_arr.storage, offsets[k])
            ims[k] = dtype.read_imag(w_arr.storage, offsets[k])
        return format_complexes(res, ims, dt.real_part(dtype), zero_d)
    if dtype.is_float():
        values = [0.0] * len(offsets)
        for k in range(len(offsets)):
            values[k] = dtype.read_float(w_arr.storage, offsets[k])
        return format_floats(values, dtype, zero_d)
    strs = []
    if dtype.kind == dt.KIND_BOOL:
        true_str = 'True' if zero_d else ' True'
        for offset in offsets:
            value = dtype.read_int(w_arr.storage, offset)
            strs.append(true_str if value else 'False')
        return strs
    for offset in offsets:
        strs.append(int_str(dtype, dtype.read_int(w_arr.storage, offset)))
    return pad_left(strs)


# ____________________________________________________________
# layout: NumPy's _formatArray

def rstripped(s):
    end = len(s)
    while end > 0 and s[end - 1] == ' ':
        end -= 1
    assert end >= 0
    return s[:end]


class Layout(object):
    def __init__(self, strs, sshape, cut, separator, edge):
        self.strs = strs
        self.shape = sshape
        self.cut = cut
        self.separator = separator
        self.edge = edge
        ndim = len(sshape)
        self.inner = [1] * ndim
        k = ndim - 2
        while k >= 0:
            self.inner[k] = self.inner[k + 1] * sshape[k + 1]
            k -= 1

    def extend_line(self, parts, line, word, line_width, next_line_prefix):
        needs_wrap = len(line) + len(word) > line_width
        if len(line) <= len(next_line_prefix):
            needs_wrap = False
        if needs_wrap:
            parts.append(rstripped(line) + '\n')
            line = next_line_prefix
        return line + word

    def recurse(self, axis, base, hanging_indent, curr_width):
        axes_left = len(self.shape) - axis
        if axes_left == 0:
            return self.strs[base]
        next_hanging_indent = hanging_indent + ' '
        next_width = curr_width - 1
        m = self.shape[axis]
        inner = self.inner[axis]
        show_summary = self.cut[axis]
        if show_summary:
            leading = self.edge
            trailing = self.edge
        else:
            leading = 0
            trailing = m
        separator = self.separator
        parts = []
        if axes_left == 1:
            elem_width = curr_width - max(len(rstripped(separator)), 1)
            line = hanging_indent
            for i in range(leading):
                word = self.recurse(axis + 1, base + i * inner,
                                    next_hanging_indent, next_width)
                line = self.extend_line(parts, line, word, elem_width,
                                        hanging_indent)
                line += separator
            if show_summary:
                line = self.extend_line(parts, line, '...', elem_width,
                                        hanging_indent)
                line += separator
            i = trailing
            while i > 1:
                word = self.recurse(axis + 1, base + (m - i) * inner,
                                    next_hanging_indent, next_width)
                line = self.extend_line(parts, line, word, elem_width,
                                        hanging_indent)
                line += separator
                i -= 1
            word = self.recurse(axis + 1, base + (m - 1) * inner,
                                next_hanging_indent, next_width)
            line = self.extend_line(parts, line, word, elem_width,
                                    hanging_indent)
            parts.append(line)
        else:
            line_sep = rstripped(separator) + '\n' * (axes_left - 1)
            for i in range(leading):
                parts.append(hanging_indent)
                parts.append(self.recurse(axis + 1, base + i * inner,
                                          next_hanging_indent, next_width))
                parts.append(line_sep)
            if show_summary:
                parts.append(hanging_indent + '...' + line_sep)
            i = trailing
            while i > 1:
                parts.append(hanging_indent)
                parts.append(self.recurse(axis + 1, base + (m - i) * inner,
                                          next_hanging_indent, next_width))
                parts.append(line_sep)
                i -= 1
            parts.append(hanging_indent)
            parts.append(self.recurse(axis + 1, base + (m - 1) * inner,
                                      next_hanging_indent, next_width))
        s = ''.join(parts)
        start = len(hanging_indent)
        assert start >= 0
        return '[' + s[start:] + ']'


def array2string(w_arr, line_width, separator, prefix):
    """The bracketed text of a non-empty array."""
    shape = w_arr.shape
    summarize = w_arr.get_size() > options.threshold
    edge = options.edgeitems
    ndim = len(shape)
    sshape = [0] * ndim
    cut = [False] * ndim
    for d in range(ndim):
        if summarize and shape[d] > 2 * edge:
            sshape[d] = 2 * edge
            cut[d] = True
        else:
            sshape[d] = shape[d]
    strs = format_elements(w_arr, shown_offsets(w_arr, sshape, cut))
    layout = Layout(strs, sshape, cut, separator, edge)
    return layout.recurse(0, 0, ' ' + ' ' * len(prefix), line_width)


def shape_text(shape):
    if len(shape) == 1:
        return '(%d,)' % shape[0]
    return '(' + ', '.join([str(n) for n in shape]) + ')'


def array_repr(space, w_arr):
    # a Python subclass's instances show its name, as NumPy's repr
    w_type = w_arr.getclass(space)
    prefix = 'array('
    if w_type is not space.w_ndarray:
        prefix = space.type_name(w_type) + '('
    size = w_arr.get_size()
    linewidth = options.linewidth
    if size == 0:
        body = '[]'
    else:
        body = array2string(w_arr, linewidth - 1, ', ', prefix)
    extras = []
    if (size == 0 and not (len(w_arr.shape) == 1)) or \
            size > options.threshold:
        extras.append('shape=' + shape_text(w_arr.shape))
    if size == 0 or w_arr.dtype.name not in DEFAULT_DTYPES:
        extras.append('dtype=' + w_arr.dtype.name)
    if not extras:
        return prefix + body + ')'
    arr_str = prefix + body + ','
    extra_str = ', '.join(extras) + ')'
    last_line_len = len(arr_str) - (arr_str.rfind('\n') + 1)
    spacer = ' '
    if last_line_len + len(extra_str) + 1 > linewidth:
        spacer = '\n' + ' ' * len(prefix)
    return arr_str + spacer + extra_str


def array_str(space, w_arr):
    if not w_arr.shape:
        dtype = w_arr.dtype
        if dtype.is_complex():
            return complex_scalar_str(
                dtype.read_float(w_arr.storage, w_arr.start),
                dtype.read_imag(w_arr.storage, w_arr.start),
                dt.real_part(dtype))
        if dtype.is_float():
            return scalar_float_str(dtype.read_float(w_arr.storage,
                                                     w_arr.start),
                                    dtype)
        value = dtype.read_int(w_arr.storage, w_arr.start)
        if dtype.kind == dt.KIND_BOOL:
            return 'True' if value else 'False'
        return int_str(dtype, value)
    if w_arr.get_size() == 0:
        return '[]'
    return array2string(w_arr, options.linewidth, ' ', '')
