"""The operator module: the operators as functions, and the itemgetter /
attrgetter / methodcaller callables.  It is also _operator, which hmac
reads _compare_digest from."""

from pypy.interpreter import opcodes as op
from pypy.interpreter.arguments import Arguments, check_args, \
    check_keywords
from pypy.interpreter.error import OperationError
from pypy.interpreter.function import BuiltinFunction
from pypy.objspace.root import W_Root
from pypy.objspace.typeobject import TypeDef

BINARY = [('add', op.BIN_ADD), ('sub', op.BIN_SUB), ('mul', op.BIN_MUL),
          ('truediv', op.BIN_TRUEDIV), ('floordiv', op.BIN_FLOORDIV),
          ('mod', op.BIN_MOD), ('pow', op.BIN_POW),
          ('matmul', op.BIN_MATMUL), ('lshift', op.BIN_LSHIFT),
          ('rshift', op.BIN_RSHIFT), ('and_', op.BIN_AND),
          ('or_', op.BIN_OR), ('xor', op.BIN_XOR)]
COMPARE = [('lt', op.CMP_LT), ('le', op.CMP_LE), ('eq', op.CMP_EQ),
           ('ne', op.CMP_NE), ('gt', op.CMP_GT), ('ge', op.CMP_GE)]
UNARY = [('neg', op.UN_NEG), ('pos', op.UN_POS), ('invert', op.UN_INVERT),
         ('inv', op.UN_INVERT)]


def make_binary(name, opnum, space_method):
    """operator.<name>(a, b): space.<space_method>(opnum, a, b)."""
    def func(space, args):
        check_args(space, args, name, 2, 2)
        return getattr(space, space_method)(opnum, args.arguments_w[0],
                                            args.arguments_w[1])
    func.__name__ = 'operator_' + name
    return func


def make_unary(name, opnum):
    def func(space, args):
        check_args(space, args, name, 1, 1)
        return space.unary_op(opnum, args.arguments_w[0])
    func.__name__ = 'operator_' + name
    return func


def operator_not(space, args):
    check_args(space, args, 'not_', 1, 1)
    return space.newbool(not space.is_true(args.arguments_w[0]))


def operator_truth(space, args):
    check_args(space, args, 'truth', 1, 1)
    return space.newbool(space.is_true(args.arguments_w[0]))


def operator_is(space, args):
    check_args(space, args, 'is_', 2, 2)
    return space.newbool(space.is_w(args.arguments_w[0], args.arguments_w[1]))


def operator_is_not(space, args):
    check_args(space, args, 'is_not', 2, 2)
    return space.newbool(not space.is_w(args.arguments_w[0],
                                        args.arguments_w[1]))


def operator_abs(space, args):
    from pypy.module.builtins.moduledef import builtin_abs
    return builtin_abs(space, args)


def operator_index(space, args):
    from pypy.module.builtins.functional import index_w
    check_args(space, args, 'index', 1, 1)
    return index_w(space, args.arguments_w[0])


def operator_getitem(space, args):
    check_args(space, args, 'getitem', 2, 2)
    return space.getitem(args.arguments_w[0], args.arguments_w[1])


def operator_setitem(space, args):
    check_args(space, args, 'setitem', 3, 3)
    space.setitem(args.arguments_w[0], args.arguments_w[1],
                  args.arguments_w[2])
    return space.w_None


def operator_delitem(space, args):
    check_args(space, args, 'delitem', 2, 2)
    space.delitem(args.arguments_w[0], args.arguments_w[1])
    return space.w_None


def operator_contains(space, args):
    check_args(space, args, 'contains', 2, 2)
    return space.contains(args.arguments_w[0], args.arguments_w[1])


def operator_concat(space, args):
    check_args(space, args, 'concat', 2, 2)
    w_a = args.arguments_w[0]
    if not (space.isinstance_w(w_a, space.w_list) or
            space.isinstance_w(w_a, space.w_tuple) or
            space.isinstance_w(w_a, space.w_str) or
            space.isinstance_w(w_a, space.w_bytes) or
            space.lookup(w_a, '__getitem__') is not None):
        raise space.error(space.w_TypeError,
                          "'%s' object can't be concatenated" %
                          space.type_name(space.type(w_a)))
    return space.add(w_a, args.arguments_w[1])


def operator_iconcat(space, args):
    check_args(space, args, 'iconcat', 2, 2)
    return space.inplace_op(op.BIN_ADD, args.arguments_w[0],
                            args.arguments_w[1])


def operator_countOf(space, args):
    check_args(space, args, 'countOf', 2, 2)
    count = 0
    w_iter = space.iter(args.arguments_w[0])
    w_value = args.arguments_w[1]
    while True:
        w_item = space.next_or_none(w_iter)
        if w_item is None:
            return space.newint(count)
        if space.eq_w(w_item, w_value):
            count += 1


def operator_indexOf(space, args):
    check_args(space, args, 'indexOf', 2, 2)
    index = 0
    w_iter = space.iter(args.arguments_w[0])
    w_value = args.arguments_w[1]
    while True:
        w_item = space.next_or_none(w_iter)
        if w_item is None:
            raise space.error(space.w_ValueError,
                              "sequence.index(x): x not in sequence")
        if space.eq_w(w_item, w_value):
            return space.newint(index)
        index += 1


def digest_bytes(space, w_a, w_b):
    """The bytes _compare_digest compares: ASCII str or bytes-like."""
    from pypy.objspace.bytearrayobject import bytes_like
    from pypy.objspace.memoryviewobject import W_MemoryView
    from pypy.objspace.strobject import W_StrObject
    from pypy.module._struct.codec import readable_bytes
    if isinstance(w_a, W_StrObject) and isinstance(w_b, W_StrObject):
        for ch in w_a.value + w_b.value:
            if ord(ch) > 127:
                raise space.error(space.w_TypeError, "comparing strings "
                                  "with non-ASCII characters is not "
                                  "supported")
        return w_a.value.encode('latin-1'), w_b.value.encode('latin-1')
    if (bytes_like(w_a) is None and not isinstance(w_a, W_MemoryView) and
            bytes_like(w_b) is None and not isinstance(w_b, W_MemoryView)):
        raise space.error(space.w_TypeError, "unsupported operand types(s) "
                          "or combination of types: '%s' and '%s'" % (
                              space.type_name(space.type(w_a)),
                              space.type_name(space.type(w_b))))
    return readable_bytes(space, w_a), readable_bytes(space, w_b)


def operator_compare_digest(space, args):
    """a == b in a time that depends on len(b) only (against timing
    attacks)."""
    check_args(space, args, '_compare_digest', 2, 2)
    a, b = digest_bytes(space, args.arguments_w[0], args.arguments_w[1])
    result = 0 if len(a) == len(b) else 1
    left = a if len(a) == len(b) else b
    for i in range(len(b)):
        result |= ord(left[i]) ^ ord(b[i])
    return space.newbool(result == 0)


def operator_length_hint(space, args):
    check_args(space, args, 'length_hint', 1, 2)
    w_obj = args.arguments_w[0]
    n = w_obj.length(space)
    if n >= 0:
        return space.newint(n)
    w_hint = space.lookup_special(w_obj, '__length_hint__')
    if w_hint is not None:
        try:
            w_result = space.call_function(w_hint)
        except OperationError as e:
            # (CPython's PyObject_LengthHint: a TypeError means no hint;
            # repeat(x) without times raises one)
            if not e.match(space, space.w_TypeError):
                raise
            w_result = space.w_NotImplemented
        if not space.is_w(w_result, space.w_NotImplemented):
            return w_result
    if len(args.arguments_w) == 2:
        return args.arguments_w[1]
    return space.newint(0)


# ____________________________________________________________
# itemgetter, attrgetter, methodcaller

class W_ItemGetter(W_Root):
    def __init__(self, items_w):
        self.items_w = items_w

    def getclass(self, space):
        return space.w_operator_itemgetter

    def call(self, space, args):
        check_args(space, args, 'itemgetter', 1, 1)
        w_obj = args.arguments_w[0]
        if len(self.items_w) == 1:
            return space.getitem(w_obj, self.items_w[0])
        return space.newtuple([space.getitem(w_obj, w_item)
                               for w_item in self.items_w])

    def repr(self, space):
        return space.newtext(u'operator.itemgetter(' + u', '.join(
            [space.repr_u(w_item) for w_item in self.items_w]) + u')')


def new_itemgetter(space, w_type, args):
    check_keywords(space, args, 'itemgetter', [])
    if not args.arguments_w:
        raise space.error(space.w_TypeError,
                          "itemgetter expected 1 argument, got 0")
    return W_ItemGetter(args.arguments_w[:])


class W_AttrGetter(W_Root):
    def __init__(self, paths):
        self.paths = paths      # list of lists of attribute names

    def getclass(self, space):
        return space.w_operator_attrgetter

    def call(self, space, args):
        check_args(space, args, 'attrgetter', 1, 1)
        w_obj = args.arguments_w[0]
        if len(self.paths) == 1:
            return get_path(space, w_obj, self.paths[0])
        return space.newtuple([get_path(space, w_obj, path)
                               for path in self.paths])

    def repr(self, space):
        return space.newtext(u'operator.attrgetter(' + u', '.join(
            [space.repr_u(space.newtext_utf8('.'.join(path)))
             for path in self.paths]) + u')')


def get_path(space, w_obj, path):
    for name in path:
        w_obj = space.getattr(w_obj, name)
    return w_obj


def new_attrgetter(space, w_type, args):
    from pypy.objspace.strobject import W_StrObject
    check_keywords(space, args, 'attrgetter', [])
    if not args.arguments_w:
        raise space.error(space.w_TypeError,
                          "attrgetter expected 1 argument, got 0")
    paths = []
    for w_name in args.arguments_w:
        if not isinstance(w_name, W_StrObject):
            raise space.error(space.w_TypeError,
                              "attribute name must be a string")
        paths.append(space.text_utf8(w_name).split('.'))
    return W_AttrGetter(paths)


class W_MethodCaller(W_Root):
    def __init__(self, name, args):
        self.name = name
        self.args = args

    def getclass(self, space):
        return space.w_operator_methodcaller

    def call(self, space, args):
        check_args(space, args, 'methodcaller', 1, 1)
        w_meth = space.getattr(args.arguments_w[0], self.name)
        return space.call_args(w_meth, Arguments(
            self.args.arguments_w[:], self.args.keyword_names[:],
            self.args.keyword_values_w[:]))

    def repr(self, space):
        parts = [space.repr_u(space.newtext_utf8(self.name))]
        for w_arg in self.args.arguments_w:
            parts.append(space.repr_u(w_arg))
        for i in range(len(self.args.keyword_names)):
            parts.append(space.newtext_utf8(self.args.keyword_names[i]).value
                         + u'=' +
                         space.repr_u(self.args.keyword_values_w[i]))
        return space.newtext(u'operator.methodcaller(' + u', '.join(parts) +
                             u')')


def new_methodcaller(space, w_type, args):
    from pypy.objspace.strobject import W_StrObject
    if not args.arguments_w:
        raise space.error(space.w_TypeError,
                          "methodcaller needs at least one argument, the "
                          "method name")
    w_name = args.arguments_w[0]
    if not isinstance(w_name, W_StrObject):
        raise space.error(space.w_TypeError,
                          "method name must be a string")
    rest = Arguments(args.arguments_w[1:], args.keyword_names[:],
                     args.keyword_values_w[:])
    return W_MethodCaller(space.text_utf8(w_name), rest)


def dunder(name):
    return '__%s__' % name.rstrip('_')


FUNCTIONS = [('not_', operator_not), ('truth', operator_truth),
             ('is_', operator_is), ('is_not', operator_is_not),
             ('abs', operator_abs), ('index', operator_index),
             ('getitem', operator_getitem), ('setitem', operator_setitem),
             ('delitem', operator_delitem), ('contains', operator_contains),
             ('concat', operator_concat), ('iconcat', operator_iconcat),
             ('countOf', operator_countOf), ('indexOf', operator_indexOf),
             ('length_hint', operator_length_hint),
             ('_compare_digest', operator_compare_digest)]
for _name, _opnum in BINARY:
    FUNCTIONS.append((_name, make_binary(_name, _opnum, 'binary_op')))
    _iname = 'i' + _name.rstrip('_')
    FUNCTIONS.append((_iname, make_binary(_iname, _opnum, 'inplace_op')))
for _name, _opnum in COMPARE:
    FUNCTIONS.append((_name, make_binary(_name, _opnum, 'compare')))
for _name, _opnum in UNARY:
    FUNCTIONS.append((_name, make_unary(_name, _opnum)))
DUNDER_NAMES = [name for name, _ in BINARY + COMPARE + UNARY] + [
    'not_', 'abs', 'index', 'getitem', 'setitem', 'delitem', 'contains',
    'concat', 'iconcat'] + ['i' + name.rstrip('_') for name, _ in BINARY]


def make_module(space):
    w_mod = space.newmodule('operator')
    setitem = w_mod.w_dict.setitem_str
    for name, func in FUNCTIONS:
        setitem(space, name, BuiltinFunction(name, func))
    for name in DUNDER_NAMES:
        setitem(space, dunder(name), w_mod.w_dict.getitem_str(space, name))
    for name, attrname, new in [
            ('itemgetter', 'w_operator_itemgetter', new_itemgetter),
            ('attrgetter', 'w_operator_attrgetter', new_attrgetter),
            ('methodcaller', 'w_operator_methodcaller', new_methodcaller)]:
        w_type = space.make_builtin_type(attrname, TypeDef(
            name, new=new, acceptable_as_base=False), [space.w_object])
        w_type.dict_w['__module__'] = space.newtext(u'operator')
        setitem(space, name, w_type)
    space.builtin_modules['_operator'] = w_mod
    return w_mod
