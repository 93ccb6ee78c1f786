"""Issue 18's suite: the pure-Python programs of bench/python/ under
pypy-c, CPython 3.11 and Debian's pypy3, in one run; with --suite stdlib,
those of bench/stdlib/, whose work is in standard modules that CPython
writes in C (json's _json, re's _sre) and pypy-c runs as Python over its
own _sre.

Usage: build/venv3/bin/python bench/python_suite.py [--suite python|stdlib]
           [--quick] [--programs name,...] [--calls C] [--pypy-c PATH]
           [--pypy3 PATH] [--timeout SECONDS] [--wall]

Each program (bench/SUITE/NAME.py) has main(n) and the sizes SIZE and
QUICK_SIZE (--quick). For each program and each system, one child process
(bench/python_suite_child.py, the same code on every system) imports it
and calls main(n) --calls times (default 8, 5 with --quick), timing each
call in-process with time.perf_counter(), less the time the child waited
for a CPU, runnable but not running (the kernel's schedstat; the machine
is shared, and a preemption mid-call would count as the program's time;
--wall keeps the plain perf_counter times). Reported separately:
  first call  the first call's time: cold, it includes the JIT's tracing
              and compiling (what a short script sees);
  steady      the best of the later calls (what a long-running one sees).
Ratios are CPython/pypy-c and pypy3/pypy-c (>1: pypy-c faster); their
geometric means are over the programs every system ran. A program whose
result differs between systems, or between calls, is flagged; one that
fails or passes --timeout is 'n/a' and left out of the means.

pypy3 is build/pypy3/bin/pypy3 (`tools/bootstrap.sh pypy3` fetches Debian's
package there), else `pypy3` on PATH, else it is reported absent.

Results: bench/results/SUITE-suite-STAMP.json (every call's time and
wait, the counted times, the results, the machine) and a copy at
bench/results/SUITE-suite-latest.json.
"""

import argparse
import ast
import json
import math
import os
import shutil
import subprocess
import sys
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
SUITES = ("python", "stdlib")      # the folders of bench/ holding programs
RESULTS = os.path.join(BENCH, "results")
CHILD = os.path.join(BENCH, "python_suite_child.py")
SYSTEMS = ("pypy-c", "cpython", "pypy3")     # the ratios are X / pypy-c
LABELS = {"pypy-c": "pypy-c", "cpython": "CPython", "pypy3": "pypy3"}

sys.path.insert(0, BENCH)
from run import cpu_model   # noqa: E402


def find_systems(args):
    """{system: executable or None when absent}."""
    venv_python = os.path.join(ROOT, "build", "venv3", "bin", "python")
    local_pypy3 = os.path.join(ROOT, "build", "pypy3", "bin", "pypy3")
    pypy3 = args.pypy3 or (local_pypy3 if os.access(local_pypy3, os.X_OK)
                           else shutil.which("pypy3"))
    return {"pypy-c": args.pypy_c,
            "cpython": venv_python if os.access(venv_python, os.X_OK) else sys.executable,
            "pypy3": pypy3}


def version_of(executable):
    out = subprocess.run([executable, "-c", "import sys; print(sys.version.replace('\\n', ' '))"],
                         capture_output=True, text=True, timeout=60)
    return out.stdout.strip() or out.stderr.strip()[-200:]


def run_child(executable, suite, program, n, calls, timeout, wall):
    """The child's reply (a dict) with "counted", the times the tables
    use, or {"error": text}."""
    try:
        out = subprocess.run([executable, CHILD, suite, program, str(n), str(calls)],
                             capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": "timeout after %ds" % timeout}
    if out.returncode != 0:
        last = (out.stderr.strip().splitlines() or ["exit code %d" % out.returncode])[-1]
        return {"error": last[:200]}
    reply = ast.literal_eval(out.stdout.strip().splitlines()[-1])
    reply["counted"] = (reply["times"] if wall else
                        [t - w for t, w in zip(reply["times"], reply["waits"])])
    return reply


def geometric_mean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


def fmt_time(seconds):
    if seconds is None:
        return "n/a"
    return "%.1f ms" % (seconds * 1e3) if seconds < 1 else "%.2f s" % seconds


def fmt_ratio(ratio):
    return "-" if ratio is None else "%.2f" % ratio


def print_table(doc, title, measure):
    """One table: per program the time `measure(reply)` on each system and
    the ratios to pypy-c; a final row of geometric means."""
    systems = [s for s in SYSTEMS if doc["systems"][s]]
    others = [s for s in systems if s != "pypy-c"]
    head = (["program", "n"] + [LABELS[s] for s in systems]
            + ["%s/pypy-c" % LABELS[s] for s in others])
    rows, ratios = [], {s: [] for s in others}
    for program, entry in doc["programs"].items():
        times = {s: measure(entry["runs"][s]) if "error" not in entry["runs"][s] else None
                 for s in systems}
        complete = all(times[s] for s in systems)
        row = [program, str(entry["n"])] + [fmt_time(times[s]) for s in systems]
        for s in others:
            ratio = times[s] / times["pypy-c"] if complete else None
            if ratio:
                ratios[s].append(ratio)
            row.append(fmt_ratio(ratio) + (" <" if s == "cpython" and ratio and ratio < 1 else ""))
        rows.append(row)
    rows.append(["geometric mean", ""] + [""] * len(systems)
                + [fmt_ratio(geometric_mean(ratios[s])) for s in others])
    widths = [max(len(r[i]) for r in rows + [head]) for i in range(len(head))]
    print("\n%s" % title)
    for r in [head] + rows:
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                        for i, (c, w) in enumerate(zip(r, widths))))
    return {s: geometric_mean(ratios[s]) for s in others}


def first_call(reply):
    return reply["counted"][0]


def steady(reply):
    return min(reply["counted"][1:])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--suite", choices=SUITES, default="python",
                        help="the folder of bench/ whose programs run (default python)")
    parser.add_argument("--quick", action="store_true", help="the programs' QUICK_SIZE")
    parser.add_argument("--programs", help="comma-separated names (default: all of the suite's)")
    parser.add_argument("--calls", type=int, help="calls of main(n) per child (default 8, 5 with --quick)")
    parser.add_argument("--pypy-c", default=os.path.join(ROOT, "pypy-c"))
    parser.add_argument("--pypy3", help="Debian's pypy3 (default: build/pypy3/bin/pypy3, else PATH)")
    parser.add_argument("--timeout", type=int, default=600, help="seconds per child")
    parser.add_argument("--wall", action="store_true",
                        help="plain perf_counter times, the waits for a CPU included")
    args = parser.parse_args()
    calls = args.calls or (5 if args.quick else 8)
    if calls < 2:
        parser.error("--calls must be at least 2: one first call, then the steady state")
    if not os.access(args.pypy_c, os.X_OK):
        parser.error("no pypy-c at %s (make pypy-c, or --pypy-c PATH)" % args.pypy_c)
    programs_dir = os.path.join(BENCH, args.suite)
    sys.path.insert(1, programs_dir)
    programs = (args.programs.split(",") if args.programs else
                sorted(f[:-3] for f in os.listdir(programs_dir) if f.endswith(".py")))
    systems = find_systems(args)
    doc = {"time": time.strftime("%Y-%m-%d %H:%M:%S %Z"), "suite": args.suite,
           "quick": args.quick, "calls": calls,
           "wall": args.wall,
           "systems": systems,
           "versions": {s: version_of(e) for s, e in systems.items() if e},
           "machine": {"cpu": cpu_model(), "nproc": os.cpu_count(),
                       "loadavg_at_start": os.getloadavg()[0]},
           "programs": {}}
    for s in SYSTEMS:
        print("%-8s %s" % (LABELS[s] + ":", "%s (%s)" % (systems[s], doc["versions"][s])
                           if systems[s] else "absent"))
    for program in programs:
        module = __import__(program)
        n = module.QUICK_SIZE if args.quick else module.SIZE
        entry = doc["programs"][program] = {"n": n, "runs": {}, "notes": []}
        for s in SYSTEMS:
            if systems[s]:
                reply = entry["runs"][s] = run_child(systems[s], args.suite, program, n, calls,
                                                     args.timeout,
                                                             args.wall)
                print("  %s %s: %s" % (program, LABELS[s], reply.get("error") or
                                       "first %s, steady %s" % (fmt_time(first_call(reply)),
                                                                fmt_time(steady(reply)))),
                      flush=True)
        replies = {s: r for s, r in entry["runs"].items() if "error" not in r}
        if len({r["result"] for r in replies.values()}) > 1:
            entry["notes"].append("results differ: " + "; ".join(
                "%s %s" % (LABELS[s], r["result"][:80]) for s, r in replies.items()))
        entry["notes"] += ["%s: a later call's result differs from the first's" % LABELS[s]
                           for s, r in replies.items() if not r["same"]]
        entry["notes"] += ["%s: %s" % (LABELS[s], r["error"])
                           for s, r in entry["runs"].items() if "error" in r]
    doc["geometric_means"] = {
        "steady": print_table(doc, "Steady state (best of calls 2..%d)" % calls, steady),
        "first_call": print_table(doc, "First call (cold, includes JIT warm-up)", first_call)}
    print("\n(ratios >1: pypy-c faster; '<' marks a program slower on pypy-c than on CPython)")
    notes = [(p, note) for p, e in doc["programs"].items() for note in e["notes"]]
    for program, note in notes:
        print("NOTE %s: %s" % (program, note))
    os.makedirs(RESULTS, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S") + ("-quick" if args.quick else "")
    path = os.path.join(RESULTS, "%s-suite-%s.json" % (args.suite, stamp))
    with open(path, "w") as f:
        json.dump(doc, f, indent=1)
    shutil.copyfile(path, os.path.join(RESULTS, "%s-suite-latest.json" % args.suite))
    print("results: %s" % os.path.relpath(path, ROOT))
    return 1 if notes else 0


if __name__ == "__main__":
    sys.exit(main())
