"""Run benchmark programs under ./pypy-c and CPython and compare them.

Usage: build/venv3/bin/python bench/run.py [--quick] [-n N] [PROGRAM.py ...]

Each program (default: every bench/*.py but this one) runs as a whole
script N times per system, the systems interleaved. Recorded per run: wall
time and the program's peak RSS (GNU time, else os.wait4). The last line of output must be
the same on every system (a mismatch is reported). Prints a table and writes
bench/results/<time>.json (and latest.json).
"""

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
SYSTEMS = {
    "pypy-c": os.path.join(ROOT, "pypy-c"),
    "cpython": os.path.join(ROOT, "build", "venv3", "bin", "python"),
}


# GNU time measures the program's own peak RSS; os.wait4's ru_maxrss of a
# child forked from this Python would include this process's RSS at the fork.
GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


def run_once(exe, program, timeout):
    """-> dict(seconds, max_rss_mb, returncode, timed_out, last_line, stderr)"""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r") as rss:
        cmd = [exe, program]
        if GNU_TIME:
            cmd = [GNU_TIME, "-q", "-f", "%M", "-o", rss.name] + cmd
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=BENCH,
                                stdin=subprocess.DEVNULL, start_new_session=True)
        timed_out = False
        while True:
            pid, status, rusage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > start + timeout:
                os.killpg(proc.pid, signal.SIGKILL)
                timed_out = True
                pid, status, rusage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.002)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here
        max_rss_kb = rusage.ru_maxrss
        if GNU_TIME:
            words = rss.read().split()
            max_rss_kb = int(words[-1]) if words and words[-1].isdigit() else 0
        out.seek(0)
        err.seek(0)
        lines = out.read().decode("utf-8", "replace").strip().splitlines()
        stderr = err.read().decode("utf-8", "replace")
    return {
        "seconds": seconds,
        "max_rss_mb": max_rss_kb / 1024.0,
        "returncode": proc.returncode,
        "timed_out": timed_out,
        "last_line": lines[-1] if lines else "",
        "stderr": stderr[-2000:],
    }


def describe(r):
    rc = r["returncode"]
    if r["timed_out"]:
        return "FAILED (timeout)"
    if rc < 0 or (GNU_TIME and rc > 128):   # GNU time exits 128+N on signal N
        num = -rc if rc < 0 else rc - 128
        try:
            return "FAILED (killed by %s)" % signal.Signals(num).name
        except ValueError:
            return "FAILED (killed by signal %d)" % num
    return "ok" if rc == 0 else "FAILED (exit status %d)" % rc


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("programs", nargs="*")
    parser.add_argument("-n", "--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="one run each")
    parser.add_argument("--systems", default="pypy-c,cpython")
    parser.add_argument("--timeout", type=float, default=600.0)
    parser.add_argument("--pypy-c", metavar="PATH", help="default: ./pypy-c")
    args = parser.parse_args()
    if args.pypy_c:
        SYSTEMS["pypy-c"] = os.path.abspath(args.pypy_c)
    runs = 1 if args.quick else args.runs
    systems = args.systems.split(",")
    for name in systems:
        if name not in SYSTEMS:
            parser.error("unknown system %r (known: %s)" % (name, ", ".join(SYSTEMS)))
        if not os.access(SYSTEMS[name], os.X_OK):
            parser.error("%s not found at %s (make pypy-c / make bootstrap)"
                         % (name, SYSTEMS[name]))
    programs = [os.path.abspath(p) for p in args.programs] or sorted(
        os.path.join(BENCH, f) for f in os.listdir(BENCH)
        if f.endswith(".py") and f != "run.py")

    results = {}
    for program in programs:
        pname = os.path.relpath(program, ROOT)
        if pname.startswith(".."):
            pname = os.path.basename(program)
        per_system = {name: [] for name in systems}
        for i in range(runs):
            for name in systems:
                r = run_once(SYSTEMS[name], program, args.timeout)
                per_system[name].append(r)
                print("  %s %s run %d/%d: %.3f s %s" % (pname, name, i + 1, runs,
                                                        r["seconds"], describe(r)), flush=True)
                if r["returncode"] != 0 and r["stderr"].strip():
                    print("    " + r["stderr"].strip().replace("\n", "\n    "))
        results[pname] = per_system

    print()
    width = max([len("program")] + [len(p) for p in results])
    print("%-*s %-8s %9s %19s %10s %8s" % (width, "program", "system", "median s",
                                            "min-max s", "vs cpython", "RSS MB"))
    problems = 0
    for pname, per_system in results.items():
        medians = {name: statistics.median(r["seconds"] for r in rs)
                   for name, rs in per_system.items()}
        for name, rs in per_system.items():
            times = [r["seconds"] for r in rs]
            failed = any(r["returncode"] != 0 for r in rs)
            ratio = ("%.2fx" % (medians["cpython"] / medians[name])
                     if "cpython" in medians and not failed else "-")
            print("%-*s %-8s %9.3f %9.3f-%-9.3f %10s %8.1f%s" % (
                width, pname, name, medians[name], min(times), max(times), ratio,
                max(r["max_rss_mb"] for r in rs), "  FAILED" if failed else ""))
            problems += failed
        outputs = {name: rs[0]["last_line"] for name, rs in per_system.items()}
        if len(set(outputs.values())) > 1:
            problems += 1
            print("  OUTPUT MISMATCH in %s (last line): %s" % (
                pname, ", ".join("%s=%r" % kv for kv in outputs.items())))
    print("(vs cpython: how many times faster than CPython; RSS: the program's peak)")

    os.makedirs(os.path.join(BENCH, "results"), exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    doc = {"time": stamp, "runs": runs, "systems": {n: SYSTEMS[n] for n in systems},
           "results": results}
    for fname in (stamp + ".json", "latest.json"):
        with open(os.path.join(BENCH, "results", fname), "w") as f:
            json.dump(doc, f, indent=1)
    print("results: bench/results/%s.json" % stamp)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
