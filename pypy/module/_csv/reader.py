"""_csv.reader: an iterator of the records (lists of str fields) parsed
from an iterator of lines, by CPython's state machine (Modules/_csv.c):
a quoted field may span lines, and the end of each line is the character
EOL."""

from rpython.rlib.rstring import UnicodeBuilder
from pypy.module._csv.dialect import QUOTE_NONE, QUOTE_NONNUMERIC
from pypy.objspace.root import W_Iterator

# Modules/_csv.c's states
(START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD,
 ESCAPE_IN_QUOTED_FIELD, QUOTE_IN_QUOTED_FIELD, EAT_CRNL,
 AFTER_ESCAPED_CRNL) = range(9)

# the end of a line: equal to no character of the line, nor to the
# dialect's characters (an unset one is None)
EOL = u''
class FieldLimit(object):
    """field_size_limit(), one per process (an instance's field: the
    translation made a prebuilt list's item a constant)."""
    value = 128 * 1024


field_limit = FieldLimit()


def is_newline(c):
    return c == u'\n' or c == u'\r'


class W_Reader(W_Iterator):

    def __init__(self, w_iter, dialect):
        self.w_iter = w_iter
        self.dialect = dialect
        self.line_num = 0
        self.state = START_RECORD
        self.fields_w = []
        self.field = UnicodeBuilder()
        self.field_len = 0
        self.numeric_field = False

    def getclass(self, space):
        return space.w_csv_reader

    def next(self, space):
        from pypy.module._csv.moduledef import csv_error
        self.fields_w = []
        self.state = START_RECORD
        self.numeric_field = False
        while True:
            w_line = space.next_or_none(self.w_iter)
            if w_line is None:
                if self.field_len != 0 or self.state == IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise csv_error(space, "unexpected end of data")
                    self.save_field(space)
                    break
                return None
            if not space.isinstance_w(w_line, space.w_str):
                raise csv_error(space, "iterator should return strings, not "
                                "%s (the file should be opened in text "
                                "mode)" % space.type_name(space.type(w_line)))
            self.line_num += 1
            line = space.text_w(w_line)
            for c in line:
                self.process_char(space, c)
            self.process_char(space, EOL)
            if self.state == START_RECORD:
                break
        fields_w = self.fields_w
        self.fields_w = []
        return space.newlist(fields_w)

    def add_char(self, space, c):
        from pypy.module._csv.moduledef import csv_error
        if self.field_len >= field_limit.value:
            raise csv_error(space, "field larger than field limit (%d)" %
                            field_limit.value)
        self.field.append(c)
        self.field_len += 1

    def save_field(self, space):
        w_field = space.newtext(self.field.build())
        self.field = UnicodeBuilder()
        self.field_len = 0
        if self.numeric_field:
            self.numeric_field = False
            w_field = space.call_function(space.w_float, w_field)
        self.fields_w.append(w_field)

    def end_field(self, space, c):
        """The field ends at a line end (c is '\\n', '\\r' or EOL)."""
        self.save_field(space)
        self.state = START_RECORD if c == EOL else EAT_CRNL

    def process_char(self, space, c):
        from pypy.module._csv.moduledef import csv_error
        d = self.dialect
        state = self.state
        if state == START_RECORD:
            if c == EOL:
                return          # an empty line: the record []
            if is_newline(c):
                self.state = EAT_CRNL
                return
            state = self.state = START_FIELD
        if state == START_FIELD:
            if is_newline(c) or c == EOL:
                self.end_field(space, c)
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self.state = IN_QUOTED_FIELD
            elif c == d.escapechar:
                self.state = ESCAPED_CHAR
            elif c == u' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self.save_field(space)
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self.numeric_field = True
                self.add_char(space, c)
                self.state = IN_FIELD
        elif state == ESCAPED_CHAR:
            if is_newline(c):
                self.add_char(space, c)
                self.state = AFTER_ESCAPED_CRNL
                return
            if c == EOL:
                c = u'\n'
            self.add_char(space, c)
            self.state = IN_FIELD
        elif state == AFTER_ESCAPED_CRNL and c == EOL:
            pass
        elif state == IN_FIELD or state == AFTER_ESCAPED_CRNL:
            if is_newline(c) or c == EOL:
                self.end_field(space, c)
            elif c == d.escapechar:
                self.state = ESCAPED_CHAR
            elif c == d.delimiter:
                self.save_field(space)
                self.state = START_FIELD
            else:
                self.add_char(space, c)
                self.state = IN_FIELD
        elif state == IN_QUOTED_FIELD:
            if c == EOL:
                pass
            elif c == d.escapechar:
                self.state = ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self.state = QUOTE_IN_QUOTED_FIELD if d.doublequote \
                    else IN_FIELD
            else:
                self.add_char(space, c)
        elif state == ESCAPE_IN_QUOTED_FIELD:
            if c == EOL:
                c = u'\n'
            self.add_char(space, c)
            self.state = IN_QUOTED_FIELD
        elif state == QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self.add_char(space, c)         # a doubled quote
                self.state = IN_QUOTED_FIELD
            elif c == d.delimiter:
                self.save_field(space)
                self.state = START_FIELD
            elif is_newline(c) or c == EOL:
                self.end_field(space, c)
            elif not d.strict:
                self.add_char(space, c)
                self.state = IN_FIELD
            else:
                raise csv_error(space, "'%s' expected after '%s'" % (
                    d.delimiter.encode('utf-8'), d.quotechar.encode('utf-8')))
        else:   # EAT_CRNL
            if is_newline(c):
                pass
            elif c == EOL:
                self.state = START_RECORD
            else:
                raise csv_error(space, "new-line character seen in unquoted "
                                "field - do you need to open the file in "
                                "universal-newline mode?")


def as_reader(space, w_obj):
    if not isinstance(w_obj, W_Reader):
        raise space.error(space.w_TypeError,
                          "descriptor requires a '_csv.reader' object")
    return w_obj


def get_dialect(space, w_obj):
    return as_reader(space, w_obj).dialect


def get_line_num(space, w_obj):
    return space.newint(as_reader(space, w_obj).line_num)


GETSET = {'dialect': get_dialect, 'line_num': get_line_num}
