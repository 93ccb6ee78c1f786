"""OpenBLAS (CBLAS and LAPACK in one library), loaded at run time.

tools/bootstrap.sh puts Debian's libopenblas.so.0 and the Fortran runtime
it links into <prefix>/lib (prefix as for lib-python, see
pypy/module/sys/prefix.py); $PYPY_NUMPY_BLAS_DIR names another folder
(an empty or wrong one disables BLAS). The dependencies are dlopened first
by path, so that the dynamic loader finds them already loaded by their
sonames: no LD_LIBRARY_PATH and no system install. When anything is
missing, `openblas.available` stays False and the callers use their own
loops. The calls go through function pointers taken with dlsym; for the JIT
they are residual calls of whole-array operations."""

import os
from rpython.rlib import jit, rdynload
from rpython.rlib.rarithmetic import r_singlefloat
from rpython.rlib.unroll import unrolling_iterable
from rpython.rtyper.lltypesystem import lltype, rffi

ENV_DIR = 'PYPY_NUMPY_BLAS_DIR'
# dependencies before the libraries that need them
LIB_FILES = ['libquadmath.so.0', 'libgfortran.so.5', 'libopenblas.so.0']

# CBLAS enums
ROW_MAJOR = 101
NO_TRANS = 111
TRANS = 112

INT = rffi.INT
INTP = rffi.INTP
DP = rffi.DOUBLEP
FP = rffi.FLOATP


def funcptr(args, result):
    return lltype.Ptr(lltype.FuncType(args, result))

# cblas_?gemm(order, transa, transb, m, n, k, alpha, a, lda, b, ldb, beta,
#             c, ldc): c = alpha a b + beta c
DGEMM = funcptr([INT, INT, INT, INT, INT, INT, rffi.DOUBLE, DP, INT, DP, INT,
                 rffi.DOUBLE, DP, INT], lltype.Void)
SGEMM = funcptr([INT, INT, INT, INT, INT, INT, rffi.FLOAT, FP, INT, FP, INT,
                 rffi.FLOAT, FP, INT], lltype.Void)
# cblas_?gemv(order, trans, m, n, alpha, a, lda, x, incx, beta, y, incy)
DGEMV = funcptr([INT, INT, INT, INT, rffi.DOUBLE, DP, INT, DP, INT,
                 rffi.DOUBLE, DP, INT], lltype.Void)
SGEMV = funcptr([INT, INT, INT, INT, rffi.FLOAT, FP, INT, FP, INT,
                 rffi.FLOAT, FP, INT], lltype.Void)
# cblas_?dot(n, x, incx, y, incy)
DDOT = funcptr([INT, DP, INT, DP, INT], rffi.DOUBLE)
SDOT = funcptr([INT, FP, INT, FP, INT], rffi.FLOAT)
# LAPACK's Fortran interface: every argument by reference, column-major
# matrices, INFO last. dgesv_(n, nrhs, a, lda, ipiv, b, ldb, info)
DGESV = funcptr([INTP, INTP, DP, INTP, INTP, DP, INTP, INTP], lltype.Void)
# dgetrf_(m, n, a, lda, ipiv, info)
DGETRF = funcptr([INTP, INTP, DP, INTP, INTP, INTP], lltype.Void)

SYMBOLS = [('dgemm', 'cblas_dgemm', DGEMM), ('sgemm', 'cblas_sgemm', SGEMM),
           ('dgemv', 'cblas_dgemv', DGEMV), ('sgemv', 'cblas_sgemv', SGEMV),
           ('ddot', 'cblas_ddot', DDOT), ('sdot', 'cblas_sdot', SDOT),
           ('dgesv', 'dgesv_', DGESV), ('dgetrf', 'dgetrf_', DGETRF)]
unrolling_symbols = unrolling_iterable(SYMBOLS)


def lib_directory():
    directory = os.environ.get(ENV_DIR)
    if directory is not None:
        return directory
    from pypy.module.sys.prefix import executable_path, find_prefix
    prefix = find_prefix(executable_path())
    if not prefix:
        return ''
    return prefix + '/lib'


def dlopen_path(path):
    with rffi.scoped_str2charp(path) as p:
        return rdynload.dlopen(p)


def dlsym_name(handle, name):
    with rffi.scoped_str2charp(name) as p:
        return rdynload.dlsym(handle, p)


class OpenBlas(object):
    def __init__(self):
        self.tried = False
        self.available = False
        # BLAS/LAPACK calls made so far: tests check that a path took them
        self.calls = 0
        self.clear()

    def clear(self):
        for attr, _, FUNC in unrolling_symbols:
            setattr(self, attr, lltype.nullptr(FUNC.TO))

    def load(self, directory):
        """Open the library in `directory`; False (and nothing set) when
        a file or a symbol is missing."""
        self.tried = True
        if not directory:
            return False
        handle = lltype.nullptr(rffi.VOIDP.TO)
        try:
            for name in LIB_FILES:
                handle = dlopen_path(directory + '/' + name)
            for attr, symbol, FUNC in unrolling_symbols:
                setattr(self, attr, rffi.cast(FUNC, dlsym_name(handle, symbol)))
        except (rdynload.DLOpenError, KeyError):
            self.clear()
            return False
        self.available = True
        return True

    def ready(self):
        """Whether BLAS can be called (loading it on first use)."""
        if not self.tried:
            self.load(lib_directory())
        return self.available

    @jit.dont_look_inside
    def gemm(self, double, trans_a, trans_b, m, n, k, pa, lda, pb, ldb, pc,
             ldc):
        """C (m x n, row-major, leading dimension ldc) = op(A) op(B), with
        op(A) m x k and op(B) k x n; `double` picks float64 over float32."""
        self.calls += 1
        ta = rffi.cast(INT, TRANS if trans_a else NO_TRANS)
        tb = rffi.cast(INT, TRANS if trans_b else NO_TRANS)
        if double:
            self.dgemm(rffi.cast(INT, ROW_MAJOR), ta, tb, rffi.cast(INT, m),
                       rffi.cast(INT, n), rffi.cast(INT, k), 1.0,
                       rffi.cast(DP, pa), rffi.cast(INT, lda),
                       rffi.cast(DP, pb), rffi.cast(INT, ldb), 0.0,
                       rffi.cast(DP, pc), rffi.cast(INT, ldc))
        else:
            self.sgemm(rffi.cast(INT, ROW_MAJOR), ta, tb, rffi.cast(INT, m),
                       rffi.cast(INT, n), rffi.cast(INT, k),
                       r_singlefloat(1.0),
                       rffi.cast(FP, pa), rffi.cast(INT, lda),
                       rffi.cast(FP, pb), rffi.cast(INT, ldb),
                       r_singlefloat(0.0),
                       rffi.cast(FP, pc), rffi.cast(INT, ldc))

    @jit.dont_look_inside
    def gemv(self, double, trans, m, n, pa, lda, px, incx, py):
        """y (contiguous) = op(A) x, A m x n row-major (leading dimension
        lda), op(A) = A or its transpose."""
        self.calls += 1
        t = rffi.cast(INT, TRANS if trans else NO_TRANS)
        if double:
            self.dgemv(rffi.cast(INT, ROW_MAJOR), t, rffi.cast(INT, m),
                       rffi.cast(INT, n), 1.0, rffi.cast(DP, pa),
                       rffi.cast(INT, lda), rffi.cast(DP, px),
                       rffi.cast(INT, incx), 0.0, rffi.cast(DP, py),
                       rffi.cast(INT, 1))
        else:
            self.sgemv(rffi.cast(INT, ROW_MAJOR), t, rffi.cast(INT, m),
                       rffi.cast(INT, n), r_singlefloat(1.0),
                       rffi.cast(FP, pa), rffi.cast(INT, lda),
                       rffi.cast(FP, px), rffi.cast(INT, incx),
                       r_singlefloat(0.0), rffi.cast(FP, py),
                       rffi.cast(INT, 1))

    @jit.dont_look_inside
    def dot(self, double, n, px, incx, py, incy):
        self.calls += 1
        if double:
            return float(self.ddot(rffi.cast(INT, n), rffi.cast(DP, px),
                                   rffi.cast(INT, incx), rffi.cast(DP, py),
                                   rffi.cast(INT, incy)))
        return float(self.sdot(rffi.cast(INT, n), rffi.cast(FP, px),
                               rffi.cast(INT, incx), rffi.cast(FP, py),
                               rffi.cast(INT, incy)))


openblas = OpenBlas()
