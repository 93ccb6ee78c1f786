"""The _json module: CPython's C accelerator of json.  json.decoder takes
scanstring and make_scanner (its scanner of values) from it, json.encoder
encode_basestring(_ascii) and make_encoder (its one-shot encoder of
documents without indent).  Without it every JSON string went through
regular expressions, one call per chunk and per escape, every value
through a Python function, and json.dumps through nested generators."""

from rpython.rlib.rstring import UnicodeBuilder
from pypy.interpreter.arguments import check_args, check_keywords, \
    keyword_value
from pypy.interpreter.function import BuiltinFunction
from pypy.objspace.dictobject import W_DictObject
from pypy.objspace.strobject import W_StrObject
from pypy.objspace.typeobject import TypeDef
from pypy.module._json.strings import scan, append_literal
from pypy.module._json.encoder import W_Encoder, ARGUMENT_NAMES, \
    CALL_ENCODER, ASCII_ONLY, NON_ASCII
from pypy.module._json.scanner import W_Scanner


def string_arg(space, w_obj):
    if not isinstance(w_obj, W_StrObject):
        raise space.error(space.w_TypeError,
                          "first argument must be a string, not %s" %
                          space.type_name(space.type(w_obj)))
    return w_obj.value


def scanstring(space, args):
    """scanstring(string, end, strict=True) -> (str, end)"""
    check_args(space, args, 'scanstring', 2, 3)
    w_string = args.arguments_w[0]
    s = string_arg(space, w_string)
    end = space.getindex_w(args.arguments_w[1])
    strict = True
    if len(args.arguments_w) > 2:
        strict = space.is_true(args.arguments_w[2])
    value, end = scan(space, w_string, s, end, strict)
    return space.newtuple([space.newtext(value), space.newint(end)])


def literal(space, args, fname, ascii_only):
    check_args(space, args, fname, 1, 1)
    s = string_arg(space, args.arguments_w[0])
    builder = UnicodeBuilder(len(s) + 2)
    append_literal(builder, s, ascii_only)
    return space.newtext(builder.build())


def encode_basestring_ascii(space, args):
    """encode_basestring_ascii(string) -> str, a JSON string literal in
    ASCII: every other character as a \\uXXXX escape."""
    return literal(space, args, 'encode_basestring_ascii', True)


def encode_basestring(space, args):
    """encode_basestring(string) -> str, a JSON string literal: only '"',
    the backslash and control characters escaped."""
    return literal(space, args, 'encode_basestring', False)


def make_encoder(space, w_type, args):
    """make_encoder(markers, default, encoder, indent, key_separator,
    item_separator, sort_keys, skipkeys, allow_nan)"""
    check_keywords(space, args, 'make_encoder', ARGUMENT_NAMES)
    n = len(args.arguments_w)
    if n > len(ARGUMENT_NAMES):
        raise space.error(space.w_TypeError,
                          "make_encoder() takes at most 9 arguments "
                          "(%d given)" % n)
    values_w = []
    for i in range(len(ARGUMENT_NAMES)):
        w_value = args.arguments_w[i] if i < n else \
            keyword_value(args, ARGUMENT_NAMES[i])
        if w_value is None:
            raise space.error(space.w_TypeError,
                              "make_encoder() missing required argument "
                              "'%s' (pos %d)" % (ARGUMENT_NAMES[i], i + 1))
        values_w.append(w_value)
    separators = []
    for i in [4, 5]:
        w_separator = values_w[i]
        if not isinstance(w_separator, W_StrObject):
            raise space.error(space.w_TypeError,
                              "make_encoder() argument %d must be str, not "
                              "%s" % (i + 1, space.type_name(
                                  space.type(w_separator))))
        separators.append(w_separator.value)
    w_markers = values_w[0]
    if not space.is_none(w_markers) and \
            not isinstance(w_markers, W_DictObject):
        raise space.error(space.w_TypeError,
                          "make_encoder() argument 1 must be dict or None, "
                          "not %s" % space.type_name(space.type(w_markers)))
    w_encoder = values_w[2]
    fast_encode = CALL_ENCODER
    if space.is_w(w_encoder, space.w_json_encode_basestring_ascii):
        fast_encode = ASCII_ONLY
    elif space.is_w(w_encoder, space.w_json_encode_basestring):
        fast_encode = NON_ASCII
    return W_Encoder(not space.is_none(w_markers), values_w[1], w_encoder,
                     fast_encode, separators[0], separators[1],
                     space.is_true(values_w[6]), space.is_true(values_w[7]),
                     space.is_true(values_w[8]))


def make_scanner(space, w_type, args):
    """make_scanner(context): a scanner reading JSON values with the
    context's strict, hooks and parse functions (a JSONDecoder's)."""
    check_keywords(space, args, 'make_scanner', ['context'])
    n = len(args.arguments_w)
    if n > 1:
        raise space.error(space.w_TypeError,
                          "make_scanner() takes at most 1 argument "
                          "(%d given)" % n)
    w_context = args.arguments_w[0] if n == 1 else \
        keyword_value(args, 'context')
    if w_context is None:
        raise space.error(space.w_TypeError,
                          "make_scanner() missing required argument "
                          "'context' (pos 1)")
    return W_Scanner(space, w_context)


FUNCTIONS = [('scanstring', scanstring),
             ('encode_basestring_ascii', encode_basestring_ascii),
             ('encode_basestring', encode_basestring)]


def make_module(space):
    w_mod = space.newmodule('_json')
    for name, func in FUNCTIONS:
        w_function = BuiltinFunction(name, func)
        setattr(space, 'w_json_' + name, w_function)
        w_mod.w_dict.setitem_str(space, name, w_function)
    w_encoder_type = space.make_builtin_type(
        'w_json_Encoder', TypeDef('Encoder', new=make_encoder,
                                  acceptable_as_base=False),
        [space.w_object])
    w_scanner_type = space.make_builtin_type(
        'w_json_Scanner', TypeDef('Scanner', new=make_scanner,
                                  acceptable_as_base=False),
        [space.w_object])
    for w_type in [w_encoder_type, w_scanner_type]:
        w_type.set_module_name(space, '_json')
    w_mod.w_dict.setitem_str(space, 'make_encoder', w_encoder_type)
    w_mod.w_dict.setitem_str(space, 'make_scanner', w_scanner_type)
    return w_mod
