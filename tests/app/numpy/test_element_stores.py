"""Storing one value into an integer or other array, a[0] = v and
a[:] = v, as NumPy 2 does it: Python ints and floats, and NumPy scalars
stored into signed dtypes, go through Python's int() and must fit (NEP 50;
NumPy scalars into unsigned dtypes are cast); a sequence stored into one
element is refused with the error of the element's own conversion (a
bool takes its truth).  The table was printed by NumPy 2.4."""

import numpy as np


def outcome(target, index, value):
    a = target.copy()
    try:
        a[index] = value
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
    return repr(a[index])


STORES = [
    ('np.int64(70000)', 'int8', '0', 'OverflowError: Python integer 70000 out of bounds for int8', 'OverflowError: Python integer 70000 out of bounds for int8'),
    ('np.int64(70000)', 'int32', '0', 'np.int32(70000)', 'array([70000, 70000], dtype=int32)'),
    ('np.int64(70000)', 'int64', '0', 'np.int64(70000)', 'array([70000, 70000])'),
    ('np.int64(70000)', 'uint8', '0', 'np.uint8(112)', 'array([112, 112], dtype=uint8)'),
    ('np.int64(70000)', 'uint64', '0', 'np.uint64(70000)', 'array([70000, 70000], dtype=uint64)'),
    ('np.uint32(4294967295)', 'int8', '0', 'OverflowError: Python integer 4294967295 out of bounds for int8', 'OverflowError: Python integer 4294967295 out of bounds for int8'),
    ('np.uint32(4294967295)', 'int32', '0', 'OverflowError: Python integer 4294967295 out of bounds for int32', 'OverflowError: Python integer 4294967295 out of bounds for int32'),
    ('np.uint32(4294967295)', 'int64', '0', 'np.int64(4294967295)', 'array([4294967295, 4294967295])'),
    ('np.uint32(4294967295)', 'uint8', '0', 'np.uint8(255)', 'array([255, 255], dtype=uint8)'),
    ('np.uint32(4294967295)', 'uint64', '0', 'np.uint64(4294967295)', 'array([4294967295, 4294967295], dtype=uint64)'),
    ('np.uint64(2**64-1)', 'int8', '0', 'OverflowError: Python int too large to convert to C long', 'OverflowError: Python int too large to convert to C long'),
    ('np.uint64(2**64-1)', 'int32', '0', 'OverflowError: Python int too large to convert to C long', 'OverflowError: Python int too large to convert to C long'),
    ('np.uint64(2**64-1)', 'int64', '0', 'OverflowError: Python int too large to convert to C long', 'OverflowError: Python int too large to convert to C long'),
    ('np.uint64(2**64-1)', 'uint8', '0', 'np.uint8(255)', 'array([255, 255], dtype=uint8)'),
    ('np.uint64(2**64-1)', 'uint64', '0', 'np.uint64(18446744073709551615)', 'array([18446744073709551615, 18446744073709551615], dtype=uint64)'),
    ('np.float64(1e10)', 'int8', '0', 'OverflowError: Python integer 10000000000 out of bounds for int8', 'OverflowError: Python integer 10000000000 out of bounds for int8'),
    ('np.float64(1e10)', 'int32', '0', 'OverflowError: Python integer 10000000000 out of bounds for int32', 'OverflowError: Python integer 10000000000 out of bounds for int32'),
    ('np.float64(1e10)', 'int64', '0', 'np.int64(10000000000)', 'array([10000000000, 10000000000])'),
    ('np.float64(1e10)', 'uint8', '0', 'np.uint8(0)', 'array([0, 0], dtype=uint8)'),
    ('np.float64(1e10)', 'uint64', '0', 'np.uint64(10000000000)', 'array([10000000000, 10000000000], dtype=uint64)'),
    ('np.float64("nan")', 'int8', '0', 'ValueError: cannot convert float NaN to integer', 'ValueError: cannot convert float NaN to integer'),
    ('np.float64("nan")', 'int32', '0', 'ValueError: cannot convert float NaN to integer', 'ValueError: cannot convert float NaN to integer'),
    ('np.float64("nan")', 'int64', '0', 'ValueError: cannot convert float NaN to integer', 'ValueError: cannot convert float NaN to integer'),
    ('np.float64("nan")', 'uint8', '0', 'np.uint8(0)', 'array([0, 0], dtype=uint8)'),
    ('np.float64("nan")', 'uint64', '0', 'np.uint64(9223372036854775808)', 'array([9223372036854775808, 9223372036854775808], dtype=uint64)'),
    ('np.float32("inf")', 'int8', '0', 'OverflowError: cannot convert float infinity to integer', 'OverflowError: cannot convert float infinity to integer'),
    ('np.float32("inf")', 'int32', '0', 'OverflowError: cannot convert float infinity to integer', 'OverflowError: cannot convert float infinity to integer'),
    ('np.float32("inf")', 'int64', '0', 'OverflowError: cannot convert float infinity to integer', 'OverflowError: cannot convert float infinity to integer'),
    ('np.float32("inf")', 'uint8', '0', 'np.uint8(0)', 'array([0, 0], dtype=uint8)'),
    ('np.float32("inf")', 'uint64', '0', 'np.uint64(0)', 'array([0, 0], dtype=uint64)'),
    ('np.int64(-1)', 'int8', '0', 'np.int8(-1)', 'array([-1, -1], dtype=int8)'),
    ('np.int64(-1)', 'int32', '0', 'np.int32(-1)', 'array([-1, -1], dtype=int32)'),
    ('np.int64(-1)', 'int64', '0', 'np.int64(-1)', 'array([-1, -1])'),
    ('np.int64(-1)', 'uint8', '0', 'np.uint8(255)', 'array([255, 255], dtype=uint8)'),
    ('np.int64(-1)', 'uint64', '0', 'np.uint64(18446744073709551615)', 'array([18446744073709551615, 18446744073709551615], dtype=uint64)'),
    ('np.uint8(200)', 'int8', '0', 'OverflowError: Python integer 200 out of bounds for int8', 'OverflowError: Python integer 200 out of bounds for int8'),
    ('np.uint8(200)', 'int32', '0', 'np.int32(200)', 'array([200, 200], dtype=int32)'),
    ('np.uint8(200)', 'int64', '0', 'np.int64(200)', 'array([200, 200])'),
    ('np.uint8(200)', 'uint8', '0', 'np.uint8(200)', 'array([200, 200], dtype=uint8)'),
    ('np.uint8(200)', 'uint64', '0', 'np.uint64(200)', 'array([200, 200], dtype=uint64)'),
    ('300.5', 'int8', '0', 'OverflowError: Python integer 300 out of bounds for int8', 'OverflowError: Python integer 300 out of bounds for int8'),
    ('300.5', 'int32', '0', 'np.int32(300)', 'array([300, 300], dtype=int32)'),
    ('300.5', 'int64', '0', 'np.int64(300)', 'array([300, 300])'),
    ('300.5', 'uint8', '0', 'OverflowError: Python integer 300 out of bounds for uint8', 'OverflowError: Python integer 300 out of bounds for uint8'),
    ('300.5', 'uint64', '0', 'np.uint64(300)', 'array([300, 300], dtype=uint64)'),
    ('1e30', 'int8', '0', 'OverflowError: Python int too large to convert to C long', 'OverflowError: Python int too large to convert to C long'),
    ('1e30', 'int32', '0', 'OverflowError: Python int too large to convert to C long', 'OverflowError: Python int too large to convert to C long'),
    ('1e30', 'int64', '0', 'OverflowError: Python int too large to convert to C long', 'OverflowError: Python int too large to convert to C long'),
    ('1e30', 'uint8', '0', 'OverflowError: Python int too large to convert to C long', 'OverflowError: Python int too large to convert to C long'),
    ('1e30', 'uint64', '0', 'OverflowError: Python int too large to convert to C long', 'OverflowError: Python int too large to convert to C long'),
    ('-129.0', 'int8', '0', 'OverflowError: Python integer -129 out of bounds for int8', 'OverflowError: Python integer -129 out of bounds for int8'),
    ('-129.0', 'int32', '0', 'np.int32(-129)', 'array([-129, -129], dtype=int32)'),
    ('-129.0', 'int64', '0', 'np.int64(-129)', 'array([-129, -129])'),
    ('-129.0', 'uint8', '0', 'OverflowError: Python integer -129 out of bounds for uint8', 'OverflowError: Python integer -129 out of bounds for uint8'),
    ('-129.0', 'uint64', '0', 'OverflowError: Python integer -129 out of bounds for uint64', 'OverflowError: Python integer -129 out of bounds for uint64'),
    ('np.True_', 'int8', '0', 'np.int8(1)', 'array([1, 1], dtype=int8)'),
    ('np.True_', 'int32', '0', 'np.int32(1)', 'array([1, 1], dtype=int32)'),
    ('np.True_', 'int64', '0', 'np.int64(1)', 'array([1, 1])'),
    ('np.True_', 'uint8', '0', 'np.uint8(1)', 'array([1, 1], dtype=uint8)'),
    ('np.True_', 'uint64', '0', 'np.uint64(1)', 'array([1, 1], dtype=uint64)'),
    ('[1]', 'bool', '0', 'np.True_', None),
    ('[1]', 'uint16', '0', "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'", None),
    ('[1]', 'float32', '0', 'ValueError: setting an array element with a sequence.', None),
    ('[1]', 'int64', '0', "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'", None),
    ('[1]', 'complex128', '0', 'TypeError: must be real number, not list', None),
    ('()', 'bool', '0', 'np.False_', None),
    ('()', 'uint16', '0', "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'tuple'", None),
    ('()', 'float32', '0', 'ValueError: setting an array element with a sequence.', None),
    ('()', 'int64', '0', "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'tuple'", None),
    ('()', 'complex128', '0', 'TypeError: must be real number, not tuple', None),
    ('np.ones(1)', 'bool', '0', 'np.True_', None),
    ('np.ones(1)', 'uint16', '0', 'ValueError: setting an array element with a sequence.', None),
    ('np.ones(1)', 'float32', '0', 'ValueError: setting an array element with a sequence.', None),
    ('np.ones(1)', 'int64', '0', 'ValueError: setting an array element with a sequence.', None),
    ('np.ones(1)', 'complex128', '0', 'TypeError: only 0-dimensional arrays can be converted to Python scalars', None),
    ('np.ones(())', 'bool', '0', 'np.True_', None),
    ('np.ones(())', 'uint16', '0', 'np.uint16(1)', None),
    ('np.ones(())', 'float32', '0', 'np.float32(1.0)', None),
    ('np.ones(())', 'int64', '0', 'np.int64(1)', None),
    ('np.ones(())', 'complex128', '0', 'np.complex128(1+0j)', None),
    ('np.ones((1, 1))', 'bool', '0', 'np.True_', None),
    ('np.ones((1, 1))', 'uint16', '0', 'ValueError: setting an array element with a sequence.', None),
    ('np.ones((1, 1))', 'float32', '0', 'ValueError: setting an array element with a sequence.', None),
    ('np.ones((1, 1))', 'int64', '0', 'ValueError: setting an array element with a sequence.', None),
    ('np.ones((1, 1))', 'complex128', '0', 'TypeError: only 0-dimensional arrays can be converted to Python scalars', None),
]


def test_stores():
    differences = []
    for value, dtype, _, element, whole in STORES:
        target = np.zeros(2, dtype)
        got = (outcome(target, 0, eval(value)),
               None if whole is None else
               outcome(target, slice(None), eval(value)))
        if got != (element, whole):
            differences.append((value, dtype, got, (element, whole)))
    assert not differences


def test_assignment_drops_leading_ones_and_empty_powers():
    a = np.array([0, 1], np.int8)
    a[2:] = np.ones((1, 1))
    b = np.zeros((2, 3))
    b[:, 1] = np.ones((1, 1, 2))
    c = np.zeros(3)
    c[[0, 1]] = np.ones((1, 2))
    assert (a.tolist(), b[:, 1].tolist(), c.tolist()) == (
        [0, 1], [1.0, 1.0], [1.0, 1.0, 0.0])
    assert outcome(np.zeros(2, bool), 0, np.zeros(0)) == \
        'ValueError: setting an array element with a sequence.'
    assert outcome(np.zeros(2, bool), 0, np.ones(3)) == \
        'ValueError: setting an array element with a sequence.'
    # negative integer powers are refused only when something is computed
    assert (np.zeros((3, 0, 4), np.int8) ** np.int8(-1)).shape == (3, 0, 4)
