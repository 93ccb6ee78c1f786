"""The real x86-64 backend in untranslated tests: the checks it needs and
the malloc it runs with."""

import py
from rpython.jit.metainterp.test.support import LLJitMixin
from rpython.rtyper.lltypesystem import lltype, llmemory, rffi


def skip_unless_x86_64_with_sse4_1():
    from rpython.jit.backend import detect_cpu
    if detect_cpu.autodetect() != detect_cpu.MODEL_X86_64:
        py.test.skip("x86-64 only")
    from rpython.jit.backend.x86 import detect_feature
    if not detect_feature.detect_sse4_1():
        py.test.skip("the x86 vector backend needs SSE4.1")


def use_libc_malloc():
    """The untranslated backend takes Boehm's malloc, whose headers need
    not be installed; loops that allocate nothing can have libc's.
    Returns the undo function."""
    from rpython.jit.backend.llsupport import gc as llgc
    if 'malloc_fn_ptr' in llgc.GcLLDescr_boehm.__dict__:
        return lambda: None
    llgc.GcLLDescr_boehm.malloc_fn_ptr = rffi.llexternal(
        'malloc', [lltype.Signed], llmemory.GCREF, _nowrapper=True)

    def undo():
        del llgc.GcLLDescr_boehm.malloc_fn_ptr
    return undo


class FakeStats(object):
    pass


class RealX86Backend(object):
    """Base of test classes that run the real x86-64 backend: skipped
    where it cannot run, libc's malloc while the class runs."""

    def setup_class(cls):
        skip_unless_x86_64_with_sse4_1()
        cls.undo_malloc = staticmethod(use_libc_malloc())

    def teardown_class(cls):
        if hasattr(cls, 'undo_malloc'):
            cls.undo_malloc()


class RealX86CPU(RealX86Backend):
    """Base of test classes that compile traces by hand: cls.cpu, set up
    once per class."""

    def setup_class(cls):
        from rpython.jit.backend.detect_cpu import getcpuclass
        RealX86Backend.setup_class.im_func(cls)
        cls.cpu = getcpuclass()(rtyper=None, stats=FakeStats())
        cls.cpu.setup_once()


def make_x86_cpu(*args, **kwds):
    from rpython.jit.backend.detect_cpu import getcpuclass
    cpu = getcpuclass()(*args, **kwds)
    # as under pypy-c's GC; without it optimizeopt does not peel the loop
    # and the vectorizer, which works on the peeled loop, never runs
    cpu.supports_guard_gc_type = True
    return cpu


class X86MetaInterp(RealX86Backend, LLJitMixin):
    """Base of test classes that run the meta-interpreter on the real
    x86-64 backend with pypy-c's optimizations (vectorizer included)."""
    CPUClass = staticmethod(make_x86_cpu)
    enable_opts = 'intbounds:rewrite:virtualize:string:earlyforce:pure:heap:unroll'
