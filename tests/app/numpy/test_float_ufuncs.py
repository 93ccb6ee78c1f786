"""Float ufuncs expm1, log1p, exp2, cbrt, arcsinh/arccosh/arctanh,
deg2rad/rad2deg, fabs, hypot, copysign, logaddexp/logaddexp2, nextafter and
float_power: NumPy's results, nan, inf and -0.0 included. Results of the
transcendental ones are NumPy's within the ulps of support/ulp.py's table
(they depend on the CPU NumPy runs on); the others are bit for bit."""

import math
import numpy as np
from ulp import assert_ulp_close

INF = float('inf')
NAN = float('nan')

XS = [
    0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 3.7, -3.7, 1e-300, 5e-324, 1e+300,
    710.0, -745.5, 0.9999999, -0.9999999, 123.456, -45.0, INF, -INF, NAN]

UNARY_EXPECTED = {
    'expm1': [
        0.0, -0.0, 0.6487212707001282, -0.3934693402873666,
        1.718281828459045, -0.6321205588285577, 6.38905609893065,
        39.4473043600674, -0.9752764735296606, 1e-300, 5e-324, INF, INF,
        -1.0, 1.7182815566308762, -0.6321205220406118, 4.132944352778106e+53,
        -1.0, INF, -1.0, NAN],
    'log1p': [
        0.0, -0.0, 0.4054651081081644, -0.6931471805599453,
        0.6931471805599453, -INF, 1.0986122886681096, 1.547562508716013, NAN,
        1e-300, 5e-324, 690.7755278982137, 6.566672429803241, NAN,
        0.693147130559944, -16.118095651484676, 4.823952239784821, NAN, INF,
        NAN, NAN],
    'exp2': [
        1.0, 1.0, 1.4142135623730951, 0.7071067811865476, 2.0, 0.5, 4.0,
        12.99603834169977, 0.07694652583405726, 1.0, 1.0, INF,
        5.386379163185535e+213, 3.8206586003294165e-225, 1.9999998613705687,
        0.5000000346573602, 1.4586770319557883e+37, 2.842170943040401e-14,
        INF, 0.0, NAN],
    'cbrt': [
        0.0, -0.0, 0.7937005259840998, -0.7937005259840998, 1.0, -1.0,
        1.2599210498948734, 1.5466803737720356, -1.5466803737720356, 1e-100,
        1.7031839360032601e-108, 1e+100, 8.921121404456347,
        -9.067395294192442, 0.9999999666666657, -0.9999999666666657,
        4.979327984674049, -3.5568933044900626, INF, -INF, NAN],
    'arcsinh': [
        0.0, -0.0, 0.48121182505960347, -0.48121182505960347,
        0.881373587019543, -0.881373587019543, 1.4436354751788103,
        2.0192606561549606, -2.0192606561549606, 1e-300, 5e-324,
        691.4686750787736, 7.258412646528284, -7.3072027645906,
        0.8813735163088632, -0.8813735163088632, 5.509048400149605,
        -4.49993310426429, INF, -INF, NAN],
    'arccosh': [
        NAN, NAN, NAN, NAN, 0.0, NAN, 1.3169578969248166, 1.9826969446812033,
        NAN, NAN, NAN, 691.4686750787736, 7.258411654661591, NAN, NAN, NAN,
        5.509015594729667, NAN, INF, NAN, NAN],
    'arctanh': [
        0.0, -0.0, 0.5493061443340548, -0.5493061443340548, INF, -INF, NAN,
        NAN, NAN, 1e-300, 5e-324, NAN, NAN, NAN, 8.40562139102231,
        -8.40562139102231, NAN, NAN, NAN, NAN, NAN],
    'deg2rad': [
        0.0, -0.0, 0.008726646259971648, -0.008726646259971648,
        0.017453292519943295, -0.017453292519943295, 0.03490658503988659,
        0.0645771823237902, -0.0645771823237902, 1.7453292519943295e-302,
        0.0, 1.7453292519943297e+298, 12.39183768915974, -13.011429573617727,
        0.017453290774614043, -0.017453290774614043, 2.1547136813421197,
        -0.7853981633974483, INF, -INF, NAN],
    'rad2deg': [
        0.0, -0.0, 28.64788975654116, -28.64788975654116, 57.29577951308232,
        -57.29577951308232, 114.59155902616465, 211.99438419840462,
        -211.99438419840462, 5.729577951308232e-299, 2.8e-322,
        5.729577951308233e+301, 40680.003454288446, -42714.00362700287,
        57.29577378350437, -57.29577378350437, 7073.507755567091,
        -2578.3100780887044, INF, -INF, NAN],
    'fabs': [
        0.0, 0.0, 0.5, 0.5, 1.0, 1.0, 2.0, 3.7, 3.7, 1e-300, 5e-324, 1e+300,
        710.0, 745.5, 0.9999999, 0.9999999, 123.456, 45.0, INF, INF, NAN],
}

A = [0.0, -0.0, 1.0, -1.0, 3.0, 1e+308, -2.5, INF, -INF, NAN, 7.25, 1e-310]
B = [-0.0, 0.0, 1.0, 4.0, -4.0, 1e+308, -2.5, INF, INF, 1.0, -INF, NAN]

BINARY_EXPECTED = {
    'hypot': [
        0.0, 0.0, 1.4142135623730951, 4.123105625617661, 5.0,
        1.4142135623730951e+308, 3.5355339059327378, INF, INF, NAN, INF, NAN],
    'copysign': [
        -0.0, 0.0, 1.0, 1.0, -3.0, 1e+308, -2.5, INF, INF, NAN, -7.25, 1e-310],
    'logaddexp': [
        0.6931471805599453, 0.6931471805599453, 1.6931471805599454,
        4.006715348489118, 3.000911466453774, 1e+308, -1.8068528194400546,
        INF, INF, NAN, 7.25, NAN],
    'logaddexp2': [
        1.0, 1.0, 2.0, 4.044394119358453, 3.011227255423254, 1e+308, -1.5,
        INF, INF, NAN, 7.25, NAN],
    'nextafter': [
        -0.0, 0.0, 1.0, -0.9999999999999999, 2.9999999999999996, 1e+308,
        -2.5, INF, -1.7976931348623157e+308, NAN, 7.249999999999999, NAN],
    'float_power': [
        1.0, 1.0, 1.0, 1.0, 0.012345679012345678, INF, NAN, INF, INF, NAN,
        0.0, NAN],
}


def check_table(expected, args, dtype):
    """Each ufunc named in `expected` applied to args (lists of floats), its
    results within the ufunc's tolerance (0 ulps: bit for bit)."""
    arrays = [np.array(arg, dtype=dtype) for arg in args]
    with np.errstate(all='ignore'):
        for name in sorted(expected):
            result = getattr(np, name)(*arrays)
            assert result.dtype == dtype
            assert_ulp_close(result.tolist(), expected[name], name, dtype)


def test_unary_values():
    check_table(UNARY_EXPECTED, [XS], np.float64)


def test_binary_values():
    check_table(BINARY_EXPECTED, [A, B], np.float64)


# float32: computed in float32, not through float64
X32 = [
    0.0, -0.0, 0.3, -0.7, 1.0, 2.5, -3.25, 17.125, 1e-30, 88.5, -104.0, 0.999,
    200.0, 1234.5]

UNARY_EXPECTED_32 = {
    'expm1': [
        0.0, -0.0, 0.349858820438385, -0.5034146904945374,
        1.7182817459106445, 11.182494163513184, -0.9612258076667786,
        27371146.0, 1.0000000031710769e-30, 2.723087918012828e+38, -1.0,
        1.7155649662017822, INF, INF],
    'log1p': [
        0.0, -0.0, 0.2623642683029175, -1.2039728164672852,
        0.6931471824645996, 1.252763032913208, NAN, 2.897292137145996,
        1.0000000031710769e-30, 4.49423885345459, NAN, 0.6926470398902893,
        5.303304672241211, 7.119231224060059],
    'exp2': [
        1.0, 1.0, 1.2311444282531738, 0.6155722141265869, 2.0,
        5.656854152679443, 0.10511205345392227, 142935.03125, 1.0,
        4.3767789074997854e+26, 4.930380657631324e-32, 1.9986141920089722,
        INF, INF],
    'cbrt': [
        0.0, -0.0, 0.6694329380989075, -0.8879039883613586, 1.0,
        1.3572088479995728, -1.4812480211257935, 2.577568292617798,
        1.000000013351432e-10, 4.456368446350098, -4.702669143676758,
        0.9996665716171265, 5.8480353355407715, 10.727462768554688],
    'arcsinh': [
        0.0, -0.0, 0.29567307233810425, -0.6526665687561035,
        0.8813735842704773, 1.6472312211990356, -1.894672155380249,
        3.5345377922058105, 1.0000000031710769e-30, 5.176181793212891,
        -5.337561130523682, 0.8806663155555725, 5.991470813751221,
        7.811568737030029],
    'arccosh': [
        NAN, NAN, NAN, NAN, 0.0, 1.566799283027649, NAN, 3.5328330993652344,
        NAN, 5.176117897033691, NAN, NAN, 5.991458415985107,
        7.811568260192871],
    'arctanh': [
        0.0, -0.0, 0.30951961874961853, -0.8673005104064941, INF, NAN, NAN,
        NAN, 1.0000000031710769e-30, NAN, NAN, 3.8002076148986816, NAN, NAN],
    'deg2rad': [
        0.0, -0.0, 0.005235987715423107, -0.012217304669320583,
        0.01745329238474369, 0.04363323003053665, -0.05672319978475571,
        0.2988876402378082, 1.7453291963788074e-32, 1.5446163415908813,
        -1.8151423931121826, 0.017435839399695396, 3.4906585216522217,
        21.54608917236328],
    'rad2deg': [
        0.0, -0.0, 17.18873405456543, -40.1070442199707, 57.2957763671875,
        143.23944091796875, -186.21127319335938, 981.190185546875,
        5.729577788122619e-29, 5070.67626953125, -5958.7607421875,
        57.23847961425781, 11459.1552734375, 70731.6328125],
}

A32 = [0.5, -1.25, 3.0, 100.0, -7.5, 2.0, 0.1, 1e-20]
B32 = [0.25, 2.75, 3.0, -50.0, -7.0, 2.0000002, 0.3, -1e-20]

BINARY_EXPECTED_32 = {
    'logaddexp': [
        1.075939416885376, 2.7681498527526855, 3.6931471824645996, 100.0,
        -6.525922775268555, 2.6931471824645996, 0.8981388807296753,
        0.6931471824645996],
    'logaddexp2': [
        1.3804084062576294, 2.837462902069092, 4.0, 100.0,
        -6.228446960449219, 3.0, 1.2034629583358765, 1.0],
    'nextafter': [
        0.4999999701976776, -1.2499998807907104, 3.0, 99.99999237060547,
        -7.499999523162842, 2.000000238418579, 0.10000000894069672,
        9.999998874861658e-21],
    'hypot': [
        0.55901700258255, 3.020761489868164, 4.242640495300293,
        111.80339813232422, 10.25914192199707, 2.828427314758301,
        0.3162277638912201, 1.4142135680582922e-20],
}


def test_float32_values():
    check_table(UNARY_EXPECTED_32, [X32], np.float32)
    check_table(BINARY_EXPECTED_32, [A32, B32], np.float32)


def test_aliases():
    x = np.array([30.0, -90.0, 1.0])
    assert np.radians.__name__ == 'radians'
    assert np.degrees.__name__ == 'degrees'
    assert np.radians(x).tolist() == np.deg2rad(x).tolist()
    assert np.degrees(x).tolist() == np.rad2deg(x).tolist()


def test_integer_inputs_give_float64():
    ints = np.array([0, 1, 2, 3, 100])
    floats = np.array([0.0, 1.0, 2.0, 3.0, 100.0])
    for name in ['expm1', 'log1p', 'exp2', 'cbrt', 'arcsinh', 'deg2rad',
                 'rad2deg', 'fabs']:
        result = getattr(np, name)(ints)
        assert result.dtype == np.float64
        assert result.tolist() == getattr(np, name)(floats).tolist()
    result = np.fabs(np.array([-3, 4]))
    assert result.dtype == np.float64 and result.tolist() == [3.0, 4.0]
    assert_ulp_close(np.hypot(np.array([3, 5]), 4).tolist(),
                     [5.0, 6.4031242374328485], 'hypot')
    assert np.copysign(np.array([1, 2]), -1).tolist() == [-1.0, -2.0]


def test_scalars_and_python_numbers():
    r = np.expm1(1e-10)
    assert type(r) is np.float64
    assert_ulp_close(r, 1.00000000005e-10, 'expm1')
    r = np.hypot(3.0, 4.0)
    assert type(r) is np.float64
    assert_ulp_close(r, 5.0, 'hypot')
    assert_ulp_close(np.logaddexp(0.0, 0.0), math.log(2.0), 'logaddexp')
    assert_ulp_close(np.hypot(np.array([3.0, 6.0]), 4.0).tolist(),
                     [5.0, 7.211102550927978], 'hypot')
    assert np.nextafter(0.0, 1.0) == 5e-324
    assert np.nextafter(1.0, 0.0) == 0.9999999999999999


def test_float32():
    x = np.array([1.0, 2.0, -3.0], dtype=np.float32)
    assert np.hypot(x, np.float32(4.0)).dtype == np.float32
    assert_ulp_close(np.hypot(x, np.float32(4.0)).tolist(),
                     [4.123105525970459, 4.4721360206604, 5.0],
                     'hypot', np.float32)
    assert np.copysign(x, np.float32(-1.0)).tolist() == [-1.0, -2.0, -3.0]
    r = np.cbrt(np.array([8.0, -27.0], dtype=np.float32))
    assert r.dtype == np.float32
    assert_ulp_close(r.tolist(), [2.0, -3.0], 'cbrt', np.float32)
    up = np.nextafter(x, np.float32(10.0))
    assert up.dtype == np.float32
    assert up.tolist() == [1.0000001192092896, 2.000000238418579,
                           -2.999999761581421]
    assert np.nextafter(np.float32(0.0), np.float32(-1.0)) == \
        -1.401298464324817e-45


def test_float_power():
    r = np.float_power(np.array([2, 3, -2]), np.array([-1, 2, 3]))
    assert r.dtype == np.float64
    assert_ulp_close(r.tolist(), [0.5, 9.0, -8.0], 'float_power')
    r = np.float_power(np.array([2.0], dtype=np.float32), 3)
    assert r.dtype == np.float64
    assert_ulp_close(r.tolist(), [8.0], 'float_power')
    assert type(np.float_power(2, -1)) is np.float64
    assert_ulp_close(np.float_power(2, -1), 0.5, 'float_power')
    r = np.float_power(np.array([1j]), 2)
    assert r.dtype == np.complex128 and r.tolist() == [(-1+0j)]


def test_reduce_accumulate_out():
    x = np.array([1.0, 2.0, 3.0])
    # each step of reduce and accumulate is one call, with one rounding
    step = np.logaddexp(1.0, 2.0)
    assert_ulp_close(step, 2.313261687518223, 'logaddexp')
    assert np.logaddexp.reduce(x) == np.logaddexp(step, 3.0)
    assert np.logaddexp.accumulate(x).tolist() == [
        1.0, step, np.logaddexp(step, 3.0)]
    assert_ulp_close(np.logaddexp.reduce(x), 3.4076059644443806, 'logaddexp')
    assert_ulp_close(np.hypot.reduce(np.array([3.0, 4.0, 12.0])), 13.0,
                     'hypot')
    m = np.array([[3.0, 4.0], [5.0, 12.0]])
    assert_ulp_close(np.hypot.reduce(m, axis=1).tolist(), [5.0, 13.0],
                     'hypot')
    assert_ulp_close(np.logaddexp2.reduce(np.array([1.0, 1.0])), 2.0,
                     'logaddexp2')
    out = np.zeros(3)
    r = np.expm1(x, out=out)
    assert r is out
    assert_ulp_close(out.tolist(), [1.718281828459045, 6.38905609893065,
                                    19.085536923187668], 'expm1')
    out = np.zeros(3)
    np.copysign(x, -1.0, out)
    assert out.tolist() == [-1.0, -2.0, -3.0]


def test_ufunc_attributes():
    assert np.hypot.nin == 2 and np.expm1.nin == 1
    assert repr(np.logaddexp) == "<ufunc 'logaddexp'>"
    assert isinstance(np.nextafter, np.ufunc)


def test_lazy_expressions():
    x = np.array([0.5, 1.5, 2.5])
    r = np.log1p(np.expm1(x) * 2.0) + np.cbrt(x)
    # the same bits as one ufunc at a time on materialized arrays
    e = np.array([v * 2.0 for v in np.expm1(x).tolist()])
    parts = zip(np.log1p(e).tolist(), np.cbrt(x).tolist())
    assert r.tolist() == [a + b for a, b in parts]
    assert_ulp_close(np.expm1(x).tolist(), [
        0.6487212707001282, 3.481689070338065, 11.182493960703473], 'expm1')
    assert_ulp_close(np.cbrt(x).tolist(), [
        0.7937005259840998, 1.1447142425533317, 1.3572088082974532], 'cbrt')
