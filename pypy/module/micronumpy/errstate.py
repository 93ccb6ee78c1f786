"""np.seterr, np.geterr and np.errstate, and the report of an
operation's floating-point errors (fpflags.py) as they say: a
RuntimeWarning through the `warnings` module, a FloatingPointError, a
line on stdout, or a call of np.seterrcall's function."""

from pypy.interpreter.arguments import check_keywords, keyword_value
from pypy.objspace.root import W_Root
from pypy.module.micronumpy import descriptor as dt
from pypy.module.micronumpy import fpflags
from pypy.module.micronumpy.funcargs import first_arg

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
        self.w_errcall = None       # np.seterrcall's, for 'call' and 'log'
        self.raises = False         # 'raise' is one of the actions


settings = ErrorSettings()


class Unreported(object):
    """The pending expressions (lazy.py), weakly.  They report their
    floating-point errors when computed, as the np.errstate of when they
    were built says and through the warning filters of when they are
    computed; so that both are those of the operation's own line, as in
    NumPy, every pending expression is computed before either changes
    (np.seterr, np.errstate's entry and exit, catch_warnings,
    simplefilter...: see watch_warning_filters).  The computed and the
    dead are dropped when the list doubles."""
    def __init__(self):
        self.refs = []
        self.limit = 64

UNREPORTED = Unreported()


def track(ref):
    """Add a weak reference to a new pending expression."""
    refs = UNREPORTED.refs
    if len(refs) >= UNREPORTED.limit:
        UNREPORTED.refs = refs = [r for r in refs if is_pending(r)]
        UNREPORTED.limit = max(64, 2 * len(refs))
    refs.append(ref)


def untrack(w_node):
    """w_node is computed: its reference goes if it is the newest."""
    drop_newest_refs(UNREPORTED.refs, w_node)


def drop_newest_refs(refs, w_node):
    """Pop the weak references to w_node off the end of refs."""
    while refs and refs[-1]() is w_node:
        refs.pop()


def is_pending(ref):
    w_node = ref()
    return w_node is not None and w_node.is_pending()


def compute_unreported(space):
    """Compute every pending expression not inlined into another (those
    are computed with it), reporting their errors now."""
    from pypy.interpreter.error import OperationError
    refs = UNREPORTED.refs
    if not refs:
        return
    UNREPORTED.refs = []
    for k in range(len(refs)):
        w_node = refs[k]()
        if w_node is not None and w_node.is_pending_root():
            try:
                w_node.get_concrete(space)
            except OperationError:
                # (a warning filter's 'error'): the rest stay pending
                UNREPORTED.refs = refs[k + 1:] + UNREPORTED.refs
                raise


def filters_mutated(space, args):
    """warnings._filters_mutated, as numpy's import wraps it.  The
    warnings module calls it just after its filters changed (a filter
    added, catch_warnings' filters restored on exit); the pending
    expressions are computed first, through the filters they were built
    under: those of the previous change, put back meanwhile."""
    w_warnings = WATCHED.w_module
    w_filters = space.getattr(w_warnings, 'filters')
    if UNREPORTED.refs and WATCHED.w_previous is not None:
        space.setattr(w_warnings, 'filters', WATCHED.w_previous)
        try:
            compute_unreported(space)
        finally:
            space.setattr(w_warnings, 'filters', w_filters)
    WATCHED.w_previous = space.call_function(space.w_list, w_filters)
    return space.call_args(WATCHED.w_filters_mutated, args)


class WatchedFilters(object):
    def __init__(self):
        self.w_module = None
        self.w_filters_mutated = None   # the warnings module's own
        self.w_previous = None          # a copy of its filters

WATCHED = WatchedFilters()


def watch_warning_filters(space):
    """Make the warnings module (CPython's, whose catch_warnings,
    simplefilter, filterwarnings and resetwarnings all call its
    _filters_mutated) compute the pending expressions before its
    filters change (see filters_mutated)."""
    from pypy.interpreter.function import BuiltinFunction
    from pypy.interpreter.error import OperationError
    from pypy.module.imp import find_module
    try:
        w_warnings = find_module(space, 'warnings')
        w_original = space.getattr(w_warnings, '_filters_mutated')
        w_filters = space.getattr(w_warnings, 'filters')
    except OperationError:
        return      # no warnings module: nothing to watch
    WATCHED.w_module = w_warnings
    WATCHED.w_filters_mutated = w_original
    WATCHED.w_previous = space.call_function(space.w_list, w_filters)
    space.setattr(w_warnings, '_filters_mutated',
                  BuiltinFunction('_filters_mutated', filters_mutated))


def current(space):
    w_dict = space.newdict()
    for k in range(len(KINDS)):
        space.setitem(w_dict, space.newtext_ascii(KINDS[k]),
                      space.newtext_ascii(settings.actions[k]))
    return w_dict


def apply(space, names, values_w):
    """Change the settings named by keyword (`all` first, so that the
    others override it); returns the previous ones as a dict."""
    compute_unreported(space)
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
    settings.raises = 'raise' in actions
    return w_old


def action_of(space, w_value):
    action = space.text_utf8(w_value)
    if action not in ACTIONS:
        raise space.error(space.w_ValueError,
                          "invalid error mode '%s'" % action)
    return action


def keywords(space, args, fname, allowed):
    if len(args.arguments_w) > 0:
        raise space.error(space.w_TypeError,
                          "%s() takes no positional arguments" % fname)
    check_keywords(space, args, fname, allowed)
    names = []
    values_w = []
    for name in args.keyword_names:
        if name == 'call':
            continue
        w_value = keyword_value(args, name)
        if not space.is_none(w_value):
            names.append(name)
            values_w.append(w_value)
    return names, values_w


def np_seterr(space, args):
    names, values_w = keywords(space, args, 'seterr', ['all'] + KINDS)
    return apply(space, names, values_w)


def np_geterr(space, args):
    keywords(space, args, 'geterr', [])
    return current(space)


def np_seterrcall(space, args):
    return set_errcall(space, first_arg(space, args, 'seterrcall', 'func'))


def set_errcall(space, w_func):
    """Validate and set the 'call'/'log' callback; returns the previous
    one."""
    if space.is_none(w_func):
        w_func = None
    elif not w_func.is_callable(space):
        w_write = space.findattr(w_func, 'write')
        if w_write is None or not w_write.is_callable(space):
            raise space.error(space.w_TypeError,
                              "python object must be callable or have a "
                              "callable write method")
    compute_unreported(space)
    w_old = current_errcall(space)
    settings.w_errcall = w_func
    return w_old


def np_geterrcall(space, args):
    return current_errcall(space)


def current_errcall(space):
    if settings.w_errcall is None:
        return space.w_None
    return settings.w_errcall


class W_ErrState(W_Root):
    """`with np.errstate(divide='ignore'):` sets on entry, restores on
    exit."""

    def __init__(self, names, values_w, w_call):
        self.names = names
        self.values_w = values_w
        self.w_call = w_call        # errstate(call=...), or None
        self.w_saved = None
        self.w_saved_call = None

    def getclass(self, space):
        return space.w_numpy_errstate


def errstate_new(space, w_type, args):
    names, values_w = keywords(space, args, 'errstate',
                               ['all'] + KINDS + ['call'])
    return W_ErrState(names, values_w, keyword_value(args, 'call'))


def errstate_enter(space, args):
    w_self = args.arguments_w[0]
    assert isinstance(w_self, W_ErrState)
    w_self.w_saved = apply(space, w_self.names, w_self.values_w)
    if w_self.w_call is not None:
        w_self.w_saved_call = set_errcall(space, w_self.w_call)
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
    if w_self.w_saved_call is not None:
        set_errcall(space, w_self.w_saved_call)
    return space.w_False


def reported(flags, actions):
    """Is one of the errors `flags` reported (not ignored)?"""
    for k in range(len(KINDS)):
        if flags & fpflags.KIND_FLAGS[k] and actions[k] != 'ignore':
            return True
    return False


def report_raised(space, ufunc_name):
    """Report the flags raised since fpflags.clear() by an operation run
    now (as the settings in force say)."""
    flags = fpflags.test()
    if flags:
        report(space, flags, ufunc_name, settings.actions)


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
        elif action == 'print':
            print_line(space, 'Warning: %s\n' % msg)
        elif action == 'call':
            call_errcall(space, k, flags, ufunc_name)
        elif action == 'log':
            log_errcall(space, msg, MESSAGES[k], ufunc_name)
        else:
            warn(space, msg)


def call_errcall(space, k, flags, ufunc_name):
    """errcall(kind's message, every raised kind's NumPy bit: 1 divide,
    2 over, 4 under, 8 invalid)"""
    w_errcall = settings.w_errcall
    if w_errcall is None:
        raise space.error(space.w_NameError,
                          "python callback specified for %s (in  %s) but no "
                          "function found." % (MESSAGES[k], ufunc_name))
    bits = 0
    for j in range(len(KINDS)):
        if flags & fpflags.KIND_FLAGS[j]:
            bits |= 1 << j
    space.call_function(w_errcall, space.newtext_utf8(MESSAGES[k]),
                        space.newint(bits))


def log_errcall(space, msg, kind_message, ufunc_name):
    w_errcall = settings.w_errcall
    if w_errcall is None:
        raise space.error(space.w_NameError,
                          "log specified for %s (in %s) but no object with "
                          "write method found." % (kind_message, ufunc_name))
    space.call_method(w_errcall, 'write',
                      space.newtext_utf8('Warning: %s\n' % msg))


def warn(space, msg, w_category=None):
    """warnings.warn(msg, w_category (RuntimeWarning), stacklevel=1): the
    warning names the line of Python code running the operation, as
    NumPy's do."""
    from pypy.module.imp import find_module
    w_warnings = find_module(space, 'warnings')
    if w_category is None:
        w_category = space.w_RuntimeWarning
    space.call_method(w_warnings, 'warn', space.newtext_utf8(msg),
                      w_category, space.newint(program_stacklevel(space)))


def program_stacklevel(space):
    """warnings.warn's stacklevel naming the innermost frame that is not
    the warnings module's own (a pending expression computed as the
    filters change is reported from the program's line, not from
    warnings.py)."""
    level = 1
    frame = space.ec.topframe
    while frame is not None and \
            frame.pycode.co_filename.endswith('warnings.py'):
        level += 1
        frame = frame.f_backref()
    return level


def warn_cast(space, from_dtype, to_dtype):
    """NumPy's ComplexWarning for an array cast from complex to a real
    dtype (bool excepted: it tests the whole value)."""
    if from_dtype.is_complex() and not to_dtype.is_complex() and \
            to_dtype.kind != dt.KIND_BOOL:
        warn(space, "Casting complex values to real discards the imaginary "
             "part", space.w_ComplexWarning)


def print_line(space, line):
    from pypy.module.imp import find_module
    w_stdout = space.getattr(find_module(space, 'sys'), 'stdout')
    space.call_method(w_stdout, 'write', space.newtext_utf8(line))


errstate_methods = {'__enter__': errstate_enter, '__exit__': errstate_exit}
FUNCTIONS = [('seterr', np_seterr), ('geterr', np_geterr),
             ('seterrcall', np_seterrcall), ('geterrcall', np_geterrcall)]
