"""np.lib statistics (lib_pypy/_numpy_lib): quantile, percentile, median,
average with weights, cov, corrcoef, bincount, histogram, digitize, and the
nan-skipping reductions."""

import numpy as np
import pytest


def test_percentile_quantile():
    a = np.array([[10, 7, 4], [3, 2, 1]])
    assert np.percentile(a, 50) == 3.5
    assert np.percentile(a, 50).dtype == np.float64
    assert np.percentile(a, [25, 75]).tolist() == [2.25, 6.25]
    assert np.percentile(a, 50, axis=0).tolist() == [6.5, 4.5, 2.5]
    assert np.percentile(a, 50, axis=1, keepdims=True).tolist() == \
        [[7.0], [2.0]]
    assert np.quantile([1, 2, 3, 4], 0.5, method='lower') == 2
    assert np.quantile([1, 2, 3, 4], 0.5, method='higher') == 3
    assert np.quantile([1, 2, 3, 4], 0.4, method='nearest') == 2
    assert np.quantile([1, 2, 3, 4], 0.4, method='midpoint') == 2.5
    assert np.quantile([1., 2., 3., 4.], 0.3, method='hazen') == \
        pytest.approx(1.7)
    assert np.isnan(np.quantile([1., np.nan, 3.], 0.5))
    q = [0.0, 0.3, 0.5, 0.55, 1.0]
    data = np.array([3., 1., 4., 1.5, 9., 2.6])
    assert np.quantile(data, q, method='inverted_cdf').tolist() == \
        [1.0, 1.5, 2.6, 3.0, 9.0]
    assert np.quantile(data, q, method='averaged_inverted_cdf').tolist() \
        == pytest.approx([1.0, 1.5, 2.8, 3.0, 9.0])
    assert np.quantile(data, q, method='closest_observation').tolist() == \
        [1.0, 1.5, 2.6, 2.6, 9.0]
    assert np.quantile(np.arange(7), 0.5, method='inverted_cdf').dtype == \
        np.int64
    f32 = np.array([2., 7., 1., 8.], dtype=np.float32)
    assert np.quantile(f32, 0.3).dtype == np.float32
    assert np.quantile(f32, [0.3]).dtype == np.float64
    with pytest.raises(ValueError, match=r"Percentiles must be in the "
                       r"range \[0, 100\]"):
        np.percentile([1, 2], 101)
    with pytest.raises(ValueError, match=r"Quantiles must be in the "
                       r"range \[0, 1\]"):
        np.quantile([1, 2], -0.5)
    with pytest.raises(ValueError, match="'foo' is not a valid method"):
        np.quantile([1, 2], 0.5, method='foo')


def test_median():
    assert np.median([3, 1, 2]) == 2.0
    assert np.median([4, 1, 2, 3]) == 2.5
    a = np.array([[10, 7, 4], [3, 2, 1]])
    assert np.median(a, axis=1).tolist() == [7.0, 2.0]
    assert np.median(a, axis=0).tolist() == [6.5, 4.5, 2.5]
    assert np.median(a, axis=0, keepdims=True).shape == (1, 3)
    assert np.isnan(np.median([1.0, np.nan]))


def test_average():
    assert np.average([1, 2, 3, 4]) == 2.5
    assert np.average([1, 2, 3], weights=[3, 0, 1]) == 1.5
    a = np.arange(6).reshape(3, 2)
    assert np.average(a, axis=1, weights=[1, 3]).tolist() == \
        [0.75, 2.75, 4.75]
    avg, total = np.average([1., 2.], weights=[1., 3.], returned=True)
    assert avg == 1.75 and total == 4.0
    with pytest.raises(ZeroDivisionError, match="Weights sum to zero"):
        np.average([1, 2], weights=[1, -1])
    with pytest.raises(TypeError, match="Axis must be specified"):
        np.average(a, weights=[1, 3])
    with pytest.raises(ValueError, match="Shape of weights must be "
                       "consistent"):
        np.average(a, axis=1, weights=[1, 2, 3])


def test_cov_corrcoef():
    x = np.array([[0, 1, 2], [2, 1, 0]])
    assert np.cov(x).tolist() == [[1.0, -1.0], [-1.0, 1.0]]
    assert np.cov([1, 2, 3, 4], bias=True) == pytest.approx(1.25)
    c = np.cov([1., 2., 4.], [1., 3., 2.])
    assert c.shape == (2, 2) and c[0, 1] == pytest.approx(0.5)
    assert np.cov(x.T, rowvar=False).tolist() == [[1.0, -1.0], [-1.0, 1.0]]
    r = np.corrcoef([1., 2., 3.], [2., 4., 7.])
    assert r.shape == (2, 2) and r[0, 0] == 1.0
    assert r[0, 1] == pytest.approx(0.9933992677987828)


def test_bincount():
    assert np.bincount([0, 1, 1, 3]).tolist() == [1, 2, 0, 1]
    assert np.bincount([0, 1, 1, 3]).dtype == np.int64
    assert np.bincount([1], minlength=4).tolist() == [0, 1, 0, 0]
    assert np.bincount([0, 1, 1], weights=[0.5, 0.25, 1.0]).tolist() == \
        [0.5, 1.25]
    assert np.bincount(np.array([], dtype=int)).tolist() == []
    with pytest.raises(ValueError, match="'list' argument must have no "
                       "negative elements"):
        np.bincount([-1, 2])
    with pytest.raises(ValueError, match="'minlength' must not be "
                       "negative"):
        np.bincount([1], minlength=-1)


def test_histogram():
    counts, edges = np.histogram([1, 2, 1], bins=[0, 1, 2, 3])
    assert counts.tolist() == [0, 2, 1] and edges.tolist() == [0, 1, 2, 3]
    counts, edges = np.histogram(np.arange(4), bins=2)
    assert counts.tolist() == [2, 2] and edges.tolist() == [0.0, 1.5, 3.0]
    counts, _ = np.histogram([0.5, 1.5, 2.5], bins=3, range=(0, 3),
                             weights=[1.0, 2.0, 4.0])
    assert counts.tolist() == [1.0, 2.0, 4.0]
    density, _ = np.histogram([1, 2, 2, 3], bins=[0, 2, 4], density=True)
    assert density.tolist() == [0.125, 0.375]
    counts, edges = np.histogram([5, 5], bins=2)
    assert counts.tolist() == [0, 2] and edges.tolist() == [4.5, 5.0, 5.5]
    data = np.arange(1000) ** 0.5
    assert [len(np.histogram(data, bins=name)[0]) for name in
            ('auto', 'doane', 'fd', 'rice', 'scott', 'sqrt', 'sturges')] == \
        [14, 15, 14, 20, 13, 32, 11]
    counts, edges = np.histogram(np.arange(10), bins='sqrt', range=(2, 8))
    assert counts.tolist() == [2, 2, 3] and edges.tolist() == [2, 4, 6, 8]
    with pytest.raises(ValueError, match="'foo' is not a valid estimator "
                       "for `bins`"):
        np.histogram([1, 2], bins='foo')
    with pytest.raises(TypeError, match="Automated estimation of the number "
                       "of bins is not supported for weighted data"):
        np.histogram([1, 2], bins='auto', weights=[1, 2])
    with pytest.raises(ValueError, match="`bins` must increase "
                       "monotonically"):
        np.histogram([1], bins=[3, 1])
    with pytest.raises(ValueError, match="max must be larger than min"):
        np.histogram([1], range=(2, 1))


def test_digitize():
    bins = np.array([0.0, 1.0, 2.5, 4.0, 10.0])
    x = np.array([0.2, 6.4, 3.0, 1.6, 10.0, -1.0])
    assert np.digitize(x, bins).tolist() == [1, 4, 3, 2, 5, 0]
    assert np.digitize(x, bins, right=True).tolist() == [1, 4, 3, 2, 4, 0]
    assert np.digitize(x, bins[::-1]).tolist() == [4, 1, 2, 3, 0, 5]
    assert np.digitize(x, bins).dtype == np.int64
    with pytest.raises(ValueError, match="bins must be monotonically "
                       "increasing or decreasing"):
        np.digitize([1], [1, 3, 2])


def test_nan_reductions():
    a = np.array([[1.0, np.nan], [3.0, 4.0]])
    assert np.nansum(a) == 8.0
    assert np.nansum(a, axis=0).tolist() == [4.0, 4.0]
    assert np.nanmean(a) == pytest.approx(8 / 3)
    assert np.nanmean(a, axis=1).tolist() == [1.0, 3.5]
    assert np.nanmax(a) == 4.0 and np.nanmin(a) == 1.0
    assert np.nanmax(a, axis=1).tolist() == [1.0, 4.0]
    assert np.nanargmax(a) == 3 and np.nanargmin(a) == 0
    assert np.nanargmax(a, axis=1).tolist() == [0, 1]
    assert np.nanvar(a) == pytest.approx(14 / 9)
    assert np.nanstd([1.0, np.nan, 3.0]) == 1.0
    assert np.nanvar([1.0, np.nan, 3.0], ddof=1) == 2.0
    assert np.nansum(np.arange(4)) == 6
    with pytest.raises(ValueError, match="All-NaN slice encountered"):
        np.nanargmax([np.nan, np.nan])
