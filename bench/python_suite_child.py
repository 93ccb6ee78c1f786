"""The timing child of bench/python_suite.py, run unchanged by every system:

    SYSTEM bench/python_suite_child.py PROGRAM N CALLS

imports bench/python/PROGRAM.py, calls its main(N) CALLS times and prints
one line, a Python literal: {"import": s, "times": [s, ...], "result":
repr of the first call's result, "same": whether every call returned it}.
times[0] is the first call's (cold: the JIT, where there is one, is still
tracing and compiling); the later ones show the steady state.
"""

import os
import sys
import time

program, n, calls = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "python"))
start = time.perf_counter()
module = __import__(program)
imported = time.perf_counter() - start
times = []
results = []
for _ in range(calls):
    start = time.perf_counter()
    results.append(module.main(n))
    times.append(time.perf_counter() - start)
print(repr({"import": imported, "times": times, "result": repr(results[0]),
            "same": all(r == results[0] for r in results)}))
