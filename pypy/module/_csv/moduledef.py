"""The _csv module under csv.py: reader, writer, the dialect registry,
field_size_limit, the QUOTE_* constants and _csv.Error."""

from pypy.interpreter.arguments import check_args
from pypy.interpreter.function import BuiltinFunction
from pypy.module._csv import dialect, reader, writer
from pypy.module._csv.dialect import make_dialect
from pypy.objspace.excobject import new_exception
from pypy.objspace.typeobject import TypeDef


class Registry(object):
    """register_dialect's dialects by name (one registry per process, as
    CPython's module state)."""

    def __init__(self):
        self.dialects = {}


registry = Registry()


def csv_error(space, msg):
    return space.error(space.w_csv_Error, msg)


def registered_dialect(space, w_name):
    found = registry.dialects.get(space.text_utf8(w_name), None)
    if found is None:
        raise csv_error(space, "unknown dialect")
    return found


def keyword_dict(args):
    kwargs_w = {}
    for i in range(len(args.keyword_names)):
        kwargs_w[args.keyword_names[i]] = args.keyword_values_w[i]
    return kwargs_w


def dialect_and_keywords(space, args, fname, first):
    """The dialect of args[first + 1] (or keyword 'dialect') and the other
    keywords."""
    kwargs_w = keyword_dict(args)
    w_dialect = kwargs_w.pop('dialect', None)
    n = len(args.arguments_w)
    if n > first + 2:
        raise space.error(space.w_TypeError, "%s() takes at most %d "
                          "positional arguments (%d given)" % (
                              fname, first + 2, n))
    if n == first + 2:
        w_dialect = args.arguments_w[first + 1]
    return make_dialect(space, w_dialect, kwargs_w)


def new_dialect(space, w_type, args):
    return dialect_and_keywords(space, args, 'Dialect', -1)


def csv_reader(space, args):
    if not args.arguments_w:
        raise space.error(space.w_TypeError, "expected at least 1 argument, "
                          "got 0")
    w_iter = space.iter(args.arguments_w[0])
    return reader.W_Reader(w_iter,
                           dialect_and_keywords(space, args, 'reader', 0))


def csv_writer(space, args):
    if not args.arguments_w:
        raise space.error(space.w_TypeError, "expected at least 1 argument, "
                          "got 0")
    w_write = space.findattr(args.arguments_w[0], 'write')
    if w_write is None or not w_write.is_callable(space):
        raise space.error(space.w_TypeError,
                          'argument 1 must have a "write" method')
    return writer.W_Writer(w_write,
                           dialect_and_keywords(space, args, 'writer', 0))


def csv_register_dialect(space, args):
    if not args.arguments_w:
        raise space.error(space.w_TypeError, "register_dialect() expected at "
                          "least 1 argument, got 0")
    w_name = args.arguments_w[0]
    if not space.isinstance_w(w_name, space.w_str):
        raise space.error(space.w_TypeError, "dialect name must be a string")
    registry.dialects[space.text_utf8(w_name)] = dialect_and_keywords(
        space, args, 'register_dialect', 0)
    return space.w_None


def csv_unregister_dialect(space, args):
    check_args(space, args, 'unregister_dialect', 1, 1)
    name = space.text_utf8(args.arguments_w[0])
    if name not in registry.dialects:
        raise csv_error(space, "unknown dialect")
    del registry.dialects[name]
    return space.w_None


def csv_get_dialect(space, args):
    check_args(space, args, 'get_dialect', 1, 1)
    return registered_dialect(space, args.arguments_w[0])


def csv_list_dialects(space, args):
    check_args(space, args, 'list_dialects', 0, 0)
    return space.newlist([space.newtext_utf8(name)
                          for name in registry.dialects.keys()])


def csv_field_size_limit(space, args):
    check_args(space, args, 'field_size_limit', 0, 1)
    old = reader.field_limit.value
    if args.arguments_w:
        w_limit = args.arguments_w[0]
        if not space.isinstance_w(w_limit, space.w_int):
            raise space.error(space.w_TypeError, "limit must be an integer")
        reader.field_limit.value = space.int_w(w_limit)
    return space.newint(old)


FUNCTIONS = [('reader', csv_reader), ('writer', csv_writer),
             ('register_dialect', csv_register_dialect),
             ('unregister_dialect', csv_unregister_dialect),
             ('get_dialect', csv_get_dialect),
             ('list_dialects', csv_list_dialects),
             ('field_size_limit', csv_field_size_limit)]


def make_module(space):
    w_mod = space.newmodule('_csv')
    setitem = w_mod.w_dict.setitem_str
    for name, func in FUNCTIONS:
        setitem(space, name, BuiltinFunction(name, func))
    for i in range(len(dialect.QUOTING_NAMES)):
        setitem(space, dialect.QUOTING_NAMES[i], space.newint(i))
    setitem(space, '__version__', space.newtext(u'1.0'))
    setitem(space, '__doc__', space.newtext(u'CSV parsing and writing.'))
    w_error = space.make_builtin_type('w_csv_Error', TypeDef(
        'Error', new=new_exception), [space.w_Exception])
    setitem(space, 'Error', w_error)
    setitem(space, 'Dialect', space.make_builtin_type(
        'w_csv_Dialect', TypeDef('Dialect', new=new_dialect,
                                 getset=dialect.GETSET,
                                 acceptable_as_base=False),
        [space.w_object]))
    space.make_builtin_type('w_csv_reader', TypeDef(
        'reader', getset=reader.GETSET, acceptable_as_base=False),
        [space.w_object])
    space.make_builtin_type('w_csv_writer', TypeDef(
        'writer', methods=writer.METHODS, getset=writer.GETSET,
        acceptable_as_base=False), [space.w_object])
    for w_type in [w_error, space.w_csv_Dialect, space.w_csv_reader,
                   space.w_csv_writer]:
        w_type.set_module_name(space, '_csv')
    return w_mod
