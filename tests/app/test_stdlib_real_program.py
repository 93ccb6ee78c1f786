"""A real program: argparse, dataclasses, collections, json, re,
pathlib, logging and numpy together print what CPython prints."""

import argparse
import collections
import contextlib
import dataclasses
import io
import json
import logging
import os
import pathlib
import re
import sys

import numpy as np


@dataclasses.dataclass
class Reading:
    station: str
    values: list
    unit: str = "C"

    def mean(self):
        return float(np.mean(np.array(self.values)))


def main(argv):
    parser = argparse.ArgumentParser(prog="weather")
    parser.add_argument("folder")
    parser.add_argument("--unit", default="C", choices=["C", "F"])
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    log = logging.getLogger("weather")
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.DEBUG if args.verbose else logging.INFO)
    folder = pathlib.Path(args.folder)
    folder.mkdir(exist_ok=True)
    (folder / "north.txt").write_text("station=north temps: 3.5, 4.0, -1.25\n")
    (folder / "south.txt").write_text("station=south temps: 20, 22.5\n")
    readings = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text()
        m = re.match(r"station=(\w+) temps: (.*)", text)
        values = [float(v) for v in re.split(r",\s*", m.group(2).strip())]
        readings.append(Reading(m.group(1), values, args.unit))
        log.debug("read %s: %d values", path.name, len(values))
    counts = collections.Counter(r.station[0] for r in readings)
    summary = {r.station: round(r.mean(), 3) for r in readings}
    log.info("stations: %s", ", ".join(summary))
    print(json.dumps({"summary": summary, "counts": counts,
                      "first": dataclasses.asdict(readings[0])},
                     indent=2, sort_keys=True))
    all_values = np.concatenate([np.array(r.values) for r in readings])
    print(all_values.max(), all_values.argmin(), all_values.shape)
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()
    return 0


EXPECTED = """\
DEBUG:weather:read north.txt: 3 values
DEBUG:weather:read south.txt: 2 values
INFO:weather:stations: north, south
{
  "counts": {
    "n": 1,
    "s": 1
  },
  "first": {
    "station": "north",
    "unit": "C",
    "values": [
      3.5,
      4.0,
      -1.25
    ]
  },
  "summary": {
    "north": 2.083,
    "south": 21.25
  }
}
22.5 2 (5,)
"""


def run(argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as e:
            code = e.code
    return code, out.getvalue(), err.getvalue()


def test_program_output():
    folder = "/tmp/pypy_real_program_%d" % os.getpid()
    assert run([folder, "-v"]) == (0, EXPECTED, "")
    assert not os.path.exists(folder)


def test_program_usage_error():
    code, out, err = run(["x", "--unit", "K"])
    assert (code, out) == (2, "")
    assert err == ("usage: weather [-h] [--unit {C,F}] [-v] folder\n"
                   "weather: error: argument --unit: invalid choice: 'K' "
                   "(choose from 'C', 'F')\n")
