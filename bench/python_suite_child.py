"""The timing child of bench/python_suite.py, run unchanged by every system:

    SYSTEM bench/python_suite_child.py SUITE PROGRAM N CALLS

imports bench/SUITE/PROGRAM.py, calls its main(N) CALLS times and prints
one line, a Python literal: {"import": s, "times": [s, ...], "waits":
[s, ...], "result": repr of the first call's result, "same": whether every
call returned it}.  times[0] is the first call's (cold: the JIT, where there
is one, is still tracing and compiling); the later ones show the steady
state.  waits[i] is the part of times[i] the process spent runnable but
not running (the kernel's /proc/thread-self/schedstat, read inside the
timed interval so it never overcorrects; 0 where unreadable), which the
parent subtracts: the machine is shared.
"""

import os
import sys
import time


def run_queue_wait():
    """Nanoseconds this thread has waited for a CPU, or 0 if unknown."""
    try:
        with open("/proc/thread-self/schedstat") as f:
            return int(f.read().split()[1])
    except (OSError, IndexError, ValueError):
        return 0


suite, program, n, calls = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), suite))
start = time.perf_counter()
module = __import__(program)
imported = time.perf_counter() - start
times, waits, results = [], [], []
for _ in range(calls):
    start = time.perf_counter()
    waited = run_queue_wait()
    results.append(module.main(n))
    waited = run_queue_wait() - waited
    times.append(time.perf_counter() - start)
    waits.append(waited * 1e-9)
print(repr({"import": imported, "times": times, "waits": waits, "result": repr(results[0]),
            "same": all(r == results[0] for r in results)}))
