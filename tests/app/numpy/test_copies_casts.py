"""Copies and casts into fresh arrays: astype between real dtypes (one
conversion per element), copies of contiguous arrays, concatenate,
arange."""

import warnings

import numpy as np


def test_astype_float64_to_float32_rounds_once():
    values = [1.1, -2.7, 0.0, -0.0, 1e40, -1e40, 1e-46, 3.4028235e38,
              16777217.0, float('inf'), float('-inf')]
    a = np.array(values)
    with np.errstate(over='ignore'):
        r = a.astype(np.float32)
        expect = [str(float(np.float32(x))) for x in values]
    assert r.dtype == np.float32
    assert [str(x) for x in r.tolist()] == expect
    assert np.isnan(np.array([np.nan]).astype(np.float32)[0])
    assert r.astype(np.float64).tolist() == r.tolist()


def test_astype_between_ints_and_floats():
    i = np.array([0, 1, -1, 127, 128, 255, 256, -129, 2 ** 40, -2 ** 63])
    assert i.astype(np.int8).tolist() == [0, 1, -1, 127, -128, -1, 0, 127,
                                          0, 0]
    assert i.astype(np.uint8).tolist() == [0, 1, 255, 127, 128, 255, 0,
                                           127, 0, 0]
    assert i.astype(np.float64).tolist() == [float(x) for x in i.tolist()]
    assert i.astype(np.bool_).tolist() == [x != 0 for x in i.tolist()]
    assert i.astype(np.uint64)[2] == 2 ** 64 - 1
    u = np.array([2 ** 63 + 5, 1], dtype=np.uint64)
    assert u.astype(np.float64).tolist() == [float(2 ** 63 + 5), 1.0]
    assert u.astype(np.int64).tolist() == [-2 ** 63 + 5, 1]
    f = np.array([1.5, -2.7, 0.0, -0.0, 100.9, -100.9])
    assert f.astype(np.int32).tolist() == [1, -2, 0, 0, 100, -100]
    assert f.astype(np.int8).tolist() == [1, -2, 0, 0, 100, -100]
    assert np.array([0.5, 0.0, np.nan]).astype(bool).tolist() == \
        [True, False, True]
    b = np.array([True, False])
    assert b.astype(np.float32).tolist() == [1.0, 0.0]
    assert b.astype(np.int16).tolist() == [1, 0]


def test_astype_of_views_and_shapes():
    m = np.arange(6.0).reshape(2, 3)
    assert m.astype(np.int32).tolist() == [[0, 1, 2], [3, 4, 5]]
    assert m.astype(np.int32).dtype == np.int32
    assert m.T.astype(np.float32).tolist() == [[0, 3], [1, 4], [2, 5]]
    assert m[:, ::2].astype(np.int8).tolist() == [[0, 2], [3, 5]]
    assert (m + 1).astype(np.int64).tolist() == [[1, 2, 3], [4, 5, 6]]
    assert np.arange(0).astype(np.float32).shape == (0,)
    c = m.astype(np.float64)
    c[0, 0] = 9.0
    assert m[0, 0] == 0.0


def test_copies_are_independent_and_keep_the_layout():
    a = np.arange(12.0).reshape(3, 4)
    b = a.copy()
    a[0, 0] = 99.0
    assert b.tolist() == [[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0],
                          [8.0, 9.0, 10.0, 11.0]]
    f = b.copy(order='F')
    assert f.flags['F_CONTIGUOUS'] and f.tolist() == b.tolist()
    g = f.copy(order='A')
    assert g.flags['F_CONTIGUOUS'] and g.tolist() == b.tolist()
    assert b.T.copy().tolist() == [list(r) for r in zip(*b.tolist())]
    assert np.arange(5.0)[::2].copy().tolist() == [0.0, 2.0, 4.0]
    e = np.zeros(4)
    e[:] = np.arange(5.0)[1:]
    assert e.tolist() == [1.0, 2.0, 3.0, 4.0]
    x = np.arange(10)
    x[2:6] = x[0:4]
    assert x.tolist() == [0, 1, 0, 1, 2, 3, 6, 7, 8, 9]
    assert np.zeros((0, 3)).copy().shape == (0, 3)


def test_concatenate_copies_each_part():
    a = np.arange(6.0).reshape(2, 3)
    assert np.concatenate((a, a + 1)).tolist() == \
        [[0, 1, 2], [3, 4, 5], [1, 2, 3], [4, 5, 6]]
    assert np.concatenate((a, a), axis=1).tolist() == \
        [[0, 1, 2, 0, 1, 2], [3, 4, 5, 3, 4, 5]]
    assert np.concatenate((np.arange(3), np.arange(4))).tolist() == \
        [0, 1, 2, 0, 1, 2, 3]
    mixed = np.concatenate((np.arange(2), np.array([0.5])))
    assert mixed.dtype == np.float64 and mixed.tolist() == [0.0, 1.0, 0.5]


def test_arange_values_of_every_kind():
    assert np.arange(10).tolist() == list(range(10))
    assert np.arange(2, 20, 3).tolist() == list(range(2, 20, 3))
    assert np.arange(10, 0, -2).tolist() == [10, 8, 6, 4, 2]
    assert np.arange(0.5, 3, 0.25).tolist() == [0.5 + 0.25 * i
                                                 for i in range(10)]
    assert np.arange(0, 1, 0.1).tolist() == [0.1 * i for i in range(10)]
    assert np.arange(5, dtype=np.float32).tolist() == [0.0, 1.0, 2.0, 3.0,
                                                       4.0]
    assert np.arange(300, dtype=np.int8).tolist()[-3:] == [41, 42, 43]
    assert np.arange(3, dtype=np.complex128).tolist() == [0j, 1 + 0j,
                                                          2 + 0j]
    assert np.arange(0).tolist() == []


def test_arange_of_every_length_and_int_dtype():
    # four elements a step and a tail of up to three
    for n in range(12):
        for dtype in (np.int64, np.int32, np.int16, np.uint8):
            assert np.arange(n, dtype=dtype).tolist() == list(range(n))
        assert np.arange(5, 5 - 7 * n, -7).tolist() == \
            list(range(5, 5 - 7 * n, -7))
    big = 2 ** 52
    assert np.arange(big, big + 30, 3).tolist() == list(range(big, big + 30, 3))


def test_complex_to_int_casts_as_float_to_int():
    # a complex value casts to an integer as its real part does, out of
    # range, inf and nan included (uint32 is left out: NumPy's result for
    # those depends on the SIMD loop it picks)
    f = np.array([9.3e18, -9.3e18, 3e9, -3e9, 1e30, np.nan, np.inf,
                  70000.5, -40000.0, 300.7])
    with np.errstate(all='ignore'), warnings.catch_warnings():
        warnings.simplefilter('ignore')
        for t in [np.int8, np.uint8, np.int16, np.uint16, np.int32,
                  np.int64]:
            assert (f.astype(np.complex128).astype(t).tolist() ==
                    f.astype(t).tolist())


def wrapped(x, dtype):
    """x as the integer dtype holds it (C's conversion, modulo 2**bits)."""
    info = np.iinfo(dtype)
    return (x - int(info.min)) % 2 ** info.bits + int(info.min)


def test_widening_int_casts_at_every_length():
    # int32 -> int64 once ended pypy-c in the JIT's loop vectorizer; the
    # loop is compiled after a few calls, so each length runs several times
    for src in [np.int8, np.int16, np.int32, np.uint32]:
        for dst in [np.int32, np.int64, np.uint64]:
            for n in list(range(0, 20)) + [31, 32, 33, 511]:
                values = [(k * 7919) % 300 - 150 for k in range(n)]
                a = np.array(values).astype(src)
                for repeat in range(3):
                    b = a.astype(dst)
                assert b.tolist() == [wrapped(x, dst) for x in a.tolist()]
