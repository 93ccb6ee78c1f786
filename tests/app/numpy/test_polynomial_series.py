"""numpy.polynomial: the power-series functions of
numpy.polynomial.polynomial (coefficients lowest power first) and the
Polynomial class, whose argument is mapped from its domain to its
window; the other bases against the power series (each basis' functions
and classes against NumPy: test_host_polynomial_classes.py)."""

import numpy as np
import pytest
from numpy.polynomial import Polynomial
import numpy.polynomial.polynomial as P


def assert_complex_close(got, expected):
    got = np.asarray(got)
    expected = np.asarray(expected)
    assert got.dtype.kind == 'c' and got.shape == expected.shape
    assert np.allclose(got.real, expected.real)
    assert np.allclose(got.imag, expected.imag)


def test_module_names():
    assert np.polynomial.Polynomial is Polynomial
    assert np.polynomial.polynomial is P
    assert P.Polynomial is Polynomial
    assert P.polydomain.tolist() == [-1.0, 1.0]
    for module, name in [('chebyshev', 'Chebyshev'), ('legendre', 'Legendre'),
                         ('hermite', 'Hermite'), ('hermite_e', 'HermiteE'),
                         ('laguerre', 'Laguerre')]:
        cls = getattr(np.polynomial, name)
        assert getattr(np.polynomial, module).__dict__[name] is cls
        assert cls.__module__ == 'numpy.polynomial.' + module


def test_series_of_each_basis_agree_with_the_power_series():
    # the same function in every basis: values, derivatives, integrals
    # and roots through the conversions to and from power series
    x = np.linspace(-2, 2, 9)
    power = [2.0, -3.0, 0.5, 1.0]
    for module, prefix in [('chebyshev', 'cheb'), ('legendre', 'leg'),
                           ('hermite', 'herm'), ('hermite_e', 'herme'),
                           ('laguerre', 'lag')]:
        m = getattr(np.polynomial, module)
        c = getattr(m, 'poly2' + prefix)(power)
        assert np.allclose(getattr(m, prefix + '2poly')(c), power)
        assert np.allclose(getattr(m, prefix + 'val')(x, c),
                           P.polyval(x, power))
        assert np.allclose(getattr(m, prefix + 'val')(
            x, getattr(m, prefix + 'der')(c)), P.polyval(x, P.polyder(power)))
        assert np.allclose(getattr(m, prefix + 'val')(
            x, getattr(m, prefix + 'int')(c, lbnd=1)),
            P.polyval(x, P.polyint(power, lbnd=1)))
        assert np.allclose(getattr(m, prefix + 'roots')(c),
                           P.polyroots(power))
        assert np.allclose(getattr(m, prefix + 'vander')(x, 3) @ c,
                           P.polyval(x, power))


def test_polyval():
    assert P.polyval(2, [1, 2, 3]) == 17.0
    assert type(P.polyval(2, [1, 2, 3])) is np.float64
    result = P.polyval([1, 2], [1, 2, 3])
    assert result.dtype == np.float64 and result.tolist() == [6.0, 17.0]
    assert P.polyval(np.arange(4.0).reshape(2, 2), [0, 1]).tolist() == \
        [[0.0, 1.0], [2.0, 3.0]]
    assert P.polyval(3, 5) == 5.0


def test_polyval_is_horners_form():
    """NumPy's polyval computes c0 + x*(c1 + x*(...)): the same roundings
    give the same bits."""
    c = [0.1, -0.7, 0.3, 1.9, -0.45]
    x = np.linspace(-2.0, 3.0, 41)
    expected = []
    for v in x.tolist():
        value = c[-1]
        for coefficient in c[-2::-1]:
            value = coefficient + value * v
        expected.append(value)
    assert P.polyval(x, c).tolist() == expected
    assert P.Polynomial(c)(x).tolist() == expected
    table = P.polyval(x, np.array([c, c[::-1]]).T)
    assert table.shape == (2, 41) and table[0].tolist() == expected


def test_polyder_and_polyint():
    assert P.polyder([1, 2, 3, 4]).tolist() == [2.0, 6.0, 12.0]
    assert P.polyder([1, 2, 3, 4], 2).tolist() == [6.0, 24.0]
    assert P.polyder([1, 2, 3, 4], 5).tolist() == [0.0]
    assert P.polyder([1, 2, 3], 1, scl=2).tolist() == [4.0, 12.0]
    assert P.polyder([1, 2, 3], 0).tolist() == [1.0, 2.0, 3.0]
    assert P.polyint([1, 2, 3]).tolist() == [0.0, 1.0, 1.0, 1.0]
    assert P.polyint([1, 2, 3], k=1, lbnd=1).tolist() == \
        [-2.0, 1.0, 1.0, 1.0]
    assert np.allclose(P.polyint([1, 2, 3], 2, k=[1, 2]),
                       [2.0, 1.0, 0.5, 1.0 / 3, 0.25])
    assert P.polyint([0], k=3).tolist() == [3.0]
    with pytest.raises(ValueError) as e:
        P.polyder([1, 2], -1)
    assert str(e.value) == "The order of derivation must be non-negative"
    with pytest.raises(ValueError) as e:
        P.polyint([1, 2], 1, k=[1, 2])
    assert str(e.value) == "Too many integration constants"
    with pytest.raises(TypeError):
        P.polyder([1, 2], 1.5)


def test_arithmetic_of_series():
    assert P.polyadd([1, 2], [1, 2, 3]).tolist() == [2.0, 4.0, 3.0]
    assert P.polyadd([1, 2], [1, -2]).tolist() == [2.0]
    assert P.polysub([1, 2], [1, 2, 3]).tolist() == [0.0, 0.0, -3.0]
    assert P.polysub([1, 2, 3], [1]).tolist() == [0.0, 2.0, 3.0]
    assert P.polymul([1, 2], [1, 2]).tolist() == [1.0, 4.0, 4.0]
    assert P.polyfromroots([1, 2, 3]).tolist() == [-6.0, 11.0, -6.0, 1.0]
    assert P.polyfromroots([]).tolist() == [1.0]
    assert P.polyline(3, 2).tolist() == [3, 2]
    assert P.polytrim([1, 2, 0, 1e-9, 0], 1e-6).tolist() == [1.0, 2.0]


def test_polyroots():
    roots = P.polyroots([-6, 11, -6, 1])
    assert roots.dtype == np.float64
    assert np.allclose(roots, [1.0, 2.0, 3.0])
    assert P.polyroots([2, -4]).tolist() == [0.5]
    assert P.polyroots([5]).tolist() == []
    complex_roots = P.polyroots([1, 0, 1])
    assert complex_roots.dtype == np.complex128
    assert_complex_close(complex_roots, [-1j, 1j])
    assert np.allclose(P.polyroots([2, -3, 1, 0]), [1.0, 2.0])
    assert P.polycompanion([1, 2, 3, 4]).tolist() == \
        [[0.0, 0.0, -0.25], [1.0, 0.0, -0.5], [0.0, 1.0, -0.75]]


def test_polyfit():
    x = np.linspace(-1, 1, 9)
    y = 1 + 2 * x - 3 * x ** 2
    assert np.allclose(P.polyfit(x, y, 2), [1.0, 2.0, -3.0])
    assert np.allclose(P.polyfit([0, 1, 2], [1, 2, 3], 1), [1.0, 1.0])
    with pytest.raises(ValueError):
        P.polyfit([0, 1], [1, 2], -1)


def test_polynomial_basics():
    p = Polynomial([1, 2, 3])
    assert p.coef.dtype == np.float64 and p.coef.tolist() == [1.0, 2.0, 3.0]
    assert p.domain.tolist() == [-1.0, 1.0]
    assert p.window.tolist() == [-1.0, 1.0]
    assert p.symbol == 'x' and p.degree() == 2 and len(p) == 3
    assert repr(p) == ("Polynomial([1., 2., 3.], domain=[-1.,  1.], "
                       "window=[-1.,  1.], symbol='x')")
    assert p(2) == 17.0 and type(p(2)) is np.float64
    assert p([1, 2]).tolist() == [6.0, 17.0]
    assert p(np.array([[0.0], [1.0]])).tolist() == [[1.0], [6.0]]
    with pytest.raises(ValueError):
        Polynomial([1], symbol='not an identifier')


def test_polynomial_with_a_domain_maps_its_argument():
    p = Polynomial([1, 2, 3], domain=[0, 4])
    assert repr(p) == ("Polynomial([1., 2., 3.], domain=[0., 4.], "
                       "window=[-1.,  1.], symbol='x')")
    # 0, 2, 4 map to -1, 0, 1
    assert p(np.array([0.0, 2.0, 4.0])).tolist() == [2.0, 1.0, 6.0]
    assert p.mapparms() == (-1.0, 0.5)
    assert p.deriv().coef.tolist() == [1.0, 3.0]
    assert_complex_close(p.roots(), [4 / 3 - 0.94280904j,
                                     4 / 3 + 0.94280904j])


def test_polynomial_calculus():
    p = Polynomial([1, 2, 3])
    assert p.deriv() == Polynomial([2, 6])
    assert p.deriv(2) == Polynomial([6])
    assert p.integ() == Polynomial([0, 1, 1, 1])
    assert p.integ(k=1, lbnd=1).coef.tolist() == [-2.0, 1.0, 1.0, 1.0]
    assert_complex_close(p.roots(), [-1 / 3 - 0.47140452j,
                                     -1 / 3 + 0.47140452j])
    assert np.allclose(Polynomial([-6, 11, -6, 1]).roots(), [1, 2, 3])


def test_polynomial_arithmetic():
    a = Polynomial([1, 2])
    b = Polynomial([1, 2, 3])
    assert (a + b).coef.tolist() == [2.0, 4.0, 3.0]
    assert (a - b).coef.tolist() == [0.0, 0.0, -3.0]
    assert (a * a).coef.tolist() == [1.0, 4.0, 4.0]
    assert (a * 2).coef.tolist() == [2.0, 4.0]
    assert (2 * a).coef.tolist() == [2.0, 4.0]
    assert (1 + a).coef.tolist() == [2.0, 2.0]
    assert (-a).coef.tolist() == [-1.0, -2.0]
    assert (a ** 2).coef.tolist() == [1.0, 4.0, 4.0]
    assert a == Polynomial([1, 2]) and a != b
    assert a != Polynomial([1, 2], domain=[0, 1])
    with pytest.raises(TypeError) as e:
        a + Polynomial([1, 2], domain=[0, 1])
    assert str(e.value) == "Domains differ"


def test_polynomial_fit_and_constructors():
    x = np.array([0.0, 1.0, 2.0, 3.0])
    fitted = Polynomial.fit(x, 1 + x + x ** 2, 2)
    assert fitted.domain.tolist() == [0.0, 3.0]
    assert np.allclose(fitted.coef, [4.75, 6.0, 2.25])
    assert np.allclose(fitted(x), 1 + x + x ** 2)
    assert_complex_close(fitted.roots(), [-0.5 - 0.8660254j,
                                          -0.5 + 0.8660254j])
    assert Polynomial.basis(2) == Polynomial([0, 0, 1])
    assert Polynomial.identity() == Polynomial([0, 1])
    assert np.allclose(Polynomial.fromroots([1, 2]).coef, [2.0, -3.0, 1.0])
    from_roots = Polynomial.fromroots([1, 2], domain=None)
    assert from_roots.domain.tolist() == [1.0, 2.0]
    assert np.allclose(from_roots.coef, [-0.25, 0.0, 0.25])


def test_polynomial_str():
    cases = [
        (Polynomial([1, 2, 3]), '1.0 + 2.0·x + 3.0·x²'),
        (Polynomial([1, -2.5, 1 / 3]), '1.0 - 2.5·x + 0.33333333·x²'),
        (Polynomial([0, 1e-5, -2e9]), '0.0 + (1.0e-05)·x - (2.0e+09)·x²'),
        (Polynomial([1, 2], domain=[0, 2]), '1.0 + 2.0·(-1.0 + x)'),
        (Polynomial([1, 2], domain=[1, 2]), '1.0 + 2.0·(-3.0 + 2.0x)'),
        (Polynomial([1, 2], domain=[-2, 2]), '1.0 + 2.0·(0.5x)'),
        (Polynomial(np.arange(1, 15.0)),
         '1.0 + 2.0·x + 3.0·x² + 4.0·x³ + 5.0·x⁴ + 6.0·x⁵ + 7.0·x⁶ + '
         '8.0·x⁷ +\n9.0·x⁸ + 10.0·x⁹ + 11.0·x¹⁰ + 12.0·x¹¹ + 13.0·x¹² + '
         '14.0·x¹³'),
        (Polynomial([np.nan, np.inf, -np.inf]), 'nan + inf·x - inf·x²'),
        (Polynomial([1, 2, 3], symbol='t'), '1.0 + 2.0·t + 3.0·t²'),
        (Polynomial([-0.0, 0.0]), '-0.0 + 0.0·x'),
        (Polynomial([1.23456789123e-7, 123456.123456789, 0.1, 1e-4,
                     9.99999999e-5, 1e16, 0.3]),
         '1.23456789e-07 + 123456.12345679·x + 0.1·x² + 0.0001·x³ +\n'
         '(9.99999999e-05)·x⁴ + (1.0e+16)·x⁵ + 0.3·x⁶'),
    ]
    for p, expected in cases:
        assert str(p) == expected


def test_polynomial_convert_and_composition():
    x = np.array([0.0, 1.0, 2.0, 3.0])
    converted = Polynomial.fit(x, 1 + x + x ** 2, 2).convert()
    assert converted.domain.tolist() == [-1.0, 1.0]
    assert np.allclose(converted.coef, [1.0, 1.0, 1.0])
    p = Polynomial([1, 2, 3], domain=[0, 2])
    assert p.convert() == Polynomial([2, -4, 3])
    assert Polynomial([1, 2, 3]).convert(domain=[0, 2]) == \
        Polynomial([6, 8, 3], domain=[0, 2])
    assert Polynomial([1, 2, 3])(Polynomial([0, 1], domain=[0, 2])) == \
        Polynomial([1, 2, 3], domain=[0, 2])
    assert p(Polynomial([1, 1])) == Polynomial([1, 2, 3])
    assert Polynomial([5]).convert(domain=[0, 2]) == \
        Polynomial([5], domain=[0, 2])


def test_division_of_series():
    quotient, remainder = P.polydiv([1, 2, 3], [3, 2, 1])
    assert quotient.tolist() == [3.0] and remainder.tolist() == [-8.0, -4.0]
    quotient, remainder = P.polydiv([1, 2, 3], [1, 2, 3, 4])
    assert quotient.tolist() == [0.0] and remainder.tolist() == [1.0, 2.0,
                                                                3.0]
    quotient, remainder = P.polydiv([-1, 0, 0, 1], [-1, 1])
    assert quotient.tolist() == [1.0, 1.0, 1.0]
    assert remainder.tolist() == [0.0]
    assert P.polydiv([2, 4], [2])[0].tolist() == [1.0, 2.0]
    quotient, remainder = divmod(Polynomial([1, 2, 3]), Polynomial([1, 1]))
    assert quotient == Polynomial([-1, 3]) and remainder == Polynomial([2])
    assert Polynomial([1, 2, 3]) // 2 == Polynomial([0.5, 1, 1.5])
    assert Polynomial([1, 2, 3]) % Polynomial([1, 1]) == Polynomial([2])
    assert Polynomial([2, 4]) / 2 == Polynomial([1, 2])
    assert 5 // Polynomial([1, 1]) == Polynomial([0])
    with pytest.raises(TypeError) as e:
        Polynomial([1]) / True
    assert str(e.value) == (
        "unsupported types for true division: "
        "'<class 'numpy.polynomial.polynomial.Polynomial'>', "
        "'<class 'bool'>'")


def test_polyvander_and_linspace():
    v = P.polyvander([-1, 2, 3], 3)
    assert v.dtype == np.float64
    assert v.tolist() == [[1.0, -1.0, 1.0, -1.0], [1.0, 2.0, 4.0, 8.0],
                          [1.0, 3.0, 9.0, 27.0]]
    assert P.polyvander(2, 0).tolist() == [[1.0]]
    assert P.polyvander(np.arange(4).reshape(2, 2), 2).shape == (2, 2, 3)
    with pytest.raises(ValueError) as e:
        P.polyvander([1], -1)
    assert str(e.value) == "deg must be non-negative"
    x, y = Polynomial([1, 2], domain=[0, 4]).linspace(5)
    assert x.tolist() == [0.0, 1.0, 2.0, 3.0, 4.0]
    assert y.tolist() == [-1.0, 0.0, 1.0, 2.0, 3.0]
    x, y = Polynomial([1, 2]).linspace(3, domain=[0, 1])
    assert x.tolist() == [0.0, 0.5, 1.0] and y.tolist() == [1.0, 2.0, 3.0]
