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


def test_unsupported_and_bad_codes():
    with pytest.raises(opcodes.UnsupportedCode) as e:
        opcodes.convert_code(ATOMIC, FLAG_UNICODE)
    assert e.value.name == 'ATOMIC_GROUP'
    with pytest.raises(opcodes.BadCode):
        opcodes.convert_code([13, 5, 22, 97], FLAG_UNICODE)  # cut short
    with pytest.raises(opcodes.BadCode):
        opcodes.convert_code([99], FLAG_UNICODE)
    with pytest.raises(opcodes.BadCode):
        opcodes.convert_code([22, 97, 98], FLAG_UNICODE)  # RANGE outside IN
