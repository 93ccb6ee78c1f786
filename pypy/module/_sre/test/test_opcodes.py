"""Interp-level tests of opcodes.py: codes that CPython 3.11's
re._compiler produces (as ints), converted and run by rsre."""

import pytest
from rpython.rlib.rsre import rsre_core
from pypy.module._sre import opcodes
from pypy.module._sre.moduledef import UNSUPPORTED_FEATURES

FLAG_UNICODE = 32

# re._compiler._code(re._parser.parse(p, flags), flags) on CPython 3.11
ALTERNATION = [14, 8, 4, 1, 2, 22, 97, 98, 0, 7, 5, 16, 97, 15, 9, 7, 16,
               98, 16, 99, 15, 2, 0, 1]                         # 'a|bc'
LAZY_AFTER_SET = [14, 8, 4, 1, 4294967295, 22, 97, 99, 0, 13, 5, 22, 97,
                  99, 0, 26, 6, 0, 4294967295, 16, 120, 1, 1]   # '[a-c]x*?'
IGNORECASE = [14, 4, 0, 2, 2, 40, 97, 40, 98, 1]                # '(?i)ab'
LOOKBEHIND_GROUPREF = [14, 4, 0, 2, 2, 4, 5, 1, 16, 97, 1, 17, 0, 16, 98,
                       17, 1, 11, 0, 1]                         # '(?<=a)(b)\1'
ATOMIC = [14, 4, 0, 1, 1, 27, 4, 16, 97, 1, 1]                   # '(?>a)'
BITMAP_SET = [14, 4, 0, 1, 4294967295, 24, 16, 1, 4294967295, 13, 11, 9, 0,
              67043328, 2147483648, 134217726, 0, 0, 0, 0, 0, 1,
              1]                                                # '[0-9_a-z]+'


def span_of_search(code, text, flags=FLAG_UNICODE):
    ctx = rsre_core.search(opcodes.convert_code(code, flags), text,
                           flags=flags)
    if ctx is None:
        return None
    return ctx.match_start, ctx.match_end


def test_table_follows_cpython_311_order():
    assert len(opcodes.OPCODES) == 43
    assert opcodes.NAMES[14] == 'INFO' and opcodes.NAMES[42] == \
        'RANGE_UNI_IGNORE'
    for name in opcodes.NAMES:
        if opcodes.RSRE_OPCODES[opcodes.NAMES.index(name)] == \
                opcodes.UNSUPPORTED:
            assert name in UNSUPPORTED_FEATURES


def test_only_opcode_words_change():
    code = opcodes.convert_code(ALTERNATION, FLAG_UNICODE)
    assert code == [17, 8, 4, 1, 2, 27, 97, 98, 0, 7, 5, 19, 97, 18, 9, 7,
                    19, 98, 19, 99, 18, 2, 0, 1]
    code = opcodes.convert_code(BITMAP_SET, FLAG_UNICODE)
    assert code[9:12] == [15, 11, 10]               # IN, skip, CHARSET
    assert code[12:20] == BITMAP_SET[12:20]          # the bitmap as it was


def test_matching_converted_codes():
    assert span_of_search(ALTERNATION, 'xxbc') == (2, 4)
    assert span_of_search(LAZY_AFTER_SET, 'zzbxx') == (2, 3)
    assert span_of_search(IGNORECASE, 'xAB') == (1, 3)
    assert span_of_search(LOOKBEHIND_GROUPREF, 'bbabb') == (3, 5)
    assert span_of_search(LOOKBEHIND_GROUPREF, 'bbab') is None
    assert span_of_search(BITMAP_SET, '-a_9-') == (1, 4)


def test_locale_literals_are_lowered():
    # b'(?i)A' with re.LOCALE: LITERAL_LOC_IGNORE keeps the literal as
    # written, rsre compares it to the lowered character
    code = [14, 4, 0, 1, 1, 36, 65, 1]
    assert opcodes.convert_code(code, 6)[5:7] == [20, 97]
    assert span_of_search(code, 'xA', flags=6) == (1, 2)


# (pattern, CPython 3.11's code, number of groups, subject, the spans of
# groups 0.. of re.search on CPython (None: no match), its lastindex)
ATOMIC_CASES = [
    ('(?>a+)b', [14, 4, 0, 2, 4294967295, 27, 9, 24, 6, 1, 4294967295, 16,
                 97, 1, 1, 16, 98, 1], 0, 'aaab', [(0, 4)], None),
    ('(?>a+)ab', [14, 4, 0, 3, 4294967295, 27, 9, 24, 6, 1, 4294967295, 16,
                  97, 1, 1, 16, 97, 16, 98, 1], 0, 'aaab', None, None),
    ('a*+b', [14, 4, 0, 1, 4294967295, 29, 6, 0, 4294967295, 16, 97, 1, 16,
              98, 1], 0, 'xaab', [(1, 4)], None),
    ('a*+a', [14, 4, 0, 1, 4294967295, 29, 6, 0, 4294967295, 16, 97, 1, 16,
              97, 1], 0, 'aaa', None, None),
    ('(?:ab)++c', [14, 4, 0, 3, 4294967295, 28, 7, 1, 4294967295, 16, 97,
                   16, 98, 1, 16, 99, 1], 0, 'ababc', [(0, 5)], None),
    ('(?:ab)++ab', [14, 4, 0, 4, 4294967295, 28, 7, 1, 4294967295, 16, 97,
                    16, 98, 1, 16, 97, 16, 98, 1], 0, 'ababab', None, None),
    ('(a|b(?>c|cd))d', [14, 8, 4, 2, 4, 22, 97, 98, 0, 17, 0, 7, 5, 16, 97,
                        15, 22, 20, 16, 98, 27, 14, 16, 99, 7, 3, 15, 7, 5,
                        16, 100, 15, 2, 0, 1, 15, 2, 0, 17, 1, 16, 100, 1],
     1, 'bcd', [(0, 3), (0, 2)], 1),
    ('x{2,3}+x', [14, 4, 0, 3, 4, 29, 6, 2, 3, 16, 120, 1, 16, 120, 1], 0,
     'xxxx', [(0, 4)], None),
    ('(?<=(?>ab))c', [14, 4, 0, 1, 1, 4, 10, 2, 27, 6, 16, 97, 16, 98, 1, 1,
                      16, 99, 1], 0, 'abc', [(2, 3)], None),
    ('((?>a|ab)c)', [14, 4, 0, 2, 3, 17, 0, 27, 14, 16, 97, 7, 3, 15, 7, 5,
                     16, 98, 15, 2, 0, 1, 16, 99, 17, 1, 1], 1, 'abc ac',
     [(4, 6), (4, 6)], 1),
    ('(?>(a)b)(c)', [14, 4, 0, 3, 3, 27, 10, 17, 0, 16, 97, 17, 1, 16, 98, 1,
                     17, 2, 16, 99, 17, 3, 1], 2, 'abc',
     [(0, 3), (0, 1), (2, 3)], 2),
]


@pytest.mark.parametrize('case', ATOMIC_CASES, ids=[c[0] for c in
                                                     ATOMIC_CASES])
def test_atomic_groups_and_possessive_repeats(case):
    # rewritten as a capturing lookahead and a backreference to a hidden
    # group numbered after the pattern's own
    from pypy.module._sre.match import group_spans, last_closed_group
    pattern, code, ngroups, text, spans, lastindex = case
    rsre_code = opcodes.convert_code(code, FLAG_UNICODE, ngroups)
    ctx = rsre_core.search(rsre_code, text, flags=FLAG_UNICODE)
    if spans is None:
        assert ctx is None
        return
    # (in W_Match's order: flattening the marks clears them)
    index = last_closed_group(ctx.match_marks, ngroups)
    assert index == (lastindex if lastindex is not None else -1)
    flat = group_spans(ctx, ngroups)
    assert [(flat[2 * i], flat[2 * i + 1]) for i in range(ngroups + 1)] == \
        spans


def test_unsupported_and_bad_codes():
    with pytest.raises(opcodes.UnsupportedCode) as e:
        opcodes.convert_code([14, 4, 0, 2, 2, 35, 5, 22, 97, 98, 0, 36, 120,
                              1], 2 | 4 | 8)    # b'(?L)(?i)[ab]x'
    assert e.value.name == 'IN_LOC_IGNORE'
    with pytest.raises(opcodes.BadCode):
        opcodes.convert_code([13, 5, 22, 97], FLAG_UNICODE)  # cut short
    with pytest.raises(opcodes.BadCode):
        opcodes.convert_code([99], FLAG_UNICODE)
    with pytest.raises(opcodes.BadCode):
        opcodes.convert_code([22, 97, 98], FLAG_UNICODE)  # RANGE outside IN
