"""The _codecs module: the registries of codec search functions and of
error handlers that codecs.py is built on (register, lookup,
register_error, lookup_error).  No codec or error handler is built in yet:
the encodings package registers its search function when imported."""

from pypy.interpreter.arguments import check_args
from pypy.interpreter.function import BuiltinFunction
from pypy.objspace.tupleobject import W_TupleObject


class Registry(object):
    """The registered search functions and error handlers (one per
    process, as CPython's interpreter state)."""

    def __init__(self):
        self.search_functions_w = []
        self.error_handlers_w = {}


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
    encoding = space.text_utf8(args.arguments_w[0])
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


FUNCTIONS = [('register', codecs_register), ('lookup', codecs_lookup),
             ('register_error', codecs_register_error),
             ('lookup_error', codecs_lookup_error)]


def make_module(space):
    w_mod = space.newmodule('_codecs')
    for name, func in FUNCTIONS:
        w_mod.w_dict.setitem_str(space, name, BuiltinFunction(name, func))
    return w_mod
