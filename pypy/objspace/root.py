"""W_Root: the base of every application-level object."""

from rpython.rlib.objectmodel import compute_unique_id


class CallableFlag(type):
    """Metaclass of W_Root: a class that defines its own `call` gets
    `defines_call = True`, so that callable() agrees with what calling an
    object does without a list of callable types to keep up to date (W_Root
    itself sets it to False)."""

    def __init__(cls, name, bases, dct):
        type.__init__(cls, name, bases, dct)
        if 'call' in dct and 'defines_call' not in dct:
            cls.defines_call = True


class W_Root(object):
    """An object seen by Python programs.

    Subclasses describe one built-in type each and keep the operations of
    that type next to it.  Operations that produce an object return None
    where the type does not support them ("NotImplemented"), so the object
    space can try the reflected operation or raise the right TypeError
    without allocating.  opnum arguments are the BIN_* / UN_* / CMP_*
    numbers of pypy.interpreter.opcodes; they are constants in JIT traces,
    so the switch on them folds away.
    """
    __metaclass__ = CallableFlag
    _attrs_ = ()
    defines_call = False
    # NumPy scalars: their reflected operator goes first when the left
    # operand is a plain number (CPython's rule for a right operand whose
    # type subclasses the left one's).
    prefers_reflected = False

    def getclass(self, space):
        raise NotImplementedError

    # --- operators ---
    def binop(self, space, opnum, w_other):
        return None

    def rbinop(self, space, opnum, w_other):
        return None

    def inplace_binop(self, space, opnum, w_other):
        return None

    def compare(self, space, opnum, w_other):
        """For CMP_LT..CMP_GE only; EQ/NE default to identity in the
        space."""
        return None

    def unaryop(self, space, opnum):
        return None

    def is_true(self, space):
        return True

    def hash(self, space):
        return compute_unique_id(self) >> 4

    def repr(self, space):
        """object.__repr__: the class as its repr() names it, with module
        and qualified name ('<mod.f.<locals>.C object at 0x...>')."""
        from pypy.objspace.typeobject import W_TypeObject
        w_type = self.getclass(space)
        assert isinstance(w_type, W_TypeObject)
        return space.newtext_utf8('<%s object at 0x%x>' % (
            w_type.qualified_name(space), compute_unique_id(self)))

    def str(self, space):
        return self.repr(space)

    # --- containers ---
    def length(self, space):
        """len(self), or -1 when the type has no length."""
        return -1

    def getitem(self, space, w_key):
        return None

    def setitem(self, space, w_key, w_value):
        """Returns False when the type doesn't support item assignment."""
        return False

    def delitem(self, space, w_key):
        return False

    def contains(self, space, w_item):
        """None: fall back to iteration."""
        return None

    def iter(self, space):
        return None

    def next(self, space):
        """The next item of an iterator, or None when exhausted (the eval
        loop's FOR_ITER then needs no StopIteration exception)."""
        return None

    def is_iterator(self):
        return False

    # --- pickle and copy (the iterators' __reduce__ and __setstate__) ---
    def reduce(self, space):
        """The tuple (callable, args[, state]) that __reduce__ gives."""
        raise space.error(space.w_TypeError, "cannot pickle '%s' object" %
                          space.type_name(self.getclass(space)))

    def setstate(self, space, w_state):
        """__setstate__(state), for the types that define it."""
        raise space.error(space.w_TypeError, "cannot set the state of '%s' "
                          "object" % space.type_name(self.getclass(space)))

    # --- the buffer protocol (bytes-like objects beyond bytes/bytearray) ---
    def buffer_bytes(self):
        """The bytes of a readable buffer (array.array), or None."""
        return None

    def writable_chars(self):
        """The list of chars of a writable buffer (bytearray,
        array.array), written in place by struct.pack_into; or None."""
        return None

    # --- calls and attributes ---
    def call(self, space, args):
        return None

    def is_callable(self, space):
        """callable(self).  Types whose call() depends on a `__call__` in
        the application-level class override it."""
        return self.defines_call

    def getdict(self, space):
        """The instance __dict__ (a W_DictObject), or None."""
        return None

    def proxied(self, space):
        """The object whose attributes this one gives (and sets) when its
        type has none of that name (weakref.proxy's referent), or None."""
        return None

    def get(self, space, w_obj, w_type):
        """The descriptor protocol: what `obj.attr` gives when `attr` is
        this object found on the type.  Non-descriptors return self."""
        return self

    def is_data_descriptor(self):
        return False

    def set(self, space, w_obj, w_value):
        return False

    # --- unwrapping ---
    def int_w(self, space):
        raise space.type_error_expected('an integer', self)

    def float_w(self, space):
        raise space.type_error_expected('a real number', self)


class W_Iterator(W_Root):
    """Base of the built-in iterators: iter() of one is itself."""
    _attrs_ = ()    # (RPython: subclasses with _attrs_ need it in their base)

    def iter(self, space):
        return self

    def is_iterator(self):
        return True
