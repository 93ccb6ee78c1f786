"""range objects and their iterator (the `for i in range(n)` fast path)."""

from rpython.rlib import jit
from pypy.interpreter.arguments import check_args
from pypy.objspace.root import W_Root, W_Iterator
from pypy.objspace.sliceobject import normalize_index


class W_RangeObject(W_Root):
    _immutable_fields_ = ['start', 'stop', 'step', 'size']

    def __init__(self, start, stop, step):
        self.start = start
        self.stop = stop
        self.step = step
        if step > 0:
            self.size = (stop - start + step - 1) // step \
                if stop > start else 0
        else:
            self.size = (start - stop - step - 1) // (-step) \
                if start > stop else 0

    def getclass(self, space):
        return space.w_range

    def reduce(self, space):
        return space.newtuple([space.w_range, space.newtuple([
            space.newint(self.start), space.newint(self.stop),
            space.newint(self.step)])])

    def repr(self, space):
        if self.step == 1:
            return space.newtext_ascii('range(%d, %d)' % (self.start,
                                                          self.stop))
        return space.newtext_ascii('range(%d, %d, %d)' % (
            self.start, self.stop, self.step))

    def length(self, space):
        return self.size

    def is_true(self, space):
        return self.size > 0

    def getitem(self, space, w_key):
        from pypy.objspace.sliceobject import W_SliceObject
        if isinstance(w_key, W_SliceObject):
            # the range of the selected items: r[::-1] counts down
            start, _, step, n = w_key.indices(space, self.size)
            first = self.start + start * self.step
            step *= self.step
            return W_RangeObject(first, first + n * step, step)
        index = space.getindex_w(
            w_key, "range indices must be integers or slices",
            w_overflow=space.w_IndexError)
        index = normalize_index(space, index, self.size, "range object")
        return space.newint(self.start + index * self.step)

    def contains(self, space, w_item):
        from pypy.objspace.intobject import W_IntObject
        if not isinstance(w_item, W_IntObject):
            return None
        x = w_item.intval
        if self.step > 0:
            inside = self.start <= x < self.stop
        else:
            inside = self.stop < x <= self.start
        return space.newbool(inside and (x - self.start) % self.step == 0)

    def iter(self, space):
        return W_RangeIterator(self)


class W_RangeIterator(W_Iterator):
    _immutable_fields_ = ['w_range', 'step']

    def __init__(self, w_range):
        self.w_range = w_range      # for pickling
        self.current = w_range.start
        self.remaining = w_range.size
        self.step = w_range.step

    def getclass(self, space):
        return space.w_range_iterator

    def next(self, space):
        if self.remaining <= 0:
            return None
        self.remaining -= 1
        result = self.current
        # a constant step in JIT traces: the loop variable is then an
        # affine index the vectorizer can follow (vec_all, numpy a[i])
        self.current = result + jit.promote(self.step)
        return space.newint(result)

    def reduce(self, space):
        from pypy.module.builtins.iterators import reduce_to_iter_at
        return reduce_to_iter_at(space, self.w_range,
                                 self.w_range.size - self.remaining)

    def setstate(self, space, w_state):
        from pypy.module.builtins.iterators import clamped_index
        index = clamped_index(space, w_state, self.w_range.size)
        self.current = self.w_range.start + index * self.step
        self.remaining = self.w_range.size - index


def new_range(space, w_type, args):
    check_args(space, args, 'range', 1, 3)
    args_w = args.arguments_w
    # no ranges beyond the machine word yet: their bounds raise IndexError,
    # which lib-python's _collections_abc expects (patches/stdlib/0002)
    big = space.w_IndexError
    step = 1
    if len(args_w) == 1:
        start = 0
        stop = space.getindex_w(args_w[0], w_overflow=big)
    else:
        start = space.getindex_w(args_w[0], w_overflow=big)
        stop = space.getindex_w(args_w[1], w_overflow=big)
        if len(args_w) == 3:
            step = space.getindex_w(args_w[2], w_overflow=big)
            if step == 0:
                raise space.error(space.w_ValueError,
                                  "range() arg 3 must not be zero")
    return W_RangeObject(start, stop, step)
