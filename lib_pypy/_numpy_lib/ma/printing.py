"""repr() and str() of masked arrays as NumPy 2 prints them. NumPy turns
masked data into an object array with '--' under the mask and prints
that with array2string (elements as their Python repr, unpadded); data
without a mask prints as its ndarray does. micronumpy has neither object
arrays nor array2string, so the elements' strings are made here and laid
out by a port of array2string's line wrapping (numpy/_core/arrayprint.py
_formatArray)."""

import numpy as np

MASKED_ELEMENT = '--'
SUMMARY_INSERT = '...'

# NumPy cuts masked data to its corners along the axes longer than this
# before it makes the object array that it prints (which is then summarized
# only if it still holds more elements than the print threshold)
PRINT_WIDTH = 100
PRINT_WIDTH_1D = 1500

# the dtypes whose repr leaves out dtype= (numpy's _typelessdata)
IMPLIED_DTYPES = (np.int64, np.float64, np.complex128, np.bool_)


def corners(array, edge_items, summarized):
    """The part of `array` that a summarized print shows."""
    for axis, summarize in enumerate(summarized):
        if summarize:
            length = array.shape[axis]
            picked = list(range(edge_items)) + \
                list(range(length - edge_items, length))
            array = np.take(array, picked, axis=axis)
    return array


def cut_for_printing(array):
    """`array` cut as NumPy cuts masked data before printing it."""
    width = PRINT_WIDTH if array.ndim > 1 else PRINT_WIDTH_1D
    return corners(array, width // 2,
                   [length > width for length in array.shape])


def ndarray_elements(array):
    """The strings ndarray's repr prints for the elements of `array`, in
    C order (padded to a common width, as ndarray pads them)."""
    if array.ndim == 0:
        text = repr(array)
        return [text[len('array('):text.rindex(')')].split(', dtype=')[0]]
    options = np.get_printoptions()
    np.set_printoptions(threshold=2 ** 62, linewidth=2 ** 62)
    try:
        text = repr(array.ravel())
    finally:
        np.set_printoptions(**options)
    return text[len('array(['):text.rindex(']')].split(', ')


def masked_elements(data, mask):
    """The strings of an object array holding `data` with '--' under
    `mask`: the elements' Python reprs."""
    return [MASKED_ELEMENT if is_masked else repr(item)
            for item, is_masked in zip(data.ravel().tolist(),
                                       mask.ravel().tolist())]


def nested(items, shape):
    """The flat list `items` as nested lists of `shape`."""
    if len(shape) <= 1:
        return items
    step = len(items) // shape[0]
    return [nested(items[start:start + step], shape[1:])
            for start in range(0, len(items), step)]


def extend_line(text, line, word, line_width, next_line_prefix):
    """Appends `word` to the current line, starting a new one when the
    word does not fit (unless the line holds nothing yet)."""
    if len(line) + len(word) > line_width and \
            len(line) > len(next_line_prefix):
        text += line.rstrip() + '\n'
        line = next_line_prefix
    return text, line + word


def format_nested(rows, ndim, summarized, edge_items, separator,
                  line_width, next_line_prefix):
    """The nested lists of element strings `rows` laid out between
    brackets, wrapped to `line_width`."""

    def format_axis(item, axis, hanging_indent, width):
        axes_left = ndim - axis
        if axes_left == 0:
            return item
        next_hanging_indent = hanging_indent + ' '
        next_width = width - len(']')
        if summarized[axis]:
            leading, trailing = item[:edge_items], item[edge_items:]
        else:
            leading, trailing = [], item
        parts = [format_axis(sub, axis + 1, next_hanging_indent, next_width)
                 for sub in leading]
        if summarized[axis]:
            parts.append(SUMMARY_INSERT)
        parts += [format_axis(sub, axis + 1, next_hanging_indent,
                              next_width) for sub in trailing]
        if axes_left == 1:
            element_width = width - max(len(separator.rstrip()), len(']'))
            text, line = '', hanging_indent
            for part in parts[:-1]:
                text, line = extend_line(text, line, part, element_width,
                                         hanging_indent)
                line += separator
            text, line = extend_line(text, line, parts[-1], element_width,
                                     hanging_indent)
            text += line
        else:
            line_separator = separator.rstrip() + '\n' * (axes_left - 1)
            text = line_separator.join(hanging_indent + part
                                       for part in parts)
        return '[' + text[len(hanging_indent):] + ']'

    return format_axis(rows, 0, next_line_prefix, line_width)


def array_to_string(shape, shown_elements, separator, prefix='',
                    suffix=''):
    """array2string of an array of `shape`. shown_elements(pick) gives
    the strings of the elements shown (C order), `pick` being what cuts an
    array of `shape` to the part shown."""
    size = 1
    for length in shape:
        size *= length
    if size == 0:
        return '[]'
    options = np.get_printoptions()
    edge_items = options['edgeitems']
    summarize = size > options['threshold']
    summarized = [summarize and length > 2 * edge_items for length in shape]
    elements = shown_elements(
        lambda array: corners(array, edge_items, summarized))
    if not shape:
        return elements[0]
    shown_shape = [2 * edge_items if summarize_axis else length
                   for length, summarize_axis in zip(shape, summarized)]
    return format_nested(nested(elements, shown_shape), len(shape),
                         summarized, edge_items, separator,
                         options['linewidth'] - len(suffix),
                         ' ' + ' ' * len(prefix))


def data_to_string(data, mask, separator, prefix='', suffix=''):
    """The data as NumPy prints a masked array's data (mask None when
    nothing is masked)."""
    if mask is None:
        def shown_elements(pick):
            return ndarray_elements(pick(data))
    else:
        data, mask = cut_for_printing(data), cut_for_printing(mask)

        def shown_elements(pick):
            return masked_elements(pick(data), pick(mask))
    return array_to_string(data.shape, shown_elements, separator, prefix,
                           suffix)


def dtype_short_repr(dtype):
    """The dtype as a masked array's repr names it."""
    if dtype.kind in 'SUV':
        return "'%s'" % str(dtype)
    name = dtype.name
    if not (name[0].isalpha() and name.isalnum()):
        return repr(name)
    return name


def masked_array_repr(data, mask, fill_value_repr):
    """NumPy's repr of the masked array of `data` and `mask` (None when
    nothing is masked)."""
    prefix = 'masked_array('
    dtype_needed = (data.dtype.type not in IMPLIED_DTYPES or
                    (mask is not None and bool(mask.all())) or
                    data.size == 0)
    keys = ['data', 'mask', 'fill_value']
    if dtype_needed:
        keys.append('dtype')
    min_indent = 2
    if all(length == 1 for length in data.shape[:-1]):
        # the first key on the type's line, the others aligned on '='
        indents = {keys[0]: prefix}
        for key in keys[1:]:
            indents[key] = ' ' * max(min_indent,
                                     len(prefix + keys[0]) - len(key))
        prefix = ''
    else:
        indents = {key: ' ' * min_indent for key in keys}
        prefix += '\n'
    reprs = {
        'data': data_to_string(data, mask, ', ',
                               indents['data'] + 'data=', ','),
        'mask': 'False' if mask is None else data_to_string(
            mask, None, ', ', indents['mask'] + 'mask=', ','),
        'fill_value': fill_value_repr,
    }
    if dtype_needed:
        reprs['dtype'] = dtype_short_repr(data.dtype)
    return prefix + ',\n'.join('%s%s=%s' % (indents[key], key, reprs[key])
                               for key in keys) + ')'


def masked_array_str(data, mask):
    """NumPy's str of the masked array of `data` and `mask`."""
    if mask is None:
        return str(data)
    return data_to_string(data, mask, ' ')
