"""A size sweep: ~30 NumPy operations at 10^3 .. 10^7 elements, pypy-c vs
CPython+NumPy, timed in-process.

Usage: build/venv3/bin/python bench/sizes.py [--pypy-c PATH] [--quick]
           [--ops name,...] [--sizes 1000,100000] [--repeats R] [--target-ms T]
       build/venv3/bin/python bench/sizes.py --replot [bench/results/sizes-latest.json]

(`make bench` runs it after the whole-program benchmarks, through bench/run.py.)

The operations are the table OPS of bench/sizes_child.py (`--list` prints
them): one statement each, run unchanged by both systems on the same inputs
(np.random with fixed seeds; x is 2-D, as square as n allows; `u @ w` is an
(n/16, 16) @ (16, 16) product, n elements in and out). For each size, each
system runs one bench/sizes_child.py process that builds the inputs once and
then, on request, runs one batch of an operation: a loop of enough
iterations to last --target-ms (the first request calibrates that count,
after one untimed call). Each iteration runs the statement and then reads
one element of its result (of the array it assigns to, for `a += b` and
the like): pypy-c's micronumpy computes array expressions lazily, when
observed (pypy/module/micronumpy/lazy.py), so `c = a + b` alone would time
building an unevaluated expression; NumPy pays ~0.1 us for the read. The sweep goes size by size; in a size, both
systems' processes are alive and it runs --repeats rounds, each asking for
one batch of every operation from each system in turn (the order of the two
alternating by round and operation), so that a cell's batches are spread
over the size's whole run and the systems' batches interleave: a busy
machine's slow moments hit both. A cell's time is its best batch's time per
iteration; a cell stops early once its batches have lasted --budget seconds.

A batch's time is time.perf_counter()'s, minus the time the child spent in
it waiting for a CPU, runnable but not running (the kernel's run-queue delay,
/proc/thread-self/schedstat, read inside the timed interval so that it
never overcorrects): on a machine with more runnable processes than CPUs a
batch of more than a time slice (~3 ms) is rarely spared a preemption, and
at 10^6..10^7 elements a single call is longer. --wall uses the plain
perf_counter times instead; both are in the JSON (times, wall_times) and
the table's footer gives the geometric mean of both.

Reported per cell: NumPy's best time / pypy-c's best time (>1: pypy-c
faster); per size and overall, the geometric mean of the cells; the worst
and best cell. An operation pypy-c can't run (an exception, a crash, a hang
past --timeout) is 'n/a' with the error's class, and the sweep goes on (a
crashed or hung child is replaced by a new one for the other operations). Differences
in the first call's result (dtype, shape, a checksum) are listed as notes.

Results: bench/results/sizes-STAMP/sizes.json (raw per-batch times of every
cell, errors, machine, load) and sizes.png (the heat map), also copied to
bench/results/sizes-latest.json and bench/results/sizes.png. Everything runs
single-threaded (OMP/OPENBLAS/MKL_NUM_THREADS=1).
"""

import argparse
import ast
import json
import math
import os
import platform
import queue
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
RESULTS = os.path.join(BENCH, "results")
VENV_PY = os.path.join(ROOT, "build", "venv3", "bin", "python")
CHILD = os.path.join(BENCH, "sizes_child.py")

sys.path.insert(0, BENCH)
from sizes_child import OPS   # noqa: E402  (plain data; no numpy imported)
from run import cpu_model   # noqa: E402

SINGLE_THREAD = {name: "1" for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS",
                                         "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS")}
SYSTEMS = ("pypy-c", "cpython")       # the ratio is cpython / pypy-c
LABELS = {"pypy-c": "pypy-c", "cpython": "CPython+NumPy"}

FULL = {"sizes": [10 ** k for k in range(3, 8)], "target": 0.005, "repeats": 15,
        "budget": 3.0, "timeout": 300.0}
QUICK = {"sizes": [10 ** k for k in range(3, 7)], "target": 0.004, "repeats": 5,
         "budget": 1.0, "timeout": 60.0}


# ____________________________________________________________
# running the children

def signal_name(num):
    try:
        return signal.Signals(num).name
    except ValueError:
        return "signal %d" % num


def last_line(text):
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    return lines[-1][:200] if lines else ""


class ChildDied(Exception):
    pass


class Child(object):
    """A bench/sizes_child.py process of one system at one size, asked for
    one batch of one operation at a time."""

    def __init__(self, exe, n, cfg):
        self.exe, self.n, self.cfg = exe, n, cfg
        self.proc = None
        self.starts = 0

    def start(self):
        self.starts += 1
        argv = [self.exe, CHILD, "--size", str(self.n), "--target", repr(self.cfg["target"])]
        self.err = tempfile.TemporaryFile("w+")
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=self.err, cwd=BENCH,
                                     env=dict(os.environ, **SINGLE_THREAD), text=True,
                                     errors="replace", bufsize=1, start_new_session=True)
        self.lines = queue.Queue()
        threading.Thread(target=self._reader, args=(self.proc.stdout, self.lines),
                         daemon=True).start()
        self._expect("@ready")

    @staticmethod
    def _reader(stream, lines):
        for line in stream:
            lines.put(line)
        lines.put(None)

    def _expect(self, prefix):
        while True:
            try:
                line = self.lines.get(timeout=self.cfg["timeout"])
            except queue.Empty:
                self._died("timeout: no answer in %gs" % self.cfg["timeout"])
            if line is None:
                self._died(None)
            if line.startswith(prefix):
                return line[len(prefix):].strip()

    def _died(self, reason):
        proc = self.proc
        self.proc = None
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            pass
        proc.wait()
        self.err.seek(0)
        stderr = self.err.read()
        self.err.close()
        if reason is None:
            rc = proc.returncode
            if rc < 0:
                reason = "%s: %s" % (signal_name(-rc), last_line(stderr))
            else:
                reason = "exit %d: %s" % (rc, last_line(stderr))
        raise ChildDied(reason)

    def batch(self, name):
        """The child's reply for one batch of `name`; ChildDied if it crashed
        or hung in it (the next call starts a new process)."""
        if self.proc is None:
            if self.starts > 10:
                raise ChildDied("skipped: the child crashed 10 times")
            self.start()
        try:
            self.proc.stdin.write(name + "\n")
            self.proc.stdin.flush()
        except OSError:
            self._died(None)
        self._expect("@start")
        text = self._expect("@op")
        try:
            return ast.literal_eval(text)
        except (ValueError, SyntaxError) as e:
            return {"op": name, "error": "BadOutput: %s: %s" % (e, text[:100])}

    def close(self):
        if self.proc is not None:
            try:
                self.proc.stdin.write("quit\n")
                self.proc.stdin.close()
                self.proc.wait(30)
            except (OSError, subprocess.TimeoutExpired):
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
            self.err.close()
            self.proc = None


def run_size(exes, k, n, names, cfg, log=print):
    """{system: {op: cell}} for one size: both systems' children alive, in
    rounds: each round asks each system for one batch of each operation,
    the systems' order alternating by round and operation. A cell stops
    after cfg repeats batches, or when its batches have lasted cfg budget
    seconds, or at its first error."""
    children = {s: Child(exes[s], n, cfg) for s in SYSTEMS}
    cells = {s: {name: {"times": [], "wall_times": [], "batches": [], "waits": [],
                        "number": 0, "error": None}
                 for name in names} for s in SYSTEMS}
    try:
        for rnd in range(cfg["repeats"]):
            for i, name in enumerate(names):
                order = SYSTEMS if (k + rnd + i) % 2 == 0 else SYSTEMS[::-1]
                for s in order:
                    cell = cells[s][name]
                    if cell["error"] or sum(cell["batches"]) - sum(cell["waits"]) >= cfg["budget"]:
                        continue
                    try:
                        r = children[s].batch(name)
                    except ChildDied as e:
                        r = {"op": name, "error": str(e), "crashed": True}
                        if not str(e).startswith("skipped"):
                            log("    %s died in %s at n=%d (%s)" % (s, name, n, e))
                    for key in ("setup", "first", "result", "check", "crashed"):
                        if key in r:
                            cell[key] = r[key]
                    if r.get("error"):
                        cell["error"] = r["error"]
                    else:
                        t, wait, number = r["batch"], r["wait"] or 0.0, r["number"]
                        cell["number"] = number
                        cell["batches"].append(t)
                        cell["waits"].append(wait)
                        cell["wall_times"].append(t / number)
                        cell["times"].append((t if cfg["wall"] else t - wait) / number)
    finally:
        for child in children.values():
            child.close()
    for s in SYSTEMS:
        for cell in cells[s].values():
            cell["process_starts"] = children[s].starts
    return cells


def version_of(name, exe):
    probe = {"pypy-c": "import sys; print(sys.version.replace(chr(10), ' '))",
             "cpython": "import sys, numpy; print('CPython %s, NumPy %s' % "
                        "(sys.version.split()[0], numpy.__version__))"}[name]
    try:
        out = subprocess.run([exe, "-c", probe], capture_output=True, text=True,
                             timeout=60).stdout.strip().splitlines()
        return out[-1] if out else "?"
    except (OSError, subprocess.SubprocessError):
        return "?"


def machine():
    cpu = cpu_model()
    return {"cpu": cpu, "nproc": os.cpu_count(), "os": platform.platform(),
            "loadavg_at_start": list(os.getloadavg()), "uptime_at_start": uptime()}


def uptime():
    try:
        return subprocess.run(["uptime"], capture_output=True, text=True,
                              timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "load average: %.2f, %.2f, %.2f" % os.getloadavg()


# ____________________________________________________________
# analysis

def best(r):
    """The best time per iteration of a cell, None without any."""
    if r is None or not r.get("times"):
        return None
    return min(r["times"])


def best_wall(r):
    """The best plain perf_counter time per iteration of a cell."""
    if r is None or not r.get("wall_times"):
        return None
    return min(r["wall_times"])


def err_class(msg):
    """'TypeError' from 'TypeError: ...', 'setup of a: TypeError: ...' too."""
    if msg.startswith("setup"):
        msg = msg.split(": ", 1)[-1]
    return msg.split(":", 1)[0].strip() or "error"


def geomean(xs):
    xs = [x for x in xs if x]
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


def analyse(doc):
    """Fill doc's ratio, cell, geomean, worst, best, notes."""
    raw, sizes = doc["raw"], doc["sizes"]
    ratio, cell = {}, {}
    for op in doc["ops"]:
        name = op["name"]
        ratio[name], cell[name] = {}, {}
        for n in sizes:
            rp = raw["pypy-c"].get(str(n), {}).get(name)
            rc = raw["cpython"].get(str(n), {}).get(name)
            tp, tc = best(rp), best(rc)
            if rp is None or rc is None:
                r, text = None, "-"
            elif tp is not None and tc is not None:
                r = tc / tp if tp > 0 else None
                text = fmt_ratio(r)
            elif tp is None and rp.get("error"):
                r, text = None, "n/a " + err_class(rp["error"])
            else:
                r, text = None, "n/a(np) " + err_class((rc or {}).get("error") or "?")
            ratio[name][str(n)] = r
            cell[name][str(n)] = text
    oks = [(r, name, n) for name, row in ratio.items() for n, r in row.items() if r]
    doc["ratio"], doc["cell"] = ratio, cell
    doc["geomean"] = {
        "all": geomean([r for r, _, _ in oks]),
        "per_size": {str(n): geomean([ratio[o["name"]][str(n)] for o in doc["ops"]])
                     for n in sizes},
        "per_op": {name: geomean(list(row.values())) for name, row in ratio.items()},
    }
    walls = []
    for name in ratio:
        for n in sizes:
            tp = best_wall(raw["pypy-c"].get(str(n), {}).get(name))
            tc = best_wall(raw["cpython"].get(str(n), {}).get(name))
            if tp and tc:
                walls.append(tc / tp)
    doc["geomean"]["all_wall"] = geomean(walls)
    doc["cells_ok"] = len(oks)
    doc["cells_na"] = sum(1 for row in cell.values() for t in row.values()
                          if t.startswith("n/a"))
    if oks:
        for key, (r, name, n) in (("worst", min(oks)), ("best", max(oks))):
            doc[key] = {"op": name, "size": int(n), "ratio": r,
                        "pypy-c_s": best(raw["pypy-c"][n][name]),
                        "cpython_s": best(raw["cpython"][n][name])}
    doc["notes"] = result_notes(doc)


def result_notes(doc):
    """The first calls' results that differ between the systems."""
    notes = []
    for op in doc["ops"]:
        for n in doc["sizes"]:
            rp = doc["raw"]["pypy-c"].get(str(n), {}).get(op["name"])
            rc = doc["raw"]["cpython"].get(str(n), {}).get(op["name"])
            if not rp or not rc or rp.get("error") or rc.get("error"):
                continue
            if rp.get("result") != rc.get("result"):
                notes.append("%s @%s: result %s on pypy-c, %s on NumPy" % (
                    op["name"], size_label(n), rp.get("result"), rc.get("result")))
                continue
            try:
                cp, cc = float(rp["check"]), float(rc["check"])
            except (TypeError, ValueError):
                continue
            tol = 1e-3 if "float32" in str(rc.get("result")) else 1e-7
            if not (abs(cp - cc) <= tol * max(1.0, abs(cc)) or (cp != cp and cc != cc)):
                notes.append("%s @%s: checksum %r on pypy-c, %r on NumPy" % (
                    op["name"], size_label(n), cp, cc))
    return notes


# ____________________________________________________________
# reporting

def size_label(n):
    n = int(n)
    k = int(round(math.log10(n))) if n > 0 else 0
    return "1e%d" % k if 10 ** k == n else str(n)


def fmt_ratio(r):
    if r is None:
        return "-"
    return "%.0f" % r if r >= 100 else "%.1f" % r if r >= 10 else "%.2f" % r


def print_table(doc, out=print):
    sizes = [str(n) for n in doc["sizes"]]
    heads = ["op", "code"] + [size_label(n) for n in sizes] + ["geomean"]
    rows = []
    for op in doc["ops"]:
        rows.append([op["name"], op["code"]] + [doc["cell"][op["name"]][n] for n in sizes]
                    + [fmt_ratio(doc["geomean"]["per_op"][op["name"]])])
    foot = ["geomean", "(per size; all cells: %s)" % fmt_ratio(doc["geomean"]["all"])]
    foot += [fmt_ratio(doc["geomean"]["per_size"][n]) for n in sizes]
    foot += [fmt_ratio(doc["geomean"]["all"])]
    widths = [max(len(r[i]) for r in rows + [heads, foot]) for i in range(len(heads))]

    def line(r):
        cells = [r[0].ljust(widths[0]), r[1].ljust(widths[1])]
        cells += [c.rjust(w) for c, w in zip(r[2:], widths[2:])]
        return "  ".join(cells).rstrip()
    out("NumPy time / pypy-c time per operation and size (>1: pypy-c faster; best of "
        "batches; n/a: pypy-c raised that error)")
    out(line(heads))
    out("-" * len(line(heads)))
    for r in rows:
        out(line(r))
    out("-" * len(line(heads)))
    out(line(foot))
    out("")
    out("geometric mean over %d cells: %s   (%d n/a; %s)" % (
        doc["cells_ok"], fmt_ratio(doc["geomean"]["all"]), doc["cells_na"],
        "plain wall times" if doc["config"].get("wall") else
        "with plain wall times, the waits for a CPU not subtracted: %s"
        % fmt_ratio(doc["geomean"].get("all_wall"))))
    for key in ("worst", "best"):
        if key in doc:
            c = doc[key]
            code = next(o["code"] for o in doc["ops"] if o["name"] == c["op"])
            out("%s cell: %s `%s` at %s: %s (pypy-c %s, NumPy %s per call)" % (
                key, c["op"], code, size_label(c["size"]), fmt_ratio(c["ratio"]),
                fmt_time(c["pypy-c_s"]), fmt_time(c["cpython_s"])))
    errors = {}
    for system in SYSTEMS:
        for n, per_op in doc["raw"][system].items():
            for name, r in per_op.items():
                if r.get("error"):
                    errors.setdefault((system, name, r["error"]), []).append(size_label(n))
    if errors:
        out("errors:")
        for (system, name, msg), where in sorted(errors.items()):
            out("  %s %s @%s: %s" % (system, name, ",".join(where), msg))
    if doc["notes"]:
        out("results that differ (first call; informative):")
        for note in doc["notes"][:30]:
            out("  " + note)
        if len(doc["notes"]) > 30:
            out("  ... %d more in the JSON" % (len(doc["notes"]) - 30))


def fmt_time(s):
    if s is None:
        return "-"
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("us", 1e-6)):
        if s >= scale:
            return "%.3g %s" % (s / scale, unit)
    return "%.3g ns" % (s / 1e-9)


def plot(doc, path):
    """A heat map of the ratios: rows operations, columns sizes; log colour
    scale, red where pypy-c is slower, blue where faster, grey n/a."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.colors import TwoSlopeNorm
    import numpy as np

    sizes = [str(n) for n in doc["sizes"]]
    names = [o["name"] for o in doc["ops"]] + ["geomean"]
    labels = ["%s  %s" % (o["name"], o["code"]) for o in doc["ops"]] + ["geometric mean"]
    grid = np.full((len(names), len(sizes)), np.nan)
    for i, name in enumerate(names[:-1]):
        for j, n in enumerate(sizes):
            r = doc["ratio"][name][n]
            if r:
                grid[i, j] = math.log2(r)
    for j, n in enumerate(sizes):
        g = doc["geomean"]["per_size"][n]
        if g:
            grid[-1, j] = math.log2(g)
    finite = np.abs(grid[np.isfinite(grid)])
    lim = max(1.0, min(6.0, float(finite.max()) if finite.size else 1.0))
    width = 0.065 * max(len(l) for l in labels) + 1.1 * len(sizes) + 1.0
    fig, ax = plt.subplots(figsize=(width, 0.32 * len(names) + 1.6))
    cmap = matplotlib.colormaps["RdBu"].copy()
    cmap.set_bad("#d0d0d0")
    ax.imshow(np.ma.masked_invalid(grid), cmap=cmap, aspect="auto",
              norm=TwoSlopeNorm(vcenter=0.0, vmin=-lim, vmax=lim))
    for i, name in enumerate(names):
        for j, n in enumerate(sizes):
            if name == "geomean":
                text = fmt_ratio(doc["geomean"]["per_size"][n])
            else:
                text = doc["cell"][name][n]
                if text.startswith("n/a"):
                    text = text.replace("n/a ", "n/a\n").replace("Error", "Err")
            v = grid[i, j]
            dark = np.isfinite(v) and abs(v) > 0.6 * lim
            ax.text(j, i, text, ha="center", va="center",
                    fontsize=6 if "\n" in text else 7.5,
                    color="white" if dark else "black",
                    fontweight="bold" if name == "geomean" else "normal")
    ax.axhline(len(names) - 1.5, color="black", linewidth=1)
    ax.set_xticks(range(len(sizes)))
    ax.set_xticklabels(["%s elements" % size_label(n) for n in sizes])
    ax.xaxis.tick_top()
    ax.set_yticks(range(len(names)))
    ax.set_yticklabels(labels, fontsize=7.5, family="monospace")
    ax.set_title("NumPy time / pypy-c time (>1, blue: pypy-c faster); geomean %s%s"
                 % (fmt_ratio(doc["geomean"]["all"]), ", quick" if doc.get("quick") else ""),
                 fontsize=9, pad=22)
    fig.tight_layout()
    fig.savefig(path, dpi=110, bbox_inches="tight")
    plt.close(fig)


def shown(path):
    path = os.path.abspath(path)
    return os.path.relpath(path, ROOT) if path.startswith(ROOT + os.sep) else path


def save(doc, outdir):
    os.makedirs(outdir, exist_ok=True)
    os.makedirs(RESULTS, exist_ok=True)
    for path in (os.path.join(outdir, "sizes.json"), os.path.join(RESULTS, "sizes-latest.json")):
        with open(path, "w") as f:
            json.dump(doc, f, indent=1)
    try:
        png = os.path.join(outdir, "sizes.png")
        plot(doc, png)
        shutil.copy(png, os.path.join(RESULTS, "sizes.png"))
        return png
    except ImportError as e:
        print("no heat map (%s)" % e)
        return None


# ____________________________________________________________

def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="\n".join(__doc__.splitlines()[1:]))
    parser.add_argument("--pypy-c", metavar="PATH", default=os.path.join(ROOT, "pypy-c"),
                        help="default: ./pypy-c")
    parser.add_argument("--cpython", metavar="PATH", default=VENV_PY,
                        help="the CPython with NumPy (default: build/venv3/bin/python)")
    parser.add_argument("--quick", action="store_true",
                        help="sizes up to 1e6, %d batches of ~%g ms" % (
                            QUICK["repeats"], QUICK["target"] * 1e3))
    parser.add_argument("--ops", help="comma-separated operation names (--list)")
    parser.add_argument("--sizes", help="comma-separated element counts (default "
                        "1e3..1e7, --quick: ..1e6)")
    parser.add_argument("--repeats", type=int, help="batches per cell (default %d, "
                        "--quick: %d)" % (FULL["repeats"], QUICK["repeats"]))
    parser.add_argument("--target-ms", type=float, help="least duration of a batch "
                        "(default %g, --quick: %g)" % (FULL["target"] * 1e3,
                                                      QUICK["target"] * 1e3))
    parser.add_argument("--budget", type=float, help="seconds of batches after which a cell "
                        "stops (default %g, --quick: %g)" % (FULL["budget"],
                                                                QUICK["budget"]))
    parser.add_argument("--timeout", type=float, help="seconds without output before a "
                        "child is killed (default %g)" % FULL["timeout"])
    parser.add_argument("--wall", action="store_true",
                        help="plain perf_counter times, without subtracting the "
                        "time spent waiting for a CPU")
    parser.add_argument("--outdir", help="where sizes.json/png go (default "
                        "bench/results/sizes-STAMP/)")
    parser.add_argument("--list", action="store_true", help="list the operations")
    parser.add_argument("--replot", nargs="?", const=os.path.join(RESULTS, "sizes-latest.json"),
                        metavar="JSON", help="redraw the table and heat map of a result")
    args = parser.parse_args(argv)
    if args.sizes:
        try:
            args.sizes = [int(float(s)) for s in args.sizes.split(",") if s]
        except ValueError:
            parser.error("--sizes: integers, e.g. 1000,100000")
    known = [name for name, _, _ in OPS]
    if args.ops:
        args.ops = [s for s in args.ops.split(",") if s]
        bad = [s for s in args.ops if s not in known]
        if bad:
            parser.error("unknown operation(s) %s (known: %s)" % (", ".join(bad),
                                                                   ", ".join(known)))
    else:
        args.ops = known
    return args


def main(argv=None):
    args = parse_args(argv)
    if args.list:
        for name, code, _ in OPS:
            print("%-10s %s" % (name, code))
        return 0
    if args.replot:
        with open(args.replot) as f:
            doc = json.load(f)
        analyse(doc)
        print_table(doc)
        png = os.path.join(os.path.dirname(os.path.abspath(args.replot)), "sizes.png")
        plot(doc, png)
        print("heat map: %s" % png)
        return 0
    cfg = dict(QUICK if args.quick else FULL)
    cfg["wall"] = args.wall
    for key, value in (("sizes", args.sizes), ("repeats", args.repeats),
                       ("budget", args.budget), ("timeout", args.timeout),
                       ("target", args.target_ms and args.target_ms / 1e3)):
        if value:
            cfg[key] = value
    exes = {"pypy-c": os.path.abspath(args.pypy_c), "cpython": os.path.abspath(args.cpython)}
    for name, exe in exes.items():
        if not os.access(exe, os.X_OK):
            print("sizes: %s not found: %s" % (name, exe))
            return 2

    started = time.perf_counter()
    codes = dict((name, code) for name, code, _ in OPS)
    doc = {"time": time.strftime("%Y-%m-%d %H:%M:%S %Z"), "quick": args.quick,
           "config": cfg, "sizes": cfg["sizes"],
           "ops": [{"name": name, "code": codes[name]} for name in args.ops],
           "systems": {name: {"exe": os.path.relpath(exe, ROOT) if exe.startswith(ROOT)
                              else exe, "label": LABELS[name],
                              "version": version_of(name, exe)}
                       for name, exe in exes.items()},
           "machine": machine(), "raw": {name: {} for name in SYSTEMS}}
    m = doc["machine"]
    print("Size sweep: %d operations x %d sizes, %s" % (
        len(args.ops), len(cfg["sizes"]), "quick" if args.quick else "full"))
    print("Machine: %s, %d CPUs, %s" % (m["cpu"], m["nproc"], m["os"]))
    print("  at start: %s" % m["uptime_at_start"])
    for name in SYSTEMS:
        print("  %-8s %s (%s)" % (name, doc["systems"][name]["version"],
                                  doc["systems"][name]["exe"]))
    print("  best of %d rounds of batches of >= %g ms (at most %g s of batches per cell); %s" % (
        cfg["repeats"], cfg["target"] * 1e3, cfg["budget"],
        "plain wall time" if cfg["wall"] else "wall time minus waiting for a CPU"))
    for k, n in enumerate(cfg["sizes"]):
        t0 = time.perf_counter()
        cells = run_size(exes, k, n, args.ops, cfg)
        summary = []
        for name in SYSTEMS:
            doc["raw"][name][str(n)] = cells[name]
            nerr = sum(1 for c in cells[name].values() if c.get("error"))
            if nerr:
                summary.append("%s: %d error(s)" % (name, nerr))
        print("[%5.0fs] n=%-9d %5.1f s  %s" % (t0 - started, n, time.perf_counter() - t0,
                                              ", ".join(summary) or "ok"), flush=True)
    doc["wall_s"] = time.perf_counter() - started
    doc["machine"]["loadavg_at_end"] = list(os.getloadavg())
    doc["machine"]["uptime_at_end"] = uptime()
    analyse(doc)
    print()
    print_table(doc)
    print()
    print("wall time %.0f s; at end: %s" % (doc["wall_s"], doc["machine"]["uptime_at_end"]))
    stamp = time.strftime("%Y%m%d-%H%M%S") + ("-quick" if args.quick else "")
    outdir = args.outdir or os.path.join(RESULTS, "sizes-" + stamp)
    png = save(doc, outdir)
    print("results: %s" % shown(os.path.join(outdir, "sizes.json")))
    if png:
        print("heat map: %s" % shown(png))
    # pypy-c failing is a result; CPython+NumPy failing means a broken operation
    np_failed = [(n, name) for n, per in doc["raw"]["cpython"].items()
                 for name, r in per.items() if r.get("error")]
    return 1 if np_failed else 0


if __name__ == "__main__":
    sys.exit(main())
