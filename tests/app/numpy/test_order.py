"""order= 'C', 'F', 'A' and 'K': 'A' means Fortran layout when the input
is F-contiguous (and not C-contiguous), else C; 'K' keeps the input's
layout (for F-contiguous inputs: Fortran)."""

import numpy as np
import pytest


def layout(x):
    return (x.flags.c_contiguous, x.flags.f_contiguous, x.strides)


C_LAYOUT = (True, False, (24, 8))
F_LAYOUT = (False, True, (8, 16))


def sources():
    a = np.arange(6.).reshape(2, 3)
    return a, np.array(a, order='F')


def test_copy_functions_keep_fortran_with_a_and_k():
    a, f = sources()
    for order in 'AK':
        assert layout(np.array(f, order=order)) == F_LAYOUT
        assert layout(f.copy(order=order)) == F_LAYOUT
        assert layout(np.copy(f, order=order)) == F_LAYOUT
        assert layout(np.asarray(f, order=order)) == F_LAYOUT
        assert layout(np.zeros_like(f, order=order)) == F_LAYOUT
        assert layout(np.ones_like(f, order=order)) == F_LAYOUT
        assert layout(np.array(a, order=order)) == C_LAYOUT
        assert layout(a.copy(order=order)) == C_LAYOUT
        assert layout(np.empty_like(a, order=order)) == C_LAYOUT
    assert layout(f.astype(np.int32, order='A')) == (False, True, (4, 8))
    assert layout(a.astype(np.int32, order='K')) == (True, False, (12, 4))


def test_defaults():
    a, f = sources()
    # np.array, np.copy, astype and *_like default to 'K'; a.copy to 'C'
    assert layout(np.array(f)) == F_LAYOUT
    assert layout(np.copy(f)) == F_LAYOUT
    assert layout(f.astype(np.int32)) == (False, True, (4, 8))
    assert layout(np.zeros_like(f)) == F_LAYOUT
    assert layout(np.full_like(f, 3)) == F_LAYOUT
    assert layout(np.empty_like(f)) == F_LAYOUT
    assert layout(f.copy()) == C_LAYOUT
    assert np.array(f).tolist() == a.tolist()
    assert np.full_like(f, 3).tolist() == [[3, 3, 3], [3, 3, 3]]


def test_transposed_input_counts_as_fortran():
    a, f = sources()
    t = a.T
    assert layout(np.array(t, order='K')) == (False, True, (8, 24))
    assert layout(t.copy(order='A')) == (False, True, (8, 24))
    assert t.ravel(order='A').tolist() == [0, 1, 2, 3, 4, 5]
    assert t.ravel(order='K').tolist() == [0, 1, 2, 3, 4, 5]
    assert t.ravel().tolist() == [0, 3, 1, 4, 2, 5]


def test_ravel_flatten_reshape():
    a, f = sources()
    for order in 'AK':
        assert f.ravel(order=order).tolist() == [0, 3, 1, 4, 2, 5]
        assert f.flatten(order=order).tolist() == [0, 3, 1, 4, 2, 5]
        assert a.ravel(order=order).tolist() == [0, 1, 2, 3, 4, 5]
    assert f.reshape(-1, order='A').tolist() == [0, 3, 1, 4, 2, 5]
    assert np.reshape(f, 6, order='A').tolist() == [0, 3, 1, 4, 2, 5]
    assert a.reshape(-1, order='A').tolist() == [0, 1, 2, 3, 4, 5]
    with pytest.raises(ValueError) as info:
        a.reshape(-1, order='K')
    assert str(info.value) == "order 'K' is not permitted for reshaping"


def test_non_contiguous_input_is_laid_out_in_c_order():
    a, f = sources()
    nc = a[:, ::2]
    for order in 'AK':
        assert layout(np.array(nc, order=order)) == (True, False, (16, 8))
        assert layout(nc.copy(order=order)) == (True, False, (16, 8))
        assert nc.ravel(order=order).tolist() == [0, 2, 3, 5]
        # asarray does not copy for 'A' / 'K'
        assert np.asarray(nc, order=order).strides == (24, 16)


def test_asarray_copies_only_for_another_layout():
    a, f = sources()
    assert np.asarray(f, order='F') is f
    assert np.asarray(a, order='C') is a
    assert layout(np.asarray(f, order='C')) == C_LAYOUT
    assert layout(np.asarray(a, order='F')) == F_LAYOUT


def test_creation_accepts_only_c_and_f():
    assert layout(np.full((2, 3), 1.0, order='F')) == F_LAYOUT
    assert layout(np.zeros((2, 3), order='F')) == F_LAYOUT
    for order in 'AK':
        for make in (np.zeros, np.ones, np.empty):
            with pytest.raises(ValueError) as info:
                make((2, 3), order=order)
            assert str(info.value) == "only 'C' or 'F' order is permitted"
        with pytest.raises(ValueError):
            np.full((2, 3), 1, order=order)
    with pytest.raises(ValueError):
        np.zeros(3, order='X')


def test_nested_lists_with_a_and_k_are_c():
    for order in 'AK':
        x = np.array([[1, 2], [3, 4]], order=order)
        assert layout(x) == (True, False, (16, 8))
    assert layout(np.array([[1, 2], [3, 4]], order='F')) == \
        (False, True, (8, 16))


def test_ufunc_results_of_fortran_operands_are_fortran():
    # NumPy's default order='K': the result keeps the operands' layout
    a, f = sources()
    for r in (f + 1, 1 + f, f * f, -f, np.sqrt(f), f > 2.0, a.T.T.T + a.T,
              np.float32(2) * f, (f + 1) * 2):
        assert r.flags.f_contiguous and not r.flags.c_contiguous
        assert r.base is None
    assert layout(f + f) == F_LAYOUT
    assert ((f + 1) == (a + 1)).all() and (np.exp(f) == np.exp(a)).all()
    # mixed layouts: C order, as NumPy gives
    assert layout(f + a) == C_LAYOUT
    t = np.arange(12, dtype=np.int32).reshape(3, 4).T
    assert (t // 2).strides == (4, 16) and (t // 2).dtype == np.int32
    assert (t + 0.5).strides == (8, 32)


def test_expressions_of_fortran_operands_are_fortran():
    # a whole expression over F-ordered operands keeps their layout,
    # also through where, comparisons, casts and more than two axes
    a, f = sources()
    w = np.where(f > 2, f, -f)
    assert layout(w) == F_LAYOUT and w.tolist() == np.where(
        a > 2, a, -a).tolist()
    s = np.sqrt(f) * f - 2
    assert layout(s) == F_LAYOUT
    assert s.tolist() == (np.sqrt(a) * a - 2).tolist()
    assert (f < 3).strides == (1, 2) and (f < 3).tolist() == (a < 3).tolist()
    t = np.arange(24).reshape(2, 3, 4).T
    r = t * 2 + 1
    assert r.strides == (8, 32, 96) and r.base is None
    assert r.tolist() == (t.copy() * 2 + 1).tolist()
    assert (r.ravel() == (t.copy() * 2 + 1).ravel()).all()
    # broadcast operands have no say; F with C, or with neither: C order
    assert layout(f + np.ones(3)) == F_LAYOUT
    assert layout(f * np.ones((2, 1))) == F_LAYOUT
    assert (f + np.ones(3)).tolist() == (a + 1).tolist()
    assert layout(np.ones((2, 1)) + np.ones(3)) == C_LAYOUT
    assert layout(f + a) == C_LAYOUT
    assert layout(f + a[:, ::-1]) == C_LAYOUT
    assert (t + np.ones(2)).strides == (8, 32, 96)
    e = np.zeros((0, 3)).T + 1
    assert e.shape == (3, 0)
