"""_csv.Dialect: the validated formatting parameters a reader or writer
uses, taken from a dialect (a registered name or any object with the
attributes) and keyword arguments that override it, with CPython's
checks and messages."""

from pypy.objspace.root import W_Root

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)
QUOTING_NAMES = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC',
                 'QUOTE_NONE']

class W_Dialect(W_Root):
    """The parameters; escapechar and quotechar may be None (unset)."""
    _immutable_fields_ = ['delimiter', 'doublequote', 'escapechar',
                          'lineterminator', 'quotechar', 'quoting',
                          'skipinitialspace', 'strict']

    def __init__(self, delimiter, doublequote, escapechar, lineterminator,
                 quotechar, quoting, skipinitialspace, strict):
        self.delimiter = delimiter
        self.doublequote = doublequote
        self.escapechar = escapechar
        self.lineterminator = lineterminator
        self.quotechar = quotechar
        self.quoting = quoting
        self.skipinitialspace = skipinitialspace
        self.strict = strict

    def getclass(self, space):
        return space.w_csv_Dialect


def parameter(space, w_dialect, kwargs_w, name):
    """The keyword argument `name`, else the dialect's attribute, else
    None."""
    w_value = kwargs_w.get(name, None)
    if w_value is None and w_dialect is not None:
        w_value = space.findattr(w_dialect, name)
    return w_value


def char_parameter(space, w_dialect, kwargs_w, name, default, can_be_none):
    w_value = parameter(space, w_dialect, kwargs_w, name)
    if w_value is None:
        return default
    if can_be_none and space.is_none(w_value):
        return None
    if not space.isinstance_w(w_value, space.w_str):
        raise space.error(space.w_TypeError, '"%s" must be string%s, not %s'
                          % (name, ' or None' if can_be_none else '',
                             space.type_name(space.type(w_value))))
    value = space.text_w(w_value)
    if len(value) != 1:
        raise space.error(space.w_TypeError,
                          '"%s" must be a 1-character string' % name)
    return value


def bool_parameter(space, w_dialect, kwargs_w, name, default):
    w_value = parameter(space, w_dialect, kwargs_w, name)
    if w_value is None:
        return default
    return space.is_true(w_value)


def make_dialect(space, w_dialect, kwargs_w):
    """The W_Dialect of `w_dialect` (None, a name, or an object with the
    attributes) overridden by the keyword arguments."""
    from pypy.module._csv.moduledef import registered_dialect
    if w_dialect is not None and space.isinstance_w(w_dialect, space.w_str):
        w_dialect = registered_dialect(space, w_dialect)
    if isinstance(w_dialect, W_Dialect) and not kwargs_w:
        return w_dialect
    delimiter = char_parameter(space, w_dialect, kwargs_w, 'delimiter', u',',
                               False)
    escapechar = char_parameter(space, w_dialect, kwargs_w, 'escapechar',
                                None, True)
    quotechar = char_parameter(space, w_dialect, kwargs_w, 'quotechar',
                               u'"', True)
    w_terminator = parameter(space, w_dialect, kwargs_w, 'lineterminator')
    lineterminator = u'\r\n'
    if w_terminator is not None:
        if not space.isinstance_w(w_terminator, space.w_str):
            raise space.error(space.w_TypeError,
                              '"lineterminator" must be a string')
        lineterminator = space.text_w(w_terminator)
    w_quoting = parameter(space, w_dialect, kwargs_w, 'quoting')
    # quotechar=None alone turns quoting off
    quoting = QUOTE_MINIMAL if quotechar is not None else QUOTE_NONE
    if w_quoting is not None:
        if not space.isinstance_w(w_quoting, space.w_int):
            raise space.error(space.w_TypeError,
                              '"quoting" must be an integer')
        quoting = space.int_w(w_quoting)
        if quoting < QUOTE_MINIMAL or quoting > QUOTE_NONE:
            raise space.error(space.w_TypeError, 'bad "quoting" value')
        if quotechar is None and quoting != QUOTE_NONE:
            raise space.error(space.w_TypeError,
                              "quotechar must be set if quoting enabled")
    return W_Dialect(
        delimiter,
        bool_parameter(space, w_dialect, kwargs_w, 'doublequote', True),
        escapechar, lineterminator, quotechar, quoting,
        bool_parameter(space, w_dialect, kwargs_w, 'skipinitialspace',
                       False),
        bool_parameter(space, w_dialect, kwargs_w, 'strict', False))


def char_or_none(space, c):
    if c is None:
        return space.w_None
    return space.newtext(c)


def get_delimiter(space, w_obj):
    return space.newtext(as_dialect(space, w_obj).delimiter)


def get_doublequote(space, w_obj):
    return space.newbool(as_dialect(space, w_obj).doublequote)


def get_escapechar(space, w_obj):
    return char_or_none(space, as_dialect(space, w_obj).escapechar)


def get_lineterminator(space, w_obj):
    return space.newtext(as_dialect(space, w_obj).lineterminator)


def get_quotechar(space, w_obj):
    return char_or_none(space, as_dialect(space, w_obj).quotechar)


def get_quoting(space, w_obj):
    return space.newint(as_dialect(space, w_obj).quoting)


def get_skipinitialspace(space, w_obj):
    return space.newbool(as_dialect(space, w_obj).skipinitialspace)


def get_strict(space, w_obj):
    return space.newbool(as_dialect(space, w_obj).strict)


def as_dialect(space, w_obj):
    if not isinstance(w_obj, W_Dialect):
        raise space.error(space.w_TypeError,
                          "descriptor requires a '_csv.Dialect' object")
    return w_obj


GETSET = {'delimiter': get_delimiter, 'doublequote': get_doublequote,
          'escapechar': get_escapechar, 'lineterminator': get_lineterminator,
          'quotechar': get_quotechar, 'quoting': get_quoting,
          'skipinitialspace': get_skipinitialspace, 'strict': get_strict}
