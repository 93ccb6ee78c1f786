"""The _codecs module: the registries of codec search functions and of
error handlers that codecs.py is built on (register, lookup,
register_error, lookup_error), the charmap codec of the single-byte
encodings (charmap.py) and the utf-8 and raw-unicode-escape codecs
(textcodecs.py).  The first lookup imports the encodings package,
which registers its search function, as CPython does; bytes.decode and
str.encode go through the registry for the encodings they lack."""

from pypy.interpreter.arguments import check_args, check_keywords, \
    check_positional, keyword_value
from pypy.interpreter.function import BuiltinFunction
from pypy.module._codecs.charmap import (charmap_decode, charmap_encode,
                                         charmap_build)
from pypy.module._codecs import textcodecs
from pypy.objspace.bytesobject import W_BytesObject
from pypy.objspace.strobject import W_StrObject
from pypy.objspace.tupleobject import W_TupleObject


class Registry(object):
    """The registered search functions and error handlers (one per
    process, as CPython's interpreter state)."""

    def __init__(self):
        self.search_functions_w = []
        self.error_handlers_w = {}
        self.encodings_imported = False


registry = Registry()


def codecs_register(space, args):
    check_args(space, args, 'register', 1, 1)
    registry.search_functions_w.append(args.arguments_w[0])
    return space.w_None


def normalize_encoding(name):
    """CPython's normalization before the search functions see the name:
    lower case, spaces as underscores."""
    return name.lower().replace(' ', '_')


def codecs_lookup(space, args):
    check_args(space, args, 'lookup', 1, 1)
    return lookup_codec(space, space.text_utf8(args.arguments_w[0]))


def lookup_codec(space, encoding):
    """The CodecInfo the search functions find for `encoding`."""
    if not registry.encodings_imported:
        registry.encodings_imported = True
        space.import_name('encodings', space.w_None, 0, None)
    w_name = space.newtext_utf8(normalize_encoding(encoding))
    for w_search in registry.search_functions_w:
        w_result = space.call_function(w_search, w_name)
        if space.is_none(w_result):
            continue
        if not isinstance(w_result, W_TupleObject) or \
                space.len_w(w_result) != 4:
            raise space.error(space.w_TypeError, "codec search functions "
                              "must return 4-tuples")
        return w_result
    raise space.error(space.w_LookupError, "unknown encoding: %s" % encoding)


def codecs_register_error(space, args):
    check_args(space, args, 'register_error', 2, 2)
    registry.error_handlers_w[space.text_utf8(args.arguments_w[0])] = \
        args.arguments_w[1]
    return space.w_None


def codecs_lookup_error(space, args):
    check_args(space, args, 'lookup_error', 1, 1)
    name = space.text_utf8(args.arguments_w[0])
    w_handler = registry.error_handlers_w.get(name, None)
    if w_handler is None:
        raise space.error(space.w_LookupError, "unknown error handler name "
                          "'%s'" % name)
    return w_handler


def text_codec(space, encoding, purpose):
    """The CodecInfo of `encoding`, which must be a text encoding (not
    one of bytes to bytes as 'hex'): str.encode and bytes.decode's
    codec.  `purpose` names the codecs.* function for the others."""
    w_info = lookup_codec(space, encoding)
    w_is_text = space.findattr(w_info, '_is_text_encoding')
    if w_is_text is not None and not space.is_true(w_is_text):
        raise space.error(space.w_LookupError, "'%s' is not a text "
                          "encoding; use %s to handle arbitrary codecs" %
                          (encoding, purpose))
    return w_info


def coded_result(space, w_result, what):
    """The first item of a codec's (result, length consumed) tuple."""
    if not isinstance(w_result, W_TupleObject) or \
            len(w_result.items_w) != 2:
        raise space.error(space.w_TypeError, "%s must return a tuple "
                          "(object, integer)" % what)
    return w_result.items_w[0]


def call_text_codec(space, encoding, errors, method, w_input):
    """The result of the registered text codec's `method` ('encode' or
    'decode') on w_input."""
    w_info = text_codec(space, encoding, 'codecs.%s()' % method)
    return coded_result(space, space.call_function(
        space.getattr(w_info, method), w_input, space.newtext_utf8(errors)),
        method + 'r')


def decode_with_codec(space, data, encoding, errors):
    """The text of bytes `data` decoded by the registered codec."""
    w_text = call_text_codec(space, encoding, errors, 'decode',
                             space.newbytes(data))
    if not isinstance(w_text, W_StrObject):
        raise space.error(space.w_TypeError, "'%s' decoder returned '%s' "
                          "instead of 'str'; use codecs.decode() to decode "
                          "to arbitrary types" %
                          (encoding, space.type_name(space.type(w_text))))
    return w_text.value


def encode_with_codec(space, text, encoding, errors):
    """The bytes of str `text` encoded by the registered codec."""
    w_data = call_text_codec(space, encoding, errors, 'encode',
                             space.newtext(text))
    if not isinstance(w_data, W_BytesObject):
        raise space.error(space.w_TypeError, "'%s' encoder returned '%s' "
                          "instead of 'bytes'; use codecs.encode() to "
                          "encode to arbitrary types" %
                          (encoding, space.type_name(space.type(w_data))))
    return w_data.value


def coding_args(space, args, fname):
    """(obj, encoding name, errors name) of codecs.encode/decode(obj,
    encoding='utf-8', errors='strict')."""
    names = ['obj', 'encoding', 'errors']
    check_keywords(space, args, fname, names)
    check_positional(space, args, fname, 0, 3)
    values_w = [None, None, None]
    for i in range(3):
        if i < len(args.arguments_w):
            values_w[i] = args.arguments_w[i]
        else:
            values_w[i] = keyword_value(args, names[i])
    if values_w[0] is None:
        raise space.error(space.w_TypeError, "%s() missing required "
                          "argument 'obj' (pos 1)" % fname)
    encoding = 'utf-8'
    if values_w[1] is not None:
        encoding = space.text_utf8(values_w[1])
    errors = 'strict'
    if values_w[2] is not None:
        errors = space.text_utf8(values_w[2])
    return values_w[0], encoding, errors


def codecs_encode(space, args):
    """codecs.encode: any codec (bytes to bytes as 'hex' too)."""
    w_obj, encoding, errors = coding_args(space, args, 'encode')
    w_encode = space.getattr(lookup_codec(space, encoding), 'encode')
    return coded_result(space, space.call_function(
        w_encode, w_obj, space.newtext_utf8(errors)), 'encoder')


def codecs_decode(space, args):
    w_obj, encoding, errors = coding_args(space, args, 'decode')
    w_decode = space.getattr(lookup_codec(space, encoding), 'decode')
    return coded_result(space, space.call_function(
        w_decode, w_obj, space.newtext_utf8(errors)), 'decoder')


FUNCTIONS = [('register', codecs_register), ('lookup', codecs_lookup),
             ('encode', codecs_encode), ('decode', codecs_decode),
             ('register_error', codecs_register_error),
             ('lookup_error', codecs_lookup_error),
             ('charmap_decode', charmap_decode),
             ('charmap_encode', charmap_encode),
             ('charmap_build', charmap_build)] + textcodecs.FUNCTIONS


def make_module(space):
    w_mod = space.newmodule('_codecs')
    for name, func in FUNCTIONS:
        w_mod.w_dict.setitem_str(space, name, BuiltinFunction(name, func))
    return w_mod
