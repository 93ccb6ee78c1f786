"""The _sre module: what CPython 3.11's pure-Python re package needs from
its C accelerator.  re/_compiler.py compiles a pattern into a list of
opcodes; _sre.compile converts it to rsre's numbering (opcodes.py) and
returns a re.Pattern (pattern.py) that matches with rpython's rsre."""

from rpython.rlib.rsre import rsre_char
from rpython.rlib.unicodedata import unicodedb_8_0_0 as unicodedb
from pypy.interpreter.arguments import check_args
from pypy.interpreter.function import BuiltinFunction
from pypy.module.imp import find_module
from pypy.objspace.bytesobject import W_BytesObject
from pypy.objspace.dictobject import W_DictObject
from pypy.objspace.strobject import W_StrObject
from pypy.objspace.typeobject import TypeDef
from pypy.module._sre import opcodes
from pypy.module._sre.match import MATCH_METHODS, MATCH_GETSET
from pypy.module._sre.pattern import (W_Pattern, PATTERN_METHODS,
    PATTERN_GETSET, SCANNER_METHODS, SCANNER_GETSET)
from pypy.module._sre.subject import KIND_STR, KIND_BYTES, KIND_ANY

# the same Unicode database as str's methods (case mappings, \w, \d, \s)
rsre_char.set_unicode_db(unicodedb)

MAXGROUPS = 2 ** 30 - 1      # CPython's on 64-bit platforms

# what re/_compiler.py emits for the opcodes rsre can't run
UNSUPPORTED_FEATURES = {
    # (rewritten by opcodes.convert_code into what rsre runs)
    'ATOMIC_GROUP': 'atomic groups (?>...)',
    'POSSESSIVE_REPEAT': 'possessive repeats (*+, ++, ?+, {m,n}+)',
    'POSSESSIVE_REPEAT_ONE': 'possessive repeats (*+, ++, ?+, {m,n}+)',
    'IN_LOC_IGNORE': 'character sets with re.LOCALE | re.IGNORECASE',
    'SUBPATTERN': 'SUBPATTERN opcodes',
}


def re_error(space, msg):
    w_error = space.getattr(find_module(space, 're._constants'), 'error')
    return space.call_function(w_error, space.newtext_ascii(msg))


def sre_compile(space, args):
    check_args(space, args, 'compile', 6, 6)
    w_source = args.arguments_w[0]
    w_flags = args.arguments_w[1]
    w_code = args.arguments_w[2]
    w_groups = args.arguments_w[3]
    w_groupindex = args.arguments_w[4]
    w_indexgroup = args.arguments_w[5]
    flags = space.getindex_w(w_flags)
    code = [space.getindex_w(w_op) for w_op in space.unpackiterable(w_code)]
    if not isinstance(w_groupindex, W_DictObject):
        raise space.error(space.w_TypeError, "compile() argument 5 must be "
                          "dict, not %s" %
                          space.type_name(space.type(w_groupindex)))
    if isinstance(w_source, W_StrObject):
        kind = KIND_STR
    elif isinstance(w_source, W_BytesObject):
        kind = KIND_BYTES
    elif space.is_none(w_source):
        kind = KIND_ANY
        w_source = None
    else:
        raise space.error(space.w_TypeError, "expected string or bytes-like "
                          "object, got '%s'" %
                          space.type_name(space.type(w_source)))
    try:
        rsre_code = opcodes.convert_code(code, flags,
                                         space.getindex_w(w_groups))
    except opcodes.UnsupportedCode as e:
        raise space.raise_exception(space.make_exception_instance(re_error(
            space, "%s are not supported" % UNSUPPORTED_FEATURES[e.name])))
    except opcodes.BadCode:
        raise space.error(space.w_RuntimeError, "invalid SRE code")
    return W_Pattern(rsre_code, flags, space.getindex_w(w_groups), w_source,
                     w_groupindex, space.unpackiterable(w_indexgroup)[:],
                     kind)


def char_arg(space, args, fname):
    check_args(space, args, fname, 1, 1)
    return space.getindex_w(args.arguments_w[0])


def ascii_tolower(ch):
    if ord('A') <= ch <= ord('Z'):
        return ch + (ord('a') - ord('A'))
    return ch


def sre_ascii_iscased(space, args):
    ch = char_arg(space, args, 'ascii_iscased')
    return space.newbool(ch < 128 and (ord('a') <= ascii_tolower(ch) <=
                                       ord('z')))


def sre_unicode_iscased(space, args):
    ch = char_arg(space, args, 'unicode_iscased')
    if ch < 0 or ch > 0x10ffff:
        return space.w_False
    return space.newbool(unicodedb.tolower(ch) != ch or
                         unicodedb.toupper(ch) != ch)


def sre_ascii_tolower(space, args):
    return space.newint(ascii_tolower(char_arg(space, args, 'ascii_tolower')))


def sre_unicode_tolower(space, args):
    ch = char_arg(space, args, 'unicode_tolower')
    if ch < 0 or ch > 0x10ffff:
        return space.newint(ch)
    return space.newint(unicodedb.tolower(ch))


def sre_getcodesize(space, args):
    check_args(space, args, 'getcodesize', 0, 0)
    return space.newint(rsre_char.CODESIZE)


FUNCTIONS = [('compile', sre_compile), ('getcodesize', sre_getcodesize),
             ('ascii_iscased', sre_ascii_iscased),
             ('unicode_iscased', sre_unicode_iscased),
             ('ascii_tolower', sre_ascii_tolower),
             ('unicode_tolower', sre_unicode_tolower)]


def make_module(space):
    w_mod = space.newmodule('_sre')
    setitem = w_mod.w_dict.setitem_str
    for name, func in FUNCTIONS:
        setitem(space, name, BuiltinFunction(name, func))
    setitem(space, 'MAGIC', space.newint(opcodes.MAGIC))
    setitem(space, 'CODESIZE', space.newint(rsre_char.CODESIZE))
    setitem(space, 'MAXREPEAT', space.newint(rsre_char.MAXREPEAT))
    setitem(space, 'MAXGROUPS', space.newint(MAXGROUPS))
    setitem(space, 'copyright', space.newtext_ascii(rsre_char.copyright))
    w_pattern = space.make_builtin_type('w_sre_pattern', TypeDef(
        'Pattern', methods=PATTERN_METHODS, getset=PATTERN_GETSET,
        acceptable_as_base=False, generic=True), [space.w_object])
    w_match = space.make_builtin_type('w_sre_match', TypeDef(
        'Match', methods=MATCH_METHODS, getset=MATCH_GETSET,
        acceptable_as_base=False, generic=True), [space.w_object])
    w_pattern.set_module_name(space, 're')
    w_match.set_module_name(space, 're')
    space.make_builtin_type('w_sre_scanner', TypeDef(
        'SRE_Scanner', methods=SCANNER_METHODS, getset=SCANNER_GETSET,
        acceptable_as_base=False), [space.w_object])
    from pypy.module.builtins.iterators import iterator_methods
    # (__iter__ and __next__ in its dict: collections.abc.Iterator looks
    # there)
    space.make_builtin_type('w_sre_match_iterator', TypeDef(
        'callable_iterator', methods=iterator_methods.copy(),
        acceptable_as_base=False), [space.w_object])
    return w_mod
