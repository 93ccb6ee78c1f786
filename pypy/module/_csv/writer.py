"""_csv.writer: writerow(fields) joins the fields by the dialect (quoting
or escaping what needs it, as CPython's Modules/_csv.c) and passes the
line to the file's write()."""

from rpython.rlib.rstring import UnicodeBuilder
from pypy.interpreter.arguments import check_args, self_of
from pypy.interpreter.error import OperationError
from pypy.module._csv.dialect import QUOTE_ALL, QUOTE_NONE, \
    QUOTE_NONNUMERIC
from pypy.objspace.root import W_Root


class W_Writer(W_Root):

    def __init__(self, w_write, dialect):
        self.w_write = w_write
        self.dialect = dialect

    def getclass(self, space):
        return space.w_csv_writer

    def join_field(self, space, record, field, quoted):
        """The field as the record has it: escaped where the dialect's
        special characters need, quoted when they do or when `quoted`."""
        from pypy.module._csv.moduledef import csv_error
        d = self.dialect
        out = UnicodeBuilder()
        for c in field:
            if (c == d.delimiter or c == d.escapechar or c == d.quotechar or
                    c in d.lineterminator):
                want_escape = False
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                elif c == d.quotechar:
                    if d.doublequote:
                        out.append(d.quotechar)
                    else:
                        want_escape = True
                elif c == d.escapechar:
                    want_escape = True
                if not want_escape:
                    quoted = True
                else:
                    if d.escapechar is None:
                        raise csv_error(space,
                                        "need to escape, but no escapechar "
                                        "set")
                    out.append(d.escapechar)
            out.append(c)
        text = out.build()
        if quoted:
            text = d.quotechar + text + d.quotechar
        record.append(text)

    def writerow(self, space, w_row):
        from pypy.module._csv.moduledef import csv_error
        d = self.dialect
        try:
            w_iter = space.iter(w_row)
        except OperationError as e:
            if not e.match(space, space.w_TypeError):
                raise
            raise csv_error(space, "iterable expected, not %s" %
                            space.type_name(space.type(w_row)))
        fields = []
        while True:
            w_field = space.next_or_none(w_iter)
            if w_field is None:
                break
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not is_number(space, w_field)
            else:
                quoted = d.quoting == QUOTE_ALL
            if space.is_none(w_field):
                field = u''
            else:
                field = space.text_w(space.str(w_field))
            self.join_field(space, fields, field, quoted)
        if len(fields) == 1 and not fields[0]:
            # a lone empty field is quoted: an empty line would be no
            # field at all
            if d.quoting == QUOTE_NONE:
                raise csv_error(space,
                                "single empty field record must be quoted")
            fields[0] = d.quotechar + d.quotechar
        line = d.delimiter.join(fields) + d.lineterminator
        return space.call_function(self.w_write, space.newtext(line))


def is_number(space, w_obj):
    """PyNumber_Check: int, float, complex, or what has __index__,
    __float__ or __int__."""
    return (space.isinstance_w(w_obj, space.w_int) or
            space.isinstance_w(w_obj, space.w_float) or
            space.isinstance_w(w_obj, space.w_complex) or
            space.lookup(w_obj, '__index__') is not None or
            space.lookup(w_obj, '__float__') is not None or
            space.lookup(w_obj, '__int__') is not None)


def as_writer(space, args, fname):
    check_args(space, args, fname, 2, 2)
    return self_of(space, args, fname, W_Writer, "'_csv.writer' object")


def writer_writerow(space, args):
    w_self = as_writer(space, args, 'writerow')
    return w_self.writerow(space, args.arguments_w[1])


def writer_writerows(space, args):
    w_self = as_writer(space, args, 'writerows')
    w_iter = space.iter(args.arguments_w[1])
    while True:
        w_row = space.next_or_none(w_iter)
        if w_row is None:
            return space.w_None
        w_self.writerow(space, w_row)


def get_dialect(space, w_obj):
    if not isinstance(w_obj, W_Writer):
        raise space.error(space.w_TypeError,
                          "descriptor requires a '_csv.writer' object")
    return w_obj.dialect


METHODS = {'writerow': writer_writerow, 'writerows': writer_writerows}
GETSET = {'dialect': get_dialect}
