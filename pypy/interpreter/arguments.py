"""The arguments of one call, as the caller gave them."""

from rpython.rlib import jit
from rpython.rlib.objectmodel import specialize
from pypy.interpreter.error import OperationError


# the keywords of calls without any: shared, as no one changes the lists
# of an Arguments
NO_KEYWORD_NAMES = []
NO_KEYWORD_VALUES_W = []


class Arguments(object):
    """Positional values, then keyword names (RPython str) with their
    values.  Built by CALL_FUNCTION* and consumed by whatever is called; in
    a JIT trace it stays virtual when the callee is inlined.  Never
    changed once made (its keyword lists may be shared)."""

    def __init__(self, arguments_w, keyword_names=None,
                 keyword_values_w=None):
        self.arguments_w = arguments_w
        if keyword_names is None:
            if jit.we_are_jitted():
                # (fresh ones are virtual in traces, their length known)
                keyword_names = []
                keyword_values_w = []
            else:
                # the interpreter allocates no two empty lists per call
                keyword_names = NO_KEYWORD_NAMES
                keyword_values_w = NO_KEYWORD_VALUES_W
        self.keyword_names = keyword_names
        self.keyword_values_w = keyword_values_w

    def prepend(self, w_first):
        return Arguments([w_first] + self.arguments_w, self.keyword_names,
                         self.keyword_values_w)

    def has_keywords(self):
        return len(self.keyword_names) > 0


def check_args(space, args, fname, min_args, max_args):
    """For built-in functions taking positional arguments only."""
    if args.has_keywords():
        raise OperationError(space.new_exception(
            space.w_TypeError,
            "%s() takes no keyword arguments" % fname))
    check_positional(space, args, fname, min_args, max_args)


def check_positional(space, args, fname, min_args, max_args):
    """The number of positional arguments (keywords checked apart)."""
    n = len(args.arguments_w)
    if min_args <= n <= max_args:
        return
    if min_args == max_args:
        if min_args == 0:
            msg = "%s() takes no arguments (%d given)" % (fname, n)
        elif min_args == 1:
            msg = "%s() takes exactly one argument (%d given)" % (fname, n)
        else:
            msg = "%s expected %d arguments, got %d" % (fname, min_args, n)
    elif n < min_args:
        msg = "%s expected at least %d argument%s, got %d" % (
            fname, min_args, '' if min_args == 1 else 's', n)
    else:
        msg = "%s expected at most %d argument%s, got %d" % (
            fname, max_args, '' if max_args == 1 else 's', n)
    raise OperationError(space.new_exception(space.w_TypeError, msg))


@specialize.arg(3)
def self_of(space, args, fname, cls, description):
    """The receiver of the method fname of a built-in type: the first
    positional argument, which must be an instance of cls, else CPython's
    TypeError "descriptor 'fname' requires a <description>"."""
    w_self = args.arguments_w[0] if args.arguments_w else None
    if not isinstance(w_self, cls):
        raise OperationError(space.new_exception(
            space.w_TypeError,
            "descriptor '%s' requires a %s" % (fname, description)))
    return w_self


def keyword_value(args, name):
    """The value passed as keyword `name`, or None."""
    for i in range(len(args.keyword_names)):
        if args.keyword_names[i] == name:
            return args.keyword_values_w[i]
    return None


def argument(args, position, name):
    """The argument given by keyword `name` or at `position`, or None."""
    w_value = keyword_value(args, name)
    if w_value is None and len(args.arguments_w) > position:
        w_value = args.arguments_w[position]
    return w_value


def check_keywords(space, args, fname, allowed):
    for name in args.keyword_names:
        if name not in allowed:
            raise OperationError(space.new_exception(
                space.w_TypeError,
                "'%s' is an invalid keyword argument for %s()" % (name,
                                                                  fname)))
