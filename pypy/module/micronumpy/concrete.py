"""Arrays backed by memory: one raw buffer per base array, shared by all of
its views (each with its own shape, strides and start offset)."""

from rpython.rlib import jit, rgc
from rpython.rlib.rawstorage import RAW_STORAGE
from rpython.rtyper.lltypesystem import lltype, rffi
from rpython.translator.tool.cbuild import ExternalCompilationInfo
from pypy.module.micronumpy.ndarray import W_NDArray
from pypy.module.micronumpy import strides as strides_mod
from pypy.module.micronumpy.buffer_memory import alloc_buffer, free_buffer, \
    before_new_buffer, allocation_stamp

c_memcpy = rffi.llexternal(
    'memcpy', [rffi.CCHARP, rffi.CCHARP, rffi.SIZE_T], rffi.CCHARP,
    compilation_info=ExternalCompilationInfo(includes=['string.h']),
    releasegil=False, _nowrapper=True)


def new_buffer(nbytes, zero=True):
    before_new_buffer(nbytes)
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
        self.allocated_at = allocation_stamp()
        self.storage = alloc_buffer(self.allocated_bytes(), zero)
        self.readers = []
        self.readers_limit = 0      # set by lazy.add_reader
        self.written = False        # by lazy.prepare_write (see relink)

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
            free_buffer(self.storage, self.allocated_bytes(),
                        self.allocated_at)


class W_ConcreteArray(W_NDArray):
    _attrs_ = ['buffer', 'storage', 'start', 'strides', 'w_base']
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

    def transposed(self):
        """The view with the axes in reverse order (a.T)."""
        n = len(self.shape)
        return self.view([self.shape[n - 1 - k] for k in range(n)],
                         [self.strides[n - 1 - k] for k in range(n)],
                         self.start)


def new_array(space, shape, dtype, zero=True):
    """A fresh C-contiguous array, zero-filled unless the caller writes
    every element (memory reused from freed buffers is not cleared)."""
    nbytes = strides_mod.checked_nbytes(space, shape, dtype.itemsize)
    try:
        buffer = new_buffer(nbytes, zero)
    except MemoryError:
        raise space.error(space.w_MemoryError,
                          allocation_error_message(shape, dtype))
    if nbytes == 0:
        strides = [0] * len(shape)      # as NumPy gives new empty arrays
    else:
        strides = strides_mod.calc_strides(shape, dtype.itemsize)
    return W_ConcreteArray(shape, dtype, buffer, 0, strides)


# NumPy's MemoryError message

SIZE_UNITS = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB']


def size_to_string(num_bytes):
    """NumPy's _size_to_string: '7.11 PiB', '12 bytes'."""
    from rpython.rlib.rfloat import formatd, DTSF_ALT
    bits = 0
    n = num_bytes
    while n > 0:
        bits += 1
        n >>= 1
    unit_i = max(bits - 1, 1) // 10
    if unit_i == 0:
        return '%d bytes' % num_bytes
    n_units = float(num_bytes) / float(1 << (unit_i * 10))
    if int(n_units + 0.5) == 1024 and unit_i + 1 < len(SIZE_UNITS):
        unit_i += 1
        n_units /= 1024.0
    if int(n_units + 0.5) < 1000:
        text = formatd(n_units, 'g', 3, DTSF_ALT)     # '#.3g'
    else:
        text = formatd(n_units, 'f', 0, DTSF_ALT)     # '#.0f'
    return '%s %s' % (text, SIZE_UNITS[unit_i])


def allocation_error_message(shape, dtype):
    return ("Unable to allocate %s for an array with shape %s and data type "
            "%s" % (size_to_string(strides_mod.shape_size(shape) *
                                   dtype.itemsize),
                    spaced_shape(shape), dtype.name))


def spaced_shape(shape):
    """The shape as Python's tuple repr (this message has the spaces
    that the broadcasting ones lack)."""
    if len(shape) == 1:
        return '(%d,)' % shape[0]
    return '(' + ', '.join([str(n) for n in shape]) + ')'


def concrete_of(space, w_arr):
    assert isinstance(w_arr, W_NDArray)
    w_conc = w_arr.get_concrete(space)
    assert isinstance(w_conc, W_ConcreteArray)
    return w_conc
