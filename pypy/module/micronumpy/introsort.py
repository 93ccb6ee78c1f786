"""Introsort of one lane's keys, held in a GC list (floats or ints): the
lane sorts in plain compiled C, with no per-comparison indirection.

NumPy's default sort is an introsort too (quicksort with a median of
three, insertion sort for short ranges, heapsort when the partitions
degrade).  An optional list of original indices moves with the keys and
breaks ties, so equal keys keep their input order: that is argsort's and
kind='stable''s order, obtained from the same unstable algorithm."""

from rpython.rlib.rarithmetic import r_uint

INSERTION_MAX = 16


def make_introsort(lt):
    """sort(keys, indices) for keys ordered by lt; indices is None or a
    list as long as keys."""

    def before(keys, indices, i, j):
        """Element i sorts before element j."""
        if lt(keys[i], keys[j]):
            return True
        if indices is None:
            return False
        return not lt(keys[j], keys[i]) and indices[i] < indices[j]

    def swap(keys, indices, i, j):
        key = keys[i]
        keys[i] = keys[j]
        keys[j] = key
        if indices is not None:
            index = indices[i]
            indices[i] = indices[j]
            indices[j] = index

    def insertion_sort(keys, indices, lo, hi):
        for i in range(lo + 1, hi):
            j = i
            while j > lo and before(keys, indices, j, j - 1):
                swap(keys, indices, j, j - 1)
                j -= 1

    def sift_down(keys, indices, lo, root, n):
        while True:
            child = 2 * root + 1
            if child >= n:
                return
            if child + 1 < n and before(keys, indices, lo + child,
                                        lo + child + 1):
                child += 1
            if not before(keys, indices, lo + root, lo + child):
                return
            swap(keys, indices, lo + root, lo + child)
            root = child

    def heapsort(keys, indices, lo, hi):
        n = hi - lo
        start = n // 2 - 1
        while start >= 0:
            sift_down(keys, indices, lo, start, n)
            start -= 1
        end = n - 1
        while end > 0:
            swap(keys, indices, lo, lo + end)
            sift_down(keys, indices, lo, 0, end)
            end -= 1

    def quicksort(keys, indices, lo, hi, depth):
        """Partitions around a median of three, recurses into the smaller
        side and loops on the larger (stack depth O(log n))."""
        while hi - lo > INSERTION_MAX:
            if depth == 0:
                heapsort(keys, indices, lo, hi)
                return
            depth -= 1
            mid = lo + (hi - lo) // 2
            if before(keys, indices, mid, lo):
                swap(keys, indices, mid, lo)
            if before(keys, indices, hi - 1, mid):
                swap(keys, indices, hi - 1, mid)
                if before(keys, indices, mid, lo):
                    swap(keys, indices, mid, lo)
            # keys[lo] <= pivot <= keys[hi - 1]: both ends stop the scans
            pivot = hi - 2
            swap(keys, indices, mid, pivot)
            i = lo
            j = pivot
            while True:
                i += 1
                while before(keys, indices, i, pivot):
                    i += 1
                j -= 1
                while before(keys, indices, pivot, j):
                    j -= 1
                if i >= j:
                    break
                swap(keys, indices, i, j)
            swap(keys, indices, i, pivot)
            if i - lo < hi - i - 1:
                quicksort(keys, indices, lo, i, depth)
                lo = i + 1
            else:
                quicksort(keys, indices, i + 1, hi, depth)
                hi = i
        insertion_sort(keys, indices, lo, hi)

    def sort(keys, indices):
        n = len(keys)
        depth = 0
        while n > 1:
            depth += 2
            n >>= 1
        quicksort(keys, indices, 0, len(keys), depth)

    return sort


def float_lt(a, b):
    """NumPy's float order: NaNs last."""
    return a < b or (b != b and a == a)


def int_lt(a, b):
    return a < b


def uint_lt(a, b):
    return r_uint(a) < r_uint(b)


sort_floats = make_introsort(float_lt)
sort_ints = make_introsort(int_lt)
sort_uints = make_introsort(uint_lt)
