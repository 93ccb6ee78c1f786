"""np.seterr, np.geterr and np.errstate, and the report of an
operation's floating-point errors (fpflags.py) as they say: a
RuntimeWarning through the `warnings` module, a FloatingPointError, or a
line on stdout."""

from pypy.interpreter.arguments import check_keywords, keyword_value
from pypy.objspace.root import W_Root
from pypy.module.micronumpy import fpflags

# in NumPy's order of report, as fpflags.KIND_FLAGS
KINDS = ['divide', 'over', 'under', 'invalid']
MESSAGES = ['divide by zero', 'overflow', 'underflow', 'invalid value']
ACTIONS = ['ignore', 'warn', 'raise', 'call', 'print', 'log']


class ErrorSettings(object):
    """`actions`, one per kind, is replaced, never changed: a pending
    expression keeps the list in force when it was built (lazy.py), and
    its errors are reported as they said then."""
    def __init__(self):
        self.actions = ['warn', 'warn', 'ignore', 'warn']


settings = ErrorSettings()


def current(space):
    w_dict = space.newdict()
    for k in range(len(KINDS)):
        space.setitem(w_dict, space.newtext_ascii(KINDS[k]),
                      space.newtext_ascii(settings.actions[k]))
    return w_dict


def apply(space, names, values_w):
    """Change the settings named by keyword (`all` first, so that the
    others override it); returns the previous ones as a dict."""
    w_old = current(space)
    actions = settings.actions[:]
    for j in range(len(names)):
        if names[j] == 'all':
            action = action_of(space, values_w[j])
            for k in range(len(KINDS)):
                actions[k] = action
    for j in range(len(names)):
        for k in range(len(KINDS)):
            if names[j] == KINDS[k]:
                actions[k] = action_of(space, values_w[j])
    settings.actions = actions
    return w_old


def action_of(space, w_value):
    action = space.text_utf8(w_value)
    if action not in ACTIONS:
        raise space.error(space.w_ValueError,
                          "invalid error mode '%s'" % action)
    return action


def keywords(space, args, fname):
    if len(args.arguments_w) > 0:
        raise space.error(space.w_TypeError,
                          "%s() takes no positional arguments" % fname)
    check_keywords(space, args, fname, ['all'] + KINDS)
    names = []
    values_w = []
    for name in args.keyword_names:
        w_value = keyword_value(args, name)
        if not space.is_none(w_value):
            names.append(name)
            values_w.append(w_value)
    return names, values_w


def np_seterr(space, args):
    names, values_w = keywords(space, args, 'seterr')
    return apply(space, names, values_w)


def np_geterr(space, args):
    keywords(space, args, 'geterr')
    return current(space)


class W_ErrState(W_Root):
    """`with np.errstate(divide='ignore'):` sets on entry, restores on
    exit."""

    def __init__(self, names, values_w):
        self.names = names
        self.values_w = values_w
        self.w_saved = None

    def getclass(self, space):
        return space.w_numpy_errstate


def errstate_new(space, w_type, args):
    names, values_w = keywords(space, args, 'errstate')
    return W_ErrState(names, values_w)


def errstate_enter(space, args):
    w_self = args.arguments_w[0]
    assert isinstance(w_self, W_ErrState)
    w_self.w_saved = apply(space, w_self.names, w_self.values_w)
    return space.w_None


def errstate_exit(space, args):
    w_self = args.arguments_w[0]
    assert isinstance(w_self, W_ErrState)
    if w_self.w_saved is not None:
        names = []
        values_w = []
        for kind in KINDS:
            names.append(kind)
            values_w.append(space.getitem(w_self.w_saved,
                                          space.newtext_ascii(kind)))
        apply(space, names, values_w)
    return space.w_False


def reported(flags, actions):
    """Is one of the errors `flags` reported (not ignored)?"""
    for k in range(len(KINDS)):
        if flags & fpflags.KIND_FLAGS[k] and actions[k] != 'ignore':
            return True
    return False


def report(space, flags, ufunc_name, actions):
    """Act on the floating-point errors `flags` (FE_* bits) of one
    operation named `ufunc_name`, kind by kind as `actions` (a list of
    ErrorSettings) say."""
    for k in range(len(KINDS)):
        if not flags & fpflags.KIND_FLAGS[k]:
            continue
        action = actions[k]
        if action == 'ignore':
            continue
        msg = '%s encountered in %s' % (MESSAGES[k], ufunc_name)
        if action == 'raise':
            raise space.error(space.w_FloatingPointError, msg)
        if action == 'print':
            print_line(space, 'Warning: %s\n' % msg)
        else:
            warn(space, msg)


def warn(space, msg):
    """warnings.warn(msg, RuntimeWarning, stacklevel=1): the warning names
    the line of Python code running the operation, as NumPy's do."""
    from pypy.module.imp import find_module
    w_warnings = find_module(space, 'warnings')
    space.call_method(w_warnings, 'warn', space.newtext_utf8(msg),
                      space.w_RuntimeWarning, space.newint(1))


def print_line(space, line):
    from pypy.module.imp import find_module
    w_stdout = space.getattr(find_module(space, 'sys'), 'stdout')
    space.call_method(w_stdout, 'write', space.newtext_utf8(line))


errstate_methods = {'__enter__': errstate_enter, '__exit__': errstate_exit}
FUNCTIONS = [('seterr', np_seterr), ('geterr', np_geterr)]
