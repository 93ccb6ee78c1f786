"""Array operations on buffers whose sizes end around a page boundary
(4096 bytes), run by test_buffer_memory_safety.py: with
PYPY_NUMPY_GUARD_PAGES=1, where an access one byte past a buffer faults, and
under valgrind.  Prints a digest of each result.
    page_boundary_arrays.py [SIZE...]   (sizes in elements)"""

import sys

import numpy as np

SIZES = [int(arg) for arg in sys.argv[1:]] or [1, 511, 512, 513, 4095, 4096,
                                                4097]
DTYPES = [np.bool_, np.int8, np.int16, np.int32, np.int64, np.float32,
          np.float64, np.complex128]


def show(name, a):
    a = np.asarray(a)
    if a.dtype.kind == 'c':
        total = complex(a.sum()) if a.size else 0j
    elif a.dtype.kind == 'f':
        total = float(a.astype(np.float64).sum())
    else:
        total = int(a.astype(np.int64).sum())
    print(name, a.shape, a.dtype, repr(total))


def creation(n, dt):
    show('zeros', np.zeros(n, dt))
    show('ones', np.ones(n, dt))
    show('full', np.full(n, 3, dt))
    show('empty', np.empty(n, dt).shape)
    show('arange', (np.arange(n) % 100).astype(dt))
    show('array', np.array([1] * n, dt))
    show('linspace', np.linspace(0, 1, n))
    show('copy', np.ones(n, dt).copy())


def arithmetic(a, b):
    show('add', a + b)
    show('sub', a - b)
    show('mul', a * b)
    show('neg', -a)
    show('abs', abs(a))
    show('div', a / (b + 1))
    show('scalar', a * 2 + 1)
    show('compare', a > b)
    show('sqrt', np.sqrt(abs(a)))
    if a.dtype.kind in 'iu':
        show('floordiv', a // (b + 1))
        show('mod', a % (b + 1))


def broadcasting(a, n):
    column = np.arange(3, dtype=a.dtype).reshape(3, 1)
    show('row+column', a.reshape(1, n) + column)
    show('scalar array', a + np.array(1, dtype=a.dtype))
    m = min(n, 7)
    show('outer', a[:m].reshape(m, 1) * a[:m].reshape(1, m))


def reductions(a, n):
    show('sum', a.sum())
    show('min', a.min())
    show('max', a.max())
    show('argmin', a.argmin())
    show('argmax', a.argmax())
    show('any', a.any())
    show('all', a.all())
    show('mean', a.mean())
    show('cumsum', np.cumsum(a))
    m = np.tile(a, 3).reshape(3, n)
    show('sum axis 0', m.sum(axis=0))
    show('sum axis 1', m.sum(axis=1))
    show('max axis 0', m.max(axis=0))


def indexing(a, n):
    show('first', a[0])
    show('last', a[-1])
    show('middle', a[n // 2])
    show('tail', a[1:])
    show('head', a[:-1])
    show('step', a[::2])
    show('reversed', a[::-1])
    show('end slice', a[n - 1:])
    c = a.copy()
    c[-1] = 5
    c[0] = 7
    c[n // 2:] = 1
    show('setitem', c)


def masks(a, n):
    mask = a > a[n // 2]
    show('mask', a[mask])
    show('where', np.where(mask, a, a + a))
    c = a.copy()
    c[mask] = 0
    show('mask setitem', c)
    show('nonzero', np.nonzero(mask)[0])


def fancy(a, n):
    show('take ends', a[[0, n - 1, -1]])
    order = np.arange(n)[::-1]
    show('take reversed', a[order])
    c = a.copy()
    c[order] = a
    show('put reversed', c)
    show('np.take', np.take(a, [n - 1, 0]))


def joins(a):
    show('concatenate', np.concatenate([a, a[:1], a]))
    show('tile', np.tile(a, 2))
    show('tile 2d', np.tile(a[:3], (2, 2)))


def sorting(a):
    show('sort', np.sort(a[::-1]))
    show('argsort', np.argsort(a[::-1]))
    c = a[::-1].copy()
    c.sort()
    show('sort method', c)


def casts(a):
    for dt in DTYPES:
        if a.dtype.kind == 'c' and dt().dtype.kind != 'c':
            show('cast real', a.real.astype(dt))
        else:
            show('cast', a.astype(dt))


def inplace(a, b):
    c = a.copy()
    c += b
    c *= b
    c -= b
    show('in-place', c)
    if a.dtype.kind in 'iu':
        c //= b + 1
        c %= b + 3
        c <<= 1
        show('in-place int', c)
    elif a.dtype.kind in 'fc':
        c /= b + 1
        show('in-place true div', c)


def main():
    for n in SIZES:
        for dt in DTYPES:
            print('== n', n, np.dtype(dt))
            creation(n, dt)
            a = (np.arange(n) % 13).astype(dt)
            b = (np.arange(n)[::-1] % 5).astype(dt)
            if a.dtype.kind != 'b':
                arithmetic(a, b)
                broadcasting(a, n)
                inplace(a, b)
            reductions(a, n)
            indexing(a, n)
            masks(a, n)
            fancy(a, n)
            joins(a)
            if a.dtype.kind != 'c':
                sorting(a)
            casts(a)


main()
