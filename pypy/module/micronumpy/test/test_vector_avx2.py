"""AVX2 in the x86 backend (patches/rpython/0015): vector loops on the
256-bit ymm registers where the CPU has AVX2, SSE's xmm elsewhere.

optimize_vector vectorizes a loop with the wide registers first; a loop
needing an operation with no ymm form in the backend (a cast, a pack, a
vector compare or guard, an accumulator) is vectorized again with the
narrow ones.  The instructions' encodings are checked against GNU as's
(the bytes below); the loops against every trip count in
test_vector_bounds.py, which runs both widths."""

import py
from rpython.jit.backend.x86 import rx86
from rpython.jit.metainterp.warmspot import get_stats
from rpython.rtyper.lltypesystem import lltype, rffi
from pypy.module.micronumpy.test import test_vector_bounds as bounds
from pypy.module.micronumpy.test.x86backend import X86MetaInterp


class CodeBuilder(rx86.X86_64_CodeBuilder):
    def __init__(self):
        self.bytes = []

    def writechar(self, char):
        self.bytes.append(char)

    def getvalue(self):
        return ''.join(self.bytes)


# (method, arguments, what GNU as assembles for it, its bytes)
ENCODINGS = [
    ('VMOVUPD_xa', (3, (2, 9, 3, 16)), 'vmovupd 16(%rdx,%r9,8), %ymm3',
     'c4a17d105cca10'),
    ('VMOVUPD_ax', ((10, 1, 0, 0), 12), 'vmovupd %ymm12, (%r10,%rcx,1)',
     'c4417d11240a'),
    ('VMOVUPS_xa', (0, (13, 0, 0, 300)), 'vmovups 300(%r13,%rax,1), %ymm0',
     'c4c17c1084052c010000'),
    ('VMOVDQU_xa', (8, (2, 3, 3, 0)), 'vmovdqu (%rdx,%rbx,8), %ymm8',
     'c57e6f04da'),
    ('VMOVDQU_ax', ((2, 3, 3, 0), 8), 'vmovdqu %ymm8, (%rdx,%rbx,8)',
     'c57e7f04da'),
    ('VMOVAPD_xx', (15, 0), 'vmovapd %ymm0, %ymm15', 'c57d28f8'),
    ('VADDPD_xx', (1, 9), 'vaddpd %ymm9, %ymm1, %ymm1', 'c4c17558c9'),
    ('VADDPD_xx', (11, 2), 'vaddpd %ymm2, %ymm11, %ymm11', 'c52558da'),
    ('VMULPS_xx', (4, 5), 'vmulps %ymm5, %ymm4, %ymm4', 'c5dc59e5'),
    ('VDIVPD_xa', (4, (1, 2, 3, 8)), 'vdivpd 8(%rcx,%rdx,8), %ymm4, %ymm4',
     'c5dd5e64d108'),
    ('VSUBPD_xm', (14, (12, 0)), 'vsubpd (%r12), %ymm14, %ymm14',
     'c4410d5c3424'),
    ('VPADDQ_xx', (3, 12), 'vpaddq %ymm12, %ymm3, %ymm3', 'c4c165d4dc'),
    ('VPSUBD_xx', (3, 4), 'vpsubd %ymm4, %ymm3, %ymm3', 'c5e5fadc'),
    ('VPXOR_xx', (7, 7), 'vpxor %ymm7, %ymm7, %ymm7', 'c5c5efff'),
    ('VPAND_xx', (8, 9), 'vpand %ymm9, %ymm8, %ymm8', 'c4413ddbc1'),
    ('VPMULLD_xx', (1, 10), 'vpmulld %ymm10, %ymm1, %ymm1', 'c4c27540ca'),
    ('VXORPD_xj', (2, 0x1000), 'vxorpd 0x1000, %ymm2, %ymm2',
     'c5ed57142500100000'),
    ('VBROADCASTSD_xx', (5, 5), 'vbroadcastsd %xmm5, %ymm5', 'c4e27d19ed'),
    ('VBROADCASTSD_xx', (12, 3), 'vbroadcastsd %xmm3, %ymm12', 'c4627d19e3'),
    ('VBROADCASTSS_xx', (1, 9), 'vbroadcastss %xmm9, %ymm1', 'c4c27d18c9'),
    ('VPBROADCASTQ_xx', (2, 2), 'vpbroadcastq %xmm2, %ymm2', 'c4e27d59d2'),
    ('VPBROADCASTD_xx', (10, 0), 'vpbroadcastd %xmm0, %ymm10', 'c4627d58d0'),
    ('VSQRTPD_xx', (3, 3), 'vsqrtpd %ymm3, %ymm3', 'c5fd51db'),
    ('VSQRTPD_xx', (9, 9), 'vsqrtpd %ymm9, %ymm9', 'c4417d51c9'),
    ('VSQRTPS_xx', (2, 2), 'vsqrtps %ymm2, %ymm2', 'c5fc51d2'),
    ('SQRTPD_xx', (10, 10), 'sqrtpd %xmm10, %xmm10', '66450f51d2'),
    ('SQRTPS_xx', (1, 1), 'sqrtps %xmm1, %xmm1', '0f51c9'),
    ('MAXPD_xx', (1, 9), 'maxpd %xmm9, %xmm1', '66410f5fc9'),
    ('MINPD_xx', (11, 2), 'minpd %xmm2, %xmm11', '66440f5dda'),
    ('MAXSD_xx', (4, 3), 'maxsd %xmm3, %xmm4', 'f20f5fe3'),
    ('MINSD_xx', (0, 12), 'minsd %xmm12, %xmm0', 'f2410f5dc4'),
    ('MAXPS_xx', (6, 5), 'maxps %xmm5, %xmm6', '0f5ff5'),
    ('MINPS_xx', (8, 7), 'minps %xmm7, %xmm8', '440f5dc7'),
    ('VMAXPD_xx', (1, 9), 'vmaxpd %ymm9, %ymm1, %ymm1', 'c4c1755fc9'),
    ('VMINPD_xx', (11, 2), 'vminpd %ymm2, %ymm11, %ymm11', 'c5255dda'),
    ('VMAXPS_xx', (4, 5), 'vmaxps %ymm5, %ymm4, %ymm4', 'c5dc5fe5'),
    ('VMINPS_xx', (6, 3), 'vminps %ymm3, %ymm6, %ymm6', 'c5cc5df3'),
    ('VZEROUPPER', (), 'vzeroupper', 'c5f877'),
]


def test_encodings_are_those_of_gnu_as():
    for method, args, assembly, expected in ENCODINGS:
        builder = CodeBuilder()
        getattr(builder, method)(*args)
        assert builder.getvalue().encode('hex') == expected, assembly


def vector_widths():
    """{vector operation name: set of its widths in bytes} over the loops
    compiled."""
    widths = {}
    for loop in get_stats().get_all_loops():
        for op in loop.operations:
            if op.getopname().startswith('vec_') and op.returns_vector():
                widths.setdefault(op.getopname(), set()).add(
                    op.bytesize * op.count)
    return widths


class TestWideLoops(X86MetaInterp):

    def setup_class(cls):
        from rpython.jit.backend.x86 import detect_feature
        if not detect_feature.detect_avx2():
            py.test.skip("no AVX2 on this CPU")
        X86MetaInterp.setup_class.im_func(cls)

    def widths(self, TP, op, vec_wide):
        res = self.meta_interp(bounds.make_main(TP, op), [0], vec=True,
                               vec_wide=vec_wide)
        assert res == 0, "size %d, item %d" % (res // 1000, res % 1000)
        return vector_widths()

    def test_float64_arithmetic_is_on_ymm_registers(self):
        widths = self.widths(rffi.DOUBLE, bounds.float64_op, 1)
        for name in ['vec_load_f', 'vec_float_add', 'vec_float_mul',
                     'vec_float_sub', 'vec_expand_f']:
            assert widths[name] == set([32]), name

    def test_float64_square_roots_are_on_ymm_registers(self):
        widths = self.widths(rffi.DOUBLE, bounds.float64_sqrt_op, 1)
        assert widths['vec_float_sqrt'] == set([32])

    def test_int64_arithmetic_is_on_ymm_registers(self):
        widths = self.widths(lltype.Signed, bounds.int64_op, 1)
        for name in ['vec_load_i', 'vec_int_add', 'vec_int_sub',
                     'vec_expand_i']:
            assert widths[name] == set([32]), name

    def test_int32_arithmetic_is_on_ymm_registers(self):
        # (its sign extensions to the items' own size are no-ops)
        widths = self.widths(rffi.INT, bounds.int32_op, 1)
        for name in ['vec_load_i', 'vec_int_mul', 'vec_int_add',
                     'vec_int_signext']:
            assert widths[name] == set([32]), name

    def test_a_cast_keeps_a_loop_on_xmm_registers(self):
        # float32 arithmetic widens to float64 and narrows back: the
        # casts have no ymm form here
        widths = self.widths(rffi.FLOAT, bounds.float32_op, 1)
        assert 'vec_cast_float_to_singlefloat' in widths
        for name, sizes in widths.items():
            assert max(sizes) <= 16, name

    def test_a_loop_vectorized_at_neither_width_runs_scalar(self):
        # the wide attempt needs an operation without a ymm form, the
        # narrow one gives up too: the loop is compiled from the copies
        # of its operations, with the loop info it came with (a
        # translated pypy-c crashed in compile_loop on the info of the
        # attempt)
        from rpython.jit.metainterp.optimizeopt import vector
        from rpython.jit.backend.x86.vector_ext import X86VectorExt

        def most_vectors_live(loop):
            # few in the wide attempt, too many in the narrow one
            for op in loop.operations:
                if op.returns_vector() and op.bytesize * op.count > 16:
                    return 0
            return vector.MAX_VECTORS_LIVE + 1
        saved = vector.most_vectors_live, \
            X86VectorExt.wide_vector_op_supported
        vector.most_vectors_live = most_vectors_live
        X86VectorExt.wide_vector_op_supported = lambda self, op: False
        try:
            res = self.meta_interp(bounds.make_main(rffi.DOUBLE,
                                                    bounds.float64_op),
                                   [0], vec=True, vec_wide=1)
        finally:
            vector.most_vectors_live, \
                X86VectorExt.wide_vector_op_supported = saved
        assert res == 0
        assert vector_widths() == {}

    def test_vec_wide_0_keeps_every_loop_on_xmm_registers(self):
        widths = self.widths(rffi.DOUBLE, bounds.float64_op, 0)
        assert widths['vec_float_add'] == set([16])
