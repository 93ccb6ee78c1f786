"""np-level functions composed of array operations
(lib_pypy/_numpy_lib/shaping.py and misc.py): splitting and joining,
insert/append/delete/repeat/resize, index helpers, trace and triangles,
spaces, type checks, gradient/trapezoid, select/piecewise, the NaN-aware
quantiles."""

import numpy as np
import pytest


def lists(arrays):
    return [a.tolist() for a in arrays]


def test_split_family():
    a = np.arange(10)
    assert lists(np.array_split(a, 3)) == [[0, 1, 2, 3], [4, 5, 6], [7, 8, 9]]
    assert lists(np.split(a, [3, 5])) == [[0, 1, 2], [3, 4],
                                          [5, 6, 7, 8, 9]]
    assert lists(np.split(a, 5))[4] == [8, 9]
    with pytest.raises(ValueError, match='^array split does not result in '
                       'an equal division$'):
        np.split(a, 3)
    m = np.arange(16).reshape(4, 4)
    assert lists(np.hsplit(m, 2))[1] == [[2, 3], [6, 7], [10, 11], [14, 15]]
    assert lists(np.vsplit(m, [1]))[0] == [[0, 1, 2, 3]]
    assert [p.shape for p in np.dsplit(np.ones((2, 2, 4)), 2)] == \
        [(2, 2, 2), (2, 2, 2)]
    assert lists(np.array_split(m, 3, axis=1))[2] == [[3], [7], [11], [15]]


def test_stacking_and_axes():
    assert np.column_stack(([1, 2], [3, 4])).tolist() == [[1, 3], [2, 4]]
    assert np.column_stack((np.ones((2, 2)), [5, 6])).tolist() == \
        [[1, 1, 5], [1, 1, 6]]
    assert np.dstack(([1, 2], [3, 4])).tolist() == [[[1, 3], [2, 4]]]
    a = np.zeros((3, 4, 5))
    assert np.moveaxis(a, 0, -1).shape == (4, 5, 3)
    assert np.moveaxis(a, [0, 1], [-1, -2]).shape == (5, 4, 3)
    assert np.rollaxis(a, 2).shape == (5, 3, 4)
    assert np.rollaxis(a, 1, 3).shape == (3, 5, 4)
    x, y = np.broadcast_arrays(np.arange(3), np.arange(2).reshape(2, 1))
    assert x.tolist() == [[0, 1, 2]] * 2 and y.tolist() == [[0] * 3, [1] * 3]
    assert np.broadcast_shapes((2, 1), (3,), ()) == (2, 3)
    with pytest.raises(ValueError):
        np.broadcast_shapes((2,), (3,))


def test_append_insert_delete():
    assert np.append([1, 2], [[3, 4]]).tolist() == [1, 2, 3, 4]
    assert np.append([[1, 2]], [[3, 4]], axis=0).tolist() == \
        [[1, 2], [3, 4]]
    a = np.array([1, 2, 3])
    assert np.insert(a, 1, 9).tolist() == [1, 9, 2, 3]
    assert np.insert(a, [1, 1, 3], [7, 8, 9]).tolist() == \
        [1, 7, 8, 2, 3, 9]
    assert np.insert(a, 3, [5, 6]).tolist() == [1, 2, 3, 5, 6]
    m = np.arange(6).reshape(2, 3)
    assert np.insert(m, 1, 0, axis=1).tolist() == [[0, 0, 1, 2],
                                                   [3, 0, 4, 5]]
    assert np.insert(m, 1, [7, 8, 9], axis=0).tolist() == \
        [[0, 1, 2], [7, 8, 9], [3, 4, 5]]
    assert np.insert(m, [0], [[7], [8]], axis=1).tolist() == \
        [[7, 0, 1, 2], [8, 3, 4, 5]]
    assert np.delete(a, 1).tolist() == [1, 3]
    assert np.delete(a, [0, -1]).tolist() == [2]
    assert np.delete(np.arange(8), slice(1, 6, 2)).tolist() == \
        [0, 2, 4, 6, 7]
    assert np.delete(m, 0, axis=1).tolist() == [[1, 2], [4, 5]]
    assert np.delete(m, [True, False], axis=0).tolist() == [[3, 4, 5]]
    with pytest.raises(IndexError):
        np.delete(a, 5)
    with pytest.raises(IndexError):
        np.insert(a, 5, 1)


def test_repeat_resize_trim():
    assert np.repeat([1, 2], 2).tolist() == [1, 1, 2, 2]
    assert np.repeat([[1, 2], [3, 4]], [1, 2], axis=0).tolist() == \
        [[1, 2], [3, 4], [3, 4]]
    assert np.repeat([[1, 2], [3, 4]], 2, axis=1).tolist() == \
        [[1, 1, 2, 2], [3, 3, 4, 4]]
    assert np.repeat([1, 2, 3], [0, 2, 1]).tolist() == [2, 2, 3]
    assert np.repeat(7, 3).tolist() == [7, 7, 7]
    with pytest.raises(ValueError):
        np.repeat([1, 2], [1, -1])
    assert np.resize(np.arange(3), (2, 4)).tolist() == [[0, 1, 2, 0],
                                                        [1, 2, 0, 1]]
    assert np.resize([1, 2], 5).tolist() == [1, 2, 1, 2, 1]
    assert np.trim_zeros(np.array([0, 0, 1, 2, 0])).tolist() == [1, 2]
    assert np.trim_zeros(np.array([0, 1, 0]), 'f').tolist() == [1, 0]
    assert np.trim_zeros(np.array([0, 0])).tolist() == []


def test_along_axis_and_choices():
    a = np.array([[10, 30, 20], [60, 40, 50]])
    idx = np.argsort(a, axis=1)
    assert np.take_along_axis(a, idx, axis=1).tolist() == \
        [[10, 20, 30], [40, 50, 60]]
    assert np.take_along_axis(a, np.array([[0, 1, 0]]), axis=0).tolist() \
        == [[10, 40, 20]]
    b = a.copy()
    np.put_along_axis(b, np.array([[1], [0]]), 0, axis=1)
    assert b.tolist() == [[10, 0, 20], [0, 40, 50]]
    x = np.arange(6)
    assert np.select([x < 2, x > 3], [x, x ** 2], default=-1).tolist() == \
        [0, 1, -1, -1, 16, 25]
    assert np.piecewise(np.array([-2., 0., 3.]), [np.array([-2., 0., 3.]) <
                        0], [lambda v: -v, lambda v: v * 10]).tolist() == \
        [2., 0., 30.]
    assert np.extract(x % 2 == 0, x).tolist() == [0, 2, 4]
    assert np.compress([False, True], [[1, 2], [3, 4]], axis=0).tolist() == \
        [[3, 4]]
    assert np.choose([0, 1, 1], [[1, 2, 3], [10, 20, 30]]).tolist() == \
        [1, 20, 30]
    assert np.flatnonzero([[0, 3], [4, 0]]).tolist() == [1, 2]
    assert np.array_equiv([1, 2], [[1, 2], [1, 2]])
    assert not np.array_equiv([1, 2], [1, 2, 3])


def test_index_helpers():
    assert np.r_[1:4, 0, np.array([7, 8])].tolist() == [1, 2, 3, 0, 7, 8]
    assert np.r_[0:1:5j].tolist() == [0., 0.25, 0.5, 0.75, 1.]
    assert np.r_['0,2', [1, 2], [3, 4]].tolist() == [[1, 2], [3, 4]]
    assert np.c_[np.array([1, 2]), np.array([3, 4])].tolist() == \
        [[1, 3], [2, 4]]
    assert np.c_[np.array([[1, 2]]), 0, 0, np.array([[4, 5]])].tolist() == \
        [[1, 2, 0, 0, 4, 5]]
    s = np.s_[1:3]
    assert isinstance(s, slice) and (s.start, s.stop, s.step) == (1, 3, None)
    e = np.index_exp[1:3]
    assert isinstance(e, tuple) and len(e) == 1 and e[0].stop == 3
    assert np.arange(10)[np.s_[::3]].tolist() == [0, 3, 6, 9]


def test_trace_and_triangles():
    m = np.arange(12).reshape(3, 4)
    assert np.trace(m) == 15
    assert np.trace(m, offset=1) == 18
    assert np.trace(m, offset=-1) == 13
    assert np.trace(np.arange(8).reshape(2, 2, 2)).tolist() == [6, 8]
    assert np.diagflat([1, 2]).tolist() == [[1, 0], [0, 2]]
    assert np.diagflat([1, 2], 1).tolist() == [[0, 1, 0], [0, 0, 2],
                                               [0, 0, 0]]
    assert np.vander([1, 2, 3], 3).tolist() == [[1, 1, 1], [4, 2, 1],
                                                [9, 3, 1]]
    assert np.vander([2, 3], increasing=True).tolist() == [[1, 2], [1, 3]]
    assert lists(np.triu_indices(3)) == [[0, 0, 0, 1, 1, 2],
                                         [0, 1, 2, 1, 2, 2]]
    assert lists(np.tril_indices(3, -1)) == [[1, 2, 2], [0, 0, 1]]
    assert lists(np.triu_indices(2, 1, 3)) == [[0, 0, 1], [1, 2, 2]]
    assert lists(np.tril_indices_from(np.ones((2, 2)))) == \
        [[0, 1, 1], [0, 0, 1]]
    assert lists(np.diag_indices(2)) == [[0, 1], [0, 1]]
    z = np.zeros((3, 3))
    z[np.triu_indices(3, 1)] = 1
    assert z.tolist() == [[0, 1, 1], [0, 0, 1], [0, 0, 0]]


def test_spaces_and_elementwise():
    assert np.allclose(np.logspace(0, 2, 3), [1., 10., 100.])
    assert np.allclose(np.logspace(0, 3, 4, base=2), [1., 2., 4., 8.])
    g = np.geomspace(1, 1000, 4)
    assert g[0] == 1. and g[-1] == 1000. and np.allclose(g, [1, 10, 100,
                                                             1000])
    assert np.allclose(np.geomspace(-1, -100, 3), [-1., -10., -100.])
    assert np.ptp([3, 9, 1]) == 8
    assert np.ptp([[1, 5], [2, 3]], axis=0).tolist() == [1, 2]
    assert np.fix([-1.5, 2.7]).tolist() == [-1., 2.]
    assert np.nan_to_num(np.array([np.nan, np.inf, -np.inf, 1.])).tolist() \
        == [0., 1.7976931348623157e308, -1.7976931348623157e308, 1.]
    assert np.nan_to_num(np.array([np.nan, 2.]), nan=-1.).tolist() == \
        [-1., 2.]
    assert np.real_if_close(np.array([1 + 1e-16j, 2])).dtype == np.float64
    assert np.real_if_close(np.array([1 + 1j])).dtype == np.complex128
    assert np.sinc(0.) == 1.
    assert abs(np.sinc(0.5) - 2 / np.pi) < 1e-15
    assert np.allclose(np.angle([1j, -1, 1]), [np.pi / 2, np.pi, 0.])
    assert np.allclose(np.angle(1j, deg=True), 90.)


def test_type_checks():
    assert np.isscalar(3.1) and np.isscalar(np.float64(1)) and \
        np.isscalar('a')
    assert not np.isscalar([1]) and not np.isscalar(np.array(1))
    assert np.iscomplexobj(np.array([1j])) and not np.iscomplexobj([1.])
    assert np.isrealobj([1, 2]) and not np.isrealobj(1j)
    assert np.iscomplex([1 + 1j, 1 + 0j, 2]).tolist() == [True, False, False]
    assert np.isreal([1 + 1j, 1 + 0j, 2]).tolist() == [False, True, True]


def test_gradient_and_trapezoid():
    f = np.array([1., 2., 4., 7., 11.])
    assert np.gradient(f).tolist() == [1., 1.5, 2.5, 3.5, 4.]
    assert np.gradient(f, 2.).tolist() == [0.5, 0.75, 1.25, 1.75, 2.]
    assert np.gradient(f, edge_order=2).tolist() == [0.5, 1.5, 2.5, 3.5,
                                                     4.5]
    x = np.array([0., 1., 1.5, 3.5, 4.])
    assert np.allclose(np.gradient(f, x),
                       [1., 3., 3.5, 6.7, 8.])
    m = np.array([[1, 2, 6], [3, 4, 5]])
    gy, gx = np.gradient(m)
    assert gy.tolist() == [[2., 2., -1.], [2., 2., -1.]]
    assert gx.tolist() == [[1., 2.5, 4.], [1., 1., 1.]]
    assert np.gradient(m, axis=1).tolist() == gx.tolist()
    assert np.trapezoid([1, 2, 3]) == 4.
    assert np.trapezoid([1, 2, 3], x=[4, 6, 8]) == 8.
    assert np.trapezoid([1, 2, 3], dx=2) == 8.
    assert np.trapezoid(np.arange(6).reshape(2, 3), axis=1).tolist() == \
        [2., 8.]


def test_cumulative_and_nan_reductions():
    assert np.cumulative_sum([1, 2, 3]).tolist() == [1, 3, 6]
    assert np.cumulative_sum([1, 2, 3], include_initial=True).tolist() == \
        [0, 1, 3, 6]
    assert np.cumulative_prod(np.array([[1, 2], [3, 4]]),
                              axis=0).tolist() == [[1, 2], [3, 8]]
    a = np.array([[1., np.nan, 3.], [4., 5., np.nan]])
    assert np.nanprod(a) == 60.
    assert np.nanprod(a, axis=0).tolist() == [4., 5., 3.]
    assert np.nancumsum([1., np.nan, 2.]).tolist() == [1., 1., 3.]
    assert np.nancumprod([2., np.nan, 3.]).tolist() == [2., 2., 6.]
    assert np.nanmedian(a) == 3.5
    assert np.nanmedian(a, axis=0).tolist() == [2.5, 5., 3.]
    assert np.nanmedian(a, axis=1).tolist() == [2., 4.5]
    assert np.nanmedian(a, axis=1, keepdims=True).shape == (2, 1)
    assert np.nanpercentile(a, 50) == 3.5
    assert np.nanquantile(a, [0., 1.], axis=1).tolist() == [[1., 4.],
                                                            [3., 5.]]
    assert np.nanpercentile([1., 2., np.nan, 4.], 25) == 1.5
    assert np.nanmedian([1, 3, 2]) == 2.


def test_unique_axis_and_lexsort():
    a = np.array([[1, 0, 0], [1, 0, 0], [2, 3, 4], [0, 5, 5]])
    values, index, inverse, counts = np.unique(
        a, axis=0, return_index=True, return_inverse=True,
        return_counts=True)
    assert values.tolist() == [[0, 5, 5], [1, 0, 0], [2, 3, 4]]
    assert index.tolist() == [3, 0, 2]
    assert inverse.tolist() == [1, 1, 2, 0]
    assert counts.tolist() == [1, 2, 1]
    assert np.take(values, inverse, axis=0).tolist() == a.tolist()
    values, inverse = np.unique(a, axis=1, return_inverse=True)
    assert values.tolist() == [[0, 0, 1], [0, 0, 1], [3, 4, 2], [5, 5, 0]]
    assert inverse.tolist() == [2, 0, 1]
    assert np.unique(a, axis=-1).tolist() == values.tolist()
    assert np.unique(np.array([3, 1, 3]), axis=0).tolist() == [1, 3]
    assert np.unique(np.ones((0, 3)), axis=0).shape == (0, 3)
    with pytest.raises(np.exceptions.AxisError):
        np.unique(a, axis=2)
    assert np.lexsort(([1, 2, 1, 2], [3, 3, 1, 1])).tolist() == [2, 3, 0, 1]
    assert np.lexsort(np.array([[4, 3, 2], [1, 1, 0]])).tolist() == \
        [2, 1, 0]
    names = ['b', 'a', 'c']
    assert np.lexsort((np.array([2., 1., 3.]), np.array([1, 1, 0]))) \
        .tolist() == [2, 1, 0] and names


def test_polynomials():
    assert sorted(np.roots([1, -3, 2]).tolist()) == [1.0, 2.0]
    r = np.roots([1, 0, 1])
    assert r.dtype == np.complex128
    assert sorted([(z.real, z.imag) for z in r.tolist()]) == \
        [(0.0, -1.0), (0.0, 1.0)]
    assert sorted(np.roots([0, 1, -2, 0]).tolist()) == [0.0, 2.0]
    assert np.poly([1, 2]).tolist() == [1., -3., 2.]
    assert np.poly([1j, -1j]).tolist() == [1., 0., 1.]
    assert np.allclose(np.poly(np.array([[1., 2.], [3., 4.]])),
                       [1., -5., -2.])
    assert np.polyder([1, 2, 3]).tolist() == [2, 2]
    assert np.polyder([1, 2, 3, 4], 2).tolist() == [6, 4]
    assert np.polyint([3, 2, 1]).tolist() == [1., 1., 1., 0.]
    assert np.polyint([6, 2], 2, [1, 2]).tolist() == [1., 1., 1., 2.]
    assert np.polyadd([1, 2], [1, 2, 3]).tolist() == [1, 3, 5]
    assert np.polysub([1, 2], [1, 2, 3]).tolist() == [-1, -1, -1]
    assert np.polymul([1, 1], [1, -1]).tolist() == [1, 0, -1]
    q, r = np.polydiv([1, 2, 1], [1, 1])
    assert q.tolist() == [1., 1.] and r.tolist() == [0.]
    q, r = np.polydiv([3., 5, 2], [2., 1])
    assert q.tolist() == [1.5, 1.75] and r.tolist() == [0.25]


def test_poly1d():
    p = np.poly1d([1, 2, 3])
    assert repr(p) == 'poly1d([1, 2, 3])'
    assert str(p) == '   2\n1 x + 2 x + 3'
    assert p(2) == 11 and p([1, 2]).tolist() == [6, 11]
    assert p.order == 2 and len(p) == 2
    assert p.coeffs.tolist() == p.c.tolist() == [1, 2, 3]
    assert str(p * p) == '   4     3      2\n1 x + 4 x + 10 x + 12 x + 9'
    assert (p + 1).coeffs.tolist() == [1, 2, 4]
    assert (p - [1, 0]).coeffs.tolist() == [1, 1, 3]
    assert (2 * p).coeffs.tolist() == [2, 4, 6]
    assert (p ** 2).coeffs.tolist() == [1, 4, 10, 12, 9]
    assert str(-p) == '    2\n-1 x - 2 x - 3'
    assert str(p / 2) == '     2\n0.5 x + 1 x + 1.5'
    assert p.deriv().coeffs.tolist() == [2, 2]
    assert str(p.integ()) == '        3     2\n0.3333 x + 1 x + 3 x'
    assert p[0] == 3 and p[2] == 1 and p[5] == 0
    assert p == np.poly1d([1, 2, 3]) and p != np.poly1d([1, 2])
    assert str(np.poly1d([1, 2], r=True)) == '   2\n1 x - 3 x + 2'
    assert str(np.poly1d([2.5, -1, 0, 0.25])) == \
        '     3     2\n2.5 x - 1 x + 0.25'
    fit = np.poly1d(np.polyfit([0, 1, 2, 3], [1, 3, 7, 13], 2))
    assert np.allclose(fit.coeffs, [1., 1., 1.])
    assert str(np.poly1d([0, 0, 0])) == ' \n0'
    assert str(np.poly1d([1, 0, -1], variable='t')) == '   2\n1 t - 1'
    q, r = np.polydiv(np.poly1d([1, 2, 1]), np.poly1d([1, 1]))
    assert isinstance(q, np.poly1d) and q.coeffs.tolist() == [1., 1.]
    assert str(np.poly1d([1e10, 3.14159, -2])) == \
        '       2\n1e+10 x + 3.142 x - 2'
    assert np.histogram_bin_edges([1, 2, 3, 10], bins=3).tolist() == \
        [1., 4., 7., 10.]


def test_array_api_names_and_helpers():
    x = np.array([[3, 1], [3, np.nan]])
    r = np.unique_all(x)
    assert type(r).__name__ == 'UniqueAllResult' and isinstance(r, tuple)
    assert r.values.tolist()[:2] == [1., 3.] and r.indices.tolist() == \
        [1, 0, 3]
    assert r.inverse_indices.tolist() == [[1, 0], [1, 2]]
    assert r.counts.tolist() == [1, 2, 1]
    assert repr(np.unique_counts([1, 1, 2])) == \
        'UniqueCountsResult(values=array([1, 2]), counts=array([2, 1]))'
    assert np.unique_inverse(np.array([[2, 1], [1, 1]])) \
        .inverse_indices.tolist() == [[1, 0], [0, 0]]
    assert np.unique_values([3, 1, 1]).tolist() == [1, 3]
    assert [a.tolist() for a in np.unstack(np.arange(6).reshape(2, 3),
                                           axis=1)] == [[0, 3], [1, 4], [2, 5]]
    assert np.acos(1.) == 0. and np.pow(2, 3) == 8 and \
        np.atan2(1., 1.) == np.arctan2(1., 1.)
    assert np.bitwise_left_shift(1, 3) == 8
    assert np.concat([[1], [2]]).tolist() == [1, 2]
    assert np.permute_dims(np.ones((2, 3))).shape == (3, 2)
    assert np.astype(np.ones(2), int).dtype == np.int64
    assert np.binary_repr(-5, width=8) == '11111011'
    assert np.binary_repr(5) == '101' and np.binary_repr(-8) == '-1000'
    assert np.base_repr(255, 16) == 'FF'
    assert np.base_repr(-7, 3, padding=2) == '-0021'
    assert np.allclose(np.unwrap([0, 3, 6.5, 0.1]),
                       [0., 3., 0.21681469, 0.1])
    assert np.block([[np.eye(2), np.zeros((2, 1))],
                     [np.ones((1, 3))]]).tolist() == \
        [[1., 0., 0.], [0., 1., 0.], [1., 1., 1.]]
    assert np.block([1, 2, np.array([3, 4])]).tolist() == [1, 2, 3, 4]
    assert np.block([[1, 2], [3, 4]]).tolist() == [[1, 2], [3, 4]]
    with pytest.raises(ValueError):
        np.block([1, 2, [3, 4]])
    assert np.apply_over_axes(np.sum, np.arange(24).reshape(2, 3, 4),
                              [0, 2]).tolist() == [[[60], [92], [124]]]
    assert np.isneginf([-np.inf, 1]).tolist() == [True, False]
    assert np.isposinf(np.inf)
    a = np.zeros(3)
    np.copyto(a, [1, 2, 3], where=[True, False, True])
    assert a.tolist() == [1., 0., 3.]
    np.copyto(a, 7)
    assert a.tolist() == [7., 7., 7.]
    assert np.isfortran(np.ones((2, 2)).T) and not np.isfortran(np.ones(3))
    assert np.asfortranarray(np.ones((2, 3))).flags.f_contiguous
    assert np.array_repr(np.arange(3)) == 'array([0, 1, 2])'
    assert np.array_str(np.arange(3.)) == '[0. 1. 2.]'


def test_app_level_ndarray_methods():
    a = np.array([[1, 2], [3, 4]])
    assert a.repeat(2).tolist() == [1, 1, 2, 2, 3, 3, 4, 4]
    assert a.repeat([1, 2], axis=0).tolist() == [[1, 2], [3, 4], [3, 4]]
    assert a.trace() == 5 and a.trace(offset=1) == 2
    assert a.compress([False, True], axis=1).tolist() == [[2], [4]]
    assert np.array([0, 1, 1]).choose([[1, 2, 3], [10, 20, 30]]).tolist() \
        == [1, 20, 30]
    b = np.array([5, 1, 4, 2, 3])
    b.partition(2)
    assert b[2] == 3 and max(b[:2].tolist()) <= 3 <= min(b[3:].tolist())
    order = np.array([5, 1, 4, 2, 3]).argpartition(1)
    assert np.array([5, 1, 4, 2, 3])[order[1]] == 2


def test_histogram2d_and_dd():
    x = np.array([0.1, 0.5, 0.9, 0.9, 1.0, 0.3])
    y = np.array([1., 2., 3., 2.5, 1.5, 3.])
    h, xe, ye = np.histogram2d(x, y, bins=3)
    assert h.tolist() == [[1., 0., 1.], [0., 1., 0.], [1., 0., 2.]]
    assert np.allclose(xe, [0.1, 0.4, 0.7, 1.0])
    assert np.allclose(ye, [1., 1.6666666666666667, 2.3333333333333335, 3.])
    h, xe, ye = np.histogram2d(x, y, bins=[2, 3], range=[[0, 1], [1, 3]],
                               density=True)
    assert abs((h * np.diff(xe)[:, None] * np.diff(ye)[None, :]).sum() -
               1.0) < 1e-12
    h, xe, ye = np.histogram2d(x, y, bins=[np.array([0, 0.5, 1]),
                                           np.array([1, 2, 3])],
                               weights=np.arange(6.))
    assert h.tolist() == [[0., 5.], [4., 6.]]
    h, edges = np.histogramdd(np.stack([x, y, x * y], axis=1),
                              bins=(2, 2, 3))
    assert h.shape == (2, 2, 3) and h.sum() == 6 and len(edges) == 3
    h, edges = np.histogramdd(x, bins=4)
    assert h.tolist() == [2., 1., 0., 3.]


def test_linspace_retstep():
    samples, step = np.linspace(0, 1, 5, retstep=True)
    assert samples.tolist() == [0., 0.25, 0.5, 0.75, 1.]
    assert step == 0.25 and type(step) is np.float64
    samples, step = np.linspace(0, 10, 5, dtype=int, retstep=True)
    assert samples.tolist() == [0, 2, 5, 7, 10] and step == 2.5
    assert np.linspace(0, 1, 4, endpoint=False, retstep=True)[1] == 0.25
    samples, step = np.linspace(0, 1, 1, retstep=True)
    assert samples.tolist() == [0.] and step != step
    assert np.linspace(0, 1, 3, retstep=False).tolist() == [0., 0.5, 1.]
