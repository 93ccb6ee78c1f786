"""The re module of CPython 3.11's standard library on the _sre module
(rpython's rsre matcher), and the modules that import re; CPython gives the
expected results."""

import re

import pytest


def test_match_search_fullmatch():
    p = re.compile(r"(\w+) (?P<last>\w+)")
    m = p.match("Isaac Newton, physicist")
    assert m.group(0) == "Isaac Newton" and m[1] == "Isaac"
    assert m.group(1, 2) == ("Isaac", "Newton") and m["last"] == "Newton"
    assert m.groups() == ("Isaac", "Newton")
    assert m.groupdict() == {"last": "Newton"}
    assert m.span() == (0, 12) and m.span(2) == (6, 12)
    assert m.start("last") == 6 and m.end(1) == 5
    assert m.lastindex == 2 and m.lastgroup == "last"
    assert m.re is p and m.string == "Isaac Newton, physicist"
    assert m.pos == 0 and m.endpos == 23 and m.regs == ((0, 12), (0, 5), (6, 12))
    assert repr(m) == "<re.Match object; span=(0, 12), match='Isaac Newton'>"
    assert p.groups == 2 and p.groupindex == {"last": 2}
    assert p.pattern == r"(\w+) (?P<last>\w+)" and p.flags == re.UNICODE
    assert repr(re.compile("a+", re.I | re.M)) == "re.compile('a+', re.IGNORECASE|re.MULTILINE)"
    assert re.match("b", "ab") is None and re.search("b", "ab").span() == (1, 2)
    assert re.fullmatch("a|ab", "ab").group() == "ab"
    assert re.fullmatch("a", "ab") is None
    assert re.compile("b").search("abcb", 2).span() == (3, 4)
    assert re.compile("b").search("abcb", 0, 1) is None
    m = re.match(r"(a)(b)?(c)?", "ad")
    assert m.groups() == ("a", None, None) and m.groups("-") == ("a", "-", "-")
    assert m.groupdict("x") == {} and m.span(2) == (-1, -1)
    assert type(m).__name__ == "Match" and type(p).__name__ == "Pattern"
    assert re.Pattern is type(p) and re.Match is type(m)
    with pytest.raises(IndexError, match="no such group"):
        m.group(4)
    with pytest.raises(IndexError, match="no such group"):
        m.group("nope")


def test_findall_finditer_scanner():
    assert re.findall(r"\d+", "a1b22c333") == ["1", "22", "333"]
    assert re.findall(r"(\w)=(\d)", "a=1, b=2") == [("a", "1"), ("b", "2")]
    assert re.findall(r"(\w)=\d", "a=1, b=2") == ["a", "b"]
    assert re.findall(r"x*", "axx") == ["", "xx", ""]
    assert re.findall(r"(a)|b", "ab") == ["a", ""]
    assert [m.span() for m in re.finditer(r"\w+", "hi there")] == [(0, 2), (3, 8)]
    assert [m.group() for m in re.finditer(r"x*", "axxb")] == ["", "xx", "", ""]
    s = re.compile(r"\d").scanner("1a2")
    assert s.match().group() == "1" and s.match() is None
    s = re.compile(r"\d").scanner("1a2")
    assert s.search().group() == "1" and s.search().group() == "2"
    assert s.search() is None


def test_sub_subn():
    assert re.sub(r"\d", "#", "a1b22") == "a#b##"
    assert re.sub(r"(\w)(\d)", r"\2\1", "a1 b2") == "1a 2b"
    assert re.sub(r"(?P<w>\w+)@", r"<\g<w>>", "me@ you@") == "<me> <you>"
    assert re.sub(r"(\w+)", r"[\g<1>]", "a b") == "[a] [b]"
    assert re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 and 21") == "6 and 42"
    assert re.sub("a", "b", "aaa", count=2) == "bba"
    assert re.subn("a", "b", "aaa") == ("bbb", 3)
    assert re.sub("x*", "-", "abxd") == "-a-b--d-"
    assert re.sub("", "-", "ab") == "-a-b-"
    assert re.sub(r"\s+", " ", "a \n\t b") == "a b"
    assert re.sub("a", r"\n", "bab") == "b\nb"
    assert re.match(r"(\w+) (\w+)", "hello world").expand(r"\2 \1") == "world hello"
    with pytest.raises(re.error, match="invalid group reference 3"):
        re.sub("(a)", r"\3", "a")


def test_split():
    assert re.split(r",\s*", "a, b,c") == ["a", "b", "c"]
    assert re.split(r"(,)", "a,b") == ["a", ",", "b"]
    assert re.split(r"(,)|;", "a,b;c") == ["a", ",", "b", None, "c"]
    assert re.split(",", "a,b,c", maxsplit=1) == ["a", "b,c"]
    assert re.split(r"\b", "ab cd") == ["", "ab", " ", "cd", ""]
    assert re.split("x*", "axbc") == ["", "a", "", "b", "c", ""]
    assert re.compile(r"\W+").split("Words, words, words.") == ["Words", "words", "words", ""]


def test_flags_and_syntax():
    assert re.match("abc", "ABC", re.IGNORECASE).group() == "ABC"
    assert re.findall("[a-c]+", "xAbCx", re.I) == ["AbC"]
    assert re.match("(?i)straße", "STRAßE") is not None
    assert re.findall("^\\w", "ab\ncd", re.MULTILINE) == ["a", "c"]
    assert re.findall("d$", "ad\ncd", re.M) == ["d", "d"]
    assert re.match("a.b", "a\nb") is None
    assert re.match("a.b", "a\nb", re.DOTALL).group() == "a\nb"
    verbose = re.compile(r"""
        (\d+)   # digits
        \s*     # spaces
        ([a-z]+)  # word
    """, re.VERBOSE)
    assert verbose.match("12  ab").groups() == ("12", "ab")
    assert re.match(r"\w+(?=!)", "hi!").group() == "hi"
    assert re.match(r"\w+(?!!)", "hi!").group() == "h"
    assert re.search(r"(?<=\$)\d+", "cost $42").group() == "42"
    assert re.search(r"(?<!\$)\b\d+", "$1 2").group() == "2"
    assert re.match("a+?", "aaa").group() == "a"
    assert re.match("<.*?>", "<a><b>").group() == "<a>"
    assert re.match("a{2,3}", "aaaa").group() == "aaa"
    assert re.match("(ab)+", "ababx").group() == "abab"
    assert re.match(r"(a|b)*?c", "abac").group() == "abac"
    assert re.findall(r"\d", "a1٣") == ["1", "٣"]
    assert re.findall(r"\d", "a1٣", re.ASCII) == ["1"]
    assert re.findall(r"\s", "a b\tc\u3000") == [" ", "\t", "\u3000"]
    assert re.findall(r"\w+", "héllo wörld") == ["héllo", "wörld"]
    assert re.findall(r"[^\W\d]+", "ab12cd") == ["ab", "cd"]
    assert re.match(r"(a)\1", "aa").group() == "aa"
    assert re.match(r"(?P<q>['\"]).*?(?P=q)", "'hi' x").group() == "'hi'"
    assert re.match(r"(a)?(?(1)b|c)", "c").group() == "c"
    assert re.match(r"(?:ab|cd)+", "abcdab").group() == "abcdab"
    assert re.match("[α-ω]+", "αβγ").group() == "αβγ"
    assert re.findall("[а-яё]+", "Привет мир", re.I) == ["Привет", "мир"]
    assert re.match(r"\Aab\Z", "ab") is not None
    # a set of many ranges beyond latin-1: compiled to a BIGCHARSET
    assert re.findall("[а-яa-z0-9ё]+", "привет, world 42 ёж!") == \
        ["привет", "world", "42", "ёж"]


def test_builtins_used_by_re_compiler():
    assert b"01" * 2 == b"0101" and 2 * b"ab" == b"abab" and b"a" * -1 == b""
    table = b"0" + b"1" * 255
    assert bytearray(b"\x00\x05\x00").translate(table) == bytearray(b"010")
    assert b"abc".translate(None, b"b") == b"ac"
    assert bytearray(b"\x00\x01\x01\x00").find(1) == 1
    assert bytearray(b"\x00\x01\x01\x00").find(0, 1) == 3
    assert b"abcabc".find(b"c", -2) == 5 and b"abc".find(b"x") == -1
    assert int(b"101", 2) == 5 and int(bytearray(b"ff"), 16) == 255
    assert int(b" 42 ") == 42
    assert list(range(5)[::-1]) == [4, 3, 2, 1, 0]
    assert list(range(10)[2:8:3]) == [2, 5]
    view = memoryview(b"\x01\x00\x00\x00\x02\x00\x00\x00").cast("I")
    assert view.itemsize == 4 and len(view) == 2
    assert view.tolist() in ([1, 2], [16777216, 33554432])
    with pytest.raises(TypeError, match="length is not a multiple of itemsize"):
        memoryview(b"abc").cast("I")


def test_bytes_patterns():
    assert re.findall(rb"\d+", b"a12b3") == [b"12", b"3"]
    assert re.sub(rb"(\w)", rb"<\1>", b"ab") == b"<a><b>"
    assert re.split(b",", b"a,b") == [b"a", b"b"]
    assert b"-".join([b"a", bytearray(b"b")]) == b"a-b"
    assert re.match(b"AB", b"ab", re.I).group() == b"ab"
    assert re.match(rb"\w+", b"caf\xe9").group() == b"caf"
    m = re.search(rb"(?P<n>\d)", b"x7")
    assert m.group("n") == b"7" and m.span() == (1, 2)
    with pytest.raises(TypeError, match="cannot use a string pattern on a bytes-like object"):
        re.match("a", b"a")
    with pytest.raises(TypeError, match="cannot use a bytes pattern on a string-like object"):
        re.match(b"a", "a")
    with pytest.raises(TypeError, match="expected string or bytes-like object, got 'int'"):
        re.match("a", 3)


def test_escape_and_errors():
    assert re.escape("a.b*c") == "a\\.b\\*c"
    assert re.escape(b"a.b") == b"a\\.b"
    assert re.match(re.escape("1+1=2"), "1+1=2") is not None
    for pattern, message in [
            ("(a", "missing ), unterminated subpattern at position 0"),
            ("*a", "nothing to repeat at position 0"),
            ("a)", "unbalanced parenthesis at position 1"),
            ("\\q", "bad escape \\q at position 0"),
            ("(?<=a+)b", "look-behind requires fixed-width pattern"),
            ("(?P<1>a)", "bad character in group name '1' at position 4"),
            ("a{2,1}", "min repeat greater than max repeat at position 2")]:
        try:
            re.compile(pattern)
        except re.error as e:
            assert str(e) == message
        else:
            assert False, pattern
    try:
        re.compile("[a")
    except re.error as e:
        assert e.msg == "unterminated character set" and e.pos == 0
    else:
        assert False, "no error"


def test_atomic_groups_and_possessive_repeats():
    # 3.11's (?>...), *+, ++, ?+ and {m,n}+; fnmatch translates every * to
    # an atomic group
    import fnmatch
    assert re.findall(r"(?>a+)b|c", "aab c ab") == ["aab", "c", "ab"]
    assert re.match(r"(?>a+)ab", "aaab") is None
    assert re.match(r"a*+a", "aaa") is None
    assert re.fullmatch(r"(?:ab)++", "abab").span() == (0, 4)
    assert re.fullmatch(r"x{2,3}+x", "xxxx").span() == (0, 4)
    assert re.fullmatch(r"x{2,3}+x", "xxx") is None
    m = re.match(r"(a)(?>b(c))?", "abc")
    assert m.groups() == ("a", "c") and m.lastindex == 2
    m = re.match(r"(a)(?>bd)?", "abc")
    assert m.groups() == ("a",) and m.lastindex == 1 and m.re.groups == 1
    assert re.match(r"(?i)(?>AB)+", "abAbx").group() == "abAb"
    assert re.sub(r"(?>\w+)\s*", "-", "ab cd  ef") == "---"
    assert re.search(r"(?<=(?>ab))c", "abc").span() == (2, 3)
    assert re.match(rb"(?>a|ab)c", b"abc") is None
    assert fnmatch.fnmatch("foo.py", "*.py")
    assert not fnmatch.fnmatch("foo.pyc", "*.py")
    assert fnmatch.filter(["a.txt", "b.py", "c.txt"], "*.t?t") == \
        ["a.txt", "c.txt"]
    assert fnmatch.fnmatchcase("abcab", "*a*b")


def test_bytes_like_subjects():
    # bytearray, memoryview and array.array are searched as bytes; groups
    # are bytes, Match.string the object given
    import array
    for string in (b":a:b::c", bytearray(b":a:b::c"),
                   memoryview(b":a:b::c")):
        assert re.split(b"(:+)", string) == \
            [b"", b":", b"a", b":", b"b", b"::", b"c"]
        assert re.findall(b"(:)(:*)", string) == \
            [(b":", b""), (b":", b""), (b":", b":")]
        m = re.search(b"(a)", string)
        assert type(m.group(1)) is bytes and m.group(0, 1) == (b"a", b"a")
        assert m.string is string
        assert repr(m) == "<re.Match object; span=(1, 2), match=b'a'>"
        assert re.fullmatch(b":a.*", string).span() == (0, 7)
    assert re.sub(b"y", bytearray(b"a"), bytearray(b"xyz")) == b"xaz"
    assert re.sub(b"y", memoryview(b"a"), memoryview(b"xyz")) == b"xaz"
    assert re.compile(b"bla").match(array.array("b")) is None
    assert re.compile(b"").match(array.array("d")).groups() == ()
    with pytest.raises(TypeError):
        re.match("a", bytearray(b"a"))
    with pytest.raises(TypeError):
        re.match(b"a", 3)


def test_modules_importing_re():
    import argparse
    import json
    import string
    import textwrap
    import warnings
    assert json.loads(json.dumps({"a": [1, 2.5, None, True], "b": "x\u00e9"})) == \
        {"a": [1, 2.5, None, True], "b": "x\u00e9"}
    assert json.dumps({"k": "v"}, indent=2) == '{\n  "k": "v"\n}'
    assert textwrap.fill("The quick brown fox jumps over the lazy dog", width=15) == \
        "The quick brown\nfox jumps over\nthe lazy dog"
    assert textwrap.dedent("  a\n  b\n") == "a\nb\n"
    parser = argparse.ArgumentParser(prog="prog")
    parser.add_argument("--count", type=int, default=1)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("names", nargs="*")
    ns = parser.parse_args(["--count", "3", "-v", "x", "y"])
    assert ns.count == 3 and ns.verbose and ns.names == ["x", "y"]
    assert string.Template("$who likes ${what}").substitute(who="tim", what="pie") == \
        "tim likes pie"
    assert any(f[2] is DeprecationWarning for f in warnings.filters)


def test_patterns_compiled_alike_are_equal_and_hash_alike():
    import re
    first = re.compile('abc', re.IGNORECASE)
    re.purge()
    second = re.compile('abc', re.IGNORECASE)
    assert first == second and not first != second
    assert hash(first) == hash(second) and {first: 1}[second] == 1
    assert first != re.compile('XYZ', re.IGNORECASE)
    assert first != re.compile('abc') and first != 'abc'
    re.purge()
    assert re.compile(b'abc') == re.compile(b'abc')
    assert re.compile(b'abc') != re.compile('abc')
    with pytest.raises(TypeError):
        first < second


class Index:
    def __init__(self, value):
        self.value = value

    def __index__(self):
        return self.value


def test_match_group_by_index_object_and_read_only_groupindex():
    import re
    m = re.match('(a)(b)', 'ab')
    assert m.group(Index(1)) == 'a' and m[Index(1)] == 'a'
    assert m.group(Index(2), Index(1)) == ('b', 'a')
    for bad in [-1, 3, 1 << 1000, Index(1 << 1000), 'x']:
        with pytest.raises(IndexError, match='no such group'):
            m.group(bad)
    p = re.compile(r'(?i)(?P<first>a)(?P<other>b)')
    assert sorted(p.groupindex) == ['first', 'other']
    with pytest.raises(TypeError):
        p.groupindex['other'] = 0
    assert p.groupindex['other'] == 2 and p.match('ab')['first'] == 'a'
