"""bytes.fromhex, bytes.hex(sep, bytes_per_sep), bytes.count,
bytes.find/rfind/index/rindex, bytes.replace and binascii.hexlify(data, sep,
bytes_per_sep): CPython's results and errors."""

import pytest


def test_fromhex():
    for cls in [bytes, bytearray]:
        for text, expected in [('ab cd\t0f\n', b'\xab\xcd\x0f'), ('', b''),
                               ('  ', b''), ('ab\x0bcd\x0c\reF', b'\xab\xcd\xef')]:
            result = cls.fromhex(text)
            assert type(result) is cls and result == expected
    for text, position in [('abc', 3), ('zz', 0), (' a b', 2), ('a\xe9', 1),
                           ('0 1', 1)]:
        with pytest.raises(ValueError, match='non-hexadecimal number found '
                           'in fromhex\\(\\) arg at position %d$' % position):
            bytes.fromhex(text)
    with pytest.raises(TypeError, match='fromhex\\(\\) argument must be str, not bytes'):
        bytes.fromhex(b'ab')
    with pytest.raises(TypeError, match='takes exactly one argument'):
        bytes.fromhex()
    with pytest.raises(TypeError, match='takes no keyword arguments'):
        bytes.fromhex(string='ab')


def test_hex_with_separator():
    data = b'\x01\x02\x03\x04\x05'
    for args, expected in [((), '0102030405'), ((':',), '01:02:03:04:05'),
                           ((':', 2), '01:0203:0405'),
                           ((':', -2), '0102:0304:05'),
                           ((b'-', 4), '01-02030405'), ((':', 0), '0102030405'),
                           ((':', 9), '0102030405')]:
        assert data.hex(*args) == expected
        assert bytearray(data).hex(*args) == expected
    assert data.hex(sep=':', bytes_per_sep=-4) == '01020304:05'
    assert b''.hex(':') == ''
    for sep, error, message in [('::', ValueError, 'sep must be length 1.'),
                                ('\xe9', ValueError, 'sep must be ASCII.'),
                                (b'\xe9', ValueError, 'sep must be ASCII.'),
                                (bytearray(b':'), TypeError,
                                 'sep must be str or bytes.'),
                                (3, TypeError, "object of type 'int' has no len")]:
        with pytest.raises(error, match=message):
            data.hex(sep)
    with pytest.raises(TypeError, match='cannot be interpreted as an integer'):
        data.hex(':', 'x')
    with pytest.raises(TypeError, match='at most 2 arguments \\(3 given\\)'):
        data.hex(':', 1, 2)
    with pytest.raises(TypeError, match="'foo' is an invalid keyword argument"):
        data.hex(foo=1)


def test_count():
    for args, expected in [((b'a',), 3), ((97,), 3), ((b'a', 1), 2),
                           ((b'a', 1, -1), 1), ((b'',), 8), ((b'', 1, 2), 2),
                           ((b'', 10), 0), ((b'a', None, None), 3),
                           ((bytearray(b'b'),), 2), ((memoryview(b'bc'),), 2)]:
        assert b'abcabca'.count(*args) == expected
        assert bytearray(b'abcabca').count(*args) == expected
    assert b'aaaa'.count(b'aa') == 2
    assert b'abc'.find(b'', 5) == -1
    with pytest.raises(TypeError, match="argument should be integer or "
                       "bytes-like object, not 'str'"):
        b'abc'.count('a')
    with pytest.raises(ValueError, match='byte must be in range\\(0, 256\\)'):
        b'abc'.count(256)
    with pytest.raises(TypeError, match='slice indices must be integers'):
        b'abc'.count(b'b', 'x')
    with pytest.raises(TypeError, match='at least 1 argument \\(0 given\\)'):
        b'abc'.count()
    with pytest.raises(TypeError, match='at most 3 arguments \\(4 given\\)'):
        b'abc'.count(b'b', 0, 1, 2)


def test_find_from_either_end():
    data = b'abcabca'
    for args, first, last in [((b'bc',), 1, 4), ((98,), 1, 4),
                              ((b'a', 1, 6), 3, 3), ((b'',), 0, 7),
                              ((b'', 2, 4), 2, 4), ((b'ca', -3), 5, 5)]:
        assert (data.find(*args), data.rfind(*args)) == (first, last)
        assert (data.index(*args), data.rindex(*args)) == (first, last)
    assert data.rfind(b'x') == data.rfind(b'a', 1, 3) == -1
    for method in [data.index, data.rindex]:
        with pytest.raises(ValueError, match='^subsection not found$'):
            method(b'x')


def test_replace():
    assert b'abcab'.replace(b'ab', b'X') == b'XcX'
    assert b'abcab'.replace(b'ab', b'', 1) == b'cab'
    assert b'ab'.replace(b'', b'-') == b'-a-b-'
    assert b'ab'.replace(b'', b'-', 2) == b'-a-b'
    assert b'aaa'.replace(b'a', bytearray(b'bb'), -1) == b'bbbbbb'
    with pytest.raises(TypeError, match="a bytes-like object is required, "
                       "not 'str'"):
        b'a'.replace('a', b'b')


def test_hexlify_with_separator():
    import binascii
    data = b'\x01\x02\x03'
    for args, expected in [((), b'010203'), (('-',), b'01-02-03'),
                           ((b'-', 2), b'01-0203'), ((b'-', -2), b'0102-03'),
                           (('\xe9',), b'01\xe902\xe903')]:
        assert binascii.hexlify(data, *args) == expected
        assert binascii.b2a_hex(bytearray(data), *args) == expected
    assert binascii.hexlify(data, sep=':', bytes_per_sep=1) == b'01:02:03'
    with pytest.raises(ValueError, match='sep must be length 1.'):
        binascii.hexlify(data, '--')
    with pytest.raises(ValueError, match='sep must be ASCII.'):
        binascii.hexlify(data, '\u20ac')
    with pytest.raises(TypeError, match='at most 3 arguments \\(4 given\\)'):
        binascii.hexlify(data, ':', 1, 2)
    with pytest.raises(TypeError):
        binascii.hexlify('ab')


def test_bytes_splitlines():
    data = b'a\nb\r\nc\rd\x0be\n'
    assert data.splitlines() == [b'a', b'b', b'c', b'd\x0be']
    assert data.splitlines(True) == [b'a\n', b'b\r\n', b'c\r', b'd\x0be\n']
    assert data.splitlines(keepends=True) == data.splitlines(True)
    assert b''.splitlines() == [] and b'\r\n\r'.splitlines() == [b'', b'']
    assert 'a\x0bb\u2028c'.splitlines() == ['a', 'b', 'c']


def test_int_special_methods_of_big_ints():
    import enum
    import json
    big = 2 ** 100
    assert int.__repr__(big) == str(big) and int.__add__(big, 1) == big + 1
    assert int.__lt__(1, big) is True and int.__hash__(big) == hash(big)

    class BigNum(enum.IntEnum):
        small = 1
        big = 1 << 64
    assert json.dumps([BigNum.small, BigNum.big]) == '[1, 18446744073709551616]'
    assert json.dumps({BigNum.big: 1}) == '{"18446744073709551616": 1}'
