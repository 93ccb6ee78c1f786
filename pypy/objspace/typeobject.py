"""Type objects: built-in types are described by a TypeDef next to their
W_ class; the space turns each TypeDef into one W_TypeObject at start-up."""

import weakref
from rpython.rlib import jit
from rpython.rlib.objectmodel import compute_hash
from rpython.rlib.rarithmetic import r_uint, intmask
from pypy.objspace.root import W_Root
from pypy.objspace.maps import Map
from pypy.interpreter.error import OperationError


class TypeDef(object):
    """Static description of a built-in type.

    methods: {name: interp-level function (space, args) -> W_Root}; the
        receiver is args.arguments_w[0].
    getset: {name: interp-level getter (space, w_obj) -> W_Root}, the
        read-only data attributes of instances.
    new: interp-level constructor (space, w_type, args) -> W_Root, called
        when the type is called, or None when the type can't be
        instantiated from Python.
    hashable: False for a mutable container, whose __hash__ is None (what
        collections.abc.Hashable and dataclasses read).
    generic: True for the types that annotations subscript (list[int],
        type[C], re.Pattern[str]): their __class_getitem__ makes a
        types.GenericAlias.
    """
    # (read by traces of instantiation, folded on constant types)
    _immutable_fields_ = ['name', 'new']

    def __init__(self, name, base=None, methods=None, new=None,
                 acceptable_as_base=True, getset=None, hashable=True,
                 generic=False):
        self.name = name
        self.base = base
        self.methods = methods or {}
        self.getset = getset or {}
        self.new = new
        self.acceptable_as_base = acceptable_as_base
        self.hashable = hashable
        self.generic = generic


def not_implemented_as_none(space, w_result):
    if w_result is space.w_NotImplemented:
        return None
    return w_result


def type_union(space, w_a, w_b):
    """w_a | w_b of two types, None or generic aliases: a types.UnionType
    (lib_pypy/_generic_alias.py); None (NotImplemented) for other
    operands."""
    w_module = space.import_name('_generic_alias', space.w_None, 0, None)
    return not_implemented_as_none(space, space.call_function(
        space.getattr(w_module, 'union'), w_a, w_b))


class VersionTag(object):
    """Replaced whenever a type's dictionary changes, so that the JIT can
    treat method lookups on a type as constant (quasi-immutable field).
    `hash` numbers it for MethodCache: cheaper than the GC's identity
    hash, which is a call."""
    _immutable_fields_ = ['hash']

    def __init__(self):
        self.hash = version_tag_count.next()


class Counter(object):
    def __init__(self):
        self.count = 0

    def next(self):
        self.count += 1
        return self.count


version_tag_count = Counter()


class MethodCache(object):
    """The interpreter's lookups along MROs, outside JIT traces (which fold
    them as pure): the last result for each (version tag, name) in a
    table indexed by their hashes, sparing the walk of the MRO at each
    attribute read, as in CPython and PyPy.  A type's dict change gives
    it a new version tag, so entries of the old one are never found."""

    SIZE_BITS = 12
    # Fibonacci hashing: the top bits of the product mix all the key's
    # bits
    MULTIPLIER = r_uint(11400714819323198485)

    def __init__(self):
        self.clear()

    def clear(self):
        size = 1 << self.SIZE_BITS
        self.version_tags = [None] * size
        self.names = [None] * size
        self.values_w = [None] * size

    def lookup(self, w_type, name):
        version_tag = w_type.version_tag
        key = r_uint(version_tag.hash ^ compute_hash(name))
        index = intmask((key * self.MULTIPLIER) >>
                        (r_uint.BITS - self.SIZE_BITS))
        if self.version_tags[index] is version_tag and \
                self.names[index] == name:
            return self.values_w[index]
        w_value = w_type._pure_lookup(name, version_tag)
        self.version_tags[index] = version_tag
        self.names[index] = name
        self.values_w[index] = w_value
        return w_value


method_cache = MethodCache()


class W_TypeObject(W_Root):
    # name?: a class's __name__ may be assigned (typing renames classes)
    # bases_w and mro_w: replaced (never changed in place) by set_bases
    # w_metatype?: set by type_new once the class is made
    _immutable_fields_ = ['name?', 'bases_w?[*]', 'mro_w?[*]', 'typedef',
                          'version_tag?', 'empty_map', 'dict_map',
                          'w_metatype?', 'builtin', 'instances_have_dict?',
                          'instances_have_weakref?']

    def __init__(self, space, name, bases_w, dict_w, typedef):
        self.space = space
        self.name = name
        self.bases_w = bases_w[:]
        self.dict_w = dict_w
        self.typedef = typedef      # the built-in type whose layout we use
        # made by make_builtin_type (a Python subclass has its base's
        # typedef, and may have its name too: socket.socket)
        self.builtin = False
        self.version_tag = VersionTag()
        # the maps of instances without attributes (maps.py)
        self.empty_map = Map('', -1, None, self, False)
        self.dict_map = Map('', -1, None, self, True)
        self.w_metatype = None      # None for `type` itself
        # False for a class whose __slots__ leave them out (slots.py)
        self.instances_have_dict = True
        self.instances_have_weakref = True
        self.mro_w = compute_mro(space, self)[:]
        self.module_name = None     # e.g. 'numpy' for a built-in type
        # the class statement's __qualname__, kept out of the class dict
        # (typing's protocols take every name in it for a member)
        self.w_qualname = None
        self.subclasses = []        # weakrefs to the direct subclasses
        for w_base in self.bases_w:
            assert isinstance(w_base, W_TypeObject)
            w_base.subclasses.append(weakref.ref(self))

    def live_subclasses(self):
        """type.__subclasses__(): the direct subclasses still alive."""
        result_w = []
        for ref in self.subclasses:
            w_sub = ref()
            if w_sub is not None:
                result_w.append(w_sub)
        return result_w

    def set_module_name(self, space, module_name):
        """A built-in type made by a built-in module other than builtins:
        repr() shows '<class 'numpy.float64'>'."""
        self.module_name = module_name
        self.setdictvalue('__module__', space.newtext_utf8(module_name))

    def getclass(self, space):
        return self.w_metatype or space.w_type

    def metaclass_method(self, space, name):
        """The metaclass's own special method `name` bound to this class,
        or None (type's own are BuiltinFunctions)."""
        from pypy.interpreter.function import BuiltinFunction
        w_metatype = self.w_metatype
        if w_metatype is None:
            return None
        assert isinstance(w_metatype, W_TypeObject)
        w_descr = w_metatype.lookup(name)
        if w_descr is None or isinstance(w_descr, BuiltinFunction):
            return None
        return w_descr.get(space, self, w_metatype)

    def call(self, space, args):
        from pypy.objspace.instanceobject import type_call
        w_call = self.metaclass_method(space, '__call__')
        if w_call is not None:
            return space.call_args(w_call, args)
        return type_call(space, self, args)

    # `int | str` (annotations, isinstance): a metaclass's own __or__ and
    # __ror__ first, then the union of two types
    def binop(self, space, opnum, w_other):
        from pypy.interpreter import opcodes as op
        if opnum != op.BIN_OR:
            return None
        w_or = self.metaclass_method(space, '__or__')
        if w_or is not None:
            return not_implemented_as_none(space, space.call_function(
                w_or, w_other))
        return type_union(space, self, w_other)

    def rbinop(self, space, opnum, w_other):
        from pypy.interpreter import opcodes as op
        if opnum != op.BIN_OR:
            return None
        w_ror = self.metaclass_method(space, '__ror__')
        if w_ror is not None:
            return not_implemented_as_none(space, space.call_function(
                w_ror, w_other))
        return type_union(space, w_other, self)

    # a metaclass's comparisons (functools.total_ordering on a metaclass)
    def compare(self, space, opnum, w_other):
        from pypy.objspace.instanceobject import CMP_NAMES
        from pypy.interpreter import opcodes as op
        w_compare = self.metaclass_method(space, CMP_NAMES[opnum])
        if w_compare is not None:
            return not_implemented_as_none(space, space.call_function(
                w_compare, w_other))
        if opnum == op.CMP_NE:      # the opposite of a metaclass's __eq__
            w_eq = self.compare(space, op.CMP_EQ, w_other)
            if w_eq is not None:
                return space.newbool(not space.is_true(w_eq))
        return None

    # a metaclass's __iter__, __len__, __getitem__, __contains__, __repr__
    # (enum's EnumType) apply to its classes
    def iter(self, space):
        w_iter = self.metaclass_method(space, '__iter__')
        if w_iter is None:
            return None
        return space.call_function(w_iter)

    def length(self, space):
        w_len = self.metaclass_method(space, '__len__')
        if w_len is None:
            return -1
        return space.getindex_w(space.call_function(w_len))

    def getitem(self, space, w_key):
        w_getitem = self.metaclass_method(space, '__getitem__')
        if w_getitem is not None:
            return space.call_function(w_getitem, w_key)
        # typing's Generic[T], Protocol[T]...
        w_class_getitem = self.lookup('__class_getitem__')
        if w_class_getitem is not None:
            return space.call_function(
                w_class_getitem.get(space, None, self), w_key)
        raise space.error(space.w_TypeError,
                          "type '%s' is not subscriptable" % self.name)

    def contains(self, space, w_item):
        w_contains = self.metaclass_method(space, '__contains__')
        if w_contains is not None:
            return space.newbool(space.is_true(
                space.call_function(w_contains, w_item)))
        return W_Root.contains(self, space, w_item)

    def repr(self, space):
        w_repr = self.metaclass_method(space, '__repr__')
        if w_repr is not None:
            return space.call_function(w_repr)
        return space.newtext_utf8("<class '%s'>" % self.qualified_name(space))

    def get_w_qualname(self):
        """A class statement's `__qualname__`, or None (a built-in type's
        is its name)."""
        if self.is_builtin():
            return None
        # an assigned cls.__qualname__ goes to the dict
        return self.dict_w.get('__qualname__', self.w_qualname)

    def qualified_name(self, space):
        """'module.A.B' as repr() shows a class."""
        if self.is_builtin():
            if self.module_name is not None:
                return self.module_name + '.' + self.name
            return self.name
        w_qualname = self.get_w_qualname()
        name = self.name
        if w_qualname is not None and \
                space.isinstance_w(w_qualname, space.w_str):
            name = space.text_utf8(w_qualname)
        w_module = self.dict_w.get('__module__', None)
        if w_module is None or w_module is space.w_None or \
                space.text_utf8(w_module) == 'builtins':
            return name
        return space.text_utf8(w_module) + '.' + name

    def getname(self):
        return self.name

    def lookup(self, name):
        """The attribute `name` found along the MRO, or None."""
        if not jit.we_are_jitted():
            return method_cache.lookup(self, name)
        w_type = jit.promote(self)
        version_tag = jit.promote(w_type.version_tag)
        return w_type._pure_lookup(name, version_tag)

    def overrides_getattribute(self):
        """Whether the class's __getattribute__ is not object's."""
        w_type = jit.promote(self)
        return w_type._pure_overrides_getattribute(
            jit.promote(w_type.version_tag))

    @jit.elidable
    def _pure_overrides_getattribute(self, version_tag):
        # (the space is the type's: in traces a caller's `space` is a
        # frame's field, and a test on it would stay in the loop)
        return self._pure_lookup('__getattribute__', version_tag) is not \
            self.space.w_object_getattribute

    @jit.elidable
    def _pure_lookup(self, name, version_tag):
        for w_base in self.mro_w:
            assert isinstance(w_base, W_TypeObject)
            w_value = w_base.dict_w.get(name, None)
            if w_value is not None:
                return w_value
        return None

    def setdictvalue(self, name, w_value):
        self.dict_w[name] = w_value
        self.mutated()

    def deldictvalue(self, name):
        if name not in self.dict_w:
            return False
        del self.dict_w[name]
        self.mutated()
        return True

    def mutated(self):
        """A new version tag for this type and every subclass: their
        lookups go through this type's dict, and the JIT keeps the
        results of lookups keyed by the looked-up type's tag."""
        self.version_tag = VersionTag()
        for w_sub in self.live_subclasses():
            assert isinstance(w_sub, W_TypeObject)
            w_sub.mutated()

    def set_bases(self, space, bases_w):
        """Assigning __bases__ (bases_w: classes of the same layout): a
        new MRO for this type and its subclasses, left as they were when
        one of them has no consistent MRO."""
        for w_base in bases_w:
            assert isinstance(w_base, W_TypeObject)
            if w_base.issubtype(self):
                raise space.error(space.w_TypeError, "a __bases__ item "
                                  "causes an inheritance cycle")
        old_bases_w = self.bases_w
        old_mros = []
        self.bases_w = bases_w[:]
        try:
            self._renew_mro(space, old_mros)
        except OperationError:
            self.bases_w = old_bases_w
            for w_type, mro_w in old_mros:
                w_type.mro_w = mro_w
            raise
        for w_base in old_bases_w:
            assert isinstance(w_base, W_TypeObject)
            w_base.forget_subclass(self)
        for w_base in self.bases_w:
            assert isinstance(w_base, W_TypeObject)
            w_base.subclasses.append(weakref.ref(self))
        self.mutated()

    def _renew_mro(self, space, old_mros):
        old_mros.append((self, self.mro_w))
        self.mro_w = compute_mro(space, self)[:]
        for w_sub in self.live_subclasses():
            assert isinstance(w_sub, W_TypeObject)
            w_sub._renew_mro(space, old_mros)

    def forget_subclass(self, w_sub):
        self.subclasses = [ref for ref in self.subclasses
                           if ref() is not w_sub]

    def issubtype(self, w_other):
        return self._pure_issubtype(w_other, self.version_tag)

    @jit.elidable
    def _pure_issubtype(self, w_other, version_tag):
        # a pure function of its arguments: the MRO changes only through
        # set_bases, which renews the version tags of the type and its
        # subclasses
        for w_base in self.mro_w:
            if w_base is w_other:
                return True
        return False

    def is_builtin(self):
        return self.builtin

    def builtin_new(self):
        """The constructor of the first built-in type in the MRO that has
        one; None when that is object's but a built-in type without one
        comes before it (an iterator type: "cannot create instances")."""
        w_type = jit.promote(self)
        return w_type._pure_builtin_new(jit.promote(w_type.version_tag))

    @jit.elidable
    def _pure_builtin_new(self, version_tag):
        # a pure function of (self, version_tag): it reads the MRO, whose
        # changes renew the version tags of the types below (set_bases)
        without_new = False
        for w_base in self.mro_w:
            assert isinstance(w_base, W_TypeObject)
            if w_base.is_builtin():
                if w_base.typedef.new is None:
                    without_new = True
                elif without_new and w_base is self.space.w_object:
                    return None
                else:
                    return w_base.typedef.new
        return None


def python_class(space, name, bases_w, methods, module_name):
    """A class as a class statement makes it (its attributes can be set,
    Python classes can derive from it), with built-in methods."""
    from pypy.interpreter.function import BuiltinFunction
    base = bases_w[0]
    assert isinstance(base, W_TypeObject)
    dict_w = {}
    for method_name, func in methods.items():
        dict_w[method_name] = BuiltinFunction(method_name, func)
    dict_w['__module__'] = space.newtext_utf8(module_name)
    dict_w['__doc__'] = space.w_None
    return W_TypeObject(space, name, bases_w, dict_w, base.typedef)


def compute_mro(space, w_type):
    """C3 linearization, as CPython's type.mro()."""
    if not w_type.bases_w:
        return [w_type]
    seqs = []
    for w_base in w_type.bases_w:
        assert isinstance(w_base, W_TypeObject)
        seqs.append(w_base.mro_w[:])
    seqs.append(w_type.bases_w[:])
    result = [w_type]
    while True:
        nonempty = [seq for seq in seqs if seq]
        if not nonempty:
            return result
        w_candidate = None
        for seq in nonempty:
            w_head = seq[0]
            in_tail = False
            for other in nonempty:
                if w_head in other[1:]:
                    in_tail = True
                    break
            if not in_tail:
                w_candidate = w_head
                break
        if w_candidate is None:
            names = [space.type_name(w_b) for w_b in w_type.bases_w]
            raise OperationError(space.new_exception(
                space.w_TypeError,
                "Cannot create a consistent method resolution order (MRO) "
                "for bases %s" % ", ".join(names)))
        result.append(w_candidate)
        for seq in nonempty:
            if seq[0] is w_candidate:
                del seq[0]
