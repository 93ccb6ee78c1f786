"""A JSON-like tokenizer and recursive-descent parser, character by
character (no re, no json): it builds a document of nested objects,
arrays, strings with escapes, numbers, true/false/null, writes it out as
text, and reads it back.  main(n) uses a document of n records and
returns (tokens read, a checksum of the parsed values)."""


def make_document(n):
    records = []
    for i in range(n):
        records.append({
            "id": i,
            "name": "item \"%d\"\n" % i,
            "price": i * 0.25 - 3.5,
            "tags": ["t%d" % (i % 7), "u%d" % (i % 3)],
            "ok": i % 2 == 0,
            "parent": None if i % 5 else i // 5,
        })
    return {"records": records, "count": n}


def write(value, out):
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, (int, float)):
        out.append(repr(value))
    elif isinstance(value, str):
        out.append('"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"')
    elif isinstance(value, list):
        out.append("[")
        for i, item in enumerate(value):
            if i:
                out.append(", ")
            write(item, out)
        out.append("]")
    else:
        out.append("{")
        for i, (key, item) in enumerate(value.items()):
            if i:
                out.append(", ")
            write(key, out)
            out.append(": ")
            write(item, out)
        out.append("}")


PUNCTUATION = "{}[]:,"
ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/"}
WORDS = {"true": True, "false": False, "null": None}


def tokens(text):
    """Yield (kind, value) pairs: kind is a punctuation character, 'str',
    'num' or 'word'."""
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in " \t\n\r":
            i += 1
        elif ch in PUNCTUATION:
            yield ch, ch
            i += 1
        elif ch == '"':
            i += 1
            chars = []
            while text[i] != '"':
                if text[i] == "\\":
                    i += 1
                    chars.append(ESCAPES[text[i]])
                else:
                    chars.append(text[i])
                i += 1
            yield "str", "".join(chars)
            i += 1
        elif ch == "-" or ch.isdigit():
            start = i
            i += 1
            while i < n and (text[i].isdigit() or text[i] in ".eE+-"):
                i += 1
            literal = text[start:i]
            if "." in literal or "e" in literal or "E" in literal:
                yield "num", float(literal)
            else:
                yield "num", int(literal)
        elif ch.isalpha():
            start = i
            while i < n and text[i].isalpha():
                i += 1
            yield "word", WORDS[text[start:i]]
        else:
            raise ValueError("unexpected %r at %d" % (ch, i))


class Parser:
    def __init__(self, text):
        self.tokens = tokens(text)
        self.count = 0
        self.advance()

    def advance(self):
        self.kind, self.value = next(self.tokens, (None, None))
        self.count += 1

    def expect(self, kind):
        if self.kind != kind:
            raise ValueError("expected %r, got %r" % (kind, self.kind))
        self.advance()

    def parse_value(self):
        kind, value = self.kind, self.value
        if kind == "{":
            self.advance()
            result = {}
            while self.kind != "}":
                key = self.value
                self.expect("str")
                self.expect(":")
                result[key] = self.parse_value()
                if self.kind == ",":
                    self.advance()
            self.advance()
            return result
        if kind == "[":
            self.advance()
            result = []
            while self.kind != "]":
                result.append(self.parse_value())
                if self.kind == ",":
                    self.advance()
            self.advance()
            return result
        self.advance()
        return value


def checksum(value):
    if isinstance(value, dict):
        return sum(len(key) + checksum(item) for key, item in value.items())
    if isinstance(value, list):
        return sum(checksum(item) for item in value) + len(value)
    if isinstance(value, str):
        return sum(ord(ch) for ch in value) % 1009
    if value is None or isinstance(value, bool):
        return 1 if value else 2
    return int(value * 4)


def main(n):
    document = make_document(n)
    out = []
    write(document, out)
    parser = Parser("".join(out))
    parsed = parser.parse_value()
    assert parsed == document
    return parser.count, checksum(parsed)


SIZE = 8000
QUICK_SIZE = 2000

if __name__ == "__main__":
    assert main(10) == (310, 9690), main(10)
    print("OK")
