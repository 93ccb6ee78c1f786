"""os.terminal_size: the pair (columns, lines), made from a 2-sequence.
(os.get_terminal_size is not there: shutil.get_terminal_size then
reports $COLUMNS/$LINES or its fallback, as CPython off a terminal.)"""

from pypy.interpreter.arguments import check_args
from pypy.objspace.tupleobject import W_TupleObject


class W_TerminalSize(W_TupleObject):

    def getclass(self, space):
        return space.w_posix_terminal_size

    def repr(self, space):
        return space.newtext(u'os.terminal_size(columns=%s, lines=%s)' % (
            space.repr_u(self.items_w[0]), space.repr_u(self.items_w[1])))


def new_terminal_size(space, w_type, args):
    check_args(space, args, 'terminal_size', 1, 1)
    items_w = space.unpackiterable(args.arguments_w[0])
    if len(items_w) != 2:
        raise space.error(space.w_TypeError,
                          "os.terminal_size() takes a 2-sequence (%d-sequence "
                          "given)" % len(items_w))
    # (a tuple's items are a list never resized)
    return W_TerminalSize([items_w[0], items_w[1]])


def get_columns(space, w_obj):
    assert isinstance(w_obj, W_TerminalSize)
    return w_obj.items_w[0]


def get_lines(space, w_obj):
    assert isinstance(w_obj, W_TerminalSize)
    return w_obj.items_w[1]


GETSET = {'columns': get_columns, 'lines': get_lines}
