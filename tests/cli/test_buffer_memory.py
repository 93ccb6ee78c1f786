"""Array buffers that die are reused: a loop making a new 800 KB result
per iteration (2.4 GB in all) keeps the peak memory near its working set.
Buffers once survived as old objects until a major collection, and such a
loop grew the heap to 1 GB, each result on fresh pages."""

PEAK_GROWTH_LIMIT = 100 * 1024      # KB

LOOP = """\
import numpy as np

def peak_kb():
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith('VmHWM:'):
                return int(line.split()[1])

a = np.arange(100000, dtype=np.float64)
b = np.ones(100000)
c = a + b
c[0]
before = peak_kb()
for i in range(3000):
    c = %s
    c[0]
print(peak_kb() - before)
"""


def check_peak_growth(run, statement):
    proc = run("-c", LOOP % statement)
    assert proc.returncode == 0, proc.stderr
    assert int(proc.stdout) < PEAK_GROWTH_LIMIT


def test_sum_results_reuse_memory(run):
    check_peak_growth(run, "a + b")


def test_copies_reuse_memory(run):
    check_peak_growth(run, "a.copy()")


def test_sorted_results_reuse_memory(run):
    check_peak_growth(run, "np.sort(b)")
