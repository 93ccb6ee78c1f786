"""The itertools module.  Every iterator here is an interp-level object
whose next() returns None when exhausted (as the built-in iterators)."""

from pypy.interpreter.arguments import Arguments, check_args, \
    keyword_value, check_keywords
from pypy.interpreter.error import OperationError
from pypy.interpreter.function import BuiltinFunction, ClassMethod
from pypy.objspace.listobject import W_ListObject, W_ListIterator
from pypy.objspace.root import W_Root, W_Iterator
from pypy.objspace.typeobject import TypeDef
from rpython.tool.sourcetools import func_with_new_name


class W_ItIterator(W_Iterator):
    """Base of the itertools iterators; each class in TYPES gets its
    getclass() from make_getclass()."""


class W_SourceIterator(W_ItIterator):
    """An iterator over the items of another one, w_iter (None once that
    one is exhausted)."""

    def pull(self, space):
        """The next item of w_iter, or None at its end."""
        if self.w_iter is None:
            return None
        w_item = space.next_or_none(self.w_iter)
        if w_item is None:
            self.w_iter = None
        return w_item


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


def parse_args(space, args, fname, names, npos):
    """The arguments `names` of fname (positional-or-keyword, the first
    npos of them also positional): a list with None where not given."""
    check_keywords(space, args, fname, names)
    too_many(space, args, fname, npos)
    return [get_arg(space, args, fname, i, names[i], None)
            for i in range(len(names))]


def required(space, w_value, fname, name, pos):
    if w_value is None:
        raise space.error(space.w_TypeError,
                          "%s() missing required argument '%s' (pos %d)" % (
                              fname, name, pos))
    return w_value


def null_as_none(space, w_value):
    """app-level None for an interp-level None (an unset field)."""
    if w_value is None:
        return space.w_None
    return w_value


def new_of_type(space, w_obj, args_w):
    """(type(w_obj), args): a __reduce__ result that calls the type."""
    return space.newtuple([space.type(w_obj), space.newtuple(args_w)])


def new_with_state(space, w_obj, args_w, w_state):
    """(type(w_obj), args, state): a __reduce__ result that calls the type,
    then __setstate__(state)."""
    return space.newtuple([space.type(w_obj), space.newtuple(args_w),
                           w_state])


def state_tuple(space, w_state, minimum, maximum):
    """The items of a __setstate__ argument that must be a tuple of
    minimum..maximum items."""
    from pypy.objspace.tupleobject import W_TupleObject
    if not isinstance(w_state, W_TupleObject):
        raise space.error(space.w_TypeError, "state is not a tuple")
    n = len(w_state.items_w)
    if minimum <= n <= maximum:
        return w_state.items_w
    if minimum == maximum:
        how, bound = "exactly", minimum
    elif n < minimum:
        how, bound = "at least", minimum
    else:
        how, bound = "at most", maximum
    raise space.error(space.w_TypeError,
                      "function takes %s %d argument%s (%d given)" % (
                          how, bound, "" if bound == 1 else "s", n))


def indices_state(space, w_state, length):
    """The indices of product's, combinations' and permutations'
    __setstate__: a tuple of `length` integers."""
    from pypy.objspace.tupleobject import W_TupleObject
    if not isinstance(w_state, W_TupleObject) or \
            len(w_state.items_w) != length:
        raise space.error(space.w_ValueError, "invalid arguments")
    return [space.getindex_w(w_index) for w_index in w_state.items_w]


def wrap_indices(space, indices):
    return space.newtuple([space.newint(i) for i in indices])


def none_as_null(space, w_value):
    """None for an argument not given or given as None."""
    if w_value is not None and space.is_none(w_value):
        return None
    return w_value


# ____________________________________________________________
# infinite iterators

class W_Count(W_ItIterator):
    def __init__(self, w_value, w_step):
        self.w_value = w_value
        self.w_step = w_step

    def next(self, space):
        w_value = self.w_value
        self.w_value = space.add(w_value, self.w_step)
        return w_value

    def reduce(self, space):
        from pypy.objspace.intobject import W_IntObject
        # CPython's counting in a machine word (an int start, a step of
        # int 1) pickles without the step
        if isinstance(self.w_value, W_IntObject) and \
                isinstance(self.w_step, W_IntObject) and \
                space.int_w(self.w_step) == 1:
            return new_of_type(space, self, [self.w_value])
        return new_of_type(space, self, [self.w_value, self.w_step])

    def repr(self, space):
        from pypy.objspace.intobject import W_IntObject
        text = u'count(' + space.repr_u(self.w_value)
        if not (isinstance(self.w_step, W_IntObject) and
                space.int_w(self.w_step) == 1):
            text += u', ' + space.repr_u(self.w_step)
        return space.newtext(text + u')')


def check_number(space, w_obj):
    w_type = space.type(w_obj)
    # CPython's PyNumber_Check (Decimal, Fraction pass; str does not)
    if not (space.isinstance_w(w_obj, space.w_int) or
            space.isinstance_w(w_obj, space.w_float) or
            space.isinstance_w(w_obj, space.w_complex) or
            space.lookup(w_obj, '__index__') is not None or
            space.lookup(w_obj, '__int__') is not None or
            space.lookup(w_obj, '__float__') is not None):
        raise space.error(space.w_TypeError, "a number is required")
    return w_type


def new_count(space, w_type, args):
    w_start, w_step = parse_args(space, args, 'count', ['start', 'step'], 2)
    if w_start is None:
        w_start = space.newint(0)
    if w_step is None:
        w_step = space.newint(1)
    check_number(space, w_start)
    check_number(space, w_step)
    return W_Count(w_start, w_step)


class W_Cycle(W_SourceIterator):
    def __init__(self, w_iter):
        self.w_iter = w_iter
        # an app-level list: its pickle's state shares it with the pickle
        # of the iterator over it that cycle's __reduce__ may give
        self.w_saved = W_ListObject([])
        # the items still to come from w_iter are in w_saved already
        # (the state of an unpickled cycle)
        self.firstpass = False
        self.index = 0

    def next(self, space):
        w_item = self.pull(space)
        if w_item is not None:
            if not self.firstpass:
                self.w_saved.items_w.append(w_item)
            return w_item
        saved_w = self.w_saved.items_w
        if not saved_w:
            return None
        if self.index >= len(saved_w):
            self.index = 0
        w_item = saved_w[self.index]
        self.index += 1
        return w_item

    def reduce(self, space):
        if self.w_iter is not None:
            return new_with_state(space, self, [self.w_iter], space.newtuple(
                [self.w_saved, space.newbool(self.firstpass)]))
        w_rest = W_ListIterator(self.w_saved)
        if self.index < len(self.w_saved.items_w):
            w_rest.index = self.index
        return new_with_state(space, self, [w_rest], space.newtuple(
            [self.w_saved, space.w_True]))

    def setstate(self, space, w_state):
        w_saved, w_firstpass = state_tuple(space, w_state, 2, 2)
        if not isinstance(w_saved, W_ListObject):
            raise space.error(space.w_TypeError,
                              "argument 1 must be list, not %s" %
                              space.type_name(space.type(w_saved)))
        firstpass = space.getindex_w(w_firstpass, "an integer is required")
        self.w_saved = w_saved
        self.firstpass = firstpass != 0
        self.index = 0


class W_Repeat(W_ItIterator):
    def __init__(self, w_obj, times):
        self.w_obj = w_obj
        self.times = times      # -1: forever

    def next(self, space):
        if self.times == 0:
            return None
        if self.times > 0:
            self.times -= 1
        return self.w_obj

    def length(self, space):
        return -1

    def reduce(self, space):
        if self.times < 0:
            return new_of_type(space, self, [self.w_obj])
        return new_of_type(space, self, [self.w_obj,
                                         space.newint(self.times)])

    def repr(self, space):
        text = u'repeat(' + space.repr_u(self.w_obj)
        if self.times >= 0:
            text += u', ' + space.str_u(space.newint(self.times))
        return space.newtext(text + u')')


def new_repeat(space, w_type, args):
    w_obj, w_times = parse_args(space, args, 'repeat', ['object', 'times'],
                                2)
    required(space, w_obj, 'repeat', 'object', 1)
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

    def reduce(self, space):
        w_func = null_as_none(space, self.w_func)
        if self.w_initial is not None:
            w_rest = W_Chain(space.iter(space.newtuple(
                [space.newtuple([self.w_initial]), self.w_iter])))
            return new_with_state(space, self, [w_rest, w_func],
                                  space.w_None)
        if self.w_total is not None and space.is_none(self.w_total):
            # a total of None would read as no total: islice(accumulate(
            # chain((None,), rest)), 1, None) instead
            w_rest = W_Chain(space.iter(space.newtuple(
                [space.newtuple([self.w_total]), self.w_iter])))
            return space.newtuple([space.w_itertools_islice, space.newtuple(
                [W_Accumulate(w_rest, self.w_func, None), space.newint(1),
                 space.w_None])])
        return new_with_state(space, self, [self.w_iter, w_func],
                              null_as_none(space, self.w_total))

    def setstate(self, space, w_state):
        self.w_total = w_state


def new_accumulate(space, w_type, args):
    # 'initial' is keyword-only: at most 2 positional arguments
    w_iterable, w_func, w_initial = parse_args(
        space, args, 'accumulate', ['iterable', 'func', 'initial'], 2)
    required(space, w_iterable, 'accumulate', 'iterable', 1)
    return W_Accumulate(space.iter(w_iterable), none_as_null(space, w_func),
                        none_as_null(space, w_initial))


class W_Chain(W_ItIterator):
    def __init__(self, w_iterables):
        self.w_iterables = w_iterables      # an iterator of iterables
        self.w_current = None

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

    def reduce(self, space):
        if self.w_iterables is None:
            return new_of_type(space, self, [])
        state_w = [self.w_iterables]
        if self.w_current is not None:
            state_w.append(self.w_current)
        return new_with_state(space, self, [], space.newtuple(state_w))

    def setstate(self, space, w_state):
        items_w = state_tuple(space, w_state, 1, 2)
        for w_item in items_w:
            if not w_item.is_iterator():
                raise space.error(space.w_TypeError,
                                  "Arguments must be iterators.")
        self.w_iterables = items_w[0]
        self.w_current = items_w[1] if len(items_w) == 2 else None


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

    def reduce(self, space):
        return new_of_type(space, self, [self.w_data, self.w_selectors])


def new_compress(space, w_type, args):
    w_data, w_sel = parse_args(space, args, 'compress',
                               ['data', 'selectors'], 2)
    required(space, w_data, 'compress', 'data', 1)
    required(space, w_sel, 'compress', 'selectors', 2)
    return W_Compress(space.iter(w_data), space.iter(w_sel))


class W_FuncIterator(W_SourceIterator):
    """An iterator applying a function (predicate) to the items of an
    iterator: dropwhile, takewhile, filterfalse, starmap."""

    def __init__(self, w_func, w_iter):
        self.w_func = w_func
        self.w_iter = w_iter

    def reduce(self, space):
        return new_of_type(space, self, [self.w_func, self.w_iter])


def new_iterator(cls, fname, with_func):
    """The constructor fname(iterable) or, with_func, fname(function,
    iterable) of cls."""
    nargs = 2 if with_func else 1

    def new(space, w_type, args):
        check_args(space, args, fname, nargs, nargs)
        w_iter = space.iter(args.arguments_w[nargs - 1])
        if with_func:       # a constant: only one branch is annotated
            return cls(args.arguments_w[0], w_iter)
        return cls(w_iter)
    return func_with_new_name(new, 'new_' + fname)


class W_DropWhile(W_FuncIterator):
    dropping = True

    def reduce(self, space):
        return new_with_state(space, self, [self.w_func, self.w_iter],
                              space.newint(0 if self.dropping else 1))

    def setstate(self, space, w_state):
        self.dropping = not space.is_true(w_state)

    def next(self, space):
        while True:
            w_item = space.next_or_none(self.w_iter)
            if w_item is None:
                return None
            if not self.dropping:
                return w_item
            if not space.is_true(space.call_function(self.w_func, w_item)):
                self.dropping = False
                return w_item


class W_TakeWhile(W_FuncIterator):
    stopped = False

    def next(self, space):
        if self.stopped:
            return None
        w_item = space.next_or_none(self.w_iter)
        if w_item is None:
            return None
        if space.is_true(space.call_function(self.w_func, w_item)):
            return w_item
        self.stopped = True
        return None

    def reduce(self, space):
        return new_with_state(space, self, [self.w_func, self.w_iter],
                              space.newint(1 if self.stopped else 0))

    def setstate(self, space, w_state):
        self.stopped = space.is_true(w_state)


class W_FilterFalse(W_FuncIterator):
    # w_func None (app-level None): the item's truth
    def next(self, space):
        while True:
            w_item = space.next_or_none(self.w_iter)
            if w_item is None:
                return None
            if space.is_none(self.w_func):
                ok = space.is_true(w_item)
            else:
                ok = space.is_true(space.call_function(self.w_func, w_item))
            if not ok:
                return w_item


class W_Starmap(W_FuncIterator):
    def next(self, space):
        w_item = space.next_or_none(self.w_iter)
        if w_item is None:
            return None
        return space.call_args(self.w_func,
                               Arguments(space.unpackiterable(w_item)))


class W_ISlice(W_SourceIterator):
    def __init__(self, w_iter, start, stop, step):
        self.w_iter = w_iter
        self.count = 0          # items consumed
        self.next_index = start
        self.stop = stop        # -1: no stop
        self.step = step

    def next(self, space):
        while self.count < self.next_index:
            if self.pull(space) is None:
                return None
            self.count += 1
        if self.stop != -1 and self.count >= self.stop:
            self.w_iter = None
            return None
        w_item = self.pull(space)
        if w_item is None:
            return None
        self.count += 1
        old = self.next_index
        self.next_index += self.step
        if self.next_index < old or (self.stop != -1 and
                                     self.next_index > self.stop):
            self.next_index = self.stop
        return w_item

    def reduce(self, space):
        if self.w_iter is None:
            return new_with_state(space, self, [
                W_ListIterator(W_ListObject([])), space.newint(0)],
                space.newint(0))
        w_stop = space.w_None if self.stop == -1 else space.newint(self.stop)
        args_w = [self.w_iter, space.newint(self.next_index), w_stop]
        if self.step != 1:
            args_w.append(space.newint(self.step))
        return new_with_state(space, self, args_w, space.newint(self.count))

    def setstate(self, space, w_state):
        self.count = space.getindex_w(w_state)


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

    def reduce(self, space):
        args_w = [space.newtuple([]) if w_it is None else w_it
                  for w_it in self.iterators_w]
        return space.newtuple([space.type(self), space.newtuple(args_w),
                               self.w_fillvalue])

    def setstate(self, space, w_state):
        self.w_fillvalue = w_state


def new_zip_longest(space, w_type, args):
    check_keywords(space, args, 'zip_longest', ['fillvalue'])
    w_fill = keyword_value(args, 'fillvalue')
    if w_fill is None:
        w_fill = space.w_None
    iterators_w = [space.iter(w_arg) for w_arg in args.arguments_w]
    return W_ZipLongest(iterators_w, w_fill)


class W_Pairwise(W_SourceIterator):
    def __init__(self, w_iter):
        self.w_iter = w_iter
        self.w_last = None

    def next(self, space):
        if self.w_last is None:
            self.w_last = self.pull(space)
            if self.w_last is None:
                return None
        w_item = self.pull(space)
        if w_item is None:
            return None
        w_result = space.newtuple([self.w_last, w_item])
        self.w_last = w_item
        return w_result


class W_GroupBy(W_ItIterator):
    def __init__(self, w_iter, w_key):
        self.w_iter = w_iter
        self.w_key = w_key          # None: identity
        self.w_tgtkey = None
        self.w_currkey = None
        self.w_currvalue = None
        self.w_currgrouper = None

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

    def reduce(self, space):
        args_w = [self.w_iter, null_as_none(space, self.w_key)]
        if self.w_tgtkey is None or self.w_currkey is None or \
                self.w_currvalue is None:
            return new_of_type(space, self, args_w)
        return new_with_state(space, self, args_w, space.newtuple(
            [self.w_currkey, self.w_currvalue, self.w_tgtkey]))

    def setstate(self, space, w_state):
        w_currkey, w_currvalue, w_tgtkey = state_tuple(space, w_state, 3, 3)
        self.w_currkey = w_currkey
        self.w_currvalue = w_currvalue
        self.w_tgtkey = w_tgtkey


class W_Grouper(W_ItIterator):
    def __init__(self, w_parent, w_tgtkey):
        self.w_parent = w_parent
        self.w_tgtkey = w_tgtkey

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

    def reduce(self, space):
        from pypy.module.builtins.iterators import reduce_to_empty_iter
        if self.w_parent.w_currgrouper is not self:
            return reduce_to_empty_iter(space)
        return new_of_type(space, self, [self.w_parent, self.w_tgtkey])


def new_grouper(space, w_type, args):
    check_args(space, args, '_grouper', 2, 2)
    w_parent, w_tgtkey = args.arguments_w
    if not isinstance(w_parent, W_GroupBy):
        raise space.error(space.w_TypeError,
                          "_grouper() argument 1 must be itertools.groupby, "
                          "not %s" % space.type_name(space.type(w_parent)))
    w_grouper = W_Grouper(w_parent, w_tgtkey)
    w_parent.w_currgrouper = w_grouper
    return w_grouper


def new_groupby(space, w_type, args):
    w_iterable, w_key = parse_args(space, args, 'groupby',
                                   ['iterable', 'key'], 2)
    required(space, w_iterable, 'groupby', 'iterable', 1)
    return W_GroupBy(space.iter(w_iterable), none_as_null(space, w_key))


class W_TeeData(W_Root):
    """The items read from w_iter (None once exhausted) that the tee
    iterators sharing it have not all passed; an app-level object, the
    _tee_dataobject of their pickles."""

    def __init__(self, w_iter, items_w):
        self.w_iter = w_iter
        self.items_w = items_w
        self.running = False

    def item(self, space, index):
        """Item `index`, read from w_iter if needed; None at the end."""
        if index < len(self.items_w):
            return self.items_w[index]
        if self.w_iter is None:
            return None
        if self.running:
            raise space.error(space.w_RuntimeError,
                              "cannot re-enter the tee iterator")
        self.running = True
        try:
            w_item = space.next_or_none(self.w_iter)
        finally:
            self.running = False
        if w_item is None:
            self.w_iter = None
            return None
        self.items_w.append(w_item)
        return w_item

    def reduce(self, space):
        w_iter = self.w_iter
        if w_iter is None:
            w_iter = space.iter(space.newtuple([]))
        return new_of_type(space, self, [w_iter, space.newlist(
            self.items_w[:]), space.w_None])


def new_tee_dataobject(space, w_type, args):
    check_args(space, args, '_tee_dataobject', 3, 3)
    w_iter, w_values, w_next = args.arguments_w
    if not isinstance(w_values, W_ListObject):
        raise space.error(space.w_TypeError,
                          "_tee_dataobject() argument 2 must be list, not "
                          "%s" % space.type_name(space.type(w_values)))
    items_w = w_values.items_w[:]
    if isinstance(w_next, W_TeeData):
        # CPython's data in cells of 57 items, linked
        items_w.extend(w_next.items_w)
        w_iter = w_next.w_iter
    elif not space.is_none(w_next):
        raise space.error(space.w_ValueError, "_tee_dataobject should "
                          "need be None or a _tee_dataobject")
    return W_TeeData(w_iter, items_w)


class W_Tee(W_ItIterator):
    def __init__(self, w_data, index):
        self.w_data = w_data
        self.index = index

    def next(self, space):
        w_item = self.w_data.item(space, self.index)
        if w_item is not None:
            self.index += 1
        return w_item

    def reduce(self, space):
        return new_with_state(space, self, [space.newtuple([])],
                              space.newtuple([self.w_data,
                                              space.newint(self.index)]))

    def setstate(self, space, w_state):
        w_data, w_index = state_tuple(space, w_state, 2, 2)
        if not isinstance(w_data, W_TeeData):
            raise space.error(space.w_TypeError,
                              "argument 1 must be itertools._tee_dataobject,"
                              " not %s" % space.type_name(space.type(w_data)))
        index = space.getindex_w(w_index)
        if index < 0:
            raise space.error(space.w_ValueError, "Index out of range")
        self.w_data = w_data
        self.index = index


def tee_copy(space, args):
    check_args(space, args, '__copy__', 1, 1)
    w_tee = args.arguments_w[0]
    assert isinstance(w_tee, W_Tee)
    return W_Tee(w_tee.w_data, w_tee.index)


def tee_from_iterable(space, w_iterable):
    """A tee iterator over w_iterable: a copy of it if it is one."""
    w_iter = space.iter(w_iterable)
    if isinstance(w_iter, W_Tee):
        return W_Tee(w_iter.w_data, w_iter.index)
    return W_Tee(W_TeeData(w_iter, []), 0)


def new_tee(space, w_type, args):
    check_args(space, args, '_tee', 1, 1)
    return tee_from_iterable(space, args.arguments_w[0])


def itertools_tee(space, args):
    check_args(space, args, 'tee', 1, 2)
    n = 2
    if len(args.arguments_w) == 2:
        n = space.getindex_w(args.arguments_w[1])
        if n < 0:
            raise space.error(space.w_ValueError, "n must be >= 0")
    if n == 0:
        return space.newtuple([])
    # CPython's: an iterator with __copy__ is the first of the n, the
    # others are its copies
    w_first = space.iter(args.arguments_w[0])
    if space.lookup(w_first, '__copy__') is None:
        w_first = tee_from_iterable(space, w_first)
    result_w = [w_first]
    for i in range(n - 1):
        result_w.append(space.call_method(w_first, '__copy__'))
    return space.newtuple(result_w)


# ____________________________________________________________
# combinatoric iterators

def pool_of(space, w_iterable):
    return space.unpackiterable(w_iterable)


class W_Combinatoric(W_ItIterator):
    """product, permutations, combinations: the first next() gives the
    initial selection, each later one advances it; advance() returns
    False after the last one."""
    first = True
    done = False

    def next(self, space):
        if self.done:
            return None
        if self.first:
            self.first = False
        elif not self.advance():
            self.done = True
            return None
        return self.result(space)


class W_Product(W_Combinatoric):
    def __init__(self, pools):
        self.pools = pools          # a list of lists of items
        self.indices = [0] * len(pools)
        for pool in pools:
            if not pool:
                self.done = True

    def advance(self):
        i = len(self.pools) - 1
        while i >= 0:
            self.indices[i] += 1
            if self.indices[i] < len(self.pools[i]):
                return True
            self.indices[i] = 0
            i -= 1
        return False

    def result(self, space):
        return space.newtuple([self.pools[i][self.indices[i]]
                               for i in range(len(self.pools))])

    def reduce(self, space):
        if self.done:
            return new_of_type(space, self, [space.newtuple([])])
        w_pools = space.newtuple([space.newtuple(pool[:])
                                  for pool in self.pools])
        if self.first:
            return space.newtuple([space.type(self), w_pools])
        return space.newtuple([space.type(self), w_pools,
                               wrap_indices(space, self.indices)])

    def setstate(self, space, w_state):
        indices = indices_state(space, w_state, len(self.pools))
        for i in range(len(self.pools)):
            size = len(self.pools[i])
            if size == 0:
                self.done = True
                return
            self.indices[i] = max(0, min(indices[i], size - 1))
        self.first = False


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


class W_PoolCombinatoric(W_Combinatoric):
    """Selections of r items of pool_w, by their indices."""

    def result(self, space):
        return space.newtuple([self.pool_w[self.indices[i]]
                               for i in range(self.r)])

    def reduce(self, space):
        w_r = space.newint(self.r)
        if self.first:
            return new_of_type(space, self, [space.newtuple(self.pool_w[:]),
                                             w_r])
        if self.done:
            return new_of_type(space, self, [space.newtuple([]), w_r])
        return new_with_state(space, self, [space.newtuple(self.pool_w[:]),
                                            w_r], self.state(space))

    def start_at(self, indices):
        """The selection of the indices (clamped) is the one given last."""
        for i in range(len(indices)):
            self.indices[i] = max(self.lowest(i),
                                  min(indices[i], self.highest(i)))
        self.first = False

    def setstate(self, space, w_state):
        self.start_at(indices_state(space, w_state, self.r))

    def state(self, space):
        return wrap_indices(space, self.indices)

    def lowest(self, i):
        return 0


class W_Permutations(W_PoolCombinatoric):
    def __init__(self, pool_w, r):
        n = len(pool_w)
        self.pool_w = pool_w
        self.r = r
        self.indices = range(n)
        self.cycles = [n - i for i in range(r)]
        self.done = r > n

    def advance(self):
        n = len(self.pool_w)
        if n == 0:
            return False
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
                return True
            i -= 1
        return False


    def state(self, space):
        return space.newtuple([wrap_indices(space, self.indices),
                               wrap_indices(space, self.cycles)])

    def setstate(self, space, w_state):
        from pypy.objspace.tupleobject import W_TupleObject
        w_indices, w_cycles = state_tuple(space, w_state, 2, 2)
        n = len(self.pool_w)
        if not isinstance(w_indices, W_TupleObject) or \
                not isinstance(w_cycles, W_TupleObject):
            raise space.error(space.w_TypeError, "argument must be tuple")
        cycles = indices_state(space, w_cycles, self.r)
        self.start_at(indices_state(space, w_indices, n))
        for i in range(self.r):
            self.cycles[i] = max(1, min(cycles[i], n - i))

    def highest(self, i):
        return len(self.pool_w) - 1


def new_permutations(space, w_type, args):
    w_iterable, w_r = parse_args(space, args, 'permutations',
                                 ['iterable', 'r'], 2)
    pool_w = pool_of(space, required(space, w_iterable, 'permutations',
                                     'iterable', 1))
    w_r = none_as_null(space, w_r)
    if w_r is None:
        return W_Permutations(pool_w, len(pool_w))
    return W_Permutations(pool_w, r_arg(space, w_r))


class W_Combinations(W_PoolCombinatoric):
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

    def advance(self):
        n = len(self.pool_w)
        r = self.r
        indices = self.indices
        i = r - 1
        if self.with_replacement:
            while i >= 0 and indices[i] == n - 1:
                i -= 1
            if i < 0:
                return False
            value = indices[i] + 1
            for k in range(i, r):
                indices[k] = value
        else:
            while i >= 0 and indices[i] == i + n - r:
                i -= 1
            if i < 0:
                return False
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
        return True

    def highest(self, i):
        if self.with_replacement:
            return len(self.pool_w) - 1
        return i + len(self.pool_w) - self.r


def r_arg(space, w_r):
    r = space.getindex_w(w_r)
    if r < 0:
        raise space.error(space.w_ValueError, "r must be non-negative")
    return r


def combinations_args(space, args, fname):
    w_iterable, w_r = parse_args(space, args, fname, ['iterable', 'r'], 2)
    required(space, w_iterable, fname, 'iterable', 1)
    required(space, w_r, fname, 'r', 2)
    return pool_of(space, w_iterable), r_arg(space, w_r)


def new_combinations(space, w_type, args):
    pool_w, r = combinations_args(space, args, 'combinations')
    return W_Combinations(pool_w, r, False)


class W_CombinationsWithReplacement(W_Combinations):
    """Only for its own getclass()."""


def new_combinations_with_replacement(space, w_type, args):
    pool_w, r = combinations_args(space, args,
                                  'combinations_with_replacement')
    return W_CombinationsWithReplacement(pool_w, r, True)


# What CPython 3.11 gives each type for pickle and copy (pairwise's
# __reduce__ raises TypeError: W_Root.reduce)
REDUCE, REDUCE_AND_SETSTATE = range(2)

# (type name, class, constructor or None, pickling)
TYPES = [
    ('count', W_Count, new_count, REDUCE),
    ('cycle', W_Cycle, new_iterator(W_Cycle, 'cycle', False),
     REDUCE_AND_SETSTATE),
    ('repeat', W_Repeat, new_repeat, REDUCE),
    ('accumulate', W_Accumulate, new_accumulate, REDUCE_AND_SETSTATE),
    ('chain', W_Chain, new_chain, REDUCE_AND_SETSTATE),
    ('compress', W_Compress, new_compress, REDUCE),
    ('dropwhile', W_DropWhile, new_iterator(W_DropWhile, 'dropwhile', True),
     REDUCE_AND_SETSTATE),
    ('takewhile', W_TakeWhile, new_iterator(W_TakeWhile, 'takewhile', True),
     REDUCE_AND_SETSTATE),
    ('filterfalse', W_FilterFalse,
     new_iterator(W_FilterFalse, 'filterfalse', True), REDUCE),
    ('starmap', W_Starmap, new_iterator(W_Starmap, 'starmap', True), REDUCE),
    ('islice', W_ISlice, new_islice, REDUCE_AND_SETSTATE),
    ('zip_longest', W_ZipLongest, new_zip_longest, REDUCE_AND_SETSTATE),
    ('pairwise', W_Pairwise, new_iterator(W_Pairwise, 'pairwise', False),
     REDUCE),
    ('groupby', W_GroupBy, new_groupby, REDUCE_AND_SETSTATE),
    ('_grouper', W_Grouper, new_grouper, REDUCE),
    ('_tee', W_Tee, new_tee, REDUCE_AND_SETSTATE),
    ('_tee_dataobject', W_TeeData, new_tee_dataobject, REDUCE),
    ('product', W_Product, new_product, REDUCE_AND_SETSTATE),
    ('permutations', W_Permutations, new_permutations, REDUCE_AND_SETSTATE),
    ('combinations', W_Combinations, new_combinations, REDUCE_AND_SETSTATE),
    ('combinations_with_replacement', W_CombinationsWithReplacement,
     new_combinations_with_replacement, REDUCE_AND_SETSTATE),
]


def type_attr(name):
    """The space attribute holding the type object, e.g. w_itertools_tee."""
    return 'w_itertools_' + name.lstrip('_')


def make_getclass(attrname):
    def getclass(self, space):
        return getattr(space, attrname)     # a constant name: folded
    return func_with_new_name(getclass, 'getclass_' + attrname)


for _name, _cls, _new, _pickling in TYPES:
    _cls.getclass = make_getclass(type_attr(_name))


def make_module(space):
    from pypy.module.builtins.iterators import picklable_iterator_methods
    w_mod = space.newmodule('itertools')
    setitem = w_mod.w_dict.setitem_str
    for name, _, new, pickling in TYPES:
        attrname = type_attr(name)
        methods = picklable_iterator_methods(pickling == REDUCE_AND_SETSTATE)
        if name == 'repeat':
            methods['__length_hint__'] = repeat_length_hint
        elif name == '_tee':
            methods['__copy__'] = tee_copy
        elif name == '_tee_dataobject':
            # not an iterator
            del methods['__iter__']
            del methods['__next__']
        w_type = space.make_builtin_type(attrname, TypeDef(
            name, methods=methods, new=new, acceptable_as_base=False,
            generic=name == 'chain'),
            [space.w_object])
        w_type.set_module_name(space, 'itertools')
        # _grouper and _tee too: pickle finds the types by name
        setitem(space, name, w_type)
    space.w_itertools_chain.dict_w['from_iterable'] = ClassMethod(
        BuiltinFunction('from_iterable', chain_from_iterable))
    setitem(space, 'tee', BuiltinFunction('tee', itertools_tee))
    return w_mod
