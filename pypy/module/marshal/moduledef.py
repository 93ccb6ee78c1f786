"""The marshal module: dumps/loads (and dump/load on files) of None,
bool, int, float, complex, str, bytes, tuple, list, dict, set and
frozenset, in the versions 0 to 4 of CPython's format."""

from pypy.interpreter.arguments import check_args
from pypy.interpreter.function import BuiltinFunction
from pypy.module._struct.codec import readable_bytes
from pypy.module.marshal import format, reader, writer


def version_arg(space, args, position):
    if len(args.arguments_w) > position:
        return space.getindex_w(args.arguments_w[position])
    return format.VERSION


def marshal_dumps(space, args):
    check_args(space, args, 'dumps', 1, 2)
    return space.newbytes(writer.dumps(space, args.arguments_w[0],
                                       version_arg(space, args, 1)))


def marshal_loads(space, args):
    check_args(space, args, 'loads', 1, 1)
    return reader.loads(space, readable_bytes(space, args.arguments_w[0]))


def marshal_dump(space, args):
    check_args(space, args, 'dump', 2, 3)
    data = writer.dumps(space, args.arguments_w[0],
                        version_arg(space, args, 2))
    space.call_method(args.arguments_w[1], 'write', space.newbytes(data))
    return space.w_None


def marshal_load(space, args):
    """Reads the rest of the file and seeks back to the end of the
    object, so that the next load starts there."""
    check_args(space, args, 'load', 1, 1)
    w_file = args.arguments_w[0]
    data = readable_bytes(space, space.call_method(w_file, 'read'))
    r = reader.Reader(space, data)
    w_obj = r.load_not_null('object')
    if r.pos < len(data):
        space.call_method(w_file, 'seek', space.newint(r.pos - len(data)),
                          space.newint(1))
    return w_obj


FUNCTIONS = [('dumps', marshal_dumps), ('loads', marshal_loads),
             ('dump', marshal_dump), ('load', marshal_load)]


def make_module(space):
    w_mod = space.newmodule('marshal')
    for name, func in FUNCTIONS:
        w_mod.w_dict.setitem_str(space, name, BuiltinFunction(name, func))
    w_mod.w_dict.setitem_str(space, 'version', space.newint(format.VERSION))
    return w_mod
