"""The struct module (build/lib-python/3.11/struct.py over the built-in
_struct): packing, unpacking, sizes and CPython's errors."""

import pytest


def test_pack_unpack_round_trip():
    import struct
    data = struct.pack('<hiq', 1, -2, 3)
    assert data == b'\x01\x00\xfe\xff\xff\xff\x03\x00\x00\x00\x00\x00\x00\x00'
    assert struct.unpack('<hiq', data) == (1, -2, 3)
    assert struct.pack('>IH', 0xDEADBEEF, 0x1234) == b'\xde\xad\xbe\xef\x12\x34'
    assert struct.unpack('!bB', b'\xff\xff') == (-1, 255)
    assert struct.unpack('>Q', b'\xff\xff\xff\xff\xff\xff\xff\xff') == (2 ** 64 - 1,)
    assert struct.unpack('<q', struct.pack('<q', -2 ** 63)) == (-2 ** 63,)
    assert struct.unpack('@nNP', struct.pack('@nNP', -5, 6, 7)) == (-5, 6, 7)


def test_floats():
    import struct
    assert struct.pack('>d', 1.5) == b'?\xf8\x00\x00\x00\x00\x00\x00'
    assert struct.unpack('<f', struct.pack('<f', 0.25)) == (0.25,)
    assert struct.pack('<e', 1.5) == b'\x00>'
    assert struct.unpack('<e', b'\x00\x7c') == (float('inf'),)
    assert struct.pack('<d', 3) == struct.pack('<d', 3.0)
    assert struct.pack('f', 1e300) == struct.pack('f', float('inf'))
    with pytest.raises(OverflowError, match='float too large to pack with e format'):
        struct.pack('e', 1e10)
    with pytest.raises(OverflowError, match='float too large to pack with f format'):
        struct.pack('<f', 1e300)
    with pytest.raises(struct.error, match='required argument is not a float'):
        struct.pack('d', 'x')


def test_bytes_codes():
    import struct
    assert struct.pack('5p3s', b'abcdefg', b'a') == b'\x04abcda\x00\x00'
    assert struct.unpack('5p3s', b'\x09abcda\x00\x00') == (b'abcd', b'a\x00\x00')
    assert struct.pack('c?x?', b'z', 5, []) == b'z\x01\x00\x00'
    assert struct.unpack('c??', b'z\x00\x07') == (b'z', False, True)
    with pytest.raises(struct.error, match='char format requires a bytes object of length 1'):
        struct.pack('c', b'ab')
    with pytest.raises(struct.error, match="argument for 's' must be a bytes object"):
        struct.pack('s', 1)


def test_calcsize_and_alignment():
    import struct
    assert struct.calcsize('@bhiq') == 16
    assert struct.calcsize('=bhiq') == 15
    assert struct.calcsize('@ci0q') == 8
    assert struct.calcsize('5s') == 5 and struct.calcsize('P') == 8
    assert struct.calcsize('3x 2h') == 8
    assert struct.pack('@bi', 1, 2) == b'\x01\x00\x00\x00\x02\x00\x00\x00'
    with pytest.raises(struct.error, match='bad char in struct format'):
        struct.calcsize('3z')
    with pytest.raises(struct.error, match='bad char in struct format'):
        struct.calcsize('<P')
    with pytest.raises(struct.error, match='repeat count given without format specifier'):
        struct.calcsize('3')


def test_integer_range_errors():
    import struct
    cases = [('b', 200, 'byte format requires -128 <= number <= 127'),
             ('B', -1, 'ubyte format requires 0 <= number <= 255'),
             ('h', 1 << 20, 'short format requires -32768 <= number <= 32767'),
             ('>h', 1 << 20, "'h' format requires -32768 <= number <= 32767"),
             ('H', 1 << 20, 'ushort format requires 0 <= number <= 65535'),
             ('i', 1 << 40, "'i' format requires -2147483648 <= number <= 2147483647"),
             ('<l', 1 << 40, "'l' format requires -2147483648 <= number <= 2147483647"),
             ('<L', 1 << 40, "'L' format requires 0 <= number <= 4294967295"),
             ('I', -1, 'argument out of range'),
             ('q', 1 << 70, 'argument out of range'),
             ('Q', -1, 'argument out of range'),
             ('>q', 1 << 70, 'int too large to convert')]
    for fmt, value, message in cases:
        with pytest.raises(struct.error, match=message):
            struct.pack(fmt, value)
    with pytest.raises(struct.error, match='required argument is not an integer'):
        struct.pack('i', 1.5)

    class Index:
        def __index__(self):
            return 7
    assert struct.pack('<i', Index()) == b'\x07\x00\x00\x00'
    assert struct.pack('<i', True) == b'\x01\x00\x00\x00'


def test_argument_errors():
    import struct
    with pytest.raises(struct.error, match='pack expected 2 items for packing'):
        struct.pack('ii', 1)
    with pytest.raises(struct.error, match='unpack requires a buffer of 4 bytes'):
        struct.unpack('i', b'123')
    with pytest.raises(TypeError, match="a bytes-like object is required, not 'str'"):
        struct.unpack('i', 'abcd')
    with pytest.raises(TypeError, match='must be a str or bytes object, not int'):
        struct.Struct(5)


def test_unpack_from_and_pack_into():
    import struct
    assert struct.unpack_from('<h', b'\x00\x01\x00', 1) == (1,)
    assert struct.unpack_from('<h', buffer=b'\x00\x01\x00', offset=1) == (1,)
    assert struct.unpack_from('<h', b'\x01\x00\x05\x00', -2) == (5,)
    with pytest.raises(struct.error, match='unpack_from requires a buffer of at least 6 bytes for unpacking 4 bytes at offset 2'):
        struct.unpack_from('i', b'12345', 2)
    with pytest.raises(struct.error, match='not enough data to unpack 4 bytes at offset -1'):
        struct.unpack_from('i', b'12345', -1)
    with pytest.raises(struct.error, match='offset -10 out of range for 5-byte buffer'):
        struct.unpack_from('i', b'12345', -10)
    buf = bytearray(6)
    struct.pack_into('<h', buf, 2, -2)
    assert buf == bytearray(b'\x00\x00\xfe\xff\x00\x00')
    with pytest.raises(struct.error, match='pack_into requires a buffer of at least 8 bytes for packing 4 bytes at offset 4'):
        struct.pack_into('i', buf, 4, 1)
    with pytest.raises(TypeError, match='argument must be read-write bytes-like object, not bytes'):
        struct.pack_into('i', b'123456', 0, 1)


def test_iter_unpack():
    import struct
    it = struct.iter_unpack('<h', b'\x01\x00\x02\x00')
    assert it.__length_hint__() == 2
    assert list(it) == [(1,), (2,)]
    with pytest.raises(struct.error, match='iterative unpacking requires a buffer of a multiple of 4 bytes'):
        struct.iter_unpack('i', b'12345')


def test_struct_class():
    import struct
    s = struct.Struct('<hi')
    assert s.size == 6 and s.format == '<hi'
    assert struct.Struct(b'>i').format == '>i'
    assert s.unpack(s.pack(3, -4)) == (3, -4)
    assert s.unpack_from(b'\x00' + s.pack(5, 6), 1) == (5, 6)
    buf = bytearray(6)
    s.pack_into(buf, 0, 7, 8)
    assert s.unpack(buf) == (7, 8)
    assert list(s.iter_unpack(s.pack(1, 2) + s.pack(3, 4))) == [(1, 2), (3, 4)]
    assert s.unpack(memoryview(s.pack(9, 9))) == (9, 9)
    assert struct.error.__module__ == 'struct' and issubclass(struct.error, Exception)
    assert type(s).__name__ == 'Struct'


def test_builtin_iterators_are_abc_iterators():
    # __iter__ and __next__ in the type's dict, where
    # collections.abc.Iterator looks (test_struct's UnpackIteratorTest)
    import array
    import collections.abc
    import re
    import struct
    for it in [struct.iter_unpack('b', b'ab'), re.finditer('a', 'aa'),
               iter(array.array('b', [1, 2]))]:
        assert isinstance(it, collections.abc.Iterator)
        assert '__next__' in type(it).__dict__
        assert iter(it) is it
    it = struct.iter_unpack('b', b'ab')
    assert it.__next__() == (97,) and it.__length_hint__() == 1


def test_embedded_null_and_uninstantiable_unpack_iterator():
    import struct
    for fmt in ['\0', '2\0i', b'\0']:
        with pytest.raises(struct.error, match='embedded null character'):
            struct.calcsize(fmt)
    with pytest.raises(TypeError):
        type(struct.Struct('>ibcp').iter_unpack(b''))()
