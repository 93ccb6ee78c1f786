"""The debug allocation mode of array buffers (buffer_memory.py): each
buffer ends right before a guard page, so that touching the byte after it
is a SIGSEGV.  The faults are seen in a child process."""

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from rpython.rtyper.lltypesystem import lltype, rffi
from pypy.module.micronumpy import buffer_memory
from pypy.module.micronumpy.buffer_memory import PAGE, alloc_guarded, \
    free_guarded, allocation_mode, read_allocation_mode

# around page boundaries, in float64 elements and in bytes
SIZES = [1, 7, 8 * 511, 8 * 512, 8 * 513, PAGE - 1, PAGE, PAGE + 1,
         8 * 4095, 8 * 4096, 8 * 4097]
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.dirname(os.path.abspath(__file__))))))


@pytest.fixture
def guard_pages():
    allocation_mode.guard_pages = True
    yield
    allocation_mode.guard_pages = False


@pytest.mark.parametrize('nbytes', SIZES)
def test_buffer_ends_at_a_page_end_zero_filled_and_writable(nbytes):
    storage = alloc_guarded(nbytes)
    try:
        end = rffi.cast(lltype.Signed, storage) + nbytes
        assert end % PAGE == 0
        assert [storage[i] for i in (0, nbytes // 2, nbytes - 1)] == ['\x00'] * 3
        storage[0] = 'a'
        assert storage[0] == 'a'
        storage[nbytes - 1] = 'z'
        assert storage[nbytes - 1] == 'z'
    finally:
        free_guarded(storage, nbytes)


def test_raw_buffers_use_the_mode(guard_pages):
    from pypy.module.micronumpy.concrete import RawBuffer
    for nbytes, zero in [(0, True), (24, False), (PAGE + 8, True)]:
        buf = RawBuffer(nbytes, zero)
        end = rffi.cast(lltype.Signed, buf.storage) + buf.allocated_bytes()
        assert end % PAGE == 0
        buf.__del__()       # munmap: the host's free() would abort
        buf.storage = lltype.nullptr(rffi.CCHARP.TO)


def test_mode_is_read_from_the_environment(monkeypatch):
    for value, expected in [('1', True), ('0', False), (None, False)]:
        if value is None:
            monkeypatch.delenv('PYPY_NUMPY_GUARD_PAGES', raising=False)
        else:
            monkeypatch.setenv('PYPY_NUMPY_GUARD_PAGES', value)
        read_allocation_mode()
        assert allocation_mode.guard_pages is expected
    allocation_mode.guard_pages = False


def run_child(body):
    """Runs body (which has `storage` and `nbytes`) in a new host process
    after a guarded allocation; returns (returncode, stdout)."""
    source = textwrap.dedent("""\
        import sys
        from pypy.module.micronumpy.buffer_memory import alloc_guarded, \\
            free_guarded
        nbytes = int(sys.argv[1])
        storage = alloc_guarded(nbytes)
        storage[0] = 'a'
        storage[nbytes - 1] = 'z'
        print('in bounds')
        sys.stdout.flush()
        """) + textwrap.dedent(body)
    env = dict(os.environ)
    env['PYTHONPATH'] = os.pathsep.join([ROOT] + sys.path)
    results = []
    for nbytes in (1, 8 * 513, PAGE):
        proc = subprocess.Popen([sys.executable, '-c', source, str(nbytes)],
                                env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, cwd=ROOT)
        stdout, _ = proc.communicate()
        results.append((proc.returncode, stdout))
    return results


def test_writing_the_byte_after_the_buffer_faults():
    for returncode, stdout in run_child("""\
            storage[nbytes] = 'x'
            print('not reached')
            """):
        assert (returncode, stdout) == (-signal.SIGSEGV, b'in bounds\n')


def test_reading_the_byte_after_the_buffer_faults():
    for returncode, stdout in run_child("""\
            print(repr(storage[nbytes]))
            """):
        assert (returncode, stdout) == (-signal.SIGSEGV, b'in bounds\n')


def test_reading_below_the_first_page_of_the_buffer_faults():
    for returncode, stdout in run_child("""\
            from rpython.rtyper.lltypesystem import lltype, rffi
            from pypy.module.micronumpy.buffer_memory import PAGE
            below = rffi.cast(lltype.Signed, storage) // PAGE * PAGE - 1
            print(repr(rffi.cast(rffi.CCHARP, below)[0]))
            """):
        assert (returncode, stdout) == (-signal.SIGSEGV, b'in bounds\n')


def test_using_a_freed_buffer_faults():
    for returncode, stdout in run_child("""\
            free_guarded(storage, nbytes)
            print(repr(storage[0]))
            """):
        assert (returncode, stdout) == (-signal.SIGSEGV, b'in bounds\n')


def test_raw_buffer_finalizer_stays_light():
    # RawBuffer.__del__ runs inside the GC (rgc.must_be_light_finalizer):
    # what it calls in either mode must pass the analysis translation does
    from rpython.translator.backendopt.finalizer import FinalizerAnalyzer
    from rpython.translator.translator import TranslationContext, graphof
    from pypy.module.micronumpy.concrete import RawBuffer

    def make(nbytes):
        read_allocation_mode()      # (else the mode is a constant False)
        return RawBuffer(nbytes, nbytes > 2).nbytes

    t = TranslationContext()
    t.buildannotator().build_types(make, [int])
    t.buildrtyper().specialize()
    graph = graphof(t, RawBuffer.__del__.im_func)
    assert not FinalizerAnalyzer(t).analyze_light_finalizer(graph)


def test_only_buffers_that_outlive_a_young_collection_are_reported(
        monkeypatch):
    """Memory pressure (which brings the GC's next major collection closer)
    is reported for the buffers alive at a young collection, not for those
    freed before it, and once OLD_BUFFER_SLACK of them have gathered: a
    loop of short-lived results runs no major collection for them."""
    import gc
    from pypy.module.micronumpy.concrete import new_buffer
    gc.collect()        # (the garbage of earlier tests, freed uncounted)
    counts = buffer_memory.BufferBytes()
    monkeypatch.setattr(buffer_memory, 'buffer_bytes', counts)
    reported = []
    monkeypatch.setattr(buffer_memory.rgc, 'add_memory_pressure',
                        reported.append)
    # (the host's rgc.collect is gc.collect, which frees a RawBuffer)
    monkeypatch.setattr(buffer_memory, 'we_are_translated', lambda: True)
    k = buffer_memory.YOUNG_BUFFER_BYTES // 4
    kept = new_buffer(k)
    for i in range(20):         # short-lived results: freed at once
        new_buffer(k)
    assert counts.live <= 5 * k    # the kept one, and the latest ones
    assert reported == []       # the kept one waits for more
    assert counts.unreported == k
    huge = buffer_memory.YOUNG_BYTES_MAX
    big = new_buffer(huge)      # reported at once, with the kept one
    assert reported == [k + huge]
    del big, kept
    for i in range(20):
        new_buffer(k)
    assert len(reported) == 1
    survivors = []
    for i in range(buffer_memory.OLD_BUFFER_SLACK // k + 8):
        survivors.append(new_buffer(k))     # each outlives a collection
    assert len(reported) == 2
    assert reported[1] > buffer_memory.OLD_BUFFER_SLACK
    del survivors
    buffer_memory.collect_young_buffers(0)     # (they are freed)
    large = buffer_memory.LARGE_BUFFER_BYTES
    kept = new_buffer(large)
    for i in range(4):          # the kept one reported at the collection
        new_buffer(large)
    assert reported[2:] == [large]


@pytest.fixture
def kept_buffers(monkeypatch):
    """Empty kept buffers and zero counts for the test; what it leaves
    kept is freed after it."""
    kept = buffer_memory.KeptBuffers()
    counts = buffer_memory.BufferCounts()
    monkeypatch.setattr(buffer_memory, 'kept_buffers', kept)
    monkeypatch.setattr(buffer_memory, 'buffer_counts', counts)
    yield kept, counts
    for storage, nbytes in kept_slots(kept):
        lltype.free(storage, flavor='raw', track_allocation=False)


def kept_slots(kept):
    """[(storage, nbytes)] of the kept buffers, the least recently
    allocated first."""
    slots = [(getattr(kept, 'stamp_%d' % i), getattr(kept, 'storage_%d' % i),
              getattr(kept, 'nbytes_%d' % i))
             for i in range(buffer_memory.KEPT_SLOTS)]
    return [(storage, nbytes) for stamp, storage, nbytes in sorted(slots)
            if nbytes]


def kept_sizes(kept):
    return [nbytes for storage, nbytes in kept_slots(kept)]


def address(storage):
    return rffi.cast(lltype.Signed, storage)


def test_a_freed_buffer_serves_the_next_allocation_of_its_size(
        kept_buffers):
    from pypy.module.micronumpy.buffer_memory import alloc_buffer, \
        free_buffer
    kept, counts = kept_buffers
    nbytes = buffer_memory.KEPT_BYTES_MIN * 2
    first = alloc_buffer(nbytes, False)
    second = alloc_buffer(nbytes, False)
    other = alloc_buffer(nbytes + 8, False)
    first[0] = 'x'
    # (freed as the GC frees a batch: the most recently allocated first)
    free_buffer(other, nbytes + 8, 3)
    free_buffer(second, nbytes, 2)
    free_buffer(first, nbytes, 1)
    assert kept_sizes(kept) == [nbytes, nbytes, nbytes + 8]
    # the most recently allocated of that exact size, the one most likely
    # still cached; zero-filled if asked
    assert address(alloc_buffer(nbytes, False)) == address(second)
    again = alloc_buffer(nbytes, True)
    assert address(again) == address(first)
    assert again[0] == '\x00'
    assert kept_sizes(kept) == [nbytes + 8]
    assert kept.nbytes_total == nbytes + 8
    assert (counts.allocations, counts.reused) == (5, 2)
    # below KEPT_BYTES_MIN: malloc's, uncounted
    small = alloc_buffer(64, False)
    free_buffer(small, 64, 4)
    assert kept_sizes(kept) == [nbytes + 8] and counts.allocations == 5
    lltype.free(again, flavor='raw', track_allocation=False)


def test_kept_buffers_are_bounded_the_least_recently_allocated_go(
        kept_buffers, monkeypatch):
    from pypy.module.micronumpy.buffer_memory import alloc_buffer, \
        free_buffer, KEPT_SLOTS
    kept, counts = kept_buffers
    nbytes = buffer_memory.KEPT_BYTES_MIN
    buffers = [alloc_buffer(nbytes + 8 * i, False)
               for i in range(KEPT_SLOTS + 2)]
    # freed newest first, as by a young collection: the two allocated
    # first are not kept
    for i in reversed(range(len(buffers))):
        free_buffer(buffers[i], nbytes + 8 * i, i + 1)
    assert kept_sizes(kept) == [nbytes + 8 * i
                                for i in range(2, KEPT_SLOTS + 2)]
    # and by their bytes: a buffer of more than KEPT_BYTES_MAX is freed
    monkeypatch.setattr(buffer_memory, 'KEPT_BYTES_MAX', 3 * nbytes)
    big = alloc_buffer(2 * nbytes, False)
    free_buffer(big, 2 * nbytes, 20)
    assert kept_sizes(kept) == [2 * nbytes]
    huge = alloc_buffer(4 * nbytes, False)
    free_buffer(huge, 4 * nbytes, 21)
    assert kept_sizes(kept) == [2 * nbytes]
    assert kept.nbytes_total == 2 * nbytes


def test_guard_pages_mode_keeps_no_buffer(kept_buffers, guard_pages):
    from pypy.module.micronumpy.buffer_memory import alloc_buffer, \
        free_buffer
    kept, counts = kept_buffers
    nbytes = buffer_memory.KEPT_BYTES_MIN
    free_buffer(alloc_buffer(nbytes, True), nbytes, 1)
    assert kept_sizes(kept) == [] and counts.allocations == 0
