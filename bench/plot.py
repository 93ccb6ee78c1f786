"""bench/results/summary.png: speed-up over CPython+NumPy, per program and
system, as log-scale bars (called by run.py; or `python bench/plot.py
[results/latest.json]` to redraw)."""

import json
import os
import sys


def speedups(doc, baseline="cpython"):
    """{system: [speed-up or None per program]}, programs in doc order."""
    from statistics import median
    out = {}
    for name in doc["systems"]:
        if name == baseline:
            continue
        row = []
        for per_system in doc["results"].values():
            base = [r["seconds"] for r in per_system.get(baseline, []) if not r["failure"]]
            mine = [r["seconds"] for r in per_system.get(name, []) if not r["failure"]]
            failed = any(r["failure"] for r in per_system.get(name, []))
            if name not in per_system:
                row.append(None)            # not applicable
            elif base and mine and not failed:
                row.append(median(base) / median(mine))
            else:
                row.append(0.0)             # failed: marked with an x
        out[name] = row
    return out


def plot(doc, path):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    programs = list(doc["results"])
    data = speedups(doc)
    fig, ax = plt.subplots(figsize=(max(8, 0.9 * len(programs) + 2), 4.8))
    width = 0.8 / max(1, len(data))
    finite = [v for row in data.values() for v in row if v]
    lo = min(finite + [1.0]) / 2
    for k, (name, row) in enumerate(data.items()):
        xs = [i + (k - (len(data) - 1) / 2.0) * width for i in range(len(programs))]
        bars = [(x, v) for x, v in zip(xs, row) if v]
        ax.bar([x for x, _ in bars], [v for _, v in bars], width, bottom=None,
               label=doc["labels"].get(name, name), color="C%d" % k)
        fails = [x for x, v in zip(xs, row) if v == 0.0]
        ax.plot(fails, [lo * 1.3] * len(fails), "x", color="C%d" % k, markersize=8)
    ax.axhline(1.0, color="black", linewidth=0.8)
    ax.set_yscale("log")
    ax.set_ylim(bottom=lo)
    ax.set_xticks(range(len(programs)))
    ax.set_xticklabels(programs, rotation=30, ha="right")
    ax.set_ylabel("speed-up over CPython+NumPy (log)")
    ax.set_title("whole-process time, median of %d runs%s (x: failed)"
                 % (doc["runs"], ", quick sizes" if doc.get("quick") else ""))
    ax.legend(fontsize="small")
    ax.grid(axis="y", which="both", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "results", "latest.json")
    with open(src) as f:
        plot(json.load(f), os.path.join(here, "results", "summary.png"))
