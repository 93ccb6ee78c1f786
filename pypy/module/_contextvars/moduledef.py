"""The _contextvars module (contextvars): ContextVar, Token, Context,
copy_context.

One thread runs Python code here, so the current context is a field of
the ExecutionContext (CPython keeps one per thread state), made on first
use. A context's variables live in an insertion-ordered dict that set()
changes in place; copy() and copy_context() copy it (CPython shares an
immutable mapping instead: the same results, with copies in O(n))."""

from rpython.rlib.objectmodel import compute_unique_id, specialize
from pypy.interpreter.arguments import Arguments, check_args, \
    check_keywords, keyword_value
from pypy.interpreter.error import OperationError
from pypy.interpreter.function import BuiltinFunction
from pypy.objspace.root import W_Root
from pypy.objspace.typeobject import TypeDef
from pypy.objspace.tupleobject import W_SeqIterator


class W_Context(W_Root):
    _attrs_ = ['vars_w', 'entered']
    typename = 'Context'

    def __init__(self, vars_w):
        self.vars_w = vars_w        # {W_ContextVar: value}
        self.entered = False

    def getclass(self, space):
        return space.w_contextvars_Context

    def getitem(self, space, w_key):
        w_var = expect_var(space, w_key)
        w_value = self.vars_w.get(w_var, None)
        if w_value is None:
            raise space.key_error(w_var)
        return w_value

    def contains(self, space, w_item):
        w_var = expect_var(space, w_item)
        return space.newbool(w_var in self.vars_w)

    def length(self, space):
        return len(self.vars_w)

    def iter(self, space):
        return W_SeqIterator(self.keys_w())

    def keys_w(self):
        return [w_var for w_var in self.vars_w.keys()]


class W_ContextVar(W_Root):
    _attrs_ = ['name', 'w_name', 'w_default']
    typename = 'ContextVar'

    def __init__(self, name, w_name, w_default):
        self.name = name
        self.w_name = w_name
        self.w_default = w_default      # None: no default

    def getclass(self, space):
        return space.w_contextvars_ContextVar

    def repr(self, space):
        return space.newtext_utf8("<ContextVar name='%s' at 0x%x>" % (
            self.name, compute_unique_id(self)))


class W_TokenMissing(W_Root):
    """Token.MISSING: the old value of a variable that was not set."""
    _attrs_ = []

    def getclass(self, space):
        return space.w_contextvars_Token_MISSING

    def repr(self, space):
        return space.newtext_ascii('<Token.MISSING>')


class W_Token(W_Root):
    _attrs_ = ['w_context', 'w_var', 'w_old_value', 'used']
    typename = 'Token'

    def __init__(self, w_context, w_var, w_old_value):
        self.w_context = w_context
        self.w_var = w_var
        self.w_old_value = w_old_value  # None: the variable was not set
        self.used = False

    def getclass(self, space):
        return space.w_contextvars_Token


def expect_var(space, w_obj):
    if not isinstance(w_obj, W_ContextVar):
        raise space.error(space.w_TypeError,
                          "a ContextVar key was expected, got %s" %
                          space.type_name(space.type(w_obj)))
    return w_obj


def current_context(space):
    w_context = space.ec.w_context
    if w_context is None:
        w_context = W_Context({})
        w_context.entered = True
        space.ec.w_context = w_context
    assert isinstance(w_context, W_Context)
    return w_context


@specialize.arg(2)
def self_of(space, args, cls, fname, min_args, max_args):
    check_args(space, args, fname, min_args + 1, max_args + 1)
    w_self = args.arguments_w[0]
    if not isinstance(w_self, cls):
        raise space.error(space.w_TypeError,
                          "descriptor '%s' requires a '%s' object" % (
                              fname, cls.typename))
    return w_self


# --- ContextVar ---

def new_contextvar(space, w_type, args):
    check_keywords(space, args, 'ContextVar', ['default'])
    if len(args.arguments_w) != 1:
        raise space.error(space.w_TypeError,
                          "ContextVar() takes exactly 1 positional argument")
    w_name = args.arguments_w[0]
    if not space.isinstance_w(w_name, space.w_str):
        raise space.error(space.w_TypeError,
                          "context variable name must be a str")
    return W_ContextVar(space.text_utf8(w_name), w_name,
                        keyword_value(args, 'default'))


def contextvar_get(space, args):
    w_var = self_of(space, args, W_ContextVar, 'get', 0, 1)
    assert isinstance(w_var, W_ContextVar)
    w_value = current_context(space).vars_w.get(w_var, None)
    if w_value is not None:
        return w_value
    if len(args.arguments_w) == 2:
        return args.arguments_w[1]
    if w_var.w_default is not None:
        return w_var.w_default
    raise OperationError(space.new_exception_args(space.w_LookupError,
                                                  [w_var]))


def contextvar_set(space, args):
    w_var = self_of(space, args, W_ContextVar, 'set', 1, 1)
    assert isinstance(w_var, W_ContextVar)
    w_context = current_context(space)
    w_token = W_Token(w_context, w_var, w_context.vars_w.get(w_var, None))
    w_context.vars_w[w_var] = args.arguments_w[1]
    return w_token


def contextvar_reset(space, args):
    w_var = self_of(space, args, W_ContextVar, 'reset', 1, 1)
    assert isinstance(w_var, W_ContextVar)
    w_token = args.arguments_w[1]
    if not isinstance(w_token, W_Token):
        raise space.error(space.w_TypeError,
                          "expected an instance of Token, got %s" %
                          space.type_name(space.type(w_token)))
    if w_token.used:
        raise space.error(space.w_RuntimeError,
                          "Token has already been used once")
    if w_token.w_var is not w_var:
        raise space.error(space.w_ValueError,
                          "Token was created by a different ContextVar")
    w_context = current_context(space)
    if w_token.w_context is not w_context:
        raise space.error(space.w_ValueError,
                          "Token was created in a different Context")
    w_token.used = True
    if w_token.w_old_value is None:
        if w_var in w_context.vars_w:
            del w_context.vars_w[w_var]
    else:
        w_context.vars_w[w_var] = w_token.w_old_value
    return space.w_None


def contextvar_get_name(space, w_var):
    assert isinstance(w_var, W_ContextVar)
    return w_var.w_name


# --- Token ---

def token_get_var(space, w_token):
    assert isinstance(w_token, W_Token)
    return w_token.w_var


def token_get_old_value(space, w_token):
    assert isinstance(w_token, W_Token)
    if w_token.w_old_value is None:
        return space.w_contextvars_Token.dict_w['MISSING']
    return w_token.w_old_value


# --- Context ---

def new_context(space, w_type, args):
    check_args(space, args, 'Context', 0, 0)
    return W_Context({})


def context_run(space, args):
    if len(args.arguments_w) < 2:
        raise space.error(space.w_TypeError,
                          "run() missing 1 required positional argument")
    w_context = args.arguments_w[0]
    if not isinstance(w_context, W_Context):
        raise space.error(space.w_TypeError,
                          "descriptor 'run' requires a 'Context' object")
    if w_context.entered:
        raise space.error(space.w_RuntimeError,
                          "cannot enter context: %s is already entered" %
                          space.text_utf8(space.repr(w_context)))
    w_previous = current_context(space)
    w_context.entered = True
    space.ec.w_context = w_context
    try:
        return space.call_args(args.arguments_w[1], Arguments(
            args.arguments_w[2:], args.keyword_names, args.keyword_values_w))
    finally:
        w_context.entered = False
        space.ec.w_context = w_previous


def context_copy(space, args):
    w_context = self_of(space, args, W_Context, 'copy', 0, 0)
    assert isinstance(w_context, W_Context)
    return W_Context(w_context.vars_w.copy())


def context_get(space, args):
    w_context = self_of(space, args, W_Context, 'get', 1, 2)
    assert isinstance(w_context, W_Context)
    w_var = expect_var(space, args.arguments_w[1])
    w_value = w_context.vars_w.get(w_var, None)
    if w_value is not None:
        return w_value
    if len(args.arguments_w) == 3:
        return args.arguments_w[2]
    return space.w_None


def context_keys(space, args):
    w_context = self_of(space, args, W_Context, 'keys', 0, 0)
    assert isinstance(w_context, W_Context)
    return space.newlist(w_context.keys_w())


def context_values(space, args):
    w_context = self_of(space, args, W_Context, 'values', 0, 0)
    assert isinstance(w_context, W_Context)
    return space.newlist([w_value for w_value in w_context.vars_w.values()])


def context_items(space, args):
    w_context = self_of(space, args, W_Context, 'items', 0, 0)
    assert isinstance(w_context, W_Context)
    return space.newlist([space.newtuple([w_var, w_value])
                          for w_var, w_value in w_context.vars_w.items()])


def copy_context(space, args):
    check_args(space, args, 'copy_context', 0, 0)
    return W_Context(current_context(space).vars_w.copy())


def make_module(space):
    w_mod = space.newmodule('_contextvars')
    setitem = w_mod.w_dict.setitem_str
    w_context = space.make_builtin_type('w_contextvars_Context', TypeDef(
        'Context', new=new_context, acceptable_as_base=False,
        methods={'run': context_run, 'copy': context_copy,
                 'get': context_get, 'keys': context_keys,
                 'values': context_values, 'items': context_items}),
        [space.w_object])
    w_var = space.make_builtin_type('w_contextvars_ContextVar', TypeDef(
        'ContextVar', new=new_contextvar, acceptable_as_base=False,
        methods={'get': contextvar_get, 'set': contextvar_set,
                 'reset': contextvar_reset},
        getset={'name': contextvar_get_name}), [space.w_object])
    w_token = space.make_builtin_type('w_contextvars_Token', TypeDef(
        'Token', acceptable_as_base=False,
        getset={'var': token_get_var, 'old_value': token_get_old_value}),
        [space.w_object])
    space.make_builtin_type('w_contextvars_Token_MISSING', TypeDef(
        'Token.MISSING', acceptable_as_base=False), [space.w_object])
    w_token.dict_w['MISSING'] = W_TokenMissing()
    for w_type in [w_context, w_var, w_token]:
        w_type.set_module_name(space, '_contextvars')
        setitem(space, w_type.name, w_type)
    setitem(space, 'copy_context', BuiltinFunction('copy_context',
                                                   copy_context))
    return w_mod
