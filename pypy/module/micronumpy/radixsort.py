"""Sorting of real lanes: a least-significant-digit radix sort of 64-bit
unsigned keys, with an optional list of original indices moving along.

Every real value maps to a key whose unsigned order is NumPy's order
(sort_key_of_float / sort_key_of_int); NaNs are set apart first, in input
order, and go last, as NumPy sorts them.  A radix sort makes one counting
pass over the keys and then one scatter pass per byte that is not the same
in all of them (random doubles in [0, 1) share their top byte): linear
time, no comparisons to mispredict, and stable, so the same code gives
argsort's and kind='stable''s order of equal keys."""

from rpython.rlib.longlong2float import float2longlong, longlong2float
from rpython.rlib.rarithmetic import r_uint, intmask

SIGN = r_uint(1) << 63
DIGIT_BITS = 8
BUCKETS = 1 << DIGIT_BITS
DIGIT_MASK = r_uint(BUCKETS - 1)
PASSES = 64 // DIGIT_BITS
INSERTION_MAX = 24      # shorter lanes: an insertion sort, no counting


def sort_key_of_float(x):
    """Negative floats have their bits inverted (larger magnitude, smaller
    key), the others their sign bit set: -inf < ... < -0.0 < 0.0 < inf."""
    bits = r_uint(float2longlong(x))
    if bits & SIGN:
        return ~bits
    return bits | SIGN


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


def digit(key, shift):
    return intmask((key >> shift) & DIGIT_MASK)


def insertion_sort(keys, indices):
    """Stable: an element moves left past strictly larger keys only."""
    for i in range(1, len(keys)):
        key = keys[i]
        index = indices[i] if indices is not None else 0
        j = i
        while j > 0 and keys[j - 1] > key:
            keys[j] = keys[j - 1]
            if indices is not None:
                indices[j] = indices[j - 1]
            j -= 1
        keys[j] = key
        if indices is not None:
            indices[j] = index


def count_digits(keys, counts):
    """counts[p * BUCKETS + d]: how many keys have digit d in byte p."""
    for i in range(len(keys)):
        key = keys[i]
        counts[digit(key, 0)] += 1
        counts[BUCKETS + digit(key, 8)] += 1
        counts[2 * BUCKETS + digit(key, 16)] += 1
        counts[3 * BUCKETS + digit(key, 24)] += 1
        counts[4 * BUCKETS + digit(key, 32)] += 1
        counts[5 * BUCKETS + digit(key, 40)] += 1
        counts[6 * BUCKETS + digit(key, 48)] += 1
        counts[7 * BUCKETS + digit(key, 56)] += 1


def starts_of(counts, base):
    """Turns the BUCKETS counts at base into the positions where each
    digit's run starts."""
    total = 0
    for d in range(base, base + BUCKETS):
        count = counts[d]
        counts[d] = total
        total += count


def scatter(src, dst, src_indices, dst_indices, counts, base, shift):
    """Moves the keys of src (and their indices, unless src_indices is
    None) to their digit's next position in dst."""
    for i in range(len(src)):
        key = src[i]
        d = base + digit(key, shift)
        pos = counts[d]
        counts[d] = pos + 1
        dst[pos] = key
        if src_indices is not None:
            dst_indices[pos] = src_indices[i]


def radix_sort(keys, indices):
    """Sorts keys (a list of r_uint) in place; indices (a list of ints as
    long as keys, or None) is permuted the same way."""
    n = len(keys)
    if n <= INSERTION_MAX:
        insertion_sort(keys, indices)
        return
    counts = [0] * (PASSES * BUCKETS)
    count_digits(keys, counts)
    src = keys
    dst = [r_uint(0)] * n
    src_indices = indices
    dst_indices = [0] * n if indices is not None else None
    for p in range(PASSES):
        base = p * BUCKETS
        shift = p * DIGIT_BITS
        if counts[base + digit(keys[0], shift)] == n:
            continue            # every key has this digit: order unchanged
        starts_of(counts, base)
        scatter(src, dst, src_indices, dst_indices, counts, base, shift)
        src, dst = dst, src
        src_indices, dst_indices = dst_indices, src_indices
    if src is not keys:
        for i in range(n):
            keys[i] = src[i]
        if indices is not None:
            for i in range(n):
                indices[i] = src_indices[i]
