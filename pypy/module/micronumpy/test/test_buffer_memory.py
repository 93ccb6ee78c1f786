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
