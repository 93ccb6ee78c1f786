"""Interp-level exceptions that carry application-level errors."""


class OperationError(Exception):
    """An application-level exception in flight.

    w_value is the exception instance; the traceback is a list of
    (code, offset) entries appended as the error leaves each frame.
    """

    def __init__(self, w_value):
        self.w_value = w_value
        # a re-raise (RERAISE, bare `raise`) adds no traceback entry for
        # the frame it happens in: the exception already has one
        self.is_reraise = False

    def match(self, space, w_type):
        return space.exception_match(space.type(self.w_value), w_type)

    def __str__(self):
        return '<OperationError>'


class CompileError(Exception):
    """Raised by the tokenizer, parser and compiler; turned into an
    application-level SyntaxError (or IndentationError / TabError, named by
    `kind`) where the source was compiled.

    lineno and offset are 1-based (offset counts characters of the line, as
    CPython's SyntaxError.offset); text is the offending source line.
    """

    def __init__(self, msg, lineno, offset, text='', kind='SyntaxError',
                 filename=''):
        self.msg = msg
        self.lineno = lineno
        self.offset = offset
        self.text = text
        self.kind = kind
        self.filename = filename

    def __str__(self):
        return '%s: %s (line %d, column %d)' % (self.kind, self.msg,
                                               self.lineno, self.offset)
