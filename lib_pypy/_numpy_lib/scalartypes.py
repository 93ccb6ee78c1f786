"""NumPy's abstract scalar types (np.number, np.integer, np.floating...)
and np.issubdtype.

micronumpy's scalar types (np.int64, np.float64...) do not derive from
these classes, and its np.generic cannot be subclassed, so the abstract
types are classes whose metaclass answers issubclass() and isinstance()
for a concrete scalar type from its dtype's kind: issubclass(np.int8,
np.signedinteger) and isinstance(np.float32(1), np.floating) hold, as in
NumPy; Python's int and float are not numpy scalar types and stay
outside."""

import numpy as np

__all__ = ['number', 'integer', 'signedinteger', 'unsignedinteger',
           'inexact', 'floating', 'complexfloating', 'issubdtype']

CONCRETE_NAMES = ['bool_', 'int8', 'int16', 'int32', 'int64', 'uint8',
                  'uint16', 'uint32', 'uint64', 'float16', 'float32',
                  'float64', 'complex64', 'complex128']
# the dtype kind of each concrete scalar type micronumpy has
SCALAR_KINDS = {getattr(np, name): np.dtype(getattr(np, name)).kind
                for name in CONCRETE_NAMES if hasattr(np, name)}


class AbstractScalarType(type):
    def __subclasscheck__(cls, sub):
        if isinstance(sub, AbstractScalarType):
            return cls in sub.__mro__
        kind = SCALAR_KINDS.get(sub)
        return kind is not None and kind in cls.kinds

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __repr__(cls):
        return "<class 'numpy.%s'>" % cls.__name__


class number(metaclass=AbstractScalarType):
    kinds = 'iufc'

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'numpy.%s' instances" % cls.__name__)


class integer(number):
    kinds = 'iu'


class signedinteger(integer):
    kinds = 'i'


class unsignedinteger(integer):
    kinds = 'u'


class inexact(number):
    kinds = 'fc'


class floating(inexact):
    kinds = 'f'


class complexfloating(inexact):
    kinds = 'c'


for abstract in (number, integer, signedinteger, unsignedinteger, inexact,
                 floating, complexfloating):
    abstract.__module__ = 'numpy'


def _scalar_type(arg):
    """The scalar type named by arg: an abstract or concrete scalar type
    itself, else the type of np.dtype(arg)."""
    if isinstance(arg, type) and (isinstance(arg, AbstractScalarType) or
                                  arg in SCALAR_KINDS or arg is np.generic):
        return arg
    return np.dtype(arg).type


def issubdtype(arg1, arg2):
    arg1 = _scalar_type(arg1)
    arg2 = _scalar_type(arg2)
    if arg2 is np.generic:
        return True
    return issubclass(arg1, arg2)
