"""Built-in functions over iterables: sum, min, max, sorted, any, all."""

from pypy.interpreter.arguments import check_args, keyword_value, \
    check_keywords
from pypy.objspace.intobject import W_IntObject
from pypy.objspace.floatobject import W_FloatObject


def builtin_sum(space, args):
    check_keywords(space, args, 'sum', ['start'])
    n = len(args.arguments_w)
    if n < 1 or n > 2:
        raise space.error(space.w_TypeError,
                          "sum() takes at most 2 arguments (%d given)" % n)
    w_start = keyword_value(args, 'start')
    if n == 2:
        w_start = args.arguments_w[1]
    if w_start is None:
        w_start = space.newint(0)
    if space.isinstance_w(w_start, space.w_str):
        raise space.error(space.w_TypeError,
                          "sum() can't sum strings [use ''.join(seq) "
                          "instead]")
    w_total = w_start
    w_iter = space.iter(args.arguments_w[0])
    while True:
        w_item = space.next_or_none(w_iter)
        if w_item is None:
            return w_total
        w_total = space.add(w_total, w_item)


def min_max(space, args, is_max):
    fname = 'max' if is_max else 'min'
    check_keywords(space, args, fname, ['key', 'default'])
    w_key = keyword_value(args, 'key')
    if w_key is not None and space.is_none(w_key):
        w_key = None
    w_default = keyword_value(args, 'default')
    if len(args.arguments_w) == 0:
        raise space.error(space.w_TypeError,
                          "%s expected at least 1 argument, got 0" % fname)
    if len(args.arguments_w) == 1:
        items_w = space.unpackiterable(args.arguments_w[0])
    else:
        if w_default is not None:
            raise space.error(space.w_TypeError,
                              "Cannot specify a default for %s() with "
                              "multiple positional arguments" % fname)
        items_w = args.arguments_w
    if not items_w:
        if w_default is not None:
            return w_default
        raise space.error(space.w_ValueError,
                          "%s() iterable argument is empty" % fname)
    w_best = items_w[0]
    w_best_key = w_best if w_key is None else \
        space.call_function(w_key, w_best)
    for i in range(1, len(items_w)):
        w_item = items_w[i]
        w_item_key = w_item if w_key is None else \
            space.call_function(w_key, w_item)
        if is_max:
            better = space.is_true(space.compare(4, w_item_key, w_best_key))
        else:
            better = space.is_true(space.lt(w_item_key, w_best_key))
        if better:
            w_best = w_item
            w_best_key = w_item_key
    return w_best


def builtin_min(space, args):
    return min_max(space, args, False)


def builtin_max(space, args):
    return min_max(space, args, True)


def builtin_sorted(space, args):
    from pypy.objspace.listobject import list_sort
    from pypy.interpreter.arguments import Arguments
    if len(args.arguments_w) != 1:
        raise space.error(space.w_TypeError,
                          "sorted expected 1 argument, got %d" %
                          len(args.arguments_w))
    w_list = space.newlist(space.unpackiterable(args.arguments_w[0]))
    list_sort(space, Arguments([w_list], args.keyword_names,
                               args.keyword_values_w))
    return w_list


def builtin_any(space, args):
    check_args(space, args, 'any', 1, 1)
    w_iter = space.iter(args.arguments_w[0])
    while True:
        w_item = space.next_or_none(w_iter)
        if w_item is None:
            return space.w_False
        if space.is_true(w_item):
            return space.w_True


def builtin_all(space, args):
    check_args(space, args, 'all', 1, 1)
    w_iter = space.iter(args.arguments_w[0])
    while True:
        w_item = space.next_or_none(w_iter)
        if w_item is None:
            return space.w_True
        if not space.is_true(w_item):
            return space.w_False


FUNCTIONS = [('sum', builtin_sum), ('min', builtin_min),
             ('max', builtin_max), ('sorted', builtin_sorted),
             ('any', builtin_any), ('all', builtin_all)]
