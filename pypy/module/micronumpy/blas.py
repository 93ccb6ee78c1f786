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
# dpotrf_(uplo, n, a, lda, info, uplo's length): gfortran passes a
# character argument's length after the others
DPOTRF = funcptr([rffi.CCHARP, INTP, DP, INTP, INTP, rffi.SIZE_T],
                 lltype.Void)
CP = rffi.CCHARP
SIZE = rffi.SIZE_T
# dsyevd_(jobz, uplo, n, a, lda, w, work, lwork, iwork, liwork, info, 2
#         lengths)
DSYEVD = funcptr([CP, CP, INTP, DP, INTP, DP, DP, INTP, INTP, INTP, INTP,
                  SIZE, SIZE], lltype.Void)
# dgesdd_(jobz, m, n, a, lda, s, u, ldu, vt, ldvt, work, lwork, iwork, info,
#         jobz's length)
DGESDD = funcptr([CP, INTP, INTP, DP, INTP, DP, DP, INTP, DP, INTP, DP, INTP,
                  INTP, INTP, SIZE], lltype.Void)
# dgeev_(jobvl, jobvr, n, a, lda, wr, wi, vl, ldvl, vr, ldvr, work, lwork,
#        info, 2 lengths)
DGEEV = funcptr([CP, CP, INTP, DP, INTP, DP, DP, DP, INTP, DP, INTP, DP, INTP,
                 INTP, SIZE, SIZE], lltype.Void)

# dgelsd_(m, n, nrhs, a, lda, b, ldb, s, rcond, rank, work, lwork, iwork,
#         info)
DGELSD = funcptr([INTP, INTP, INTP, DP, INTP, DP, INTP, DP, DP, INTP, DP,
                  INTP, INTP, INTP], lltype.Void)
# dgeqrf_(m, n, a, lda, tau, work, lwork, info)
DGEQRF = funcptr([INTP, INTP, DP, INTP, DP, DP, INTP, INTP], lltype.Void)
# dorgqr_(m, n, k, a, lda, tau, work, lwork, info)
DORGQR = funcptr([INTP, INTP, INTP, DP, INTP, DP, DP, INTP, INTP],
                 lltype.Void)

SYMBOLS = [('dgemm', 'cblas_dgemm', DGEMM), ('sgemm', 'cblas_sgemm', SGEMM),
           ('dgemv', 'cblas_dgemv', DGEMV), ('sgemv', 'cblas_sgemv', SGEMV),
           ('ddot', 'cblas_ddot', DDOT), ('sdot', 'cblas_sdot', SDOT),
           ('dgesv', 'dgesv_', DGESV), ('dgetrf', 'dgetrf_', DGETRF),
           ('dpotrf', 'dpotrf_', DPOTRF), ('dsyevd', 'dsyevd_', DSYEVD),
           ('dgesdd', 'dgesdd_', DGESDD), ('dgeev', 'dgeev_', DGEEV),
           ('dgelsd', 'dgelsd_', DGELSD), ('dgeqrf', 'dgeqrf_', DGEQRF),
           ('dorgqr', 'dorgqr_', DORGQR)]
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

    @jit.dont_look_inside
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

    # LAPACK: float64 column-major matrices, factored or solved in place;
    # each returns LAPACK's INFO (0: done, > 0: singular or not positive
    # definite)

    @jit.dont_look_inside
    def gesv(self, n, nrhs, pa, pb):
        """Solve A X = B: A n x n (overwritten by its LU factors), B
        n x nrhs (overwritten by X)."""
        self.calls += 1
        ipiv = lltype.malloc(INTP.TO, max(n, 1), flavor='raw')
        ints = lltype.malloc(INTP.TO, 4, flavor='raw')
        ints[0] = rffi.cast(INT, n)
        ints[1] = rffi.cast(INT, nrhs)
        ints[2] = rffi.cast(INT, max(n, 1))     # lda, ldb
        self.dgesv(ints, rffi.ptradd(ints, 1), rffi.cast(DP, pa),
                   rffi.ptradd(ints, 2), ipiv, rffi.cast(DP, pb),
                   rffi.ptradd(ints, 2), rffi.ptradd(ints, 3))
        info = rffi.cast(lltype.Signed, ints[3])
        lltype.free(ints, flavor='raw')
        lltype.free(ipiv, flavor='raw')
        return info

    @jit.dont_look_inside
    def getrf(self, n, pa, ipiv):
        """LU factors of A (n x n) in place, the row swaps into ipiv (n
        1-based row numbers)."""
        self.calls += 1
        ints = lltype.malloc(INTP.TO, 3, flavor='raw')
        ints[0] = rffi.cast(INT, n)
        ints[1] = rffi.cast(INT, max(n, 1))
        self.dgetrf(ints, ints, rffi.cast(DP, pa), rffi.ptradd(ints, 1),
                    ipiv, rffi.ptradd(ints, 2))
        info = rffi.cast(lltype.Signed, ints[2])
        lltype.free(ints, flavor='raw')
        return info

    @jit.dont_look_inside
    def potrf_upper(self, n, pa):
        """Cholesky factor U of A = U^T U (n x n) in place, from and into
        the upper triangle; the lower one is left as it was."""
        self.calls += 1
        ints = lltype.malloc(INTP.TO, 3, flavor='raw')
        ints[0] = rffi.cast(INT, n)
        ints[1] = rffi.cast(INT, max(n, 1))
        with rffi.scoped_str2charp('U') as uplo:
            self.dpotrf(uplo, ints, rffi.cast(DP, pa), rffi.ptradd(ints, 1),
                        rffi.ptradd(ints, 2), rffi.cast(rffi.SIZE_T, 1))
        info = rffi.cast(lltype.Signed, ints[2])
        lltype.free(ints, flavor='raw')
        return info

    @jit.dont_look_inside
    def syevd(self, n, pa, pw):
        """Eigenvalues (ascending, into w) and eigenvectors (the columns of
        A, overwritten) of the symmetric A (n x n) from its upper
        triangle."""
        self.calls += 1
        # n, lda, lwork, liwork, info, iwork's size query
        ints = lltype.malloc(INTP.TO, 6, flavor='raw')
        ints[0] = rffi.cast(INT, n)
        ints[1] = rffi.cast(INT, max(n, 1))
        query = lltype.malloc(DP.TO, 1, flavor='raw')
        with rffi.scoped_str2charp('V') as jobz:
            with rffi.scoped_str2charp('U') as uplo:
                # a workspace query (sizes -1), then the computation
                ints[2] = rffi.cast(INT, -1)
                ints[3] = rffi.cast(INT, -1)
                self.dsyevd(jobz, uplo, ints, rffi.cast(DP, pa),
                            rffi.ptradd(ints, 1), rffi.cast(DP, pw), query,
                            rffi.ptradd(ints, 2), rffi.ptradd(ints, 5),
                            rffi.ptradd(ints, 3), rffi.ptradd(ints, 4),
                            rffi.cast(SIZE, 1), rffi.cast(SIZE, 1))
                lwork = max(int(query[0]), 1)
                liwork = max(rffi.cast(lltype.Signed, ints[5]), 1)
                work = lltype.malloc(DP.TO, lwork, flavor='raw')
                iwork = lltype.malloc(INTP.TO, liwork, flavor='raw')
                ints[2] = rffi.cast(INT, lwork)
                ints[3] = rffi.cast(INT, liwork)
                self.dsyevd(jobz, uplo, ints, rffi.cast(DP, pa),
                            rffi.ptradd(ints, 1), rffi.cast(DP, pw), work,
                            rffi.ptradd(ints, 2), iwork,
                            rffi.ptradd(ints, 3), rffi.ptradd(ints, 4),
                            rffi.cast(SIZE, 1), rffi.cast(SIZE, 1))
                lltype.free(iwork, flavor='raw')
                lltype.free(work, flavor='raw')
        info = rffi.cast(lltype.Signed, ints[4])
        lltype.free(query, flavor='raw')
        lltype.free(ints, flavor='raw')
        return info

    @jit.dont_look_inside
    def gesdd(self, job, m, n, pa, ps, pu, ldu, pvt, ldvt):
        """Singular values (descending, into s) of A (m x n, overwritten)
        and, by job 'A' (all) or 'S' (min(m, n)), its singular vectors:
        U's columns (leading dimension ldu), V^T's rows (ldvt); job 'N':
        the values only."""
        self.calls += 1
        # m, n, lda, ldu, ldvt, lwork, info
        ints = lltype.malloc(INTP.TO, 7, flavor='raw')
        ints[0] = rffi.cast(INT, m)
        ints[1] = rffi.cast(INT, n)
        ints[2] = rffi.cast(INT, max(m, 1))
        ints[3] = rffi.cast(INT, max(ldu, 1))
        ints[4] = rffi.cast(INT, max(ldvt, 1))
        iwork = lltype.malloc(INTP.TO, max(8 * min(m, n), 1), flavor='raw')
        query = lltype.malloc(DP.TO, 1, flavor='raw')
        with rffi.scoped_str2charp(job) as jobz:
            ints[5] = rffi.cast(INT, -1)
            self.dgesdd(jobz, ints, rffi.ptradd(ints, 1), rffi.cast(DP, pa),
                        rffi.ptradd(ints, 2), rffi.cast(DP, ps),
                        rffi.cast(DP, pu), rffi.ptradd(ints, 3),
                        rffi.cast(DP, pvt), rffi.ptradd(ints, 4), query,
                        rffi.ptradd(ints, 5), iwork, rffi.ptradd(ints, 6),
                        rffi.cast(SIZE, 1))
            lwork = max(int(query[0]), 1)
            work = lltype.malloc(DP.TO, lwork, flavor='raw')
            ints[5] = rffi.cast(INT, lwork)
            self.dgesdd(jobz, ints, rffi.ptradd(ints, 1), rffi.cast(DP, pa),
                        rffi.ptradd(ints, 2), rffi.cast(DP, ps),
                        rffi.cast(DP, pu), rffi.ptradd(ints, 3),
                        rffi.cast(DP, pvt), rffi.ptradd(ints, 4), work,
                        rffi.ptradd(ints, 5), iwork, rffi.ptradd(ints, 6),
                        rffi.cast(SIZE, 1))
            lltype.free(work, flavor='raw')
        info = rffi.cast(lltype.Signed, ints[6])
        lltype.free(query, flavor='raw')
        lltype.free(iwork, flavor='raw')
        lltype.free(ints, flavor='raw')
        return info

    @jit.dont_look_inside
    def geev(self, n, pa, pwr, pwi, pvr, vectors):
        """Eigenvalues (real parts into wr, imaginary ones into wi) of the
        general A (n x n, overwritten) and, with `vectors`, its right
        eigenvectors into vr (LAPACK's packing of conjugate pairs)."""
        self.calls += 1
        # n, lda and ldvr, ldvl, lwork, info
        ints = lltype.malloc(INTP.TO, 5, flavor='raw')
        ints[0] = rffi.cast(INT, n)
        ints[1] = rffi.cast(INT, max(n, 1))
        ints[2] = rffi.cast(INT, 1)
        query = lltype.malloc(DP.TO, 1, flavor='raw')
        with rffi.scoped_str2charp('N') as jobvl:
            with rffi.scoped_str2charp('V' if vectors else 'N') as jobvr:
                ints[3] = rffi.cast(INT, -1)
                self.dgeev(jobvl, jobvr, ints, rffi.cast(DP, pa),
                           rffi.ptradd(ints, 1), rffi.cast(DP, pwr),
                           rffi.cast(DP, pwi), query, rffi.ptradd(ints, 2),
                           rffi.cast(DP, pvr), rffi.ptradd(ints, 1), query,
                           rffi.ptradd(ints, 3), rffi.ptradd(ints, 4),
                           rffi.cast(SIZE, 1), rffi.cast(SIZE, 1))
                lwork = max(int(query[0]), 1)
                work = lltype.malloc(DP.TO, lwork, flavor='raw')
                ints[3] = rffi.cast(INT, lwork)
                self.dgeev(jobvl, jobvr, ints, rffi.cast(DP, pa),
                           rffi.ptradd(ints, 1), rffi.cast(DP, pwr),
                           rffi.cast(DP, pwi), query, rffi.ptradd(ints, 2),
                           rffi.cast(DP, pvr), rffi.ptradd(ints, 1), work,
                           rffi.ptradd(ints, 3), rffi.ptradd(ints, 4),
                           rffi.cast(SIZE, 1), rffi.cast(SIZE, 1))
                lltype.free(work, flavor='raw')
        info = rffi.cast(lltype.Signed, ints[4])
        lltype.free(query, flavor='raw')
        lltype.free(ints, flavor='raw')
        return info

    @jit.dont_look_inside
    def gelsd(self, m, n, nrhs, pa, pb, ldb, ps, rcond):
        """The least-squares solutions X (n x nrhs) of A X = B through A's
        SVD: A m x n (overwritten), B ldb x nrhs (ldb >= max(m, n); X in
        its first n rows, the residual components in rows n to m), the
        singular values (descending) into s; those at most rcond times the
        largest count as zero. Returns (INFO, A's effective rank)."""
        self.calls += 1
        # m, n, nrhs, lda, ldb, rank, lwork, info, iwork's size query
        ints = lltype.malloc(INTP.TO, 9, flavor='raw')
        ints[0] = rffi.cast(INT, m)
        ints[1] = rffi.cast(INT, n)
        ints[2] = rffi.cast(INT, nrhs)
        ints[3] = rffi.cast(INT, max(m, 1))
        ints[4] = rffi.cast(INT, ldb)
        doubles = lltype.malloc(DP.TO, 2, flavor='raw')    # rcond, query
        doubles[0] = rcond
        ints[6] = rffi.cast(INT, -1)
        self.dgelsd(ints, rffi.ptradd(ints, 1), rffi.ptradd(ints, 2),
                    rffi.cast(DP, pa), rffi.ptradd(ints, 3),
                    rffi.cast(DP, pb), rffi.ptradd(ints, 4),
                    rffi.cast(DP, ps), doubles, rffi.ptradd(ints, 5),
                    rffi.ptradd(doubles, 1), rffi.ptradd(ints, 6),
                    rffi.ptradd(ints, 8), rffi.ptradd(ints, 7))
        lwork = max(int(doubles[1]), 1)
        liwork = max(rffi.cast(lltype.Signed, ints[8]), 1)
        work = lltype.malloc(DP.TO, lwork, flavor='raw')
        iwork = lltype.malloc(INTP.TO, liwork, flavor='raw')
        ints[6] = rffi.cast(INT, lwork)
        self.dgelsd(ints, rffi.ptradd(ints, 1), rffi.ptradd(ints, 2),
                    rffi.cast(DP, pa), rffi.ptradd(ints, 3),
                    rffi.cast(DP, pb), rffi.ptradd(ints, 4),
                    rffi.cast(DP, ps), doubles, rffi.ptradd(ints, 5), work,
                    rffi.ptradd(ints, 6), iwork, rffi.ptradd(ints, 7))
        lltype.free(iwork, flavor='raw')
        lltype.free(work, flavor='raw')
        info = rffi.cast(lltype.Signed, ints[7])
        rank = rffi.cast(lltype.Signed, ints[5])
        lltype.free(doubles, flavor='raw')
        lltype.free(ints, flavor='raw')
        return info, rank

    @jit.dont_look_inside
    def geqrf(self, m, n, pa, ptau):
        """The QR factorization of A (m x n) in place: R in the upper
        triangle, the Householder reflectors below it with their factors
        in tau (min(m, n))."""
        self.calls += 1
        # m, n, lda, lwork, info
        ints = lltype.malloc(INTP.TO, 5, flavor='raw')
        ints[0] = rffi.cast(INT, m)
        ints[1] = rffi.cast(INT, n)
        ints[2] = rffi.cast(INT, max(m, 1))
        query = lltype.malloc(DP.TO, 1, flavor='raw')
        ints[3] = rffi.cast(INT, -1)
        self.dgeqrf(ints, rffi.ptradd(ints, 1), rffi.cast(DP, pa),
                    rffi.ptradd(ints, 2), rffi.cast(DP, ptau), query,
                    rffi.ptradd(ints, 3), rffi.ptradd(ints, 4))
        lwork = max(int(query[0]), 1)
        work = lltype.malloc(DP.TO, lwork, flavor='raw')
        ints[3] = rffi.cast(INT, lwork)
        self.dgeqrf(ints, rffi.ptradd(ints, 1), rffi.cast(DP, pa),
                    rffi.ptradd(ints, 2), rffi.cast(DP, ptau), work,
                    rffi.ptradd(ints, 3), rffi.ptradd(ints, 4))
        lltype.free(work, flavor='raw')
        info = rffi.cast(lltype.Signed, ints[4])
        lltype.free(query, flavor='raw')
        lltype.free(ints, flavor='raw')
        return info

    @jit.dont_look_inside
    def orgqr(self, m, n, k, pa, ptau):
        """The first n columns of Q (m x m) from the k reflectors geqrf
        left in A's first k columns and tau, into A (m x n)."""
        self.calls += 1
        # m, n, k, lda, lwork, info
        ints = lltype.malloc(INTP.TO, 6, flavor='raw')
        ints[0] = rffi.cast(INT, m)
        ints[1] = rffi.cast(INT, n)
        ints[2] = rffi.cast(INT, k)
        ints[3] = rffi.cast(INT, max(m, 1))
        query = lltype.malloc(DP.TO, 1, flavor='raw')
        ints[4] = rffi.cast(INT, -1)
        self.dorgqr(ints, rffi.ptradd(ints, 1), rffi.ptradd(ints, 2),
                    rffi.cast(DP, pa), rffi.ptradd(ints, 3),
                    rffi.cast(DP, ptau), query, rffi.ptradd(ints, 4),
                    rffi.ptradd(ints, 5))
        lwork = max(int(query[0]), 1)
        work = lltype.malloc(DP.TO, lwork, flavor='raw')
        ints[4] = rffi.cast(INT, lwork)
        self.dorgqr(ints, rffi.ptradd(ints, 1), rffi.ptradd(ints, 2),
                    rffi.cast(DP, pa), rffi.ptradd(ints, 3),
                    rffi.cast(DP, ptau), work, rffi.ptradd(ints, 4),
                    rffi.ptradd(ints, 5))
        lltype.free(work, flavor='raw')
        info = rffi.cast(lltype.Signed, ints[5])
        lltype.free(query, flavor='raw')
        lltype.free(ints, flavor='raw')
        return info


openblas = OpenBlas()
