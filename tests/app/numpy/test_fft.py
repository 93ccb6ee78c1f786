"""numpy.fft against a direct DFT written here (sums of products with
exactly reduced angles): power-of-two and other lengths, n (padding and
truncation), axes, norm, real and Hermitian transforms, dtypes, the
frequency helpers and NumPy's errors. Results are compared relative to
the largest magnitude of the expected values (transforms of different
algorithms round differently)."""

import math

import numpy as np
import pytest


def dft(values, sign=-1):
    """The DFT of a list of complex numbers (sign +1: unscaled inverse)."""
    n = len(values)
    angles = [sign * 2 * math.pi * k / n for k in range(n)]
    roots = [complex(math.cos(a), math.sin(a)) for a in angles]
    return [sum(v * roots[(j * k) % n] for j, v in enumerate(values))
            for k in range(n)]


def signal(n, seed=0):
    return [complex(math.cos(0.37 * j + seed), math.sin(1.3 * j + 0.2))
            for j in range(n)]


def assert_close(got, want, rtol=1e-12):
    got = np.asarray(got)
    want = np.asarray(want)
    assert got.shape == want.shape, (got.shape, want.shape)
    if want.size == 0:
        return
    scale = max(float(np.max(np.abs(want))), 1.0)
    err = float(np.max(np.abs(got - want)))
    assert err <= rtol * scale, (err, scale)


LENGTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 15, 16, 17, 31, 32, 60, 64, 97,
           100, 128]


def test_fft_and_ifft_of_every_length():
    for n in LENGTHS:
        x = signal(n)
        got = np.fft.fft(np.array(x))
        assert got.dtype == np.complex128
        assert_close(got, dft(x))
        assert_close(np.fft.ifft(np.array(x)), [v / n for v in dft(x, 1)])
        assert_close(np.fft.ifft(got), x)


def test_long_transforms_round_trip():
    for n in [1000, 1024, 4096, 3000]:
        x = np.cos(np.arange(n) * 0.37) + 1j * np.sin(np.arange(n) * 1.3)
        assert_close(np.fft.ifft(np.fft.fft(x)), x)
        # the DFT of a pure frequency is one spike
        tone = np.exp(2j * np.pi * 5 * np.arange(n) / n)
        spike = np.zeros(n, dtype=complex)
        spike[5] = n
        assert_close(np.fft.fft(tone), spike)
        real = x.real * 3.0 - 1.0
        assert_close(np.fft.rfft(real), np.fft.fft(real)[:n // 2 + 1])
        assert_close(np.fft.irfft(np.fft.rfft(real), n), real)
    # even lengths whose halves are not powers of two, and an odd one
    for n in [998, 999, 1536]:
        real = np.cos(np.arange(n) * 0.011) + np.arange(n) % 7
        assert_close(np.fft.irfft(np.fft.rfft(real), n), real)


def test_real_and_int_inputs_are_cast():
    x = [1, 2, 3, 4, 5]
    assert np.fft.fft(np.array(x)).dtype == np.complex128
    assert_close(np.fft.fft(np.array(x)), dft([complex(v) for v in x]))
    assert_close(np.fft.fft([0.5, -1.5, 2.0]),
                 dft([0.5 + 0j, -1.5 + 0j, 2.0 + 0j]))
    assert np.fft.fft(np.array([1.0, 2.0], dtype=np.float32)).dtype == \
        np.complex64


def test_n_pads_and_truncates():
    x = signal(6)
    assert_close(np.fft.fft(np.array(x), n=8), dft(x + [0j, 0j]))
    assert_close(np.fft.fft(np.array(x), n=4), dft(x[:4]))
    assert_close(np.fft.fft(np.array(x), 9), dft(x + [0j] * 3))
    assert_close(np.fft.ifft(np.array(x), n=3),
                 [v / 3 for v in dft(x[:3], 1)])


def test_axis_of_2d_and_3d_arrays():
    a = np.array([signal(5, s) for s in range(3)])
    by_row = np.fft.fft(a)
    for i in range(3):
        assert_close(by_row[i], dft(signal(5, i)))
    by_column = np.fft.fft(a, axis=0)
    assert by_column.shape == (3, 5)
    for j in range(5):
        assert_close(by_column[:, j], dft([a[i, j] for i in range(3)]))
    assert_close(np.fft.fft(a, n=8, axis=0)[:, 1],
                 dft([a[i, 1] for i in range(3)] + [0j] * 5))
    b = np.arange(24.0).reshape(2, 3, 4)
    assert_close(np.fft.fft(b, axis=1)[1, :, 2],
                 dft([complex(b[1, i, 2]) for i in range(3)]))


def test_norm_modes():
    x = signal(12)
    plain = dft(x)
    n = len(x)
    assert_close(np.fft.fft(x, norm='backward'), plain)
    assert_close(np.fft.fft(x, norm='ortho'),
                 [v / math.sqrt(n) for v in plain])
    assert_close(np.fft.fft(x, norm='forward'), [v / n for v in plain])
    inverse = dft(x, 1)
    assert_close(np.fft.ifft(x, norm='ortho'),
                 [v / math.sqrt(n) for v in inverse])
    assert_close(np.fft.ifft(x, norm='forward'), inverse)
    for norm in ['backward', 'ortho', 'forward', None]:
        assert_close(np.fft.ifft(np.fft.fft(x, norm=norm), norm=norm), x)


def test_rfft_and_irfft():
    for n in [1, 2, 5, 8, 9, 16, 100]:
        x = [math.cos(0.7 * j) + 0.1 * j for j in range(n)]
        full = dft([complex(v) for v in x])
        half = np.fft.rfft(np.array(x))
        assert half.dtype == np.complex128
        assert_close(half, full[:n // 2 + 1])
        back = np.fft.irfft(half, n)
        assert back.dtype == np.float64
        assert_close(back, x)
    assert np.fft.irfft(np.fft.rfft(np.arange(8.0))).shape == (8,)
    assert_close(np.fft.irfft(np.fft.rfft(np.arange(7.0))),
                 np.fft.irfft(np.fft.rfft(np.arange(7.0)), 6))
    assert_close(np.fft.rfft([1.0, 2.0, 3.0], norm='ortho'),
                 [v / math.sqrt(3) for v in dft([1 + 0j, 2 + 0j, 3 + 0j])[:2]])
    assert_close(np.fft.irfft([4.0, 1.0 + 1j, 2.0], norm='forward'),
                 np.fft.irfft([4.0, 1.0 + 1j, 2.0]) * 4)


def test_hfft_and_ihfft():
    x = [1.0, 2.0, -1.0, 0.5, 3.0]
    spectrum = np.fft.ihfft(np.array(x))
    assert_close(spectrum, [v.conjugate() / 5 for v in
                            dft([complex(v) for v in x])[:3]])
    assert_close(np.fft.hfft(spectrum, 5), x)
    assert np.fft.hfft(spectrum).shape == (4,)


def test_fft2_and_fftn():
    a = np.array([signal(4, s) for s in range(3)])
    rows_then_columns = np.fft.fft(np.fft.fft(a, axis=1), axis=0)
    assert_close(np.fft.fft2(a), rows_then_columns)
    assert_close(np.fft.fftn(a), rows_then_columns)
    assert_close(np.fft.ifft2(np.fft.fft2(a)), a)
    assert_close(np.fft.ifftn(np.fft.fftn(a)), a)
    b = np.arange(24.0).reshape(2, 3, 4) ** 1.5
    assert_close(np.fft.fftn(b, axes=(0, 2)),
                 np.fft.fft(np.fft.fft(b, axis=2), axis=0))
    assert_close(np.fft.fftn(b, s=(4, 2), axes=(0, 1)),
                 np.fft.fft(np.fft.fft(b, n=2, axis=1), n=4, axis=0))
    assert_close(np.fft.fft2(b, s=(-1, 6)),
                 np.fft.fft(np.fft.fft(b, n=6, axis=2), axis=1))


def test_rfftn_and_irfftn():
    b = np.arange(24.0).reshape(2, 3, 4) ** 1.5
    half = np.fft.rfftn(b)
    assert half.shape == (2, 3, 3)
    assert_close(half, np.fft.fftn(b)[:, :, :3])
    assert_close(np.fft.irfftn(half), b)
    assert_close(np.fft.irfftn(half, s=(2, 3, 4), axes=(0, 1, 2)), b)
    assert_close(np.fft.rfft2(b), np.fft.fft2(b)[:, :, :3])
    assert_close(np.fft.irfft2(np.fft.rfft2(b)), b)


def test_fftfreq_and_rfftfreq():
    assert_close(np.fft.fftfreq(6), [0.0, 1 / 6, 2 / 6, -3 / 6, -2 / 6,
                                     -1 / 6])
    assert np.fft.fftfreq(5, 0.1).tolist() == [0.0, 2.0, 4.0, -4.0, -2.0]
    assert np.fft.fftfreq(1).tolist() == [0.0]
    assert np.fft.rfftfreq(6, d=0.5).tolist() == [0.0, 1 / 3, 2 / 3, 1.0]
    assert np.fft.rfftfreq(5).tolist() == [0.0, 0.2, 0.4]
    assert np.fft.fftfreq(4).dtype == np.float64
    with pytest.raises(ValueError, match='n should be an integer'):
        np.fft.fftfreq(2.5)
    with pytest.raises(ValueError, match='n should be an integer'):
        np.fft.rfftfreq(4.0)


def test_fftshift_and_ifftshift():
    assert np.fft.fftshift(np.arange(5)).tolist() == [3, 4, 0, 1, 2]
    assert np.fft.fftshift(np.arange(6)).tolist() == [3, 4, 5, 0, 1, 2]
    assert np.fft.ifftshift(np.arange(7)).tolist() == [3, 4, 5, 6, 0, 1, 2]
    a = np.arange(6).reshape(2, 3)
    assert np.fft.fftshift(a).tolist() == [[5, 3, 4], [2, 0, 1]]
    assert np.fft.fftshift(a, axes=1).tolist() == [[2, 0, 1], [5, 3, 4]]
    assert np.fft.ifftshift(a, axes=(0,)).tolist() == [[3, 4, 5],
                                                       [0, 1, 2]]
    freqs = np.fft.fftfreq(9)
    assert np.fft.ifftshift(np.fft.fftshift(freqs)).tolist() == \
        freqs.tolist()


def test_import_forms():
    import numpy.fft
    from numpy.fft import fft, rfftfreq
    assert fft is np.fft.fft
    assert numpy.fft.ifft is np.fft.ifft
    assert rfftfreq(2).tolist() == [0.0, 0.5]


def test_errors():
    with pytest.raises(ValueError) as info:
        np.fft.fft([1.0, 2.0], n=0)
    assert str(info.value) == \
        'Invalid number of FFT data points (0) specified.'
    with pytest.raises(ValueError) as info:
        np.fft.irfft([1.0])
    assert str(info.value) == \
        'Invalid number of FFT data points (0) specified.'
    with pytest.raises(ValueError) as info:
        np.fft.fft([1.0, 2.0], norm='bad')
    assert str(info.value) == ('Invalid norm value bad; should be '
                               '"backward","ortho" or "forward".')
    with pytest.raises(ValueError) as info:
        np.fft.ifft([1.0, 2.0], norm='sum')
    assert 'Invalid norm value sum' in str(info.value)
    with pytest.raises(ValueError) as info:
        np.fft.fftn(np.ones((2, 2)), s=(2,), axes=(0, 1))
    assert str(info.value) == 'Shape and axes have different lengths.'
    with pytest.raises(IndexError):
        np.fft.fft([1.0, 2.0], axis=1)
    with pytest.raises(IndexError) as info:
        np.fft.fft2(np.arange(3.0))
    assert str(info.value) == 'index -2 is out of bounds for axis 0 with size 1'
    with pytest.raises(TypeError):
        np.fft.rfft(np.array([1j, 2.0]))
