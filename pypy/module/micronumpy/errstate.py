"""np.seterr, np.geterr and np.errstate.  Floating-point errors never
warn or raise here (results are NumPy's either way); the settings are
kept so that programs saving and restoring them run unchanged."""

from pypy.interpreter.arguments import check_keywords, keyword_value
from pypy.objspace.root import W_Root

KINDS = ['divide', 'over', 'under', 'invalid']
ACTIONS = ['ignore', 'warn', 'raise', 'call', 'print', 'log']


class ErrorSettings(object):
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
    for j in range(len(names)):
        if names[j] == 'all':
            action = action_of(space, values_w[j])
            for k in range(len(KINDS)):
                settings.actions[k] = action
    for j in range(len(names)):
        for k in range(len(KINDS)):
            if names[j] == KINDS[k]:
                settings.actions[k] = action_of(space, values_w[j])
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


errstate_methods = {'__enter__': errstate_enter, '__exit__': errstate_exit}
FUNCTIONS = [('seterr', np_seterr), ('geterr', np_geterr)]
