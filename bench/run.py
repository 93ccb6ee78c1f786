"""Run the benchmark programs under each system and compare them.

Usage: build/venv3/bin/python bench/run.py [--quick] [-n RUNS] [--systems a,b]
           [--no-sizes] [PROGRAM ...]

Programs: every bench/*.py except run.py, plot.py and the size sweep
sizes.py/sizes_child.py (or the names given; the name `sizes` runs the sweep).
Each is a whole script that checks its own result (an assert; it prints OK)
and takes `--quick` in sys.argv for a smaller size (a program that never
mentions "--quick" is run without it, or with its QUICK_ARGS).

Systems:
  pypy-c   ./pypy-c, this project's interpreter and its micronumpy
  cpython  build/venv3/bin/python: CPython 3 + NumPy (the baseline)
  numexpr  the same CPython running bench/numexpr/PROGRAM.py, the program
           rewritten with numexpr.evaluate (only programs that have one)
  pypy733  build/host/python2: PyPy 2.7 v7.3.3 with its built-in _numpypy,
           through bench/numpypy_shim/numpy (a few thin helpers); Python 2
All run single-threaded (OMP/OPENBLAS/MKL/NUMEXPR_NUM_THREADS=1).

What is measured: the wall-clock time of the whole process, exec to exit
(interpreter start-up, imports, setting up the data, the work, the check),
like the 2011 post timed its scripts. The same thing on every system; the
start-up of each system alone (`import numpy`) is printed in the header for
scale. Peak RSS of the process comes from GNU time (else os.wait4).

Runs are interleaved (per program: run 1 on every system, then run 2, ...);
a program×system that fails once is not run again. Results go to
bench/results/STAMP/: SYSTEM.json per system in pyperf's format (compare two
with `python -m pyperf compare_to bench/results/STAMP/{cpython,pypy-c}.json`),
and summary.json (every run, failures, machine); bench/results/latest.json
and bench/results/summary.png are the newest summary and its chart.

Then (unless --no-sizes, or programs are named without `sizes`) the size
sweep bench/sizes.py: ~30 operations at 10^3..10^7 elements (--quick:
..10^6), timed in-process, pypy-c against CPython+NumPy; its table, and
sizes.json/sizes.png in the same results directory (see bench/sizes.py).
"""

import argparse
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
RESULTS = os.path.join(BENCH, "results")
VENV_PY = os.path.join(ROOT, "build", "venv3", "bin", "python")
BASELINE = "cpython"
NOT_PROGRAMS = ("run.py", "plot.py", "sizes.py", "sizes_child.py")

# name -> (label, executable, variant dir or None, extra env)
SYSTEMS = {
    "pypy-c": ("pypy-c", os.path.join(ROOT, "pypy-c"), None, {}),
    "cpython": ("CPython+NumPy", VENV_PY, None, {}),
    "numexpr": ("CPython+numexpr", VENV_PY, os.path.join(BENCH, "numexpr"), {}),
    "pypy733": ("PyPy 7.3.3 _numpypy", os.path.join(ROOT, "build", "host", "python2"), None,
                {"PYTHONPATH": os.path.join(BENCH, "numpypy_shim")}),
}
VERSION_PROBE = {
    "pypy-c": "import sys; print(sys.version.replace(chr(10), ' '))",
    "cpython": "import sys, numpy; print('CPython %s, NumPy %s' % (sys.version.split()[0], numpy.__version__))",
    "numexpr": "import numexpr; print('numexpr %s' % numexpr.__version__)",
    "pypy733": "import sys, numpy; print(sys.version.replace(chr(10), ' '))",
}
SINGLE_THREAD = {name: "1" for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS",
                                         "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS")}
# Programs that take a size in argv[1] instead of --quick: their quick argv.
QUICK_ARGS = {"pystone.py": ["50000"]}
# GNU time measures the program's own peak RSS; os.wait4's ru_maxrss of a
# child forked from this Python would include this process's RSS at the fork.
GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


# ____________________________________________________________
# running one process

def system_env(name):
    env = dict(os.environ, **SINGLE_THREAD)
    for key, value in SYSTEMS[name][3].items():
        env[key] = value + (os.pathsep + env[key] if env.get(key) else "")
    return env


def run_once(cmd, env, timeout):
    """-> dict(seconds, max_rss_mb, returncode, timed_out, stdout_tail, stderr_tail)"""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r") as rss:
        if GNU_TIME:
            cmd = [GNU_TIME, "-q", "-f", "%M", "-o", rss.name] + cmd
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=BENCH, env=env,
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
            time.sleep(0.001)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here
        max_rss_kb = rusage.ru_maxrss
        if GNU_TIME:
            words = rss.read().split()
            max_rss_kb = int(words[-1]) if words and words[-1].isdigit() else 0
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    return {"seconds": seconds, "max_rss_mb": max_rss_kb / 1024.0,
            "returncode": proc.returncode, "timed_out": timed_out,
            "stdout_tail": stdout[-500:], "stderr_tail": stderr[-2000:]}


def failure(r, timeout):
    """None if the run succeeded, else a short reason."""
    rc = r["returncode"]
    lines = [l.strip() for l in r["stderr_tail"].splitlines() if l.strip()]
    last = lines[-1] if lines else ""
    if r["timed_out"]:
        return "timeout (>%gs)" % timeout
    if rc < 0 or (GNU_TIME and rc > 128):   # GNU time exits 128+N on signal N
        num = -rc if rc < 0 else rc - 128
        try:
            sig = signal.Signals(num).name
        except ValueError:
            sig = "signal %d" % num
        return "%s: %s" % (sig, last) if last else sig
    if rc != 0:
        return last or "exit status %d" % rc
    return None


# ____________________________________________________________
# what to run

def find_programs(names):
    if names:
        return [os.path.abspath(n if n.endswith(".py") else os.path.join(BENCH, n + ".py"))
                for n in names]
    return sorted(os.path.join(BENCH, f) for f in os.listdir(BENCH)
                  if f.endswith(".py") and f not in NOT_PROGRAMS)


def command(system, program, quick):
    """The argv running `program` on `system`, or None if not applicable."""
    variant_dir = SYSTEMS[system][2]
    if variant_dir:
        program = os.path.join(variant_dir, os.path.basename(program))
        if not os.path.exists(program):
            return None
    argv = [SYSTEMS[system][1], program]
    with open(program) as f:
        if quick and "--quick" in f.read():
            argv.append("--quick")
        elif quick:
            argv += QUICK_ARGS.get(os.path.basename(program), [])
    return argv


def cpu_model():
    """The CPU's model name from /proc/cpuinfo, or "?"."""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "?"


def describe_machine(systems):
    cpu = cpu_model()
    info = {"cpu": cpu, "nproc": os.cpu_count(), "os": platform.platform(),
            "loadavg_at_start": os.getloadavg()[0], "versions": {}, "startup_s": {}}
    for name in systems:
        r = run_once([SYSTEMS[name][1], "-c", VERSION_PROBE[name]], system_env(name), 60)
        out = r["stdout_tail"].strip().splitlines()
        info["versions"][name] = out[-1] if out and r["returncode"] == 0 else "?"
        info["startup_s"][name] = r["seconds"]
    hash_file = os.path.join(ROOT, "build", "pypy-c.hash")
    if "pypy-c" in systems and os.path.exists(hash_file):
        with open(hash_file) as f:
            info["versions"]["pypy-c"] += ", source hash %s" % f.read().strip()[:12]
    return info


# ____________________________________________________________
# reporting

def summarize(rs):
    ok = [r for r in rs if r["failure"] is None]
    if not ok:
        return None
    times = sorted(r["seconds"] for r in ok)
    med = statistics.median(times)
    return {"median": med, "min": times[0], "max": times[-1], "n": len(times),
            "spread": max(times[-1] - med, med - times[0]) / med if med else 0.0,
            "rss": max(r["max_rss_mb"] for r in ok)}


def print_table(doc):
    systems, results = doc["systems"], doc["results"]
    rows = [("program", "system", "median s", "spread", "vs CPython", "peak RSS MB", "")]
    for prog, per_system in results.items():
        base = summarize(per_system.get(BASELINE, []))
        for name in systems:
            rs = per_system.get(name)
            if rs is None:            # not applicable (no numexpr variant)
                continue
            s = summarize(rs)
            fail = next((r["failure"] for r in rs if r["failure"]), None)
            if s is None:
                rows.append((prog, name, "-", "", "", "", "FAILED: " + (fail or "?")[:70]))
                continue
            ratio = "%.2fx" % (base["median"] / s["median"]) if base else "-"
            rows.append((prog, name, "%.3f" % s["median"], "±%.0f%%" % (100 * s["spread"]),
                         ratio, "%.0f" % s["rss"], ""))
        rows.append(None)
    widths = [max(len(r[i]) for r in rows if r) for i in range(6)]
    for row in rows[:-1]:
        if row is None:
            print()
            continue
        cells = [row[0].ljust(widths[0]), row[1].ljust(widths[1])]
        cells += [c.rjust(w) for c, w in zip(row[2:6], widths[2:6])]
        print("  ".join(cells + [row[6]]).rstrip())
    print("(median of %d runs of the whole process, exec to exit; spread: the farthest run "
          "from the median;\n vs CPython: CPython+NumPy's median / this one's, >1 = faster; "
          "RSS: the process's peak)" % doc["runs"])


def print_machine(doc):
    m = doc["machine"]
    print("Machine: %s, %d CPUs, %s, load %.1f at start" % (
        m["cpu"], m["nproc"], m["os"], m["loadavg_at_start"]))
    for name in doc["systems"]:
        print("  %-8s %s (start-up + import numpy: %.3f s)" % (
            name, m["versions"][name], m["startup_s"][name]))


def save(doc, stamp):
    import pyperf
    outdir = os.path.join(RESULTS, stamp)
    os.makedirs(outdir, exist_ok=True)
    for name in doc["systems"]:
        benchmarks = []
        for prog, per_system in doc["results"].items():
            runs = [pyperf.Run([r["seconds"]], collect_metadata=False,
                               metadata={"name": prog, "unit": "second",
                                         "mem_max_rss": int(r["max_rss_mb"] * 1024 * 1024),
                                         "command": " ".join(r["cmd"])})
                    for r in per_system.get(name, []) if r["failure"] is None]
            if runs:
                benchmarks.append(pyperf.Benchmark(runs))
        if benchmarks:
            pyperf.BenchmarkSuite(benchmarks).dump(os.path.join(outdir, name + ".json"),
                                                   replace=True)
    for path in (os.path.join(outdir, "summary.json"), os.path.join(RESULTS, "latest.json")):
        with open(path, "w") as f:
            json.dump(doc, f, indent=1)
    return outdir


# ____________________________________________________________

def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("programs", nargs="*", help="default: every bench/*.py, then "
                        "the size sweep (the name `sizes`)")
    parser.add_argument("--quick", action="store_true",
                        help="small sizes (--quick to each program), 2 runs")
    parser.add_argument("-n", "--runs", type=int, help="runs per program and system "
                        "(default 5, --quick: 2)")
    parser.add_argument("--systems", default=",".join(SYSTEMS),
                        help="comma-separated, from: %s" % ", ".join(SYSTEMS))
    parser.add_argument("--timeout", type=float, help="seconds per run (default 90, --quick: 20)")
    parser.add_argument("--pypy-c", metavar="PATH", help="default: ./pypy-c")
    parser.add_argument("--no-sizes", action="store_true",
                        help="skip the size sweep (bench/sizes.py)")
    args = parser.parse_args()
    if args.pypy_c:
        SYSTEMS["pypy-c"] = SYSTEMS["pypy-c"][:1] + (os.path.abspath(args.pypy_c),) + \
            SYSTEMS["pypy-c"][2:]
    run_sizes = not args.no_sizes and (not args.programs or "sizes" in args.programs)
    named = [p for p in args.programs if p not in ("sizes", "sizes.py")]
    if args.programs and not named:        # just the sweep
        return sweep(args, [n for n in args.systems.split(",") if n in SYSTEMS])
    args.programs = named
    runs = args.runs or (2 if args.quick else 5)
    timeout = args.timeout or (20.0 if args.quick else 90.0)
    systems = []
    for name in args.systems.split(","):
        if name not in SYSTEMS:
            parser.error("unknown system %r (known: %s)" % (name, ", ".join(SYSTEMS)))
        if not os.access(SYSTEMS[name][1], os.X_OK):
            print("skipping %s: %s not found (make pypy-c / make bootstrap)"
                  % (name, SYSTEMS[name][1]))
            continue
        systems.append(name)
    programs = find_programs(args.programs)

    doc = {"time": time.strftime("%Y-%m-%d %H:%M:%S %Z"), "quick": args.quick,
           "runs": runs, "timeout": timeout, "systems": systems,
           "labels": {n: SYSTEMS[n][0] for n in systems},
           "machine": describe_machine(systems), "results": {}}
    print_machine(doc)
    todo = {}                          # program -> {system: argv}
    for program in programs:
        prog = os.path.splitext(os.path.basename(program))[0]
        todo[prog] = {}
        for name in systems:
            argv = command(name, program, args.quick)
            if argv:
                todo[prog][name] = argv
        doc["results"][prog] = {name: [] for name in todo[prog]}
    total = sum(len(cmds) for cmds in todo.values()) * runs
    count = 0
    started = time.perf_counter()
    for prog, cmds in todo.items():
        for i in range(runs):
            for name, argv in cmds.items():
                count += 1
                done = doc["results"][prog][name]
                if done and done[-1]["failure"]:
                    continue           # failed once: don't wait for it again
                print("[%3d/%d %4.0fs] %-13s %-8s run %d/%d ... " % (
                    count, total, time.perf_counter() - started, prog, name, i + 1, runs),
                    end="", flush=True)
                r = run_once(argv, system_env(name), timeout)
                r["cmd"] = [os.path.relpath(a, ROOT) if os.path.isabs(a) else a for a in argv]
                r["failure"] = failure(r, timeout)
                done.append(r)
                print("%7.3f s %6.0f MB  %s" % (r["seconds"], r["max_rss_mb"],
                                                "FAILED: " + r["failure"] if r["failure"] else "ok"),
                      flush=True)

    stamp = time.strftime("%Y%m%d-%H%M%S") + ("-quick" if args.quick else "")
    outdir = save(doc, stamp)
    print()
    print_machine(doc)
    print()
    print_table(doc)
    try:
        from plot import plot
        plot(doc, os.path.join(RESULTS, "summary.png"))
        shutil.copy(os.path.join(RESULTS, "summary.png"), outdir)
        print("chart: %s" % os.path.relpath(os.path.join(RESULTS, "summary.png"), ROOT))
    except ImportError as e:
        print("no chart (%s)" % e)
    print("results: %s/ (pyperf JSON per system, summary.json)" % os.path.relpath(outdir, ROOT))
    failed = [(prog, name) for prog, per in doc["results"].items()
              for name, rs in per.items() if any(r["failure"] for r in rs)]
    print("%d program×system pairs failed" % len(failed))
    # pypy-c or pypy733 failing is a result; the CPython ones failing means a broken program
    status = 1 if any(name in ("cpython", "numexpr") for _, name in failed) else 0
    if run_sizes:
        print()
        status = max(status, sweep(args, systems, outdir))
    return status


def sweep(args, systems, outdir=None):
    """bench/sizes.py with this run's pypy-c, --quick and results directory."""
    missing = [name for name in ("pypy-c", "cpython") if name not in systems]
    if missing:
        print("size sweep skipped: needs pypy-c and cpython (missing %s)" % ", ".join(missing))
        return 0
    import sizes
    argv = ["--pypy-c", SYSTEMS["pypy-c"][1], "--cpython", SYSTEMS["cpython"][1]]
    if args.quick:
        argv.append("--quick")
    if outdir:
        argv += ["--outdir", outdir]
    print("Size sweep: bench/sizes.py %s" % " ".join(
        os.path.relpath(a, ROOT) if a.startswith(ROOT + os.sep) else a for a in argv))
    return sizes.main(argv)


if __name__ == "__main__":
    sys.exit(main())
