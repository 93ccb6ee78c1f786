"""np.savetxt, np.loadtxt and np.genfromtxt: 1-D and 2-D arrays as
delimited text lines, with NumPy's comment, header and missing-value
handling and its error messages. (Standard-library modules are imported
where used: importing _numpy_lib must not need them.)"""

import operator

import numpy as np

from .numtext import converter


# ____________________________________________________________
# writing

class _TextOrBytesWriter:
    """An open file that takes str, or bytes (encoded) when its first
    write refuses str, as NumPy's savetxt writes to either."""

    def __init__(self, file, encoding):
        self.file = file
        self.encoding = encoding
        self.binary = None

    def write(self, text):
        if self.binary is None:
            try:
                self.file.write(text)
                self.binary = False
                return
            except TypeError:
                self.binary = True
        self.file.write(text.encode(self.encoding) if self.binary else text)


def savetxt(fname, X, fmt='%.18e', delimiter=' ', newline='\n', header='',
            footer='', comments='# ', encoding=None):
    import os
    if isinstance(fname, (str, os.PathLike)):
        file = open(os.fspath(fname), 'w', encoding=encoding)
        writer = file
    elif hasattr(fname, 'write'):
        file = None
        writer = _TextOrBytesWriter(fname, encoding or 'latin1')
    else:
        raise ValueError('fname must be a string or file handle')
    try:
        _write_rows(writer, np.asarray(X), fmt, delimiter, newline, header,
                    footer, comments)
    finally:
        if file is not None:
            file.close()


def _write_rows(writer, X, fmt, delimiter, newline, header, footer,
                comments):
    if X.ndim == 0 or X.ndim > 2:
        raise ValueError(
            "Expected 1D or 2D array, got %dD array instead" % X.ndim)
    if X.ndim == 1:
        X = np.atleast_2d(X).T
    ncol = X.shape[1]
    is_complex = X.dtype.kind == 'c'
    row_format = _row_format(fmt, ncol, delimiter, is_complex)
    if len(header) > 0:
        writer.write(comments + header.replace('\n', '\n' + comments) +
                     newline)
    for row in X.tolist():
        if is_complex:
            parts = []
            for number in row:
                parts.extend((number.real, number.imag))
            writer.write((row_format % tuple(parts) + newline)
                         .replace('+-', '-'))
            continue
        try:
            line = row_format % tuple(row) + newline
        except TypeError as e:
            raise TypeError("Mismatch between array dtype ('%s') and "
                            "format specifier ('%s')"
                            % (X.dtype, row_format)) from e
        writer.write(line)
    if len(footer) > 0:
        writer.write(comments + footer.replace('\n', '\n' + comments) +
                     newline)


def _row_format(fmt, ncol, delimiter, is_complex):
    """The %-format of one row: fmt per column joined by the delimiter, or
    fmt itself when it formats a whole row."""
    if type(fmt) in (list, tuple):
        if len(fmt) != ncol:
            raise AttributeError('fmt has wrong shape.  %s' % str(fmt))
        return delimiter.join(fmt)
    if not isinstance(fmt, str):
        raise ValueError('invalid fmt: %r' % (fmt,))
    n_fmt_chars = fmt.count('%')
    if n_fmt_chars == 1:
        column = ' (%s+%sj)' % (fmt, fmt) if is_complex else fmt
        return delimiter.join([column] * ncol)
    if n_fmt_chars != (2 * ncol if is_complex else ncol):
        raise ValueError('fmt has wrong number of %% formats:  %s' % fmt)
    return fmt


# ____________________________________________________________
# reading

class _Lines:
    """`with _Lines(fname) as lines:` the text lines of a file name, an
    open file (text or binary: bytes read as latin1), or any iterable of
    lines, without their line ends."""

    def __init__(self, fname):
        import os
        self.file = None
        if isinstance(fname, os.PathLike):
            fname = os.fspath(fname)
        if isinstance(fname, str):
            try:
                self.file = open(fname, 'r')
            except FileNotFoundError:
                raise FileNotFoundError('%s not found.' % fname) from None
            self.source = self.file
        else:
            try:
                self.source = iter(fname)
            except TypeError:
                raise ValueError(
                    "fname must be a string, filehandle, list of strings,\n"
                    "or generator. Got %s instead." % type(fname)) from None

    def __enter__(self):
        return (_text(line).rstrip('\r\n') for line in self.source)

    def __exit__(self, *exc_info):
        if self.file is not None:
            self.file.close()
        return False


def _text(line):
    return line.decode('latin1') if isinstance(line, bytes) else line


def _without_comment(line, comments):
    for marker in comments:
        at = line.find(marker)
        if at >= 0:
            line = line[:at]
    return line


def _comment_markers(comments):
    if comments is None:
        return []
    if isinstance(comments, (str, bytes)):
        return [_text(comments)]
    return [_text(marker) for marker in comments]


def _fields(line, delimiter):
    """The line's fields; none for an empty line (or a blank one when
    whitespace delimits)."""
    if delimiter is None:
        return line.split()
    return line.split(delimiter) if line else []


def _column_indices(usecols):
    if usecols is None:
        return None
    if isinstance(usecols, int) or not hasattr(usecols, '__iter__'):
        usecols = [usecols]
    indices = []
    for column in usecols:
        try:
            indices.append(operator.index(column))
        except TypeError:
            raise TypeError("usecols must be an int or a sequence of ints "
                            "but it contains at least one element of type "
                            "'%s'" % type(column).__name__) from None
    return indices


def _rows_array(rows, dtype, ndmin, unpack, empty_warning):
    """loadtxt's and genfromtxt's result: the array of the rows, with
    NumPy's shape (length-1 axes dropped beyond ndmin, and at least ndmin
    axes: a single column becomes a column), transposed for unpack.  No
    rows: an empty array, and the warning empty_warning (shown as raised
    where the caller was called)."""
    if not rows:
        import warnings
        warnings.warn(empty_warning, UserWarning, stacklevel=3)
        a = np.array([], dtype=dtype)
    else:
        a = np.array(rows, dtype=dtype)
    if a.ndim > ndmin:
        a = np.squeeze(a)
    if a.ndim < ndmin:
        a = np.atleast_1d(a) if ndmin == 1 else np.atleast_2d(a).T
    return a.T if unpack else a


def _reading_setup(dtype, comments, usecols, ndmin):
    """loadtxt's and genfromtxt's checked arguments: the dtype, the
    converter of a field to it, the comment markers and the column
    indices (None for all)."""
    if ndmin not in (0, 1, 2):
        raise ValueError("Illegal value of ndmin keyword: %s" % ndmin)
    dtype = np.dtype(dtype)
    return (dtype, converter(dtype), _comment_markers(comments),
            _column_indices(usecols))


def loadtxt(fname, dtype=float, comments='#', delimiter=None,
            converters=None, skiprows=0, usecols=None, unpack=False,
            ndmin=0, encoding=None, max_rows=None, *, quotechar=None,
            like=None):
    dtype, convert, markers, columns = _reading_setup(dtype, comments,
                                                      usecols, ndmin)
    rows = []
    ncols = None
    with _Lines(fname) as lines:
        for number, line in enumerate(lines):
            if number < skiprows:
                continue
            if max_rows is not None and len(rows) >= max_rows:
                break
            fields = _fields(_without_comment(line, markers), delimiter)
            if not fields:
                continue
            numbers = range(len(fields))
            if columns is not None:
                numbers = _selected(len(fields), columns, len(rows))
                fields = [fields[number] for number in numbers]
            elif ncols is None:
                ncols = len(fields)
            elif len(fields) != ncols:
                raise ValueError(
                    "the number of columns changed from %d to %d at row %d; "
                    "use `usecols` to select a subset and avoid this error"
                    % (ncols, len(fields), len(rows) + 1))
            rows.append(_converted(fields, numbers, convert, dtype,
                                   len(rows)))
    return _rows_array(rows, dtype, ndmin, unpack,
                       'loadtxt: input contained no data: "%s"' % (fname,))


def _selected(nfields, columns, row):
    """The numbers of the usecols columns in a row of nfields fields."""
    for column in columns:
        if not -nfields <= column < nfields:
            raise ValueError("invalid column index %d at row %d with %d "
                             "columns" % (column, row + 1, nfields))
    return [column % nfields for column in columns]


def _converted(fields, numbers, convert, dtype, row):
    """The row's values; the error names the field's column in the file."""
    values = []
    for number, field in zip(numbers, fields):
        try:
            values.append(convert(field))
        except ValueError:
            raise ValueError("could not convert string %r to %s at row %d, "
                             "column %d." % (field, dtype.name, row,
                                             number + 1)) from None
    return values


def genfromtxt(fname, dtype=float, comments='#', delimiter=None,
               skip_header=0, skip_footer=0, missing_values=None,
               filling_values=None, usecols=None, unpack=None, ndmin=0):
    """The basic genfromtxt: numbers of one dtype; empty, missing or
    unreadable fields take the filling value (nan for floats, -1 for
    integers); rows with another number of columns are errors."""
    dtype, convert, markers, columns = _reading_setup(dtype, comments,
                                                      usecols, ndmin)
    missing = _missing_texts(missing_values)
    if filling_values is None:
        filling_values = np.nan if dtype.kind in 'fc' else -1
    lines_read = []        # (line number, fields) of the non-blank lines
    ncols = None
    with _Lines(fname) as lines:
        for number, line in enumerate(lines):
            if number < skip_header:
                continue
            # (genfromtxt also skips lines of spaces between delimiters)
            fields = _fields(_without_comment(line, markers).strip(),
                             delimiter)
            if not fields:
                continue
            if ncols is None:
                ncols = len(columns) if columns is not None else len(fields)
            if columns is not None:
                if all(-len(fields) <= c < len(fields) for c in columns):
                    fields = [fields[c] for c in columns]
            lines_read.append((number + 1, fields))
    if skip_footer > 0:
        del lines_read[-skip_footer:]
    invalid = [(number, len(fields)) for number, fields in lines_read
               if len(fields) != ncols]
    if invalid:
        raise ValueError('\n'.join(
            ["Some errors were detected !"] +
            ["    Line #%d (got %d columns instead of %d)" % (line, got, ncols)
             for line, got in invalid]))
    rows = [[_filled(field, convert, missing, filling_values)
             for field in fields] for number, fields in lines_read]
    return _rows_array(rows, dtype, ndmin, unpack,
                       'genfromtxt: Empty input file: "%s"' % (fname,))


def _missing_texts(missing_values):
    if missing_values is None:
        return {''}
    if isinstance(missing_values, str):
        return {''} | set(missing_values.split(','))
    return {''} | set(missing_values)


def _filled(field, convert, missing, filling_value):
    text = field.strip()
    if text in missing:
        return filling_value
    try:
        return convert(text)
    except ValueError:
        return filling_value
