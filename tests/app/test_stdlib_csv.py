"""csv on the built-in _csv: reader, writer and dialects with CPython's
quoting, escaping and errors; DictReader, DictWriter and Sniffer from
csv.py."""

import csv
import io

import pytest


def test_writer_quotes_what_needs_it():
    s = io.StringIO()
    w = csv.writer(s)
    w.writerow(["a\nb", "x\ry", 'q"', None, 1.5, ""])
    w.writerow([""])
    w.writerows([[1, 2], ["a,b", "c"]])
    assert s.getvalue() == \
        '"a\nb","x\ry","q""",,1.5,\r\n""\r\n1,2\r\n"a,b",c\r\n'
    s = io.StringIO()
    csv.writer(s, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n") \
        .writerow([1, "a", None, 2.5])
    csv.writer(s, quoting=csv.QUOTE_NONE, escapechar="\\", delimiter=";",
               lineterminator="\n").writerow(["a;b", "c"])
    csv.writer(s, quoting=csv.QUOTE_ALL, lineterminator="\n") \
        .writerow(["a", ""])
    assert s.getvalue() == '1,"a","",2.5\na\\;b;c\n"a",""\n'


def test_reader():
    text = '"a\nb","x\ry","q""",,1.5,\r\n""\r\n1,2\r\n'
    assert list(csv.reader(io.StringIO(text, newline=""))) == \
        [["a\nb", "x\ry", 'q"', "", "1.5", ""], [""], ["1", "2"]]
    assert list(csv.reader(['a, b,"c,d"', "", '"x""y",z'],
                           skipinitialspace=True)) == \
        [["a", "b", "c,d"], [], ['x"y', "z"]]
    assert list(csv.reader(['1,"a",2.5'], quoting=csv.QUOTE_NONNUMERIC)) == \
        [[1.0, "a", 2.5]]
    r = csv.reader(['a,"b', 'c"', "d"])
    assert (next(r), r.line_num, next(r), r.line_num) == \
        (["a", "bc"], 2, ["d"], 3)


def test_dict_reader_and_writer():
    rows = list(csv.DictReader(io.StringIO("name,age\nann,3\nbob,4\n")))
    assert rows == [{"name": "ann", "age": "3"}, {"name": "bob", "age": "4"}]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=["name", "age"])
    writer.writeheader()
    writer.writerows(rows)
    assert out.getvalue() == "name,age\r\nann,3\r\nbob,4\r\n"
    with pytest.raises(ValueError, match="dict contains fields not in "
                                         "fieldnames: 'x'"):
        writer.writerow({"x": 1})


def test_dialects():
    assert csv.list_dialects() == ["excel", "excel-tab", "unix"]
    assert csv.get_dialect("excel-tab").delimiter == "\t"
    csv.register_dialect("pipes", delimiter="|")
    try:
        assert list(csv.reader(["a|b"], "pipes")) == [["a", "b"]]
        d = csv.get_dialect("pipes")
        assert (d.quoting, d.quotechar, d.escapechar, d.lineterminator) == \
            (csv.QUOTE_MINIMAL, '"', None, "\r\n")
    finally:
        csv.unregister_dialect("pipes")
    assert csv.Sniffer().sniff("a;b;c\n1;2;3\n").delimiter == ";"


def test_errors():
    s = io.StringIO()
    for call, error, message in [
            (lambda: csv.reader([], delimiter="ab"), TypeError,
             '"delimiter" must be a 1-character string'),
            (lambda: csv.reader([], quotechar=1), TypeError,
             '"quotechar" must be string or None, not int'),
            (lambda: csv.reader([], quoting=7), TypeError,
             'bad "quoting" value'),
            (lambda: csv.get_dialect("nope"), csv.Error, "unknown dialect"),
            (lambda: list(csv.reader(['a"b,"c"d'], strict=True)), csv.Error,
             "',' expected after '\"'"),
            (lambda: csv.writer(s, quoting=csv.QUOTE_NONE).writerow(["a,b"]),
             csv.Error, "need to escape, but no escapechar set"),
            (lambda: csv.writer(1), TypeError,
             'argument 1 must have a "write" method'),
            (lambda: csv.writer(s).writerow(5), csv.Error,
             "iterable expected, not int"),
            (lambda: list(csv.reader([b"x"])), csv.Error,
             "iterator should return strings, not bytes (the file should "
             "be opened in text mode)"),
            (lambda: list(csv.reader(["a\rb"])), csv.Error,
             "new-line character seen in unquoted field - do you need to "
             "open the file in universal-newline mode?")]:
        with pytest.raises(error) as info:
            call()
        assert str(info.value) == message


def test_field_size_limit():
    old = csv.field_size_limit(10)
    try:
        assert csv.field_size_limit() == 10
        with pytest.raises(csv.Error) as info:
            list(csv.reader(["a" * 11]))
        assert str(info.value) == "field larger than field limit (10)"
    finally:
        csv.field_size_limit(old)
    assert old == 131072
