"""The memory of array buffers: where it comes from (malloc, kept by glibc
once freed, huge pages for big ones), when the GC learns of it (memory
pressure, minor collections that free young buffers), and the debug
allocation mode.

Buffers are malloc'ed, or, in the debug allocation mode
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
from rpython.rlib.objectmodel import we_are_translated, specialize
from rpython.rlib.unroll import unrolling_iterable
from rpython.rlib.rawstorage import RAW_STORAGE, RAW_STORAGE_PTR
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


# Like NumPy: advise huge pages for big buffers, whose first-touch page
# faults otherwise cost more than the arithmetic (calloc hands out fresh
# mmap'd memory, so the advice comes before any page is touched).
MADVISE_THRESHOLD = 4 * 1024 * 1024
HUGE_PAGE = 2 * 1024 * 1024
MADV_HUGEPAGE = 14
c_madvise = rffi.llexternal(
    'madvise', [rffi.CCHARP, rffi.SIZE_T, rffi.INT], rffi.INT,
    compilation_info=MMAN_H, releasegil=False, _nowrapper=True)


# glibc returns freed memory at the top of its heap to the kernel once more
# than M_TRIM_THRESHOLD is free there, and serves big requests by mmap.
# Array buffers are freed in batches by the GC (RawBuffer.__del__), so
# with the defaults each batch is given back and the next results land on
# fresh pages the kernel must clear (a page fault per 4 KB).  Kept, the
# freed memory serves the next arrays of a loop on pages already mapped.
M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
KEPT_FREE_BYTES = 1 << 30
MMAP_THRESHOLD_MAX = 32 * 1024 * 1024   # the largest glibc accepts (64-bit)
c_mallopt = rffi.llexternal(
    'mallopt', [rffi.INT, rffi.INT], rffi.INT,
    compilation_info=ExternalCompilationInfo(includes=['malloc.h']),
    releasegil=False, _nowrapper=True)


def keep_freed_memory():
    """Called once at process start."""
    if not we_are_translated():
        return      # (the host's own malloc)
    c_mallopt(rffi.cast(rffi.INT, M_MMAP_THRESHOLD),
              rffi.cast(rffi.INT, MMAP_THRESHOLD_MAX))
    c_mallopt(rffi.cast(rffi.INT, M_TRIM_THRESHOLD),
              rffi.cast(rffi.INT, KEPT_FREE_BYTES))


def advise_huge_pages(storage, nbytes):
    if nbytes < MADVISE_THRESHOLD or not we_are_translated():
        return
    address = rffi.cast(lltype.Signed, storage)
    aligned = (address + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1)
    length = (address + nbytes - aligned) & ~(HUGE_PAGE - 1)
    if length > 0:
        c_madvise(rffi.cast(rffi.CCHARP, aligned),
                  rffi.cast(rffi.SIZE_T, length),
                  rffi.cast(rffi.INT, MADV_HUGEPAGE))


class AllocationMode(object):
    # Set once, before any array exists (a plain field, not a
    # quasi-immutable one: RawBuffer's light finalizer reads it too)
    guard_pages = False


allocation_mode = AllocationMode()


def read_allocation_mode():
    """Called once at process start."""
    allocation_mode.guard_pages = os.environ.get(GUARD_PAGES_VARIABLE) == '1'


# How buffers are reclaimed.  Arrays mostly die young, and a minor
# collection frees the buffers of dead young arrays (RawBuffer.__del__ is a
# light finalizer).  The GC alone runs one when its nursery is full of
# objects, after tens of MB of buffers have gone by: each result then lands
# on memory that left the caches long ago, and a cached 80 KB copy runs at
# a third of its speed.  So new_buffer runs a minor collection after every
# YOUNG_BUFFER_BYTES of new buffers, which hands the same memory (through
# malloc's free lists) to the next results while it is still cached.  It
# runs it before it makes the RawBuffer: a RawBuffer alive during a minor
# collection becomes old, and an old one is freed only by a major
# collection (a collection inside RawBuffer's constructor kept every
# buffer that triggered one: a loop of `c = a + b` at 10^5 grew the heap
# to 1 GB).
#
# Only the buffers that outlive such a collection are reported to the GC
# as memory pressure (which brings the next major collection closer): a
# buffer freed young needs no major collection, and reporting every new
# buffer, as rawstorage does, ran a major collection (the whole heap
# marked) after every 32 MB of short-lived results.  They are reported
# once OLD_BUFFER_SLACK of them have gathered, or at once in a loop of big
# buffers (from LARGE_BUFFER_BYTES): the GC's heap is small (about 2 MB),
# so each 800 KB survivor reported at once started a major collection (in
# `c = a + b` at 10^5, 22% of the time went to marking and sweeping),
# while dead 8 MB buffers kept for long made the next ones land on memory
# the caches had lost (a copy of 10^6 float64 a third slower).  (In such a
# loop the result being computed at a young collection is alive, so one
# buffer in YOUNG_BUFFERS survives, and the node that computed it is old:
# only a major collection frees it.)
#
# The collection comes after YOUNG_BUFFERS results of the size being made
# (at least YOUNG_BUFFER_BYTES, at most YOUNG_BYTES_MAX): a result alive
# at a collection (the previous one, in a loop) becomes old, so a
# collection every second result of 800 KB left half of them to a major
# collection, each on memory the caches had lost.
YOUNG_BUFFER_BYTES = 1 << 20
YOUNG_BUFFERS = 4
YOUNG_BYTES_MAX = 32 << 20
OLD_BUFFER_SLACK = 16 << 20
LARGE_BUFFER_BYTES = 4 << 20


class BufferBytes(object):
    """Byte counts of the buffers alloc_buffer made (one instance)."""
    live = 0                    # not yet freed
    live_after_collection = 0   # `live` after the last young collection
    since_collection = 0        # allocated since that collection
    unreported = 0              # grown since the last memory pressure


buffer_bytes = BufferBytes()


def before_new_buffer(nbytes):
    """Called before a RawBuffer of nbytes is made (see above)."""
    buffer_bytes.since_collection += nbytes
    limit = min(max(YOUNG_BUFFER_BYTES, YOUNG_BUFFERS * nbytes),
                YOUNG_BYTES_MAX)
    if buffer_bytes.since_collection > limit:
        collect_young_buffers(nbytes)


@jit.dont_look_inside
def collect_young_buffers(nbytes):
    buffer_bytes.since_collection = 0
    if we_are_translated():     # (the host's gc.collect is no minor one)
        rgc.collect(0)
    # the growth of the live buffers since the last such collection: those
    # that survived one
    grown = buffer_bytes.live - buffer_bytes.live_after_collection
    buffer_bytes.live_after_collection = buffer_bytes.live
    if nbytes > YOUNG_BYTES_MAX // YOUNG_BUFFERS:
        # a buffer this big triggers the next collection too, alive: it
        # counts now, as a loop of huge results must not wait for it
        grown += nbytes
        buffer_bytes.live_after_collection += nbytes
    if grown > 0:
        buffer_bytes.unreported += grown
    if buffer_bytes.unreported > OLD_BUFFER_SLACK or \
            buffer_bytes.unreported > 0 and nbytes >= LARGE_BUFFER_BYTES:
        rgc.add_memory_pressure(buffer_bytes.unreported)
        buffer_bytes.unreported = 0


# Buffers of dead arrays are kept for the next arrays of the same size: a
# loop making a temporary per iteration then writes each result into the
# memory of one that died a few iterations before, still mapped and
# mostly still cached, without a trip through malloc (whose free lists
# would serve it too, but from wherever they hold a chunk of that size).
# Of the buffers freed, the KEPT_SLOTS most recently allocated are kept,
# at most KEPT_BYTES_MAX of them (from KEPT_BYTES_MIN each: smaller ones
# are cheap to malloc), and the most recently allocated serves first: the
# last written, it is the one most likely still in the caches.  (A young
# collection frees a loop's dead results together, the newest first:
# kept in the order they were freed, the oldest, coldest ones served
# first, and at 10^4 float64 `c = a + b` wrote each result into memory
# the L2 cache had lost.)  buffer_counts tells the tests
# (numpy._core._buffer_counts()) how many allocations reused one.
KEPT_SLOTS = 8
KEPT_BYTES_MIN = 4096
KEPT_BYTES_MAX = 64 << 20

c_memset = rffi.llexternal(
    'memset', [RAW_STORAGE_PTR, rffi.INT, rffi.SIZE_T], RAW_STORAGE_PTR,
    compilation_info=ExternalCompilationInfo(includes=['string.h']),
    releasegil=False, _nowrapper=True)


class BufferCounts(object):
    """Allocations of KEPT_BYTES_MIN or more, and those of them that
    reused a kept buffer (one instance)."""
    allocations = 0
    reused = 0


buffer_counts = BufferCounts()


class KeptBuffers(object):
    """The kept buffers (one instance): slot i holds `storage_i`, its size
    `nbytes_i` (0: empty) and `stamp_i`, its allocation_stamp.  Fields,
    not lists: RawBuffer's light finalizer keeps buffers, and may read and
    write only fields of raw values."""
    nbytes_total = 0
    allocations = 0             # the last allocation_stamp

    def __init__(self):
        for i, storage, nbytes, stamp in SLOTS:
            setattr(self, storage, lltype.nullptr(RAW_STORAGE))
            setattr(self, nbytes, 0)
            setattr(self, stamp, 0)


# (index, and the names of its fields) per slot
SLOTS = unrolling_iterable([
    (i, 'storage_%d' % i, 'nbytes_%d' % i, 'stamp_%d' % i)
    for i in range(KEPT_SLOTS)])
kept_buffers = KeptBuffers()


def allocation_stamp():
    """A number for a new buffer, greater than those of the buffers made
    before it (RawBuffer keeps it for free_buffer)."""
    kept_buffers.allocations += 1
    return kept_buffers.allocations


@jit.dont_look_inside
def take_kept_buffer(nbytes):
    """The most recently allocated kept buffer of exactly nbytes, or
    NULL."""
    if nbytes < KEPT_BYTES_MIN:
        return lltype.nullptr(RAW_STORAGE)
    buffer_counts.allocations += 1
    kept = kept_buffers
    found = -1
    found_stamp = 0
    for i, storage, size, stamp in SLOTS:
        if getattr(kept, size) == nbytes and \
                getattr(kept, stamp) > found_stamp:
            found = i
            found_stamp = getattr(kept, stamp)
    result = lltype.nullptr(RAW_STORAGE)
    for i, storage, size, stamp in SLOTS:
        if i == found:
            result = getattr(kept, storage)
            empty_slot(kept, storage, size)
            buffer_counts.reused += 1
    return result


def keep_buffer(buffer_storage, nbytes, allocated_at):
    """Keeps a freed buffer (of allocation_stamp allocated_at) if it may
    serve a later allocation; False if the caller is to free it.  The
    least recently allocated kept go to make room, if they are older."""
    if nbytes < KEPT_BYTES_MIN or nbytes > KEPT_BYTES_MAX:
        return False
    kept = kept_buffers
    while True:
        oldest = -1
        oldest_stamp = 0
        free_slot = -1
        for i, storage, size, stamp in SLOTS:
            if getattr(kept, size) == 0:
                free_slot = i
            elif oldest < 0 or getattr(kept, stamp) < oldest_stamp:
                oldest = i
                oldest_stamp = getattr(kept, stamp)
        if free_slot >= 0 and kept.nbytes_total + nbytes <= KEPT_BYTES_MAX:
            break
        if oldest_stamp > allocated_at:
            return False        # older than every kept one
        for i, storage, size, stamp in SLOTS:
            if i == oldest:
                lltype.free(getattr(kept, storage), flavor='raw',
                            track_allocation=False)
                empty_slot(kept, storage, size)
    kept.nbytes_total += nbytes
    for i, storage, size, stamp in SLOTS:
        if i == free_slot:
            setattr(kept, storage, buffer_storage)
            setattr(kept, size, nbytes)
            setattr(kept, stamp, allocated_at)
    return True


@specialize.arg(1, 2)
def empty_slot(kept, storage, size):
    kept.nbytes_total -= getattr(kept, size)
    setattr(kept, storage, lltype.nullptr(RAW_STORAGE))
    setattr(kept, size, 0)


def alloc_buffer(nbytes, zero):
    """Memory for nbytes >= 1, zero-filled if `zero` (and always in the
    debug mode, as fresh mappings are).  Raises MemoryError."""
    if allocation_mode.guard_pages:
        storage = alloc_guarded(nbytes)
    else:
        storage = take_kept_buffer(nbytes)
        if not storage:
            storage = malloc_buffer(nbytes, zero)
        elif zero:
            c_memset(storage, rffi.cast(rffi.INT, 0),
                     rffi.cast(rffi.SIZE_T, nbytes))
    buffer_bytes.live += nbytes
    return storage


def malloc_buffer(nbytes, zero):
    if zero:    # (lltype.malloc needs `zero` as a constant)
        storage = lltype.malloc(RAW_STORAGE, nbytes, flavor='raw',
                                zero=True, track_allocation=False)
    else:
        storage = lltype.malloc(RAW_STORAGE, nbytes, flavor='raw',
                                zero=False, track_allocation=False)
    advise_huge_pages(storage, nbytes)
    return storage


def free_buffer(storage, nbytes, allocated_at):
    """Frees what alloc_buffer(nbytes, ...) returned, when allocation_stamp
    gave allocated_at (from a light finalizer: no allocation, no call into
    the GC)."""
    buffer_bytes.live -= nbytes
    if allocation_mode.guard_pages:
        free_guarded(storage, nbytes)   # (a use after free must fault)
    elif not keep_buffer(storage, nbytes, allocated_at):
        lltype.free(storage, flavor='raw', track_allocation=False)


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
    # (ending at a page boundary, a buffer of n items of k bytes starts
    # aligned to the largest power of 2 dividing n * k: at least k's own)
    return rffi.cast(RAW_STORAGE_PTR, start + PAGE + data_size - nbytes)


@jit.dont_look_inside
def free_guarded(storage, nbytes):
    data_size = data_pages_size(nbytes)
    data_end = rffi.cast(lltype.Signed, storage) + nbytes
    region = rffi.cast(rffi.CCHARP, data_end - data_size - PAGE)
    c_munmap(region, rffi.cast(rffi.SIZE_T, data_size + 2 * PAGE))
