"""bytearray, memoryview and the bytes constructor, as _collections_abc,
copy and collections use them; CPython gives the expected results."""

import pytest


def test_bytearray_mutation():
    b = bytearray(b'abc')
    b.append(100)
    b.extend([101, 102])
    b += b'gh'
    assert b == b'abcdefgh' and len(b) == 8 and b[0] == 97 and b[-1] == 104
    assert b[1:3] == bytearray(b'bc') and b[::2] == b'aceg'
    b[0] = 65
    b[1:3] = b'XYZ'
    del b[0]
    assert b == bytearray(b'XYZdefgh')
    del b[::3]
    assert b == b'YZefh'
    assert b.pop() == 104 and b.pop(0) == 89 and b == b'Zef'
    c = b.copy()
    c.clear()
    assert c == b'' and b == b'Zef'
    assert repr(bytearray(b'a\n\xff')) == "bytearray(b'a\\n\\xff')"


def test_bytearray_construction_and_conversion():
    assert bytearray(3) == b'\x00\x00\x00'
    assert bytearray('hé', 'utf-8') == b'h\xc3\xa9'
    assert bytearray([1, 2]) + b'3' == bytearray(b'\x01\x023')
    assert b'x' + bytearray(b'y') == b'xy' and type(b'x' + bytearray()) is bytes
    b = bytearray(b'\xc3\xa9t\xc3\xa9')
    assert b.decode() == 'été' and b.hex() == 'c3a974c3a9'
    assert bytes(b) == b'\xc3\xa9t\xc3\xa9' and b'ab'.hex() == '6162'
    assert bytearray(b'a') < b'b' and b'ab' in bytearray(b'xaby')
    assert list(bytearray(b'AB')) == [65, 66]
    with pytest.raises(TypeError, match="unhashable type: 'bytearray'"):
        hash(bytearray())
    with pytest.raises(ValueError, match="byte must be in range"):
        bytearray().append(256)
    with pytest.raises(TypeError, match="string argument without an encoding"):
        bytearray('abc')


def test_bytes_constructor_and_methods():
    assert bytes() == b'' and bytes(2) == b'\x00\x00'
    assert bytes([104, 105]) == b'hi' and bytes('hé', 'latin-1') == b'h\xe9'
    assert bytes(range(3)) == b'\x00\x01\x02'
    assert b'hello'[1:4] == b'ell' and b'hello'[::-1] == b'olleh'
    assert b'abc'.decode('ascii') == 'abc' and b'h\xe9'.decode('latin-1') == 'hé'
    assert 98 in b'ab' and b'bc' in b'abc' and 120 not in b'ab'
    with pytest.raises(TypeError, match="cannot convert 'float' object to bytes"):
        bytes(1.5)


def test_memoryview():
    m = memoryview(b'abc')
    assert len(m) == 3 and m[1] == 98 and m.tobytes() == b'abc'
    assert m.tolist() == [97, 98, 99] and m == b'abc'
    assert m[1:].tobytes() == b'bc'
    with memoryview(bytearray(b'xy')) as v:
        assert bytes(v) == b'xy'


def test_collections_abc_registration():
    import collections.abc
    assert isinstance(bytearray(), collections.abc.MutableSequence)
    assert isinstance(memoryview(b''), collections.abc.Sequence)
    assert isinstance(b'', collections.abc.ByteString)
