"""slice objects and the index arithmetic every sequence shares."""

import sys

from pypy.interpreter.error import OperationError
from pypy.objspace.root import W_Root


SLICE_INDEX_ERROR = ("slice indices must be integers or None or have an "
                     "__index__ method")


class W_SliceObject(W_Root):
    _immutable_fields_ = ['w_start', 'w_stop', 'w_step']

    def __init__(self, w_start, w_stop, w_step):
        self.w_start = w_start
        self.w_stop = w_stop
        self.w_step = w_step

    def getclass(self, space):
        return space.w_slice

    def compare(self, space, opnum, w_other):
        # as CPython: as the tuples (start, stop, step)
        if not isinstance(w_other, W_SliceObject):
            return None
        w_mine = space.newtuple([self.w_start, self.w_stop, self.w_step])
        w_theirs = space.newtuple([w_other.w_start, w_other.w_stop,
                                   w_other.w_step])
        return w_mine.compare(space, opnum, w_theirs)

    def repr(self, space):
        return space.newtext(u'slice(%s, %s, %s)' % (
            space.repr_u(self.w_start), space.repr_u(self.w_stop),
            space.repr_u(self.w_step)))

    def indices(self, space, length):
        """(start, stop, step, slicelength) for a sequence of `length`,
        clipped as CPython's PySlice_AdjustIndices."""
        if space.is_none(self.w_step):
            step = 1
        else:
            # clipped to -maxint, as CPython, so that -step fits
            step = max(space.slice_index_w(self.w_step, SLICE_INDEX_ERROR),
                       -sys.maxint)
            if step == 0:
                raise OperationError(space.new_exception(
                    space.w_ValueError, "slice step cannot be zero"))
        if step > 0:
            lower, upper = 0, length
        else:
            lower, upper = -1, length - 1
        if space.is_none(self.w_start):
            start = lower if step > 0 else upper
        else:
            start = clip_index(space.slice_index_w(self.w_start,
                                                   SLICE_INDEX_ERROR),
                               length,
                               lower, upper)
        if space.is_none(self.w_stop):
            stop = upper if step > 0 else lower
        else:
            stop = clip_index(space.slice_index_w(self.w_stop,
                                                  SLICE_INDEX_ERROR),
                              length,
                              lower, upper)
        if step > 0:
            slicelength = (stop - start + step - 1) // step if stop > start \
                else 0
        else:
            slicelength = (start - stop - step - 1) // (-step) \
                if start > stop else 0
        return start, stop, step, slicelength


def clip_index(index, length, lower, upper):
    if index < 0:
        index += length
        if index < lower:
            index = lower
    elif index > upper:
        index = upper
    return index


def normalize_index(space, index, length, what):
    """A valid index into a sequence of `length` for `index`, counting from
    the end when negative; IndexError "<what> index out of range"."""
    if index < 0:
        index += length
    if index < 0 or index >= length:
        raise OperationError(space.new_exception(
            space.w_IndexError, "%s index out of range" % what))
    return index


def slice_bounds(space, args, index, n):
    """The (start, end) given as arguments index and index + 1 (None or
    missing: 0 and n), normalized as slice indices (0 <= start, end <= n;
    start may exceed end)."""
    start = 0
    end = n
    args_w = args.arguments_w
    if len(args_w) > index and not space.is_none(args_w[index]):
        start = space.slice_index_w(args_w[index], SLICE_INDEX_ERROR)
        if start < 0:
            start += n
            if start < 0:
                start = 0
    if len(args_w) > index + 1 and not space.is_none(args_w[index + 1]):
        end = space.slice_index_w(args_w[index + 1], SLICE_INDEX_ERROR)
        if end < 0:
            end += n
            if end < 0:
                end = 0
        elif end > n:
            end = n
    return start, end


def new_slice(space, w_type, args):
    from pypy.interpreter.arguments import check_args
    check_args(space, args, 'slice', 1, 3)
    args_w = args.arguments_w
    if len(args_w) == 1:
        return W_SliceObject(space.w_None, args_w[0], space.w_None)
    w_step = args_w[2] if len(args_w) == 3 else space.w_None
    return W_SliceObject(args_w[0], args_w[1], w_step)
