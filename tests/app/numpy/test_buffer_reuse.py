"""A loop making a temporary array per iteration reuses the memory of the
temporaries that died: it touches the same pages (few page faults) and
its peak memory stays small."""

import numpy as np


def status_kb(field):
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith(field + ':'):
                return int(line.split()[1])
    raise LookupError(field)


def minor_page_faults():
    with open('/proc/self/stat') as f:
        stat = f.read()
    # the fields after the command name, which is in parentheses
    return int(stat[stat.rindex(')') + 2:].split()[7])


def reset_peak_rss():
    # VmHWM is the process's peak: under CPython the earlier tests of the
    # run share this process
    with open('/proc/self/clear_refs', 'w') as f:
        f.write('5')


def test_temporaries_reuse_freed_memory():
    a = np.ones(10 ** 5)
    b = np.ones(10 ** 5)
    total = 0.0
    for i in range(100):        # warm up: compile the loops
        total += (a + b)[i]
    reset_peak_rss()
    rss_before = status_kb('VmRSS')
    faults = minor_page_faults()
    for i in range(10 ** 4):
        c = a + b
        total += c[i % 10]
        del c
    faults = minor_page_faults() - faults
    assert total == 2.0 * (10 ** 4 + 100)
    # a fresh 800 KB result would fault in 196 pages
    assert faults < 10 ** 4, faults
    # 10^4 temporaries of 800 KB: the peak grows by a few of them at most
    growth = status_kb('VmHWM') - rss_before
    assert growth < 32 * 1024, growth


TEMPORARIES_PROGRAM = '''
import numpy as np
a = np.ones(10 ** 5)
total = 0.0
for i in range(10 ** 4):
    t = a * 2.0
    total += t[i % 10]
    del t
assert total == 2.0 * 10 ** 4, total
with open('/proc/self/status') as f:
    peak_kb = [int(line.split()[1]) for line in f
               if line.startswith('VmHWM:')][0]
counts = getattr(np._core, '_buffer_counts', None)
print(peak_kb, counts() if counts else '')
'''


def test_temporaries_in_a_fresh_process_stay_small_and_reuse_buffers():
    # in a process of its own: the whole process's peak, interpreter and
    # numpy included, against the bar of 64 MB
    import os
    import subprocess
    import sys
    # (in the default allocation mode: the debug mode of guard pages,
    # which a test run may set, maps every buffer apart and keeps none)
    env = {k: v for k, v in os.environ.items() if k != 'PYPY_NUMPY_GUARD_PAGES'}
    out = subprocess.run([sys.executable, '-c', TEMPORARIES_PROGRAM], env=env,
                         capture_output=True, text=True, check=True).stdout
    words = out.split(None, 1)
    assert int(words[0]) < 64 * 1024, out
    if words[1:] and words[1].strip():    # pypy-c's micronumpy: its counts
        allocations, reused = eval(words[1])
        assert allocations >= 10 ** 4, out
        # (a quarter of the temporaries outlive a young collection and
        # wait for a major one, in batches larger than the kept buffers)
        assert reused > 0.75 * allocations, out
