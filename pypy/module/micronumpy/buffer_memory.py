"""The memory of array buffers: malloc'ed, or, in the debug allocation mode
(PYPY_NUMPY_GUARD_PAGES=1 in the environment at start-up), each buffer in
a mapping of its own between two pages that can be neither read nor
written.  The buffer ends where the trailing guard page starts, so a read
or write one byte past its end faults at once (SIGSEGV) instead of
corrupting the heap; one that runs far enough below its start faults on
the leading guard page; and a buffer freed with munmap faults when used
afterwards.  Each buffer then costs at least three pages and a mapping (at
most vm.max_map_count of them: 65530 by default, a MemoryError beyond),
which is for testing only."""

import os

from rpython.rlib import jit, rgc, rmmap
from rpython.rlib.rawstorage import alloc_raw_storage, free_raw_storage, \
    RAW_STORAGE_PTR
from rpython.rtyper.lltypesystem import lltype, rffi
from rpython.translator.tool.cbuild import ExternalCompilationInfo

GUARD_PAGES_VARIABLE = 'PYPY_NUMPY_GUARD_PAGES'
PAGE = rmmap.PAGESIZE
PROT_NONE = 0
MAP_FAILED = -1

MMAN_H = ExternalCompilationInfo(includes=['sys/mman.h'])
# (rmmap's c_mmap_safe is annotated by the JIT's own allocator with a
# non-null hint: a NULL constant here changed that annotation late; rmmap
# has no mprotect, and its munmap's wrapper allocates a tuple, which
# RawBuffer's light finalizer may not)
c_mmap = rffi.llexternal(
    'mmap', [rffi.CCHARP, rffi.SIZE_T, rffi.INT, rffi.INT, rffi.INT,
             rffi.LONG], rffi.CCHARP,
    compilation_info=MMAN_H, releasegil=False, _nowrapper=True)
c_mprotect = rffi.llexternal(
    'mprotect', [rffi.CCHARP, rffi.SIZE_T, rffi.INT], rffi.INT,
    compilation_info=MMAN_H, releasegil=False, _nowrapper=True)
c_munmap = rffi.llexternal(
    'munmap', [rffi.CCHARP, rffi.SIZE_T], rffi.INT,
    compilation_info=MMAN_H, releasegil=False, _nowrapper=True)


class AllocationMode(object):
    # Set once, before any array exists (a plain field, not a
    # quasi-immutable one: RawBuffer's light finalizer reads it too)
    guard_pages = False


allocation_mode = AllocationMode()


def read_allocation_mode():
    """Called once at process start."""
    allocation_mode.guard_pages = os.environ.get(GUARD_PAGES_VARIABLE) == '1'


def alloc_buffer(nbytes, zero):
    """Memory for nbytes >= 1, zero-filled if `zero` (and always in the
    debug mode, as fresh mappings are).  Raises MemoryError."""
    if allocation_mode.guard_pages:
        return alloc_guarded(nbytes)
    # (alloc_raw_storage needs `zero` as a constant; it reports the bytes
    # to the GC as memory pressure, so that it collects dead arrays in time)
    if zero:
        return alloc_raw_storage(nbytes, track_allocation=False, zero=True)
    return alloc_raw_storage(nbytes, track_allocation=False, zero=False)


def free_buffer(storage, nbytes):
    """Frees what alloc_buffer(nbytes, ...) returned."""
    if allocation_mode.guard_pages:
        free_guarded(storage, nbytes)
    else:
        free_raw_storage(storage, track_allocation=False)


def data_pages_size(nbytes):
    return (nbytes + PAGE - 1) & ~(PAGE - 1)


@jit.dont_look_inside
def alloc_guarded(nbytes):
    data_size = data_pages_size(nbytes)
    size = data_size + 2 * PAGE
    region = c_mmap(lltype.nullptr(rffi.CCHARP.TO),
                    rffi.cast(rffi.SIZE_T, size),
                    rffi.cast(rffi.INT, PROT_NONE),
                    rffi.cast(rffi.INT, rmmap.MAP_PRIVATE |
                              rmmap.MAP_ANONYMOUS),
                    rffi.cast(rffi.INT, -1), rffi.cast(rffi.LONG, 0))
    start = rffi.cast(lltype.Signed, region)
    if start == MAP_FAILED:
        raise MemoryError
    data = rffi.cast(rffi.CCHARP, start + PAGE)
    readable = rffi.cast(rffi.INT, rmmap.PROT_READ | rmmap.PROT_WRITE)
    if rffi.cast(lltype.Signed, c_mprotect(
            data, rffi.cast(rffi.SIZE_T, data_size), readable)) != 0:
        c_munmap(region, rffi.cast(rffi.SIZE_T, size))
        raise MemoryError
    rgc.add_memory_pressure(size)
    # (ending at a page boundary, a buffer of n items of k bytes starts
    # aligned to the largest power of 2 dividing n * k: at least k's own)
    return rffi.cast(RAW_STORAGE_PTR, start + PAGE + data_size - nbytes)


@jit.dont_look_inside
def free_guarded(storage, nbytes):
    data_size = data_pages_size(nbytes)
    data_end = rffi.cast(lltype.Signed, storage) + nbytes
    region = rffi.cast(rffi.CCHARP, data_end - data_size - PAGE)
    c_munmap(region, rffi.cast(rffi.SIZE_T, data_size + 2 * PAGE))
