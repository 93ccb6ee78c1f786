"""The built-in marshal module: round trips of every supported type in
each version, CPython's bytes for version 2, data with references as
CPython writes it, and the errors of bad data."""

import pytest

VALUES = [None, True, False, 0, -1, 2 ** 31 - 1, -2 ** 31, 2 ** 31, 2 ** 40,
          -2 ** 70, 2 ** 63, 10 ** 30, 1.5, -0.0, float('inf'), 1e300,
          2 + 3j, 'abc', '\xe9\u20ac', 'x' * 300, b'', b'bytes', (), (1, 'a'),
          tuple(range(300)), [], [1, [2, [3]]], {}, {1: 'a', 'b': (2,)},
          set(), {3, 1, 2, 'a'}, frozenset([5, 4]), ..., StopIteration]


def test_round_trips():
    import marshal
    for value in VALUES:
        for version in range(5):
            back = marshal.loads(marshal.dumps(value, version))
            assert back == value and type(back) is type(value)
    assert marshal.version == 4


def test_version_2_bytes():
    import marshal
    assert marshal.dumps((1, 'ab', 2 ** 40, -2 ** 70, 1.5, 1j, None, True,
                          ..., StopIteration, b'x', [1], {1: 2}), 2) == (
        b'(\r\x00\x00\x00i\x01\x00\x00\x00u\x02\x00\x00\x00ab'
        b'l\x03\x00\x00\x00\x00\x00\x00\x00\x00\x04'
        b'l\xfb\xff\xff\xff\x00\x00\x00\x00\x00\x00\x00\x00\x00\x04'
        b'g\x00\x00\x00\x00\x00\x00\xf8?'
        b'y\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xf0?'
        b'NT.Ss\x01\x00\x00\x00x[\x01\x00\x00\x00i\x01\x00\x00\x00'
        b'{i\x01\x00\x00\x00i\x02\x00\x00\x000')
    assert marshal.dumps({3, 1, 2, 'a'}, 2) == (
        b'<\x04\x00\x00\x00i\x01\x00\x00\x00i\x02\x00\x00\x00'
        b'i\x03\x00\x00\x00u\x01\x00\x00\x00a')
    assert marshal.dumps(0.1, 0) == b'f\x130.10000000000000001'
    assert marshal.dumps(2 + 3j, 1) == b'x\x012\x013'
    assert marshal.dumps(bytearray(b'ab'), 2) == b's\x02\x00\x00\x00ab'


def test_cpython_references():
    import marshal
    assert marshal.loads(b'\xa9\x03\xda\x01a\xe9\x01\x00\x00\x00r\x01\x00\x00\x00') == ('a', 1, 'a')
    assert marshal.loads(b'N extra') is None
    assert marshal.loads(b'{i\x01\x00\x00\x000') == {}


def test_files():
    import io, marshal
    f = io.BytesIO()
    marshal.dump([1, 2], f)
    marshal.dump('x', f, 2)
    f.seek(0)
    assert marshal.load(f) == [1, 2]
    assert marshal.load(f) == 'x'


BAD_DATA = [
    (b'', EOFError, 'EOF read where object expected'),
    (b'i\x01', EOFError, 'marshal data too short'),
    (b's\x05\x00\x00\x00ab', EOFError, 'marshal data too short'),
    (b'?', ValueError, r'bad marshal data \(unknown type code\)'),
    (b'l\x01\x00\x00\x00\xff\xff', ValueError, r'bad marshal data \(digit out of range in long\)'),
    (b'l\x01\x00\x00\x00\x00\x00', ValueError, r'bad marshal data \(unnormalized long data\)'),
    (b'r\x05\x00\x00\x00', ValueError, r'bad marshal data \(invalid reference\)'),
    (b'(\xff\xff\xff\xff', ValueError, r'bad marshal data \(tuple size out of range\)'),
    (b'[\xff\xff\xff\xff', ValueError, r'bad marshal data \(list size out of range\)'),
    (b's\xff\xff\xff\xff', ValueError, r'bad marshal data \(bytes object size out of range\)'),
    (b'a\xff\xff\xff\xff', ValueError, r'bad marshal data \(string size out of range\)'),
    (b'f\x03abc', ValueError, "could not convert string to float: 'abc'"),
    (b'0', TypeError, 'NULL object in marshal data for object')]


def test_bad_data():
    import marshal
    for data, error, message in BAD_DATA:
        with pytest.raises(error, match=message):
            marshal.loads(data)


def test_unmarshallable():
    import marshal

    class Int(int):
        pass
    for value in [Int(3), object(), [1, object()]]:
        with pytest.raises(ValueError, match='unmarshallable object'):
            marshal.dumps(value)
    nested = []
    for _ in range(3000):
        nested = [nested]
    with pytest.raises(ValueError, match='object too deeply nested to marshal'):
        marshal.dumps(nested)
