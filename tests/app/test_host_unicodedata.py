"""unicodedata on pypy-c against the host CPython's, over every code point
of blocks that did not change between pypy-c's database (Unicode 8.0.0)
and CPython 3.11's (14.0.0): each function of the module and of
ucd_3_2_0, and lookup() of every name.  Runs on CPython (a test_host_
file, see tests/app/conftest.py) and skips without --pypy-c."""

import json
import subprocess
import sys

import pytest

# (start, stop) code point ranges
BLOCKS = [(0x0000, 0x0530),     # Latin, IPA, Greek, Cyrillic
          (0x0900, 0x0980),     # Devanagari
          (0x0E00, 0x0E80),     # Thai
          (0x1100, 0x1200),     # Hangul Jamo
          (0x1E00, 0x20A0),     # Latin and Greek extended, punctuation
          (0x2100, 0x2300),     # letterlike symbols, arrows, math operators
          (0x2460, 0x2500),     # enclosed alphanumerics
          (0x3000, 0x3100),     # CJK punctuation, kana
          (0x3300, 0x3400),     # CJK compatibility
          (0xAC00, 0xD7B0),     # Hangul syllables
          (0xFB00, 0xFB50),     # alphabetic presentation forms
          (0xFE70, 0xFFF0),     # Arabic forms, half- and fullwidth forms
          (0x1D400, 0x1D800)]   # mathematical alphanumeric symbols

# Run by pypy-c and by the host alike: prints one JSON list of results.
RESULTS_SCRIPT = r'''
import json, sys, unicodedata

def properties(db, ch):
    return [db.name(ch, None), db.decimal(ch, None), db.digit(ch, None),
            db.numeric(ch, None), db.category(ch), db.bidirectional(ch),
            db.combining(ch), db.east_asian_width(ch), db.mirrored(ch),
            db.decomposition(ch)] + [
        [db.normalize(form, ch), db.is_normalized(form, ch)]
        for form in ['NFC', 'NFD', 'NFKC', 'NFKD']]

def outcome(function, argument):
    try:
        return function(argument)
    except Exception as e:
        return [type(e).__name__, str(e)]

def lookup_of_name(db, ch):
    name = db.name(ch, None)
    if name is None:
        return None
    return [outcome(db.lookup, name), outcome(db.lookup, name.lower())]

def results(blocks):
    rows = []
    for db in [unicodedata, unicodedata.ucd_3_2_0]:
        for start, stop in blocks:
            for code in range(start, stop):
                ch = chr(code)
                rows.append([code, properties(db, ch),
                             lookup_of_name(db, ch)])
    return rows

print(json.dumps(results(json.loads(sys.argv[1]))))
'''


def run_results(executable):
    proc = subprocess.run([executable, '-c', RESULTS_SCRIPT,
                           json.dumps(BLOCKS)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_unicodedata_matches_host(pypy_c):
    if pypy_c is None:
        pytest.skip('needs --pypy-c')
    expected = run_results(sys.executable)
    got = run_results(pypy_c)
    assert len(got) == len(expected)
    mismatches = [(hex(e[0]), g[1:], e[1:])
                  for g, e in zip(got, expected) if g != e]
    assert mismatches[:5] == []
