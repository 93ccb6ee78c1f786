"""Every loop in which a built-in drains an iterable, each under its own
JitDriver.  A generator's resume is a call of the eval loop's portal, which
the tracer inlines into the trace of such a loop: the generator's body
runs inside the consumer's compiled loop instead of being called once per
item.

Greens: the iterator's type, and for a generator its code object, so each
generator (each generator expression) gets its own loop.  reds='auto': the
reds are the iterator and the accumulator; 'auto' lets the JIT list them
itself, since the object space, live across the loop too, is a prebuilt
constant that cannot be named as a red.

    unpack_driver     collect(): list(it), tuple(it), set(it), dict(it),
                      str.join, sorted, list.extend (space.unpackiterable)
    sum_driver        total(): sum(it, start)
    min_max_driver    extreme(): min(it) and max(it), with or without key
    truth_driver      find_truth(): any(it) and all(it)
"""

from rpython.rlib import jit
from pypy.interpreter.generator import W_Generator


def get_printable_location(pycode, w_type):
    if pycode is not None:
        return '<generator %s>' % pycode.co_name
    return '<%s iterator>' % w_type.name


def get_printable_location_flag(flag, pycode, w_type):
    return '%s %s' % ('T' if flag else 'F',
                      get_printable_location(pycode, w_type))


# one loop per iterator type and generator code: collects the items
unpack_driver = jit.JitDriver(
    name='unpackiterable', greens=['pycode', 'w_type'], reds='auto',
    get_printable_location=get_printable_location)

# one loop per iterator type and generator code: adds the items
sum_driver = jit.JitDriver(
    name='sum', greens=['pycode', 'w_type'], reds='auto',
    get_printable_location=get_printable_location)

# is_max green: min and max compare with different operators
min_max_driver = jit.JitDriver(
    name='min_max', greens=['is_max', 'pycode', 'w_type'], reds='auto',
    get_printable_location=get_printable_location_flag)

# wanted green: any() stops at the first true item, all() at the first false
truth_driver = jit.JitDriver(
    name='any_all', greens=['wanted', 'pycode', 'w_type'], reds='auto',
    get_printable_location=get_printable_location_flag)


def generator_code(w_iter):
    """The code object a generator runs; None for other iterators."""
    if isinstance(w_iter, W_Generator) and w_iter.frame is not None:
        return w_iter.frame.pycode
    return None


def collect(space, w_iter):
    """The remaining items of the iterator w_iter, as a new list."""
    pycode = generator_code(w_iter)
    w_type = space.type(w_iter)
    items_w = []
    while True:
        unpack_driver.jit_merge_point(pycode=pycode, w_type=w_type)
        w_item = space.next_or_none(w_iter)
        if w_item is None:
            return items_w
        items_w.append(w_item)


def total(space, w_iter, w_start):
    """w_start + item0 + item1 + ... over the iterator w_iter."""
    pycode = generator_code(w_iter)
    w_type = space.type(w_iter)
    w_total = w_start
    while True:
        sum_driver.jit_merge_point(pycode=pycode, w_type=w_type)
        w_item = space.next_or_none(w_iter)
        if w_item is None:
            return w_total
        w_total = space.add(w_total, w_item)


def extreme(space, w_iter, w_key, is_max):
    """The first largest (is_max) or smallest item of the iterator w_iter,
    compared by w_key(item) when w_key is not None; None when it is
    empty."""
    pycode = generator_code(w_iter)
    w_type = space.type(w_iter)
    w_best = space.next_or_none(w_iter)
    if w_best is None:
        return None
    w_best_key = w_best if w_key is None else \
        space.call_function(w_key, w_best)
    while True:
        min_max_driver.jit_merge_point(is_max=is_max, pycode=pycode,
                                       w_type=w_type)
        w_item = space.next_or_none(w_iter)
        if w_item is None:
            return w_best
        w_item_key = w_item if w_key is None else \
            space.call_function(w_key, w_item)
        if is_max:
            better = space.is_true(space.compare(4, w_item_key, w_best_key))
        else:
            better = space.is_true(space.lt(w_item_key, w_best_key))
        if better:
            w_best = w_item
            w_best_key = w_item_key


def find_truth(space, w_iter, wanted):
    """Whether the iterator w_iter has an item whose truth is `wanted`
    (it stops there)."""
    pycode = generator_code(w_iter)
    w_type = space.type(w_iter)
    while True:
        truth_driver.jit_merge_point(wanted=wanted, pycode=pycode,
                                     w_type=w_type)
        w_item = space.next_or_none(w_iter)
        if w_item is None:
            return False
        if space.is_true(w_item) == wanted:
            return True
