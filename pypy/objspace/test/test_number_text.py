"""int() and float() of a str read Unicode decimal digits and whitespace as
their ASCII equivalents, as CPython does."""

import pytest

from pypy.interpreter.error import OperationError
from pypy.objspace.objspace import ObjSpace
from pypy.objspace.strobject import number_text

space = ObjSpace()


def test_number_text_maps_digits_and_spaces():
    assert number_text(u'\u0967\u0968') == '12'         # Devanagari 1 2
    assert number_text(u'\u3000-\uff13.5') == ' -3.5'   # ideographic space
    assert number_text(u'1\xb9') == '1?'                # superscript: no
    assert number_text(u'12_3') == '12_3'


def call(name, text):
    return space.call_function(getattr(space, 'w_' + name),
                               space.newtext(text))


def test_int_and_float_of_unicode_digits():
    assert space.int_w(call('int', u'\u0967\u0968')) == 12
    assert space.float_w(call('float', u'\u0967.\u096b')) == 1.5


def test_error_quotes_the_text_as_given():
    with pytest.raises(OperationError) as exc:
        call('int', u'\u3280')
    assert space.text_w(space.str(exc.value.w_value)) == (
        u"invalid literal for int() with base 10: '\u3280'")
