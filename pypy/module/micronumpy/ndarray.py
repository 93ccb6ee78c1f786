"""The ndarray type: what every array, concrete or pending, does at
application level.  Operators and ufuncs build pending expressions
(lazy.py); anything that looks at values forces them."""

from rpython.rlib import jit
from pypy.interpreter import opcodes as op
from pypy.objspace.root import W_Root
from pypy.objspace.listobject import W_ListObject
from pypy.objspace.tupleobject import W_TupleObject, W_IndexIterator
from pypy.objspace.rangeobject import W_RangeObject
from pypy.module.micronumpy import strides as strides_mod
from pypy.module.micronumpy.printing import array_repr, array_str

BINOP_UFUNCS = ['add', 'subtract', 'multiply', 'true_divide',
                'floor_divide', 'remainder', 'power', 'matmul', 'left_shift',
                'right_shift', 'bitwise_and', 'bitwise_or', 'bitwise_xor']
UNARY_UFUNCS = ['negative', 'positive', 'invert']     # by UN_ opnum
CMP_UFUNCS = ['less', 'less_equal', 'equal', 'not_equal', 'greater',
              'greater_equal']


def is_python_sequence(w_obj):
    """The Python sequences that np.array and every function taking an
    array-like read element by element, as NumPy does."""
    return isinstance(w_obj, W_ListObject) or \
        isinstance(w_obj, W_TupleObject) or \
        isinstance(w_obj, W_RangeObject)


class W_NDArray(W_Root):
    # (declared: a Python subclass's instances, subclass.W_ArrayUser, add
    # theirs, which RPython allows below a base that declares its own)
    _attrs_ = ['shape', 'dtype']
    _immutable_fields_ = ['dtype']

    def __init__(self, shape, dtype):
        self.shape = shape
        self.dtype = dtype

    def getclass(self, space):
        return space.w_ndarray

    def get_concrete(self, space):
        """The array's values in memory (computing them if pending)."""
        raise NotImplementedError

    def is_pending(self):
        """Not computed yet (lazy.W_LazyArray)."""
        return False

    def is_pending_root(self):
        """Pending and not inlined into another pending expression."""
        return False

    @jit.unroll_safe
    def get_size(self):
        size = 1
        for n in self.shape:
            size *= n
        return size

    def ndim(self):
        return len(self.shape)

    # --- results, as instances of a Python subclass (subclass.W_ArrayUser
    # overrides these; a plain array's results are returned as they are) ---
    def derived(self, space, w_result):
        """w_result, made from this array (a view, a copy), as an
        instance of this array's class."""
        return w_result

    # True for the instances of Python subclasses
    is_subclass_instance = False

    def operator_result(self, space, ufunc_name, w_a, w_b, w_result):
        """The result of an operator (the ufunc named ufunc_name on w_a
        and w_b, which is None for a unary one; this array is one of
        them, an instance of a subclass), wrapped as a ufunc's."""
        return w_result

    # --- operators: ufuncs, lazily ---
    def binop(self, space, opnum, w_other):
        from pypy.module.micronumpy.ufuncs_app import call_binary_by_name, \
            call_unary_by_name, fast_power_ufunc
        name = BINOP_UFUNCS[opnum]
        if opnum == op.BIN_MATMUL:
            from pypy.module.micronumpy.linalg import matmul
            w_result = matmul(space, self, w_other)
        else:
            power_name = ''
            if opnum == op.BIN_POW:
                power_name = fast_power_ufunc(self, w_other)
            if power_name:
                w_result = call_unary_by_name(space, power_name, self)
            else:
                w_result = call_binary_by_name(space, name, self, w_other)
        return operator_result(space, name, self, w_other, w_result)

    def rbinop(self, space, opnum, w_other):
        from pypy.module.micronumpy.ufuncs_app import call_binary_by_name
        name = BINOP_UFUNCS[opnum]
        if opnum == op.BIN_MATMUL:
            from pypy.module.micronumpy.linalg import matmul
            w_result = matmul(space, w_other, self)
        else:
            w_result = call_binary_by_name(space, name, w_other, self)
        return operator_result(space, name, w_other, self, w_result)

    def inplace_binop(self, space, opnum, w_other):
        from pypy.module.micronumpy.ufuncs_app import call_binary_by_name, \
            call_unary_by_name, fast_power_ufunc
        if opnum == op.BIN_MATMUL:
            from pypy.module.micronumpy.linalg import inplace_matmul
            return inplace_matmul(space, self, w_other)
        if opnum == op.BIN_POW:
            name = fast_power_ufunc(self, w_other)
            if name:
                call_unary_by_name(space, name, self, w_out=self)
                return self
        call_binary_by_name(space, BINOP_UFUNCS[opnum], self, w_other,
                            w_out=self)
        return self

    def compare(self, space, opnum, w_other):
        from pypy.module.micronumpy.ufuncs_app import call_binary_by_name
        name = CMP_UFUNCS[opnum]
        w_result = call_binary_by_name(space, name, self, w_other)
        return operator_result(space, name, self, w_other, w_result)

    def unaryop(self, space, opnum):
        from pypy.module.micronumpy.ufuncs_app import call_unary_by_name
        name = UNARY_UFUNCS[opnum]
        w_result = call_unary_by_name(space, name, self)
        return operator_result(space, name, self, None, w_result)

    def is_true(self, space):
        size = self.get_size()
        if size == 1:
            from pypy.module.micronumpy.elements import read_flat
            return space.is_true(read_flat(space, self.get_concrete(space),
                                           0))
        if size == 0:
            raise space.error(space.w_ValueError,
                              "The truth value of an empty array is "
                              "ambiguous. Use `array.size > 0` to check that "
                              "an array is not empty.")
        raise space.error(space.w_ValueError,
                          "The truth value of an array with more than one "
                          "element is ambiguous. Use a.any() or a.all()")

    def hash(self, space):
        raise space.error(space.w_TypeError, "unhashable type: '%s'" %
                          space.type_name(self.getclass(space)))

    def repr(self, space):
        return space.newtext_utf8(array_repr(space, self.get_concrete(space)))

    def str(self, space):
        return space.newtext_utf8(array_str(space, self.get_concrete(space)))

    # --- containers ---
    def length(self, space):
        if not self.shape:
            raise space.error(space.w_TypeError, "len() of unsized object")
        return self.shape[0]

    def getitem(self, space, w_index):
        from pypy.module.micronumpy.indexing import getitem
        return self.derived(space, getitem(space, self.get_concrete(space),
                                           w_index))

    def setitem(self, space, w_index, w_value):
        from pypy.module.micronumpy.indexing import setitem
        setitem(space, self.get_concrete(space), w_index, w_value)
        return True

    def contains(self, space, w_item):
        from pypy.module.micronumpy.ufuncs_app import call_binary_by_name
        from pypy.module.micronumpy.flatreductions import reduce_all_any
        w_eq = call_binary_by_name(space, 'equal', self, w_item)
        return reduce_all_any(space, w_eq, False)

    def iter(self, space):
        if not self.shape:
            raise space.error(space.w_TypeError,
                              "iteration over a 0-d array")
        return W_ArrayIterator(self.get_concrete(space))


def operator_result(space, ufunc_name, w_a, w_b, w_result):
    """The result of an operator on w_a and w_b (None for a unary one):
    as it is, or, when an operand is an instance of an ndarray subclass
    (`a + x` runs a's __add__ when x's class does not override
    __radd__), what the ufunc gives for those operands."""
    if isinstance(w_a, W_NDArray) and w_a.is_subclass_instance:
        return w_a.operator_result(space, ufunc_name, w_a, w_b, w_result)
    if isinstance(w_b, W_NDArray) and w_b.is_subclass_instance:
        return w_b.operator_result(space, ufunc_name, w_a, w_b, w_result)
    return w_result


class W_ArrayIterator(W_IndexIterator):
    """Iterates over the first axis, as `for row in a`."""

    def __init__(self, w_array):
        self.w_array = w_array
        self.index = 0

    def next(self, space):
        from pypy.module.micronumpy.indexing import item_along_first_axis
        if self.index >= self.w_array.shape[0]:
            return None
        self.index += 1
        return self.w_array.derived(space, item_along_first_axis(
            space, self.w_array, self.index - 1))


def make_special_methods():
    """ndarray's special methods as attributes (a.__add__(b),
    a.__getitem__(i), a.__iadd__(b), ...): the operations above, wrapped by
    the table that gives list and float theirs.  No __hash__ (NumPy has
    ndarray.__hash__ = None); __abs__, __int__, ... are in methods.py."""
    from pypy.objspace.instanceobject import (BINOP_SPECIAL, RBINOP_SPECIAL,
        IBINOP_SPECIAL, CMP_NAMES, UNARY_NAMES)
    from pypy.objspace.usersubclass import special_func
    names = (BINOP_SPECIAL + RBINOP_SPECIAL + IBINOP_SPECIAL + CMP_NAMES +
             UNARY_NAMES + ['__len__', '__getitem__', '__setitem__',
                            '__contains__', '__iter__', '__repr__',
                            '__str__', '__bool__'])
    methods = {}
    for name in names:
        methods[name] = special_func(W_NDArray, 'ndarray', name)
    return methods

special_methods = make_special_methods()
