"""The built-in array module: array.array's construction, sequence
protocol, methods, range checks and CPython's error messages, and its use
as a buffer (bytes(), memoryview(), struct)."""

import pytest


def test_construct_and_attributes():
    import array
    assert array.typecodes == 'bBuhHiIlLqQfd'
    assert array.ArrayType is array.array
    sizes = {'b': 1, 'B': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8,
             'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8, 'u': 4}
    for tc, size in sizes.items():
        a = array.array(tc)
        assert a.typecode == tc and a.itemsize == size and len(a) == 0
    assert array.array('i', [1, 2, 3]).tolist() == [1, 2, 3]
    assert array.array('i', (4, 5)).tolist() == [4, 5]
    assert array.array('i', range(3)).tolist() == [0, 1, 2]
    assert array.array('b', b'\x01\xff').tolist() == [1, -1]
    assert array.array('B', bytearray(b'ab')).tolist() == [97, 98]
    assert array.array('h', b'\x01\x00\x02\x00').tolist() == [1, 2]
    assert array.array('d', array.array('i', [1, 2])).tolist() == [1.0, 2.0]
    assert array.array('u', 'abc').tounicode() == 'abc'
    assert type(array.array('i')).__name__ == 'array'
    assert array.array.__module__ == 'array'


def test_construct_errors():
    import array
    with pytest.raises(ValueError, match=r'bad typecode \(must be b, B, u'):
        array.array('z')
    with pytest.raises(TypeError, match='must be a unicode character, not int'):
        array.array(1)
    with pytest.raises(TypeError, match="cannot use a str to initialize an array with typecode 'i'"):
        array.array('i', 'abc')
    with pytest.raises(ValueError, match='bytes length not a multiple of item size'):
        array.array('i', b'abc')
    with pytest.raises(TypeError, match="'float' object cannot be interpreted as an integer"):
        array.array('i', [1.5])
    with pytest.raises(TypeError, match='must be real number, not str'):
        array.array('d', ['x'])
    with pytest.raises(TypeError, match='array item must be unicode character'):
        array.array('u', [1])


def test_range_checks():
    import array
    cases = [('b', 128, 'signed char is greater than maximum'),
             ('b', -129, 'signed char is less than minimum'),
             ('B', 256, 'unsigned byte integer is greater than maximum'),
             ('B', -1, 'unsigned byte integer is less than minimum'),
             ('h', 1 << 15, 'signed short integer is greater than maximum'),
             ('H', -1, 'unsigned short is less than minimum'),
             ('i', -(1 << 31) - 1, 'signed integer is less than minimum'),
             ('I', 1 << 32, 'unsigned int is greater than maximum'),
             ('I', -1, "can't convert negative value to unsigned int"),
             ('l', 1 << 63, 'Python int too large to convert to C long'),
             ('L', 1 << 64, 'Python int too large to convert to C unsigned long'),
             ('q', -(1 << 63) - 1, 'int too big to convert'),
             ('Q', -1, "can't convert negative int to unsigned")]
    for tc, value, message in cases:
        with pytest.raises(OverflowError) as e:
            array.array(tc, [value])
        assert str(e.value) == message, (tc, value)
    limits = {'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767),
              'H': (0, 65535), 'i': (-2 ** 31, 2 ** 31 - 1),
              'I': (0, 2 ** 32 - 1), 'l': (-2 ** 63, 2 ** 63 - 1),
              'L': (0, 2 ** 64 - 1), 'q': (-2 ** 63, 2 ** 63 - 1),
              'Q': (0, 2 ** 64 - 1)}
    for tc, (lo, hi) in limits.items():
        assert array.array(tc, [lo, hi, 0]).tolist() == [lo, hi, 0]
    assert array.array('f', [0.5, 1e300]).tolist() == [0.5, float('inf')]
    assert array.array('d', [1, 2 ** 70]).tolist() == [1.0, float(2 ** 70)]


def test_indexing_and_slices():
    import array
    a = array.array('i', range(10))
    assert a[0] == 0 and a[-1] == 9
    assert a[2:5] == array.array('i', [2, 3, 4])
    assert a[::3].tolist() == [0, 3, 6, 9]
    assert a[::-1].tolist() == list(range(9, -1, -1))
    a[0] = 42
    a[-1] = -7
    assert a[0] == 42 and a[9] == -7
    a[1:3] = array.array('i', [7, 8, 9])
    assert a.tolist() == [42, 7, 8, 9, 3, 4, 5, 6, 7, 8, -7]
    a[::2] = array.array('i', [0] * 6)
    assert a.tolist() == [0, 7, 0, 9, 0, 4, 0, 6, 0, 8, 0]
    del a[::2]
    assert a.tolist() == [7, 9, 4, 6, 8]
    del a[1:3]
    del a[0]
    assert a.tolist() == [6, 8]
    with pytest.raises(IndexError, match='array index out of range'):
        a[5]
    with pytest.raises(IndexError, match='array assignment index out of range'):
        a[5] = 1
    with pytest.raises(TypeError, match='array indices must be integers'):
        a['x']
    with pytest.raises(TypeError, match=r'can only assign array \(not "list"\) to array slice'):
        a[0:1] = [1]
    with pytest.raises(TypeError, match='bad argument type for built-in operation'):
        a[0:1] = array.array('b', [1])
    with pytest.raises(ValueError, match='attempt to assign array of size 1 to extended slice of size 2'):
        a[::1 - 2] = array.array('i', [1])


def test_methods():
    import array
    a = array.array('h', [1, 2, 3])
    a.append(4)
    a.extend([5, 6])
    a.extend(iter([7]))
    a.extend(array.array('h', [8]))
    a.insert(0, 0)
    a.insert(-1, 99)
    a.insert(100, 100)
    assert a.tolist() == [0, 1, 2, 3, 4, 5, 6, 7, 99, 8, 100]
    assert a.pop() == 100 and a.pop(0) == 0 and a.pop(-2) == 99
    a.remove(4)
    assert a.tolist() == [1, 2, 3, 5, 6, 7, 8]
    assert a.index(5) == 3 and a.index(6, 1, 5) == 4 and a.count(2) == 1
    a.reverse()
    assert a.tolist() == [8, 7, 6, 5, 3, 2, 1]
    a.fromlist([9, 10])
    assert a[-2:].tolist() == [9, 10]
    with pytest.raises(TypeError, match='arg must be list'):
        a.fromlist((1,))
    with pytest.raises(OverflowError):
        a.fromlist([1, 1 << 20])
    assert len(a) == 9                      # nothing appended
    with pytest.raises(IndexError, match='pop from empty array'):
        array.array('i').pop()
    with pytest.raises(ValueError, match=r'array.remove\(x\): x not in array'):
        a.remove(1000)
    with pytest.raises(ValueError, match=r'array.index\(x\): x not in array'):
        a.index(1000)
    with pytest.raises(TypeError, match='can only extend with array of same kind'):
        a.extend(array.array('i', [1]))
    info = a.buffer_info()
    assert isinstance(info[0], int) and info[1] == 9


def test_bytes_conversions():
    import array
    a = array.array('H', [1, 0x0203])
    assert a.tobytes() == (1).to_bytes(2, 'little') + (0x0203).to_bytes(2, 'little') \
        or a.tobytes() == b'\x00\x01\x02\x03'
    b = array.array('H')
    b.frombytes(a.tobytes())
    assert b == a
    b.byteswap()
    assert b.tolist() == [0x0100, 0x0302]
    with pytest.raises(ValueError, match='bytes length not a multiple of item size'):
        b.frombytes(b'abc')
    d = array.array('d', [1.5, -0.25])
    assert array.array('d', d.tobytes()) == d
    f = array.array('f', [0.5])
    f.byteswap()
    f.byteswap()
    assert f.tolist() == [0.5]
    q = array.array('q', [-1])
    assert q.tobytes() == b'\xff' * 8
    u = array.array('u', 'hi')
    u.fromunicode('!')
    assert u.tounicode() == 'hi!' and u[2] == '!'
    with pytest.raises(ValueError, match='tounicode'):
        q.tounicode()


def test_operators():
    import array
    a = array.array('i', [1, 2])
    b = array.array('i', [3])
    assert a + b == array.array('i', [1, 2, 3])
    assert a * 2 == array.array('i', [1, 2, 1, 2])
    assert 2 * a == array.array('i', [1, 2, 1, 2])
    assert a * -1 == array.array('i')
    c = a
    c += b
    assert c is a and a.tolist() == [1, 2, 3]
    c *= 2
    assert c is a and a.tolist() == [1, 2, 3, 1, 2, 3]
    with pytest.raises(TypeError):
        a + [1]
    with pytest.raises(TypeError, match='bad argument type for built-in operation'):
        a + array.array('d')
    with pytest.raises(TypeError):
        a * 'x'
    with pytest.raises(TypeError, match="unhashable type: 'array.array'"):
        hash(a)
    assert 2 in a and 7 not in a and 2.0 in a
    assert list(iter(array.array('b', [5, 6]))) == [5, 6]
    assert [x for x in array.array('d', [0.5])] == [0.5]
    assert bool(array.array('i')) is False and bool(a) is True


def test_comparisons():
    import array
    a = array.array('i', [1, 2])
    assert a == array.array('i', [1, 2])
    assert a == array.array('d', [1.0, 2.0])
    assert a != array.array('i', [1, 2, 3])
    assert a < array.array('i', [1, 3]) and a <= array.array('i', [1, 2])
    assert array.array('i', [2]) > a and a >= a
    assert not (a == [1, 2])
    assert array.array('d', [float('nan')]) != array.array('d', [float('nan')])


def test_repr():
    import array
    assert repr(array.array('i', [1, 2])) == "array('i', [1, 2])"
    assert repr(array.array('d')) == "array('d')"
    assert repr(array.array('d', [1.5, 2.0])) == "array('d', [1.5, 2.0])"
    assert repr(array.array('u', 'ab')) == "array('u', 'ab')"
    assert repr(array.array('Q', [2 ** 64 - 1])) == "array('Q', [18446744073709551615])"
    assert str(array.array('b', [-1])) == "array('b', [-1])"
    assert repr(array.array('f', [float('nan')])) == "array('f', [nan])"


def test_buffer_users():
    import array
    import struct
    assert bytes(array.array('h', [1, 2])) == struct.pack('=hh', 1, 2)
    assert struct.unpack('>I', array.array('B', b'\x12\x34\x56\x78')) == (0x12345678,)
    buf = array.array('b', b' ' * 10)
    struct.pack_into('3s', buf, 2, b'abc')
    assert buf.tobytes() == b'  abc     '
    struct.Struct('2s').pack_into(buf, 0, b'xy')
    assert buf.tobytes()[:2] == b'xy'
    with pytest.raises(struct.error):
        struct.pack_into('21s', array.array('b', b' ' * 10), 0, b'x')
    assert struct.unpack_from('b', buf, 2) == (ord('a'),)
    assert memoryview(array.array('B', [1, 2])).tobytes() == b'\x01\x02'
    assert bytearray(array.array('B', [3, 4])) == bytearray(b'\x03\x04')


def test_copy_pickle_files():
    import array
    import copy
    import io
    import pickle
    a = array.array('i', [1, 2, 3])
    b = copy.copy(a)
    c = copy.deepcopy(a)
    assert b == a and b is not a and c == a and c is not a
    b[0] = 9
    assert a[0] == 1
    for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):   # 0, 1: str codecs
        d = pickle.loads(pickle.dumps(a, proto))
        assert d == a and d.typecode == 'i'
    f = io.BytesIO()
    a.tofile(f)
    f.seek(0)
    e = array.array('i')
    e.fromfile(f, 2)
    assert e.tolist() == [1, 2]
    with pytest.raises(EOFError):
        e.fromfile(f, 5)
    assert e.tolist() == [1, 2, 3]
