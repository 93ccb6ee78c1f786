"""The itertools module.  Every iterator here is an interp-level object
whose next() returns None when exhausted (as the built-in iterators)."""

from pypy.interpreter.arguments import Arguments, check_args, \
    keyword_value, check_keywords
from pypy.interpreter.error import OperationError
from pypy.interpreter.function import BuiltinFunction, ClassMethod
from pypy.objspace.root import W_Root
from pypy.objspace.typeobject import TypeDef


class W_ItIterator(W_Root):
    def iter(self, space):
        return self

    def is_iterator(self):
        return True


def get_arg(space, args, fname, i, name, default):
    """Positional argument i or keyword `name`."""
    if i < len(args.arguments_w):
        return args.arguments_w[i]
    w_value = keyword_value(args, name)
    if w_value is None:
        return default
    return w_value


def too_many(space, args, fname, n):
    if len(args.arguments_w) > n:
        raise space.error(space.w_TypeError,
                          "%s expected at most %d arguments, got %d" % (
                              fname, n, len(args.arguments_w)))


# ____________________________________________________________
# infinite iterators

class W_Count(W_ItIterator):
    def __init__(self, w_value, w_step):
        self.w_value = w_value
        self.w_step = w_step

    def getclass(self, space):
        return space.w_itertools_count

    def next(self, space):
        w_value = self.w_value
        self.w_value = space.add(w_value, self.w_step)
        return w_value

    def repr(self, space):
        from pypy.objspace.intobject import W_IntObject
        text = u'count(' + space.repr_u(self.w_value)
        if not (isinstance(self.w_step, W_IntObject) and
                space.int_w(self.w_step) == 1):
            text += u', ' + space.repr_u(self.w_step)
        return space.newtext(text + u')')


def check_number(space, w_obj):
    w_type = space.type(w_obj)
    if not (space.isinstance_w(w_obj, space.w_int) or
            space.isinstance_w(w_obj, space.w_float) or
            space.isinstance_w(w_obj, space.w_complex) or
            space.lookup(w_obj, '__add__') is not None):
        raise space.error(space.w_TypeError, "a number is required")
    return w_type


def new_count(space, w_type, args):
    check_keywords(space, args, 'count', ['start', 'step'])
    too_many(space, args, 'count', 2)
    w_start = get_arg(space, args, 'count', 0, 'start', space.newint(0))
    w_step = get_arg(space, args, 'count', 1, 'step', space.newint(1))
    check_number(space, w_start)
    check_number(space, w_step)
    return W_Count(w_start, w_step)


class W_Cycle(W_ItIterator):
    def __init__(self, w_iter):
        self.w_iter = w_iter
        self.saved_w = []
        self.index = 0

    def getclass(self, space):
        return space.w_itertools_cycle

    def next(self, space):
        if self.w_iter is not None:
            w_item = space.next_or_none(self.w_iter)
            if w_item is not None:
                self.saved_w.append(w_item)
                return w_item
            self.w_iter = None
        if not self.saved_w:
            return None
        if self.index >= len(self.saved_w):
            self.index = 0
        w_item = self.saved_w[self.index]
        self.index += 1
        return w_item


def new_cycle(space, w_type, args):
    check_args(space, args, 'cycle', 1, 1)
    return W_Cycle(space.iter(args.arguments_w[0]))


class W_Repeat(W_ItIterator):
    def __init__(self, w_obj, times):
        self.w_obj = w_obj
        self.times = times      # -1: forever

    def getclass(self, space):
        return space.w_itertools_repeat

    def next(self, space):
        if self.times == 0:
            return None
        if self.times > 0:
            self.times -= 1
        return self.w_obj

    def length(self, space):
        return -1

    def repr(self, space):
        text = u'repeat(' + space.repr_u(self.w_obj)
        if self.times >= 0:
            text += u', ' + space.str_u(space.newint(self.times))
        return space.newtext(text + u')')


def new_repeat(space, w_type, args):
    check_keywords(space, args, 'repeat', ['object', 'times'])
    too_many(space, args, 'repeat', 2)
    w_obj = get_arg(space, args, 'repeat', 0, 'object', None)
    if w_obj is None:
        raise space.error(space.w_TypeError,
                          "repeat() missing required argument 'object' "
                          "(pos 1)")
    w_times = get_arg(space, args, 'repeat', 1, 'times', None)
    times = -1
    if w_times is not None:
        times = space.getindex_w(w_times)
        if times < 0:
            times = 0
    return W_Repeat(w_obj, times)


def repeat_length_hint(space, args):
    check_args(space, args, '__length_hint__', 1, 1)
    w_self = args.arguments_w[0]
    assert isinstance(w_self, W_Repeat)
    if w_self.times < 0:
        raise space.error(space.w_TypeError,
                          "len() of unsized object")
    return space.newint(w_self.times)


# ____________________________________________________________
# iterators terminating on the shortest input

class W_Accumulate(W_ItIterator):
    def __init__(self, w_iter, w_func, w_initial):
        self.w_iter = w_iter
        self.w_func = w_func            # None: addition
        self.w_total = None
        self.w_initial = w_initial      # None: no initial value

    def getclass(self, space):
        return space.w_itertools_accumulate

    def next(self, space):
        if self.w_initial is not None:
            self.w_total = self.w_initial
            self.w_initial = None
            return self.w_total
        w_item = space.next_or_none(self.w_iter)
        if w_item is None:
            return None
        if self.w_total is None:
            self.w_total = w_item
        elif self.w_func is None:
            self.w_total = space.add(self.w_total, w_item)
        else:
            self.w_total = space.call_function(self.w_func, self.w_total,
                                               w_item)
        return self.w_total


def new_accumulate(space, w_type, args):
    check_keywords(space, args, 'accumulate', ['iterable', 'func',
                                               'initial'])
    too_many(space, args, 'accumulate', 2)
    w_iterable = get_arg(space, args, 'accumulate', 0, 'iterable', None)
    if w_iterable is None:
        raise space.error(space.w_TypeError,
                          "accumulate() missing required argument "
                          "'iterable' (pos 1)")
    w_func = get_arg(space, args, 'accumulate', 1, 'func', None)
    if w_func is not None and space.is_none(w_func):
        w_func = None
    w_initial = keyword_value(args, 'initial')
    if w_initial is not None and space.is_none(w_initial):
        w_initial = None
    return W_Accumulate(space.iter(w_iterable), w_func, w_initial)


class W_Chain(W_ItIterator):
    def __init__(self, w_iterables):
        self.w_iterables = w_iterables      # an iterator of iterables
        self.w_current = None

    def getclass(self, space):
        return space.w_itertools_chain

    def next(self, space):
        while True:
            if self.w_current is None:
                if self.w_iterables is None:
                    return None
                w_iterable = space.next_or_none(self.w_iterables)
                if w_iterable is None:
                    self.w_iterables = None
                    return None
                self.w_current = space.iter(w_iterable)
            w_item = space.next_or_none(self.w_current)
            if w_item is not None:
                return w_item
            self.w_current = None


def new_chain(space, w_type, args):
    check_keywords(space, args, 'chain', [])
    return W_Chain(space.iter(space.newtuple(args.arguments_w)))


def chain_from_iterable(space, args):
    check_args(space, args, 'from_iterable', 2, 2)
    return W_Chain(space.iter(args.arguments_w[1]))


class W_Compress(W_ItIterator):
    def __init__(self, w_data, w_selectors):
        self.w_data = w_data
        self.w_selectors = w_selectors

    def getclass(self, space):
        return space.w_itertools_compress

    def next(self, space):
        while True:
            w_item = space.next_or_none(self.w_data)
            if w_item is None:
                return None
            w_sel = space.next_or_none(self.w_selectors)
            if w_sel is None:
                return None
            if space.is_true(w_sel):
                return w_item


def new_compress(space, w_type, args):
    check_keywords(space, args, 'compress', ['data', 'selectors'])
    w_data = get_arg(space, args, 'compress', 0, 'data', None)
    w_sel = get_arg(space, args, 'compress', 1, 'selectors', None)
    if w_data is None or w_sel is None:
        raise space.error(space.w_TypeError,
                          "compress() missing required argument")
    return W_Compress(space.iter(w_data), space.iter(w_sel))


class W_DropWhile(W_ItIterator):
    def __init__(self, w_pred, w_iter):
        self.w_pred = w_pred
        self.w_iter = w_iter
        self.dropping = True

    def getclass(self, space):
        return space.w_itertools_dropwhile

    def next(self, space):
        while True:
            w_item = space.next_or_none(self.w_iter)
            if w_item is None:
                return None
            if not self.dropping:
                return w_item
            if not space.is_true(space.call_function(self.w_pred, w_item)):
                self.dropping = False
                return w_item


def new_dropwhile(space, w_type, args):
    check_args(space, args, 'dropwhile', 2, 2)
    return W_DropWhile(args.arguments_w[0], space.iter(args.arguments_w[1]))


class W_TakeWhile(W_ItIterator):
    def __init__(self, w_pred, w_iter):
        self.w_pred = w_pred
        self.w_iter = w_iter

    def getclass(self, space):
        return space.w_itertools_takewhile

    def next(self, space):
        if self.w_iter is None:
            return None
        w_item = space.next_or_none(self.w_iter)
        if w_item is None:
            return None
        if space.is_true(space.call_function(self.w_pred, w_item)):
            return w_item
        self.w_iter = None
        return None


def new_takewhile(space, w_type, args):
    check_args(space, args, 'takewhile', 2, 2)
    return W_TakeWhile(args.arguments_w[0], space.iter(args.arguments_w[1]))


class W_FilterFalse(W_ItIterator):
    def __init__(self, w_pred, w_iter):
        self.w_pred = w_pred            # None: the item's truth
        self.w_iter = w_iter

    def getclass(self, space):
        return space.w_itertools_filterfalse

    def next(self, space):
        while True:
            w_item = space.next_or_none(self.w_iter)
            if w_item is None:
                return None
            if self.w_pred is None:
                ok = space.is_true(w_item)
            else:
                ok = space.is_true(space.call_function(self.w_pred, w_item))
            if not ok:
                return w_item


def new_filterfalse(space, w_type, args):
    check_args(space, args, 'filterfalse', 2, 2)
    w_pred = args.arguments_w[0]
    if space.is_none(w_pred):
        w_pred = None
    return W_FilterFalse(w_pred, space.iter(args.arguments_w[1]))


class W_Starmap(W_ItIterator):
    def __init__(self, w_func, w_iter):
        self.w_func = w_func
        self.w_iter = w_iter

    def getclass(self, space):
        return space.w_itertools_starmap

    def next(self, space):
        w_item = space.next_or_none(self.w_iter)
        if w_item is None:
            return None
        return space.call_args(self.w_func,
                               Arguments(space.unpackiterable(w_item)))


def new_starmap(space, w_type, args):
    check_args(space, args, 'starmap', 2, 2)
    return W_Starmap(args.arguments_w[0], space.iter(args.arguments_w[1]))


class W_ISlice(W_ItIterator):
    def __init__(self, w_iter, start, stop, step):
        self.w_iter = w_iter
        self.count = 0          # items consumed
        self.next_index = start
        self.stop = stop        # -1: no stop
        self.step = step

    def getclass(self, space):
        return space.w_itertools_islice

    def next(self, space):
        if self.w_iter is None:
            return None
        while self.count < self.next_index:
            w_item = space.next_or_none(self.w_iter)
            if w_item is None:
                self.w_iter = None
                return None
            self.count += 1
        if self.stop != -1 and self.count >= self.stop:
            self.w_iter = None
            return None
        w_item = space.next_or_none(self.w_iter)
        if w_item is None:
            self.w_iter = None
            return None
        self.count += 1
        old = self.next_index
        self.next_index += self.step
        if self.next_index < old or (self.stop != -1 and
                                     self.next_index > self.stop):
            self.next_index = self.stop
        return w_item


def islice_index(space, w_obj, what):
    if space.is_none(w_obj):
        return -1
    msg = "%s argument for islice() must be None or an integer: " \
          "0 <= x <= sys.maxsize." % what
    try:
        value = space.getindex_w(w_obj)
    except OperationError as e:
        if not e.match(space, space.w_TypeError):
            raise
        raise space.error(space.w_ValueError, msg)
    if value < 0:
        raise space.error(space.w_ValueError, msg)
    return value


def new_islice(space, w_type, args):
    check_keywords(space, args, 'islice', [])
    n = len(args.arguments_w)
    if n < 2 or n > 4:
        raise space.error(space.w_TypeError,
                          "islice expected at most 4 arguments, got %d" % n
                          if n > 4 else
                          "islice expected at least 2 arguments, got %d" % n)
    w_iter = space.iter(args.arguments_w[0])
    start = 0
    step = 1
    if n == 2:
        stop = islice_index(space, args.arguments_w[1], 'Stop')
    else:
        start = islice_index(space, args.arguments_w[1], 'Indices')
        if start == -1:
            start = 0
        stop = islice_index(space, args.arguments_w[2], 'Stop')
        if n == 4:
            w_step = args.arguments_w[3]
            if not space.is_none(w_step):
                step = space.getindex_w(w_step)
                if step < 1:
                    raise space.error(space.w_ValueError,
                                      "Step for islice() must be a positive "
                                      "integer or None.")
    if stop != -1 and start > stop:
        start = stop
    return W_ISlice(w_iter, start, stop, step)


class W_ZipLongest(W_ItIterator):
    def __init__(self, iterators_w, w_fillvalue):
        self.iterators_w = iterators_w      # None entries when exhausted
        self.active = len(iterators_w)
        self.w_fillvalue = w_fillvalue

    def getclass(self, space):
        return space.w_itertools_zip_longest

    def next(self, space):
        if self.active == 0:
            return None
        items_w = [None] * len(self.iterators_w)
        for i in range(len(self.iterators_w)):
            w_it = self.iterators_w[i]
            w_item = None
            if w_it is not None:
                w_item = space.next_or_none(w_it)
                if w_item is None:
                    self.iterators_w[i] = None
                    self.active -= 1
                    if self.active == 0:
                        return None
            if w_item is None:
                w_item = self.w_fillvalue
            items_w[i] = w_item
        return space.newtuple(items_w)


def new_zip_longest(space, w_type, args):
    check_keywords(space, args, 'zip_longest', ['fillvalue'])
    w_fill = keyword_value(args, 'fillvalue')
    if w_fill is None:
        w_fill = space.w_None
    iterators_w = [space.iter(w_arg) for w_arg in args.arguments_w]
    return W_ZipLongest(iterators_w, w_fill)


class W_Pairwise(W_ItIterator):
    def __init__(self, w_iter):
        self.w_iter = w_iter
        self.w_last = None

    def getclass(self, space):
        return space.w_itertools_pairwise

    def next(self, space):
        if self.w_iter is None:
            return None
        if self.w_last is None:
            self.w_last = space.next_or_none(self.w_iter)
            if self.w_last is None:
                self.w_iter = None
                return None
        w_item = space.next_or_none(self.w_iter)
        if w_item is None:
            self.w_iter = None
            return None
        w_result = space.newtuple([self.w_last, w_item])
        self.w_last = w_item
        return w_result


def new_pairwise(space, w_type, args):
    check_args(space, args, 'pairwise', 1, 1)
    return W_Pairwise(space.iter(args.arguments_w[0]))


class W_GroupBy(W_ItIterator):
    def __init__(self, w_iter, w_key):
        self.w_iter = w_iter
        self.w_key = w_key          # None: identity
        self.w_tgtkey = None
        self.w_currkey = None
        self.w_currvalue = None
        self.w_currgrouper = None

    def getclass(self, space):
        return space.w_itertools_groupby

    def step(self, space):
        """False at the end of the input."""
        w_value = space.next_or_none(self.w_iter)
        if w_value is None:
            return False
        if self.w_key is None:
            w_newkey = w_value
        else:
            w_newkey = space.call_function(self.w_key, w_value)
        self.w_currvalue = w_value
        self.w_currkey = w_newkey
        return True

    def next(self, space):
        self.w_currgrouper = None
        while True:
            if self.w_currkey is None:
                pass
            elif self.w_tgtkey is None:
                break
            elif not space.eq_w(self.w_tgtkey, self.w_currkey):
                break
            if not self.step(space):
                return None
        self.w_tgtkey = self.w_currkey
        w_grouper = W_Grouper(self, self.w_tgtkey)
        self.w_currgrouper = w_grouper
        return space.newtuple([self.w_currkey, w_grouper])


class W_Grouper(W_ItIterator):
    def __init__(self, w_parent, w_tgtkey):
        self.w_parent = w_parent
        self.w_tgtkey = w_tgtkey

    def getclass(self, space):
        return space.w_itertools_grouper

    def next(self, space):
        w_parent = self.w_parent
        if w_parent.w_currgrouper is not self:
            return None
        if w_parent.w_currvalue is None:
            if not w_parent.step(space):
                return None
        if not space.eq_w(self.w_tgtkey, w_parent.w_currkey):
            return None
        w_value = w_parent.w_currvalue
        w_parent.w_currvalue = None
        return w_value


def new_groupby(space, w_type, args):
    check_keywords(space, args, 'groupby', ['iterable', 'key'])
    too_many(space, args, 'groupby', 2)
    w_iterable = get_arg(space, args, 'groupby', 0, 'iterable', None)
    if w_iterable is None:
        raise space.error(space.w_TypeError,
                          "groupby() missing required argument 'iterable' "
                          "(pos 1)")
    w_key = get_arg(space, args, 'groupby', 1, 'key', None)
    if w_key is not None and space.is_none(w_key):
        w_key = None
    return W_GroupBy(space.iter(w_iterable), w_key)


class TeeData(object):
    def __init__(self, w_iter):
        self.w_iter = w_iter
        self.items_w = []


class W_Tee(W_ItIterator):
    def __init__(self, data, index):
        self.data = data
        self.index = index

    def getclass(self, space):
        return space.w_itertools_tee

    def next(self, space):
        data = self.data
        if self.index >= len(data.items_w):
            if data.w_iter is None:
                return None
            w_item = space.next_or_none(data.w_iter)
            if w_item is None:
                data.w_iter = None
                return None
            data.items_w.append(w_item)
        w_item = data.items_w[self.index]
        self.index += 1
        return w_item


def itertools_tee(space, args):
    check_args(space, args, 'tee', 1, 2)
    n = 2
    if len(args.arguments_w) == 2:
        n = space.getindex_w(args.arguments_w[1])
        if n < 0:
            raise space.error(space.w_ValueError, "n must be >= 0")
    w_iterable = args.arguments_w[0]
    if isinstance(w_iterable, W_Tee):
        data = w_iterable.data
        start = w_iterable.index
    else:
        data = TeeData(space.iter(w_iterable))
        start = 0
    return space.newtuple([W_Tee(data, start) for i in range(n)])


# ____________________________________________________________
# combinatoric iterators

def pool_of(space, w_iterable):
    return space.unpackiterable(w_iterable)


class W_Product(W_ItIterator):
    def __init__(self, pools):
        self.pools = pools          # a list of lists of items
        self.indices = [0] * len(pools)
        self.first = True
        self.done = False
        for pool in pools:
            if not pool:
                self.done = True

    def getclass(self, space):
        return space.w_itertools_product

    def next(self, space):
        if self.done:
            return None
        if self.first:
            self.first = False
        else:
            i = len(self.pools) - 1
            while i >= 0:
                self.indices[i] += 1
                if self.indices[i] < len(self.pools[i]):
                    break
                self.indices[i] = 0
                i -= 1
            if i < 0:
                self.done = True
                return None
        return space.newtuple([self.pools[i][self.indices[i]]
                               for i in range(len(self.pools))])


def new_product(space, w_type, args):
    check_keywords(space, args, 'product', ['repeat'])
    w_repeat = keyword_value(args, 'repeat')
    repeat = 1
    if w_repeat is not None:
        repeat = space.getindex_w(w_repeat)
        if repeat < 0:
            raise space.error(space.w_ValueError,
                              "repeat argument cannot be negative")
    pools = [pool_of(space, w_arg) for w_arg in args.arguments_w]
    all_pools = []
    for i in range(repeat):
        for pool in pools:
            all_pools.append(pool)
    return W_Product(all_pools)


class W_Permutations(W_ItIterator):
    def __init__(self, pool_w, r):
        n = len(pool_w)
        self.pool_w = pool_w
        self.r = r
        self.indices = range(n)
        self.cycles = [n - i for i in range(r)]
        self.first = True
        self.done = r > n

    def getclass(self, space):
        return space.w_itertools_permutations

    def result(self, space):
        return space.newtuple([self.pool_w[self.indices[i]]
                               for i in range(self.r)])

    def next(self, space):
        if self.done:
            return None
        if self.first:
            self.first = False
            return self.result(space)
        n = len(self.pool_w)
        if n == 0:
            self.done = True
            return None
        indices = self.indices
        i = self.r - 1
        while i >= 0:
            self.cycles[i] -= 1
            if self.cycles[i] == 0:
                # rotate indices[i:] left by one
                first = indices[i]
                for k in range(i, n - 1):
                    indices[k] = indices[k + 1]
                indices[n - 1] = first
                self.cycles[i] = n - i
            else:
                j = self.cycles[i]
                indices[i], indices[n - j] = indices[n - j], indices[i]
                return self.result(space)
            i -= 1
        self.done = True
        return None


def new_permutations(space, w_type, args):
    check_keywords(space, args, 'permutations', ['iterable', 'r'])
    too_many(space, args, 'permutations', 2)
    w_iterable = get_arg(space, args, 'permutations', 0, 'iterable', None)
    if w_iterable is None:
        raise space.error(space.w_TypeError,
                          "permutations() missing required argument "
                          "'iterable' (pos 1)")
    pool_w = pool_of(space, w_iterable)
    w_r = get_arg(space, args, 'permutations', 1, 'r', None)
    r = len(pool_w)
    if w_r is not None and not space.is_none(w_r):
        r = space.getindex_w(w_r)
        if r < 0:
            raise space.error(space.w_ValueError, "r must be non-negative")
    return W_Permutations(pool_w, r)


class W_Combinations(W_ItIterator):
    def __init__(self, pool_w, r, with_replacement):
        self.pool_w = pool_w
        self.r = r
        self.with_replacement = with_replacement
        n = len(pool_w)
        if with_replacement:
            self.indices = [0] * r
            self.done = n == 0 and r > 0
        else:
            self.indices = range(r)
            self.done = r > n
        self.first = True

    def getclass(self, space):
        if self.with_replacement:
            return space.w_itertools_combinations_with_replacement
        return space.w_itertools_combinations

    def next(self, space):
        if self.done:
            return None
        if self.first:
            self.first = False
        else:
            n = len(self.pool_w)
            r = self.r
            indices = self.indices
            i = r - 1
            if self.with_replacement:
                while i >= 0 and indices[i] == n - 1:
                    i -= 1
                if i < 0:
                    self.done = True
                    return None
                value = indices[i] + 1
                for k in range(i, r):
                    indices[k] = value
            else:
                while i >= 0 and indices[i] == i + n - r:
                    i -= 1
                if i < 0:
                    self.done = True
                    return None
                indices[i] += 1
                for j in range(i + 1, r):
                    indices[j] = indices[j - 1] + 1
        return space.newtuple([self.pool_w[self.indices[i]]
                               for i in range(self.r)])


def combinations_args(space, args, fname):
    check_keywords(space, args, fname, ['iterable', 'r'])
    too_many(space, args, fname, 2)
    w_iterable = get_arg(space, args, fname, 0, 'iterable', None)
    w_r = get_arg(space, args, fname, 1, 'r', None)
    if w_iterable is None or w_r is None:
        raise space.error(space.w_TypeError,
                          "%s() missing required argument" % fname)
    r = space.getindex_w(w_r)
    if r < 0:
        raise space.error(space.w_ValueError, "r must be non-negative")
    return pool_of(space, w_iterable), r


def new_combinations(space, w_type, args):
    pool_w, r = combinations_args(space, args, 'combinations')
    return W_Combinations(pool_w, r, False)


def new_combinations_with_replacement(space, w_type, args):
    pool_w, r = combinations_args(space, args,
                                  'combinations_with_replacement')
    return W_Combinations(pool_w, r, True)


TYPES = [
    ('count', 'w_itertools_count', new_count),
    ('cycle', 'w_itertools_cycle', new_cycle),
    ('repeat', 'w_itertools_repeat', new_repeat),
    ('accumulate', 'w_itertools_accumulate', new_accumulate),
    ('chain', 'w_itertools_chain', new_chain),
    ('compress', 'w_itertools_compress', new_compress),
    ('dropwhile', 'w_itertools_dropwhile', new_dropwhile),
    ('takewhile', 'w_itertools_takewhile', new_takewhile),
    ('filterfalse', 'w_itertools_filterfalse', new_filterfalse),
    ('starmap', 'w_itertools_starmap', new_starmap),
    ('islice', 'w_itertools_islice', new_islice),
    ('zip_longest', 'w_itertools_zip_longest', new_zip_longest),
    ('pairwise', 'w_itertools_pairwise', new_pairwise),
    ('groupby', 'w_itertools_groupby', new_groupby),
    ('_grouper', 'w_itertools_grouper', None),
    ('_tee', 'w_itertools_tee', None),
    ('product', 'w_itertools_product', new_product),
    ('permutations', 'w_itertools_permutations', new_permutations),
    ('combinations', 'w_itertools_combinations', new_combinations),
    ('combinations_with_replacement',
     'w_itertools_combinations_with_replacement',
     new_combinations_with_replacement),
]


def make_module(space):
    from pypy.module.builtins.iterators import iterator_methods
    w_mod = space.newmodule('itertools')
    setitem = w_mod.w_dict.setitem_str
    for name, attrname, new in TYPES:
        methods = iterator_methods.copy()
        if name == 'repeat':
            methods['__length_hint__'] = repeat_length_hint
        w_type = space.make_builtin_type(attrname, TypeDef(
            name, methods=methods, new=new, acceptable_as_base=False),
            [space.w_object])
        w_type.dict_w['__module__'] = space.newtext(u'itertools')
        if not name.startswith('_'):
            setitem(space, name, w_type)
    space.w_itertools_chain.dict_w['from_iterable'] = ClassMethod(
        BuiltinFunction('from_iterable', chain_from_iterable))
    setitem(space, 'tee', BuiltinFunction('tee', itertools_tee))
    return w_mod
