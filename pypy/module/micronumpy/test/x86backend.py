"""The real x86-64 backend in untranslated tests: the checks it needs and
the malloc it runs with."""

import py
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


class RealX86CPU(object):
    """Base of test classes that compile traces with the real x86-64
    backend: cls.cpu, set up once per class."""

    def setup_class(cls):
        from rpython.jit.backend.detect_cpu import getcpuclass
        skip_unless_x86_64_with_sse4_1()
        cls.undo_malloc = staticmethod(use_libc_malloc())
        cls.cpu = getcpuclass()(rtyper=None, stats=FakeStats())
        cls.cpu.setup_once()

    def teardown_class(cls):
        if hasattr(cls, 'undo_malloc'):
            cls.undo_malloc()
