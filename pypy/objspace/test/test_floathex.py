"""float.hex() and float.fromhex() give what the host Python's give."""

import sys
import pytest

from pypy.interpreter.error import OperationError
from pypy.objspace.floathex import float_hex_text, parse_hex_float
from pypy.objspace.objspace import ObjSpace

space = ObjSpace()

VALUES = [1.0, 3.0, -0.1, 0.0, -0.0, 1e300, -1e-300, 5e-324, 2.5e-310,
          sys.float_info.max, sys.float_info.min, 1 / 3.0, 123456.789,
          float('inf'), float('-inf')]


def test_hex_matches_the_host():
    for x in VALUES:
        assert float_hex_text(x) == x.hex()
    assert float_hex_text(float('nan')) == 'nan'


def test_fromhex_reads_hex_back():
    for x in VALUES:
        assert repr(parse_hex_float(space, x.hex())) == repr(x)


@pytest.mark.parametrize('text', [
    '0x1p-1074', '0x1.fffffffffffff7p1023', '1.8p1', '  -0X1.Ap+3 ',
    '0x.8p1', 'abc', '0x1.00000000000008p0', '0x1.000000000000080001p0',
    '0x1p-2000', 'infinity', '-inf', '0x3p-1', '0x1P+10'])
def test_fromhex_forms(text):
    assert repr(parse_hex_float(space, text)) == repr(float.fromhex(text))


@pytest.mark.parametrize('text, error', [
    ('0x', 'ValueError'), ('0x1p', 'ValueError'), ('1.2.3', 'ValueError'),
    ('0xg', 'ValueError'), ('0x1p1024', 'OverflowError')])
def test_fromhex_errors(text, error):
    with pytest.raises(OperationError) as exc:
        parse_hex_float(space, text)
    assert space.type(exc.value.w_value).name == error
