"""The built-in iterator types: enumerate, zip, map, filter, reversed,
and callable_iterator (iter(callable, sentinel)).  Each is a type whose
instances are iterators (next() gives None when exhausted)."""

from pypy.interpreter.arguments import check_args, keyword_value, \
    check_keywords
from pypy.interpreter.error import OperationError
from pypy.objspace.root import W_Iterator
from pypy.objspace.typeobject import TypeDef


class W_Enumerate(W_Iterator):
    def __init__(self, w_iter, w_index):
        self.w_iter = w_iter
        self.w_index = w_index

    def getclass(self, space):
        return space.w_enumerate

    def next(self, space):
        w_item = space.next_or_none(self.w_iter)
        if w_item is None:
            return None
        w_index = self.w_index
        self.w_index = space.add(w_index, space.newint(1))
        return space.newtuple([w_index, w_item])

    def reduce(self, space):
        return space.newtuple([space.type(self), space.newtuple(
            [self.w_iter, self.w_index])])


class W_Zip(W_Iterator):
    def __init__(self, iterators_w, strict):
        self.iterators_w = iterators_w
        self.strict = strict
        self.done = False

    def getclass(self, space):
        return space.w_zip

    def next(self, space):
        if self.done or not self.iterators_w:
            return None
        if len(self.iterators_w) == 2:
            return self.next_pair(space)
        return self.next_items(space)

    def reduce(self, space):
        items_w = [space.type(self), space.newtuple(self.iterators_w[:])]
        if self.strict:
            items_w.append(space.w_True)
        return space.newtuple(items_w)

    def setstate(self, space, w_state):
        self.strict = space.is_true(w_state)

    def next_pair(self, space):
        # zip(a, b), the usual case, without a loop: the JIT inlines it
        # (a function with a loop is a residual call), so in a loop such
        # as `for x, y in zip(a, b)` the tuple stays virtual and the two
        # iterators' steps are traced
        w_first = space.next_or_none(self.iterators_w[0])
        if w_first is None:
            return self.stop(space, 0)
        w_second = space.next_or_none(self.iterators_w[1])
        if w_second is None:
            return self.stop(space, 1)
        return space.newtuple([w_first, w_second])

    def stop(self, space, i):
        """Iterator i is exhausted: the end of the zip."""
        self.done = True
        if self.strict:
            self.check_strict(space, i)
        return None

    def next_items(self, space):
        items_w = [None] * len(self.iterators_w)
        for i in range(len(self.iterators_w)):
            w_item = space.next_or_none(self.iterators_w[i])
            if w_item is None:
                return self.stop(space, i)
            items_w[i] = w_item
        return space.newtuple(items_w)

    def check_strict(self, space, i):
        if i > 0:
            raise space.error(space.w_ValueError,
                              "zip() argument %d is shorter than argument%s"
                              " 1%s" % (i + 1, 's' if i > 1 else '',
                                        '-%d' % i if i > 1 else ''))
        for j in range(1, len(self.iterators_w)):
            if space.next_or_none(self.iterators_w[j]) is not None:
                raise space.error(space.w_ValueError,
                                  "zip() argument %d is longer than "
                                  "argument%s 1%s" % (
                                      j + 1, 's' if j > 1 else '',
                                      '-%d' % j if j > 1 else ''))


class W_Map(W_Iterator):
    def __init__(self, w_func, iterators_w):
        self.w_func = w_func
        self.iterators_w = iterators_w

    def getclass(self, space):
        return space.w_map

    def next(self, space):
        from pypy.interpreter.arguments import Arguments
        items_w = [None] * len(self.iterators_w)
        for i in range(len(self.iterators_w)):
            w_item = space.next_or_none(self.iterators_w[i])
            if w_item is None:
                return None
            items_w[i] = w_item
        return space.call_args(self.w_func, Arguments(items_w))

    def reduce(self, space):
        return space.newtuple([space.type(self), space.newtuple(
            [self.w_func] + self.iterators_w)])


class W_Filter(W_Iterator):
    def __init__(self, w_func, w_iter):
        self.w_func = w_func        # None for filter(None, ...)
        self.w_iter = w_iter

    def getclass(self, space):
        return space.w_filter

    def next(self, space):
        while True:
            w_item = space.next_or_none(self.w_iter)
            if w_item is None:
                return None
            if self.w_func is None:
                ok = space.is_true(w_item)
            else:
                ok = space.is_true(space.call_function(self.w_func, w_item))
            if ok:
                return w_item

    def reduce(self, space):
        w_func = space.w_None if self.w_func is None else self.w_func
        return space.newtuple([space.type(self), space.newtuple(
            [w_func, self.w_iter])])


class W_Reversed(W_Iterator):
    def __init__(self, w_seq, length):
        self.w_seq = w_seq
        self.index = length - 1

    def getclass(self, space):
        return space.w_reversed

    def next(self, space):
        if self.index < 0 or self.w_seq is None:
            return None
        try:
            w_item = space.getitem(self.w_seq, space.newint(self.index))
        except OperationError as e:
            if e.match(space, space.w_IndexError) or \
                    e.match(space, space.w_StopIteration):
                self.w_seq = None
                return None
            raise
        self.index -= 1
        return w_item

    def length_hint(self):
        if self.w_seq is None:
            return 0
        return self.index + 1

    def reduce(self, space):
        if self.w_seq is None or self.index < 0:
            return space.newtuple([space.type(self), space.newtuple(
                [space.newtuple([])])])
        return space.newtuple([space.type(self), space.newtuple(
            [self.w_seq]), space.newint(self.index)])

    def setstate(self, space, w_state):
        index = space.getindex_w(w_state)
        if self.w_seq is not None:
            n = space.len_w(self.w_seq)
            self.index = max(-1, min(index, n - 1))


class W_CallableIterator(W_Iterator):
    """iter(callable, sentinel): calls w_func until it returns a value
    equal to w_sentinel (w_func None from then on)."""

    def __init__(self, w_func, w_sentinel):
        self.w_func = w_func
        self.w_sentinel = w_sentinel

    def getclass(self, space):
        return space.w_callable_iterator

    def next(self, space):
        if self.w_func is None:
            return None
        try:
            w_value = space.call_function(self.w_func)
        except OperationError as e:
            if e.match(space, space.w_StopIteration):
                self.w_func = None
                return None
            raise
        if space.eq_w(self.w_sentinel, w_value):
            self.w_func = None
            return None
        return w_value

    def reduce(self, space):
        if self.w_func is None:
            return reduce_to_empty_iter(space)
        return space.newtuple([space.builtin_lookup('iter'), space.newtuple(
            [self.w_func, self.w_sentinel])])


def reduce_to_empty_iter(space):
    """iter(()): how an exhausted iterator pickles."""
    return space.newtuple([space.builtin_lookup('iter'), space.newtuple(
        [space.newtuple([])])])


def reduce_to_iter_at(space, w_seq, index):
    """iter(w_seq) with __setstate__(index): how a sequence's iterator
    pickles."""
    return space.newtuple([space.builtin_lookup('iter'),
                           space.newtuple([w_seq]), space.newint(index)])


def clamped_index(space, w_state, length):
    """A sequence iterator's __setstate__ argument, clamped to 0..length
    as CPython does."""
    return max(0, min(space.getindex_w(w_state), length))


def callable_iterator(space, w_func, w_sentinel):
    if not w_func.is_callable(space):
        raise space.error(space.w_TypeError,
                          "iter(v, w): v must be callable")
    return W_CallableIterator(w_func, w_sentinel)


def new_enumerate(space, w_type, args):
    check_keywords(space, args, 'enumerate', ['iterable', 'start'])
    n = len(args.arguments_w)
    if n > 2:
        raise space.error(space.w_TypeError,
                          "enumerate() takes at most 2 arguments (%d given)"
                          % n)
    w_iterable = keyword_value(args, 'iterable')
    w_start = keyword_value(args, 'start')
    if n >= 1:
        w_iterable = args.arguments_w[0]
    if n == 2:
        w_start = args.arguments_w[1]
    if w_iterable is None:
        raise space.error(space.w_TypeError,
                          "enumerate() missing required argument 'iterable'")
    if w_start is None:
        w_start = space.newint(0)
    else:
        from pypy.objspace.intobject import W_AbstractIntObject
        if not isinstance(w_start, W_AbstractIntObject):
            w_index = space.call_special(w_start, '__index__')
            if w_index is None:
                raise space.error(space.w_TypeError,
                                  "'%s' object cannot be interpreted as an "
                                  "integer" % space.type_name(
                                      space.type(w_start)))
            w_start = w_index
    return W_Enumerate(space.iter(w_iterable), w_start)


def new_zip(space, w_type, args):
    check_keywords(space, args, 'zip', ['strict'])
    w_strict = keyword_value(args, 'strict')
    strict = w_strict is not None and space.is_true(w_strict)
    iterators_w = [space.iter(w_arg) for w_arg in args.arguments_w]
    return W_Zip(iterators_w, strict)


def new_map(space, w_type, args):
    check_keywords(space, args, 'map', [])
    if len(args.arguments_w) < 2:
        raise space.error(space.w_TypeError,
                          "map() must have at least two arguments.")
    iterators_w = []
    for i in range(1, len(args.arguments_w)):
        iterators_w.append(space.iter(args.arguments_w[i]))
    return W_Map(args.arguments_w[0], iterators_w)


def new_filter(space, w_type, args):
    check_args(space, args, 'filter', 2, 2)
    w_func = args.arguments_w[0]
    if space.is_none(w_func):
        w_func = None
    return W_Filter(w_func, space.iter(args.arguments_w[1]))


def new_reversed(space, w_type, args):
    from pypy.objspace.dictobject import W_DictObject
    check_args(space, args, 'reversed', 1, 1)
    w_seq = args.arguments_w[0]
    w_meth = space.lookup(w_seq, '__reversed__')
    if w_meth is not None:
        if space.is_none(w_meth):
            raise space.error(space.w_TypeError,
                              "'%s' object is not reversible" %
                              space.type_name(space.type(w_seq)))
        return space.call_function(w_meth.get(space, w_seq,
                                              space.type(w_seq)))
    if isinstance(w_seq, W_DictObject):
        w_keys = space.newlist(space.unpackiterable(w_seq))
        return W_Reversed(w_keys, space.len_w(w_keys))
    length = w_seq.length(space)
    if length < 0 or space.isinstance_w(w_seq, space.w_set):
        raise space.error(space.w_TypeError,
                          "'%s' object is not reversible" %
                          space.type_name(space.type(w_seq)))
    return W_Reversed(w_seq, length)


def iterator_iter(space, args):
    check_args(space, args, '__iter__', 1, 1)
    return args.arguments_w[0]


def iterator_next(space, args):
    check_args(space, args, '__next__', 1, 1)
    return space.next(args.arguments_w[0])


def reversed_length_hint(space, args):
    check_args(space, args, '__length_hint__', 1, 1)
    w_self = args.arguments_w[0]
    assert isinstance(w_self, W_Reversed)
    return space.newint(w_self.length_hint())


def reduce_method(space, args):
    """__reduce__ of the types whose objects give their own reduce()."""
    check_args(space, args, '__reduce__', 1, 1)
    return args.arguments_w[0].reduce(space)


def setstate_method(space, args):
    check_args(space, args, '__setstate__', 2, 2)
    args.arguments_w[0].setstate(space, args.arguments_w[1])
    return space.w_None


iterator_methods = {'__iter__': iterator_iter, '__next__': iterator_next}


def picklable_iterator_methods(with_setstate):
    """iterator_methods with __reduce__ and, with_setstate, __setstate__
    (the types that CPython 3.11 gives one)."""
    methods = iterator_methods.copy()
    methods['__reduce__'] = reduce_method
    if with_setstate:
        methods['__setstate__'] = setstate_method
    return methods

# (name, space attribute, constructor, has __setstate__)
TYPES = [
    ('enumerate', 'w_enumerate', new_enumerate, False),
    ('zip', 'w_zip', new_zip, True),
    ('map', 'w_map', new_map, False),
    ('filter', 'w_filter', new_filter, False),
    ('reversed', 'w_reversed', new_reversed, True),
]


def install(space, w_mod):
    """Creates the iterator types and puts them in the builtins module."""
    for name, attrname, new, with_setstate in TYPES:
        methods = picklable_iterator_methods(with_setstate)
        if name == 'reversed':
            methods['__length_hint__'] = reversed_length_hint
        w_type = space.make_builtin_type(attrname, TypeDef(
            name, methods=methods, new=new, acceptable_as_base=False,
            generic=name == 'enumerate'), [space.w_object])
        w_mod.w_dict.setitem_str(space, name, w_type)
    space.make_builtin_type('w_callable_iterator', TypeDef(
        'callable_iterator', methods=picklable_iterator_methods(False),
        acceptable_as_base=False), [space.w_object])
