"""The _bisect module: bisect_left, bisect_right, insort_left and
insort_right, as CPython's C accelerator of bisect.py (which imports them
from here and keeps its own `bisect` and `insort` aliases)."""

from pypy.interpreter.arguments import check_keywords, keyword_value
from pypy.interpreter.function import BuiltinFunction
from rpython.tool.sourcetools import func_with_new_name

ARGUMENT_NAMES = ['a', 'x', 'lo', 'hi']


class BisectArguments(object):
    """The arguments (a, x, lo=0, hi=len(a), *, key=None) of one call."""

    def __init__(self, w_a, w_x, lo, hi, w_key):
        self.w_a = w_a
        self.w_x = w_x
        self.lo = lo
        self.hi = hi
        self.w_key = w_key


def parse_arguments(space, args, fname):
    check_keywords(space, args, fname, ARGUMENT_NAMES + ['key'])
    n = len(args.arguments_w)
    if n > len(ARGUMENT_NAMES):
        raise space.error(space.w_TypeError,
                          "%s() takes at most 4 positional arguments "
                          "(%d given)" % (fname, n))
    values_w = [None] * len(ARGUMENT_NAMES)
    for i in range(len(ARGUMENT_NAMES)):
        w_keyword = keyword_value(args, ARGUMENT_NAMES[i])
        if i < n:
            if w_keyword is not None:
                raise space.error(space.w_TypeError,
                                  "argument for %s() given by name ('%s') "
                                  "and position (%d)" % (
                                      fname, ARGUMENT_NAMES[i], i + 1))
            values_w[i] = args.arguments_w[i]
        else:
            values_w[i] = w_keyword
    for i in range(2):
        if values_w[i] is None:
            raise space.error(space.w_TypeError,
                              "%s() missing required argument '%s' (pos %d)"
                              % (fname, ARGUMENT_NAMES[i], i + 1))
    w_a = values_w[0]
    lo = 0
    if values_w[2] is not None:
        lo = space.getindex_w(values_w[2])
        if lo < 0:
            raise space.error(space.w_ValueError, "lo must be non-negative")
    w_hi = values_w[3]
    if w_hi is None or space.is_none(w_hi):
        hi = space.len_w(w_a)
    else:
        hi = space.getindex_w(w_hi)
    w_key = keyword_value(args, 'key')
    if w_key is not None and space.is_none(w_key):
        w_key = None
    return BisectArguments(w_a, values_w[1], lo, hi, w_key)


def search(space, bargs, w_x, right):
    """The insertion point of w_x (already passed through key) in
    a[lo:hi]: after the items equal to it when `right`, before them
    otherwise."""
    lo = bargs.lo
    hi = bargs.hi
    while lo < hi:
        # no overflow: lo and hi are at most sys.maxsize
        mid = lo + (hi - lo) // 2
        w_item = space.getitem(bargs.w_a, space.newint(mid))
        if bargs.w_key is not None:
            w_item = space.call_function(bargs.w_key, w_item)
        if right:
            go_left = space.is_true(space.lt(w_x, w_item))
        else:
            go_left = not space.is_true(space.lt(w_item, w_x))
        if go_left:
            hi = mid
        else:
            lo = mid + 1
    return lo


def make_bisect(fname, right):
    def bisect(space, args):
        bargs = parse_arguments(space, args, fname)
        return space.newint(search(space, bargs, bargs.w_x, right))
    return func_with_new_name(bisect, 'bisect_' + fname)


def make_insort(fname, right):
    def insort(space, args):
        bargs = parse_arguments(space, args, fname)
        w_x = bargs.w_x
        if bargs.w_key is not None:
            w_x = space.call_function(bargs.w_key, w_x)
        index = search(space, bargs, w_x, right)
        # a.insert, so list subclasses and other sequences (UserList)
        # decide how
        space.call_method(bargs.w_a, 'insert', space.newint(index),
                          bargs.w_x)
        return space.w_None
    return func_with_new_name(insort, 'insort_' + fname)


FUNCTIONS = [('bisect_left', make_bisect('bisect_left', False)),
             ('bisect_right', make_bisect('bisect_right', True)),
             ('insort_left', make_insort('insort_left', False)),
             ('insort_right', make_insort('insort_right', True))]


def make_module(space):
    w_mod = space.newmodule('_bisect')
    for name, func in FUNCTIONS:
        w_mod.w_dict.setitem_str(space, name, BuiltinFunction(name, func))
    return w_mod
