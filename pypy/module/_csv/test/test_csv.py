"""Interp-level tests of _csv: the reader's state machine, the writer's
quoting, the dialect's checks."""

import pytest
from pypy.interpreter.arguments import Arguments
from pypy.interpreter.error import OperationError
from pypy.module._csv import moduledef as m
from pypy.module._csv.dialect import make_dialect, QUOTE_NONE
from pypy.module._csv.writer import W_Writer
from pypy.objspace.objspace import ObjSpace

space = ObjSpace()


def read(lines):
    """The records csv.reader(lines) gives, as lists of unicode."""
    w_lines = space.newlist([space.newtext(line) for line in lines])
    w_reader = m.csv_reader(space, Arguments([w_lines]))
    records = []
    while True:
        w_record = w_reader.next(space)
        if w_record is None:
            return records
        records.append([space.text_w(w_f)
                        for w_f in space.unpackiterable(w_record)])


def test_quoted_fields_span_lines():
    assert read([u'a,"b', u'c""d",e', u'', u'x']) == \
        [[u'a', u'bc"d', u'e'], [], [u'x']]


def test_unterminated_quote_ends_the_record():
    assert read([u'"abc']) == [[u'abc']]


def test_writer_joins_and_quotes():
    w_writer = W_Writer(None, make_dialect(space, None, {}))
    fields = []
    w_writer.join_field(space, fields, u'a,b', False)
    w_writer.join_field(space, fields, u'say "hi"', False)
    w_writer.join_field(space, fields, u'plain', False)
    assert fields == [u'"a,b"', u'"say ""hi"""', u'plain']


def test_dialect_checks():
    d = make_dialect(space, None, {'quotechar': space.w_None})
    assert d.quoting == QUOTE_NONE and d.quotechar is None
    with pytest.raises(OperationError) as info:
        make_dialect(space, None, {'delimiter': space.newtext(u'ab')})
    assert space.text_w(space.str(info.value.w_value)) == \
        u'"delimiter" must be a 1-character string'
