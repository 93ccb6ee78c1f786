"""CPython 3.11's compiled regular expressions (re/_compiler.py) turned into
the code of rpython/rlib/rsre, whose opcode numbers are an older CPython's.

Every opcode keeps its arguments, so the code keeps its length and every
skip offset stays valid: only the opcode words change (and the literals of
the LOCALE ignore-case opcodes, see below)."""

from rpython.rlib.rsre import rsre_core as rsre
from rpython.rlib.rsre import rsre_char

MAGIC = 20220615        # re/_constants.py's MAGIC: the numbering below

UNSUPPORTED = -1

# CPython 3.11 opcode number -> (rsre opcode, number of argument words)
# in the order of re/_constants.py's OPCODES.  The *_IGNORE, *_UNI_IGNORE
# and *_LOC_IGNORE families all become rsre's *_IGNORE: rsre lowers the
# character by the pattern's flags (ASCII, UNICODE or LOCALE), which pick the
# family.  A scoped (?a:...) in a str pattern thus lowers by Unicode rules:
# that differs from ASCII rules only for U+0130 and U+212A (whose lowercase
# letters are ASCII 'i' and 'k').
OPCODES = [
    ('FAILURE', rsre.OPCODE_FAILURE, 0),
    ('SUCCESS', rsre.OPCODE_SUCCESS, 0),
    ('ANY', rsre.OPCODE_ANY, 0),
    ('ANY_ALL', rsre.OPCODE_ANY_ALL, 0),
    ('ASSERT', rsre.OPCODE_ASSERT, 2),
    ('ASSERT_NOT', rsre.OPCODE_ASSERT_NOT, 2),
    ('AT', rsre.OPCODE_AT, 1),
    ('BRANCH', rsre.OPCODE_BRANCH, -1),           # walked by its skips
    ('CATEGORY', rsre.OPCODE_CATEGORY, 1),
    ('CHARSET', rsre.OPCODE_CHARSET, -1),         # only inside a set
    ('BIGCHARSET', rsre.OPCODE_BIGCHARSET, -1),   # only inside a set
    ('GROUPREF', rsre.OPCODE_GROUPREF, 1),
    ('GROUPREF_EXISTS', rsre.OPCODE_GROUPREF_EXISTS, 2),
    ('IN', rsre.OPCODE_IN, -1),                   # walked as a set
    ('INFO', rsre.OPCODE_INFO, -1),               # walked by its flags
    ('JUMP', rsre.OPCODE_JUMP, 1),
    ('LITERAL', rsre.OPCODE_LITERAL, 1),
    ('MARK', rsre.OPCODE_MARK, 1),
    ('MAX_UNTIL', rsre.OPCODE_MAX_UNTIL, 0),
    ('MIN_UNTIL', rsre.OPCODE_MIN_UNTIL, 0),
    ('NOT_LITERAL', rsre.OPCODE_NOT_LITERAL, 1),
    ('NEGATE', rsre.OPCODE_NEGATE, -1),           # only inside a set
    ('RANGE', rsre.OPCODE_RANGE, -1),             # only inside a set
    ('REPEAT', rsre.OPCODE_REPEAT, 3),
    ('REPEAT_ONE', rsre.OPCODE_REPEAT_ONE, 3),
    ('SUBPATTERN', UNSUPPORTED, 0),               # never in compiled code
    ('MIN_REPEAT_ONE', rsre.OPCODE_MIN_REPEAT_ONE, 3),
    ('ATOMIC_GROUP', UNSUPPORTED, 0),
    ('POSSESSIVE_REPEAT', UNSUPPORTED, 0),
    ('POSSESSIVE_REPEAT_ONE', UNSUPPORTED, 0),
    ('GROUPREF_IGNORE', rsre.OPCODE_GROUPREF_IGNORE, 1),
    ('IN_IGNORE', rsre.OPCODE_IN_IGNORE, -1),
    ('LITERAL_IGNORE', rsre.OPCODE_LITERAL_IGNORE, 1),
    ('NOT_LITERAL_IGNORE', rsre.OPCODE_NOT_LITERAL_IGNORE, 1),
    ('GROUPREF_LOC_IGNORE', rsre.OPCODE_GROUPREF_IGNORE, 1),
    # CPython tests the character, its lower and its upper case against the
    # set; rsre only the lower case
    ('IN_LOC_IGNORE', UNSUPPORTED, 0),
    ('LITERAL_LOC_IGNORE', rsre.OPCODE_LITERAL_IGNORE, 1),
    ('NOT_LITERAL_LOC_IGNORE', rsre.OPCODE_NOT_LITERAL_IGNORE, 1),
    ('GROUPREF_UNI_IGNORE', rsre.OPCODE_GROUPREF_IGNORE, 1),
    ('IN_UNI_IGNORE', rsre.OPCODE_IN_IGNORE, -1),
    ('LITERAL_UNI_IGNORE', rsre.OPCODE_LITERAL_IGNORE, 1),
    ('NOT_LITERAL_UNI_IGNORE', rsre.OPCODE_NOT_LITERAL_IGNORE, 1),
    ('RANGE_UNI_IGNORE', rsre.OPCODE_RANGE_IGNORE, -1),  # only inside a set
]

NAMES = [name for name, _, _ in OPCODES]
RSRE_OPCODES = [rsre_op for _, rsre_op, _ in OPCODES]
N_ARGS = [n for _, _, n in OPCODES]

BRANCH = NAMES.index('BRANCH')
INFO = NAMES.index('INFO')
IN = NAMES.index('IN')
IN_IGNORE = NAMES.index('IN_IGNORE')
IN_UNI_IGNORE = NAMES.index('IN_UNI_IGNORE')
LITERAL_LOC_IGNORE = NAMES.index('LITERAL_LOC_IGNORE')
NOT_LITERAL_LOC_IGNORE = NAMES.index('NOT_LITERAL_LOC_IGNORE')

# inside a set: CPython 3.11 opcode -> number of argument words
SET_FAILURE = NAMES.index('FAILURE')
SET_NEGATE = NAMES.index('NEGATE')
SET_LITERAL = NAMES.index('LITERAL')
SET_CATEGORY = NAMES.index('CATEGORY')
SET_CHARSET = NAMES.index('CHARSET')
SET_BIGCHARSET = NAMES.index('BIGCHARSET')
SET_RANGE = NAMES.index('RANGE')
SET_RANGE_UNI_IGNORE = NAMES.index('RANGE_UNI_IGNORE')

CHARSET_WORDS = 256 // 32                    # a 256-bit map in 32-bit words
BLOCK_INDEX_WORDS = 256 // rsre_char.CODESIZE  # 256 block numbers of a byte
assert rsre_char.CODESIZE == 4              # as CPython's _sre.CODESIZE

INFO_FLAG_CHARSET = rsre_char.SRE_INFO_CHARSET


class UnsupportedCode(Exception):
    """The code uses an opcode rsre has no equivalent of."""

    def __init__(self, name):
        self.name = name


class BadCode(Exception):
    """The code list is not what re._compiler produces."""


def word(code, i):
    if i < 0 or i >= len(code):
        raise BadCode
    return code[i]


def skip_word(code, i):
    skip = word(code, i)
    if skip <= 0:
        raise BadCode
    return skip


def convert_set(code, out, i):
    """Converts the set starting at code[i] up to its FAILURE; returns the
    index after it."""
    while True:
        op = word(code, i)
        if op == SET_FAILURE:
            out[i] = rsre.OPCODE_FAILURE
            return i + 1
        elif op == SET_NEGATE:
            out[i] = rsre.OPCODE_NEGATE
            i += 1
        elif op == SET_LITERAL or op == SET_CATEGORY:
            out[i] = RSRE_OPCODES[op]
            i += 2
        elif op == SET_RANGE or op == SET_RANGE_UNI_IGNORE:
            out[i] = RSRE_OPCODES[op]
            i += 3
        elif op == SET_CHARSET:
            out[i] = rsre.OPCODE_CHARSET
            i += 1 + CHARSET_WORDS
        elif op == SET_BIGCHARSET:
            out[i] = rsre.OPCODE_BIGCHARSET
            i += 2 + BLOCK_INDEX_WORDS + word(code, i + 1) * CHARSET_WORDS
        else:
            raise BadCode


def convert_sequence(code, out, i, stop, flags):
    """Converts the opcodes of code[i:stop]."""
    while i < stop:
        op = word(code, i)
        if op < 0 or op >= len(OPCODES):
            raise BadCode
        rsre_op = RSRE_OPCODES[op]
        if rsre_op == UNSUPPORTED:
            raise UnsupportedCode(NAMES[op])
        out[i] = rsre_op
        if op == BRANCH:
            # <BRANCH> (<skip> alternative <JUMP> <skip>)* <FAILURE>
            j = i + 1
            while word(code, j) != 0:
                skip = skip_word(code, j)
                convert_sequence(code, out, j + 1, j + skip, flags)
                j += skip
            out[j] = rsre.OPCODE_FAILURE
            i = j + 1
        elif op == INFO:
            # <INFO> <skip> <flags> <min> <max> (prefix | charset)
            if word(code, i + 2) & INFO_FLAG_CHARSET:
                convert_set(code, out, i + 5)
            i += 1 + skip_word(code, i + 1)
        elif op == IN or op == IN_IGNORE or op == IN_UNI_IGNORE:
            # <IN> <skip> set <FAILURE>
            convert_set(code, out, i + 2)
            i += 1 + skip_word(code, i + 1)
        elif N_ARGS[op] < 0:
            raise BadCode           # a set opcode outside of a set
        else:
            if op == LITERAL_LOC_IGNORE or op == NOT_LITERAL_LOC_IGNORE:
                # rsre compares the lowered character to the literal: CPython
                # compares it in either case to the literal as written
                out[i + 1] = rsre_char.getlower(word(code, i + 1), flags)
            i += 1 + N_ARGS[op]


# ____________________________________________________________
# atomic groups and possessive repeats, which rsre lacks: (?>X) matches as
# (?=(X))\h, a lookahead that captures X in a hidden group h (numbered after
# the pattern's own groups) and a backreference to it, which consumes exactly
# what the lookahead matched and never backtracks into it; X*+ is (?>X*).
# The code grows, so it is rebuilt with every skip recomputed.

ATOMIC_GROUP = NAMES.index('ATOMIC_GROUP')
POSSESSIVE_REPEAT = NAMES.index('POSSESSIVE_REPEAT')
POSSESSIVE_REPEAT_ONE = NAMES.index('POSSESSIVE_REPEAT_ONE')
ASSERT = NAMES.index('ASSERT')
ASSERT_NOT = NAMES.index('ASSERT_NOT')
MARK = NAMES.index('MARK')
GROUPREF = NAMES.index('GROUPREF')
GROUPREF_EXISTS = NAMES.index('GROUPREF_EXISTS')
JUMP = NAMES.index('JUMP')
SUCCESS = NAMES.index('SUCCESS')
FAILURE = NAMES.index('FAILURE')
REPEAT = NAMES.index('REPEAT')
REPEAT_ONE = NAMES.index('REPEAT_ONE')
MIN_REPEAT_ONE = NAMES.index('MIN_REPEAT_ONE')
MAX_UNTIL = NAMES.index('MAX_UNTIL')
IN_LOC_IGNORE = NAMES.index('IN_LOC_IGNORE')


class HiddenGroups(object):
    def __init__(self, ngroups):
        self.next_group = ngroups       # 0-based index of the next one


def emit_atomic(out, body, hidden, repeat_op, min_max):
    """(?=(body))\h into out; with repeat_op, body is the body of a
    repeat (REPEAT: without its MAX_UNTIL; REPEAT_ONE: with its SUCCESS)
    repeated min_max[0] to min_max[1] times."""
    group = hidden.next_group
    hidden.next_group += 1
    inner = [MARK, 2 * group]
    if repeat_op >= 0:
        inner += [repeat_op, len(body) + 3, min_max[0], min_max[1]]
        inner += body
        if repeat_op == REPEAT:
            inner.append(MAX_UNTIL)
    else:
        inner += body
    inner += [MARK, 2 * group + 1, SUCCESS]
    out += [ASSERT, len(inner) + 2, 0]
    out += inner
    out += [GROUPREF, group]


def expand_sequence(code, i, stop, hidden):
    """The CPython 3.11 code of code[i:stop] with its atomic groups and
    possessive repeats expanded."""
    out = []
    while i < stop:
        op = word(code, i)
        if op < 0 or op >= len(OPCODES):
            raise BadCode
        if op == INFO or op == IN or op == IN_IGNORE or op == IN_UNI_IGNORE \
                or op == IN_LOC_IGNORE:
            end = i + 1 + skip_word(code, i + 1)
            word(code, end - 1)
            assert i >= 0 and end >= 0
            out += code[i:end]
            i = end
        elif op == ASSERT or op == ASSERT_NOT:
            end = i + 1 + skip_word(code, i + 1)
            body = expand_sequence(code, i + 3, end, hidden)
            out += [op, len(body) + 2, word(code, i + 2)]
            out += body
            i = end
        elif op == BRANCH:
            # <BRANCH> (<skip> alternative <JUMP> <skip>)* <FAILURE>
            out.append(BRANCH)
            jumps = []
            j = i + 1
            while word(code, j) != 0:
                skip = skip_word(code, j)
                if skip < 3 or word(code, j + skip - 2) != JUMP:
                    raise BadCode
                alt = expand_sequence(code, j + 1, j + skip - 2, hidden)
                out.append(len(alt) + 3)
                out += alt
                out.append(JUMP)
                jumps.append(len(out))
                out.append(0)
                j += skip
            out.append(FAILURE)
            for at in jumps:
                out[at] = len(out) - at
            i = j + 1
        elif op == REPEAT or op == MIN_REPEAT_ONE or op == REPEAT_ONE:
            # REPEAT: body up to its MAX_UNTIL/MIN_UNTIL, next in the loop;
            # *REPEAT_ONE: body with its SUCCESS
            end = i + 1 + skip_word(code, i + 1)
            body = expand_sequence(code, i + 4, end, hidden)
            out += [op, len(body) + 3, word(code, i + 2), word(code, i + 3)]
            out += body
            i = end
        elif op == POSSESSIVE_REPEAT or op == POSSESSIVE_REPEAT_ONE:
            end = i + 1 + skip_word(code, i + 1)
            if op == POSSESSIVE_REPEAT:
                # the body, then SUCCESS in the place of MAX_UNTIL
                body = expand_sequence(code, i + 4, end, hidden)
                if word(code, end) != SUCCESS:
                    raise BadCode
                end += 1
                repeat_op = REPEAT
            else:
                body = expand_sequence(code, i + 4, end, hidden)
                repeat_op = REPEAT_ONE
            emit_atomic(out, body, hidden, repeat_op,
                        [word(code, i + 2), word(code, i + 3)])
            i = end
        elif op == ATOMIC_GROUP:
            # <ATOMIC_GROUP> <skip> body <SUCCESS>
            end = i + 1 + skip_word(code, i + 1)
            if word(code, end - 1) != SUCCESS:
                raise BadCode
            body = expand_sequence(code, i + 2, end - 1, hidden)
            emit_atomic(out, body, hidden, -1, [0, 0])
            i = end
        elif op == GROUPREF_EXISTS:
            # <GROUPREF_EXISTS> <group> <skipyes> yes [<JUMP> <skipno> no]
            target = i + 2 + skip_word(code, i + 2) - 1
            out += [op, word(code, i + 1)]
            if target - (i + 3) >= 2 and word(code, target - 2) == JUMP:
                yes = expand_sequence(code, i + 3, target - 2, hidden)
                end = target - 1 + skip_word(code, target - 1)
                no = expand_sequence(code, target, end, hidden)
                out.append(len(yes) + 4)
                out += yes
                out += [JUMP, len(no) + 1]
                out += no
                i = end
            else:
                yes = expand_sequence(code, i + 3, target, hidden)
                out.append(len(yes) + 2)
                out += yes
                i = target
        elif N_ARGS[op] < 0:
            raise BadCode
        else:
            end = i + 1 + N_ARGS[op]
            word(code, end - 1)
            assert i >= 0 and end >= 0
            out += code[i:end]
            i = end
    if i != stop:
        raise BadCode
    return out


def convert_code(code, flags, ngroups=0):
    """The rsre code of the CPython 3.11 `code` (a list of ints) of a
    pattern compiled with `flags`, with `ngroups` groups (atomic groups and
    possessive repeats capture in groups numbered after them)."""
    out = code[:]
    try:
        convert_sequence(code, out, 0, len(code), flags)
    except UnsupportedCode as e:
        if e.name not in ('ATOMIC_GROUP', 'POSSESSIVE_REPEAT',
                          'POSSESSIVE_REPEAT_ONE'):
            raise
        code = expand_sequence(code, 0, len(code), HiddenGroups(ngroups))
        out = code[:]
        convert_sequence(code, out, 0, len(code), flags)
    return out
