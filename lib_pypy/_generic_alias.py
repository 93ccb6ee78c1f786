"""types.GenericAlias (list[int], what the __class_getitem__ of the
generic built-in types makes) and types.UnionType (int | str, what
type.__or__ makes), as CPython's Objects/genericaliasobject.c and
unionobject.c define them.  types.py takes both classes from
`type(list[int])` and `type(int | str)`; typing reads their __origin__,
__args__ and __parameters__.  This module imports nothing: types.py asks
for list[int] while it is being imported itself."""

__all__ = ['GenericAlias', 'UnionType', 'union']

# the attributes a GenericAlias has itself; it gives every other one of
# its origin's (list[int].__name__ == 'list')
_OWN_ATTRIBUTES = frozenset([
    '__class__', '__origin__', '__args__', '__unpacked__', '__parameters__',
    '__typing_unpacked_tuple_args__', '__mro_entries__', '__reduce_ex__',
    '__reduce__', '__copy__', '__deepcopy__'])


def _type_repr(obj):
    if obj is ...:
        return '...'
    if obj is type(None):
        return 'None'
    if hasattr(obj, '__origin__') and hasattr(obj, '__args__'):
        return repr(obj)        # a nested alias: list[list[int]]
    qualname = getattr(obj, '__qualname__', None)
    module = getattr(obj, '__module__', None)
    if qualname is None or module is None:
        return repr(obj)
    if module == 'builtins':
        return qualname
    return '%s.%s' % (module, qualname)


def _parameters(args):
    """The type variables in args, each once, in order of appearance."""
    parameters = []
    for arg in args:
        if isinstance(arg, type):
            continue
        if hasattr(arg, '__typing_subst__'):
            found = (arg,)
        else:
            found = getattr(arg, '__parameters__', ())
            if not isinstance(found, tuple):
                found = ()
        for parameter in found:
            if parameter not in parameters:
                parameters.append(parameter)
    return tuple(parameters)


def _substitute(alias, items):
    """The arguments of alias with its type variables replaced by items."""
    parameters = alias.__parameters__
    if not parameters:
        raise TypeError('%r is not a generic class' % (alias,))
    if not isinstance(items, tuple):
        items = (items,)
    if len(items) != len(parameters):
        raise TypeError('Too %s arguments for %r; actual %d, expected %d' % (
            'many' if len(items) > len(parameters) else 'few', alias,
            len(items), len(parameters)))
    by_parameter = dict(zip(parameters, items))
    new_args = []
    for arg in alias.__args__:
        if isinstance(arg, type):
            new_args.append(arg)
        elif arg in by_parameter:
            new_args.append(by_parameter[arg])
        else:
            sub_parameters = getattr(arg, '__parameters__', ())
            if isinstance(sub_parameters, tuple) and sub_parameters:
                sub_items = tuple(by_parameter[p] for p in sub_parameters)
                arg = arg[sub_items if len(sub_items) > 1 else sub_items[0]]
            new_args.append(arg)
    return tuple(new_args)


class GenericAlias:
    """Represent a PEP 585 generic type

E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."""

    __slots__ = ('_origin', '_args', '_parameters', '__weakref__')

    # set up in __new__, as CPython's ga_new: collections.abc's
    # _CallableGenericAlias.__new__ passes on its flattened arguments
    # (Callable[[int], str].__args__ == (int, str)), which an __init__
    # called with the original ones would undo
    def __new__(cls, origin, args):
        self = object.__new__(cls)
        object.__setattr__(self, '_origin', origin)
        object.__setattr__(self, '_args',
                           args if isinstance(args, tuple) else (args,))
        object.__setattr__(self, '_parameters', None)
        return self

    @property
    def __origin__(self):
        return self._origin

    @property
    def __args__(self):
        return self._args

    @property
    def __parameters__(self):
        if self._parameters is None:
            object.__setattr__(self, '_parameters', _parameters(self._args))
        return self._parameters

    __unpacked__ = False
    __typing_unpacked_tuple_args__ = None

    def __getattribute__(self, name):
        if name.startswith('_') and name in (
                '_origin', '_args', '_parameters') or \
                name in _OWN_ATTRIBUTES:
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, '_origin'), name)

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def __call__(self, *args, **kwargs):
        result = self._origin(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        return (self._origin,)

    def __getitem__(self, items):
        return GenericAlias(self._origin, _substitute(self, items))

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized '
                        'generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized '
                        'generic')

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return (self._origin == other._origin and
                self._args == other._args)

    def __hash__(self):
        return hash(self._origin) ^ hash(self._args)

    def __or__(self, other):
        return union(self, other)

    def __ror__(self, other):
        return union(other, self)

    def __repr__(self):
        if not self._args:
            args = '()'         # tuple[()]
        else:
            args = ', '.join(_type_repr(a) for a in self._args)
        return '%s[%s]' % (_type_repr(self._origin), args)

    def __reduce__(self):
        return GenericAlias, (self._origin, self._args)

    def __dir__(self):
        return sorted(set(dir(self._origin)) | _OWN_ATTRIBUTES)


def _unionable(obj):
    return obj is None or isinstance(obj, (type, GenericAlias, UnionType))


def union(left, right):
    """left | right: a UnionType of their types, flattened, each once;
    NotImplemented for operands that are not types."""
    if not (_unionable(left) and _unionable(right)):
        return NotImplemented
    args = []
    for operand in (left, right):
        if isinstance(operand, UnionType):
            members = operand.__args__
        else:
            members = (type(None) if operand is None else operand,)
        for member in members:
            if member not in args:
                args.append(member)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


class UnionType:
    """Represent a PEP 604 union type

E.g. for int | str"""

    __slots__ = ('_args',)

    def __init__(self, args):
        object.__setattr__(self, '_args', args)

    @property
    def __args__(self):
        return self._args

    @property
    def __parameters__(self):
        return _parameters(self._args)

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def __or__(self, other):
        return union(self, other)

    def __ror__(self, other):
        return union(other, self)

    def __getitem__(self, items):
        result = None
        for arg in _substitute(self, items):
            result = arg if result is None else result | arg
        return result

    def _check_members(self, what):
        for arg in self._args:
            if isinstance(arg, GenericAlias):
                raise TypeError('%s() argument 2 cannot contain a '
                                'parameterized generic' % what)

    def __instancecheck__(self, obj):
        self._check_members('isinstance')
        return isinstance(obj, self._args)

    def __subclasscheck__(self, cls):
        self._check_members('issubclass')
        return issubclass(cls, self._args)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self._args) == set(other._args)

    def __hash__(self):
        return hash(frozenset(self._args))

    def __repr__(self):
        return ' | '.join(_type_repr(a) for a in self._args)


GenericAlias.__module__ = UnionType.__module__ = 'types'
