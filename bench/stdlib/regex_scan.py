"""Regular expressions over a text of n lines (n = 110000: about 10 MB):
a findall of numbers, a finditer of e-mail addresses with groups, a sub
that rewrites dates, and a split into words: the work of CPython's C
module _sre, done on pypy-c by our _sre over rpython's rsre.  main(n)
returns (numbers found, their sum mod 10**9, addresses, the rewritten
text's length, words)."""

import re

NUMBER = re.compile(r"\d+")
ADDRESS = re.compile(r"([\w.]+)@([\w]+)\.(com|org|net)")
DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
WORD = re.compile(r"\W+")


def make_text(n):
    domains = ["com", "org", "net"]
    return "".join(
        "line %d: order %d shipped 2024-%02d-%02d to user.%d@host%d.%s, "
        "%d items at %d.%02d each\n"
        % (i, i * 7, i % 12 + 1, i % 28 + 1, i, i % 97, domains[i % 3],
           i % 40, i % 500, i % 100)
        for i in range(n))


def main(n):
    text = make_text(n)
    numbers = NUMBER.findall(text)
    addresses = sum(1 for m in ADDRESS.finditer(text) if m.group(3) != "net")
    rewritten = DATE.sub(r"\3/\2/\1", text)
    words = len(WORD.split(text))
    return (len(numbers), sum(int(x) for x in numbers) % 10 ** 9, addresses,
            len(rewritten), words)


SIZE = 110000
QUICK_SIZE = 30000

if __name__ == "__main__":
    assert main(10) == (100, 20935, 7, 778, 191), main(10)
    print("OK")
