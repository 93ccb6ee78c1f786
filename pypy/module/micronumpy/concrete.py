"""Arrays backed by memory: one raw buffer per base array, shared by all of
its views (each with its own shape, strides and start offset)."""

from rpython.rlib import jit, rgc
from rpython.rlib.objectmodel import we_are_translated
from rpython.rlib.rawstorage import RAW_STORAGE
from rpython.rtyper.lltypesystem import lltype, rffi
from rpython.translator.tool.cbuild import ExternalCompilationInfo
from pypy.module.micronumpy.ndarray import W_NDArray
from pypy.module.micronumpy import strides as strides_mod
from pypy.module.micronumpy.buffer_memory import alloc_buffer, free_buffer

# Like NumPy: advise huge pages for big buffers, whose first-touch page
# faults otherwise cost more than the arithmetic (calloc hands out fresh
# mmap'd memory, so the advice comes before any page is touched).
MADVISE_THRESHOLD = 4 * 1024 * 1024
HUGE_PAGE = 2 * 1024 * 1024
MADV_HUGEPAGE = 14
c_madvise = rffi.llexternal(
    'madvise', [rffi.CCHARP, rffi.SIZE_T, rffi.INT], rffi.INT,
    compilation_info=ExternalCompilationInfo(includes=['sys/mman.h']),
    releasegil=False, _nowrapper=True)


c_memcpy = rffi.llexternal(
    'memcpy', [rffi.CCHARP, rffi.CCHARP, rffi.SIZE_T], rffi.CCHARP,
    compilation_info=ExternalCompilationInfo(includes=['string.h']),
    releasegil=False, _nowrapper=True)


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


# Arrays mostly die young, and a minor collection frees their buffers
# (RawBuffer.__del__ is a light finalizer).  The GC alone runs one when its
# nursery is full of objects, after tens of MB of buffers have gone by:
# each result then lands on memory that left the caches long ago, and a
# cached 80 KB copy runs at a third of its speed.  A minor collection after
# every YOUNG_BUFFER_BYTES of new buffers hands the same memory (through
# malloc's free lists) to the next results while it is still cached.
# new_buffer runs that collection before it makes the RawBuffer: a
# RawBuffer alive during a minor collection becomes old, and an old one is
# freed only by a major collection, so a collection inside RawBuffer's
# constructor kept every buffer that triggered one (a loop of `c = a + b`
# at 10^5 grew the heap to 1 GB, each result on fresh pages).
YOUNG_BUFFER_BYTES = 1 << 20


class YoungBuffers(object):
    nbytes = 0      # allocated since the last minor collection


young_buffers = YoungBuffers()


def count_young_buffer(nbytes):
    young_buffers.nbytes += nbytes
    if young_buffers.nbytes > YOUNG_BUFFER_BYTES:
        young_buffers.nbytes = 0
        collect_young_buffers()


@jit.dont_look_inside
def collect_young_buffers():
    if we_are_translated():     # (the host's gc.collect is no minor one)
        rgc.collect(0)


def new_buffer(nbytes, zero=True):
    count_young_buffer(nbytes)
    return RawBuffer(nbytes, zero)


class RawBuffer(object):
    """Owns raw memory; freed when the last array using it dies.

    `readers` holds weak references to the pending expressions that read
    this buffer: before anything writes into it they are forced, or moved
    to a snapshot of it (lazy.force_readers), so lazy evaluation never
    observes a later write."""

    def __init__(self, nbytes, zero):
        self.nbytes = nbytes
        # what the finalizer frees if the allocation below fails (this
        # object exists already, and its fields start as garbage)
        self.storage = lltype.nullptr(RAW_STORAGE)
        self.storage = alloc_buffer(self.allocated_bytes(), zero)
        advise_huge_pages(self.storage, nbytes)
        self.readers = []
        self.readers_limit = 0      # set by lazy.add_reader
        self.written = False        # by prepare_write (see lazy.relink)

    def snapshot(self):
        """A new buffer holding a copy of this one's bytes."""
        copy = new_buffer(self.nbytes, zero=False)
        c_memcpy(copy.storage, self.storage,
                 rffi.cast(rffi.SIZE_T, self.nbytes))
        return copy

    def allocated_bytes(self):
        return max(self.nbytes, 1)  # (empty arrays have an address too)

    @rgc.must_be_light_finalizer
    def __del__(self):
        if self.storage:
            free_buffer(self.storage, self.allocated_bytes())


class W_ConcreteArray(W_NDArray):
    _immutable_fields_ = ['buffer', 'storage', 'start',
                          'w_base']

    def __init__(self, shape, dtype, buffer, start, strides, w_base=None):
        W_NDArray.__init__(self, shape, dtype)
        self.buffer = buffer
        self.storage = buffer.storage
        self.start = start
        self.strides = strides
        self.w_base = w_base        # the array this is a view of, or None

    def get_concrete(self, space):
        return self

    def is_c_contiguous(self):
        return strides_mod.is_c_contiguous(self.shape, self.strides,
                                           self.dtype.itemsize)

    @jit.unroll_safe
    def offset_of(self, indices):
        offset = self.start
        for i in range(len(indices)):
            offset += indices[i] * self.strides[i]
        return offset

    def view(self, shape, strides, start):
        w_base = self.w_base if self.w_base is not None else self
        return W_ConcreteArray(shape, self.dtype, self.buffer, start,
                               strides, w_base)

    def prepare_write(self, space):
        """Called before writing into this array's buffer."""
        from pypy.module.micronumpy.lazy import force_readers
        self.buffer.written = True
        force_readers(space, self.buffer)


def new_array(space, shape, dtype, zero=True):
    """A fresh C-contiguous array, zero-filled unless the caller writes
    every element (memory reused from freed buffers is not cleared)."""
    nbytes = strides_mod.checked_nbytes(space, shape, dtype.itemsize)
    try:
        buffer = new_buffer(nbytes, zero)
    except MemoryError:
        from pypy.module.micronumpy.attributes import allocation_error_message
        raise space.error(space.w_MemoryError,
                          allocation_error_message(shape, dtype))
    if nbytes == 0:
        strides = [0] * len(shape)      # as NumPy gives new empty arrays
    else:
        strides = strides_mod.calc_strides(shape, dtype.itemsize)
    return W_ConcreteArray(shape, dtype, buffer, 0, strides)
