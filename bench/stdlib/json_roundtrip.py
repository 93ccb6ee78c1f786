"""json.dumps and json.loads of a document of records (nested objects,
arrays, strings with escapes and non-ASCII text, ints, floats, booleans,
null): the work of CPython's C accelerator _json, done on pypy-c by the
pure-Python json package over our interpreter.  main(n) serializes n
records (n = 4000: a document of about 1 MB), parses the text back, and
returns (the text's length, how many records came back equal)."""

import json


def make_document(n):
    records = []
    for i in range(n):
        records.append({
            "id": i,
            "name": "item \"%d\" \u00e9t\u00e9\n" % i,
            "price": i * 0.25 - 3.5,
            "ratio": i / 7.0,
            "tags": ["t%d" % (i % 7), "u%d" % (i % 3), "long tag %d" % (i * 31)],
            "ok": i % 2 == 0,
            "parent": None if i % 5 else i // 5,
            "dims": {"w": i % 13, "h": i % 17, "unit": "mm"},
        })
    return {"records": records, "count": n, "title": "catalogue"}


def main(n):
    document = make_document(n)
    text = json.dumps(document, indent=1)
    parsed = json.loads(text)
    equal = sum(1 for a, b in zip(parsed["records"], document["records"]) if a == b)
    return len(text), equal


SIZE = 4000
QUICK_SIZE = 1000

if __name__ == "__main__":
    assert main(10) == (2657, 10), main(10)
    print("OK")
