"""The functools module: reduce, partial, update_wrapper/wraps,
lru_cache/cache, cmp_to_key, total_ordering."""

from pypy.interpreter import opcodes as op
from pypy.interpreter.arguments import Arguments, check_args, \
    keyword_value, check_keywords
from pypy.interpreter.error import OperationError
from pypy.interpreter.function import BuiltinFunction, Method
from pypy.module.applevel_names import module_getattr
from pypy.module.functools import cachedproperty
from pypy.objspace.root import W_Root
from pypy.objspace.typeobject import TypeDef
from pypy.objspace.usersubclass import make_user_class
from pypy.objspace.tupleobject import W_TupleObject
from rpython.tool.sourcetools import func_with_new_name

from pypy.objspace.objspace import WRAPPER_ASSIGNMENTS
WRAPPER_UPDATES = ['__dict__']


def functools_reduce(space, args):
    check_args(space, args, 'reduce', 2, 3)
    w_func = args.arguments_w[0]
    w_iter = space.iter(args.arguments_w[1])
    if len(args.arguments_w) == 3:
        w_acc = args.arguments_w[2]
    else:
        w_acc = space.next_or_none(w_iter)
        if w_acc is None:
            raise space.error(space.w_TypeError,
                              "reduce() of empty iterable with no initial "
                              "value")
    while True:
        w_item = space.next_or_none(w_iter)
        if w_item is None:
            return w_acc
        w_acc = space.call_function(w_func, w_acc, w_item)


# ____________________________________________________________
# partial

class W_Partial(W_Root):
    _attrs_ = ['w_func', 'w_args', 'w_keywords', 'w_dict']

    def __init__(self, w_func, w_args, w_keywords):
        self.w_func = w_func
        # the tuple and dict objects themselves: .args and .keywords give
        # them, and a copy (through __setstate__) shares them
        self.w_args = w_args                # a W_TupleObject
        self.w_keywords = w_keywords        # a W_DictObject
        self.w_dict = None

    def getclass(self, space):
        return space.w_functools_partial

    def getdict(self, space):
        if self.w_dict is None:
            self.w_dict = space.newdict()
        return self.w_dict

    def call(self, space, args):
        from pypy.objspace.dictobject import W_DictObject
        w_keywords = self.w_keywords
        assert isinstance(w_keywords, W_DictObject)
        names = []
        values_w = []
        for w_key, w_value in w_keywords.data.items():
            name = space.text_utf8(w_key)
            if keyword_value(args, name) is None:
                names.append(name)
                values_w.append(w_value)
        names = names + args.keyword_names
        values_w = values_w + args.keyword_values_w
        return space.call_args(self.w_func, Arguments(
            self.args_items() + args.arguments_w, names, values_w))

    def args_items(self):
        w_args = self.w_args
        assert isinstance(w_args, W_TupleObject)
        return w_args.items_w

    def repr(self, space):
        # a partial in its own arguments shows as '...', as CPython's
        if not space.ec.enter_repr(self):
            return space.newtext(u'...')
        try:
            return space.newtext(self.repr_in_progress(space))
        finally:
            space.ec.leave_repr(self)

    def repr_in_progress(self, space):
        from pypy.objspace.dictobject import W_DictObject
        w_keywords = self.w_keywords
        assert isinstance(w_keywords, W_DictObject)
        parts = [space.repr_u(self.w_func)]
        for w_arg in self.args_items():
            parts.append(space.repr_u(w_arg))
        for w_key, w_value in w_keywords.data.items():
            parts.append(space.str_u(w_key) + u'=' + space.repr_u(w_value))
        w_type = self.getclass(space)
        if w_type is space.w_functools_partial:
            name = u'functools.partial'
        else:
            name = space.text_w(space.getattr(w_type, "__name__"))
        return name + u'(' + u', '.join(parts) + u')'


# an instance of a Python subclass of partial
W_PartialUser = make_user_class(W_Partial)


def new_partial(space, w_type, args):
    from pypy.objspace.dictobject import W_DictObject
    if not args.arguments_w:
        raise space.error(space.w_TypeError,
                          "type 'partial' takes at least one argument")
    w_func = args.arguments_w[0]
    args_w = args.arguments_w[1:]
    w_keywords = space.newdict()
    if isinstance(w_func, W_Partial):
        args_w = w_func.args_items() + args_w
        w_old = w_func.w_keywords
        assert isinstance(w_old, W_DictObject)
        for w_key, w_value in w_old.data.items():
            w_keywords.setitem(space, w_key, w_value)
        w_func = w_func.w_func
    if not w_func.is_callable(space):
        raise space.error(space.w_TypeError,
                          "the first argument must be callable")
    for i in range(len(args.keyword_names)):
        w_keywords.setitem(space, space.newtext_utf8(args.keyword_names[i]),
                           args.keyword_values_w[i])
    if w_type is space.w_functools_partial:
        return W_Partial(w_func, space.newtuple(args_w), w_keywords)
    return W_PartialUser(w_func, space.newtuple(args_w),
                         w_keywords).init_user(w_type)


def self_partial(space, w_obj):
    if not isinstance(w_obj, W_Partial):
        raise space.error(space.w_TypeError, "expected a partial object")
    return w_obj


def partial_get_func(space, w_obj):
    return self_partial(space, w_obj).w_func


def partial_get_args(space, w_obj):
    return self_partial(space, w_obj).w_args


def partial_get_keywords(space, w_obj):
    return self_partial(space, w_obj).w_keywords


def partial_get_dict(space, w_obj):
    return self_partial(space, w_obj).getdict(space)


def partial_reduce(space, args):
    """(type, (func,), (func, args, keywords, __dict__ or None)): copy and
    pickle make the partial again through __setstate__."""
    check_args(space, args, '__reduce__', 1, 1)
    w_self = self_partial(space, args.arguments_w[0])
    w_dict = w_self.w_dict
    if w_dict is None:
        w_dict = space.w_None
    return space.newtuple([
        space.type(w_self), space.newtuple([w_self.w_func]),
        space.newtuple([w_self.w_func, w_self.w_args,
                        w_self.w_keywords, w_dict])])


def partial_setstate(space, args):
    """__setstate__((func, args, keywords or None, __dict__ or None)), as
    CPython checks it: args a tuple, keywords a dict (copied into exact
    ones when of a subclass), func callable."""
    from pypy.objspace.dictobject import W_DictObject
    check_args(space, args, '__setstate__', 2, 2)
    w_self = self_partial(space, args.arguments_w[0])
    w_state = args.arguments_w[1]
    if not isinstance(w_state, W_TupleObject) or len(w_state.items_w) != 4:
        raise space.error(space.w_TypeError, "invalid partial state")
    w_func, w_args, w_keywords, w_dict = w_state.items_w
    if (not w_func.is_callable(space) or
            not isinstance(w_args, W_TupleObject) or
            not (space.is_none(w_keywords) or
                 isinstance(w_keywords, W_DictObject))):
        raise space.error(space.w_TypeError, "invalid partial state")
    if space.type(w_keywords) is space.w_dict:
        w_new_keywords = w_keywords
    else:
        w_new_keywords = space.newdict()
        if isinstance(w_keywords, W_DictObject):
            w_new_keywords.data.update(w_keywords.data)
    if space.type(w_args) is not space.w_tuple:
        w_args = space.newtuple(w_args.items_w[:])
    w_self.w_func = w_func
    w_self.w_args = w_args
    w_self.w_keywords = w_new_keywords
    if space.is_none(w_dict):
        w_self.w_dict = None
    elif isinstance(w_dict, W_DictObject):
        w_self.w_dict = w_dict
    else:
        raise space.error(space.w_TypeError,
                          "a partial object's state must be a dict or None")
    return space.w_None


# ____________________________________________________________
# update_wrapper, wraps

def names_of(space, w_seq):
    return [space.text_utf8(w_name) for w_name in space.unpackiterable(w_seq)]


def update_wrapper(space, w_wrapper, w_wrapped, assigned, updated):
    for name in assigned:
        w_value = space.findattr(w_wrapped, name)
        if w_value is not None:
            try:
                space.setattr(w_wrapper, name, w_value)
            except OperationError as e:
                # (read-only attributes of built-in objects)
                if not e.match(space, space.w_AttributeError):
                    raise
    for name in updated:
        if name == '__dict__':
            w_src = w_wrapped.getdict(space)
            w_dst = w_wrapper.getdict(space)
            if w_src is not None and w_dst is not None:
                for w_key in space.unpackiterable(w_src):
                    space.setitem(w_dst, w_key, space.getitem(w_src, w_key))
            continue
        # the wrapper must have the attribute; the wrapped one may lack it
        w_src = space.findattr(w_wrapped, name)
        if w_src is None:
            w_src = space.newdict()
        space.call_method(space.getattr(w_wrapper, name), 'update', w_src)
    space.setattr(w_wrapper, '__wrapped__', w_wrapped)
    return w_wrapper


def functools_update_wrapper(space, args):
    check_keywords(space, args, 'update_wrapper',
                   ['wrapper', 'wrapped', 'assigned', 'updated'])
    args_w = args.arguments_w
    if len(args_w) > 4:
        raise space.error(space.w_TypeError,
                          "update_wrapper() takes from 2 to 4 positional "
                          "arguments but %d were given" % len(args_w))
    values_w = [None, None, None, None]
    names = ['wrapper', 'wrapped', 'assigned', 'updated']
    for i in range(4):
        if i < len(args_w):
            values_w[i] = args_w[i]
        else:
            values_w[i] = keyword_value(args, names[i])
    if values_w[0] is None or values_w[1] is None:
        raise space.error(space.w_TypeError,
                          "update_wrapper() missing required argument")
    assigned = WRAPPER_ASSIGNMENTS
    updated = WRAPPER_UPDATES
    if values_w[2] is not None:
        assigned = names_of(space, values_w[2])
    if values_w[3] is not None:
        updated = names_of(space, values_w[3])
    return update_wrapper(space, values_w[0], values_w[1], assigned, updated)


def functools_wraps(space, args):
    check_keywords(space, args, 'wraps', ['wrapped', 'assigned', 'updated'])
    names = ['wrapped', 'assigned', 'updated']
    w_keywords = space.newdict()
    args_w = args.arguments_w
    if len(args_w) > 3:
        raise space.error(space.w_TypeError,
                          "wraps() takes from 1 to 3 positional arguments "
                          "but %d were given" % len(args_w))
    for i in range(3):
        w_value = args_w[i] if i < len(args_w) else \
            keyword_value(args, names[i])
        if w_value is not None:
            w_keywords.setitem(space, space.newtext_utf8(names[i]), w_value)
        elif i == 0:
            raise space.error(space.w_TypeError,
                              "wraps() missing 1 required positional "
                              "argument: 'wrapped'")
    w_update_wrapper = space.builtin_modules['functools'].w_dict.getitem_str(
        space, 'update_wrapper')
    return W_Partial(w_update_wrapper, space.newtuple([]), w_keywords)


# ____________________________________________________________
# lru_cache

class W_LRUCache(W_Root):
    def __init__(self, space, w_func, maxsize, typed):
        self.w_func = w_func
        self.maxsize = maxsize      # -1: unbounded
        self.typed = typed
        self.w_cache = space.newdict()
        self.hits = 0
        self.misses = 0
        self.w_dict = None

    def getclass(self, space):
        return space.w_functools_lru_cache_wrapper

    def getdict(self, space):
        if self.w_dict is None:
            self.w_dict = space.newdict()
        return self.w_dict

    def get(self, space, w_obj, w_type):
        if w_obj is None or space.is_none(w_obj):
            return self
        return Method(self, w_obj)

    def make_key(self, space, args):
        items_w = args.arguments_w[:]
        if args.keyword_names:
            items_w.append(space.w_functools_kwd_mark)
            for i in range(len(args.keyword_names)):
                items_w.append(space.newtext_utf8(args.keyword_names[i]))
                items_w.append(args.keyword_values_w[i])
        if self.typed:
            for w_arg in args.arguments_w:
                items_w.append(space.type(w_arg))
            for w_value in args.keyword_values_w:
                items_w.append(space.type(w_value))
        return space.newtuple(items_w)

    def call(self, space, args):
        if self.maxsize == 0:
            self.misses += 1
            return space.call_args(self.w_func, args)
        w_key = self.make_key(space, args)
        cache = self.w_cache.data
        w_result = cache.get(w_key, None)
        if w_result is not None:
            self.hits += 1
            if self.maxsize > 0:
                # most recently used goes last
                del cache[w_key]
                cache[w_key] = w_result
            return w_result
        self.misses += 1
        w_result = space.call_args(self.w_func, args)
        cache[w_key] = w_result
        if self.maxsize > 0 and len(cache) > self.maxsize:
            w_oldest = None
            for w_k in cache:
                w_oldest = w_k
                break
            if w_oldest is not None:
                del cache[w_oldest]
        return w_result

    def repr(self, space):
        return space.newtext(u'<functools._lru_cache_wrapper ' +
                             space.repr_u(self.w_func) + u'>')


def self_lru(space, args, fname):
    check_args(space, args, fname, 1, 1)
    w_self = args.arguments_w[0]
    if not isinstance(w_self, W_LRUCache):
        raise space.error(space.w_TypeError, "expected an lru_cache wrapper")
    return w_self


def lru_cache_info(space, args):
    w_self = self_lru(space, args, 'cache_info')
    w_maxsize = space.w_None if w_self.maxsize < 0 else \
        space.newint(w_self.maxsize)
    return W_CacheInfo(space.newtuple([
        space.newint(w_self.hits), space.newint(w_self.misses), w_maxsize,
        space.newint(len(w_self.w_cache.data))]))


def lru_reduce(space, args):
    """A cached function pickles by reference, as its __qualname__ (the
    name pickle finds it by in its module), as CPython's."""
    return space.getattr(self_lru(space, args, '__reduce__'),
                         '__qualname__')


def lru_copy(space, args):
    """copy.copy of a cached function is itself."""
    return self_lru(space, args, '__copy__')


def lru_deepcopy(space, args):
    """copy.deepcopy(f, memo) of a cached function is itself."""
    check_args(space, args, '__deepcopy__', 2, 2)
    w_self = args.arguments_w[0]
    if not isinstance(w_self, W_LRUCache):
        raise space.error(space.w_TypeError, "expected an lru_cache wrapper")
    return w_self


def lru_cache_clear(space, args):
    w_self = self_lru(space, args, 'cache_clear')
    w_self.w_cache.data.clear()
    w_self.hits = 0
    w_self.misses = 0
    return space.w_None


def lru_cache_parameters(space, args):
    w_self = self_lru(space, args, 'cache_parameters')
    w_result = space.newdict()
    w_result.setitem_str(space, 'maxsize', space.w_None if w_self.maxsize < 0
                         else space.newint(w_self.maxsize))
    w_result.setitem_str(space, 'typed', space.newbool(w_self.typed))
    return w_result


def get_lru_wrapped(space, w_obj):
    if not isinstance(w_obj, W_LRUCache):
        raise space.error(space.w_TypeError, "expected an lru_cache wrapper")
    return w_obj.w_func


class W_LRUDecorator(W_Root):
    """What lru_cache(maxsize) returns: applied to a function, it makes the
    caching wrapper."""

    def __init__(self, maxsize, typed):
        self.maxsize = maxsize
        self.typed = typed

    def getclass(self, space):
        return space.w_functools_lru_decorator

    def call(self, space, args):
        check_args(space, args, 'lru_cache', 1, 1)
        return make_lru_wrapper(space, args.arguments_w[0], self.maxsize,
                                self.typed)


def make_lru_wrapper(space, w_func, maxsize, typed):
    w_wrapper = W_LRUCache(space, w_func, maxsize, typed)
    update_wrapper(space, w_wrapper, w_func, WRAPPER_ASSIGNMENTS,
                   WRAPPER_UPDATES)
    return w_wrapper


def functools_lru_cache(space, args):
    check_keywords(space, args, 'lru_cache', ['maxsize', 'typed'])
    w_maxsize = keyword_value(args, 'maxsize')
    w_typed = keyword_value(args, 'typed')
    args_w = args.arguments_w
    if len(args_w) > 2:
        raise space.error(space.w_TypeError,
                          "lru_cache() takes at most 2 arguments")
    if len(args_w) >= 1:
        w_maxsize = args_w[0]
    if len(args_w) == 2:
        w_typed = args_w[1]
    typed = w_typed is not None and space.is_true(w_typed)
    if w_maxsize is None:
        maxsize = 128
    elif space.is_none(w_maxsize):
        maxsize = -1
    elif space.isinstance_w(w_maxsize, space.w_int):
        maxsize = space.int_w(w_maxsize)
        if maxsize < 0:
            maxsize = 0
    elif w_maxsize.is_callable(space) and w_typed is None:
        return make_lru_wrapper(space, w_maxsize, 128, False)
    else:
        raise space.error(space.w_TypeError,
                          "Expected first argument to be an integer, a "
                          "callable, or None")
    return W_LRUDecorator(maxsize, typed)


def functools_cache(space, args):
    check_args(space, args, 'cache', 1, 1)
    return make_lru_wrapper(space, args.arguments_w[0], -1, False)


# ____________________________________________________________
# cmp_to_key

class W_CmpToKey(W_Root):
    def __init__(self, w_cmp):
        self.w_cmp = w_cmp

    def getclass(self, space):
        return space.w_functools_cmp_to_key

    def call(self, space, args):
        check_keywords(space, args, 'K', ['obj'])
        w_obj = keyword_value(args, 'obj')
        if args.arguments_w or w_obj is None:
            check_args(space, Arguments(args.arguments_w), 'K', 1, 1)
            w_obj = args.arguments_w[0]
        return W_KeyWrapper(self.w_cmp, w_obj)


class W_KeyWrapper(W_Root):
    def __init__(self, w_cmp, w_obj):
        self.w_cmp = w_cmp
        self.w_obj = w_obj

    def getclass(self, space):
        return space.w_functools_KeyWrapper

    def compare(self, space, opnum, w_other):
        if not isinstance(w_other, W_KeyWrapper):
            raise space.error(space.w_TypeError,
                              "other argument must be K instance")
        w_result = space.call_function(self.w_cmp, self.w_obj,
                                       w_other.w_obj)
        return space.compare(opnum, w_result, space.newint(0))

    def hash(self, space):
        raise space.error(space.w_TypeError, "unhashable type: 'K'")


def functools_cmp_to_key(space, args):
    check_keywords(space, args, 'cmp_to_key', ['mycmp'])
    w_cmp = keyword_value(args, 'mycmp')
    if args.arguments_w:
        check_args(space, Arguments(args.arguments_w), 'cmp_to_key', 1, 1)
        w_cmp = args.arguments_w[0]
    if w_cmp is None:
        raise space.error(space.w_TypeError,
                          "cmp_to_key() missing required argument 'mycmp'")
    return W_CmpToKey(w_cmp)


def key_wrapper_get_obj(space, w_obj):
    if not isinstance(w_obj, W_KeyWrapper):
        raise space.error(space.w_TypeError, "expected a K instance")
    return w_obj.w_obj


# ____________________________________________________________
# total_ordering

ORDER_OPS = ['__lt__', '__le__', '__gt__', '__ge__']
# for each root: {derived: (negate the root's result, combine)}
# combine: 0 = nothing, 1 = `and self != other`, 2 = `or self == other`
DERIVED = {
    '__lt__': [('__gt__', True, 1), ('__le__', False, 2),
               ('__ge__', True, 0)],
    '__le__': [('__ge__', True, 2), ('__lt__', False, 1),
               ('__gt__', True, 0)],
    '__gt__': [('__lt__', True, 1), ('__ge__', False, 2),
               ('__le__', True, 0)],
    '__ge__': [('__le__', True, 2), ('__gt__', False, 1),
               ('__lt__', True, 0)],
}


def derived_name(root, name):
    """CPython's name of the function total_ordering adds as `name` to a
    class defining `root`: _gt_from_lt.  pickle saves it by that name."""
    return '_%s_from_%s' % (name.strip('_'), root.strip('_'))


def derived_comparison(root, name, negate, combine):
    """The comparison `name` derived from `root` (a method of the class
    that total_ordering completes)."""
    def compare(space, args):
        check_args(space, args, name, 2, 2)
        w_self = args.arguments_w[0]
        w_other = args.arguments_w[1]
        w_root = space.lookup(w_self, root)
        if w_root is None:
            return space.w_NotImplemented
        w_result = space.call_function(w_root, w_self, w_other)
        if w_result is space.w_NotImplemented:
            return w_result
        result = space.is_true(w_result)
        if negate:
            result = not result
        if combine == 1:
            result = result and not space.eq_w(w_self, w_other)
        elif combine == 2:
            result = result or space.eq_w(w_self, w_other)
        return space.newbool(result)
    return func_with_new_name(compare, derived_name(root, name))


class W_DerivedComparison(BuiltinFunction):
    """A comparison function of the functools module that total_ordering
    adds to classes: it binds as a method, as CPython's (Python functions)
    do, though a module's built-in functions do not."""

    def get(self, space, w_obj, w_type):
        if w_obj is None:
            return self
        return Method(self, w_obj)


DERIVED_FUNCTIONS = [(derived_name(root, name),
                      derived_comparison(root, name, negate, combine))
                     for root in ORDER_OPS
                     for name, negate, combine in DERIVED[root]]


def functools_total_ordering(space, args):
    from pypy.objspace.typeobject import W_TypeObject
    check_args(space, args, 'total_ordering', 1, 1)
    w_cls = args.arguments_w[0]
    if not isinstance(w_cls, W_TypeObject):
        raise space.error(space.w_TypeError,
                          "total_ordering() expects a class")
    roots = []
    for name in ORDER_OPS:
        w_value = w_cls.lookup(name)
        if w_value is not None and w_value is not space.w_object.lookup(
                name):
            roots.append(name)
    if not roots:
        raise space.error(space.w_ValueError,
                          "must define at least one ordering operation: "
                          "< > <= >=")
    root = roots[0]
    for name in roots:
        if name > root:
            root = name
    w_functools = space.builtin_modules['functools']
    for name, negate, combine in DERIVED[root]:
        if name not in roots:
            space.setattr(w_cls, name, w_functools.w_dict.getitem_str(
                space, derived_name(root, name)))
    return w_cls


def functools_unwrap_partial(space, args):
    """_unwrap_partial(func): the function under nested partials (inspect's
    iscoroutinefunction and signature use it)."""
    check_args(space, args, '_unwrap_partial', 1, 1)
    w_func = args.arguments_w[0]
    while isinstance(w_func, W_Partial):
        w_func = w_func.w_func
    return w_func


FUNCTIONS = [('reduce', functools_reduce),
             ('_unwrap_partial', functools_unwrap_partial),
             ('update_wrapper', functools_update_wrapper),
             ('wraps', functools_wraps), ('lru_cache', functools_lru_cache),
             ('cache', functools_cache),
             ('cmp_to_key', functools_cmp_to_key),
             ('total_ordering', functools_total_ordering)]


def make_module(space):
    w_mod = space.newmodule('functools')
    setitem = w_mod.w_dict.setitem_str
    for name, func in FUNCTIONS:
        setitem(space, name, BuiltinFunction(name, func))
    for name, func in DERIVED_FUNCTIONS:
        setitem(space, name, W_DerivedComparison(name, func))
    w_partial = space.make_builtin_type('w_functools_partial', TypeDef(
        'partial', new=new_partial,
        methods={'__reduce__': partial_reduce,
                 '__setstate__': partial_setstate},
        getset={'func': partial_get_func, 'args': partial_get_args,
                'keywords': partial_get_keywords,
                '__dict__': partial_get_dict}, generic=True), [space.w_object])
    # (functools.partial for repr() and pickle, which finds it by name)
    w_partial.set_module_name(space, 'functools')
    setitem(space, 'partial', w_partial)
    w_cached = space.make_builtin_type('w_functools_cached_property', TypeDef(
        'cached_property', new=cachedproperty.new_cached_property,
        methods=cachedproperty.METHODS, getset=cachedproperty.GETSET,
        acceptable_as_base=False),
        [space.w_object])
    w_cached.dict_w['__module__'] = space.newtext(u'functools')
    setitem(space, 'cached_property', w_cached)
    space.make_builtin_type('w_functools_lru_cache_wrapper', TypeDef(
        '_lru_cache_wrapper', acceptable_as_base=False,
        methods={'cache_info': lru_cache_info,
                 'cache_clear': lru_cache_clear,
                 'cache_parameters': lru_cache_parameters,
                 '__reduce__': lru_reduce, '__copy__': lru_copy,
                 '__deepcopy__': lru_deepcopy}),
        [space.w_object])
    space.make_builtin_type('w_functools_lru_decorator', TypeDef(
        'function', acceptable_as_base=False), [space.w_object])
    space.make_builtin_type('w_functools_cmp_to_key', TypeDef(
        'functools.KeyWrapper', acceptable_as_base=False), [space.w_object])
    space.make_builtin_type('w_functools_KeyWrapper', TypeDef(
        'functools.KeyWrapper', acceptable_as_base=False, hashable=False,
        getset={'obj': key_wrapper_get_obj}), [space.w_object])
    space.w_functools_kwd_mark = space.call_function(space.w_object)
    w_cache_info = space.make_builtin_type('w_functools_CacheInfo', TypeDef(
        'CacheInfo', new=new_cache_info, acceptable_as_base=False,
        getset=CACHE_INFO_GETSET), [space.w_object])
    w_cache_info.set_module_name(space, 'functools')
    # (functools.py's name of the named tuple: CPython's tests build the
    # expected cache_info() with it)
    setitem(space, '_CacheInfo', w_cache_info)
    setitem(space, 'WRAPPER_ASSIGNMENTS', space.newtuple(
        [space.newtext_utf8(name) for name in WRAPPER_ASSIGNMENTS]))
    setitem(space, 'WRAPPER_UPDATES', space.newtuple(
        [space.newtext_utf8(name) for name in WRAPPER_UPDATES]))
    # partialmethod, singledispatch... (lib_pypy/_functools_lib.py)
    setitem(space, '__getattr__', module_getattr(
        'functools', '_functools_lib',
        ['_c3_merge', '_c3_mro', '_compose_mro', '_find_impl']))
    return w_mod


class W_CacheInfo(W_Root):
    """CacheInfo(hits, misses, maxsize, currsize): behaves as the tuple."""

    def __init__(self, w_tuple):
        assert isinstance(w_tuple, W_TupleObject)
        self.w_tuple = w_tuple

    def getclass(self, space):
        return space.w_functools_CacheInfo

    def getitem(self, space, w_key):
        return self.w_tuple.getitem(space, w_key)

    def length(self, space):
        return 4

    def iter(self, space):
        return self.w_tuple.iter(space)

    def hash(self, space):
        return self.w_tuple.hash(space)

    def compare(self, space, opnum, w_other):
        if isinstance(w_other, W_CacheInfo):
            w_other = w_other.w_tuple
        return self.w_tuple.compare(space, opnum, w_other)

    def repr(self, space):
        names = [u'hits', u'misses', u'maxsize', u'currsize']
        parts = []
        for i in range(4):
            parts.append(names[i] + u'=' +
                         space.repr_u(self.w_tuple.items_w[i]))
        return space.newtext(u'CacheInfo(' + u', '.join(parts) + u')')


CACHE_INFO_FIELDS = ['hits', 'misses', 'maxsize', 'currsize']


def new_cache_info(space, w_type, args):
    """CacheInfo(hits, misses, maxsize, currsize), by position or
    keyword."""
    check_keywords(space, args, 'CacheInfo', CACHE_INFO_FIELDS)
    n = len(args.arguments_w)
    if n > 4:
        raise space.error(space.w_TypeError, "CacheInfo() takes 4 "
                          "positional arguments but %d were given" % n)
    items_w = []
    for i in range(4):
        w_value = keyword_value(args, CACHE_INFO_FIELDS[i])
        if i < n:
            if w_value is not None:
                raise space.error(space.w_TypeError, "CacheInfo() got "
                                  "multiple values for argument '%s'" %
                                  CACHE_INFO_FIELDS[i])
            w_value = args.arguments_w[i]
        if w_value is None:
            raise space.error(space.w_TypeError, "CacheInfo() missing "
                              "required argument: '%s'" %
                              CACHE_INFO_FIELDS[i])
        items_w.append(w_value)
    return W_CacheInfo(space.newtuple(items_w))


def make_cache_info_getter(i):
    def getter(space, w_obj):
        if not isinstance(w_obj, W_CacheInfo):
            raise space.error(space.w_TypeError, "expected CacheInfo")
        return w_obj.w_tuple.items_w[i]
    return getter


CACHE_INFO_GETSET = {}
for _i, _name in enumerate(['hits', 'misses', 'maxsize', 'currsize']):
    CACHE_INFO_GETSET[_name] = make_cache_info_getter(_i)
