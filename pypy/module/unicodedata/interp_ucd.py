"""The functions of the unicodedata module, made once per Unicode database
of rpython.rlib.unicodedata: the module's own (CURRENT_DB) and Unicode
3.2.0 for unicodedata.ucd_3_2_0 (what encodings.idna uses).  Arguments
and error messages follow CPython 3.11's."""

from rpython.rlib import jit
from rpython.rlib.rarithmetic import r_longlong
from rpython.rlib.unicodedata import unicodedb_3_2_0, unicodedb_8_0_0
from rpython.tool.sourcetools import func_with_new_name
from pypy.interpreter.arguments import Arguments, check_positional
from pypy.objspace.bytesobject import W_BytesObject
from pypy.objspace.root import W_Root

# the newest database rpython ships (CPython 3.11 has Unicode 14.0.0)
CURRENT_DB = unicodedb_8_0_0

# CPython's limit on the length of a name given to lookup()
NAME_MAXLEN = 256
CJK_PREFIX = 'CJK UNIFIED IDEOGRAPH-'
HANGUL_PREFIX = 'HANGUL SYLLABLE '
# the databases number aliases and named sequences from U+F0000 on
# (lookup() answers those codes, name() never)
ALIAS_AND_SEQUENCE_START = 0xF0000

# Hangul syllables, composed and decomposed arithmetically (UAX #15)
HANGUL_S_BASE = 0xAC00
HANGUL_L_BASE = 0x1100
HANGUL_V_BASE = 0x1161
HANGUL_T_BASE = 0x11A7
HANGUL_L_COUNT = 19
HANGUL_V_COUNT = 21
HANGUL_T_COUNT = 28
HANGUL_N_COUNT = HANGUL_V_COUNT * HANGUL_T_COUNT
HANGUL_S_COUNT = HANGUL_L_COUNT * HANGUL_N_COUNT

NORMALIZATION_FORMS = [u'NFC', u'NFKC', u'NFD', u'NFKD']


class W_UCD(W_Root):
    """unicodedata.UCD: the object holding an older database's functions
    as methods (unicodedata.ucd_3_2_0 is the only one)."""
    _attrs_ = []

    def getclass(self, space):
        return space.w_unicodedata_UCD


def char_code(space, w_chr, fname, n_args):
    """The code point of a one-character str argument."""
    if space.isinstance_w(w_chr, space.w_str):
        u = space.text_w(w_chr)
        if len(u) == 1:
            return ord(u[0])
    argument = 'argument 1' if n_args > 1 else 'argument'
    raise space.error(space.w_TypeError,
                      "%s() %s must be a unicode character, not %s" % (
                          fname, argument,
                          space.type_name(space.type(w_chr))))


def str_argument(space, w_obj, fname, position):
    if not space.isinstance_w(w_obj, space.w_str):
        raise space.error(space.w_TypeError,
                          "%s() argument %d must be str, not %s" % (
                              fname, position,
                              space.type_name(space.type(w_obj))))
    return space.text_w(w_obj)


def lookup_name_bytes(space, w_name):
    """lookup()'s argument as the ASCII bytes the databases hold names
    as, or None when it has other characters (no name has)."""
    if isinstance(w_name, W_BytesObject):
        name = w_name.value
    elif space.isinstance_w(w_name, space.w_str):
        u = space.text_w(w_name)
        for ch in u:
            if ord(ch) > 127:
                return None
        name = ''.join([chr(ord(ch)) for ch in u])
    else:
        raise space.error(space.w_TypeError,
                          "a bytes-like object is required, not '%s'" %
                          space.type_name(space.type(w_name)))
    for ch in name:
        if ord(ch) > 127 or ch == '\x00':
            return None
    return name


def undefined_name(space, w_name):
    if isinstance(w_name, W_BytesObject):
        text = w_name.value
    else:
        text = space.text_utf8(w_name)
    return space.error(space.w_KeyError,
                       "undefined character name '%s'" % text)


def default_or_raise(space, args_w, message):
    """The answer of name(), decimal(), digit() and numeric() for a
    character without that property: the default argument when the
    caller gave one, else ValueError(message)."""
    if len(args_w) > 1:
        return args_w[1]
    raise space.error(space.w_ValueError, message)


def make_normalizer(db):
    """normalized(u, compatibility, composed): the code points of u
    normalized with db's tables (NFKD, NFKC, NFD, NFC)."""

    def canonical_order(codes):
        """Sorts each run of combining marks by combining class, keeping
        the order of marks of the same class (a stable insertion
        sort)."""
        for i in range(1, len(codes)):
            code = codes[i]
            ccc = db.combining(code)
            if ccc == 0:
                continue
            j = i
            while j > 0 and db.combining(codes[j - 1]) > ccc:
                codes[j] = codes[j - 1]
                j -= 1
            codes[j] = code

    def decompose(u, compatibility):
        codes = []
        for ch in u:
            code = ord(ch)
            if HANGUL_S_BASE <= code < HANGUL_S_BASE + HANGUL_S_COUNT:
                index = code - HANGUL_S_BASE
                codes.append(HANGUL_L_BASE + index // HANGUL_N_COUNT)
                codes.append(HANGUL_V_BASE +
                             (index % HANGUL_N_COUNT) // HANGUL_T_COUNT)
                if index % HANGUL_T_COUNT != 0:
                    codes.append(HANGUL_T_BASE + index % HANGUL_T_COUNT)
                continue
            if compatibility:
                decomposition = db.compat_decomposition(code)
            else:
                decomposition = db.canon_decomposition(code)
            if decomposition:
                codes.extend(decomposition)
            else:
                codes.append(code)
        canonical_order(codes)
        return codes

    def compose_pair(first, second):
        """The primary composite of two code points, or -1."""
        if (HANGUL_L_BASE <= first < HANGUL_L_BASE + HANGUL_L_COUNT and
                HANGUL_V_BASE <= second < HANGUL_V_BASE + HANGUL_V_COUNT):
            return HANGUL_S_BASE + (
                (first - HANGUL_L_BASE) * HANGUL_V_COUNT +
                second - HANGUL_V_BASE) * HANGUL_T_COUNT
        if (HANGUL_S_BASE <= first < HANGUL_S_BASE + HANGUL_S_COUNT and
                (first - HANGUL_S_BASE) % HANGUL_T_COUNT == 0 and
                HANGUL_T_BASE < second < HANGUL_T_BASE + HANGUL_T_COUNT):
            return first + second - HANGUL_T_BASE
        key = (r_longlong(first) << 32) | r_longlong(second)
        return db._composition.get(key, -1)

    def compose(codes):
        """Canonical composition of a decomposed, canonically ordered
        sequence (the algorithm of UAX #15's reference code)."""
        if not codes:
            return codes
        result = [codes[0]]
        starter_index = 0
        last_class = db.combining(codes[0])
        if last_class != 0:
            # a leading mark blocks composing with the first character
            last_class = 256
        for i in range(1, len(codes)):
            code = codes[i]
            ccc = db.combining(code)
            if last_class < ccc or last_class == 0:
                composite = compose_pair(result[starter_index], code)
                if composite >= 0:
                    result[starter_index] = composite
                    continue
            if ccc == 0:
                starter_index = len(result)
            last_class = ccc
            result.append(code)
        return result

    def normalized(u, compatibility, composed):
        codes = decompose(u, compatibility)
        if composed:
            codes = compose(codes)
        return codes
    return normalized


def codes_to_unicode(codes):
    return u''.join([unichr(code) for code in codes])


def make_database_functions(db, is_old_version):
    """[(name, min_args, max_args, impl(space, args_w))] for one database.
    Unassigned code points get what CPython's record 0 holds: no name,
    bidirectional '', east asian width 'F', no decomposition."""

    def unassigned(code):
        return db.category(code) == 'Cn'

    # CPython keeps no record of the digit values older versions had:
    # its ucd_3_2_0.digit() answers the current database's
    digit_db = CURRENT_DB if is_old_version else db
    normalize_codes = make_normalizer(db)

    def lookup(space, args_w):
        w_name = args_w[0]
        name = lookup_name_bytes(space, w_name)
        if name is not None and len(name) > NAME_MAXLEN:
            raise space.error(space.w_KeyError, "name too long")
        if name is None:
            raise undefined_name(space, w_name)
        # CJK and Hangul names are matched exactly, other names ignoring
        # case
        upper_name = name.upper()
        if (upper_name.startswith(CJK_PREFIX) or
                upper_name.startswith(HANGUL_PREFIX)):
            if not (name.startswith(CJK_PREFIX) or
                    name.startswith(HANGUL_PREFIX)):
                raise undefined_name(space, w_name)
            upper_name = name
        try:
            if is_old_version:
                # Unicode 3.2.0 has no aliases and no named sequences
                code = db.lookup(upper_name)
                if code >= ALIAS_AND_SEQUENCE_START:
                    raise KeyError
            else:
                code = db.lookup_with_alias(upper_name,
                                            with_named_sequence=True)
        except KeyError:
            raise undefined_name(space, w_name)
        sequence = db.lookup_named_sequence(code)
        if sequence is not None:
            return space.newtext(sequence)
        return space.newtext(unichr(code))

    def name(space, args_w):
        code = char_code(space, args_w[0], 'name', 2)
        if not unassigned(code):
            try:
                return space.newtext_ascii(db.name(code))
            except KeyError:
                pass
        return default_or_raise(space, args_w, "no such name")

    def decimal(space, args_w):
        code = char_code(space, args_w[0], 'decimal', 2)
        try:
            return space.newint(db.decimal(code))
        except KeyError:
            return default_or_raise(space, args_w, "not a decimal")

    def digit(space, args_w):
        code = char_code(space, args_w[0], 'digit', 2)
        try:
            return space.newint(digit_db.digit(code))
        except KeyError:
            return default_or_raise(space, args_w, "not a digit")

    def numeric(space, args_w):
        code = char_code(space, args_w[0], 'numeric', 2)
        try:
            return space.newfloat(db.numeric(code))
        except KeyError:
            return default_or_raise(space, args_w, "not a numeric character")

    def category(space, args_w):
        code = char_code(space, args_w[0], 'category', 1)
        return space.newtext_ascii(db.category(code))

    def bidirectional(space, args_w):
        code = char_code(space, args_w[0], 'bidirectional', 1)
        if unassigned(code):
            return space.newtext_ascii('')
        return space.newtext_ascii(db.bidirectional(code))

    def combining(space, args_w):
        code = char_code(space, args_w[0], 'combining', 1)
        return space.newint(db.combining(code))

    def east_asian_width(space, args_w):
        code = char_code(space, args_w[0], 'east_asian_width', 1)
        if unassigned(code):
            return space.newtext_ascii('F')
        return space.newtext_ascii(db.east_asian_width(code))

    def mirrored(space, args_w):
        code = char_code(space, args_w[0], 'mirrored', 1)
        return space.newint(1 if db.mirrored(code) else 0)

    def decomposition(space, args_w):
        code = char_code(space, args_w[0], 'decomposition', 1)
        if unassigned(code):
            return space.newtext_ascii('')
        return space.newtext_ascii(db.decomposition(code))

    def normalized(space, fname, args_w):
        """The normalization of args_w[1] to the form args_w[0]."""
        form = str_argument(space, args_w[0], fname, 1)
        u = str_argument(space, args_w[1], fname, 2)
        if form not in NORMALIZATION_FORMS:
            raise space.error(space.w_ValueError,
                              "invalid normalization form")
        return codes_to_unicode(normalize_codes(
            u, form == u'NFKC' or form == u'NFKD',
            form == u'NFC' or form == u'NFKC'))

    def normalize(space, args_w):
        w_str = args_w[1]
        result = normalized(space, 'normalize', args_w)
        if result == space.text_w(w_str):
            return w_str
        return space.newtext(result)

    def is_normalized(space, args_w):
        result = normalized(space, 'is_normalized', args_w)
        return space.newbool(result == space.text_w(args_w[1]))

    return [('lookup', 1, 1, lookup),
            ('name', 1, 2, name),
            ('decimal', 1, 2, decimal),
            ('digit', 1, 2, digit),
            ('numeric', 1, 2, numeric),
            ('category', 1, 1, category),
            ('bidirectional', 1, 1, bidirectional),
            ('combining', 1, 1, combining),
            ('east_asian_width', 1, 1, east_asian_width),
            ('mirrored', 1, 1, mirrored),
            ('decomposition', 1, 1, decomposition),
            ('normalize', 2, 2, normalize),
            ('is_normalized', 2, 2, is_normalized)]


def check_arguments(space, args_w, keyword_names, qualified_name, fname,
                    min_args, max_args):
    if keyword_names:
        raise space.error(space.w_TypeError,
                          "%s() takes no keyword arguments" % qualified_name)
    # CPython's one-argument functions name themselves with their module
    check_positional(space, Arguments(args_w),
                     qualified_name if max_args == 1 else fname,
                     min_args, max_args)


def make_module_function(fname, min_args, max_args, impl):
    qualified_name = 'unicodedata.' + fname

    @jit.dont_look_inside   # (see make_ucd_method)
    def module_function(space, args):
        check_arguments(space, args.arguments_w, args.keyword_names,
                        qualified_name, fname, min_args, max_args)
        return impl(space, args.arguments_w)
    return func_with_new_name(module_function, 'unicodedata_' + fname)


def make_ucd_method(fname, min_args, max_args, impl):
    qualified_name = 'unicodedata.UCD.' + fname

    # residual calls for the JIT: the databases' lookup functions have
    # more constants than a jitcode holds ("too many constants" when the
    # JIT's codewriter made one), and CPython's are C calls too
    @jit.dont_look_inside
    def ucd_method(space, args):
        w_self = args.arguments_w[0]
        if not isinstance(w_self, W_UCD):
            raise space.error(space.w_TypeError,
                              "descriptor '%s' for 'unicodedata.UCD' objects "
                              "doesn't apply to a '%s' object" % (
                                  fname, space.type_name(space.type(w_self))))
        args_w = args.arguments_w[1:]
        check_arguments(space, args_w, args.keyword_names, qualified_name,
                        fname, min_args, max_args)
        return impl(space, args_w)
    return func_with_new_name(ucd_method, 'ucd_' + fname)


MODULE_FUNCTIONS = [
    (fname, make_module_function(fname, min_args, max_args, impl))
    for fname, min_args, max_args, impl in
    make_database_functions(CURRENT_DB, False)]

UCD_3_2_0_METHODS = dict([
    (fname, make_ucd_method(fname, min_args, max_args, impl))
    for fname, min_args, max_args, impl in
    make_database_functions(unicodedb_3_2_0, True)])
