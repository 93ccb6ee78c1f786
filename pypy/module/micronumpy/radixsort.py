"""Sorting of real lanes: a least-significant-digit radix sort of 64-bit
unsigned keys in raw memory, with an optional array of lane positions
moving along.

Every real value maps to a key whose unsigned order is NumPy's order
(sort_key_of_float / sort_key_of_int); NaNs are set apart first, in input
order, and go last, as NumPy sorts them.  A radix sort makes one counting
pass over the keys and then one scatter pass per digit that is not the
same in all of them (random doubles in [0, 1) share their top byte):
linear time, no comparisons to mispredict, and stable, so the same code
gives argsort's and kind='stable''s order of equal keys.  Keys live in raw
arrays: the passes then index plain C arrays, with no list header to load
again after every store."""

from rpython.rlib.longlong2float import float2longlong, longlong2float
from rpython.rlib.objectmodel import specialize
from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rtyper.lltypesystem import lltype, rffi

SIGN = r_uint(1) << 63
INSERTION_MAX = 24      # shorter lanes: an insertion sort, no counting
# from this length on, 11-bit digits: six passes instead of eight, while
# the 2048 counts of a pass still cost little against the elements
WIDE_DIGITS_MIN = 4096

KEYS = rffi.CArray(lltype.Unsigned)
POSITIONS = rffi.CArray(lltype.Signed)
NO_POSITIONS = lltype.nullptr(POSITIONS)


def sort_key_of_float(x):
    """Negative floats have their bits inverted (larger magnitude, smaller
    key), the others their sign bit set: -inf < ... < -0.0 < 0.0 < inf.
    (Without a branch: the sign bit, spread, selects the mask.)"""
    bits = r_uint(float2longlong(x))
    return bits ^ (r_uint(-intmask(bits >> 63)) | SIGN)


def float_of_sort_key(key):
    if key & SIGN:
        bits = key & ~SIGN
    else:
        bits = ~key
    return longlong2float(intmask(bits))


def sort_key_of_int(value, unsigned):
    """unsigned: value holds the bits of a uint64."""
    if unsigned:
        return r_uint(value)
    return r_uint(value) ^ SIGN


def int_of_sort_key(key, unsigned):
    if unsigned:
        return intmask(key)
    return intmask(key ^ SIGN)


class Lane(object):
    """Room for n keys (and the lane position of each, if `positioned`) in
    raw memory; `count` of them are set.  free() must be called."""

    def __init__(self, n, positioned):
        self.keys = lltype.malloc(KEYS, max(n, 1), flavor='raw')
        if positioned:
            self.positions = lltype.malloc(POSITIONS, max(n, 1),
                                           flavor='raw')
        else:
            self.positions = NO_POSITIONS
        self.count = 0

    def sort(self):
        radix_sort(self.keys, self.positions, self.count)

    def free(self):
        lltype.free(self.keys, flavor='raw')
        if self.positions:
            lltype.free(self.positions, flavor='raw')


def radix_sort(keys, positions, n):
    """Sorts keys[0:n] in place; positions (or NO_POSITIONS) is permuted
    the same way."""
    if n <= INSERTION_MAX:
        insertion_sort(keys, positions, n)
    elif n >= WIDE_DIGITS_MIN:
        radix_passes(keys, positions, n, 11)
    else:
        radix_passes(keys, positions, n, 8)


def insertion_sort(keys, positions, n):
    """Stable: an element moves left past strictly larger keys only."""
    for i in range(1, n):
        key = keys[i]
        position = positions[i] if positions else 0
        j = i
        while j > 0 and keys[j - 1] > key:
            keys[j] = keys[j - 1]
            if positions:
                positions[j] = positions[j - 1]
            j -= 1
        keys[j] = key
        if positions:
            positions[j] = position


@specialize.arg(3)
def radix_passes(keys, positions, n, bits):
    buckets = 1 << bits
    passes = (64 + bits - 1) // bits
    mask = r_uint(buckets - 1)
    counts = lltype.malloc(POSITIONS, passes * buckets, flavor='raw',
                           zero=True)
    spare_keys = lltype.malloc(KEYS, n, flavor='raw')
    spare_positions = NO_POSITIONS
    if positions:
        spare_positions = lltype.malloc(POSITIONS, n, flavor='raw')
    count_digits(keys, n, counts, bits)
    src, dst = keys, spare_keys
    src_positions, dst_positions = positions, spare_positions
    for p in range(passes):
        base = p * buckets
        shift = p * bits
        if counts[base + intmask((keys[0] >> shift) & mask)] == n:
            continue            # every key has this digit: order unchanged
        starts_of(counts, base, buckets)
        if positions:
            scatter(src, dst, src_positions, dst_positions, n, counts, base,
                    shift, mask, True)
        else:
            scatter(src, dst, src_positions, dst_positions, n, counts, base,
                    shift, mask, False)
        src, dst = dst, src
        src_positions, dst_positions = dst_positions, src_positions
    if src != keys:
        for i in range(n):
            keys[i] = src[i]
        if positions:
            for i in range(n):
                positions[i] = src_positions[i]
    lltype.free(counts, flavor='raw')
    lltype.free(spare_keys, flavor='raw')
    if spare_positions:
        lltype.free(spare_positions, flavor='raw')


@specialize.arg(3)
def count_digits(keys, n, counts, bits):
    """counts[p * buckets + d]: how many keys have digit d in pass p."""
    buckets = 1 << bits
    passes = (64 + bits - 1) // bits
    mask = r_uint(buckets - 1)
    for i in range(n):
        key = keys[i]
        for p in range(passes):
            d = intmask((key >> (p * bits)) & mask)
            counts[p * buckets + d] += 1


def starts_of(counts, base, buckets):
    """Turns the counts of one pass into the positions where each digit's
    run starts."""
    total = 0
    for d in range(base, base + buckets):
        count = counts[d]
        counts[d] = total
        total += count


@specialize.arg(9)
def scatter(src, dst, src_positions, dst_positions, n, counts, base, shift,
            mask, positioned):
    """Moves each key of src to its digit's next position in dst, and its
    position along when `positioned` (a constant: no test per key)."""
    for i in range(n):
        key = src[i]
        d = base + intmask((key >> shift) & mask)
        pos = counts[d]
        counts[d] = pos + 1
        dst[pos] = key
        if positioned:
            dst_positions[pos] = src_positions[i]
