"""Interp-level tests of marshal's writer and reader (the bytes are
CPython 3.11's for version 2, where no object is flagged for
references)."""

import pytest
from rpython.rlib.rbigint import rbigint
from pypy.interpreter.error import OperationError
from pypy.module.marshal import reader, writer
from pypy.objspace.objspace import ObjSpace

space = ObjSpace()


def test_version_2_bytes():
    w_obj = space.newtuple([space.newint(1), space.newtext(u'ab'),
                            space.newint(2 ** 40), space.newfloat(1.5),
                            space.w_None, space.w_True])
    assert writer.dumps(space, w_obj, 2) == (
        '(\x06\x00\x00\x00i\x01\x00\x00\x00u\x02\x00\x00\x00ab'
        'l\x03\x00\x00\x00\x00\x00\x00\x00\x00\x04'
        'g\x00\x00\x00\x00\x00\x00\xf8?NT')


def test_version_4_short_forms_and_text_floats():
    w_obj = space.newtuple([space.newtext(u'ab')])
    assert writer.dumps(space, w_obj, 4) == ')\x01z\x02ab'
    assert writer.dumps(space, space.newfloat(0.1), 0) == \
        'f\x130.10000000000000001'


def test_round_trip_of_big_ints():
    for value in [-2 ** 70, 2 ** 63, 10 ** 30]:
        w_int = space.newbigint(rbigint.fromlong(value))
        w_back = reader.loads(space, writer.dumps(space, w_int, 4))
        assert space.eq_w(w_back, w_int)


def test_references_of_cpython_data():
    # ('a', 1, 'a'): the tuple, the str and the int flagged, the str
    # referenced
    w_obj = reader.loads(space, '\xa9\x03\xda\x01a\xe9\x01\x00\x00\x00'
                                'r\x01\x00\x00\x00')
    assert space.eq_w(w_obj, space.newtuple([
        space.newtext(u'a'), space.newint(1), space.newtext(u'a')]))


@pytest.mark.parametrize('data, message', [
    ('', u'EOF read where object expected'),
    ('i\x01', u'marshal data too short'),
    ('?', u'bad marshal data (unknown type code)'),
    ('l\x01\x00\x00\x00\x00\x00', u'bad marshal data (unnormalized long '
     u'data)'),
    ('r\x05\x00\x00\x00', u'bad marshal data (invalid reference)'),
    ('(\xff\xff\xff\xff', u'bad marshal data (tuple size out of range)'),
    ('0', u'NULL object in marshal data for object')])
def test_bad_data(data, message):
    with pytest.raises(OperationError) as info:
        reader.loads(space, data)
    assert space.text_w(space.str(info.value.w_value)) == message
