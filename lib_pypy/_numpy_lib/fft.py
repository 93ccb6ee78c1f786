"""numpy.fft: discrete Fourier transforms along one or more axes.

Every transform is a complex DFT of the rows of a 2-d (rows, n) array:
the axis is moved last and the other axes are flattened into rows, so each
step below is one array operation over all rows at once. Power-of-two
lengths use an iterative radix-2 Cooley-Tukey (log2(n) butterfly stages
in Stockham's order); other lengths use Bluestein's algorithm, which writes
the DFT as a convolution with a chirp and computes that convolution with
power-of-two transforms. The inverse transform is the conjugate of the
forward transform of the conjugate. Functions, arguments, dtypes and errors
follow NumPy's numpy/fft/_pocketfft.py and _helper.py."""

import operator

import numpy as np
from ._axes import normalize_axis

__all__ = ['fft', 'ifft', 'rfft', 'irfft', 'hfft', 'ihfft', 'fft2',
           'ifft2', 'fftn', 'ifftn', 'rfft2', 'irfft2', 'rfftn', 'irfftn',
           'fftfreq', 'rfftfreq', 'fftshift', 'ifftshift']

# per power-of-two length n: exp(-2 pi i j / n) for j < n/2; per other
# length n: (chirp exp(-pi i k^2 / n), the transform of the chirp's
# conjugate padded to the convolution length)
_twiddle_tables = {}
_bluestein_tables = {}
# per even length n: exp(-2 pi i k / n) for k <= n/2
_real_twiddle_tables = {}


def _twiddles(n):
    table = _twiddle_tables.get(n)
    if table is None:
        angle = np.arange(n // 2) * (-2.0 * np.pi / n)
        table = _twiddle_tables[n] = np.cos(angle) + 1j * np.sin(angle)
    return table


def _fft_pow2(x):
    """The forward DFT of each row of x (rows, n), n a power of two.

    Stockham's order, which needs no bit-reversal permutation: at each
    stage x is (rows, length, stride), column j holding the transforms
    (of that length) of x's points j, j + stride, j + 2 stride...; the
    columns j and j + stride/2 merge into the transforms of twice the
    length, so every operation runs over all n points of every row."""
    rows, n = x.shape
    twiddles = _twiddles(n)
    x = x.reshape(rows, 1, n)
    length = 1
    while length < n:
        half_stride = n // (2 * length)
        even = x[:, :, :half_stride]
        odd = x[:, :, half_stride:] * \
            twiddles[::half_stride].reshape(length, 1)
        merged = np.empty((rows, 2 * length, half_stride),
                          dtype=np.complex128)
        merged[:, :length] = even + odd
        merged[:, length:] = even - odd
        x = merged
        length *= 2
    return x.reshape(rows, n)


def _ifft_pow2(x):
    return np.conj(_fft_pow2(np.conj(x)))


def _bluestein_table(n):
    table = _bluestein_tables.get(n)
    if table is None:
        size = 1
        while size < 2 * n - 1:
            size *= 2
        k = np.arange(n)
        # k^2 mod 2n keeps the angle small, so exact to the last bit
        angle = ((k * k) % (2 * n)) * (-np.pi / n)
        chirp = np.cos(angle) + 1j * np.sin(angle)
        kernel = np.zeros((1, size), dtype=np.complex128)
        kernel[0, :n] = np.conj(chirp)
        kernel[0, size - n + 1:] = np.conj(chirp[1:][::-1])
        table = _bluestein_tables[n] = (chirp, _fft_pow2(kernel))
    return table


def _fft_rows(x):
    """The forward DFT of each row of the complex array x (rows, n)."""
    n = x.shape[1]
    if n & (n - 1) == 0:
        return _fft_pow2(x)
    chirp, kernel_spectrum = _bluestein_table(n)
    size = kernel_spectrum.shape[1]
    padded = np.zeros((x.shape[0], size), dtype=np.complex128)
    padded[:, :n] = x * chirp
    convolved = _ifft_pow2(_fft_pow2(padded) * kernel_spectrum) / size
    return convolved[:, :n] * chirp


def _real_twiddles(n):
    """exp(-2 pi i k / n) for k <= n/2."""
    table = _real_twiddle_tables.get(n)
    if table is None:
        angle = np.arange(n // 2 + 1) * (-2.0 * np.pi / n)
        table = _real_twiddle_tables[n] = np.cos(angle) + 1j * np.sin(angle)
    return table


def _rfft_rows(x):
    """The DFT terms 0..n/2 of each row of the real array x (rows, n).

    For even n, one complex transform of half the length: the even and
    odd points as real and imaginary parts, whose transforms E and O are
    separated by the symmetries of real data's transforms, then
    X[k] = E[k] + exp(-2 pi i k / n) O[k]."""
    n = x.shape[1]
    if n % 2:
        return _fft_rows(x.astype(np.complex128))[:, :n // 2 + 1]
    half = _fft_rows(x[:, 0::2] + 1j * x[:, 1::2])
    # half[k mod m] and conj(half[(m - k) mod m]) for k = 0..m
    half = np.concatenate([half, half[:, :1]], axis=1)
    mirrored = np.conj(half[:, ::-1])
    even = 0.5 * (half + mirrored)
    odd = -0.5j * (half - mirrored)
    return even + _real_twiddles(n) * odd


def _irfft_rows(spectrum, n):
    """n times the real inverse DFT of length n of each row of spectrum
    (rows, n//2 + 1), as NumPy's irfft: the imaginary parts of the terms
    0 and n/2 do not count. For even n the inverse of _rfft_rows's
    separation, then one complex transform of half the length."""
    rows = spectrum.shape[0]
    if n % 2:
        full = np.zeros((rows, n), dtype=np.complex128)
        full[:, :n // 2 + 1] = spectrum
        full[:, n // 2 + 1:] = np.conj(spectrum[:, n // 2:0:-1])
        return np.conj(_fft_rows(np.conj(full))).real
    m = n // 2
    spectrum = spectrum.copy()
    spectrum[:, 0] = spectrum[:, 0].real
    spectrum[:, m] = spectrum[:, m].real
    terms = spectrum[:, :m]
    mirrored = np.conj(spectrum[:, m:0:-1])
    half = (terms + mirrored) + \
        1j * ((terms - mirrored) * np.conj(_real_twiddles(n)[:m]))
    points = np.conj(_fft_rows(np.conj(half)))
    out = np.empty((rows, n), dtype=np.float64)
    out[:, 0::2] = points.real
    out[:, 1::2] = points.imag
    return out


def _swap_direction(norm):
    if norm is None or norm == 'backward':
        return 'forward'
    if norm == 'ortho':
        return 'ortho'
    if norm == 'forward':
        return 'backward'
    raise ValueError(f'Invalid norm value {norm}; should be "backward",'
                     '"ortho" or "forward".')


def _scale(n, norm, is_forward):
    """The factor the transform of n points is multiplied by."""
    if not is_forward:
        norm = _swap_direction(norm)
    if norm is None or norm == 'backward':
        return None
    if norm == 'ortho':
        return 1.0 / np.sqrt(float(n))
    if norm == 'forward':
        return 1.0 / n
    raise ValueError(f'Invalid norm value {norm}; should be "backward",'
                     '"ortho" or "forward".')


def _result_dtype(a):
    """complex64 for float32 and complex64 input, complex128 otherwise."""
    if a.dtype in (np.float32, np.complex64, np.float16):
        return np.complex64
    return np.complex128


def _as_rows(a, n, axis, length, dtype=np.complex128):
    """a's data along `axis` as rows (rows, length) of dtype: the first
    n points, zero padded or truncated to `length`, and the shape of the
    result with the axis last."""
    moved = np.moveaxis(a, axis, -1)
    shape = moved.shape[:-1]
    rows = 1
    for dim in shape:
        rows *= dim
    data = np.zeros((rows, length), dtype=dtype)
    used = min(n, length, moved.shape[-1])
    data[:, :used] = moved[..., :used].reshape(rows, used)
    return data, shape


def _from_rows(data, shape, axis, dtype):
    out = data.reshape(shape + (data.shape[1],))
    return np.moveaxis(out, -1, axis).astype(dtype)


def _check_n(n):
    if n < 1:
        raise ValueError(f"Invalid number of FFT data points ({n}) "
                         "specified.")


def _complex_fft(a, n, axis, norm, is_forward):
    a = np.asarray(a)
    if n is None:
        n = a.shape[axis]
    axis = normalize_axis(axis, a.ndim)
    _check_n(n)
    scale = _scale(n, norm, is_forward)
    data, shape = _as_rows(a, n, axis, n)
    if is_forward:
        data = _fft_rows(data)
    else:
        data = np.conj(_fft_rows(np.conj(data)))
    if scale is not None:
        data = data * scale
    return _from_rows(data, shape, axis, _result_dtype(a))


def fft(a, n=None, axis=-1, norm=None, out=None):
    return _out(_complex_fft(a, n, axis, norm, True), out)


def ifft(a, n=None, axis=-1, norm=None, out=None):
    return _out(_complex_fft(a, n, axis, norm, False), out)


def _out(result, out):
    if out is None:
        return result
    out[...] = result
    return out


def rfft(a, n=None, axis=-1, norm=None, out=None):
    a = np.asarray(a)
    if n is None:
        n = a.shape[axis]
    axis = normalize_axis(axis, a.ndim)
    _check_n(n)
    if a.dtype.kind == 'c':
        raise TypeError(f"ufunc 'rfft_n_{'odd' if n % 2 else 'even'}' not "
                        "supported for the input types, and the inputs "
                        "could not be safely coerced to any supported types "
                        "according to the casting rule ''safe''")
    scale = _scale(n, norm, True)
    data, shape = _as_rows(a, n, axis, n, np.float64)
    data = _rfft_rows(data)
    if scale is not None:
        data = data * scale
    return _out(_from_rows(data, shape, axis, _result_dtype(a)), out)


def irfft(a, n=None, axis=-1, norm=None, out=None):
    a = np.asarray(a)
    if n is None:
        n = (a.shape[axis] - 1) * 2
    axis = normalize_axis(axis, a.ndim)
    _check_n(n)
    scale = _scale(n, norm, False)
    data, shape = _as_rows(a, n // 2 + 1, axis, n // 2 + 1)
    data = _irfft_rows(data, n)
    if scale is not None:
        data = data * scale
    real_dtype = np.float32 if _result_dtype(a) == np.complex64 \
        else np.float64
    return _out(_from_rows(data, shape, axis, real_dtype), out)


def hfft(a, n=None, axis=-1, norm=None, out=None):
    a = np.asarray(a)
    if n is None:
        n = (a.shape[axis] - 1) * 2
    return irfft(np.conj(a), n, axis, norm=_swap_direction(norm), out=out)


def ihfft(a, n=None, axis=-1, norm=None, out=None):
    a = np.asarray(a)
    if n is None:
        n = a.shape[axis]
    return _out(np.conj(rfft(a, n, axis, norm=_swap_direction(norm))), out)


def _length(a, axis):
    """a.shape[axis] with np.take's error (NumPy takes the lengths of
    the axes from the shape with np.take)."""
    if not -a.ndim <= axis < a.ndim:
        raise IndexError(f"index {axis} is out of bounds for axis 0 with "
                         f"size {a.ndim}")
    return a.shape[axis]


def _cook_nd_args(a, s, axes, invreal=False):
    """The lengths and axes of an n-dimensional transform, as NumPy's
    _cook_nd_args."""
    shapeless = s is None
    if s is None:
        s = list(a.shape) if axes is None else [_length(a, ax) for ax in axes]
    s = list(s)
    if axes is None:
        axes = list(range(-len(s), 0))
    axes = list(axes)
    if len(s) != len(axes):
        raise ValueError("Shape and axes have different lengths.")
    if invreal and shapeless:
        s[-1] = (a.shape[axes[-1]] - 1) * 2
    s = [a.shape[ax] if length == -1 else length
         for length, ax in zip(s, axes)]
    return s, axes


def _fftnd(a, s, axes, norm, function):
    a = np.asarray(a)
    s, axes = _cook_nd_args(a, s, axes)
    for ii in reversed(range(len(axes))):
        a = function(a, n=s[ii], axis=axes[ii], norm=norm)
    return a


def fftn(a, s=None, axes=None, norm=None, out=None):
    return _out(_fftnd(a, s, axes, norm, fft), out)


def ifftn(a, s=None, axes=None, norm=None, out=None):
    return _out(_fftnd(a, s, axes, norm, ifft), out)


def fft2(a, s=None, axes=(-2, -1), norm=None, out=None):
    return fftn(a, s, axes, norm, out)


def ifft2(a, s=None, axes=(-2, -1), norm=None, out=None):
    return ifftn(a, s, axes, norm, out)


def rfftn(a, s=None, axes=None, norm=None, out=None):
    a = np.asarray(a)
    s, axes = _cook_nd_args(a, s, axes)
    a = rfft(a, s[-1], axes[-1], norm)
    for ii in reversed(range(len(axes) - 1)):
        a = fft(a, s[ii], axes[ii], norm)
    return _out(a, out)


def irfftn(a, s=None, axes=None, norm=None, out=None):
    a = np.asarray(a)
    s, axes = _cook_nd_args(a, s, axes, invreal=True)
    for ii in range(len(axes) - 1):
        a = ifft(a, s[ii], axes[ii], norm)
    return _out(irfft(a, s[-1], axes[-1], norm), out)


def rfft2(a, s=None, axes=(-2, -1), norm=None, out=None):
    return rfftn(a, s, axes, norm, out)


def irfft2(a, s=None, axes=(-2, -1), norm=None, out=None):
    return irfftn(a, s, axes, norm, out)


def _check_integer(n):
    try:
        operator.index(n)
    except TypeError:
        raise ValueError("n should be an integer") from None


def fftfreq(n, d=1.0, device=None):
    _check_integer(n)
    val = 1.0 / (n * d)
    positive = (n - 1) // 2 + 1
    results = np.concatenate([np.arange(0, positive),
                              np.arange(-(n // 2), 0)]).astype(np.int64)
    return results * val


def rfftfreq(n, d=1.0, device=None):
    _check_integer(n)
    val = 1.0 / (n * d)
    return np.arange(0, n // 2 + 1) * val


def _shifts(x, axes, sign):
    if axes is None:
        axes = tuple(range(x.ndim))
        return [sign * (dim // 2) for dim in x.shape], axes
    if not isinstance(axes, (tuple, list)):
        return sign * (x.shape[axes] // 2), axes
    return [sign * (x.shape[ax] // 2) for ax in axes], axes


def fftshift(x, axes=None):
    x = np.asarray(x)
    shift, axes = _shifts(x, axes, 1)
    return np.roll(x, shift, axes)


def ifftshift(x, axes=None):
    x = np.asarray(x)
    shift, axes = _shifts(x, axes, -1)
    return np.roll(x, shift, axes)
