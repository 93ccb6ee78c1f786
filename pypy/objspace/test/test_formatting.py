"""Interp-level tests of pypy.objspace.formatting."""

import math
import py
from pypy.interpreter.error import OperationError
from pypy.objspace.objspace import ObjSpace
from pypy.objspace.formatting import (parse_spec, group_digits, format_w,
    format_unicode, percent_format, str_format, ascii_of)

space = ObjSpace()


def fmt(w_obj, spec):
    return space.text_w(format_w(space, w_obj, space.newtext(spec)))


def raises_app(w_type, func, *args):
    try:
        func(*args)
    except OperationError as e:
        assert e.match(space, w_type)
        return space.str_utf8(e.w_value)
    else:
        assert False, "did not raise"


def test_parse_spec_fields():
    p = parse_spec(space, u'*^+z#012,.3f', 'float', '>')
    assert p.fill == u'*'
    assert p.align == '^'
    assert p.sign == '+'
    assert p.no_neg_zero
    assert p.alt
    assert p.width == 12
    assert p.grouping == ','
    assert p.precision == 3
    assert p.type == 'f'


def test_parse_spec_zero_flag():
    p = parse_spec(space, u'05', 'int', '>')
    assert p.fill == u'0' and p.align == '=' and p.width == 5
    p = parse_spec(space, u'<05', 'int', '>')
    assert p.fill == u'0' and p.align == '<'
    p = parse_spec(space, u'05', 'str', '<')
    assert p.fill == u'0' and p.align == '\x00'


def test_parse_spec_errors():
    msg = raises_app(space.w_ValueError, parse_spec, space, u'abc', 'int',
                     '>')
    assert msg == "Invalid format specifier 'abc' for object of type 'int'"
    msg = raises_app(space.w_ValueError, parse_spec, space, u',x', 'int',
                     '>')
    assert msg == "Cannot specify ',' with 'x'."
    raises_app(space.w_ValueError, parse_spec, space, u'.f', 'float', '>')


def test_group_digits():
    assert group_digits('1234567', ',', 3, 0) == '1,234,567'
    assert group_digits('123', ',', 3, 0) == '123'
    assert group_digits('1234', ',', 3, 8) == '0,001,234'
    assert group_digits('1234', ',', 3, 7) == '001,234'
    assert group_digits('deadbeef', '_', 4, 0) == 'dead_beef'


def test_format_ints():
    assert fmt(space.newint(42), u'') == u'42'
    assert fmt(space.newint(-42), u'05') == u'-0042'
    assert fmt(space.newint(255), u'#x') == u'0xff'
    assert fmt(space.newint(1234567), u',') == u'1,234,567'
    assert fmt(space.newint(65), u'c') == u'A'
    w_big = space.newbigint(space.newint(2).asbigint().pow(
        space.newint(100).asbigint()))
    assert fmt(w_big, u',')[:6] == u'1,267,'
    assert fmt(space.w_True, u'') == u'True'
    assert fmt(space.w_True, u'd') == u'1'


def test_format_floats():
    assert fmt(space.newfloat(1.0), u'') == u'1.0'
    assert fmt(space.newfloat(3.14159), u'.2f') == u'3.14'
    assert fmt(space.newfloat(1e16), u'') == u'1e+16'
    assert fmt(space.newfloat(0.5), u'%') == u'50.000000%'
    assert fmt(space.newfloat(-0.0), u'z.1f') == u'0.0'
    assert fmt(space.newfloat(float('inf')), u'F') == u'INF'
    assert fmt(space.newfloat(1234.5), u'010,.1f') == u'0,001,234.5'
    raises_app(space.w_ValueError, fmt, space.newfloat(1.0), u'd')


def test_format_str():
    assert fmt(space.newtext(u'abc'), u'^7') == u'  abc  '
    assert fmt(space.newtext(u'abc'), u'.2') == u'ab'
    raises_app(space.w_ValueError, fmt, space.newtext(u'a'), u'=5')


def test_percent_format():
    w_args = space.newtuple([space.newtext(u'x'), space.newint(5),
                             space.newfloat(2.5)])
    assert percent_format(space, u'%s=%03d %.2f %%', w_args) == \
        u'x=005 2.50 %'
    assert percent_format(space, u'%5s|', space.newtext(u'ab')) == \
        u'   ab|'
    w_dict = space.newdict()
    w_dict.setitem_str(space, 'a', space.newint(7))
    assert percent_format(space, u'%(a)x', w_dict) == u'7'
    raises_app(space.w_TypeError, percent_format, space, u'%d %d',
               space.newint(1))
    raises_app(space.w_TypeError, percent_format, space, u'%d',
               space.newtuple([space.newint(1), space.newint(2)]))


def test_str_format():
    args_w = [space.newint(1), space.newtext(u'a')]
    assert str_format(space, u'{} {!r} {{x}}', args_w, [], [], None) == \
        u"1 'a' {x}"
    assert str_format(space, u'{1}{0}{k:>3}', args_w, ['k'],
                      [space.newint(9)], None) == u'a1  9'
    assert str_format(space, u'{:{}}', [space.newtext(u'a'),
                                        space.newint(3)], [], [], None) == \
        u'a  '
    raises_app(space.w_IndexError, str_format, space, u'{} {} {}', args_w,
               [], [], None)
    raises_app(space.w_ValueError, str_format, space, u'{} {0}', args_w,
               [], [], None)


def test_ascii_of():
    assert ascii_of(space, space.newtext(u'\xe9\u20ac')) == \
        u"'\\xe9\\u20ac'"
